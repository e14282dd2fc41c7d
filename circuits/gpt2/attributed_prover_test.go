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

// The tiny fixture's attributed generation (6 positions, 4 contributors,
// ≈32k constraints, below 2^15) proves and verifies with Groth16 on BN254,
// its one commitment included; the proof does not verify against another
// Datanet root, attribution digest or output digest. Times are logged
// (`go test -tags prover_checks ./circuits/gpt2 -run TestGroth16Attributed -v`).
func TestGroth16Attributed(t *testing.T) {
	pl, art, ccs := attrFixture(t, 8) // the 12-bit one is above 2^15 (its two 4,096-entry tables)
	if n := ccs.GetNbConstraints(); n > 1<<15 {
		t.Fatalf("%d constraints: too large for a setup in tests", n)
	}
	if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d Groth16 commitments, the Solidity verifier accepts exactly 1", n)
	}
	if n := ccs.GetNbPublicVariables(); n != 7 { // the constant 1 and six publics
		t.Fatalf("%d public variables, want 7", n)
	}
	w, _ := assignAttributed(t, pl, art, generate(t, pl.Q, mixedPrompt))
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
	plus := func(v any) *big.Int { return new(big.Int).Add(toBig(v), big.NewInt(1)) }
	for name, mut := range map[string]func(c *AttributedCircuit){
		"datanet root":       func(c *AttributedCircuit) { c.DatanetRoot = plus(c.DatanetRoot) },
		"attribution digest": func(c *AttributedCircuit) { c.AttributionDigest = plus(c.AttributionDigest) },
		"output digest":      func(c *AttributedCircuit) { c.Gen.OutputDigest = plus(c.Gen.OutputDigest) },
	} {
		bad, _ := assignAttributed(t, pl, art, generate(t, pl.Q, mixedPrompt))
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
