package tfblock

import (
	"errors"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

// TestWideBlockRefused: a block whose LayerNorms are at 12 bits (scheme
// openproof-fx12-tf-v3) has no circuit yet and is refused as bad input.
func TestWideBlockRefused(t *testing.T) {
	b := randomBlock(t, 1, 8, 2, 16)
	g, beta := make([]float32, 8), make([]float32, 8)
	for i := range g {
		g[i] = 1
	}
	ln, err := tfops.NewLayerNormBits(g, beta, 1e-5, 8, 8, tfops.ActBits12)
	if err != nil {
		t.Fatal(err)
	}
	b.LN1, b.LN2 = ln, ln
	for name, f := range map[string]func() error{
		"New":        func() error { _, err := New(b, 0, 1); return err },
		"NewAdapted": func() error { _, err := NewAdapted(b, 0, 1, 2); return err },
		"Assign":     func() error { _, err := Assign(b, 0, make([]int8, 8), &tfops.KV{}); return err },
	} {
		if err := f(); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "has no circuit yet") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
