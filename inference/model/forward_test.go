package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/peft"
)

func tinyModel(t *testing.T) *Model {
	t.Helper()
	cfg, err := ParseConfig("tiny", []byte(tinyConfig))
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(*cfg)
	if err != nil {
		t.Fatal(err)
	}
	copy(m.Layers[0].W, []float32{1, -2, 0.5, 3})
	copy(m.Layers[0].B, []float32{1, -1})
	copy(m.Layers[1].W, []float32{3, 4})
	return m
}

func TestForwardByHand(t *testing.T) {
	m := tinyModel(t)
	lora := map[string]*LoRA{"fc1": {Module: "fc1", Rank: 1, Scaling: 2, A: []float32{1, 1}, B: []float32{1, 0}}}
	tests := []struct {
		name string
		x    []float32
		lora map[string]*LoRA
		want float32
	}{
		// fc1 = relu([1, 3]); fc2 = 3·1 + 4·3.
		{"plain", []float32{2, 1}, nil, 15},
		// fc1 pre-activation [-2, 1.5]: ReLU zeroes the first unit.
		{"relu clips", []float32{-1, 1}, nil, 6},
		// A·x = 3, s·B·(A·x) = [6, 0]: fc1 = [7, 3], fc2 = 21 + 12.
		{"lora", []float32{2, 1}, lora, 33},
		{"nil lora entry", []float32{2, 1}, map[string]*LoRA{"fc1": nil}, 15},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			y, err := m.Forward(tc.x, tc.lora)
			if err != nil {
				t.Fatal(err)
			}
			if len(y) != 1 || y[0] != tc.want {
				t.Errorf("Forward = %v, want [%v]", y, tc.want)
			}
		})
	}
}

