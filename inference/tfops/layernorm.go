package tfops

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/openproof/openproof/inference/int128"
	"github.com/openproof/openproof/inference/quant"
)

// LayerNorm is one quantized LayerNorm over D activations of Bits bits
// (0 means 8: scheme openproof-int8-tf-v2). The input exponent does not
// enter the integer program (LayerNorm is scale invariant) except through
// Eps.
type LayerNorm struct {
	D        int
	Gamma    []int8  // γ at exponent GammaExp (D)
	Beta     []int32 // β at exponent OutExp (D)
	GammaExp int
	OutExp   int
	Eps      int64 // ε in units of V: max(1, round(ε·2^(2·InExp)·D³))
	K        uint  // inverse-sqrt precision: InvSqrtBase + ⌈log2 D⌉ + Bits − 8
	Bits     uint  // activation width; 0 = 8
}

// MaxLayerNormDim bounds a LayerNorm's width at 8 bits so that V = Σc² <
// 2^16·D³ fits an int64 (MaxLayerNormDimBits for other widths).
const MaxLayerNormDim = 1 << 15

// MaxLayerNormDimBits returns the largest width 2^⌊(62−2W)/3⌋ with
// V < 2^(2W)·D³ < 2^62 at activation width w.
func MaxLayerNormDimBits(w uint) int { return 1 << ((62 - 2*w) / 3) }

// InvSqrtBits returns K for width d at 8 bits.
func InvSqrtBits(d int) uint {
	return InvSqrtBase + uint(bits.Len(uint(d-1)))
}

// InvSqrtBitsW returns K for width d at activation width w: InvSqrtBits(d)
// + w − 8 (the wider inputs keep r's relative precision).
func InvSqrtBitsW(d int, w uint) uint { return InvSqrtBits(d) + w - ActBits8 }

// Width returns the activation width (Bits, or 8 when 0).
func (ln *LayerNorm) Width() uint {
	if ln.Bits == 0 {
		return ActBits8
	}
	return ln.Bits
}

// NewLayerNorm quantizes a LayerNorm with weights gamma, bias beta and
// epsilon eps for inputs at exponent inExp and outputs at outExp: γ as a
// weight tensor (quant.QuantizeTensor's rule), β = round(β·2^outExp) clamped
// to int32.
func NewLayerNorm(gamma, beta []float32, eps float64, inExp, outExp int) (*LayerNorm, error) {
	return NewLayerNormBits(gamma, beta, eps, inExp, outExp, ActBits8)
}

// NewLayerNormBits is NewLayerNorm at activation width w (Bits is left 0 for
// w = 8, so the v2 LayerNorm is unchanged).
func NewLayerNormBits(gamma, beta []float32, eps float64, inExp, outExp int, w uint) (*LayerNorm, error) {
	if err := CheckBits(w); err != nil {
		return nil, err
	}
	d := len(gamma)
	if err := checkLen("layernorm gamma", d); err != nil {
		return nil, err
	}
	if len(beta) != d {
		return nil, fmt.Errorf("%w: layernorm beta has %d entries, gamma %d", ErrBadInput, len(beta), d)
	}
	if !(eps >= 0) || math.IsInf(eps, 0) {
		return nil, fmt.Errorf("%w: layernorm epsilon %g", ErrBadInput, eps)
	}
	var m float64
	for i, g := range gamma {
		f := float64(g)
		if math.IsNaN(f) || math.IsInf(f, 0) || math.IsNaN(float64(beta[i])) || math.IsInf(float64(beta[i]), 0) {
			return nil, fmt.Errorf("%w: layernorm weight %d is not finite", ErrBadInput, i)
		}
		m = math.Max(m, math.Abs(f))
	}
	ge := quant.Exponent(m, 127)
	ln := &LayerNorm{D: d, Gamma: make([]int8, d), Beta: make([]int32, d), GammaExp: ge, OutExp: outExp, K: InvSqrtBitsW(d, w)}
	if w != ActBits8 {
		ln.Bits = w
	}
	for i := range gamma {
		ln.Gamma[i] = int8(clampF(math.RoundToEven(math.Ldexp(float64(gamma[i]), ge)), -127, 127))
		ln.Beta[i] = int32(clampF(math.RoundToEven(math.Ldexp(float64(beta[i]), outExp)), math.MinInt32, math.MaxInt32))
	}
	e := math.RoundToEven(eps * math.Ldexp(1, 2*inExp) * float64(d) * float64(d) * float64(d))
	ln.Eps = int64(clampF(e, 1, float64(maxEps(w))))
	if err := ln.Validate(); err != nil {
		return nil, err
	}
	return ln, nil
}

