package quality

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
	"github.com/openproof/openproof/inference/model"
)

var (
	evalRun   = flag.Bool("attribution.eval", false, "run the attribution evaluation (issue 16) and write bench/results.md's attribution-eval section")
	evalSize  = flag.String("attribution.eval.size", "full", "evaluation size: full, or smoke (a few contributors, to check the pipeline)")
	evalCache = flag.String("attribution.eval.cache", "", "keep the retrainings in this file and reuse them when the configuration matches")
	evalOut   = flag.String("attribution.eval.out", "", "write the section here instead of bench/results.md (smoke runs)")
	testFrom  = flag.Int("attribution.testfrom", 0, "take the test split from this digit of each held-out class on (0: right after validation; 190: the fresh split of docs/attribution-quality.md)")
	prepRun   = flag.Bool("attribution.prepare", false, "only run (or load) the evaluation's retrainings, -attribution.truthseeds included, and report nothing (TestAttributionPrepare)")
)

// EvalConfigs are the evaluation's sizes; "full" is the one bench/results.md reports.
func evalConfig(size string) (EvalConfig, bool) {
	p := influence.DefaultParams()
	cfg := EvalConfig{
		Seed: 16, Params: p, ProjSeeds: []uint64{p.Seed + 1, p.Seed + 2}, KList: []int{4, 16, 32},
		Train:     provenance.TrainOptions{Rank: provenance.DefaultRank, Alpha: provenance.DefaultAlpha, BatchSize: provenance.DefaultBatchSize, LR: provenance.DefaultLR, Epochs: 6},
		Seeds:     []uint64{0, 1, 2},
		Bootstrap: 1000, TopK: 8, Workers: 2,
		Lambdas: []float64{0.01, 0.1, 1, 10}, DupCos: []float64{0.97, 0.99, 0.999}, Agree: []float64{-1, 0.3}, MinConf: []float64{0, 0.1, 0.3, 0.5},
		ClassBetas: []float64{1, 3, 10, -1},
	}
	switch size {
	case "full":
		for i := range 34 {
			cfg.CleanSizes = append(cfg.CleanSizes, []int{15, 30, 60, 120}[i%4])
		}
		cfg.Duplicates, cfg.NearDuplicates, cfg.Mislabeled, cfg.Noise, cfg.OffDistribution = 6, 6, 6, 6, 6
		cfg.OtherSize, cfg.ValPerClass, cfg.TestPerClass, cfg.LDSSubsets = 40, 30, 50, 24
	case "smoke":
		cfg.CleanSizes = []int{10, 20, 10, 20, 10, 20}
		cfg.Duplicates, cfg.NearDuplicates, cfg.Mislabeled, cfg.Noise, cfg.OffDistribution = 1, 1, 1, 1, 1
		cfg.OtherSize, cfg.ValPerClass, cfg.TestPerClass, cfg.LDSSubsets = 10, 3, 3, 4
		cfg.Train.Epochs, cfg.Bootstrap, cfg.Seeds, cfg.KList = 2, 50, []uint64{0, 1}, []int{4}
		cfg.Lambdas, cfg.DupCos, cfg.Agree, cfg.MinConf = []float64{0.1}, []float64{0.99}, []float64{-1, 0.1}, []float64{0, 0.3}
	default:
		return cfg, false
	}
	return cfg, true
}

// TestAttributionEval is `make attribution-eval`.
func TestAttributionEval(t *testing.T) {
	if !*evalRun {
		t.Skip("evaluation run: pass -attribution.eval (make attribution-eval)")
	}
	cfg, ok := evalConfig(*evalSize)
	if !ok {
		t.Fatalf("unknown -attribution.eval.size %q", *evalSize)
	}
	cfg.Log = t.Logf
	cfg.Cache = *evalCache
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	// Split seed 0 is the embedded base's: the held-out digits are ones it never saw.
	train, test := ds.Split(0)
	r, err := Evaluate(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	machine := runtime.GOOS + "/" + runtime.GOARCH + ", " + runtime.Version() + ", " + cpuName()
	md := r.EvalMarkdown(*evalSize, machine)
	out := *evalOut
	if out == "" {
		out = filepath.Join("..", "..", "bench", "results.md")
	}
	if err := WriteEvalSection(out, md); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(out), "attribution-eval.tsv"), r.TSV(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + md)
}

