package gadgets

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/inference/quant"
)

// Requant is the requantization of one layer's outputs (see the package
// doc): q = floor((z + 2^(FracBits−1)) / 2^FracBits), y = clamp(q) to the
// bounds of Act, out = y, or GELU[y+128] for quant.ActGELU. With Bits > 8
// (the wide transformer scheme, inference/tfops.Linear) the bounds are
// [−2^(Bits−1), 2^(Bits−1)−1] (ActNone or ActGELU), y's range check is one
// query of a 2^Bits-entry table (AssertTableBits) and the GELU table is
// GELUWide (2^Bits entries, index y + 2^(Bits−1)).
type Requant struct {
	FracBits  uint             // s: k, or k+32 for an adapted layer
	Act       quant.Activation // fixes [lo, hi] through quant.Layer.Bounds
	SlackBits int              // p + n < 2^SlackBits for every honest output
	GELU      []int8           // 256 entries, index y+128; ActGELU only
	Bits      uint             // activation width: 0 (= 8) or 9…MaxTableBits
	GELUWide  []int32          // 2^Bits entries; ActGELU with Bits > 8 only
}

// wide reports whether r is a requantization above 8 bits.
func (r Requant) wide() bool { return r.Bits > 8 }

// RequantFor returns the parameters of layer l adapted with the given rank
// (0: not adapted), with the bounds of quant.Layer.LayerBounds.
func RequantFor(l *quant.Layer, rank int) (Requant, error) {
	b, err := l.LayerBounds(rank)
	if err != nil {
		return Requant{}, err
	}
	r := Requant{FracBits: l.FracBits(rank > 0), Act: l.Act, SlackBits: b.SlackBits}
	if l.Act == quant.ActGELU {
		r.GELU = l.GELU
	}
	if err := r.validate(); err != nil {
		return Requant{}, fmt.Errorf("layer %s: %w", l.Name, err)
	}
	return r, nil
}

// maxIdentityBits bounds s + 8·slackBytes + 10, the size of both sides of the
// requantization identity, far below the 254-bit field.
const maxIdentityBits = 240

func (r Requant) validate() error {
	if r.Bits != 0 && (r.Bits < 8 || r.Bits > MaxTableBits) {
		return fmt.Errorf("gadgets: requantization to %d bits, want 8…%d", r.Bits, MaxTableBits)
	}
	if r.wide() {
		switch {
		case r.Act != quant.ActNone && r.Act != quant.ActGELU:
			return fmt.Errorf("gadgets: %d-bit requantization with activation %v", r.Bits, r.Act)
		case r.Act == quant.ActGELU && len(r.GELUWide) != 1<<r.Bits:
			return fmt.Errorf("gadgets: %d-bit GELU table has %d entries", r.Bits, len(r.GELUWide))
		case r.FracBits < 1 || r.SlackBits < 1:
			return fmt.Errorf("gadgets: requantization with %d fractional and %d slack bits", r.FracBits, r.SlackBits)
		case int(r.FracBits)+8*r.slackBytes()+int(r.Bits)+2 > maxIdentityBits:
			return fmt.Errorf("gadgets: requantization of %d fractional and %d slack bits could wrap the field", r.FracBits, r.SlackBits)
		}
		return nil
	}
	lo, hi := r.bounds()
	span := hi - lo + 1
	switch {
	case r.Act != quant.ActNone && r.Act != quant.ActReLU && r.Act != quant.ActGELU:
		return fmt.Errorf("gadgets: unsupported activation %v", r.Act)
	case r.Act == quant.ActGELU && len(r.GELU) != 256:
		return fmt.Errorf("gadgets: GELU table has %d entries, want 256", len(r.GELU))
	case span&(span-1) != 0 || span > 256:
		return fmt.Errorf("gadgets: clamp interval [%d, %d] is not a power-of-two byte range", lo, hi)
	case r.FracBits < 1 || r.SlackBits < 1:
		return fmt.Errorf("gadgets: requantization with %d fractional and %d slack bits", r.FracBits, r.SlackBits)
	case int(r.FracBits)+8*r.slackBytes()+10 > maxIdentityBits:
		return fmt.Errorf("gadgets: requantization of %d fractional and %d slack bits could wrap the field", r.FracBits, r.SlackBits)
	}
	return nil
}

