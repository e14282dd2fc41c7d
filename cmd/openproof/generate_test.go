package main

import (
	"context"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/peft"
)

// TestGenerate: generate with the embedded model writes a trace that
// recomputes on the embedded model + adapter and names their file digests;
// --json reports the same tokens; bad requests exit 2.
func TestGenerate(t *testing.T) {
	cache := t.TempDir()
	trace := filepath.Join(t.TempDir(), "gen.json")
	out := mustCode(t, 0, cache, "generate", "--prompt", "Linux is", "--tokens", "6", "--trace", trace)
	if !strings.Contains(out, "unverified") {
		t.Errorf("output does not say unverified:\n%s", out)
	}
	tr, err := gpt2q.ReadTrace(trace)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Prompt) != 8 || len(tr.Output) != 6 || len(tr.Steps) != 13 {
		t.Fatalf("trace has %d prompt tokens, %d outputs, %d steps", len(tr.Prompt), len(tr.Output), len(tr.Steps))
	}
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	q, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Verify(context.Background(), tr); err != nil {
		t.Fatalf("the trace does not recompute: %v", err)
	}
	want, err := demo.FileDigests(demo.GPTFS(), demo.GPTAdapterDir)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Adapter[peft.WeightsFile] != want[peft.WeightsFile] || tr.Model[gpt2.WeightsFile] == "" {
		t.Errorf("trace digests %v %v", tr.Model, tr.Adapter)
	}

	var js generateJSON
	if err := json.Unmarshal([]byte(mustCode(t, 0, cache, "generate", "--prompt", "Linux is", "--tokens", "6", "--json")), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Tokens) != 6 || js.Tokens[0] != tr.Output[0] || js.Verified {
		t.Errorf("--json %+v", js)
	}

	// The base alone from a directory: a trace without adapter digests.
	dir := filepath.Join(t.TempDir(), "base")
	sub, err := fs.Sub(demo.GPTFS(), demo.GPTBaseDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Materialize(dir, sub); err != nil {
		t.Fatal(err)
	}
	mustCode(t, 0, cache, "generate", "--model", dir, "--prompt", "a", "--tokens", "2", "--trace", trace)
	if tr, err = gpt2q.ReadTrace(trace); err != nil || tr.Adapter != nil {
		t.Errorf("base-only trace: %v, adapter %v", err, tr.Adapter)
	}

	for _, args := range [][]string{
		{"generate", "--prompt", "x", "--tokens", "0"},
		{"generate", "--prompt", strings.Repeat("x", 60), "--tokens", "10"},
		{"generate", "--prompt", "x", "--temperature", "0.8"},
		{"generate", "--prompt", "x", "--sample-seed", "zz", "--temperature", "1"},
	} {
		mustCode(t, 2, cache, args...)
	}
}
