package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Committed delta bundles: prover/bundle's hash-bound fixture and the
// verifier's fingerprint-bound one (both one part over two modules).
const (
	deltaFixture   = "../../prover/bundle/testdata/delta.json"
	deltaFPFixture = "../../verifier/testdata/delta/fingerprint.json"
)

// TestInspectDeltaBundle: inspect recognizes a delta bundle and shows its
// statement (trace, parts with modules, tokens, binding and commitments,
// circuits); a damaged one is bad input naming the file.
func TestInspectDeltaBundle(t *testing.T) {
	for _, tc := range []struct {
		path string
		want []string
	}{
		{deltaFixture, []string{
			"delta bundle " + deltaFixture + " (v1)",
			"trace    model tiny, adapter peftgen, 2 tokens",
			"modules  2: h.0.attn.c_attn, h.1.attn.c_attn",
			"parts    1 proofs, 4368 constraints",
			"part 0\n  modules             h.0.attn.c_attn, h.1.attn.c_attn\n  tokens              0–1\n",
			"mode                auto, binding hash, pinned false",
			"adapter_commitment  0x0f57e9ed76a56c9f55186d1531a596eec800c670094b817c53a6151d98da1288",
			"x_digest            0x08aabe513f6d469c420cd0e215f5d68d81fa0824f6bec3f02c3af1d3a278cec0",
			"delta_digest        0x1eed532399e1bf679580d1101688f505fa862428838355dc8a527f7393f8317e",
			"lora-delta/freivalds/t2/n2/0:8x12r2k9/1:8x12r2k9  4368 constraints, 1 parts, " +
				"digest 5c2cb426b9678398af3b559b5c46330fc0fb12d2f2b72b3655218b5bc557547c, " +
				"vk_sha256 67be58f6352c573d7969ff76dd87fe73a9b687b46ce9aa6f7024a15798ad7ec3",
		}},
		{deltaFPFixture, []string{
			"mode                auto, binding fingerprint, pinned false",
			"rho                 0x27b0d96964f3a2c80214707e769417a628885ebf98ec3d846a35c57efc0638f0",
			"x_fingerprint       0x147cdcfa84dc93fa82141fa906e3ea34f45abcc446788da4f38968d617b98d88",
			"delta_fingerprint   0x292ff5a485e56591d83248bdc42522642ec6aa4880cd497910c31130ad8186d7",
			"lora-delta-fp/freivalds/t2/n2/0:8x12r2k9/1:8x12r2k9  2641 constraints, 1 parts",
		}},
	} {
		out := mustCode(t, exitOK, t.TempDir(), "inspect", tc.path)
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("inspect %s lacks %q:\n%s", tc.path, want, out)
			}
		}
	}
	if out := mustCode(t, exitOK, t.TempDir(), "inspect", deltaFixture); strings.Contains(out, "rho") {
		t.Errorf("a hash-bound part shows fingerprint fields:\n%s", out)
	}

	data := string(mustRead(t, deltaFixture))
	for name, damaged := range map[string]string{
		"trailing data":     data + "{}",
		"bad commitment":    strings.Replace(data, `"x_digest": "0x`, `"x_digest": "0xzz`, 1),
		"unknown field":     strings.Replace(data, `"backend"`, `"backend2": "x", "backend"`, 1),
		"other version":     strings.Replace(data, `"version": 1`, `"version": 2`, 1),
		"unknown binding":   strings.Replace(data, `"mode": "auto"`, `"mode": "auto", "binding": "sha"`, 1),
		"fingerprint field": strings.Replace(data, `"mode": "auto"`, `"mode": "auto", "rho": "0x01"`, 1),
		"bad circuit":       strings.Replace(data, `"circuit_digest": "5c2c`, `"circuit_digest": "zz2c`, 1),
	} {
		if damaged == data {
			t.Fatalf("%s: the edit did not apply", name)
		}
		p := filepath.Join(t.TempDir(), "delta.json")
		if err := os.WriteFile(p, []byte(damaged), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, stderr := runCLI(t, t.TempDir(), "inspect", p); !strings.Contains(stderr, "delta.json") {
			t.Errorf("%s: error does not name the file:\n%s", name, stderr)
		}
		mustCode(t, exitBadInput, t.TempDir(), "inspect", p)
	}

	// A module index outside the trace's list (which delta verify refuses)
	// is shown as such, not as another module.
	p := filepath.Join(t.TempDir(), "delta.json")
	editJSON(t, deltaFixture, p, func(m map[string]any) {
		m["parts"].([]any)[0].(map[string]any)["modules"] = []any{0, 7}
	})
	if out := mustCode(t, exitOK, t.TempDir(), "inspect", p); !strings.Contains(out, "h.0.attn.c_attn, #7\n") {
		t.Errorf("module 7 of 2 not shown as #7:\n%s", out)
	}
}

