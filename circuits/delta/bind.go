package delta

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/inference/enginetrace"
)

// Bind fills the fingerprint inputs of a Fingerprinted assignment of tr's
// part: solve (the circuit's solver, with the commitment as the proof will
// compute it, mask included) runs once with placeholders to reveal the
// challenge ρ through ChallengeHint, then the fingerprints of the trace's x
// and Δy at ρ are computed natively. That solve fails on the placeholders
// once ρ is read; a failure before ρ is read is returned, a later one
// (another unsatisfied constraint) shows when proving.
func Bind(assignment *Circuit, tr *enginetrace.Trace, solve func(w witness.Witness, opts ...solver.Option) error) (rho, x, y fr.Element, err error) {
	w, err := frontend.NewWitness(assignment, fr.Modulus())
	if err != nil {
		return rho, x, y, fmt.Errorf("witness: %w", err)
	}
	return BindWitness(assignment, w, tr, solve)
}

// fingerprintAt is the position of Fingerprint[0] among the public inputs
// (after adapter_commitment, x_digest, delta_digest).
const fingerprintAt = 3

// BindWitness is Bind on w, assignment's full witness, whose fingerprint
// entries it sets as well (a prover then proves w under the same mask).
func BindWitness(assignment *Circuit, w witness.Witness, tr *enginetrace.Trace, solve func(w witness.Witness, opts ...solver.Option) error) (rho, x, y fr.Element, err error) {
	s := assignment.shape
	vec, ok := w.Vector().(fr.Vector)
	if s.Binding != Fingerprinted || len(assignment.Fingerprint) != 3 || !ok || len(vec) < fingerprintAt+3 {
		return rho, x, y, fmt.Errorf("%w: Bind needs a Fingerprinted assignment", ErrBadInput)
	}
	var got *big.Int
	record := solver.OverrideHint(solver.GetHintID(ChallengeHint), func(mod *big.Int, in, out []*big.Int) error {
		got = new(big.Int).Set(in[0])
		return ChallengeHint(mod, in, out)
	})
	if serr := solve(w, record); got == nil {
		return rho, x, y, fmt.Errorf("solve did not reach the fingerprints: %w", serr)
	}
	rho.SetBigInt(got)
	if x, y, err = Fingerprints(s, tr, rho); err != nil {
		return rho, x, y, err
	}
	assignment.setFingerprint(Public{Rho: rho, XEval: x, DeltaEval: y})
	vec[fingerprintAt], vec[fingerprintAt+1], vec[fingerprintAt+2] = rho, x, y
	return rho, x, y, nil
}

// PublicWitness returns the public witness of a part's statement, what its
// proof verifies against (the pinned circuit's layout is the committed
// one's).
func PublicWitness(s Shape, p Public) (witness.Witness, error) {
	pub, err := AssignPublic(s, p)
	if err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(pub, fr.Modulus(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("delta: public witness: %w", err)
	}
	return w, nil
}
