package influence

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
)

// The class table over N adapters on hand-computed sums (3 classes, 2
// contributors, s = 1): per class, the mean over the adapters that predict
// it of each adapter's mean score, times β/2^s, rounded once, half up.
func TestClassTableOfByHand(t *testing.T) {
	mk := func(cnt []int64, sums [][]int64) *classSums {
		cs := &classSums{cnt: cnt}
		for _, row := range sums {
			var r []*big.Int
			for _, v := range row {
				r = append(r, big.NewInt(v))
			}
			cs.sums = append(cs.sums, r)
		}
		return cs
	}
	a := mk([]int64{2, 1, 0}, [][]int64{{10, -3}, {7, 0}, {0, 0}})
	b := mk([]int64{1, 0, 0}, [][]int64{{4, 5}, {0, 0}, {0, 0}})
	c := mk([]int64{0, 2, 0}, [][]int64{{0, 0}, {1, 3}, {0, 0}})
	d := mk([]int64{1, 0, 0}, [][]int64{{-1, 1}, {0, 0}, {0, 0}})
	huge := mk([]int64{1, 0, 0}, [][]int64{{1 << 40, 0}, {0, 0}, {0, 0}})
	pl := &Plan{P: Params{ClassShift: 1}, Model: &quant.Model{Layers: []quant.Layer{{Out: 3}}}}
	for _, tc := range []struct {
		name    string
		all     []*classSums
		betaPPM uint32
		want    []Sketch // [c][k]
	}{
		// k0: adapters a, b: c0 (10/2 + 4/1)/2/2 = 2.25 → 2, c1 (−3/2 + 5)/2/2 = 0.875 → 1;
		// k1: adapters a, c: c0 (7 + 1/2)/2/2 = 1.875 → 2, c1 (0 + 3/2)/2/2 = 0.375 → 0; k2: none.
		{"three adapters, β = 1", []*classSums{a, b, c}, 1_000_000, []Sketch{{2, 2, 0}, {1, 0, 0}}},
		// β = 3: 6.75 → 7, 2.625 → 3, 5.625 → 6, 1.125 → 1.
		{"three adapters, β = 3", []*classSums{a, b, c}, 3_000_000, []Sketch{{7, 6, 0}, {3, 1, 0}}},
		// One adapter: 10/2/2 = 2.5 → 3, −3/2/2 = −0.75 → −1, 7/2 = 3.5 → 4.
		{"adapter a alone", []*classSums{a}, 1_000_000, []Sketch{{3, 4, 0}, {-1, 0, 0}}},
		// Half up on both signs: −0.5 → 0, 0.5 → 1.
		{"halves", []*classSums{d}, 1_000_000, []Sketch{{0, 0, 0}, {1, 0, 0}}},
		// a and d on class 0 only: c0 (5 − 1)/2/2 = 1, c1 (−1.5 + 1)/2/2 = −0.125 → 0.
		{"a and d", []*classSums{a, d}, 1_000_000, []Sketch{{1, 4, 0}, {0, 0, 0}}},
	} {
		got, err := pl.classTableOf(tc.all, 2, Method{ClassBetaPPM: tc.betaPPM})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: table %v, want %v", tc.name, got, tc.want)
		}
	}
	if _, err := pl.classTableOf([]*classSums{huge}, 2, Method{ClassBetaPPM: 1_000_000}); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("a class value outside ±2^23: %v", err)
	}
}
