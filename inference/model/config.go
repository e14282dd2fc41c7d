// Package model holds the base model architecture (config.json), its float
// weights (model.safetensors) and the float32 reference forward pass that
// the fixed-point recipe in inference/quant is measured against.
package model

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
)

// ErrBadInput is wrapped by every error caused by a malformed or
// inconsistent config, weight file, adapter or input vector.
var ErrBadInput = fmt.Errorf("model: %w", errs.ErrBadInput)

// ModelType is the only config "model_type" this package understands.
const ModelType = "openproof-mlp"

// Layer types. Each type has its own dimension rules in Validate; new
// kinds (attention blocks) add a case there and in Load/Forward.
const (
	TypeLinear = "linear"
)

// Bounds on hostile configs, so that a config alone cannot make Load or
// New allocate unbounded memory.
const (
	MaxLayers      = 1024
	MaxFeatures    = 1 << 20
	MaxLayerParams = 1 << 28
	// MaxExponent bounds quantization exponents (powers of two).
	MaxExponent = 62
	// MaxConfigBytes bounds config.json.
	MaxConfigBytes = 16 << 20
)

// Activation is a layer's elementwise output function.
type Activation string

// Supported activations. GELU is the exact erf form 0.5·x·(1+erf(x/√2)).
const (
	ActReLU Activation = "relu"
	ActGELU Activation = "gelu"
	ActNone Activation = "none"
)

// Valid reports whether a is a supported activation.
func (a Activation) Valid() bool {
	switch a {
	case ActReLU, ActGELU, ActNone:
		return true
	}
	return false
}

// LayerConfig describes one layer. In and Out are the widths of the
// layer's input and output vectors whatever its type.
type LayerConfig struct {
	Name       string     `json:"name"`
	Type       string     `json:"type"`
	In         int        `json:"in_features"`
	Out        int        `json:"out_features"`
	Bias       bool       `json:"bias"`
	Activation Activation `json:"activation"`
}

// QuantConfig is the calibration written by training and consumed by
// inference/quant; this package only checks its shape.
type QuantConfig struct {
	Scheme              string `json:"scheme"`
	InputExponent       int    `json:"input_exponent"`
	ActivationExponents []int  `json:"activation_exponents"`
}

// Config is the content of config.json.
type Config struct {
	ModelType     string        `json:"model_type"`
	Architectures []string      `json:"architectures"`
	Name          string        `json:"name"`
	Layers        []LayerConfig `json:"layers"`
	Quantization  *QuantConfig  `json:"quantization,omitempty"`
}

// ParseConfig decodes and validates config.json content; name identifies
// the file in errors. Unknown fields are rejected so typos do not pass
// silently.
func ParseConfig(name string, b []byte) (*Config, error) {
	dec := strictjson.NewDecoder(b)
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrBadInput)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%s: trailing data after the JSON object: %w", name, ErrBadInput)
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &c, nil
}

// LoadConfig reads and validates a config.json file.
func LoadConfig(path string) (*Config, error) {
	b, err := strictjson.ReadFile(path, MaxConfigBytes)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return ParseConfig(path, b)
}

// Validate checks the config: known model type, bounded sizes, unique
// layer names, per-type dimension rules, chained dimensions and a
// quantization section (if any) with one exponent per layer.
func (c *Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrBadInput)
	}
	if c.ModelType != ModelType {
		return bad("model_type %q, want %q", c.ModelType, ModelType)
	}
	if c.Name == "" {
		return bad("name is empty")
	}
	if len(c.Layers) == 0 || len(c.Layers) > MaxLayers {
		return bad("%d layers, want 1 to %d", len(c.Layers), MaxLayers)
	}
	seen := make(map[string]bool, len(c.Layers))
	for i, l := range c.Layers {
		if err := checkLayerName(l.Name); err != nil {
			return bad("layers[%d]: %v", i, err)
		}
		if seen[l.Name] {
			return bad("layers[%d]: duplicate layer name %q", i, l.Name)
		}
		seen[l.Name] = true
		if err := l.validate(); err != nil {
			return bad("layers[%d] (%s): %v", i, l.Name, err)
		}
		if i > 0 && l.In != c.Layers[i-1].Out {
			return bad("layers[%d] (%s): in_features %d does not match out_features %d of %s", i, l.Name, l.In, c.Layers[i-1].Out, c.Layers[i-1].Name)
		}
	}
	if q := c.Quantization; q != nil {
		if q.Scheme == "" {
			return bad("quantization: scheme is empty")
		}
		if len(q.ActivationExponents) != len(c.Layers) {
			return bad("quantization: %d activation_exponents for %d layers", len(q.ActivationExponents), len(c.Layers))
		}
		if abs(q.InputExponent) > MaxExponent {
			return bad("quantization: input_exponent %d outside ±%d", q.InputExponent, MaxExponent)
		}
		for i, e := range q.ActivationExponents {
			if abs(e) > MaxExponent {
				return bad("quantization: activation_exponents[%d] = %d outside ±%d", i, e, MaxExponent)
			}
		}
	}
	return nil
}

// validate applies the rules of the layer's type.
func (l *LayerConfig) validate() error {
	switch l.Type {
	case TypeLinear:
		if l.In < 1 || l.In > MaxFeatures || l.Out < 1 || l.Out > MaxFeatures {
			return fmt.Errorf("linear %d→%d: features must be in [1, %d]", l.In, l.Out, MaxFeatures)
		}
		if l.In*l.Out > MaxLayerParams {
			return fmt.Errorf("linear %d→%d: more than %d weights", l.In, l.Out, MaxLayerParams)
		}
		if !l.Activation.Valid() {
			return fmt.Errorf("activation %q, want relu, gelu or none", l.Activation)
		}
		return nil
	case "":
		return errors.New("missing type")
	}
	return fmt.Errorf("unknown layer type %q (supported: %s)", l.Type, TypeLinear)
}

// checkLayerName keeps names usable as tensor-name prefixes and in messages.
func checkLayerName(s string) error {
	if s == "" {
		return errors.New("empty layer name")
	}
	if len(s) > 256 || !utf8.ValidString(s) || strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || !unicode.IsPrint(r)
	}) >= 0 {
		return fmt.Errorf("layer name %q: want at most 256 printable characters without spaces", s)
	}
	return nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
