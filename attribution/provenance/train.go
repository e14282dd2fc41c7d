// Package provenance fine-tunes a LoRA adapter on a Datanet and records what
// attribution needs: per contributor, the gradient sketch of its examples at
// the trained adapter (attribution/influence), committed into the Datanet
// root. The artifacts it writes, and everything that reads them (parsing,
// auditing, attributing an inference), are in attribution/artifacts, which
// does not import this package.
//
// # Training
//
// The base model is frozen; every linear layer gets a LoRA pair initialised
// like PEFT (A uniform in ±1/√in from a SplitMix64 stream per layer, B = 0)
// and trained with Adam (β1 0.9, β2 0.999, ε 1e-8) on the mean softmax
// cross-entropy of minibatches, the Datanet's examples (contributors in
// order, records in order) reshuffled every epoch by SplitMix64(seed). The
// float math runs on one goroutine in a fixed order in float64 with every
// product rounded explicitly (no FMA fusion), so the same inputs give
// bit-identical adapters.
//
// # Output
//
// Result.Save writes dir/adapter (PEFT: adapter_config.json,
// adapter_model.safetensors) and dir/attribution.json (ArtifactsFile, in the
// format of attribution/artifacts), with the training record filled in.
package provenance

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// ErrBadInput marks unusable training options, models and Datanets.
var ErrBadInput = fmt.Errorf("provenance: %w", errs.ErrBadInput)

// Defaults of TrainOptions.
const (
	DefaultRank      = 8
	DefaultAlpha     = 16
	DefaultEpochs    = 10
	DefaultBatchSize = 32
	DefaultLR        = 2e-3
)

// TrainOptions configures Train. Zero fields take the defaults; Seed is used
// as given.
type TrainOptions struct {
	Seed      uint64
	Rank      int
	Alpha     float64
	Epochs    int
	BatchSize int
	LR        float64
	// Exclude lists contributor indices left out of training (leave-one-out
	// studies); their sketches are still computed.
	Exclude []int
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Rank == 0 {
		o.Rank = DefaultRank
	}
	if o.Alpha == 0 {
		o.Alpha = DefaultAlpha
	}
	if o.Epochs == 0 {
		o.Epochs = DefaultEpochs
	}
	if o.BatchSize == 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.LR == 0 {
		o.LR = DefaultLR
	}
	return o
}

func (o TrainOptions) validate(base *model.Model) error {
	minDim := math.MaxInt
	for _, l := range base.Layers {
		minDim = min(minDim, l.Config.In, l.Config.Out)
	}
	switch {
	case o.Rank < 1 || o.Rank > minDim:
		return fmt.Errorf("%w: rank %d outside [1, %d]", ErrBadInput, o.Rank, minDim)
	case o.Epochs < 1 || o.Epochs > 1000 || o.BatchSize < 1:
		return fmt.Errorf("%w: epochs %d and batch size %d must be positive", ErrBadInput, o.Epochs, o.BatchSize)
	case !(o.LR > 0) || math.IsInf(o.LR, 0) || !(o.Alpha > 0) || math.IsInf(o.Alpha, 0):
		return fmt.Errorf("%w: learning rate %v and alpha %v must be positive and finite", ErrBadInput, o.LR, o.Alpha)
	}
	return nil
}

// layer is one frozen base layer with its trainable LoRA pair (float64).
type layer struct {
	in, out int
	relu    bool
	w, b    []float64
	a, bm   []float64 // A [r][in], B [out][r]
	ga, gb  []float64 // gradients
	r       int
	s       float64
}

type net struct{ layers []layer }

