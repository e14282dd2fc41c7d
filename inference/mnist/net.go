package mnist

import (
	"context"
	"fmt"
	"math"
	"sort"
)

// net is the two-layer perceptron fc2(relu(fc1(x))), with optional LoRA
// adapters on both layers.
type net struct {
	fc1, fc2 dense
	ad1, ad2 *adapterLayer
}

// RNG streams, one per random purpose, so that changing one use does not
// shift the others.
const (
	streamFC1 = iota + 100
	streamFC2
	streamBaseOrder
	streamA1
	streamA2
	streamAdapterOrder
)

func newDense(r *rng, in, out int) dense {
	// PyTorch's nn.Linear default: W and b uniform in ±1/√in.
	bound := float32(1 / math.Sqrt(float64(in)))
	l := dense{in: in, out: out, w: make([]float32, in*out), b: make([]float32, out)}
	for i := range l.w {
		l.w[i] = r.uniform(bound)
	}
	for i := range l.b {
		l.b[i] = r.uniform(bound)
	}
	return l
}

func newAdapterLayer(r *rng, in, out, rank int, scale float32) *adapterLayer {
	// PEFT's init: A = kaiming_uniform_(a=√5), i.e. uniform in ±1/√in, and
	// B = 0, so the adapted model starts equal to the base.
	bound := float32(1 / math.Sqrt(float64(in)))
	a := &adapterLayer{rank: rank, scale: scale, a: make([]float32, rank*in), b: make([]float32, out*rank)}
	for i := range a.a {
		a.a[i] = r.uniform(bound)
	}
	return a
}

// work holds one sample's activations and gradients.
type work struct {
	z1, h, u1, z2, p, u2 []float32
	dz2, dz2s, du2, dh   []float32
	dz1, dz1s, du1       []float32
}

func (n *net) newWork() *work {
	h, r := n.fc1.out, 0
	if n.ad1 != nil {
		r = n.ad1.rank
	}
	f := func(k int) []float32 { return make([]float32, k) }
	return &work{
		z1: f(h), h: f(h), u1: f(r), z2: f(Classes), p: f(Classes), u2: f(r),
		dz2: f(Classes), dz2s: f(Classes), du2: f(r), dh: f(h),
		dz1: f(h), dz1s: f(h), du1: f(r),
	}
}

// forward runs one image and returns the loss against label.
func (n *net) forward(w *work, x []float32, label int) float64 {
	n.fc1.forward(x, w.z1, n.ad1, w.u1)
	for i, v := range w.z1 {
		w.h[i] = max(v, 0)
	}
	n.fc2.forward(w.h, w.z2, n.ad2, w.u2)
	return softmax(w.z2, w.p, label)
}

// params returns the trainable tensors: the base weights, or only the
// adapters' A and B when adapters are attached (the base stays frozen).
func (n *net) params() [][]float32 {
	if n.ad1 != nil {
		return [][]float32{n.ad1.a, n.ad1.b, n.ad2.a, n.ad2.b}
	}
	return [][]float32{n.fc1.w, n.fc1.b, n.fc2.w, n.fc2.b}
}

// backward adds the gradient of the loss of the last forward to g (laid out
// like params).
func (n *net) backward(w *work, x []float32, label int, g [][]float32) {
	copy(w.dz2, w.p)
	w.dz2[label]--
	clear(w.dh)
	addTransposed(w.dh, n.fc2.w, w.dz2)
	if n.ad2 != nil {
		scaleInto(w.dz2s, w.dz2, n.ad2.scale)
		addOuter(g[3], w.dz2s, w.u2)
		clear(w.du2)
		addTransposed(w.du2, n.ad2.b, w.dz2s)
		addOuter(g[2], w.du2, w.h)
		addTransposed(w.dh, n.ad2.a, w.du2)
	} else {
		addOuter(g[2], w.dz2, w.h)
		addInto(g[3], w.dz2)
	}
	for i, v := range w.dh {
		if w.z1[i] > 0 {
			w.dz1[i] = v
		} else {
			w.dz1[i] = 0
		}
	}
	if n.ad1 != nil {
		scaleInto(w.dz1s, w.dz1, n.ad1.scale)
		addOuter(g[1], w.dz1s, w.u1)
		clear(w.du1)
		addTransposed(w.du1, n.ad1.b, w.dz1s)
		addOuter(g[0], w.du1, x)
	} else {
		addOuter(g[0], w.dz1, x)
		addInto(g[1], w.dz1)
	}
}

func scaleInto(dst, src []float32, s float32) {
	for i, v := range src {
		dst[i] = float32(v * s)
	}
}

func addInto(dst, src []float32) {
	for i, v := range src {
		dst[i] += v
	}
}

// fit trains n's trainable parameters on ds with Adam, minibatches in an
// order shuffled per epoch by a generator on (seed, stream). It returns the
// mean training loss of every epoch.
func (n *net) fit(ctx context.Context, ds *Dataset, epochs, batch int, lr float64, seed, stream uint64) ([]float64, error) {
	params := n.params()
	grads := make([][]float32, len(params))
	for i, p := range params {
		grads[i] = make([]float32, len(p))
	}
	opt := newAdam(lr, params, grads)
	w := n.newWork()
	order := make([]int, ds.Len())
	for i := range order {
		order[i] = i
	}
	r := newRNG(seed, stream)
	losses := make([]float64, 0, epochs)
	for range epochs {
		r.shuffle(order)
		var total float64
		for start := 0; start < len(order); start += batch {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("mnist: training: %w", err)
			}
			idx := order[start:min(start+batch, len(order))]
			zero(grads)
			for _, i := range idx {
				x, label := ds.Images[i], int(ds.Labels[i])
				total += n.forward(w, x, label)
				n.backward(w, x, label, grads)
			}
			opt.step(1 / float32(len(idx)))
		}
		losses = append(losses, total/float64(ds.Len()))
	}
	return losses, nil
}

// accuracy returns the fraction of ds that n classifies correctly.
func (n *net) accuracy(ds *Dataset) float64 {
	if ds.Len() == 0 {
		return 0
	}
	w := n.newWork()
	correct := 0
	for i, x := range ds.Images {
		n.forward(w, x, 0)
		if argmax(w.z2) == int(ds.Labels[i]) {
			correct++
		}
	}
	return float64(correct) / float64(ds.Len())
}

func argmax(v []float32) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// outputs appends |post-activation output| of each layer over ds to abs[l].
func (n *net) outputs(ds *Dataset, abs [][]float64) [][]float64 {
	w := n.newWork()
	for _, x := range ds.Images {
		n.forward(w, x, 0)
		for _, v := range w.h {
			abs[0] = append(abs[0], math.Abs(float64(v)))
		}
		for _, v := range w.z2 {
			abs[1] = append(abs[1], math.Abs(float64(v)))
		}
	}
	return abs
}

// CalibrationQuantile is the quantile of |layer output| that calibration maps
// to the int8 limit.
const CalibrationQuantile = 0.9999

// quantile9999 returns the nearest-rank CalibrationQuantile of vals: the
// ⌈0.9999·N⌉-th smallest value. It sorts vals.
func quantile9999(vals []float64) float64 {
	if len(vals) == 0 {
		return 0
	}
	sort.Float64s(vals)
	rank := (9999*len(vals) + 9999) / 10000 // ⌈0.9999·N⌉, exact in integers
	return vals[rank-1]
}

// exponent returns the largest integer e in [−64, 64] with p·2^e ≤ 127.
func exponent(p float64) int {
	e := 64
	for e > -64 && math.Ldexp(p, e) > 127 {
		e--
	}
	return e
}
