package quality

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// IntegerRow is one method's test figures computed from the exact integer
// statement (influence.Plan: quantized adapter, fixed-point sketches,
// integer weights) rather than its float64 twin.
type IntegerRow struct {
	Method           string
	Spearman, Clean  Stat
	Noise, Mis, Off  Stat
	TVSeeds, TVProj  Stat
	TopProj          Stat
	FloatTopAgree    Stat // same top contributor as the float twin (deployed adapter)
	Seconds          float64
	SketchSecondsPer float64 // mean wall time of one S_c computation (all contributors)
}

// IntegerCheck measures robust/v1 and renorm-tracin/v1 as the proven
// statement computes them (attribution/influence, exact integers) on the
// test split: Spearman vs leave-one-out, payout shares, and TV across the
// retraining seeds' adapters and the projection seeds.
func IntegerCheck(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig) ([]IntegerRow, error) {
	st, err := prepare(ctx, base, train, upright, heldOut, cfg)
	if err != nil {
		return nil, err
	}
	ev := st.ev
	const sp = 1
	b := ev.resamples(sp)
	var rows []IntegerRow
	for _, m := range []struct {
		name   string
		method influence.Method
		float  Method
	}{
		{"current (renorm-tracin/v1)", influence.Method{ID: influence.MethodRenormTracIn}, baselines()[4]},
		{"robust/v1", influence.RobustMethod(), Robust(0.01, 0.97, 0.3, 0.5)},
	} {
		t0 := time.Now()
		var sketchTook time.Duration
		pay := func(a *peft.Adapter, p influence.Params) ([][]float64, error) {
			pl, err := artifacts.Plan(base, a, p)
			if err != nil {
				return nil, err
			}
			s0 := time.Now()
			sk, err := pl.ContributorsBy(ctx, st.ed.D, m.method)
			if err != nil {
				return nil, err
			}
			sketchTook += time.Since(s0)
			qs := st.splits[sp]
			out := make([][]float64, len(qs.Inputs))
			for q, in := range qs.Inputs {
				trs, err := pl.Model.Forward(ctx, pl.Input(in), pl.Adapter)
				if err != nil {
					return nil, err
				}
				g, err := pl.TestGradient(trs)
				if err != nil {
					return nil, err
				}
				sc, err := influence.Scores(g.Sketch, sk)
				if err != nil {
					return nil, err
				}
				w, _ := influence.Weights(sc)
				out[q] = make([]float64, len(w))
				for c, x := range w {
					out[q][c] = float64(x) / influence.PPM
				}
			}
			return out, nil
		}
		var ws [][][]float64
		for _, a := range st.adapters {
			w, err := pay(a, cfg.Params)
			if err != nil {
				return nil, fmt.Errorf("quality: integer %s: %w", m.name, err)
			}
			ws = append(ws, w)
		}
		var wp [][][]float64
		for _, ps := range cfg.ProjSeeds {
			p := cfg.Params
			p.Seed = ps
			w, err := pay(st.adapters[0], p)
			if err != nil {
				return nil, fmt.Errorf("quality: integer %s: %w", m.name, err)
			}
			wp = append(wp, w)
		}
		w0 := ws[0]
		r := IntegerRow{Method: m.name}
		r.Spearman, _ = ev.spearmanStat(w0, b, allIdx(len(ev.ed.Kinds)))
		r.Clean, _ = ev.spearmanStat(w0, b, ev.kindIdx(Clean))
		r.Noise, r.Mis, r.Off = ev.shareStat(w0, Noise, b), ev.shareStat(w0, Mislabeled, b), ev.shareStat(w0, OffDist, b)
		nq := len(w0)
		tvs, tvp, top, agree := make([]float64, nq), make([]float64, nq), make([]float64, nq), make([]float64, nq)
		pairs := 0
		for i := range ws {
			for j := i + 1; j < len(ws); j++ {
				pairs++
				for q := range nq {
					tvs[q] += tv(ws[i][q], ws[j][q])
				}
			}
		}
		wf := m.float.payouts(ev.gs[0], sp, ev.none())
		for q := range nq {
			tvs[q] /= float64(max(1, pairs))
			for _, w := range wp {
				tvp[q] += tv(w0[q], w[q]) / float64(len(wp))
				if argmaxV(w0[q]) == argmaxV(w[q]) {
					top[q] += 1 / float64(len(wp))
				}
			}
			if argmaxV(w0[q]) == argmaxV(wf[q]) {
				agree[q] = 1
			}
		}
		r.TVSeeds, r.TVProj, r.TopProj, r.FloatTopAgree = perQuery(b, tvs), perQuery(b, tvp), perQuery(b, top), perQuery(b, agree)
		r.Seconds = time.Since(t0).Seconds()
		r.SketchSecondsPer = sketchTook.Seconds() / float64(len(ws)+len(wp))
		rows = append(rows, r)
		cfg.logf("integer %s done (%s)", m.name, time.Since(st.start).Round(time.Second))
	}
	return rows, nil
}

