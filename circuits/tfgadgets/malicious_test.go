package tfgadgets

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/tfops"
)

const pkg = "github.com/openproof/openproof/circuits/tfgadgets."

// Names of this package's hints, as solver.GetHintName gives them.
const (
	hintInvSqrt    = pkg + "InvSqrtHint"
	hintQuoRem     = pkg + "QuoRemHint"
	hintExpIndex   = pkg + "ExpIndexHint"
	hintMax        = pkg + "MaxHint"
	hintFirstMax   = pkg + "FirstMaxHint"
	hintTopK       = pkg + "TopKHint"
	hintFirstAbove = pkg + "FirstAboveHint"
	hintSplit      = pkg + "SplitHint"
)

func add(d int64) func(mod *big.Int, _, out []*big.Int) bool {
	return func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[0], d); return true }
}

// moveHot moves a one-hot vector's 1 by step places (cyclically).
func moveHot(step int) func(_ *big.Int, _, out []*big.Int) bool {
	return func(_ *big.Int, _, out []*big.Int) bool {
		for i := range out {
			if out[i].Sign() != 0 {
				out[i].SetInt64(0)
				out[(i+step+len(out))%len(out)].SetInt64(1)
				return len(out) > 1
			}
		}
		return false
	}
}

var countLies = []gadgetstest.Lie{gadgetstest.OneMore, gadgetstest.MovedCount, gadgetstest.AllZero}

// lies lists, for every hint the gadgets use, lies that must each make the
// circuit unsatisfiable.
var tfLies = map[string][]gadgetstest.Lie{
	gadgetstest.HintRequant:   gadgetstest.RequantLies,
	gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256, gadgetstest.BytesRotated},
	gadgetstest.HintCount:     countLies,
	gadgetstest.HintLogDeriv:  countLies,
	hintInvSqrt:               {{Name: "r+1", F: add(1)}, {Name: "r−1", F: add(-1)}},
	hintQuoRem: {
		{Name: "remainder+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[1], 1); return true }},
		{Name: "quotient+1, remainder−divisor", F: func(mod *big.Int, in, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[0], 1)
			out[1].Sub(out[1], in[1]).Mod(out[1], mod)
			return true
		}},
		{Name: "quotient−1, remainder+divisor", F: func(mod *big.Int, in, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[0], -1)
			out[1].Add(out[1], in[1]).Mod(out[1], mod)
			return true
		}},
		// rem+1 with the quotient (a − rem − 1)/b in the field: the
		// identity holds, the quotient is no integer.
		{Name: "fractional quotient", F: func(mod *big.Int, in, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[1], 1)
			q := new(big.Int).Sub(in[0], out[1])
			q.Mul(q, new(big.Int).ModInverse(in[1], mod))
			out[0].Mod(q, mod)
			return true
		}},
	},
	// No lie sets u outside [0, 511]: the solver cannot evaluate a lookup
	// outside the table (a lookup output is not a hint); logderivlookup's
	// argument covers it. So "no saturation: u = q" is not expressible.
	hintExpIndex: {
		{Name: "u+1, same quotient", F: shiftU(1, true)},
		{Name: "u−1, same quotient", F: shiftU(-1, true)},
		{Name: "u+1", F: shiftU(1, false)},
		{Name: "u−1", F: shiftU(-1, false)},
		{Name: "u = 511, same quotient", F: func(mod *big.Int, _, out []*big.Int) bool {
			d := tfops.ExpTableSize - 1 - out[0].Int64()
			return d != 0 && shiftU(d, true)(mod, nil, out)
		}},
	},
	hintMax: {{Name: "m+1", F: add(1)}, {Name: "m−1", F: add(-1)},
		// A lower score as the maximum: δ of the true maximum is then
		// negative, and small enough (δ·M < 2^31) to round to index 0.
		{Name: "m = the next lower score", F: func(mod *big.Int, in, out []*big.Int) bool {
			m := signed(out[0], mod)
			var next *big.Int
			for _, v := range in {
				if s := signed(v, mod); s.Cmp(m) < 0 && (next == nil || s.Cmp(next) > 0) {
					next = s
				}
			}
			if next == nil {
				return false
			}
			out[0].Mod(next, mod)
			return true
		}}},
	hintFirstMax: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "two hot", F: twoHot}, {Name: "also the last", F: alsoLast}, {Name: "2 and −1", F: twoMinusOne}},
	hintTopK: {
		{Name: "θ+1", F: func(mod *big.Int, _, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[len(out)-1], 1)
			return true
		}},
		{Name: "selection moved", F: func(_ *big.Int, _, out []*big.Int) bool {
			sel := out[:len(out)-1]
			for i := range sel {
				j := (i + 1) % len(sel)
				if sel[i].Sign() != 0 && sel[j].Sign() == 0 {
					sel[i].SetInt64(0)
					sel[j].SetInt64(1)
					return true
				}
			}
			return false
		}},
		{Name: "one more selected", F: func(_ *big.Int, _, out []*big.Int) bool {
			return twoHot(nil, nil, out[:len(out)-1])
		}},
		{Name: "2 and −1", F: func(mod *big.Int, _, out []*big.Int) bool {
			return twoMinusOne(mod, nil, out[:len(out)-1])
		}},
		// Select the largest unselected key too and lower θ to it: the
		// split holds, one key too many is selected.
		{Name: "k+1 selected, θ lowered", F: func(mod *big.Int, in, out []*big.Int) bool {
			sel := out[:len(out)-1]
			best := -1
			for j := range sel {
				if sel[j].Sign() == 0 && (best < 0 || signed(in[1+j], mod).Cmp(signed(in[1+best], mod)) > 0) {
					best = j
				}
			}
			if best < 0 {
				return false
			}
			sel[best].SetInt64(1)
			out[len(out)-1].Set(in[1+best])
			return true
		}},
	},
	hintFirstAbove: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "also the last", F: alsoLast}, {Name: "2 and −1", F: twoMinusOne}},
	hintSplit: {
		{Name: "hi+1, lo−2^32", F: func(mod *big.Int, _, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[0], 1)
			out[1].Sub(out[1], big.NewInt(1<<32)).Mod(out[1], mod)
			return true
		}},
		{Name: "lo+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[1], 1); return true }},
	},
}

