package tfops

import (
	"math"
	"math/rand/v2"
	"testing"
)

// errStats accumulates |got − want| over many values.
type errStats struct {
	max, sum float64
	n        int
}

func (e *errStats) add(got, want float64) {
	d := math.Abs(got - want)
	e.max = math.Max(e.max, d)
	e.sum += d
	e.n++
}

func (e *errStats) mean() float64 { return e.sum / float64(e.n) }

// TestErrorAgainstFloat measures each operator against float64 on random
// inputs (the figures in docs/fixed-point-transformer.md come from
// `go test ./inference/tfops -run TestErrorAgainstFloat -v -count=1`) and
// bounds them loosely, so a rounding regression fails.
func TestErrorAgainstFloat(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 2026))
	t.Run("layernorm", func(t *testing.T) { measureLayerNorm(t, r) })
	t.Run("softmax", func(t *testing.T) { measureSoftmax(t, r) })
	t.Run("attention", func(t *testing.T) { measureAttention(t, r) })
	t.Run("sampling", func(t *testing.T) { measureSampling(t, r) })
}

func measureLayerNorm(t *testing.T, r *rand.Rand) {
	const d, inExp, outExp, trials = 64, 4, 5, 500
	var st errStats
	for trial := 0; trial < trials; trial++ {
		gamma, beta := make([]float32, d), make([]float32, d)
		for i := range gamma {
			gamma[i] = float32(0.5 + r.Float64())
			beta[i] = float32(r.Float64() - 0.5)
		}
		ln, err := NewLayerNorm(gamma, beta, 1e-5, inExp, outExp)
		if err != nil {
			t.Fatal(err)
		}
		spread := 1 + r.IntN(127)
		x := randInt8(r, d, spread)
		y, err := ln.Output(x)
		if err != nil {
			t.Fatal(err)
		}
		var mu, v float64
		for _, xi := range x {
			mu += math.Ldexp(float64(xi), -inExp) / d
		}
		for _, xi := range x {
			dx := math.Ldexp(float64(xi), -inExp) - mu
			v += dx * dx / d
		}
		for i, xi := range x {
			want := (math.Ldexp(float64(xi), -inExp)-mu)/math.Sqrt(v+1e-5)*float64(gamma[i]) + float64(beta[i])
			want = math.Max(-128.0/32, math.Min(127.0/32, want)) // the int8 range at outExp
			st.add(math.Ldexp(float64(y[i]), -outExp), want)
		}
	}
	t.Logf("layernorm d=%d, out exponent %d: max |err| %.4f (%.2f LSB), mean %.4f (%.3f LSB) over %d outputs",
		d, outExp, st.max, math.Ldexp(st.max, outExp), st.mean(), math.Ldexp(st.mean(), outExp), st.n)
	if math.Ldexp(st.max, outExp) > 2 {
		t.Errorf("layernorm error %.2f LSB above 2", math.Ldexp(st.max, outExp))
	}
}

func softmaxF(a []float64) []float64 {
	m := math.Inf(-1)
	for _, x := range a {
		m = math.Max(m, x)
	}
	out := make([]float64, len(a))
	var z float64
	for i, x := range a {
		out[i] = math.Exp(x - m)
		z += out[i]
	}
	for i := range out {
		out[i] /= z
	}
	return out
}

