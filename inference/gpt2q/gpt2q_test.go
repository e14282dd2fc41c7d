package gpt2q

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/inference/tfops"
)

var (
	fixtureOnce    sync.Once
	fixBase, fixAd *gpt2.Model
	fixData        []int
	errFixture     error
)

// fixture trains a small model on a periodic sequence with noise (so its
// predictions are sharp but not trivial), attaches a trained c_attn LoRA on a
// second sequence, and calibrates both.
func fixture(t *testing.T) (base, adapted *gpt2.Model, data []int) {
	t.Helper()
	fixtureOnce.Do(func() {
		c := gpt2.Config{NLayer: 2, NHead: 2, NEmbd: 16, NPositions: 24, VocabSize: 12, Epsilon: 1e-5, Activation: gpt2.ActGELUNew}
		r := gpt2train.NewRNG(3)
		mk := func(period int) []int {
			d := make([]int, 600)
			for i := range d {
				d[i] = (i*5/period + i%period) % 12
				if r.Intn(10) == 0 {
					d[i] = r.Intn(12)
				}
			}
			return d
		}
		fixData = mk(7)
		ctx := context.Background()
		m, err := gpt2train.Init(c, 1)
		if err != nil {
			errFixture = err
			return
		}
		if _, err = gpt2train.Train(ctx, m, fixData, gpt2train.Options{Seed: 2, Steps: 60, BatchSize: 4, SeqLen: 23, LR: 1e-2, Warmup: 5, Clip: 1, Base: true}); err != nil {
			errFixture = err
			return
		}
		m.RoundToFloat32()
		fixBase = m.Clone()
		if err = gpt2train.AttachLoRA(m, gpt2.ModAttn, 4, 8, 5); err != nil {
			errFixture = err
			return
		}
		if _, err = gpt2train.Train(ctx, m, mk(5), gpt2train.Options{Seed: 4, Steps: 20, BatchSize: 4, SeqLen: 23, LR: 1e-2}); err != nil {
			errFixture = err
			return
		}
		fixAd = m
		cal, err := Calibrate(ctx, []CalibrationRun{{fixBase, Windows(fixData, 8, 24)}, {fixAd, Windows(fixData, 8, 24)}})
		if err != nil {
			errFixture = err
			return
		}
		fixBase.Config.Quantization, fixAd.Config.Quantization = cal, cal
	})
	if errFixture != nil {
		t.Fatal(errFixture)
	}
	return fixBase, fixAd, fixData
}

// TestInt8AgreesWithFloat: the int8 runtime's greedy choice matches the
// float reference on most positions and its loss is close.
func TestInt8AgreesWithFloat(t *testing.T) {
	base, adapted, data := fixture(t)
	for name, m := range map[string]*gpt2.Model{"base": base, "adapted": adapted} {
		q, err := Quantize(m)
		if err != nil {
			t.Fatal(err)
		}
		cmp, err := Compare(context.Background(), m, q, Windows(data, 10, 25))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d/%d agree, bits float %.4f int8 %.4f", name, cmp.Agree, cmp.Positions, cmp.FloatBits, cmp.Int8Bits)
		if cmp.Agreement() < 0.9 || cmp.Int8Bits > cmp.FloatBits+0.2 {
			t.Errorf("%s: agreement %.3f, bits %.3f vs float %.3f", name, cmp.Agreement(), cmp.Int8Bits, cmp.FloatBits)
		}
	}
}

func TestQuantizeRefuses(t *testing.T) {
	base, _, _ := fixture(t)
	m := base.Clone()
	m.Config.Quantization = nil
	if _, err := Quantize(m); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("no calibration: %v", err)
	}
	cal := *base.Config.Quantization
	cal.Blocks = append([]gpt2.BlockExponents(nil), cal.Blocks...)
	cal.Blocks[0].Attn = 40 // requantization shift of c_attn out of range
	m.Config.Quantization = &cal
	if _, err := Quantize(m); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("bad exponent: %v", err)
	}
	q, err := Quantize(base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.NewSession().Step(12); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("token 12: %v", err)
	}
	if _, err := q.Generate(context.Background(), []int{1, 2}, 24, Decoding{Mode: Greedy}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("too long: %v", err)
	}
	if _, err := q.Generate(context.Background(), []int{1}, 2, Decoding{Mode: "beam"}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("beam: %v", err)
	}
}

