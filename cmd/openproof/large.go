package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// File formats of the delta and merge proof files.
const (
	deltaFormat  = "openproof.delta-bundle"
	mergeFormat  = "openproof.merge-bundle"
	largeVersion = 1
	// defaultMaxConstraints keeps each proof just under 2^23 (crossing a
	// power of two doubles the prover's FFTs; 2^23 fits a 24 GB machine).
	defaultMaxConstraints = 1<<23 - 1<<19
	// Files `merge` writes into --out.
	mergedFile     = "merged.safetensors"
	mergeProofFile = "merge-proof.json"
	// Files `peftgen` writes into --out.
	genAdapterDir = "adapter"
	genTraceDir   = "trace"
	genBaseFile   = "base.safetensors"
)

var (
	maxConstraintsFlag = &cli.IntFlag{Name: "max-constraints", Value: defaultMaxConstraints, Usage: "largest proof (estimated constraints); proofs are chunked below it"}
	setupFlag          = &cli.BoolFlag{Name: "setup", Usage: "run the development setup for circuits without stored keys (otherwise that is an error)"}
)

// storeKeys backs delta.Keys and merge.Keys with the key store (e.keys:
// looked up by circuit digest, made by the development setup with
// allowSetup). digests records each circuit's digest for the proof file.
func (e *env) storeKeys(c *cli.Context, allowSetup bool, digests map[string]string) func(context.Context, string, constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	return func(ctx context.Context, name string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
		digest, err := prover.CircuitDigest(ccs)
		if err != nil {
			return nil, nil, err
		}
		digests[name] = digest
		pk, vk, _, err := e.keys(ctx, c, &compiled{name: name, ccs: ccs, digest: digest}, allowSetup)
		return pk, vk, err
	}
}

// verifyingKey loads a stored verifying key and checks that it is the key
// of the named circuit and has the stated hash.
func verifyingKey(c *cli.Context, digest, name, vkHash string) (groth16.VerifyingKey, error) {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	vk, m, err := ks.VerifyingKey(digest)
	if err != nil {
		if keystore.IsNotFound(err) {
			return nil, badInput{fmt.Errorf("no verifying key for circuit %s (digest %s) in %s", name, digest, keysDir(c))}
		}
		return nil, err
	}
	if m.CircuitName != name {
		return nil, verifyFailed{fmt.Errorf("stored key %s is for circuit %s, the proof claims %s", digest, m.CircuitName, name)}
	}
	h, err := bundle.VKSHA256(vk)
	if err != nil {
		return nil, err
	}
	if h != vkHash {
		return nil, verifyFailed{fmt.Errorf("circuit %s: verifying key hash %s, the proof names %s", name, h, vkHash)}
	}
	return vk, nil
}

func backendOf(c *cli.Context) (prover.Backend, func(), error) {
	b, err := prover.NewBackend(c.String("accel"))
	if err != nil {
		return nil, nil, usageErr("--accel: %v", err)
	}
	closeFn := func() {}
	if cl, ok := b.(interface{ Close() error }); ok {
		closeFn = func() { _ = cl.Close() }
	}
	return b, closeFn, nil
}

// decodeProof reads a hex Solidity-layout proof; points off the curve are a
// failed proof (exit 1), bad hex a malformed file (exit 2).
func decodeProof(file, where, s string) (groth16.Proof, error) {
	raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || !strings.HasPrefix(s, "0x") {
		return nil, usageErr("%s: %s: proof is not 0x-prefixed hex", file, where)
	}
	p, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		return nil, verifyFailed{fmt.Errorf("%s: %s: %w", file, where, err)}
	}
	return p, nil
}

func parseElem(file, where, s string) (fr.Element, error) {
	v, err := bundle.ParseElement(s)
	if err != nil {
		return v, usageErr("%s: %s: %v", file, where, err)
	}
	return v, nil
}

