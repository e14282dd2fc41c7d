package tfops

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
)

func TestSchemeIDs(t *testing.T) {
	for _, tc := range []struct {
		bits uint
		id   string
	}{{8, "openproof-int8-tf-v2"}, {12, "openproof-fx12-tf-v3"}} {
		id, err := SchemeFor(tc.bits)
		if err != nil || id != tc.id {
			t.Errorf("SchemeFor(%d) = %q, %v; want %q", tc.bits, id, err, tc.id)
		}
		if b, err := BitsOf(tc.id); err != nil || b != tc.bits {
			t.Errorf("BitsOf(%q) = %d, %v", tc.id, b, err)
		}
	}
	for _, b := range []uint{0, 7, 9, 16, 32} {
		if _, err := SchemeFor(b); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("SchemeFor(%d): %v", b, err)
		}
	}
	if _, err := BitsOf("openproof-fx16-tf-v3"); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("unknown scheme: %v", err)
	}
}

func randAct(r *rand.Rand, n int, w uint) []int32 {
	lo, hi := ActRange(w)
	v := make([]int32, n)
	for i := range v {
		v[i] = int32(lo + r.Int64N(hi-lo+1))
	}
	return v
}

// TestWidthEightIsV2: every operator's wide entry point at 8 bits gives the
// int8 entry point's integers (one program, two storage types).
func TestWidthEightIsV2(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for e := -2; e <= 8; e++ {
		w, err := GELUTableBits(e, ActBits8)
		if err != nil || !reflect.DeepEqual(w, Widen(GELUTable(e))) {
			t.Fatalf("GELU table at exponent %d differs: %v", e, err)
		}
	}
	b := testBlock(t, 8, 2)
	for trial := 0; trial < 20; trial++ {
		x := randAct(r, 8, 8)
		x8, err := Narrow(x)
		if err != nil {
			t.Fatal(err)
		}
		a, err := b.LN1.Forward(x8)
		if err != nil {
			t.Fatal(err)
		}
		wd, err := b.LN1.ForwardWide(x)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(Widen(a.Y), wd.Y) || a.R != wd.R || !reflect.DeepEqual(a.Q, wd.Q) {
			t.Fatal("layernorm differs")
		}
		y := randAct(r, 8, 8)
		y8, _ := Narrow(y)
		for _, res := range []Residual{{4, 4, 4}, {5, 3, 3}, {3, 6, 4}} {
			s, err := res.Add(x8, y8)
			if err != nil {
				t.Fatal(err)
			}
			sw, err := res.AddWide(x, y, 8, 8)
			if err != nil || !reflect.DeepEqual(Widen(s), sw) {
				t.Fatalf("residual %+v differs: %v", res, err)
			}
		}
		keys, vals := [][]int32{randAct(r, 4, 8), randAct(r, 4, 8)}, [][]int32{randAct(r, 4, 8), randAct(r, 4, 8)}
		k8, v8 := make([][]int8, 2), make([][]int8, 2)
		for j := range keys {
			k8[j], _ = Narrow(keys[j])
			v8[j], _ = Narrow(vals[j])
		}
		q8, _ := Narrow(x[:4])
		at, err := b.Head.Step(q8, k8, v8)
		if err != nil {
			t.Fatal(err)
		}
		aw, err := b.Head.StepWide(x[:4], keys, vals, 8)
		if err != nil || !reflect.DeepEqual(Widen(at.Out), aw.Out) || !reflect.DeepEqual(at.Acc, aw.Acc) {
			t.Fatalf("attention differs: %v", err)
		}
		c := KVStart(1)
		cw, err := KVNextBits(c, keys[0], vals[0], 8)
		if err != nil || cw != KVNext(c, k8[0], v8[0]) {
			t.Fatalf("cache commitment differs: %v", err)
		}
	}
}

// TestFromQuant: tfops.Linear built from a quant.Layer computes
// quant.Layer.Forward's integers, with and without an adapter and GELU.
func TestFromQuant(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, act := range []quant.Activation{quant.ActNone, quant.ActGELU} {
		l := testLayer(t, r, 12, 6, act)
		for i := range l.Bias {
			l.Bias[i] = int32(r.IntN(2001) - 1000)
		}
		fa, fb := make([]float32, 2*12), make([]float32, 6*2)
		for i := range fa {
			fa[i] = float32(r.NormFloat64())
		}
		for i := range fb {
			fb[i] = float32(r.NormFloat64() * 0.1)
		}
		ad, err := quant.QuantizeLoRA(&l, 0, 2, 2, fa, fb)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []*quant.AdapterLayer{nil, ad} {
			wl, err := FromQuant(&l, a)
			if err != nil {
				t.Fatal(err)
			}
			for trial := 0; trial < 20; trial++ {
				x := randAct(r, 12, 8)
				x8, _ := Narrow(x)
				want, err := l.Forward(x8, a)
				if err != nil {
					t.Fatal(err)
				}
				got, err := wl.Forward(x)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(want.Q, got.Q) || !reflect.DeepEqual(Widen(want.Out), got.Out) || !reflect.DeepEqual(want.Acc, got.Acc) {
					t.Fatalf("act %v adapter %v: linear differs", act, a != nil)
				}
			}
		}
	}
}

