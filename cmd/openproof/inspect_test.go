package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mergeFixture is prover/bundle's merge bundle fixture: one module in three
// chunk proofs over two chunk circuits.
const mergeFixture = "../../prover/bundle/testdata/merge-bundle.json"

// TestInspectMergeBundle: inspect recognizes a merge bundle and shows its
// statement (modules, chunks, commitments, circuits); a damaged one is bad
// input, not another kind of file.
func TestInspectMergeBundle(t *testing.T) {
	out := mustCode(t, exitOK, t.TempDir(), "inspect", mergeFixture)
	for _, want := range []string{
		"merge bundle " + mergeFixture + " (v1)",
		"modules  1, 3 chunk proofs, 8981 constraints",
		"module transformer.h.0.attn.c_attn (layer 0 of 1)",
		"8 in × 10 out, rank 2, fan_in_fan_out true",
		"3, 4 rows each",
		"adapter_commitment  0x135e7765a06af07a4f1e54f4d0e53125940f3b03c6c452dd7ba366fd4a18ed5c",
		"w0_commitment       0x1ca552c98667773809306345bc678576c6d1aaba58e4adbf546986c5946efeaf",
		"w_commitment        0x04e241344d53dd74c09ef59018a61e8c960dfac44cd6a349b441ca2587163a6c",
		"lora-merge/10x8r2/rows4/chunk-any/l0of1    3077 constraints, 2 chunks",
		"lora-merge/10x8r2/rows4/chunk-last2/l0of1  2827 constraints, 1 chunks",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	data, err := os.ReadFile(mergeFixture)
	if err != nil {
		t.Fatal(err)
	}
	for name, damaged := range map[string]string{
		"trailing data":   string(data) + "{}",
		"bad commitment":  strings.Replace(string(data), `"w_commitment": "0x`, `"w_commitment": "0xzz`, 1),
		"unknown field":   strings.Replace(string(data), `"backend"`, `"backend2": "x", "backend"`, 1),
		"no modules left": `{"format": "openproof.merge-bundle", "version": 1, "modules": []}`,
	} {
		p := filepath.Join(t.TempDir(), "merge-proof.json")
		if err := os.WriteFile(p, []byte(damaged), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, stderr := runCLI(t, t.TempDir(), "inspect", p); !strings.Contains(stderr, "merge-proof.json") {
			t.Errorf("%s: error does not name the file:\n%s", name, stderr)
		}
		mustCode(t, exitBadInput, t.TempDir(), "inspect", p)
	}
}
