package gpt2

import (
	"fmt"
)

// Linear is a Conv1D module: y = x·W + b (+ LoRA), W stored [In][Out] as
// Hugging Face's Conv1D stores it.
type Linear struct {
	In, Out int
	W       []float64 // [In][Out]
	B       []float64 // [Out]
	LoRA    *LoRA     // nil without an adapter
}

// LoRA is the adapter of one Linear: y += Scaling·B·(A·x).
type LoRA struct {
	Rank    int
	Scaling float64
	A       []float64 // [Rank][In]
	B       []float64 // [Out][Rank]
}

// Norm is a LayerNorm's affine parameters.
type Norm struct {
	G, B []float64 // [n_embd]
}

// Block is one transformer block.
type Block struct {
	Ln1      Norm
	Attn     Linear // c_attn [d, 3d]
	AttnProj Linear // attn.c_proj [d, d]
	Ln2      Norm
	Fc       Linear // mlp.c_fc [d, inner]
	FcProj   Linear // mlp.c_proj [inner, d]
}

// Model is a GPT-2 LM with float64 weights.
type Model struct {
	Config Config
	Wte    []float64 // [vocab][d]; also the LM head
	Wpe    []float64 // [n_positions][d]
	Blocks []Block
	LnF    Norm
}

// New returns a model of the given config with zero weights and unit
// LayerNorm gains.
func New(c Config) (*Model, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	d, inner := c.NEmbd, c.Inner()
	m := &Model{Config: c,
		Wte: make([]float64, c.VocabSize*d), Wpe: make([]float64, c.NPositions*d),
		Blocks: make([]Block, c.NLayer), LnF: newNorm(d)}
	for i := range m.Blocks {
		m.Blocks[i] = Block{
			Ln1: newNorm(d), Attn: newLinear(d, 3*d), AttnProj: newLinear(d, d),
			Ln2: newNorm(d), Fc: newLinear(d, inner), FcProj: newLinear(inner, d),
		}
	}
	return m, nil
}

func newNorm(d int) Norm {
	n := Norm{G: make([]float64, d), B: make([]float64, d)}
	for i := range n.G {
		n.G[i] = 1
	}
	return n
}

func newLinear(in, out int) Linear {
	return Linear{In: in, Out: out, W: make([]float64, in*out), B: make([]float64, out)}
}

// Module names one Conv1D of a block by its Hugging Face name suffix.
type Module string

// The Conv1D modules of a block, as PEFT target_modules name them.
const (
	ModAttn     Module = "attn.c_attn"
	ModAttnProj Module = "attn.c_proj"
	ModFc       Module = "mlp.c_fc"
	ModFcProj   Module = "mlp.c_proj"
)

// Modules lists a block's Conv1D modules in checkpoint order.
func Modules() []Module { return []Module{ModAttn, ModAttnProj, ModFc, ModFcProj} }

// Linear returns block b's module m.
func (b *Block) Linear(m Module) (*Linear, error) {
	switch m {
	case ModAttn:
		return &b.Attn, nil
	case ModAttnProj:
		return &b.AttnProj, nil
	case ModFc:
		return &b.Fc, nil
	case ModFcProj:
		return &b.FcProj, nil
	}
	return nil, fmt.Errorf("unknown GPT-2 module %q: %w", m, ErrBadInput)
}

// Clone returns a deep copy of m (adapters included).
func (m *Model) Clone() *Model {
	c := &Model{Config: m.Config, Wte: clone(m.Wte), Wpe: clone(m.Wpe),
		Blocks: make([]Block, len(m.Blocks)), LnF: m.LnF.clone()}
	for i, b := range m.Blocks {
		c.Blocks[i] = Block{Ln1: b.Ln1.clone(), Attn: b.Attn.clone(), AttnProj: b.AttnProj.clone(),
			Ln2: b.Ln2.clone(), Fc: b.Fc.clone(), FcProj: b.FcProj.clone()}
	}
	return c
}

func clone(v []float64) []float64 { return append([]float64(nil), v...) }

func (n Norm) clone() Norm { return Norm{G: clone(n.G), B: clone(n.B)} }

func (l Linear) clone() Linear {
	c := Linear{In: l.In, Out: l.Out, W: clone(l.W), B: clone(l.B)}
	if l.LoRA != nil {
		c.LoRA = &LoRA{Rank: l.LoRA.Rank, Scaling: l.LoRA.Scaling, A: clone(l.LoRA.A), B: clone(l.LoRA.B)}
	}
	return c
}

// NumParams counts the base weights (wte counted once: the head is tied).
func (m *Model) NumParams() int {
	n := len(m.Wte) + len(m.Wpe) + 2*len(m.LnF.G)
	for _, b := range m.Blocks {
		n += 4 * len(b.Ln1.G)
		for _, l := range []Linear{b.Attn, b.AttnProj, b.Fc, b.FcProj} {
			n += len(l.W) + len(l.B)
		}
	}
	return n
}
