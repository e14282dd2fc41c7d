package tfops

import (
	"fmt"
	"math"
)

// SoftmaxTrace holds every integer of one softmax over n scores.
type SoftmaxTrace struct {
	Scores []int64
	Max    int64   // m = max_j a_j
	U      []int64 // u_j = min(round((m − a_j)·M / 2^32), ExpTableSize−1)
	E      []int64 // ExpTable[u_j]
	Z      int64   // Σ E_j ≥ 2^ExpOutBits
	P      []int64 // ⌊(E_j·2^ProbBits + ⌊Z/2⌋) / Z⌋ ∈ [0, 2^ProbBits]
}

// Softmax computes the integer softmax of scores with multiplier m (real
// weight exp(−δ·m·2^−(MultShift+ExpFracBits)) for a score δ below the
// maximum). The scores must span less than 2^32.
func Softmax(scores []int64, m uint32) (*SoftmaxTrace, error) {
	if err := checkLen("softmax", len(scores)); err != nil {
		return nil, err
	}
	tr := &SoftmaxTrace{Scores: append([]int64(nil), scores...), Max: scores[0],
		U: make([]int64, len(scores)), E: make([]int64, len(scores)), P: make([]int64, len(scores))}
	lo := scores[0]
	for _, a := range scores {
		tr.Max = max(tr.Max, a)
		lo = min(lo, a)
	}
	if tr.Max-lo >= 1<<SpanBits || tr.Max-lo < 0 {
		return nil, fmt.Errorf("%w: softmax scores span %d, want < 2^32", ErrBadInput, tr.Max-lo)
	}
	for j, a := range scores {
		tr.U[j] = ExpIndex(tr.Max-a, m)
		tr.E[j] = expTable[tr.U[j]]
		tr.Z += tr.E[j]
	}
	for j, e := range tr.E {
		tr.P[j] = Normalize(e, tr.Z)
	}
	return tr, nil
}

// Normalize returns ⌊(e·2^ProbBits + ⌊z/2⌋) / z⌋ for 0 ≤ e ≤ z, z ≥ 1.
func Normalize(e, z int64) int64 {
	return (e<<ProbBits + z/2) / z
}

// Attention is one attention head's quantization: q, k, v int8 at their
// exponents, the softmax multiplier and the output exponent.
type Attention struct {
	HeadDim                  int
	QExp, KExp, VExp, OutExp int
	Mult                     uint32 // round(2^−(QExp+KExp)/√HeadDim · 2^(ExpFracBits+MultShift))
}

// NewAttention derives a head's parameters from its exponents.
func NewAttention(headDim, qExp, kExp, vExp, outExp int) (Attention, error) {
	a := Attention{HeadDim: headDim, QExp: qExp, KExp: kExp, VExp: vExp, OutExp: outExp}
	if err := checkLen("attention head", headDim); err != nil {
		return a, err
	}
	m, err := Multiplier(math.Ldexp(1/math.Sqrt(float64(headDim)), ExpFracBits-qExp-kExp))
	if err != nil {
		return a, err
	}
	a.Mult = m
	return a, a.Validate()
}

// Validate checks the head's shift s = ProbBits + VExp − OutExp ∈ [1, 62].
func (a Attention) Validate() error {
	if err := checkLen("attention head", a.HeadDim); err != nil {
		return err
	}
	if s := ProbBits + a.VExp - a.OutExp; s < 1 || s > 62 {
		return fmt.Errorf("%w: attention output shift %d outside [1, 62]", ErrBadInput, s)
	}
	if a.Mult == 0 {
		return fmt.Errorf("%w: attention multiplier 0", ErrBadInput)
	}
	return nil
}

// Shift returns the A·V requantization shift ProbBits + VExp − OutExp.
func (a Attention) Shift() uint { return uint(ProbBits + a.VExp - a.OutExp) }

// Visible reports whether the query at position t sees the key at
// position j: the causal mask j ≤ t.
func Visible(t, j int) bool { return j <= t }

// Scores returns a_j = Σ_t q_t·k_{j,t} for every key (exact; |a_j| ≤
// 2^(2W−2)·HeadDim at width W).
func Scores[T Act](q []T, keys [][]T) ([]int64, error) {
	out := make([]int64, len(keys))
	for j, k := range keys {
		if len(k) != len(q) {
			return nil, fmt.Errorf("%w: key %d has %d values, query %d", ErrBadInput, j, len(k), len(q))
		}
		out[j] = dot(q, k)
	}
	return out, nil
}

