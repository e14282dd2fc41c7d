package gpt2q_test

import (
	"flag"
	"math"
	"math/big"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// An integer prototype of the scheme docs/fixed-point-transformer.md
// proposes for ≥ 98% agreement ("What reaching 98% would take"): the
// program of tfops/gpt2q with 16-bit activations at the calibrated exponent
// + 8, int16 wte/wpe, int8 Conv1D weights with one power-of-two exponent per
// output column, LoRA as quant (int8 A, B per tensor, a 32-bit multiplier,
// here per column), LayerNorm by the integer inverse square root (K + 8 for
// the wider inputs), softmax by tfops' exp table and 12-bit probabilities,
// GELU as the full 2^16-entry table of gelu_new. Test-only: no circuit
// proves it; it measured whether such a scheme reaches the target. The
// runtime now implements it at 12 bits as scheme openproof-fx12-tf-v3
// (TestHeldOutAgreement); this independent program stays as a cross-check.

// protoWideFlag: activation exponent = calibrated + this (values saturate at 16 bits).
var protoWideFlag = flag.Int("gpt2q.protowide", 8, "TestV3Prototype: activation exponent = calibrated + this")

func sat16(v int64) int64 { return max(-32768, min(32767, v)) }

// rshift returns floor((z + 2^(s−1)) / 2^s), or z·2^−s for s ≤ 0.
func rshift(z int64, s int) int64 {
	if s <= 0 {
		return z << uint(-s)
	}
	return (z + 1<<(s-1)) >> uint(s)
}

type protoLinear struct {
	in, out   int
	w         []int64 // [out][in]
	we        []int   // per output column
	bias      []int64 // at inExp + we[i]
	inE, outE int
	gelu      bool
	rank      int
	a, b      []int64 // A [rank][in], B [out][rank]
	m         []int64 // per column, at 2^−32
}

func quantCol(v []float64, lim float64) ([]int64, int) {
	var mx float64
	for _, x := range v {
		mx = math.Max(mx, math.Abs(x))
	}
	e := quant.Exponent(mx, lim)
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(math.Max(-lim, math.Min(lim, math.RoundToEven(math.Ldexp(x, e)))))
	}
	return out, e
}

func newProtoLinear(l *gpt2.Linear, inE, outE int, gelu bool) *protoLinear {
	p := &protoLinear{in: l.In, out: l.Out, w: make([]int64, l.In*l.Out), we: make([]int, l.Out),
		bias: make([]int64, l.Out), inE: inE, outE: outE, gelu: gelu}
	col := make([]float64, l.In)
	for i := 0; i < l.Out; i++ {
		for j := range col {
			col[j] = l.W[j*l.Out+i]
		}
		q, e := quantCol(col, 127)
		copy(p.w[i*l.In:], q)
		p.we[i] = e
		p.bias[i] = int64(math.RoundToEven(math.Ldexp(l.B[i], inE+e)))
	}
	if l.LoRA != nil {
		var ae, be int
		p.rank = l.LoRA.Rank
		p.a, ae = quantCol(l.LoRA.A, 127)
		p.b, be = quantCol(l.LoRA.B, 127)
		p.m = make([]int64, l.Out)
		for i := range p.m {
			p.m[i] = int64(math.RoundToEven(math.Ldexp(l.LoRA.Scaling, p.we[i]-ae-be+32)))
		}
	}
	return p
}

func (p *protoLinear) forward(x []int64) []int64 {
	var h []int64
	if p.rank > 0 {
		h = make([]int64, p.rank)
		for t := range h {
			for j, xj := range x {
				h[t] += p.a[t*p.in+j] * xj
			}
		}
	}
	y := make([]int64, p.out)
	for i := range y {
		acc := p.bias[i]
		for j, xj := range x {
			acc += p.w[i*p.in+j] * xj
		}
		s := p.inE + p.we[i] - p.outE
		var q int64
		if p.rank > 0 {
			var d int64
			for t, ht := range h {
				d += p.b[i*p.rank+t] * ht
			}
			z := new(big.Int).Lsh(big.NewInt(acc), 32)
			z.Add(z, new(big.Int).Mul(big.NewInt(d), big.NewInt(p.m[i])))
			sh := s + 32
			z.Add(z, new(big.Int).Lsh(big.NewInt(1), uint(sh-1)))
			q = z.Rsh(z, uint(sh)).Int64()
		} else {
			q = rshift(acc, s)
		}
		y[i] = sat16(q)
		if p.gelu {
			g := gpt2.GELUNew(math.Ldexp(float64(y[i]), -p.outE))
			y[i] = sat16(int64(math.RoundToEven(math.Ldexp(g, p.outE))))
		}
	}
	return y
}