// TestEvaluateSmoke runs the whole evaluation on the smoke size (a few
// contributors, two short retraining seeds): the pipeline works end to end,
// intervals are ordered, and exact copies share credit under the robust
// method while the current method pays them about twice.
func TestEvaluateSmoke(t *testing.T) {
	cfg, _ := evalConfig("smoke")
	cfg.Workers = 1
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	r, err := Evaluate(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(baselines()) + 3; len(r.Rows) != want && len(r.Rows) != want+1 {
		t.Fatalf("%d method rows, want %d or %d (a class term chosen)", len(r.Rows), want, want+1)
	}
	if len(r.StableRows) != 1+len(cfg.ClassBetas) {
		t.Errorf("%d stage-2 rows, want %d", len(r.StableRows), 1+len(cfg.ClassBetas))
	}
	for _, row := range r.Rows {
		for name, s := range map[string]Stat{"Spearman": row.Spearman, "LDS": row.LDS, "TopK": row.TopK} {
			if s.Lo > s.Hi || s.V < -1 || s.V > 1 {
				t.Errorf("%s %s = %+v", row.Method.Name, name, s)
			}
		}
	}
	cur, robust := r.Rows[len(baselines())-1], r.Rows[len(baselines())+1]
	if robust.DupRatio.V > 1.1 || cur.DupRatio.V < 1.3 {
		t.Errorf("duplicated pair ÷ original: robust %.3f (want ≤ 1.1), current %.3f (want ≥ 1.3)", robust.DupRatio.V, cur.DupRatio.V)
	}
	if len(r.KRows) != 1+len(cfg.KList) || len(r.DeltaTest) != len(r.IDs) {
		t.Errorf("%d K rows, %d deltas for %d contributors", len(r.KRows), len(r.DeltaTest), len(r.IDs))
	}
}

var stabilityRun = flag.Bool("attribution.stability", false, "run the attribution stability study (issue 16) on the cached retrainings and log its table")

// TestAttributionStability is the stability study: the chosen method under
// other score-to-weight rules, checkpoint folding and sketch sizes.
func TestAttributionStability(t *testing.T) {
	if !*stabilityRun {
		t.Skip("study run: pass -attribution.stability")
	}
	cfg, _ := evalConfig("full")
	cfg.Log = t.Logf
	cfg.Cache = *evalCache
	cfg.Bootstrap = 200
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	chosen := Robust(0.01, 0.97, 0.3, 0.5)
	methods := func() []Method {
		ms := []Method{chosen}
		for _, p := range []float64{0.5, 0.25, 2} {
			ms = append(ms, WithRule(chosen, PowerRule(p)))
		}
		ms = append(ms, Folded(chosen))
		for _, b := range []float64{1, 3, 10} {
			ms = append(ms, ClassBlend(chosen, b, false))
		}
		ms = append(ms, ClassBlend(chosen, 1, true), WithRule(ClassBlend(chosen, 1, true), PowerRule(2)))
		return ms
	}
	cross := func() []Method {
		var ms []Method
		for _, b := range []float64{3, 10} {
			m := ClassBlend(chosen, b, false)
			ms = append(ms, m, ClassEnsembled(m))
		}
		m := ClassBlend(chosen, 1, true)
		return append(ms, chosen, m, ClassEnsembled(m))
	}
	r, err := Stability(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, []int{4, 5}, []uint64{3, 4, 5}, methods, cross)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.Markdown())
}

var integerRun = flag.Bool("attribution.integer", false, "measure the exact integer statement (robust/v1, renorm-tracin/v1) on the evaluation's test split")

// TestAttributionInteger is the evaluation of the integer statement.
func TestAttributionInteger(t *testing.T) {
	if !*integerRun {
		t.Skip("study run: pass -attribution.integer")
	}
	cfg, _ := evalConfig("full")
	cfg.Log = t.Logf
	cfg.Cache = *evalCache
	cfg.Bootstrap = 200
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	rows, err := IntegerCheck(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + IntegerMarkdown(rows))
}

var (
	ensembleRun = flag.Bool("attribution.ensemble", false, "run the class-table ensemble study (issue 16): N seed adapters, K, β, reference size; needs 2·max(N) adapters (extra ones cached next to -attribution.eval.cache)")
	ensembleOut = flag.String("attribution.ensemble.out", "", "also write the study's markdown to this file")
)

