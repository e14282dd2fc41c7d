package runtime

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/inference/peft"
)

// TestFilesEndToEnd runs Open and Load on real model and PEFT directories
// and compares with the same adapter served from memory.
func TestFilesEndToEnd(t *testing.T) {
	root := t.TempDir()
	modelDir := filepath.Join(root, "model")
	fm := floatModel(t, 1)
	if err := os.Mkdir(modelDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := fm.Save(modelDir); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 12))
	save := func(name string) *peft.Adapter {
		a := randAdapter(rng, []int{0, 2}, 2, 0.5)
		a.Config = peft.Config{PeftType: "LORA", R: 2, LoraAlpha: 1, TargetModules: []string{"fc0", "fc2"}, Bias: "none"}
		if err := a.Save(filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
		return a
	}
	a, b := save("a"), save("b")

	e, err := Open(modelDir, Options{CacheBytes: 300}) // room for one adapter
	if err != nil {
		t.Fatal(err)
	}
	mem, f := newEngine(t, 0)
	load(t, mem, f, "a", a)
	load(t, mem, f, "b", b)
	ctx := context.Background()
	for _, n := range []string{"a", "b"} {
		if err := e.Load(ctx, n, filepath.Join(root, n)); err != nil {
			t.Fatal(err)
		}
	}
	x := randInput(rng)
	for _, n := range []string{"a", "b", "a"} { // each use reloads the evicted adapter
		got, err := e.Infer(ctx, Request{Adapter: n, Input: x, Trace: true, Float: true})
		if err != nil {
			t.Fatal(err)
		}
		want, err := mem.Infer(ctx, Request{Adapter: n, Input: x, Float: true})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Output, want.Output) || !slices.Equal(got.Float, want.Float) {
			t.Fatalf("adapter %s from files: %v %v, from memory %v %v", n, got.Output, got.Float, want.Output, want.Float)
		}
		if err := got.Trace.Check(ctx, e.Model()); err != nil {
			t.Fatal(err)
		}
	}
	if st := e.CacheStats(); st.Evictions < 2 || st.Entries != 1 {
		t.Fatalf("stats %+v: want evictions between the two adapters", st)
	}
	// Overwriting an evicted adapter's files is detected at reload.
	save("b")
	if _, err := e.Infer(ctx, Request{Adapter: "b", Input: x}); !errors.Is(err, ErrChanged) {
		t.Fatalf("Infer on changed files = %v, want ErrChanged", err)
	}
	if _, err := Open(filepath.Join(root, "nope"), Options{}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Open of a missing directory = %v", err)
	}
	if err := e.Load(ctx, "c", filepath.Join(root, "nope")); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Load of a missing directory = %v", err)
	}
}
