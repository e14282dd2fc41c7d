package influence

import (
	"math/big"
	"testing"
)

func bigs(v ...int64) []*big.Int {
	out := make([]*big.Int, len(v))
	for i, x := range v {
		out[i] = big.NewInt(x)
	}
	return out
}

func TestLargestRemainder(t *testing.T) {
	equal := make([]int64, 1<<16)
	for i := range equal {
		equal[i] = 7
	}
	tests := []struct {
		name   string
		scores []*big.Int
		want   []uint32 // nil: check only the sum and the spread
	}{
		{"proportional, no remainder", bigs(1, 3, 0, -5), []uint32{250_000, 750_000, 0, 0}},
		{"equal thirds: the lowest index takes the ppm", bigs(2, 2, 2), []uint32{333_334, 333_333, 333_333}},
		{"the largest remainder takes the ppm", bigs(1, 1, 1, 4), []uint32{142_857, 142_857, 142_857, 571_429}},
		{"all ≤ 0: equal split", bigs(0, -1, -9), []uint32{333_334, 333_333, 333_333}},
		{"65,536 equal contributors", bigs(equal...), nil},
		{"one positive", bigs(-3, 5, 0), []uint32{0, PPM, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, top, err := WeightsBy(RuleLargestRemainder, tc.scores)
			if err != nil || top != -1 {
				t.Fatalf("WeightsBy: top %d, %v", top, err)
			}
			var sum uint32
			lo, hi := w[0], w[0]
			for _, x := range w {
				sum += x
				lo, hi = min(lo, x), max(hi, x)
			}
			if sum != PPM {
				t.Fatalf("sum %d", sum)
			}
			if tc.want == nil {
				if hi-lo > 1 {
					t.Fatalf("equal scores got weights from %d to %d", lo, hi)
				}
				return
			}
			for c := range w {
				if w[c] != tc.want[c] {
					t.Fatalf("weights %v, want %v", w, tc.want)
				}
			}
		})
	}
	// The original rule, for contrast: the top score takes every remainder.
	w, _, _ := WeightsBy(RuleTopRemainder, bigs(equal...))
	if w[0] <= w[1]+1 {
		t.Fatalf("top-remainder rule on equal scores: %d vs %d (expected the remainder on index 0)", w[0], w[1])
	}
	if _, _, err := WeightsBy(2, bigs(1)); err == nil {
		t.Fatal("unknown rule accepted")
	}
}
