//go:build prover_checks

package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/prover/bundle"
)

// TestDemoGPTSampled: demo --gpt with --temperature, --top-k and
// --sample-seed proves a seeded sampling of the tiny text model (the
// sampled circuit, the seed a fifth public input); verify prints the seed
// and the stated sampling as a label; the same seed gives the same text.
func TestDemoGPTSampled(t *testing.T) {
	cache := t.TempDir()
	dir := tinyGPTDir(t)
	out := filepath.Join(t.TempDir(), "g.json")
	args := []string{"demo", "--gpt", "--model", dir, "--prompt", "th", "--tokens", "3", "--temperature", "0.8", "--top-k", "5", "--sample-seed", "42", "--out", out}
	got := mustCode(t, 0, cache, args...)
	g, err := bundle.ReadGeneration(out)
	if err != nil {
		t.Fatal(err)
	}
	if g.Kind != bundle.KindGPT2Sampled || g.Sampling == nil || g.Sampling.TopK != 5 || len(g.PublicInputs) != 5 {
		t.Fatalf("bundle kind %s, sampling %+v, %d public inputs", g.Kind, g.Sampling, len(g.PublicInputs))
	}
	for _, want := range []string{"sampled generation of 3 characters (gpt2-sampled), seed " + g.Sampling.Seed, "sampling temperature 0.8, top-k 5"} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q:\n%s", want, got)
		}
	}
	v := mustCode(t, 0, cache, "verify", "--model", dir, out)
	for _, want := range []string{"verified: gpt2-sampled generation", "sampling seed      " + g.Sampling.Seed, "sampling temperature 0.8, top-k 5"} {
		if !strings.Contains(v, want) {
			t.Errorf("verify output lacks %q:\n%s", want, v)
		}
	}
	gen := mustCode(t, 0, cache, "generate", "--model", dir, "--prompt", "th", "--tokens", "3", "--temperature", "0.8", "--top-k", "5", "--sample-seed", "42")
	if !strings.Contains(gen, g.OutputText) {
		t.Errorf("generate with the same seed printed\n%s\nthe proven text is %q", gen, g.OutputText)
	}
}
