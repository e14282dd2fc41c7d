package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/safetensors"
)

const exampleConfig = `{"model_type":"openproof-mlp","architectures":["MLP"],"name":"mnist-mlp",
 "layers":[{"name":"fc1","type":"linear","in_features":784,"out_features":64,"bias":true,"activation":"relu"},
           {"name":"fc2","type":"linear","in_features":64,"out_features":10,"bias":true,"activation":"none"}],
 "quantization":{"scheme":"openproof-int8-pow2-v1","input_exponent":7,"activation_exponents":[4,3]}}`

func TestParseConfigExample(t *testing.T) {
	c, err := ParseConfig("config.json", []byte(exampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		ModelType: ModelType, Architectures: []string{"MLP"}, Name: "mnist-mlp",
		Layers: []LayerConfig{
			{Name: "fc1", Type: "linear", In: 784, Out: 64, Bias: true, Activation: ActReLU},
			{Name: "fc2", Type: "linear", In: 64, Out: 10, Bias: true, Activation: ActNone},
		},
		Quantization: &QuantConfig{Scheme: "openproof-int8-pow2-v1", InputExponent: 7, ActivationExponents: []int{4, 3}},
	}
	if !reflect.DeepEqual(*c, want) {
		t.Errorf("parsed %+v\nwant %+v", *c, want)
	}
}

func TestParseConfigRejects(t *testing.T) {
	layer := func(name string, in, out int, act string) string {
		return `{"name":"` + name + `","type":"linear","in_features":` + strconv.Itoa(in) + `,"out_features":` + strconv.Itoa(out) + `,"bias":true,"activation":"` + act + `"}`
	}
	cfg := func(layers ...string) string {
		return `{"model_type":"openproof-mlp","name":"m","layers":[` + strings.Join(layers, ",") + `]}`
	}
	ok := layer("fc1", 4, 3, "relu")
	tests := []struct{ name, json, substr string }{
		{"not json", `{`, "unexpected EOF"},
		{"array", `[]`, "cannot unmarshal"},
		{"trailing", cfg(ok) + `{}`, "trailing data"},
		{"unknown field", `{"model_type":"openproof-mlp","name":"m","hidden":1,"layers":[` + ok + `]}`, `unknown field "hidden"`},
		{"unknown layer field", cfg(`{"name":"a","type":"linear","in_features":1,"out_features":1,"heads":2,"activation":"none"}`), `unknown field "heads"`},
		{"string dim", cfg(`{"name":"a","type":"linear","in_features":"1","out_features":1,"activation":"none"}`), "in_features"},
		{"float dim", cfg(`{"name":"a","type":"linear","in_features":1.5,"out_features":1,"activation":"none"}`), "in_features"},
		{"model type", `{"model_type":"llama","name":"m","layers":[` + ok + `]}`, `model_type "llama"`},
		{"no name", `{"model_type":"openproof-mlp","layers":[` + ok + `]}`, "name is empty"},
		{"no layers", cfg(), "0 layers"},
		{"empty layer name", cfg(layer("", 4, 3, "relu")), "empty layer name"},
		{"space in layer name", cfg(layer("fc 1", 4, 3, "relu")), "printable characters"},
		{"duplicate layer", cfg(ok, layer("fc1", 3, 3, "relu")), `duplicate layer name "fc1"`},
		{"missing type", cfg(`{"name":"a","in_features":1,"out_features":1,"activation":"none"}`), "missing type"},
		{"unknown type", cfg(`{"name":"a","type":"attention","in_features":1,"out_features":1,"activation":"none"}`), `unknown layer type "attention"`},
		{"zero in", cfg(layer("a", 0, 3, "relu")), "features must be in"},
		{"negative out", cfg(layer("a", 3, -1, "relu")), "features must be in"},
		{"huge dim", cfg(layer("a", MaxFeatures+1, 1, "relu")), "features must be in"},
		{"too many params", cfg(layer("a", MaxFeatures, MaxFeatures, "relu")), "weights"},
		{"bad activation", cfg(layer("a", 3, 3, "tanh")), `activation "tanh"`},
		{"missing activation", cfg(`{"name":"a","type":"linear","in_features":1,"out_features":1}`), `activation ""`},
		{"dims do not chain", cfg(ok, layer("fc2", 4, 2, "none")), "in_features 4 does not match out_features 3 of fc1"},
		{"exponent count", `{"model_type":"openproof-mlp","name":"m","layers":[` + ok + `],"quantization":{"scheme":"s","input_exponent":7,"activation_exponents":[1,2]}}`, "2 activation_exponents for 1 layers"},
		{"empty scheme", `{"model_type":"openproof-mlp","name":"m","layers":[` + ok + `],"quantization":{"input_exponent":7,"activation_exponents":[1]}}`, "scheme is empty"},
		{"input exponent range", `{"model_type":"openproof-mlp","name":"m","layers":[` + ok + `],"quantization":{"scheme":"s","input_exponent":1000,"activation_exponents":[1]}}`, "input_exponent 1000"},
		{"activation exponent range", `{"model_type":"openproof-mlp","name":"m","layers":[` + ok + `],"quantization":{"scheme":"s","input_exponent":1,"activation_exponents":[-63]}}`, "activation_exponents[0] = -63"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig("cfg.json", []byte(tc.json))
			if err == nil {
				t.Fatalf("parsed %+v, want error", c)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "cfg.json: ") || !strings.Contains(msg, tc.substr) {
				t.Errorf("error %q: want file name and %q", msg, tc.substr)
			}
		})
	}
}

