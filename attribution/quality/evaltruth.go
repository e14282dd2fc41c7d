package quality

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// Extra ground-truth seeds (EvalConfig.TruthSeeds): leave-one-contributor-out
// retrainings under further seeds that only average into the ground truth.
// The adapters, sketches, LDS subsets and the evaluation's cache
// (EvalConfig.Cache, keyed on cfg.Seeds) are unchanged; the new
// retrainings are kept seed by seed in cfg.Cache+".loo", so the ground
// truth can be extended one seed at a time without retraining the others.

// truthSeed is one extra seed's retrainings: Loss[0] the full Datanet,
// Loss[1+c] contributor c left out; [split][query] losses.
type truthSeed struct {
	Seed uint64
	Loss [][2][]float64
	Took []time.Duration
}

type truthCache struct {
	Key   string
	Seeds []truthSeed
}

// truthPath is where the extra seeds' retrainings are kept ("" when cfg
// has no cache).
func (cfg EvalConfig) truthPath() string {
	if cfg.Cache == "" {
		return ""
	}
	return cfg.Cache + ".loo"
}

// checkTruthSeeds rejects extra seeds that repeat one another or one of
// cfg.Seeds (a repeated seed would count the same retrainings twice).
func (cfg EvalConfig) checkTruthSeeds() error {
	for i, s := range cfg.TruthSeeds {
		if slices.Contains(cfg.Seeds, s) || slices.Contains(cfg.TruthSeeds[:i], s) {
			return fmt.Errorf("%w: ground-truth seed %d repeats a retraining seed", ErrBadConfig, s)
		}
	}
	return nil
}

// fits reports whether ts holds every retraining of n contributors with
// nq[split] queries.
func (ts truthSeed) fits(n int, nq [2]int) bool {
	if len(ts.Loss) != n+1 || len(ts.Took) != n+1 {
		return false
	}
	for _, l := range ts.Loss {
		if len(l[0]) != nq[0] || len(l[1]) != nq[1] {
			return false
		}
	}
	return true
}

