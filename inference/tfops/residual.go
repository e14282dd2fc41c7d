package tfops

import "fmt"

// Residual is the saturating add of two activation tensors at exponents
// AExp and BExp into one at OutExp (Add: int8; AddWide: any width).
type Residual struct{ AExp, BExp, OutExp int }

// align returns E = max(AExp, BExp, OutExp+1).
func (r Residual) align() int { return max(r.AExp, r.BExp, r.OutExp+1) }

// Shifts returns the left shifts of a and b and the rounding shift s =
// E − OutExp ≥ 1: z = a·2^sa + b·2^sb, y = sat(round(z / 2^s)).
func (r Residual) Shifts() (sa, sb, s uint) {
	e := r.align()
	return uint(e - r.AExp), uint(e - r.BExp), uint(e - r.OutExp)
}

// Validate checks that every shift is at most 30.
func (r Residual) Validate() error {
	sa, sb, s := r.Shifts()
	if sa > 30 || sb > 30 || s > 30 {
		return fmt.Errorf("%w: residual exponents %d, %d → %d too far apart", ErrBadInput, r.AExp, r.BExp, r.OutExp)
	}
	return nil
}

// Add returns sat(round((a_i·2^sa + b_i·2^sb) / 2^s)) for each i at 8 bits.
func (r Residual) Add(a, b []int8) ([]int8, error) { return residualAdd(r, a, b, ActBits8, ActBits8) }

// AddWide is Add at activation width w: inputs of at most inBits bits
// (w for activations, EmbedBits for the int16 embeddings above 8 bits),
// the sum saturated to w bits.
func (r Residual) AddWide(a, b []int32, inBits, w uint) ([]int32, error) {
	if err := CheckBits(w); err != nil {
		return nil, err
	}
	if inBits < w || inBits > EmbedBits {
		return nil, fmt.Errorf("%w: residual inputs of %d bits at width %d", ErrBadInput, inBits, w)
	}
	return residualAdd(r, a, b, inBits, w)
}

// EmbedBits is the width of the token and position embeddings above 8
// bits (int16).
const EmbedBits = 16

// residualAdd: |a·2^sa + b·2^sb| < 2^(inBits+31) fits an int64.
func residualAdd[T Act](r Residual, a, b []T, inBits, w uint) ([]T, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if len(a) != len(b) {
		return nil, fmt.Errorf("%w: residual of %d and %d values", ErrBadInput, len(a), len(b))
	}
	if err := checkRange("residual input", a, inBits); err != nil {
		return nil, err
	}
	if err := checkRange("residual input", b, inBits); err != nil {
		return nil, err
	}
	sa, sb, s := r.Shifts()
	out := make([]T, len(a))
	for i := range a {
		out[i] = T(SatBits(RoundShift(int64(a[i])<<sa+int64(b[i])<<sb, s), w))
	}
	return out, nil
}