func newNet(base *model.Model, o TrainOptions) (*net, error) {
	n := &net{}
	for i, l := range base.Layers {
		switch l.Config.Activation {
		case model.ActReLU, model.ActNone:
		default:
			return nil, fmt.Errorf("%w: layer %s: activation %s is not supported for training", ErrBadInput, l.Config.Name, l.Config.Activation)
		}
		ly := layer{
			in: l.Config.In, out: l.Config.Out, relu: l.Config.Activation == model.ActReLU,
			w: f64(l.W), b: f64(l.B), r: o.Rank, s: o.Alpha / float64(o.Rank),
			a: make([]float64, o.Rank*l.Config.In), bm: make([]float64, l.Config.Out*o.Rank),
			ga: make([]float64, o.Rank*l.Config.In), gb: make([]float64, l.Config.Out*o.Rank),
		}
		r := newRNG(o.Seed, uint64(100+i))
		bound := 1 / math.Sqrt(float64(ly.in))
		for j := range ly.a {
			ly.a[j] = r.uniform(bound)
		}
		n.layers = append(n.layers, ly)
	}
	if n.layers[len(n.layers)-1].relu {
		return nil, fmt.Errorf("%w: the last layer must output logits (no activation)", ErrBadInput)
	}
	return n, nil
}

func f64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// work holds one example's activations.
type work struct{ xs, zs, hs [][]float64 }

func (n *net) newWork() *work {
	w := &work{}
	for _, l := range n.layers {
		w.xs = append(w.xs, make([]float64, l.in))
		w.zs = append(w.zs, make([]float64, l.out))
		w.hs = append(w.hs, make([]float64, l.r))
	}
	return w
}

func dot(a, x []float64) float64 {
	var s float64
	for i, v := range a {
		s += float64(v * x[i])
	}
	return s
}

