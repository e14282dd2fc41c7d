// Package gpt2q is the int8 runtime of inference/gpt2 models: the exact
// integer program a transformer proof covers, built from the fixed-point
// recipes of inference/quant ("openproof-int8-pow2-v1": Conv1D layers as
// quant.Layer with LoRA as quant.AdapterLayer) and
// inference/tfops ("openproof-int8-tf-v2": LayerNorm, attention with the
// causal mask and softmax, residual adds, argmax, seeded sampling, the
// GELU table).
//
// # Program
//
// Every activation is int8 at a per-tensor power-of-two exponent taken
// from the calibration (gpt2.Quantization, in config.json under
// "openproof_quantization"). Weights are quantized per tensor by
// quant.QuantizeTensor's rule. One step at position p with token t:
//
//	x   = Residual(wte, wpe → embed).Add(wte_q[t], wpe_q[p])
//	per block:
//	  a   = LayerNorm ln_1 (x)                        tfops
//	  qkv = quant.Layer c_attn (a) [+ LoRA]           q, k, v at one exponent; k, v appended to the cache
//	  o_h = tfops.Attention.Step(q_h, K_h, V_h)      per head, over positions 0..p
//	  x   = Residual.Add(x, quant.Layer attn.c_proj (o))
//	  a   = LayerNorm ln_2 (x)
//	  x   = Residual.Add(x, quant.Layer mlp.c_proj (quant.Layer c_fc + GELU table (a)))
//	f   = LayerNorm ln_f (x)
//	logit_v = Σ_i wte_q[v][i]·f_i                     exact int64, exponent wteExp + lnfExp
//	next = tfops.Argmax(logits), or tfops.Sampler
//
// A block whose only adapter is on attn.c_attn (the embedded model's case)
// runs as inference/tfops.Block.StepAdapted, the block circuits/tfblock
// proves; adapters on the other Conv1D modules take Session's general block
// code, which TestBlockPathsAgree checks equal to tfops.Block where both apply.
//
// The GELU table is tfops.GELUTable: Hugging Face's tanh GELU (gelu_new),
// the function the float reference runs, rounded to the c_fc output grid.
package gpt2q

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// ErrBadInput is wrapped by errors caused by a model, calibration or token
// the runtime cannot run.
var ErrBadInput = fmt.Errorf("gpt2q: %w", errs.ErrBadInput)

// Linear is a quantized Conv1D with its optional quantized LoRA.
type Linear struct {
	quant.Layer
	LoRA *quant.AdapterLayer
}

// Block is one quantized transformer block.
type Block struct {
	Ln1      *tfops.LayerNorm
	Attn     Linear
	Heads    tfops.Attention
	AttnProj Linear
	Res1     tfops.Residual
	Ln2      *tfops.LayerNorm
	Fc       Linear // GELU
	FcProj   Linear
	Res2     tfops.Residual
	// Ref is the same block as inference/tfops states it (the block the
	// circuits/tfblock circuit proves); Session.Step runs it whenever the
	// block's only adapter is on attn.c_attn.
	Ref *tfops.Block
}

// Model is a quantized GPT-2.
type Model struct {
	Config gpt2.Config
	Cal    gpt2.Quantization
	Wte    []int8 // [vocab][d], also the LM head
	WteExp int
	Wpe    []int8 // [n_positions][d]
	WpeExp int
	Embed  tfops.Residual
	Blocks []Block
	LnF    *tfops.LayerNorm
}

// LogitExp is the exponent of the LM head's int64 logits.
func (q *Model) LogitExp() int { return q.WteExp + q.Cal.LnF }

