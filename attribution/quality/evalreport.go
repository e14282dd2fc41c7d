package quality

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Markers of the evaluation's section of bench/results.md.
const (
	EvalBeginMarker = "<!-- bench:attribution-eval:begin -->"
	EvalEndMarker   = "<!-- bench:attribution-eval:end -->"
)

// WriteEvalSection replaces (or appends) the evaluation's section.
func WriteEvalSection(path, body string) error {
	return writeMarked(path, EvalBeginMarker, EvalEndMarker, body)
}

func (s Stat) f(prec int) string {
	if math.IsNaN(s.V) {
		return "—"
	}
	return fmt.Sprintf("%.*f [%.*f, %.*f]", prec, s.V, prec, s.Lo, prec, s.Hi)
}

func (s Stat) pct() string {
	if math.IsNaN(s.V) {
		return "—"
	}
	return fmt.Sprintf("%.2f%% [%.2f, %.2f]", 100*s.V, 100*s.Lo, 100*s.Hi)
}

// EvalMarkdown renders the report.
func (r *EvalReport) EvalMarkdown(size, machine string) string {
	var b strings.Builder
	c := r.Cfg
	o := c.Train
	fmt.Fprintf(&b, "## Attribution evaluation (issue 16): %d contributors, leave-one-out over %d retraining seeds\n\n", len(r.IDs), len(c.Seeds))
	fmt.Fprintf(&b, "Measured by `make attribution-eval` (`go test ./attribution/quality -run TestAttributionEval -attribution.eval -attribution.eval.size %s`) on %s, %d retraining workers; this run %s (%s); %d retrainings, their wall times summed %s, one full-Datanet retrain %.1f s.\n\n",
		size, machine, c.Workers, r.Elapsed.Round(time.Second), cacheWord(r.Cached), r.Retrains, (time.Duration(r.RetrainSum) * time.Second).Round(time.Second), r.RetrainSec)
	counts := map[Kind]int{}
	for _, k := range r.Kinds {
		counts[k]++
	}
	fmt.Fprintf(&b, "**Datanet** (attribution/quality.BuildEval, seed %d): %d records from the rotated training split; %d clean contributors of %v records in turn (two in three hold one digit, every third all digits), %d exact duplicates and %d near-duplicates of clean contributors (%.0f%% of pixels moved by up to ±%d), %d mislabeled (every label wrong), %d noise (uniform random pixels and labels) and %d off-distribution (upright digits, right labels), %d records each. Queries: the held-out split, %d validation digits (settings are chosen there) and %d test digits (reported below), disjoint.\n\n",
		c.Seed, r.Records, counts[Clean], uniq(c.CleanSizes), counts[Duplicate], counts[NearDuplicate], 100*NearDupRate, NearDupAmp, counts[Mislabeled], counts[Noise], counts[OffDist], c.OtherSize, r.Val, r.Test)
	fmt.Fprintf(&b, "**Retraining** (attribution/provenance, base frozen): LoRA r = %d, alpha %g, Adam lr %g, batch %d, %d epochs, seeds %v. Leave-one-out runs keep the full run's shuffle with the left-out records dropped (coupled retraining). Test loss of the full adapters %s; float accuracy %s. Ground truth Δ_c = mean over seeds and test queries of loss(without c) − loss(all). LDS: %d retrainings on random half-Datanets.\n\n",
		o.Rank, o.Alpha, o.LR, o.BatchSize, o.Epochs, c.Seeds, fmtList(r.TestLoss, "%.4f"), fmtList(r.TestAcc, "%.3f"), c.LDSSubsets)
	fmt.Fprintf(&b, "**Methods** are evaluated in float64 (influence.Reference: the proven statement's float twin, same projections, K = %d, test gradient at the float model's prediction), weights max(s,0)/Σmax(s,0) for all. Payouts are those of the seed-%d adapter at the deployed projection seed. Brackets: 95%% bootstrap intervals (%d replicates over test queries and retraining seeds). Margin: Spearman minus the best baseline's (named), paired bootstrap.\n\n",
		c.Params.K, c.Seeds[0], c.Bootstrap)
	fmt.Fprintf(&b, "Chosen on validation: **%s** (%s).\n\n", r.Chosen.Name, r.Chosen.Note)
	if len(r.StableRows) > 0 {
		fmt.Fprintf(&b, "Stage 2 (validation): the class term s_c(z) = ⟨S_c, T(z)⟩ + β·m_c[pred(z)], m_c[k] the contributor's mean score over the reference queries (the validation digits) the adapter predicts as k — one more committed value per class in S_c and the predicted class's one-hot in T, so it folds into the committed vectors. Objective: the grid's, minus (TV retraining − 0.15)⁺, (TV projection − 0.10)⁺ and (0.9 − same top)⁺. Final: **%s**.\n\n", r.Final.Name)
		b.WriteString("| setting | Spearman | within clean | noise | mislabeled | dup ratio | TV retraining seeds | TV projection seeds | same top (projection) | objective |\n|---|---|---|---|---|---|---|---|---|---|\n")
		for _, v := range r.StableRows {
			fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.2f%% | %.2f%% | %.2f | %.3f | %.3f | %.1f%% | %.3f |\n", v.Name, v.Spearman, v.Clean, 100*v.Noise, 100*v.Mis, v.Dup, v.TVSeeds, v.TVProj, 100*v.TopProj, v.StableObj)
		}
		fmt.Fprintf(&b, "\nFor scale: the ground truth's own per-query \"payout\" (normalized positive leave-one-out Δ) moves %s in total variation between retraining seeds (test).\n\n", r.TruthTV.f(3))
	}
	fmt.Fprintf(&b, "| method | proven/foldable | Spearman vs LOO | margin (vs best baseline) | top-%d overlap | per-query LOO Spearman | LDS |\n|---|---|---|---|---|---|---|\n", c.TopK)
	for _, row := range r.Rows {
		m := "—"
		if row.Best != "" {
			m = row.Margin.f(3) + " vs " + row.Best
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", row.Method.Name, yes(row.Method.Circuit), row.Spearman.f(3), m, row.TopK.f(2), row.QueryLOO.f(3), row.LDS.f(3))
	}
	fmt.Fprintf(&b, "\nSpearman within each kind (test split):\n\n| method |")
	var ks []Kind
	for _, k := range EvalKinds {
		if counts[k] >= 3 {
			ks = append(ks, k)
			fmt.Fprintf(&b, " %s (%d) |", k, counts[k])
		}
	}
	fmt.Fprintf(&b, "\n|---|%s\n", strings.Repeat("---|", len(ks)))
	for _, row := range r.Rows {
		fmt.Fprintf(&b, "| %s |", row.Method.Name)
		for _, k := range ks {
			fmt.Fprintf(&b, " %s |", row.ByKind[k].f(3))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nPayouts and stability (test split). Share: of all payout. Copies: (P_orig + P_copy) / P_orig computed without the copy. TV: per-query payout total-variation distance, mean over queries (retraining: the %d seed pairs; projection: seed %d against projection seeds %v).\n\n", len(c.Seeds)*(len(c.Seeds)-1)/2, c.Params.Seed, c.ProjSeeds)
	fmt.Fprintf(&b, "| method | noise share | mislabeled share | off-dist share | duplicated pair ÷ original | near-dup pair ÷ original | TV retraining seeds | TV projection seeds | same top (projection) | queries all ≤ 0 |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, row := range r.Rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n", row.Method.Name, row.Share[Noise].pct(), row.Share[Mislabeled].pct(), row.Share[OffDist].pct(),
			row.DupRatio.f(2), row.NearRatio.f(2), row.TVSeeds.f(3), row.TVProj.f(3), row.TopProj.pct(), row.ZeroQueries)
	}
	if len(r.KRows) > 0 {
		fmt.Fprintf(&b, "\nSketch size (test split; the final method's settings at every K):\n\n| K | values per sketch | current: Spearman | final: Spearman | final: within clean | final: TV retraining seeds | final: TV projection seeds | final: same top (projection) | final: noise share |\n|---|---|---|---|---|---|---|---|---|\n")
		for _, k := range r.KRows {
			fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s | %s | %s | %s |\n", k.K, k.Dim, k.Current.f(3), k.Chosen.f(3), k.ChosenClean.f(3), k.TVSeeds.f(3), k.TVProj.f(3), k.TopProj.pct(), k.Noise.pct())
		}
	}
	fmt.Fprintf(&b, "\nValidation grid (point estimates; objective = Spearman + within-clean Spearman − 10·(noise share − 0.5%%)⁺ − 10·(mislabeled share − 1%%)⁺ − (duplicated ratio − 1.1)⁺ − (near-duplicated ratio − 1.1)⁺):\n\n| setting | Spearman | within clean | noise | mislabeled | dup ratio | near-dup ratio | objective |\n|---|---|---|---|---|---|---|---|\n")
	for _, v := range r.ValRows {
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.2f%% | %.2f%% | %.2f | %.2f | %.3f |\n", v.Name, v.Spearman, v.Clean, 100*v.Noise, 100*v.Mis, v.Dup, v.Near, v.Obj)
	}
	fmt.Fprintf(&b, "\nPer contributor (Δ, payouts): bench/attribution-eval.tsv.\n")
	return b.String()
}

func uniq(v []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, x := range v {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func fmtList(v []float64, f string) string {
	var s []string
	for _, x := range v {
		s = append(s, fmt.Sprintf(f, x))
	}
	return strings.Join(s, ", ")
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// TSV lists every contributor: id, kind, records, mean Δ test loss with its
// interval, and the current and chosen methods' mean payouts.
func (r *EvalReport) TSV() []byte {
	var b strings.Builder
	b.WriteString("id\tkind\trecords\tdelta_loss\tdelta_lo\tdelta_hi\tpayout_current\tpayout_chosen\n")
	for c, id := range r.IDs {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\n", id, r.Kinds[c], r.Counts[c], r.DeltaTest[c], r.DeltaCI[c].Lo, r.DeltaCI[c].Hi, r.CurrentPayout[c], r.ChosenPayout[c])
	}
	return []byte(b.String())
}

func cacheWord(cached bool) string {
	if cached {
		return "retrainings loaded from the cache `-attribution.eval.cache`"
	}
	return "retrainings included"
}