// readStrict decodes a JSON file of at most bundle.MaxSize bytes, rejecting
// unknown fields and anything after the one JSON value (as bundle.Read).
func readStrict(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return badInput{err}
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, bundle.MaxSize+1))
	if err != nil {
		return badInput{fmt.Errorf("%s: %w", path, err)}
	}
	if len(b) > bundle.MaxSize {
		return usageErr("%s: larger than %d bytes", path, bundle.MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return usageErr("%s: %v", path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return usageErr("%s: data after the JSON value", path)
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	if err := renameio.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return writeErr("out", path, err)
	}
	return nil
}

// ---- peftgen ----

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
				return inputErr(err)
			}
			tr, _, err := peftgen.Trace(c.Context, spec, pa, c.Int("tokens"), seed+1)
			if err != nil {
				return inputErr(err)
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

// ---- delta proofs ----

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
				return inputErr(err)
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
					return inputErr(err)
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
						return inputErr(err)
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

// ---- merge ----

// mergeBase is the base weights of a merge: an openproof model directory
// (config.json + model.safetensors) or a checkpoint file whose tensors
// "<module>.weight" are the adapted modules' weights.
type mergeBase struct {
	path string
	q    *quant.Model      // model directory
	st   *safetensors.File // checkpoint
}

func openMergeBase(path string) (*mergeBase, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--base: %w", err)}
	}
	b := &mergeBase{path: path}
	if st.IsDir() {
		m, err := model.Load(path)
		if err != nil {
			return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
		}
		if b.q, err = quant.FromModel(m); err != nil {
			return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
		}
		return b, nil
	}
	if b.st, err = safetensors.Read(path); err != nil {
		return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
	}
	return b, nil
}

// layer returns the int8 base weights of a module, [out][in], quantized by
// quant.QuantizeTensor (checkpoints) or as quant.FromModel does (models).
func (b *mergeBase) layer(name string, in, out int, fanInFanOut bool) (*quant.Layer, error) {
	if b.q != nil {
		for i := range b.q.Layers {
			if l := b.q.Layers[i]; l.Name == name {
				if l.In != in || l.Out != out {
					return nil, badInput{fmt.Errorf("--base %s: layer %s is %d→%d, want %d→%d", b.path, name, l.In, l.Out, in, out)}
				}
				return &l, nil
			}
		}
		return nil, badInput{fmt.Errorf("--base %s: no layer %q", b.path, name)}
	}
	t, err := b.st.Get(name + ".weight")
	if err != nil {
		return nil, badInput{fmt.Errorf("--base: %w", err)}
	}
	shape := []int{out, in}
	if fanInFanOut {
		shape = []int{in, out}
	}
	if !slices.Equal(t.Shape, shape) {
		return nil, badInput{fmt.Errorf("--base %s: tensor %s has shape %v, want %v", b.path, t.Name, t.Shape, shape)}
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, badInput{fmt.Errorf("--base %s: %w", b.path, err)}
	}
	if fanInFanOut {
		v = transpose(v, in, out)
	}
	w, wexp, err := quant.QuantizeTensor(v)
	if err != nil {
		return nil, badInput{fmt.Errorf("--base %s: tensor %s: %w", b.path, t.Name, err)}
	}
	// A merge reads only W and WExp; the activation exponents just have to
	// give a valid shift for quant's bound checks.
	return &quant.Layer{Name: name, In: in, Out: out, W: w, WExp: wexp, InExp: 0, OutExp: wexp - 1, Shift: 1}, nil
}

// transpose turns a rows×cols row-major matrix into cols×rows.
func transpose[T any](v []T, rows, cols int) []T {
	out := make([]T, len(v))
	for i := range rows {
		for j := range cols {
			out[j*rows+i] = v[i*cols+j]
		}
	}
	return out
}

// mergeInputs quantizes the adapter against the base: the model and adapter
// merge.ProveAdapter takes, and per adapter layer whether it is Conv1D.
func mergeInputs(b *mergeBase, adapterDir string) (*quant.Model, *quant.Adapter, map[int]bool, error) {
	pa, err := peft.Load(adapterDir)
	if err != nil {
		return nil, nil, nil, badInput{fmt.Errorf("--adapter %s: %w", adapterDir, err)}
	}
	name := filepath.Base(filepath.Clean(adapterDir))
	fan := map[int]bool{}
	if b.q != nil {
		qa, err := quant.FromPEFT(b.q, pa, name)
		if err != nil {
			return nil, nil, nil, badInput{fmt.Errorf("--adapter %s on --base %s: %w", adapterDir, b.path, err)}
		}
		return b.q, qa, fan, nil
	}
	q := &quant.Model{Name: filepath.Base(b.path)}
	qa := &quant.Adapter{Name: name}
	for i, m := range pa.Modules {
		l, err := b.layer(m.Name, m.In, m.Out, m.FanInFanOut)
		if err != nil {
			return nil, nil, nil, err
		}
		al, err := quant.QuantizeLoRA(l, i, m.Rank, m.Scaling, m.A, m.B)
		if err != nil {
			return nil, nil, nil, badInput{fmt.Errorf("--adapter %s: module %s: %w", adapterDir, m.Name, err)}
		}
		q.Layers = append(q.Layers, *l)
		qa.Layers = append(qa.Layers, *al)
		fan[i] = m.FanInFanOut
	}
	return q, qa, fan, nil
}

