//go:build prover_checks

package pipeline_test

import (
	"context"
	"slices"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// TestProveInference proves one inference of the small test model through
// the key store: the bundle verifies with the store's key, and tampered
// public inputs fail. A second proof reuses the compiled circuit and the
// stored keys; a proof from a recorded trace is the same statement.
func TestProveInference(t *testing.T) {
	ctx := context.Background()
	m, a, x := smallStack(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var log phaseLog
	req := pipeline.InferenceRequest{Model: m, ModelName: "tiny-model", Adapter: a, Input: x, Key: commit.AdapterKey{Salt: commit.Uint(9), Owner: commit.DemoKey().Owner}, Phase: log.phase}
	res, err := pipeline.ProveInference(ctx, prover.CPU(), ks.Provider(true), req)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Circuit.Constraints(); n > 1<<15 {
		t.Fatalf("%d constraints: above the 2^15 limit for test setups", n)
	}
	if want := []string{"compile", "end compile", "keys", "end keys", "prove", "end prove"}; !slices.Equal(log.events, want) {
		t.Errorf("phases %v, want %v", log.events, want)
	}
	b := res.Bundle
	if !res.Keys.Made || b.Model.Name != "tiny-model" || b.Adapter.Name != demo.MNISTSmallAdapterName || b.Circuit.Digest != res.Circuit.Digest {
		t.Errorf("keys made %v, bundle model %q adapter %q circuit %+v", res.Keys.Made, b.Model.Name, b.Adapter.Name, b.Circuit)
	}
	if *b.Prediction != quant.Argmax(res.Trace.Output) || res.ProofSize == 0 || b.Attribution != nil {
		t.Errorf("prediction %d (trace %v), proof size %d, attribution %v", *b.Prediction, res.Trace.Output, res.ProofSize, b.Attribution)
	}
	if _, err := verifier.Verify(b, ks, verifier.WithOutputCheck(verifier.OutputDigest)); err != nil {
		t.Fatalf("the bundle does not verify: %v", err)
	}
	testTampered(t, b, ks)

	// The same statement again from its recorded trace, with the compiled
	// circuit reused and the stored keys.
	tr := roundTrip(t, res.Trace)
	log.events = nil
	again, err := pipeline.ProveInference(ctx, prover.CPU(), ks.Provider(false),
		pipeline.InferenceRequest{Model: m, ModelName: "tiny-model", Adapter: a, Trace: tr, Circuit: res.Circuit, Phase: log.phase})
	if err != nil {
		t.Fatal(err)
	}
	if again.Keys.Made || slices.Contains(log.events, "compile") {
		t.Errorf("second proof: keys made %v, phases %v", again.Keys.Made, log.events)
	}
	if !slices.Equal(again.Bundle.PublicInputs, b.PublicInputs) {
		t.Errorf("the trace's statement %v differs from the run's %v", again.Bundle.PublicInputs, b.PublicInputs)
	}
	if _, err := verifier.Verify(again.Bundle, ks); err != nil {
		t.Fatal(err)
	}
}
