package influence

import (
	"fmt"
	"math/big"
	"sort"
)

// Score → weight rules (Params.WeightRule).
const (
	// RuleTopRemainder is the original rule (package doc): w_c =
	// ⌊10^6·ŝ_c/Z⌋, ŝ_c = max(s_c, 0), Z = Σ ŝ, the remainder 10^6 − Σ w to
	// the first top score; every weight 0 when Z = 0 (the settlement then
	// pays the contributors' pool to the owner).
	RuleTopRemainder uint8 = 0
	// RuleLargestRemainder (issue 16): ŝ_c = max(s_c, 0), or ŝ_c = 1 for
	// every contributor when no score is positive (the pool is split equally
	// among the contributors instead of going to the owner, who commits the
	// sketches); w_c = ⌊10^6·ŝ_c/Z⌋ + e_c, where e_c = 1 for the
	// 10^6 − Σ⌊·⌋ (< n) contributors with the largest remainders
	// 10^6·ŝ_c mod Z, the lowest index first among equal remainders
	// (Hamilton's method: no contributor gets more than one ppm of rounding,
	// at any size). Weights always sum to 10^6.
	RuleLargestRemainder uint8 = 1
)

// WeightsBy normalizes scores to parts per million under rule. It also
// returns the index that received the whole remainder under
// RuleTopRemainder (−1 when every weight is 0, and always −1 under
// RuleLargestRemainder).
func WeightsBy(rule uint8, scores []*big.Int) ([]uint32, int, error) {
	switch rule {
	case RuleTopRemainder:
		w, top := Weights(scores)
		return w, top, nil
	case RuleLargestRemainder:
		return LargestRemainder(scores), -1, nil
	}
	return nil, -1, fmt.Errorf("%w: unknown weight rule %d", ErrBadInput, rule)
}

// LargestRemainder is RuleLargestRemainder's weights.
func LargestRemainder(scores []*big.Int) []uint32 {
	n := len(scores)
	w := make([]uint32, n)
	if n == 0 {
		return w
	}
	pos := make([]*big.Int, n)
	total := new(big.Int)
	for c, s := range scores {
		pos[c] = new(big.Int)
		if s.Sign() > 0 {
			pos[c].Set(s)
		}
		total.Add(total, pos[c])
	}
	if total.Sign() == 0 {
		for c := range pos {
			pos[c].SetInt64(1)
		}
		total.SetInt64(int64(n))
	}
	rem := make([]*big.Int, n)
	var sum uint32
	for c, p := range pos {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(p, big.NewInt(PPM)), total, new(big.Int))
		w[c], rem[c] = uint32(q.Uint64()), r
		sum += w[c]
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]].Cmp(rem[order[b]]) > 0 })
	for _, c := range order[:PPM-sum] {
		w[c]++
	}
	return w
}
