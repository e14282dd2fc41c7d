// Package quant is openproof's fixed-point recipe: the exact integer program
// whose execution the circuits prove. Everything that computes a quantized
// value (runtime, trace checker, circuits' witness hints, merge) calls into this
// package, so there is one source of truth for every rounding.
//
// # Scheme "openproof-int8-pow2-v1"
//
// Every real tensor v is represented by int8 values v_q with a per-tensor
// power-of-two exponent e: v ≈ v_q·2^−e.
//
//   - Weights W0 (base), A and B (LoRA): e = the largest integer with
//     max|v|·2^e ≤ 127; v_q = clamp(roundHalfEven(v·2^e), −127, 127).
//   - Activations: int8 in [−128, 127]. The model input uses
//     x_q = clamp(roundHalfEven(x·2^e_in), −128, 127); every layer's output
//     exponent e_out comes from calibration (config.json "quantization").
//   - Bias: int32 at the accumulator scale 2^−(e_in+e_w).
//
// One linear layer with in inputs and out outputs, input x (int8, exponent
// e_in), optional LoRA adapter (A [r][in], B [out][r], multiplier M), computes
// for each output i, exactly in integers:
//
//	acc_i = b_i + Σ_j W0[i][j]·x_j                (|acc| < 2^31 is checked at load)
//	h     = A·x                                   (exact, int64)
//	δ_i   = Σ_t B[i][t]·h_t                       (exact, int64)
//	z_i   = acc_i·2^32 + δ_i·M                    (exact, 128-bit / field)
//	q_i   = floor((z_i + 2^(k+31)) / 2^(k+32))    round half up of z/2^(k+32)
//	y_i   = clamp(q_i, lo, hi)                    saturation
//	out_i = y_i (ReLU, none) or GELU[y_i+128] (GELU table over int8)
//
// where k = e_in + e_w − e_out (1 ≤ k ≤ 31) is the layer's requantization
// shift, [lo, hi] = [0, 127] for ReLU (ReLU folds into the clamp) and
// [−128, 127] otherwise, and M = roundHalfEven(s·2^(e_w − e_A − e_B + 32)) with
// s = lora_alpha/r (lora_alpha/√r with rsLoRA). M·2^−32 is the adapter's real
// scale expressed in accumulator units, so s·B(A·x) enters the accumulator with
// a single rounding, the one that requantizes the output. Without an adapter
// (δ = 0) the same q is floor((acc + 2^(k−1)) / 2^k), which is what the circuit
// uses for non-adapted layers.
//
// The circuit proves: acc_i·2^32 + δ_i·M + 2^(k+31) = (y_i + p_i − n_i)·2^(k+32) + rem_i
// with rem_i ∈ [0, 2^(k+32)), y_i ∈ [lo, hi], p_i·(hi − y_i) = 0,
// n_i·(y_i − lo) = 0 and p_i + n_i ∈ [0, 2^SlackBits); p and n are the
// saturation excesses above hi and below lo.
package quant

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/errs"
)

// Scheme names this fixed-point recipe in config.json and in digests.
const Scheme = "openproof-int8-pow2-v1"

// AdapterShift is the fixed-point precision of the adapter multiplier M.
const AdapterShift = 32

// MaxShift bounds a layer's requantization shift k so that k+AdapterShift < 64.
const MaxShift = 31

// ErrBadInput marks models, adapters and inputs the recipe cannot represent.
var ErrBadInput = fmt.Errorf("quantization: %w", errs.ErrBadInput)

// Activation is a layer's nonlinearity after requantization.
type Activation uint8

// Activations. The numbering is part of the model digest.
const (
	ActNone Activation = 0
	ActReLU Activation = 1
	ActGELU Activation = 2
)

func (a Activation) String() string {
	switch a {
	case ActNone:
		return "none"
	case ActReLU:
		return "relu"
	case ActGELU:
		return "gelu"
	}
	return fmt.Sprintf("activation(%d)", uint8(a))
}

// ParseActivation maps a config.json activation name.
func ParseActivation(s string) (Activation, error) {
	switch s {
	case "none", "":
		return ActNone, nil
	case "relu":
		return ActReLU, nil
	case "gelu":
		return ActGELU, nil
	}
	return 0, fmt.Errorf("%w: unknown activation %q", ErrBadInput, s)
}

