package tfgadgets

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/inference/tfops"
)

// Shared vectors: every fixture's expected outputs come from inference/tfops.

func rand8(r *rand.Rand, n, spread int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(2*spread+1) - spread)
	}
	return v
}

type lnFixture struct {
	ln *tfops.LayerNorm
	x  []int8
	tr *tfops.LNTrace
}

// newLN builds a LayerNorm of width d whose output saturates at both
// bounds (large β at both ends) on input x.
func newLN(t testing.TB, seed uint64, d int) lnFixture {
	r := rand.New(rand.NewPCG(seed, 15))
	gamma, beta := make([]float32, d), make([]float32, d)
	for i := range gamma {
		gamma[i] = float32(0.5 + r.Float64()*2)
		beta[i] = float32(r.Float64() - 0.5)
	}
	beta[0], beta[d-1] = 9, -9
	ln, err := tfops.NewLayerNorm(gamma, beta, 1e-5, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	x := rand8(r, d, 100)
	tr, err := ln.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	return lnFixture{ln, x, tr}
}

func (f lnFixture) circuit() *lnCircuit {
	return &lnCircuit{X: blank(f.ln.D), Y: blank(f.ln.D), ln: f.ln}
}

func (f lnFixture) assign(y []int8) *lnCircuit {
	return &lnCircuit{X: vars8(f.x), Y: vars8(y), ln: f.ln}
}

func solved(t *testing.T, c, w frontend.Circuit) error {
	t.Helper()
	return test.IsSolved(c, w, ecc.BN254.ScalarField())
}

// negatives checks that the honest outputs solve and each output changed by
// ±1 does not.
func negatives(t *testing.T, c frontend.Circuit, honest []int64, assign func([]int64) frontend.Circuit) {
	t.Helper()
	if err := solved(t, c, assign(honest)); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	for i := range honest {
		for _, d := range []int64{1, -1} {
			v := append([]int64(nil), honest...)
			v[i] += d
			if solved(t, c, assign(v)) == nil {
				t.Errorf("output %d %+d accepted", i, d)
			}
		}
	}
}

func to64(v []int8) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

func from64(v []int64) []int8 {
	out := make([]int8, len(v))
	for i, x := range v {
		out[i] = int8(x)
	}
	return out
}

func TestLayerNorm(t *testing.T) {
	for _, tc := range []struct {
		name string
		seed uint64
		d    int
	}{{"d1", 1, 1}, {"d5", 2, 5}, {"d16", 3, 16}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newLN(t, tc.seed, tc.d)
			negatives(t, f.circuit(), to64(f.tr.Y), func(y []int64) frontend.Circuit { return f.assign(from64(y)) })
		})
	}
	t.Run("constant input", func(t *testing.T) {
		f := newLN(t, 4, 8)
		f.x = []int8{-3, -3, -3, -3, -3, -3, -3, -3}
		f.tr, _ = f.ln.Forward(f.x)
		if err := solved(t, f.circuit(), f.assign(f.tr.Y)); err != nil {
			t.Fatal(err)
		}
	})
}

type smFixture struct {
	a  []int64
	m  uint32
	tr *tfops.SoftmaxTrace
}

// newSoftmax has one score far below the rest, so that its exp index
// saturates, a tie for the maximum, and a score just below it. (The tie
// gives equal probabilities, which FollowPublics tells apart by their
// wires.)
func newSoftmax(t testing.TB, seed uint64, n int) smFixture {
	r := rand.New(rand.NewPCG(seed, 16))
	m, err := tfops.Multiplier(math.Ldexp(1, tfops.ExpFracBits-10)) // scores at exponent 10
	if err != nil {
		t.Fatal(err)
	}
	a := make([]int64, n)
	for j := range a {
		a[j] = int64(r.NormFloat64() * 3000)
	}
	if n > 2 {
		a[1] = a[0] - 40000 // 39 in real units: saturates
		a[2] = slicesMax(a)
	}
	if n > 3 {
		a[3] = a[2] - 3 // just below the maximum
	}
	tr, err := tfops.Softmax(a, m)
	if err != nil {
		t.Fatal(err)
	}
	return smFixture{a, m, tr}
}

