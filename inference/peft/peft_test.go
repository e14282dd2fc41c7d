package peft

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/safetensors"
)

func randFloats(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64() * 0.02)
	}
	return v
}

// gpt2Adapter is a GPT-2 style adapter: c_attn (Conv1D, fan_in_fan_out)
// in two blocks, 768→2304, r=8, alpha=16.
func gpt2Adapter() *Adapter {
	r := rand.New(rand.NewPCG(7, 7))
	a := &Adapter{Config: Config{
		PeftType: "LORA", BaseModel: "gpt2", R: 8, LoraAlpha: 16,
		TargetModules: []string{"c_attn"}, FanInFanOut: true, Bias: "none", TaskType: "CAUSAL_LM",
	}}
	for _, name := range []string{"transformer.h.0.attn.c_attn", "transformer.h.1.attn.c_attn"} {
		a.Modules = append(a.Modules, &Module{
			Name: name, In: 768, Out: 2304, Rank: 8, Alpha: 16, Scaling: 2, FanInFanOut: true,
			A: randFloats(r, 8*768), B: randFloats(r, 2304*8),
		})
	}
	return a
}

func TestGPT2RoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "adapter")
	want := gpt2Adapter()
	if err := want.Save(dir); err != nil {
		t.Fatal(err)
	}

	// The files must be in PEFT's layout.
	st, err := safetensors.Read(filepath.Join(dir, WeightsFile))
	if err != nil {
		t.Fatal(err)
	}
	wantKeys := map[string][]int{
		"base_model.model.transformer.h.0.attn.c_attn.lora_A.weight": {8, 768},
		"base_model.model.transformer.h.0.attn.c_attn.lora_B.weight": {2304, 8},
		"base_model.model.transformer.h.1.attn.c_attn.lora_A.weight": {8, 768},
		"base_model.model.transformer.h.1.attn.c_attn.lora_B.weight": {2304, 8},
	}
	if len(st.Tensors) != len(wantKeys) {
		t.Errorf("%d tensors, want %d: %v", len(st.Tensors), len(wantKeys), st.Names())
	}
	for k, shape := range wantKeys {
		tn, err := st.Get(k)
		if err != nil {
			t.Error(err)
			continue
		}
		if tn.DType != safetensors.F32 || !slices.Equal(tn.Shape, shape) {
			t.Errorf("%s: %s%v, want F32%v", k, tn.DType, tn.Shape, shape)
		}
	}
	if st.Metadata["format"] != "pt" {
		t.Errorf("metadata %v, want format=pt", st.Metadata)
	}
	cb, err := os.ReadFile(filepath.Join(dir, ConfigFile))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(cb, &raw); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]any{
		"peft_type": "LORA", "r": 8.0, "lora_alpha": 16.0, "target_modules": []any{"c_attn"},
		"fan_in_fan_out": true, "bias": "none", "use_dora": false, "use_rslora": false,
		"base_model_name_or_path": "gpt2", "task_type": "CAUSAL_LM", "modules_to_save": nil,
		"rank_pattern": map[string]any{}, "alpha_pattern": map[string]any{},
	} {
		if !reflect.DeepEqual(raw[k], v) {
			t.Errorf("config %s = %#v, want %#v", k, raw[k], v)
		}
	}

	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Modules, want.Modules) {
		t.Error("loaded modules differ from the saved ones")
	}
	if got.Config.R != 8 || got.Config.LoraAlpha != 16 || !got.Config.FanInFanOut || len(got.Extra) != 0 {
		t.Errorf("loaded config %+v", got.Config)
	}
	wantSummary := []ModuleSummary{
		{Name: "transformer.h.0.attn.c_attn", In: 768, Out: 2304, Rank: 8, Alpha: 16, Scaling: 2, Params: 8 * (768 + 2304)},
		{Name: "transformer.h.1.attn.c_attn", In: 768, Out: 2304, Rank: 8, Alpha: 16, Scaling: 2, Params: 8 * (768 + 2304)},
	}
	if s := got.Summary(); !reflect.DeepEqual(s, wantSummary) {
		t.Errorf("summary %+v", s)
	}
	if m, ok := got.Module("transformer.h.1.attn.c_attn"); !ok || m.Out != 2304 {
		t.Errorf("Module lookup: %v %v", m, ok)
	}
	if _, ok := got.Module("c_attn"); ok {
		t.Error("Module found a partial name")
	}
}