// IntegerMarkdown renders the rows.
func IntegerMarkdown(rows []IntegerRow) string {
	var b strings.Builder
	b.WriteString("| method (exact integer statement) | Spearman vs LOO | within clean | noise share | mislabeled share | off-dist share | TV retraining seeds | TV projection seeds | same top (projection) | same top as float twin | one S_c computation |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.0f s |\n", r.Method, r.Spearman.f(3), r.Clean.f(3), r.Noise.pct(), r.Mis.pct(), r.Off.pct(),
			r.TVSeeds.f(3), r.TVProj.f(3), r.TopProj.pct(), r.FloatTopAgree.pct(), r.SketchSecondsPer)
	}
	return b.String()
}

// intAdapter is one adapter's exact integer statement at one projection:
// robust/v1 vectors S_c, and per query its prediction and ⟨S_c, T(z)⟩.
type intAdapter struct {
	sk       []influence.Sketch
	test     [][]*big.Int // [query][contributor], test split
	pred     []int
	classSum [][]*big.Int // [class][contributor] Σ over reference queries predicted class
	classCnt []int
	// probs[τ_s][q] is the adapter's class probabilities at test query q,
	// p = softmax(logits/2^τ_s) in units of 2^−F as the proven statement
	// computes them (influence.Plan.ClassProbs, robust-softclass/v1).
	probs map[uint][][]int64
	f     uint // F: p's fixed-point bits
	took  time.Duration
}

// softPlan is pl's quantized model and adapter under robust-softclass/v1's
// class-only parameters at τ = 2^tauShift: the plan whose ClassProbs is the
// proven statement's p_τ.
func softPlan(pl *influence.Plan, tauShift uint) (*influence.Plan, error) {
	p := pl.P
	p.ClassTerm, p.ClassShift = true, p.DeltaBits
	p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, tauShift, true
	return influence.NewPlan(pl.Model, pl.Adapter, p)
}

func newIntAdapter(ctx context.Context, base *model.Model, a *peft.Adapter, p influence.Params, st *prepared, ref Queries, taus []uint) (*intAdapter, error) {
	t0 := time.Now()
	pl, err := artifacts.Plan(base, a, p)
	if err != nil {
		return nil, err
	}
	ia := &intAdapter{probs: map[uint][][]int64{}, f: p.DeltaBits}
	soft := map[uint]*influence.Plan{}
	for _, ts := range taus {
		if soft[ts], err = softPlan(pl, ts); err != nil {
			return nil, err
		}
	}
	if ia.sk, err = pl.ContributorsBy(ctx, st.ed.D, influence.RobustMethod()); err != nil {
		return nil, err
	}
	n := len(ia.sk)
	score := func(in []uint8) ([]*big.Int, int, []int8, error) {
		trs, err := pl.Model.Forward(ctx, pl.Input(in), pl.Adapter)
		if err != nil {
			return nil, 0, nil, err
		}
		g, err := pl.TestGradient(trs)
		if err != nil {
			return nil, 0, nil, err
		}
		sc, err := influence.Scores(g.Sketch, ia.sk)
		return sc, g.Label, quant.Output(trs), err
	}
	for _, in := range st.splits[1].Inputs {
		sc, k, y, err := score(in)
		if err != nil {
			return nil, err
		}
		ia.test, ia.pred = append(ia.test, sc), append(ia.pred, k)
		for ts, sp := range soft {
			pr, err := sp.ClassProbs(y)
			if err != nil {
				return nil, err
			}
			ia.probs[ts] = append(ia.probs[ts], pr)
		}
	}
	ia.classSum, ia.classCnt = make([][]*big.Int, 256), make([]int, 256)
	for _, in := range ref.Inputs {
		sc, k, _, err := score(in)
		if err != nil {
			return nil, err
		}
		if ia.classSum[k] == nil {
			ia.classSum[k] = make([]*big.Int, n)
			for c := range n {
				ia.classSum[k][c] = new(big.Int)
			}
		}
		ia.classCnt[k]++
		for c := range n {
			ia.classSum[k][c].Add(ia.classSum[k][c], sc[c])
		}
	}
	ia.took = time.Since(t0)
	return ia, nil
}

