package gadgetstest

import (
	"math/big"

	"github.com/openproof/openproof/inference/quant"
)

// Lies about DecomposeHint (outputs: the little-endian bytes of in[1]).
var (
	LowBytePlusOne = Lie{"low byte+1", func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[0], 1); return true }}
	ByteOver256    = Lie{"byte ≥ 256, same value", func(mod *big.Int, _, out []*big.Int) bool {
		if len(out) < 2 {
			return false
		}
		AddMod(mod, out[0], 256)
		AddMod(mod, out[1], -1)
		return true
	}}
	BytesRotated = Lie{"bytes rotated", func(_ *big.Int, _, out []*big.Int) bool {
		first := new(big.Int).Set(out[0])
		changed := false
		for i := 0; i+1 < len(out); i++ {
			changed = changed || out[i].Cmp(out[i+1]) != 0
			out[i].Set(out[i+1])
		}
		out[len(out)-1].Set(first)
		return changed
	}}
)

// Lies about CountHint and HintLogDeriv (outputs: the multiplicity of each
// table entry).
var (
	OneMore = Lie{"one more", func(_ *big.Int, _, out []*big.Int) bool {
		for _, c := range out {
			if c.Sign() > 0 {
				c.Add(c, big.NewInt(1))
				return true
			}
		}
		return false
	}}
	MovedCount = Lie{"moved count", func(_ *big.Int, _, out []*big.Int) bool {
		for j := 0; j+1 < len(out); j++ {
			if out[j].Sign() > 0 {
				out[j].Sub(out[j], big.NewInt(1))
				out[j+1].Add(out[j+1], big.NewInt(1))
				return true
			}
		}
		return false
	}}
	AllZero = Lie{"all zero", func(_ *big.Int, _, out []*big.Int) bool {
		changed := false
		for _, c := range out {
			changed = changed || c.Sign() != 0
			c.SetInt64(0)
		}
		return changed
	}}
)

// RequantLies are lies about RequantHint (inputs: s, activation, slack
// bytes, z; outputs: y, n and the bytes of p + n). None sets y outside a
// GELU table: the solver cannot even evaluate a lookup outside it (a lookup
// output is not a hint, so such a lie is not expressible here;
// logderivlookup's argument covers it).
var RequantLies = []Lie{
	{"y+1", func(mod *big.Int, in, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		if !lookupSafe(in, y+1) {
			return false
		}
		setSlack(mod, out, y+1, p, n)
		return true
	}},
	{"y−1", func(mod *big.Int, in, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		if !lookupSafe(in, y-1) {
			return false
		}
		setSlack(mod, out, y-1, p, n)
		return true
	}},
	{"p and n swapped", func(mod *big.Int, _, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		setSlack(mod, out, y, n, p)
		return p != n
	}},
	{"no saturation: y = q", func(mod *big.Int, in, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		if p+n == 0 || !lookupSafe(in, y+p-n) {
			return false
		}
		setSlack(mod, out, y+p-n, 0, 0)
		return true
	}},
	{"both excesses", func(mod *big.Int, _, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		setSlack(mod, out, y, p+1, n+1)
		return true
	}},
	{"saturated at the other bound", func(mod *big.Int, in, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		lo, hi := bounds(in)
		q := y + p - n
		switch {
		case p > 0:
			setSlack(mod, out, lo, q-lo, 0)
		case n > 0:
			setSlack(mod, out, hi, 0, hi-q)
		default:
			return false
		}
		return true
	}},
	{"q kept, y one below the clamp", func(mod *big.Int, in, out []*big.Int) bool {
		y, p, n := slack(mod, out)
		lo, _ := bounds(in)
		if y == lo || !lookupSafe(in, y-1) {
			return false
		}
		setSlack(mod, out, y-1, p+1, n)
		return true
	}},
	{"excess byte ≥ 256, same sum", func(mod *big.Int, _, out []*big.Int) bool {
		AddMod(mod, out[2], 256)
		AddMod(mod, out[3], -1)
		return true
	}},
}

// slack reads the requant hint's outputs (y, n, bytes of p+n) as integers.
func slack(mod *big.Int, out []*big.Int) (y, p, n int64) {
	var w int64
	for i := len(out) - 1; i >= 2; i-- {
		w = w<<8 | out[i].Int64()
	}
	yb := new(big.Int).Set(out[0])
	if yb.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		yb.Sub(yb, mod)
	}
	n = out[1].Int64()
	return yb.Int64(), w - n, n
}