// forward returns the loss at label and leaves activations in w.
func (n *net) forward(w *work, x []float64, label int) float64 {
	copy(w.xs[0], x)
	for li := range n.layers {
		l := &n.layers[li]
		in := w.xs[li]
		for t := range l.r {
			w.hs[li][t] = dot(l.a[t*l.in:(t+1)*l.in], in)
		}
		for i := range l.out {
			z := l.b[i] + dot(l.w[i*l.in:(i+1)*l.in], in)
			z += float64(l.s * dot(l.bm[i*l.r:(i+1)*l.r], w.hs[li]))
			w.zs[li][i] = z
			if li+1 < len(n.layers) {
				if l.relu {
					z = max(z, 0)
				}
				w.xs[li+1][i] = z
			}
		}
	}
	z := w.zs[len(n.layers)-1]
	m := z[0]
	for _, v := range z {
		m = max(m, v)
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return math.Log(s) - (z[label] - m)
}

// backward adds the LoRA gradients of the last forward's loss at label.
func (n *net) backward(w *work, label int) {
	L := len(n.layers)
	z := w.zs[L-1]
	d := make([]float64, len(z))
	m := z[0]
	for _, v := range z {
		m = max(m, v)
	}
	var s float64
	for i, v := range z {
		d[i] = math.Exp(v - m)
		s += d[i]
	}
	for i := range d {
		d[i] /= s
	}
	d[label]--
	for li := L - 1; li >= 0; li-- {
		l := &n.layers[li]
		x, h := w.xs[li], w.hs[li]
		u := make([]float64, l.r) // s·Bᵀδ
		for i, di := range d {
			if di == 0 {
				continue
			}
			sd := float64(l.s * di)
			for t := range l.r {
				l.gb[i*l.r+t] += float64(sd * h[t])
				u[t] += float64(sd * l.bm[i*l.r+t])
			}
		}
		for t, ut := range u {
			if ut == 0 {
				continue
			}
			row := l.ga[t*l.in : (t+1)*l.in]
			for j, xj := range x {
				if xj != 0 {
					row[j] += float64(ut * xj)
				}
			}
		}
		if li == 0 {
			break
		}
		prev := make([]float64, l.in)
		for i, di := range d {
			if di == 0 {
				continue
			}
			row := l.w[i*l.in : (i+1)*l.in]
			for j := range prev {
				prev[j] += float64(row[j] * di)
			}
		}
		for t, ut := range u {
			row := l.a[t*l.in : (t+1)*l.in]
			for j := range prev {
				prev[j] += float64(row[j] * ut)
			}
		}
		if n.layers[li-1].relu {
			for j := range prev {
				if w.zs[li-1][j] <= 0 {
					prev[j] = 0
				}
			}
		}
		d = prev
	}
}

type adam struct {
	lr, pow1, pow2 float64
	params, grads  [][]float64
	m, v           [][]float64
}

func (n *net) adam(lr float64) *adam {
	a := &adam{lr: lr, pow1: 1, pow2: 1}
	for li := range n.layers {
		l := &n.layers[li]
		a.params = append(a.params, l.a, l.bm)
		a.grads = append(a.grads, l.ga, l.gb)
	}
	for _, p := range a.params {
		a.m = append(a.m, make([]float64, len(p)))
		a.v = append(a.v, make([]float64, len(p)))
	}
	return a
}

func (a *adam) step(scale float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	a.pow1 *= b1
	a.pow2 *= b2
	lrT := float64(a.lr*math.Sqrt(1-a.pow2)) / (1 - a.pow1)
	for k, p := range a.params {
		g, m, v := a.grads[k], a.m[k], a.v[k]
		for i := range p {
			gi := float64(g[i] * scale)
			m[i] = float64(b1*m[i]) + float64((1-b1)*gi)
			v[i] = float64(b2*v[i]) + float64((1-b2)*float64(gi*gi))
			p[i] -= float64(lrT*m[i]) / (math.Sqrt(v[i]) + eps)
			g[i] = 0
		}
	}
}

// example is one training input.
type example struct {
	x     []float64
	label int
	skip  bool // left out (TrainOptions.Exclude)
}

// examples lists every example of d, those of excluded contributors marked
// skip: the epoch shuffle runs over all of them and then drops the skipped
// ones, so a leave-out run sees the remaining examples in the same relative
// order as the full run (coupled retraining: less seed noise in
// leave-one-out differences). Without exclusions nothing changes.
func examples(d *datanet.Datanet, exclude []int) (ex []example, kept int) {
	skip := map[int]bool{}
	for _, c := range exclude {
		skip[c] = true
	}
	for c, con := range d.Contributors {
		for _, e := range con.Examples {
			ex = append(ex, example{x: Input(e.Input), label: int(e.Label), skip: skip[c]})
			if !skip[c] {
				kept++
			}
		}
	}
	return ex, kept
}

// Input is the real input of Datanet bytes: float32(v)/255 (inference/mnist's
// pixel values), widened to float64.
func Input(in []uint8) []float64 {
	x := make([]float64, len(in))
	for i, v := range in {
		x[i] = float64(float32(v) / 255)
	}
	return x
}

// fit trains the adapters on the examples not marked skip and returns the
// mean loss per epoch.
func (n *net) fit(ctx context.Context, ex []example, kept int, o TrainOptions) ([]float64, error) {
	opt := n.adam(o.LR)
	w := n.newWork()
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	live := make([]int, 0, kept)
	r := newRNG(o.Seed, 1)
	var losses []float64
	for range o.Epochs {
		r.shuffle(order)
		live = live[:0]
		for _, i := range order {
			if !ex[i].skip {
				live = append(live, i)
			}
		}
		var total float64
		for start := 0; start < len(live); start += o.BatchSize {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("provenance: training: %w", err)
			}
			idx := live[start:min(start+o.BatchSize, len(live))]
			for _, i := range idx {
				total += n.forward(w, ex[i].x, ex[i].label)
				n.backward(w, ex[i].label)
			}
			opt.step(1 / float64(len(idx)))
		}
		losses = append(losses, total/float64(len(live)))
	}
	return losses, nil
}

