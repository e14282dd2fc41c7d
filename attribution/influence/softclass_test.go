package influence

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/inference/quant"
)

var updateSoft = flag.Bool("update-softclass", false, "rewrite testdata/softclass_vectors.json")

// softPlan is f's plan with the smoothed class term at shift s, τ_s and
// class-only.
func softPlan(t *testing.T, f *fixture, s, tauShift uint, only bool) *Plan {
	t.Helper()
	p := f.pl.P
	p.ClassTerm, p.ClassShift, p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, s, true, tauShift, only
	pl, err := NewPlan(f.pl.Model, f.pl.Adapter, p)
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// softLogits are the logit vectors of the shared vectors: the embedded
// digits' first five, a tie, all equal, and the widest spread.
func softLogits(t *testing.T, f *fixture) [][]int8 {
	t.Helper()
	var out [][]int8
	for i := range 5 {
		trs, err := f.pl.Model.Forward(context.Background(), f.pl.Input(f.ins[i]), f.pl.Adapter)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, append([]int8(nil), quant.Output(trs)...))
	}
	return append(out,
		[]int8{5, 9, 9, -3, 0, 1, 2, 3, 4, -128},
		[]int8{7, 7, 7, 7, 7, 7, 7, 7, 7, 7},
		[]int8{127, -128, -128, -128, -128, -128, -128, -128, -128, -128})
}

