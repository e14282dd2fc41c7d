package quality

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
)

var (
	truthSeedsFlag = flag.String("attribution.truthseeds", "", "further leave-one-out retraining seeds for the ground truth only (kept in -attribution.eval.cache + \".loo\"), e.g. 3,4,5; runs TestAttributionTruthSeeds")
	truthTau       = flag.String("attribution.truthseeds.tau", "2,3", "softmax temperatures measured by TestAttributionTruthSeeds besides the one-hot")
	truthSetsFlag  = flag.String("attribution.truthseeds.sets", "", "ground truths measured by TestAttributionTruthSeeds: seed groups separated by ';' (each comma-separated, or 'all'); empty: the evaluation's seeds, then every as many more, then all")
)

// TestAttributionTruthSeeds measures the class term (K = 16, class only,
// 1,100 reference digits, 10-adapter table; one-hot and softmax τ) and the
// baselines on the test split under the ground truth of cfg.Seeds alone and
// under cfg.Seeds plus -attribution.truthseeds: a less noisy ground truth,
// the settings unchanged.
func TestAttributionTruthSeeds(t *testing.T) {
	if *truthSeedsFlag == "" {
		t.Skip("study run: pass -attribution.truthseeds S,S,…")
	}
	taus, err := studyFlag("attribution.truthseeds.tau", *truthTau, 1, 16)
	if err != nil {
		t.Fatal(err)
	}
	cfg, base, train, test := studyData(t) // cfg.TruthSeeds from the flag
	grid := EnsembleGrid{Ns: []int{10}, Ks: []int{16}, Betas: []float64{-1}, RefSizes: []int{1100}, Weights: []ClassWeights{{}}, TestOnly: true,
		Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }}
	for _, tau := range taus {
		grid.Weights = append(grid.Weights, ClassWeights{Tau: tau})
	}
	if grid.Truths, err = truthSets(*truthSetsFlag, append(slices.Clone(cfg.Seeds), cfg.TruthSeeds...), len(cfg.Seeds)); err != nil {
		t.Fatal(err)
	}
	r, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, grid)
	if err != nil {
		t.Fatal(err)
	}
	md := r.TruthMarkdown()
	if *ensembleOut != "" {
		if err := os.WriteFile(*ensembleOut, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("\n%s\nadapters: seeds %v, %d pairs; %d bootstrap replicates; elapsed %s", md, r.Seeds, r.Pairs, r.Bootstrap, r.Elapsed.Round(time.Second))
}

// truthSets parses -attribution.truthseeds.sets over the retrained seeds
// (the evaluation's n first): groups separated by ';', each comma-separated
// seeds or "all" (nil); empty: the first n seeds, the first 2n, … and all.
func truthSets(flagVal string, seeds []uint64, n int) ([][]uint64, error) {
	var out [][]uint64
	if flagVal == "" {
		for k := n; k < len(seeds); k += n {
			out = append(out, seeds[:k])
		}
		return append(out, nil), nil
	}
	for _, g := range strings.Split(flagVal, ";") {
		if strings.TrimSpace(g) == "all" {
			out = append(out, nil)
			continue
		}
		v, err := studyFlag("attribution.truthseeds.sets", g, 1, len(seeds))
		if err != nil {
			return nil, err
		}
		var set []uint64
		for _, x := range v {
			set = append(set, uint64(x))
		}
		out = append(out, set)
	}
	return out, nil
}

// TestTruthSets: the default steps, explicit groups, "all", bad groups.
func TestTruthSets(t *testing.T) {
	six := []uint64{0, 1, 2, 3, 4, 5}
	for _, tc := range []struct {
		flag  string
		seeds []uint64
		want  [][]uint64
		ok    bool
	}{
		{"", six[:3], [][]uint64{nil}, true},
		{"", six, [][]uint64{{0, 1, 2}, nil}, true},
		{"", append(six, 20, 21, 22), [][]uint64{{0, 1, 2}, {0, 1, 2, 3, 4, 5}, nil}, true},
		{"0,1,2;3,4,5;all", six, [][]uint64{{0, 1, 2}, {3, 4, 5}, nil}, true},
		{"0,1,2;x", six, nil, false},
		{"0,1,2;", six, nil, false},
	} {
		got, err := truthSets(tc.flag, tc.seeds, 3)
		if (err == nil) != tc.ok || !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("truthSets(%q, %v) = %v, %v; want %v (ok %v)", tc.flag, tc.seeds, got, err, tc.want, tc.ok)
		}
	}
}

// fakeRun fills every job's losses from its seed, excluded contributor
// and query, and counts the seeds it was asked to retrain.
type fakeRun struct {
	seeds []uint64
	fail  uint64 // a seed whose retraining fails (0: none)
}

