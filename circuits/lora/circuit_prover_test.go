//go:build prover_checks

package lora

import (
	"testing"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// The small circuit (≈4k constraints, so a setup is cheap) proves and
// verifies with Groth16 on BN254, its one commitment included; the proof
// does not verify against another output digest.
func TestGroth16EndToEnd(t *testing.T) {
	f := newFixture(t, 30, reluGELU, []int{2, 2})
	ccs := gadgetstest.Compile(t, f.circuit(t))
	if n := ccs.GetNbConstraints(); n > 1<<15 {
		t.Fatalf("%d constraints: too large for a setup in tests", n)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	good := f.assign(t)
	proof, err := groth16.Prove(ccs, pk, gadgetstest.Witness(t, good))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := gadgetstest.Witness(t, good).Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("honest proof rejected: %v", err)
	}
	bad := clone(good)
	bad.OutputDigest = plusOne(bad.OutputDigest)
	badPub, err := gadgetstest.Witness(t, bad).Public()
	if err != nil {
		t.Fatal(err)
	}
	if groth16.Verify(proof, vk, badPub) == nil {
		t.Fatal("proof verifies against another output digest")
	}
}
