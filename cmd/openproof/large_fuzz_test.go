package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// fuzzCLI runs the CLI in-process for a fuzz setup or iteration.
func fuzzCLI(cache string, args ...string) (int, string) {
	var out bytes.Buffer
	full := append([]string{"openproof", "--cache", cache, "--log-level", "error"}, args...)
	code := run(context.Background(), full, &out, &out)
	return code, out.String()
}

// fuzzFixture makes a tiny adapter and base checkpoint, and a real proven
// merge file for them (setups far below 2^15), so the seeds start from a
// file verify-merge accepts. (Delta bundles are fuzzed without proving:
// prover/bundle.FuzzParseDelta, verifier.FuzzVerifyDelta.)
func fuzzFixture(f *testing.F) (cache, base, mergeDir string, mergeFile []byte) {
	f.Helper()
	cache, dir := f.TempDir(), f.TempDir()
	must := func(args ...string) {
		if code, out := fuzzCLI(cache, args...); code != exitOK {
			f.Fatalf("openproof %v: exit %d\n%s", args, code, out)
		}
	}
	g := filepath.Join(dir, "gen")
	must("peftgen", "--preset", "gpt2", "--in", "8", "--out-features", "12", "--rank", "2", "--tokens", "2", "--out", g)
	base = filepath.Join(g, genBaseFile)
	adapter := filepath.Join(g, genAdapterDir)
	mergeDir = filepath.Join(dir, "merge")
	must("merge", "--base", base, "--adapter", adapter, "--out", mergeDir, "--prove", "--setup", "--max-constraints", "3000")
	var err error
	if mergeFile, err = os.ReadFile(filepath.Join(mergeDir, mergeProofFile)); err != nil {
		f.Fatal(err)
	}
	return cache, base, mergeDir, mergeFile
}

// checkExit fails on anything but 0 (the file verifies), 1 (it does not)
// or 2 (it is malformed): a panic or an internal error on a hostile file is
// a bug.
func checkExit(t *testing.T, code int, out string) {
	t.Helper()
	if code != exitOK && code != exitVerify && code != exitBadInput {
		t.Fatalf("exit %d on a fuzzed file:\n%s", code, out)
	}
}

// FuzzVerifyMerge: verify-merge on arbitrary merge proof files never
// panics and answers verified, not verified or bad input.
func FuzzVerifyMerge(f *testing.F) {
	cache, base, mergeDir, valid := fuzzFixture(f)
	merged, err := os.ReadFile(filepath.Join(mergeDir, mergedFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add(bytes.Replace(valid, []byte(`"chunks"`), []byte(`"chunks_"`), 1))
	f.Add([]byte(`{"format":"openproof.merge-bundle","version":1}`))
	f.Add([]byte("[]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, mergedFile), merged, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, mergeProofFile), b, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out := fuzzCLI(cache, "verify-merge", "--base", base, dir)
		checkExit(t, code, out)
	})
}