// mergeBundle is the file `merge --prove` writes and verify-merge reads.
type mergeBundle struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	Adapter string        `json:"adapter"`
	Backend string        `json:"backend"`
	Modules []mergeModule `json:"modules"`
}

type mergeModule struct {
	Name              string       `json:"name"`
	Layer             int          `json:"layer"`
	NLayers           int          `json:"n_layers"`
	In                int          `json:"in"`
	Out               int          `json:"out"`
	Rank              int          `json:"rank"`
	FanInFanOut       bool         `json:"fan_in_fan_out"`
	Rows              int          `json:"rows"`
	AdapterCommitment string       `json:"adapter_commitment"`
	W0                string       `json:"w0_commitment"`
	W                 string       `json:"w_commitment"`
	Chunks            []mergeChunk `json:"chunks"`
}

type mergeChunk struct {
	Circuit     string `json:"circuit"`
	Digest      string `json:"circuit_digest"`
	Constraints int    `json:"constraints"`
	First       int    `json:"first_row"`
	W0Before    string `json:"w0_before"`
	W0After     string `json:"w0_after"`
	WBefore     string `json:"w_before"`
	WAfter      string `json:"w_after"`
	Proof       string `json:"proof"`
	VKSHA256    string `json:"vk_sha256"`
}

func mergeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "merge",
		Usage: "merge a PEFT adapter into base weights module by module (the runtime's merged-mode rounding), optionally proving each chunk",
		Description: "--base is an openproof model directory or a checkpoint (safetensors with \"<module>.weight\" tensors, " +
			"[in][out] for fan_in_fan_out modules). Writes <out>/merged.safetensors (int8 merged weights in the base's layout, " +
			"exponents in the metadata) and, with --prove, <out>/merge-proof.json: per module, row-chunk Groth16 proofs whose " +
			"commitments chain to whole-matrix commitments of W0 and W'. Check it with `openproof verify-merge`.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "base", Required: true, Usage: "base model directory or checkpoint file"},
			&cli.StringFlag{Name: "adapter", Required: true, Usage: "PEFT adapter directory"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "output directory"},
			&cli.BoolFlag{Name: "prove", Usage: "prove every chunk of every module"},
			maxConstraintsFlag, saltFlag, accelFlag, keysFlag, setupFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usageErr("merge takes no arguments, got %d", c.NArg())
			}
			if c.Int("max-constraints") < 1 {
				return usageErr("--max-constraints %d: want a positive number", c.Int("max-constraints"))
			}
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			base, err := openMergeBase(c.String("base"))
			if err != nil {
				return err
			}
			q, qa, fan, err := mergeInputs(base, c.String("adapter"))
			if err != nil {
				return err
			}
			merged := make([][]int8, len(qa.Layers))
			var proofs []*merge.ModuleProof
			digests := map[string]string{}
			var backendName string
			if c.Bool("prove") {
				b, closeFn, err := backendOf(c)
				if err != nil {
					return err
				}
				defer closeFn()
				backendName = b.Name()
				if _, err := e.phase("prove-merge", func() error {
					var err error
					proofs, err = merge.ProveAdapter(c.Context, b, e.storeKeys(c, c.Bool("setup"), digests), q, qa, salt, c.Int("max-constraints"))
					return err
				}); err != nil {
					return inputErr(err)
				}
				for i, mp := range proofs {
					merged[i] = mp.Merged
				}
			} else {
				for i := range qa.Layers {
					merged[i] = quant.MergeLayer(&q.Layers[qa.Layers[i].Layer], &qa.Layers[i])
				}
			}
			out := c.String("out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				return writeErr("out", out, err)
			}
			f := &safetensors.File{Metadata: map[string]string{"format": "openproof-int8-pow2-v1", "adapter": qa.Name}}
			for i, al := range qa.Layers {
				l := &q.Layers[al.Layer]
				w, shape := merged[i], []int{l.Out, l.In}
				if fan[al.Layer] {
					w, shape = transpose(w, l.Out, l.In), []int{l.In, l.Out}
				}
				if err := f.Add(safetensors.NewI8(l.Name+".weight", shape, w)); err != nil {
					return err
				}
				f.Metadata["w_exp:"+l.Name+".weight"] = fmt.Sprint(l.WExp)
			}
			if err := safetensors.Write(filepath.Join(out, mergedFile), f); err != nil {
				return writeErr("out", filepath.Join(out, mergedFile), err)
			}
			if !c.Bool("prove") {
				fmt.Fprintf(e.stdout, "merged %d modules → %s (not proven: pass --prove)\n", len(qa.Layers), filepath.Join(out, mergedFile))
				return nil
			}
			mb := mergeBundle{Format: mergeFormat, Version: largeVersion, Adapter: qa.Name, Backend: backendName}
			chunks, total := 0, 0
			for i, mp := range proofs {
				al := qa.Layers[i]
				l := &q.Layers[al.Layer]
				mm := mergeModule{Name: l.Name, Layer: al.Layer, NLayers: len(q.Layers), In: l.In, Out: l.Out, Rank: al.Rank,
					FanInFanOut: fan[al.Layer], W0: bundle.FormatElement(mp.W0), W: bundle.FormatElement(mp.W)}
				for _, cp := range mp.Chunks {
					mm.Rows = cp.Shape.Rows
					mm.AdapterCommitment = bundle.FormatElement(cp.Public.AdapterCommitment)
					ch := mergeChunk{Circuit: cp.Name, Digest: digests[cp.Name], Constraints: cp.Constraints, First: cp.Shape.First,
						W0Before: bundle.FormatElement(cp.Public.W0Before), W0After: bundle.FormatElement(cp.Public.W0After),
						WBefore: bundle.FormatElement(cp.Public.WBefore), WAfter: bundle.FormatElement(cp.Public.WAfter)}
					if ch.Proof, err = bundle.EncodeProof(cp.Proof); err != nil {
						return err
					}
					if ch.VKSHA256, err = bundle.VKSHA256(cp.VK); err != nil {
						return err
					}
					mm.Chunks = append(mm.Chunks, ch)
					total += cp.Constraints
				}
				chunks += len(mp.Chunks)
				mb.Modules = append(mb.Modules, mm)
			}
			if err := writeJSONFile(filepath.Join(out, mergeProofFile), mb); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "merged and proved %d modules in %d chunk proofs (%d constraints in all) → %s\n",
				len(proofs), chunks, total, out)
			return nil
		},
	})
}

func verifyMergeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "verify-merge",
		Usage:     "verify a merge: W' = W0 + s·B·A for every module of <dir>/merge-proof.json (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "DIR",
		Description: "DIR is what `merge --prove` wrote. W0 is recomputed from --base, W' from DIR/merged.safetensors; every " +
			"merged tensor must be proven, chunk proofs must chain to both whole-matrix commitments, and every pairing must hold. " +
			"The adapter stays private: each module's proofs share one adapter commitment.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "base", Required: true, Usage: "the base model directory or checkpoint the merge used"},
			keysFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("verify-merge takes one DIR, got %d arguments", c.NArg())
			}
			dir := c.Args().First()
			path := filepath.Join(dir, mergeProofFile)
			var mb mergeBundle
			if err := readStrict(path, &mb); err != nil {
				return err
			}
			if mb.Format != mergeFormat || mb.Version != largeVersion || len(mb.Modules) == 0 {
				return usageErr("%s: format %q v%d with %d modules, want %s v%d", path, mb.Format, mb.Version, len(mb.Modules), mergeFormat, largeVersion)
			}
			base, err := openMergeBase(c.String("base"))
			if err != nil {
				return err
			}
			mpath := filepath.Join(dir, mergedFile)
			mf, err := safetensors.Read(mpath)
			if err != nil {
				return badInput{fmt.Errorf("%s: %w", mpath, err)}
			}
			proven := map[string]bool{}
			for k, mm := range mb.Modules {
				where := fmt.Sprintf("module %d (%s)", k, mm.Name)
				l, err := base.layer(mm.Name, mm.In, mm.Out, mm.FanInFanOut)
				if err != nil {
					return err
				}
				t, err := mf.Get(mm.Name + ".weight")
				if err != nil {
					return badInput{fmt.Errorf("%s: %w", mpath, err)}
				}
				w, err := t.Int8s()
				if err != nil || len(w) != mm.In*mm.Out {
					return usageErr("%s: tensor %s is not an int8 %d×%d matrix", mpath, t.Name, mm.Out, mm.In)
				}
				if mm.FanInFanOut {
					w = transpose(w, mm.In, mm.Out)
				}
				proven[t.Name] = true
				if mm.Rows < 1 {
					return usageErr("%s: %s: rows %d", path, where, mm.Rows)
				}
				w0c, err := merge.MatrixCommitment(l.W, mm.Out, mm.In, mm.Rows)
				if err != nil {
					return inputErr(err)
				}
				wc, err := merge.MatrixCommitment(w, mm.Out, mm.In, mm.Rows)
				if err != nil {
					return inputErr(err)
				}
				if bundle.FormatElement(w0c) != mm.W0 {
					return verifyFailed{fmt.Errorf("%s: %s: W0 commitment does not match --base", path, where)}
				}
				if bundle.FormatElement(wc) != mm.W {
					return verifyFailed{fmt.Errorf("%s: %s: W' commitment does not match %s", path, where, mpath)}
				}
				ac, err := parseElem(path, where+": adapter_commitment", mm.AdapterCommitment)
				if err != nil {
					return err
				}
				var cps []merge.ChunkProof
				for j, ch := range mm.Chunks {
					cw := fmt.Sprintf("%s chunk %d", where, j)
					s := merge.Shape{NLayers: mm.NLayers, Layer: mm.Layer, In: mm.In, Out: mm.Out, Rank: mm.Rank, Rows: mm.Rows, First: ch.First}
					circ, err := merge.New(s)
					if err != nil {
						return verifyFailed{fmt.Errorf("%s: %s: %w", path, cw, err)}
					}
					if circ.Name() != ch.Circuit {
						return verifyFailed{fmt.Errorf("%s: %s names circuit %s, its shape is %s", path, cw, ch.Circuit, circ.Name())}
					}
					p := merge.Public{AdapterCommitment: ac, Chunk: ch.First / mm.Rows}
					for _, f := range []struct {
						dst  *fr.Element
						name string
						v    string
					}{{&p.W0Before, "w0_before", ch.W0Before}, {&p.W0After, "w0_after", ch.W0After}, {&p.WBefore, "w_before", ch.WBefore}, {&p.WAfter, "w_after", ch.WAfter}} {
						if *f.dst, err = parseElem(path, cw+": "+f.name, f.v); err != nil {
							return err
						}
					}
					proof, err := decodeProof(path, cw, ch.Proof)
					if err != nil {
						return err
					}
					vk, err := verifyingKey(c, ch.Digest, ch.Circuit, ch.VKSHA256)
					if err != nil {
						return err
					}
					cp := merge.ChunkProof{Shape: s, Name: ch.Circuit, Public: p, Proof: proof, VK: vk}
					if err := merge.VerifyChunk(cp); err != nil {
						return verifyFailed{fmt.Errorf("%s: %s: %w", path, cw, err)}
					}
					cps = append(cps, cp)
				}
				if err := merge.VerifyChain(cps, mm.Out, mm.In, w0c, wc); err != nil {
					return verifyFailed{fmt.Errorf("%s: %s: %w", path, where, err)}
				}
			}
			for _, n := range mf.Names() {
				if !proven[n] {
					return verifyFailed{fmt.Errorf("%s: tensor %s has no merge proof", mpath, n)}
				}
			}
			fmt.Fprintf(e.stdout, "verified: %d merged modules of %s chain to their W0 and W' commitments\n", len(mb.Modules), dir)
			return nil
		},
	})
}
