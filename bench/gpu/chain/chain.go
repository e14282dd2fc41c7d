// Package chain builds synthetic Groth16 circuits of an exact constraint count for
// prover tests and benchmarks. They are shaped like openproof's inference circuit
// where it matters to a prover: public inputs, private inputs, and exactly one
// Groth16 commitment (the lookup argument of std/rangecheck), so the accelerated
// prover's commitment path is exercised too.
package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
)

// ErrBadSize marks a requested size the circuit cannot have.
var ErrBadSize = errors.New("chain: bad size")

// MinConstraints is the smallest size Build accepts.
const MinConstraints = 256

// MaxConstraints bounds Build: 2^26 constraints need ≈64–128 GB (1–2 KB each).
const MaxConstraints = 1 << 26

// Circuit is a chain of Muls squarings, acc ← acc² + i + 1 (one constraint each),
// from the public In to the public Out, plus an 8-bit range check of each Bytes
// value (a sixteenth of the constraints), which gives the circuit its commitment.
type Circuit struct {
	In    frontend.Variable `gnark:",public"`
	Out   frontend.Variable `gnark:",public"`
	Bytes []frontend.Variable
	Muls  int `gnark:"-"`
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	acc := c.In
	for i := 0; i < c.Muls; i++ {
		acc = api.Add(api.Mul(acc, acc), i+1)
	}
	api.AssertIsEqual(acc, c.Out)
	rc := rangecheck.New(api)
	for _, b := range c.Bytes {
		rc.Check(b, 8)
	}
	return nil
}

// Output is the chain's output for input in after muls steps.
func Output(in uint64, muls int) fr.Element {
	var acc, c fr.Element
	acc.SetUint64(in)
	for i := 0; i < muls; i++ {
		c.SetUint64(uint64(i + 1))
		acc.Square(&acc).Add(&acc, &c)
	}
	return acc
}

// Assignment is the satisfying assignment of the circuit with muls squarings and
// nbBytes range-checked values, for input in.
func Assignment(in uint64, muls, nbBytes int) *Circuit {
	a := &Circuit{In: in, Out: Output(in, muls), Bytes: make([]frontend.Variable, nbBytes), Muls: muls}
	for i := range a.Bytes {
		a.Bytes[i] = (i * 37) % 256
	}
	return a
}

// Instance is a compiled chain circuit with a satisfying witness.
type Instance struct {
	CCS     constraint.ConstraintSystem
	Full    witness.Witness
	Public  witness.Witness
	Muls    int
	NbBytes int
}

// Build compiles a chain circuit of exactly n constraints and its witness for
// input 3. The range-check part is compiled alone first to learn its cost; the
// squarings then fill the rest, one constraint each.
func Build(ctx context.Context, n int) (*Instance, error) {
	if n < MinConstraints || n > MaxConstraints {
		return nil, fmt.Errorf("%w: %d constraints, want %d…%d", ErrBadSize, n, MinConstraints, MaxConstraints)
	}
	nbBytes := n / 16
	compile := func(muls int) (constraint.ConstraintSystem, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder,
			&Circuit{Bytes: make([]frontend.Variable, nbBytes), Muls: muls})
	}
	base, err := compile(0)
	if err != nil {
		return nil, fmt.Errorf("chain: compile range checks: %w", err)
	}
	muls := n - base.GetNbConstraints()
	if muls < 1 {
		return nil, fmt.Errorf("%w: %d constraints is below the %d of the range checks", ErrBadSize, n, base.GetNbConstraints())
	}
	ccs, err := compile(muls)
	if err != nil {
		return nil, fmt.Errorf("chain: compile %d constraints: %w", n, err)
	}
	if got := ccs.GetNbConstraints(); got != n {
		// The range checks' cost depends only on nbBytes, so this is a gnark change.
		return nil, fmt.Errorf("chain: compiled %d constraints, want %d", got, n)
	}
	full, err := frontend.NewWitness(Assignment(3, muls, nbBytes), ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("chain: witness: %w", err)
	}
	public, err := full.Public()
	if err != nil {
		return nil, fmt.Errorf("chain: public witness: %w", err)
	}
	return &Instance{CCS: ccs, Full: full, Public: public, Muls: muls, NbBytes: nbBytes}, nil
}

// PublicWitness is the public witness (In, Out) for other values, for tests that
// check that a proof does not verify against the wrong statement.
func PublicWitness(in uint64, out fr.Element) (witness.Witness, error) {
	w, err := frontend.NewWitness(&Circuit{In: in, Out: out}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("chain: public witness: %w", err)
	}
	return w, nil
}