func randomModel(t *testing.T, seed uint64) *Model {
	t.Helper()
	cfg, err := ParseConfig("config.json", []byte(exampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(*cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	for _, l := range m.Layers {
		for i := range l.W {
			l.W[i] = float32(r.NormFloat64() * 0.1)
		}
		for i := range l.B {
			l.B[i] = float32(r.NormFloat64() * 0.1)
		}
	}
	return m
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	m := randomModel(t, 1)
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Error("loaded model differs from the saved one")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files in the model dir, want 2", len(entries))
	}
}

// writeModelDir writes config and tensors into a fresh model directory.
func writeModelDir(t *testing.T, config string, tensors ...*safetensors.Tensor) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ConfigFile), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &safetensors.File{}
	for _, tn := range tensors {
		if err := f.Add(tn); err != nil {
			t.Fatal(err)
		}
	}
	if err := safetensors.Write(filepath.Join(dir, WeightsFile), f); err != nil {
		t.Fatal(err)
	}
	return dir
}

const tinyConfig = `{"model_type":"openproof-mlp","name":"tiny","layers":[
 {"name":"fc1","type":"linear","in_features":2,"out_features":2,"bias":true,"activation":"relu"},
 {"name":"fc2","type":"linear","in_features":2,"out_features":1,"bias":false,"activation":"none"}]}`

func TestLoadHalfPrecision(t *testing.T) {
	// fc1.weight as F16 [[1, -2], [0.5, 65504]], fc1.bias as BF16 [1, -1].
	w := &safetensors.Tensor{Name: "fc1.weight", DType: safetensors.F16, Shape: []int{2, 2}, Data: []byte{0x00, 0x3c, 0x00, 0xc0, 0x00, 0x38, 0xff, 0x7b}}
	b := &safetensors.Tensor{Name: "fc1.bias", DType: safetensors.BF16, Shape: []int{2}, Data: []byte{0x80, 0x3f, 0x80, 0xbf}}
	dir := writeModelDir(t, tinyConfig, w, b, safetensors.NewF32("fc2.weight", []int{1, 2}, []float32{3, 4}))
	m, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []float32{1, -2, 0.5, 65504}; !reflect.DeepEqual(m.Layers[0].W, want) {
		t.Errorf("fc1.weight = %v, want %v", m.Layers[0].W, want)
	}
	if want := []float32{1, -1}; !reflect.DeepEqual(m.Layers[0].B, want) {
		t.Errorf("fc1.bias = %v, want %v", m.Layers[0].B, want)
	}
	if want := []float32{0}; !reflect.DeepEqual(m.Layers[1].B, want) {
		t.Errorf("fc2 without bias: B = %v, want zeros", m.Layers[1].B)
	}
}