func measureSoftmax(t *testing.T, r *rand.Rand) {
	const n, trials, exp = 64, 500, 10 // scores at exponent 10 (q, k at 5)
	m, err := Multiplier(math.Ldexp(1, ExpFracBits-exp))
	if err != nil {
		t.Fatal(err)
	}
	var st errStats
	for trial := 0; trial < trials; trial++ {
		sc := make([]int64, n)
		real := make([]float64, n)
		scale := 1 + r.Float64()*8 // real scores spread up to ±9
		for j := range sc {
			sc[j] = int64(math.Round(math.Ldexp(r.NormFloat64()*scale, exp)))
			real[j] = math.Ldexp(float64(sc[j]), -exp)
		}
		tr, err := Softmax(sc, m)
		if err != nil {
			t.Fatal(err)
		}
		for j, p := range softmaxF(real) {
			st.add(math.Ldexp(float64(tr.P[j]), -ProbBits), p)
		}
	}
	t.Logf("softmax n=%d: max |p − p_float| %.5f, mean %.6f over %d probabilities (resolution 2^-%d = %.5f)",
		n, st.max, st.mean(), st.n, ProbBits, math.Ldexp(1, -ProbBits))
	if st.max > 0.02 {
		t.Errorf("softmax error %.4f above 0.02", st.max)
	}
}

func measureAttention(t *testing.T, r *rand.Rand) {
	const h, T, e, trials = 16, 32, 5, 50
	att, err := NewAttention(h, e, e, e, e)
	if err != nil {
		t.Fatal(err)
	}
	var st errStats
	for trial := 0; trial < trials; trial++ {
		q, k, v := make([][]int8, T), make([][]int8, T), make([][]int8, T)
		for i := range q {
			q[i], k[i], v[i] = randInt8(r, h, 127), randInt8(r, h, 127), randInt8(r, h, 127)
		}
		trs, err := att.Causal(q, k, v)
		if err != nil {
			t.Fatal(err)
		}
		for p := 0; p < T; p++ {
			a := make([]float64, p+1)
			for j := 0; j <= p; j++ {
				var s float64
				for i := 0; i < h; i++ {
					s += math.Ldexp(float64(q[p][i]), -e) * math.Ldexp(float64(k[j][i]), -e)
				}
				a[j] = s / math.Sqrt(h)
			}
			w := softmaxF(a)
			for i := 0; i < h; i++ {
				var o float64
				for j := 0; j <= p; j++ {
					o += w[j] * math.Ldexp(float64(v[j][i]), -e)
				}
				st.add(math.Ldexp(float64(trs[p].Out[i]), -e), o)
			}
		}
	}
	t.Logf("attention head h=%d, T=%d, exponents %d: max |err| %.4f (%.2f LSB), mean %.4f (%.3f LSB) over %d outputs",
		h, T, e, st.max, math.Ldexp(st.max, e), st.mean(), math.Ldexp(st.mean(), e), st.n)
	if math.Ldexp(st.max, e) > 4 {
		t.Errorf("attention error %.2f LSB above 4", math.Ldexp(st.max, e))
	}
}

func measureSampling(t *testing.T, r *rand.Rand) {
	const n, exp, trials = 96, 10, 300
	var tv errStats
	for trial := 0; trial < trials; trial++ {
		temp := 0.5 + r.Float64()
		k := 1 + r.IntN(n)
		s, err := NewSampler(temp, k, exp)
		if err != nil {
			t.Fatal(err)
		}
		logits := make([]int64, n)
		real := make([]float64, n)
		for j := range logits {
			logits[j] = int64(math.Round(math.Ldexp(r.NormFloat64()*3, exp)))
			real[j] = math.Ldexp(float64(logits[j]), -exp)
		}
		tr, err := s.Sample(logits, 0)
		if err != nil {
			t.Fatal(err)
		}
		var a []float64
		var idx []int
		for j, sel := range tr.Selected {
			if sel {
				a = append(a, real[j]/temp)
				idx = append(idx, j)
			}
		}
		var d float64
		for i, p := range softmaxF(a) {
			d += math.Abs(float64(tr.W[idx[i]])/float64(tr.Z) - p)
		}
		tv.add(d/2, 0)
	}
	t.Logf("sampling n=%d: total variation between integer and float top-k distributions: max %.5f, mean %.6f over %d draws",
		n, tv.max, tv.mean(), tv.n)
	if tv.max > 0.05 {
		t.Errorf("sampling distribution off by %.4f", tv.max)
	}
}