// Quantize builds the int8 runtime of m (with its adapters) from the
// calibration in m.Config.Quantization.
func Quantize(m *gpt2.Model) (*Model, error) {
	c := m.Config
	cal := c.Quantization
	if cal == nil {
		return nil, fmt.Errorf("gpt2q: the model has no openproof_quantization calibration: %w", ErrBadInput)
	}
	if cal.Scheme != tfops.Scheme || len(cal.Blocks) != c.NLayer {
		return nil, fmt.Errorf("gpt2q: calibration scheme %q with %d blocks, want %q with %d: %w", cal.Scheme, len(cal.Blocks), tfops.Scheme, c.NLayer, ErrBadInput)
	}
	q := &Model{Config: c, Cal: *cal}
	var err error
	if q.Wte, q.WteExp, err = quant.QuantizeTensor(narrow(m.Wte)); err != nil {
		return nil, fmt.Errorf("gpt2q: wte: %w", err)
	}
	if q.Wpe, q.WpeExp, err = quant.QuantizeTensor(narrow(m.Wpe)); err != nil {
		return nil, fmt.Errorf("gpt2q: wpe: %w", err)
	}
	q.Embed = tfops.Residual{AExp: q.WteExp, BExp: q.WpeExp, OutExp: cal.Embed}
	if err := q.Embed.Validate(); err != nil {
		return nil, err
	}
	res := cal.Embed
	for bi := range m.Blocks {
		b, e := &m.Blocks[bi], cal.Blocks[bi]
		var qb Block
		if qb.Ln1, err = tfops.NewLayerNorm(narrow(b.Ln1.G), narrow(b.Ln1.B), c.Epsilon, res, e.Ln1); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d ln_1: %w", bi, err)
		}
		if qb.Attn, err = linear(fmt.Sprintf("h.%d.attn.c_attn", bi), &b.Attn, e.Ln1, e.Attn, quant.ActNone); err != nil {
			return nil, err
		}
		if qb.Heads, err = tfops.NewAttention(c.HeadDim(), e.Attn, e.Attn, e.Attn, e.AttnOut); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d attention: %w", bi, err)
		}
		if qb.AttnProj, err = linear(fmt.Sprintf("h.%d.attn.c_proj", bi), &b.AttnProj, e.AttnOut, e.AttnProj, quant.ActNone); err != nil {
			return nil, err
		}
		qb.Res1 = tfops.Residual{AExp: res, BExp: e.AttnProj, OutExp: e.Resid1}
		if qb.Ln2, err = tfops.NewLayerNorm(narrow(b.Ln2.G), narrow(b.Ln2.B), c.Epsilon, e.Resid1, e.Ln2); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d ln_2: %w", bi, err)
		}
		if qb.Fc, err = linear(fmt.Sprintf("h.%d.mlp.c_fc", bi), &b.Fc, e.Ln2, e.Fc, quant.ActGELU); err != nil {
			return nil, err
		}
		if qb.FcProj, err = linear(fmt.Sprintf("h.%d.mlp.c_proj", bi), &b.FcProj, e.Fc, e.FcProj, quant.ActNone); err != nil {
			return nil, err
		}
		qb.Res2 = tfops.Residual{AExp: e.Resid1, BExp: e.FcProj, OutExp: e.Resid2}
		for _, r := range []tfops.Residual{qb.Res1, qb.Res2} {
			if err := r.Validate(); err != nil {
				return nil, fmt.Errorf("gpt2q: block %d residual: %w", bi, err)
			}
		}
		qb.Ref = &tfops.Block{Heads: c.NHead, LN1: qb.Ln1, Attn: qb.Attn.Layer, Head: qb.Heads, Proj: qb.AttnProj.Layer,
			Res1: qb.Res1, LN2: qb.Ln2, FC: qb.Fc.Layer, Out: qb.FcProj.Layer, Res2: qb.Res2}
		if err := qb.Ref.Validate(); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d: %w", bi, err)
		}
		res = e.Resid2
		q.Blocks = append(q.Blocks, qb)
	}
	if q.LnF, err = tfops.NewLayerNorm(narrow(m.LnF.G), narrow(m.LnF.B), c.Epsilon, res, cal.LnF); err != nil {
		return nil, fmt.Errorf("gpt2q: ln_f: %w", err)
	}
	return q, nil
}

// linear quantizes a Conv1D ([in][out]) as a quant.Layer ([out][in]).
func linear(name string, l *gpt2.Linear, inExp, outExp int, act quant.Activation) (Linear, error) {
	wt := make([]float32, l.In*l.Out)
	for j := 0; j < l.In; j++ {
		for i := 0; i < l.Out; i++ {
			wt[i*l.In+j] = float32(l.W[j*l.Out+i])
		}
	}
	w, we, err := quant.QuantizeTensor(wt)
	if err != nil {
		return Linear{}, fmt.Errorf("gpt2q: %s: %w", name, err)
	}
	shift := inExp + we - outExp
	if shift < 1 || shift > quant.MaxShift {
		return Linear{}, fmt.Errorf("gpt2q: %s: requantization shift %d outside [1, %d] (exponents in %d, weight %d, out %d): %w",
			name, shift, quant.MaxShift, inExp, we, outExp, ErrBadInput)
	}
	ql := Linear{Layer: quant.Layer{Name: name, In: l.In, Out: l.Out, W: w, Bias: make([]int32, l.Out),
		WExp: we, InExp: inExp, OutExp: outExp, Shift: uint(shift), Act: act}}
	for i, b := range l.B {
		v := math.RoundToEven(math.Ldexp(float64(float32(b)), inExp+we))
		if v > math.MaxInt32 || v < math.MinInt32 {
			return Linear{}, fmt.Errorf("gpt2q: %s: bias %d overflows int32: %w", name, i, ErrBadInput)
		}
		ql.Bias[i] = int32(v)
	}
	if act == quant.ActGELU {
		ql.GELU = tfops.GELUTable(outExp)
	}
	if l.LoRA != nil {
		ad, err := quant.QuantizeLoRA(&ql.Layer, 0, l.LoRA.Rank, l.LoRA.Scaling, narrow(l.LoRA.A), narrow(l.LoRA.B))
		if err != nil {
			return Linear{}, fmt.Errorf("gpt2q: %s LoRA: %w", name, err)
		}
		ql.LoRA = ad
	} else if _, err := ql.LayerBounds(0); err != nil {
		return Linear{}, fmt.Errorf("gpt2q: %s: %w", name, err)
	}
	return ql, nil
}

func narrow(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}
