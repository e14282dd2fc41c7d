package gadgets

import "github.com/consensys/gnark/frontend"

// Freivalds' check of a claimed matrix product P = s·L·R at a challenge ρ
// drawn after P is committed (std/multicommit): with u_i = ρ^i (i < n) and
// v_j = ρ^(n·j) (j < m), every u_i·v_j is a distinct power of ρ, so
// u·P·v − s·(u·L)·(R·v) is a polynomial in ρ whose coefficients are the
// entries of P − s·L·R, and a wrong P passes with probability at most
// n·m/|F| (Schwartz–Zippel). Each side costs one product per entry instead
// of one per multiply-accumulate. The circuits delta and merge use these
// pieces; the caller asserts the equality, since what s·L·R is differs.

// FreivaldsWeights returns u = (1, ρ, …, ρ^(n−1)) and
// v = (1, ρ^n, …, ρ^(n·(m−1))) (n, m ≥ 1). Both start with the constant 1,
// whose products VecMat, MatVec and Dot skip.
func FreivaldsWeights(api frontend.API, rho frontend.Variable, n, m int) (u, v []frontend.Variable) {
	return Powers(api, rho, n), Powers(api, Pow(api, rho, n), m) // mutant:freivalds-exponent
}

// Matrix is a Rows×Cols matrix of circuit values, row-major. VecMat and
// MatVec take one so that a matrix and a weight vector cannot be swapped.
type Matrix struct {
	V          []frontend.Variable
	Rows, Cols int
}

// VecMat returns w·M (len(w) = M.Rows): out_j = Σ_i w_i·M_ij.
func VecMat(api frontend.API, w []frontend.Variable, m Matrix) []frontend.Variable {
	out := make([]frontend.Variable, m.Cols)
	terms := make([]frontend.Variable, m.Rows)
	for j := range m.Cols {
		for i := range m.Rows {
			terms[i] = mulWeight(api, w[i], m.V[i*m.Cols+j])
		}
		out[j] = Sum(api, terms)
	}
	return out
}

// MatVec returns M·w (len(w) = M.Cols): out_i = Σ_j M_ij·w_j.
func MatVec(api frontend.API, m Matrix, w []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, m.Rows)
	terms := make([]frontend.Variable, m.Cols)
	for i := range m.Rows {
		for j := range m.Cols {
			terms[j] = mulWeight(api, w[j], m.V[i*m.Cols+j])
		}
		out[i] = Sum(api, terms)
	}
	return out
}

// Dot returns Σ_i w_i·x_i (len(x) ≥ len(w)).
func Dot(api frontend.API, w, x []frontend.Variable) frontend.Variable {
	terms := make([]frontend.Variable, len(w))
	for i := range w {
		terms[i] = mulWeight(api, w[i], x[i])
	}
	return Sum(api, terms)
}

// mulWeight returns w·x, or x when w is the constant 1 that Powers puts
// first (the product would be free, but building it costs compile time).
func mulWeight(api frontend.API, w, x frontend.Variable) frontend.Variable {
	if one, ok := w.(int); ok && one == 1 {
		return x
	}
	return api.Mul(w, x)
}

// Pow returns b^n (n ≥ 1) by square and multiply.
func Pow(api frontend.API, b frontend.Variable, n int) frontend.Variable {
	var r frontend.Variable
	for bit := 62; bit >= 0; bit-- {
		if r != nil {
			r = api.Mul(r, r)
		}
		if n>>bit&1 == 1 {
			if r == nil {
				r = b
			} else {
				r = api.Mul(r, b)
			}
		}
	}
	return r
}
