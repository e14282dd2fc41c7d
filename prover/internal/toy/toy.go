// Package toy holds tiny circuits for the prover packages' tests. They have
// the shape of the real circuits: public inputs, private inputs, and exactly
// one Groth16 commitment (from std/rangecheck).
package toy

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
)

// Cube proves knowledge of a 16-bit y with y³ = x.
type Cube struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable `gnark:"y"`
}

// Define implements frontend.Circuit.
func (c *Cube) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y, c.Y))
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

// CubeAssignment is a satisfying assignment for y.
func CubeAssignment(y uint64) *Cube { return &Cube{X: y * y * y, Y: y} }

// Statement mirrors the inference circuit's public statement: four digests,
// bound by out = y³ + model·adapter + in for a private 16-bit y.
type Statement struct {
	ModelDigest       frontend.Variable `gnark:"model_digest,public"`
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	InputDigest       frontend.Variable `gnark:"input_digest,public"`
	OutputDigest      frontend.Variable `gnark:"output_digest,public"`
	Y                 frontend.Variable `gnark:"y"`
}

// Define implements frontend.Circuit.
func (c *Statement) Define(api frontend.API) error {
	y3 := api.Mul(c.Y, c.Y, c.Y)
	api.AssertIsEqual(c.OutputDigest, api.Add(y3, api.Mul(c.ModelDigest, c.AdapterCommitment), c.InputDigest))
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

// StatementAssignment is a satisfying assignment of Statement.
func StatementAssignment(model, adapter, in, y uint64) *Statement {
	return &Statement{
		ModelDigest:       model,
		AdapterCommitment: adapter,
		InputDigest:       in,
		OutputDigest:      y*y*y + model*adapter + in,
		Y:                 y,
	}
}