type protoLN struct {
	d         int
	gamma     []int64
	ge        int
	beta      []int64 // at outE
	eps       int64
	k         int
	inE, outE int
}

func newProtoLN(n gpt2.Norm, eps float64, inE, outE int) *protoLN {
	d := len(n.G)
	g, ge := quantCol(n.G, 127)
	p := &protoLN{d: d, gamma: g, ge: ge, beta: make([]int64, d), inE: inE, outE: outE,
		k: int(tfops.InvSqrtBits(d)) + *protoWideFlag}
	for i, b := range n.B {
		p.beta[i] = int64(math.RoundToEven(math.Ldexp(b, outE)))
	}
	p.eps = max(1, int64(math.Round(eps*math.Ldexp(1, 2*inE)*float64(d*d*d))))
	return p
}

func (p *protoLN) forward(x []int64) []int64 {
	var s int64
	for _, v := range x {
		s += v
	}
	c := make([]int64, p.d)
	v := big.NewInt(p.eps)
	for i, xi := range x {
		c[i] = int64(p.d)*xi - s
		v.Add(v, new(big.Int).Mul(big.NewInt(c[i]), big.NewInt(c[i])))
	}
	n := new(big.Int).Lsh(big.NewInt(int64(p.d)), uint(2*p.k))
	r := new(big.Int).Sqrt(n.Quo(n, v)).Int64() // ⌊√⌊N/V'⌋⌋ = ⌊√(N/V')⌋
	sh := p.k + p.ge - p.outE
	y := make([]int64, p.d)
	for i := range y {
		z := new(big.Int).Mul(big.NewInt(c[i]*r), big.NewInt(p.gamma[i]))
		z.Add(z, new(big.Int).Lsh(big.NewInt(p.beta[i]), uint(sh)))
		z.Add(z, new(big.Int).Lsh(big.NewInt(1), uint(sh-1)))
		y[i] = sat16(z.Rsh(z, uint(sh)).Int64())
	}
	return y
}

func protoResidual(a, b []int64, ea, eb, eo int) []int64 {
	e := max(ea, eb, eo+1)
	y := make([]int64, len(a))
	for i := range y {
		y[i] = sat16(rshift(a[i]<<uint(e-ea)+b[i]<<uint(e-eb), e-eo))
	}
	return y
}

type protoModel struct {
	c          gpt2.Config
	wte, wpe   []int64
	wteE, wpeE int
	embE       int
	blocks     []protoBlock
	lnf        *protoLN
}

type protoBlock struct {
	ln1, ln2               *protoLN
	attn, proj, fc, fcProj *protoLinear
	attnE, attnOutE        int
	mult                   int64
	res1E, res2E, inE      int
}

func newProto(m *gpt2.Model) *protoModel {
	cal := m.Config.Quantization
	w := func(e int) int { return e + *protoWideFlag }
	p := &protoModel{c: m.Config, embE: w(cal.Embed)}
	p.wte, p.wteE = quantCol(m.Wte, 32767)
	p.wpe, p.wpeE = quantCol(m.Wpe, 32767)
	res := p.embE
	for bi := range m.Blocks {
		b, e := &m.Blocks[bi], cal.Blocks[bi]
		pb := protoBlock{inE: res, attnE: w(e.Attn), attnOutE: w(e.AttnOut), res1E: w(e.Resid1), res2E: w(e.Resid2)}
		pb.ln1 = newProtoLN(b.Ln1, m.Config.Epsilon, res, w(e.Ln1))
		pb.attn = newProtoLinear(&b.Attn, w(e.Ln1), w(e.Attn), false)
		pb.mult = int64(math.RoundToEven(math.Ldexp(1/math.Sqrt(float64(m.Config.HeadDim())), tfops.ExpFracBits+tfops.MultShift-2*w(e.Attn))))
		pb.proj = newProtoLinear(&b.AttnProj, w(e.AttnOut), w(e.AttnProj), false)
		pb.ln2 = newProtoLN(b.Ln2, m.Config.Epsilon, w(e.Resid1), w(e.Ln2))
		pb.fc = newProtoLinear(&b.Fc, w(e.Ln2), w(e.Fc), true)
		pb.fcProj = newProtoLinear(&b.FcProj, w(e.Fc), w(e.FcProj), false)
		p.blocks = append(p.blocks, pb)
		res = w(e.Resid2)
	}
	p.lnf = newProtoLN(m.LnF, m.Config.Epsilon, res, w(cal.LnF))
	return p
}

