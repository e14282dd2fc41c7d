package quant_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// zeroTestModel is a 16→8→4 float model whose weights quantize with
// exponent 7, calibrated for shifts of 7.
func zeroTestModel(t *testing.T) *model.Model {
	t.Helper()
	cfg := model.Config{
		ModelType: model.ModelType, Name: "zero-test",
		Layers: []model.LayerConfig{
			{Name: "fc0", Type: model.TypeLinear, In: 16, Out: 8, Bias: true, Activation: model.ActReLU},
			{Name: "fc1", Type: model.TypeLinear, In: 8, Out: 4, Bias: true, Activation: model.ActNone},
		},
		Quantization: &model.QuantConfig{Scheme: quant.Scheme, InputExponent: 4, ActivationExponents: []int{4, 4}},
	}
	m, err := model.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, l := range m.Layers {
		for i := range l.W {
			l.W[i] = float32(rng.Float64() - 0.5)
		}
		l.W[0] = 0.9
		for i := range l.B {
			l.B[i] = float32(rng.Float64()*0.2 - 0.1)
		}
	}
	return m
}

// zeroAdapter is a rank-2 adapter on both layers with lora_A random
// (PEFT's init) or zero, and lora_B zero, written and read back through
// the PEFT files.
func zeroAdapter(t *testing.T, zeroA bool) *peft.Adapter {
	t.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	cfg := peft.Config{PeftType: "LORA", R: 2, LoraAlpha: 16, TargetModules: []string{"fc0", "fc1"}, Bias: "none"}
	a := &peft.Adapter{Config: cfg}
	for _, d := range [][3]int{{0, 16, 8}, {1, 8, 4}} {
		mod := &peft.Module{Name: fmt.Sprintf("fc%d", d[0]), In: d[1], Out: d[2], Rank: 2, Alpha: 16, Scaling: 8}
		mod.A, mod.B = make([]float32, 2*mod.In), make([]float32, mod.Out*2)
		if !zeroA {
			for i := range mod.A {
				mod.A[i] = float32(rng.Float64()*0.5 - 0.25)
			}
		}
		a.Modules = append(a.Modules, mod)
	}
	dir := filepath.Join(t.TempDir(), "adapter")
	if err := a.Save(dir); err != nil {
		t.Fatal(err)
	}
	got, err := peft.Load(dir)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return got
}

// TestZeroAdapters: a fresh PEFT adapter (lora_B = 0) and an all-zero one
// load, quantize (M = 0: an all-zero tensor's exponent carries no scale, and
// with A = 0 too the multiplier s·2^(w_exp+32) would not fit 32 bits), and
// change nothing: float and int8 outputs equal the base model's, and the
// merged weights equal the base weights.
func TestZeroAdapters(t *testing.T) {
	fm := zeroTestModel(t)
	qm, err := quant.FromModel(fm)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		zeroA bool
	}{{"fresh (B = 0)", false}, {"all zero", true}} {
		t.Run(tc.name, func(t *testing.T) {
			pa := zeroAdapter(t, tc.zeroA)
			qa, err := quant.FromPEFT(qm, pa, "zero")
			if err != nil {
				t.Fatalf("quantize: %v", err)
			}
			if len(qa.Layers) != 2 {
				t.Fatalf("%d adapter layers", len(qa.Layers))
			}
			for _, al := range qa.Layers {
				if al.M != 0 {
					t.Errorf("layer %d: M = %d, want 0", al.Layer, al.M)
				}
				l := &qm.Layers[al.Layer]
				if w := quant.MergeLayer(l, &al); !slices.Equal(w, l.W) {
					t.Errorf("layer %d: merged weights differ from the base", al.Layer)
				}
			}
			lora, err := fm.LoRAFromPEFT(pa)
			if err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(5, 6))
			for range 20 {
				x := make([]float32, 16)
				for i := range x {
					x[i] = float32(rng.Float64()*8 - 4)
				}
				fBase, err := fm.Forward(x, nil)
				if err != nil {
					t.Fatal(err)
				}
				fAdapted, err := fm.Forward(x, lora)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(fBase, fAdapted) {
					t.Fatalf("float forward %v with the adapter, %v without", fAdapted, fBase)
				}
				xq := quant.QuantizeInput(x, qm.InputExp)
				base, err := qm.Forward(context.Background(), xq, nil)
				if err != nil {
					t.Fatal(err)
				}
				adapted, err := qm.Forward(context.Background(), xq, qa)
				if err != nil {
					t.Fatal(err)
				}
				for li := range base {
					if !slices.Equal(base[li].Out, adapted[li].Out) || !slices.Equal(base[li].Q, adapted[li].Q) {
						t.Fatalf("layer %d: int8 forward %v with the adapter, %v without", li, adapted[li].Out, base[li].Out)
					}
					for _, d := range adapted[li].Delta {
						if d != 0 {
							t.Fatalf("layer %d: delta %v, want 0", li, adapted[li].Delta)
						}
					}
				}
			}
		})
	}
}

// TestExponentOfZero: the exponent of an all-zero tensor is 0 and its
// quantization all zeros, without dividing by its maximum.
func TestExponentOfZero(t *testing.T) {
	q, e, err := quant.QuantizeTensor(make([]float32, 5))
	if err != nil || e != 0 || !slices.Equal(q, make([]int8, 5)) {
		t.Fatalf("QuantizeTensor(0) = %v, %d, %v", q, e, err)
	}
	if e := quant.Exponent(0, 127); e != 0 {
		t.Fatalf("Exponent(0) = %d", e)
	}
}
