package delta

import (
	"context"
	"testing"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

// TestZeroAdapterSolves: the delta statement over a fresh PEFT adapter
// (lora_B = 0) or an all-zero one, quantized by quant.QuantizeLoRA (M = 0),
// is well defined: every Δy is 0 and the honest witness solves both modes.
func TestZeroAdapterSolves(t *testing.T) {
	for _, zeroA := range []bool{false, true} {
		f := newFixture(t, 3, 2)
		f.a = &quant.Adapter{Name: "zero"}
		for i := range f.tr.Modules {
			m := &f.tr.Modules[i]
			l := m.Layer()
			af := make([]float32, m.Rank*m.In)
			if !zeroA {
				for j := range af {
					af[j] = float32(j%7-3) / 8
				}
			}
			al, err := quant.QuantizeLoRA(&l, i, m.Rank, 8, af, make([]float32, m.Out*m.Rank))
			if err != nil {
				t.Fatalf("zeroA=%v module %d: %v", zeroA, i, err)
			}
			f.a.Layers = append(f.a.Layers, *al)
		}
		if err := f.tr.FillDeltas(context.Background(), f.a); err != nil {
			t.Fatal(err)
		}
		for _, m := range f.tr.Modules {
			for _, d := range m.Delta {
				if d != 0 {
					t.Fatalf("zeroA=%v module %q: Δy %d, want 0", zeroA, m.Name, d)
				}
			}
		}
		for _, mode := range []Mode{Direct, Freivalds} {
			s := f.shape(t, []int{0, 2}, 0, 2, mode)
			ccs := gadgetstest.Compile(t, mustNew(t, s))
			if err := ccs.IsSolved(gadgetstest.Witness(t, mustAssign(t, s, f))); err != nil {
				t.Fatalf("zeroA=%v mode %v: %v", zeroA, mode, err)
			}
		}
	}
}
