package gadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/inference/quant"
)

// Dense returns acc_i = bias_i + Σ_j W[i][j]·x_j for constant int8 weights W
// ([len(bias)][len(x)], row-major) and int32 biases. Multiplying by a
// constant is free in R1CS, so this costs no multiplication constraints:
// only gnark's compression of sums longer than its CompressThreshold (one
// equality per output). Zero weights are skipped.
func Dense(api frontend.API, w []int8, bias []int32, x []frontend.Variable) ([]frontend.Variable, error) {
	in, out := len(x), len(bias)
	if len(w) != in*out {
		return nil, fmt.Errorf("gadgets: dense layer has %d weights, want %d×%d", len(w), out, in)
	}
	acc := make([]frontend.Variable, out)
	terms := make([]frontend.Variable, 0, in+1)
	for i := range acc {
		terms = append(terms[:0], int64(bias[i]))
		for j, v := range w[i*in : (i+1)*in] {
			if v != 0 {
				terms = append(terms, api.Mul(x[j], int64(v)))
			}
		}
		acc[i] = Sum(api, terms)
	}
	return acc, nil
}

// LoRA returns the adapted pre-activations z_i = acc_i·2^32 + δ_i·M with
// h = A·x, δ = B·h, for private A ([rank][len(x)]), B ([len(acc)][rank]) and
// multiplier M, which the caller range-checks (int8 and 32 bits). It
// multiplies M into h first, z_i = acc_i·2^32 + Σ_t B[i][t]·(h_t·M), so that
// it costs rank·in + rank + out·rank constraints, one per MAC plus one per
// rank, instead of one more per output for δ_i·M.
func LoRA(api frontend.API, acc, x, a, b []frontend.Variable, m frontend.Variable, rank int) ([]frontend.Variable, error) {
	in, out := len(x), len(acc)
	if rank < 1 || len(a) != rank*in || len(b) != out*rank {
		return nil, fmt.Errorf("gadgets: LoRA of rank %d with |A| = %d, |B| = %d for a %d→%d layer", rank, len(a), len(b), in, out)
	}
	hm := make([]frontend.Variable, rank)
	terms := make([]frontend.Variable, max(in, rank+1))
	for t := range hm {
		for j := range x {
			terms[j] = api.Mul(a[t*in+j], x[j])
		}
		hm[t] = api.Mul(Sum(api, terms[:in]), m)
	}
	shift := new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift)
	z := make([]frontend.Variable, out)
	for i := range z {
		terms[0] = api.Mul(acc[i], shift)
		for t := range hm {
			terms[1+t] = api.Mul(b[i*rank+t], hm[t])
		}
		z[i] = Sum(api, terms[:rank+1])
	}
	return z, nil
}
