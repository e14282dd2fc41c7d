package bench

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// Case is one benchmark: a single LoRA module In→Out of rank Rank on a
// random base layer, or (Demo) the embedded MNIST model with its adapter.
type Case struct {
	Name          string
	In, Out, Rank int
	Demo          bool
}

// DefaultCases are the benchmark sizes of bench/results.md, smallest first (so the
// process-wide peak RSS reported after each case belongs to the largest
// case so far).
func DefaultCases() []Case {
	return []Case{
		Module(784, 64, 8),
		DemoCase(),
		Module(1024, 1024, 16),
		Module(4096, 4096, 16),
	}
}

// Module returns the case of one LoRA module.
func Module(in, out, rank int) Case {
	return Case{Name: fmt.Sprintf("%dx%d-r%d", in, out, rank), In: in, Out: out, Rank: rank}
}

// DemoCase returns the case of the embedded demo model (784→64→10, r = 8
// on both layers).
func DemoCase() Case { return Case{Name: "demo-mnist", Demo: true} }

// Limits on a module case, so that a mistyped size fails here instead of
// exhausting memory: the base matrix is held as float32, int8 and circuit
// constants (8192×8192 at most), and circuits above about 2^23 constraints
// do not fit a 24 GB machine.
const (
	maxFeatures    = 1 << 16
	maxBaseWeights = 1 << 26
	maxRank        = 1024
)

// Validate reports why a case cannot run (empty name, sizes out of range).
func (c Case) Validate() error {
	if c.Name == "" {
		return fmt.Errorf("bench: case has no name")
	}
	if c.Demo {
		if c.In != 0 || c.Out != 0 || c.Rank != 0 {
			return fmt.Errorf("bench: case %s: the demo case takes its sizes from the embedded model, not In/Out/Rank", c.Name)
		}
		return nil
	}
	if c.In < 1 || c.In > maxFeatures || c.Out < 1 || c.Out > maxFeatures {
		return fmt.Errorf("bench: case %s: shape %d→%d outside 1…%d", c.Name, c.In, c.Out, maxFeatures)
	}
	if c.In*c.Out > maxBaseWeights {
		return fmt.Errorf("bench: case %s: %d×%d base weights, at most %d", c.Name, c.In, c.Out, maxBaseWeights)
	}
	if c.Rank < 1 || c.Rank > maxRank || c.Rank > min(c.In, c.Out) {
		return fmt.Errorf("bench: case %s: rank %d outside 1…min(%d, in, out)", c.Name, c.Rank, maxRank)
	}
	return nil
}

// instance is a case made concrete: a quantized model, an adapter, one
// input and a salt, everything the circuit and its witness need.
type instance struct {
	m     *quant.Model
	a     *quant.Adapter
	shape []int
	x     []int8
	salt  fr.Element
}

// build makes the instance of c. Module cases go through the same path as a
// real model: a float model and PEFT adapter quantized by quant.FromModel and
// quant.FromPEFT, so weight exponents, shifts and multipliers are what the
// recipe picks for such weights.
func build(c Case) (*instance, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if c.Demo {
		return buildDemo()
	}
	return buildModule(c)
}

func buildDemo() (*instance, error) {
	fm, err := demo.MNISTBase()
	if err != nil {
		return nil, fmt.Errorf("bench: demo model: %w", err)
	}
	q, err := quant.FromModel(fm)
	if err != nil {
		return nil, fmt.Errorf("bench: demo model: %w", err)
	}
	pa, err := demo.MNISTAdapter()
	if err != nil {
		return nil, fmt.Errorf("bench: demo adapter: %w", err)
	}
	qa, err := quant.FromPEFT(q, pa, "embedded")
	if err != nil {
		return nil, fmt.Errorf("bench: demo adapter: %w", err)
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		return nil, fmt.Errorf("bench: demo samples: %w", err)
	}
	if samples.Len() == 0 {
		return nil, fmt.Errorf("bench: demo samples: none embedded")
	}
	return &instance{
		m: q, a: qa, shape: qa.Shape(len(q.Layers)),
		x:    quant.QuantizeInput(samples.Images[0], q.InputExp),
		salt: commit.Uint(1),
	}, nil
}

