package gpt2

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
)

// ErrBadInput is wrapped by every error caused by a malformed or
// inconsistent config, checkpoint, adapter or token sequence.
var ErrBadInput = fmt.Errorf("gpt2: %w", errs.ErrBadInput)

// File names inside a model directory.
const (
	ConfigFile  = "config.json"
	WeightsFile = "model.safetensors"
)

// Bounds on hostile configs.
const (
	MaxLayers      = 256
	MaxEmbd        = 1 << 14
	MaxPositions   = 1 << 16
	MaxVocab       = 1 << 20
	MaxConfigBytes = 1 << 20
	// DefaultEpsilon is GPT-2's layer_norm_epsilon.
	DefaultEpsilon = 1e-5
	// ActGELUNew is Hugging Face's tanh-approximated GELU, GPT-2's activation.
	ActGELUNew = "gelu_new"
)

// Config is the part of a Hugging Face GPT-2 config.json that fixes the
// architecture. Unknown fields are ignored, as transformers does.
type Config struct {
	NLayer     int `json:"n_layer"`
	NHead      int `json:"n_head"`
	NEmbd      int `json:"n_embd"`
	NPositions int `json:"n_positions"`
	VocabSize  int `json:"vocab_size"`
	// NInner is n_inner; 0 (or null in the file) means 4·n_embd.
	NInner     int             `json:"-"`
	NInnerJSON json.RawMessage `json:"n_inner,omitempty"`
	Epsilon    float64         `json:"layer_norm_epsilon"`
	Activation string          `json:"activation_function"`

	ModelType               string   `json:"model_type,omitempty"`
	ScaleAttnWeights        *bool    `json:"scale_attn_weights,omitempty"`
	ScaleAttnByInverseLayer bool     `json:"scale_attn_by_inverse_layer_idx,omitempty"`
	ReorderAndUpcastAttn    bool     `json:"reorder_and_upcast_attn,omitempty"`
	TieWordEmbeddings       *bool    `json:"tie_word_embeddings,omitempty"`
	Architectures           []string `json:"architectures,omitempty"`

	// Quantization is openproof's int8 calibration (absent in Hugging
	// Face checkpoints; inference/gpt2q derives it or reads it from here).
	Quantization *Quantization `json:"openproof_quantization,omitempty"`
}

// Quantization is the calibration of the int8 runtime (inference/gpt2q):
// the power-of-two exponent of every activation tensor, each the largest e
// with Q·2^e ≤ 127 for Q the 99.99th percentile of |activation| in float.
type Quantization struct {
	Scheme string           `json:"scheme"`
	Embed  int              `json:"embed"` // the residual stream entering block 0
	Blocks []BlockExponents `json:"blocks"`
	LnF    int              `json:"ln_f"`
}

// BlockExponents are one block's activation exponents, named by the sites
// of Session.Observe.
type BlockExponents struct {
	Ln1      int `json:"ln_1"`
	Attn     int `json:"attn.c_attn"` // q, k and v
	AttnOut  int `json:"attn"`
	AttnProj int `json:"attn.c_proj"`
	Resid1   int `json:"resid_attn"`
	Ln2      int `json:"ln_2"`
	Fc       int `json:"mlp.c_fc"` // before and after the GELU table
	FcProj   int `json:"mlp.c_proj"`
	Resid2   int `json:"resid_mlp"`
}

// Inner returns the MLP width (n_inner, or 4·n_embd when unset).
func (c *Config) Inner() int {
	if c.NInner > 0 {
		return c.NInner
	}
	return 4 * c.NEmbd
}

// HeadDim returns n_embd / n_head.
func (c *Config) HeadDim() int { return c.NEmbd / c.NHead }

