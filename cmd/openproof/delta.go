package main

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/prover/bundle"
)

// deltaBundle is the file prove-delta writes and verify-delta reads.
type deltaBundle struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	Trace   deltaTrace  `json:"trace"`
	Adapter string      `json:"adapter"`
	Backend string      `json:"backend"`
	Parts   []deltaPart `json:"parts"`
}

type deltaTrace struct {
	ModelID   string   `json:"model_id"`
	AdapterID string   `json:"adapter_id"`
	Tokens    int      `json:"tokens"`
	Modules   []string `json:"modules"`
}

type deltaPart struct {
	Circuit           string `json:"circuit"`
	Digest            string `json:"circuit_digest"`
	Constraints       int    `json:"constraints"`
	Modules           []int  `json:"modules"`
	First             int    `json:"first_token"`
	Tokens            int    `json:"tokens"`
	Mode              string `json:"mode"`
	Pinned            bool   `json:"pinned,omitempty"`
	Binding           string `json:"binding,omitempty"` // "fingerprint", or absent for hash
	AdapterCommitment string `json:"adapter_commitment"`
	XDigest           string `json:"x_digest"`
	DeltaDigest       string `json:"delta_digest"`
	// The fingerprint binding's public inputs: the proof's challenge, and
	// the fingerprints of x and Δy at it (verify-delta recomputes these).
	Rho       string `json:"rho,omitempty"`
	XEval     string `json:"x_fingerprint,omitempty"`
	DeltaEval string `json:"delta_fingerprint,omitempty"`
	Proof     string `json:"proof"`
	VKSHA256  string `json:"vk_sha256"`
}

func parseBinding(s string) (delta.Binding, error) {
	switch s {
	case delta.Hashed.String():
		return delta.Hashed, nil
	case delta.Fingerprinted.String():
		return delta.Fingerprinted, nil
	}
	return 0, fmt.Errorf("binding %q: want hash or fingerprint", s)
}

func parseMode(s string) (delta.Mode, error) {
	for _, m := range []delta.Mode{delta.Auto, delta.Direct, delta.Freivalds} {
		if s == m.String() {
			return m, nil
		}
	}
	return 0, fmt.Errorf("mode %q: want auto, direct or freivalds", s)
}

func readTrace(dir string) (*enginetrace.Trace, error) {
	tr, err := enginetrace.Read(dir)
	if err != nil {
		return nil, badInput{fmt.Errorf("--trace %s: %w", dir, err)}
	}
	return tr, nil
}

func proveDeltaCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "prove-delta",
		Usage: "prove Δy = s·B(A·x) for every module and token of an engine trace (Groth16, chunked) and write a delta bundle",
		Description: "The adapter (a PEFT directory) stays private behind a salted commitment per proof; the trace's x and Δy are " +
			"bound by digests. This proves nothing about the base model's computation. See docs/large-models.md.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "trace", Required: true, Usage: "engine trace directory (manifest.json + activations.safetensors)"},
			&cli.StringFlag{Name: "adapter", Required: true, Usage: "PEFT adapter directory"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "delta bundle to write (JSON)"},
			&cli.StringFlag{Name: "mode", Value: "auto", Usage: "auto, direct or freivalds (auto: Freivalds for ≥ 2 tokens)"},
			&cli.BoolFlag{Name: "pinned", Usage: "pin the adapter into the circuits (cheaper proofs; one key per adapter module, and the setup sees the adapter)"},
			&cli.StringFlag{Name: "binding", Value: "hash", Usage: "hash (the circuit computes the x and Δy digests) or fingerprint (cheaper: the digests seed the challenge at which the circuit's x and Δy must match the trace's; see docs/large-models.md)"},
			&cli.StringFlag{Name: "filled-trace", Usage: "for a trace that records only x: compute Δy from the adapter and write the completed trace to this directory (verify-delta checks against it)"},
			maxConstraintsFlag, saltFlag, accelFlag, keysFlag, setupFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usageErr("prove-delta takes no arguments, got %d", c.NArg())
			}
			mode, err := parseMode(c.String("mode"))
			if err != nil {
				return usageErr("--%v", err)
			}
			binding, err := parseBinding(c.String("binding"))
			if err != nil {
				return usageErr("--%v", err)
			}
			if c.Bool("pinned") && c.IsSet("mode") {
				return usageErr("--pinned proves directly: drop --mode")
			}
			if c.Int("max-constraints") < 1 {
				return usageErr("--max-constraints %d: want a positive number", c.Int("max-constraints"))
			}
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			tr, err := readTrace(c.String("trace"))
			if err != nil {
				return err
			}
			qa, err := delta.LoadAdapter(c.String("adapter"), tr)
			if err != nil {
				return badInput{fmt.Errorf("--adapter %s: %w", c.String("adapter"), err)}
			}
			if filled := c.String("filled-trace"); tr.HasDeltas() {
				if filled != "" {
					return usageErr("--filled-trace: --trace %s already records Δy; drop --filled-trace", c.String("trace"))
				}
				if err := tr.Check(c.Context, qa); err != nil {
					return badInput{fmt.Errorf("--trace %s does not match --adapter %s: %w", c.String("trace"), c.String("adapter"), err)}
				}
			} else {
				// The engine recorded only x: Δy is the recipe's output on
				// that x, which the proof then binds; whoever consumes Δy
				// needs the completed trace, so it is written out first.
				if filled == "" {
					return usageErr("--trace %s records only x: pass --filled-trace DIR to compute Δy from the adapter and write the completed trace there", c.String("trace"))
				}
				if err := tr.FillDeltas(c.Context, qa); err != nil {
					return badInput{fmt.Errorf("--trace %s with --adapter %s: %w", c.String("trace"), c.String("adapter"), err)}
				}
				if err := tr.Write(filled); err != nil {
					return writeErr("filled-trace", filled, err)
				}
				e.log.Info().Str("trace", filled).Msg("Δy computed from the adapter; completed trace written")
			}
			b, closeFn, err := backendOf(c)
			if err != nil {
				return err
			}
			defer closeFn()
			digests := map[string]string{}
			keys := e.storeKeys(c, c.Bool("setup"), digests)
			var parts []delta.Part
			d, err := e.phase("prove-delta", func() error {
				if !c.Bool("pinned") {
					var err error
					parts, err = delta.ProveTrace(c.Context, b, keys, tr, qa, salt, c.Int("max-constraints"), mode, binding)
					return err
				}
				var err error
				parts, err = delta.ProveTracePinned(c.Context, b, keys, tr, qa, salt, c.Int("max-constraints"), binding)
				return err
			})

			if err != nil {
				return err
			}
			db := deltaBundle{Format: deltaFormat, Version: largeVersion, Adapter: filepath.Base(filepath.Clean(c.String("adapter"))), Backend: b.Name(),
				Trace: deltaTrace{ModelID: tr.ModelID, AdapterID: tr.AdapterID, Tokens: tr.Tokens}}
			for _, m := range tr.Modules {
				db.Trace.Modules = append(db.Trace.Modules, m.Name)
			}
			total := 0
			for _, p := range parts {
				dp := deltaPart{Circuit: p.Name, Digest: digests[p.Name], Constraints: p.Constraints, First: p.Shape.First,
					Tokens: p.Shape.Tokens, Mode: p.Shape.Mode.String(), Pinned: c.Bool("pinned"),
					AdapterCommitment: bundle.FormatElement(p.Public.AdapterCommitment),
					XDigest:           bundle.FormatElement(p.Public.XDigest), DeltaDigest: bundle.FormatElement(p.Public.DeltaDigest)}
				if binding == delta.Fingerprinted {
					dp.Binding = binding.String()
					dp.Rho, dp.XEval, dp.DeltaEval = bundle.FormatElement(p.Public.Rho), bundle.FormatElement(p.Public.XEval), bundle.FormatElement(p.Public.DeltaEval)
				}
				for _, m := range p.Shape.Group {
					dp.Modules = append(dp.Modules, m.Index)
				}
				if dp.Proof, err = bundle.EncodeProof(p.Proof); err != nil {
					return err
				}
				if dp.VKSHA256, err = bundle.VKSHA256(p.VK); err != nil {
					return err
				}
				db.Parts = append(db.Parts, dp)
				total += p.Constraints
			}
			if err := writeJSONFile(c.String("out"), db); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "proved %d modules × %d tokens in %d proofs (%d constraints in all), %s on %s → %s\n",
				len(tr.Modules), tr.Tokens, len(parts), total, d.Round(1e6), b.Name(), c.String("out"))
			return nil
		},
	})
}

func verifyDeltaCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "verify-delta",
		Usage:     "verify a delta bundle against its engine trace (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "BUNDLE",
		Description: "Checks that the proofs cover every module and token of --trace exactly once, that each proof's x and Δy " +
			"digests (and, fingerprint-bound, its fingerprints at its ρ) are the trace's, that each verifying key (from the key store) " +
			"is the named circuit's, and every pairing.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "trace", Required: true, Usage: "engine trace directory the bundle proves"},
			keysFlag,
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("verify-delta takes one BUNDLE, got %d arguments", c.NArg())
			}
			path := c.Args().First()
			var db deltaBundle
			if err := readStrict(path, &db); err != nil {
				return err
			}
			if db.Format != deltaFormat || db.Version != largeVersion {
				return usageErr("%s: format %q v%d, want %s v%d", path, db.Format, db.Version, deltaFormat, largeVersion)
			}
			tr, err := readTrace(c.String("trace"))
			if err != nil {
				return err
			}
			covered := make([][]bool, len(tr.Modules))
			for i := range covered {
				covered[i] = make([]bool, tr.Tokens)
			}
			commitments := map[string]bool{}
			for k, p := range db.Parts {
				where := fmt.Sprintf("part %d", k)
				mode, err := parseMode(p.Mode)
				if err != nil {
					return usageErr("%s: %s: %v", path, where, err)
				}
				binding, err := parseBinding(cmp.Or(p.Binding, delta.Hashed.String())) // absent: hash
				if err != nil {
					return usageErr("%s: %s: %v", path, where, err)
				}
				s, err := delta.ShapeOf(tr, p.Modules, p.First, p.Tokens, mode)
				if err != nil {
					return verifyFailed{fmt.Errorf("%s: %s does not fit the trace: %w", path, where, err)}
				}
				s.Binding = binding
				circ, err := delta.New(s)
				if err != nil {
					return verifyFailed{fmt.Errorf("%s: %s: %w", path, where, err)}
				}
				var pub delta.Public
				if pub.AdapterCommitment, err = parseElem(path, where+": adapter_commitment", p.AdapterCommitment); err != nil {
					return err
				}
				name := circ.Name()
				if p.Pinned {
					if mode != delta.Direct {
						return verifyFailed{fmt.Errorf("%s: %s: a pinned proof in mode %s", path, where, mode)}
					}
					// A pinned circuit is named after the commitment it pins.
					name = delta.PinnedName(s, pub.AdapterCommitment)
				}
				if name != p.Circuit {
					return verifyFailed{fmt.Errorf("%s: %s names circuit %s, its shape is %s", path, where, p.Circuit, name)}
				}
				for _, m := range p.Modules {
					for t := p.First; t < p.First+p.Tokens; t++ {
						if covered[m][t] {
							return verifyFailed{fmt.Errorf("%s: %s proves module %s token %d again", path, where, tr.Modules[m].Name, t)}
						}
						covered[m][t] = true
					}
				}
				if pub.XDigest, err = parseElem(path, where+": x_digest", p.XDigest); err != nil {
					return err
				}
				if pub.DeltaDigest, err = parseElem(path, where+": delta_digest", p.DeltaDigest); err != nil {
					return err
				}
				x, y, err := delta.Digests(s, tr)
				if err != nil {
					return err
				}
				if x != pub.XDigest || y != pub.DeltaDigest {
					return verifyFailed{fmt.Errorf("%s: %s: digests do not match the trace's x and Δy", path, where)}
				}
				if binding == delta.Fingerprinted {
					// ρ comes from the bundle (the proof fails unless it is
					// its commitment's challenge); the fingerprints come
					// from the trace, and must be the bundle's.
					if pub.Rho, err = parseElem(path, where+": rho", p.Rho); err != nil {
						return err
					}
					if pub.XEval, pub.DeltaEval, err = delta.Fingerprints(s, tr, pub.Rho); err != nil {
						return err
					}
					xe, err := parseElem(path, where+": x_fingerprint", p.XEval)
					if err != nil {
						return err
					}
					ye, err := parseElem(path, where+": delta_fingerprint", p.DeltaEval)
					if err != nil {
						return err
					}
					if xe != pub.XEval || ye != pub.DeltaEval {
						return verifyFailed{fmt.Errorf("%s: %s: fingerprints do not match the trace's x and Δy", path, where)}
					}
				} else if p.Rho != "" || p.XEval != "" || p.DeltaEval != "" {
					return usageErr("%s: %s: fingerprint fields in a hash-bound part", path, where)
				}
				proof, err := decodeProof(path, where, p.Proof)
				if err != nil {
					return err
				}
				vk, err := verifyingKey(c, p.Digest, p.Circuit, p.VKSHA256)
				if err != nil {
					return err
				}
				if err := delta.VerifyPart(delta.Part{Shape: s, Name: p.Circuit, Public: pub, Proof: proof, VK: vk}); err != nil {
					return verifyFailed{fmt.Errorf("%s: %s: %w", path, where, err)}
				}
				commitments[p.AdapterCommitment] = true
			}
			for m := range covered {
				if t := slices.Index(covered[m], false); t >= 0 {
					return verifyFailed{fmt.Errorf("%s: module %s token %d is not proven", path, tr.Modules[m].Name, t)}
				}
			}
			if c.Bool("json") {
				return writeJSON(e.stdout, map[string]any{"verified": true, "proofs": len(db.Parts), "modules": len(tr.Modules),
					"tokens": tr.Tokens, "model_id": tr.ModelID, "adapter_id": tr.AdapterID, "adapter_commitments": slices.Sorted(maps.Keys(commitments))})
			}
			fmt.Fprintf(e.stdout, "verified: %d proofs cover %d modules × %d tokens of %s (adapter %s); the base model's computation is not proven\n",
				len(db.Parts), len(tr.Modules), tr.Tokens, orDash(tr.ModelID), orDash(tr.AdapterID))
			return nil
		},
	})
}
