package gpt2

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// demoWide is the embedded demo model with its adapter (d = 64), 12-bit
// since its calibration is v3.
func demoWide(t *testing.T) *gpt2q.Model {
	t.Helper()
	q, err := demo.GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	if q.Bits != tfops.ActBits12 {
		t.Fatalf("the embedded model is %d-bit", q.Bits)
	}
	return q
}

// withRow is q with every entry of token v's embedding row (the LM head's
// row v, tied) set to w.
func withRow(q *gpt2q.Model, v int, w int32) *gpt2q.Model {
	c := *q
	d := q.Config.NEmbd
	c.WteW = slices.Clone(q.WteW)
	for i := v * d; i < (v+1)*d; i++ {
		c.WteW[i] = w
	}
	return &c
}

// TestWideSampledSpanRefused: a sampled 12-bit circuit over an LM head
// whose logits may span 2^32 or more (logitSpanBits above
// tfgadgets.SpanBits) is refused by NewSampled with ErrBadInput, and by
// Define if the model changes after NewSampled; the runtime refuses to
// sample from such a model (gpt2q Model.Sampling and Generate) rather than
// write a trace no circuit proves. The bound is the LM head's worst case:
// the refused model's realised logits are far below 2^32. Heads whose
// bound fits (the largest a d = 16 head reaches, 2^31) are accepted on
// both sides.
func TestWideSampledSpanRefused(t *testing.T) {
	tinyQ, _, _ := tinyWide(t)
	_, small := smallWide(t)
	dw := demoWide(t)
	tests := []struct {
		name    string
		q       *gpt2q.Model
		span    int // logitSpanBits
		refused bool
	}{
		{"small, d = 8 (≤ 32 bits)", small, tfgadgets.SpanBits, false},
		{"tiny, d = 16, a row at -2^15 (32 bits)", withRow(tinyQ, 5, -1<<15), tfgadgets.SpanBits, false},
		{"demo, d = 64 (≤ 32 bits)", dw, tfgadgets.SpanBits, false},
		{"demo, d = 64, a row at 2^15 - 1 (33 bits)", withRow(dw, 5, 1<<15-1), 33, true},
		{"demo, d = 64, a row at -2^15 (34 bits)", withRow(dw, 7, -1<<15), 34, true},
	}
	p := []int{3, 10}
	const tokens = 2
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := logitSpanBits(tc.q); n != tc.span {
				t.Fatalf("logit span bound %d bits, want %d", n, tc.span)
			}
			c, err := NewSampled(tc.q, len(p), tokens, tinyTemperature, tinyTopK)
			if tc.refused {
				if err == nil || !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "needs logits spanning less than 2^32") {
					t.Fatalf("NewSampled: err %v, want a refused span wrapping ErrBadInput", err)
				}
			} else if err != nil {
				t.Fatalf("NewSampled refused: %v", err)
			}
			if _, err := New(tc.q, len(p), tokens); err != nil { // greedy: ArgmaxSpan widens its check instead
				t.Fatalf("greedy circuit refused: %v", err)
			}
			_, err = tc.q.Generate(context.Background(), p, tokens, sampling("7"))
			if tc.refused != (err != nil) {
				t.Fatalf("runtime sampling: err %v, want refused %v", err, tc.refused)
			}
			if tc.refused {
				if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "needs logits spanning less than 2^32") {
					t.Fatalf("runtime: err %v, want a refused span wrapping ErrBadInput", err)
				}
				if _, _, err := tc.q.Sampling(sampling("7")); err == nil {
					t.Fatal("Sampling accepted the head")
				}
				return
			}
			if c == nil || c.Seed == nil {
				t.Fatal("no sampled circuit")
			}
		})
	}
	// Define refuses too: a sampled circuit whose model is changed after
	// NewSampled to the refused head does not compile.
	c, err := NewSampled(dw, len(p), tokens, tinyTemperature, tinyTopK)
	if err != nil {
		t.Fatal(err)
	}
	c.model = withRow(dw, 5, 1<<15-1)
	_, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err == nil || !strings.Contains(err.Error(), "sampling over logits of a 33-bit span") {
		t.Fatalf("Define: err %v, want the sampling span refused", err)
	}
}