// run returns the argmax and the logits (at 2^−(wteE+lnfE)) of every position.
func (p *protoModel) run(toks []int) [][]int64 {
	d, hd := p.c.NEmbd, p.c.HeadDim()
	exps := tfops.ExpTable()
	keys, vals := make([][][]int64, len(p.blocks)), make([][][]int64, len(p.blocks))
	var out [][]int64
	for pos, tok := range toks {
		x := protoResidual(p.wte[tok*d:(tok+1)*d], p.wpe[pos*d:(pos+1)*d], p.wteE, p.wpeE, p.embE)
		for bi := range p.blocks {
			b := &p.blocks[bi]
			qkv := b.attn.forward(b.ln1.forward(x))
			keys[bi] = append(keys[bi], qkv[d:2*d])
			vals[bi] = append(vals[bi], qkv[2*d:])
			o := make([]int64, d)
			for h := 0; h < p.c.NHead; h++ {
				n := len(keys[bi])
				a := make([]int64, n)
				mx := int64(math.MinInt64)
				for j := range a {
					for i := h * hd; i < (h+1)*hd; i++ {
						a[j] += qkv[i] * keys[bi][j][i]
					}
					mx = max(mx, a[j])
				}
				ex := make([]int64, n)
				var z int64
				for j := range a {
					u := min(rshift((mx-a[j])*b.mult, tfops.MultShift), tfops.ExpTableSize-1)
					ex[j] = exps[u]
					z += ex[j]
				}
				sh := tfops.ProbBits + b.attnE - b.attnOutE
				for i := h * hd; i < (h+1)*hd; i++ {
					var s int64
					for j := range ex {
						pj := (ex[j]<<tfops.ProbBits + z/2) / z
						s += pj * vals[bi][j][i]
					}
					o[i] = sat16(rshift(s, sh))
				}
			}
			h1 := protoResidual(x, b.proj.forward(o), b.inE, b.proj.outE, b.res1E)
			x = protoResidual(h1, b.fcProj.forward(b.fc.forward(b.ln2.forward(h1))), b.res1E, b.fcProj.outE, b.res2E)
		}
		f := p.lnf.forward(x)
		l := make([]int64, p.c.VocabSize)
		for v := range l {
			for i, fi := range f {
				l[v] += p.wte[v*d+i] * fi
			}
		}
		out = append(out, l)
	}
	return out
}

// TestV3Prototype (opt-in: -gpt2q.diagnose) runs the prototype against the
// float reference on TestHeldOutAgreement's held-out positions and asserts
// issue 15's target on each row.
func TestV3Prototype(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -gpt2q.diagnose")
	}
	base := embedded8(t) // these studies are of the 8-bit scheme
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	adapted, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skip(err)
	}
	sub, err := c.Select(fortunes.DefaultAdapterCategories)
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
		p := newProto(r.m)
		scale := math.Ldexp(1, -(p.wteE + p.lnf.outE))
		agree, n := 0, 0
		var fb, qb float64
		for _, win := range gpt2q.Windows(fortunes.Encode(r.c.Text(true)), 16, r.m.Config.NPositions+1) {
			fl, err := r.m.Forward(win[:len(win)-1])
			if err != nil {
				t.Fatal(err)
			}
			ql := p.run(win[:len(win)-1])
			for i := range fl {
				lf := make([]float64, len(ql[i]))
				best := 0
				for v, x := range ql[i] {
					lf[v] = float64(x) * scale
					if x > ql[i][best] {
						best = v
					}
				}
				if best == argmax(fl[i]) {
					agree++
				}
				n++
				fb += nllBits(fl[i], win[i+1])
				qb += nllBits(lf, win[i+1])
			}
		}
		t.Logf("| %s | %d/%d = %.2f%% | %.4f | %.4f |", r.name, agree, n, 100*float64(agree)/float64(n), fb/float64(n), qb/float64(n))
		if float64(agree) < IssueTarget*float64(n) {
			t.Errorf("%s: prototype agreement %d/%d below %.2f", r.name, agree, n, IssueTarget)
		}
	}
}
