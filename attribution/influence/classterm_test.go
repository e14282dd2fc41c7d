package influence

import (
	"context"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/quant"
)

// classPlan is f's plan with the class term at shift s.
func classPlan(t *testing.T, f *fixture, s uint) *Plan {
	t.Helper()
	p := f.pl.P
	p.ClassTerm, p.ClassShift = true, s
	pl, err := NewPlan(f.pl.Model, f.pl.Adapter, p)
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// RobustClass is (Robust, ClassTable) with ClassTable the documented
// rounded mean (checked against big.Rat), TestGradient's T' scores it as
// ⟨S, T⟩ + 2^s·C[ŷ], copies keep identical vectors, the float twin agrees,
// and the method and params must come together.
func TestRobustClass(t *testing.T) {
	f := load(t)
	d := robustDatanet(t, f)
	ctx := context.Background()
	const shift = 30
	pl := classPlan(t, f, shift)
	m := RobustClassMethod(3_000_000, 3)
	sk, err := pl.ContributorsBy(ctx, d, m)
	if err != nil {
		t.Fatal(err)
	}
	base, err := f.pl.Robust(ctx, d, RobustMethod())
	if err != nil {
		t.Fatal(err)
	}
	dim := f.pl.Dim()
	if pl.CommittedDim() != dim+10 {
		t.Fatalf("committed dim %d, want %d", pl.CommittedDim(), dim+10)
	}
	// Independent evaluation of C with big.Rat over the same references.
	sums := make([][]*big.Rat, 10)
	cnt := make([]int64, 10)
	for k := range sums {
		sums[k] = make([]*big.Rat, len(base))
		for c := range sums[k] {
			sums[k][c] = new(big.Rat)
		}
	}
	i := 0
	for _, con := range d.Contributors {
		for _, e := range con.Examples {
			if i++; (i-1)%3 != 0 {
				continue
			}
			trs, err := f.pl.Model.Forward(ctx, f.pl.Input(e.Input), f.pl.Adapter)
			if err != nil {
				t.Fatal(err)
			}
			g, err := f.pl.TestGradient(trs)
			if err != nil {
				t.Fatal(err)
			}
			sc, err := Scores(g.Sketch, base)
			if err != nil {
				t.Fatal(err)
			}
			k := quant.Argmax(quant.Output(trs))
			cnt[k]++
			for c, v := range sc {
				sums[k][c].Add(sums[k][c], new(big.Rat).SetInt(v))
			}
		}
	}
	var nonzero int
	for c := range sk {
		if len(sk[c]) != dim+10 {
			t.Fatalf("contributor %d: %d values", c, len(sk[c]))
		}
		for j := range dim {
			if sk[c][j] != base[c][j] {
				t.Fatalf("contributor %d value %d: %d, robust/v1 gives %d", c, j, sk[c][j], base[c][j])
			}
		}
		for k := range 10 {
			got := sk[c][dim+k]
			if cnt[k] == 0 {
				if got != 0 {
					t.Errorf("contributor %d class %d: %d with no reference", c, k, got)
				}
				continue
			}
			// |C·2^s − β·mean| ≤ 2^(s−1).
			want := new(big.Rat).Mul(sums[k][c], big.NewRat(3, cnt[k]))
			diff := new(big.Rat).Sub(new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(got), shift)), want)
			if diff.Abs(diff).Cmp(new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), shift-1))) > 0 {
				t.Errorf("contributor %d class %d: %d·2^%d, β·m = %s", c, k, got, shift, want.FloatString(1))
			}
			if got != 0 {
				nonzero++
			}
		}
	}
	if nonzero < len(sk) {
		t.Fatalf("only %d non-zero class values: the test checks nothing", nonzero)
	}
	idx := map[string]int{}
	for c, con := range d.Contributors {
		idx[con.ID] = c
	}
	for j, v := range sk[idx["low"]] {
		if sk[idx["copy"]][j] != v {
			t.Fatalf("copy's vector differs from the original's at %d", j)
		}
	}
	// T' scores the committed vector as ⟨S, T⟩ + 2^s·C[ŷ].
	for _, in := range []int{0, 5} {
		trs, g, got := scoresAt(t, ctx, pl, f.pl.Input(f.ins[in]), sk)
		plain, _ := Scores(g.Sketch[:dim], base)
		k := quant.Argmax(quant.Output(trs))
		for c := range got {
			want := new(big.Int).Add(plain[c], new(big.Int).Lsh(big.NewInt(sk[c][dim+k]), shift))
			if got[c].Cmp(want) != 0 {
				t.Fatalf("input %d contributor %d: score %s, want %s", in, c, got[c], want)
			}
		}
	}
	// The float twin's table points the same way on the clean digits (the
	// noise records' float and int8 predictions often differ).
	ref, err := NewReference(pl, f.base, f.ad)
	if err != nil {
		t.Fatal(err)
	}
	b := datanet.NewBuilder("clean", 784, 10)
	for i, in := range f.ins {
		b.Add([]string{"low", "high"}[min(f.labs[i]/5, 1)], uint8(f.labs[i]), in)
	}
	clean, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	cb, err := f.pl.Robust(ctx, clean, RobustMethod())
	if err != nil {
		t.Fatal(err)
	}
	ct, err := pl.ClassTable(ctx, clean, cb, m)
	if err != nil {
		t.Fatal(err)
	}
	fv := make([][]float64, len(cb))
	for c := range cb {
		fv[c] = make([]float64, dim)
		for j, v := range cb[c] {
			fv[c][j] = float64(v)
		}
	}
	ft, err := ref.ClassTable(ctx, clean, fv, m)
	if err != nil {
		t.Fatal(err)
	}
	var dp, na, nb float64
	for c := range ct {
		for k := range 10 {
			x, y := float64(ct[c][k]), ft[c][k]
			dp, na, nb = dp+x*y, na+x*x, nb+y*y
		}
	}
	cos := dp / math.Sqrt(na*nb)
	t.Logf("class table of the clean digits: cosine %.6f with the float twin", cos)
	if cos < 0.99 {
		t.Errorf("class table: cosine %.6f with the float twin", cos)
	}
	// Method and params go together; β and stride are required; a shift
	// too small for the table is refused.
	for name, tc := range map[string]struct {
		pl *Plan
		m  Method
	}{
		"class method, plain params":  {f.pl, m},
		"robust method, class params": {pl, RobustMethod()},
		"no β":                        {pl, RobustClassMethod(0, 3)},
		"no stride":                   {pl, RobustClassMethod(3_000_000, 0)},
		"robust with β": {pl, func() Method {
			r := RobustMethod()
			r.ClassBetaPPM = 1
			return r
		}()},
		"shift too small": {classPlan(t, f, 0), RobustClassMethod(math.MaxUint32, 3)},
	} {
		if _, err := tc.pl.ContributorsBy(ctx, d, tc.m); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	p := f.pl.P
	p.ClassShift = 3
	if _, err := NewPlan(f.pl.Model, f.pl.Adapter, p); !errors.Is(err, ErrBadInput) {
		t.Errorf("class_shift without class_term: %v", err)
	}
	p.ClassTerm, p.ClassShift = true, MaxClassShift+1
	if _, err := NewPlan(f.pl.Model, f.pl.Adapter, p); !errors.Is(err, ErrBadInput) {
		t.Errorf("class_shift %d: %v", p.ClassShift, err)
	}
}

// scoresAt runs pl on x and scores the committed vectors sk with its test
// sketch: the layer traces, the test gradient and the scores.
func scoresAt(t *testing.T, ctx context.Context, pl *Plan, x []int8, sk []Sketch) ([]*quant.LayerTrace, *Grad, []*big.Int) {
	t.Helper()
	trs, err := pl.Model.Forward(ctx, x, pl.Adapter)
	if err != nil {
		t.Fatal(err)
	}
	g, err := pl.TestGradient(trs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Scores(g.Sketch, sk)
	if err != nil {
		t.Fatal(err)
	}
	return trs, g, got
}
