package mnist

import "math"

// The float math below is written so that training is bit-reproducible:
// one goroutine, a fixed summation order, every product rounded explicitly
// with float32(a*b) (the Go spec lets a compiler fuse a*b+c into an FMA unless
// a conversion rounds the product first) and a softmax exponential of our own
// (math.Exp has architecture-specific assembly).

// dense is a linear layer y = W·x + b with W stored [out][in] row-major.
type dense struct {
	in, out int
	w, b    []float32
}

// adapterLayer is a LoRA pair: delta = scale·B·(A·x), A [rank][in], B [out][rank].
type adapterLayer struct {
	rank  int
	scale float32
	a, b  []float32
}

// dot returns Σ w[j]·x[j] summed in four interleaved partial sums (j mod 4),
// combined as (s0+s1)+(s2+s3): a fixed order, twice as fast as one chain.
func dot(w, x []float32) float32 {
	var s0, s1, s2, s3 float32
	w = w[:len(x)]
	n := len(x) &^ 3
	for j := 0; j < n; j += 4 {
		s0 += float32(w[j] * x[j])
		s1 += float32(w[j+1] * x[j+1])
		s2 += float32(w[j+2] * x[j+2])
		s3 += float32(w[j+3] * x[j+3])
	}
	for j := n; j < len(x); j++ {
		s0 += float32(w[j] * x[j])
	}
	return (s0 + s1) + (s2 + s3)
}

// forward computes y = W·x + b (+ scale·B·(A·x) when ad != nil) and returns
// u = A·x for the backward pass (nil without an adapter).
func (l *dense) forward(x, y []float32, ad *adapterLayer, u []float32) {
	for i := range l.out {
		y[i] = l.b[i] + dot(l.w[i*l.in:(i+1)*l.in], x)
	}
	if ad == nil {
		return
	}
	for t := range ad.rank {
		u[t] = dot(ad.a[t*l.in:(t+1)*l.in], x)
	}
	for i := range l.out {
		y[i] += float32(ad.scale * dot(ad.b[i*ad.rank:(i+1)*ad.rank], u))
	}
}

// addOuter does g[i][j] += d[i]·x[j], skipping zero rows and zero inputs
// (ReLU and MNIST's black background make both common; adding the skipped
// zeros would not change g).
func addOuter(g, d, x []float32) {
	in := len(x)
	for i, di := range d {
		if di == 0 {
			continue
		}
		row := g[i*in : (i+1)*in]
		for j, xj := range x {
			if xj != 0 {
				row[j] += float32(di * xj)
			}
		}
	}
}

// addTransposed does dx[j] += Σ_i W[i][j]·d[i], in order of i.
func addTransposed(dx, w, d []float32) {
	in := len(dx)
	for i, di := range d {
		if di == 0 {
			continue
		}
		row := w[i*in : (i+1)*in]
		for j := range dx {
			dx[j] += float32(row[j] * di)
		}
	}
}

// softmax writes the probabilities of logits z into p and returns
// −log p[label] (the cross-entropy loss, for reporting only).
func softmax(z, p []float32, label int) float64 {
	m := float64(z[0])
	for _, v := range z[1:] {
		m = max(m, float64(v))
	}
	var sum float64
	var e [Classes]float64 // the output layer has Classes units
	for i, v := range z {
		e[i] = expNonPositive(float64(v) - m)
		sum += e[i]
	}
	for i := range p {
		p[i] = float32(e[i] / sum)
	}
	return math.Log(sum) - (float64(z[label]) - m)
}

// expNonPositive returns e^x for x ≤ 0 with a relative error below 1e-15:
// x = k·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series to degree 13.
func expNonPositive(x float64) float64 {
	if x < -745 {
		return 0
	}
	const (
		ln2Hi = 6.93147180369123816490e-01 // ln2 split so that k·ln2Hi is exact
		ln2Lo = 1.90821492927058770002e-10
	)
	k := math.Floor(float64(x*math.Log2E) + 0.5)
	r := float64(x-float64(k*ln2Hi)) - float64(k*ln2Lo)
	p := 1.0
	for n := 13; n >= 1; n-- {
		p = 1 + float64(float64(r/float64(n))*p)
	}
	return math.Ldexp(p, int(k))
}

// adam is the Adam optimizer over a list of parameter tensors.
type adam struct {
	lr, beta1, beta2, eps float64
	params, grads         [][]float32
	m, v                  [][]float32
	pow1, pow2            float64 // beta1^t, beta2^t
}

func newAdam(lr float64, params, grads [][]float32) *adam {
	a := &adam{lr: lr, beta1: 0.9, beta2: 0.999, eps: 1e-8, params: params, grads: grads, pow1: 1, pow2: 1}
	for _, p := range params {
		a.m = append(a.m, make([]float32, len(p)))
		a.v = append(a.v, make([]float32, len(p)))
	}
	return a
}

// step applies one update with the gradients scaled by gscale (1/batch).
func (a *adam) step(gscale float32) {
	a.pow1 *= a.beta1
	a.pow2 *= a.beta2
	lrT := float32(a.lr * math.Sqrt(1-a.pow2) / (1 - a.pow1))
	b1, b2 := float32(a.beta1), float32(a.beta2)
	c1, c2 := float32(1-a.beta1), float32(1-a.beta2)
	eps := float32(a.eps)
	for k, p := range a.params {
		g, m, v := a.grads[k], a.m[k], a.v[k]
		for i := range p {
			gi := float32(g[i] * gscale)
			m[i] = float32(b1*m[i]) + float32(c1*gi)
			v[i] = float32(b2*v[i]) + float32(c2*float32(gi*gi))
			p[i] -= float32(lrT * float32(m[i]/(float32(math.Sqrt(float64(v[i])))+eps)))
		}
	}
}

func zero(bufs [][]float32) {
	for _, b := range bufs {
		clear(b)
	}
}
