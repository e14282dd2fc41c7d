package tfgadgets

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/tfops"
)

// maskedCircuit attends the query at the public position Pos to the first
// Pos+1 of its cache slots.
type maskedCircuit struct {
	Q    []frontend.Variable
	K, V [][]frontend.Variable
	Pos  frontend.Variable   `gnark:",public"`
	Out  []frontend.Variable `gnark:",public"`
	a    tfops.Attention
}

func (c *maskedCircuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	g.AssertInt8(c.Q...)
	for j := range c.K {
		g.AssertInt8(c.K[j]...)
		g.AssertInt8(c.V[j]...)
	}
	tf := New(api, g)
	mask, _, err := tf.Position(c.Pos, len(c.K))
	if err != nil {
		return err
	}
	out, err := tf.AttendMasked(c.Q, c.K, c.V, mask, c.a)
	if err != nil {
		return err
	}
	assertEqual(api, out, c.Out)
	return tf.Err()
}

type maskedFixture struct {
	a    tfops.Attention
	q    []int8
	k, v [][]int8
}

// newMasked has n slots; one value column is extreme so that outputs
// saturate, and the last slot's key is large so that unmasking it matters.
func newMasked(t testing.TB, seed uint64, h, n int) maskedFixture {
	r := rand.New(rand.NewPCG(seed, 19))
	a, err := tfops.NewAttention(h, 5, 5, 5, 6)
	if err != nil {
		t.Fatal(err)
	}
	f := maskedFixture{a: a, q: rand8(r, h, 127)}
	for j := 0; j < n; j++ {
		f.k = append(f.k, rand8(r, h, 127))
		v := rand8(r, h, 127)
		v[0], v[h-1] = 127, -128
		f.v = append(f.v, v)
	}
	return f
}

func (f maskedFixture) circuit() *maskedCircuit {
	h := len(f.q)
	c := &maskedCircuit{Q: blank(h), Out: blank(h), a: f.a}
	for range f.k {
		c.K, c.V = append(c.K, blank(h)), append(c.V, blank(h))
	}
	return c
}

func (f maskedFixture) assign(pos int64, out []int8) *maskedCircuit {
	c := &maskedCircuit{Q: vars8(f.q), Pos: pos, Out: vars8(out), a: f.a}
	for j := range f.k {
		c.K, c.V = append(c.K, vars8(f.k[j])), append(c.V, vars8(f.v[j]))
	}
	return c
}

// One circuit serves every position: at each, its outputs are
// tfops.Attention.StepAt's, ±1 on any output is refused, and another
// position's outputs are refused where they differ.
func TestAttendMasked(t *testing.T) {
	f := newMasked(t, 1, 4, 5)
	c := f.circuit()
	outs := make([][]int8, len(f.k))
	for pos := range f.k {
		tr, err := f.a.StepAt(f.q, f.k, f.v, pos)
		if err != nil {
			t.Fatal(err)
		}
		outs[pos] = tr.Out
		negatives(t, c, to64(tr.Out), func(o []int64) frontend.Circuit { return f.assign(int64(pos), from64(o)) })
	}
	differ := 0
	for pos := 1; pos < len(f.k); pos++ {
		if string(int8s(outs[pos])) == string(int8s(outs[pos-1])) {
			continue
		}
		differ++
		if solved(t, c, f.assign(int64(pos), outs[pos-1])) == nil {
			t.Errorf("position %d accepted position %d's outputs", pos, pos-1)
		}
	}
	if differ == 0 {
		t.Fatal("fixture: every position gives the same outputs")
	}
	for _, pos := range []int64{-1, int64(len(f.k))} {
		if solved(t, c, f.assign(pos, outs[0])) == nil {
			t.Errorf("position %d outside the slots accepted", pos)
		}
	}
}

func TestAttendMaskedMalicious(t *testing.T) {
	f := newMasked(t, 2, 4, 5)
	tr, err := f.a.StepAt(f.q, f.k, f.v, 2)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, f.circuit())
	w := gadgetstest.Witness(t, f.assign(2, tr.Out))
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
		Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true})
	t.Run("follow", func(t *testing.T) {
		// Pos is the verifier's; the outputs follow.
		gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
			Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true,
			Lenient: true, ByConstraint: true, FollowPublics: true, Fixed: []string{"Pos"}})
	})
}

type maskedSoftmaxCircuit struct {
	A    []frontend.Variable
	Mask []frontend.Variable
	P    []frontend.Variable `gnark:",public"`
	m    uint32
}

func (c *maskedSoftmaxCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	for _, b := range c.Mask {
		api.AssertIsBoolean(b)
	}
	p, err := tf.SoftmaxMasked(c.A, c.Mask, c.m)
	if err != nil {
		return err
	}
	assertEqual(api, p, c.P)
	return tf.Err()
}

// TestSoftmaxMaxBelow for the masked maximum: a visible score just below
// the visible maximum, taken as the maximum, is refused only by the range
// check of mask·(m − a).
func TestSoftmaxMaskedMaxBelow(t *testing.T) {
	sm := newSoftmax(t, 12, 12)
	// a[2], the visible maximum, minus 15: 15·M < 2^31, so the maximum's
	// δ = −15 still rounds to exp index 0 when a[3] is taken as the maximum.
	sm.a[3] = sm.a[2] - 15
	// Every score visible but a[10], which is set above all the others.
	const hidden = 10
	mask := make([]int64, len(sm.a))
	var vis []int64
	sm.a[hidden] = sm.a[2] + 500
	for j := range mask {
		if j != hidden {
			mask[j] = 1
			vis = append(vis, sm.a[j])
		}
	}
	honest, err := tfops.Softmax(vis, sm.m)
	if err != nil {
		t.Fatal(err)
	}
	// expand puts the visible probabilities back in place, 0 at hidden.
	expand := func(v []int64) []int64 {
		return append(append(append([]int64(nil), v[:hidden]...), 0), v[hidden:]...)
	}
	// a[2], the visible maximum, minus 15: 15·M < 2^31, so the maximum's
	// δ = −15 still rounds to exp index 0.
	lower := sm.a[3]
	table := tfops.ExpTable()
	e := make([]int64, len(vis))
	var z int64
	for j, a := range vis {
		e[j] = table[tfops.ExpIndex(lower-a, sm.m)]
		z += e[j]
	}
	p := make([]int64, len(vis))
	changed := false
	for j := range e {
		p[j] = tfops.Normalize(e[j], z)
		changed = changed || p[j] != honest.P[j]
	}
	if !changed {
		t.Fatal("fixture: the lower maximum changes no probability")
	}
	n := len(sm.a)
	c := &maskedSoftmaxCircuit{A: blank(n), Mask: blank(n), P: blank(n), m: sm.m}
	if err := solved(t, c, &maskedSoftmaxCircuit{A: vars64(sm.a), Mask: vars64(mask), P: vars64(expand(honest.P)), m: sm.m}); err != nil {
		t.Fatalf("honest masked softmax rejected: %v", err)
	}
	ccs := gadgetstest.Compile(t, c)
	lie := func(mod *big.Int, _, out []*big.Int) error {
		out[0].Mod(big.NewInt(lower), mod)
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(MaskedMaxHint), lie))
	w := gadgetstest.Witness(t, &maskedSoftmaxCircuit{A: vars64(sm.a), Mask: vars64(mask), P: vars64(expand(p)), m: sm.m})
	if err := ccs.IsSolved(w, opts...); err == nil {
		t.Fatal("a maximum below the visible one accepted")
	}
}
