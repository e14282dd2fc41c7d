package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/verifier"
)

func demoCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "demo",
		Usage: "prove and verify one MNIST prediction of the embedded model + LoRA adapter, with its attribution (or --model/--adapter)",
		Description: "Runs the embedded base MLP with its LoRA adapter on an embedded (rotated) MNIST test digit, " +
			"compiles the circuit, runs the development setup unless keys are stored, proves, writes the bundle and verifies it. " +
			"With the embedded model and adapter the proof is attributed: it also proves the weights of the ten contributors " +
			"digit-0 … digit-9 of the Datanet the adapter was trained on (the embedded attribution artifacts; " +
			"`openproof datanet mnist` rebuilds that Datanet for `openproof audit`). --no-attribution proves the plain statement; " +
			"with --model/--adapter/--no-adapter the proof is plain unless --attribution names artifacts for that adapter.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "index", Value: 0, Usage: "which embedded test digit"},
			&cli.StringFlag{Name: "out", Usage: "bundle path; default: <cache>/demo/bundle.json"},
			&cli.BoolFlag{Name: "no-attribution", Usage: "prove the plain statement (4 public inputs) without the attribution weights"},
			accelFlag, keysFlag, saltFlag, modelFlag, adapterFlag, noAdapter, attributionFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErr("demo takes no arguments, got %q", c.Args().Slice())
			}
			// An ICICLE backend holds device memory and pinned keys until Close.
			backend, closeBackend, err := backendOf(c)
			if err != nil {
				return err
			}
			defer closeBackend()
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			samples, err := demo.MNISTSamples()
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
			da, err := demoAttribution(c, s)
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
			var cc *compiled
			if da != nil {
				cc, err = e.compileAttributed(ctx, s, da.plan, da.art)
			} else {
				cc, err = e.compile(ctx, s)
			}
			if err != nil {
				return err
			}
			pk, vk, m, err := e.keys(ctx, c, cc, true)
			if err != nil {
				return err
			}
			var p *proved
			if da != nil {
				p, err = e.proveAttributed(ctx, backend, s, cc, pk, vk, t, da.art, da.source)
			} else {
				p, err = e.prove(ctx, backend, s, cc, pk, vk, t)
			}
			if err != nil {
				return err
			}
			out := c.String("out")
			if out == "" {
				out = filepath.Join(c.String("cache"), "demo", "bundle.json")
				if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
					return writeErr("cache", out, err)
				}
			}
			if err := p.bundle.Write(out); err != nil {
				return writeErr("out", out, err)
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
			if a := p.bundle.Attribution; a != nil && da != nil {
				writeDemoAttribution(w, da.art, a)
			}
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

// demoAttributionSet is the attribution the demo proves.
type demoAttributionSet struct {
	art    *artifacts.Artifacts
	plan   *influence.Plan
	source string // for errors: the file, or the embedded file's name
}

// demoAttribution picks the demo's attribution artifacts: --attribution, or
// the embedded artifacts when the stack is the embedded model and adapter
// (they belong to that adapter). It returns nil for the plain statement:
// --no-attribution, or --model/--adapter/--no-adapter without --attribution.
func demoAttribution(c *cli.Context, s *stack) (*demoAttributionSet, error) {
	path := c.String("attribution")
	switch {
	case c.Bool("no-attribution") && path != "":
		return nil, usageErr("--attribution and --no-attribution exclude each other")
	case c.Bool("no-attribution"):
		return nil, nil
	case path != "":
		art, pl, err := loadArtifacts(path, s.q, s.qa)
		if err != nil {
			return nil, err
		}
		return &demoAttributionSet{art: art, plan: pl, source: path}, nil
	case c.String("model") != "" || c.String("adapter") != "" || c.Bool("no-adapter"):
		return nil, nil
	}
	return embeddedAttribution(s)
}

// embeddedAttribution returns the embedded attribution artifacts with their
// plan for stack s, the embedded model and adapter.
func embeddedAttribution(s *stack) (*demoAttributionSet, error) {
	art, err := demo.MNISTArtifacts()
	if err != nil {
		return nil, err
	}
	pl, err := lora.AttributionPlan(s.q, s.qa, art)
	if err != nil {
		// Embedded files that do not fit each other are a build defect, not bad input.
		return nil, fmt.Errorf("embedded %s does not fit the embedded model and adapter: %w", demo.MNISTAttributionFile, err)
	}
	return &demoAttributionSet{art: art, plan: pl, source: "embedded " + demo.MNISTAttributionFile}, nil
}

// demoTop is how many contributors the demo summary names.
const demoTop = 3

// writeDemoAttribution prints the proven attribution for the demo summary:
// the Datanet, its root, the digest and the top contributors by weight.
func writeDemoAttribution(w io.Writer, art *artifacts.Artifacts, a *bundle.Attribution) {
	records := 0
	for _, c := range art.Contribs {
		records += c.Records
	}
	fmt.Fprintf(w, "  datanet       %s, %d contributors, %d records\n", art.Datanet.Name, len(art.Contribs), records)
	fmt.Fprintf(w, "  datanet root  %s\n", a.DatanetRoot)
	fmt.Fprintf(w, "  attr. digest  %s\n", a.Digest)
	top := make([]bundle.Weight, 0, len(a.Weights))
	for _, x := range a.Weights {
		if x.PPM > 0 {
			top = append(top, x)
		}
	}
	nonzero := len(top)
	if nonzero == 0 {
		fmt.Fprintf(w, "  weights       all zero (no contributor scored positive)\n")
		return
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].PPM > top[j].PPM })
	top = top[:min(demoTop, len(top))]
	parts := make([]string, len(top))
	for i, x := range top {
		parts[i] = fmt.Sprintf("%s %.4f%%", orDash(x.ID), float64(x.PPM)/1e4)
	}
	fmt.Fprintf(w, "  weights       %s (%d of %d contributors with weight)\n", strings.Join(parts, ", "), nonzero, len(a.Weights))
}