func (r Requant) bounds() (lo, hi int64) {
	if r.wide() {
		return -(1 << (r.Bits - 1)), 1<<(r.Bits-1) - 1
	}
	l := quant.Layer{Act: r.Act}
	return l.Bounds()
}

// slackBytes is the number of bytes that p + n is checked over: SlackBits
// rounded up to whole bytes. Soundness only needs a bound far below the
// field, and whole bytes save the extra query of a partial top byte.
func (r Requant) slackBytes() int { return (r.SlackBits + 7) / 8 }

// Requantize requantizes one output with pre-activation z (an exact integer
// of magnitude below 2^(FracBits+SlackBits)) and returns the saturated value
// y and the activation's output. Constraints: 4 for the two saturation
// products (a product and its equality to 0 each), ⌈FracBits/8⌉ + 1 for
// rem, one per slack byte, and the range of y: two queries for ReLU, one for
// none, or a GELU lookup (two) that also yields out. With s = 43 and 23
// slack bits (the demo's adapted ReLU layer) that is 4 + 7 + 3 + 2 = 16.
func (g *Gadgets) Requantize(z frontend.Variable, r Requant) (y, out frontend.Variable, err error) {
	if err := r.validate(); err != nil {
		return nil, nil, err
	}
	k := r.slackBytes()
	in := []frontend.Variable{r.FracBits, int(r.Act), k, z}
	if r.wide() {
		in = append(in, r.Bits) // the 8-bit call keeps its four inputs
	}
	res, err := g.api.Compiler().NewHint(RequantHint, 2+k, in...)
	if err != nil {
		return nil, nil, fmt.Errorf("gadgets: requantize: %w", err)
	}
	out, err = g.assertRequant(z, res[0], res[1], res[2:], r)
	return res[0], out, err
}

// assertRequant enforces the relation for a claimed y, low excess n and the
// little-endian bytes w of p + n (so p = Σ w_i·256^i − n), and returns out.
func (g *Gadgets) assertRequant(z, y, n frontend.Variable, w []frontend.Variable, r Requant) (frontend.Variable, error) {
	api := g.api
	lo, hi := r.bounds()
	if len(w) != r.slackBytes() {
		return nil, fmt.Errorf("gadgets: %d slack bytes, want %d", len(w), r.slackBytes())
	}
	terms := make([]frontend.Variable, len(w))
	for i, b := range w {
		g.query(b) // mutant:requant-slack-byte
		terms[i] = api.Mul(b, new(big.Int).Lsh(big.NewInt(1), uint(8*i)))
	}
	pn := Sum(api, terms) // p + n ∈ [0, 2^(8k))
	p := api.Sub(pn, n)
	api.AssertIsEqual(api.Mul(p, api.Sub(hi, y)), 0) // mutant:requant-p-at-hi
	api.AssertIsEqual(api.Mul(n, api.Sub(y, lo)), 0) // mutant:requant-n-at-lo

	s := r.FracBits
	half := new(big.Int).Lsh(big.NewInt(1), s-1)
	scale := new(big.Int).Lsh(big.NewInt(1), s)
	q := api.Sub(api.Add(y, p), n)
	rem := api.Sub(api.Add(z, half), api.Mul(q, scale))
	// rem is already an integer of magnitude below 2^(s+8k+3): z is exact,
	// y is range-checked, p + n is made of bytes and the products leave n ∈
	// {0, p + n}. So checking 2^e·rem over s+e = whole bytes proves
	// rem ∈ [0, 2^s) without the extra query of a partial top byte.
	e := (8 - s%8) % 8
	if err := g.AssertBits(api.Mul(rem, 1<<e), int(s+e)); err != nil { // mutant:requant-rem-range
		return nil, err
	}

	if r.wide() {
		if r.Act == quant.ActGELU {
			// The lookup of y − lo in a 2^Bits-entry table proves y ∈ [lo, hi].
			tb, err := g.geluTableWide(r.GELUWide)
			if err != nil {
				return nil, err
			}
			return tb.Lookup(api.Sub(y, lo))[0], nil
		}
		if err := g.AssertTableBits(api.Sub(y, lo), int(r.Bits)); err != nil { // mutant:requant-wide-y-range
			return nil, err
		}
		return y, nil
	}
	if r.Act == quant.ActGELU {
		// The lookup of y+128 in a 256-entry table proves y ∈ [−128, 127].
		tb, err := g.geluTable(r.GELU)
		if err != nil {
			return nil, err
		}
		return tb.Lookup(api.Add(y, 128))[0], nil
	}
	if err := g.AssertBits(api.Sub(y, lo), bits.Len64(uint64(hi-lo))); err != nil { // mutant:requant-y-range
		return nil, err
	}
	return y, nil
}

