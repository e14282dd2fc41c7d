// Package tfgadgets holds the circuit gadgets of the transformer operators of
// inference/tfops (scheme "openproof-int8-tf-v2"; LayerNorm, ResidualBits,
// Linear, AttendStepBits and AttendMaskedBits also at 12-bit activations, scheme
// "openproof-fx12-tf-v3"): LayerNorm, softmax,
// one attention head's step (scores, causal mask, softmax, A·V), residual
// adds, argmax and seeded top-k sampling. Each gadget enforces exactly the
// integer relation its tfops function computes; the tests compare them on
// shared vectors, tfops being the source of truth.
//
// All range checks and lookups go through circuits/gadgets (its byte table)
// and std/lookup/logderivlookup (the exp table), both drawing their
// challenges through std/multicommit, so a circuit built from these gadgets
// keeps exactly one Groth16 commitment.
//
// # Soundness
//
// Every relation is an integer identity whose two sides are bounded far below
// the BN254 modulus p ≈ 2^253.6 by range checks (the bound is stated at each
// gadget), so equality in the field is equality over the integers; each
// hint's output is then the unique value the relation admits:
//
//   - Inverse square root: r ∈ [0, 2^rb), N − r²·V' ∈ [0, 2^nb) and
//     (r+1)²·V' − 1 − N ∈ [0, 2^nb) pin r = ⌊√(N/V')⌋.
//   - Maximum: δ_j = m − a_j ∈ [0, 2^32) for all j and Π δ_j = 0 pin m = max.
//   - Exp index: δ·M + 2^31 = (u + e)·2^32 + rem, rem ∈ [0, 2^32),
//     e ∈ [0, 2^33), e·(511 − u) = 0 and u ∈ [0, 512) (by the exp-table
//     lookup itself) pin u = min(q, 511).
//   - Division: p·Z + rem = num, rem ∈ [0, Z) (two range checks),
//     p ∈ [0, 2^(ProbBits+1)) pin p = ⌊num/Z⌋.
//   - Argmax: boolean one-hot b, Σ b = 1, m = Σ b_j·ℓ_j, and
//     m − ℓ_j − lt_j ∈ [0, 2^B) with lt_j = 1 − Σ_{i≤j} b_i (1 exactly
//     before the hot index) pin the first maximum.
//   - Top-k: boolean s, Σ s = k, and (2s_j − 1)(key_j − θ) − (1 − s_j) ∈
//     [0, 2^kb) with distinct keys key_j = ℓ_j·2^B' + (2^B' − 1 − j) pin the
//     k largest keys.
//   - Sampling: θ·2^32 + rem = u·Z with rem ∈ [0, 2^32) pins θ once θ is
//     a small integer, which C_{t−1} ≤ θ < C_t (range checks) makes it;
//     the one-hot token t with C the prefix sums of the (non-negative)
//     weights is then the least t with C_t > θ.
//   - Uniform: ρ = hi·2^32 + lo, lo ∈ [0, 2^32), hi ∈ [0, ⌊p/2^32⌋) make the
//     split the canonical one.
package tfgadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/tfops"
)

// TF is the per-circuit state of the transformer gadgets. Create one with
// New inside Define, sharing the circuit's gadgets.Gadgets.
type TF struct {
	api frontend.API
	g   *gadgets.Gadgets
	exp logderivlookup.Table // built on first use
	err error                // first error of a range check (see Err)
}

// New returns the transformer gadgets over api and g.
func New(api frontend.API, g *gadgets.Gadgets) *TF {
	return &TF{api: api, g: g}
}

// Err returns the first error a gadget met while building; Define should
// return it.
func (t *TF) Err() error { return t.err }

// bits asserts 0 ≤ v < 2^n through the byte table.
func (t *TF) bits(v frontend.Variable, n int) {
	if err := t.g.AssertBits(v, n); err != nil && t.err == nil {
		t.err = err
	}
}

func (t *TF) hint(h func(*big.Int, []*big.Int, []*big.Int) error, n int, in ...frontend.Variable) []frontend.Variable {
	out, err := t.api.Compiler().NewHint(h, n, in...)
	if err != nil {
		if t.err == nil {
			t.err = fmt.Errorf("tfgadgets: %w", err)
		}
		out = make([]frontend.Variable, n)
		for i := range out {
			out[i] = 0
		}
	}
	return out
}

// expTable returns the exp lookup table (tfops.ExpTable).
func (t *TF) expTable() logderivlookup.Table {
	if t.exp == nil {
		t.exp = logderivlookup.New(t.api)
		for _, v := range tfops.ExpTable() {
			t.exp.Insert(v)
		}
	}
	return t.exp
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

func bitLen(v int64) int { return big.NewInt(v).BitLen() }

// oneHot asserts that b is a boolean vector with exactly one 1, and returns
// lt_j = 1 − Σ_{i≤j} b_i (1 before the hot index, 0 from it on).
func (t *TF) oneHot(b []frontend.Variable) []frontend.Variable {
	api := t.api
	lt := make([]frontend.Variable, len(b))
	var c frontend.Variable = 0
	for j, bj := range b {
		api.AssertIsBoolean(bj) // mutant:tf-onehot-bool
		c = api.Add(c, bj)
		lt[j] = api.Sub(1, c)
	}
	api.AssertIsEqual(c, 1) // mutant:tf-onehot-sum
	return lt
}

// index returns Σ j·b_j.
func index(api frontend.API, b []frontend.Variable) frontend.Variable {
	var s frontend.Variable = 0
	for j, bj := range b {
		s = api.Add(s, api.Mul(bj, j))
	}
	return s
}
