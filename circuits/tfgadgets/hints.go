package tfgadgets

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/inference/tfops"
)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the solver hints of the transformer gadgets (registered in
// init).
func Hints() []solver.Hint {
	return []solver.Hint{InvSqrtHint, QuoRemHint, ExpIndexHint, MaxHint, FirstMaxHint, TopKHint, FirstAboveHint, SplitHint, PositionHint, MaskedMaxHint}
}

// signed reads a field element as an integer in (−p/2, p/2].
func signed(v, mod *big.Int) *big.Int {
	r := new(big.Int).Mod(v, mod)
	if r.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		r.Sub(r, mod)
	}
	return r
}

func setSigned(out, v, mod *big.Int) { out.Mod(v, mod) }

// The hints compute their outputs for any inputs (never refusing a value):
// a malicious-hint test then sees its lie judged by the constraints alone.

// InvSqrtHint: inputs (n, v); output r = ⌊√⌊n/v⌋⌋ (tfops.InvSqrt) for
// v ≥ 1, and 0 otherwise.
func InvSqrtHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return fmt.Errorf("invsqrt hint: want 2 inputs, 1 output")
	}
	n, v := signed(in[0], mod), signed(in[1], mod)
	if v.Sign() <= 0 || n.Sign() < 0 {
		out[0].SetInt64(0)
		return nil
	}
	q := new(big.Int).Quo(n, v)
	out[0].Sqrt(q)
	return nil
}

// QuoRemHint: inputs (a, b) read as signed integers; outputs q = ⌊a/b⌋ and
// r = a − q·b ∈ [0, b) for b > 0 (q = 0, r = a otherwise).
func QuoRemHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("quorem hint: want 2 inputs, 2 outputs")
	}
	a, b := signed(in[0], mod), signed(in[1], mod)
	if b.Sign() <= 0 {
		out[0].SetInt64(0)
		out[1].Mod(a, mod)
		return nil
	}
	q, r := new(big.Int).DivMod(a, b, new(big.Int))
	out[0].Mod(q, mod)
	out[1].Set(r)
	return nil
}

// ExpIndexHint: inputs (δ, m); outputs u = min(max(q, 0), ExpTableSize−1)
// and e = q − u, q = ⌊(δ·m + 2^31) / 2^32⌋: u = tfops.ExpIndex(δ, m) and
// the saturation excess e ≥ 0 for δ ≥ 0.
func ExpIndexHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("exp index hint: want 2 inputs, 2 outputs")
	}
	q := new(big.Int).Mul(signed(in[0], mod), signed(in[1], mod))
	q.Add(q, new(big.Int).Lsh(big.NewInt(1), tfops.MultShift-1))
	q.Rsh(q, tfops.MultShift) // floor, also below 0
	u := int64(0)
	switch {
	case q.Cmp(big.NewInt(tfops.ExpTableSize-1)) > 0:
		u = tfops.ExpTableSize - 1
	case q.Sign() > 0:
		u = q.Int64()
	}
	out[0].SetInt64(u)
	out[1].Mod(q.Sub(q, big.NewInt(u)), mod)
	return nil
}

// MaxHint: inputs the signed values; output their maximum.
func MaxHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) == 0 || len(out) != 1 {
		return fmt.Errorf("max hint: want ≥ 1 input, 1 output")
	}
	m := signed(in[0], mod)
	for _, v := range in[1:] {
		if s := signed(v, mod); s.Cmp(m) > 0 {
			m = s
		}
	}
	setSigned(out[0], m, mod)
	return nil
}

// FirstMaxHint: inputs the signed values; outputs the one-hot vector of the
// first maximum (tfops.Argmax).
func FirstMaxHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) == 0 || len(out) != len(in) {
		return fmt.Errorf("first max hint: want n inputs, n outputs")
	}
	best := 0
	for i := range in {
		if signed(in[i], mod).Cmp(signed(in[best], mod)) > 0 {
			best = i
		}
	}
	for i := range out {
		out[i].SetInt64(0)
	}
	out[best].SetInt64(1)
	return nil
}

// TopKHint: inputs (k, keys…) read as signed integers; outputs the
// selection mask of the k largest keys (ties: lower index first, as
// tfops.TopK) and the threshold θ = the least selected key.
func TopKHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || len(out) != len(in) {
		return fmt.Errorf("top-k hint: want (k, n keys) and n+1 outputs")
	}
	keys := make([]*big.Int, len(in)-1)
	for i := range keys {
		keys[i] = signed(in[1+i], mod)
	}
	n := len(keys)
	k := n
	if in[0].IsInt64() && in[0].Int64() < int64(n) {
		k = int(max(in[0].Int64(), 1))
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]].Cmp(keys[idx[b]]) > 0 })
	for i := range out {
		out[i].SetInt64(0)
	}
	for _, i := range idx[:k] {
		out[i].SetInt64(1)
	}
	out[n].Mod(keys[idx[k-1]], mod)
	return nil
}

// FirstAboveHint: inputs (θ, w…) with w ≥ 0; outputs the one-hot vector of
// the least j with w_0 + … + w_j > θ (the last index if none).
func FirstAboveHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || len(out) != len(in)-1 {
		return fmt.Errorf("first above hint: want (θ, n weights) and n outputs")
	}
	theta := signed(in[0], mod)
	c := new(big.Int)
	hit := len(out) - 1
	for j, w := range in[1:] {
		c.Add(c, signed(w, mod))
		if c.Cmp(theta) > 0 {
			hit = j
			break
		}
	}
	for i := range out {
		out[i].SetInt64(0)
	}
	out[hit].SetInt64(1)
	return nil
}

// SplitHint: input ρ (canonical); outputs hi = ⌊ρ/2^32⌋ and lo = ρ mod 2^32.
func SplitHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 2 {
		return fmt.Errorf("split hint: want 1 input, 2 outputs")
	}
	out[0].Rsh(in[0], tfops.UniformBits)
	out[1].And(in[0], big.NewInt(1<<tfops.UniformBits-1))
	return nil
}

// PositionHint: inputs (t, n); outputs the one-hot vector of t among n
// slots (all zero if t is not in [0, n)).
func PositionHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) < 1 {
		return fmt.Errorf("position hint: want (t, n) and n outputs")
	}
	for i := range out {
		out[i].SetInt64(0)
	}
	if in[0].IsInt64() && in[0].Int64() >= 0 && in[0].Int64() < int64(len(out)) {
		out[in[0].Int64()].SetInt64(1)
	}
	return nil
}

// MaskedMaxHint: inputs (mask…, values…) (n each); output the maximum of
// the values whose mask is non-zero (0 if none).
func MaskedMaxHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || len(in)%2 != 0 || len(out) != 1 {
		return fmt.Errorf("masked max hint: want n masks, n values, 1 output")
	}
	n := len(in) / 2
	var m *big.Int
	for j := 0; j < n; j++ {
		if in[j].Sign() == 0 {
			continue
		}
		if s := signed(in[n+j], mod); m == nil || s.Cmp(m) > 0 {
			m = s
		}
	}
	if m == nil {
		m = new(big.Int)
	}
	out[0].Mod(m, mod)
	return nil
}
