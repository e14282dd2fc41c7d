//go:build prover_checks

package tfblock

import (
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// One block step (d = 64, 4 heads, MLP 256) at position 16 (≈27k
// constraints, below 2^15) proves and verifies with Groth16 on BN254, its
// one commitment included; the proof does not verify against another output
// digest or cache commitment. Its times are logged
// (`go test -tags prover_checks ./circuits/tfblock -run TestGroth16Step -v`).
func TestGroth16Step(t *testing.T) {
	b := randomBlock(t, 3, 64, 4, 256)
	c, w := stepAt(t, b, 16)
	ccs := gadgetstest.Compile(t, c)
	if n := ccs.GetNbConstraints(); n > 1<<15 {
		t.Fatalf("%d constraints: too large for a setup in tests", n)
	}
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
	for _, mut := range []func(s *StepCircuit){
		func(s *StepCircuit) { s.YDigest = plusOne(s.YDigest) },
		func(s *StepCircuit) { s.CacheOut = plusOne(s.CacheOut) },
		func(s *StepCircuit) { s.CacheIn = plusOne(s.CacheIn) },
	} {
		bad := *w
		mut(&bad)
		badPub, err := gadgetstest.Witness(t, &bad).Public()
		if err != nil {
			t.Fatal(err)
		}
		if groth16.Verify(proof, vk, badPub) == nil {
			t.Fatal("proof verifies against other public inputs")
		}
	}
}
