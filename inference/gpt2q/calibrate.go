package gpt2q

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// Percentile is the calibration percentile (nearest rank) of |activation|.
const Percentile = 0.9999

// Calibrate returns the exponents of every activation site: for each site,
// the largest e with Q·2^e ≤ 127, Q the nearest-rank 99.99th percentile of
// |value| over every (model, window) pair's float run, windows of at most
// n_positions tokens fed from position 0. The models must share a config
// (a base and the base with an adapter: one calibration serves both).
func Calibrate(ctx context.Context, runs []CalibrationRun) (*gpt2.Quantization, error) {
	return CalibrateBits(ctx, runs, tfops.ActBits8)
}

// CalibrateBits is Calibrate for activation width w: every exponent is
// Calibrate's + w − 8 (the int8 grid refined by w − 8 bits, the same
// headroom above the 99.99th percentile), scheme tfops.SchemeFor(w).
func CalibrateBits(ctx context.Context, runs []CalibrationRun, w uint) (*gpt2.Quantization, error) {
	if err := tfops.CheckBits(w); err != nil {
		return nil, err
	}
	if len(runs) == 0 {
		return nil, fmt.Errorf("gpt2q: nothing to calibrate on: %w", ErrBadInput)
	}
	c := runs[0].Model.Config
	vals := map[string][]float32{}
	key := func(site string, block int) string { return fmt.Sprintf("%d/%s", block, site) }
	for _, r := range runs {
		if r.Model.Config.NLayer != c.NLayer || r.Model.Config.NEmbd != c.NEmbd {
			return nil, fmt.Errorf("gpt2q: calibration runs of different shapes: %w", ErrBadInput)
		}
		for _, w := range r.Windows {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			s := r.Model.NewSession()
			s.Observe = func(site string, block int, v []float64) {
				k := key(site, block)
				for _, x := range v {
					vals[k] = append(vals[k], float32(math.Abs(x)))
				}
			}
			for _, t := range w {
				if _, err := s.Step(t); err != nil {
					return nil, err
				}
			}
		}
	}
	var firstErr error
	exp := func(site string, block int) int {
		v := vals[key(site, block)]
		if len(v) == 0 {
			if firstErr == nil {
				firstErr = fmt.Errorf("gpt2q: no values observed at %s of block %d: %w", site, block, ErrBadInput)
			}
			return 0
		}
		slices.Sort(v)
		rank := int(math.Ceil(Percentile * float64(len(v))))
		q := float64(v[max(rank, 1)-1])
		return quant.Exponent(q, 127)
	}
	cal := &gpt2.Quantization{Scheme: tfops.Scheme, Embed: exp(gpt2.SiteEmbed, -1), LnF: exp(gpt2.SiteLnF, -1)}

	for b := 0; b < c.NLayer; b++ {
		cal.Blocks = append(cal.Blocks, gpt2.BlockExponents{
			Ln1: exp(gpt2.SiteLn1, b), Attn: exp(gpt2.SiteAttn, b), AttnOut: exp(gpt2.SiteAttnOut, b),
			AttnProj: exp(gpt2.SiteAttnProj, b), Resid1: exp(gpt2.SiteResid1, b), Ln2: exp(gpt2.SiteLn2, b),
			Fc: exp(gpt2.SiteFc, b), FcProj: exp(gpt2.SiteFcProj, b), Resid2: exp(gpt2.SiteResid2, b),
		})
	}
	if firstErr != nil || w == tfops.ActBits8 {
		return cal, firstErr
	}
	wide, err := WidenCalibration(cal, w)
	return &wide, err
}

// WidenCalibration returns the calibration of activation width w from an
// 8-bit one (scheme openproof-int8-tf-v2): every exponent + w − 8, scheme
// tfops.SchemeFor(w). Only an 8-bit calibration can be widened.
func WidenCalibration(cal *gpt2.Quantization, w uint) (gpt2.Quantization, error) {
	id, err := tfops.SchemeFor(w)
	if err != nil {
		return gpt2.Quantization{}, err
	}
	if cal == nil || cal.Scheme != tfops.Scheme {
		return gpt2.Quantization{}, fmt.Errorf("gpt2q: only a %q calibration can be widened (%s): %w", tfops.Scheme, id, ErrBadInput)
	}
	return CalibrationAt(cal, w)
}

