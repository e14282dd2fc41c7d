package quality

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
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
