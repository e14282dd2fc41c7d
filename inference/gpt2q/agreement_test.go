package gpt2q_test

import (
	"context"
	"math/bits"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
)

// Floors of TestHeldOutAgreement. At 8 bits (scheme openproof-int8-tf-v2)
// regression guards a little under what it measures on the embedded model
// (91.7–93.8% agreement, int8 within 0.025 bits/char of float): per-tensor
// int8 activations do not reach issue 15's IssueTarget on this model (see
// docs/fixed-point-transformer.md's error budget). At 12 bits (scheme
// openproof-fx12-tf-v3, measured 98.34–99.41%, within 0.001 bits/char)
// the issue's target itself.
const (
	minAgreement   = 0.91
	maxExtraBits   = 0.05
	IssueTarget    = 0.98
	maxExtraBits12 = 0.01
)

// TestHeldOutAgreement runs the embedded model (base, and base + adapter)
// in the runtime at 12 bits (its committed calibration, fortunes.ActBits)
// and at 8 bits (the same calibration narrowed by gpt2q.CalibrationAt:
// the one it was widened from) and the float
// reference over 1,024 held-out positions
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
	if s := base.Config.Quantization.Scheme; s != "openproof-fx12-tf-v3" {
		t.Fatalf("embedded calibration %q, want the 12-bit scheme", s)
	}
	for _, width := range []uint{8, 12} {
		for _, r := range rows {
			m := r.m.Clone()
			cal, err := gpt2q.CalibrationAt(r.m.Config.Quantization, width)
			if err != nil {
				t.Fatal(err)
			}
			m.Config.Quantization = &cal
			q, err := gpt2q.Quantize(m)
			if err != nil {
				t.Fatal(err)
			}
			w := gpt2q.Windows(fortunes.Encode(r.c.Text(true)), 16, r.m.Config.NPositions+1)
			cmp, err := gpt2q.Compare(context.Background(), r.m, q, w)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-20s %-34s %d positions: greedy agreement %d/%d = %.2f%% (issue target %.0f%%); bits/char float %.4f fixed-point %.4f; logit span < 2^%d",
				q.Cal.Scheme, r.name, cmp.Positions, cmp.Agree, cmp.Positions, 100*cmp.Agreement(), 100*IssueTarget, cmp.FloatBits, cmp.Int8Bits, bits.Len64(uint64(cmp.LogitSpan)))
			if cmp.LogitSpan >= 1<<32 {
				t.Errorf("%s: logits span %d ≥ 2^32: sampling (tfops) and the circuits' argmax refuse it", r.name, cmp.LogitSpan)
			}
			if cmp.Positions != 1024 {
				t.Errorf("%s: %d positions, want 1024", r.name, cmp.Positions)
			}
			floor, extra := minAgreement, maxExtraBits
			if width == 12 {
				floor, extra = IssueTarget, maxExtraBits12
			}
			if cmp.Agreement() < floor {
				t.Errorf("%d bits, %s: agreement %.4f below %.2f", width, r.name, cmp.Agreement(), floor)
			}
			if cmp.Int8Bits-cmp.FloatBits > extra {
				t.Errorf("%d bits, %s: fixed-point %.4f bits/char, float %.4f: more than %.3f apart", width, r.name, cmp.Int8Bits, cmp.FloatBits, extra)
			}
		}
	}
}
