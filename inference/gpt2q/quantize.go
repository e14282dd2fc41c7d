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
// The calibration's scheme fixes the activation width W (tfops.BitsOf):
// 8 for "openproof-int8-tf-v2", 12 for "openproof-fx12-tf-v3"
// (docs/fixed-point-transformer.md). Every activation is a W-bit integer
// (int32 storage) at a per-tensor power-of-two exponent taken from the
// calibration (gpt2.Quantization, in config.json under
// "openproof_quantization"; CalibrateBits and WidenCalibration give the
// exponents + W − 8). At 8 bits weights are quantized per tensor by
// quant.QuantizeTensor's rule and the program below is exactly v2's; above,
// wte/wpe are int16 and the Conv1D weights have one exponent per output
// column (tfops.Linear). One step at position p with token t:
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

// Linear is a quantized Conv1D with its optional quantized LoRA. Wide is
// the layer the runtime runs, at the model's activation width; at 8 bits it
// is tfops.FromQuant(Layer, LoRA) (scheme v2's quant.Layer, per-tensor
// weight exponent), above 8 bits it has one weight exponent per output
// column and Layer carries only the name, shape and exponents.
type Linear struct {
	quant.Layer
	LoRA *quant.AdapterLayer
	Wide *tfops.Linear
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
	// Ref is the same block as inference/tfops.Block states it (the block
	// the circuits/tfblock circuit proves): set at 8 bits only.
	// TestBlockPathsAgree checks that Session.Step computes its integers.
	Ref *tfops.Block
}

// Model is a quantized GPT-2.
type Model struct {
	Config gpt2.Config
	Cal    gpt2.Quantization
	Bits   uint   // activation width (tfops.BitsOf(Cal.Scheme))
	Wte    []int8 // [vocab][d], also the LM head; 8 bits only (nil above)
	WteExp int
	Wpe    []int8 // [n_positions][d]; 8 bits only
	WpeExp int
	// WteW and WpeW are the embeddings the runtime uses: Wte and Wpe at
	// 8 bits, int16 values (limit 32767) above.
	WteW, WpeW []int32
	Embed      tfops.Residual
	Blocks     []Block
	LnF        *tfops.LayerNorm
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
	w, err := tfops.BitsOf(cal.Scheme)
	if err != nil || len(cal.Blocks) != c.NLayer {
		return nil, fmt.Errorf("gpt2q: calibration scheme %q with %d blocks, want a transformer scheme with %d: %w", cal.Scheme, len(cal.Blocks), c.NLayer, ErrBadInput)
	}
	q := &Model{Config: c, Cal: *cal, Bits: w}
	if err := q.quantizeEmbeddings(m); err != nil {
		return nil, err
	}
	q.Embed = tfops.Residual{AExp: q.WteExp, BExp: q.WpeExp, OutExp: cal.Embed}
	if err := q.Embed.Validate(); err != nil {
		return nil, err
	}
	res := cal.Embed
	for bi := range m.Blocks {
		b, e := &m.Blocks[bi], cal.Blocks[bi]
		var qb Block
		if qb.Ln1, err = tfops.NewLayerNormBits(narrow(b.Ln1.G), narrow(b.Ln1.B), c.Epsilon, res, e.Ln1, w); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d ln_1: %w", bi, err)
		}
		if qb.Attn, err = q.linear(fmt.Sprintf("h.%d.attn.c_attn", bi), &b.Attn, e.Ln1, e.Attn, quant.ActNone); err != nil {
			return nil, err
		}
		if qb.Heads, err = tfops.NewAttention(c.HeadDim(), e.Attn, e.Attn, e.Attn, e.AttnOut); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d attention: %w", bi, err)
		}
		if qb.AttnProj, err = q.linear(fmt.Sprintf("h.%d.attn.c_proj", bi), &b.AttnProj, e.AttnOut, e.AttnProj, quant.ActNone); err != nil {
			return nil, err
		}
		qb.Res1 = tfops.Residual{AExp: res, BExp: e.AttnProj, OutExp: e.Resid1}
		if qb.Ln2, err = tfops.NewLayerNormBits(narrow(b.Ln2.G), narrow(b.Ln2.B), c.Epsilon, e.Resid1, e.Ln2, w); err != nil {
			return nil, fmt.Errorf("gpt2q: block %d ln_2: %w", bi, err)
		}
		if qb.Fc, err = q.linear(fmt.Sprintf("h.%d.mlp.c_fc", bi), &b.Fc, e.Ln2, e.Fc, quant.ActGELU); err != nil {
			return nil, err
		}
		if qb.FcProj, err = q.linear(fmt.Sprintf("h.%d.mlp.c_proj", bi), &b.FcProj, e.Fc, e.FcProj, quant.ActNone); err != nil {
			return nil, err
		}
		qb.Res2 = tfops.Residual{AExp: e.Resid1, BExp: e.FcProj, OutExp: e.Resid2}
		for _, r := range []tfops.Residual{qb.Res1, qb.Res2} {
			if err := r.Validate(); err != nil {
				return nil, fmt.Errorf("gpt2q: block %d residual: %w", bi, err)
			}
		}
		if w == tfops.ActBits8 {
			qb.Ref = &tfops.Block{Heads: c.NHead, LN1: qb.Ln1, Attn: qb.Attn.Layer, Head: qb.Heads, Proj: qb.AttnProj.Layer,
				Res1: qb.Res1, LN2: qb.Ln2, FC: qb.Fc.Layer, Out: qb.FcProj.Layer, Res2: qb.Res2}
			if err := qb.Ref.Validate(); err != nil {
				return nil, fmt.Errorf("gpt2q: block %d: %w", bi, err)
			}
		}
		res = e.Resid2
		q.Blocks = append(q.Blocks, qb)
	}
	if q.LnF, err = tfops.NewLayerNormBits(narrow(m.LnF.G), narrow(m.LnF.B), c.Epsilon, res, cal.LnF, w); err != nil {
		return nil, fmt.Errorf("gpt2q: ln_f: %w", err)
	}
	return q, nil
}

