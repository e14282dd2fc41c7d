package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/safetensors"
)

func peftgenCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "peftgen",
		Usage: "write a test PEFT adapter in a real model's layout, an engine trace through it and a base checkpoint",
		Description: "Generates deterministic pseudo-random data at real dimensions (weights of public models cannot be " +
			"downloaded here): <out>/adapter (PEFT adapter_config.json + adapter_model.safetensors), <out>/trace (engine trace: " +
			"manifest.json + activations.safetensors) and <out>/base.safetensors (the adapted modules' base weights, " +
			"\"<module>.weight\", float32, in the checkpoint's layout). Presets: gpt2 (c_attn, Conv1D fan_in_fan_out, 768→2304, r=8) " +
			"and llama (q_proj and v_proj, dim→dim, r=16); --in/--out-features/--rank shrink them for quick runs.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "preset", Value: "gpt2", Usage: "gpt2 or llama"},
			&cli.IntFlag{Name: "layers", Value: 1, Usage: "adapted blocks / decoder layers"},
			&cli.IntFlag{Name: "dim", Value: 4096, Usage: "llama: hidden size (4096 Llama-2-7B, 8192 Llama-3-70B)"},
			&cli.IntFlag{Name: "in", Usage: "override the modules' input size"},
			&cli.IntFlag{Name: "out-features", Usage: "override the modules' output size"},
			&cli.IntFlag{Name: "rank", Usage: "override the LoRA rank"},
			&cli.IntFlag{Name: "tokens", Value: 1, Usage: "tokens in the engine trace"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of every generated value"},
			&cli.BoolFlag{Name: "no-base", Usage: "do not write base.safetensors"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "output directory"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usageErr("peftgen takes no arguments, got %d", c.NArg())
			}
			var spec peftgen.Spec
			switch c.String("preset") {
			case "gpt2":
				spec = peftgen.GPT2CAttn(c.Int("layers"))
			case "llama":
				spec = peftgen.LlamaQV(fmt.Sprintf("llama-%d", c.Int("dim")), c.Int("dim"), c.Int("layers"))
			default:
				return usageErr("--preset %q: want gpt2 or llama", c.String("preset"))
			}
			for _, f := range []string{"layers", "dim", "tokens"} {
				if c.Int(f) < 1 {
					return usageErr("--%s %d: want a positive number", f, c.Int(f))
				}
			}
			for _, o := range []struct {
				flag string
				dst  *int
			}{{"in", &spec.In}, {"out-features", &spec.Out}, {"rank", &spec.Rank}} {
				if c.IsSet(o.flag) {
					if c.Int(o.flag) < 1 {
						return usageErr("--%s %d: want a positive number", o.flag, c.Int(o.flag))
					}
					*o.dst = c.Int(o.flag)
				}
			}
			if c.IsSet("rank") {
				spec.Alpha = 2 * float64(spec.Rank) // the presets' lora_alpha = 2r
			}
			seed, out := c.Uint64("seed"), c.String("out")
			pa, err := peftgen.Adapter(spec, seed)
			if err != nil {
				return err
			}
			tr, _, err := peftgen.Trace(c.Context, spec, pa, c.Int("tokens"), seed+1)
			if err != nil {
				return err
			}
			if err := pa.Save(filepath.Join(out, genAdapterDir)); err != nil {
				return writeErr("out", filepath.Join(out, genAdapterDir), err)
			}
			if err := tr.Write(filepath.Join(out, genTraceDir)); err != nil {
				return writeErr("out", filepath.Join(out, genTraceDir), err)
			}
			if !c.Bool("no-base") {
				if err := writeBase(filepath.Join(out, genBaseFile), spec, seed+2); err != nil {
					return err
				}
			}
			written := genAdapterDir + ", " + genTraceDir
			if !c.Bool("no-base") {
				written += ", " + genBaseFile
			}
			fmt.Fprintf(e.stdout, "%s: %d modules %d→%d r=%d (fan_in_fan_out %v), %d tokens → %s: %s\n",
				spec.BaseModel, len(spec.Modules), spec.In, spec.Out, spec.Rank, spec.FanInFanOut, tr.Tokens, out, written)
			return nil
		},
	})
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
		return writeErr("out", path, err)
	}
	return nil
}