// Exponents and scales of the synthetic modules. Inputs are reals in
// [−1, 1) at exponent 7 (int8 ·2^7); weights follow PyTorch's nn.Linear
// initialization U(±1/√in) and PEFT's for lora_A; lora_B, zero at PEFT's
// initialization, gets the magnitude of a trained one; alpha = 2r.
const (
	moduleInputExp = 7
	loraBScale     = 0.02
)

// buildModule makes a one-layer model in→out (no activation: the
// projections LoRA adapts in transformers have none) with deterministic
// pseudo-random weights, an adapter of rank r, and one input. The output
// exponent is calibrated on that input like training calibrates a real model:
// the largest exponent at which the float output of base+adapter fits int8.
func buildModule(c Case) (*instance, error) {
	rng := rand.New(rand.NewPCG(uint64(c.In)<<32|uint64(c.Out), uint64(c.Rank)))
	uniform := func(n int, bound float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32((2*rng.Float64() - 1) * bound)
		}
		return v
	}
	name := "proj"
	cfg := model.Config{
		ModelType: model.ModelType,
		Name:      "bench-" + c.Name,
		Layers: []model.LayerConfig{{
			Name: name, Type: model.TypeLinear, In: c.In, Out: c.Out, Bias: true, Activation: model.ActNone,
		}},
	}
	fm, err := model.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("bench: case %s: %w", c.Name, err)
	}
	bound := 1 / math.Sqrt(float64(c.In))
	fm.Layers[0].W = uniform(c.In*c.Out, bound)
	fm.Layers[0].B = uniform(c.Out, bound)
	x := uniform(c.In, 1)

	mod := &peft.Module{
		Name: name, In: c.In, Out: c.Out, Rank: c.Rank,
		Alpha: float64(2 * c.Rank), Scaling: 2,
		A: uniform(c.Rank*c.In, bound),
		B: uniform(c.Out*c.Rank, loraBScale),
	}
	pa := &peft.Adapter{Modules: []*peft.Module{mod}}
	lora, err := fm.LoRAFromPEFT(pa)
	if err != nil {
		return nil, fmt.Errorf("bench: case %s: %w", c.Name, err)
	}
	y, err := fm.Forward(x, lora)
	if err != nil {
		return nil, fmt.Errorf("bench: case %s: calibration pass: %w", c.Name, err)
	}
	var maxY float64
	for _, v := range y {
		maxY = math.Max(maxY, math.Abs(float64(v)))
	}
	fm.Config.Quantization = &model.QuantConfig{
		Scheme:              quant.Scheme,
		InputExponent:       moduleInputExp,
		ActivationExponents: []int{quant.Exponent(maxY, 127)},
	}
	q, err := quant.FromModel(fm)
	if err != nil {
		return nil, fmt.Errorf("bench: case %s: %w", c.Name, err)
	}
	qa, err := quant.FromPEFT(q, pa, "bench")
	if err != nil {
		return nil, fmt.Errorf("bench: case %s: %w", c.Name, err)
	}
	return &instance{
		m: q, a: qa, shape: qa.Shape(1),
		x:    quant.QuantizeInput(x, moduleInputExp),
		salt: commit.Uint(rng.Uint64()),
	}, nil
}

// counts are the sizes the per-component figures divide by.
type counts struct {
	baseMACs, adapterMACs, activations, adapterWeights int
}

func (in *instance) counts() counts {
	var n counts
	for i, l := range in.m.Layers {
		n.baseMACs += l.In * l.Out
		n.activations += l.Out // every layer output is requantized
		if r := in.shape[i]; r > 0 {
			n.adapterMACs += r * (l.In + l.Out)
			n.adapterWeights += r * (l.In + l.Out)
		}
	}
	return n
}
