package model

import (
	"fmt"
	"slices"

	"github.com/openproof/openproof/inference/peft"
)

// LoRAFromPEFT converts a PEFT adapter into the map Forward takes, checking
// that every module names a linear layer of m with the same dimensions.
// The matrices are shared, not copied. fan_in_fan_out does not matter
// here: PEFT's unmerged forward uses A and B as stored either way.
func (m *Model) LoRAFromPEFT(a *peft.Adapter) (map[string]*LoRA, error) {
	out := make(map[string]*LoRA, len(a.Modules))
	for _, mod := range a.Modules {
		i := slices.IndexFunc(m.Config.Layers, func(lc LayerConfig) bool { return lc.Name == mod.Name })
		if i < 0 {
			return nil, fmt.Errorf("adapter module %q is not a layer of model %s: %w", mod.Name, m.Config.Name, ErrBadInput)
		}
		lc := m.Config.Layers[i]
		if lc.Type != TypeLinear || mod.In != lc.In || mod.Out != lc.Out {
			return nil, fmt.Errorf("adapter module %q is %d→%d, layer is %s %d→%d: %w", mod.Name, mod.In, mod.Out, lc.Type, lc.In, lc.Out, ErrBadInput)
		}
		if _, dup := out[mod.Name]; dup {
			return nil, fmt.Errorf("adapter module %q appears twice: %w", mod.Name, ErrBadInput)
		}
		out[mod.Name] = &LoRA{Module: mod.Name, Rank: mod.Rank, Scaling: mod.Scaling, A: mod.A, B: mod.B}
	}
	return out, nil
}
