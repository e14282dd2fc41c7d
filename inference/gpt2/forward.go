package gpt2

import (
	"fmt"
	"math"
)

// geluC is √(2/π), gelu_new's constant.
var geluC = math.Sqrt(2 / math.Pi)

// GELUNew is Hugging Face's gelu_new (GPT-2's activation).
func GELUNew(x float64) float64 {
	return 0.5 * x * (1 + math.Tanh(geluC*(x+0.044715*x*x*x)))
}

// LayerNorm writes (x − mean)/√(var + eps)·g + b into out (biased variance,
// as torch.nn.LayerNorm).
func LayerNorm(out, x []float64, n Norm, eps float64) {
	d := float64(len(x))
	var mean float64
	for _, v := range x {
		mean += v
	}
	mean /= d
	var variance float64
	for _, v := range x {
		variance += (v - mean) * (v - mean)
	}
	variance /= d
	inv := 1 / math.Sqrt(variance+eps)
	for i, v := range x {
		out[i] = (v-mean)*inv*n.G[i] + n.B[i]
	}
}

// Apply writes x·W + b (+ Scaling·B·(A·x)) into out.
func (l *Linear) Apply(out, x []float64) {
	copy(out, l.B)
	for j, xj := range x {
		row := l.W[j*l.Out : (j+1)*l.Out]
		for i, w := range row {
			out[i] += xj * w
		}
	}
	if l.LoRA == nil {
		return
	}
	r := l.LoRA.Rank
	h := make([]float64, r)
	for t := range h {
		for j, xj := range x {
			h[t] += l.LoRA.A[t*l.In+j] * xj
		}
	}
	for i := range out {
		var s float64
		for t, ht := range h {
			s += l.LoRA.B[i*r+t] * ht
		}
		out[i] += l.LoRA.Scaling * s
	}
}

// Activation sites reported to a Session's Observe hook, in the order a
// step computes them. Block sites come with the block index; SiteEmbed and
// SiteLnF with −1.
const (
	SiteEmbed    = "embed"       // wte[t] + wpe[p]: the residual stream entering block 0
	SiteLn1      = "ln_1"        // ln_1 output
	SiteAttn     = "attn.c_attn" // q | k | v
	SiteAttnOut  = "attn"        // the heads' outputs, before attn.c_proj
	SiteAttnProj = "attn.c_proj" // attn.c_proj output
	SiteResid1   = "resid_attn"  // the residual stream after the attention add
	SiteLn2      = "ln_2"
	SiteFc       = "mlp.c_fc" // before GELU
	SiteFcProj   = "mlp.c_proj"
	SiteResid2   = "resid_mlp" // the residual stream after the MLP add
	SiteLnF      = "ln_f"
)

// Session runs the model one token at a time with a key/value cache.
type Session struct {
	m    *Model
	pos  int
	k, v [][]float64 // per layer: [pos][d]
	// Observe, if set, sees every activation of every step (calibration);
	// v must not be retained.
	Observe func(site string, block int, v []float64)
}

func (s *Session) observe(site string, block int, v []float64) {
	if s.Observe != nil {
		s.Observe(site, block, v)
	}
}

// NewSession returns an empty session over m.
func (m *Model) NewSession() *Session {
	n := len(m.Blocks)
	return &Session{m: m, k: make([][]float64, n), v: make([][]float64, n)}
}

// Pos returns the number of tokens the session has consumed.
func (s *Session) Pos() int { return s.pos }

// Step feeds one token and returns the logits for the next one.
func (s *Session) Step(tok int) ([]float64, error) {
	c := &s.m.Config
	if tok < 0 || tok >= c.VocabSize {
		return nil, fmt.Errorf("token %d outside [0, %d): %w", tok, c.VocabSize, ErrBadInput)
	}
	if s.pos >= c.NPositions {
		return nil, fmt.Errorf("context full: %d positions: %w", c.NPositions, ErrBadInput)
	}
	d := c.NEmbd
	x := make([]float64, d)
	for i := range x {
		x[i] = s.m.Wte[tok*d+i] + s.m.Wpe[s.pos*d+i]
	}
	s.observe(SiteEmbed, -1, x)
	a := make([]float64, d)
	qkv := make([]float64, 3*d)
	o := make([]float64, d)
	proj := make([]float64, d)
	hid := make([]float64, c.Inner())
	for li := range s.m.Blocks {
		b := &s.m.Blocks[li]
		LayerNorm(a, x, b.Ln1, c.Epsilon)
		s.observe(SiteLn1, li, a)
		b.Attn.Apply(qkv, a)
		s.observe(SiteAttn, li, qkv)
		s.k[li] = append(s.k[li], qkv[d:2*d]...)
		s.v[li] = append(s.v[li], qkv[2*d:]...)
		attend(o, qkv[:d], s.k[li], s.v[li], s.pos+1, c.NHead, d)
		s.observe(SiteAttnOut, li, o)
		b.AttnProj.Apply(proj, o)
		s.observe(SiteAttnProj, li, proj)
		for i := range x {
			x[i] += proj[i]
		}
		s.observe(SiteResid1, li, x)
		LayerNorm(a, x, b.Ln2, c.Epsilon)
		s.observe(SiteLn2, li, a)
		b.Fc.Apply(hid, a)
		s.observe(SiteFc, li, hid)
		for i, h := range hid {
			hid[i] = GELUNew(h)
		}
		b.FcProj.Apply(proj, hid)
		s.observe(SiteFcProj, li, proj)
		for i := range x {
			x[i] += proj[i]
		}
		s.observe(SiteResid2, li, x)
	}
	s.pos++
	LayerNorm(a, x, s.m.LnF, c.Epsilon)
	s.observe(SiteLnF, -1, a)
	return s.m.head(a), nil
}