func slicesMax(a []int64) int64 {
	m := a[0]
	for _, x := range a {
		m = max(m, x)
	}
	return m
}

func TestSoftmax(t *testing.T) {
	for _, n := range []int{1, 3, 12} {
		f := newSoftmax(t, uint64(n), n)
		c := &softmaxCircuit{A: blank(n), P: blank(n), m: f.m}
		negatives(t, c, f.tr.P, func(p []int64) frontend.Circuit {
			return &softmaxCircuit{A: vars64(f.a), P: vars64(p), m: f.m}
		})
	}
}

type attnFixture struct {
	a       tfops.Attention
	q       []int8
	k, v    [][]int8
	tr      *tfops.AttnTrace
	visible int
}

// newAttn is the query at position t = visible−1 of a causal sequence; one
// value column is extreme so that the output saturates.
func newAttn(t testing.TB, seed uint64, h, visible int) attnFixture {
	r := rand.New(rand.NewPCG(seed, 17))
	a, err := tfops.NewAttention(h, 5, 5, 5, 6) // output at a finer exponent: saturates
	if err != nil {
		t.Fatal(err)
	}
	f := attnFixture{a: a, q: rand8(r, h, 127), visible: visible}
	for j := 0; j < visible; j++ {
		f.k = append(f.k, rand8(r, h, 127))
		v := rand8(r, h, 127)
		v[0], v[h-1] = 127, -128
		f.v = append(f.v, v)
	}
	f.tr, err = a.Step(f.q, f.k, f.v)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f attnFixture) circuit() *attnCircuit {
	c := &attnCircuit{Q: blank(len(f.q)), Out: blank(len(f.q)), a: f.a}
	for range f.k {
		c.K = append(c.K, blank(len(f.q)))
		c.V = append(c.V, blank(len(f.q)))
	}
	return c
}

func (f attnFixture) assign(out []int8) *attnCircuit {
	c := &attnCircuit{Q: vars8(f.q), Out: vars8(out), a: f.a}
	for j := range f.k {
		c.K = append(c.K, vars8(f.k[j]))
		c.V = append(c.V, vars8(f.v[j]))
	}
	return c
}

func TestAttendStep(t *testing.T) {
	for _, tc := range []struct{ h, visible int }{{2, 1}, {4, 3}, {8, 6}} {
		f := newAttn(t, uint64(tc.h), tc.h, tc.visible)
		negatives(t, f.circuit(), to64(f.tr.Out), func(o []int64) frontend.Circuit { return f.assign(from64(o)) })
	}
}

// The causal mask is the circuit's shape: position t's circuit has t+1 keys,
// and its outputs are tfops.Attention.Causal's at position t.
func TestCausalPositions(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	a, err := tfops.NewAttention(4, 5, 5, 5, 5)
	if err != nil {
		t.Fatal(err)
	}
	const T = 4
	q, k, v := make([][]int8, T), make([][]int8, T), make([][]int8, T)
	for i := range q {
		q[i], k[i], v[i] = rand8(r, 4, 127), rand8(r, 4, 127), rand8(r, 4, 127)
	}
	trs, err := a.Causal(q, k, v)
	if err != nil {
		t.Fatal(err)
	}
	differed := 0
	for p := 0; p < T; p++ {
		f := attnFixture{a: a, q: q[p], k: k[:p+1], v: v[:p+1]}
		if err := solved(t, f.circuit(), f.assign(trs[p].Out)); err != nil {
			t.Errorf("position %d: %v", p, err)
		}
		// Unmasking the next key changes the answer: the circuit of shape
		// p+2 refuses position p's outputs.
		if p+1 < T {
			g := attnFixture{a: a, q: q[p], k: k[:p+2], v: v[:p+2]}
			tr, _ := a.Step(q[p], k[:p+2], v[:p+2])
			if string(int8s(tr.Out)) == string(int8s(trs[p].Out)) {
				continue
			}
			differed++
			if solved(t, g.circuit(), g.assign(trs[p].Out)) == nil {
				t.Errorf("position %d: the masked answer accepted with key %d visible", p, p+1)
			}
		}
	}
	if differed == 0 {
		t.Fatal("fixture: unmasking a key never changes an answer")
	}
}