// peftConfig is adapter_config.json as PEFT 0.13 writes it for GPT-2.
const peftConfig = `{
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "gpt2",
  "bias": "none",
  "fan_in_fan_out": true,
  "inference_mode": true,
  "init_lora_weights": true,
  "layer_replication": null,
  "layers_pattern": null,
  "layers_to_transform": null,
  "loftq_config": {},
  "lora_alpha": 16,
  "lora_dropout": 0.05,
  "megatron_config": null,
  "megatron_core": "megatron.core",
  "modules_to_save": null,
  "peft_type": "LORA",
  "r": 8,
  "rank_pattern": {},
  "revision": null,
  "target_modules": [
    "c_attn"
  ],
  "task_type": "CAUSAL_LM",
  "use_dora": false,
  "use_rslora": false
}`

func writeDir(t *testing.T, config string, tensors ...*safetensors.Tensor) string {
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

func lora(module, ab string, shape ...int) *safetensors.Tensor {
	return safetensors.NewF32("base_model.model."+module+"."+ab+".weight", shape, make([]float32, shape[0]*shape[1]))
}

func TestLoadPEFTFiles(t *testing.T) {
	const m0 = "transformer.h.0.attn.c_attn"
	score := safetensors.NewF32("base_model.model.score.weight", []int{2, 4}, []float32{1, 2, 3, 4, 5, 6, 7, 8})
	dir := writeDir(t, peftConfig, lora(m0, "lora_A", 8, 16), lora(m0, "lora_B", 48, 8), score)
	a, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Modules) != 1 || a.Modules[0].In != 16 || a.Modules[0].Out != 48 || a.Modules[0].Scaling != 2 || !a.Modules[0].FanInFanOut {
		t.Errorf("modules %+v", a.Modules)
	}
	if !reflect.DeepEqual(a.Extra, []string{"base_model.model.score.weight"}) {
		t.Errorf("extra %v", a.Extra)
	}
	// Extra tensors survive Save.
	out := filepath.Join(t.TempDir(), "copy")
	if err := a.Save(out); err != nil {
		t.Fatal(err)
	}
	b, err := Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Extra, a.Extra) || !reflect.DeepEqual(b.extra, a.extra) {
		t.Errorf("extra tensors changed: %v", b.Extra)
	}

	// The adapter-name infix form.
	dir = writeDir(t, peftConfig,
		safetensors.NewF32("base_model.model."+m0+".lora_A.default.weight", []int{8, 2}, make([]float32, 16)),
		safetensors.NewF32("base_model.model."+m0+".lora_B.default.weight", []int{3, 8}, make([]float32, 24)))
	a, err = Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Modules) != 1 || a.Modules[0].Name != m0 || a.Modules[0].In != 2 || a.Modules[0].Out != 3 {
		t.Errorf("infix modules %+v", a.Modules[0])
	}
}

