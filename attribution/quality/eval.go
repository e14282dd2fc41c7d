package quality

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// ErrBadConfig marks an unusable evaluation configuration.
var ErrBadConfig = fmt.Errorf("quality: %w", errs.ErrBadInput)

// EvalConfig sizes the evaluation (issue 16, item 1).
type EvalConfig struct {
	Seed                                                           uint64 // Datanet draw
	CleanSizes                                                     []int  // one clean contributor per entry
	Duplicates, NearDuplicates, Mislabeled, Noise, OffDistribution int
	OtherSize                                                      int // records of every non-clean, non-copy contributor
	ValPerClass, TestPerClass                                      int
	// TestFrom > 0 moves the test split to each class's held-out digits
	// [TestFrom, TestFrom+TestPerClass) instead of right after validation
	// (a split no earlier run has seen); the reference digits
	// (RefQueries) keep their place after ValPerClass+TestPerClass, so
	// TestFrom must lie past them.
	TestFrom   int
	Train      provenance.TrainOptions // Seed unused: Seeds
	Seeds      []uint64                // retraining seeds (≥ 3 for the report); the first is the deployed adapter
	Params     influence.Params        // the deployed projection (Seed, K)
	ProjSeeds  []uint64                // further projection seeds for stability
	KList      []int                   // further sketch sizes for the K trade-off
	LDSSubsets int                     // random half-Datanet retrains for the LDS
	Bootstrap  int
	TopK       int
	Workers    int
	// Grids searched on the validation split.
	Lambdas, DupCos, Agree, MinConf []float64
	// ClassBetas are the class-term weights tried after the grid (a
	// negative entry: the class term alone; see Method.ClassBeta).
	ClassBetas []float64
	Log        func(format string, args ...any)
	// Cache, when set, is a file keeping the retrainings' losses and full
	// adapters between runs of the same Datanet and training configuration
	// (methods can then be re-evaluated without retraining).
	Cache string
	// TruthSeeds are further retraining seeds whose leave-one-out
	// retrainings only join the ground truth (averaged with cfg.Seeds');
	// kept in Cache+".loo" (evaltruth.go).
	TruthSeeds []uint64
}

// Stat is a point estimate with its 95% bootstrap interval.
type Stat struct{ V, Lo, Hi float64 }

// Row is one method's measured figures on one split.
type Row struct {
	Method      Method
	Spearman    Stat // per contributor: mean payout vs leave-one-out Δ loss
	ByKind      map[Kind]Stat
	TopK        Stat // overlap of the top-k contributors by payout and by Δ loss
	QueryLOO    Stat // per query: Spearman over contributors of payout vs that query's Δ loss
	LDS         Stat // per query: Spearman over random half-Datanets of Σ payout vs −loss
	Share       map[Kind]Stat
	DupRatio    Stat // (P_orig + P_copy) / P_orig without the copy, exact duplicates
	NearRatio   Stat // the same for near-duplicates
	TVSeeds     Stat // payout total-variation distance across retraining seeds
	TVProj      Stat // across projection seeds
	TopProj     Stat // top contributor unchanged across projection seeds
	ZeroQueries int  // queries with no positive score
	Margin      Stat // Spearman minus the best baseline's, paired bootstrap
	Best        string
	// per query, for paired comparisons: TV and same top across projection
	// seeds, and the clean Spearman's bootstrap replicates
	tvProjQ, topProjQ, cleanReps []float64
}

// ValRow is one candidate setting's validation figures.
type ValRow struct {
	Name                                        string
	Spearman, Clean, Noise, Mis, Dup, Near, Obj float64
	TVSeeds, TVProj, TopProj, StableObj         float64 // stage 2 only
}

// KRow is the K trade-off.
type KRow struct {
	K, Dim          int
	Current, Chosen Stat // test Spearman overall
	ChosenClean     Stat
	TVSeeds, TVProj Stat // chosen method
	TopProj, Noise  Stat
}

