package influence

import (
	"context"
	"fmt"
)

// CurvatureCorrect applies MethodRobust's step 5 (curvatureSolve) to vectors
// b computed outside a Plan (attribution/textattr): per block [lo, hi) of
// blocks, with G = Σ u uᵀ over units (every record's normalized sketch),
// out[c] = round(2^P·H_q⁻¹·b_c), H_q as in Robust with m's damping and
// curvature bits. The blocks must tile [0, len(b[c])).
func CurvatureCorrect(ctx context.Context, units, b []Sketch, blocks [][2]int, m Method) ([]Sketch, error) {
	if m.DampPPM == 0 || m.DampPPM > PPM || m.CurvBits < 8 || m.CurvBits > 40 {
		return nil, fmt.Errorf("%w: damping %d ppm, curvature bits %d", ErrBadInput, m.DampPPM, m.CurvBits)
	}
	if len(b) == 0 || len(units) == 0 {
		return nil, fmt.Errorf("%w: %d vectors, %d records", ErrBadInput, len(b), len(units))
	}
	dim := len(b[0])
	next := 0
	for _, bl := range blocks {
		if bl[0] != next || bl[1] <= bl[0] {
			return nil, fmt.Errorf("%w: blocks %v do not tile [0, %d)", ErrBadInput, blocks, dim)
		}
		next = bl[1]
	}
	if next != dim {
		return nil, fmt.Errorf("%w: blocks %v do not tile [0, %d)", ErrBadInput, blocks, dim)
	}
	recs := make([]RecordInfo, len(units))
	for i, u := range units {
		if len(u) != dim {
			return nil, fmt.Errorf("%w: record %d has %d values, want %d", ErrBadInput, i, len(u), dim)
		}
		recs[i] = RecordInfo{Unit: u}
	}
	out := make([]Sketch, len(b))
	for c := range b {
		if len(b[c]) != dim {
			return nil, fmt.Errorf("%w: vector %d has %d values, want %d", ErrBadInput, c, len(b[c]), dim)
		}
		out[c] = make(Sketch, dim)
	}
	for _, bl := range blocks {
		if err := curvatureSolve(ctx, recs, b, out, bl[0], bl[1], m); err != nil {
			return nil, err
		}
	}
	for c := range out {
		if err := out[c].Check(); err != nil {
			return nil, fmt.Errorf("vector %d: %w", c, err)
		}
	}
	return out, nil
}