// shiftU moves the exp index by d inside the table, keeping the quotient
// u + e when same is set.
func shiftU(d int64, same bool) func(mod *big.Int, _, out []*big.Int) bool {
	return func(mod *big.Int, _, out []*big.Int) bool {
		u := out[0].Int64() + d
		if u < 0 || u > tfops.ExpTableSize-1 {
			return false
		}
		out[0].SetInt64(u)
		if same {
			gadgetstest.AddMod(mod, out[1], -d)
		}
		return true
	}
}

// twoMinusOne turns a 0/1 vector's first 1 into 2 and the next entry into
// −1: the sum stays, the entries are no longer bits.
func twoMinusOne(mod *big.Int, _, out []*big.Int) bool {
	for i := range out {
		if out[i].Sign() != 0 && len(out) > 1 {
			j := (i + 1) % len(out)
			out[i].SetInt64(2)
			out[j].Sub(out[j], big.NewInt(1)).Mod(out[j], mod)
			return true
		}
	}
	return false
}

// alsoLast sets the last entry of a 0/1 vector to 1 (if it was 0): with the
// hot index t, the prefix sums then pass every comparison that t passes.
func alsoLast(_ *big.Int, _, out []*big.Int) bool {
	if out[len(out)-1].Sign() != 0 {
		return false
	}
	out[len(out)-1].SetInt64(1)
	return true
}

// twoHot sets the first 0 of a 0/1 vector to 1.
func twoHot(_ *big.Int, _, out []*big.Int) bool {
	for i := range out {
		if out[i].Sign() == 0 {
			out[i].SetInt64(1)
			return true
		}
	}
	return false
}

