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
	t := make([]int8, 256)
	for i := range t {
		g := gpt2.GELUNew(math.Ldexp(float64(i-128), -e))
		t[i] = int8(max(-128, min(127, math.RoundToEven(math.Ldexp(g, e)))))
	}
	return t
}
