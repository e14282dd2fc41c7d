//go:build prover_checks

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
)

// TestDemoGPTAttributed: demo --gpt --attribution FILE with a tiny adapted
// text model proves the attributed generation (≈19k constraints), writes a
// gpt2-greedy-attributed bundle and prints the top contributors and
// verified; verify reads the bundle, binds the Datanet root with
// --attribution and refuses moved weights (exit 1) and another Datanet
// (exit 1).
func TestDemoGPTAttributed(t *testing.T) {
	cache := t.TempDir()
	model, adapter, artifacts := tinyAttributedGPT(t)
	out := filepath.Join(t.TempDir(), "g.json")
	got := mustCode(t, 0, cache, "demo", "--gpt", "--model", model, "--adapter", adapter, "--attribution", artifacts,
		"--prompt", "th", "--tokens", "3", "--out", out)
	t.Logf("demo output:\n%s", got)
	g, err := bundle.ReadGeneration(out)
	if err != nil {
		t.Fatal(err)
	}
	if g.Kind != bundle.KindGPT2GreedyAttributed || g.Attribution == nil || len(g.Attribution.Weights) != 3 || len(g.PublicInputs) != 6 {
		t.Fatalf("bundle kind %q, attribution %+v, %d public inputs", g.Kind, g.Attribution, len(g.PublicInputs))
	}
	for _, want := range []string{`prompt        "th"`, "6 public inputs", "datanet       tiny-text, root " + g.Attribution.DatanetRoot,
		"top contributors (ppm; names are unverified labels)", "dogs", "verified: model tiny-gpt, prompt \"th\"", "attribution to tiny-text"} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q:\n%s", want, got)
		}
	}
	v := mustCode(t, 0, cache, "verify", "--attribution", artifacts, out)
	for _, want := range []string{"verified: gpt2-greedy-attributed generation", "datanet            tiny-text, root " + g.Attribution.DatanetRoot,
		"weights (ppm)", "contributor ids [cats dogs shouts]"} {
		if !strings.Contains(v, want) {
			t.Errorf("verify output lacks %q:\n%s", want, v)
		}
	}
	if v := mustCode(t, 0, cache, "verify", out); !strings.Contains(v, "no --attribution to say whose") {
		t.Errorf("verify without --attribution does not label the root:\n%s", v)
	}
	moved := *g
	a := *g.Attribution
	a.Weights = append([]bundle.Weight(nil), a.Weights...)
	top := 0
	for i := range a.Weights {
		if a.Weights[i].PPM > a.Weights[top].PPM {
			top = i
		}
	}
	a.Weights[top].PPM -= 1000
	a.Weights[(top+1)%3].PPM += 1000
	moved.Attribution = &a
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := moved.Write(bad); err != nil {
		t.Fatal(err)
	}
	mustCode(t, 1, cache, "verify", bad)
	raw, err := os.ReadFile(artifacts)
	if err != nil {
		t.Fatal(err)
	}
	// Another Datanet: one sketch value changed, the root recomputed; the
	// proof is for the other root.
	art, err := textattr.Parse(artifacts, raw)
	if err != nil {
		t.Fatal(err)
	}
	art.Contribs[0].Sketch[0]++
	root, err := art.RecomputeRoot()
	if err != nil {
		t.Fatal(err)
	}
	art.Root = commit.Hex(root)
	other := filepath.Join(t.TempDir(), "other.json")
	if err := art.Save(other); err != nil {
		t.Fatal(err)
	}
	if v := mustCode(t, 1, cache, "verify", "--attribution", other, out); !strings.Contains(v, "datanet root differs") {
		t.Errorf("verify against another Datanet:\n%s", v)
	}
}
