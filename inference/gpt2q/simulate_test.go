package gpt2q_test

import (
	"math"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// roundTo rounds v to bits-bit integers at exponent e, saturating (bits ≥ 40:
// no saturation).
func roundTo(v []float64, e, bits int) {
	hi := math.Ldexp(1, bits-1) - 1
	if bits >= 40 {
		hi = math.Inf(1)
	}
	for i, x := range v {
		q := math.Max(-hi-1, math.Min(hi, math.RoundToEven(math.Ldexp(x, e))))
		v[i] = math.Ldexp(q, -e)
	}
}

// gridWeights rounds an [in][out] weight (or a LayerNorm γ) to bits-bit integers (magnitude ≤
// 2^(bits−1)−1) with one power-of-two exponent per tensor (perCol false, as
// quant.QuantizeTensor for bits = 8) or per output column.
func gridWeights(w []float64, in, out, bits int, perCol bool) {
	lim := math.Ldexp(1, bits-1) - 1
	cols, rows := out, in
	if !perCol {
		cols, rows = 1, len(w)
	}
	for i := 0; i < cols; i++ {
		at := func(j int) *float64 {
			if !perCol {
				return &w[j]
			}
			return &w[j*out+i]
		}
		var m float64
		for j := 0; j < rows; j++ {
			m = math.Max(m, math.Abs(*at(j)))
		}
		e := quant.Exponent(m, lim)
		for j := 0; j < rows; j++ {
			x := math.RoundToEven(math.Ldexp(*at(j), e))
			*at(j) = math.Ldexp(math.Max(-lim, math.Min(lim, x)), -e)
		}
	}
}

// simulation is one way of rounding the float model: weights and
// LayerNorm γ (0 bits: float) per tensor or per output column (γ per tensor), the embeddings (wte, also the LM
// head, and wpe) at their own width, and every activation site at a width
// (0: float), the site's exponent being the calibrated int8 one plus
// (width − 8) — the same range, finer steps.
type simulation struct {
	name     string
	wBits    int
	perCol   bool
	embBits  int
	siteBits func(site string) int
	// intSoftmax replaces the float softmax by tfops' recipe (exp index
	// at 1/32 steps, the 512-entry exp table, 12-bit probabilities).
	intSoftmax bool
}

func allSites(b int) func(string) int { return func(string) int { return b } }

func siteAt(site string, b, rest int) func(string) int {
	return func(s string) int {
		if s == site {
			return b
		}
		return rest
	}
}

// TestSimulateEmbedded (opt-in: -gpt2q.diagnose) measures the error budget
// of the embedded model's quantization in float: the float model with its
// weights rounded to a grid and its activations rounded at every site of
// gpt2.Session's Observe hook, against the unrounded model, on the 1,024
// held-out positions of TestHeldOutAgreement (base + adapter, all
// categories). It does not model the integer operators' own rounding
// (LayerNorm's inverse square root, the exp table, 12-bit probabilities),
// which the runtime adds; the table is in docs/fixed-point-transformer.md.
func TestSimulateEmbedded(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -gpt2q.diagnose")
	}
	base := embedded8(t) // these studies are of the 8-bit scheme
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skip(err)
	}
	w := gpt2q.Windows(fortunes.Encode(c.Text(true)), 16, m.Config.NPositions+1)
	cal := m.Config.Quantization
	siteExp := func(site string, b int) int {
		if b < 0 {
			return map[string]int{gpt2.SiteEmbed: cal.Embed, gpt2.SiteLnF: cal.LnF}[site]
		}
		e := cal.Blocks[b]
		return map[string]int{gpt2.SiteLn1: e.Ln1, gpt2.SiteAttn: e.Attn, gpt2.SiteAttnOut: e.AttnOut,
			gpt2.SiteAttnProj: e.AttnProj, gpt2.SiteResid1: e.Resid1, gpt2.SiteLn2: e.Ln2, gpt2.SiteFc: e.Fc,
			gpt2.SiteFcProj: e.FcProj, gpt2.SiteResid2: e.Resid2}[site]
	}
	sims := []simulation{
		{"float", 0, false, 0, allSites(0), false},
		{"weights int8 per tensor (v2), activations float", 8, false, 8, allSites(0), false},
		{"weights int8 per column, activations float", 8, true, 8, allSites(0), false},
		{"weights int8 per tensor, wte/wpe int16", 8, false, 16, allSites(0), false},
		{"weights int8 per column, wte/wpe int16", 8, true, 16, allSites(0), false},
		{"weights int12 per tensor", 12, false, 12, allSites(0), false},
		{"weights float, activations int8 (v2)", 0, false, 0, allSites(8), false},
		{"weights float, activations int8 unsaturated", 0, false, 0, allSites(48), false},
		{"weights float, activations 9-bit", 0, false, 0, allSites(9), false},
		{"weights float, activations 10-bit", 0, false, 0, allSites(10), false},
		{"weights float, activations 11-bit", 0, false, 0, allSites(11), false},
		{"weights float, activations 12-bit", 0, false, 0, allSites(12), false},
		{"weights float, activations int16", 0, false, 0, allSites(16), false},
		{"weights int8 per tensor, activations int8 (≈ v2)", 8, false, 8, allSites(8), false},
		{"weights int8 per column, activations int8", 8, true, 8, allSites(8), false},
		{"weights float, residual stream int16, rest int8", 0, false, 0, func(s string) int {
			switch s {
			case gpt2.SiteEmbed, gpt2.SiteResid1, gpt2.SiteResid2:
				return 16
			}
			return 8
		}, false},
		{"weights int8 per tensor, activations 10-bit", 8, false, 8, allSites(10), false},
		{"weights int8 per tensor, activations 12-bit", 8, false, 8, allSites(12), false},
		{"weights int8/tensor, wte/wpe int16, act. 10-bit", 8, false, 16, allSites(10), false},
		{"weights int8/tensor, wte/wpe int16, act. 12-bit", 8, false, 16, allSites(12), false},
		{"weights int8/column, wte/wpe int16, act. 10-bit", 8, true, 16, allSites(10), false},
		{"weights int8/column, wte/wpe int16, act. 12-bit", 8, true, 16, allSites(12), false},
	}
	for _, sm := range []simulation{
		{"weights float, activations float, tfops softmax", 0, false, 0, allSites(0), true},
		{"weights float, activations 12-bit, tfops softmax", 0, false, 0, allSites(12), true},
		{"weights int8/tensor, wte/wpe int16, act. 12-bit, tfops softmax", 8, false, 16, allSites(12), true},
		{"weights int8/column, wte/wpe int16, act. 12-bit, tfops softmax", 8, true, 16, allSites(12), true},
		{"weights int8/tensor, wte/wpe int16, act. int16, tfops softmax", 8, false, 16, allSites(16), true},
	} {
		sims = append(sims, sm)
	}
	for _, s := range []string{gpt2.SiteEmbed, gpt2.SiteLn1, gpt2.SiteAttn, gpt2.SiteAttnOut, gpt2.SiteAttnProj,
		gpt2.SiteResid1, gpt2.SiteLn2, gpt2.SiteFc, gpt2.SiteFcProj, gpt2.SiteResid2, gpt2.SiteLnF} {
		sims = append(sims, simulation{"weights float, int8 at " + s + " only, rest int16", 0, false, 0, siteAt(s, 8, 16), false})
	}
	ref := make([][][]float64, len(w))
	for i, win := range w {
		if ref[i], err = m.Forward(win[:len(win)-1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, sim := range sims {
		g := m.Clone()
		if sim.wBits > 0 {
			gridWeights(g.Wte, 1, len(g.Wte), sim.embBits, false)
			gridWeights(g.Wpe, 1, len(g.Wpe), sim.embBits, false)
			gridWeights(g.LnF.G, 1, len(g.LnF.G), sim.wBits, false) // γ: per tensor, as tfops.NewLayerNorm
			for i := range g.Blocks {
				gridWeights(g.Blocks[i].Ln1.G, 1, len(g.Blocks[i].Ln1.G), sim.wBits, false)
				gridWeights(g.Blocks[i].Ln2.G, 1, len(g.Blocks[i].Ln2.G), sim.wBits, false)
				for _, mod := range gpt2.Modules() {
					l, _ := g.Blocks[i].Linear(mod)
					gridWeights(l.W, l.In, l.Out, sim.wBits, sim.perCol)
					if l.LoRA != nil {
						gridWeights(l.LoRA.A, 1, len(l.LoRA.A), 8, false)
						gridWeights(l.LoRA.B, 1, len(l.LoRA.B), 8, false)
					}
				}
			}
		}
		agree, n := 0, 0
		var bits float64
		for i, win := range w {
			observe := func(site string, b int, v []float64) {
				nb := sim.siteBits(site)
				switch {
				case nb >= 40:
					roundTo(v, siteExp(site, b), nb)
				case nb > 0:
					roundTo(v, siteExp(site, b)+nb-8, nb)
				}
			}
			logits := simForward(g, win[:len(win)-1], observe, sim.intSoftmax)
			for p := 0; p+1 < len(win); p++ {
				l := logits[p]
				n++
				if argmax(ref[i][p]) == argmax(l) {
					agree++
				}
				bits += nllBits(l, win[p+1])
			}
		}
		t.Logf("| %s | %d/%d = %.2f%% | %.4f |", sim.name, agree, n, 100*float64(agree)/float64(n), bits/float64(n))
	}
}

// simForward runs m over toks from position 0 as gpt2.Session.Step does,
// calling observe at the same sites (it may change the values in place),
// with attention's softmax in float or (intSoftmax) by tfops' recipe, and
// returns every position's logits.
func simForward(m *gpt2.Model, toks []int, observe func(string, int, []float64), intSoftmax bool) [][]float64 {
	c := &m.Config
	d, hd := c.NEmbd, c.HeadDim()
	exps := tfops.ExpTable()
	k, v := make([][][]float64, len(m.Blocks)), make([][][]float64, len(m.Blocks))
	var out [][]float64
	for pos, tok := range toks {
		x := make([]float64, d)
		for i := range x {
			x[i] = m.Wte[tok*d+i] + m.Wpe[pos*d+i]
		}
		observe(gpt2.SiteEmbed, -1, x)
		for li := range m.Blocks {
			b := &m.Blocks[li]
			a, qkv, o, proj := make([]float64, d), make([]float64, 3*d), make([]float64, d), make([]float64, d)
			hid := make([]float64, c.Inner())
			gpt2.LayerNorm(a, x, b.Ln1, c.Epsilon)
			observe(gpt2.SiteLn1, li, a)
			b.Attn.Apply(qkv, a)
			observe(gpt2.SiteAttn, li, qkv)
			k[li] = append(k[li], qkv[d:2*d])
			v[li] = append(v[li], qkv[2*d:])
			n := len(k[li])
			for h := 0; h < c.NHead; h++ {
				sc := make([]float64, n)
				mx := math.Inf(-1)
				for j := range sc {
					for i := h * hd; i < (h+1)*hd; i++ {
						sc[j] += qkv[i] * k[li][j][i]
					}
					sc[j] /= math.Sqrt(float64(hd))
					mx = math.Max(mx, sc[j])
				}
				var z float64
				for j := range sc {
					if intSoftmax {
						u := min(math.Round(math.Ldexp(mx-sc[j], tfops.ExpFracBits)), tfops.ExpTableSize-1)
						sc[j] = float64(exps[int(u)])
					} else {
						sc[j] = math.Exp(sc[j] - mx)
					}
					z += sc[j]
				}
				for j := range sc {
					sc[j] /= z
					if intSoftmax {
						sc[j] = math.Ldexp(math.Round(math.Ldexp(sc[j], tfops.ProbBits)), -tfops.ProbBits)
					}
				}
				for i := h * hd; i < (h+1)*hd; i++ {
					for j := range sc {
						o[i] += sc[j] * v[li][j][i]
					}
				}
			}
			observe(gpt2.SiteAttnOut, li, o)
			b.AttnProj.Apply(proj, o)
			observe(gpt2.SiteAttnProj, li, proj)
			for i := range x {
				x[i] += proj[i]
			}
			observe(gpt2.SiteResid1, li, x)
			gpt2.LayerNorm(a, x, b.Ln2, c.Epsilon)
			observe(gpt2.SiteLn2, li, a)
			b.Fc.Apply(hid, a)
			observe(gpt2.SiteFc, li, hid)
			for i, hv := range hid {
				hid[i] = gpt2.GELUNew(hv)
			}
			b.FcProj.Apply(proj, hid)
			observe(gpt2.SiteFcProj, li, proj)
			for i := range x {
				x[i] += proj[i]
			}
			observe(gpt2.SiteResid2, li, x)
		}
		f := make([]float64, d)
		gpt2.LayerNorm(f, x, m.LnF, c.Epsilon)
		observe(gpt2.SiteLnF, -1, f)
		l := make([]float64, c.VocabSize)
		for t := range l {
			for i, fi := range f {
				l[t] += m.Wte[t*d+i] * fi
			}
		}
		out = append(out, l)
	}
	return out
}

// nllBits is −log2 softmax(l)[t].
func nllBits(l []float64, t int) float64 {
	mx := math.Inf(-1)
	for _, x := range l {
		mx = math.Max(mx, x)
	}
	var z float64
	for _, x := range l {
		z += math.Exp(x - mx)
	}
	return -(l[t] - mx - math.Log(z)) / math.Ln2
}
