package main

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/inference/strictjson"
)

// readInput returns the float input that --input or --sample select, and the
// label when it is an embedded digit (-1 otherwise).
func readInput(c *cli.Context, n int) ([]float32, int, error) {
	if path := c.String(inputFlag.Name); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, -1, badInput{fmt.Errorf("--input: %w", err)}
		}
		var x []float32
		// Strict: a null entry is refused, not read as 0.
		if err := strictjson.Unmarshal(b, &x); err != nil {
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
	i := c.Int(sampleFlag.Name)
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
			"a single adapter, a weighted --ensemble, or a single adapter --merged into the base weights. " +
			"--trace writes the execution trace (single unmerged adapter or base model) to that file.",
		Flags: append([]cli.Flag{
			modelFlag, adapterFlag, noAdapter, saltFlag, ownerFlag, alsoFlag, ensembleFlag, mergedFlag, traceFlag, jsonFlag,
		}, inputFlags...),
		Action: e.infer,
	})
}

func (e *env) infer(c *cli.Context) error {
	s, err := loadStack(c)
	if err != nil {
		return err
	}
	salt, err := parseKey(c)
	if err != nil {
		return err
	}
	eng, err := runtime.New(s.Model, s.Float, runtime.Options{})
	if err != nil {
		return err
	}
	req := runtime.Request{Key: salt, Float: true, Merged: c.Bool(mergedFlag.Name), Trace: c.String(traceFlag.Name) != ""}
	if s.Adapter != nil {
		cleanup, err := loadMainAdapter(c, eng)
		defer cleanup()
		if err != nil {
			return err
		}
		req.Adapter = "main"
	}
	if err := loadAlso(c, eng); err != nil {
		return err
	}
	if err := ensemble(c, &req); err != nil {
		return err
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
	if path := c.String(traceFlag.Name); path != "" {
		if err := res.Trace.Write(path); err != nil {
			return writeErr("trace", path, err)
		}
		e.log.Info().Str("trace", path).Msg("trace written")
	}
	return e.printInference(c, s, res, label)
}

// loadMainAdapter registers --adapter (or the embedded one, written to a
// temporary directory that cleanup removes: the engine may re-read an
// adapter it evicted, so the directory lives as long as the inference).
func loadMainAdapter(c *cli.Context, eng *runtime.Engine) (cleanup func(), err error) {
	cleanup = func() {}
	dir := c.String(adapterFlag.Name)
	if dir == "" {
		tmp, err := os.MkdirTemp("", "openproof-adapter-*")
		if err != nil {
			return cleanup, err
		}
		cleanup = func() { os.RemoveAll(tmp) }
		sub, err := fs.Sub(demo.FS(), demo.MNISTAdapterDir)
		if err != nil {
			return cleanup, err
		}
		if err := demo.Materialize(tmp, sub); err != nil {
			return cleanup, err
		}
		dir = tmp
	}
	return cleanup, eng.Load(c.Context, "main", dir)
}

// loadAlso registers the --also adapters.
func loadAlso(c *cli.Context, eng *runtime.Engine) error {
	for _, kv := range c.StringSlice(alsoFlag.Name) {
		name, dir, ok := strings.Cut(kv, "=")
		if !ok || name == "" || dir == "" {
			return usageErr("--also %q: want name=dir", kv)
		}
		if err := eng.Load(c.Context, name, dir); err != nil {
			return err
		}
	}
	return nil
}

// ensemble turns --ensemble into the request's weighted adapters.
func ensemble(c *cli.Context, req *runtime.Request) error {
	ens := c.String(ensembleFlag.Name)
	if ens == "" {
		return nil
	}
	req.Adapter = ""
	for _, part := range strings.Split(ens, ",") {
		name, ws, ok := strings.Cut(part, ":")
		w, err := strconv.ParseFloat(ws, 64)
		if !ok || err != nil || name == "" {
			return usageErr("--ensemble %q: want name:weight,…", ens)
		}
		req.Ensemble = append(req.Ensemble, runtime.Weighted{Name: name, Weight: w})
	}
	return nil
}

func (e *env) printInference(c *cli.Context, s *runtime.Stack, res *runtime.Result, label int) error {
	fpred := argmaxF(res.Float)
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, map[string]any{
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
