package enginetrace_test

import (
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peftgen"
)

// TestQuantAdapterGPT2Names: an engine hooked on GPT2Model records module
// "h.0.attn.c_attn"; the PEFT adapter names it "transformer.h.0.attn.c_attn".
// QuantAdapter pairs them; a module in neither form is refused naming the
// prefix.
func TestQuantAdapterGPT2Names(t *testing.T) {
	spec := peftgen.GPT2CAttn(1)
	spec.In, spec.Out, spec.Rank, spec.Alpha = 6, 9, 2, 4
	pa, err := peftgen.Adapter(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"transformer.h.0.attn.c_attn", "h.0.attn.c_attn"} {
		tr := &enginetrace.Trace{ModelID: "gpt2", AdapterID: "a", Tokens: 1, Modules: []enginetrace.Module{{
			Name: name, In: spec.In, Out: spec.Out, Rank: spec.Rank, XExp: spec.XExp, WExp: spec.WExp, DeltaExp: spec.DeltaExp,
			X: make([]int8, spec.In),
		}}}
		qa, err := enginetrace.QuantAdapter(tr, pa, "a")
		if err != nil || len(qa.Layers) != 1 {
			t.Fatalf("module %q: %v", name, err)
		}
	}
	tr := &enginetrace.Trace{Tokens: 1, Modules: []enginetrace.Module{{Name: "h.1.attn.c_attn", In: spec.In, Out: spec.Out, Rank: spec.Rank}}}
	if _, err := enginetrace.QuantAdapter(tr, pa, "a"); err == nil || !strings.Contains(err.Error(), `"transformer."`) {
		t.Fatalf("missing module: %v", err)
	}
}
