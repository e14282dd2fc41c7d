package gpt2

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/openproof/openproof/inference/peft"
)

// ParseModuleName splits a PEFT module name ("transformer.h.3.attn.c_attn"
// or "h.3.attn.c_attn") into its block index and module.
func ParseModuleName(name string) (int, Module, error) {
	rest := strings.TrimPrefix(name, Prefix)
	rest, ok := strings.CutPrefix(rest, "h.")
	idx, mod, ok2 := strings.Cut(rest, ".")
	if !ok || !ok2 {
		return 0, "", fmt.Errorf("adapter module %q is not a GPT-2 block module (h.N.attn.c_attn, h.N.attn.c_proj, h.N.mlp.c_fc, h.N.mlp.c_proj, optionally prefixed %q): %w",
			name, Prefix, ErrBadInput)
	}
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || strconv.Itoa(i) != idx {
		return 0, "", fmt.Errorf("adapter module %q: bad block index: %w", name, ErrBadInput)
	}
	switch m := Module(mod); m {
	case ModAttn, ModAttnProj, ModFc, ModFcProj:
		return i, m, nil
	}
	return 0, "", fmt.Errorf("adapter module %q: %q is not a GPT-2 Conv1D (attn.c_attn, attn.c_proj, mlp.c_fc, mlp.c_proj): %w",
		name, mod, ErrBadInput)
}

// WithAdapter returns a copy of m with a's LoRA modules attached. Every
// module must name a block of m and match its Conv1D's [in, out]. The
// adapter's Extra tensors (modules_to_save) are refused: this package would
// not apply them.
func (m *Model) WithAdapter(a *peft.Adapter) (*Model, error) {
	if len(a.Extra) > 0 {
		return nil, fmt.Errorf("adapter carries tensors that are not LoRA matrices (%s…): %w", a.Extra[0], ErrBadInput)
	}
	if len(a.Modules) == 0 {
		return nil, fmt.Errorf("adapter has no modules: %w", ErrBadInput)
	}
	out := m.Clone()
	for _, mod := range a.Modules {
		bi, name, err := ParseModuleName(mod.Name)
		if err != nil {
			return nil, err
		}
		if bi >= len(out.Blocks) {
			return nil, fmt.Errorf("adapter module %q: the model has %d blocks: %w", mod.Name, len(out.Blocks), ErrBadInput)
		}
		l, _ := out.Blocks[bi].Linear(name)
		if l.LoRA != nil {
			return nil, fmt.Errorf("adapter module %q appears twice (with and without %q): %w", mod.Name, Prefix, ErrBadInput)
		}
		if mod.In != l.In || mod.Out != l.Out {
			return nil, fmt.Errorf("adapter module %q is %d→%d, the Conv1D is %d→%d: %w", mod.Name, mod.In, mod.Out, l.In, l.Out, ErrBadInput)
		}
		l.LoRA = &LoRA{Rank: mod.Rank, Scaling: mod.Scaling, A: widen(mod.A), B: widen(mod.B)}
	}
	return out, nil
}

func widen(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}
