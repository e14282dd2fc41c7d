//go:build prover_checks

package gpt2

import (
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// The small 12-bit fixture's adapted generation (scheme
// openproof-fx12-tf-v3; 2-token prompt, 2 generated tokens), greedy and
// sampled, each below 2^15 constraints, proves and verifies with Groth16
// on BN254; the proof does not verify against any one public input
// changed. Times are logged
// (`go test -tags prover_checks ./circuits/gpt2 -run TestGroth16Wide -v -count=1`).
func TestGroth16Wide(t *testing.T) {
	_, q := smallWide(t)
	plus := func(v frontend.Variable) *big.Int { return new(big.Int).Add(toBig(v), big.NewInt(1)) }
	publics := map[string]func(c *Circuit){
		"model digest":       func(c *Circuit) { c.ModelDigest = plus(c.ModelDigest) },
		"adapter commitment": func(c *Circuit) { c.AdapterCommitment = plus(c.AdapterCommitment) },
		"prompt digest":      func(c *Circuit) { c.PromptDigest = plus(c.PromptDigest) },
		"output digest":      func(c *Circuit) { c.OutputDigest = plus(c.OutputDigest) },
	}
	for _, sc := range smallCases {
		t.Run(sc.name, func(t *testing.T) {
			ccs := sc.circuit(t, q)
			if n := ccs.GetNbConstraints(); n > 1<<15 {
				t.Fatalf("%d constraints: too large for a setup in tests", n)
			}
			if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
				t.Fatalf("%d Groth16 commitments, the Solidity verifier accepts exactly 1", n)
			}
			muts := map[string]func(c *Circuit){}
			for k, v := range publics {
				muts[k] = v
			}
			if sc.seed != "" {
				muts["seed"] = func(c *Circuit) { c.Seed[0] = plus(c.Seed[0]) }
			}
			if n := ccs.GetNbPublicVariables(); n != 1+len(muts) { // the constant 1 and each public
				t.Fatalf("%d public variables, want %d", n, 1+len(muts))
			}
			tr := sc.generate(t, q)
			w := assign(t, q, tr)
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
			start = time.Now()
			if err := groth16.Verify(proof, vk, pub); err != nil {
				t.Fatalf("honest proof rejected: %v", err)
			}
			t.Logf("%s, %d constraints: setup %v, prove %v, verify %v", sc.name, ccs.GetNbConstraints(),
				setup.Round(time.Millisecond), prove.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
			for name, mut := range muts {
				bad := assign(t, q, tr)
				mut(bad)
				badPub, err := gadgetstest.Witness(t, bad).Public()
				if err != nil {
					t.Fatal(err)
				}
				if groth16.Verify(proof, vk, badPub) == nil {
					t.Fatalf("proof verifies against another %s", name)
				}
			}
		})
	}
}
