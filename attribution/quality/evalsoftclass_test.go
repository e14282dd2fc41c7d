package quality

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
)

var (
	softClass     = flag.String("attribution.softclass", "", "run the smoothed class term study (issue 16) at K,β,ref,N[,N…] (β < 0: class term only; ref: held-out reference digits), e.g. 16,-1,1100,1,10; validation and test, chosen on validation")
	softClassTau  = flag.String("attribution.softclass.tau", "0.5,1,2,4,8", "temperatures of the softmax class weights for -attribution.softclass")
	softClassTop2 = flag.String("attribution.softclass.top2", "1,4", "temperatures of the top-2 softmax class weights for -attribution.softclass (empty: none)")
	softStrides   = flag.String("attribution.softclass.strides", "", "also (ref 0: only) take the class table over every S-th Datanet record, for each S listed, e.g. 3,8")
	softInterval  = flag.Bool("attribution.softclass.interval", false, "choose on validation by EnsembleRow.MeetsTargetsInterval (every stability target met by its whole interval)")
	softProjEach  = flag.Bool("attribution.softclass.projperadapter", false, "sketch each adapter of a class-table group under its own projection seed (EnsembleGrid.ProjPerAdapter; one N only; also for -attribution.integer.class)")
)

// TestAttributionSoftClass is the smoothed class term study: the class
// table weighted by the adapter's class probabilities instead of the
// prediction's one-hot, against the one-hot rows of the same settings.
func TestAttributionSoftClass(t *testing.T) {
	if *softClass == "" {
		t.Skip("study run: pass -attribution.softclass K,β,ref,N[,N…]")
	}
	v, err := studyFlag("attribution.softclass", *softClass, 4, 16)
	if err != nil {
		t.Fatal(err)
	}
	grid := EnsembleGrid{Ks: []int{int(v[0])}, Betas: []float64{v[1]}, RefSizes: []int{int(v[2])}, Weights: []ClassWeights{{}},
		Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }, IntervalRule: *softInterval, ProjPerAdapter: *softProjEach}
	if *softStrides != "" {
		ss, err := studyFlag("attribution.softclass.strides", *softStrides, 1, 16)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range ss {
			grid.DatanetStrides = append(grid.DatanetStrides, int(x))
		}
	}
	for _, n := range v[3:] {
		grid.Ns = append(grid.Ns, int(n))
	}
	for _, f := range []struct {
		name, val string
		top       int
	}{{"attribution.softclass.tau", *softClassTau, 0}, {"attribution.softclass.top2", *softClassTop2, 2}} {
		if f.val == "" {
			continue
		}
		taus, err := studyFlag(f.name, f.val, 1, 16)
		if err != nil {
			t.Fatal(err)
		}
		for _, tau := range taus {
			grid.Weights = append(grid.Weights, ClassWeights{Tau: tau, Top: f.top})
		}
	}
	cfg, base, train, test := studyData(t)
	r, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, grid)
	if err != nil {
		t.Fatal(err)
	}
	md := "### validation\n\n" + r.SoftMarkdown("validation") + "\n### test\n\n" + r.SoftMarkdown("test") + "\n" + r.Markdown() + "\n" + r.ChosenMetMarkdown() + "\n" + r.TruthMarkdown()
	if *ensembleOut != "" {
		if err := os.WriteFile(*ensembleOut, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("\n%s\nadapters: seeds %v, %d pairs; %d bootstrap replicates; elapsed %s", md, r.Seeds, r.Pairs, r.Bootstrap, r.Elapsed.Round(time.Second))
}

// TestClassWeights: the one-hot, softmax and top-2 weights on hand-made
// logits.
func TestClassWeights(t *testing.T) {
	l3 := math.Log(3)
	for _, tc := range []struct {
		name string
		w    ClassWeights
		z    []float64
		pred int
		want []float64
	}{
		{"one-hot", ClassWeights{}, []float64{1, 3, 2}, 1, []float64{0, 1}},
		{"softmax τ=1", ClassWeights{Tau: 1}, []float64{0, l3}, 1, []float64{0.25, 0.75}},
		{"softmax τ=2", ClassWeights{Tau: 2}, []float64{0, 2 * l3}, 1, []float64{0.25, 0.75}},
		{"max subtracted", ClassWeights{Tau: 1}, []float64{1000, 1000 + l3}, 1, []float64{0.25, 0.75}},
		{"cold", ClassWeights{Tau: 1e-3}, []float64{0, 1, 0.5}, 1, []float64{0, 1, 0}},
		{"top-2", ClassWeights{Tau: 1, Top: 2}, []float64{0, l3, math.Log(2), -5}, 1, []float64{0, 0.6, 0.4, 0}},
		{"top-1 is one-hot", ClassWeights{Tau: 1, Top: 1}, []float64{0, 2, 1}, 1, []float64{0, 1, 0}},
		{"top-2 ties: lower class first", ClassWeights{Tau: 1, Top: 2}, []float64{1, 1, 1}, 0, []float64{0.5, 0.5, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := qgrads{pred: []int{tc.pred}, logits: [][]float64{tc.z}}
			if got := tc.w.at(qs, 0); !approxEq(got, tc.want) {
				t.Errorf("%s: weights %v, want %v", tc.w.Name(), got, tc.want)
			}
		})
	}
}

// TestClassTerm: a one-hot p gives exactly the old term m_c[ŷ] (nothing
// where the table has no row for ŷ); a smoothed p mixes the rows it has.
func TestClassTerm(t *testing.T) {
	cm := [][]float64{{1.5, -2}, nil, {0.25, 4}} // class 1 was never predicted on a reference
	for _, tc := range []struct {
		name string
		p    []float64
		want []float64 // per contributor
	}{
		{"one-hot 0", oneHot(0), []float64{1.5, -2}},
		{"one-hot 1 (no row)", oneHot(1), []float64{0, 0}},
		{"one-hot 2", oneHot(2), []float64{0.25, 4}},
		{"beyond the table", oneHot(5), []float64{0, 0}},
		{"soft", []float64{0.25, 0.5, 0.25}, []float64{0.25*1.5 + 0.25*0.25, 0.25*-2 + 0.25*4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for c, want := range tc.want {
				if got := classTerm(cm, tc.p, c); got != want {
					t.Errorf("contributor %d: %v, want %v", c, got, want)
				}
			}
		})
	}
}

// TestSoftClassPayouts: through Method.payouts, the one-hot weights pay by
// the old class term β·m_c[ŷ] and the softmax ones by Σ_k p_k·m_c[k].
func TestSoftClassPayouts(t *testing.T) {
	g := &gradSet{n: 2}
	// Reference (validation) queries: m[0] = mean of (2, 0) and (0, 4) = (1, 2); m[1] = (1, 1).
	g.q[0] = qgrads{g: [][]float64{{2, 0}, {0, 4}, {1, 1}}, pred: []int{0, 0, 1}}
	// The scored query (test split) predicts 0 with logits (ln 3, 0): softmax τ=1 is (0.75, 0.25).
	g.q[1] = qgrads{g: [][]float64{{9, 9}}, pred: []int{0}, logits: [][]float64{{math.Log(3), 0}}}
	m := Method{Name: "hand-made", vectors: func(*gradSet, []bool) [][]float64 { return [][]float64{{1, 0}, {0, 1}} }}
	for _, tc := range []struct {
		name string
		m    Method
		want []float64
	}{
		{"one-hot, class only", ClassBlend(m, 1, true), []float64{1. / 3, 2. / 3}},                                        // scores (1, 2)
		{"softmax τ=1, class only", with(ClassBlend(m, 1, true), ClassWeights{Tau: 1}), []float64{1 / 2.75, 1.75 / 2.75}}, // (1, 1.75)
		{"one-hot, β=2", ClassBlend(m, 2, false), []float64{11. / 24, 13. / 24}},                                          // (9+2, 9+4)
		{"softmax τ=1, β=2", with(ClassBlend(m, 2, false), ClassWeights{Tau: 1}), []float64{11. / 23.5, 12.5 / 23.5}},     // (9+2, 9+3.5)
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.payouts(g, 1, make([]bool, 2))[0]; !approxEq(got, tc.want) {
				t.Errorf("payouts %v, want %v", got, tc.want)
			}
		})
	}
}