// Layer is one quantized linear layer.
type Layer struct {
	Name    string
	In, Out int
	W       []int8  // [Out][In] row-major
	Bias    []int32 // at scale 2^−(InExp+WExp)
	WExp    int
	InExp   int
	OutExp  int
	Shift   uint // k = InExp + WExp − OutExp
	Act     Activation
	GELU    []int8 // 256 entries, index y+128, only for ActGELU
}

// Bounds returns the clamp interval [lo, hi] of the layer's outputs.
func (l *Layer) Bounds() (lo, hi int64) {
	if l.Act == ActReLU {
		return 0, 127
	}
	return -128, 127
}

// Model is a quantized stack of layers.
type Model struct {
	Name     string
	InputExp int
	Layers   []Layer
}

// AdapterLayer is the quantized LoRA adapter of one model layer.
type AdapterLayer struct {
	Layer int // index into Model.Layers
	Rank  int
	A     []int8 // [Rank][In]
	B     []int8 // [Out][Rank]
	AExp  int
	BExp  int
	M     uint32 // s·2^(WExp−AExp−BExp+AdapterShift), rounded
}

// Adapter is a quantized LoRA adapter: at most one AdapterLayer per model layer,
// sorted by Layer.
type Adapter struct {
	Name   string
	Layers []AdapterLayer
}

// Shape returns the adapter rank for each model layer (0 where not adapted).
// One circuit, and so one proving key, serves every adapter of one shape.
func (a *Adapter) Shape(nLayers int) []int {
	s := make([]int, nLayers)
	if a == nil {
		return s
	}
	for _, l := range a.Layers {
		if l.Layer >= 0 && l.Layer < nLayers {
			s[l.Layer] = l.Rank
		}
	}
	return s
}

// ForLayer returns the adapter layer for model layer i, or nil.
func (a *Adapter) ForLayer(i int) *AdapterLayer {
	if a == nil {
		return nil
	}
	for k := range a.Layers {
		if a.Layers[k].Layer == i {
			return &a.Layers[k]
		}
	}
	return nil
}

// Exponent returns the largest e in [−64, 64] with maxAbs·2^e ≤ limit
// (0 for an all-zero tensor, which any exponent represents exactly: no
// division by its maximum happens).
func Exponent(maxAbs float64, limit float64) int {
	if maxAbs == 0 || math.IsNaN(maxAbs) || math.IsInf(maxAbs, 0) {
		return 0
	}
	e := int(math.Floor(math.Log2(limit / maxAbs)))
	// Log2 can be off by one ulp at exact powers of two: settle it exactly.
	for e < 64 && math.Ldexp(maxAbs, e+1) <= limit {
		e++
	}
	for e > -64 && math.Ldexp(maxAbs, e) > limit {
		e--
	}
	return e
}

// QuantizeTensor returns int8 values clamp(roundHalfEven(v·2^e), −127, 127)
// with e = Exponent(max|v|, 127).
func QuantizeTensor(v []float32) ([]int8, int, error) {
	var m float64
	for i, x := range v {
		f := float64(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, 0, fmt.Errorf("%w: element %d is %v", ErrBadInput, i, x)
		}
		m = math.Max(m, math.Abs(f))
	}
	e := Exponent(m, 127)
	out := make([]int8, len(v))
	for i, x := range v {
		out[i] = int8(clampF(math.RoundToEven(math.Ldexp(float64(x), e)), -127, 127))
	}
	return out, e, nil
}

// QuantizeInput maps real inputs to int8 activations at exponent e.
func QuantizeInput(x []float32, e int) []int8 {
	out := make([]int8, len(x))
	for i, v := range x {
		f := float64(v)
		if math.IsNaN(f) {
			f = 0
		}
		out[i] = int8(clampF(math.RoundToEven(math.Ldexp(f, e)), -128, 127))
	}
	return out
}

// Dequantize maps int8 values at exponent e back to reals.
func Dequantize(v []int8, e int) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(math.Ldexp(float64(x), -e))
	}
	return out
}

func clampF(v, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, v))
}

// GELUTable returns the int8 GELU table for exponent e: entry i is
// clamp(roundHalfEven(gelu((i−128)·2^−e)·2^e), −128, 127), gelu the exact erf form.
func GELUTable(e int) []int8 {
	t := make([]int8, 256)
	for i := range t {
		x := math.Ldexp(float64(i-128), -e)
		g := 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
		t[i] = int8(clampF(math.RoundToEven(math.Ldexp(g, e)), -128, 127))
	}
	return t
}