func setSlack(mod *big.Int, out []*big.Int, y, p, n int64) {
	out[0].Mod(big.NewInt(y), mod)
	out[1].Mod(big.NewInt(n), mod)
	w := p + n
	for i := 2; i < len(out); i++ {
		out[i].SetInt64(w & 0xff)
		w >>= 8
	}
}

// lookupSafe reports whether a lie may set y: on GELU layers y+128 indexes
// the activation table.
func lookupSafe(in []*big.Int, y int64) bool {
	lo, hi := bounds(in)
	return quant.Activation(in[1].Int64()) != quant.ActGELU || (y >= lo && y <= hi)
}

// bounds are the clamp interval of a RequantHint call: the activation's,
// or [−2^(W−1), 2^(W−1)−1] when the call carries a width W (fifth input).
func bounds(in []*big.Int) (lo, hi int64) {
	if len(in) == 5 {
		w := in[4].Int64()
		return -(1 << (w - 1)), 1<<(w-1) - 1
	}
	l := quant.Layer{Act: quant.Activation(in[1].Int64())}
	return l.Bounds()
}

// AttributionLies are lies about circuits/attribution's hints and gnark's
// IsZero hint, which its gadget uses. Callers must not modify the map.
var AttributionLies = map[string][]Lie{
	HintDiv: {
		{"remainder+1", func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[1], 1); return true }},
		{"quotient+1, remainder−divisor", func(mod *big.Int, in, out []*big.Int) bool {
			AddMod(mod, out[0], 1)
			out[1].Sub(out[1], in[1]).Mod(out[1], mod)
			return in[1].Sign() != 0
		}},
		{"quotient−1, remainder+divisor", func(mod *big.Int, in, out []*big.Int) bool {
			AddMod(mod, out[0], -1)
			out[1].Add(out[1], in[1]).Mod(out[1], mod)
			return in[1].Sign() != 0
		}},
	},
	HintArgmax: {
		{"next index", moveHot(1)},
		{"previous index", moveHot(-1)},
		{"two hot", func(_ *big.Int, _, out []*big.Int) bool {
			for i := range out {
				if out[i].Sign() == 0 {
					out[i].SetInt64(1)
					return true
				}
			}
			return false
		}},
	},
	HintSign: {
		{"both +1", func(mod *big.Int, _, out []*big.Int) bool {
			AddMod(mod, out[0], 1)
			AddMod(mod, out[1], 1)
			return true
		}},
		{"positive as negative", func(mod *big.Int, _, out []*big.Int) bool {
			if out[0].Sign() == 0 {
				return false
			}
			out[1].Sub(mod, out[0])
			out[0].SetInt64(0)
			return true
		}},
		{"negative as positive", func(mod *big.Int, _, out []*big.Int) bool {
			if out[1].Sign() == 0 {
				return false
			}
			out[0].Sub(mod, out[1])
			out[1].SetInt64(0)
			return true
		}},
	},
	HintPositive: {
		{"flipped", func(_ *big.Int, _, out []*big.Int) bool { out[0].SetInt64(1 - out[0].Int64()); return true }},
		// At x = 0 the two mask equations hold for any mask ≤ 0 (mod p):
		// only the boolean check refuses −1, which would scale the gradient.
		{"−1 at zero", func(mod *big.Int, in, out []*big.Int) bool {
			if in[0].Sign() != 0 {
				return false
			}
			out[0].Sub(mod, big.NewInt(1))
			return true
		}},
	},
	HintInvZero: {
		{"inverse+1", func(mod *big.Int, _, out []*big.Int) bool { AddMod(mod, out[0], 1); return true }},
		{"zero inverse", func(_ *big.Int, _, out []*big.Int) bool {
			changed := out[0].Sign() != 0
			out[0].SetInt64(0)
			return changed
		}},
	},
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

// NBitsHint is the name of gnark's bit-decomposition hint (api.ToBinary),
// which commit.OwnedCommitmentVars uses to range-check the adapter owner.
const NBitsHint = "github.com/consensys/gnark/std/math/bits.nBits"

// BitLies are lies about NBitsHint (outputs: the little-endian bits of
// in[0]).
var BitLies = []Lie{
	{"bit 0 flipped", func(_ *big.Int, _, out []*big.Int) bool {
		out[0].SetInt64(1 - out[0].Int64())
		return true
	}},
	{"bit ≥ 2, same value", func(mod *big.Int, _, out []*big.Int) bool {
		for i := 1; i < len(out); i++ {
			if out[i].Sign() > 0 {
				AddMod(mod, out[i], -1)
				AddMod(mod, out[i-1], 2)
				return true
			}
		}
		return false
	}},
}
