// Package tfops is the integer reference of openproof's fixed-point scheme
// for transformer operators, "openproof-int8-tf-v2" at 8-bit activations
// and "openproof-fx12-tf-v3" at 12 (the activation width is the scheme's
// one parameter; see ActBits8 and docs/fixed-point-transformer.md): LayerNorm, attention
// (scores, causal mask, softmax, A·V), residual adds, argmax and seeded
// sampling. It extends inference/quant's "openproof-int8-pow2-v1" (int8
// activations with per-tensor power-of-two exponents, linear layers stay
// exactly as there); the GELU table is GELUTable, GPT-2's tanh GELU (v1 used
// quant's erf table, the only difference between v1 and v2). Every function here is the one source of
// truth for its rounding: the runtime calls it, and the circuit gadgets
// (circuits/tfgadgets) are tested against it on shared vectors.
//
// # Conventions
//
// An activation x at exponent e stands for x·2^−e; "sat" below is the
// clamp to the width (SatBits; [−128, 127] at 8 bits), and every operator
// has one program, generic over the storage type (Act: int8 for 8 bits,
// the circuits' type; int32 for any width). Every division
// rounds as written in the function's doc; "round(z/2^s)" always means
// floor((z + 2^(s−1)) / 2^s) (half up), as quant.Layer.Requantize does, and
// "sat" is the clamp to [−128, 127]. No function uses floating point on the
// integer path; floats appear only when parameters are derived from a real
// model (New* constructors) and in the error measurements of the tests.
//
// # Operators
//
//   - LayerNorm over d int8 inputs: S = Σx, c_i = d·x_i − S, V = Σc_i²,
//     V' = V + Eps, r = ⌊√(d·2^(2K) / V')⌋ (the largest r with
//     r²·V' ≤ d·2^(2K)), y_i = sat(round((c_i·r·γ_i + β_i·2^s) / 2^s)),
//     s = K + GammaExp − OutExp. c_i·r/2^K ≈ (x_i − μ)/σ.
//   - Scores: a_j = Σ_t q_t·k_{j,t} (exact); the 1/√h and the exponents
//     are folded into the softmax multiplier.
//   - Causal mask: query position t attends to keys 0..t only; masked keys
//     take no part in the max, the table or the sum.
//   - Softmax: m = max_j a_j, δ_j = m − a_j, u_j = min(round(δ_j·M / 2^32),
//     ExpTableSize−1), e_j = ExpTable[u_j], Z = Σ e_j,
//     p_j = ⌊(e_j·2^ProbBits + ⌊Z/2⌋) / Z⌋ (nearest, ties up).
//   - A·V: o = sat(round(Σ_j p_j·v_j / 2^s)), s = ProbBits + VExp − OutExp.
//   - Residual: z = a·2^(E−AExp) + b·2^(E−BExp), E = max(AExp, BExp,
//     OutExp+1), y = sat(round(z / 2^(E−OutExp))).
//   - Argmax: the lowest index among the maxima.
//   - Sampling: top-k by (value desc, index asc), exp weights as in the
//     softmax with the temperature folded into the multiplier, and inverse
//     CDF sampling with a 32-bit uniform drawn from a public seed through
//     Poseidon2 (inference/commit's hash).
package tfops

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/int128"
)

// Scheme names this fixed-point recipe in config.json and in digests: the
// recipe at activation width 8 (ActBits), the one the circuits prove.
const Scheme = "openproof-int8-tf-v2"

// Activation widths. The scheme is one recipe with the activation width W
// as its parameter: activations are W-bit two's-complement integers
// saturated to [−2^(W−1), 2^(W−1)−1]. W = 8 is Scheme ("openproof-int8-tf-v2",
// int8 everywhere, per-tensor weight exponents, unchanged); W = 12 is
// SchemeFx12 (docs/fixed-point-transformer.md): activations at the
// calibrated exponent + 4, int16 embeddings, int8 Conv1D weights with one
// exponent per output column, LoRA with a per-column multiplier, LayerNorm
// K + 4, GELU table of 2^12 entries. Softmax, sampling and argmax are the
// same at every width.
const (
	ActBits8  = 8
	ActBits12 = 12
)

// SchemeFx12 names the recipe at 12-bit activations.
const SchemeFx12 = "openproof-fx12-tf-v3"

// SchemeFor returns the scheme id of activation width bits: Scheme for 8,
// SchemeFx12 for 12.
func SchemeFor(bits uint) (string, error) {
	switch bits {
	case ActBits8:
		return Scheme, nil
	case ActBits12:
		return SchemeFx12, nil
	}
	return "", fmt.Errorf("%w: activation width %d bits (known: 8, 12)", ErrBadInput, bits)
}

