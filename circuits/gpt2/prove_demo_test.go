//go:build prover_checks

package gpt2

import (
	"context"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
)

// TestDemoGroth16 sets up, proves and verifies the whole-generation circuit
// of the embedded text model with its adapter for a 4-character prompt
// ("The ", or OPENPROOF_GPT_PROMPT: T = 64 fits the model's 64 positions
// only after a 1-character prompt) and
// each T in OPENPROOF_GPT_PROVE (e.g. "8,16"), logging the times and the
// heap; it is opt-in because T = 8 alone is a ≈350k-constraint setup (far
// above the 2^15 limit of setups in tests). Measure the peak memory with
// `go test -c -tags prover_checks ./circuits/gpt2 && OPENPROOF_GPT_PROVE=8
// /usr/bin/time -v ./gpt2.test -test.run TestDemoGroth16 -test.v`.
func TestDemoGroth16(t *testing.T) {
	if os.Getenv("OPENPROOF_GPT_PROVE") == "" {
		t.Skip("set OPENPROOF_GPT_PROVE=8[,16,…] to prove demo generations (minutes each)")
	}
	t.Setenv("OPENPROOF_GPT_T", os.Getenv("OPENPROOF_GPT_PROVE"))
	q := demoModel(t)
	prompt := "The "
	if p := os.Getenv("OPENPROOF_GPT_PROMPT"); p != "" {
		prompt = p
	}
	for _, T := range costTokens(t) {
		tr, err := q.Generate(context.Background(), fortunes.Encode(prompt), T, gpt2q.Decoding{Mode: gpt2q.Greedy})
		if err != nil {
			t.Fatal(err)
		}
		c, err := New(q, len(tr.Prompt), T)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		ccs := gadgetstest.Compile(t, c)
		compile := time.Since(start)
		w, err := Assign(context.Background(), q, tr, commit.DemoKey())
		if err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		pk, vk, err := groth16.Setup(ccs)
		if err != nil {
			t.Fatal(err)
		}
		setup := time.Since(start)
		full := gadgetstest.Witness(t, w)
		start = time.Now()
		proof, err := groth16.Prove(ccs, pk, full)
		if err != nil {
			t.Fatal(err)
		}
		prove := time.Since(start)
		pub, err := full.Public()
		if err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		if err := groth16.Verify(proof, vk, pub); err != nil {
			t.Fatalf("honest proof rejected: %v", err)
		}
		verify := time.Since(start)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Logf("T = %d (%d positions): %d constraints; compile %v, setup %v, prove %v, verify %v (heap sys %d MiB)",
			T, Positions(len(tr.Prompt), T), ccs.GetNbConstraints(), compile.Round(time.Millisecond), setup.Round(time.Millisecond),
			prove.Round(time.Millisecond), verify.Round(time.Millisecond), ms.HeapSys>>20)
	}
}
