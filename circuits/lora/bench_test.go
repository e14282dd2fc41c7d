package lora

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// The demo shape: 784→64 (ReLU)→10 with rank 8 on both layers, random
// weights (constraint counts do not depend on the values, only on which
// base weights are zero).
var (
	demoWidths = []int{784, 64, 10}
	demoActs   = []quant.Activation{quant.ActReLU, quant.ActNone}
	demoShape  = []int{8, 8}
)

func demoModel() *quant.Model {
	return randModel(rand.New(rand.NewPCG(1, 1)), "demo-mlp", demoWidths, demoActs)
}

func compileB(b *testing.B, c frontend.Circuit) constraint.ConstraintSystem {
	b.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		b.Fatal(err)
	}
	return ccs
}

// BenchmarkDemoCompile compiles the demo circuit and reports its size,
// compile time (ns/op), allocations and the heap the compiled system keeps.
func BenchmarkDemoCompile(b *testing.B) {
	m := demoModel()
	b.ReportAllocs()
	var ccs constraint.ConstraintSystem
	var heap float64
	for b.Loop() {
		ccs = nil
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		c, err := New(m, demoShape)
		if err != nil {
			b.Fatal(err)
		}
		ccs = compileB(b, c)
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
	}
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(float64(ccs.GetNbInternalVariables()+ccs.GetNbSecretVariables()+ccs.GetNbPublicVariables()), "wires")
	b.ReportMetric(heap/(1<<20), "ccs-MiB")
}

// BenchmarkDemoBreakdown reports the demo circuit's constraints by part,
// from compiles of the circuit and of its gadgets in isolation.
func BenchmarkDemoBreakdown(b *testing.B) {
	m := demoModel()
	count := func(c frontend.Circuit) float64 { return float64(compileB(b, c).GetNbConstraints()) }
	newC := func(m *quant.Model, shape []int) *InferenceCircuit {
		c, err := New(m, shape)
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	for b.Loop() {
		full := count(newC(m, demoShape))
		base := count(newC(m, []int{0, 0}))

		// Base MACs: the base-only circuit minus the same circuit with all
		// base weights zero (Dense then skips every multiplication).
		zero := *m
		zero.Layers = append([]quant.Layer(nil), m.Layers...)
		for i := range zero.Layers {
			zero.Layers[i].W = make([]int8, len(m.Layers[i].W))
		}
		baseMACs := float64(784*64 + 64*10)
		b.ReportMetric((base-count(newC(&zero, []int{0, 0})))/baseMACs, "constraints/base-MAC")

		// Adapter MACs: the LoRA path of both layers alone.
		adapterMACs := float64(8*784 + 64*8 + 8*64 + 10*8)
		lora := count(newLoraOnly(m, demoShape))
		b.ReportMetric(lora/adapterMACs, "constraints/adapter-MAC")

		// Requantized activations: marginal cost with layer 1's adapted
		// parameters and with layer 2's unadapted ones.
		r1, err := gadgets.RequantFor(&m.Layers[0], 8)
		if err != nil {
			b.Fatal(err)
		}
		r2, err := gadgets.RequantFor(&m.Layers[1], 0)
		if err != nil {
			b.Fatal(err)
		}
		perAct := func(r gadgets.Requant) float64 {
			return (count(&requantOnly{Z: make([]frontend.Variable, 200), r: r}) - count(&requantOnly{Z: make([]frontend.Variable, 100), r: r})) / 100
		}
		b.ReportMetric(perAct(r1), "constraints/activation-adapted")
		b.ReportMetric(perAct(r2), "constraints/activation-base")

		// Committed adapter weights: range check + Poseidon2 absorption.
		perW := (count(&commitOnly{W: make([]frontend.Variable, 31*200)}) - count(&commitOnly{W: make([]frontend.Variable, 31*100)})) / (31 * 100)
		b.ReportMetric(perW, "constraints/adapter-weight")

		b.ReportMetric(full, "constraints")
		b.ReportMetric(full-base, "constraints-adapter-total")
		b.ReportMetric(float64(int(1)<<ceilLog2(int(full))), "domain")
	}
}

func ceilLog2(n int) int {
	k := 0
	for 1<<k < n {
		k++
	}
	return k
}

// loraOnly is the LoRA path of every adapted layer of m with no range
// checks, commitment or requantization.
type loraOnly struct {
	X    []frontend.Variable
	A, B [][]frontend.Variable
	M    []frontend.Variable
	m    *quant.Model
}

func newLoraOnly(m *quant.Model, shape []int) *loraOnly {
	c := &loraOnly{X: make([]frontend.Variable, m.Layers[0].In), m: m}
	for i, r := range shape {
		l := &m.Layers[i]
		c.A = append(c.A, make([]frontend.Variable, r*l.In))
		c.B = append(c.B, make([]frontend.Variable, l.Out*r))
		c.M = append(c.M, nil)
	}
	return c
}

func (c *loraOnly) Define(api frontend.API) error {
	x := c.X
	for i := range c.A {
		l := &c.m.Layers[i]
		acc := make([]frontend.Variable, l.Out)
		for j := range acc {
			acc[j] = 0
		}
		z, err := gadgets.LoRA(api, acc, x, c.A[i], c.B[i], c.M[i], len(c.A[i])/l.In)
		if err != nil {
			return err
		}
		x = z
	}
	return nil
}

type requantOnly struct {
	Z []frontend.Variable
	r gadgets.Requant
}

func (c *requantOnly) Define(api frontend.API) error {
	g := gadgets.New(api)
	for _, z := range c.Z {
		if _, _, err := g.Requantize(z, c.r); err != nil {
			return err
		}
	}
	return nil
}

type commitOnly struct {
	W    []frontend.Variable
	Salt frontend.Variable
}

func (c *commitOnly) Define(api frontend.API) error {
	g := gadgets.New(api)
	g.AssertInt8(c.W...)
	_, err := commit.AdapterInnerCommitmentVars(api, c.Salt, 1, []commit.AdapterLayerVars{{Layer: 0, Rank: 1, M: 1, A: c.W}})
	return err
}

// BenchmarkDemoProve runs Groth16 setup once and proves the demo circuit
// (2^17 domain): opt-in with -bench, never part of the ordinary test run.
func BenchmarkDemoProve(b *testing.B) {
	m := demoModel()
	c, err := New(m, demoShape)
	if err != nil {
		b.Fatal(err)
	}
	ccs := compileB(b, c)
	start := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	setup := time.Since(start)
	rng := rand.New(rand.NewPCG(2, 2))
	x := gadgetstest.Rand8(rng, 784)
	a := randAdapter(rng, m, demoShape)
	w, err := Assign(m, demoShape, x, a, commit.AdapterKey{Salt: commit.Uint(7), Owner: commit.DemoKey().Owner})
	if err != nil {
		b.Fatal(err)
	}
	wit, err := frontend.NewWitness(w, field)
	if err != nil {
		b.Fatal(err)
	}
	pub, err := wit.Public()
	if err != nil {
		b.Fatal(err)
	}
	var proof groth16.Proof
	for b.Loop() {
		if proof, err = groth16.Prove(ccs, pk, wit); err != nil {
			b.Fatal(err)
		}
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(setup.Seconds(), "setup-s")
}
