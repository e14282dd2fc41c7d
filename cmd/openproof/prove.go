package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/verifier"
)

func proveCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "prove",
		Usage: "prove an inference (from a trace file, or run one now) and write a proof bundle",
		Description: "With --trace, the witness comes from the trace alone (any engine that writes the same trace can be proven); " +
			"the trace is first checked against --model by re-running it. Without --trace, the inference of --sample/--input runs now.",
		Flags: append([]cli.Flag{
			modelFlag, adapterFlag, noAdapter, saltFlag, accelFlag, keysFlag, attributionFlag,
			&cli.StringFlag{Name: "trace", Usage: "trace file from `openproof infer --trace` (carries the adapter and salt)"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "bundle file to write"},
			&cli.BoolFlag{Name: "setup", Usage: "run the development setup if no keys are stored (otherwise that is an error)"},
		}, inputFlags...),
		Action: func(c *cli.Context) error {
			// An ICICLE backend holds device memory and pinned keys until Close.
			backend, closeBackend, err := backendOf(c)
			if err != nil {
				return err
			}
			defer closeBackend()
			var (
				s *stack
				t *trace.Trace
			)
			if path := c.String("trace"); path != "" {
				if c.String("adapter") != "" || c.Bool("no-adapter") || c.IsSet("input") || c.IsSet("sample") || c.IsSet("salt") {
					return usageErr("--trace carries the adapter, salt and input: drop --adapter/--no-adapter/--input/--sample/--salt")
				}
				if t, err = trace.Read(path); err != nil {
					return err
				}
				if s, err = loadBase(c); err != nil {
					return err
				}
				if err := t.Check(c.Context, s.q); err != nil {
					return badInput{fmt.Errorf("trace %s: %w", path, err)}
				}
				if t.Adapter != nil {
					if s.qa, _, err = t.QuantAdapter(); err != nil {
						return badInput{fmt.Errorf("trace %s: %w", path, err)}
					}
					s.adapterName = t.Adapter.Name
				}
			} else {
				if s, err = loadStack(c); err != nil {
					return err
				}
				salt, err := parseSalt(c)
				if err != nil {
					return err
				}
				x, _, err := readInput(c, s.q.Layers[0].In)
				if err != nil {
					return err
				}
				if t, err = runTrace(c.Context, s, quant.QuantizeInput(x, s.q.InputExp), salt); err != nil {
					return err
				}
			}
			if path := c.String("attribution"); path != "" {
				return e.proveAttributedCmd(c, backend, s, t, path)
			}
			cc, err := e.compile(c.Context, s)
			if err != nil {
				return err
			}
			pk, vk, _, err := e.keys(c.Context, c, cc, c.Bool("setup"))
			if err != nil {
				return err
			}
			p, err := e.prove(c.Context, backend, s, cc, pk, vk, t)
			if err != nil {
				return err
			}
			if err := p.bundle.Write(c.String("out")); err != nil {
				return writeErr("out", c.String("out"), err)
			}
			fmt.Fprintf(e.stdout, "proved: prediction %d, %d constraints, %s on %s, %d-byte proof → %s\n",
				*p.bundle.Prediction, cc.ccs.GetNbConstraints(), p.prove.Round(1e6), backend.Name(), p.size, c.String("out"))
			return nil
		},
	})
}

func verifyCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "verify",
		Usage:     "verify a proof bundle offline (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "BUNDLE",
		Flags: []cli.Flag{
			keysFlag,
			&cli.StringFlag{Name: "vk", Usage: "verifying key file (default: the key store's key for the bundle's circuit digest)"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("verify takes one BUNDLE, got %d arguments", c.NArg())
			}
			if err := otherProofKind(c.Args().First()); err != nil {
				return err
			}
			b, err := bundle.Read(c.Args().First())
			if err != nil {
				return err
			}
			var vk groth16.VerifyingKey
			if path := c.String("vk"); path != "" {
				if vk, err = readVK(path); err != nil {
					return err
				}
			} else {
				ks, err := keystore.Open(keysDir(c))
				if err != nil {
					return err
				}
				if vk, _, err = ks.VerifyingKey(b.Circuit.Digest); err != nil {
					if keystore.IsNotFound(err) {
						return badInput{fmt.Errorf("no verifying key for circuit %s (digest %s) in %s: pass --vk", b.Circuit.Name, b.Circuit.Digest, keysDir(c))}
					}
					return err
				}
			}
			rep, err := verifier.VerifyBundle(b, vk, verifier.WithOutputCheck(outputDigest))
			if err != nil {
				if errors.Is(err, verifier.ErrBadInput) {
					return err
				}
				return verifyFailed{err}
			}
			if c.Bool("json") {
				return writeJSON(e.stdout, map[string]any{"verified": true, "circuit": rep.Circuit, "checks": rep.Checks,
					"vk_sha256": rep.VKSHA256, "prediction": b.Prediction, "output": b.Output,
					"model": b.Model, "adapter": b.Adapter, "attribution": b.Attribution})
			}
			pred := "-"
			if b.Prediction != nil {
				pred = fmt.Sprint(*b.Prediction)
			}
			fmt.Fprintf(e.stdout, "verified: %s, model %s, adapter %s, prediction %s (checks: %v)\n",
				rep.Circuit.Name, b.Model.Name, orDash(b.Adapter.Name), pred, rep.Checks)
			if b.Attribution != nil {
				tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintf(tw, "attribution (proven):\n")
				writeWeights(tw, b.Attribution)
				return tw.Flush()
			}
			return nil
		},
	})
}

// proveAttributedCmd is prove with --attribution: the attributed circuit
// for the stack (or trace) adapter and the artifacts' contributors.
func (e *env) proveAttributedCmd(c *cli.Context, backend prover.Backend, s *stack, t *trace.Trace, path string) error {
	art, pl, err := loadArtifacts(path, s.q, s.qa)
	if err != nil {
		return err
	}
	cc, err := e.compileAttributed(c.Context, s, pl, art)
	if err != nil {
		return err
	}
	pk, vk, _, err := e.keys(c.Context, c, cc, c.Bool("setup"))
	if err != nil {
		var bi badInput
		if errors.As(err, &bi) { // no keys: the circuit depends on the artifacts too
			return badInput{fmt.Errorf("--attribution %s (%d contributors): %w (setup takes --attribution as well)", path, len(art.Contribs), err)}
		}
		return err
	}
	p, err := e.proveAttributed(c.Context, backend, s, cc, pk, vk, t, art, path)
	if err != nil {
		return err
	}
	if err := p.bundle.Write(c.String("out")); err != nil {
		return writeErr("out", c.String("out"), err)
	}
	a := p.bundle.Attribution
	top := 0
	for i, w := range a.Weights {
		if w.PPM > a.Weights[top].PPM {
			top = i
		}
	}
	fmt.Fprintf(e.stdout, "proved: prediction %d with attribution to %d contributors (top: #%d %s, %d ppm), %d constraints, %s on %s, %d-byte proof → %s\n",
		*p.bundle.Prediction, len(a.Weights), top, orDash(a.Weights[top].ID), a.Weights[top].PPM, cc.ccs.GetNbConstraints(),
		p.prove.Round(1e6), backend.Name(), p.size, c.String("out"))
	return nil
}

func readVK(path string) (groth16.VerifyingKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--vk: %w", err)}
	}
	defer f.Close()
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(f); err != nil {
		return nil, badInput{fmt.Errorf("--vk %s: not a BN254 Groth16 verifying key: %w", path, err)}
	}
	return vk, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// otherProofKind points a user who hands `verify` a delta or merge proof file
// to the command that checks it (those need the trace or the base checkpoint
// besides the file). Anything else is left to bundle.Read's strict parser.
func otherProofKind(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bundle.Read reports it
	}
	defer f.Close()
	var head struct {
		Format string `json:"format"`
	}
	if json.NewDecoder(io.LimitReader(f, 1<<26)).Decode(&head) != nil {
		return nil
	}
	switch head.Format {
	case deltaFormat:
		return usageErr("%s is a delta proof file: check it with `openproof verify-delta --trace TRACE_DIR %s`", path, path)
	case mergeFormat:
		return usageErr("%s is a merge proof file: check it with `openproof verify-merge --base BASE MERGE_DIR`", path)
	}
	return nil
}
