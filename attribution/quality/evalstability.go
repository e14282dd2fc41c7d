package quality

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
)

// StabilityRow is one method's figures on one split, for the stability
// study (what moves payouts between retraining and projection seeds).
type StabilityRow struct {
	Split string
	Row   Row
}

// StabilityReport is the stability study's outcome.
type StabilityReport struct {
	Rows        []StabilityRow
	TruthTV     [2]Stat // ground truth's own per-query TV across retraining seeds
	Checkpoints []int
	// Cross-group TV: adapters of cfg.Seeds against those of the extra
	// seeds, pairwise in order, each with its group's class table.
	Cross   []CrossRow
	Extra   []uint64
	Elapsed time.Duration
}

// CrossRow is one method's payout TV between the two seed groups.
type CrossRow struct {
	Split           string
	Method          string
	TV              Stat
	Spearman, Clean Stat // at the seed-0 adapter, its class table averaged over seeds 0–2 when ensembled
	Noise, Mis      Stat
}

// Stability measures the given methods on both splits with the cached
// retrainings of cfg; checkpoints lists the epochs of the extra adapters
// (same seeds, trained for fewer epochs) whose sketches Folded methods
// average into S_c.
func Stability(ctx context.Context, base *model.Model, train, upright, heldOut *mnist.Dataset, cfg EvalConfig, checkpoints []int, extra []uint64, methods func() []Method, cross func() []Method) (*StabilityReport, error) {
	st, err := prepare(ctx, base, train, upright, heldOut, cfg)
	if err != nil {
		return nil, err
	}
	ev := st.ev
	for _, ep := range checkpoints {
		for si, s := range cfg.Seeds {
			o := cfg.Train
			o.Seed, o.Epochs = s, ep
			a, _, err := provenance.FitAdapter(ctx, base, st.ed.D, o)
			if err != nil {
				return nil, err
			}
			g, err := newGradSet(ctx, base, a, cfg.Params, st.ed.D, st.splits)
			if err != nil {
				return nil, err
			}
			ev.gs[si].ck = append(ev.gs[si].ck, g)
			if si == 0 {
				for pi, ps := range cfg.ProjSeeds {
					p := cfg.Params
					p.Seed = ps
					g, err := newGradSet(ctx, base, a, p, st.ed.D, st.splits)
					if err != nil {
						return nil, err
					}
					ev.gp[pi].ck = append(ev.gp[pi].ck, g)
				}
			}
		}
		cfg.logf("checkpoint epoch %d sketched (%s)", ep, time.Since(st.start).Round(time.Second))
	}
	var groupB []*gradSet
	for _, s := range extra {
		o := cfg.Train
		o.Seed = s
		a, _, err := provenance.FitAdapter(ctx, base, st.ed.D, o)
		if err != nil {
			return nil, err
		}
		g, err := newGradSet(ctx, base, a, cfg.Params, st.ed.D, st.splits)
		if err != nil {
			return nil, err
		}
		groupB = append(groupB, g)
		cfg.logf("extra seed %d sketched (%s)", s, time.Since(st.start).Round(time.Second))
	}
	rep := &StabilityReport{Checkpoints: checkpoints, Extra: extra}
	for sp, name := range []string{"validation", "test"} {
		b := ev.resamples(sp)
		if len(groupB) > 0 && cross != nil {
			for _, m := range cross() {
				cr := CrossRow{Split: name, Method: m.Name, TV: crossTV(m, ev.gs, groupB, sp, b)}
				for i, g := range ev.gs {
					g.peers = append(append([]*gradSet(nil), ev.gs[:i]...), ev.gs[i+1:]...)
				}
				w0 := ev.pay(m, sp, ev.none())
				cr.Spearman, _ = ev.spearmanStat(w0, b, allIdx(len(ev.ed.Kinds)))
				cr.Clean, _ = ev.spearmanStat(w0, b, ev.kindIdx(Clean))
				cr.Noise, cr.Mis = ev.shareStat(w0, Noise, b), ev.shareStat(w0, Mislabeled, b)
				for _, g := range ev.gs {
					g.peers = nil
				}
				rep.Cross = append(rep.Cross, cr)
			}
		}
		rep.TruthTV[sp] = ev.truthTV(sp, b)
		for _, m := range methods() {
			row, _ := ev.row(m, sp, b)
			rep.Rows = append(rep.Rows, StabilityRow{Split: name, Row: row})
			cfg.logf("%s: %s (%s)", name, m.Name, time.Since(st.start).Round(time.Second))
		}
	}
	rep.Elapsed = time.Since(st.start)
	return rep, nil
}