// AttnTrace holds every integer of one int8 query's attention.
type AttnTrace = AttnTraceOf[int8]

// AttnTraceOf holds every integer of one query's attention.
type AttnTraceOf[T Act] struct {
	Scores  []int64 // a_j for the visible keys 0..t
	Softmax *SoftmaxTrace
	Acc     []int64 // Σ_j p_j·v_{j,i} (HeadDim)
	Q       []int64 // round(Acc_i / 2^s) before saturation
	Out     []T     // sat(Q) at the width
}

// Step attends the query at position t = len(keys)−1 to keys and values
// 0..t (the keys the causal mask leaves visible: pass the KV cache up to and
// including the query's own position), at 8 bits.
func (a Attention) Step(q []int8, keys, values [][]int8) (*AttnTrace, error) {
	return attnStep(a, q, keys, values, ActBits8)
}

// StepWide is Step at activation width w.
func (a Attention) StepWide(q []int32, keys, values [][]int32, w uint) (*AttnTraceOf[int32], error) {
	if err := CheckBits(w); err != nil {
		return nil, err
	}
	return attnStep(a, q, keys, values, w)
}

// attnStep: |Σ p_j·v_j| ≤ 2^ProbBits·2^(W−1) fits an int64.
func attnStep[T Act](a Attention, q []T, keys, values [][]T, w uint) (*AttnTraceOf[T], error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(q) != a.HeadDim || len(keys) != len(values) {
		return nil, fmt.Errorf("%w: attention query of %d values, %d keys, %d values", ErrBadInput, len(q), len(keys), len(values))
	}
	sc, err := Scores(q, keys)
	if err != nil {
		return nil, err
	}
	sm, err := Softmax(sc, a.Mult)
	if err != nil {
		return nil, err
	}
	tr := &AttnTraceOf[T]{Scores: sc, Softmax: sm, Acc: make([]int64, a.HeadDim), Q: make([]int64, a.HeadDim), Out: make([]T, a.HeadDim)}
	for j, v := range values {
		if len(v) != a.HeadDim {
			return nil, fmt.Errorf("%w: value %d has %d entries, want %d", ErrBadInput, j, len(v), a.HeadDim)
		}
		for i, x := range v {
			tr.Acc[i] += sm.P[j] * int64(x)
		}
	}
	s := a.Shift()
	for i, acc := range tr.Acc {
		tr.Q[i] = RoundShift(acc, s)
		tr.Out[i] = T(SatBits(tr.Q[i], w))
	}
	return tr, nil
}

// Causal runs the head over T positions: position t attends to keys and
// values 0..t (Visible). q, k, v are [T][HeadDim].
func (a Attention) Causal(q, k, v [][]int8) ([]*AttnTrace, error) {
	if len(q) != len(k) || len(q) != len(v) {
		return nil, fmt.Errorf("%w: causal attention over %d queries, %d keys, %d values", ErrBadInput, len(q), len(k), len(v))
	}
	out := make([]*AttnTrace, len(q))
	for t := range q {
		var keys, vals [][]int8
		for j := range k {
			if Visible(t, j) {
				keys, vals = append(keys, k[j]), append(vals, v[j])
			}
		}
		tr, err := a.Step(q[t], keys, vals)
		if err != nil {
			return nil, fmt.Errorf("position %d: %w", t, err)
		}
		out[t] = tr
	}
	return out, nil
}

func dot[T Act](a, b []T) int64 {
	var s int64
	for i, x := range a {
		s += int64(x) * int64(b[i])
	}
	return s
}

// StepAt attends the query at position t to the first t+1 of keys and
// values (the cache slots a fixed-size circuit holds; later slots are
// masked): Step(q, keys[:t+1], values[:t+1]).
func (a Attention) StepAt(q []int8, keys, values [][]int8, t int) (*AttnTrace, error) {
	if t < 0 || t >= len(keys) || len(keys) != len(values) {
		return nil, fmt.Errorf("%w: position %d of %d slots", ErrBadInput, t, len(keys))
	}
	return a.Step(q, keys[:t+1], values[:t+1])
}
