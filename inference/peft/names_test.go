package peft

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/safetensors"
)

func TestResolveTensor(t *testing.T) {
	const prefixed, bare = "transformer.h.0.attn.c_attn.weight", "h.0.attn.c_attn.weight"
	for _, tc := range []struct {
		name, module string
		have         []string
		want         string // key, or an error substring after "!"
	}{
		{"adapter form in the checkpoint", "transformer.h.0.attn.c_attn", []string{prefixed}, prefixed},
		{"bare Hugging Face GPT-2 checkpoint", "transformer.h.0.attn.c_attn", []string{bare, "wte.weight"}, bare},
		{"bare adapter, prefixed checkpoint", "h.0.attn.c_attn", []string{prefixed}, prefixed},
		{"both forms", "transformer.h.0.attn.c_attn", []string{prefixed, bare}, "!ambiguous"},
		{"neither", "transformer.h.0.attn.c_attn", []string{"h.1.attn.c_attn.weight"}, `!prefix module paths with "transformer."`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			has := func(k string) bool { return slices.Contains(tc.have, k) }
			got, err := ResolveTensor(tc.module, ".weight", has)
			if want, isErr := strings.CutPrefix(tc.want, "!"); isErr {
				if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), want) {
					t.Fatalf("got %q, %v; want an error containing %q", got, err, want)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

// TestFindGPT2Names: a GPT-2 adapter's modules are found under the names an
// engine hooked on GPT2Model (no "transformer.") records, and under their own.
func TestFindGPT2Names(t *testing.T) {
	const m0 = "transformer.h.0.attn.c_attn"
	dir := writeDir(t, peftConfig, lora(m0, "lora_A", 8, 16), lora(m0, "lora_B", 48, 8))
	a, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{m0, "h.0.attn.c_attn"} {
		if m, err := a.Find(name); err != nil || m.Name != m0 {
			t.Errorf("Find(%q) = %v, %v", name, m, err)
		}
	}
	if _, err := a.Find("h.1.attn.c_attn"); err == nil || !strings.Contains(err.Error(), `"transformer."`) {
		t.Errorf("Find of a missing module: %v", err)
	}
}

// TestLoadRefusesUnprefixedKeys: LoRA keys without PEFT's prefix (a
// hand-made file keyed like the bare GPT-2 checkpoint) are refused with a
// message naming the expected prefix.
func TestLoadRefusesUnprefixedKeys(t *testing.T) {
	a := safetensors.NewF32("h.0.attn.c_attn.lora_A.weight", []int{8, 16}, make([]float32, 8*16))
	b := safetensors.NewF32("h.0.attn.c_attn.lora_B.weight", []int{48, 8}, make([]float32, 48*8))
	_, err := Load(writeDir(t, peftConfig, a, b))
	if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), `"base_model.model."`) {
		t.Fatalf("got %v, want a refusal naming the base_model.model. prefix", err)
	}
}

// TestModulesToSaveWarnings: tensors saved whole (modules_to_save) load but
// are reported by name, since nothing applies or proves them.
func TestModulesToSaveWarnings(t *testing.T) {
	const m0 = "transformer.h.0.attn.c_attn"
	cfg := strings.Replace(peftConfig, `"modules_to_save": null`, `"modules_to_save": ["score"]`, 1)
	score := safetensors.NewF32("base_model.model.score.weight", []int{2, 4}, make([]float32, 8))
	other := safetensors.NewF32("base_model.model.ln_f.bias", []int{4}, make([]float32, 4))
	a, err := Load(writeDir(t, cfg, lora(m0, "lora_A", 8, 16), lora(m0, "lora_B", 48, 8), score, other))
	if err != nil {
		t.Fatal(err)
	}
	w := a.Warnings()
	if len(w) != 2 || !strings.Contains(w[1], `"base_model.model.score.weight"`) || !strings.Contains(w[1], `modules_to_save "score"`) ||
		!strings.Contains(w[0], `"base_model.model.ln_f.bias"`) || !strings.Contains(w[0], "not proven") {
		t.Fatalf("warnings %q", w)
	}
	if got := a.Unproven(); len(got) != 2 {
		t.Fatalf("unproven %v", got)
	}
	plain, err := Load(writeDir(t, peftConfig, lora(m0, "lora_A", 8, 16), lora(m0, "lora_B", 48, 8)))
	if err != nil || len(plain.Warnings()) != 0 {
		t.Fatalf("plain adapter warnings %q, %v", plain.Warnings(), err)
	}
}

// TestConfigStrictJSON: adapter_config.json with a null number or a
// duplicate key (at any depth) is refused.
func TestConfigStrictJSON(t *testing.T) {
	for _, tc := range []struct{ name, from, to, want string }{
		{"null r", `"r": 8`, `"r": null`, "null"},
		{"null lora_alpha", `"lora_alpha": 16`, `"lora_alpha": null`, "null"},
		{"null rank_pattern value", `"rank_pattern": {}`, `"rank_pattern": {"c_attn": null}`, "null"},
		{"null alpha_pattern value", `"alpha_pattern": {}`, `"alpha_pattern": {"c_attn": null}`, "null"},
		{"duplicate top-level key", `"r": 8`, `"r": 8, "r": 4`, "duplicate"},
		{"duplicate nested key", `"loftq_config": {}`, `"loftq_config": {"a": 1, "a": 2}`, "duplicate"},
		{"duplicate pattern key", `"rank_pattern": {}`, `"rank_pattern": {"c_attn": 4, "c_attn": 2}`, "duplicate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := strings.Replace(peftConfig, tc.from, tc.to, 1)
			if cfg == peftConfig {
				t.Fatal("edit did not apply")
			}
			_, err := ParseConfig("adapter_config.json", []byte(cfg))
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
