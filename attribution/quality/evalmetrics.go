package quality

import (
	"math"
	"math/rand/v2"
	"sort"
)

type evaluator struct {
	cfg     EvalConfig
	ed      *EvalData
	gt      [2][][][]float64 // [split][seed][contributor][query] Δ loss
	lds     [2][][]float64   // [split][subset][query] loss
	subsets [][]bool
	gs      []*gradSet // per retraining seed, deployed projection
	gp      []*gradSet // seed 0, further projection seeds
}

// boot is one split's bootstrap: replicate b resamples queries (qidx[b])
// and retraining seeds (sidx[b]); dbar[b] is the resampled mean Δ loss per
// contributor. Replicate 0 is not special.
type boot struct {
	sp   int
	qidx [][]int
	sidx [][]int
	dbar [][]float64
	full []float64 // point estimate: all queries, all seeds
}

func (ev *evaluator) resamples(sp int) *boot {
	rng := rand.New(rand.NewPCG(ev.cfg.Seed, 0xb007+uint64(sp)))
	nq, ns := len(ev.gt[sp][0][0]), len(ev.gt[sp])
	b := &boot{sp: sp}
	all := make([]int, nq)
	for q := range all {
		all[q] = q
	}
	seeds := make([]int, ns)
	for s := range seeds {
		seeds[s] = s
	}
	b.full = ev.dbar(sp, all, seeds)
	for range ev.cfg.Bootstrap {
		qi, si := make([]int, nq), make([]int, ns)
		for i := range qi {
			qi[i] = rng.IntN(nq)
		}
		for i := range si {
			si[i] = rng.IntN(ns)
		}
		b.qidx, b.sidx = append(b.qidx, qi), append(b.sidx, si)
		b.dbar = append(b.dbar, ev.dbar(sp, qi, si))
	}
	return b
}

func (ev *evaluator) dbar(sp int, qi, si []int) []float64 {
	n := len(ev.gt[sp][0])
	out := make([]float64, n)
	for c := range n {
		var s float64
		for _, sd := range si {
			row := ev.gt[sp][sd][c]
			for _, q := range qi {
				s += row[q]
			}
		}
		out[c] = s / float64(len(qi)*len(si))
	}
	return out
}

func meanOver(w [][]float64, qi []int) []float64 {
	out := make([]float64, len(w[0]))
	for _, q := range qi {
		for c, x := range w[q] {
			out[c] += x
		}
	}
	for c := range out {
		out[c] /= float64(len(qi))
	}
	return out
}

func subset(v []float64, idx []int) []float64 {
	out := make([]float64, len(idx))
	for i, j := range idx {
		out[i] = v[j]
	}
	return out
}

func (ev *evaluator) kindIdx(k Kind) []int {
	var idx []int
	for c, kk := range ev.ed.Kinds {
		if kk == k {
			idx = append(idx, c)
		}
	}
	return idx
}

func allIdx(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// stat bootstraps f: f(replicate) for each replicate, point = f(−1).
func stat(b *boot, f func(r int) float64) Stat {
	v := make([]float64, len(b.qidx))
	for r := range v {
		v[r] = f(r)
	}
	p := f(-1)
	if len(v) == 0 {
		return Stat{V: p, Lo: p, Hi: p}
	}
	lo, hi := quantiles(v)
	return Stat{V: p, Lo: lo, Hi: hi}
}

func (b *boot) q(r, nq int) []int {
	if r < 0 {
		return allIdx(nq)
	}
	return b.qidx[r]
}

func (b *boot) d(r int) []float64 {
	if r < 0 {
		return b.full
	}
	return b.dbar[r]
}

func (ev *evaluator) spearmanStat(w [][]float64, b *boot, idx []int) (Stat, []float64) {
	reps := make([]float64, len(b.qidx))
	st := stat(b, func(r int) float64 {
		v := Spearman(subset(b.d(r), idx), subset(meanOver(w, b.q(r, len(w))), idx))
		if r >= 0 {
			reps[r] = v
		}
		return v
	})
	return st, reps
}

func topSet(v []float64, k int) map[int]bool {
	idx := allIdx(len(v))
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] > v[idx[b]] })
	out := map[int]bool{}
	for _, i := range idx[:min(k, len(idx))] {
		out[i] = true
	}
	return out
}

func tv(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += math.Abs(a[i] - b[i])
	}
	return s / 2
}