// head returns wte·a, the tied LM head.
func (m *Model) head(a []float64) []float64 {
	d := m.Config.NEmbd
	logits := make([]float64, m.Config.VocabSize)
	for t := range logits {
		var s float64
		for i, ai := range a {
			s += m.Wte[t*d+i] * ai
		}
		logits[t] = s
	}
	return logits
}

// attend writes into o the causal attention of query q over the first n
// cached keys and values (rows of width d, heads of width d/nHead).
func attend(o, q, k, v []float64, n, nHead, d int) {
	hd := d / nHead
	scale := 1 / math.Sqrt(float64(hd))
	w := make([]float64, n)
	for h := 0; h < nHead; h++ {
		off := h * hd
		mx := math.Inf(-1)
		for p := 0; p < n; p++ {
			var s float64
			for i := 0; i < hd; i++ {
				s += q[off+i] * k[p*d+off+i]
			}
			w[p] = s * scale
			mx = math.Max(mx, w[p])
		}
		var z float64
		for p := range w {
			w[p] = math.Exp(w[p] - mx)
			z += w[p]
		}
		for i := 0; i < hd; i++ {
			var s float64
			for p := 0; p < n; p++ {
				s += w[p] * v[p*d+off+i]
			}
			o[off+i] = s / z
		}
	}
}

// Forward runs the whole sequence without a cache and returns the logits
// at every position ([len(tokens)][vocab]). It computes every position's
// keys and values first, then each position's causal attention, so it is
// an independent check of Session's cache.
func (m *Model) Forward(tokens []int) ([][]float64, error) {
	c := &m.Config
	n, d := len(tokens), c.NEmbd
	if n == 0 || n > c.NPositions {
		return nil, fmt.Errorf("%d tokens outside [1, %d]: %w", n, c.NPositions, ErrBadInput)
	}
	xs := make([][]float64, n)
	for p, tok := range tokens {
		if tok < 0 || tok >= c.VocabSize {
			return nil, fmt.Errorf("token %d outside [0, %d): %w", tok, c.VocabSize, ErrBadInput)
		}
		xs[p] = make([]float64, d)
		for i := range xs[p] {
			xs[p][i] = m.Wte[tok*d+i] + m.Wpe[p*d+i]
		}
	}
	a := make([]float64, d)
	proj := make([]float64, d)
	hid := make([]float64, c.Inner())
	for li := range m.Blocks {
		b := &m.Blocks[li]
		qkv := make([][]float64, n)
		k := make([]float64, 0, n*d)
		v := make([]float64, 0, n*d)
		for p := range xs {
			LayerNorm(a, xs[p], b.Ln1, c.Epsilon)
			qkv[p] = make([]float64, 3*d)
			b.Attn.Apply(qkv[p], a)
			k = append(k, qkv[p][d:2*d]...)
			v = append(v, qkv[p][2*d:]...)
		}
		o := make([]float64, d)
		for p := range xs {
			attend(o, qkv[p][:d], k, v, p+1, c.NHead, d)
			b.AttnProj.Apply(proj, o)
			for i := range proj {
				xs[p][i] += proj[i]
			}
			LayerNorm(a, xs[p], b.Ln2, c.Epsilon)
			b.Fc.Apply(hid, a)
			for i, h := range hid {
				hid[i] = GELUNew(h)
			}
			b.FcProj.Apply(proj, hid)
			for i := range proj {
				xs[p][i] += proj[i]
			}
		}
	}
	out := make([][]float64, n)
	for p := range xs {
		LayerNorm(a, xs[p], m.LnF, c.Epsilon)
		out[p] = m.head(a)
	}
	return out, nil
}