// intClassTable is round(β·m_c[k]) with m_c[k] the mean over the group's
// adapters (those predicting k on some reference query) of each adapter's
// mean reference score of class k: the values the committed vector gains.
func intClassTable(group []*intAdapter, beta float64) [][]*big.Int {
	n := len(group[0].sk)
	out := make([][]*big.Int, 256)
	bq := new(big.Rat).SetFloat64(beta)
	for k := range out {
		var cnt int64
		acc := make([]*big.Rat, n)
		for _, ia := range group {
			if ia.classCnt[k] == 0 {
				continue
			}
			cnt++
			for c := range n {
				if acc[c] == nil {
					acc[c] = new(big.Rat)
				}
				acc[c].Add(acc[c], new(big.Rat).SetFrac(ia.classSum[k][c], big.NewInt(int64(ia.classCnt[k]))))
			}
		}
		if cnt == 0 {
			continue
		}
		out[k] = make([]*big.Int, n)
		for c := range n {
			v := new(big.Rat).Mul(acc[c], bq)
			v.Quo(v, new(big.Rat).SetInt64(cnt))
			out[k][c] = roundRat(v)
		}
	}
	return out
}

func roundRat(v *big.Rat) *big.Int {
	num, den := new(big.Int).Set(v.Num()), v.Denom()
	two := new(big.Int).Mul(num, big.NewInt(2))
	two.Add(two, den)
	return two.Div(two, new(big.Int).Mul(den, big.NewInt(2))) // floor((2·num + den) / 2·den)
}

// intPayouts is the integer payouts (ppm / 10⁶) of ia under the class term
// with table cls (nil: none): s_c = [!only]·⟨S_c, T⟩ + cls[pred][c].
func intPayouts(ia *intAdapter, cls [][]*big.Int, only bool) [][]float64 {
	out := make([][]float64, len(ia.test))
	for q, sc := range ia.test {
		s := make([]*big.Int, len(sc))
		for c := range sc {
			s[c] = new(big.Int)
			if !only {
				s[c].Set(sc[c])
			}
			if cls != nil && cls[ia.pred[q]] != nil {
				s[c].Add(s[c], cls[ia.pred[q]][c])
			}
		}
		w, _ := influence.Weights(s)
		out[q] = make([]float64, len(w))
		for c, x := range w {
			out[q][c] = float64(x) / influence.PPM
		}
	}
	return out
}

// intSoftPayouts is intPayouts under robust-softclass/v1's smoothed class
// term: the class table scored by the class probabilities probs[q] (units of
// 2^−F) instead of the one-hot of the prediction,
// s_c = [!only]·2^F·⟨S_c, T⟩ + Σ_k p_k·cls[k][c] (2^F times the statement's
// score up to its positive factor 2^(s−F)·…, which Weights does not see; a
// class no reference query predicted has table row 0).
func intSoftPayouts(ia *intAdapter, cls [][]*big.Int, only bool, probs [][]int64, f uint) [][]float64 {
	out := make([][]float64, len(ia.test))
	var t big.Int
	for q, sc := range ia.test {
		s := make([]*big.Int, len(sc))
		for c := range sc {
			s[c] = new(big.Int)
			if !only {
				s[c].Lsh(sc[c], f)
			}
			for k, pk := range probs[q] {
				if k < len(cls) && cls[k] != nil && pk != 0 {
					s[c].Add(s[c], t.Mul(big.NewInt(pk), cls[k][c]))
				}
			}
		}
		w, _ := influence.Weights(s)
		out[q] = make([]float64, len(w))
		for c, x := range w {
			out[q][c] = float64(x) / influence.PPM
		}
	}
	return out
}

