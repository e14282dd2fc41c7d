package tfgadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// lnBounds are a LayerNorm's static bounds.
type lnBounds struct {
	rBits   int // r < 2^rBits
	remBits int // both inverse-square-root remainders < 2^remBits
	slack   int // SlackBits of the output requantization
}

func layerNormBounds(ln *tfops.LayerNorm) lnBounds {
	d := int64(ln.D)
	n := ln.Numerator()
	// V' = Σc² + Eps ≤ d·(span·d)² + Eps with span = 2^W − 1 (255 at 8
	// bits); r ≤ √(N/1) = 2^K·√d.
	span := int64(1)<<ln.Width() - 1
	vmax := new(big.Int).Mul(big.NewInt(d*span*span), big.NewInt(d*d))
	vmax.Add(vmax, big.NewInt(ln.Eps))
	rmax := new(big.Int).Sqrt(n)
	rmax.Add(rmax, big.NewInt(1))
	// rem1 = N − r²V' ≤ N; rem2 = (2r+1)V' − 1 − rem1 < (2r+1)·V'max.
	rem2 := new(big.Int).Mul(new(big.Int).Add(new(big.Int).Lsh(rmax, 1), big.NewInt(1)), vmax)
	remBits := max(n.BitLen(), rem2.BitLen())
	// |z| ≤ |c·r|·128 + 2^31·2^s with |c·r| ≤ 2^K·√d ≤ rmax.
	s := ln.Shift()
	zmax := new(big.Int).Mul(rmax, big.NewInt(128))
	q := new(big.Int).Rsh(zmax, s)
	q.Add(q, big.NewInt(1<<31+2))
	return lnBounds{rBits: rmax.BitLen(), remBits: remBits, slack: q.BitLen() + 1}
}

// LayerNorm enforces tfops.(*LayerNorm).Forward (ForwardWide at its width
// W) on x (W-bit values the caller has range-checked) and returns the W-bit
// outputs y (range-checked here: a byte-table query at 8 bits, one query of
// the 2^W-entry table above). γ and β are the circuit's constants.
//
// Constraints: D for V = Σc², 5 + three range checks for r, then per
// element one product c·r and one requantization (gadgets.Requantize, ActNone).
// Bounds: |c_i| ≤ (2^W − 1)·D, V' < 2^(2W)·D³ + Eps, r < 2^rBits, so r²·V'
// stays below 2^(2·rBits + 2W + 3·log D + 1) ≪ p; |c_i·r| ≤ 2^K·√D because
// c_i² ≤ V' and r²·V' ≤ N, which bounds z for the requantization.
func (t *TF) LayerNorm(x []frontend.Variable, ln *tfops.LayerNorm) ([]frontend.Variable, error) {
	if err := ln.Validate(); err != nil {
		return nil, err
	}
	if len(x) != ln.D {
		return nil, fmt.Errorf("tfgadgets: layernorm of %d inputs, want %d", len(x), ln.D)
	}
	api := t.api
	b := layerNormBounds(ln)
	sum := gadgets.Sum(api, x)
	c := make([]frontend.Variable, ln.D)
	var v frontend.Variable = ln.Eps
	for i, xi := range x {
		c[i] = api.Sub(api.Mul(xi, ln.D), sum)
		v = api.Add(v, api.Mul(c[i], c[i]))
	}
	n := ln.Numerator()
	r := t.hint(InvSqrtHint, 1, n, v)[0]
	t.bits(r, b.rBits) // mutant:tf-ln-r-range
	r2v := api.Mul(api.Mul(r, r), v)
	rem1 := api.Sub(n, r2v)
	t.bits(rem1, b.remBits) // mutant:tf-ln-r-low
	// (r+1)²·V' − 1 − N = r²V' + (2r+1)·V' − 1 − N.
	rem2 := api.Sub(api.Add(r2v, api.Mul(api.Add(api.Mul(r, 2), 1), v)), api.Add(n, 1))
	t.bits(rem2, b.remBits) // mutant:tf-ln-r-high

	s := ln.Shift()
	rq := gadgets.Requant{FracBits: s, Act: quant.ActNone, SlackBits: b.slack}
	if w := ln.Width(); w != tfops.ActBits8 {
		rq.Bits = w
	}
	y := make([]frontend.Variable, ln.D)
	for i := range x {
		z := api.Add(api.Mul(api.Mul(c[i], r), int64(ln.Gamma[i])), new(big.Int).Lsh(big.NewInt(int64(ln.Beta[i])), s))
		yi, _, err := t.g.Requantize(z, rq)
		if err != nil {
			return nil, err
		}
		y[i] = yi
	}
	return y, t.err
}

// Residual enforces tfops.Residual.Add on int8 a and b (range-checked by the
// caller) and returns the int8 sums: one requantization each.
func (t *TF) Residual(a, b []frontend.Variable, r tfops.Residual) ([]frontend.Variable, error) {
	return t.ResidualBits(a, b, r, tfops.ActBits8, tfops.ActBits8)
}

// ResidualBits enforces tfops.Residual.AddWide(a, b, inBits, w): inputs of
// at most inBits bits (range-checked by the caller), sums saturated to w
// bits (range-checked here).
func (t *TF) ResidualBits(a, b []frontend.Variable, r tfops.Residual, inBits, w uint) ([]frontend.Variable, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if err := tfops.CheckBits(w); err != nil {
		return nil, err
	}
	if inBits < w || inBits > tfops.EmbedBits {
		return nil, fmt.Errorf("tfgadgets: residual inputs of %d bits at width %d", inBits, w)
	}
	if len(a) != len(b) {
		return nil, fmt.Errorf("tfgadgets: residual of %d and %d values", len(a), len(b))
	}
	sa, sb, s := r.Shifts()
	// |z| ≤ 2^(inBits−1)·(2^sa + 2^sb) < 2^(s+S) for S = max(sa, sb) − s +
	// inBits + 2 (10 extra bits at 8).
	slack := max(int(max(sa, sb))-int(s), 0) + int(inBits) + 2
	rq := gadgets.Requant{FracBits: s, Act: quant.ActNone, SlackBits: slack}
	if w != tfops.ActBits8 {
		rq.Bits = w
	}
	out := make([]frontend.Variable, len(a))
	for i := range a {
		z := t.api.Add(t.api.Mul(a[i], pow2(int(sa))), t.api.Mul(b[i], pow2(int(sb))))
		y, _, err := t.g.Requantize(z, rq)
		if err != nil {
			return nil, err
		}
		out[i] = y
	}
	return out, nil
}