// TestVerifyDeltaFile: `verify` handed a delta bundle points at delta
// verify (exit 2) instead of failing to parse it as an inference bundle.
func TestVerifyDeltaFile(t *testing.T) {
	out := mustCode(t, exitBadInput, t.TempDir(), "verify", deltaFixture)
	if want := "openproof delta verify --trace TRACE_DIR " + deltaFixture; !strings.Contains(out, want) {
		t.Errorf("verify on a delta bundle: no %q in\n%s", want, out)
	}
}

// TestDeltaHelpFlags: delta prove and verify take the shared flags: the
// prover's --setup and --max-constraints, the output --json.
func TestDeltaHelpFlags(t *testing.T) {
	cache := t.TempDir()
	for _, tc := range []struct{ args, want []string }{
		{[]string{"delta", "prove", "--help"}, []string{"--trace value", "--adapter value", "--out value", "--mode value",
			"--binding value", "--filled-trace value", "--pinned", "--max-constraints value", "--setup", "--salt value", "PROVER AND KEYS"}},
		{[]string{"prove-delta", "--help"}, []string{"--setup", "--max-constraints value"}},
		{[]string{"delta", "verify", "--help"}, []string{"--trace value", "--keys value", "--json"}},
	} {
		out := mustCode(t, exitOK, cache, tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", strings.Join(tc.args, " "), w, out)
			}
		}
	}
	for _, args := range [][]string{
		{"delta", "prove", "--adapter", "a", "--out", "b"},
		{"delta", "verify", "bundle.json"},
	} {
		if out := mustCode(t, exitBadInput, cache, args...); !strings.Contains(out, `Required flag \"trace\" not set`) {
			t.Errorf("%s: %s", strings.Join(args, " "), out)
		}
	}
}

// TestPeftgenFlagNames: peftgen's input size is --in-features; --in, its
// old name (datanet build's --in is a file), still works but is not shown,
// and messages name the flag as given.
func TestPeftgenFlagNames(t *testing.T) {
	cache := t.TempDir()
	help := mustCode(t, exitOK, cache, "peftgen", "--help")
	for _, w := range []string{"--in-features value", "--out-features value", "--rank value", "seed of every generated value (default: 1)", "GENERATED ADAPTER AND TRACE"} {
		if !strings.Contains(help, w) {
			t.Errorf("peftgen --help: no %q in\n%s", w, help)
		}
	}
	if strings.Contains(help, "--in value") || strings.Contains(help, "--in,") {
		t.Errorf("peftgen --help shows --in:\n%s", help)
	}
	args := []string{"peftgen", "--preset", "gpt2", "--out-features", "12", "--rank", "2"}
	newName := mustCode(t, exitOK, cache, append(args, "--in-features", "8", "--out", filepath.Join(t.TempDir(), "g"))...)
	oldName := mustCode(t, exitOK, cache, append(args, "--in", "8", "--out", filepath.Join(t.TempDir(), "g"))...)
	for _, out := range []string{newName, oldName} {
		if !strings.Contains(out, "2 modules 8→12 r=2") && !strings.Contains(out, "1 modules 8→12 r=2") {
			t.Errorf("peftgen: %s", out)
		}
	}
	for _, tc := range []struct{ flag, want string }{
		{"--in-features", "--in-features 0: want a positive number"},
		{"--in", "--in 0: want a positive number"},
		{"--rank", "--rank 0: want a positive number"},
		{"--layers", "--layers 0: want a positive number"},
	} {
		out := mustCode(t, exitBadInput, cache, "peftgen", tc.flag, "0", "--out", filepath.Join(t.TempDir(), "g"))
		if !strings.Contains(out, tc.want) {
			t.Errorf("peftgen %s 0: no %q in\n%s", tc.flag, tc.want, out)
		}
	}
}
