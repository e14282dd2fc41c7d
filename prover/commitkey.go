package prover

import (
	"fmt"
	"math/big"
	"runtime"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// alignCommitmentKeys re-draws the Pedersen key of each of the pair's BSB22
// commitments so that its G2 generator is the key's own γ, the shape gnark's
// MPC setup (mpcsetup) gives its keys: G = [γ]₂, GSigmaNeg = −σ·G and
// BasisExpSigma = σ·Basis for a fresh secret σ per commitment, discarded on
// return.
//
// Why: the proof of knowledge is checked as e(D, −σG)·e(K, G) = 1 and the
// Groth16 equation has the pair e(L, −γ). With G = γ the two share a G2
// point, so a verifier folding both checks with a random r merges e(L, −γ)
// and e(r·K, γ) into one pair: five pairings instead of six (34,000 gas on
// Ethereum). The binding of the commitment rests on σ staying secret, as in
// gnark's own setup; G is public in every setup (gnark's single-party setup
// draws it at random, its MPC setup uses the generator, which is also its γ).
func alignCommitmentKeys(pk *groth16_bn254.ProvingKey, vk *groth16_bn254.VerifyingKey) error {
	if len(pk.CommitmentKeys) != len(vk.CommitmentKeys) {
		return fmt.Errorf("proving key has %d commitment keys, verifying key %d: %w", len(pk.CommitmentKeys), len(vk.CommitmentKeys), ErrBadInput)
	}
	for i := range vk.CommitmentKeys {
		var sigma fr.Element
		for sigma.IsZero() {
			if _, err := sigma.SetRandom(); err != nil {
				return fmt.Errorf("draw σ: %w", err)
			}
		}
		var s big.Int
		sigma.BigInt(&s)
		basis := pk.CommitmentKeys[i].Basis
		exp := make([]curve.G1Affine, len(basis))
		scaleAll(exp, basis, &s)
		var sigmaNeg big.Int
		sigmaNeg.Neg(&s)
		vk.CommitmentKeys[i].G = vk.G2.Gamma
		vk.CommitmentKeys[i].GSigmaNeg.ScalarMultiplication(&vk.G2.Gamma, &sigmaNeg)
		pk.CommitmentKeys[i].BasisExpSigma = exp
		sigma.SetZero()
		s.SetInt64(0)
		sigmaNeg.SetInt64(0)
	}
	return nil
}

// scaleAll sets dst[j] = s·src[j], in parallel.
func scaleAll(dst, src []curve.G1Affine, s *big.Int) {
	workers := min(runtime.GOMAXPROCS(0), len(src))
	if workers == 0 {
		return
	}
	chunk := (len(src) + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(src); lo += chunk {
		hi := min(lo+chunk, len(src))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := lo; j < hi; j++ {
				dst[j].ScalarMultiplication(&src[j], s)
			}
		}()
	}
	wg.Wait()
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
