package tfgadgets

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// Position returns, for a position pos (a variable, e.g. a public input) and
// n cache slots, the causal mask mask_j = [j ≤ pos] and the one-hot vector
// of pos; pos outside [0, n) is refused. With it one circuit (one proving
// key) serves every position of a context of n slots. Cost: n booleans,
// the sum and the index.
func (t *TF) Position(pos frontend.Variable, n int) (mask, hot []frontend.Variable, err error) {
	if n < 1 || n > tfops.MaxDim {
		return nil, nil, fmt.Errorf("tfgadgets: %d cache slots", n)
	}
	api := t.api
	hot = t.hint(PositionHint, n, pos, n)
	lt := t.oneHot(hot)
	api.AssertIsEqual(index(api, hot), pos) // mutant:tf-position-index
	// mask_j = Σ_{i ≥ j} hot_i = 1 − Σ_{i < j} hot_i = lt_{j−1}, and mask_0 = 1.
	mask = make([]frontend.Variable, n)
	mask[0] = 1
	for j := 1; j < n; j++ {
		mask[j] = lt[j-1]
	}
	return mask, hot, t.err
}

// maskedMax enforces m = max over the visible a_j (mask_j = 1, boolean
// masks, at least one visible) and returns m and d_j = mask_j·(m − a_j):
// d_j ∈ [0, 2^32) and Π (d_j + 1 − mask_j) = 0.
func (t *TF) maskedMax(a, mask []frontend.Variable) (frontend.Variable, []frontend.Variable) {
	api := t.api
	m := t.hint(MaskedMaxHint, 1, append(append([]frontend.Variable(nil), mask...), a...)...)[0]
	d := make([]frontend.Variable, len(a))
	var prod frontend.Variable = 1
	for j, aj := range a {
		d[j] = api.Mul(mask[j], api.Sub(m, aj))
		t.bits(d[j], SpanBits) // mutant:tf-mmax-below
		prod = api.Mul(prod, api.Sub(api.Add(d[j], 1), mask[j]))
	}
	api.AssertIsEqual(prod, 0) // mutant:tf-mmax-attained
	return m, d
}

// SoftmaxMasked is Softmax over the visible scores (boolean mask_j = 1,
// e.g. from Position); masked scores take no part and get probability 0.
// The visible probabilities equal tfops.Softmax over the visible scores.
func (t *TF) SoftmaxMasked(a, mask []frontend.Variable, m uint32) ([]frontend.Variable, error) {
	if len(a) < 1 || len(a) > tfops.MaxDim || len(mask) != len(a) || m == 0 {
		return nil, fmt.Errorf("tfgadgets: masked softmax over %d scores, %d masks, multiplier %d", len(a), len(mask), m)
	}
	api := t.api
	_, d := t.maskedMax(a, mask)
	u := make([]frontend.Variable, len(a))
	for j := range d {
		u[j] = t.expIndex(d[j], m)
	}
	e := t.expTable().Lookup(u...)
	w := make([]frontend.Variable, len(e))
	for j := range e {
		w[j] = api.Mul(mask[j], e[j]) // masked: weight 0
	}
	return t.normalize(w)
}

// AttendMasked is AttendStep over n cache slots of which the first pos+1
// are visible (mask from Position): the query at position pos attends to
// slots 0..pos; the outputs equal tfops.Attention.StepAt(q, keys, values,
// pos). keys and values must hold int8 values in every slot (masked slots
// included; their content does not matter).
func (t *TF) AttendMasked(q []frontend.Variable, keys, values [][]frontend.Variable, mask []frontend.Variable, a tfops.Attention) ([]frontend.Variable, error) {
	return t.AttendMaskedBits(q, keys, values, mask, a, tfops.ActBits8)
}

// AttendMaskedBits is AttendMasked at activation width w: q, keys and
// values w-bit (range-checked by the caller, masked slots included), the
// outputs w-bit; the outputs equal tfops.Attention.StepWide over slots
// 0..pos.
func (t *TF) AttendMaskedBits(q []frontend.Variable, keys, values [][]frontend.Variable, mask []frontend.Variable, a tfops.Attention, w uint) ([]frontend.Variable, error) {
	if err := tfops.CheckBits(w); err != nil {
		return nil, err
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(q) != a.HeadDim || len(keys) != len(values) || len(keys) == 0 || len(mask) != len(keys) {
		return nil, fmt.Errorf("tfgadgets: masked attention query of %d values, %d keys, %d values, %d masks", len(q), len(keys), len(values), len(mask))
	}
	sc, err := t.Scores(q, keys)
	if err != nil {
		return nil, err
	}
	p, err := t.SoftmaxMasked(sc, mask, a.Mult)
	if err != nil {
		return nil, err
	}
	return t.av(p, values, a, w)
}

// av is A·V with the requantization of tfops.Attention.Step at width w.
func (t *TF) av(p []frontend.Variable, values [][]frontend.Variable, a tfops.Attention, w uint) ([]frontend.Variable, error) {
	api := t.api
	s := a.Shift()
	// Σ p_j ≤ 2^ProbBits + n, so |acc| ≤ 2^(w−1)·(2^12 + n) (128·… at 8 bits).
	half := int64(1) << (w - 1)
	maxQ := (half*(1<<tfops.ProbBits+int64(len(values))))>>s + 1
	rq := gadgets.Requant{FracBits: s, Act: quant.ActNone, SlackBits: bitLen(maxQ + half)}
	if w != tfops.ActBits8 {
		rq.Bits = w
	}
	out := make([]frontend.Variable, a.HeadDim)
	for i := range out {
		var acc frontend.Variable = 0
		for j, v := range values {
			if len(v) != a.HeadDim {
				return nil, fmt.Errorf("tfgadgets: value %d has %d entries, want %d", j, len(v), a.HeadDim)
			}
			acc = api.Add(acc, api.Mul(p[j], v[i]))
		}
		y, _, err := t.g.Requantize(acc, rq)
		if err != nil {
			return nil, err
		}
		out[i] = y
	}
	return out, t.err
}
