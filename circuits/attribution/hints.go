package attribution

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the solver hints of this package (registered in init).
func Hints() []solver.Hint {
	return []solver.Hint{DivHint, ArgmaxHint, SignHint, PositiveHint}
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
