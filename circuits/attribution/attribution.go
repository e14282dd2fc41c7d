// Package attribution proves openproof's attribution statement
// (attribution/influence) in a gnark circuit: from an inference's trace
// values and adapter, the test gradient sketch T; from the contributors'
// committed sketches S_c, the scores ⟨S_c, T⟩, their positive parts and the
// weights in parts per million; the Datanet root over the contributors'
// data and sketch commitments (attribution/datanet); and the attribution
// digest over (c, w_c).
//
// Gadget is meant to run inside the inference circuit on the variables it
// already constrains (layer inputs, A·x per adapted layer, the logits and
// the committed adapter), so that T is bound to the proven trace. Circuit
// wraps it standalone, with those values as private witnesses, for tests.
//
// Every division is a quotient/remainder pair with range checks, every sign
// and every comparison a range check (circuits/gadgets' byte table); the
// exponential table is a logderivlookup table. Both draw their challenge from
// std/multicommit, so a circuit has exactly one Groth16 commitment.
//
// Integer soundness: every relation below holds over the integers because
// both sides stay far below the BN254 modulus (≈ 2^253): sketch values are
// below 2^47 in magnitude, scores below 2^(94+log2 dim) ≤ 2^104, ppm
// products below 2^128.
package attribution

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// Bit widths of the range checks (see the package doc).
const (
	sketchBits = influence.MaxAbsBits + 1 // v + 2^47 ∈ [0, 2^48)
	deltaBits  = 41                       // δ + 2^40 ∈ [0, 2^41) (influence's maxDelta)
	ppmBits    = 20                       // 10^6 < 2^20
)

// TraceVars are the inference values the test gradient reads. In the
// inference circuit they are already constrained; Gadget range-checks only
// what it relies on beyond that (see Circuit for the standalone case).
type TraceVars struct {
	X      [][]frontend.Variable // per model layer: its int8 input
	H      [][]frontend.Variable // per model layer: A·x (nil when not adapted)
	Logits []frontend.Variable   // the last layer's int8 outputs
	A, B   [][]frontend.Variable // per model layer: adapter matrices (nil when not adapted)
	M      []frontend.Variable   // per model layer: adapter multiplier
}

// ContributorVars is one contributor's committed data.
type ContributorVars struct {
	Data   frontend.Variable   // datanet.ContributorCommitment
	Sketch []frontend.Variable // influence sketch values
}

// Output is what Gadget proves.
type Output struct {
	Root    frontend.Variable   // the Datanet root with sketch commitments
	Digest  frontend.Variable   // influence.Digest(weights)
	Weights []frontend.Variable // ppm
	T       []frontend.Variable // the test sketch
}

type builder struct {
	api frontend.API
	g   *gadgets.Gadgets
	pl  *influence.Plan
	err error
}

func (b *builder) bits(v frontend.Variable, n int) {
	if b.err == nil {
		b.err = b.g.AssertBits(v, n)
	}
}