// crossTV is the mean per-query payout TV between a[i] and b[i] (each
// adapter's peers: the others of its own group).
func crossTV(m Method, a, b []*gradSet, sp int, bt *boot) Stat {
	setPeers := func(gs []*gradSet) {
		for i, g := range gs {
			g.peers = nil
			for j, h := range gs {
				if j != i {
					g.peers = append(g.peers, h)
				}
			}
		}
	}
	setPeers(a)
	setPeers(b)
	defer func() {
		for _, g := range append(append([]*gradSet(nil), a...), b...) {
			g.peers = nil
		}
	}()
	n := min(len(a), len(b))
	none := make([]bool, a[0].n)
	var v []float64
	for i := range n {
		wa, wb := m.payouts(a[i], sp, none), m.payouts(b[i], sp, none)
		if v == nil {
			v = make([]float64, len(wa))
		}
		for q := range wa {
			v[q] += tv(wa[q], wb[q]) / float64(n)
		}
	}
	return perQuery(bt, v)
}

// truthTV is the per-query total-variation distance, across retraining
// seed pairs, of the ground truth's own "payout": the positive parts of the
// leave-one-out Δ loss, normalized (queries where a seed has none skipped).
func (ev *evaluator) truthTV(sp int, b *boot) Stat {
	ns, nq := len(ev.gt[sp]), len(ev.gt[sp][0][0])
	n := len(ev.ed.Kinds)
	w := make([][][]float64, ns)
	for s := range ns {
		w[s] = make([][]float64, nq)
		for q := range nq {
			sc := make([]float64, n)
			for c := range n {
				sc[c] = ev.gt[sp][s][c][q]
			}
			w[s][q] = weightsOf(sc)
		}
	}
	v := make([]float64, nq)
	for q := range nq {
		pairs := 0
		for a := range ns {
			for c := a + 1; c < ns; c++ {
				pairs++
				v[q] += tv(w[a][q], w[c][q])
			}
		}
		v[q] /= float64(max(1, pairs))
	}
	return perQuery(b, v)
}

// Markdown renders the study.
func (r *StabilityReport) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Ground truth's own per-query TV across retraining seeds (normalized positive leave-one-out Δ): validation %s, test %s.\n\n", r.TruthTV[0].f(3), r.TruthTV[1].f(3))
	if len(r.Cross) > 0 {
		fmt.Fprintf(&b, "Payout TV between the adapters of seeds %v and of seeds %v (pairwise in order; a class table is averaged within its own group only); Spearman and shares at the seed-0 adapter:\n\n| split | method | TV between groups | Spearman | within clean | noise | mislabeled |\n|---|---|---|---|---|---|---|\n", "the evaluation's", r.Extra)
		for _, c := range r.Cross {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", c.Split, c.Method, c.TV.f(3), c.Spearman.f(3), c.Clean.f(3), c.Noise.pct(), c.Mis.pct())
		}
		b.WriteString("\n")
	}
	b.WriteString("| split | method | Spearman | within clean | noise | mislabeled | dup ÷ orig | near-dup ÷ orig | TV retraining seeds | TV projection seeds | same top (projection) |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, sr := range r.Rows {
		w := sr.Row
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", sr.Split, w.Method.Name, w.Spearman.f(3), w.ByKind[Clean].f(3),
			w.Share[Noise].pct(), w.Share[Mislabeled].pct(), w.DupRatio.f(2), w.NearRatio.f(2), w.TVSeeds.f(3), w.TVProj.f(3), w.TopProj.pct())
	}
	return b.String()
}