// Every hint each gadget's circuit uses is replaced by lying versions; each
// lie must change some hint output and leave the R1CS unsatisfiable by a
// constraint, also with the public outputs following the lie.
func TestMaliciousHints(t *testing.T) {
	ln := newLN(t, 2, 5)
	sm := newSoftmaxTie(t, 12, 12, false)
	at := newAttn(t, 4, 4, 3)
	am := []int64{-4, 9, 2, 9, 9}
	sp := newSample(t, 4, 10, 4)
	tests := []struct {
		name   string
		c, w   frontend.Circuit
		sites  []int64
		hasTie bool
	}{
		{"layernorm", ln.circuit(), ln.assign(ln.tr.Y), nil, false},
		{"softmax", &softmaxCircuit{A: blank(12), P: blank(12), m: sm.m}, &softmaxCircuit{A: vars64(sm.a), P: vars64(sm.tr.P), m: sm.m}, nil, false},
		{"attention", at.circuit(), at.assign(at.tr.Out), nil, false},
		{"argmax", &argmaxCircuit{L: blank(len(am))}, &argmaxCircuit{L: vars64(am), Idx: 1}, nil, false},
		{"sample", sp.circuit(), sp.assign(int64(sp.tr.Token)), nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ccs := gadgetstest.Compile(t, tc.c)
			w := gadgetstest.Witness(t, tc.w)
			// The lie at every call and at the first three calls alone (a
			// lie at one site must be caught by that site's checks)...
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: tfLies,
				Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true,
				Lenient: true, ByConstraint: true})
			// ...and at every call with the public outputs following it.
			// Not per site: Malicious counts call sites across the solves
			// FollowPublics makes, so a one-site lie would apply in the
			// first solve only.
			t.Run("follow", func(t *testing.T) {
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: tfLies,
					Lenient: true, ByConstraint: true, FollowPublics: true})
			})
			// Not 1: a challenge of 1 hits a pole of the exp table's
			// log-derivative sum (a table entry), as any fixed value may
			// with probability ≈ 2^−245 for a hashed one.
			gadgetstest.FixedRandomness(t, ccs, w, 12345, 1<<40+7)
		})
	}
}

// A fractional inverse square root (r + 1/2 in the field) satisfies both
// remainder checks when 4 divides V' and (r + 1/2)²·V' ≤ N; on a constant
// input (c = 0) it changes no output either. Only r's range check refuses it.
func TestLayerNormFractionalRoot(t *testing.T) {
	const d = 4
	ln := &tfops.LayerNorm{D: d, Gamma: []int8{64, 64, 64, 64}, Beta: []int32{1, 2, 3, 4}, GammaExp: 6, OutExp: 4, K: tfops.InvSqrtBits(d)}
	n := ln.Numerator()
	for eps := int64(4); ; eps += 4 {
		r := tfops.InvSqrt(n, eps)
		// (2r+1)²·eps ≤ 4N ⇔ (r + 1/2)²·eps ≤ N.
		lhs := new(big.Int).Mul(big.NewInt((2*r+1)*(2*r+1)), big.NewInt(eps))
		if lhs.Cmp(new(big.Int).Lsh(n, 2)) <= 0 {
			ln.Eps = eps
			break
		}
	}
	f := lnFixture{ln: ln, x: []int8{7, 7, 7, 7}}
	var err error
	if f.tr, err = ln.Forward(f.x); err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, f.circuit())
	w := gadgetstest.Witness(t, f.assign(f.tr.Y))
	if err := ccs.IsSolved(w); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	half := func(mod *big.Int, in, out []*big.Int) error {
		if err := InvSqrtHint(mod, in, out); err != nil {
			return err
		}
		out[0].Add(out[0], new(big.Int).ModInverse(big.NewInt(2), mod)).Mod(out[0], mod)
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(InvSqrtHint), half))
	if err := ccs.IsSolved(w, opts...); err == nil {
		t.Fatal("r + 1/2 accepted")
	}
}

type uniformCircuit struct {
	Seed, Step frontend.Variable
	U          frontend.Variable `gnark:",public"`
}

func (c *uniformCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	u, err := tf.Uniform(c.Seed, c.Step)
	if err != nil {
		return err
	}
	api.AssertIsEqual(u, c.U)
	return tf.Err()
}

// uniformAt returns the first step ≥ 0 whose ρ under seed satisfies ok.
func uniformAt(t *testing.T, seed fr.Element, ok func(rho *big.Int) bool) (uint64, uint32) {
	for step := uint64(0); step < 1000; step++ {
		rho := commit.Hash(commit.Tag(tfops.TagSample), seed, commit.Uint(step))
		if ok(rho.BigInt(new(big.Int))) {
			u, err := tfops.Uniform(seed, step)
			if err != nil {
				t.Fatal(err)
			}
			return step, u
		}
	}
	t.Fatal("no step found")
	return 0, 0
}

