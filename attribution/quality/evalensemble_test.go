package quality

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/mnist"
)

// TestRefQueries: the reference digits are disjoint from both splits',
// with the test split right after validation and moved past the
// references (EvalConfig.TestFrom); references reaching into a moved test
// split are refused.
func TestRefQueries(t *testing.T) {
	rot, _ := synthetic(400)
	for _, tc := range []struct {
		name     string
		testFrom int
	}{{"test after validation", 0}, {"test moved past the references", 30}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := EvalConfig{ValPerClass: 3, TestPerClass: 5, TestFrom: tc.testFrom}
			val, tst := SplitQueries(rot, 3, tc.testFrom, 5)
			if len(val.Inputs) != 30 || len(tst.Inputs) != 50 {
				t.Fatalf("%d validation and %d test digits, want 30 and 50", len(val.Inputs), len(tst.Inputs))
			}
			if err := cfg.checkRefs(100); err != nil {
				t.Fatal(err)
			}
			ref := RefQueries(rot, cfg.refSkip(), 100)
			if len(ref.Inputs) != 100 {
				t.Fatalf("%d reference digits, want 100", len(ref.Inputs))
			}
			seen := map[string]bool{}
			for _, q := range append(val.Inputs, tst.Inputs...) {
				if seen[string(q)] {
					t.Fatal("a digit is in both splits")
				}
				seen[string(q)] = true
			}
			for i, q := range ref.Inputs {
				if seen[string(q)] {
					t.Fatalf("reference digit %d is a validation or test digit", i)
				}
			}
		})
	}
	if got := RefQueries(rot, 8, 1000); len(got.Inputs) != 400-80 {
		t.Errorf("%d reference digits available, want %d", len(got.Inputs), 400-80)
	}
	moved := EvalConfig{ValPerClass: 3, TestPerClass: 5, TestFrom: 30}
	if err := moved.checkRefs(221); !errors.Is(err, ErrBadConfig) {
		t.Errorf("221 references (digits 8–30 of each class) against a test split from 30: %v, want ErrBadConfig", err)
	}
	if (EvalConfig{Seed: 1}).cacheKey() == (EvalConfig{Seed: 1, TestFrom: 30}).cacheKey() {
		t.Error("moving the test split keeps the cache key")
	}
}

// TestSetGroups: peers are the other members of the adapter's own group.
func TestSetGroups(t *testing.T) {
	gs := make([]*gradSet, 6)
	for i := range gs {
		gs[i] = &gradSet{}
	}
	idx := func(ps []*gradSet) []int {
		var out []int
		for _, p := range ps {
			out = append(out, slices.Index(gs, p))
		}
		return out
	}
	for _, tc := range []struct {
		n    int
		want [][]int
	}{
		{1, [][]int{nil, nil, nil, nil, nil, nil}},
		{3, [][]int{{1, 2}, {0, 2}, {0, 1}, {4, 5}, {3, 5}, {3, 4}}},
		{2, [][]int{{1}, {0}, {3}, {2}, {5}, {4}}},
	} {
		setGroups(gs, tc.n)
		for i, g := range gs {
			if got := idx(g.peers); !slices.Equal(got, tc.want[i]) {
				t.Errorf("N = %d: adapter %d peers %v, want %v", tc.n, i, got, tc.want[i])
			}
		}
	}
}

// TestIntClassTable: the table is β times the mean over the group's
// adapters of each adapter's mean class score, rounded half up; a class no
// adapter predicts has no row, and an adapter that never predicts a class
// does not dilute it.
func TestIntClassTable(t *testing.T) {
	bi := func(v ...int64) []*big.Int {
		var out []*big.Int
		for _, x := range v {
			out = append(out, big.NewInt(x))
		}
		return out
	}
	mk := func(sum0 []*big.Int, cnt0 int) *intAdapter {
		ia := &intAdapter{sk: make([]influence.Sketch, 2), classSum: make([][]*big.Int, 256), classCnt: make([]int, 256)}
		if cnt0 > 0 {
			ia.classSum[0], ia.classCnt[0] = sum0, cnt0
		}
		return ia
	}
	a := mk(bi(10, -7), 2) // means 5, −3.5
	b := mk(bi(3, 0), 3)   // means 1, 0
	c := mk(nil, 0)        // never predicts class 0
	got := intClassTable([]*intAdapter{a, b, c}, 3)
	// β·mean: 3·(5+1)/2 = 9, 3·(−3.5+0)/2 = −5.25 → −5
	if got[0][0].Int64() != 9 || got[0][1].Int64() != -5 || got[1] != nil {
		t.Fatalf("table row 0 = %v, row 1 = %v", got[0], got[1])
	}
	for _, tc := range []struct{ num, den, want int64 }{{5, 2, 3}, {-5, 2, -2}, {7, 3, 2}, {-7, 3, -2}, {-8, 3, -3}} {
		if got := roundRat(big.NewRat(tc.num, tc.den)); got.Int64() != tc.want {
			t.Errorf("round(%d/%d) = %v, want %d", tc.num, tc.den, got, tc.want)
		}
	}
}

// TestRefQueriesBalanced: reference digits come class by class in turn,
// whatever the file order.
func TestRefQueriesBalanced(t *testing.T) {
	rot, _ := synthetic(400)
	// Sort by class, as a class-ordered file would be.
	idx := make([]int, len(rot.Labels))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return int(rot.Labels[a]) - int(rot.Labels[b]) })
	sorted := &mnist.Dataset{}
	for _, i := range idx {
		sorted.Images, sorted.Labels = append(sorted.Images, rot.Images[i]), append(sorted.Labels, rot.Labels[i])
	}
	ref := RefQueries(sorted, 8, 50)
	count := make([]int, mnist.Classes)
	for _, l := range ref.Labels {
		count[l]++
	}
	for k, c := range count {
		if c != 5 {
			t.Fatalf("class %d: %d of 50 reference digits, want 5 (counts %v)", k, c, count)
		}
	}
}

// TestDatanetRefs: robust-class/v1's reference rule takes the records i
// (Datanet order, across contributors) with i mod stride = 0, inputs only.
func TestDatanetRefs(t *testing.T) {
	d := &datanet.Datanet{}
	i := 0
	for _, n := range []int{3, 7, 1, 12} { // 23 records
		var c datanet.Contributor
		for range n {
			c.Examples = append(c.Examples, datanet.Example{Input: []uint8{uint8(i)}, Label: uint8(i % 10)})
			i++
		}
		d.Contributors = append(d.Contributors, c)
	}
	for _, tc := range []struct {
		stride int
		want   []uint8
	}{
		{8, []uint8{0, 8, 16}},
		{1, nil},
		{5, []uint8{0, 5, 10, 15, 20}},
		{30, []uint8{0}},
	} {
		q := DatanetRefs(d, tc.stride)
		var got []uint8
		for j, in := range q.Inputs {
			got = append(got, in[0])
			if q.Labels[j] != int(in[0])%10 {
				t.Errorf("stride %d: reference %d labelled %d, want %d", tc.stride, j, q.Labels[j], in[0]%10)
			}
		}
		want := tc.want
		if tc.stride == 1 {
			for j := range 23 {
				want = append(want, uint8(j))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("stride %d: references %v, want %v", tc.stride, got, want)
		}
	}
}