// quantizeEmbeddings quantizes wte and wpe: int8 per tensor at 8 bits,
// int16 (limit 32767) per tensor above.
func (q *Model) quantizeEmbeddings(m *gpt2.Model) error {
	var err error
	if q.Bits == tfops.ActBits8 {
		if q.Wte, q.WteExp, err = quant.QuantizeTensor(narrow(m.Wte)); err != nil {
			return fmt.Errorf("gpt2q: wte: %w", err)
		}
		if q.Wpe, q.WpeExp, err = quant.QuantizeTensor(narrow(m.Wpe)); err != nil {
			return fmt.Errorf("gpt2q: wpe: %w", err)
		}
		q.WteW, q.WpeW = tfops.Widen(q.Wte), tfops.Widen(q.Wpe)
		return nil
	}
	if q.WteW, q.WteExp, err = quantizeInt(m.Wte, EmbedLimit); err != nil {
		return fmt.Errorf("gpt2q: wte: %w", err)
	}
	if q.WpeW, q.WpeExp, err = quantizeInt(m.Wpe, EmbedLimit); err != nil {
		return fmt.Errorf("gpt2q: wpe: %w", err)
	}
	return nil
}

// EmbedBits returns the width of wte and wpe: 8 at 8 bits, 16 above.
func (q *Model) EmbedBits() uint {
	if q.Bits == tfops.ActBits8 {
		return tfops.ActBits8
	}
	return tfops.EmbedBits
}

// EmbedLimit is the magnitude limit of the int16 embeddings above 8 bits.
const EmbedLimit = 32767

// quantizeInt returns clamp(roundHalfEven(v·2^e), −limit, limit) with e =
// quant.Exponent(max|v|, limit) (QuantizeTensor's rule at another limit).
func quantizeInt(v []float64, limit float64) ([]int32, int, error) {
	var mx float64
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, 0, fmt.Errorf("gpt2q: value %d is not finite: %w", i, ErrBadInput)
		}
		mx = math.Max(mx, math.Abs(float64(float32(x))))
	}
	e := quant.Exponent(mx, limit)
	out := make([]int32, len(v))
	for i, x := range v {
		out[i] = int32(math.Max(-limit, math.Min(limit, math.RoundToEven(math.Ldexp(float64(float32(x)), e)))))
	}
	return out, e, nil
}

// linear quantizes a Conv1D at the model's width: the quant.Layer of
// scheme v2 at 8 bits (linear8), per-column exponents above (linearWide).
func (q *Model) linear(name string, l *gpt2.Linear, inExp, outExp int, act quant.Activation) (Linear, error) {
	if q.Bits != tfops.ActBits8 {
		return linearWide(name, l, inExp, outExp, act, q.Bits)
	}
	ql, err := linear8(name, l, inExp, outExp, act)
	if err != nil {
		return Linear{}, err
	}
	if ql.Wide, err = tfops.FromQuant(&ql.Layer, ql.LoRA); err != nil {
		return Linear{}, fmt.Errorf("gpt2q: %s: %w", name, err)
	}
	return ql, nil
}

