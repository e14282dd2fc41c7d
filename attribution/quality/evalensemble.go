package quality

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// EnsembleGrid is the ensemble study's grid (issue 16, stability): every
// setting is the robust method with the class term; N adapters of
// different retraining seeds share one class table (averaged), which still
// folds into one committed vector per contributor.
type EnsembleGrid struct {
	Ns       []int     // class-table ensemble sizes; TV is measured between disjoint groups of N adapters
	Ks       []int     // sketch sizes
	Betas    []float64 // class-term weights; < 0: the class term alone
	RefSizes []int     // reference queries for the class table (extra held-out digits, disjoint from both splits; 0: none, DatanetStrides only)
	// Base is the robust setting (chosen on validation by the evaluation).
	Base func() Method
	// DatanetStrides also measure every (K, N, β) with the class table
	// over the Datanet's own records i with i mod stride = 0 (DatanetRefs:
	// robust-class/v1's reference rule), one row per stride, instead of
	// the held-out reference digits.
	DatanetStrides []int
	// IntervalRule makes the validation choice (EnsembleReport.ChosenMet)
	// demand every stability target met by its whole 95% interval, not
	// only its point figure (EnsembleRow.MeetsTargetsInterval).
	IntervalRule bool
	// ProjPerAdapter sketches the adapter at position t of its class-table
	// group under projection seed influence.PositionSeed(seed, t) instead of seed
	// (the deployed adapter, t = 0, keeps it), so the averaged table
	// averages projection noise along with seed noise; TV across
	// projection seeds then varies every position's seed. Needs exactly
	// one N.
	ProjPerAdapter bool
	// TestOnly skips the validation split (no setting is chosen).
	TestOnly bool
	// Pairs > 0 sets the adapter pairs behind TV across retraining seeds
	// (2·max(Pairs, max N) adapters; default max N).
	Pairs int
	// Weights are the query-side class weights to try (none: the one-hot
	// of the prediction only); each smoothed row is also compared, paired,
	// with the one-hot row of the same setting (EnsembleRow.VsOneHot).
	Weights []ClassWeights
	// Truths, when set, measures every row (and the baselines) once per
	// entry under the ground truth of that entry's leave-one-out seeds
	// (of cfg.Seeds and cfg.TruthSeeds; empty: all of them), each with its
	// own bootstrap; the rows' Split is then labelled by truthLabel.
	Truths [][]uint64
}

// Paired is a paired-bootstrap difference against one baseline.
type Paired struct {
	Baseline string
	D        Stat
}

// EnsembleRow is one setting's figures on one split.
type EnsembleRow struct {
	Split           string
	K, N, Ref       int
	RefStride       int // > 0: the class table over every RefStride-th Datanet record, not Ref held-out digits
	Beta            float64
	Name            string
	Spearman, Clean Stat
	Noise, Mis, Off Stat
	Dup, Near       Stat
	TVSeeds         Stat // between disjoint groups of N adapters, each with its own group's table
	TVSamePred      Stat // the same, over the (query, pair)s where both adapters predict the same class
	PredDiff        Stat // share of (query, pair)s whose two adapters predict differently
	TVProj, TopProj Stat
	QueryLOO, LDS   Stat
	VsAll, VsClean  []Paired // Spearman minus each baseline's, paired bootstrap
	// Volume is the Spearman, within clean, of mean payout against record
	// count; Largest the largest clean contributors' share of the clean
	// contributors' payout (their share of the clean records: LargestRecs;
	// the ground truth's Spearman of mean Δ loss against record count
	// within clean: TruthVolume).
	Volume, Largest          Stat
	LargestRecs, TruthVolume float64
	// VsHeldOut (Datanet-record rows): this row minus the held-out row of
	// the same (K, N, β, reference size), paired over the same bootstrap
	// replicates; Baseline names the figure.
	VsHeldOut []Paired
	// Weights are the query's class weights (zero: one-hot); VsOneHot this
	// row minus the one-hot row of the same setting, paired.
	Weights  ClassWeights
	VsOneHot []Paired
	Obj      float64 // validation objective (point)
}

