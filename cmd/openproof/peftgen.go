package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/safetensors"
)

// Files `peftgen` writes into --out.
const (
	genAdapterDir = "adapter"
	genTraceDir   = "trace"
	genBaseFile   = "base.safetensors"
)

func peftgenCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "peftgen",
		Usage: "write a test PEFT adapter in a real model's layout, an engine trace through it and a base checkpoint",
		Description: "Generates deterministic pseudo-random data at real dimensions (weights of public models cannot be " +
			"downloaded here): <out>/adapter (PEFT adapter_config.json + adapter_model.safetensors), <out>/trace (engine trace: " +
			"manifest.json + activations.safetensors) and <out>/base.safetensors (the adapted modules' base weights, " +
			"\"<module>.weight\", float32, in the checkpoint's layout). --out is the output directory. Presets: gpt2 (c_attn, " +
			"Conv1D fan_in_fan_out, 768→2304, r=8) and llama (q_proj and v_proj, dim→dim, r=16); --in-features/--out-features/--rank " +
			"shrink them for quick runs.",
		Flags: []cli.Flag{presetFlag, layersFlag, dimFlag, inFeaturesFlag, outFeaturesFlag, genRankFlag, tokensFlag,
			genSeedFlag, noBaseFlag, required(outFlag)},
		Action: e.peftgen,
	})
}

// peftgen writes the adapter, the trace and (unless --no-base) the base
// weights of the spec the flags give.
func (e *env) peftgen(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("peftgen takes no arguments, got %d", c.NArg())
	}
	spec, err := e.peftgenSpec(c)
	if err != nil {
		return err
	}
	seed, out := c.Uint64(genSeedFlag.Name), c.String(outFlag.Name)
	pa, err := peftgen.Adapter(spec, seed)
	if err != nil {
		return err
	}
	tr, _, err := peftgen.Trace(c.Context, spec, pa, c.Int(tokensFlag.Name), seed+1)
	if err != nil {
		return err
	}
	if err := pa.Save(filepath.Join(out, genAdapterDir)); err != nil {
		return writeErr(outFlag.Name, filepath.Join(out, genAdapterDir), err)
	}
	if err := tr.Write(filepath.Join(out, genTraceDir)); err != nil {
		return writeErr(outFlag.Name, filepath.Join(out, genTraceDir), err)
	}
	written := genAdapterDir + ", " + genTraceDir
	if !c.Bool(noBaseFlag.Name) {
		if err := writeBase(filepath.Join(out, genBaseFile), spec, seed+2); err != nil {
			return err
		}
		written += ", " + genBaseFile
	}
	fmt.Fprintf(e.stdout, "%s: %d modules %d→%d r=%d (fan_in_fan_out %v), %d tokens → %s: %s\n",
		spec.BaseModel, len(spec.Modules), spec.In, spec.Out, spec.Rank, spec.FanInFanOut, tr.Tokens, out, written)
	return nil
}

// peftgenSpec is the preset --preset names with the flags' overrides.
func (e *env) peftgenSpec(c *cli.Context) (peftgen.Spec, error) {
	var spec peftgen.Spec
	layers, dim := c.Int(layersFlag.Name), c.Int(dimFlag.Name)
	switch p := c.String(presetFlag.Name); p {
	case "gpt2":
		spec = peftgen.GPT2CAttn(layers)
	case "llama":
		spec = peftgen.LlamaQV(fmt.Sprintf("llama-%d", dim), dim, layers)
	default:
		return spec, usageErr("--preset %q: want gpt2 or llama", p)
	}
	for _, f := range []*cli.IntFlag{layersFlag, dimFlag, tokensFlag} {
		if n := c.Int(f.Name); n < 1 {
			return spec, usageErr("--%s %d: want a positive number", f.Name, n)
		}
	}
	for _, o := range []struct {
		flag cli.Flag
		dst  *int
	}{{inFeaturesFlag, &spec.In}, {outFeaturesFlag, &spec.Out}, {genRankFlag, &spec.Rank}} {
		name := o.flag.Names()[0]
		if !c.IsSet(name) {
			continue
		}
		if n := c.Int(name); n < 1 {
			return spec, usageErr("%s %d: want a positive number", e.flagName(o.flag), n)
		}
		*o.dst = c.Int(name)
	}
	if c.IsSet(genRankFlag.Name) {
		spec.Alpha = 2 * float64(spec.Rank) // the presets' lora_alpha = 2r
	}
	return spec, nil
}

// writeBase writes normal(0, 0.02) float32 base weights for every module of
// spec, [in][out] for Conv1D (fan_in_fan_out) and [out][in] otherwise.
func writeBase(path string, spec peftgen.Spec, seed uint64) error {
	f := &safetensors.File{Metadata: map[string]string{"format": "pt", "generator": "openproof peftgen"}}
	for i, name := range spec.Modules {
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		w := make([]float32, spec.In*spec.Out)
		for j := range w {
			w[j] = float32(0.02 * rng.NormFloat64())
		}
		shape := []int{spec.Out, spec.In}
		if spec.FanInFanOut {
			shape = []int{spec.In, spec.Out}
		}
		if err := f.Add(safetensors.NewF32(name+".weight", shape, w)); err != nil {
			return err
		}
	}
	if err := safetensors.Write(path, f); err != nil {
		return writeErr(outFlag.Name, path, err)
	}
	return nil
}
