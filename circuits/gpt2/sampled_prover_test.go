//go:build prover_checks

package gpt2

import (
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// The tiny fixture's sampled generation (adapted model, 6 positions,
// ≈31k constraints, below 2^15) proves and verifies with Groth16 on BN254;
// the proof does not verify under another seed or output digest. Times are
// logged (`go test -tags prover_checks ./circuits/gpt2 -run TestGroth16Sampled -v`).
func TestGroth16Sampled(t *testing.T) {
	_, adapted, _ := tiny(t)
	ccs := compiledSampled(t, adapted)
	if n := ccs.GetNbConstraints(); n > 1<<15 {
		t.Fatalf("%d constraints: too large for a setup in tests", n)
	}
	if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d Groth16 commitments, the Solidity verifier accepts exactly 1", n)
	}
	tr := generateSampled(t, adapted, prompt, "7")
	w := assign(t, adapted, tr)
	start := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start)
	start = time.Now()
	proof, err := groth16.Prove(ccs, pk, gadgetstest.Witness(t, w))
	if err != nil {
		t.Fatal(err)
	}
	prove := time.Since(start)
	pub, err := gadgetstest.Witness(t, w).Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("honest proof rejected: %v", err)
	}
	t.Logf("%d constraints: setup %v, prove %v", ccs.GetNbConstraints(), setup.Round(time.Millisecond), prove.Round(time.Millisecond))
	for name, mut := range map[string]func(c *Circuit){
		"seed":          func(c *Circuit) { c.Seed[0] = big.NewInt(8) },
		"output digest": func(c *Circuit) { c.OutputDigest = new(big.Int).Add(toBig(c.OutputDigest), big.NewInt(1)) },
	} {
		bad := assign(t, adapted, tr)
		mut(bad)
		badPub, err := gadgetstest.Witness(t, bad).Public()
		if err != nil {
			t.Fatal(err)
		}
		if groth16.Verify(proof, vk, badPub) == nil {
			t.Fatalf("proof verifies against another %s", name)
		}
	}
}
