package attribution

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark/constraint/solver"
)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the solver hints of this package (registered in init).
func Hints() []solver.Hint {
	return []solver.Hint{DivHint, ArgmaxHint, SignHint, PositiveHint, LargestRemainderHint}
}

// signed maps a field element to the integer in (−p/2, p/2].
func signed(v, mod *big.Int) *big.Int {
	if v.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		return new(big.Int).Sub(v, mod)
	}
	return new(big.Int).Set(v)
}

// DivHint returns q = ⌊a/b⌋ and r = a − q·b for a signed a and b > 0
// (q = r = 0 when b = 0).
func DivHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("div hint: want 2 inputs and 2 outputs")
	}
	a, b := signed(in[0], mod), signed(in[1], mod)
	if b.Sign() <= 0 {
		out[0].SetInt64(0)
		out[1].Set(in[0])
		return nil
	}
	q, r := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean = floor for b > 0
	out[0].Mod(q, mod)
	out[1].Set(r)
	return nil
}

// ArgmaxHint returns the one-hot vector of the first maximum of its signed inputs.
func ArgmaxHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != len(out) || len(in) == 0 {
		return fmt.Errorf("argmax hint: %d inputs, %d outputs", len(in), len(out))
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

// SignHint returns (max(v, 0), max(−v, 0)) of a signed v.
func SignHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 2 {
		return fmt.Errorf("sign hint: want 1 input and 2 outputs")
	}
	v := signed(in[0], mod)
	out[0].SetInt64(0)
	out[1].SetInt64(0)
	if v.Sign() > 0 {
		out[0].Set(v)
	} else {
		out[1].Neg(v)
	}
	return nil
}

// PositiveHint returns [v > 0] of a signed v.
func PositiveHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("positive hint: want 1 input and 1 output")
	}
	out[0].SetInt64(0)
	if signed(in[0], mod).Sign() > 0 {
		out[0].SetInt64(1)
	}
	return nil
}

// LargestRemainderHint takes (left, k_0, …, k_{n−1}) with distinct keys and
// 0 ≤ left < n and returns (e_0, …, e_{n−1}, b_0, …, b_{n−1}): e_c = 1 for
// the left largest keys, b the one-hot of the largest unselected key.
func LargestRemainderHint(_ *big.Int, in, out []*big.Int) error {
	n := len(in) - 1
	if n < 1 || len(out) != 2*n {
		return fmt.Errorf("largest-remainder hint: %d inputs, %d outputs", len(in), len(out))
	}
	left := int(in[0].Int64())
	if !in[0].IsInt64() || left < 0 || left >= n {
		return fmt.Errorf("largest-remainder hint: %v to spread over %d", in[0], n)
	}
	k := in[1:]
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return k[order[a]].Cmp(k[order[b]]) > 0 })
	for i := range out {
		out[i].SetInt64(0)
	}
	for _, c := range order[:left] {
		out[c].SetInt64(1)
	}
	out[n+order[left]].SetInt64(1)
	return nil
}