// truthRetrains returns the retrainings of every seed of cfg.TruthSeeds (in
// that order) for n contributors: the cached ones from cfg.truthPath() when
// its key matches and the entry is complete, the others through run (the
// full Datanet, then each contributor left out), saving after every seed.
// trained counts the seeds retrained in this call.
func truthRetrains(cfg EvalConfig, n int, nq [2]int, run func([]*job) error) (out []truthSeed, trained int, err error) {
	if err := cfg.checkTruthSeeds(); err != nil {
		return nil, 0, err
	}
	if len(cfg.TruthSeeds) == 0 {
		return nil, 0, nil
	}
	path := cfg.truthPath()
	c := truthCache{Key: cfg.cacheKey()}
	if path != "" {
		if f, err := os.Open(path); err == nil {
			var got truthCache
			if gob.NewDecoder(f).Decode(&got) == nil && got.Key == c.Key {
				c = got
			}
			f.Close()
		}
	}
	have := map[uint64]truthSeed{}
	for _, ts := range c.Seeds {
		if ts.fits(n, nq) {
			have[ts.Seed] = ts
		}
	}
	for _, s := range cfg.TruthSeeds {
		if ts, ok := have[s]; ok {
			out = append(out, ts)
			continue
		}
		jobs := []*job{{seed: s}}
		for ci := range n {
			jobs = append(jobs, &job{seed: s, exclude: []int{ci}})
		}
		t0 := time.Now()
		if err := run(jobs); err != nil {
			return nil, trained, err
		}
		ts := truthSeed{Seed: s}
		for _, j := range jobs {
			ts.Loss, ts.Took = append(ts.Loss, j.loss), append(ts.Took, j.took)
		}
		if !ts.fits(n, nq) {
			return nil, trained, fmt.Errorf("quality: ground-truth seed %d: incomplete retrainings", s)
		}
		trained++
		cfg.logf("ground-truth seed %d: %d retrainings in %s", s, len(jobs), time.Since(t0).Round(time.Second))
		out = append(out, ts)
		c.Seeds = slices.DeleteFunc(c.Seeds, func(x truthSeed) bool { return x.Seed == s })
		c.Seeds = append(c.Seeds, ts)
		if path != "" {
			var b bytes.Buffer
			if err := gob.NewEncoder(&b).Encode(c); err != nil {
				return nil, trained, fmt.Errorf("quality: ground-truth cache: %w", err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				return nil, trained, fmt.Errorf("quality: ground-truth cache: %w", err)
			}
		}
	}
	return out, trained, nil
}

// looDeltas is one seed's ground truth on split sp: d[c][q] = loss of
// query q with contributor c left out minus with the full Datanet, from
// loss[0] (full) and loss[1+c].
func looDeltas(loss [][2][]float64, sp int) [][]float64 {
	full := loss[0][sp]
	var rows [][]float64
	for _, l := range loss[1:] {
		d := make([]float64, len(full))
		for q := range d {
			d[q] = l[sp][q] - full[q]
		}
		rows = append(rows, d)
	}
	return rows
}

// truthSubset is the ground truth of the seeds at idx, in that order.
func truthSubset(gt [2][][][]float64, idx []int) [2][][][]float64 {
	var out [2][][][]float64
	for sp := range gt {
		for _, i := range idx {
			out[sp] = append(out[sp], gt[sp][i])
		}
	}
	return out
}

// TruthAgreement is how two disjoint groups of ground-truth seeds agree:
// the Spearman, over contributors, of their mean leave-one-out Δ loss on
// one split (point: all queries; interval: queries resampled, the seed
// groups fixed), overall and within the clean contributors.
type TruthAgreement struct {
	Split    string
	A, B     []uint64
	Spearman Stat
	Clean    Stat
}

// truthAgreement is TruthAgreement's Spearman and Clean for the seeds at
// indices a against those at bb.
func (ev *evaluator) truthAgreement(sp int, b *boot, a, bb []int) (all, clean Stat) {
	nq := len(ev.gt[sp][0][0])
	f := func(idx []int) Stat {
		return stat(b, func(r int) float64 {
			qi := b.q(r, nq)
			return Spearman(subset(ev.dbar(sp, qi, a), idx), subset(ev.dbar(sp, qi, bb), idx))
		})
	}
	return f(allIdx(len(ev.ed.Kinds))), f(ev.kindIdx(Clean))
}

// TruthMarkdown renders, for every Split label in order (EnsembleGrid.Truths),
// the baselines' and rows' Spearman and within-clean Spearman and each
// row's paired margins over every baseline (within clean, then overall),
// and the agreement of the two halves of the ground truth.
func (r *EnsembleReport) TruthMarkdown() string {
	var b strings.Builder
	var labels []string
	for _, w := range append(slices.Clone(r.Baselines), r.Rows...) {
		if !slices.Contains(labels, w.Split) {
			labels = append(labels, w.Split)
		}
	}
	var names []string
	for _, w := range r.Rows {
		for _, p := range w.VsClean {
			if !slices.Contains(names, p.Baseline) {
				names = append(names, p.Baseline)
			}
		}
	}
	b.WriteString("| ground truth | method | Spearman | within clean |")
	for _, n := range names {
		fmt.Fprintf(&b, " within clean − %s |", n)
	}
	b.WriteString("\n|---|---|---|---|" + strings.Repeat("---|", len(names)) + "\n")
	row := func(label, name string, all, clean Stat, vs []Paired) {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |", label, name, all.f(3), clean.f(3))
		for _, n := range names {
			cell := ""
			for _, p := range vs {
				if p.Baseline == n {
					cell = p.D.f(3)
				}
			}
			fmt.Fprintf(&b, " %s |", cell)
		}
		b.WriteString("\n")
	}
	for _, l := range labels {
		for _, w := range r.Baselines {
			if w.Split == l {
				row(l, w.Name, w.Spearman, w.Clean, nil)
			}
		}
		for _, w := range r.Rows {
			if w.Split == l {
				row(l, w.shortName(), w.Spearman, w.Clean, w.VsClean)
			}
		}
	}
	b.WriteString("\nOverall Spearman minus each baseline's, paired bootstrap:\n\n| ground truth | method |")
	for _, n := range names {
		fmt.Fprintf(&b, " − %s |", n)
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", len(names)) + "\n")
	for _, l := range labels {
		for _, w := range r.Rows {
			if w.Split != l {
				continue
			}
			fmt.Fprintf(&b, "| %s | %s |", l, w.shortName())
			for _, p := range w.VsAll {
				fmt.Fprintf(&b, " %s |", p.D.f(3))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\nGround truth's own per-query TV across its retraining seed pairs:")
	for _, l := range labels {
		if s, ok := r.TruthTVBy[l]; ok {
			fmt.Fprintf(&b, " %s %s;", l, s.f(3))
		}
	}
	b.WriteString("\n")
	for _, a := range r.Agreement {
		fmt.Fprintf(&b, "\n%s: mean leave-one-out Δ loss over seeds %v against over seeds %v, Spearman over contributors (queries resampled): all %s, within clean %s.\n", a.Split, a.A, a.B, a.Spearman.f(3), a.Clean.f(3))
	}
	return b.String()
}

// shortName names a row's setting in the truth tables: K, N, class
// weights and the reference set.
func (w EnsembleRow) shortName() string {
	return fmt.Sprintf("K = %d, N = %d, %s, %s", w.K, w.N, w.Weights.Name(), w.refName())
}
