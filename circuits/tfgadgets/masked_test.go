package tfgadgets

import (
	"math/rand/v2"
	"testing"

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
		// Pos (public input 0) is the verifier's; the outputs follow.
		gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
			Lenient: true, ByConstraint: true, FollowPublics: true})
	})
}
