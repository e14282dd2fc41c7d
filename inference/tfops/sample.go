package tfops

import (
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/commit"
)

// Argmax returns the lowest index among the maxima of v (greedy decoding
// over the LM head's integer logits); −1 for an empty v.
func Argmax(v []int64) int {
	if len(v) == 0 {
		return -1
	}
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// TagSample is the domain tag of sampling randomness.
const TagSample = "openproof/sample/v1"

// UniformBits is the width of the uniform integer drawn per sampled token.
const UniformBits = 32

// Uniform returns the uniform integer of sampling step step under a public
// seed: ρ = commit.Hash(Tag(TagSample), seed, step) read as its canonical
// integer, written ρ = hi·2^32 + lo; the result is lo. The circuit proves
// the split with hi < ⌊p/2^32⌋ (p the BN254 scalar modulus), which makes it
// unique; the ρ with hi = ⌊p/2^32⌋ (probability < 2^−190) are refused here
// and there alike: pick another seed.
func Uniform(seed fr.Element, step uint64) (uint32, error) {
	rho := commit.Hash(commit.Tag(TagSample), seed, commit.Uint(step))
	v := rho.BigInt(new(big.Int))
	hi := new(big.Int).Rsh(v, UniformBits)
	if hi.Cmp(UniformHiBound()) >= 0 {
		return 0, fmt.Errorf("%w: seed %s gives unusable randomness at step %d", ErrBadInput, commit.Hex(seed), step)
	}
	return uint32(v.Uint64()), nil
}

// UniformHiBound returns ⌊p/2^32⌋: hi must be below it.
func UniformHiBound() *big.Int {
	return new(big.Int).Rsh(fr.Modulus(), UniformBits)
}

// Sampler is seeded top-k sampling with a temperature over integer logits.
type Sampler struct {
	TopK int    // k ≥ 1; k ≥ len(logits) keeps every token
	Mult uint32 // round(2^−LogitExp/τ · 2^(ExpFracBits+MultShift))
}

// NewSampler derives the multiplier for temperature τ > 0 and logits at
// exponent logitExp (the LM head's accumulator exponent).
func NewSampler(temperature float64, topK, logitExp int) (Sampler, error) {
	if !(temperature > 0) || math.IsInf(temperature, 0) {
		return Sampler{}, fmt.Errorf("%w: temperature %g (use Argmax for greedy decoding)", ErrBadInput, temperature)
	}
	if topK < 1 {
		return Sampler{}, fmt.Errorf("%w: top-k %d", ErrBadInput, topK)
	}
	m, err := Multiplier(math.Ldexp(1/temperature, ExpFracBits-logitExp))
	if err != nil {
		return Sampler{}, err
	}
	return Sampler{TopK: topK, Mult: m}, nil
}

// SampleTrace holds every integer of one sampled token.
type SampleTrace struct {
	Logits   []int64
	Selected []bool  // the top-k set
	Max      int64   // max_j logit_j
	U        []int64 // exp-table index of max − logit_j (every j)
	W        []int64 // Selected_j·ExpTable[U_j]
	Z        int64   // Σ W_j
	Uniform  uint32
	Theta    int64 // ⌊Uniform·Z / 2^32⌋ ∈ [0, Z)
	Token    int   // the least j with W_0 + … + W_j > Theta
}

// TopK returns the k largest entries of v by (value desc, index asc), as a
// mask.
func TopK(v []int64, k int) []bool {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] > v[idx[b]] })
	sel := make([]bool, len(v))
	for _, i := range idx[:min(k, len(v))] {
		sel[i] = true
	}
	return sel
}

// Sample draws a token from logits with uniform u (Uniform). The logits
// must span less than 2^32.
func (s Sampler) Sample(logits []int64, u uint32) (*SampleTrace, error) {
	if err := checkLen("logits", len(logits)); err != nil {
		return nil, err
	}
	if s.TopK < 1 || s.Mult == 0 {
		return nil, fmt.Errorf("%w: sampler top-k %d, multiplier %d", ErrBadInput, s.TopK, s.Mult)
	}
	n := len(logits)
	tr := &SampleTrace{Logits: append([]int64(nil), logits...), Selected: TopK(logits, s.TopK),
		Max: logits[Argmax(logits)], U: make([]int64, n), W: make([]int64, n), Uniform: u}
	for _, l := range logits {
		if tr.Max-l >= 1<<SpanBits {
			return nil, fmt.Errorf("%w: logits span %d, want < 2^32", ErrBadInput, tr.Max-l)
		}
	}
	for j, l := range logits {
		tr.U[j] = ExpIndex(tr.Max-l, s.Mult)
		if tr.Selected[j] {
			tr.W[j] = expTable[tr.U[j]]
		}
		tr.Z += tr.W[j]
	}
	tr.Theta = int64((uint64(u) * uint64(tr.Z)) >> UniformBits)
	var c int64
	for j, w := range tr.W {
		c += w
		if c > tr.Theta {
			tr.Token = j
			break
		}
	}
	return tr, nil
}
