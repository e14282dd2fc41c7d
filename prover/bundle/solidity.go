package bundle

import (
	"errors"
	"fmt"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// Sizes in MarshalSolidity's layout: uncompressed big-endian coordinates,
// G2 coordinates as (A1, A0).
const (
	g1Bytes  = 2 * fp.Bytes
	g2Bytes  = 4 * fp.Bytes
	baseSize = g1Bytes + g2Bytes + g1Bytes // Ar | Bs | Krs
)

// nbCommitments is the number of commitments a proof of n bytes holds:
// Ar | Bs | Krs, then, with k ≥ 1 commitments, k points and one proof of
// knowledge.
func nbCommitments(n int) (int, error) {
	switch {
	case n == baseSize:
		return 0, nil
	case n >= baseSize+2*g1Bytes && (n-baseSize)%g1Bytes == 0:
		return (n-baseSize)/g1Bytes - 1, nil
	}
	return 0, fmt.Errorf("%d bytes: want %d, or %d plus 64 per commitment plus 64", n, baseSize, baseSize)
}

// ProofFromSolidity decodes (*groth16_bn254.Proof).MarshalSolidity's bytes:
//
//	Ar.X | Ar.Y | Bs.X.A1 | Bs.X.A0 | Bs.Y.A1 | Bs.Y.A0 | Krs.X | Krs.Y
//	[ Commitment_0.X | Commitment_0.Y | ... | PoK.X | PoK.Y ]
//
// Every coordinate must be below the base field's modulus, every point on
// the curve and (for G2) in the prime-order subgroup; (0, 0) is the point at
// infinity, as in the EVM precompiles. Errors wrap ErrBadInput.
func ProofFromSolidity(b []byte) (*groth16_bn254.Proof, error) {
	k, err := nbCommitments(len(b))
	if err != nil {
		return nil, fmt.Errorf("proof: %v: %w", err, ErrBadInput)
	}
	var p groth16_bn254.Proof
	off := 0
	g1 := func(name string, dst *curve.G1Affine) error {
		defer func() { off += g1Bytes }()
		if err := setG1(dst, b[off:off+g1Bytes]); err != nil {
			return fmt.Errorf("proof: %s: %v: %w", name, err, ErrBadInput)
		}
		return nil
	}
	if err := g1("Ar", &p.Ar); err != nil {
		return nil, err
	}
	if err := setG2(&p.Bs, b[off:off+g2Bytes]); err != nil {
		return nil, fmt.Errorf("proof: Bs: %v: %w", err, ErrBadInput)
	}
	off += g2Bytes
	if err := g1("Krs", &p.Krs); err != nil {
		return nil, err
	}
	if k > 0 {
		p.Commitments = make([]curve.G1Affine, k)
		for i := range p.Commitments {
			if err := g1(fmt.Sprintf("commitment %d", i), &p.Commitments[i]); err != nil {
				return nil, err
			}
		}
		if err := g1("commitment proof of knowledge", &p.CommitmentPok); err != nil {
			return nil, err
		}
	}
	return &p, nil
}

func setFp(dst *fp.Element, b []byte) error {
	if err := dst.SetBytesCanonical(b); err != nil {
		return errors.New("coordinate not below the base field modulus")
	}
	return nil
}

func setG1(p *curve.G1Affine, b []byte) error {
	if err := setFp(&p.X, b[:fp.Bytes]); err != nil {
		return err
	}
	if err := setFp(&p.Y, b[fp.Bytes:]); err != nil {
		return err
	}
	if p.IsInfinity() {
		return nil
	}
	if !p.IsOnCurve() {
		return errors.New("point not on the curve")
	}
	// BN254's G1 has cofactor 1: on the curve is in the subgroup.
	return nil
}

func setG2(p *curve.G2Affine, b []byte) error {
	for i, dst := range []*fp.Element{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0} {
		if err := setFp(dst, b[i*fp.Bytes:(i+1)*fp.Bytes]); err != nil {
			return err
		}
	}
	if p.IsInfinity() {
		return nil
	}
	if !p.IsOnCurve() {
		return errors.New("point not on the curve")
	}
	if !p.IsInSubGroup() {
		return errors.New("point not in the prime-order subgroup")
	}
	return nil
}
