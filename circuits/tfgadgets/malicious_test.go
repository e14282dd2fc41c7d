package tfgadgets

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
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
var lies = map[string][]gadgetstest.Lie{
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
	},
	// No lie sets u outside [0, 511]: the solver cannot evaluate a lookup
	// outside the table (a lookup output is not a hint); logderivlookup's
	// argument covers it. So "no saturation: u = q" is not expressible.
	hintExpIndex: {
		{Name: "u+1, same quotient", F: shiftU(1, true)},
		{Name: "u−1, same quotient", F: shiftU(-1, true)},
		{Name: "u+1", F: shiftU(1, false)},
		{Name: "u−1", F: shiftU(-1, false)},
	},
	hintMax:      {{Name: "m+1", F: add(1)}, {Name: "m−1", F: add(-1)}},
	hintFirstMax: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "two hot", F: twoHot}},
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
	},
	hintFirstAbove: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}},
	hintSplit: {
		{Name: "hi+1, lo−2^32", F: func(mod *big.Int, _, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[0], 1)
			out[1].Sub(out[1], big.NewInt(1<<32)).Mod(out[1], mod)
			return true
		}},
		{Name: "lo+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[1], 1); return true }},
		{Name: "non-canonical: ρ+p", F: func(mod *big.Int, _, out []*big.Int) bool {
			rho := new(big.Int).Lsh(out[0], 32)
			rho.Add(rho, out[1]).Add(rho, mod)
			out[0].Rsh(rho, 32)
			out[1].And(rho, big.NewInt(1<<32-1))
			return true
		}},
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
	sm := newSoftmax(t, 12, 12)
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
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies,
				Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true,
				Lenient: true, ByConstraint: true})
			// ...and at every call with the public outputs following it.
			// Not per site: Malicious counts call sites across the solves
			// FollowPublics makes, so a one-site lie would apply in the
			// first solve only.
			t.Run("follow", func(t *testing.T) {
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies,
					Lenient: true, ByConstraint: true, FollowPublics: true})
			})
			// Not 1: a challenge of 1 hits a pole of the exp table's
			// log-derivative sum (a table entry), as any fixed value may
			// with probability ≈ 2^−245 for a hashed one.
			gadgetstest.FixedRandomness(t, ccs, w, 12345, 1<<40+7)
		})
	}
}
