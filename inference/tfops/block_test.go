package tfops

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
)

func testLayer(t *testing.T, r *rand.Rand, in, out int, act quant.Activation) quant.Layer {
	w := make([]float32, in*out)
	for i := range w {
		w[i] = float32(r.NormFloat64() * 0.4)
	}
	wq, we, err := quant.QuantizeTensor(w)
	if err != nil {
		t.Fatal(err)
	}
	l := quant.Layer{In: in, Out: out, W: wq, Bias: make([]int32, out), WExp: we, InExp: 4, OutExp: 4, Shift: uint(we), Act: act}
	if act == quant.ActGELU {
		l.GELU = quant.GELUTable(4)
	}
	return l
}

func testBlock(t *testing.T, d, heads int) *Block {
	r := rand.New(rand.NewPCG(8, 8))
	ln := func() *LayerNorm {
		g, b := make([]float32, d), make([]float32, d)
		for i := range g {
			g[i] = 1
		}
		l, err := NewLayerNorm(g, b, 1e-5, 4, 4)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	head, err := NewAttention(d/heads, 4, 4, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	res := Residual{AExp: 4, BExp: 4, OutExp: 4}
	return &Block{Heads: heads, LN1: ln(), Attn: testLayer(t, r, d, 3*d, quant.ActNone), Head: head,
		Proj: testLayer(t, r, d, d, quant.ActNone), Res1: res, LN2: ln(),
		FC: testLayer(t, r, d, 2*d, quant.ActGELU), Out: testLayer(t, r, 2*d, d, quant.ActNone), Res2: res}
}

func TestBlockStep(t *testing.T) {
	b := testBlock(t, 8, 2)
	r := rand.New(rand.NewPCG(1, 1))
	cache := &KV{}
	var commits []string
	for pos := 0; pos < 4; pos++ {
		x := randInt8(r, 8, 127)
		tr, err := b.Step(x, cache)
		if err != nil {
			t.Fatal(err)
		}
		if len(cache.K) != pos+1 || len(tr.Heads) != 2 || len(tr.Heads[0].Scores) != pos+1 || len(tr.Y) != 8 {
			t.Fatalf("position %d: cache %d, heads %d, visible %d", pos, len(cache.K), len(tr.Heads), len(tr.Heads[0].Scores))
		}
		// The step's key and value are c_attn's k and v outputs.
		for i := 0; i < 8; i++ {
			if cache.K[pos][i] != tr.QKV.Out[8+i] || cache.V[pos][i] != tr.QKV.Out[16+i] {
				t.Fatal("cached key/value differ from c_attn's outputs")
			}
		}
		cm := cache.Commitment(0)
		commits = append(commits, cm.String())
	}
	for i := range commits {
		for j := i + 1; j < len(commits); j++ {
			if commits[i] == commits[j] {
				t.Fatal("cache commitments repeat")
			}
		}
	}
	c := KVStart(0)
	for j := range cache.K {
		c = KVNext(c, cache.K[j], cache.V[j])
	}
	if c != cache.Commitment(0) || KVStart(0) == KVStart(1) {
		t.Fatal("commitment chain")
	}
	cache.K[1][0]++
	if c == cache.Commitment(0) {
		t.Fatal("a changed cache entry keeps the commitment")
	}
}

func TestBlockValidate(t *testing.T) {
	tests := []struct {
		name string
		mut  func(b *Block)
	}{
		{"heads", func(b *Block) { b.Heads = 3 }},
		{"exponent chain", func(b *Block) { b.Proj.InExp = 5 }},
		{"activation", func(b *Block) { b.FC.Act = quant.ActNone }},
		{"shape", func(b *Block) { b.Out.In = 7 }},
		{"no layer norm", func(b *Block) { b.LN2 = nil }},
	}
	for _, tc := range tests {
		b := testBlock(t, 8, 2)
		tc.mut(b)
		if _, err := b.Step(make([]int8, 8), &KV{}); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}