// signedBits asserts −2^(n−1) ≤ v < 2^(n−1).
func (b *builder) signedBits(v frontend.Variable, n int) {
	b.bits(b.api.Add(v, pow2(n-1)), n)
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

func (b *builder) hint(f func(*big.Int, []*big.Int, []*big.Int) error, nOut int, in ...frontend.Variable) []frontend.Variable {
	if b.err != nil {
		return make([]frontend.Variable, nOut)
	}
	out, err := b.api.Compiler().NewHint(f, nOut, in...)
	if err != nil {
		b.err = fmt.Errorf("attribution: hint: %w", err)
		return make([]frontend.Variable, nOut)
	}
	return out
}

// roundShift returns ⌊(z + 2^(k−1)) / 2^k⌋, asserted to lie in
// [−2^(qBits−1), 2^(qBits−1)).
func (b *builder) roundShift(z frontend.Variable, k uint, qBits int) frontend.Variable {
	api := b.api
	num := api.Add(z, pow2(int(k)-1))
	qr := b.hint(DivHint, 2, num, pow2(int(k)))
	api.AssertIsEqual(num, api.Add(api.Mul(qr[0], pow2(int(k))), qr[1])) // mutant:attr-round-div
	b.bits(qr[1], int(k))                                                // mutant:attr-round-rem
	b.signedBits(qr[0], qBits)
	return qr[0]
}

// oneHot asserts that sel is a one-hot vector and returns lt with
// lt[i] = [i < selected index] = Σ_{j>i} sel[j].
func (b *builder) oneHot(sel []frontend.Variable) []frontend.Variable {
	api := b.api
	var sum frontend.Variable = 0
	for _, s := range sel {
		api.AssertIsBoolean(s) // mutant:attr-onehot-bool
		sum = api.Add(sum, s)
	}
	api.AssertIsEqual(sum, 1) // mutant:attr-onehot-sum
	lt := make([]frontend.Variable, len(sel))
	var acc frontend.Variable = 0
	for i := len(sel) - 1; i >= 0; i-- {
		lt[i] = acc
		acc = api.Add(acc, sel[i])
	}
	return lt
}

func dotConst(api frontend.API, p []int8, v []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for i, x := range v {
		acc = api.Add(acc, api.Mul(x, int64(p[i])))
	}
	return acc
}

// testSketch computes T from the trace (influence.Plan.TestGradient); with
// the class term (Params.ClassTerm) it returns T' = (T, 2^s·sel), sel the
// proven one-hot of the prediction: linear in sel, no constraint of its own.
// With the smoothed class term (Params.ClassSoft) the class entries are
// 2^(s−F)·p, p the proven softmax of the logits at τ = 2^τ_s (at τ_s = 0
// the output gradient's own quotients, otherwise softProbs), and with
// Params.ClassOnly T is empty (no backward pass): T' = 2^(s−F)·p.
func (b *builder) testSketch(tv TraceVars) []frontend.Variable {
	api, pl := b.api, b.pl
	m := pl.Model
	L := len(m.Layers)
	y := tv.Logits
	F := int(pl.P.DeltaBits)

	// Prediction: the first maximum of the logits.
	sel := b.hint(ArgmaxHint, len(y), y...)
	lt := b.oneHot(sel)
	var ymax frontend.Variable = 0
	for i := range y {
		ymax = api.Add(ymax, api.Mul(sel[i], y[i]))
	}
	tab := logderivlookup.New(api)
	for _, v := range pl.ExpTable {
		tab.Insert(v)
	}
	d := make([]frontend.Variable, len(y))
	for i := range y {
		d[i] = api.Sub(ymax, y[i])
		b.bits(d[i], 8)                 // y_max ≥ y_i (mutant:attr-argmax-max)
		b.bits(api.Sub(d[i], lt[i]), 8) // strictly before the selected index (mutant:attr-argmax-tie)
	}
	e := tab.Lookup(d...)
	var sumE frontend.Variable = 0
	for _, v := range e {
		sumE = api.Add(sumE, v)
	}
	sumBits := F + bitLen(len(y)) + 1
	half := b.hint(DivHint, 2, sumE, 2)
	api.AssertIsBoolean(half[1])                                   // mutant:attr-half-bool
	api.AssertIsEqual(sumE, api.Add(api.Mul(half[0], 2), half[1])) // mutant:attr-half-eq
	b.bits(half[0], sumBits)
	delta := make([]frontend.Variable, len(y))
	probs := make([]frontend.Variable, len(y)) // p at τ = 1, units of 2^−F
	for i := range y {
		num := api.Add(api.Mul(e[i], pow2(F)), half[0])
		qr := b.hint(DivHint, 2, num, sumE)
		api.AssertIsEqual(num, api.Add(api.Mul(qr[0], sumE), qr[1])) // mutant:attr-softmax-div
		b.bits(qr[1], sumBits)
		b.bits(api.Sub(api.Sub(sumE, 1), qr[1]), sumBits) // mutant:attr-softmax-rem
		b.bits(qr[0], F+1)
		probs[i] = qr[0]
		delta[i] = api.Sub(qr[0], api.Mul(sel[i], pow2(F)))
	}

	nT := pl.Dim()
	K := pl.P.K
	first := pl.Blocks[0].Layer
	if pl.P.ClassOnly {
		nT, first = 0, L // the sketch term has weight 0: no backward pass
	}
	T := make([]frontend.Variable, nT, pl.CommittedDim())
	for l := L - 1; l >= first; l-- {
		ly := &m.Layers[l]
		var u []frontend.Variable
		if blk := blockOf(pl, l); blk != nil {
			bm, h, x, mm := tv.B[l], tv.H[l], tv.X[l], tv.M[l]
			u = make([]frontend.Variable, blk.R)
			for t := range u {
				var s frontend.Variable = 0
				for i, di := range delta {
					s = api.Add(s, api.Mul(bm[i*blk.R+t], di))
				}
				u[t] = s
			}
			pd := make([]frontend.Variable, K)
			px := make([]frontend.Variable, K)
			for k := range K {
				pd[k] = dotConst(api, blk.POut[k*blk.Out:(k+1)*blk.Out], delta)
				px[k] = dotConst(api, blk.PIn[k*blk.In:(k+1)*blk.In], x)
			}
			for k := range K {
				for t := range blk.R {
					z := api.Mul(api.Mul(pd[k], h[t]), mm)
					T[blk.Offset+k*blk.R+t] = b.roundShift(z, blk.ShiftB, sketchBits)
				}
			}
			off := blk.Offset + K*blk.R
			for t := range blk.R {
				for k := range K {
					z := api.Mul(api.Mul(u[t], px[k]), mm)
					T[off+t*K+k] = b.roundShift(z, blk.ShiftA, sketchBits)
				}
			}
		}
		if l == first {
			break
		}
		prevRelu := m.Layers[l-1].Act == quant.ActReLU
		xin := tv.X[l] // the previous layer's output
		next := make([]frontend.Variable, ly.In)
		for j := range next {
			var s frontend.Variable = 0
			for i, di := range delta {
				s = api.Add(s, api.Mul(di, int64(ly.W[i*ly.In+j])))
			}
			z := api.Mul(s, pow2(32))
			if u != nil {
				var v frontend.Variable = 0
				for t, ut := range u {
					v = api.Add(v, api.Mul(tv.A[l][t*ly.In+j], ut))
				}
				z = api.Add(z, api.Mul(tv.M[l], v))
			}
			if prevRelu {
				// mask = [x_j > 0] for x_j ∈ [0, 127]: mask·(x_j − 1) ≥ 0 and (1 − mask)·x_j = 0.
				mask := b.hint(PositiveHint, 1, xin[j])[0]
				api.AssertIsBoolean(mask)                               // mutant:attr-relu-bool
				api.AssertIsEqual(api.Mul(api.Sub(1, mask), xin[j]), 0) // mutant:attr-relu-mask-zero
				b.bits(api.Mul(mask, api.Sub(xin[j], 1)), 8)            // mutant:attr-relu-mask-pos
				z = api.Mul(mask, z)
			}
			next[j] = b.roundShift(z, uint(ly.WExp+32), deltaBits)
		}
		delta = next
	}
	if pl.P.ClassSoft {
		if pl.P.ClassTauShift > 0 {
			probs = b.softProbs(d)
		}
		for k := range probs {
			T = append(T, api.Mul(probs[k], pow2(int(pl.P.ClassShift-pl.P.DeltaBits)))) // mutant:attr-soft-class
		}
	} else if pl.P.ClassTerm {
		for k := range sel {
			T = append(T, api.Mul(sel[k], pow2(int(pl.P.ClassShift)))) // mutant:attr-class-onehot
		}
	}
	return T
}

// softProbs proves p = influence.Plan.ClassProbs at τ_s > 0 (the smoothed
// class term, Params.ClassSoft) from d_i = y_max − y_i, already asserted
// to lie in [0, 255]: E_i from a second table (SoftTable, the exponential
// at e_y + τ_s), then the same rounded division as the output gradient's,
// p_i = ⌊(2^F·E_i + ⌊ΣE/2⌋)/ΣE⌋.
func (b *builder) softProbs(d []frontend.Variable) []frontend.Variable {
	api := b.api
	F := int(b.pl.P.DeltaBits)
	tab := logderivlookup.New(api)
	for _, v := range b.pl.SoftTable {
		tab.Insert(v)
	}
	e := tab.Lookup(d...)
	var sumE frontend.Variable = 0
	for _, v := range e {
		sumE = api.Add(sumE, v)
	}
	sumBits := F + bitLen(len(d)) + 1
	half := b.hint(DivHint, 2, sumE, 2)
	api.AssertIsBoolean(half[1])                                   // mutant:attr-soft-half-bool
	api.AssertIsEqual(sumE, api.Add(api.Mul(half[0], 2), half[1])) // mutant:attr-soft-half-eq
	b.bits(half[0], sumBits)
	p := make([]frontend.Variable, len(d))
	for i := range d {
		num := api.Add(api.Mul(e[i], pow2(F)), half[0])
		qr := b.hint(DivHint, 2, num, sumE)
		api.AssertIsEqual(num, api.Add(api.Mul(qr[0], sumE), qr[1])) // mutant:attr-soft-div
		b.bits(qr[1], sumBits)
		b.bits(api.Sub(api.Sub(sumE, 1), qr[1]), sumBits) // mutant:attr-soft-rem
		b.bits(qr[0], F+1)
		p[i] = qr[0]
	}
	return p
}

func blockOf(pl *influence.Plan, layer int) *influence.Block {
	for i := range pl.Blocks {
		if pl.Blocks[i].Layer == layer {
			return &pl.Blocks[i]
		}
	}
	return nil
}

func bitLen(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}

// Gadget proves the attribution of the inference in tv to the contributors
// cs under plan pl, for a Datanet of the given input dimension and classes.
func Gadget(api frontend.API, g *gadgets.Gadgets, pl *influence.Plan, classes int, tv TraceVars, cs []ContributorVars) (*Output, error) {
	if err := checkShape(pl, classes, tv, cs); err != nil {
		return nil, err
	}
	b := &builder{api: api, g: g, pl: pl}
	T := b.testSketch(tv)
	hdr := commit.Const(commit.Tag(pl.SketchTag()))
	for _, e := range []uint64{pl.P.Seed, uint64(pl.P.K), uint64(pl.P.DeltaBits), uint64(pl.P.SketchBits), uint64(pl.P.NormBits), uint64(pl.CommittedDim())} {
		hdr = append(hdr, commit.Const(commit.Uint(e))...)
	}
	nClass := 0
	if pl.P.ClassTerm {
		nClass = classes
	}
	return b.settle(T, hdr, nClass, pl.Model.Layers[0].In, classes, pl.P.WeightRule, cs)
}

// settle is the part of the statement every attribution shares, given the
// test sketch T (already constrained by the caller): each contributor's
// sketch commitment Hash(hdr…, Pack48(v + 2^47)…) (hdr is the tag and
// header of the sketch kind), leaf and the Datanet root over
// (inputDim, classes); the scores ⟨S_c, T⟩, their positive parts, the ppm
// weights by rule (influence.RuleTopRemainder or RuleLargestRemainder), and
// the attribution digest. The last nClass values of each sketch are class
// values (influence.ClassBits wide, packed after the others), the rest
// sketch values.
func (b *builder) settle(T []frontend.Variable, hdr []frontend.Variable, nClass, inputDim, classes int, rule uint8, cs []ContributorVars) (*Output, error) {
	api := b.api
	n := len(cs)
	dim := len(T)

	// Sketch commitments, leaves, root.
	leaves := make([]frontend.Variable, n)
	scores := make([]frontend.Variable, n)
	for c, con := range cs {
		if len(con.Sketch) != dim {
			return nil, fmt.Errorf("attribution: contributor %d sketch has %d values, want %d", c, len(con.Sketch), dim)
		}
		base := dim - nClass
		shifted := make([]frontend.Variable, base)
		cls := make([]frontend.Variable, nClass)
		var score frontend.Variable = 0
		for j, v := range con.Sketch {
			if j < base {
				shifted[j] = api.Add(v, pow2(influence.MaxAbsBits))
				b.bits(shifted[j], sketchBits) // mutant:attr-sketch-range
			} else {
				cls[j-base] = api.Add(v, pow2(influence.ClassBits-1))
				b.bits(cls[j-base], influence.ClassBits) // mutant:attr-class-range
			}
			score = api.Add(score, api.Mul(v, T[j]))
		}
		scores[c] = score
		pre := append(append([]frontend.Variable(nil), hdr...), commit.PackVars(api, shifted, sketchBits)...)
		pre = append(pre, commit.PackVars(api, cls, influence.ClassBits)...)
		k, err := commit.HashVars(api, pre...)
		if err != nil {
			return nil, err
		}
		leaves[c], err = commit.HashVars(api, commit.Const(commit.Tag(datanet.TagLeaf))[0], c, con.Data, k)
		if err != nil {
			return nil, err
		}
	}
	level := make([]frontend.Variable, 1<<datanet.Depth(n))
	copy(level, leaves)
	for i := n; i < len(level); i++ {
		level[i] = 0
	}
	for len(level) > 1 {
		next := make([]frontend.Variable, len(level)/2)
		for i := range next {
			h, err := commit.HashVars(api, level[2*i], level[2*i+1])
			if err != nil {
				return nil, err
			}
			next[i] = h
		}
		level = next
	}
	root, err := commit.HashVars(api, commit.Const(commit.Tag(datanet.TagRoot))[0], n, inputDim, classes, level[0])
	if err != nil {
		return nil, err
	}

	// Positive parts, normalization, remainder to the top score.
	scoreBits := 2*influence.MaxAbsBits + bitLen(dim) + 2
	zBits := scoreBits + bitLen(n)
	pos := make([]frontend.Variable, n)
	var z frontend.Variable = 0
	for c, s := range scores {
		pn := b.hint(SignHint, 2, s)
		api.AssertIsEqual(s, api.Sub(pn[0], pn[1])) // mutant:attr-sign-sum
		api.AssertIsEqual(api.Mul(pn[0], pn[1]), 0) // mutant:attr-sign-product
		b.bits(pn[0], scoreBits)
		b.bits(pn[1], scoreBits) // mutant:attr-sign-neg-range
		pos[c] = pn[0]
		z = api.Add(z, pn[0])
	}
	var weights []frontend.Variable
	if rule == influence.RuleLargestRemainder {
		weights = b.largestRemainder(pos, z, zBits)
	} else {
		weights = b.topRemainder(pos, z, zBits)
	}
	entries := make([]frontend.Variable, n)
	for c := range weights {
		// Each weight is ≤ 10^6 < 2^20 (non-negative floors summing to 10^6, or
		// all zero), so the 48-bit entries pack injectively.
		entries[c] = api.Add(weights[c], new(big.Int).Lsh(big.NewInt(int64(c)), 20))
	}
	dig := []frontend.Variable{commit.Const(commit.Tag(influence.TagAttribution))[0], n}
	digest, err := commit.HashVars(api, append(dig, commit.PackVars(api, entries, influence.DigestSlotBits)...)...)
	if err != nil {
		return nil, err
	}
	if b.err != nil {
		return nil, b.err
	}
	return &Output{Root: root, Digest: digest, Weights: weights, T: T}, nil
}

// topRemainder is RuleTopRemainder: floors of 10^6·p_c/z, the remainder to
// the first top p, all zero when z = 0.
func (b *builder) topRemainder(pos []frontend.Variable, z frontend.Variable, zBits int) []frontend.Variable {
	api, n := b.api, len(pos)
	isZero := api.IsZero(z)
	top := b.hint(ArgmaxHint, n, pos...)
	lt := b.oneHot(top)
	var posTop frontend.Variable = 0
	for c := range pos {
		posTop = api.Add(posTop, api.Mul(top[c], pos[c]))
	}
	floors := make([]frontend.Variable, n)
	var sumF frontend.Variable = 0
	for c, p := range pos {
		b.bits(api.Sub(api.Sub(posTop, p), lt[c]), zBits) // mutant:attr-top-max
		num := api.Mul(p, influence.PPM)
		qr := b.hint(DivHint, 2, num, z)
		api.AssertIsEqual(num, api.Add(api.Mul(qr[0], z), qr[1])) // mutant:attr-ppm-div
		b.bits(qr[1], zBits)
		b.bits(api.Add(api.Sub(api.Sub(z, 1), qr[1]), isZero), zBits) // mutant:attr-ppm-rem
		b.bits(qr[0], ppmBits)
		floors[c] = qr[0]
		sumF = api.Add(sumF, qr[0])
	}
	left := api.Sub(influence.PPM, sumF)
	weights := make([]frontend.Variable, len(pos))
	for c := range floors {
		weights[c] = api.Mul(api.Sub(1, isZero), api.Add(floors[c], api.Mul(top[c], left)))
	}
	return weights
}

// largestRemainder is RuleLargestRemainder: p'_c = p_c, or 1 for every c
// when z = 0; floors of 10^6·p'_c/z' plus one ppm for each of the
// 10^6 − Σ floors largest remainders, the lowest index first among equal
// ones. Keys k_c = r_c·2^16 + (2^16 − 1 − c) are distinct (n ≤ 2^16) and
// order by remainder, then index. A hint gives the selection e and the
// one-hot b of the largest unselected key τ (one exists: fewer than n are
// selected); then Σ e = left, e_c = 1 ⇒ k_c ≥ τ, e_c = 0 ⇒ k_c ≤ τ and
// b_c·e_c = 0 leave exactly one (e, b): the left largest keys.
func (b *builder) largestRemainder(pos []frontend.Variable, z frontend.Variable, zBits int) []frontend.Variable {
	api, n := b.api, len(pos)
	isZero := api.IsZero(z)
	zz := api.Add(z, api.Mul(isZero, n))
	floors := make([]frontend.Variable, n)
	keys := make([]frontend.Variable, n)
	var sumF frontend.Variable = 0
	for c, p := range pos {
		num := api.Mul(api.Add(p, isZero), influence.PPM)
		qr := b.hint(DivHint, 2, num, zz)
		api.AssertIsEqual(num, api.Add(api.Mul(qr[0], zz), qr[1])) // mutant:attr-lr-div
		b.bits(qr[1], zBits)
		b.bits(api.Sub(api.Sub(zz, 1), qr[1]), zBits) // mutant:attr-lr-rem
		b.bits(qr[0], ppmBits)
		floors[c] = qr[0]
		keys[c] = api.Add(api.Mul(qr[1], 1<<lrIndexBits), (1<<lrIndexBits)-1-c)
		sumF = api.Add(sumF, qr[0])
	}
	left := api.Sub(influence.PPM, sumF)
	sel := b.hint(LargestRemainderHint, 2*n, append([]frontend.Variable{left}, keys...)...)
	e, bd := sel[:n], sel[n:]
	b.oneHot(bd)
	var tau, sumE frontend.Variable = 0, 0
	for c := range bd {
		tau = api.Add(tau, api.Mul(bd[c], keys[c]))
	}
	kBits := zBits + lrIndexBits
	weights := make([]frontend.Variable, n)
	for c := range e {
		api.AssertIsBoolean(e[c]) // mutant:attr-lr-bool
		sumE = api.Add(sumE, e[c])
		d := api.Sub(keys[c], tau)
		b.bits(api.Mul(e[c], d), kBits)                      // selected: k_c ≥ τ (mutant:attr-lr-above)
		b.bits(api.Mul(api.Sub(1, e[c]), api.Neg(d)), kBits) // unselected: k_c ≤ τ (mutant:attr-lr-below)
		api.AssertIsEqual(api.Mul(bd[c], e[c]), 0)           // τ's owner is unselected (mutant:attr-lr-boundary)
		weights[c] = api.Add(floors[c], e[c])
	}
	api.AssertIsEqual(sumE, left) // mutant:attr-lr-count
	return weights
}

// lrIndexBits is the index part of a largest-remainder key (n ≤ 2^16).
const lrIndexBits = 16

func checkShape(pl *influence.Plan, classes int, tv TraceVars, cs []ContributorVars) error {
	m := pl.Model
	L := len(m.Layers)
	if len(cs) == 0 || len(cs) > 1<<16 {
		return fmt.Errorf("attribution: %d contributors", len(cs))
	}
	if len(tv.X) != L || len(tv.H) != L || len(tv.A) != L || len(tv.B) != L || len(tv.M) != L {
		return fmt.Errorf("attribution: trace variables for %d layers, model has %d", len(tv.X), L)
	}
	if len(tv.Logits) != m.Layers[L-1].Out || classes != len(tv.Logits) {
		return fmt.Errorf("attribution: %d logits, %d classes, model outputs %d", len(tv.Logits), classes, m.Layers[L-1].Out)
	}
	for l := range m.Layers {
		ly := &m.Layers[l]
		if len(tv.X[l]) != ly.In {
			return fmt.Errorf("attribution: layer %d input has %d variables, want %d", l, len(tv.X[l]), ly.In)
		}
		if blk := blockOf(pl, l); blk != nil {
			if len(tv.H[l]) != blk.R || len(tv.A[l]) != blk.R*ly.In || len(tv.B[l]) != ly.Out*blk.R || tv.M[l] == nil {
				return fmt.Errorf("attribution: layer %d adapter variables do not match rank %d", l, blk.R)
			}
		}
	}
	for c, con := range cs {
		if len(con.Sketch) != pl.CommittedDim() {
			return fmt.Errorf("attribution: contributor %d sketch has %d values, want %d", c, len(con.Sketch), pl.CommittedDim())
		}
	}
	return nil
}
