package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/models"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/verifier"
)

func demoCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "demo",
		Usage: "prove and verify one MNIST prediction of the embedded model + LoRA adapter (or --model/--adapter)",
		Description: "Runs the embedded base MLP with its LoRA adapter on an embedded (rotated) MNIST test digit, " +
			"compiles the circuit, runs the development setup unless keys are stored, proves, writes the bundle and verifies it.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "index", Value: 0, Usage: "which embedded test digit"},
			&cli.StringFlag{Name: "out", Usage: "bundle path; default: <cache>/demo/bundle.json"},
			accelFlag, keysFlag, saltFlag, modelFlag, adapterFlag, noAdapter,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErr("demo takes no arguments, got %q", c.Args().Slice())
			}
			backend, err := prover.NewBackend(c.String("accel"))
			if err != nil {
				return usageErr("--accel: %v", err)
			}
			// An ICICLE backend holds device memory and pinned keys until Close.
			if cl, ok := backend.(interface{ Close() error }); ok {
				defer cl.Close()
			}
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			samples, err := models.MNISTSamples()
			if err != nil {
				return err
			}
			idx := c.Int("index")
			if idx < 0 || idx >= samples.Len() {
				return usageErr("--index %d: the embedded set has digits 0…%d", idx, samples.Len()-1)
			}
			s, err := loadStack(c)
			if err != nil {
				return err
			}
			start := time.Now()
			ctx := c.Context
			if len(samples.Images[idx]) != s.q.Layers[0].In {
				return usageErr("the embedded digits have %d pixels, model %s takes %d inputs: use `openproof prove --input`", len(samples.Images[idx]), s.modelName, s.q.Layers[0].In)
			}
			x := quant.QuantizeInput(samples.Images[idx], s.q.InputExp)
			t, err := runTrace(ctx, s, x, salt)
			if err != nil {
				return err
			}
			cc, err := e.compile(ctx, s)
			if err != nil {
				return err
			}
			pk, vk, m, err := e.keys(ctx, c, cc, true)
			if err != nil {
				return err
			}
			p, err := e.prove(ctx, backend, s, cc, pk, vk, t)
			if err != nil {
				return err
			}
			out := c.String("out")
			if out == "" {
				out = filepath.Join(c.String("cache"), "demo", "bundle.json")
				if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
					return err
				}
			}
			if err := p.bundle.Write(out); err != nil {
				return err
			}
			e.log.Info().Str("bundle", out).Msg("bundle written")
			var rep *verifier.Report
			vd, err := e.phase("verify", func() error {
				var err error
				rep, err = verifier.VerifyBundle(p.bundle, vk, verifier.WithOutputCheck(outputDigest))
				return err
			})
			if err != nil {
				return verifyFailed{err}
			}
			pred := *p.bundle.Prediction
			w := e.stdout
			fmt.Fprintf(w, "openproof demo: %s + %s, embedded test digit #%d\n", s.modelName, orDash(s.adapterName), idx)
			fmt.Fprintf(w, "  prediction    %d (label %d, %s)\n", pred, samples.Labels[idx], map[bool]string{true: "correct", false: "wrong"}[pred == int(samples.Labels[idx])])
			fmt.Fprintf(w, "  circuit       %s, %d constraints, %d public inputs\n", cc.name, cc.ccs.GetNbConstraints(), rep.PublicInputs)
			fmt.Fprintf(w, "  keys          %s setup (%s)\n", m.Setup, map[bool]string{true: "development only, not for production", false: "MPC ceremony"}[m.Setup == "dev"])
			fmt.Fprintf(w, "  prove         %s on %s\n", p.prove.Round(time.Millisecond), backend.Name())
			fmt.Fprintf(w, "  proof         %d bytes (Solidity layout)\n", p.size)
			fmt.Fprintf(w, "  verify        %s\n", vd.Round(time.Millisecond))
			fmt.Fprintf(w, "  bundle        %s\n", out)
			fmt.Fprintf(w, "  total         %s\n", time.Since(start).Round(time.Millisecond))
			fmt.Fprintf(w, "verified\n")
			return nil
		},
	})
}
