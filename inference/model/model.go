package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/inference/safetensors"
)

// File names inside a model directory.
const (
	ConfigFile  = "config.json"
	WeightsFile = "model.safetensors"
)

// Linear is a dense layer y = act(W·x + b).
type Linear struct {
	Config LayerConfig
	// W is [Out][In], row-major (the PyTorch nn.Linear layout).
	W []float32
	// B has Out entries, all zero when the layer has no bias.
	B []float32
}

// Model is a validated config with its float weights.
type Model struct {
	Config Config
	Layers []*Linear
}

// New returns a model with zero weights for a valid config.
func New(cfg Config) (*Model, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	m := &Model{Config: cfg}
	for _, lc := range cfg.Layers {
		m.Layers = append(m.Layers, &Linear{Config: lc, W: make([]float32, lc.Out*lc.In), B: make([]float32, lc.Out)})
	}
	return m, nil
}

// Validate checks that the config is valid and the layers match it.
func (m *Model) Validate() error {
	if err := m.Config.Validate(); err != nil {
		return err
	}
	if len(m.Layers) != len(m.Config.Layers) {
		return fmt.Errorf("%d layers for %d in the config: %w", len(m.Layers), len(m.Config.Layers), ErrBadInput)
	}
	for i, l := range m.Layers {
		lc := m.Config.Layers[i]
		switch {
		case l == nil:
			return fmt.Errorf("layer %s is nil: %w", lc.Name, ErrBadInput)
		case l.Config != lc:
			return fmt.Errorf("layer %d: config %+v differs from the model config %+v: %w", i, l.Config, lc, ErrBadInput)
		case len(l.W) != lc.Out*lc.In:
			return fmt.Errorf("layer %s: %d weights, want %d×%d: %w", lc.Name, len(l.W), lc.Out, lc.In, ErrBadInput)
		case len(l.B) != lc.Out:
			return fmt.Errorf("layer %s: %d biases, want %d: %w", lc.Name, len(l.B), lc.Out, ErrBadInput)
		}
		if !lc.Bias && slices.ContainsFunc(l.B, func(v float32) bool { return v != 0 }) {
			return fmt.Errorf("layer %s: non-zero biases but the config says bias=false: %w", lc.Name, ErrBadInput)
		}
	}
	return nil
}

// Load reads dir/config.json and dir/model.safetensors. Every tensor the
// config implies must be present with the right shape, a float dtype
// (F32, F16 or BF16) and finite values; any other tensor is an error.
func Load(dir string) (*Model, error) {
	cfg, err := LoadConfig(filepath.Join(dir, ConfigFile))
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, WeightsFile)
	// Tensor by tensor: the model holds its float weights and one raw
	// tensor at a time, never the whole file besides.
	st, err := safetensors.Open(path)
	if err != nil {
		return nil, stErr(err)
	}
	defer st.Close()
	used := make(map[string]bool)
	load := func(name string, shape ...int) ([]float32, error) {
		used[name] = true
		if _, err := st.Info(name); err != nil {
			return nil, fmt.Errorf("%s: missing tensor %q required by %s: %w", path, name, ConfigFile, ErrBadInput)
		}
		t, err := st.Get(name)
		if err != nil {
			return nil, stErr(err)
		}
		return floats(path, t, shape)
	}
	m := &Model{Config: *cfg}
	for _, lc := range cfg.Layers {
		l := &Linear{Config: lc}
		if l.W, err = load(lc.Name+".weight", lc.Out, lc.In); err != nil {
			return nil, err
		}
		if lc.Bias {
			if l.B, err = load(lc.Name+".bias", lc.Out); err != nil {
				return nil, err
			}
		} else {
			l.B = make([]float32, lc.Out)
		}
		m.Layers = append(m.Layers, l)
	}
	var extra []string
	for _, name := range st.Order() {
		if !used[name] {
			extra = append(extra, fmt.Sprintf("%q", name))
		}
	}
	if len(extra) > 0 {
		return nil, fmt.Errorf("%s: tensors not used by %s: %s: %w", path, ConfigFile, strings.Join(extra, ", "), ErrBadInput)
	}
	return m, nil
}

// floats converts a float tensor of the given shape, rejecting other
// dtypes and non-finite values.
func floats(path string, t *safetensors.Tensor, shape []int) ([]float32, error) {
	switch t.DType {
	case safetensors.F32, safetensors.F16, safetensors.BF16:
	default:
		return nil, fmt.Errorf("%s: tensor %q: dtype %s, want F32, F16 or BF16: %w", path, t.Name, t.DType, ErrBadInput)
	}
	if !slices.Equal(t.Shape, shape) {
		return nil, fmt.Errorf("%s: tensor %q: shape %v, want %v: %w", path, t.Name, t.Shape, shape, ErrBadInput)
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, stErr(err))
	}
	if i := slices.IndexFunc(v, notFinite); i >= 0 {
		return nil, fmt.Errorf("%s: tensor %q: element %d is %v: %w", path, t.Name, i, v[i], ErrBadInput)
	}
	return v, nil
}

func notFinite(v float32) bool { return math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) }

// Save writes dir/model.safetensors (F32) and dir/config.json, each
// atomically, creating dir if needed.
func (m *Model) Save(dir string) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("model: save %s: %w", dir, err)
	}
	st := &safetensors.File{Metadata: map[string]string{"format": "pt"}}
	for _, l := range m.Layers {
		lc := l.Config
		if err := st.Add(safetensors.NewF32(lc.Name+".weight", []int{lc.Out, lc.In}, l.W)); err != nil {
			return stErr(err)
		}
		if lc.Bias {
			if err := st.Add(safetensors.NewF32(lc.Name+".bias", []int{lc.Out}, l.B)); err != nil {
				return stErr(err)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if err := safetensors.Write(filepath.Join(dir, WeightsFile), st); err != nil {
		return stErr(err)
	}
	b, err := json.MarshalIndent(&m.Config, "", "  ")
	if err != nil {
		return fmt.Errorf("model: %w", err)
	}
	return writeFileAtomic(filepath.Join(dir, ConfigFile), append(b, '\n'))
}

// writeFileAtomic writes b to path atomically (renameio: temporary file,
// fsync, rename), so readers never see a partial file.
func writeFileAtomic(path string, b []byte) error {
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("model: write %s: %w", path, err)
	}
	return nil
}

// stErr makes a safetensors bad-input error also match ErrBadInput, so
// callers need only this package's sentinel.
func stErr(err error) error {
	if errors.Is(err, safetensors.ErrBadInput) {
		return fmt.Errorf("model: %w (%w)", err, ErrBadInput)
	}
	return fmt.Errorf("model: %w", err)
}
