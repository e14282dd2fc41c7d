package influence

import (
	"context"
	"fmt"
	"math/big"
)

// curvatureSolve is step 5 of Robust for the block [lo, hi): it writes
// round(2^P·H_q⁻¹·b_c) into out[c][lo:hi] for every contributor c.
func curvatureSolve(ctx context.Context, recs []RecordInfo, b, out []Sketch, lo, hi int, m Method) error {
	n := hi - lo
	g := make([]*big.Int, n*n)
	for i := range g {
		g[i] = new(big.Int)
	}
	// G accumulates in int64, flushed into g every `chunk` records so that
	// no partial sum can overflow: |u_i·u_j| ≤ top² and chunk·top² < 2^62.
	var top int64
	for _, r := range recs {
		for _, x := range r.Unit[lo:hi] {
			top = max(top, x, -x)
		}
	}
	if top >= 1<<31 {
		return fmt.Errorf("%w: normalized sketch value %d too large for the curvature block", ErrBadInput, top)
	}
	chunk := (int64(1) << 62) / max(top*top, 1)
	acc := make([]int64, n*n)
	flush := func() {
		for i, v := range acc {
			if v != 0 {
				g[i].Add(g[i], big.NewInt(v))
				acc[i] = 0
			}
		}
	}
	var inAcc int64
	for _, r := range recs {
		if inAcc == chunk {
			flush()
			inAcc = 0
		}
		inAcc++
		u := r.Unit[lo:hi]
		for i, x := range u {
			if x == 0 {
				continue
			}
			row := acc[i*n+i : i*n+n]
			for j, y := range u[i:] {
				row[j] += x * y
			}
		}
	}
	flush()
	tr := new(big.Int)
	for i := range n {
		tr.Add(tr, g[i*n+i])
	}
	if tr.Sign() == 0 {
		return fmt.Errorf("%w: every record's sketch is zero on this block: no curvature", ErrBadInput)
	}
	// H_q = round(2^P·n·G/T) + round(2^P·λ)·I, symmetric.
	scale := new(big.Int).Lsh(big.NewInt(int64(n)), m.CurvBits)
	h := make([]*big.Int, n*n)
	for i := range n {
		for j := i; j < n; j++ {
			v := roundDivBig(new(big.Int).Mul(g[i*n+j], scale), tr)
			h[i*n+j], h[j*n+i] = v, new(big.Int).Set(v) // distinct: the solve updates entries in place
		}
	}
	damp := roundDivBig(new(big.Int).Lsh(big.NewInt(int64(m.DampPPM)), m.CurvBits), big.NewInt(PPM))
	for i := range n {
		h[i*n+i] = new(big.Int).Add(h[i*n+i], damp)
	}
	rhs := make([][]*big.Int, len(b))
	for c := range b {
		rhs[c] = make([]*big.Int, n)
		for i := range n {
			rhs[c][i] = big.NewInt(b[c][lo+i])
		}
	}
	det, err := solveFractionFree(ctx, h, n, rhs)
	if err != nil {
		return err
	}
	for c := range rhs {
		for i, v := range rhs[c] {
			q := roundDivBig(v.Lsh(v, m.CurvBits), det)
			if !q.IsInt64() {
				return fmt.Errorf("%w: curvature-corrected value out of range", ErrBadInput)
			}
			out[c][lo+i] = q.Int64()
		}
	}
	return nil
}

// solveFractionFree runs fraction-free Gauss–Jordan elimination (Bareiss's
// exact division, applied to the rows above the pivot too) on the n×n matrix
// a (row-major, consumed) with the right-hand sides rhs (each n values,
// overwritten): afterwards a = det·I and rhs[c] = det·a⁻¹·rhs[c]. It returns
// det. Every division is exact; a remainder, or a zero pivot (a not positive
// definite), is an error.
func solveFractionFree(ctx context.Context, a []*big.Int, n int, rhs [][]*big.Int) (*big.Int, error) {
	prev := big.NewInt(1)
	var t1, t2, rem big.Int
	upd := func(x, aik, akj, akk *big.Int) error {
		// x = (akk·x − aik·akj) / prev
		t1.Mul(akk, x)
		t2.Mul(aik, akj)
		t1.Sub(&t1, &t2)
		x.QuoRem(&t1, prev, &rem)
		if rem.Sign() != 0 {
			return fmt.Errorf("%w: curvature solve: inexact division", ErrBadInput)
		}
		return nil
	}
	for k := range n {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		akk := new(big.Int).Set(a[k*n+k])
		if akk.Sign() <= 0 {
			return nil, fmt.Errorf("%w: curvature block is not positive definite", ErrBadInput)
		}
		for i := range n {
			if i == k {
				continue
			}
			aik := new(big.Int).Set(a[i*n+k])
			// Columns < k of row i are 0 except the diagonal (i < k).
			if i < k {
				if err := upd(a[i*n+i], aik, big.NewInt(0), akk); err != nil {
					return nil, err
				}
			}
			for j := k + 1; j < n; j++ {
				if err := upd(a[i*n+j], aik, a[k*n+j], akk); err != nil {
					return nil, err
				}
			}
			for c := range rhs {
				if err := upd(rhs[c][i], aik, rhs[c][k], akk); err != nil {
					return nil, err
				}
			}
			a[i*n+k].SetInt64(0)
		}
		prev = akk
	}
	return prev, nil
}

// roundDivBig is ⌊(2a + d)/(2d)⌋ for d > 0 (a/d rounded half up).
func roundDivBig(a, d *big.Int) *big.Int {
	num := new(big.Int).Lsh(a, 1)
	num.Add(num, d)
	return num.Div(num, new(big.Int).Lsh(d, 1)) // Euclidean = floor for a positive divisor
}
