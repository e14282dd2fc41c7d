package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/runtime"
)

// inputFlags choose the model input: an embedded digit or a JSON file.
var inputFlags = []cli.Flag{
	&cli.IntFlag{Name: "sample", Value: 0, Usage: "embedded test digit to use as input"},
	&cli.StringFlag{Name: "input", Usage: "JSON file with the input: an array of floats (e.g. 784 pixels in [0, 1]); overrides --sample"},
}

// readInput returns the float input that --input or --sample select, and the
// label when it is an embedded digit (-1 otherwise).
func readInput(c *cli.Context, n int) ([]float32, int, error) {
	if path := c.String("input"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, -1, badInput{fmt.Errorf("--input: %w", err)}
		}
		var x []float32
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, -1, usageErr("--input %s: want a JSON array of numbers: %v", path, err)
		}
		if len(x) != n {
			return nil, -1, usageErr("--input %s: %d values, the model takes %d", path, len(x), n)
		}
		return x, -1, nil
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		return nil, -1, err
	}
	i := c.Int("sample")
	if i < 0 || i >= samples.Len() {
		return nil, -1, usageErr("--sample %d: the embedded set has digits 0…%d", i, samples.Len()-1)
	}
	if len(samples.Images[i]) != n {
		return nil, -1, usageErr("--sample: embedded digits have %d pixels, the model takes %d inputs (use --input)", len(samples.Images[i]), n)
	}
	return samples.Images[i], int(samples.Labels[i]), nil
}

func inferCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "infer",
		Usage: "run one inference in fixed point (optionally with the float32 reference and a trace for proving)",
		Description: "Registers the adapter (and any --also adapters) with the multi-adapter runtime and runs one request: " +
			"a single adapter, a weighted --ensemble, or a single adapter --merged into the base weights.",
		Flags: append([]cli.Flag{
			modelFlag, adapterFlag, noAdapter, saltFlag,
			&cli.StringSliceFlag{Name: "also", Usage: "register another adapter: name=dir (repeatable)"},
			&cli.StringFlag{Name: "ensemble", Usage: "weighted ensemble of registered adapters: name:weight,… (the main adapter is named 'main')"},
			&cli.BoolFlag{Name: "merged", Usage: "merge the adapter into the int8 base weights (W' = W0 + s·BA) and run that"},
			&cli.StringFlag{Name: "trace", Usage: "write the execution trace (single unmerged adapter or base model) to this file"},
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
		}, inputFlags...),
		Action: func(c *cli.Context) error {
			s, err := loadStack(c)
			if err != nil {
				return err
			}
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			eng, err := runtime.New(s.Model, s.Float, runtime.Options{})
			if err != nil {
				return err
			}
			req := runtime.Request{Salt: salt, Float: true, Merged: c.Bool("merged"), Trace: c.String("trace") != ""}
			if s.Adapter != nil {
				dir := c.String("adapter")
				if dir == "" {
					tmp, err := os.MkdirTemp("", "openproof-adapter-*")
					if err != nil {
						return err
					}
					defer os.RemoveAll(tmp)
					sub, err := fs.Sub(demo.FS(), demo.MNISTAdapterDir)
					if err != nil {
						return err
					}
					if err := demo.Materialize(tmp, sub); err != nil {
						return err
					}
					dir = tmp
				}
				if err := eng.Load(c.Context, "main", dir); err != nil {
					return err
				}
				req.Adapter = "main"
			}
			for _, kv := range c.StringSlice("also") {
				name, dir, ok := strings.Cut(kv, "=")
				if !ok || name == "" || dir == "" {
					return usageErr("--also %q: want name=dir", kv)
				}
				if err := eng.Load(c.Context, name, dir); err != nil {
					return err
				}
			}
			if ens := c.String("ensemble"); ens != "" {
				req.Adapter = ""
				for _, part := range strings.Split(ens, ",") {
					name, ws, ok := strings.Cut(part, ":")
					w, err := strconv.ParseFloat(ws, 64)
					if !ok || err != nil || name == "" {
						return usageErr("--ensemble %q: want name:weight,…", ens)
					}
					req.Ensemble = append(req.Ensemble, runtime.Weighted{Name: name, Weight: w})
				}
			}
			x, label, err := readInput(c, s.Model.Layers[0].In)
			if err != nil {
				return err
			}
			req.Input = x
			res, err := eng.Infer(c.Context, req)
			if err != nil {
				return err
			}
			if path := c.String("trace"); path != "" {
				if err := res.Trace.Write(path); err != nil {
					return writeErr("trace", path, err)
				}
				e.log.Info().Str("trace", path).Msg("trace written")
			}
			fpred := argmaxF(res.Float)
			if c.Bool("json") {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{
					"model": s.ModelName, "adapter": s.AdapterName, "label": label,
					"prediction": res.Prediction, "output": res.Output,
					"float_prediction": fpred, "float_output": res.Float,
				})
			}
			fmt.Fprintf(e.stdout, "prediction %d (float32 reference: %d", res.Prediction, fpred)
			if label >= 0 {
				fmt.Fprintf(e.stdout, ", label %d", label)
			}
			fmt.Fprintf(e.stdout, ")\noutput     %v\n", res.Output)
			return nil
		},
	})
}

func argmaxF(v []float32) int {
	best := -1
	for i, x := range v {
		if best < 0 || x > v[best] {
			best = i
		}
	}
	return best
}
