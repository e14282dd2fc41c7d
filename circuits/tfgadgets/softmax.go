package tfgadgets

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/tfops"
)

// SpanBits bounds how far below the maximum a score or logit may lie:
// δ < 2^SpanBits, as tfops.Softmax and tfops.Sampler.Sample require
// (tfops.SpanBits).
const SpanBits = tfops.SpanBits

// max enforces m = max_j a_j (δ_j = m − a_j ∈ [0, 2^32), Π δ_j = 0) and
// returns m and the δ_j. Cost per element: the range check of δ (5) and
// one product.
func (t *TF) max(a []frontend.Variable) (frontend.Variable, []frontend.Variable) {
	api := t.api
	m := t.hint(MaxHint, 1, a...)[0]
	d := make([]frontend.Variable, len(a))
	var prod frontend.Variable = 1
	for j, aj := range a {
		d[j] = api.Sub(m, aj)
		t.bits(d[j], SpanBits) // mutant:tf-max-below
		prod = api.Mul(prod, d[j])
	}
	api.AssertIsEqual(prod, 0) // mutant:tf-max-attained
	return m, d
}

// expIndex enforces u = tfops.ExpIndex(δ, m) for δ ∈ [0, 2^32) and returns
// u, which the caller must look up in the exp table (the lookup proves
// u ∈ [0, 512)). δ·m + 2^31 < 2^64 + 2^31, and (u + e)·2^32 + rem with
// u < 2^9, e < 2^33, rem < 2^32 stays below 2^66: the identity holds over
// the integers. Without the range check of e, u = 511 with a fractional
// e would pass for any rem: e·(511 − u) = 0 holds and ExpTable[511] = 0,
// so any weight could be zeroed. Cost: 1 product, range checks of rem (5)
// and e (6), the saturation product.
func (t *TF) expIndex(delta frontend.Variable, m uint32) frontend.Variable {
	api := t.api
	ue := t.hint(ExpIndexHint, 2, delta, m)
	u, e := ue[0], ue[1]
	rem := api.Sub(api.Add(api.Mul(delta, m), pow2(tfops.MultShift-1)), api.Mul(api.Add(u, e), pow2(tfops.MultShift)))
	t.bits(rem, tfops.MultShift) // mutant:tf-exp-rem
	// u needs no range check of its own: the caller looks it up in the
	// 512-entry exp table, whose argument proves u ∈ [0, 512).
	t.bits(e, tfops.MultShift+1)                                       // mutant:tf-exp-e-range
	api.AssertIsEqual(api.Mul(e, api.Sub(tfops.ExpTableSize-1, u)), 0) // mutant:tf-exp-saturate
	return u
}

// Softmax enforces tfops.Softmax(a, m) on scores a (exact integers spanning
// less than 2^32) and returns the probabilities p_j ∈ [0, 2^ProbBits].
// Cost per element: max (6), exp index (~17), lookup (≈2), and the
// division (1 product, two range checks of the remainder, one of p).
func (t *TF) Softmax(a []frontend.Variable, m uint32) ([]frontend.Variable, error) {
	if len(a) < 1 || len(a) > tfops.MaxDim || m == 0 {
		return nil, fmt.Errorf("tfgadgets: softmax over %d scores, multiplier %d", len(a), m)
	}
	_, d := t.max(a)
	u := make([]frontend.Variable, len(a))
	for j := range d {
		u[j] = t.expIndex(d[j], m)
	}
	return t.normalize(t.expTable().Lookup(u...))
}

