package gpt2train

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2"
)

// ErrBadInput is wrapped by errors caused by bad options or data.
var ErrBadInput = fmt.Errorf("gpt2train: %w", errs.ErrBadInput)

// RNG is SplitMix64: a fixed, documented stream, so training does not
// depend on a library generator's version.
type RNG struct{ s uint64 }

// NewRNG returns the generator seeded with seed.
func NewRNG(seed uint64) *RNG { return &RNG{s: seed} }

// Uint64 returns the next 64 random bits.
func (r *RNG) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float64 returns a uniform value in [0, 1) with 53 random bits.
func (r *RNG) Float64() float64 { return float64(r.Uint64()>>11) / (1 << 53) }

// Intn returns a value in [0, n) (n ≥ 1; modulo bias below 2^-40 for n < 2^24).
func (r *RNG) Intn(n int) int { return int(r.Uint64() % uint64(n)) }

// Normal returns a standard normal value (Box–Muller, one value per call).
func (r *RNG) Normal() float64 {
	u := 1 - r.Float64() // (0, 1]
	v := r.Float64()
	return math.Sqrt(-2*math.Log(u)) * math.Cos(2*math.Pi*v)
}

// Init returns a model of config c initialised as Hugging Face's GPT-2
// (_init_weights): every weight N(0, 0.02²), the residual projections
// (attn.c_proj, mlp.c_proj) N(0, (0.02/√(2·n_layer))²), biases 0,
// LayerNorm gains 1.
func Init(c gpt2.Config, seed uint64) (*gpt2.Model, error) {
	m, err := gpt2.New(c)
	if err != nil {
		return nil, err
	}
	r := NewRNG(seed)
	proj := 0.02 / math.Sqrt(float64(2*c.NLayer))
	for _, p := range m.Params() {
		std := 0.0
		switch {
		case len(p.Shape) == 2 && (hasSuffix(p.Name, "c_proj.weight")):
			std = proj
		case len(p.Shape) == 2:
			std = 0.02
		}
		if std == 0 {
			continue
		}
		for i := range p.Data {
			p.Data[i] = std * r.Normal()
		}
	}
	return m, nil
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// AttachLoRA attaches a LoRA of rank r and scaling alpha/r to every block's
// module mod, initialised as PEFT does: A uniform in ±1/√in (kaiming_uniform
// with a = √5), B = 0.
func AttachLoRA(m *gpt2.Model, mod gpt2.Module, r int, alpha float64, seed uint64) error {
	if r < 1 || alpha <= 0 {
		return fmt.Errorf("LoRA rank %d, alpha %g: %w", r, alpha, ErrBadInput)
	}
	rng := NewRNG(seed)
	for bi := range m.Blocks {
		l, err := m.Blocks[bi].Linear(mod)
		if err != nil {
			return err
		}
		bound := 1 / math.Sqrt(float64(l.In))
		lr := &gpt2.LoRA{Rank: r, Scaling: alpha / float64(r), A: make([]float64, r*l.In), B: make([]float64, l.Out*r)}
		for i := range lr.A {
			lr.A[i] = (2*rng.Float64() - 1) * bound
		}
		l.LoRA = lr
	}
	return nil
}

// zeroLike returns a model of m's shape (LoRA included) with every value 0.
func zeroLike(m *gpt2.Model) *gpt2.Model {
	g := m.Clone()
	for _, p := range g.Params() {
		clear(p.Data)
	}
	for _, l := range loras(g) {
		clear(l.A)
		clear(l.B)
	}
	return g
}

func loras(m *gpt2.Model) []*gpt2.LoRA {
	var out []*gpt2.LoRA
	for bi := range m.Blocks {
		for _, mod := range gpt2.Modules() {
			l, _ := m.Blocks[bi].Linear(mod)
			if l.LoRA != nil {
				out = append(out, l.LoRA)
			}
		}
	}
	return out
}

// trainable returns the tensors trained: every base weight (base) or every
// LoRA matrix, in a fixed order.
func trainable(m *gpt2.Model, base bool) [][]float64 {
	var out [][]float64
	if base {
		for _, p := range m.Params() {
			out = append(out, p.Data)
		}
		return out
	}
	for _, l := range loras(m) {
		out = append(out, l.A, l.B)
	}
	return out
}

// Options configures Train.
type Options struct {
	Seed      uint64
	Steps     int     // optimiser steps
	BatchSize int     // sequences per step
	SeqLen    int     // tokens per sequence (≤ n_positions); predicts SeqLen−1... see Train
	LR        float64 // peak Adam learning rate
	Warmup    int     // linear warm-up steps; then cosine decay to LR/10
	Clip      float64 // global gradient-norm clip (0: none)
	Base      bool    // train every base weight; otherwise only the LoRA matrices
	// Progress, if set, is called after every step with the batch's mean loss (nats).
	Progress func(step int, loss float64)
}

// Train runs Adam (β1 0.9, β2 0.99, ε 1e-8) on m in place. Each step draws
// BatchSize windows of SeqLen+1 tokens at uniformly random offsets of data
// (the model sees SeqLen tokens and predicts the next of each) and averages
// their gradients. It returns the per-step losses.
func Train(ctx context.Context, m *gpt2.Model, data []int, o Options) ([]float64, error) {
	c := &m.Config
	if o.Steps < 1 || o.BatchSize < 1 || o.SeqLen < 2 || o.SeqLen > c.NPositions || len(data) < o.SeqLen+2 || !(o.LR > 0) {
		return nil, fmt.Errorf("options %+v over %d tokens: %w", o, len(data), ErrBadInput)
	}
	for _, t := range data {
		if t < 0 || t >= c.VocabSize {
			return nil, fmt.Errorf("token %d outside the vocabulary: %w", t, ErrBadInput)
		}
	}
	if !o.Base && len(loras(m)) == 0 {
		return nil, fmt.Errorf("LoRA training of a model without LoRA: %w", ErrBadInput)
	}
	rng := NewRNG(o.Seed)
	g := zeroLike(m)
	params, grads := trainable(m, o.Base), trainable(g, o.Base)
	mom, vel := make([][]float64, len(params)), make([][]float64, len(params))
	for i, p := range params {
		mom[i], vel[i] = make([]float64, len(p)), make([]float64, len(p))
	}
	const b1, b2, eps = 0.9, 0.99, 1e-8
	losses := make([]float64, 0, o.Steps)
	for step := 0; step < o.Steps; step++ {
		if err := ctx.Err(); err != nil {
			return losses, err
		}
		for _, gr := range grads {
			clear(gr)
		}
		var loss float64
		for b := 0; b < o.BatchSize; b++ {
			off := rng.Intn(len(data) - o.SeqLen)
			loss += Gradients(m, g, data[off:off+o.SeqLen+1], o.Base)
		}
		inv := 1 / float64(o.BatchSize)
		var norm float64
		for _, gr := range grads {
			for i := range gr {
				gr[i] *= inv
				norm += float64(gr[i] * gr[i])
			}
		}
		norm = math.Sqrt(norm)
		clip := 1.0
		if o.Clip > 0 && norm > o.Clip {
			clip = o.Clip / norm
		}
		lr := schedule(o, step)
		bc1 := 1 - math.Pow(b1, float64(step+1))
		bc2 := 1 - math.Pow(b2, float64(step+1))
		for k, p := range params {
			gr, mk, vk := grads[k], mom[k], vel[k]
			for i := range p {
				gi := float64(gr[i] * clip)
				mk[i] = float64(b1*mk[i]) + float64((1-b1)*gi)
				vk[i] = float64(b2*vk[i]) + float64(float64((1-b2)*gi)*gi)
				p[i] -= float64(lr*(mk[i]/bc1)) / (math.Sqrt(vk[i]/bc2) + eps)
			}
		}
		loss *= inv
		losses = append(losses, loss)
		if o.Progress != nil {
			o.Progress(step, loss)
		}
	}
	return losses, nil
}

// schedule is the learning rate at step: linear warm-up to LR over Warmup
// steps, then cosine decay to LR/10 at the last step.
func schedule(o Options, step int) float64 {
	if step < o.Warmup {
		return o.LR * float64(step+1) / float64(o.Warmup)
	}
	span := o.Steps - o.Warmup
	if span <= 1 {
		return o.LR
	}
	t := float64(step-o.Warmup) / float64(span-1)
	return o.LR * (0.1 + 0.9*0.5*(1+math.Cos(math.Pi*t)))
}
