package demo

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
)

// TestLoadStack loads the embedded stack, with and without its adapter, and
// checks that a trace of it gives back the same stack (WithTrace) and that
// unreadable directories are bad input.
func TestLoadStack(t *testing.T) {
	ctx := context.Background()
	s, err := LoadStack("", "", true)
	if err != nil {
		t.Fatal(err)
	}
	if s.AdapterName != EmbeddedAdapterName || s.Adapter == nil || s.PEFT == nil || !slices.Equal(s.Shape(), []int{8, 8}) {
		t.Fatalf("embedded stack: adapter %q, shape %v", s.AdapterName, s.Shape())
	}
	base, err := LoadStack("", "", false)
	if err != nil {
		t.Fatal(err)
	}
	if base.Adapter != nil || base.ModelName != s.ModelName || !slices.Equal(base.Shape(), []int{0, 0}) {
		t.Fatalf("base stack: adapter %v, model %q, shape %v", base.Adapter, base.ModelName, base.Shape())
	}
	samples, err := MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	x := quant.QuantizeInput(samples.Images[0], s.Model.InputExp)
	tr, err := s.Trace(ctx, x, commit.AdapterKey{Salt: commit.Uint(3), Owner: commit.DemoKey().Owner})
	if err != nil {
		t.Fatal(err)
	}
	back, err := base.WithTrace(ctx, tr)
	if err != nil {
		t.Fatal(err)
	}
	if back.AdapterName != EmbeddedAdapterName || !slices.Equal(back.Shape(), s.Shape()) || back.Model != base.Model {
		t.Fatalf("stack from trace: adapter %q, shape %v", back.AdapterName, back.Shape())
	}
	if _, err := s.Trace(ctx, x[:10], commit.AdapterKey{Salt: commit.Uint(3), Owner: commit.DemoKey().Owner}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("short input: %v, want bad input", err)
	}
	bad := *tr
	bad.Output = slices.Clone(tr.Output)
	bad.Output[0]++
	if _, err := base.WithTrace(ctx, &bad); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("trace with a changed output: %v, want bad input", err)
	}
	missing := filepath.Join(t.TempDir(), "none")
	for _, dirs := range [][2]string{{missing, ""}, {"", missing}} {
		if _, err := LoadStack(dirs[0], dirs[1], true); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("Load(%q, %q): %v, want bad input", dirs[0], dirs[1], err)
		}
	}
}

// TestRuntimeLoadStackNeedsDirectories: only demo.LoadStack knows the
// embedded defaults; the runtime refuses empty names.
func TestRuntimeLoadStackNeedsDirectories(t *testing.T) {
	for _, dirs := range [][2]string{{"", ""}, {"m", ""}} {
		if _, err := runtime.LoadStack(dirs[0], dirs[1], true); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("runtime.LoadStack(%q, %q): %v, want bad input", dirs[0], dirs[1], err)
		}
	}
}
