//go:build prover_checks

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover/bundle"
)

// TestDeltaCLI proves a two-module, three-token trace, verifies it, and
// checks that tampered bundles and other traces fail (exit 1).
func TestDeltaCLI(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	g := gen(t, cache, "--preset", "llama", "--dim", "16", "--rank", "2", "--tokens", "3")
	trace, adapter := filepath.Join(g, genTraceDir), filepath.Join(g, genAdapterDir)
	b := filepath.Join(dir, "delta.json")
	prove := []string{"prove-delta", "--trace", trace, "--adapter", adapter, "--salt", "0x2a"}

	// Without keys and without --setup, nothing is proven or written.
	if out := mustCode(t, exitBadInput, cache, append(prove, "--out", b)...); !strings.Contains(out, "--setup") {
		t.Fatalf("missing keys: %s", out)
	}
	if _, err := os.Stat(b); !os.IsNotExist(err) {
		t.Fatal("a failed prove-delta wrote its bundle")
	}
	mustCode(t, exitOK, cache, append(prove, "--out", b, "--setup")...)
	var db bundle.Delta
	if err := json.Unmarshal(mustRead(t, b), &db); err != nil {
		t.Fatal(err)
	}
	if len(db.Parts) != 1 || len(db.Parts[0].Modules) != 2 || db.Parts[0].Tokens != 3 || db.Parts[0].Constraints > 1<<15 {
		t.Fatalf("bundle parts %+v", db.Parts)
	}
	out := mustCode(t, exitOK, cache, "delta", "verify", "--trace", trace, b)
	if !strings.Contains(out, "verified") || !strings.Contains(out, "base model") {
		t.Fatalf("delta verify: %s", out)
	}
	// The old name is the same command.
	if old := mustCode(t, exitOK, cache, "verify-delta", "--trace", trace, b); old != out {
		t.Fatalf("verify-delta printed %q, delta verify %q", old, out)
	}
	var report map[string]any
	if err := json.Unmarshal([]byte(mustCode(t, exitOK, cache, "verify-delta", "--json", "--trace", trace, b)), &report); err != nil {
		t.Fatal(err)
	}
	if report["verified"] != true || report["proofs"] != 1.0 || report["modules"] != 2.0 || report["tokens"] != 3.0 ||
		!reflect.DeepEqual(report["adapter_commitments"], []any{db.Parts[0].AdapterCommitment}) {
		t.Fatalf("verify-delta --json: %v", report)
	}

	// Another salt: another valid proof, with another adapter commitment (the
	// stored keys are reused).
	b2 := filepath.Join(dir, "delta2.json")
	mustCode(t, exitOK, cache, "delta", "prove", "--trace", trace, "--adapter", adapter, "--salt", "0x2b", "--out", b2)
	var db2 bundle.Delta
	if err := json.Unmarshal(mustRead(t, b2), &db2); err != nil {
		t.Fatal(err)
	}
	if db2.Parts[0].AdapterCommitment == db.Parts[0].AdapterCommitment || db2.Parts[0].Proof == db.Parts[0].Proof {
		t.Fatal("another salt gave the same commitment or proof")
	}

	// An engine that records only x: prove-delta computes Δy from the
	// adapter into --filled-trace, which is then the trace to verify against.
	full, err := enginetrace.Read(trace)
	if err != nil {
		t.Fatal(err)
	}
	xOnly := *full
	xOnly.Modules = append([]enginetrace.Module(nil), full.Modules...)
	for i := range xOnly.Modules {
		xOnly.Modules[i].Delta = nil
	}
	xDir, filled, b3 := filepath.Join(dir, "x-only"), filepath.Join(dir, "filled"), filepath.Join(dir, "delta3.json")
	if err := xOnly.Write(xDir); err != nil {
		t.Fatal(err)
	}
	proveX := []string{"prove-delta", "--trace", xDir, "--adapter", adapter, "--salt", "0x2a", "--out", b3}
	if out := mustCode(t, exitBadInput, cache, proveX...); !strings.Contains(out, "--filled-trace") {
		t.Fatalf("x-only trace without --filled-trace: %s", out)
	}
	if out := mustCode(t, exitBadInput, cache, append(append([]string(nil), prove...), "--out", b3, "--filled-trace", filled)...); !strings.Contains(out, "already records") {
		t.Fatalf("--filled-trace with a complete trace: %s", out)
	}
	mustCode(t, exitOK, cache, append(proveX, "--filled-trace", filled)...)
	if got, err := enginetrace.Read(filled); err != nil || !reflect.DeepEqual(got, full) {
		t.Fatalf("filled trace differs from the engine's complete trace (%v)", err)
	}
	mustCode(t, exitOK, cache, "verify-delta", "--trace", filled, b3)

	part := func(m map[string]any) map[string]any { return m["parts"].([]any)[0].(map[string]any) }
	tamper := map[string]func(m map[string]any){
		"proof off the curve": func(m map[string]any) {
			p := []byte(part(m)["proof"].(string))
			p[10] = "12"[boolIndex(p[10] == '1')]
			part(m)["proof"] = string(p)
		},
		"proof of another statement": func(m map[string]any) { part(m)["proof"] = db2.Parts[0].Proof },
		"adapter commitment":         func(m map[string]any) { part(m)["adapter_commitment"] = db2.Parts[0].AdapterCommitment },
		"delta digest":               func(m map[string]any) { part(m)["delta_digest"] = "0x" + strings.Repeat("0", 63) + "5" },
		"fewer tokens": func(m map[string]any) {
			part(m)["tokens"] = 2.0
			part(m)["circuit"] = strings.Replace(part(m)["circuit"].(string), "/t3/", "/t2/", 1)
		},
		"vk hash": func(m map[string]any) { part(m)["vk_sha256"] = strings.Repeat("ab", 32) },
	}
	for name, edit := range tamper {
		t.Run("tampered "+name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "delta.json")
			editJSON(t, b, p, edit)
			mustCode(t, exitVerify, cache, "verify-delta", "--trace", trace, p)
		})
	}
	// Pinned: the adapter is a circuit constant; the circuit is named after
	// the commitment it pins, so another commitment names another key.
	pinned := filepath.Join(dir, "pinned.json")
	mustCode(t, exitOK, cache, "prove-delta", "--pinned", "--trace", trace, "--adapter", adapter, "--salt", "0x2a", "--out", pinned, "--setup")
	var dp bundle.Delta
	if err := json.Unmarshal(mustRead(t, pinned), &dp); err != nil {
		t.Fatal(err)
	}
	if !dp.Parts[0].Pinned || dp.Parts[0].Mode != "direct" || dp.Parts[0].AdapterCommitment != db.Parts[0].AdapterCommitment || dp.Parts[0].Constraints >= db.Parts[0].Constraints {
		t.Fatalf("pinned part %+v, committed %+v", dp.Parts[0], db.Parts[0])
	}
	mustCode(t, exitOK, cache, "verify-delta", "--trace", trace, pinned)
	for name, edit := range map[string]func(m map[string]any){
		"commitment": func(m map[string]any) { part(m)["adapter_commitment"] = db2.Parts[0].AdapterCommitment },
		"not pinned": func(m map[string]any) { part(m)["pinned"] = false },
		"proof":      func(m map[string]any) { part(m)["proof"] = db.Parts[0].Proof },
	} {
		t.Run("tampered pinned "+name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "pinned.json")
			editJSON(t, pinned, p, edit)
			mustCode(t, exitVerify, cache, "verify-delta", "--trace", trace, p)
		})
	}

	// The same adapter on other activations: the proof is not about them.
	other := gen(t, cache, "--preset", "llama", "--dim", "16", "--rank", "2", "--tokens", "3", "--seed", "9")
	mustCode(t, exitVerify, cache, "verify-delta", "--trace", filepath.Join(other, genTraceDir), b)
}

