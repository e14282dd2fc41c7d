package tfops

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/openproof/openproof/inference/int128"
	"github.com/openproof/openproof/inference/quant"
)

// LayerNorm is one quantized LayerNorm over D int8 inputs. The input
// exponent does not enter the integer program (LayerNorm is scale
// invariant) except through Eps.
type LayerNorm struct {
	D        int
	Gamma    []int8  // γ at exponent GammaExp (D)
	Beta     []int32 // β at exponent OutExp (D)
	GammaExp int
	OutExp   int
	Eps      int64 // ε in units of V: max(1, round(ε·2^(2·InExp)·D³))
	K        uint  // inverse-sqrt precision: InvSqrtBase + ⌈log2 D⌉
}

// MaxLayerNormDim bounds a LayerNorm's width so that V = Σc² < 2^16·D³
// fits an int64.
const MaxLayerNormDim = 1 << 15

// InvSqrtBits returns K for width d.
func InvSqrtBits(d int) uint {
	return InvSqrtBase + uint(bits.Len(uint(d-1)))
}

// NewLayerNorm quantizes a LayerNorm with weights gamma, bias beta and
// epsilon eps for inputs at exponent inExp and outputs at outExp: γ as a
// weight tensor (quant.QuantizeTensor's rule), β = round(β·2^outExp) clamped
// to int32.
func NewLayerNorm(gamma, beta []float32, eps float64, inExp, outExp int) (*LayerNorm, error) {
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
	ln := &LayerNorm{D: d, Gamma: make([]int8, d), Beta: make([]int32, d), GammaExp: ge, OutExp: outExp, K: InvSqrtBits(d)}
	for i := range gamma {
		ln.Gamma[i] = int8(clampF(math.RoundToEven(math.Ldexp(float64(gamma[i]), ge)), -127, 127))
		ln.Beta[i] = int32(clampF(math.RoundToEven(math.Ldexp(float64(beta[i]), outExp)), math.MinInt32, math.MaxInt32))
	}
	e := math.RoundToEven(eps * math.Ldexp(1, 2*inExp) * float64(d) * float64(d) * float64(d))
	ln.Eps = int64(clampF(e, 1, 1<<40))
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
	if ln.D > MaxLayerNormDim {
		return fmt.Errorf("%w: layernorm width %d above %d", ErrBadInput, ln.D, MaxLayerNormDim)
	}
	if len(ln.Gamma) != ln.D || len(ln.Beta) != ln.D {
		return fmt.Errorf("%w: layernorm of width %d has %d gammas and %d betas", ErrBadInput, ln.D, len(ln.Gamma), len(ln.Beta))
	}
	if ln.Eps < 1 || ln.Eps > 1<<40 {
		return fmt.Errorf("%w: layernorm epsilon %d outside [1, 2^40]", ErrBadInput, ln.Eps)
	}
	if ln.K != InvSqrtBits(ln.D) {
		return fmt.Errorf("%w: layernorm K = %d, want %d", ErrBadInput, ln.K, InvSqrtBits(ln.D))
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

// LNTrace holds every integer of one LayerNorm.
type LNTrace struct {
	X   []int8
	Sum int64   // S = Σ x_i
	C   []int64 // c_i = D·x_i − S
	V   int64   // Σ c_i² (without Eps)
	R   int64   // ⌊√(D·2^(2K) / (V + Eps))⌋
	Q   []int64 // round((c_i·r·γ_i + β_i·2^s) / 2^s), before saturation
	Y   []int8  // sat(Q)
}

// Forward runs the LayerNorm on x. Bounds: |c_i| ≤ 255·D, V < 2^16·D³,
// |c_i·r| ≤ 2^K·√D (since c_i² ≤ V + Eps), so every product is exact.
func (ln *LayerNorm) Forward(x []int8) (*LNTrace, error) {
	if err := ln.Validate(); err != nil {
		return nil, err
	}
	if len(x) != ln.D {
		return nil, fmt.Errorf("%w: layernorm input has %d values, want %d", ErrBadInput, len(x), ln.D)
	}
	d := int64(ln.D)
	tr := &LNTrace{X: append([]int8(nil), x...), C: make([]int64, ln.D), Q: make([]int64, ln.D), Y: make([]int8, ln.D)}
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
		tr.Y[i] = Sat(q)
	}
	return tr, nil
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