// CalibrationAt returns cal (of any known scheme) at activation width w:
// every exponent + w − its width, scheme tfops.SchemeFor(w). Widening an
// 8-bit calibration is WidenCalibration; narrowing a wide one gives the
// 8-bit calibration it was widened from.
func CalibrationAt(cal *gpt2.Quantization, w uint) (gpt2.Quantization, error) {
	if cal == nil {
		return gpt2.Quantization{}, fmt.Errorf("gpt2q: no calibration: %w", ErrBadInput)
	}
	from, err := tfops.BitsOf(cal.Scheme)
	if err != nil {
		return gpt2.Quantization{}, err
	}
	id, err := tfops.SchemeFor(w)
	if err != nil {
		return gpt2.Quantization{}, err
	}
	k := int(w) - int(from)
	out := gpt2.Quantization{Scheme: id, Embed: cal.Embed + k, LnF: cal.LnF + k}
	for _, e := range cal.Blocks {
		out.Blocks = append(out.Blocks, gpt2.BlockExponents{Ln1: e.Ln1 + k, Attn: e.Attn + k, AttnOut: e.AttnOut + k,
			AttnProj: e.AttnProj + k, Resid1: e.Resid1 + k, Ln2: e.Ln2 + k, Fc: e.Fc + k, FcProj: e.FcProj + k, Resid2: e.Resid2 + k})
	}
	return out, nil
}

// CalibrationRun is one model and the token windows it is run on.
type CalibrationRun struct {
	Model   *gpt2.Model
	Windows [][]int
}

// Windows cuts n windows of size tokens at evenly spaced offsets of toks
// (offset k·(len−size)/(n−1), or 0 for n = 1).
func Windows(toks []int, n, size int) [][]int {
	if n < 1 || size < 1 || len(toks) < size {
		return nil
	}
	out := make([][]int, n)
	for k := range out {
		off := 0
		if n > 1 {
			off = k * (len(toks) - size) / (n - 1)
		}
		out[k] = toks[off : off+size]
	}
	return out
}

// Comparison is the int8 runtime measured against the float reference.
type Comparison struct {
	Positions int     // next-token predictions compared
	Agree     int     // int8 argmax = float argmax
	FloatBits float64 // mean −log2 p(actual next token), float
	Int8Bits  float64 // the same from the int8 logits (softmax in float of logit·2^−LogitExp)
	FloatTop1 float64 // float argmax = actual next token
	Int8Top1  float64
	// LogitSpan is the largest max − min of one position's integer logits:
	// the circuits' argmax and tfops' sampling need it below 2^32.
	LogitSpan int64
}

// Agreement returns Agree/Positions.
func (c Comparison) Agreement() float64 { return float64(c.Agree) / float64(c.Positions) }

// Compare runs f (float) and q (int8) over each window: window w feeds
// w[:len−1] from position 0 and every position predicts the next token.
func Compare(ctx context.Context, f *gpt2.Model, q *Model, windows [][]int) (Comparison, error) {
	var c Comparison
	var fb, qb float64
	var ft, qt int
	scale := math.Ldexp(1, -q.LogitExp())
	for _, w := range windows {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		if len(w) < 2 {
			continue
		}
		fl, err := f.Forward(w[:len(w)-1])
		if err != nil {
			return c, err
		}
		s := q.NewSession()
		for p := 0; p+1 < len(w); p++ {
			tr, err := s.Step(w[p])
			if err != nil {
				return c, err
			}
			target := w[p+1]
			fa := argmaxF(fl[p])
			qa := tfops.Argmax(tr.Logits)
			c.LogitSpan = max(c.LogitSpan, slices.Max(tr.Logits)-slices.Min(tr.Logits))
			if fa == qa {
				c.Agree++
			}
			if fa == target {
				ft++
			}
			if qa == target {
				qt++
			}
			fb += nll(fl[p], target)
			ql := make([]float64, len(tr.Logits))
			for i, v := range tr.Logits {
				ql[i] = float64(v) * scale
			}
			qb += nll(ql, target)
			c.Positions++
		}
	}
	if c.Positions == 0 {
		return c, fmt.Errorf("gpt2q: no positions to compare: %w", ErrBadInput)
	}
	n := float64(c.Positions)
	c.FloatBits, c.Int8Bits = fb/n/math.Ln2, qb/n/math.Ln2
	c.FloatTop1, c.Int8Top1 = float64(ft)/n, float64(qt)/n
	return c, nil
}

// argmaxF is the lowest index among the maxima, as tfops.Argmax.
func argmaxF(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// nll is −ln softmax(l)[t].
func nll(l []float64, t int) float64 {
	mx := slices.Max(l)
	var z float64
	for _, v := range l {
		z += math.Exp(v - mx)
	}
	return -(l[t] - mx - math.Log(z))
}