// The canonical split of ρ: for ρ < 2^254 − p, ρ + p splits with
// hi ≥ ⌊p/2^32⌋ but below 2^222 (only the canonical check refuses it); for
// ρ > 2p − 2^254 a split with a small negative hi exists (only hi's range
// check refuses it). Both lies keep the identity ρ = hi·2^32 + lo.
func TestUniformSplit(t *testing.T) {
	mod := fr.Modulus()
	two254 := new(big.Int).Lsh(big.NewInt(1), 254)
	var seed fr.Element
	seed.SetUint64(2026)
	nonCanonical := gadgetstest.Lie{Name: "ρ+p", F: func(mod *big.Int, _, out []*big.Int) bool {
		rho := new(big.Int).Lsh(out[0], 32)
		rho.Add(rho, out[1]).Add(rho, mod)
		out[0].Rsh(rho, 32)
		out[1].And(rho, big.NewInt(1<<32-1))
		return true
	}}
	negativeHi := gadgetstest.Lie{Name: "negative hi", F: func(mod *big.Int, _, out []*big.Int) bool {
		rho := new(big.Int).Lsh(out[0], 32)
		rho.Add(rho, out[1])
		// t = ⌈(p − ρ)/2^32⌉, lo = ρ + t·2^32 − p, hi = −t.
		tt := new(big.Int).Sub(mod, rho)
		tt.Add(tt, big.NewInt(1<<32-1)).Rsh(tt, 32)
		lo := new(big.Int).Add(rho, new(big.Int).Lsh(tt, 32))
		lo.Sub(lo, mod)
		out[0].Sub(mod, tt)
		out[1].Set(lo)
		return true
	}}
	small := func(rho *big.Int) bool { return new(big.Int).Add(rho, mod).Cmp(two254) < 0 }
	large := func(rho *big.Int) bool {
		return rho.Cmp(new(big.Int).Sub(new(big.Int).Lsh(mod, 1), two254)) > 0
	}
	for _, tc := range []struct {
		name string
		ok   func(*big.Int) bool
		lie  gadgetstest.Lie
	}{{"small ρ", small, nonCanonical}, {"large ρ", large, negativeHi}} {
		t.Run(tc.name, func(t *testing.T) {
			step, u := uniformAt(t, seed, tc.ok)
			c := &uniformCircuit{}
			w := &uniformCircuit{Seed: seed.BigInt(new(big.Int)), Step: step, U: int64(u)}
			negatives(t, c, []int64{int64(u)}, func(v []int64) frontend.Circuit {
				return &uniformCircuit{Seed: w.Seed, Step: step, U: v[0]}
			})
			lies := map[string][]gadgetstest.Lie{hintSplit: append([]gadgetstest.Lie{tc.lie}, tfLies[hintSplit]...)}
			for _, h := range []string{gadgetstest.HintDecompose, gadgetstest.HintCount} {
				lies[h] = tfLies[h]
			}
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: gadgetstest.Compile(t, c), Witness: gadgetstest.Witness(t, w),
				Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
		})
	}
}

// A maximum below the true one, close enough that the true maximum's
// negative δ still rounds to exp index 0 (δ·M > −2^31): the rest of the
// softmax is consistent with it, so with the outputs it leads to only the
// range check of δ refuses it. (FollowPublics cannot make this case: the
// probabilities it moves hold equal values, which it cannot tell apart.)
func TestSoftmaxMaxBelow(t *testing.T) {
	sm := newSoftmaxTie(t, 12, 12, false)
	lower := sm.a[3] // the true maximum (a[2]) minus 3
	if int64(sm.m)*(sm.a[2]-lower) >= 1<<31 {
		t.Fatal("fixture: the maximum's δ does not round to index 0")
	}
	table := tfops.ExpTable()
	e := make([]int64, len(sm.a))
	var z int64
	for j, a := range sm.a {
		e[j] = table[tfops.ExpIndex(lower-a, sm.m)] // ExpIndex(δ < 0) = 0
		z += e[j]
	}
	p := make([]int64, len(e))
	changed := false
	for j := range e {
		p[j] = tfops.Normalize(e[j], z)
		changed = changed || p[j] != sm.tr.P[j]
	}
	if !changed {
		t.Fatal("fixture: the lower maximum changes no probability")
	}
	c := &softmaxCircuit{A: blank(len(sm.a)), P: blank(len(sm.a)), m: sm.m}
	ccs := gadgetstest.Compile(t, c)
	lie := func(mod *big.Int, in, out []*big.Int) error {
		out[0].Mod(big.NewInt(lower), mod)
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(MaxHint), lie))
	w := gadgetstest.Witness(t, &softmaxCircuit{A: vars64(sm.a), P: vars64(p), m: sm.m})
	if err := ccs.IsSolved(w, opts...); err == nil {
		t.Fatal("a maximum below the true one accepted")
	}
}