func TestResidual(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for _, res := range []tfops.Residual{{AExp: 4, BExp: 4, OutExp: 4}, {AExp: 5, BExp: 3, OutExp: 3}, {AExp: 3, BExp: 6, OutExp: 4}} {
		a, b := rand8(r, 8, 127), rand8(r, 8, 127)
		a[0], b[0], a[1], b[1] = 127, 127, -128, -128 // saturate both ways
		y, err := res.Add(a, b)
		if err != nil {
			t.Fatal(err)
		}
		c := &residualCircuit{A: blank(8), B: blank(8), Y: blank(8), r: res}
		negatives(t, c, to64(y), func(y []int64) frontend.Circuit {
			return &residualCircuit{A: vars8(a), B: vars8(b), Y: vars8(from64(y)), r: res}
		})
	}
}

func TestArgmax(t *testing.T) {
	tests := []struct {
		name string
		l    []int64
	}{
		{"single", []int64{-5}},
		{"tie first", []int64{7, 7, 3}},
		{"tie later", []int64{-1 << 30, 9, 2, 9, 9}},
		{"wide", []int64{1<<31 - 1, -(1 << 31), 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &argmaxCircuit{L: blank(len(tc.l))}
			want := int64(tfops.Argmax(tc.l))
			negatives(t, c, []int64{want}, func(i []int64) frontend.Circuit {
				return &argmaxCircuit{L: vars64(tc.l), Idx: i[0]}
			})
		})
	}
}

type sampleFixture struct {
	l    []int64
	s    tfops.Sampler
	seed fr.Element
	step uint64
	tr   *tfops.SampleTrace
}

func newSample(t testing.TB, seed uint64, n, k int) sampleFixture {
	r := rand.New(rand.NewPCG(seed, 18))
	s, err := tfops.NewSampler(0.8, k, 10)
	if err != nil {
		t.Fatal(err)
	}
	f := sampleFixture{s: s, step: seed}
	f.seed.SetUint64(seed * 7919)
	f.l = make([]int64, n)
	for j := range f.l {
		f.l[j] = int64(r.NormFloat64() * 1500)
	}
	if n > 3 {
		f.l[3] = f.l[2] // a tie, for the top-k order
		f.l[0] = slicesMax(f.l) - 50000
	}
	u, err := tfops.Uniform(f.seed, f.step)
	if err != nil {
		t.Fatal(err)
	}
	f.tr, err = s.Sample(f.l, u)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f sampleFixture) circuit() *sampleCircuit {
	return &sampleCircuit{L: blank(len(f.l)), s: f.s}
}

func (f sampleFixture) assign(token int64) *sampleCircuit {
	return &sampleCircuit{L: vars64(f.l), Seed: f.seed.BigInt(new(big.Int)), Step: f.step, Token: token, s: f.s}
}

func TestSample(t *testing.T) {
	for _, tc := range []struct {
		seed uint64
		n, k int
	}{{1, 1, 1}, {2, 6, 3}, {3, 10, 10}, {4, 10, 4}, {5, 10, 1}} {
		f := newSample(t, tc.seed, tc.n, tc.k)
		negatives(t, f.circuit(), []int64{int64(f.tr.Token)}, func(v []int64) frontend.Circuit { return f.assign(v[0]) })
	}
	// Another seed or step gives another uniform: the circuit refuses the
	// old token where the reference picks a different one.
	f := newSample(t, 2, 6, 6)
	for step := uint64(0); step < 40; step++ {
		u, _ := tfops.Uniform(f.seed, step)
		tr, _ := f.s.Sample(f.l, u)
		w := f.assign(int64(tr.Token))
		w.Step = step
		if err := solved(t, f.circuit(), w); err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		if tr.Token != f.tr.Token {
			w.Token = f.tr.Token
			if solved(t, f.circuit(), w) == nil {
				t.Fatalf("step %d: the other step's token accepted", step)
			}
		}
	}
}

func int8s(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}