func TestResolve(t *testing.T) {
	const h0, h1 = "transformer.h.0.attn.c_attn", "transformer.h.1.attn.c_attn"
	base := `"peft_type":"LORA","target_modules":["c_attn"]`
	tests := []struct {
		name    string
		json    string
		module  string
		rank    int
		alpha   float64
		scaling float64
	}{
		{"plain", `{` + base + `,"r":8,"lora_alpha":16}`, h0, 8, 16, 2},
		{"defaults", `{` + base + `}`, h0, 8, 8, 1},
		{"rslora", `{` + base + `,"r":16,"lora_alpha":8,"use_rslora":true}`, h0, 16, 8, 2},
		{"rank pattern exact", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"` + h1 + `":4}}`, h1, 4, 16, 4},
		{"rank pattern other module", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"` + h1 + `":4}}`, h0, 8, 16, 2},
		{"rank pattern suffix", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"1.attn.c_attn":2}}`, h1, 2, 16, 8},
		{"rank pattern is not a substring match", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"h.1":2}}`, h1, 8, 16, 2},
		{"rank pattern needs a dot boundary", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"attn":2}}`, "x.c_attn", 8, 16, 2},
		{"rank pattern regex", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"h\\.[13]\\.attn\\.c_attn":2}}`, h1, 2, 16, 8},
		{"first pattern wins", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"c_attn":2,"` + h0 + `":4}}`, h0, 2, 16, 8},
		{"first pattern wins reversed", `{` + base + `,"r":8,"lora_alpha":16,"rank_pattern":{"` + h0 + `":4,"c_attn":2}}`, h0, 4, 16, 4},
		{"alpha pattern", `{` + base + `,"r":8,"lora_alpha":16,"alpha_pattern":{"h.0.attn.c_attn":32}}`, h0, 8, 32, 4},
		{"both patterns rslora", `{` + base + `,"r":8,"lora_alpha":16,"use_rslora":true,"rank_pattern":{"c_attn":4},"alpha_pattern":{"c_attn":6}}`, h0, 4, 6, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig("adapter_config.json", []byte(tc.json))
			if err != nil {
				t.Fatal(err)
			}
			check := func(c *Config, what string) {
				rank, alpha, scaling, err := c.Resolve(tc.module)
				if err != nil {
					t.Fatal(err)
				}
				if rank != tc.rank || alpha != tc.alpha || math.Abs(scaling-tc.scaling) > 1e-12 {
					t.Errorf("%s: Resolve = %d, %v, %v; want %d, %v, %v", what, rank, alpha, scaling, tc.rank, tc.alpha, tc.scaling)
				}
			}
			check(c, "parsed")
			// Marshalling must keep the pattern order, hence the resolution.
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			c2, err := ParseConfig("re-encoded", b)
			if err != nil {
				t.Fatal(err)
			}
			check(c2, "re-encoded")
		})
	}
}

func TestTargets(t *testing.T) {
	list := &Config{TargetModules: []string{"c_attn", "mlp.c_fc", "lm_head"}}
	regex := &Config{TargetRegex: `.*\.h\.[01]\.attn\.c_attn`}
	tests := []struct {
		c      *Config
		module string
		want   bool
	}{
		{list, "transformer.h.0.attn.c_attn", true},
		{list, "c_attn", true},
		{list, "transformer.h.0.mlp.c_fc", true},
		{list, "lm_head", true},
		{list, "transformer.h.0.attn.xc_attn", false},
		{list, "transformer.h.0.attn", false},
		{list, "transformer.h.0.attn.c_attn.extra", false},
		{list, "transformer.h.0.c_fc", false},
		{regex, "transformer.h.1.attn.c_attn", true},
		{regex, "transformer.h.2.attn.c_attn", false},
		{regex, "transformer.h.1.attn.c_attn.x", false}, // full match only
		{&Config{TargetRegex: "c_attn"}, "transformer.h.0.attn.c_attn", false},
		{&Config{TargetRegex: "("}, "(", false},
	}
	for _, tc := range tests {
		if got := tc.c.Targets(tc.module); got != tc.want {
			t.Errorf("%+v.Targets(%q) = %v, want %v", tc.c.TargetModules, tc.module, got, tc.want)
		}
	}
}

func TestParseConfigRejects(t *testing.T) {
	tests := []struct{ name, json, substr string }{
		{"not json", `{"peft_type":`, "invalid JSON"},
		{"array", `[]`, "not a JSON object"},
		{"trailing", `{"peft_type":"LORA","target_modules":["q"]} x`, "trailing data"},
		{"duplicate key", `{"peft_type":"LORA","r":8,"r":16,"target_modules":["q"]}`, `duplicate key "r"`},
		{"missing peft_type", `{"target_modules":["q"]}`, `"peft_type" is ""`},
		{"wrong peft_type", `{"peft_type":"PREFIX_TUNING","target_modules":["q"]}`, `"peft_type" is "PREFIX_TUNING"`},
		{"dora", `{"peft_type":"LORA","use_dora":true,"target_modules":["q"]}`, "DoRA adapters are not supported"},
		{"bias all", `{"peft_type":"LORA","bias":"all","target_modules":["q"]}`, `"bias" is "all"`},
		{"bias lora_only", `{"peft_type":"LORA","bias":"lora_only","target_modules":["q"]}`, `"bias" is "lora_only"`},
		{"lora_bias", `{"peft_type":"LORA","lora_bias":true,"target_modules":["q"]}`, "trainable LoRA biases"},
		{"zero r", `{"peft_type":"LORA","r":0,"target_modules":["q"]}`, `"r" is 0`},
		{"negative r", `{"peft_type":"LORA","r":-4,"target_modules":["q"]}`, `"r" is -4`},
		{"huge r", `{"peft_type":"LORA","r":1000000,"target_modules":["q"]}`, `"r" is 1000000`},
		{"fractional r", `{"peft_type":"LORA","r":8.5,"target_modules":["q"]}`, "r"},
		{"string alpha", `{"peft_type":"LORA","lora_alpha":"16","target_modules":["q"]}`, "lora_alpha"},
		{"missing targets", `{"peft_type":"LORA"}`, `"target_modules" is missing`},
		{"null targets", `{"peft_type":"LORA","target_modules":null}`, `"target_modules" is missing`},
		{"empty targets", `{"peft_type":"LORA","target_modules":[]}`, `"target_modules" is empty`},
		{"numeric targets", `{"peft_type":"LORA","target_modules":[1]}`, `"target_modules": want a list`},
		{"bad target regex", `{"peft_type":"LORA","target_modules":"(q"}`, `regex "(q"`},
		{"rank pattern zero", `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":{"q":0}}`, `key "q": rank 0`},
		{"rank pattern float", `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":{"q":2.5}}`, `"rank_pattern": key "q"`},
		{"rank pattern duplicate", `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":{"q":2,"q":4}}`, `duplicate key "q"`},
		{"rank pattern bad regex", `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":{"(?<=x)q":2}}`, `"rank_pattern": key "(?<=x)q"`},
		{"rank pattern not object", `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":[1]}`, `"rank_pattern": not a JSON object`},
		{"alpha pattern string", `{"peft_type":"LORA","target_modules":["q"],"alpha_pattern":{"q":"x"}}`, `"alpha_pattern": key "q"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig("adapter_config.json", []byte(tc.json))
			if err == nil {
				t.Fatalf("parsed %+v, want error", c)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "adapter_config.json: ") || !strings.Contains(msg, tc.substr) {
				t.Errorf("error %q: want file name and %q", msg, tc.substr)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	const m0, m1 = "transformer.h.0.attn.c_attn", "transformer.h.1.attn.c_attn"
	a0, b0 := lora(m0, "lora_A", 8, 4), lora(m0, "lora_B", 6, 8)
	tests := []struct {
		name    string
		config  string
		tensors []*safetensors.Tensor
		substr  string
	}{
		{"missing B", peftConfig, []*safetensors.Tensor{a0}, `"base_model.model.transformer.h.0.attn.c_attn.lora_B.weight" is missing`},
		{"missing A", peftConfig, []*safetensors.Tensor{b0, lora(m1, "lora_A", 8, 4), lora(m1, "lora_B", 6, 8)}, `"base_model.model.transformer.h.0.attn.c_attn.lora_A.weight" is missing`},
		{"A rank differs from r", peftConfig, []*safetensors.Tensor{lora(m0, "lora_A", 4, 4), lora(m0, "lora_B", 6, 4)}, `lora_A.weight": shape [4 4], want rank 8`},
		{"B rank differs from A", peftConfig, []*safetensors.Tensor{a0, lora(m0, "lora_B", 6, 4)}, `lora_B.weight": shape [6 4], want rank 8`},
		{"rank pattern mismatch", strings.Replace(peftConfig, `"rank_pattern": {}`, `"rank_pattern": {"h.0.attn.c_attn": 4}`, 1), []*safetensors.Tensor{a0, b0}, "want rank 4"},
		{"1-D tensor", peftConfig, []*safetensors.Tensor{safetensors.NewF32("base_model.model."+m0+".lora_A.weight", []int{32}, make([]float32, 32)), b0}, "want 2-D"},
		{"zero width", peftConfig, []*safetensors.Tensor{lora(m0, "lora_A", 8, 0), lora(m0, "lora_B", 6, 8)}, "zero-sized"},
		{"integer dtype", peftConfig, []*safetensors.Tensor{safetensors.NewI8("base_model.model."+m0+".lora_A.weight", []int{8, 1}, make([]int8, 8)), lora(m0, "lora_B", 6, 8)}, "dtype I8"},
		{"nan", peftConfig, []*safetensors.Tensor{safetensors.NewF32("base_model.model."+m0+".lora_A.weight", []int{8, 1}, []float32{0, 0, float32(math.NaN()), 0, 0, 0, 0, 0}), lora(m0, "lora_B", 6, 8)}, "element 2 is NaN"},
		{"untargeted module", peftConfig, []*safetensors.Tensor{lora("transformer.h.0.mlp.c_fc", "lora_A", 8, 4), lora("transformer.h.0.mlp.c_fc", "lora_B", 6, 8)}, `module "transformer.h.0.mlp.c_fc" is not selected`},
		{"lora bias tensor", peftConfig, []*safetensors.Tensor{a0, b0, safetensors.NewF32("base_model.model."+m0+".lora_B.bias", []int{6}, make([]float32, 6))}, `lora_B.bias": LoRA tensor must end in .weight`},
		{"no prefix", peftConfig, []*safetensors.Tensor{safetensors.NewF32(m0+".lora_A.weight", []int{8, 4}, make([]float32, 32))}, "does not start with"},
		{"embedding lora", peftConfig, []*safetensors.Tensor{safetensors.NewF32("base_model.model.wte.lora_embedding_A", []int{8, 4}, make([]float32, 32))}, "lora_embedding_A tensors are not supported"},
		{"dora magnitude", peftConfig, []*safetensors.Tensor{a0, b0, safetensors.NewF32("base_model.model."+m0+".lora_magnitude_vector", []int{6}, make([]float32, 6))}, "lora_magnitude_vector"},
		{"mixed adapter names", peftConfig, []*safetensors.Tensor{
			safetensors.NewF32("base_model.model."+m0+".lora_A.default.weight", []int{8, 4}, make([]float32, 32)),
			safetensors.NewF32("base_model.model."+m0+".lora_B.other.weight", []int{6, 8}, make([]float32, 48))}, `adapter name "other" differs from "default"`},
		{"no lora tensors", peftConfig, []*safetensors.Tensor{safetensors.NewF32("base_model.model.score.weight", []int{1}, []float32{1})}, "no lora_A/lora_B tensors"},
		{"bad config", `{"peft_type":"IA3","target_modules":["c_attn"]}`, []*safetensors.Tensor{a0, b0}, `"peft_type" is "IA3"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDir(t, tc.config, tc.tensors...)
			a, err := Load(dir)
			if err == nil {
				t.Fatalf("loaded %+v, want error", a)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, tc.substr) {
				t.Errorf("error %q: want the file and %q", msg, tc.substr)
			}
		})
	}
	t.Run("corrupt weights", func(t *testing.T) {
		dir := writeDir(t, peftConfig)
		if err := os.WriteFile(filepath.Join(dir, WeightsFile), []byte{1, 2, 3}, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(dir); !errors.Is(err, ErrBadInput) || !errors.Is(err, safetensors.ErrBadInput) {
			t.Errorf("error %v: want both sentinels", err)
		}
	})
	t.Run("pickle only", func(t *testing.T) {
		dir := t.TempDir()
		for name, body := range map[string]string{ConfigFile: peftConfig, "adapter_model.bin": "PK"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := Load(dir); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "adapter_model.bin") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("missing dir", func(t *testing.T) {
		if _, err := Load(filepath.Join(t.TempDir(), "none")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("error %v, want ErrNotExist", err)
		}
	})
}

func TestSaveRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(a *Adapter)
	}{
		{"rank differs from config", func(a *Adapter) { a.Modules[0].Rank = 4 }},
		{"alpha differs from config", func(a *Adapter) { a.Modules[0].Alpha = 32 }},
		{"scaling differs from config", func(a *Adapter) { a.Modules[0].Scaling = 1 }},
		{"fan_in_fan_out differs", func(a *Adapter) { a.Modules[1].FanInFanOut = false }},
		{"short A", func(a *Adapter) { a.Modules[0].A = a.Modules[0].A[:10] }},
		{"duplicate module", func(a *Adapter) { a.Modules[1].Name = a.Modules[0].Name }},
		{"untargeted module", func(a *Adapter) { a.Modules[1].Name = "transformer.h.1.mlp.c_fc" }},
		{"name breaks key layout", func(a *Adapter) { a.Modules[1].Name = "x.lora_magnitude_vector.c_attn" }},
		{"nil module", func(a *Adapter) { a.Modules[1] = nil }},
		{"extra without data", func(a *Adapter) { a.Extra = []string{"base_model.model.score.weight"} }},
		{"dora", func(a *Adapter) { a.Config.UseDoRA = true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := gpt2Adapter()
			tc.mutate(a)
			dir := filepath.Join(t.TempDir(), "out")
			if err := a.Save(dir); !errors.Is(err, ErrBadInput) {
				t.Errorf("Save error %v, want ErrBadInput", err)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("failed Save created %s", dir)
			}
		})
	}
}