// ClassProbs is within ½ of 2^F·E_i/ΣE with E_i within ½ of
// 2^F·exp(−d_i·2^−(e_y+τ_s)) (the τ-scaled table), equals the output
// gradient's probabilities at τ_s = 0, and matches the shared vectors.
func TestClassProbs(t *testing.T) {
	f := load(t)
	ey := f.pl.Model.Layers[len(f.pl.Model.Layers)-1].OutExp
	F := f.pl.P.DeltaBits
	var vecs []SoftClassVector
	for ts := range uint(MaxClassTauShift + 1) {
		pl := softPlan(t, f, 30, ts, false)
		for _, y := range softLogits(t, f) {
			p, err := pl.ClassProbs(y)
			if err != nil {
				t.Fatal(err)
			}
			ymax := y[quant.Argmax(y)]
			sum := new(big.Rat)
			e := make([]*big.Rat, len(y))
			for i, v := range y {
				d := float64(int(ymax) - int(v))
				want := math.Ldexp(math.Exp(-math.Ldexp(d, -(ey+int(ts)))), int(F))
				if got := float64(pl.SoftTable[int(ymax)-int(v)]); math.Abs(got-want) > 0.5 {
					t.Fatalf("τ_s %d: E(%g) = %g, want %g", ts, d, got, want)
				}
				e[i] = new(big.Rat).SetInt64(pl.SoftTable[int(ymax)-int(v)])
				sum.Add(sum, e[i])
			}
			var tot int64
			for i := range y {
				r := new(big.Rat).Quo(new(big.Rat).Mul(e[i], new(big.Rat).SetInt64(1<<F)), sum)
				diff := new(big.Rat).Sub(new(big.Rat).SetInt64(p[i]), r)
				if diff.Abs(diff).Cmp(big.NewRat(1, 2)) > 0 {
					t.Fatalf("τ_s %d logits %v: p_%d = %d, 2^F·E/ΣE = %s", ts, y, i, p[i], r.FloatString(3))
				}
				tot += p[i]
			}
			if d := tot - 1<<F; d < -int64(len(y)) || d > int64(len(y)) {
				t.Fatalf("τ_s %d: Σp = 2^F%+d", ts, d)
			}
			if ts == 0 {
				// The output gradient's probabilities: δ + 2^F·[i = label].
				trs, err := f.pl.Model.Forward(context.Background(), f.pl.Input(f.ins[0]), f.pl.Adapter)
				if err != nil {
					t.Fatal(err)
				}
				trs[len(trs)-1].Out = y
				g, err := f.pl.Gradient(trs, 0)
				if err != nil {
					t.Fatal(err)
				}
				for i := range y {
					if q := g.Delta[len(trs)-1][i] + int64(map[bool]int{true: 1 << F}[i == 0]); q != p[i] {
						t.Fatalf("τ_s = 0: p_%d = %d, the gradient's %d", i, p[i], q)
					}
				}
			}
			vecs = append(vecs, SoftClassVector{TauShift: ts, Logits: y, P: p})
		}
	}
	// Softer with larger τ: the top class's probability falls.
	if vecs[0].P[quant.Argmax(vecs[0].Logits)] <= vecs[2*len(vecs)/3].P[quant.Argmax(vecs[0].Logits)] {
		t.Fatalf("τ = 4 is not softer than τ = 1: %v, %v", vecs[0].P, vecs[2*len(vecs)/3].P)
	}
	path := filepath.Join("testdata", "softclass_vectors.json")
	if *updateSoft {
		b, err := json.MarshalIndent(vecs, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []SoftClassVector
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(vecs) {
		t.Fatalf("%d shared vectors, computed %d", len(want), len(vecs))
	}
	for i := range want {
		for k := range want[i].P {
			if want[i].P[k] != vecs[i].P[k] || want[i].Logits[k] != vecs[i].Logits[k] || want[i].TauShift != vecs[i].TauShift {
				t.Fatalf("shared vector %d differs: %+v, computed %+v", i, want[i], vecs[i])
			}
		}
	}
}

// RobustSoftClass commits robust-class/v1's vectors (or the class table
// alone), under a commitment tag of its own; TestGradient's T' scores
// them as ⟨S, T⟩ + 2^(s−F)·Σ p_k·C[k] (or the class part alone); the float
// twin's class entries agree; method and params must come together.
func TestRobustSoftClass(t *testing.T) {
	f := load(t)
	d := robustDatanet(t, f)
	ctx := context.Background()
	const shift = 30
	m1 := RobustClassMethod(3_000_000, 3)
	v1pl := classPlan(t, f, shift)
	v1, err := v1pl.ContributorsBy(ctx, d, m1)
	if err != nil {
		t.Fatal(err)
	}
	dim := f.pl.Dim()
	m := RobustSoftClassMethod(3_000_000, 3)
	tags := map[string]bool{TagSketch: true}
	for _, tc := range []struct {
		ts   uint
		only bool
	}{{0, false}, {1, false}, {2, false}, {1, true}} {
		pl := softPlan(t, f, shift, tc.ts, tc.only)
		sk, err := pl.ContributorsBy(ctx, d, m)
		if err != nil {
			t.Fatal(err)
		}
		lo := 0
		if tc.only {
			lo = dim
		}
		if pl.CommittedDim() != dim+10-lo {
			t.Fatalf("τ_s %d only %v: committed dim %d", tc.ts, tc.only, pl.CommittedDim())
		}
		for c := range sk {
			for j, v := range sk[c] {
				if v != v1[c][lo+j] {
					t.Fatalf("τ_s %d only %v: contributor %d value %d differs from robust-class/v1's", tc.ts, tc.only, c, j)
				}
			}
		}
		if tags[pl.SketchTag()] {
			t.Fatalf("tag %q reused", pl.SketchTag())
		}
		tags[pl.SketchTag()] = true
		if !tc.only {
			// The same vector does not open under robust-class/v1's commitment.
			a, err := pl.Commitment(sk[0])
			if err != nil {
				t.Fatal(err)
			}
			b, err := v1pl.Commitment(sk[0])
			if err != nil {
				t.Fatal(err)
			}
			if a == b {
				t.Fatal("v2 and v1 commitments of the same vector are equal")
			}
		}
		for _, in := range []int{0, 5} {
			trs, g, got := scoresAt(t, ctx, pl, f.pl.Input(f.ins[in]), sk)
			p, err := pl.ClassProbs(quant.Output(trs))
			if err != nil {
				t.Fatal(err)
			}
			g1, err := f.pl.TestGradient(trs)
			if err != nil {
				t.Fatal(err)
			}
			base := make([]Sketch, len(v1))
			for c := range v1 {
				base[c] = v1[c][:dim]
			}
			plain, err := Scores(g1.Sketch, base)
			if err != nil {
				t.Fatal(err)
			}
			for c := range got {
				want := new(big.Int)
				if !tc.only {
					want.Set(plain[c])
				}
				for k := range 10 {
					want.Add(want, new(big.Int).Lsh(big.NewInt(p[k]*v1[c][dim+k]), shift-f.pl.P.DeltaBits))
				}
				if got[c].Cmp(want) != 0 {
					t.Fatalf("τ_s %d only %v input %d contributor %d: score %s, want %s", tc.ts, tc.only, in, c, got[c], want)
				}
			}
			// The float twin's class entries: 2^s·softmax(z/τ) of the float
			// logits, near the integer ones.
			ref, err := NewReference(pl, f.base, f.ad)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := ref.TestSketch(ref.Input(f.ins[in]))
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != pl.CommittedDim() {
				t.Fatalf("float test sketch has %d values", len(fs))
			}
			for k := range 10 {
				x, y := float64(g.Sketch[len(g.Sketch)-10+k])/(1<<shift), fs[len(fs)-10+k]/(1<<shift)
				if math.Abs(x-y) > 0.05 {
					t.Errorf("τ_s %d input %d class %d: integer p %.4f, float %.4f", tc.ts, in, k, x, y)
				}
			}
		}
	}
	for name, tc := range map[string]struct {
		pl *Plan
		m  Method
	}{
		"soft method, v1 params": {v1pl, m},
		"v1 method, soft params": {softPlan(t, f, shift, 1, false), m1},
		"soft method, no class":  {f.pl, m},
		"soft method, no β":      {softPlan(t, f, shift, 1, false), RobustSoftClassMethod(0, 3)},
		"soft method, no stride": {softPlan(t, f, shift, 1, false), RobustSoftClassMethod(3_000_000, 0)},
		"robust method, soft pl": {softPlan(t, f, shift, 1, false), RobustMethod()},
		"class only, v1 method":  {softPlan(t, f, shift, 1, true), m1},
		"unknown method":         {softPlan(t, f, shift, 1, false), Method{ID: "robust-softclass/v9"}},
	} {
		if _, err := tc.pl.ContributorsBy(ctx, d, tc.m); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := v1pl.RobustClass(ctx, d, m1); err != nil {
		t.Fatalf("v1 still computes: %v", err)
	}
	if _, err := softPlan(t, f, shift, 1, false).RobustClass(ctx, d, m1); !errors.Is(err, ErrBadInput) {
		t.Errorf("RobustClass on a soft plan: %v", err)
	}
	bad := map[string]func(p *Params){
		"soft without class term": func(p *Params) { p.ClassTerm, p.ClassShift, p.ClassSoft = false, 0, true },
		"shift below F":           func(p *Params) { p.ClassShift = p.DeltaBits - 1 },
		"τ_s too large":           func(p *Params) { p.ClassTauShift = MaxClassTauShift + 1 },
		"τ_s without soft":        func(p *Params) { p.ClassSoft, p.ClassOnly = false, false },
		"class only without soft": func(p *Params) { p.ClassSoft, p.ClassTauShift = false, 0 },
	}
	for name, mut := range bad {
		p := softPlan(t, f, shift, 1, true).P
		mut(&p)
		if _, err := NewPlan(f.pl.Model, f.pl.Adapter, p); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := classPlan(t, f, shift).ClassProbs(make([]int8, 10)); !errors.Is(err, ErrBadInput) {
		t.Errorf("ClassProbs on a v1 plan: %v", err)
	}
}
