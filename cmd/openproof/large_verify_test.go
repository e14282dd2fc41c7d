package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLargeVerifyCommitted runs `delta verify` and `merge verify` on the
// committed real delta and merge proofs (verifier/testdata) with their
// committed verifying keys, and on a merged file changed after proving:
// the fast tier's end-to-end check of both commands (no proving).
func TestLargeVerifyCommitted(t *testing.T) {
	cache := t.TempDir()
	td := filepath.Join("..", "..", "verifier", "testdata")
	delta := filepath.Join(td, "delta")
	for _, f := range []string{"hash.json", "fingerprint.json"} {
		out := mustCode(t, exitOK, cache, "delta", "verify", "--keys", filepath.Join(delta, "keys"), "--trace", filepath.Join(delta, "trace"), filepath.Join(delta, f))
		if !strings.Contains(out, "verified") {
			t.Errorf("delta verify %s: %s", f, out)
		}
	}
	merge := filepath.Join(td, "merge")
	base := filepath.Join(merge, "base.safetensors")
	if out := mustCode(t, exitOK, cache, "merge", "verify", "--keys", filepath.Join(merge, "keys"), "--model", base, merge); !strings.Contains(out, "verified") {
		t.Errorf("merge verify: %s", out)
	}
	// The merged file with one byte of its last tensor changed.
	dir := t.TempDir()
	for _, f := range []string{mergeProofFile, mergedFile} {
		b, err := os.ReadFile(filepath.Join(merge, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == mergedFile {
			b[len(b)-1] ^= 1
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustCode(t, exitVerify, cache, "merge", "verify", "--keys", filepath.Join(merge, "keys"), "--model", base, dir)
}