// EvalReport is the evaluation's outcome.
type EvalReport struct {
	Cfg           EvalConfig
	IDs           []string
	Kinds         []Kind
	Counts        []int
	Records       int
	Val, Test     int
	Retrains      int
	RetrainSec    float64 // mean wall time of one full-Datanet retrain
	Cached        bool    // retrainings loaded from the cache
	RetrainSum    float64 // Σ wall time of every retraining (s), from the cache when reused
	TestLoss      []float64
	TestAcc       []float64 // float model, per seed
	Chosen        Method
	ValRows       []ValRow
	Final         Method   // Chosen with the class term chosen by StableRows
	StableRows    []ValRow // validation, stage 2 (class term)
	TruthTV       Stat     // the ground truth's own per-query TV across retraining seeds (test)
	Rows          []Row    // test split
	KRows         []KRow
	DeltaTest     []float64 // mean leave-one-out Δ test loss per contributor
	DeltaCI       []Stat
	ChosenPayout  []float64
	CurrentPayout []float64
	Elapsed       time.Duration

	// TruthRetrained counts the cfg.TruthSeeds retrained in this run (the
	// others came from the cache).
	TruthRetrained int
}

type job struct {
	seed    uint64
	exclude []int
	loss    [2][]float64
	took    time.Duration
}

func (cfg EvalConfig) logf(format string, args ...any) {
	if cfg.Log != nil {
		cfg.Log(format, args...)
	}
}