// Validate checks the config describes a GPT-2 this package runs exactly.
func (c *Config) Validate() error {
	switch {
	case c.NLayer < 1 || c.NLayer > MaxLayers:
		return fmt.Errorf("n_layer %d outside [1, %d]: %w", c.NLayer, MaxLayers, ErrBadInput)
	case c.NEmbd < 1 || c.NEmbd > MaxEmbd:
		return fmt.Errorf("n_embd %d outside [1, %d]: %w", c.NEmbd, MaxEmbd, ErrBadInput)
	case c.NHead < 1 || c.NEmbd%c.NHead != 0:
		return fmt.Errorf("n_head %d does not divide n_embd %d: %w", c.NHead, c.NEmbd, ErrBadInput)
	case c.NPositions < 1 || c.NPositions > MaxPositions:
		return fmt.Errorf("n_positions %d outside [1, %d]: %w", c.NPositions, MaxPositions, ErrBadInput)
	case c.VocabSize < 2 || c.VocabSize > MaxVocab:
		return fmt.Errorf("vocab_size %d outside [2, %d]: %w", c.VocabSize, MaxVocab, ErrBadInput)
	case c.NInner < 0 || c.NInner > 8*MaxEmbd:
		return fmt.Errorf("n_inner %d outside [0, %d]: %w", c.NInner, 8*MaxEmbd, ErrBadInput)
	case !(c.Epsilon > 0 && c.Epsilon < 1):
		return fmt.Errorf("layer_norm_epsilon %g outside (0, 1): %w", c.Epsilon, ErrBadInput)
	case c.Activation != ActGELUNew:
		return fmt.Errorf("activation_function %q unsupported (only %q): %w", c.Activation, ActGELUNew, ErrBadInput)
	case c.ModelType != "" && c.ModelType != "gpt2":
		return fmt.Errorf("model_type %q is not gpt2: %w", c.ModelType, ErrBadInput)
	case c.ScaleAttnWeights != nil && !*c.ScaleAttnWeights:
		return fmt.Errorf("scale_attn_weights false unsupported: %w", ErrBadInput)
	case c.ScaleAttnByInverseLayer:
		return fmt.Errorf("scale_attn_by_inverse_layer_idx unsupported: %w", ErrBadInput)
	case c.ReorderAndUpcastAttn:
		return fmt.Errorf("reorder_and_upcast_attn unsupported: %w", ErrBadInput)
	case c.TieWordEmbeddings != nil && !*c.TieWordEmbeddings:
		return fmt.Errorf("tie_word_embeddings false unsupported (the LM head is wte): %w", ErrBadInput)
	case c.Quantization != nil && len(c.Quantization.Blocks) != c.NLayer:
		return fmt.Errorf("openproof_quantization has %d blocks, n_layer is %d: %w", len(c.Quantization.Blocks), c.NLayer, ErrBadInput)
	}
	return nil
}

// ParseConfig decodes and validates config.json content; name identifies
// the file in errors. Missing optional fields take GPT-2's defaults.
func ParseConfig(name string, b []byte) (*Config, error) {
	c := &Config{Epsilon: DefaultEpsilon, Activation: ActGELUNew}
	if err := strictjson.Unmarshal(b, c); err != nil {
		return nil, fmt.Errorf("%s: %w", name, wrapBad(err))
	}
	if len(c.NInnerJSON) > 0 && string(c.NInnerJSON) != "null" {
		if err := json.Unmarshal(c.NInnerJSON, &c.NInner); err != nil {
			return nil, fmt.Errorf("%s: n_inner: %v: %w", name, err, ErrBadInput)
		}
	}
	c.NInnerJSON = nil
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

// LoadConfig reads dir/config.json.
func LoadConfig(dir string) (*Config, error) {
	p := filepath.Join(dir, ConfigFile)
	b, err := strictjson.ReadFile(p, MaxConfigBytes)
	if err != nil {
		return nil, fmt.Errorf("gpt2 config: %w", err)
	}
	return ParseConfig(p, b)
}

// Encode returns config.json content as Hugging Face writes the fields
// this package uses (model_type gpt2, GPT2LMHeadModel).
func (c *Config) Encode() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	out := *c
	out.ModelType = "gpt2"
	out.Architectures = []string{"GPT2LMHeadModel"}
	out.NInnerJSON = nil
	if c.NInner > 0 {
		out.NInnerJSON = json.RawMessage(fmt.Sprint(c.NInner))
	}
	b, err := json.MarshalIndent(&out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("gpt2 config: %w", err)
	}
	return append(b, '\n'), nil
}

// Save writes dir/config.json, creating dir.
func (c *Config) Save(dir string) error {
	b, err := c.Encode()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gpt2 config: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, ConfigFile), b, 0o644); err != nil {
		return fmt.Errorf("gpt2 config: %w", err)
	}
	return nil
}

func wrapBad(err error) error {
	if errors.Is(err, errs.ErrBadInput) {
		return err
	}
	return fmt.Errorf("%v: %w", err, ErrBadInput)
}
