package gpt2q_test

import (
	"context"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
)

// Floors of TestHeldOutAgreement: regression guards a little under what
// scheme openproof-int8-tf-v2 measures on the embedded model (91.7–93.8%
// agreement, int8 within 0.025 bits/char of float; docs/fixed-point-transformer.md).
// Issue 15 asks for agreement ≥ IssueTarget, which per-tensor int8
// activations do not reach on this model (see the doc's error budget).
const (
	minAgreement = 0.91
	maxExtraBits = 0.05
	IssueTarget  = 0.98
)

// TestHeldOutAgreement runs the embedded model (base, and base + adapter)
// in the int8 runtime and the float reference over 1,024 held-out positions
// (16 evenly spaced 65-character windows of the held-out fortunes, the set
// demo/gpt/TRAINING.md reports) and checks greedy agreement and bits/char.
// It needs the corpus (`make data`) and skips without it.
func TestHeldOutAgreement(t *testing.T) {
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skipf("fortunes corpus: %v (make data)", err)
	}
	sub, err := c.Select(fortunes.DefaultAdapterCategories)
	if err != nil {
		t.Fatal(err)
	}
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	adapted, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct {
		name string
		m    *gpt2.Model
		c    *fortunes.Corpus
	}{
		{"base, all categories", base, c},
		{"base, adapter categories", base, sub},
		{"base+adapter, adapter categories", adapted, sub},
		{"base+adapter, all categories", adapted, c},
	}
	for _, r := range rows {
		q, err := gpt2q.Quantize(r.m)
		if err != nil {
			t.Fatal(err)
		}
		w := gpt2q.Windows(fortunes.Encode(r.c.Text(true)), 16, r.m.Config.NPositions+1)
		cmp, err := gpt2q.Compare(context.Background(), r.m, q, w)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-34s %d positions: greedy agreement %d/%d = %.2f%% (issue target %.0f%%); bits/char float %.4f int8 %.4f",
			r.name, cmp.Positions, cmp.Agree, cmp.Positions, 100*cmp.Agreement(), 100*IssueTarget, cmp.FloatBits, cmp.Int8Bits)
		if cmp.Positions != 1024 {
			t.Errorf("%s: %d positions, want 1024", r.name, cmp.Positions)
		}
		if cmp.Agreement() < minAgreement {
			t.Errorf("%s: agreement %.4f below %.2f", r.name, cmp.Agreement(), minAgreement)
		}
		if cmp.Int8Bits-cmp.FloatBits > maxExtraBits {
			t.Errorf("%s: int8 %.4f bits/char, float %.4f: more than %.2f apart", r.name, cmp.Int8Bits, cmp.FloatBits, maxExtraBits)
		}
	}
}