// BitsOf returns the activation width of scheme id s.
func BitsOf(s string) (uint, error) {
	for _, b := range []uint{ActBits8, ActBits12} {
		if id, _ := SchemeFor(b); id == s {
			return b, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown transformer scheme %q", ErrBadInput, s)
}

// CheckBits returns an error unless bits is a known activation width.
func CheckBits(bits uint) error {
	_, err := SchemeFor(bits)
	return err
}

// Act is the storage type of activations: int8 for width 8 (the circuits'
// type), int32 for any width. Every operator has one integer program,
// generic over Act, with the width a parameter.
type Act interface{ ~int8 | ~int32 }

// ActRange returns [−2^(bits−1), 2^(bits−1)−1].
func ActRange(bits uint) (lo, hi int64) {
	return -(1 << (bits - 1)), 1<<(bits-1) - 1
}

// SatBits clamps q to [−2^(bits−1), 2^(bits−1)−1].
func SatBits(q int64, bits uint) int64 {
	lo, hi := ActRange(bits)
	return max(lo, min(hi, q))
}

// Widen returns v as int32s.
func Widen[T Act](v []T) []int32 {
	out := make([]int32, len(v))
	for i, x := range v {
		out[i] = int32(x)
	}
	return out
}

// Narrow returns v as int8s, or an error when a value is outside int8.
func Narrow(v []int32) ([]int8, error) {
	out := make([]int8, len(v))
	for i, x := range v {
		if x < -128 || x > 127 {
			return nil, fmt.Errorf("%w: value %d at %d is not an int8", ErrBadInput, x, i)
		}
		out[i] = int8(x)
	}
	return out, nil
}

// Scale parameters of the scheme. Changing one changes Scheme.
const (
	// MultShift is the fixed-point precision F of the softmax and sampling
	// multipliers: u = round(δ·M / 2^F).
	MultShift = 32
	// ExpFracBits: one exp-table step is 2^−ExpFracBits in the exponent.
	ExpFracBits = 5
	// ExpTableSize is the number of exp-table entries; indices saturate at
	// ExpTableSize−1 (δ ≥ 16 in real units gives e^−16 ≈ 1e−7 of weight).
	ExpTableSize = 512
	// ExpOutBits: ExpTable[0] = 2^ExpOutBits.
	ExpOutBits = 16
	// ProbBits: probabilities are integers in [0, 2^ProbBits] at 2^−ProbBits.
	ProbBits = 12
	// InvSqrtBase is the precision of LayerNorm's inverse square root:
	// K = InvSqrtBase + ⌈log2 d⌉ keeps r ≥ 2^(InvSqrtBase−7) for every
	// int8 input, i.e. at least 13 significant bits.
	InvSqrtBase = 20
	// MaxDim bounds vector lengths (LayerNorm width, context, vocabulary).
	MaxDim = 1 << 16
)

// ErrBadInput marks inputs and parameters the scheme cannot represent.
var ErrBadInput = fmt.Errorf("tfops: %w", errs.ErrBadInput)

// RoundShift returns floor((z + 2^(s−1)) / 2^s) for 1 ≤ s ≤ 62.
func RoundShift(z int64, s uint) int64 {
	q, _ := int128.From(z).RoundShift(s)
	return q
}

// Sat clamps q to [−128, 127] and returns the int8 (SatBits at width 8).
func Sat(q int64) int8 { return int8(SatBits(q, ActBits8)) }

// ExpTable returns the exp table: entry u is roundHalfEven(2^ExpOutBits ·
// exp(−u·2^−ExpFracBits)). Computed once with float64; the entries are the
// scheme's constants (TestExpTablePinned pins their digest).
func ExpTable() []int64 {
	t := make([]int64, ExpTableSize)
	for u := range t {
		t[u] = int64(math.RoundToEven(math.Ldexp(math.Exp(-math.Ldexp(float64(u), -ExpFracBits)), ExpOutBits)))
	}
	return t
}

var expTable = ExpTable()

// ExpIndex returns u = min(floor((δ·m + 2^(F−1)) / 2^F), ExpTableSize−1)
// for δ ≥ 0 (F = MultShift); exact for every δ < 2^32 and m < 2^32.
func ExpIndex(delta int64, m uint32) int64 {
	if delta < 0 {
		return 0
	}
	q, ok := int128.Mul(delta, int64(m)).RoundShift(MultShift)
	if !ok || q > ExpTableSize-1 {
		return ExpTableSize - 1
	}
	return q
}

// Multiplier returns roundHalfEven(x·2^MultShift) as a multiplier, or an
// error when it is not in [1, 2^32).
func Multiplier(x float64) (uint32, error) {
	v := math.RoundToEven(math.Ldexp(x, MultShift))
	if math.IsNaN(v) || v < 1 || v >= 1<<32 {
		return 0, fmt.Errorf("%w: multiplier %g·2^%d is not in [1, 2^32)", ErrBadInput, x, MultShift)
	}
	return uint32(v), nil
}

func checkLen(what string, n int) error {
	if n < 1 || n > MaxDim {
		return fmt.Errorf("%w: %s has %d entries, want 1..%d", ErrBadInput, what, n, MaxDim)
	}
	return nil
}