// EnsembleReport is the study's outcome.
type EnsembleReport struct {
	Seeds     []uint64
	Pairs     int // adapter pairs behind every TV across retraining seeds
	Baselines []EnsembleRow
	Rows      []EnsembleRow
	Chosen    EnsembleRow // the validation row with the highest objective
	ChosenVal EnsembleRow
	// ChosenMet is the test row of the validation row meeting every target
	// (EnsembleRow.MeetsTargets) with the highest objective (ChosenMetVal;
	// zero Name: no validation row meets them all).
	ChosenMet, ChosenMetVal EnsembleRow
	IntervalRule            bool // ChosenMet under EnsembleGrid.IntervalRule
	TruthTV                 [2]Stat
	TrainSec                float64 // wall time of the extra adapters trained in this run (0: cached)
	Elapsed                 time.Duration
	Bootstrap               int

	// With EnsembleGrid.Truths: the ground truth's own TV per Split label,
	// and how the cfg.Seeds and cfg.TruthSeeds halves of it agree.
	TruthTVBy map[string]Stat
	Agreement []TruthAgreement
}

// RefQueries takes the held-out digits after the first skip of each class
// (SplitQueries' validation and test digits), class by class in turn (the
// i-th spare digit of every class, then the (i+1)-th; file order within a
// class), up to n in all: public reference queries, no label used.
func RefQueries(heldOut *mnist.Dataset, skip, n int) Queries {
	byClass := make([][]int, mnist.Classes)
	for i, l := range heldOut.Labels {
		byClass[l] = append(byClass[l], i)
	}
	var q Queries
	for i := skip; len(q.Inputs) < n; i++ {
		took := false
		for _, idx := range byClass {
			if i < len(idx) && len(q.Inputs) < n {
				q.Inputs, q.Labels = append(q.Inputs, pixels(heldOut.Images[idx[i]])), append(q.Labels, int(heldOut.Labels[idx[i]]))
				took = true
			}
		}
		if !took {
			break
		}
	}
	return q
}

type seedCache struct {
	Key      string
	Seeds    []uint64
	Adapters []*peft.Adapter
}

