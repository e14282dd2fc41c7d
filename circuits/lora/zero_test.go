package lora

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// TestZeroAdapterSolves: a fresh PEFT adapter (lora_B = 0) and an all-zero
// adapter, quantized by quant.QuantizeLoRA (M = 0), give a witness the
// circuit accepts, and the proven output is the base model's.
func TestZeroAdapterSolves(t *testing.T) {
	for i, zeroA := range []bool{false, true} {
		rng := rand.New(rand.NewPCG(uint64(i+7), 99))
		m := randModel(rng, "test-mlp", []int{12, 6, 4}, []quant.Activation{quant.ActReLU, quant.ActNone})
		shape := []int{2, 2}
		a := &quant.Adapter{Name: "zero"}
		for li, r := range shape {
			l := &m.Layers[li]
			af := make([]float32, r*l.In)
			if !zeroA {
				for j, v := range gadgetstest.Rand8(rng, len(af)) {
					af[j] = float32(v) / 128
				}
			}
			al, err := quant.QuantizeLoRA(l, li, r, 8, af, make([]float32, l.Out*r))
			if err != nil {
				t.Fatalf("zeroA=%v layer %d: %v", zeroA, li, err)
			}
			a.Layers = append(a.Layers, *al)
		}
		x := gadgetstest.Rand8(rng, 12)
		f := &fixture{m: m, shape: shape, a: a, x: x, key: commit.AdapterKey{Salt: commit.Uint(rng.Uint64()), Owner: commit.Uint(rng.Uint64() >> 1)}}
		w := f.assign(t)
		if err := test.IsSolved(f.circuit(t), w, field); err != nil {
			t.Fatalf("zeroA=%v: honest witness rejected: %v", zeroA, err)
		}
		base, err := m.Forward(context.Background(), x, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := toFr(w.OutputDigest), commit.OutputDigest(quant.Output(base)); got != want {
			t.Fatalf("zeroA=%v: proven output digest %s, base model gives %s", zeroA, commit.Hex(got), commit.Hex(want))
		}
	}
}