// linear8 quantizes a Conv1D ([in][out]) as a quant.Layer ([out][in]).
func linear8(name string, l *gpt2.Linear, inExp, outExp int, act quant.Activation) (Linear, error) {
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

// linearWide quantizes a Conv1D ([in][out]) as a tfops.Linear of width w:
// column i's weights at e_i = quant.Exponent(max_j |w_ji|, 127), lowered to
// keep the shift in [1, MaxLinearShift] (a zero column takes the tensor's
// exponent); bias round(b_i·2^(inExp+e_i)); LoRA A and B per tensor as
// quant.QuantizeLoRA, M_i = round(s·2^(e_i − AExp − BExp + 32)) (0 when
// A or B quantizes to zero).
func linearWide(name string, l *gpt2.Linear, inExp, outExp int, act quant.Activation, w uint) (Linear, error) {
	wl := &tfops.Linear{Name: name, In: l.In, Out: l.Out, Bits: w, W: make([]int8, l.In*l.Out), WExp: make([]int, l.Out),
		Bias: make([]int64, l.Out), InExp: inExp, OutExp: outExp}
	var tensorMax float64
	for _, v := range l.W {
		tensorMax = math.Max(tensorMax, math.Abs(float64(float32(v))))
	}
	te := quant.Exponent(tensorMax, 127)
	col := make([]float64, l.In)
	for i := 0; i < l.Out; i++ {
		var mx float64
		for j := range col {
			col[j] = float64(float32(l.W[j*l.Out+i]))
			if math.IsNaN(col[j]) || math.IsInf(col[j], 0) {
				return Linear{}, fmt.Errorf("gpt2q: %s: weight is not finite: %w", name, ErrBadInput)
			}
			mx = math.Max(mx, math.Abs(col[j]))
		}
		e := te
		if mx > 0 {
			e = min(quant.Exponent(mx, 127), outExp-inExp+tfops.MaxLinearShift)
		}
		wl.WExp[i] = e
		for j, v := range col {
			wl.W[i*l.In+j] = int8(math.Max(-127, math.Min(127, math.RoundToEven(math.Ldexp(v, e)))))
		}
		b := math.RoundToEven(math.Ldexp(float64(float32(l.B[i])), inExp+e))
		if math.IsNaN(b) || math.Abs(b) >= 1<<62 {
			return Linear{}, fmt.Errorf("gpt2q: %s: bias %d does not fit: %w", name, i, ErrBadInput)
		}
		wl.Bias[i] = int64(b)
	}
	if act == quant.ActGELU {
		t, err := tfops.GELUTableBits(outExp, w)
		if err != nil {
			return Linear{}, err
		}
		wl.GELU = t
	}
	if l.LoRA != nil {
		a, err := loraWide(wl, l.LoRA)
		if err != nil {
			return Linear{}, fmt.Errorf("gpt2q: %s LoRA: %w", name, err)
		}
		wl.LoRA = a
	}
	if err := wl.Validate(); err != nil {
		return Linear{}, fmt.Errorf("gpt2q: %s: %w", name, err)
	}
	return Linear{Layer: quant.Layer{Name: name, In: l.In, Out: l.Out, WExp: te, InExp: inExp, OutExp: outExp, Act: act}, Wide: wl}, nil
}

func loraWide(wl *tfops.Linear, lo *gpt2.LoRA) (*tfops.LinearLoRA, error) {
	if lo.Rank < 1 || len(lo.A) != lo.Rank*wl.In || len(lo.B) != wl.Out*lo.Rank || !(lo.Scaling >= 0) || math.IsInf(lo.Scaling, 0) {
		return nil, fmt.Errorf("rank %d, scaling %v: %w", lo.Rank, lo.Scaling, ErrBadInput)
	}
	qa, ae, err := quant.QuantizeTensor(narrow(lo.A))
	if err != nil {
		return nil, err
	}
	qb, be, err := quant.QuantizeTensor(narrow(lo.B))
	if err != nil {
		return nil, err
	}
	a := &tfops.LinearLoRA{Rank: lo.Rank, A: qa, B: qb, AExp: ae, BExp: be, M: make([]int64, wl.Out)}
	if allZero(qa) || allZero(qb) {
		return a, nil
	}
	for i := range a.M {
		m := math.RoundToEven(math.Ldexp(lo.Scaling, wl.WExp[i]-ae-be+quant.AdapterShift))
		if m >= 1<<tfops.MaxLoRAMultBits {
			return nil, fmt.Errorf("multiplier of column %d is %.0f ≥ 2^%d: %w", i, m, tfops.MaxLoRAMultBits, ErrBadInput)
		}
		a.M[i] = int64(m)
	}
	return a, nil
}

func allZero(v []int8) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