// Evaluate runs the evaluation on the rotated training digits (train), the
// same digits upright (upright) and the rotated held-out digits (heldOut).
func Evaluate(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig) (*EvalReport, error) {
	start := time.Now()
	if len(cfg.Lambdas) == 0 || len(cfg.DupCos) == 0 || len(cfg.Agree) == 0 || len(cfg.MinConf) == 0 {
		return nil, fmt.Errorf("%w: grids must be non-empty", ErrBadConfig)
	}
	st, err := prepare(ctx, base, train, upright, heldOut, cfg)
	if err != nil {
		return nil, err
	}
	r, ev, ed, adapters, splits, n, gs := st.r, st.ev, st.ed, st.adapters, st.splits, len(st.ed.D.Contributors), st.ev.gs

	// Validation: choose λ, then the duplicate and agreement thresholds.
	best := Curvature(cfg.Lambdas[0])
	bestObj := -1e9
	for _, l := range cfg.Lambdas {
		for _, dc := range cfg.DupCos {
			for _, ag := range cfg.Agree {
				for _, mc := range cfg.MinConf {
					m := Robust(l, dc, ag, mc)
					vr := ev.validate(m)
					r.ValRows = append(r.ValRows, vr)
					if vr.Obj > bestObj {
						best, bestObj = m, vr.Obj
					}
				}
			}
		}
		m := Curvature(l)
		r.ValRows = append(r.ValRows, ev.validate(m))
	}
	for _, m := range baselines() {
		r.ValRows = append(r.ValRows, ev.validate(m))
	}
	r.Chosen = best
	cfg.logf("chosen on validation: %s (%s)", best.Name, time.Since(start).Round(time.Second))

	// Validation, stage 2: the class term's β, by the stability objective.
	final, finalObj := best, -1e9
	for _, beta := range append([]float64{0}, cfg.ClassBetas...) {
		m := best
		if beta != 0 {
			m = ClassBlend(best, max(beta, 1), beta < 0)
		}
		vr := ev.validateStable(m)
		r.StableRows = append(r.StableRows, vr)
		if vr.StableObj > finalObj {
			final, finalObj = m, vr.StableObj
		}
	}
	r.Final = final
	cfg.logf("class term chosen on validation: %s (%s)", final.Name, time.Since(start).Round(time.Second))

	// Test split.
	bestCurv := Curvature(cfg.Lambdas[0])
	bestCurvObj := -1e9
	for _, vr := range r.ValRows {
		for _, l := range cfg.Lambdas {
			if vr.Name == Curvature(l).Name && vr.Obj > bestCurvObj {
				bestCurv, bestCurvObj = Curvature(l), vr.Obj
			}
		}
	}
	methods := append(baselines(), bestCurv, best)
	if final.Name != best.Name {
		methods = append(methods, final)
	}
	if len(cfg.Seeds) > 1 {
		methods = append(methods, Ensemble(best))
	}
	nBase := len(baselines())
	boot := ev.resamples(1)
	var baseSp [][]float64 // per baseline, per replicate
	for i, m := range methods {
		row, sp := ev.row(m, 1, boot)
		if i >= nBase-1 { // the current method against the others, new methods against all baselines
			bi := 0
			for k := range min(i, nBase) {
				if r.Rows[k].Spearman.V > r.Rows[bi].Spearman.V {
					bi = k
				}
			}
			diff := make([]float64, len(sp))
			for k := range sp {
				diff[k] = sp[k] - baseSp[bi][k]
			}
			lo, hi := quantiles(diff)
			row.Margin, row.Best = Stat{V: row.Spearman.V - r.Rows[bi].Spearman.V, Lo: lo, Hi: hi}, r.Rows[bi].Method.Name
		}
		if i < nBase {
			baseSp = append(baseSp, sp)
		}
		r.Rows = append(r.Rows, row)
		cfg.logf("test: %s done (%s)", m.Name, time.Since(start).Round(time.Second))
	}
	r.DeltaTest, r.DeltaCI = ev.deltas(1, boot)
	r.CurrentPayout = meanPayout(methods[4].payouts(gs[0], 1, make([]bool, n)))
	r.ChosenPayout = meanPayout(final.payouts(gs[0], 1, make([]bool, n)))
	r.TruthTV = ev.truthTV(1, boot)

	// K trade-off: the final method's figures at every sketch size.
	main := r.Rows[len(baselines())+1]
	if final.Name != best.Name {
		main = r.Rows[len(baselines())+2]
	}
	r.KRows = append(r.KRows, KRow{K: cfg.Params.K, Dim: len(gs[0].unit[0]), Current: r.Rows[len(baselines())-1].Spearman, Chosen: main.Spearman, ChosenClean: main.ByKind[Clean],
		TVSeeds: main.TVSeeds, TVProj: main.TVProj, TopProj: main.TopProj, Noise: main.Share[Noise]})
	for _, k := range cfg.KList {
		p := cfg.Params
		p.K = k
		e2 := *ev
		e2.gs, e2.gp = nil, nil
		for _, a := range adapters {
			g, err := newGradSet(ctx, base, a, p, ed.D, splits)
			if err != nil {
				return nil, err
			}
			e2.gs = append(e2.gs, g)
		}
		for _, ps := range cfg.ProjSeeds {
			p.Seed = ps
			g, err := newGradSet(ctx, base, adapters[0], p, ed.D, splits)
			if err != nil {
				return nil, err
			}
			e2.gp = append(e2.gp, g)
		}
		cur, _ := e2.row(methods[len(baselines())-1], 1, boot)
		ch, _ := e2.row(final, 1, boot)
		r.KRows = append(r.KRows, KRow{K: k, Dim: len(e2.gs[0].unit[0]), Current: cur.Spearman, Chosen: ch.Spearman, ChosenClean: ch.ByKind[Clean],
			TVSeeds: ch.TVSeeds, TVProj: ch.TVProj, TopProj: ch.TopProj, Noise: ch.Share[Noise]})
		cfg.logf("K = %d done (%s)", k, time.Since(start).Round(time.Second))
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// prepared is the evaluation's state before any method is measured.
type prepared struct {
	r        *EvalReport
	ev       *evaluator
	ed       *EvalData
	adapters []*peft.Adapter
	splits   [2]Queries
	start    time.Time
}

// prepare builds the Datanet, runs (or loads) the retrainings and computes
// the sketches of every seed adapter and projection seed.
func prepare(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig) (*prepared, error) {
	start := time.Now()
	if len(cfg.Seeds) < 1 || cfg.Bootstrap < 1 || cfg.TopK < 1 {
		return nil, fmt.Errorf("%w: seeds, bootstrap and top-k must be non-empty", ErrBadConfig)
	}
	ed, err := BuildEval(train, upright, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.TestFrom > 0 && cfg.TestFrom < cfg.ValPerClass+cfg.TestPerClass {
		return nil, fmt.Errorf("%w: test split from digit %d overlaps validation or the reference digits (from %d)", ErrBadConfig, cfg.TestFrom, cfg.ValPerClass+cfg.TestPerClass)
	}
	val, tst := SplitQueries(heldOut, cfg.ValPerClass, cfg.TestFrom, cfg.TestPerClass)
	splits := [2]Queries{val, tst}
	n := len(ed.D.Contributors)
	r := &EvalReport{Cfg: cfg, Kinds: ed.Kinds, Records: ed.D.Records(), Val: len(val.Labels), Test: len(tst.Labels)}
	for _, c := range ed.D.Contributors {
		r.IDs, r.Counts = append(r.IDs, c.ID), append(r.Counts, len(c.Examples))
	}
	cfg.logf("Datanet: %d contributors, %d records; %d validation and %d test queries", n, r.Records, r.Val, r.Test)

	// Retraining: full and leave-one-out per seed, then the LDS subsets.
	var jobs []*job
	for _, s := range cfg.Seeds {
		jobs = append(jobs, &job{seed: s})
		for c := range n {
			jobs = append(jobs, &job{seed: s, exclude: []int{c}})
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x1d5))
	var subsets [][]bool
	for m := range cfg.LDSSubsets {
		in := make([]bool, n)
		var ex []int
		for c := range n {
			if in[c] = rng.IntN(2) == 0; !in[c] {
				ex = append(ex, c)
			}
		}
		subsets = append(subsets, in)
		jobs = append(jobs, &job{seed: cfg.Seeds[m%len(cfg.Seeds)], exclude: ex})
	}
	adapters := make([]*peft.Adapter, len(cfg.Seeds))
	if r.Cached = loadCache(cfg, jobs, adapters); !r.Cached {
		if err := runJobs(ctx, base, ed, splits, cfg, jobs, adapters); err != nil {
			return nil, err
		}
		if err := saveCache(cfg, jobs, adapters); err != nil {
			return nil, err
		}
	}
	r.Retrains = len(jobs)
	for _, j := range jobs {
		r.RetrainSum += j.took.Seconds()
	}
	per := n + 1
	var fullTook time.Duration
	for si := range cfg.Seeds {
		f := jobs[si*per]
		fullTook += f.took
		r.TestLoss = append(r.TestLoss, mean(f.loss[1]))
	}
	r.RetrainSec = fullTook.Seconds() / float64(len(cfg.Seeds))
	// gt[split][s][c][q] = Δ loss of query q when c is left out under seed s
	// (cfg.Seeds, then cfg.TruthSeeds).
	truth, trained, err := truthRetrains(cfg, n, [2]int{len(val.Labels), len(tst.Labels)}, func(js []*job) error {
		return runJobs(ctx, base, ed, splits, cfg, js, make([]*peft.Adapter, len(cfg.Seeds)))
	})
	if err != nil {
		return nil, err
	}
	r.TruthRetrained = trained
	var gt [2][][][]float64
	for sp := range 2 {
		for si := range cfg.Seeds {
			loss := make([][2][]float64, per)
			for i := range per {
				loss[i] = jobs[si*per+i].loss
			}
			gt[sp] = append(gt[sp], looDeltas(loss, sp))
		}
		for _, ts := range truth {
			gt[sp] = append(gt[sp], looDeltas(ts.Loss, sp))
		}
	}
	var lds [2][][]float64 // [split][m][q] loss
	for m := range subsets {
		j := jobs[len(cfg.Seeds)*per+m]
		for sp := range 2 {
			lds[sp] = append(lds[sp], j.loss[sp])
		}
	}

	// Sketches: every seed at the deployed projection, seed 0 at the others.
	var gs []*gradSet
	for si, a := range adapters {
		g, err := newGradSet(ctx, base, a, cfg.Params, ed.D, splits)
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
		r.TestAcc = append(r.TestAcc, accuracy(g.q[1].pred, tst.Labels))
		cfg.logf("sketches at seed %d: done (%s)", cfg.Seeds[si], time.Since(start).Round(time.Second))
	}
	var gp []*gradSet
	for _, ps := range cfg.ProjSeeds {
		p := cfg.Params
		p.Seed = ps
		g, err := newGradSet(ctx, base, adapters[0], p, ed.D, splits)
		if err != nil {
			return nil, err
		}
		gp = append(gp, g)
	}
	ev := &evaluator{cfg: cfg, ed: ed, gt: gt, lds: lds, subsets: subsets, gs: gs, gp: gp}
	return &prepared{r: r, ev: ev, ed: ed, adapters: adapters, splits: splits, start: start}, nil
}

func runJobs(ctx context.Context, base *model.Model, ed *EvalData, splits [2]Queries, cfg EvalConfig, jobs []*job, adapters []*peft.Adapter) error {
	workers := max(1, cfg.Workers)
	ch := make(chan int)
	var mu sync.Mutex
	var firstErr error
	done := 0
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				j := jobs[i]
				t0 := time.Now()
				o := cfg.Train
				o.Seed, o.Exclude = j.seed, j.exclude
				a, _, err := provenance.FitAdapter(ctx, base, ed.D, o)
				if err == nil {
					for sp := range 2 {
						if j.loss[sp], err = provenance.Losses(base, a, splits[sp].Inputs, splits[sp].Labels); err != nil {
							break
						}
					}
				}
				j.took = time.Since(t0)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				if err == nil && len(j.exclude) == 0 {
					for si, s := range cfg.Seeds {
						if s == j.seed && adapters[si] == nil {
							adapters[si] = a
						}
					}
				}
				done++
				if done%10 == 0 || done == len(jobs) {
					cfg.logf("retrained %d/%d (last %s, elapsed %s)", done, len(jobs), j.took.Round(time.Millisecond), time.Since(start).Round(time.Second))
				}
				mu.Unlock()
			}
		}()
	}
	for i := range jobs {
		mu.Lock()
		stop := firstErr != nil
		mu.Unlock()
		if stop || ctx.Err() != nil {
			break
		}
		ch <- i
	}
	close(ch)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}