// IntegerClassRow is the exact integer statement with the class term.
type IntegerClassRow struct {
	Name            string
	Spearman, Clean Stat
	VsAll, VsClean  []Paired
	Noise, Mis, Off Stat
	TVSeeds, TVProj Stat
	TopProj         Stat
	PredDiff        Stat
	FloatTopAgree   Stat
	// VsOneHot (smoothed class term rows only) is the row minus the
	// one-hot row with the same table, paired over the same bootstrap
	// replicates: Spearman, within clean, TV retraining, TV projection,
	// same top (projection).
	VsOneHot []Stat
}

// IntegerDiag is the diagnosis of the integer statement's gap to its float
// twin (robust/v1, no class term, seed-0 adapter): integer or float S_c
// against integer or float test sketches.
type IntegerDiag struct {
	Name            string
	Spearman, Clean Stat
	PredAgree       float64 // share of test queries where the int8 and float models predict the same class
}

// IntegerClassReport is IntegerClass's outcome.
type IntegerClassReport struct {
	K, N, Ref    int
	Beta         float64
	Rows         []IntegerClassRow
	Diag         []IntegerDiag
	SketchSecPer float64
	Elapsed      time.Duration
}

// IntegerClass measures the exact integer robust/v1 statement with the class
// term (class table over N adapters, refN extra reference digits or, refN
// < 0, every −refN-th Datanet record: refChoice) on the test split at
// sketch size k: Spearman with paired differences against the baselines,
// shares, TV between disjoint groups of n adapters and across projection
// seeds; and the float/integer diagnosis.
func IntegerClass(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig, k, n int, beta float64, refN int) (*IntegerClassReport, error) {
	return IntegerClassSoft(ctx, base, train, upright, heldOut, cfg, k, n, beta, refN, IntegerSoftOpts{})
}

// refChoice is the class table's reference queries for a study's refN:
// refN > 0 extra held-out digits, refN < 0 the Datanet records i with
// i mod −refN = 0. ref is the set the integer tables use; floatRefs what
// newGradSet takes for the float twin (held-out digits as refs[0]; Datanet
// records as refs[1], every record, filtered by Method.RefStride).
func refChoice(d *datanet.Datanet, heldOut *mnist.Dataset, cfg EvalConfig, refN int) (ref Queries, floatRefs []Queries, name string) {
	if refN < 0 {
		ref = DatanetRefs(d, -refN)
		return ref, []Queries{{}, DatanetRefs(d, 1)}, fmt.Sprintf("every %d-th Datanet record (%d) as reference", -refN, len(ref.Inputs))
	}
	ref = RefQueries(heldOut, cfg.refSkip(), refN)
	return ref, []Queries{ref}, fmt.Sprintf("%d reference digits", refN)
}

// IntegerSoftOpts are IntegerClassSoft's smoothed-term options: the
// temperatures τ = 2^τ_s of its rows and whether each adapter of a table
// group is sketched under its own projection seed (influence.PositionSeed).
type IntegerSoftOpts struct {
	Taus           []uint
	ProjPerAdapter bool
}

