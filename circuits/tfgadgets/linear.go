package tfgadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// LinearLoRA is the private adapter of a Linear gadget: A [Rank][In] and
// B [Out][Rank] int8 and the per-column multipliers M (Out), which the
// caller range-checks (int8, and M < 2^tfops.MaxLoRAMultBits).
type LinearLoRA struct {
	A, B, M []frontend.Variable
	Rank    int
}

// Linear enforces tfops.Linear.Forward for the layer's constant weights,
// biases, per-column exponents and GELU table on x (W-bit values the
// caller has range-checked), with the private adapter lora (nil: none; the
// layer's own LoRA, if any, is not used: its values are the witness's).
// Returns the outputs after the activation, range-checked at W bits.
//
// Constraints: the weighted sums are free (constant weights); a LoRA costs
// Rank·In + Out·Rank + Out products; each output one requantization
// (gadgets.Requantize at the layer's width, shift s_i or s_i + 32).
// Bounds: |x| ≤ 2^(W−1), |w| ≤ 128, so |acc_i| ≤ max|b| + In·2^(W+6);
// |h| ≤ In·2^(W+6), |δ| ≤ Rank·128·|h| and δ·M_i < |δ|·2^48, so |z_i| /
// 2^(s_i + 32) stays below (|acc| + |δ|·2^16)/2^s_i + 1, the slack bound.
func (t *TF) Linear(x []frontend.Variable, l *tfops.Linear, lora *LinearLoRA) ([]frontend.Variable, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	if len(x) != l.In {
		return nil, fmt.Errorf("tfgadgets: linear %s of %d inputs, want %d", l.Name, len(x), l.In)
	}
	api := t.api
	in, out := l.In, l.Out
	var maxBias int64
	for _, b := range l.Bias {
		maxBias = max(maxBias, b, -b)
	}
	half := int64(1) << (l.Bits - 1)
	maxAcc := new(big.Int).Add(big.NewInt(maxBias), big.NewInt(int64(in)*128*half))
	zHi := new(big.Int).Set(maxAcc)
	var delta []frontend.Variable
	if lora != nil {
		r := lora.Rank
		if r < 1 || len(lora.A) != r*in || len(lora.B) != out*r || len(lora.M) != out {
			return nil, fmt.Errorf("tfgadgets: linear %s: adapter of rank %d with |A| = %d, |B| = %d, |M| = %d", l.Name, r, len(lora.A), len(lora.B), len(lora.M))
		}
		h := make([]frontend.Variable, r)
		terms := make([]frontend.Variable, max(in, r))
		for k := range h {
			for j := range x {
				terms[j] = api.Mul(lora.A[k*in+j], x[j])
			}
			h[k] = gadgets.Sum(api, terms[:in])
		}
		delta = make([]frontend.Variable, out)
		for i := range delta {
			for k := range h {
				terms[k] = api.Mul(lora.B[i*r+k], h[k])
			}
			delta[i] = api.Mul(gadgets.Sum(api, terms[:r]), lora.M[i])
		}
		maxDelta := new(big.Int).Mul(big.NewInt(int64(r)*128), big.NewInt(int64(in)*128*half))
		zHi.Add(zHi, maxDelta.Lsh(maxDelta, tfops.MaxLoRAMultBits-quant.AdapterShift))
	}
	ws := make([]int8, in)
	ys := make([]frontend.Variable, out)
	for i := range ys {
		copy(ws, l.W[i*in:(i+1)*in])
		terms := []frontend.Variable{l.Bias[i]}
		for j, w := range ws {
			if w != 0 {
				terms = append(terms, api.Mul(x[j], int64(w)))
			}
		}
		z := gadgets.Sum(api, terms)
		s := l.Shift(i)
		if delta != nil {
			z = api.Add(api.Mul(z, new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift)), delta[i])
			s += quant.AdapterShift
		}
		q := new(big.Int).Rsh(zHi, l.Shift(i))
		q.Add(q, big.NewInt(1+half))
		rq := gadgets.Requant{FracBits: s, Act: quant.ActNone, SlackBits: q.BitLen()}
		if l.GELU != nil {
			rq.Act = quant.ActGELU
		}
		if l.Bits == tfops.ActBits8 {
			if l.GELU != nil {
				g8, err := tfops.Narrow(l.GELU)
				if err != nil {
					return nil, err
				}
				rq.GELU = g8
			}
		} else {
			rq.Bits, rq.GELUWide = l.Bits, l.GELU
		}
		_, y, err := t.g.Requantize(z, rq)
		if err != nil {
			return nil, fmt.Errorf("tfgadgets: linear %s column %d: %w", l.Name, i, err)
		}
		ys[i] = y
	}
	return ys, t.err
}
