package prover

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"reflect"
	"runtime"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	fcs "github.com/consensys/gnark/frontend/cs"
)

// maskHint is the name of gnark's hint that draws each commitment's random
// mask (frontend/cs/r1cs: Commit adds one to make the commitment hiding).
const maskHint = "github.com/consensys/gnark/internal/hints.Randomize"

// FixedMask returns a solver option under which every commitment mask is
// one value drawn here (crypto/rand), so that Solve and the proof that
// follows it commit to the same values and agree on the challenge. Use a
// fresh one per proof: the mask is what keeps the commitment hiding.
func FixedMask() (solver.Option, error) {
	var id solver.HintID
	found := false
	for _, h := range solver.GetRegisteredHints() {
		if runtime.FuncForPC(reflect.ValueOf(h).Pointer()).Name() == maskHint {
			id, found = solver.GetHintID(h), true
		}
	}
	if !found {
		return nil, fmt.Errorf("gnark registers no hint %s (gnark changed?)", maskHint)
	}
	m, err := rand.Int(rand.Reader, fr.Modulus())
	if err != nil {
		return nil, fmt.Errorf("draw mask: %w", err)
	}
	return solver.OverrideHint(id, func(_ *big.Int, in, out []*big.Int) error {
		if len(in) != 0 {
			return fmt.Errorf("mask hint: %d inputs", len(in))
		}
		for _, o := range out {
			o.Set(m)
		}
		return nil
	}), nil
}

// Solve runs ccs's solver on full with the Groth16 commitments computed
// exactly as this package's provers compute them (pk's commitment keys, the
// Solidity target's Keccak-256 hash to field), plus the caller's solver
// options. It makes no proof. A circuit whose public inputs depend on its
// own commitment's challenge (a fingerprint the verifier recomputes) uses it
// to learn that challenge before proving: with FixedMask and a hint override
// in opts that records it (the solve may then fail on the not yet filled
// public inputs), then proves with the same FixedMask.
func Solve(ctx context.Context, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, opts ...solver.Option) error {
	r, p, err := CheckProverInputs(ccs, pk, full)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	cfg, err := backend.NewProverConfig(solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return fmt.Errorf("prover config: %w", err)
	}
	h := cfg.HashToFieldFn
	infos := r.CommitmentInfo.(constraint.Groth16Commitments)
	// As groth16_bn254.Prove's override of the same hint: in[0] is the
	// commitment's index, then its hashed public inputs, then its private
	// committed values.
	commit := func(_ *big.Int, in, out []*big.Int) error {
		i := int(in[0].Int64())
		if i < 0 || i >= len(infos) || i >= len(p.CommitmentKeys) {
			return fmt.Errorf("commitment %d of %d", i, len(infos))
		}
		in = in[1:]
		hashed := in[:len(infos[i].PublicAndCommitmentCommitted)]
		values := make([]fr.Element, len(infos[i].PrivateCommitted))
		for j, v := range in[len(hashed):] {
			values[j].SetBigInt(v)
		}
		d, err := p.CommitmentKeys[i].Commit(values)
		if err != nil {
			return err
		}
		h.Reset()
		h.Write(constraint.SerializeCommitment(d.Marshal(), hashed, (fr.Bits-1)/8+1))
		sum := h.Sum(nil)
		n := min(fr.Bytes, h.Size())
		var res fr.Element
		res.SetBytes(sum[:n])
		res.BigInt(out[0])
		return nil
	}
	all := append([]solver.Option{solver.OverrideHint(solver.GetHintID(fcs.Bsb22CommitmentComputePlaceholder), commit)}, opts...)
	_, err = guard(func() (struct{}, error) {
		_, err := r.Solve(full, all...)
		return struct{}{}, err
	})
	return err
}
