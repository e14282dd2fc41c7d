// Package peftgen generates adapter-shaped test data: PEFT LoRA adapters in
// the real Hugging Face layout and dimensions of public models (weights cannot
// be downloaded here), with deterministic pseudo-random values, and engine
// traces of random activations through them. Tests and benchmarks use it; a
// generated adapter is saved with inference/peft and loads like a real one.
package peftgen

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// ErrBadInput marks specs that describe no valid adapter.
var ErrBadInput = fmt.Errorf("peftgen: %w", errs.ErrBadInput)

// maxActivations bounds one module's tokens × inputs (1 GiB of int8).
const maxActivations = 1 << 30

// Spec describes an adapter: one LoRA module per name, all of the same
// shape, plus the exponents an engine trace through it uses.
type Spec struct {
	BaseModel     string
	TargetModules []string
	Modules       []string // full module names, e.g. "model.layers.0.self_attn.q_proj"
	In, Out, Rank int
	Alpha         float64
	FanInFanOut   bool // GPT-2 Conv1D layers
	// XExp, WExp and DeltaExp are the engine trace exponents (see
	// inference/enginetrace): WExp stands for the base weight's exponent.
	XExp, WExp, DeltaExp int
}

// GPT2CAttn is a GPT-2 LoRA on c_attn (Conv1D, fan_in_fan_out=true),
// 768→2304, r=8, lora_alpha=16, in the first `layers` blocks.
func GPT2CAttn(layers int) Spec {
	s := Spec{BaseModel: "gpt2", TargetModules: []string{"c_attn"}, In: 768, Out: 2304, Rank: 8, Alpha: 16,
		FanInFanOut: true, XExp: 4, WExp: 6, DeltaExp: 4}
	for i := range layers {
		s.Modules = append(s.Modules, fmt.Sprintf("transformer.h.%d.attn.c_attn", i))
	}
	return s
}

// LlamaQV is a Llama-style LoRA on q_proj and v_proj, dim→dim, r=16,
// lora_alpha=32, in the first `layers` decoder layers: dim 4096 is
// Llama-2-7B, 8192 Llama-3-70B's q_proj.
func LlamaQV(base string, dim, layers int) Spec {
	s := Spec{BaseModel: base, TargetModules: []string{"q_proj", "v_proj"}, In: dim, Out: dim, Rank: 16, Alpha: 32,
		XExp: 4, WExp: 11, DeltaExp: 4}
	for i := range layers {
		for _, p := range []string{"q_proj", "v_proj"} {
			s.Modules = append(s.Modules, fmt.Sprintf("model.layers.%d.self_attn.%s", i, p))
		}
	}
	return s
}

// Adapter returns the adapter of spec with values drawn from seed: lora_A
// uniform in ±1/√in (PEFT's Kaiming-uniform initialization) and lora_B
// normal with σ = 0.02 (a trained B; PEFT starts it at zero).
func Adapter(spec Spec, seed uint64) (*peft.Adapter, error) {
	// Bounds first: unbounded sizes would overflow Rank·In into a bogus
	// allocation (a hostile --in reached makeslice).
	if len(spec.Modules) == 0 || spec.In < 1 || spec.In > enginetrace.MaxDim || spec.Out < 1 || spec.Out > enginetrace.MaxDim ||
		spec.Rank < 1 || spec.Rank > peft.MaxRank {
		return nil, fmt.Errorf("%w: %d modules of %d→%d rank %d", ErrBadInput, len(spec.Modules), spec.In, spec.Out, spec.Rank)
	}
	a := &peft.Adapter{Config: peft.Config{
		PeftType: "LORA", BaseModel: spec.BaseModel, R: spec.Rank, LoraAlpha: spec.Alpha,
		TargetModules: append([]string(nil), spec.TargetModules...), FanInFanOut: spec.FanInFanOut,
		Bias: "none", TaskType: "CAUSAL_LM",
	}}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	bound := 1 / math.Sqrt(float64(spec.In))
	for _, name := range spec.Modules {
		m := &peft.Module{Name: name, In: spec.In, Out: spec.Out, Rank: spec.Rank, Alpha: spec.Alpha,
			Scaling: spec.Alpha / float64(spec.Rank), FanInFanOut: spec.FanInFanOut,
			A: make([]float32, spec.Rank*spec.In), B: make([]float32, spec.Out*spec.Rank)}
		for i := range m.A {
			m.A[i] = float32((2*rng.Float64() - 1) * bound)
		}
		for i := range m.B {
			m.B[i] = float32(rng.NormFloat64() * 0.02)
		}
		a.Modules = append(a.Modules, m)
	}
	// Adapter.Modules is sorted by name, as Load returns it.
	sortModules(a.Modules)
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return a, nil
}

func sortModules(ms []*peft.Module) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Name < ms[j-1].Name; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// Activations returns n int8 activations drawn from seed: a rounded normal
// with σ = 24 (about 1.5 at exponent 4), clamped to int8.
func Activations(seed uint64, n int) []int8 {
	rng := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	x := make([]int8, n)
	for i := range x {
		x[i] = int8(max(-128, min(127, math.Round(rng.NormFloat64()*24))))
	}
	return x
}

// Trace returns an engine trace of `tokens` random tokens through the
// adapter's modules named in spec (in spec order), with Δy computed by the
// recipe, and the quantized adapter indexed by trace module.
func Trace(ctx context.Context, spec Spec, a *peft.Adapter, tokens int, seed uint64) (*enginetrace.Trace, *quant.Adapter, error) {
	if tokens < 1 || tokens > enginetrace.MaxTokens || spec.In < 1 || spec.In > enginetrace.MaxDim || tokens*spec.In > maxActivations {
		return nil, nil, fmt.Errorf("%w: %d tokens of %d inputs (at most %d values per module)", ErrBadInput, tokens, spec.In, maxActivations)
	}
	t := &enginetrace.Trace{ModelID: spec.BaseModel, AdapterID: "peftgen", Tokens: tokens}
	for i, name := range spec.Modules {
		t.Modules = append(t.Modules, enginetrace.Module{Name: name, In: spec.In, Out: spec.Out, Rank: spec.Rank,
			XExp: spec.XExp, WExp: spec.WExp, DeltaExp: spec.DeltaExp, X: Activations(seed+uint64(i), tokens*spec.In)})
	}
	qa, err := enginetrace.QuantAdapter(t, a, "peftgen")
	if err != nil {
		return nil, nil, err
	}
	if err := t.FillDeltas(ctx, qa); err != nil {
		return nil, nil, err
	}
	return t, qa, nil
}
