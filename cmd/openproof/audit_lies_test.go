package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/mnist/mnisttest"
)

// TestAuditBundleLies: audit reads a proof bundle strictly and takes its
// input only when it hashes to the input_digest (the proof's, with a key
// source); a bundle without its input needs --input/--sample, which is
// checked the same way. These fail before the audit itself, so a small
// Datanet stands in for the demo's.
func TestAuditBundleLies(t *testing.T) {
	cache := t.TempDir()
	dn := filepath.Join(t.TempDir(), "dn.jsonl")
	mustCode(t, exitOK, cache, "datanet", "sample", "--contributors", "2", "--out", dn)
	path, vk := demoFixture("demo-attributed")
	art := filepath.Join("..", "..", "demo", "mnist")
	noInput := liedJSON(t, path, func(m map[string]any) { delete(m, "input") })
	editedInput := liedJSON(t, path, func(m map[string]any) { m["input"].([]any)[0] = 1 })
	tests := []struct {
		name string
		args []string
		code int
		want string // in the output
	}{
		{"input edited, verified", []string{"--vk", vk, editedInput}, exitVerify, "input does not match"},
		{"input edited, no key", []string{editedInput}, exitVerify, "input does not match"},
		{"prediction edited", []string{"--vk", vk, liedJSON(t, path, func(m map[string]any) { m["prediction"] = 7 })}, exitVerify, "argmax"},
		{"input deleted", []string{noInput}, exitBadInput, "carries no input"},
		{"input deleted, another sample", []string{"--sample", "1", noInput}, exitVerify, "input does not match"},
		{"input deleted, another sample, verified", []string{"--vk", vk, "--sample", "1", noInput}, exitVerify, "input does not match"},
		{"bundle input overridden by another sample", []string{"--vk", vk, "--sample", "1", path}, exitVerify, "input does not match"},
		{"a plain bundle", []string{func() string { p, _ := demoFixture("demo"); return p }()}, exitBadInput, "no attribution"},
		{"not a bundle", []string{liedJSON(t, path, func(m map[string]any) { m["proof"] = 1 })}, exitBadInput, "proof"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := mustCode(t, tc.code, cache, append([]string{"audit", "--datanet", dn, "--artifacts", art}, tc.args...)...)
			if !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}
	if out := mustCode(t, exitBadInput, cache, "audit", "--datanet", dn, "--artifacts", art, noInput); !strings.Contains(out, "is not verified") {
		t.Errorf("no warning for a bundle audited unverified:\n%s", out)
	}

	// The honest demo proof audits against the real Datanet: verified
	// with its key, and without its input given --sample 0.
	if testing.Short() {
		t.Skip("skipping the MNIST Datanet audit in -short mode")
	}
	mnistDN := filepath.Join(t.TempDir(), "dn.opdn")
	mustCode(t, exitOK, cache, "datanet", "mnist", "--data", mnisttest.Path(t), "--out", mnistDN)
	for _, args := range [][]string{{"--vk", vk, path}, {"--sample", "0", noInput}} {
		out := mustCode(t, exitOK, cache, append([]string{"audit", "--datanet", mnistDN, "--artifacts", art}, args...)...)
		if !strings.Contains(out, "audit passed") || !strings.Contains(out, "claimed weights match") {
			t.Errorf("audit %v:\n%s", args, out)
		}
	}
}
