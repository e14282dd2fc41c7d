package gpt2

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/inference/tfops"
)

// TestWideSchemeRefused: a model of scheme openproof-fx12-tf-v3 runs in
// inference/gpt2q but has no circuit yet: every entry point refuses it as
// bad input rather than proving the 8-bit program.
func TestWideSchemeRefused(t *testing.T) {
	ctx := context.Background()
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 16, NPositions: 8, VocabSize: 32, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	m, err := gpt2train.Init(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	data := make([]int, 64)
	for i := range data {
		data[i] = (i * 7) % 32
	}
	if m.Config.Quantization, err = gpt2q.CalibrateBits(ctx, []gpt2q.CalibrationRun{{Model: m, Windows: gpt2q.Windows(data, 4, 8)}}, tfops.ActBits12); err != nil {
		t.Fatal(err)
	}
	q, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := q.Generate(ctx, prompt, 2, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func() error{
		"New":        func() error { _, err := New(q, len(prompt), 2); return err },
		"NewSampled": func() error { _, err := NewSampled(q, len(prompt), 2, 1, 4); return err },
		"Blocks":     func() error { _, err := Blocks(q); return err },
		"PublicsOf":  func() error { _, err := PublicsOf(q, tr, key()); return err },
		"Assign":     func() error { _, err := Assign(ctx, q, tr, key()); return err },
	} {
		if err := f(); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "has no circuit yet") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