// TestWideSaturation: at 12 bits outputs saturate at [−2048, 2047], inputs
// outside 12 bits are refused, and per-column exponents shift per column.
func TestWideSaturation(t *testing.T) {
	g, beta := make([]float32, 8), make([]float32, 8)
	for i := range g {
		g[i] = 1
	}
	ln, err := NewLayerNormBits(g, beta, 1e-5, 8, 12, ActBits12)
	if err != nil {
		t.Fatal(err)
	}
	if ln.K != InvSqrtBits(8)+4 || ln.Width() != 12 {
		t.Fatalf("K = %d width %d", ln.K, ln.Width())
	}
	tr, err := ln.ForwardWide([]int32{2047, -2048, 0, 0, 0, 0, 0, 0})
	if err != nil {
		t.Fatal(err)
	}
	// (x−μ)/σ = ±2 at exponent 12 is ±8192: saturates.
	if tr.Y[0] != 2047 || tr.Y[1] != -2048 {
		t.Errorf("layernorm outputs %v, want saturation at ±2^11", tr.Y[:2])
	}
	res := Residual{4, 4, 4}
	s, err := res.AddWide([]int32{2000, -2000, 30}, []int32{2000, -2000, 4}, 12, 12)
	if err != nil || !reflect.DeepEqual(s, []int32{2047, -2048, 34}) {
		t.Errorf("residual = %v, %v", s, err)
	}
	l := &Linear{Name: "t", In: 2, Out: 2, Bits: 12, W: []int8{1, 0, 0, 1}, WExp: []int{1, 3}, Bias: []int64{0, 0}, InExp: 4, OutExp: 4}
	lt, err := l.Forward([]int32{2047, 1000})
	if err != nil {
		t.Fatal(err)
	}
	// column 0: round(2047/2) = 1024; column 1: round(1000/8) = 125.
	if !reflect.DeepEqual(lt.Out, []int32{1024, 125}) {
		t.Errorf("linear = %v", lt.Out)
	}
	l.WExp[0] = -1 // shift 0 is refused
	for name, err := range map[string]error{
		"layernorm input":  func() error { _, err := ln.ForwardWide([]int32{2048, 0, 0, 0, 0, 0, 0, 0}); return err }(),
		"layernorm int8":   func() error { _, err := ln.Forward(make([]int8, 8)); return err }(),
		"residual input":   func() error { _, err := res.AddWide([]int32{-2049}, []int32{0}, 12, 12); return err }(),
		"residual width":   func() error { _, err := res.AddWide([]int32{0}, []int32{0}, 12, 16); return err }(),
		"linear shift":     func() error { _, err := l.Forward([]int32{0, 0}); return err }(),
		"cache value":      func() error { _, err := KVNextBits(KVStart(0), []int32{4096}, []int32{0}, 12); return err }(),
		"attention width":  func() error { _, err := Attention{}.StepWide(nil, nil, nil, 10); return err }(),
		"gelu table width": func() error { _, err := GELUTableBits(4, 16); return err }(),
	} {
		if !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	l.WExp[0] = 1
	l.GELU = make([]int32, 256)
	if err := l.Validate(); err == nil || !strings.Contains(err.Error(), "GELU") {
		t.Errorf("short GELU table: %v", err)
	}
	gt, err := GELUTableBits(8, 12)
	if err != nil || len(gt) != 4096 || gt[2048] != 0 || gt[4095] != 2047 {
		t.Errorf("12-bit GELU table: %d entries, %v", len(gt), err)
	}
}

// TestCacheCommitmentWidth: a 12-bit cache commits with 12-bit packing,
// which differs from the 8-bit packing of the same values.
func TestCacheCommitmentWidth(t *testing.T) {
	kv := &KVOf[int32]{K: [][]int32{{1, -2, 3}}, V: [][]int32{{-4, 5, 6}}}
	c12, err := KVNextBits(KVStart(0), kv.K[0], kv.V[0], 12)
	if err != nil {
		t.Fatal(err)
	}
	if kv.CommitmentBits(0, 12) != c12 || kv.CommitmentBits(0, 8) == c12 || kv.Commitment(0) != kv.CommitmentBits(0, 8) {
		t.Error("cache commitments do not follow the width")
	}
}
