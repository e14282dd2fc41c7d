package quality

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/openproof/openproof/inference/mnist"
)

func synthetic(n int) (rot, up *mnist.Dataset) {
	r := rand.New(rand.NewPCG(1, 2))
	rot, up = &mnist.Dataset{}, &mnist.Dataset{}
	for i := range n {
		a, b := make([]float32, mnist.Pixels), make([]float32, mnist.Pixels)
		for p := range a {
			a[p], b[p] = float32(r.IntN(256))/255, float32(r.IntN(256))/255
		}
		rot.Images, up.Images = append(rot.Images, a), append(up.Images, b)
		rot.Labels = append(rot.Labels, uint8(i%mnist.Classes))
	}
	up.Labels = rot.Labels
	return rot, up
}

func TestBuildEval(t *testing.T) {
	rot, up := synthetic(400)
	cfg := EvalConfig{Seed: 3, CleanSizes: []int{5, 10, 5, 10}, Duplicates: 2, NearDuplicates: 1, Mislabeled: 1, Noise: 1, OffDistribution: 1, OtherSize: 10}
	e, err := BuildEval(rot, up, cfg)
	if err != nil {
		t.Fatal(err)
	}
	count := map[Kind]int{}
	for _, k := range e.Kinds {
		count[k]++
	}
	if want := map[Kind]int{Clean: 4, Duplicate: 2, NearDuplicate: 1, Mislabeled: 1, Noise: 1, OffDist: 1}; !reflect.DeepEqual(count, want) {
		t.Fatalf("kinds %v, want %v", count, want)
	}
	uprightPx := map[string]bool{}
	for _, img := range up.Images {
		uprightPx[string(pixels(img))] = true
	}
	copies := 0
	for c, k := range e.Kinds {
		ex := e.D.Contributors[c].Examples
		switch k {
		case Duplicate, NearDuplicate:
			o := e.D.Contributors[e.Orig[c]].Examples
			if e.Kinds[e.Orig[c]] != Clean || len(o) != len(ex) {
				t.Fatalf("%s copies %d records of a %s contributor", e.D.Contributors[c].ID, len(o), e.Kinds[e.Orig[c]])
			}
			for j := range ex {
				same := slices.Equal(ex[j].Input, o[j].Input)
				if ex[j].Label != o[j].Label || same != (k == Duplicate) {
					t.Fatalf("%s record %d: label %d vs %d, identical input %v", k, j, ex[j].Label, o[j].Label, same)
				}
			}
			if k == Duplicate {
				copies += len(ex)
			}
		case OffDist:
			for _, r := range ex {
				if !uprightPx[string(r.Input)] {
					t.Fatal("an off-distribution record is not an upright digit")
				}
			}
		default:
			if e.Orig[c] != -1 {
				t.Fatalf("%s has an original", k)
			}
		}
	}
	if s := e.D.Duplicates(); s.Records != copies {
		t.Errorf("datanet finds %d copied records, the build made %d", s.Records, copies)
	}
}

func TestWeightsOf(t *testing.T) {
	tests := []struct{ in, want []float64 }{
		{[]float64{1, 3, -2}, []float64{0.25, 0.75, 0}},
		{[]float64{-1, 0}, []float64{0, 0}},
		{[]float64{0, 5}, []float64{0, 1}},
	}
	for _, tt := range tests {
		if got := weightsOf(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("weightsOf(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestInvertSPD(t *testing.T) {
	const m = 6
	r := rand.New(rand.NewPCG(4, 5))
	a := make([]float64, m*m)
	for i := range m {
		for j := range m {
			a[i*m+j] = r.NormFloat64()
		}
	}
	h := make([]float64, m*m) // aᵀa + I
	for i := range m {
		for j := range m {
			for k := range m {
				h[i*m+j] += a[k*m+i] * a[k*m+j]
			}
		}
		h[i*m+i]++
	}
	inv := invertSPD(h, m)
	for i := range m {
		for j := range m {
			var s float64
			for k := range m {
				s += h[i*m+k] * inv[k*m+j]
			}
			if want := float64(map[bool]int{true: 1}[i == j]); math.Abs(s-want) > 1e-9 {
				t.Fatalf("H·H⁻¹[%d][%d] = %v", i, j, s)
			}
		}
	}
}

// TestRobustShares: a contributor whose records copy another's (exact or at
// sketch cosine ≥ dupCos) splits the credit instead of doubling it, and a
// record disagreeing with its label's mean sketch earns nothing.
func TestRobustShares(t *testing.T) {
	u := func(v ...float64) []float64 { return unitVec(v) }
	g := &gradSet{n: 4, blocks: [][2]int{{0, 3}}, hinv: map[float64][][]float64{},
		// 0 and 1 hold the same record (exact group 0); 2 a near-copy of 0's; 3 an unrelated one of the same label.
		unit:  [][]float64{u(1, 0.1, 0), u(1, 0.1, 0), u(1, 0.1, 0.001), u(-1, 0, 1), u(0, 1, 0)},
		owner: []int{0, 1, 2, 3, 3}, label: []int{0, 0, 0, 0, 1}, count: []int{1, 1, 1, 2},
		dup: []int{0, 0, -1, -1, -1},
	}
	g.raw = g.unit
	g.nbr = make([][]int32, len(g.unit))
	for i := range g.unit {
		for j := range g.unit {
			if g.owner[i] != g.owner[j] && (dotF(g.unit[i], g.unit[j]) >= nbrMin || g.dup[i] >= 0 && g.dup[i] == g.dup[j]) {
				g.nbr[i] = append(g.nbr[i], int32(j))
			}
		}
	}
	g.q[0] = qgrads{g: [][]float64{{0.3, 1, 0}}, pred: []int{0}}
	none := make([]bool, 4)
	f := g.factors(none, 0.99, 0.5, 0)
	if want := []float64{1. / 3, 1. / 3, 1. / 3, 0, 1}; !approxEq(f, want) {
		t.Fatalf("factors %v, want %v", f, want)
	}
	alone := []bool{false, true, true, false}
	w := Robust(1e6, 0.99, -1, 0).payouts(g, 0, none)[0]
	wa := Robust(1e6, 0.99, -1, 0).payouts(g, 0, alone)[0]
	if r := (w[0] + w[1] + w[2]) / wa[0]; math.Abs(r-1) > 1e-6 {
		t.Errorf("robust: copies with their original get %.3f× the original alone", r)
	}
	w = Curvature(1e6).payouts(g, 0, none)[0]
	wa = Curvature(1e6).payouts(g, 0, alone)[0]
	if r := (w[0] + w[1] + w[2]) / wa[0]; r < 1.5 {
		t.Errorf("without sharing copies should multiply credit, got %.3f×", r)
	}
}

func approxEq(a, b []float64) bool {
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9 {
			return false
		}
	}
	return len(a) == len(b)
}