// TestAttributionEnsemble is the ensemble study: the robust method with the
// class term, its class table averaged over N retraining seeds' adapters,
// chosen on validation and reported on test against issue 16's targets.
func TestAttributionEnsemble(t *testing.T) {
	if !*ensembleRun {
		t.Skip("study run: pass -attribution.ensemble")
	}
	cfg, _ := evalConfig("full")
	cfg.Log = t.Logf
	cfg.Cache = *evalCache
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	grid := EnsembleGrid{Ns: []int{1, 3, 6, 10}, Ks: []int{8, 16}, Betas: []float64{3, 10, -1}, RefSizes: []int{300, 1100},
		Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }}
	r, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, grid)
	if err != nil {
		t.Fatal(err)
	}
	md := r.Markdown()
	if *ensembleOut != "" {
		if err := os.WriteFile(*ensembleOut, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%s\nelapsed %s, extra adapters trained in %.1f s", md, r.Elapsed.Round(time.Second), r.TrainSec)
}

var refDatanet = flag.String("attribution.refdatanet", "", "compare the class table over every 8th Datanet record (robust-class/v1's reference rule) with held-out reference digits (1,100, or ref) on the test split, at K,N,β,pairs[,ref] (β < 0: class term only; pairs: adapter pairs behind TV across retraining seeds, ≥ N), e.g. 8,1,3,10 or 8,1,3,10,400")

// TestAttributionRefDatanet measures robust-class/v1's reference rule
// (every 8th Datanet record, inputs only) against held-out reference
// digits, on the test split, with the ensemble study's figures and how
// payout follows data volume within clean.
func TestAttributionRefDatanet(t *testing.T) {
	if *refDatanet == "" {
		t.Skip("study run: pass -attribution.refdatanet K,N,β,pairs[,ref]")
	}
	v, err := studyFlag("attribution.refdatanet", *refDatanet, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	k, n, beta, pairs, ref := int(v[0]), int(v[1]), v[2], int(v[3]), 1100
	if len(v) > 4 {
		ref = int(v[4])
	}
	cfg, base, train, test := studyData(t)
	grid := EnsembleGrid{Ns: []int{n}, Ks: []int{k}, Betas: []float64{beta}, RefSizes: []int{ref}, DatanetStrides: []int{8}, TestOnly: true, Pairs: pairs,
		Base: func() Method { return Robust(0.01, 0.97, 0.3, 0.5) }}
	r, err := EnsembleStudy(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, grid)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s\nadapters: seeds %v, %d pairs; %d bootstrap replicates; elapsed %s", r.RefMarkdown("test"), r.Seeds, r.Pairs, r.Bootstrap, r.Elapsed.Round(time.Second))
}

var integerProj = flag.Int("attribution.integer.projseeds", 2, "projection seeds besides the deployed one for -attribution.integer.class")

var integerClass = flag.String("attribution.integer.class", "", "measure the exact integer statement with the class term at this setting: K,N,β,ref (β < 0: class term only; ref > 0: held-out reference digits, < 0: every −ref-th Datanet record), e.g. 16,6,3,1100 or 8,10,-1,-8")

// TestAttributionIntegerClass measures the exact integer robust/v1
// statement with the class term (TestAttributionEnsemble's chosen setting)
// and diagnoses its gap to the float twin.
func TestAttributionIntegerClass(t *testing.T) {
	if *integerClass == "" {
		t.Skip("study run: pass -attribution.integer.class K,N,β,ref")
	}
	v, err := studyFlag("attribution.integer.class", *integerClass, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	k, n, beta, ref := int(v[0]), int(v[1]), v[2], int(v[3])
	cfg, base, train, test := studyData(t)
	cfg.ProjSeeds = cfg.ProjSeeds[:min(len(cfg.ProjSeeds), max(1, *integerProj))]
	r, err := IntegerClassSoft(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg, k, n, beta, ref,
		IntegerSoftOpts{Taus: integerClassTauShifts(t), ProjPerAdapter: *softProjEach})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.Markdown())
}

// studyFlag parses a study flag's comma-separated numbers: between need
// and most of them, integers where the study takes a count.
func studyFlag(name, s string, need, most int) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("-%s %q: %w", name, s, err)
		}
		out = append(out, v)
	}
	if len(out) < need || len(out) > most {
		return nil, fmt.Errorf("-%s %q: %d numbers, want %d to %d", name, s, len(out), need, most)
	}
	return out, nil
}

// studyData is every study's input: the full evaluation configuration
// (logging to t, retrainings cached in -attribution.eval.cache), the
// embedded base model and the split-0 training and held-out digits
// (upright; the studies rotate them).
func studyData(t *testing.T) (EvalConfig, *model.Model, *mnist.Dataset, *mnist.Dataset) {
	t.Helper()
	cfg, _ := evalConfig("full")
	cfg.Log = t.Logf
	cfg.Cache = *evalCache
	cfg.TestFrom = *testFrom
	if *truthSeedsFlag != "" {
		v, err := studyFlag("attribution.truthseeds", *truthSeedsFlag, 1, 16)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range v {
			cfg.TruthSeeds = append(cfg.TruthSeeds, uint64(s))
		}
	}
	ds := mnisttest.Data(t)
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	train, test := ds.Split(0)
	return cfg, base, train, test
}

// TestAttributionPrepare runs the evaluation's retrainings (and those of
// -attribution.truthseeds, which every study run takes into its ground
// truth) into -attribution.eval.cache without computing
// or printing any figure, so a split can be retrained before the settings
// are chosen without looking at it.
func TestAttributionPrepare(t *testing.T) {
	if !*prepRun {
		t.Skip("study run: pass -attribution.prepare")
	}
	cfg, base, train, test := studyData(t)
	st, err := prepare(context.Background(), base, train.Rotate90(), train, test.Rotate90(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("retrainings ready: %d seeds, %d ground-truth seeds (%d retrained now), %s", len(cfg.Seeds), len(cfg.TruthSeeds), st.r.TruthRetrained, time.Since(st.start).Round(time.Second))
}
