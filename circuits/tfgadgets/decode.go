package tfgadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/tfops"
)

// Argmax enforces tfops.Argmax on logits ℓ (exact integers whose maximum
// exceeds each by less than 2^SpanBits − 1) and returns the index and its
// one-hot vector. Cost per element: the boolean, one product, the range
// check of m − ℓ_j − lt_j (5), and one product for the index.
func (t *TF) Argmax(l []frontend.Variable) (frontend.Variable, []frontend.Variable, error) {
	return t.ArgmaxSpan(l, SpanBits)
}

// ArgmaxSpan is Argmax over logits whose maximum exceeds each by less
// than 2^span − 1 (SpanBits ≤ span ≤ 128): the difference range check
// widened for wider logits (the 12-bit LM head's, whose worst case is
// above 2^32). Cost per element as Argmax plus one byte-table query per 8
// bits above 32.
func (t *TF) ArgmaxSpan(l []frontend.Variable, span int) (frontend.Variable, []frontend.Variable, error) {
	if len(l) < 1 || len(l) > tfops.MaxDim {
		return nil, nil, fmt.Errorf("tfgadgets: argmax over %d values", len(l))
	}
	if span < SpanBits || span > 128 {
		return nil, nil, fmt.Errorf("tfgadgets: argmax span of %d bits", span)
	}
	api := t.api
	b := t.hint(FirstMaxHint, len(l), l...)
	lt := t.oneHot(b)
	var m frontend.Variable = 0
	for j := range l {
		m = api.Add(m, api.Mul(b[j], l[j]))
	}
	for j := range l {
		// m ≥ ℓ_j, strictly before the hot index.
		t.bits(api.Sub(api.Sub(m, l[j]), lt[j]), span) // mutant:tf-argmax-first
	}
	return index(api, b), b, t.err
}

// Uniform enforces tfops.Uniform: ρ = commit.Hash(Tag(TagSample), seed,
// step), split canonically as hi·2^32 + lo, and returns lo. Cost: one
// Poseidon2 permutation (3 absorbed elements) and range checks of 32 and
// 2×222 bits.
func (t *TF) Uniform(seed, step frontend.Variable) (frontend.Variable, error) {
	api := t.api
	rho, err := commit.HashVars(api, commit.Const(commit.Tag(tfops.TagSample))[0], seed, step)
	if err != nil {
		return nil, err
	}
	hl := t.hint(SplitHint, 2, rho)
	hi, lo := hl[0], hl[1]
	bound := tfops.UniformHiBound()
	hb := bound.BitLen()
	api.AssertIsEqual(rho, api.Add(api.Mul(hi, pow2(tfops.UniformBits)), lo)) // mutant:tf-uniform-split
	t.bits(lo, tfops.UniformBits)                                             // mutant:tf-uniform-lo
	t.bits(hi, hb)                                                            // mutant:tf-uniform-hi
	t.bits(api.Sub(new(big.Int).Sub(bound, big.NewInt(1)), hi), hb)           // mutant:tf-uniform-canonical
	return lo, t.err
}

// Sample enforces tfops.Sampler.Sample on logits ℓ (exact integers spanning
// less than 2^SpanBits) with uniform u (a 32-bit value, e.g. from Uniform)
// and returns the token index. u must be range-checked to 32 bits by the
// caller (Uniform does). Cost per element: max (6), exp index (~17),
// lookup (≈2), top-k (boolean, product, range check ≈ 8; none when k ≥ n),
// one product for the weight and three for the token's one-hot selection.
func (t *TF) Sample(l []frontend.Variable, s tfops.Sampler, u frontend.Variable) (frontend.Variable, error) {
	tok, _, err := t.SampleHot(l, s, u)
	return tok, err
}

// SampleHot is Sample that also returns the token's one-hot vector (as
// Argmax does), at no extra cost.
func (t *TF) SampleHot(l []frontend.Variable, s tfops.Sampler, u frontend.Variable) (frontend.Variable, []frontend.Variable, error) {
	n := len(l)
	if n < 1 || n > tfops.MaxDim || s.TopK < 1 || s.Mult == 0 {
		return nil, nil, fmt.Errorf("tfgadgets: sampling %d logits with top-k %d, multiplier %d", n, s.TopK, s.Mult)
	}
	api := t.api
	_, d := t.max(l)
	sel := t.topK(l, s.TopK)
	idx := make([]frontend.Variable, n)
	for j := range d {
		idx[j] = t.expIndex(d[j], s.Mult)
	}
	e := t.expTable().Lookup(idx...)
	w := make([]frontend.Variable, n)
	for j := range e {
		w[j] = e[j]
		if sel != nil {
			w[j] = api.Mul(sel[j], e[j])
		}
	}
	z := gadgets.Sum(api, w)
	zBits := tfops.ExpOutBits + bitLen(int64(n)) + 1
	// θ = ⌊u·Z / 2^32⌋: u·Z < 2^(32+zBits).
	tr := t.hint(QuoRemHint, 2, api.Mul(u, z), pow2(tfops.UniformBits))
	theta := tr[0]
	api.AssertIsEqual(api.Mul(u, z), api.Add(api.Mul(theta, pow2(tfops.UniformBits)), tr[1])) // mutant:tf-sample-theta
	t.bits(tr[1], tfops.UniformBits)                                                          // mutant:tf-sample-theta-rem
	// θ needs no range check of its own: θ − C_{t−1} ∈ [0, 2^zBits) below,
	// with C_{t−1} a sum of boolean-selected table values, makes it a small
	// integer, and then θ·2^32 + rem = u·Z pins it.
	// The token: C_{t−1} ≤ θ < C_t.
	b := t.hint(FirstAboveHint, n, append([]frontend.Variable{theta}, w...)...)
	lt := t.oneHot(b)
	var before, at frontend.Variable = 0, 0 // C_{t−1} and w_t
	for j := range w {
		before = api.Add(before, api.Mul(lt[j], w[j]))
		at = api.Add(at, api.Mul(b[j], w[j]))
	}
	t.bits(api.Sub(theta, before), zBits)                          // mutant:tf-sample-after
	t.bits(api.Sub(api.Sub(api.Add(before, at), theta), 1), zBits) // mutant:tf-sample-before
	return index(api, b), b, t.err
}

// topK enforces the top-k selection of tfops.TopK over distinct keys
// key_j = ℓ_j·2^B + (2^B − 1 − j), and returns the mask (nil when k ≥ n:
// every token is kept).
func (t *TF) topK(l []frontend.Variable, k int) []frontend.Variable {
	n := len(l)
	if k >= n {
		return nil
	}
	api := t.api
	bb := bitLen(int64(n))
	keys := make([]frontend.Variable, n)
	for j := range l {
		keys[j] = api.Add(api.Mul(l[j], pow2(bb)), pow2(bb).Int64()-1-int64(j))
	}
	out := t.hint(TopKHint, n+1, append([]frontend.Variable{k}, keys...)...)
	sel, theta := out[:n], out[n]
	kb := SpanBits + bb + 1
	var cnt frontend.Variable = 0
	for j := range keys {
		api.AssertIsBoolean(sel[j]) // mutant:tf-topk-bool
		cnt = api.Add(cnt, sel[j])
		// s = 1: key − θ ≥ 0; s = 0: θ − key − 1 ≥ 0.
		diff := api.Sub(api.Mul(api.Sub(api.Mul(sel[j], 2), 1), api.Sub(keys[j], theta)), api.Sub(1, sel[j]))
		t.bits(diff, kb) // mutant:tf-topk-split
	}
	api.AssertIsEqual(cnt, k) // mutant:tf-topk-count
	return sel
}