// Validate checks the shapes and that the shift s = K + GammaExp − OutExp
// is in [1, 62].
func (ln *LayerNorm) Validate() error {
	if err := checkLen("layernorm", ln.D); err != nil {
		return err
	}
	w := ln.Width()
	if err := CheckBits(w); err != nil {
		return err
	}
	if ln.D > MaxLayerNormDimBits(w) {
		return fmt.Errorf("%w: layernorm width %d above %d", ErrBadInput, ln.D, MaxLayerNormDimBits(w))
	}
	if len(ln.Gamma) != ln.D || len(ln.Beta) != ln.D {
		return fmt.Errorf("%w: layernorm of width %d has %d gammas and %d betas", ErrBadInput, ln.D, len(ln.Gamma), len(ln.Beta))
	}
	if ln.Eps < 1 || ln.Eps > maxEps(w) {
		return fmt.Errorf("%w: layernorm epsilon %d outside [1, %d]", ErrBadInput, ln.Eps, maxEps(w))
	}
	if ln.K != InvSqrtBitsW(ln.D, w) {
		return fmt.Errorf("%w: layernorm K = %d, want %d", ErrBadInput, ln.K, InvSqrtBitsW(ln.D, w))
	}
	if s := int(ln.K) + ln.GammaExp - ln.OutExp; s < 1 || s > 62 {
		return fmt.Errorf("%w: layernorm shift %d outside [1, 62]", ErrBadInput, s)
	}
	return nil
}

// Shift returns s = K + GammaExp − OutExp.
func (ln *LayerNorm) Shift() uint { return uint(int(ln.K) + ln.GammaExp - ln.OutExp) }

// Numerator returns N = D·2^(2K), the constant of the inverse square root.
func (ln *LayerNorm) Numerator() *big.Int {
	return new(big.Int).Lsh(big.NewInt(int64(ln.D)), 2*ln.K)
}

// InvSqrt returns r = ⌊√⌊n / v⌋⌋, the largest integer with r²·v ≤ n, for
// v ≥ 1 and n ≥ 0.
func InvSqrt(n *big.Int, v int64) int64 {
	q := new(big.Int).Quo(n, big.NewInt(v))
	return q.Sqrt(q).Int64()
}

// maxEps is Eps's bound 2^(40 + 2(w−8)) (2^40 at 8 bits).
func maxEps(w uint) int64 { return 1 << (40 + 2*(w-ActBits8)) }

// LNTrace holds every integer of one int8 LayerNorm.
type LNTrace = LNTraceOf[int8]

// LNTraceOf holds every integer of one LayerNorm.
type LNTraceOf[T Act] struct {
	X   []T
	Sum int64   // S = Σ x_i
	C   []int64 // c_i = D·x_i − S
	V   int64   // Σ c_i² (without Eps)
	R   int64   // ⌊√(D·2^(2K) / (V + Eps))⌋
	Q   []int64 // round((c_i·r·γ_i + β_i·2^s) / 2^s), before saturation
	Y   []T     // sat(Q) at the width
}

// Forward runs an 8-bit LayerNorm on int8 x.
func (ln *LayerNorm) Forward(x []int8) (*LNTrace, error) {
	if ln.Width() != ActBits8 {
		return nil, fmt.Errorf("%w: layernorm of %d-bit activations run on int8", ErrBadInput, ln.Width())
	}
	return lnForward(ln, x)
}

// ForwardWide runs the LayerNorm at its width on x (int32 storage).
func (ln *LayerNorm) ForwardWide(x []int32) (*LNTraceOf[int32], error) {
	return lnForward(ln, x)
}

// lnForward runs the LayerNorm on x. Bounds at width W: |c_i| ≤ 2^W·D,
// V < 2^(2W)·D³ < 2^62, |c_i·r| ≤ 2^K·√D (since c_i² ≤ V + Eps), so every
// product is exact; an input outside the width is refused.
func lnForward[T Act](ln *LayerNorm, x []T) (*LNTraceOf[T], error) {
	if err := ln.Validate(); err != nil {
		return nil, err
	}
	if len(x) != ln.D {
		return nil, fmt.Errorf("%w: layernorm input has %d values, want %d", ErrBadInput, len(x), ln.D)
	}
	w := ln.Width()
	if err := checkRange("layernorm input", x, w); err != nil {
		return nil, err
	}
	d := int64(ln.D)
	tr := &LNTraceOf[T]{X: append([]T(nil), x...), C: make([]int64, ln.D), Q: make([]int64, ln.D), Y: make([]T, ln.D)}
	for _, v := range x {
		tr.Sum += int64(v)
	}
	for i, v := range x {
		c := d*int64(v) - tr.Sum
		tr.C[i] = c
		tr.V += c * c
	}
	tr.R = InvSqrt(ln.Numerator(), tr.V+ln.Eps)
	s := ln.Shift()
	for i, c := range tr.C {
		z := int128.Mul(c*tr.R, int64(ln.Gamma[i])).Add(int128.From(int64(ln.Beta[i])).Shl(s))
		q, _ := z.RoundShift(s) // |q| < 2^(K+7)·√D/2^s + 2^31 fits
		tr.Q[i] = q
		tr.Y[i] = T(SatBits(q, w))
	}
	return tr, nil
}

// checkRange refuses a value of x outside the w-bit range.
func checkRange[T Act](what string, x []T, w uint) error {
	lo, hi := ActRange(w)
	for i, v := range x {
		if int64(v) < lo || int64(v) > hi {
			return fmt.Errorf("%w: %s value %d at %d outside %d bits", ErrBadInput, what, v, i, w)
		}
	}
	return nil
}

// Output is a convenience for Forward(x).Y.
func (ln *LayerNorm) Output(x []int8) ([]int8, error) {
	tr, err := ln.Forward(x)
	if err != nil {
		return nil, err
	}
	return tr.Y, nil
}

func clampF(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