// TestTraceVerify: a generation's trace verifies on its model and is
// refused, as not verified, with a flipped token, another prompt, a changed
// cache entry, another adapter or another sampling seed.
func TestTraceVerify(t *testing.T) {
	for _, bits := range []uint{8, 12} {
		t.Run(fmt.Sprintf("%d bits", bits), func(t *testing.T) { testTraceVerify(t, bits) })
	}
}

// atWidth returns m quantized at activation width bits (its calibration
// widened by WidenCalibration).
func atWidth(t *testing.T, m *gpt2.Model, bits uint) *Model {
	t.Helper()
	if bits != 8 {
		m = m.Clone()
		cal, err := WidenCalibration(m.Config.Quantization, bits)
		if err != nil {
			t.Fatal(err)
		}
		m.Config.Quantization = &cal
	}
	q, err := Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	if q.Bits != bits {
		t.Fatalf("quantized at %d bits, want %d", q.Bits, bits)
	}
	return q
}

func testTraceVerify(t *testing.T, bits uint) {
	base, adapted, _ := fixture(t)
	ctx := context.Background()
	q, qb := atWidth(t, adapted, bits), atWidth(t, base, bits)
	seed := "0x1234"
	for _, d := range []Decoding{{Mode: Greedy}, {Mode: Sample, Temperature: 0.8, TopK: 4, Seed: seed}} {
		tr, err := q.Generate(ctx, []int{3, 1, 4, 1, 5}, 12, d)
		if err != nil {
			t.Fatal(err)
		}
		b, err := tr.Encode()
		if err != nil {
			t.Fatal(err)
		}
		tr, err = ParseTrace(b)
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Verify(ctx, tr); err != nil {
			t.Fatalf("%s: honest trace: %v", d.Mode, err)
		}
		// The last step's commitments are those of the whole cache.
		s := q.NewSession()
		for _, st := range tr.Steps {
			if _, err := s.Step(st.Token); err != nil {
				t.Fatal(err)
			}
		}
		for b := range q.Blocks {
			c := s.Cache(b).CommitmentBits(b, bits)
			if got := tr.Steps[len(tr.Steps)-1].KV[b].Commitment; got != "0x"+c.Text(16) {
				t.Fatalf("block %d: trace commitment %s, cache %s", b, got, c.Text(16))
			}
		}
		fresh := func() *Trace {
			c, err := ParseTrace(b)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		cases := map[string]func(t *Trace){
			"flipped token": func(t *Trace) { t.Output[5] = (t.Output[5] + 1) % 12 },
			"other prompt":  func(t *Trace) { t.Prompt[0] = 2 },
			"cache entry":   func(t *Trace) { t.Steps[3].KV[1].V = flipByte(t.Steps[3].KV[1].V) },
			"logits":        func(t *Trace) { t.Steps[7].Logits[0]++ },
			"commitment":    func(t *Trace) { t.Steps[2].KV[0].Commitment = "0x1" },
		}
		if d.Mode == Sample {
			cases["other seed"] = func(t *Trace) { t.Decoding.Seed = "0x1235" }
		}
		for name, edit := range cases {
			bad := fresh()
			edit(bad)
			if err := q.Verify(ctx, bad); !errors.Is(err, errs.ErrNotVerified) {
				t.Errorf("%s %s: %v", d.Mode, name, err)
			}
		}
		if err := qb.Verify(ctx, fresh()); !errors.Is(err, errs.ErrNotVerified) {
			t.Errorf("%s: verified on the base without the adapter: %v", d.Mode, err)
		}
	}
}

// flipByte changes the first byte of a hex string.
func flipByte(h string) string {
	if h[:2] == "ff" {
		return "00" + h[2:]
	}
	return "ff" + h[2:]
}

// TestBlockPathsAgree: at 8 bits the session (tfops.Linear, the generic
// tfops operators at int32 storage) and inference/tfops.Block.StepAdapted
// (quant.Layer, int8: the block circuits/tfblock proves) give the same
// integers at every step, and the same cache.
func TestBlockPathsAgree(t *testing.T) {
	base, adapted, data := fixture(t)
	for name, m := range map[string]*gpt2.Model{"base": base, "adapted": adapted} {
		q, err := Quantize(m)
		if err != nil {
			t.Fatal(err)
		}
		s := q.NewSession()
		ref := make([]tfops.KV, len(q.Blocks))
		for p, tok := range data[:24] {
			st, err := s.Step(tok)
			if err != nil {
				t.Fatal(err)
			}
			for bi := range q.Blocks {
				b, bt := &q.Blocks[bi], &st.Blocks[bi]
				x := st.Embed
				if bi > 0 {
					x = st.Blocks[bi-1].Resid2
				}
				x8, err := tfops.Narrow(x)
				if err != nil {
					t.Fatal(err)
				}
				rt, err := b.Ref.StepAdapted(x8, &ref[bi], b.Attn.LoRA)
				if err != nil {
					t.Fatal(err)
				}
				pairs := []struct {
					what      string
					ref, wide any
				}{
					{"ln_1", rt.LN1.Y, bt.Ln1.Y}, {"ln_1 r", rt.LN1.R, bt.Ln1.R}, {"c_attn", rt.QKV.Out, bt.Attn.Out},
					{"c_attn q", rt.QKV.Q, bt.Attn.Q}, {"attention", rt.Attn, concatHeads(bt.Heads)},
					{"c_proj", rt.Proj.Out, bt.AttnProj.Out}, {"resid 1", rt.H1, bt.Resid1}, {"ln_2", rt.LN2.Y, bt.Ln2.Y},
					{"c_fc", rt.FC.Out, bt.Fc.Out}, {"mlp c_proj", rt.Out.Out, bt.FcProj.Out}, {"resid 2", rt.Y, bt.Resid2},
				}
				for _, pr := range pairs {
					if !reflect.DeepEqual(widenAny(pr.ref), pr.wide) {
						t.Fatalf("%s: position %d block %d: %s differs between the session and tfops.Block", name, p, bi, pr.what)
					}
				}
			}
		}
		for bi := range ref {
			if !reflect.DeepEqual(widenRows(ref[bi].K), s.Cache(bi).K) || !reflect.DeepEqual(widenRows(ref[bi].V), s.Cache(bi).V) {
				t.Fatalf("%s: block %d caches differ", name, bi)
			}
		}
	}
}

func concatHeads(hs []*tfops.AttnTraceOf[int32]) []int32 {
	var out []int32
	for _, h := range hs {
		out = append(out, h.Out...)
	}
	return out
}

func widenAny(v any) any {
	if x, ok := v.([]int8); ok {
		return tfops.Widen(x)
	}
	return v
}

func widenRows(v [][]int8) [][]int32 {
	out := make([][]int32, len(v))
	for i, r := range v {
		out[i] = tfops.Widen(r)
	}
	return out
}

// TestAdapterOnMLP: an adapter on mlp.c_fc (general path) runs in int8 and
// tracks its float reference.
func TestAdapterOnMLP(t *testing.T) {
	base, _, data := fixture(t)
	m := base.Clone()
	if err := gpt2train.AttachLoRA(m, gpt2.ModFc, 2, 4, 7); err != nil {
		t.Fatal(err)
	}
	r := gpt2train.NewRNG(8)
	for bi := range m.Blocks {
		for i := range m.Blocks[bi].Fc.LoRA.B {
			m.Blocks[bi].Fc.LoRA.B[i] = 0.05 * r.Normal()
		}
	}
	q, err := Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := Compare(context.Background(), m, q, Windows(data, 10, 25))
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Agreement() < 0.9 {
		t.Errorf("c_fc adapter: agreement %.3f", cmp.Agreement())
	}
}
