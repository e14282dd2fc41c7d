// Package tfops is the integer reference of openproof's fixed-point scheme
// for transformer operators, "openproof-int8-tf-v2": LayerNorm, attention
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
// An int8 activation x at exponent e stands for x·2^−e. Every division
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

// Scheme names this fixed-point recipe in config.json and in digests.
const Scheme = "openproof-int8-tf-v2"

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

// Sat clamps q to [−128, 127] and returns the int8.
func Sat(q int64) int8 {
	switch {
	case q > 127:
		return 127
	case q < -128:
		return -128
	}
	return int8(q)
}

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