// normalize enforces p_j = ⌊(w_j·2^ProbBits + ⌊Z/2⌋) / Z⌋ with Z = Σ w_j
// for table weights w_j ∈ [0, 2^16], Z ≥ 2^16 (the maximum's weight).
func (t *TF) normalize(e []frontend.Variable) ([]frontend.Variable, error) {
	api := t.api
	z := gadgets.Sum(api, e)
	// Z ∈ [2^16, n·2^16]: every e ≤ 2^16, and the maximum's is 2^16.
	zBits := tfops.ExpOutBits + bitLen(int64(len(e))) + 1
	hb := t.hint(QuoRemHint, 2, z, 2)
	api.AssertIsBoolean(hb[1])                              // mutant:tf-sm-half-bool
	api.AssertIsEqual(z, api.Add(api.Mul(hb[0], 2), hb[1])) // mutant:tf-sm-half-eq
	p := make([]frontend.Variable, len(e))
	for j := range e {
		num := api.Add(api.Mul(e[j], pow2(tfops.ProbBits)), hb[0])
		qr := t.hint(QuoRemHint, 2, num, z)
		api.AssertIsEqual(num, api.Add(api.Mul(qr[0], z), qr[1])) // mutant:tf-sm-div
		t.bits(qr[1], zBits)                                      // mutant:tf-sm-rem-low
		t.bits(api.Sub(api.Sub(z, 1), qr[1]), zBits)              // mutant:tf-sm-rem-high
		t.bits(qr[0], tfops.ProbBits+1)                           // mutant:tf-sm-p-range
		p[j] = qr[0]
	}
	return p, t.err
}

// Scores returns a_j = Σ_i q_i·k_{j,i} (HeadDim products per key).
func (t *TF) Scores(q []frontend.Variable, keys [][]frontend.Variable) ([]frontend.Variable, error) {
	out := make([]frontend.Variable, len(keys))
	for j, k := range keys {
		if len(k) != len(q) {
			return nil, fmt.Errorf("tfgadgets: key %d has %d values, query %d", j, len(k), len(q))
		}
		var s frontend.Variable = 0
		for i := range q {
			s = t.api.Add(s, t.api.Mul(q[i], k[i]))
		}
		out[j] = s
	}
	return out, nil
}

// AttendStep enforces tfops.Attention.Step: the query at position
// t = len(keys)−1 attends to keys and values 0..t (the causal mask is the
// shape: later positions are not passed). q, keys and values are int8 values
// the caller has range-checked; the outputs are int8 (range-checked here).
// Cost per visible key: HeadDim products for the score, the softmax
// element, HeadDim products for A·V; per output one requantization.
func (t *TF) AttendStep(q []frontend.Variable, keys, values [][]frontend.Variable, a tfops.Attention) ([]frontend.Variable, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(q) != a.HeadDim || len(keys) != len(values) || len(keys) == 0 {
		return nil, fmt.Errorf("tfgadgets: attention query of %d values, %d keys, %d values", len(q), len(keys), len(values))
	}
	sc, err := t.Scores(q, keys)
	if err != nil {
		return nil, err
	}
	p, err := t.Softmax(sc, a.Mult)
	if err != nil {
		return nil, err
	}
	return t.av(p, values, a, tfops.ActBits8)
}

// AttendStepBits is AttendStep at activation width w (tfops.Attention.StepWide):
// q, keys and values are w-bit values the caller has range-checked (the
// scores must span less than 2^32, as tfops requires), the outputs w-bit.
// Per visible key the same constraints as at 8 bits; per output one
// requantization at w bits.
func (t *TF) AttendStepBits(q []frontend.Variable, keys, values [][]frontend.Variable, a tfops.Attention, w uint) ([]frontend.Variable, error) {
	if err := tfops.CheckBits(w); err != nil {
		return nil, err
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(q) != a.HeadDim || len(keys) != len(values) || len(keys) == 0 {
		return nil, fmt.Errorf("tfgadgets: attention query of %d values, %d keys, %d values", len(q), len(keys), len(values))
	}
	sc, err := t.Scores(q, keys)
	if err != nil {
		return nil, err
	}
	p, err := t.Softmax(sc, a.Mult)
	if err != nil {
		return nil, err
	}
	return t.av(p, values, a, w)
}
