package tfops

import "fmt"

// Residual is the saturating add of two int8 tensors at exponents AExp and
// BExp into one at OutExp.
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

// Add returns sat(round((a_i·2^sa + b_i·2^sb) / 2^s)) for each i.
func (r Residual) Add(a, b []int8) ([]int8, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if len(a) != len(b) {
		return nil, fmt.Errorf("%w: residual of %d and %d values", ErrBadInput, len(a), len(b))
	}
	sa, sb, s := r.Shifts()
	out := make([]int8, len(a))
	for i := range a {
		out[i] = Sat(RoundShift(int64(a[i])<<sa+int64(b[i])<<sb, s))
	}
	return out, nil
}