func (f *fakeRun) run(nq [2]int) func([]*job) error {
	return func(js []*job) error {
		f.seeds = append(f.seeds, js[0].seed)
		if js[0].seed == f.fail {
			return errors.New("retraining failed")
		}
		for _, j := range js {
			x := -1.0
			if len(j.exclude) == 1 {
				x = float64(j.exclude[0])
			}
			for sp := range 2 {
				j.loss[sp] = make([]float64, nq[sp])
				for q := range nq[sp] {
					j.loss[sp][q] = float64(j.seed)*100 + x + float64(q)/10 + float64(sp)/1000
				}
			}
			j.took = time.Millisecond
		}
		return nil
	}
}

// TestTruthRetrains: the extra ground-truth seeds are retrained only when
// the ".loo" cache lacks them (same key, complete entry), in the order
// asked, saved seed by seed; the evaluation's own cache is never written.
func TestTruthRetrains(t *testing.T) {
	const n = 3
	nq := [2]int{2, 4}
	dir := t.TempDir()
	cfg := EvalConfig{Seed: 16, Seeds: []uint64{0, 1, 2}, Cache: filepath.Join(dir, "eval.cache")}
	main := []byte("the evaluation's cache")
	if err := os.WriteFile(cfg.Cache, main, 0o644); err != nil {
		t.Fatal(err)
	}
	other := cfg
	other.Seed = 17 // another Datanet: another key
	for _, tc := range []struct {
		name    string
		cfg     EvalConfig
		seeds   []uint64
		prepare func(t *testing.T)
		fail    uint64
		trained []uint64
		wantErr bool
	}{
		{name: "empty cache", cfg: cfg, seeds: []uint64{3}, trained: []uint64{3}},
		{name: "extended by one seed", cfg: cfg, seeds: []uint64{3, 4}, trained: []uint64{4}},
		{name: "all cached, other order", cfg: cfg, seeds: []uint64{4, 3}},
		{name: "subset cached", cfg: cfg, seeds: []uint64{4}},
		{name: "a failing seed after a new one", cfg: cfg, seeds: []uint64{5, 6}, fail: 6, trained: []uint64{5, 6}, wantErr: true},
		{name: "the seed before the failure was kept", cfg: cfg, seeds: []uint64{3, 4, 5}},
		{name: "another key retrains", cfg: other, seeds: []uint64{3}, trained: []uint64{3}},
		{name: "and replaces the file", cfg: cfg, seeds: []uint64{3}, trained: []uint64{3}},
		{name: "an incomplete entry is retrained", cfg: cfg, seeds: []uint64{3, 4}, trained: []uint64{4}, prepare: func(t *testing.T) {
			c := readTruthCache(t, cfg.truthPath())
			c.Seeds = append(c.Seeds, truthSeed{Seed: 4, Loss: c.Seeds[0].Loss[:n], Took: c.Seeds[0].Took[:n]})
			writeTruthCache(t, cfg.truthPath(), c)
		}},
		{name: "an unreadable file retrains", cfg: cfg, seeds: []uint64{3}, trained: []uint64{3}, prepare: func(t *testing.T) {
			if err := os.WriteFile(cfg.truthPath(), []byte("not gob"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "a seed of cfg.Seeds", cfg: cfg, seeds: []uint64{2}, wantErr: true},
		{name: "a repeated seed", cfg: cfg, seeds: []uint64{3, 3}, wantErr: true},
		{name: "none", cfg: cfg},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.prepare != nil {
				tc.prepare(t)
			}
			c := tc.cfg
			c.TruthSeeds = tc.seeds
			f := &fakeRun{fail: tc.fail}
			got, trained, err := truthRetrains(c, n, nq, f.run(nq))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if !slices.Equal(f.seeds, tc.trained) {
				t.Errorf("retrained seeds %v, want %v", f.seeds, tc.trained)
			}
			if tc.wantErr {
				return
			}
			if trained != len(tc.trained) || len(got) != len(tc.seeds) {
				t.Fatalf("%d seeds returned, %d trained; want %d, %d", len(got), trained, len(tc.seeds), len(tc.trained))
			}
			for i, ts := range got {
				if ts.Seed != tc.seeds[i] || !ts.fits(n, nq) {
					t.Fatalf("entry %d: seed %d (want %d), fits %v", i, ts.Seed, tc.seeds[i], ts.fits(n, nq))
				}
				// Contributor 1 left out, split 1, query 2, as fakeRun made it.
				if want := float64(ts.Seed)*100 + 1 + 0.2 + 0.001; ts.Loss[2][1][2] != want {
					t.Errorf("seed %d: loss %v, want %v", ts.Seed, ts.Loss[2][1][2], want)
				}
			}
		})
	}
	if b, err := os.ReadFile(cfg.Cache); err != nil || !bytes.Equal(b, main) {
		t.Errorf("the evaluation's cache changed: %q, %v", b, err)
	}
	if got, _, err := truthRetrains(EvalConfig{Seeds: []uint64{0}, TruthSeeds: []uint64{1}}, n, nq, (&fakeRun{}).run(nq)); err != nil || len(got) != 1 {
		t.Errorf("without a cache: %d seeds, %v", len(got), err)
	}
}

func readTruthCache(t *testing.T, path string) truthCache {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var c truthCache
	if err := gob.NewDecoder(f).Decode(&c); err != nil {
		t.Fatal(err)
	}
	return c
}

func writeTruthCache(t *testing.T, path string, c truthCache) {
	t.Helper()
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(c); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLooDeltas: each left-out loss minus the full loss, per split.
func TestLooDeltas(t *testing.T) {
	loss := [][2][]float64{
		{{1, 2}, {10, 20, 30}}, // full
		{{1.5, 2}, {10, 25, 29}},
		{{0, 4}, {11, 20, 30}},
	}
	for _, tc := range []struct {
		sp   int
		want [][]float64
	}{
		{0, [][]float64{{0.5, 0}, {-1, 2}}},
		{1, [][]float64{{0, 5, -1}, {1, 0, 0}}},
	} {
		got := looDeltas(loss, tc.sp)
		if len(got) != len(tc.want) {
			t.Fatalf("split %d: %d rows, want %d", tc.sp, len(got), len(tc.want))
		}
		for c := range got {
			if !approxEq(got[c], tc.want[c]) {
				t.Errorf("split %d, contributor %d: %v, want %v", tc.sp, c, got[c], tc.want[c])
			}
		}
	}
}

// truthEvaluator is a hand-made evaluator: 4 contributors (3 clean), 2
// queries per split, one ground-truth row per seed in rows.
func truthEvaluator(rows ...[]float64) *evaluator {
	var gt [2][][][]float64
	for sp := range 2 {
		for _, r := range rows {
			var s [][]float64
			for _, x := range r {
				s = append(s, []float64{x, x})
			}
			gt[sp] = append(gt[sp], s)
		}
	}
	return &evaluator{cfg: EvalConfig{Seed: 1, Bootstrap: 20}, gt: gt, ed: &EvalData{Kinds: []Kind{Clean, Clean, Clean, Noise}}}
}

// TestTruthPasses: one pass per (ground truth, named split), each over its
// leading seeds and labelled by it; without truths the plain split names
// over every seed.
func TestTruthPasses(t *testing.T) {
	ev := truthEvaluator([]float64{1, 2, 3, 4}, []float64{1, 2, 3, 4}, []float64{4, 3, 2, 1})
	seeds := []uint64{0, 1, 7}
	for _, tc := range []struct {
		name   string
		splits []string
		truths [][]uint64
		labels []string
		seeds  []int
		ok     bool
	}{
		{"plain", []string{"validation", "test"}, nil, []string{"validation", "test"}, []int{3, 3}, true},
		{"test only", []string{"", "test"}, nil, []string{"test"}, []int{3}, true},
		{"two truths", []string{"", "test"}, [][]uint64{{0, 1}, {7}}, []string{truthLabel("test", []uint64{0, 1}), truthLabel("test", []uint64{7})}, []int{2, 1}, true},
		{"empty is every seed", []string{"validation", ""}, [][]uint64{nil}, []string{truthLabel("validation", seeds)}, []int{3}, true},
		{"a seed not retrained", []string{"", "test"}, [][]uint64{{0, 2}}, nil, nil, false},
		{"a repeated seed", []string{"", "test"}, [][]uint64{{0, 0}}, nil, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := truthPasses(ev, tc.splits, seeds, tc.truths)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			var labels []string
			var seeds []int
			for _, p := range ps {
				labels, seeds = append(labels, p.label), append(seeds, len(p.gt[p.sp]))
				if len(p.b.dbar) != ev.cfg.Bootstrap || len(p.b.sidx[0]) != len(p.gt[p.sp]) {
					t.Errorf("%s: %d replicates over %d seeds", p.label, len(p.b.dbar), len(p.b.sidx[0]))
				}
			}
			if !slices.Equal(labels, tc.labels) || !slices.Equal(seeds, tc.seeds) {
				t.Errorf("passes %v over %v seeds, want %v over %v", labels, seeds, tc.labels, tc.seeds)
			}
		})
	}
	// The two leading seeds agree exactly: Spearman 1; the third reverses them.
	ps, _ := truthPasses(ev, []string{"", "test"}, seeds, [][]uint64{{0, 1}, {7}, {0, 7}})
	for i, want := range [][]float64{{1, 2, 3, 4}, {4, 3, 2, 1}, {2.5, 2.5, 2.5, 2.5}} {
		if got := ps[i].b.full; !approxEq(got, want) {
			t.Errorf("%s: ground truth %v, want %v", ps[i].label, got, want)
		}
	}
	for _, tc := range []struct {
		a, b       []int
		all, clean float64
	}{{[]int{0}, []int{1}, 1, 1}, {[]int{0}, []int{2}, -1, -1}, {[]int{0, 1}, []int{2}, -1, -1}} {
		all, clean := ev.truthAgreement(1, ps[0].b, tc.a, tc.b)
		if all.V != tc.all || clean.V != tc.clean {
			t.Errorf("seeds %v against %v: %v / %v, want %v / %v", tc.a, tc.b, all.V, clean.V, tc.all, tc.clean)
		}
	}
}

// TestTruthMarkdown: every label's baselines and rows appear with their
// margins.
func TestTruthMarkdown(t *testing.T) {
	l3, l6 := truthLabel("test", []uint64{0, 1, 2}), truthLabel("test", []uint64{0, 1, 2, 3, 4, 5})
	r := &EnsembleReport{TruthTVBy: map[string]Stat{l3: {V: 0.67}}}
	for _, l := range []string{l3, l6} {
		r.Baselines = append(r.Baselines, EnsembleRow{Split: l, Name: "label count", Spearman: Stat{V: 0.2}, Clean: Stat{V: 0.4}})
		r.Rows = append(r.Rows, EnsembleRow{Split: l, K: 16, N: 10, Ref: 1100, Weights: ClassWeights{Tau: 3}, Spearman: Stat{V: 0.7}, Clean: Stat{V: 0.6},
			VsAll: []Paired{{"label count", Stat{V: 0.5}}}, VsClean: []Paired{{"label count", Stat{V: 0.215, Lo: -0.007, Hi: 0.304}}}})
	}
	md := r.TruthMarkdown()
	for _, want := range []string{"within clean − label count", "| " + l3 + " | label count | 0.200", "| " + l6 + " | K = 16, N = 10, softmax τ=3, 1100 held-out digits | 0.700",
		"0.215 [-0.007, 0.304]", l3 + " 0.670"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestPrepareTruthSeeds: on the smoke size, an extra ground-truth seed is
// retrained once, joins the ground truth after the evaluation's seeds and
// comes from the ".loo" cache the second time, the evaluation's cache
// untouched by it.
func TestPrepareTruthSeeds(t *testing.T) {
	cfg, _ := evalConfig("smoke")
	cfg.Workers, cfg.Bootstrap = 1, 5
	cfg.Cache = filepath.Join(t.TempDir(), "eval.cache")
	cfg.TruthSeeds = []uint64{7}
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	var gts [2][2][][][]float64
	var mainCache []byte
	for run, want := range []int{1, 0} {
		st, err := prepare(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if st.r.TruthRetrained != want {
			t.Errorf("run %d: %d ground-truth seeds retrained, want %d", run, st.r.TruthRetrained, want)
		}
		for sp := range 2 {
			if got := len(st.ev.gt[sp]); got != len(cfg.Seeds)+1 {
				t.Fatalf("run %d, split %d: ground truth over %d seeds, want %d", run, sp, got, len(cfg.Seeds)+1)
			}
		}
		gts[run] = st.ev.gt
		b, err := os.ReadFile(cfg.Cache)
		if err != nil {
			t.Fatal(err)
		}
		if run == 1 && !bytes.Equal(b, mainCache) {
			t.Error("the evaluation's cache was rewritten")
		}
		mainCache = b
	}
	c := readTruthCache(t, cfg.truthPath())
	if len(c.Seeds) != 1 || c.Seeds[0].Seed != 7 {
		t.Fatalf("cached ground-truth seeds %+v", c.Seeds)
	}
	for sp := range 2 {
		want := looDeltas(c.Seeds[0].Loss, sp)
		for run := range 2 {
			extra := gts[run][sp][len(cfg.Seeds)]
			for ci := range want {
				if !slices.Equal(extra[ci], want[ci]) {
					t.Fatalf("run %d, split %d, contributor %d: Δ %v, want %v", run, sp, ci, extra[ci], want[ci])
				}
			}
		}
		if slices.Equal(gts[0][sp][0][0], gts[0][sp][len(cfg.Seeds)][0]) {
			t.Errorf("split %d: seed 7's ground truth equals seed 0's", sp)
		}
	}
}