// adapter exports the trained LoRA pairs as a PEFT adapter.
func (n *net) adapter(base *model.Model, o TrainOptions) *peft.Adapter {
	a := &peft.Adapter{Config: peft.Config{PeftType: "LORA", BaseModel: base.Config.Name, R: o.Rank, LoraAlpha: o.Alpha, Bias: "none"}}
	for i, l := range n.layers {
		name := base.Layers[i].Config.Name
		a.Config.TargetModules = append(a.Config.TargetModules, name)
		a.Modules = append(a.Modules, &peft.Module{
			Name: name, In: l.in, Out: l.out, Rank: l.r, Alpha: o.Alpha, Scaling: l.s,
			A: f32(l.a), B: f32(l.bm),
		})
	}
	return a
}

func f32(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}

// FitAdapter trains a LoRA adapter on d (minus opts.Exclude) with base frozen
// and returns it with the mean training loss of every epoch.
func FitAdapter(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions) (*peft.Adapter, []float64, error) {
	opts = opts.withDefaults()
	if err := base.Validate(); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBadInput, err)
	}
	if err := opts.validate(base); err != nil {
		return nil, nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, nil, err
	}
	if d.InputDim != base.Layers[0].Config.In || d.Classes != base.Layers[len(base.Layers)-1].Config.Out {
		return nil, nil, fmt.Errorf("%w: Datanet is %d inputs → %d classes, model %d → %d", ErrBadInput,
			d.InputDim, d.Classes, base.Layers[0].Config.In, base.Layers[len(base.Layers)-1].Config.Out)
	}
	n, err := newNet(base, opts)
	if err != nil {
		return nil, nil, err
	}
	ex, kept := examples(d, opts.Exclude)
	if kept == 0 {
		return nil, nil, fmt.Errorf("%w: no training examples left", ErrBadInput)
	}
	losses, err := n.fit(ctx, ex, kept, opts)
	if err != nil {
		return nil, nil, err
	}
	a := n.adapter(base, opts)
	if err := a.Validate(); err != nil {
		return nil, nil, fmt.Errorf("provenance: trained adapter: %w", err)
	}
	return a, losses, nil
}

// Loss returns the mean softmax cross-entropy of the float model base+a on
// the given Datanet-encoded inputs.
func Loss(base *model.Model, a *peft.Adapter, inputs [][]uint8, labels []int) (float64, error) {
	ls, err := Losses(base, a, inputs, labels)
	if err != nil {
		return 0, err
	}
	var total float64
	for _, l := range ls {
		total += l
	}
	return total / float64(len(ls)), nil
}

// Losses returns the softmax cross-entropy of the float model base+a on each
// of the given Datanet-encoded inputs.
func Losses(base *model.Model, a *peft.Adapter, inputs [][]uint8, labels []int) ([]float64, error) {
	if len(inputs) != len(labels) || len(inputs) == 0 {
		return nil, fmt.Errorf("%w: %d inputs, %d labels", ErrBadInput, len(inputs), len(labels))
	}
	n, err := newNet(base, TrainOptions{Rank: a.Config.R, Alpha: a.Config.LoraAlpha})
	if err != nil {
		return nil, err
	}
	for i := range n.layers {
		l := &n.layers[i]
		mod, ok := a.Module(base.Layers[i].Config.Name)
		if !ok || mod.Rank != l.r || len(mod.A) != len(l.a) || len(mod.B) != len(l.bm) {
			return nil, fmt.Errorf("%w: adapter does not cover layer %s with rank %d", ErrBadInput, base.Layers[i].Config.Name, l.r)
		}
		l.a, l.bm, l.s = f64(mod.A), f64(mod.B), mod.Scaling
	}
	w := n.newWork()
	out := make([]float64, len(inputs))
	for i, in := range inputs {
		if len(in) != n.layers[0].in || labels[i] < 0 || labels[i] >= n.layers[len(n.layers)-1].out {
			return nil, fmt.Errorf("%w: example %d does not fit the model", ErrBadInput, i)
		}
		out[i] = n.forward(w, Input(in), labels[i])
	}
	return out, nil
}