func with(m Method, w ClassWeights) Method {
	m.ClassWeights = w
	return m
}

// TestStudyFlag: a study flag's numbers, their count checked.
func TestStudyFlag(t *testing.T) {
	for _, tc := range []struct {
		s          string
		need, most int
		want       []float64
		ok         bool
	}{
		{"16,-1,1100,1,10", 4, 16, []float64{16, -1, 1100, 1, 10}, true},
		{"8, 1, 3 ,10", 4, 5, []float64{8, 1, 3, 10}, true},
		{"0.5,1", 1, 16, []float64{0.5, 1}, true},
		{"8,1,3", 4, 5, nil, false},
		{"8,1,3,10,400,7", 4, 5, nil, false},
		{"8,x,3,10", 4, 5, nil, false},
		{"", 1, 16, nil, false},
	} {
		got, err := studyFlag("f", tc.s, tc.need, tc.most)
		if (err == nil) != tc.ok || tc.ok && !approxEq(got, tc.want) {
			t.Errorf("studyFlag(%q, %d, %d) = %v, %v; want %v (ok %v)", tc.s, tc.need, tc.most, got, err, tc.want, tc.ok)
		}
	}
}

// TestMeetsTargets: a row meets the targets only when every figure does,
// and the interval rule only when, besides, every stability interval does.
func TestMeetsTargets(t *testing.T) {
	ok := EnsembleRow{Spearman: Stat{V: 0.6}, Clean: Stat{V: 0.4}, Dup: Stat{V: 1.1}, Near: Stat{V: 1.1}, Noise: Stat{V: 0.005}, Mis: Stat{V: 0.01},
		TVSeeds: Stat{V: 0.15}, TVProj: Stat{V: 0.10}, TopProj: Stat{V: 0.9}}
	if !ok.MeetsTargets() {
		t.Fatal("a row at every target's bound does not meet the targets")
	}
	ok.TVSeeds.Hi, ok.TVProj.Hi, ok.TopProj.Lo = 0.15, 0.10, 0.9
	if !ok.MeetsTargetsInterval() {
		t.Fatal("a row whose stability intervals end at the bounds does not meet the interval rule")
	}
	for name, miss := range map[string]func(*EnsembleRow){
		"TV retraining's upper end": func(r *EnsembleRow) { r.TVSeeds.Hi = 0.151 }, "TV projection's upper end": func(r *EnsembleRow) { r.TVProj.Hi = 0.101 },
		"same top's lower end": func(r *EnsembleRow) { r.TopProj.Lo = 0.899 },
	} {
		r := ok
		miss(&r)
		if !r.MeetsTargets() || r.MeetsTargetsInterval() {
			t.Errorf("%s missed: point rule %v (want true), interval rule %v (want false)", name, r.MeetsTargets(), r.MeetsTargetsInterval())
		}
	}
	for name, miss := range map[string]func(*EnsembleRow){
		"Spearman": func(r *EnsembleRow) { r.Spearman.V = 0.59 }, "within clean": func(r *EnsembleRow) { r.Clean.V = 0.39 },
		"dup": func(r *EnsembleRow) { r.Dup.V = 1.11 }, "near-dup": func(r *EnsembleRow) { r.Near.V = 1.11 },
		"noise": func(r *EnsembleRow) { r.Noise.V = 0.0051 }, "mislabeled": func(r *EnsembleRow) { r.Mis.V = 0.0101 },
		"TV retraining": func(r *EnsembleRow) { r.TVSeeds.V = 0.151 }, "TV projection": func(r *EnsembleRow) { r.TVProj.V = 0.101 },
		"same top": func(r *EnsembleRow) { r.TopProj.V = 0.89 },
	} {
		r := ok
		miss(&r)
		if r.MeetsTargets() || r.MeetsTargetsInterval() {
			t.Errorf("%s missed, yet the row meets the targets", name)
		}
	}
}

