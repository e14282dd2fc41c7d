package gpt2q_test

import (
	"math"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/quant"
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

// gridWeights rounds an [in][out] weight to bits-bit integers (magnitude ≤
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

// simulation is one way of rounding the float model: weights (0 bits:
// float) per tensor or per output column, the embeddings (wte, also the LM
// head, and wpe) at their own width, and every activation site at a width
// (0: float), the site's exponent being the calibrated int8 one plus
// (width − 8) — the same range, finer steps.
type simulation struct {
	name     string
	wBits    int
	perCol   bool
	embBits  int
	siteBits func(site string) int
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
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
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
		{"float", 0, false, 0, allSites(0)},
		{"weights int8 per tensor (v2), activations float", 8, false, 8, allSites(0)},
		{"weights int8 per column, activations float", 8, true, 8, allSites(0)},
		{"weights int8 per tensor, wte/wpe int16", 8, false, 16, allSites(0)},
		{"weights int8 per column, wte/wpe int16", 8, true, 16, allSites(0)},
		{"weights int12 per tensor", 12, false, 12, allSites(0)},
		{"weights float, activations int8 (v2)", 0, false, 0, allSites(8)},
		{"weights float, activations int8 unsaturated", 0, false, 0, allSites(48)},
		{"weights float, activations 9-bit", 0, false, 0, allSites(9)},
		{"weights float, activations 10-bit", 0, false, 0, allSites(10)},
		{"weights float, activations 11-bit", 0, false, 0, allSites(11)},
		{"weights float, activations 12-bit", 0, false, 0, allSites(12)},
		{"weights float, activations int16", 0, false, 0, allSites(16)},
		{"weights int8 per tensor, activations int8 (≈ v2)", 8, false, 8, allSites(8)},
		{"weights int8 per column, activations int8", 8, true, 8, allSites(8)},
		{"weights float, residual stream int16, rest int8", 0, false, 0, func(s string) int {
			switch s {
			case gpt2.SiteEmbed, gpt2.SiteResid1, gpt2.SiteResid2:
				return 16
			}
			return 8
		}},
		{"weights int8 per tensor, activations 10-bit", 8, false, 8, allSites(10)},
		{"weights int8 per tensor, activations 12-bit", 8, false, 8, allSites(12)},
		{"weights int8/tensor, wte/wpe int16, act. 10-bit", 8, false, 16, allSites(10)},
		{"weights int8/tensor, wte/wpe int16, act. 12-bit", 8, false, 16, allSites(12)},
		{"weights int8/column, wte/wpe int16, act. 10-bit", 8, true, 16, allSites(10)},
		{"weights int8/column, wte/wpe int16, act. 12-bit", 8, true, 16, allSites(12)},
	}
	for _, s := range []string{gpt2.SiteEmbed, gpt2.SiteLn1, gpt2.SiteAttn, gpt2.SiteAttnOut, gpt2.SiteAttnProj,
		gpt2.SiteResid1, gpt2.SiteLn2, gpt2.SiteFc, gpt2.SiteFcProj, gpt2.SiteResid2, gpt2.SiteLnF} {
		sims = append(sims, simulation{"weights float, int8 at " + s + " only, rest int16", 0, false, 0, siteAt(s, 8, 16)})
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
			for i := range g.Blocks {
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
			s := g.NewSession()
			s.Observe = func(site string, b int, v []float64) {
				nb := sim.siteBits(site)
				switch {
				case nb >= 40:
					roundTo(v, siteExp(site, b), nb)
				case nb > 0:
					roundTo(v, siteExp(site, b)+nb-8, nb)
				}
			}
			for p := 0; p+1 < len(win); p++ {
				l, err := s.Step(win[p])
				if err != nil {
					t.Fatal(err)
				}
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
