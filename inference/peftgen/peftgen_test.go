package peftgen

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/safetensors"
)

// Generated adapters are in PEFT's layout at real dimensions, load back
// unchanged, and are deterministic in the seed.
func TestRealLayouts(t *testing.T) {
	tests := []struct {
		name  string
		spec  Spec
		key   string
		shape []int
	}{
		{"gpt2", GPT2CAttn(2), "base_model.model.transformer.h.1.attn.c_attn.lora_B.weight", []int{2304, 8}},
		{"llama", LlamaQV("meta-llama/Llama-2-7b-hf", 4096, 1), "base_model.model.model.layers.0.self_attn.v_proj.lora_A.weight", []int{16, 4096}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Adapter(tc.spec, 1)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "adapter")
			if err := a.Save(dir); err != nil {
				t.Fatal(err)
			}
			st, err := safetensors.Read(filepath.Join(dir, peft.WeightsFile))
			if err != nil {
				t.Fatal(err)
			}
			if tn, ok := st.Tensors[tc.key]; !ok || !reflect.DeepEqual(tn.Shape, tc.shape) || tn.DType != safetensors.F32 {
				t.Fatalf("tensor %s missing or wrong: %+v", tc.key, tn)
			}
			got, err := peft.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got.Config.FanInFanOut != tc.spec.FanInFanOut || len(got.Modules) != len(tc.spec.Modules) {
				t.Fatalf("loaded config %+v with %d modules", got.Config, len(got.Modules))
			}
			if !reflect.DeepEqual(got.Modules, a.Modules) {
				t.Fatal("loaded modules differ from the generated ones")
			}
			b, err := Adapter(tc.spec, 1)
			if err != nil {
				t.Fatal(err)
			}
			c, err := Adapter(tc.spec, 2)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a.Modules, b.Modules) || reflect.DeepEqual(a.Modules[0].A, c.Modules[0].A) {
				t.Fatal("generation is not a deterministic function of the seed")
			}
		})
	}
}

func TestTrace(t *testing.T) {
	spec := GPT2CAttn(1)
	a, err := Adapter(spec, 3)
	if err != nil {
		t.Fatal(err)
	}
	tr, qa, err := Trace(context.Background(), spec, a, 2, 4)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := tr.Write(dir); err != nil {
		t.Fatal(err)
	}
	back, err := enginetrace.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Check(context.Background(), qa); err != nil {
		t.Fatal(err)
	}
	// Realistic scales: Δy is neither all zero nor saturating int8-ish noise.
	var nz, big int
	for _, d := range tr.Modules[0].Delta {
		if d != 0 {
			nz++
		}
		if d > 1<<20 || d < -1<<20 {
			big++
		}
	}
	if nz < len(tr.Modules[0].Delta)/2 || big > 0 {
		t.Fatalf("Δy: %d of %d nonzero, %d huge", nz, len(tr.Modules[0].Delta), big)
	}
}

func TestAdapterRejects(t *testing.T) {
	s := GPT2CAttn(1)
	s.Rank = 0
	if _, err := Adapter(s, 1); err == nil {
		t.Fatal("rank 0 accepted")
	}
	s = GPT2CAttn(0)
	if _, err := Adapter(s, 1); err == nil {
		t.Fatal("no modules accepted")
	}
}

// Sizes whose products would overflow or exhaust memory are refused.
func TestHugeSizesRejected(t *testing.T) {
	s := LlamaQV("m", 16, 1)
	s.In = 1 << 62
	if _, err := Adapter(s, 1); !errors.Is(err, ErrBadInput) {
		t.Fatalf("in = 2^62: %v", err)
	}
	s = LlamaQV("m", 16, 1)
	a, err := Adapter(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Trace(context.Background(), s, a, 1<<40, 1); !errors.Is(err, ErrBadInput) {
		t.Fatalf("2^40 tokens: %v", err)
	}
}