// IntegerClassSoft is IntegerClass with, for each τ_s in taus, the rows of
// robust-softclass/v1's smoothed class term at τ = 2^τ_s (β ≠ 0 only): the
// same integer class tables scored by the integer class probabilities
// p_τ of influence.Plan.ClassProbs instead of the one-hot of the prediction.
func IntegerClassSoft(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig, k, n int, beta float64, refN int, opts IntegerSoftOpts) (*IntegerClassReport, error) {
	taus := opts.Taus
	for _, ts := range taus {
		if ts > influence.MaxClassTauShift || beta == 0 {
			return nil, fmt.Errorf("%w: soft class rows need β ≠ 0 and τ_s ≤ %d, have β = %g, τ_s = %d", ErrBadConfig, influence.MaxClassTauShift, beta, ts)
		}
	}
	st, err := prepare(ctx, base, train, upright, heldOut, cfg)
	if err != nil {
		return nil, err
	}
	rep := &IntegerClassReport{K: k, N: n, Ref: refN, Beta: beta}
	adapters := append([]*peft.Adapter(nil), st.adapters...)
	var extra []uint64
	for s := cfg.Seeds[len(cfg.Seeds)-1] + 1; len(adapters)+len(extra) < 2*n; s++ {
		extra = append(extra, s)
	}
	ex, _, err := extraAdapters(ctx, base, st, cfg, extra)
	if err != nil {
		return nil, err
	}
	adapters = append(adapters, ex...)[:2*max(n, 1)]
	if err := cfg.checkRefs(max(refN, 0)); err != nil {
		return nil, err
	}
	ref, refs, refName := refChoice(st.ed.D, heldOut, cfg, refN)
	if opts.ProjPerAdapter {
		refName += ", a projection seed per adapter"
	}
	p := cfg.Params
	p.K = k
	var sum time.Duration
	var cnt int
	mk := func(a *peft.Adapter, p influence.Params) (*intAdapter, error) {
		ia, err := newIntAdapter(ctx, base, a, p, st, ref, taus)
		if err == nil {
			sum += ia.took
			cnt++
			cfg.logf("integer sketches %d done (%s, elapsed %s)", cnt, ia.took.Round(time.Second), time.Since(st.start).Round(time.Second))
		}
		return ia, err
	}
	// at is adapter i's params under projection seed ps (opts.ProjPerAdapter:
	// its position's own seed, as EnsembleGrid.ProjPerAdapter).
	at := func(ps uint64, i int) influence.Params {
		q := p
		q.Seed = ps
		if opts.ProjPerAdapter {
			q.Seed = influence.PositionSeed(ps, i%max(n, 1))
		}
		return q
	}
	var ias []*intAdapter
	for i, a := range adapters {
		ia, err := mk(a, at(p.Seed, i))
		if err != nil {
			return nil, err
		}
		ias = append(ias, ia)
	}
	var proj [][]*intAdapter
	for _, ps := range cfg.ProjSeeds {
		var g []*intAdapter
		for i, a := range adapters[:n] {
			ia, err := mk(a, at(ps, i))
			if err != nil {
				return nil, err
			}
			g = append(g, ia)
		}
		proj = append(proj, g)
	}
	rep.SketchSecPer = sum.Seconds() / float64(cnt)

	const sp = 1
	b := st.ev.resamples(sp)
	ev := *st.ev
	fp := cfg.Params
	fp.K = k
	g0, err := newGradSet(ctx, base, adapters[0], fp, st.ed.D, st.splits, refs...)
	if err != nil {
		return nil, err
	}
	ev.gs = []*gradSet{g0}
	type bl struct {
		name       string
		v, vc      float64
		all, clean []float64
	}
	var bls []bl
	for _, bm := range baselines()[:4] {
		w := bm.payouts(g0, sp, ev.none())
		s, ra := ev.spearmanStat(w, b, allIdx(len(ev.ed.Kinds)))
		c, rc := ev.spearmanStat(w, b, ev.kindIdx(Clean))
		bls = append(bls, bl{bm.Name, s.V, c.V, ra, rc})
	}
	type variant struct {
		name string
		beta float64
		n    int
		tau  int // τ_s of the smoothed class term; −1: one-hot of the prediction
	}
	vars := []variant{{"robust/v1 (integer)", 0, 1, -1}, {"robust/v1 + class term (integer), one adapter's table", beta, 1, -1}, {"robust/v1 + class term (integer)", beta, n, -1}}
	for _, ts := range taus {
		vars = append(vars, variant{fmt.Sprintf("robust-softclass/v1 (integer p_τ, τ=%d)", 1<<ts), beta, n, int(ts)})
	}
	type perRow struct {
		v, vc                 float64
		ra, rc, tvs, tvp, top []float64
	}
	oneHot := map[int]perRow{} // by table size: the one-hot row's replicates and per-query values
	for _, v := range vars {
		if v.n > 1 && n <= 1 && v.tau < 0 {
			continue
		}
		only := v.beta < 0
		cw := ClassWeights{}
		if v.tau >= 0 {
			cw.Tau = float64(int(1) << v.tau)
		}
		wf := ensembleMethod(Robust(0.01, 0.97, 0.3, 0.5), beta, max(refN, 0), max(-refN, 0), 1, cw).payouts(g0, sp, ev.none())
		table := func(g []*intAdapter) [][]*big.Int {
			if v.beta == 0 {
				return nil
			}
			return intClassTable(g, math.Abs(v.beta))
		}
		pay := func(ia *intAdapter, cls [][]*big.Int) [][]float64 {
			if v.tau < 0 {
				return intPayouts(ia, cls, only)
			}
			return intSoftPayouts(ia, cls, only, ia.probs[uint(v.tau)], ia.f)
		}
		w0 := pay(ias[0], table(ias[:v.n]))
		r := IntegerClassRow{Name: v.name}
		if v.beta != 0 {
			r.Name = fmt.Sprintf("%s, β=%g, K=%d, table over %d adapter(s), %s", v.name, v.beta, k, v.n, refName)
			if only {
				r.Name = fmt.Sprintf("%s, class term only, K=%d, table over %d adapter(s), %s", v.name, k, v.n, refName)
			}
		}
		var ra, rc []float64
		r.Spearman, ra = ev.spearmanStat(w0, b, allIdx(len(ev.ed.Kinds)))
		r.Clean, rc = ev.spearmanStat(w0, b, ev.kindIdx(Clean))
		for _, x := range bls {
			r.VsAll = append(r.VsAll, Paired{x.name, pairedDiff(r.Spearman.V-x.v, ra, x.all)})
			r.VsClean = append(r.VsClean, Paired{x.name, pairedDiff(r.Clean.V-x.vc, rc, x.clean)})
		}
		r.Noise, r.Mis, r.Off = ev.shareStat(w0, Noise, b), ev.shareStat(w0, Mislabeled, b), ev.shareStat(w0, OffDist, b)
		nq := len(w0)
		tvs, dp, tvp, top, agree := make([]float64, nq), make([]float64, nq), make([]float64, nq), make([]float64, nq), make([]float64, nq)
		gn := v.n
		ta, tb := table(ias[:gn]), table(ias[gn:2*gn]) // one table per group, shared by its adapters
		for t := range gn {
			wa := pay(ias[t], ta)
			wb := pay(ias[gn+t], tb)
			for q := range nq {
				tvs[q] += tv(wa[q], wb[q]) / float64(gn)
				if ias[t].pred[q] != ias[gn+t].pred[q] {
					dp[q] += 1 / float64(gn)
				}
			}
		}
		for _, g := range proj {
			wp := pay(g[0], table(g[:v.n]))
			for q := range nq {
				tvp[q] += tv(w0[q], wp[q]) / float64(len(proj))
				if argmaxV(w0[q]) == argmaxV(wp[q]) {
					top[q] += 1 / float64(len(proj))
				}
			}
		}
		for q := range nq {
			if argmaxV(w0[q]) == argmaxV(wf[q]) {
				agree[q] = 1
			}
		}
		r.TVSeeds, r.PredDiff, r.TVProj, r.TopProj, r.FloatTopAgree = perQuery(b, tvs), perQuery(b, dp), perQuery(b, tvp), perQuery(b, top), perQuery(b, agree)
		if v.beta != 0 && v.tau < 0 {
			oneHot[v.n] = perRow{r.Spearman.V, r.Clean.V, ra, rc, tvs, tvp, top}
		} else if o, ok := oneHot[v.n]; ok && v.tau >= 0 {
			d := func(a, b []float64) []float64 {
				out := make([]float64, len(a))
				for i := range a {
					out[i] = a[i] - b[i]
				}
				return out
			}
			r.VsOneHot = []Stat{pairedDiff(r.Spearman.V-o.v, ra, o.ra), pairedDiff(r.Clean.V-o.vc, rc, o.rc), perQuery(b, d(tvs, o.tvs)), perQuery(b, d(tvp, o.tvp)), perQuery(b, d(top, o.top))}
		}
		rep.Rows = append(rep.Rows, r)
	}

	// Diagnosis: where the integer statement loses against its twin.
	fv := Robust(0.01, 0.97, 0.3, 0.5).vectors(g0, ev.none())
	ia := ias[0]
	agree := 0
	for q, pr := range ia.pred {
		if pr == g0.q[sp].pred[q] {
			agree++
		}
	}
	diag := func(name string, score func(q, c int) float64) {
		w := make([][]float64, len(ia.test))
		for q := range w {
			sc := make([]float64, len(ia.sk))
			for c := range sc {
				sc[c] = score(q, c)
			}
			w[q] = weightsOf(sc)
		}
		d := IntegerDiag{Name: name, PredAgree: float64(agree) / float64(len(ia.pred))}
		d.Spearman, _ = ev.spearmanStat(w, b, allIdx(len(ev.ed.Kinds)))
		d.Clean, _ = ev.spearmanStat(w, b, ev.kindIdx(Clean))
		rep.Diag = append(rep.Diag, d)
	}
	// Integer test sketches, recomputed as float64 vectors.
	pl, err := artifacts.Plan(base, adapters[0], fp)
	if err != nil {
		return nil, err
	}
	var tInt [][]float64
	for _, in := range st.splits[sp].Inputs {
		trs, err := pl.Model.Forward(ctx, pl.Input(in), pl.Adapter)
		if err != nil {
			return nil, err
		}
		g, err := pl.TestGradient(trs)
		if err != nil {
			return nil, err
		}
		t := make([]float64, len(g.Sketch))
		for i, x := range g.Sketch {
			t[i] = float64(x)
		}
		tInt = append(tInt, t)
	}
	sInt := make([][]float64, len(ia.sk))
	for c, s := range ia.sk {
		sInt[c] = make([]float64, len(s))
		for i, x := range s {
			sInt[c][i] = float64(x)
		}
	}
	diag("integer S_c · integer T (the statement)", func(q, c int) float64 { return dotF(sInt[c], tInt[q]) })
	diag("integer S_c · float T", func(q, c int) float64 { return dotF(sInt[c], g0.q[sp].g[q]) })
	diag("float S_c · integer T", func(q, c int) float64 { return dotF(fv[c], tInt[q]) })
	diag("float S_c · float T (the float twin)", func(q, c int) float64 { return dotF(fv[c], g0.q[sp].g[q]) })
	rep.Elapsed = time.Since(st.start)
	return rep, nil
}

