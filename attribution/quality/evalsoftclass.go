package quality

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ClassWeights is how a query weighs the rows of the class table m_c:
// s_c(z) = β·Σ_k p_k(z)·m_c[k]. The zero value is robust-class/v1's one-hot
// of the prediction ŷ(z). Tau > 0 takes the adapter's class probabilities
// p = softmax(z/Tau) (max subtracted); Top > 0 keeps only the Top classes of
// highest logit (ties: lower class first), renormalized (Top = 2: the
// prediction and the runner-up, p₁ = σ((z₁ − z₂)/Tau)).
type ClassWeights struct {
	Tau float64
	Top int
}

// Name describes w for tables.
func (w ClassWeights) Name() string {
	switch {
	case w.Tau <= 0:
		return "one-hot"
	case w.Top > 0:
		return fmt.Sprintf("top-%d softmax τ=%g", w.Top, w.Tau)
	}
	return fmt.Sprintf("softmax τ=%g", w.Tau)
}

// at is query q's class weights.
func (w ClassWeights) at(qs qgrads, q int) []float64 {
	if w.Tau <= 0 {
		return oneHot(qs.pred[q])
	}
	return w.of(qs.logits[q])
}

func oneHot(k int) []float64 {
	p := make([]float64, k+1)
	p[k] = 1
	return p
}

// of is softmax(z/Tau) over the Top classes of highest logit (all when
// Top ≤ 0), the others 0.
func (w ClassWeights) of(z []float64) []float64 {
	keep := make([]int, len(z))
	for i := range keep {
		keep[i] = i
	}
	if w.Top > 0 && w.Top < len(z) {
		slices.SortStableFunc(keep, func(a, b int) int { return cmp.Compare(z[b], z[a]) })
		keep = keep[:w.Top]
	}
	m := math.Inf(-1)
	for _, k := range keep {
		m = math.Max(m, z[k])
	}
	p := make([]float64, len(z))
	var s float64
	for _, k := range keep {
		p[k] = math.Exp((z[k] - m) / w.Tau)
		s += p[k]
	}
	for _, k := range keep {
		p[k] /= s
	}
	return p
}

// classTerm is Σ_k p_k·cm[k][c] over the classes with a table row (a class
// no reference query was predicted as has none and adds nothing). With a
// one-hot p it is exactly cm[ŷ][c] (0 when that row is missing).
func classTerm(cm [][]float64, p []float64, c int) float64 {
	var s float64
	for k, pk := range p[:min(len(p), len(cm))] {
		if pk != 0 && cm[k] != nil {
			s += pk * cm[k][c]
		}
	}
	return s
}

// SoftMarkdown renders the rows of one split with intervals, and each
// smoothed row's paired difference against the one-hot row of the same
// (K, N, β, reference set).
func (r *EnsembleReport) SoftMarkdown(split string) string {
	var b strings.Builder
	b.WriteString("| K | N | β | reference | class weights | Spearman | within clean | noise | mislabeled | dup ÷ orig | near ÷ orig | TV retraining | TV, same prediction | prediction differs | TV projection | same top |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, w := range r.Rows {
		if w.Split != split {
			continue
		}
		fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w.K, w.N, w.betaName(), w.refName(), w.Weights.Name(),
			w.Spearman.f(3), w.Clean.f(3), w.Noise.pct(), w.Mis.pct(), w.Dup.f(2), w.Near.f(2), w.TVSeeds.f(3), w.TVSamePred.f(3), w.PredDiff.pct(), w.TVProj.f(3), w.TopProj.pct())
	}
	first := true
	for _, w := range r.Rows {
		if w.Split != split || len(w.VsOneHot) == 0 {
			continue
		}
		if first {
			b.WriteString("\nSmoothed minus one-hot (same K, N, β, reference set), paired bootstrap:\n\n| K | N | β | class weights |")
			for _, p := range w.VsOneHot {
				fmt.Fprintf(&b, " %s |", p.Baseline)
			}
			b.WriteString("\n|---|---|---|---|" + strings.Repeat("---|", len(w.VsOneHot)) + "\n")
			first = false
		}
		fmt.Fprintf(&b, "| %d | %d | %s | %s |", w.K, w.N, w.betaName(), w.Weights.Name())
		for _, p := range w.VsOneHot {
			fmt.Fprintf(&b, " %s |", p.D.f(3))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (w EnsembleRow) betaName() string {
	if w.Beta < 0 {
		return "class only"
	}
	return fmt.Sprintf("%g", w.Beta)
}

func (w EnsembleRow) refName() string {
	if w.RefStride > 0 {
		return fmt.Sprintf("every %d-th Datanet record", w.RefStride)
	}
	return fmt.Sprintf("%d held-out digits", w.Ref)
}

// spreadSummary describes how the queries' class weights spread: quartiles
// of the logit margin (top minus runner-up) and, for each weighting, the
// mean weight of the predicted class.
func spreadSummary(qs qgrads, ws []ClassWeights) string {
	var margin []float64
	for _, z := range qs.logits {
		s := slices.Clone(z)
		slices.Sort(s)
		margin = append(margin, s[len(s)-1]-s[len(s)-2])
	}
	slices.Sort(margin)
	if len(margin) == 0 {
		return "no queries"
	}
	q := func(f float64) float64 { return margin[int(f*float64(len(margin)-1))] }
	var b strings.Builder
	fmt.Fprintf(&b, "logit margin quartiles %.2f / %.2f / %.2f (min %.2f); mean weight of ŷ:", q(0.25), q(0.5), q(0.75), margin[0])
	for _, w := range ws {
		var m float64
		for i := range qs.logits {
			m += w.at(qs, i)[qs.pred[i]] / float64(len(qs.logits))
		}
		fmt.Fprintf(&b, " %s %.3f;", w.Name(), m)
	}
	return b.String()
}

// ChosenMetMarkdown renders the test figures of the validation row that
// meets every target with the highest objective, against every target.
func (r *EnsembleReport) ChosenMetMarkdown() string {
	if r.ChosenMetVal.Name == "" {
		if r.IntervalRule {
			return "No validation row meets every target with each stability target's whole interval.\n"
		}
		return "No validation row meets every target.\n"
	}
	rule := "meeting every target"
	if r.IntervalRule {
		rule = "meeting every target, each stability target by its whole 95% interval,"
	}
	return fmt.Sprintf("Chosen on validation as the row %s with the highest objective (%.3f): **K = %d, %s**. Test split, 95%% bootstrap intervals:\n\n",
		rule, r.ChosenMetVal.Obj, r.ChosenMet.K, r.ChosenMet.Name) + r.ChosenMet.TargetsMarkdown()
}