func argmaxV(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// perQuery bootstraps the mean of per-query values.
func perQuery(b *boot, v []float64) Stat {
	return stat(b, func(r int) float64 {
		var s float64
		qi := b.q(r, len(v))
		for _, q := range qi {
			s += v[q]
		}
		return s / float64(len(qi))
	})
}

// ratioOfSums bootstraps Σ num / Σ den over queries.
func ratioOfSums(b *boot, num, den []float64) Stat {
	return stat(b, func(r int) float64 {
		var n, d float64
		for _, q := range b.q(r, len(num)) {
			n, d = n+num[q], d+den[q]
		}
		if d == 0 {
			return 0
		}
		return n / d
	})
}

func (ev *evaluator) none() []bool { return make([]bool, len(ev.ed.Kinds)) }

// pay is m's payouts at the deployed adapter, or averaged over the seed
// adapters for an ensemble.
func (ev *evaluator) pay(m Method, sp int, absent []bool) [][]float64 {
	if !m.Ensemble {
		return m.payouts(ev.gs[0], sp, absent)
	}
	var out [][]float64
	for _, g := range ev.gs {
		w := m.payouts(g, sp, absent)
		if out == nil {
			out = make([][]float64, len(w))
			for q := range out {
				out[q] = make([]float64, len(w[q]))
			}
		}
		for q := range w {
			for c, x := range w[q] {
				out[q][c] += x / float64(len(ev.gs))
			}
		}
	}
	return out
}

// dupRatio is the mean over copies of (P_o + P_d) / P_o(without d), per
// query sums, bootstrapped over queries.
func (ev *evaluator) dupRatio(m Method, sp int, w0 [][]float64, kind Kind, b *boot) Stat {
	type pair struct{ num, den []float64 }
	var pairs []pair
	for d, k := range ev.ed.Kinds {
		if k != kind {
			continue
		}
		o := ev.ed.Orig[d]
		absent := ev.none()
		absent[d] = true
		wd := ev.pay(m, sp, absent)
		p := pair{make([]float64, len(w0)), make([]float64, len(w0))}
		for q := range w0 {
			p.num[q], p.den[q] = w0[q][o]+w0[q][d], wd[q][o]
		}
		pairs = append(pairs, p)
	}
	if len(pairs) == 0 {
		return Stat{V: math.NaN(), Lo: math.NaN(), Hi: math.NaN()}
	}
	return stat(b, func(r int) float64 {
		var s float64
		for _, p := range pairs {
			var n, d float64
			for _, q := range b.q(r, len(p.num)) {
				n, d = n+p.num[q], d+p.den[q]
			}
			if d == 0 {
				if n == 0 {
					s++ // neither paid: the pair gets what the original gets alone
				} else {
					s += math.Inf(1)
				}
				continue
			}
			s += n / d
		}
		return s / float64(len(pairs))
	})
}

func (ev *evaluator) shareStat(w [][]float64, kind Kind, b *boot) Stat {
	num, den := make([]float64, len(w)), make([]float64, len(w))
	for q, row := range w {
		for c, x := range row {
			den[q] += x
			if ev.ed.Kinds[c] == kind {
				num[q] += x
			}
		}
	}
	return ratioOfSums(b, num, den)
}

// row measures m on split sp; it also returns the per-replicate overall
// Spearman for paired margins.
func (ev *evaluator) row(m Method, sp int, b *boot) (Row, []float64) {
	n := len(ev.ed.Kinds)
	w0 := ev.pay(m, sp, ev.none())
	r := Row{Method: m, ByKind: map[Kind]Stat{}, Share: map[Kind]Stat{}}
	var reps []float64
	r.Spearman, reps = ev.spearmanStat(w0, b, allIdx(n))
	for _, k := range EvalKinds {
		if idx := ev.kindIdx(k); len(idx) >= 3 {
			var kr []float64
			r.ByKind[k], kr = ev.spearmanStat(w0, b, idx)
			if k == Clean {
				r.cleanReps = kr
			}
		}
		r.Share[k] = ev.shareStat(w0, k, b)
	}
	r.TopK = stat(b, func(rep int) float64 {
		a, p := topSet(b.d(rep), ev.cfg.TopK), topSet(meanOver(w0, b.q(rep, len(w0))), ev.cfg.TopK)
		hit := 0
		for c := range a {
			if p[c] {
				hit++
			}
		}
		return float64(hit) / float64(len(a))
	})
	// Per query: leave-one-out and LDS.
	ns := len(ev.gt[sp])
	loo, lds := make([]float64, len(w0)), make([]float64, len(w0))
	for q := range w0 {
		d := make([]float64, n)
		for c := range n {
			for s := range ns {
				d[c] += ev.gt[sp][s][c][q] / float64(ns)
			}
		}
		loo[q] = Spearman(w0[q], d)
		if len(ev.subsets) > 1 {
			pred, neg := make([]float64, len(ev.subsets)), make([]float64, len(ev.subsets))
			for mi, in := range ev.subsets {
				for c, ok := range in {
					if ok {
						pred[mi] += w0[q][c]
					}
				}
				neg[mi] = -ev.lds[sp][mi][q]
			}
			lds[q] = Spearman(pred, neg)
		}
		if argmaxV(w0[q]) == 0 && w0[q][0] == 0 {
			r.ZeroQueries++
		}
	}
	r.QueryLOO, r.LDS = perQuery(b, loo), perQuery(b, lds)
	r.DupRatio = ev.dupRatio(m, sp, w0, Duplicate, b)
	r.NearRatio = ev.dupRatio(m, sp, w0, NearDuplicate, b)
	// Stability.
	if m.Ensemble {
		nan := Stat{V: math.NaN(), Lo: math.NaN(), Hi: math.NaN()}
		r.TVSeeds, r.TVProj, r.TopProj = nan, nan, nan
		return r, reps
	}
	var ws [][][]float64
	for _, g := range ev.gs {
		if g == ev.gs[0] {
			ws = append(ws, w0)
		} else {
			ws = append(ws, m.payouts(g, sp, ev.none()))
		}
	}
	tvs := make([]float64, len(w0))
	pairs := 0
	for a := range ws {
		for c := a + 1; c < len(ws); c++ {
			pairs++
			for q := range w0 {
				tvs[q] += tv(ws[a][q], ws[c][q])
			}
		}
	}
	if pairs > 0 {
		for q := range tvs {
			tvs[q] /= float64(pairs)
		}
		r.TVSeeds = perQuery(b, tvs)
	}
	if len(ev.gp) > 0 {
		tvp, top := make([]float64, len(w0)), make([]float64, len(w0))
		for _, g := range ev.gp {
			wp := m.payouts(g, sp, ev.none())
			for q := range w0 {
				tvp[q] += tv(w0[q], wp[q]) / float64(len(ev.gp))
				if argmaxV(w0[q]) == argmaxV(wp[q]) {
					top[q] += 1 / float64(len(ev.gp))
				}
			}
		}
		r.TVProj, r.TopProj = perQuery(b, tvp), perQuery(b, top)
		r.tvProjQ, r.topProjQ = tvp, top
	}
	return r, reps
}

// spearmanOnly is the overall and clean Spearman of m on split sp.
func (ev *evaluator) spearmanOnly(m Method, sp int, b *boot) (all, clean Stat) {
	w0 := ev.pay(m, sp, ev.none())
	all, _ = ev.spearmanStat(w0, b, allIdx(len(ev.ed.Kinds)))
	clean, _ = ev.spearmanStat(w0, b, ev.kindIdx(Clean))
	return all, clean
}

// validate gives m's point figures on the validation split and the
// selection objective: Spearman overall + within clean, minus penalties
// for breaking the payout targets (noise ≤ 0.5%, mislabeled ≤ 1%,
// duplicated and near-duplicated pairs ≤ 1.1× the original).
func (ev *evaluator) validate(m Method) ValRow {
	const sp = 0
	w0 := ev.pay(m, sp, ev.none())
	nq := len(w0)
	one := &boot{sp: sp, full: ev.dbar(sp, allIdx(nq), allIdx(len(ev.gt[sp])))}
	vr := ValRow{Name: m.Name}
	s, _ := ev.spearmanStat(w0, one, allIdx(len(ev.ed.Kinds)))
	c, _ := ev.spearmanStat(w0, one, ev.kindIdx(Clean))
	vr.Spearman, vr.Clean = s.V, c.V
	vr.Noise = ev.shareStat(w0, Noise, one).V
	vr.Mis = ev.shareStat(w0, Mislabeled, one).V
	vr.Dup = ev.dupRatio(m, sp, w0, Duplicate, one).V
	vr.Near = ev.dupRatio(m, sp, w0, NearDuplicate, one).V
	vr.Obj = vr.Spearman + vr.Clean - 10*max(0, vr.Noise-0.005) - 10*max(0, vr.Mis-0.01)
	for _, d := range []float64{vr.Dup, vr.Near} {
		if !math.IsNaN(d) {
			vr.Obj -= max(0, d-1.1)
		}
	}
	return vr
}

// deltas returns the mean leave-one-out Δ loss per contributor with CIs.
func (ev *evaluator) deltas(sp int, b *boot) ([]float64, []Stat) {
	n := len(b.full)
	cis := make([]Stat, n)
	for c := range n {
		cis[c] = stat(b, func(r int) float64 { return b.d(r)[c] })
	}
	return b.full, cis
}

// validateStable is validate plus the stability figures on the validation
// split; StableObj = Obj − (TV retraining − 0.15)⁺ − (TV projection − 0.10)⁺
// − (0.9 − same top across projections)⁺ (the stability targets).
func (ev *evaluator) validateStable(m Method) ValRow {
	vr := ev.validate(m)
	nq := len(ev.gt[0][0][0])
	one := &boot{sp: 0, full: ev.dbar(0, allIdx(nq), allIdx(len(ev.gt[0])))}
	row, _ := ev.row(m, 0, one)
	vr.TVSeeds, vr.TVProj, vr.TopProj = row.TVSeeds.V, row.TVProj.V, row.TopProj.V
	vr.StableObj = vr.Obj - max(0, vr.TVSeeds-0.15) - max(0, vr.TVProj-0.10) - max(0, 0.9-vr.TopProj)
	return vr
}
