package tfgadgets

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/tfops"
)

// Each gadget, compiled once, accepts tfops' outputs on many random
// vectors (extremes included) and refuses them with one output changed.
func TestAgreesOnRandomVectors(t *testing.T) {
	const trials = 25
	r := rand.New(rand.NewPCG(2026, 12))
	t.Run("layernorm", func(t *testing.T) {
		f := newLN(t, 9, 12)
		ccs := gadgetstest.Compile(t, f.circuit())
		for i := 0; i < trials; i++ {
			x := rand8(r, 12, 1+r.IntN(128))
			if i == 0 {
				for j := range x {
					x[j] = int8(127 - 255*(j%2)) // extreme: ±127/−128
				}
			}
			tr, err := f.ln.Forward(x)
			if err != nil {
				t.Fatal(err)
			}
			g := lnFixture{ln: f.ln, x: x, tr: tr}
			check(t, ccs, g.assign(tr.Y), g.assign(bump8(tr.Y, i)))
		}
	})
	t.Run("softmax", func(t *testing.T) {
		const n = 10
		m, _ := tfops.Multiplier(math.Ldexp(1, tfops.ExpFracBits-10))
		ccs := gadgetstest.Compile(t, &softmaxCircuit{A: blank(n), P: blank(n), m: m})
		for i := 0; i < trials; i++ {
			a := make([]int64, n)
			spread := math.Ldexp(1, r.IntN(20))
			for j := range a {
				a[j] = int64(r.NormFloat64() * spread)
			}
			tr, err := tfops.Softmax(a, m)
			if err != nil {
				t.Fatal(err)
			}
			check(t, ccs, &softmaxCircuit{A: vars64(a), P: vars64(tr.P), m: m}, &softmaxCircuit{A: vars64(a), P: vars64(bump64(tr.P, i)), m: m})
		}
	})
	t.Run("attention", func(t *testing.T) {
		f := newAttn(t, 11, 4, 4)
		ccs := gadgetstest.Compile(t, f.circuit())
		for i := 0; i < trials; i++ {
			g := f
			g.q = rand8(r, 4, 1+r.IntN(128))
			g.k, g.v = nil, nil
			for j := 0; j < 4; j++ {
				g.k, g.v = append(g.k, rand8(r, 4, 128)), append(g.v, rand8(r, 4, 128))
			}
			tr, err := g.a.Step(g.q, g.k, g.v)
			if err != nil {
				t.Fatal(err)
			}
			check(t, ccs, g.assign(tr.Out), g.assign(bump8(tr.Out, i)))
		}
	})
	t.Run("sample", func(t *testing.T) {
		f := newSample(t, 12, 12, 5)
		ccs := gadgetstest.Compile(t, f.circuit())
		for i := 0; i < trials; i++ {
			g := f
			g.step = uint64(100 + i)
			g.seed.SetUint64(uint64(r.Int64()))
			for j := range g.l {
				g.l[j] = int64(r.NormFloat64() * 4000)
			}
			u, err := tfops.Uniform(g.seed, g.step)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := g.s.Sample(g.l, u)
			if err != nil {
				t.Fatal(err)
			}
			other := (tr.Token + 1) % len(g.l)
			check(t, ccs, g.assign(int64(tr.Token)), g.assign(int64(other)))
		}
	})
	t.Run("argmax", func(t *testing.T) {
		const n = 9
		ccs := gadgetstest.Compile(t, &argmaxCircuit{L: blank(n)})
		for i := 0; i < trials; i++ {
			l := make([]int64, n)
			for j := range l {
				l[j] = int64(r.IntN(7)) - 3 // small range: many ties
			}
			want := tfops.Argmax(l)
			check(t, ccs, &argmaxCircuit{L: vars64(l), Idx: want}, &argmaxCircuit{L: vars64(l), Idx: (want + 1) % n})
		}
	})
}

// check asserts that ccs accepts good and refuses bad.
func check(t *testing.T, ccs constraint.ConstraintSystem, good, bad frontend.Circuit) {
	t.Helper()
	if err := ccs.IsSolved(gadgetstest.Witness(t, good)); err != nil {
		t.Fatalf("reference outputs rejected: %v", err)
	}
	if ccs.IsSolved(gadgetstest.Witness(t, bad)) == nil {
		t.Fatal("changed outputs accepted")
	}
}

// bump8 returns y with entry i mod len(y) moved by one (inside int8).
func bump8(y []int8, i int) []int8 {
	v := append([]int8(nil), y...)
	j := i % len(v)
	if v[j] == 127 {
		v[j]--
	} else {
		v[j]++
	}
	return v
}

// bump64 returns p with entry i mod len(p) plus one.
func bump64(p []int64, i int) []int64 {
	v := append([]int64(nil), p...)
	v[i%len(v)]++
	return v
}
