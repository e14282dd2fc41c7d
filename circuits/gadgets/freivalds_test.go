package gadgets

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// freivaldsCircuit asserts Freivalds' identity u·P·v = s·(u·L)·(R·v) for
// P [n][m], L [n][k], R [k][m] at the input ρ, and that ρ^n is Pow's.
type freivaldsCircuit struct {
	P, L, R []frontend.Variable
	S, Rho  frontend.Variable
	RhoN    frontend.Variable // ρ^n
	n, m, k int
}

func (c *freivaldsCircuit) Define(api frontend.API) error {
	u, v := FreivaldsWeights(api, c.Rho, c.n, c.m)
	api.AssertIsEqual(Pow(api, c.Rho, c.n), c.RhoN)
	api.AssertIsEqual(v[1], c.RhoN)
	left := Dot(api, v, VecMat(api, u, Matrix{V: c.P, Rows: c.n, Cols: c.m}))
	right := Dot(api, VecMat(api, u, Matrix{V: c.L, Rows: c.n, Cols: c.k}), MatVec(api, Matrix{V: c.R, Rows: c.k, Cols: c.m}, v))
	api.AssertIsEqual(left, api.Mul(c.S, right))
	return nil
}

func vars(v []int64) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}

func TestFreivalds(t *testing.T) {
	const n, m, k, s = 3, 5, 2, 7
	rng := rand.New(rand.NewPCG(7, 8))
	l8, r8 := gadgetstest.Rand8(rng, n*k), gadgetstest.Rand8(rng, k*m)
	l, r, p := make([]int64, n*k), make([]int64, k*m), make([]int64, n*m)
	for i := range l8 {
		l[i] = int64(l8[i])
	}
	for i := range r8 {
		r[i] = int64(r8[i])
	}
	for i := range n {
		for j := range m {
			for t := range k {
				p[i*m+j] += s * l[i*k+t] * r[t*m+j]
			}
		}
	}
	const rho = 1234567
	rhoN := int64(rho) * rho * rho
	circuit := &freivaldsCircuit{P: make([]frontend.Variable, n*m), L: make([]frontend.Variable, n*k), R: make([]frontend.Variable, k*m), n: n, m: m, k: k}
	good := func() *freivaldsCircuit {
		return &freivaldsCircuit{P: vars(p), L: vars(l), R: vars(r), S: s, Rho: rho, RhoN: rhoN, n: n, m: m, k: k}
	}
	if err := test.IsSolved(circuit, good(), ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("the true product: %v", err)
	}
	for name, edit := range map[string]func(c *freivaldsCircuit){
		"P entry":     func(c *freivaldsCircuit) { c.P[n*m-1] = p[n*m-1] + 1 },
		"P swapped":   func(c *freivaldsCircuit) { c.P[0], c.P[1] = p[1], p[0] },
		"scale":       func(c *freivaldsCircuit) { c.S = s + 1 },
		"first entry": func(c *freivaldsCircuit) { c.P[0] = p[0] - 1 },
		"pow":         func(c *freivaldsCircuit) { c.RhoN = rhoN + 1 },
	} {
		bad := good()
		edit(bad)
		if p[0] == p[1] && name == "P swapped" {
			continue
		}
		if test.IsSolved(circuit, bad, ecc.BN254.ScalarField()) == nil {
			t.Errorf("%s: a wrong product passes", name)
		}
	}
}