// Markdown renders the integer class-term report.
func (r *IntegerClassReport) Markdown() string {
	var b strings.Builder
	b.WriteString("| exact integer statement (test split) | Spearman vs LOO | within clean | noise | mislabeled | off-dist | TV retraining (groups) | prediction differs | TV projection | same top (projection) | same top as float twin |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, w := range r.Rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w.Name, w.Spearman.f(3), w.Clean.f(3), w.Noise.pct(), w.Mis.pct(), w.Off.pct(),
			w.TVSeeds.f(3), w.PredDiff.pct(), w.TVProj.f(3), w.TopProj.pct(), w.FloatTopAgree.pct())
	}
	b.WriteString("\nPaired Spearman differences against each baseline (overall / within clean):\n\n| exact integer statement | ")
	if len(r.Rows) > 0 {
		for _, p := range r.Rows[0].VsAll {
			b.WriteString(p.Baseline + " | ")
		}
		b.WriteString("\n|---|")
		for range r.Rows[0].VsAll {
			b.WriteString("---|")
		}
		b.WriteString("\n")
	}
	for _, w := range r.Rows {
		fmt.Fprintf(&b, "| %s |", w.Name)
		for i, p := range w.VsAll {
			fmt.Fprintf(&b, " %s / %s |", p.D.f(3), w.VsClean[i].D.f(3))
		}
		b.WriteString("\n")
	}
	soft := false
	for _, w := range r.Rows {
		soft = soft || w.VsOneHot != nil
	}
	if soft {
		b.WriteString("\nSmoothed class term minus the one-hot class term with the same table (paired: same bootstrap replicates, per-query differences):\n\n| exact integer statement | Spearman | within clean | TV retraining | TV projection | same top (projection) |\n|---|---|---|---|---|---|\n")
		for _, w := range r.Rows {
			if w.VsOneHot == nil {
				continue
			}
			d := w.VsOneHot
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", w.Name, d[0].f(3), d[1].f(3), d[2].f(3), d[3].f(3), d[4].pct())
		}
	}
	b.WriteString("\nWhere the integer statement departs from its float twin (robust/v1, no class term, seed-0 adapter, test split):\n\n| scores | Spearman vs LOO | within clean |\n|---|---|---|\n")
	for _, d := range r.Diag {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", d.Name, d.Spearman.f(3), d.Clean.f(3))
	}
	if len(r.Diag) > 0 {
		fmt.Fprintf(&b, "\nThe int8 model and the float model predict the same class on %.1f%% of the test digits (the test sketch is taken at the prediction).\n", 100*r.Diag[0].PredAgree)
	}
	fmt.Fprintf(&b, "\nOne integer S_c computation (all contributors, plus the test and reference scores): %.0f s mean; whole run %s.\n", r.SketchSecPer, r.Elapsed.Round(time.Second))
	return b.String()
}
