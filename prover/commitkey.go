package prover

import (
	"fmt"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// alignCommitmentKeys re-draws the Pedersen key of each of the pair's BSB22
// commitments so that its G2 generator is the key's own γ, the shape gnark's
// MPC setup (mpcsetup) gives its keys: G = [γ]₂, GSigmaNeg = −σ·G and
// BasisExpSigma = σ·Basis for a fresh secret σ per commitment
// (pedersen.Setup draws and drops it).
//
// Why: the proof of knowledge is checked as e(D, −σG)·e(K, G) = 1 and the
// Groth16 equation has the pair e(L, −γ). With G = γ the two share a G2
// point, so a verifier folding both checks with a random r merges e(L, −γ)
// and e(r·K, γ) into one pair: five pairings instead of six (34,000 gas on
// Ethereum). The binding of the commitment rests on σ staying secret, as in
// gnark's own setup; G is public in every setup (gnark's single-party setup
// draws it at random, its MPC setup uses the generator, which is also its γ).
func alignCommitmentKeys(pk *groth16_bn254.ProvingKey, vk *groth16_bn254.VerifyingKey) error {
	for i := range vk.CommitmentKeys {
		// As gnark's setup draws each key, with γ as the G2 point.
		cpk, cvk, err := pedersen.Setup([][]curve.G1Affine{pk.CommitmentKeys[i].Basis}, pedersen.WithG2Point(vk.G2.Gamma))
		if err != nil {
			return fmt.Errorf("commitment key %d: %w", i, err)
		}
		pk.CommitmentKeys[i], vk.CommitmentKeys[i] = cpk[0], cvk
	}
	return nil
}

// CommitmentKeyAligned reports whether every commitment key of vk has the
// key's γ as its G2 generator (see DevSetup), so that a verifier can check the
// commitment's proof of knowledge with one pairing fewer.
func CommitmentKeyAligned(vk *groth16_bn254.VerifyingKey) bool {
	for i := range vk.CommitmentKeys {
		if !vk.CommitmentKeys[i].G.Equal(&vk.G2.Gamma) {
			return false
		}
	}
	return len(vk.CommitmentKeys) > 0
}
