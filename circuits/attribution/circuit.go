package attribution

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/quant"
)

// Circuit is Gadget standalone, with two public inputs: the Datanet root and
// the attribution digest. The inference values are private witnesses: X
// (every layer's int8 input), the logits, the adapter (A, B int8, M < 2^32);
// A·x is recomputed here. Only the forward pass itself (that X[l+1] and the
// logits are what the model computes on X[0]) is not proven: that is the
// inference circuit's statement, which embeds Gadget to bind the two.
type Circuit struct {
	Root   frontend.Variable `gnark:",public"`
	Digest frontend.Variable `gnark:",public"`

	X      [][]frontend.Variable
	Logits []frontend.Variable
	A, B   [][]frontend.Variable
	M      []frontend.Variable
	Data   []frontend.Variable
	Sketch [][]frontend.Variable

	plan    *influence.Plan
	classes int
}

// New returns the circuit shape for plan pl, classes outputs and n contributors.
func New(pl *influence.Plan, classes, n int) *Circuit {
	m := pl.Model
	c := &Circuit{plan: pl, classes: classes}
	vars := func(k int) []frontend.Variable { return make([]frontend.Variable, k) }
	for l := range m.Layers {
		ly := &m.Layers[l]
		c.X = append(c.X, vars(ly.In))
		var a, b []frontend.Variable
		if blk := blockOf(pl, l); blk != nil {
			a, b = vars(blk.R*ly.In), vars(ly.Out*blk.R)
		}
		c.A, c.B = append(c.A, a), append(c.B, b)
	}
	c.M = vars(len(m.Layers))
	c.Logits = vars(m.Layers[len(m.Layers)-1].Out)
	c.Data = vars(n)
	for range n {
		c.Sketch = append(c.Sketch, vars(pl.CommittedDim()))
	}
	return c
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	pl := c.plan
	tv := TraceVars{X: c.X, Logits: c.Logits, A: c.A, B: c.B, M: c.M, H: make([][]frontend.Variable, len(c.X))}
	g.AssertInt8(c.Logits...)
	for l, x := range c.X {
		g.AssertInt8(x...)
		blk := blockOf(pl, l)
		if blk == nil {
			api.AssertIsEqual(c.M[l], 0) // unused: pin it
			continue
		}
		g.AssertInt8(c.A[l]...)
		g.AssertInt8(c.B[l]...)
		if err := g.AssertBits(c.M[l], 32); err != nil {
			return err
		}
		h := make([]frontend.Variable, blk.R)
		for t := range h {
			var s frontend.Variable = 0
			for j, xj := range x {
				s = api.Add(s, api.Mul(c.A[l][t*blk.In+j], xj))
			}
			h[t] = s
		}
		tv.H[l] = h
	}
	cs := make([]ContributorVars, len(c.Data))
	for i := range cs {
		cs[i] = ContributorVars{Data: c.Data[i], Sketch: c.Sketch[i]}
	}
	out, err := Gadget(api, g, pl, c.classes, tv, cs)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out.Root, c.Root)
	api.AssertIsEqual(out.Digest, c.Digest) // mutant:attr-digest
	return nil
}

// Assignment is a full witness with the native values it was built from.
type Assignment struct {
	Circuit *Circuit
	Root    fr.Element
	Digest  fr.Element
	Weights []uint32
}

// Assign builds the witness for the inference trace trs (quantized forward
// of pl's model and adapter), the contributors' data commitments and
// sketches, computing the public root and digest natively.
func Assign(pl *influence.Plan, classes int, trs []*quant.LayerTrace, data []fr.Element, sketches []influence.Sketch) (*Assignment, error) {
	if len(data) != len(sketches) {
		return nil, fmt.Errorf("attribution: %d data commitments, %d sketches", len(data), len(sketches))
	}
	g, err := pl.TestGradient(trs)
	if err != nil {
		return nil, err
	}
	scores, err := influence.Scores(g.Sketch, sketches)
	if err != nil {
		return nil, err
	}
	w, _, err := influence.WeightsBy(pl.P.WeightRule, scores)
	if err != nil {
		return nil, err
	}
	coms := make([]fr.Element, len(sketches))
	for i, s := range sketches {
		if coms[i], err = pl.Commitment(s); err != nil {
			return nil, err
		}
	}
	root, err := datanet.RootOf(pl.Model.Layers[0].In, classes, data, coms)
	if err != nil {
		return nil, err
	}
	digest := influence.Digest(w)
	c := New(pl, classes, len(data))
	c.Root, c.Digest = root.BigInt(new(big.Int)), digest.BigInt(new(big.Int))
	for l, tr := range trs {
		c.X[l] = int8s(tr.X)
		c.M[l] = 0
		if al := pl.Adapter.ForLayer(l); al != nil && blockOf(pl, l) != nil {
			c.A[l], c.B[l], c.M[l] = int8s(al.A), int8s(al.B), int64(al.M)
		}
	}
	c.Logits = int8s(quant.Output(trs))
	for i := range data {
		c.Data[i] = data[i].BigInt(new(big.Int))
		for j, v := range sketches[i] {
			c.Sketch[i][j] = v
		}
	}
	return &Assignment{Circuit: c, Root: root, Digest: digest, Weights: w}, nil
}

func int8s(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}
