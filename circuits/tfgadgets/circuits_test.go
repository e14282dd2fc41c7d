package tfgadgets

import (
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/tfops"
)

// Test circuits: every gadget's outputs are public inputs, so the negative
// tests change one output and the malicious-hint tests let outputs follow
// the lie (gadgetstest.FollowPublics).

func vars8(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

func vars64(v []int64) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}

func blank(n int) []frontend.Variable { return make([]frontend.Variable, n) }

func assertEqual(api frontend.API, got, want []frontend.Variable) {
	for i := range got {
		api.AssertIsEqual(got[i], want[i])
	}
}

type lnCircuit struct {
	X  []frontend.Variable
	Y  []frontend.Variable `gnark:",public"`
	ln *tfops.LayerNorm
}

func (c *lnCircuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	g.AssertInt8(c.X...)
	tf := New(api, g)
	y, err := tf.LayerNorm(c.X, c.ln)
	if err != nil {
		return err
	}
	assertEqual(api, y, c.Y)
	return tf.Err()
}

type softmaxCircuit struct {
	A []frontend.Variable
	P []frontend.Variable `gnark:",public"`
	m uint32
}

func (c *softmaxCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	p, err := tf.Softmax(c.A, c.m)
	if err != nil {
		return err
	}
	assertEqual(api, p, c.P)
	return tf.Err()
}

type attnCircuit struct {
	Q    []frontend.Variable
	K, V [][]frontend.Variable
	Out  []frontend.Variable `gnark:",public"`
	a    tfops.Attention
}

func (c *attnCircuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	g.AssertInt8(c.Q...)
	for j := range c.K {
		g.AssertInt8(c.K[j]...)
		g.AssertInt8(c.V[j]...)
	}
	tf := New(api, g)
	out, err := tf.AttendStep(c.Q, c.K, c.V, c.a)
	if err != nil {
		return err
	}
	assertEqual(api, out, c.Out)
	return tf.Err()
}

type residualCircuit struct {
	A, B []frontend.Variable
	Y    []frontend.Variable `gnark:",public"`
	r    tfops.Residual
}

func (c *residualCircuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	g.AssertInt8(c.A...)
	g.AssertInt8(c.B...)
	tf := New(api, g)
	y, err := tf.Residual(c.A, c.B, c.r)
	if err != nil {
		return err
	}
	assertEqual(api, y, c.Y)
	return tf.Err()
}

type argmaxCircuit struct {
	L   []frontend.Variable
	Idx frontend.Variable `gnark:",public"`
}

func (c *argmaxCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	idx, _, err := tf.Argmax(c.L)
	if err != nil {
		return err
	}
	api.AssertIsEqual(idx, c.Idx)
	return tf.Err()
}

type sampleCircuit struct {
	L []frontend.Variable
	// Seed and step are inputs the verifier fixes; private here so that
	// FollowPublics moves only the output.
	Seed  frontend.Variable
	Step  frontend.Variable
	Token frontend.Variable `gnark:",public"`
	s     tfops.Sampler
}

func (c *sampleCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	u, err := tf.Uniform(c.Seed, c.Step)
	if err != nil {
		return err
	}
	tok, err := tf.Sample(c.L, c.s, u)
	if err != nil {
		return err
	}
	api.AssertIsEqual(tok, c.Token)
	return tf.Err()
}