// TestClassMeansStride: a Datanet-record class table at stride S averages
// over the records i with i mod S = 0 only, as DatanetRefs(d, S) does.
func TestClassMeansStride(t *testing.T) {
	g := &gradSet{dref: qgrads{g: [][]float64{{1}, {10}, {3}, {100}, {5}}, pred: []int{0, 0, 0, 1, 1}}}
	vec := [][]float64{{1}, {2}} // two contributors
	for _, tc := range []struct {
		stride int
		want   [][]float64 // [class][contributor]
	}{
		{1, [][]float64{{14. / 3, 28. / 3}, {52.5, 105}}},
		{2, [][]float64{{2, 4}, {5, 10}}}, // records 0, 2 (class 0) and 4 (class 1)
		{3, [][]float64{{1, 2}, {100, 200}}},
	} {
		got := classMeans(g, vec, 0, tc.stride)
		for k, row := range tc.want {
			if !approxEq(got[k], row) {
				t.Errorf("stride %d, class %d: %v, want %v", tc.stride, k, got[k], row)
			}
		}
	}
}

// TestEnsembleStudySmoke runs the protocol's grid shape on the smoke size
// with the test split moved (EvalConfig.TestFrom): Datanet-record
// references only, at two strides, one-hot and softmax weights, the
// interval rule, with and without a projection seed per adapter. Every
// (split, stride, weights) has its row, rows name their stride, intervals
// are ordered, and a chosen test row, if any, is the validation choice's
// setting and meets the interval rule there.
func TestEnsembleStudySmoke(t *testing.T) {
	cfg, _ := evalConfig("smoke")
	cfg.Workers, cfg.TestFrom = 1, 10
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	var tvs [2][]float64 // per run: every row's TV across retraining seeds
	for ei, each := range []bool{false, true} {
		grid := EnsembleGrid{Ns: []int{2}, Ks: []int{4}, Betas: []float64{-1}, RefSizes: []int{0}, DatanetStrides: []int{2, 5},
			Weights: []ClassWeights{{}, {Tau: 2}}, IntervalRule: true, ProjPerAdapter: each, Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }}
		r, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, grid)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Rows) != 2*2*2 {
			t.Fatalf("projection seed per adapter %v: %d rows, want 8 (2 splits × 2 strides × 2 weights)", each, len(r.Rows))
		}
		for _, w := range r.Rows {
			tvs[ei] = append(tvs[ei], w.TVSeeds.V)
			if w.RefStride != 2 && w.RefStride != 5 || !strings.Contains(w.Name, fmt.Sprintf("every %d-th Datanet record", w.RefStride)) ||
				strings.Contains(w.Name, "a projection seed per adapter") != each {
				t.Errorf("row %q: stride %d, projection seed per adapter %v", w.Name, w.RefStride, each)
			}
			for name, s := range map[string]Stat{"Spearman": w.Spearman, "TV retraining": w.TVSeeds, "TV projection": w.TVProj, "same top": w.TopProj} {
				if s.Lo > s.V+1e-12 || s.V > s.Hi+1e-12 {
					t.Errorf("%s %s: %+v not ordered", w.Name, name, s)
				}
			}
		}
		if r.ChosenMetVal.Name != "" && (!r.ChosenMetVal.MeetsTargetsInterval() || r.ChosenMet.Name != r.ChosenMetVal.Name || r.ChosenMet.Split != "test") {
			t.Errorf("chosen %q on validation (interval rule %v), reported %q on %q", r.ChosenMetVal.Name, r.ChosenMetVal.MeetsTargetsInterval(), r.ChosenMet.Name, r.ChosenMet.Split)
		}
	}
	if slices.Equal(tvs[0], tvs[1]) {
		t.Error("a projection seed per adapter changed no TV across retraining seeds: the second group's adapters kept the shared seed")
	}
	two := EnsembleGrid{Ns: []int{1, 2}, Ks: []int{4}, Betas: []float64{-1}, RefSizes: []int{0}, DatanetStrides: []int{2}, ProjPerAdapter: true, Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }}
	if _, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, two); !errors.Is(err, ErrBadConfig) {
		t.Errorf("a projection seed per adapter with two class-table sizes: %v, want ErrBadConfig", err)
	}
}