// RequantHint computes one output's requantization exactly as
// inference/quant does. Inputs: s, activation, slack bytes k, z (a field
// element, read as negative above p/2) and, above 8 bits only, the width W.
// Outputs: y, n and the k little-endian bytes of p + n, with q = floor((z +
// 2^(s−1)) / 2^s) and (y, p, n) = (*quant.Layer).Saturate(q), or the
// saturation to [−2^(W−1), 2^(W−1)−1] with a width.
func RequantHint(mod *big.Int, in, out []*big.Int) error {
	if (len(in) != 4 && len(in) != 5) || !in[0].IsInt64() || !in[1].IsInt64() || !in[2].IsInt64() {
		return fmt.Errorf("requant hint: want inputs (s, activation, slack bytes, z[, width])")
	}
	s, act, k := in[0].Int64(), in[1].Int64(), in[2].Int64()
	if s < 1 || s > MaxBits || act < 0 || act > 255 || k < 1 || len(out) != int(2+k) {
		return fmt.Errorf("requant hint: bad parameters s=%d act=%d bytes=%d outputs=%d", s, act, k, len(out))
	}
	z := signed(in[3], mod)
	z.Add(z, new(big.Int).Lsh(big.NewInt(1), uint(s-1)))
	qb := z.Rsh(z, uint(s)) // arithmetic shift: the floor, also for negative z
	if !qb.IsInt64() || qb.Int64() > 1<<62 || qb.Int64() < -(1<<62) {
		return fmt.Errorf("requant hint: quotient %v out of range (pre-activation too large)", qb)
	}
	l := quant.Layer{Act: quant.Activation(act)}
	y, p, n := l.Saturate(qb.Int64())
	if len(in) == 5 {
		if !in[4].IsInt64() || in[4].Int64() < 9 || in[4].Int64() > MaxTableBits {
			return fmt.Errorf("requant hint: width %v", in[4])
		}
		y, p, n = SaturateBits(qb.Int64(), uint(in[4].Int64()))
	}
	w := uint64(p + n)
	if k < 8 && w>>(8*k) != 0 {
		return fmt.Errorf("requant hint: saturation excess %d does not fit %d bytes", w, k)
	}
	out[0].Mod(big.NewInt(y), mod)
	out[1].SetInt64(n)
	for i := range out[2:] {
		out[2+i].SetUint64(w & 0xff)
		w >>= 8
	}
	return nil
}

// SaturateBits clamps q to [−2^(w−1), 2^(w−1)−1] and returns y with the
// excesses p = max(q−hi, 0) and n = max(lo−q, 0), as quant.Layer.Saturate.
func SaturateBits(q int64, w uint) (y, p, n int64) {
	lo, hi := int64(-1)<<(w-1), int64(1)<<(w-1)-1
	switch {
	case q > hi:
		return hi, q - hi, 0
	case q < lo:
		return lo, 0, lo - q
	}
	return q, 0, 0
}

// signed reads a field element as an integer in (−p/2, p/2].
func signed(v, mod *big.Int) *big.Int {
	r := new(big.Int).Mod(v, mod)
	if r.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		r.Sub(r, mod)
	}
	return r
}