func TestLoadRejects(t *testing.T) {
	w1 := safetensors.NewF32("fc1.weight", []int{2, 2}, []float32{1, 2, 3, 4})
	b1 := safetensors.NewF32("fc1.bias", []int{2}, []float32{1, 2})
	w2 := safetensors.NewF32("fc2.weight", []int{1, 2}, []float32{1, 2})
	tests := []struct {
		name    string
		tensors []*safetensors.Tensor
		substr  string
	}{
		{"missing weight", []*safetensors.Tensor{b1, w2}, `missing tensor "fc1.weight"`},
		{"missing bias", []*safetensors.Tensor{w1, w2}, `missing tensor "fc1.bias"`},
		{"extra tensor", []*safetensors.Tensor{w1, b1, w2, safetensors.NewF32("head.weight", []int{1}, []float32{1})}, `not used by config.json: "head.weight"`},
		{"bias on bias-free layer", []*safetensors.Tensor{w1, b1, w2, safetensors.NewF32("fc2.bias", []int{1}, []float32{1})}, `"fc2.bias"`},
		{"transposed weight", []*safetensors.Tensor{w1, b1, safetensors.NewF32("fc2.weight", []int{2, 1}, []float32{1, 2})}, `tensor "fc2.weight": shape [2 1], want [1 2]`},
		{"flat weight", []*safetensors.Tensor{safetensors.NewF32("fc1.weight", []int{4}, []float32{1, 2, 3, 4}), b1, w2}, `tensor "fc1.weight": shape [4]`},
		{"integer weight", []*safetensors.Tensor{safetensors.NewI8("fc1.weight", []int{2, 2}, []int8{1, 2, 3, 4}), b1, w2}, `tensor "fc1.weight": dtype I8`},
		{"nan weight", []*safetensors.Tensor{w1, b1, safetensors.NewF32("fc2.weight", []int{1, 2}, []float32{1, float32(math.NaN())})}, `tensor "fc2.weight": element 1 is NaN`},
		{"inf bias", []*safetensors.Tensor{w1, safetensors.NewF32("fc1.bias", []int{2}, []float32{float32(math.Inf(-1)), 0}), w2}, `tensor "fc1.bias": element 0 is -Inf`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeModelDir(t, tinyConfig, tc.tensors...)
			m, err := Load(dir)
			if err == nil {
				t.Fatalf("loaded %+v, want error", m)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if msg := err.Error(); !strings.Contains(msg, WeightsFile) || !strings.Contains(msg, tc.substr) {
				t.Errorf("error %q: want file name and %q", msg, tc.substr)
			}
		})
	}
	t.Run("corrupt weights file", func(t *testing.T) {
		dir := writeModelDir(t, tinyConfig)
		if err := os.WriteFile(filepath.Join(dir, WeightsFile), []byte("garbage!!"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(dir)
		if !errors.Is(err, ErrBadInput) || !errors.Is(err, safetensors.ErrBadInput) {
			t.Errorf("error %v: want both sentinels", err)
		}
	})
	t.Run("bad config", func(t *testing.T) {
		dir := writeModelDir(t, `{"model_type":"x"}`)
		if _, err := Load(dir); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), ConfigFile) {
			t.Errorf("error %v", err)
		}
	})
	t.Run("missing dir", func(t *testing.T) {
		if _, err := Load(filepath.Join(t.TempDir(), "nope")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("error %v, want ErrNotExist", err)
		}
	})
}

func TestSaveRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(m *Model)
	}{
		{"short weights", func(m *Model) { m.Layers[0].W = m.Layers[0].W[:3] }},
		{"short bias", func(m *Model) { m.Layers[1].B = nil }},
		{"missing layer", func(m *Model) { m.Layers = m.Layers[:1] }},
		{"nil layer", func(m *Model) { m.Layers[1] = nil }},
		{"layer config drift", func(m *Model) { m.Layers[0].Config.Activation = ActGELU }},
		{"bias on bias-free layer", func(m *Model) { m.Layers[1].B[0] = 1 }},
		{"invalid config", func(m *Model) { m.Config.Name = "" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := ParseConfig("tiny", []byte(tinyConfig))
			if err != nil {
				t.Fatal(err)
			}
			m, err := New(*cfg)
			if err != nil {
				t.Fatal(err)
			}
			tc.mutate(m)
			dir := t.TempDir()
			if err := m.Save(dir); !errors.Is(err, ErrBadInput) {
				t.Errorf("Save error %v, want ErrBadInput", err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("failed Save left %d files", len(entries))
			}
		})
	}
}