// TestDeltaCLIFingerprint: the fingerprint binding through the CLI. The
// bundle carries ρ and the fingerprints; verify-delta recomputes them from
// the trace, and refuses a changed ρ, changed fingerprints, a hash-bound
// reading of the part, and another trace.
func TestDeltaCLIFingerprint(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	g := gen(t, cache, "--preset", "llama", "--dim", "16", "--rank", "2", "--tokens", "3")
	trace, adapter := filepath.Join(g, genTraceDir), filepath.Join(g, genAdapterDir)
	b, hb := filepath.Join(dir, "fp.json"), filepath.Join(dir, "hash.json")
	mustCode(t, exitOK, cache, "prove-delta", "--binding", "fingerprint", "--trace", trace, "--adapter", adapter, "--salt", "0x2a", "--out", b, "--setup")
	mustCode(t, exitOK, cache, "prove-delta", "--trace", trace, "--adapter", adapter, "--salt", "0x2a", "--out", hb, "--setup")
	var db, dh bundle.Delta
	if err := json.Unmarshal(mustRead(t, b), &db); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(mustRead(t, hb), &dh); err != nil {
		t.Fatal(err)
	}
	p := db.Parts[0]
	if p.Binding != "fingerprint" || p.Rho == "" || p.XEval == "" || p.DeltaEval == "" || p.Constraints >= dh.Parts[0].Constraints ||
		p.XDigest != dh.Parts[0].XDigest || p.DeltaDigest != dh.Parts[0].DeltaDigest {
		t.Fatalf("fingerprint part %+v, hash part %+v", p, dh.Parts[0])
	}
	mustCode(t, exitOK, cache, "verify-delta", "--trace", trace, b)
	mustCode(t, exitOK, cache, "verify-delta", "--trace", trace, hb)
	part := func(m map[string]any) map[string]any { return m["parts"].([]any)[0].(map[string]any) }
	for name, edit := range map[string]func(m map[string]any){
		"rho": func(m map[string]any) { part(m)["rho"] = "0x" + strings.Repeat("0", 63) + "7" },
		// Another ρ with the trace's own fingerprints at it: the bundle is
		// consistent with the trace, and only the proof (ρ is its
		// commitment's challenge) refuses it.
		"rho and the trace's fingerprints at it": func(m map[string]any) {
			tr, err := enginetrace.Read(trace)
			if err != nil {
				t.Fatal(err)
			}
			sh, err := delta.ShapeOf(tr, p.Modules, p.First, p.Tokens, delta.Auto)
			if err != nil {
				t.Fatal(err)
			}
			var rho fr.Element
			rho.SetUint64(7)
			x, y, err := delta.Fingerprints(sh, tr, rho)
			if err != nil {
				t.Fatal(err)
			}
			part(m)["rho"], part(m)["x_fingerprint"], part(m)["delta_fingerprint"] = bundle.FormatElement(rho), bundle.FormatElement(x), bundle.FormatElement(y)
		},
		"delta fingerprint": func(m map[string]any) { part(m)["delta_fingerprint"] = part(m)["x_fingerprint"] },
		"read as hash-bound": func(m map[string]any) {
			delete(part(m), "binding")
			delete(part(m), "rho")
			delete(part(m), "x_fingerprint")
			delete(part(m), "delta_fingerprint")
		},
	} {
		t.Run("tampered "+name, func(t *testing.T) {
			q := filepath.Join(t.TempDir(), "fp.json")
			editJSON(t, b, q, edit)
			out := mustCode(t, exitVerify, cache, "verify-delta", "--trace", trace, q)
			if strings.HasPrefix(name, "rho and") && strings.Contains(out, "fingerprints do not match") {
				t.Fatalf("refused before the proof was checked: %s", out)
			}
		})
	}
	t.Run("fingerprint fields in a hash-bound part", func(t *testing.T) {
		q := filepath.Join(t.TempDir(), "hash.json")
		editJSON(t, hb, q, func(m map[string]any) { part(m)["rho"] = p.Rho })
		mustCode(t, exitBadInput, cache, "verify-delta", "--trace", trace, q)
	})
	t.Run("data after the bundle", func(t *testing.T) {
		q := filepath.Join(t.TempDir(), "fp.json")
		if err := os.WriteFile(q, append(mustRead(t, b), []byte("{}")...), 0o644); err != nil {
			t.Fatal(err)
		}
		if out := mustCode(t, exitBadInput, cache, "verify-delta", "--trace", trace, q); !strings.Contains(out, "after the JSON value") {
			t.Fatalf("trailing data: %s", out)
		}
	})
	t.Run("unknown binding", func(t *testing.T) {
		q := filepath.Join(t.TempDir(), "fp.json")
		editJSON(t, b, q, func(m map[string]any) { part(m)["binding"] = "magic" })
		mustCode(t, exitBadInput, cache, "verify-delta", "--trace", trace, q)
	})
	other := gen(t, cache, "--preset", "llama", "--dim", "16", "--rank", "2", "--tokens", "3", "--seed", "9")
	mustCode(t, exitVerify, cache, "verify-delta", "--trace", filepath.Join(other, genTraceDir), b)
	if out := mustCode(t, exitBadInput, cache, "prove-delta", "--binding", "merkle", "--trace", trace, "--adapter", adapter, "--out", filepath.Join(dir, "x.json")); !strings.Contains(out, "--binding") {
		t.Fatalf("bad --binding: %s", out)
	}
}

