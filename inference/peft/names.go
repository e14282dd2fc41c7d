package peft

import (
	"fmt"
	"strings"
)

// TaskModelPrefix is how a Hugging Face GPT-2 task model (GPT2LMHeadModel,
// the model PEFT wraps) names its base model's modules: a GPT-2 adapter's
// modules are "transformer.h.0.attn.c_attn", while the bare GPT-2 checkpoint
// (gpt2's model.safetensors, saved from GPT2Model) names the same weight
// "h.0.attn.c_attn.weight".
const TaskModelPrefix = "transformer."

// altName returns name with TaskModelPrefix removed, or added when absent.
func altName(name string) string {
	if rest, ok := strings.CutPrefix(name, TaskModelPrefix); ok {
		return rest
	}
	return TaskModelPrefix + name
}

// ResolveTensor finds the base-checkpoint tensor of an adapter module:
// module+suffix as the adapter names it, or the same with TaskModelPrefix
// removed (or added), so that an adapter of GPT2LMHeadModel applies to a
// bare GPT-2 checkpoint and the other way round. has reports whether the
// checkpoint holds a tensor. Neither form present, or both (which one is
// meant is unclear), is an ErrBadInput error that names the keys tried and
// the prefix.
func ResolveTensor(module, suffix string, has func(string) bool) (string, error) {
	key, alt := module+suffix, altName(module)+suffix
	switch hk, ha := has(key), has(alt); {
	case hk && ha:
		return "", fmt.Errorf("module %q: both %q and %q are present; which one the adapter adapts is ambiguous: %w", module, key, alt, ErrBadInput)
	case hk:
		return key, nil
	case ha:
		return alt, nil
	}
	return "", fmt.Errorf("module %q: neither %q nor %q is present (GPT-2 task models prefix module paths with %q, bare GPT-2 checkpoints do not): %w", module, key, alt, TaskModelPrefix, ErrBadInput)
}

// Find returns the module named name, accepting the name with or without
// TaskModelPrefix (an engine hooked on GPT2Model records "h.0.attn.c_attn"
// for the adapter's "transformer.h.0.attn.c_attn"). It refuses a name that
// matches neither, or both forms.
func (a *Adapter) Find(name string) (*Module, error) {
	got, err := ResolveTensor(name, "", func(n string) bool { _, ok := a.Module(n); return ok })
	if err != nil {
		return nil, err
	}
	m, _ := a.Module(got)
	return m, nil
}
