package quality

import (
	"flag"
	"math/big"
	"math/bits"
	"reflect"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
)

var integerClassTau = flag.String("attribution.integer.class.tau", "", "temperatures τ ∈ {1, 2, 4} of robust-softclass/v1 rows (integer p_τ) for -attribution.integer.class, e.g. 1,2")

// integerClassTauShifts parses -attribution.integer.class.tau into τ_s = log₂ τ.
func integerClassTauShifts(t *testing.T) []uint {
	t.Helper()
	if *integerClassTau == "" {
		return nil
	}
	v, err := studyFlag("attribution.integer.class.tau", *integerClassTau, 1, influence.MaxClassTauShift+1)
	if err != nil {
		t.Fatal(err)
	}
	var out []uint
	for _, x := range v {
		if x < 1 || x != float64(int(x)) || bits.OnesCount(uint(x)) != 1 {
			t.Fatalf("-attribution.integer.class.tau %q: %g is not a power of two ≥ 1", *integerClassTau, x)
		}
		out = append(out, uint(bits.TrailingZeros(uint(x))))
	}
	return out
}

// TestIntSoftPayouts checks the smoothed class term's integer payouts:
// with a one-hot p (2^F at the prediction) they are the one-hot integer
// payouts exactly, with p split evenly over two classes they are the
// one-hot payouts of the averaged table row, and a p away from the
// prediction moves them.
func TestIntSoftPayouts(t *testing.T) {
	const f = 24
	bi := func(v ...int64) []*big.Int {
		out := make([]*big.Int, len(v))
		for i, x := range v {
			out[i] = big.NewInt(x)
		}
		return out
	}
	// Two test queries, three contributors; ⟨S_c, T⟩ includes negatives and
	// a contributor the class term alone leaves at 0.
	ia := &intAdapter{
		test: [][]*big.Int{bi(50, -20, 7), bi(-3, 900, 0)},
		pred: []int{1, 0},
	}
	cls := [][]*big.Int{bi(10, 4, 0), bi(2, 30, -8), nil, bi(-6, 12, 40)}
	oneHot := func(ks ...int) [][]int64 {
		out := make([][]int64, len(ks))
		for q, k := range ks {
			out[q] = make([]int64, 4)
			out[q][k] = 1 << f
		}
		return out
	}
	half := func(pairs ...[2]int) [][]int64 {
		out := make([][]int64, len(pairs))
		for q, p := range pairs {
			out[q] = make([]int64, 4)
			out[q][p[0]] += 1 << (f - 1)
			out[q][p[1]] += 1 << (f - 1)
		}
		return out
	}
	// avg is cls with row pred[q] replaced by the mean of rows a, b (all
	// entries even sums, so the mean is exact).
	avg := func(a, b int) [][]*big.Int {
		row := make([]*big.Int, 3)
		for c := range row {
			row[c] = new(big.Int)
			for _, k := range []int{a, b} {
				if cls[k] != nil {
					row[c].Add(row[c], cls[k][c])
				}
			}
			row[c].Rsh(row[c], 1)
		}
		return [][]*big.Int{row, row, nil, nil}
	}
	for _, tc := range []struct {
		name  string
		only  bool
		cls   [][]*big.Int
		probs [][]int64
		want  [][]float64
		same  bool // payouts equal want (else they must differ)
	}{
		{"one-hot p, class only", true, cls, oneHot(1, 0), intPayouts(ia, cls, true), true},
		{"one-hot p, sketch + class", false, cls, oneHot(1, 0), intPayouts(ia, cls, false), true},
		{"one-hot p, no table", false, nil, oneHot(1, 0), intPayouts(ia, nil, false), true},
		{"one-hot p at a class without references", true, cls, oneHot(2, 2), intPayouts(ia, [][]*big.Int{nil, nil}, true), true},
		{"half/half, class only", true, cls, half([2]int{1, 3}, [2]int{0, 1}), nil, true},
		{"one-hot p away from the prediction", true, cls, oneHot(3, 3), intPayouts(ia, cls, true), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil { // the half/half case: per query, the averaged row at the prediction
				want = [][]float64{intPayouts(ia, avg(1, 3), true)[0], intPayouts(ia, avg(0, 1), true)[1]}
			}
			got := intSoftPayouts(ia, tc.cls, tc.only, tc.probs, f)
			if reflect.DeepEqual(got, want) != tc.same {
				t.Fatalf("soft payouts %v, one-hot %v, want equal: %v", got, want, tc.same)
			}
		})
	}
}