// TestMergeCLI merges and proves a GPT-2-layout (Conv1D) module in two
// chained chunks, verifies it, and checks tampering fails (exit 1).
func TestMergeCLI(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	g := gen(t, cache, "--preset", "gpt2", "--in-features", "8", "--out-features", "12", "--rank", "2")
	base, adapter := filepath.Join(g, genBaseFile), filepath.Join(g, genAdapterDir)
	plain, proven := filepath.Join(dir, "plain"), filepath.Join(dir, "proven")
	mustCode(t, exitOK, cache, "merge", "--base", base, "--adapter", adapter, "--out", plain)
	if _, err := os.Stat(filepath.Join(plain, mergeProofFile)); !os.IsNotExist(err) {
		t.Fatal("merge without --prove wrote a proof file")
	}
	mustCode(t, exitOK, cache, "merge", "run", "--base", base, "--adapter", adapter, "--out", proven, "--prove", "--setup", "--max-constraints", "3000")
	if string(mustRead(t, filepath.Join(plain, mergedFile))) != string(mustRead(t, filepath.Join(proven, mergedFile))) {
		t.Fatal("merge and merge --prove wrote different weights")
	}
	var mb bundle.Merge
	if err := json.Unmarshal(mustRead(t, filepath.Join(proven, mergeProofFile)), &mb); err != nil {
		t.Fatal(err)
	}
	if len(mb.Modules) != 1 || len(mb.Modules[0].Chunks) < 2 || !mb.Modules[0].FanInFanOut {
		t.Fatalf("merge proof: %+v", mb.Modules)
	}
	for _, ch := range mb.Modules[0].Chunks {
		if ch.Constraints > 1<<15 {
			t.Fatalf("test setup of %d constraints", ch.Constraints)
		}
	}
	// merge verify and its old name, which help no longer lists.
	for _, verify := range [][]string{{"merge", "verify"}, {"verify-merge"}} {
		if out := mustCode(t, exitOK, cache, append(verify, "--base", base, proven)...); !strings.Contains(out, "verified: 1 merged modules") {
			t.Fatalf("%v: %s", verify, out)
		}
	}
	if out := mustCode(t, exitOK, cache, "--help"); strings.Contains(out, "verify-merge") || !strings.Contains(out, "merge") {
		t.Fatalf("help lists the hidden verify-merge or not merge:\n%s", out)
	}

	// copyOut copies the proven merge into a fresh directory for tampering.
	copyOut := func(t *testing.T) string {
		d := filepath.Join(t.TempDir(), "m")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{mergedFile, mergeProofFile} {
			if err := os.WriteFile(filepath.Join(d, f), mustRead(t, filepath.Join(proven, f)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	chunks := func(m map[string]any) []any { return m["modules"].([]any)[0].(map[string]any)["chunks"].([]any) }
	tamper := map[string]func(m map[string]any){
		"swapped chunk proofs": func(m map[string]any) {
			c := chunks(m)
			c0, c1 := c[0].(map[string]any), c[1].(map[string]any)
			c0["proof"], c1["proof"] = c1["proof"], c0["proof"]
		},
		"chain value": func(m map[string]any) {
			chunks(m)[0].(map[string]any)["w_after"] = chunks(m)[1].(map[string]any)["w_after"]
		},
		"dropped chunk": func(m map[string]any) {
			mod := m["modules"].([]any)[0].(map[string]any)
			mod["chunks"] = chunks(m)[:len(chunks(m))-1]
		},
	}
	for name, edit := range tamper {
		t.Run("tampered "+name, func(t *testing.T) {
			d := copyOut(t)
			editJSON(t, filepath.Join(proven, mergeProofFile), filepath.Join(d, mergeProofFile), edit)
			mustCode(t, exitVerify, cache, "merge", "verify", "--base", base, d)
		})
	}
	t.Run("tampered merged weight", func(t *testing.T) {
		d := copyOut(t)
		p := filepath.Join(d, mergedFile)
		st, err := safetensors.Read(p)
		if err != nil {
			t.Fatal(err)
		}
		w := st.Tensors[st.Order[0]]
		w.Data[5] ^= 1
		if err := safetensors.Write(p, st); err != nil {
			t.Fatal(err)
		}
		mustCode(t, exitVerify, cache, "verify-merge", "--base", base, d)
	})
	t.Run("another base", func(t *testing.T) {
		other := gen(t, cache, "--preset", "gpt2", "--in-features", "8", "--out-features", "12", "--rank", "2", "--seed", "5")
		mustCode(t, exitVerify, cache, "verify-merge", "--base", filepath.Join(other, genBaseFile), proven)
	})

	// An openproof model directory as the base (no proof: the module is
	// 64→10, a setup this test need not pay for).
	stack := smallStack(t)
	md := filepath.Join(dir, "mnist")
	mustCode(t, exitOK, cache, "merge", "--base", stack[1], "--adapter", stack[3], "--out", md)
	st, err := safetensors.Read(filepath.Join(md, mergedFile))
	if err != nil {
		t.Fatal(err)
	}
	if w, err := st.Get("fc2.weight"); err != nil || !slices.Equal(w.Shape, []int{10, 64}) || w.DType != safetensors.I8 {
		t.Fatalf("merged fc2: %+v, %v", w, err)
	}
}
