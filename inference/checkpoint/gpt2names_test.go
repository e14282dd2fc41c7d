package checkpoint

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
)

// TestBareGPT2Checkpoint: Hugging Face's gpt2 model.safetensors names the
// weight "h.0.attn.c_attn.weight" (no "transformer." prefix) while a PEFT
// adapter of GPT2LMHeadModel names the module "transformer.h.0.attn.c_attn":
// the base resolves one to the other and merges as with the prefixed name.
func TestBareGPT2Checkpoint(t *testing.T) {
	path, spec, w := gpt2Base(t)
	name := spec.Modules[0]
	bare := strings.TrimPrefix(name, "transformer.")
	f := &safetensors.File{}
	for _, tn := range []*safetensors.Tensor{
		safetensors.NewF32(bare+".weight", []int{spec.In, spec.Out}, w),
		safetensors.NewF32("wte.weight", []int{2, spec.In}, make([]float32, 2*spec.In)),
	} {
		if err := f.Add(tn); err != nil {
			t.Fatal(err)
		}
	}
	barePath := filepath.Join(t.TempDir(), "gpt2.safetensors")
	if err := safetensors.Write(barePath, f); err != nil {
		t.Fatal(err)
	}
	pa, err := peftgen.Adapter(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	var merged [][]int8
	for _, p := range []string{path, barePath} {
		b, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := b.Adapt(pa, "a")
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		merged = append(merged, quant.MergeLayer(&m.Model.Layers[0], &m.Adapter.Layers[0]))
	}
	if !slices.Equal(merged[0], merged[1]) {
		t.Fatal("the bare checkpoint merges differently from the prefixed one")
	}

	// Another module of the adapter that the checkpoint lacks in both forms
	// is refused with a message naming the prefix.
	b, err := Open(barePath)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Layer("transformer.h.1.attn.c_attn", spec.In, spec.Out, true)
	if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), `"transformer."`) || !strings.Contains(err.Error(), `"h.1.attn.c_attn.weight"`) {
		t.Fatalf("missing module: %v", err)
	}
}
