//go:build prover_checks

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/prover/bundle"
)

// TestDemoGPT: demo --gpt with a tiny text model sets up, proves, writes
// the generation bundle and prints the verified prompt and text; a second
// run uses the stored keys.
func TestDemoGPT(t *testing.T) {
	cache := t.TempDir()
	dir := tinyGPTDir(t)
	out := filepath.Join(t.TempDir(), "g.json")
	args := []string{"demo", "--gpt", "--model", dir, "--prompt", "th", "--tokens", "3", "--out", out}
	got := mustCode(t, 0, cache, args...)
	g, err := bundle.ReadGeneration(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`prompt        "th"`, "generated     " + fmt.Sprintf("%q", g.OutputText), "keys          dev setup", "owner         none (base model", "verified: model tiny-gpt, prompt \"th\""} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if g.Adapter.Name != "none" || len(g.Output) != 3 {
		t.Errorf("bundle adapter %q, output %v", g.Adapter.Name, g.Output)
	}
	if again := mustCode(t, 0, cache, args...); strings.Contains(again, "setup    ") {
		t.Errorf("second run set up again:\n%s", again)
	}
	// verify reads the generation bundle and checks it with the stored key
	// and the model; a changed text fails (exit 1).
	if got := mustCode(t, 0, cache, "verify", "--model", dir, out); !strings.Contains(got, "verified: gpt2-greedy generation") || !strings.Contains(got, "model              tiny-gpt") {
		t.Errorf("verify output:\n%s", got)
	}
	g.OutputText += "x"
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := g.Write(bad); err != nil {
		t.Fatal(err)
	}
	mustCode(t, 1, cache, "verify", bad)
}
