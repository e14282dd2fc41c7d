// Package toy holds tiny circuits for the prover packages' tests. They have
// the shape of the real circuits: public inputs, private inputs, and exactly
// one Groth16 commitment (from std/rangecheck).
package toy

import (
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
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

// Fingerprint exposes its commitment's challenge: public rho must equal the
// challenge of the commitment to the public seed and the private y (drawn
// through std/multicommit, like every other use), and eval = y·rho. A prover
// learns rho by solving before proving (prover.Solve); Capture is the hint
// through which it reads it.
type Fingerprint struct {
	Seed frontend.Variable `gnark:"seed,public"`
	Rho  frontend.Variable `gnark:"rho,public"`
	Eval frontend.Variable `gnark:"eval,public"`
	Y    frontend.Variable `gnark:"y"`
}

// Define implements frontend.Circuit.
func (c *Fingerprint) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.Y, 16)
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		r, err := api.Compiler().NewHint(Capture, 1, rho)
		if err != nil {
			return err
		}
		api.AssertIsEqual(r[0], rho)
		api.AssertIsEqual(c.Rho, r[0])
		api.AssertIsEqual(c.Eval, api.Mul(c.Y, r[0]))
		return nil
	}, c.Seed, c.Y)
	return nil
}

// Capture returns its input.
func Capture(_ *big.Int, in, out []*big.Int) error {
	out[0].Set(in[0])
	return nil
}

func init() { solver.RegisterHint(Capture) }
