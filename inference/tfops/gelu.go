package tfops

import (
	"math"

	"github.com/openproof/openproof/inference/gpt2"
)

// GELUTable returns the 256-entry GELU table of a c_fc output at exponent e
// (index y+128 for the saturated int8 y, the layout of quant.Layer.GELU):
//
//	T[y+128] = clamp(roundHalfEven(2^e·gelu_new(y·2^−e)), −128, 127)
//
// gelu_new is Hugging Face's tanh GELU (inference/gpt2.GELUNew), GPT-2's
// activation and the one the float reference runs. Scheme
// openproof-int8-tf-v1 used quant.GELUTable (the exact erf GELU) instead; the
// two tables differ in a few entries at some exponents (at e = 4, y = ±35).
func GELUTable(e int) []int8 {
	w, _ := GELUTableBits(e, ActBits8)
	t := make([]int8, len(w))
	for i, v := range w {
		t[i] = int8(v)
	}
	return t
}

// GELUTableBits is GELUTable at activation width w: 2^w entries, index
// y + 2^(w−1) for the saturated w-bit y, clamped to w bits. At w = 8 it is
// GELUTable's entries.
func GELUTableBits(e int, w uint) ([]int32, error) {
	if err := CheckBits(w); err != nil {
		return nil, err
	}
	lo, hi := ActRange(w)
	t := make([]int32, 1<<w)
	for i := range t {
		g := gpt2.GELUNew(math.Ldexp(float64(int64(i)+lo), -e))
		t[i] = int32(max(float64(lo), min(float64(hi), math.RoundToEven(math.Ldexp(g, e)))))
	}
	return t, nil
}