func TestGELU(t *testing.T) {
	cfg := Config{ModelType: ModelType, Name: "g", Layers: []LayerConfig{{Name: "g", Type: TypeLinear, In: 1, Out: 1, Activation: ActGELU}}}
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m.Layers[0].W[0] = 1
	// Values of the exact erf GELU (torch.nn.functional.gelu, approximate="none").
	for _, tc := range []struct{ x, want float64 }{
		{0, 0}, {1, 0.8413447460685429}, {-1, -0.15865525393145707}, {3, 2.9959502}, {-5, -1.4332979e-06},
	} {
		y, err := m.Forward([]float32{float32(tc.x)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(float64(y[0])-tc.want) > 1e-6*math.Max(1, math.Abs(tc.want)) || (tc.want != 0 && math.Signbit(float64(y[0])) != math.Signbit(tc.want)) {
			t.Errorf("gelu(%v) = %v, want %v", tc.x, y[0], tc.want)
		}
	}
}

// TestLoRAMatchesMerged checks the unmerged LoRA path against a model with
// W0 + s·B·A merged into its weights.
func TestLoRAMatchesMerged(t *testing.T) {
	m := randomModel(t, 2)
	r := rand.New(rand.NewPCG(3, 4))
	const rank, scaling = 4, 0.75
	l := m.Layers[0].Config
	lo := &LoRA{Rank: rank, Scaling: scaling, A: make([]float32, rank*l.In), B: make([]float32, l.Out*rank)}
	for i := range lo.A {
		lo.A[i] = float32(r.NormFloat64() * 0.05)
	}
	for i := range lo.B {
		lo.B[i] = float32(r.NormFloat64() * 0.05)
	}
	merged := randomModel(t, 2)
	for o := range l.Out {
		for i := range l.In {
			var d float64
			for k := range rank {
				d += float64(lo.B[o*rank+k]) * float64(lo.A[k*l.In+i])
			}
			merged.Layers[0].W[o*l.In+i] = float32(float64(m.Layers[0].W[o*l.In+i]) + scaling*d)
		}
	}
	x := make([]float32, l.In)
	for i := range x {
		x[i] = float32(r.Float64())
	}
	got, err := m.Forward(x, map[string]*LoRA{"fc1": lo})
	if err != nil {
		t.Fatal(err)
	}
	want, err := merged.Forward(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	base, err := m.Forward(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	moved := false
	for i := range got {
		if d := math.Abs(float64(got[i] - want[i])); d > 1e-4 {
			t.Errorf("output %d: LoRA %v, merged %v", i, got[i], want[i])
		}
		moved = moved || math.Abs(float64(got[i]-base[i])) > 1e-3
	}
	if !moved {
		t.Error("the adapter did not change the output; test is vacuous")
	}
}

func TestForwardRejects(t *testing.T) {
	m := tinyModel(t)
	good := func() *LoRA { return &LoRA{Rank: 1, Scaling: 1, A: []float32{1, 1}, B: []float32{1, 0}} }
	with := func(f func(*LoRA)) map[string]*LoRA { l := good(); f(l); return map[string]*LoRA{"fc1": l} }
	tests := []struct {
		name   string
		x      []float32
		lora   map[string]*LoRA
		substr string
	}{
		{"short input", []float32{1}, nil, "input has 1 values"},
		{"nan input", []float32{1, float32(math.NaN())}, nil, "input element 1 is NaN"},
		{"unknown layer", []float32{1, 1}, map[string]*LoRA{"fc9": good()}, `LoRA for "fc9": model tiny has no such layer`},
		{"module mismatch", []float32{1, 1}, with(func(l *LoRA) { l.Module = "fc2" }), `names module "fc2"`},
		{"zero rank", []float32{1, 1}, with(func(l *LoRA) { l.Rank = 0 }), "rank 0"},
		{"short A", []float32{1, 1}, with(func(l *LoRA) { l.A = l.A[:1] }), "A has 1 values"},
		{"long B", []float32{1, 1}, with(func(l *LoRA) { l.B = append(l.B, 1) }), "B has 3 values"},
		{"inf scaling", []float32{1, 1}, with(func(l *LoRA) { l.Scaling = math.Inf(1) }), "scaling +Inf"},
		{"nan in A", []float32{1, 1}, with(func(l *LoRA) { l.A[1] = float32(math.NaN()) }), "A element 1 is NaN"},
		{"inf in B", []float32{1, 1}, with(func(l *LoRA) { l.B[0] = float32(math.Inf(1)) }), "B element 0 is +Inf"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := m.Forward(tc.x, tc.lora)
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.substr) {
				t.Errorf("error %v, want ErrBadInput containing %q", err, tc.substr)
			}
		})
	}
	m.Layers[0].W = nil
	if _, err := m.Forward([]float32{1, 1}, nil); !errors.Is(err, ErrBadInput) {
		t.Errorf("inconsistent model: error %v", err)
	}
}

func TestLoRAFromPEFT(t *testing.T) {
	m := tinyModel(t)
	mod := &peft.Module{Name: "fc1", In: 2, Out: 2, Rank: 1, Alpha: 2, Scaling: 2, A: []float32{1, 1}, B: []float32{1, 0}}
	lora, err := m.LoRAFromPEFT(&peft.Adapter{Modules: []*peft.Module{mod}})
	if err != nil {
		t.Fatal(err)
	}
	y, err := m.Forward([]float32{2, 1}, lora)
	if err != nil {
		t.Fatal(err)
	}
	if y[0] != 33 { // as in TestForwardByHand
		t.Errorf("Forward = %v, want [33]", y)
	}
	for _, tc := range []struct {
		name string
		mods []*peft.Module
	}{
		{"unknown layer", []*peft.Module{{Name: "fc3", In: 2, Out: 2}}},
		{"wrong dims", []*peft.Module{{Name: "fc2", In: 2, Out: 2}}},
		{"duplicate", []*peft.Module{mod, mod}},
	} {
		if _, err := m.LoRAFromPEFT(&peft.Adapter{Modules: tc.mods}); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: error %v, want ErrBadInput", tc.name, err)
		}
	}
}
