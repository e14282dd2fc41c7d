package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/peft"
)

func generateCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "generate",
		Usage: "generate text with a GPT-2 in the fixed-point runtime (default: the embedded fortunes model + adapter)",
		Description: "Runs the prompt through the fixed-point runtime (inference/gpt2q; its scheme from the model's calibration) with a key/value cache and generates --tokens " +
			"characters, greedily or, with --temperature and --sample-seed, by seeded sampling. --trace writes the generation " +
			"trace (docs/gpt2-trace.md). Nothing is proven: the output is labelled unverified. --model and --adapter take a " +
			"GPT-2 directory and a PEFT adapter directory whose vocabulary is the 96-character one of inference/fortunes.",
		Flags:  []cli.Flag{promptFlag, genTokensFlag, modelFlag, adapterFlag, noAdapter, temperatureFlag, topKFlag, sampleSeedFlag, traceFlag, jsonFlag},
		Action: e.generate,
	})
}

// generateJSON is generate --json.
type generateJSON struct {
	Prompt   string         `json:"prompt"`
	Output   string         `json:"output"`
	Tokens   []int          `json:"tokens"`
	Decoding gpt2q.Decoding `json:"decoding"`
	Trace    string         `json:"trace,omitempty"`
	Verified bool           `json:"verified"`
}

func (e *env) generate(c *cli.Context) error {
	q, digests, err := loadGPT(c)
	if err != nil {
		return err
	}
	if q.Config.VocabSize != fortunes.VocabSize {
		return usageErr("the model's vocabulary has %d tokens; generate knows only the %d-character one of inference/fortunes", q.Config.VocabSize, fortunes.VocabSize)
	}
	dec := decodingOf(c, q.Config.VocabSize)
	prompt := fortunes.Encode(c.String(promptFlag.Name))
	tr, err := q.Generate(c.Context, prompt, c.Int(genTokensFlag.Name), dec)
	if err != nil {
		return err
	}
	tr.Model, tr.Adapter = digests[0], digests[1]
	if p := c.String(traceFlag.Name); p != "" {
		if err := tr.Write(p); err != nil {
			return err
		}
	}
	in, _ := fortunes.Decode(tr.Prompt)
	out, err := fortunes.Decode(tr.Output)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, generateJSON{Prompt: in, Output: out, Tokens: tr.Output, Decoding: dec, Trace: c.String(traceFlag.Name)})
	}
	fmt.Fprintf(e.stdout, "prompt:   %q\n", in)
	fmt.Fprintf(e.stdout, "output:   %q\n", out)
	fmt.Fprintf(e.stdout, "decoding: %s, fixed-point runtime (%s)\n", dec.Mode, tr.Scheme)
	if p := c.String(traceFlag.Name); p != "" {
		fmt.Fprintf(e.stdout, "trace:    %s\n", p)
	}
	fmt.Fprintln(e.stdout, "unverified: the generation is not proven")
	return nil
}

// loadGPT returns the quantized model --model / --adapter / --no-adapter
// select (default: the embedded fortunes model and adapter) and the file
// digests of the base and the adapter (nil without one).
func loadGPT(c *cli.Context) (*gpt2q.Model, [2]map[string]string, error) {
	var dg [2]map[string]string
	var base *gpt2.Model
	var err error
	if dir := c.String(modelFlag.Name); dir != "" {
		if base, err = gpt2.Load(dir); err != nil {
			return nil, dg, err
		}
		if dg[0], err = demo.FileDigests(os.DirFS(dir), "."); err != nil {
			return nil, dg, err
		}
	} else {
		if base, err = demo.GPTBase(); err != nil {
			return nil, dg, err
		}
		if dg[0], err = demo.FileDigests(demo.GPTFS(), demo.GPTBaseDir); err != nil {
			return nil, dg, err
		}
	}
	m := base
	if !c.Bool(noAdapter.Name) {
		var a *peft.Adapter
		if dir := c.String(adapterFlag.Name); dir != "" {
			if a, err = peft.Load(dir); err != nil {
				return nil, dg, err
			}
			dg[1], err = demo.FileDigests(os.DirFS(filepath.Clean(dir)), ".")
		} else if c.String(modelFlag.Name) == "" {
			if a, err = demo.GPTAdapter(); err != nil {
				return nil, dg, err
			}
			dg[1], err = demo.FileDigests(demo.GPTFS(), demo.GPTAdapterDir)
		}
		if err != nil {
			return nil, dg, err
		}
		if a != nil {
			if m, err = base.WithAdapter(a); err != nil {
				return nil, dg, err
			}
		}
	}
	q, err := gpt2q.Quantize(m)
	return q, dg, err
}

// decodingOf is the decoding --temperature, --top-k and --sample-seed ask
// for over a vocabulary of vocab tokens: greedy unless a temperature or a
// seed is given (gpt2q checks them); top-k 0 keeps every token (k = vocab).
func decodingOf(c *cli.Context, vocab int) gpt2q.Decoding {
	if t := c.Float64(temperatureFlag.Name); t != 0 || c.String(sampleSeedFlag.Name) != "" {
		k := c.Int(topKFlag.Name)
		if k == 0 {
			k = vocab
		}
		return gpt2q.Decoding{Mode: gpt2q.Sample, Temperature: t, TopK: k, Seed: c.String(sampleSeedFlag.Name)}
	}
	return gpt2q.Decoding{Mode: gpt2q.Greedy}
}
