package lora

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

var field = ecc.BN254.ScalarField()

// randModel returns a random quantized model with the given layer widths
// and activations. Shifts are chosen so that random inputs give a mix of
// in-range and saturated outputs.
func randModel(rng *rand.Rand, name string, widths []int, acts []quant.Activation) *quant.Model {
	m := &quant.Model{Name: name, InputExp: 4}
	inExp := m.InputExp
	for i, act := range acts {
		in, out := widths[i], widths[i+1]
		w := make([]int8, in*out)
		for j := range w {
			w[j] = int8(rng.IntN(255) - 127)
		}
		bias := make([]int32, out)
		for j := range bias {
			bias[j] = int32(rng.IntN(4001) - 2000)
		}
		const wExp = 7
		// k such that the typical |acc| ≈ √in·73² requantizes to about ±64.
		k := max(1, int(math.Round(math.Log2(math.Sqrt(float64(in))*73*73/64))))
		l := quant.Layer{
			Name: fmt.Sprintf("fc%d", i), In: in, Out: out, W: w, Bias: bias,
			WExp: wExp, InExp: inExp, OutExp: inExp + wExp - k, Shift: uint(k), Act: act,
		}
		if act == quant.ActGELU {
			l.GELU = quant.GELUTable(l.OutExp)
		}
		m.Layers = append(m.Layers, l)
		inExp = l.OutExp
	}
	return m
}

// randAdapter returns a random adapter of the given shape whose multipliers
// make the LoRA term comparable to the base accumulator.
func randAdapter(rng *rand.Rand, m *quant.Model, shape []int) *quant.Adapter {
	a := &quant.Adapter{Name: "test-adapter"}
	for i, r := range shape {
		if r == 0 {
			continue
		}
		l := &m.Layers[i]
		a.Layers = append(a.Layers, quant.AdapterLayer{
			Layer: i, Rank: r, A: gadgetstest.Rand8(rng, r*l.In), B: gadgetstest.Rand8(rng, l.Out*r),
			M: uint32(1<<22 + rng.IntN(3<<22)),
		})
	}
	return a
}

// fixture is one model, adapter, input and salt with its honest assignment.
type fixture struct {
	m     *quant.Model
	shape []int
	a     *quant.Adapter
	x     []int8
	key   commit.AdapterKey
	trs   []*quant.LayerTrace
}

func newFixture(t testing.TB, seed uint64, acts []quant.Activation, shape []int) *fixture {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 99))
	m := randModel(rng, "test-mlp", []int{12, 6, 4}, acts)
	f := &fixture{m: m, shape: shape, a: randAdapter(rng, m, shape), x: gadgetstest.Rand8(rng, 12), key: commit.AdapterKey{Salt: commit.Uint(rng.Uint64()), Owner: commit.Uint(rng.Uint64() >> 1)}}
	var err error
	if f.trs, err = m.Forward(context.Background(), f.x, f.a); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) assign(t testing.TB) *InferenceCircuit {
	t.Helper()
	c, err := Assign(f.m, f.shape, f.x, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fixture) circuit(t testing.TB) *InferenceCircuit {
	t.Helper()
	c, err := New(f.m, f.shape)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// saturated counts the outputs of every layer that were clamped, so tests
// can insist that the saturation paths are exercised.
func (f *fixture) saturated() (hi, lo int) {
	for i, tr := range f.trs {
		l, h := f.m.Layers[i].Bounds()
		for _, q := range tr.Q {
			if q > h {
				hi++
			}
			if q < l {
				lo++
			}
		}
	}
	return hi, lo
}

func vars8(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// clone deep-copies an assignment so cases can mutate it.
func clone(c *InferenceCircuit) *InferenceCircuit {
	d := *c
	d.Input = append([]frontend.Variable(nil), c.Input...)
	d.Adapter = make([]AdapterWitness, len(c.Adapter))
	for i, a := range c.Adapter {
		d.Adapter[i] = AdapterWitness{
			A: append([]frontend.Variable(nil), a.A...),
			B: append([]frontend.Variable(nil), a.B...),
			M: a.M,
		}
	}
	return &d
}

func plusOne(v frontend.Variable) frontend.Variable {
	e := toFr(v)
	var one fr.Element
	one.SetOne()
	e.Add(&e, &one)
	return e
}

func toFr(v frontend.Variable) fr.Element {
	var e fr.Element
	if _, err := e.SetInterface(v); err != nil {
		panic(err)
	}
	return e
}

// wideLayer is an adapter layer whose values need not fit int8 / uint32.
type wideLayer struct {
	A, B []int64
	M    *big.Int
}

// forwardWide is quant's forward pass over big integers for inputs and
// adapters outside the int8 / uint32 ranges: what the circuit would compute
// for such a witness if nothing range-checked it. wide[i] replaces the
// adapter of layer i when present. It lets tests build cheating witnesses
// that are consistent in every respect but the ranges.
func forwardWide(m *quant.Model, x []int64, a *quant.Adapter, wide map[int]wideLayer) []int8 {
	cur := x
	var out []int8
	for i := range m.Layers {
		l := &m.Layers[i]
		var ad *wideLayer
		if w, ok := wide[i]; ok {
			ad = &w
		} else if al := a.ForLayer(i); al != nil {
			ad = &wideLayer{A: widen(al.A), B: widen(al.B), M: new(big.Int).SetUint64(uint64(al.M))}
		}
		rank := 0
		if ad != nil {
			rank = len(ad.A) / l.In
		}
		h := make([]*big.Int, rank)
		for t := range h {
			h[t] = dot(ad.A[t*l.In:(t+1)*l.In], cur)
		}
		out = make([]int8, l.Out)
		next := make([]int64, l.Out)
		for j := range out {
			z := dot(widen(l.W[j*l.In:(j+1)*l.In]), cur)
			z.Add(z, big.NewInt(int64(l.Bias[j])))
			if ad != nil {
				z.Lsh(z, quant.AdapterShift)
				d := new(big.Int)
				for t := range h {
					d.Add(d, new(big.Int).Mul(big.NewInt(ad.B[j*rank+t]), h[t]))
				}
				z.Add(z, d.Mul(d, ad.M))
			}
			s := l.FracBits(ad != nil)
			z.Add(z, new(big.Int).Lsh(big.NewInt(1), s-1))
			z.Rsh(z, s)
			y, _, _ := l.Saturate(z.Int64())
			out[j] = l.Activate(y)
			next[j] = int64(out[j])
		}
		cur = next
	}
	return out
}

func widen(v []int8) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

func dot(w, x []int64) *big.Int {
	s := new(big.Int)
	for j := range w {
		s.Add(s, new(big.Int).Mul(big.NewInt(w[j]), big.NewInt(x[j])))
	}
	return s
}

func vars64(v []int64) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}