// extraAdapters returns adapters for seeds (full Datanet), from
// cfg.Cache+".seeds" when it holds them.
func extraAdapters(ctx context.Context, base *model.Model, st *prepared, cfg EvalConfig, seeds []uint64) ([]*peft.Adapter, float64, error) {
	path := ""
	if cfg.Cache != "" {
		path = cfg.Cache + ".seeds"
	}
	var c seedCache
	if path != "" {
		if f, err := os.Open(path); err == nil {
			if gob.NewDecoder(f).Decode(&c) != nil || c.Key != cfg.cacheKey() {
				c = seedCache{}
			}
			f.Close()
		}
	}
	c.Key = cfg.cacheKey()
	have := map[uint64]*peft.Adapter{}
	for i, s := range c.Seeds {
		have[s] = c.Adapters[i]
	}
	var out []*peft.Adapter
	var took time.Duration
	changed := false
	for _, s := range seeds {
		if a, ok := have[s]; ok {
			out = append(out, a)
			continue
		}
		o := cfg.Train
		o.Seed = s
		t0 := time.Now()
		a, _, err := provenance.FitAdapter(ctx, base, st.ed.D, o)
		if err != nil {
			return nil, 0, err
		}
		took += time.Since(t0)
		cfg.logf("extra seed %d trained (%s)", s, time.Since(t0).Round(time.Millisecond))
		c.Seeds, c.Adapters = append(c.Seeds, s), append(c.Adapters, a)
		out = append(out, a)
		changed = true
	}
	if changed && path != "" {
		var b bytes.Buffer
		if err := gob.NewEncoder(&b).Encode(c); err != nil {
			return nil, 0, fmt.Errorf("quality: seed cache: %w", err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return nil, 0, fmt.Errorf("quality: seed cache: %w", err)
		}
	}
	return out, took.Seconds(), nil
}

// DatanetRefs is robust-class/v1's reference rule: the inputs of the
// Datanet's records i (Datanet order: contributors in order, each one's
// records in order) with i mod stride = 0; the labels are the records'
// (for reporting only: a class table uses the adapter's prediction).
func DatanetRefs(d *datanet.Datanet, stride int) Queries {
	var q Queries
	i := 0
	for _, con := range d.Contributors {
		for _, e := range con.Examples {
			if i%stride == 0 {
				q.Inputs, q.Labels = append(q.Inputs, e.Input), append(q.Labels, int(e.Label))
			}
			i++
		}
	}
	return q
}

// ensembleMethod is grid point (β, ref, N, class weights) on top of the
// base method; stride > 0 takes the Datanet-record references instead of
// ref digits.
func ensembleMethod(base Method, beta float64, ref, stride, n int, cw ClassWeights) Method {
	m := ClassBlend(base, math.Abs(beta), beta < 0)
	if cw != (ClassWeights{}) {
		m.ClassWeights = cw
		m.Name += ", class weights " + cw.Name()
	}
	m.RefN = ref
	if stride > 0 {
		m.RefN, m.RefStride = 0, stride
		m.Name += fmt.Sprintf(", every %d-th Datanet record as reference", stride)
	} else {
		m.Name += fmt.Sprintf(", %d reference digits", ref)
	}
	if n > 1 {
		m.ClassEnsemble = true
		m.Name += fmt.Sprintf(", class table over %d seed adapters", n)
	}
	return m
}

// setGroups makes every adapter's peers the other members of its group of
// n consecutive adapters.
func setGroups(gs []*gradSet, n int) {
	for i, g := range gs {
		g.peers = nil
		if n <= 1 {
			continue
		}
		lo := i / n * n
		for j := lo; j < min(lo+n, len(gs)); j++ {
			if j != i {
				g.peers = append(g.peers, gs[j])
			}
		}
	}
}

// EnsembleStudy measures the grid on both splits. The adapters are those of
// cfg.Seeds (the evaluation's, cached) and further seeds up to
// 2·max(N) adapters; the ground truth is the evaluation's (leave-one-out
// over cfg.Seeds).
func EnsembleStudy(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig, grid EnsembleGrid) (*EnsembleReport, error) {
	st, err := prepare(ctx, base, train, upright, heldOut, cfg)
	if err != nil {
		return nil, err
	}
	maxN, maxRef := 1, 0
	for _, n := range grid.Ns {
		maxN = max(maxN, n)
	}
	for _, r := range grid.RefSizes {
		maxRef = max(maxRef, r)
	}
	pairs := max(maxN, grid.Pairs)
	m := 2 * pairs
	rep := &EnsembleReport{Bootstrap: cfg.Bootstrap, Pairs: pairs}
	adapters := append([]*peft.Adapter(nil), st.adapters...)
	rep.Seeds = append(rep.Seeds, cfg.Seeds...)
	var extra []uint64
	for s := cfg.Seeds[len(cfg.Seeds)-1] + 1; len(rep.Seeds)+len(extra) < m; s++ {
		extra = append(extra, s)
	}
	ex, took, err := extraAdapters(ctx, base, st, cfg, extra)
	if err != nil {
		return nil, err
	}
	rep.TrainSec = took
	adapters = append(adapters, ex...)
	rep.Seeds = append(rep.Seeds, extra...)
	adapters = adapters[:m]
	rep.Seeds = rep.Seeds[:m]
	if err := cfg.checkRefs(maxRef); err != nil {
		return nil, err
	}
	ref := RefQueries(heldOut, cfg.refSkip(), maxRef)
	if len(ref.Inputs) < maxRef {
		return nil, fmt.Errorf("%w: only %d reference digits", ErrBadConfig, len(ref.Inputs))
	}
	refs := []Queries{ref}
	if len(grid.DatanetStrides) > 0 {
		refs = append(refs, DatanetRefs(st.ed.D, 1))
		cfg.logf("%d Datanet-record reference queries (strides %v)", len(refs[1].Inputs), grid.DatanetStrides)
	}
	rep.IntervalRule = grid.IntervalRule
	weights := grid.Weights
	if len(weights) == 0 {
		weights = []ClassWeights{{}}
	}
	splitNames := []string{"validation", "test"}
	if grid.TestOnly {
		splitNames = []string{"", "test"}
	}
	var boots [2]*boot
	for sp := range 2 {
		boots[sp] = st.ev.resamples(sp)
		rep.TruthTV[sp] = st.ev.truthTV(sp, boots[sp])
	}
	passes, err := truthPasses(st.ev, splitNames, append(slices.Clone(cfg.Seeds), cfg.TruthSeeds...), grid.Truths)
	if err != nil {
		return nil, err
	}
	rep.TruthTVBy = map[string]Stat{}
	for _, ps := range passes {
		e := *st.ev
		e.gt = ps.gt
		rep.TruthTVBy[ps.label] = e.truthTV(ps.sp, ps.b)
	}
	if len(grid.Truths) > 0 {
		// cfg.Seeds against each as large group of cfg.TruthSeeds, in order.
		ns := len(cfg.Seeds)
		for lo := 0; lo+ns <= len(cfg.TruthSeeds); lo += ns {
			bb := allIdx(ns + lo + ns)[ns+lo:]
			for sp, split := range splitNames {
				if split != "" {
					ag := TruthAgreement{Split: split, A: cfg.Seeds, B: cfg.TruthSeeds[lo : lo+ns]}
					ag.Spearman, ag.Clean = st.ev.truthAgreement(sp, boots[sp], allIdx(ns), bb)
					rep.Agreement = append(rep.Agreement, ag)
				}
			}
		}
	}
	if grid.ProjPerAdapter && len(grid.Ns) != 1 {
		return nil, fmt.Errorf("%w: a projection seed per adapter needs exactly one class-table size, have %v", ErrBadConfig, grid.Ns)
	}
	// seedAt is adapter i's projection seed under projection seed ps.
	seedAt := func(ps uint64, i int) uint64 {
		if grid.ProjPerAdapter {
			return influence.PositionSeed(ps, i%maxN)
		}
		return ps
	}
	for _, k := range grid.Ks {
		p := cfg.Params
		p.K = k
		gs := make([]*gradSet, m)
		for i, a := range adapters {
			q := p
			q.Seed = seedAt(p.Seed, i)
			if gs[i], err = newGradSet(ctx, base, a, q, st.ed.D, st.splits, refs...); err != nil {
				return nil, err
			}
		}
		gp := make([][]*gradSet, len(cfg.ProjSeeds))
		for j, ps := range cfg.ProjSeeds {
			for i := range maxN {
				p.Seed = seedAt(ps, i)
				g, err := newGradSet(ctx, base, adapters[i], p, st.ed.D, st.splits, refs...)
				if err != nil {
					return nil, err
				}
				gp[j] = append(gp[j], g)
			}
		}
		cfg.logf("K = %d: %d adapters sketched (%s)", k, m, time.Since(st.start).Round(time.Second))
		if len(grid.Weights) > 0 {
			cfg.logf("seed-%d adapter, validation queries: %s", rep.Seeds[0], spreadSummary(gs[0].q[0], weights))
		}
		for _, ps := range passes {
			sp, split, b := ps.sp, ps.label, ps.b
			ev := *st.ev
			ev.gt = ps.gt
			ev.gs, ev.gp = gs[:1], nil
			for _, g := range gp {
				ev.gp = append(ev.gp, g[0])
			}
			type bl struct {
				name       string
				all, clean []float64
			}
			var bls []bl
			for _, bm := range baselines() {
				w := bm.payouts(gs[0], sp, ev.none())
				r := EnsembleRow{Split: split, K: k, Name: bm.Name}
				var ra, rc []float64
				r.Spearman, ra = ev.spearmanStat(w, b, allIdx(len(ev.ed.Kinds)))
				r.Clean, rc = ev.spearmanStat(w, b, ev.kindIdx(Clean))
				rep.Baselines = append(rep.Baselines, r)
				bls = append(bls, bl{bm.Name, ra, rc})
			}
			for _, n := range grid.Ns {
				setGroups(gs, n)
				for _, g := range gp {
					setGroups(g[:n], n)
				}
				for _, beta := range grid.Betas {
					for _, rn := range grid.RefSizes {
						var strides []int
						if rn > 0 {
							strides = append(strides, 0)
						}
						strides = append(strides, grid.DatanetStrides...)
						hot := make([]heldFigures, len(strides))
						for wi, cw := range weights {
							var held heldFigures
							for si, stride := range strides {
								meth := ensembleMethod(grid.Base(), beta, rn, stride, n, cw)
								if grid.ProjPerAdapter {
									meth.Name += ", a projection seed per adapter"
								}
								row, _ := ev.row(meth, sp, b)
								r := EnsembleRow{Split: split, K: k, N: n, Ref: rn, RefStride: stride, Beta: beta, Name: meth.Name, Weights: cw,
									Spearman: row.Spearman, Clean: row.ByKind[Clean], Noise: row.Share[Noise], Mis: row.Share[Mislabeled], Off: row.Share[OffDist],
									Dup: row.DupRatio, Near: row.NearRatio, TVProj: row.TVProj, TopProj: row.TopProj, QueryLOO: row.QueryLOO, LDS: row.LDS}
								w0 := ev.pay(meth, sp, ev.none())
								var volReps []float64
								r.Volume, r.Largest, r.LargestRecs, r.TruthVolume, volReps = ev.volumeStats(w0, b)
								_, ra := ev.spearmanStat(w0, b, allIdx(len(ev.ed.Kinds)))
								rc := row.cleanReps
								for _, x := range bls {
									r.VsAll = append(r.VsAll, Paired{x.name, pairedDiff(r.Spearman.V-baselineV(rep.Baselines, split, k, x.name, false), ra, x.all)})
									r.VsClean = append(r.VsClean, Paired{x.name, pairedDiff(r.Clean.V-baselineV(rep.Baselines, split, k, x.name, true), rc, x.clean)})
								}
								var tvQ []float64
								r.TVSeeds, r.TVSamePred, r.PredDiff, tvQ = groupTV(meth, gs, n, sp, b)
								cur := heldFigures{r: r, all: ra, clean: rc, vol: volReps, tv: tvQ, tvp: row.tvProjQ, top: row.topProjQ}
								if stride == 0 {
									held = cur
								} else if held.tv != nil {
									r.VsHeldOut = cur.minus(held, b)
								}
								if cw == (ClassWeights{}) {
									hot[si] = cur
								} else if wi > 0 && hot[si].tv != nil {
									r.VsOneHot = cur.minus(hot[si], b)
								}
								r.Obj = r.Spearman.V + r.Clean.V - 10*max(0, r.Noise.V-0.005) - 10*max(0, r.Mis.V-0.01) -
									max(0, r.Dup.V-1.1) - max(0, r.Near.V-1.1) - max(0, r.TVSeeds.V-0.15) - max(0, r.TVProj.V-0.10) - max(0, 0.9-r.TopProj.V)
								rep.Rows = append(rep.Rows, r)
								cfg.logf("%s K=%d N=%d β=%g ref=%d stride=%d %s: Spearman %.3f clean %.3f TV %.3f proj %.3f top %.3f volume %.3f largest %.3f obj %.3f (%s)", split, k, n, beta, rn, stride, cw.Name(),
									r.Spearman.V, r.Clean.V, r.TVSeeds.V, r.TVProj.V, r.TopProj.V, r.Volume.V, r.Largest.V, r.Obj, time.Since(st.start).Round(time.Second))
							}
						}
					}
				}
			}
			setGroups(gs, 1)
		}
	}
	rep.ChosenVal.Obj, rep.ChosenMetVal.Obj = math.Inf(-1), math.Inf(-1)
	for _, r := range rep.Rows {
		if r.Split == "validation" && r.Obj > rep.ChosenVal.Obj {
			rep.ChosenVal = r
		}
		if r.Split == "validation" && (r.MeetsTargets() && !grid.IntervalRule || r.MeetsTargetsInterval()) && r.Obj > rep.ChosenMetVal.Obj {
			rep.ChosenMetVal = r
		}
	}
	for _, r := range rep.Rows {
		if r.Split == "test" && r.Name == rep.ChosenVal.Name && r.K == rep.ChosenVal.K {
			rep.Chosen = r
		}
		if r.Split == "test" && r.Name == rep.ChosenMetVal.Name && r.K == rep.ChosenMetVal.K {
			rep.ChosenMet = r
		}
	}
	rep.Elapsed = time.Since(st.start)
	return rep, nil
}

func baselineV(rows []EnsembleRow, split string, k int, name string, clean bool) float64 {
	for _, r := range rows {
		if r.Split == split && r.K == k && r.Name == name {
			if clean {
				return r.Clean.V
			}
			return r.Spearman.V
		}
	}
	return math.NaN()
}

func pairedDiff(v float64, a, b []float64) Stat {
	d := make([]float64, len(a))
	for i := range a {
		d[i] = a[i] - b[i]
	}
	lo, hi := quantiles(d)
	return Stat{V: v, Lo: lo, Hi: hi}
}

// groupTV is the per-query payout TV between adapter t of group 2j and
// adapter t of group 2j+1 (groups of n consecutive adapters, each adapter's
// class table averaged over its own group), mean over those pairs; also the
// TV over the (query, pair)s with the same prediction and the share with
// different predictions.
func groupTV(m Method, gs []*gradSet, n, sp int, b *boot) (all, same, diff Stat, perQ []float64) {
	none := make([]bool, gs[0].n)
	var a, bb []int
	for g0 := 0; (g0+2)*n <= len(gs); g0 += 2 {
		for t := range n {
			a, bb = append(a, g0*n+t), append(bb, (g0+1)*n+t)
		}
	}
	pay := map[int][][]float64{}
	for _, i := range append(append([]int(nil), a...), bb...) {
		pay[i] = m.payouts(gs[i], sp, none)
	}
	nq := len(pay[a[0]])
	v, num, den, dp := make([]float64, nq), make([]float64, nq), make([]float64, nq), make([]float64, nq)
	for pi := range a {
		wa, wb := pay[a[pi]], pay[bb[pi]]
		pa, pb := gs[a[pi]].q[sp].pred, gs[bb[pi]].q[sp].pred
		for q := range nq {
			d := tv(wa[q], wb[q])
			v[q] += d / float64(len(a))
			if pa[q] == pb[q] {
				num[q] += d
				den[q]++
			} else {
				dp[q] += 1 / float64(len(a))
			}
		}
	}
	return perQuery(b, v), ratioOfSums(b, num, den), perQuery(b, dp), v
}

// Markdown renders the study: the validation grid with its objective, the
// chosen setting's test figures against every target, and the paired
// differences against every baseline.
func (r *EnsembleReport) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Adapters: seeds %v (%d adapter pairs behind every TV across retraining seeds: adapter t of group 2j against adapter t of group 2j+1, groups of N consecutive seeds, each adapter's class table averaged over its own group only). %d bootstrap replicates. Ground truth's own per-query TV across retraining seeds: validation %s, test %s.\n\n",
		r.Seeds, r.Pairs, r.Bootstrap, r.TruthTV[0].f(3), r.TruthTV[1].f(3))
	for _, split := range []string{"validation", "test"} {
		fmt.Fprintf(&b, "%s split (objective = Spearman + within clean − 10·(noise − 0.5%%)⁺ − 10·(mislabeled − 1%%)⁺ − (dup − 1.1)⁺ − (near-dup − 1.1)⁺ − (TV retraining − 0.15)⁺ − (TV projection − 0.10)⁺ − (0.9 − same top)⁺):\n\n", split)
		soft := slices.ContainsFunc(r.Rows, func(w EnsembleRow) bool { return w.Weights != ClassWeights{} })
		b.WriteString("| K | N | β | reference |")
		if soft {
			b.WriteString(" class weights |")
		}
		b.WriteString(" Spearman | within clean | noise | mislabeled | dup ÷ orig | near ÷ orig | TV retraining (groups) | TV, same prediction | prediction differs | TV projection | same top | objective |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|" + map[bool]string{true: "---|"}[soft] + "\n")
		for _, w := range r.Rows {
			if w.Split != split {
				continue
			}
			ref := w.refName()
			if soft {
				ref += " | " + w.Weights.Name()
			}
			fmt.Fprintf(&b, "| %d | %d | %s | %s | %.3f | %.3f | %.2f%% | %.2f%% | %.2f | %.2f | %.3f | %.3f | %.1f%% | %.3f | %.1f%% | %.3f |\n", w.K, w.N, w.betaName(), ref,
				w.Spearman.V, w.Clean.V, 100*w.Noise.V, 100*w.Mis.V, w.Dup.V, w.Near.V, w.TVSeeds.V, w.TVSamePred.V, 100*w.PredDiff.V, w.TVProj.V, 100*w.TopProj.V, w.Obj)
		}
		b.WriteString("\nBaselines (same split):\n\n| K | baseline | Spearman | within clean |\n|---|---|---|---|\n")
		for _, w := range r.Baselines {
			if w.Split == split {
				fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", w.K, w.Name, w.Spearman.f(3), w.Clean.f(3))
			}
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Chosen on validation (objective %.3f): **K = %d, %s**. Test split, 95%% bootstrap intervals:\n\n", r.ChosenVal.Obj, r.Chosen.K, r.Chosen.Name)
	b.WriteString(r.Chosen.TargetsMarkdown())
	return b.String()
}

// MeetsTargets reports whether the row's point figures meet issue 16's
// targets (all but the paired margins over the baselines).
func (c EnsembleRow) MeetsTargets() bool {
	return c.Spearman.V >= 0.6 && c.Clean.V >= 0.4 && c.Dup.V <= 1.1 && c.Near.V <= 1.1 && c.Noise.V <= 0.005 && c.Mis.V <= 0.01 &&
		c.TVSeeds.V <= 0.15 && c.TVProj.V <= 0.10 && c.TopProj.V >= 0.9
}

// MeetsTargetsInterval is MeetsTargets with each stability target met by
// the whole 95% interval: TV across retraining seeds and across projection
// seeds by their upper ends, the same-top rate by its lower end.
func (c EnsembleRow) MeetsTargetsInterval() bool {
	return c.MeetsTargets() && c.TVSeeds.Hi <= 0.15 && c.TVProj.Hi <= 0.10 && c.TopProj.Lo >= 0.9
}

// TargetsMarkdown is the row's figures against every target of issue 16.
func (c EnsembleRow) TargetsMarkdown() string {
	var b strings.Builder
	b.WriteString("| target | test (95% CI) | |\n|---|---|---|\n")
	met := func(ok bool) string {
		if ok {
			return "met"
		}
		return "**missed**"
	}
	fmt.Fprintf(&b, "| Spearman vs leave-one-out ≥ 0.6 | %s | %s (interval: %s) |\n", c.Spearman.f(3), met(c.Spearman.V >= 0.6), met(c.Spearman.Lo >= 0.6))
	fmt.Fprintf(&b, "| within clean ≥ 0.4 | %s | %s (interval: %s) |\n", c.Clean.f(3), met(c.Clean.V >= 0.4), met(c.Clean.Lo >= 0.4))
	for i, p := range c.VsAll {
		q := c.VsClean[i]
		fmt.Fprintf(&b, "| ahead of %s (overall / within clean, paired) | %s / %s | %s / %s |\n", p.Baseline, p.D.f(3), q.D.f(3), met(p.D.Lo > 0), met(q.D.Lo > 0))
	}
	fmt.Fprintf(&b, "| duplicated pair ≤ 1.1× | %s exact, %s near | %s |\n", c.Dup.f(2), c.Near.f(2), met(c.Dup.V <= 1.1 && c.Near.V <= 1.1))
	fmt.Fprintf(&b, "| noise ≤ 0.5%% | %s | %s |\n", c.Noise.pct(), met(c.Noise.V <= 0.005))
	fmt.Fprintf(&b, "| mislabeled ≤ 1%% | %s | %s |\n", c.Mis.pct(), met(c.Mis.V <= 0.01))
	fmt.Fprintf(&b, "| TV across retraining seeds ≤ 0.15 | %s (same prediction: %s; prediction differs on %s) | %s |\n", c.TVSeeds.f(3), c.TVSamePred.f(3), c.PredDiff.pct(), met(c.TVSeeds.V <= 0.15))
	fmt.Fprintf(&b, "| TV across projection seeds ≤ 0.10 | %s | %s |\n", c.TVProj.f(3), met(c.TVProj.V <= 0.10))
	fmt.Fprintf(&b, "| same top across projection seeds ≥ 90%% | %s | %s |\n", c.TopProj.pct(), met(c.TopProj.V >= 0.9))
	fmt.Fprintf(&b, "| (off-distribution share; per-query LOO Spearman; LDS) | %s; %s; %s | |\n", c.Off.pct(), c.QueryLOO.f(3), c.LDS.f(3))
	return b.String()
}

// volumeStats measures how payout follows data volume within the clean
// contributors: the Spearman of mean payout against record count and the
// largest clean contributors' share of the clean payout (bootstrapped over
// queries), their share of the clean records, and the ground truth's
// Spearman against record count (point).
func (ev *evaluator) volumeStats(w [][]float64, b *boot) (vol, largest Stat, recs, truth float64, volReps []float64) {
	clean := ev.kindIdx(Clean)
	count := make([]float64, len(clean))
	big := 0
	for i, c := range clean {
		count[i] = float64(ev.gs[0].count[c])
		big = max(big, ev.gs[0].count[c])
	}
	var all, top float64
	for i := range clean {
		all += count[i]
		if int(count[i]) == big {
			top += count[i]
		}
	}
	volReps = make([]float64, len(b.qidx))
	vol = stat(b, func(r int) float64 {
		v := Spearman(subset(meanOver(w, b.q(r, len(w))), clean), count)
		if r >= 0 {
			volReps[r] = v
		}
		return v
	})
	largest = stat(b, func(r int) float64 {
		m := meanOver(w, b.q(r, len(w)))
		var a, t float64
		for i, c := range clean {
			a += m[c]
			if int(count[i]) == big {
				t += m[c]
			}
		}
		if a == 0 {
			return 0
		}
		return t / a
	})
	return vol, largest, top / all, Spearman(subset(b.full, clean), count), volReps
}

// RefMarkdown renders the rows as one table: held-out against
// Datanet-record references, setting by setting.
func (r *EnsembleReport) RefMarkdown(split string) string {
	var b strings.Builder
	b.WriteString("| K | N | β | reference queries | Spearman | within clean | payout vs volume (Spearman, clean) | largest clean contributors' share of clean payout | dup ÷ orig | near ÷ orig | noise | mislabeled | TV retraining | TV projection | same top |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, w := range r.Rows {
		if w.Split != split {
			continue
		}
		fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w.K, w.N, w.betaName(), w.refName(),
			w.Spearman.f(3), w.Clean.f(3), w.Volume.f(3), w.Largest.pct(), w.Dup.f(2), w.Near.f(2), w.Noise.pct(), w.Mis.pct(), w.TVSeeds.f(3), w.TVProj.f(3), w.TopProj.pct())
	}
	for _, w := range r.Rows {
		if w.Split != split || len(w.VsHeldOut) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\nK = %d, N = %d: Datanet records minus held-out digits, paired bootstrap:", w.K, w.N)
		for _, p := range w.VsHeldOut {
			fmt.Fprintf(&b, " %s %s;", p.Baseline, p.D.f(3))
		}
		b.WriteString("\n")
	}
	for _, w := range r.Rows {
		if w.Split == split {
			fmt.Fprintf(&b, "\nLargest clean contributors' share of the clean records: %.1f%%; ground truth (mean Δ loss) vs record count within clean, Spearman: %.3f.\n", 100*w.LargestRecs, w.TruthVolume)
			break
		}
	}
	return b.String()
}

// heldFigures are one row's replicates and per-query values, for paired
// differences between reference sets.
type heldFigures struct {
	r               EnsembleRow
	all, clean, vol []float64 // bootstrap replicates
	tv, tvp, top    []float64 // per query
}

func (a heldFigures) minus(h heldFigures, b *boot) []Paired {
	diffQ := func(x, y []float64) Stat {
		d := make([]float64, len(x))
		for q := range x {
			d[q] = x[q] - y[q]
		}
		return perQuery(b, d)
	}
	return []Paired{
		{"Spearman", pairedDiff(a.r.Spearman.V-h.r.Spearman.V, a.all, h.all)},
		{"within clean", pairedDiff(a.r.Clean.V-h.r.Clean.V, a.clean, h.clean)},
		{"payout vs volume", pairedDiff(a.r.Volume.V-h.r.Volume.V, a.vol, h.vol)},
		{"TV retraining", diffQ(a.tv, h.tv)},
		{"TV projection", diffQ(a.tvp, h.tvp)},
		{"same top", diffQ(a.top, h.top)},
	}
}

// truthPass is one split measured under one ground truth.
type truthPass struct {
	sp    int
	label string
	b     *boot
	gt    [2][][][]float64
}

// truthPasses is every (ground truth, split) pass: without truths one per
// named split under the whole ground truth (labels: the split names);
// with truths one per (truth, split), each truth the leave-one-out seeds it
// names (seeds: every retrained seed, in ground-truth order; an empty
// truth: all of them), labelled by truthLabel.
func truthPasses(ev *evaluator, splitNames []string, seeds []uint64, truths [][]uint64) ([]truthPass, error) {
	sets := truths
	if len(sets) == 0 {
		sets = [][]uint64{nil}
	}
	var out []truthPass
	for _, set := range sets {
		if len(set) == 0 {
			set = seeds
		}
		var idx []int
		for _, s := range set {
			i := slices.Index(seeds, s)
			if i < 0 || i >= len(ev.gt[0]) || slices.Contains(idx, i) {
				return nil, fmt.Errorf("%w: ground truth over seeds %v: seed %d not retrained or repeated (retrained: %v)", ErrBadConfig, set, s, seeds)
			}
			idx = append(idx, i)
		}
		e := *ev
		e.gt = truthSubset(ev.gt, idx)
		for sp, split := range splitNames {
			if split == "" {
				continue
			}
			label := split
			if len(truths) > 0 {
				label = truthLabel(split, set)
			}
			out = append(out, truthPass{sp: sp, label: label, b: e.resamples(sp), gt: e.gt})
		}
	}
	return out, nil
}

// truthLabel names split under the ground truth of seeds.
func truthLabel(split string, seeds []uint64) string {
	return fmt.Sprintf("%s, leave-one-out over %d seeds %v", split, len(seeds), seeds)
}