func mean(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

func accuracy(pred, labels []int) float64 {
	ok := 0
	for i, p := range pred {
		if p == labels[i] {
			ok++
		}
	}
	return float64(ok) / float64(len(pred))
}

func meanPayout(w [][]float64) []float64 {
	out := make([]float64, len(w[0]))
	for _, row := range w {
		for c, x := range row {
			out[c] += x / float64(len(w))
		}
	}
	return out
}

// quantiles returns the 2.5% and 97.5% quantiles.
func quantiles(v []float64) (lo, hi float64) {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	at := func(p float64) float64 { return s[min(len(s)-1, int(p*float64(len(s))))] }
	return at(0.025), at(0.975)
}

type cacheFile struct {
	Key      string
	Loss     [][2][]float64
	Took     []time.Duration
	Adapters []*peft.Adapter
}

func (cfg EvalConfig) cacheKey() string {
	k := fmt.Sprintf("v1 %d %v %d %d %d %d %d %d %d %d %+v %v %d", cfg.Seed, cfg.CleanSizes, cfg.Duplicates, cfg.NearDuplicates,
		cfg.Mislabeled, cfg.Noise, cfg.OffDistribution, cfg.OtherSize, cfg.ValPerClass, cfg.TestPerClass, cfg.Train, cfg.Seeds, cfg.LDSSubsets)
	if cfg.TestFrom > 0 {
		// Only when set, so caches of the original split stay valid.
		k += fmt.Sprintf(" test-from %d", cfg.TestFrom)
	}
	return k
}

// refSkip is where the reference digits start in each class: after the
// validation and the original test digits, wherever TestFrom puts the
// test split.
func (cfg EvalConfig) refSkip() int { return cfg.ValPerClass + cfg.TestPerClass }

// checkRefs refuses n reference digits that would reach into a test split
// moved by TestFrom.
func (cfg EvalConfig) checkRefs(n int) error {
	if end := cfg.refSkip() + (n+mnist.Classes-1)/mnist.Classes; cfg.TestFrom > 0 && cfg.TestFrom < end {
		return fmt.Errorf("%w: %d reference digits reach digit %d of each class, past the test split's start %d", ErrBadConfig, n, end, cfg.TestFrom)
	}
	return nil
}

func loadCache(cfg EvalConfig, jobs []*job, adapters []*peft.Adapter) bool {
	if cfg.Cache == "" {
		return false
	}
	f, err := os.Open(cfg.Cache)
	if err != nil {
		return false
	}
	defer f.Close()
	var c cacheFile
	if err := gob.NewDecoder(f).Decode(&c); err != nil || c.Key != cfg.cacheKey() || len(c.Loss) != len(jobs) || len(c.Adapters) != len(adapters) {
		return false
	}
	for i, j := range jobs {
		j.loss, j.took = c.Loss[i], c.Took[i]
	}
	copy(adapters, c.Adapters)
	cfg.logf("retrainings loaded from %s", cfg.Cache)
	return true
}

func saveCache(cfg EvalConfig, jobs []*job, adapters []*peft.Adapter) error {
	if cfg.Cache == "" {
		return nil
	}
	c := cacheFile{Key: cfg.cacheKey(), Adapters: adapters}
	for _, j := range jobs {
		c.Loss, c.Took = append(c.Loss, j.loss), append(c.Took, j.took)
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(c); err != nil {
		return fmt.Errorf("quality: cache: %w", err)
	}
	if err := os.WriteFile(cfg.Cache, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("quality: cache: %w", err)
	}
	return nil
}
