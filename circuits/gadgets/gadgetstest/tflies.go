package gadgetstest

import (
	"math/big"

	"github.com/openproof/openproof/inference/tfops"
)

const tfPkg = "github.com/openproof/openproof/circuits/tfgadgets."

// Names of circuits/tfgadgets' hints, as solver.GetHintName gives them.
const (
	HintInvSqrt    = tfPkg + "InvSqrtHint"
	HintQuoRem     = tfPkg + "QuoRemHint"
	HintExpIndex   = tfPkg + "ExpIndexHint"
	HintMax        = tfPkg + "MaxHint"
	HintFirstMax   = tfPkg + "FirstMaxHint"
	HintTopK       = tfPkg + "TopKHint"
	HintFirstAbove = tfPkg + "FirstAboveHint"
	HintSplit      = tfPkg + "SplitHint"
	HintPosition   = tfPkg + "PositionHint"
	HintMaskedMax  = tfPkg + "MaskedMaxHint"
)

func addOut0(d int64) func(mod *big.Int, _, out []*big.Int) bool {
	return func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[0], d); return true }
}

// TFLies lists, for every hint a circuit built from circuits/gadgets and
// circuits/tfgadgets uses, lies that must each make it unsatisfiable.
// Callers must not modify the map.
var TFLies = map[string][]Lie{
	HintRequant:   RequantLies,
	HintDecompose: {LowBytePlusOne, ByteOver256, BytesRotated},
	HintCount:     {OneMore, MovedCount, AllZero},
	HintLogDeriv:  {OneMore, MovedCount, AllZero},
	HintInvSqrt:   {{Name: "r+1", F: addOut0(1)}, {Name: "r−1", F: addOut0(-1)}},
	HintQuoRem: {
		{Name: "remainder+1", F: func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[1], 1); return true }},
		{Name: "quotient+1, remainder−divisor", F: func(mod *big.Int, in, out []*big.Int) bool {
			AddMod(mod, out[0], 1)
			out[1].Sub(out[1], in[1]).Mod(out[1], mod)
			return true
		}},
		{Name: "quotient−1, remainder+divisor", F: func(mod *big.Int, in, out []*big.Int) bool {
			AddMod(mod, out[0], -1)
			out[1].Add(out[1], in[1]).Mod(out[1], mod)
			return true
		}},
		// rem+1 with the quotient (a − rem − 1)/b in the field: the
		// identity holds, the quotient is no integer.
		{Name: "fractional quotient", F: func(mod *big.Int, in, out []*big.Int) bool {
			AddMod(mod, out[1], 1)
			q := new(big.Int).Sub(in[0], out[1])
			q.Mul(q, new(big.Int).ModInverse(in[1], mod))
			out[0].Mod(q, mod)
			return true
		}},
	},
	// No lie sets u outside [0, 511]: the solver cannot evaluate a lookup
	// outside the table (a lookup output is not a hint); logderivlookup's
	// argument covers it. So "no saturation: u = q" is not expressible.
	HintExpIndex: {
		{Name: "u+1, same quotient", F: shiftU(1, true)},
		{Name: "u−1, same quotient", F: shiftU(-1, true)},
		{Name: "u+1", F: shiftU(1, false)},
		{Name: "u−1", F: shiftU(-1, false)},
		{Name: "u = 511, same quotient", F: func(mod *big.Int, _, out []*big.Int) bool {
			d := tfops.ExpTableSize - 1 - out[0].Int64()
			return d != 0 && shiftU(d, true)(mod, nil, out)
		}},
	},
	HintMax: {{Name: "m+1", F: addOut0(1)}, {Name: "m−1", F: addOut0(-1)},
		// A lower score as the maximum: δ of the true maximum is then
		// negative, and small enough (δ·M < 2^31) to round to index 0.
		{Name: "m = the next lower score", F: func(mod *big.Int, in, out []*big.Int) bool {
			m := signedMod(out[0], mod)
			var next *big.Int
			for _, v := range in {
				if s := signedMod(v, mod); s.Cmp(m) < 0 && (next == nil || s.Cmp(next) > 0) {
					next = s
				}
			}
			if next == nil {
				return false
			}
			out[0].Mod(next, mod)
			return true
		}}},
	HintFirstMax: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "two hot", F: twoHot}, {Name: "also the last", F: alsoLast}, {Name: "2 and −1", F: twoMinusOne}},
	HintTopK: {
		{Name: "θ+1", F: func(mod *big.Int, _, out []*big.Int) bool {
			AddMod(mod, out[len(out)-1], 1)
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
				if sel[j].Sign() == 0 && (best < 0 || signedMod(in[1+j], mod).Cmp(signedMod(in[1+best], mod)) > 0) {
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
	HintFirstAbove: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "also the last", F: alsoLast}, {Name: "2 and −1", F: twoMinusOne}},
	HintSplit: {
		{Name: "hi+1, lo−2^32", F: func(mod *big.Int, _, out []*big.Int) bool {
			AddMod(mod, out[0], 1)
			out[1].Sub(out[1], big.NewInt(1<<32)).Mod(out[1], mod)
			return true
		}},
		{Name: "lo+1", F: func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[1], 1); return true }},
	},
	HintPosition: {{Name: "next index", F: moveHot(1)}, {Name: "previous index", F: moveHot(-1)}, {Name: "two hot", F: twoHot}, {Name: "also the last", F: alsoLast}, {Name: "2 and −1", F: twoMinusOne}},
	HintMaskedMax: {{Name: "m+1", F: addOut0(1)}, {Name: "m−1", F: addOut0(-1)},
		{Name: "m = a masked score's", F: func(mod *big.Int, in, out []*big.Int) bool {
			n := len(in) / 2
			m := signedMod(out[0], mod)
			for j := 0; j < n; j++ {
				if in[j].Sign() == 0 && signedMod(in[n+j], mod).Cmp(m) > 0 {
					out[0].Set(in[n+j])
					return true
				}
			}
			return false
		}}},
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
			AddMod(mod, out[1], -d)
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

// signedMod reads a field element as an integer in (−p/2, p/2].
func signedMod(v, mod *big.Int) *big.Int {
	r := new(big.Int).Mod(v, mod)
	if r.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		r.Sub(r, mod)
	}
	return r
}
