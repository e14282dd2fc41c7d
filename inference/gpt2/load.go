package gpt2

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openproof/openproof/inference/safetensors"
)

// Prefix is how GPT2LMHeadModel names its GPT2Model's tensors; a bare
// GPT2Model checkpoint (gpt2's model.safetensors) has none.
const Prefix = "transformer."

// param is one named tensor of the model and where it lives.
type param struct {
	name  string // without Prefix
	shape []int
	dst   []float64
}

// Param is one named base-weight tensor of a model; Data aliases the
// model's storage.
type Param struct {
	Name  string // bare GPT-2 name, e.g. "h.0.attn.c_attn.weight"
	Shape []int
	Data  []float64
}

// Params lists m's base weights in checkpoint order (wte first, ln_f last).
func (m *Model) Params() []Param {
	ps := m.params()
	out := make([]Param, len(ps))
	for i, p := range ps {
		out[i] = Param{Name: p.name, Shape: p.shape, Data: p.dst}
	}
	return out
}

// params lists every tensor of m in checkpoint order.
func (m *Model) params() []param {
	c := &m.Config
	d := c.NEmbd
	ps := []param{
		{"wte.weight", []int{c.VocabSize, d}, m.Wte},
		{"wpe.weight", []int{c.NPositions, d}, m.Wpe},
	}
	for i := range m.Blocks {
		b := &m.Blocks[i]
		h := fmt.Sprintf("h.%d.", i)
		ps = append(ps,
			param{h + "ln_1.weight", []int{d}, b.Ln1.G}, param{h + "ln_1.bias", []int{d}, b.Ln1.B})
		for _, mod := range Modules() {
			if mod == ModFc {
				ps = append(ps,
					param{h + "ln_2.weight", []int{d}, b.Ln2.G}, param{h + "ln_2.bias", []int{d}, b.Ln2.B})
			}
			l, _ := b.Linear(mod)
			ps = append(ps,
				param{h + string(mod) + ".weight", []int{l.In, l.Out}, l.W},
				param{h + string(mod) + ".bias", []int{l.Out}, l.B})
		}
	}
	return append(ps, param{"ln_f.weight", []int{d}, m.LnF.G}, param{"ln_f.bias", []int{d}, m.LnF.B})
}

// ignored reports tensors a GPT-2 checkpoint may carry that are not
// weights: the causal-mask buffers of old checkpoints.
func ignored(name string) bool {
	return strings.HasSuffix(name, ".attn.bias") || strings.HasSuffix(name, ".attn.masked_bias")
}

// Load reads dir/config.json and dir/model.safetensors.
func Load(dir string) (*Model, error) {
	c, err := LoadConfig(dir)
	if err != nil {
		return nil, err
	}
	f, err := safetensors.Read(filepath.Join(dir, WeightsFile))
	if err != nil {
		return nil, fmt.Errorf("gpt2 weights: %w", err)
	}
	return FromSafetensors(*c, f)
}

// FromSafetensors builds the model of config c from f's tensors, named
// all with or all without Prefix.
func FromSafetensors(c Config, f *safetensors.File) (*Model, error) {
	m, err := New(c)
	if err != nil {
		return nil, err
	}
	names := f.Names()
	prefix, err := detectPrefix(names)
	if err != nil {
		return nil, err
	}
	want := map[string]param{}
	for _, p := range m.params() {
		want[prefix+p.name] = p
	}
	var wte []float32
	for _, n := range names {
		if n == "lm_head.weight" || ignored(n) {
			continue
		}
		p, ok := want[n]
		if !ok {
			return nil, fmt.Errorf("gpt2 weights: unexpected tensor %q (expected GPT-2 names %q…, all with prefix %q or all without: %w",
				n, prefix+"h.0.attn.c_attn.weight", Prefix, ErrBadInput)
		}
		t, _ := f.Get(n)
		if !slices.Equal(t.Shape, p.shape) {
			return nil, fmt.Errorf("gpt2 weights: %s has shape %v, config needs %v: %w", n, t.Shape, p.shape, ErrBadInput)
		}
		v, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("gpt2 weights: %s: %w", n, err)
		}
		for i, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return nil, fmt.Errorf("gpt2 weights: %s[%d] is not finite: %w", n, i, ErrBadInput)
			}
			p.dst[i] = float64(x)
		}
		if p.name == "wte.weight" {
			wte = v
		}
		delete(want, n)
	}
	if len(want) > 0 {
		missing := make([]string, 0, len(want))
		for n := range want {
			missing = append(missing, n)
		}
		slices.Sort(missing)
		return nil, fmt.Errorf("gpt2 weights: missing %d tensors, first %q: %w", len(missing), missing[0], ErrBadInput)
	}
	if t, err := f.Get("lm_head.weight"); err == nil {
		v, err := t.Float32s()
		if err != nil || !slices.Equal(v, wte) {
			return nil, fmt.Errorf("gpt2 weights: lm_head.weight differs from wte.weight (only a tied head is supported): %w", ErrBadInput)
		}
	}
	return m, nil
}

// detectPrefix returns "" or Prefix, whichever form names the token
// embedding, and refuses a checkpoint with both or neither.
func detectPrefix(names []string) (string, error) {
	bare := slices.Contains(names, "wte.weight")
	pre := slices.Contains(names, Prefix+"wte.weight")
	switch {
	case bare && pre:
		return "", fmt.Errorf("gpt2 weights: both %q and %q present: %w", "wte.weight", Prefix+"wte.weight", ErrBadInput)
	case bare:
		return "", nil
	case pre:
		return Prefix, nil
	}
	return "", fmt.Errorf("gpt2 weights: no token embedding: expected GPT-2 tensor names such as %q, with or without prefix %q: %w",
		"wte.weight", Prefix, ErrBadInput)
}

// Safetensors returns m's base weights as float32 tensors named as a bare
// GPT2Model checkpoint names them (no prefix). Adapters are not included.
func (m *Model) Safetensors() (*safetensors.File, error) {
	f := &safetensors.File{}
	for _, p := range m.params() {
		v := make([]float32, len(p.dst))
		for i, x := range p.dst {
			v[i] = float32(x)
		}
		if err := f.Add(safetensors.NewF32(p.name, p.shape, v)); err != nil {
			return nil, fmt.Errorf("gpt2 weights: %w", err)
		}
	}
	return f, nil
}

// Save writes dir/config.json and dir/model.safetensors (float32).
func (m *Model) Save(dir string) error {
	if err := m.Config.Save(dir); err != nil {
		return err
	}
	f, err := m.Safetensors()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gpt2 weights: %w", err)
	}
	if err := safetensors.Write(filepath.Join(dir, WeightsFile), f); err != nil {
		return fmt.Errorf("gpt2 weights: %w", err)
	}
	return nil
}

// RoundToFloat32 rounds every base weight to float32, so that an in-memory
// model computes exactly what its saved files load back as.
func (m *Model) RoundToFloat32() {
	for _, p := range m.params() {
		for i, x := range p.dst {
			p.dst[i] = float64(float32(x))
		}
	}
}
