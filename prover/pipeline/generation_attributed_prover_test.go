//go:build prover_checks

package pipeline_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// TestProveAttributedGeneration proves the tiny model's attributed
// generation (≈19k constraints) through the key store: the bundle verifies
// with the model and the artifacts' recomputed root, its weights are the Go
// reference's (textattr via gpt2.AssignAttributed); moved weights, with or
// without their digest, and another Datanet are refused. A second proof
// from the recorded trace reuses the circuit and keys.
func TestProveAttributedGeneration(t *testing.T) {
	ctx := context.Background()
	q := tinyGPT(t)
	art := tinyTextAttribution(t, q)
	ta, err := pipeline.NewTextAttribution(q, art)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	req := pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt", AdapterName: "tiny-lora", Key: tinyGPTKey(),
		Prompt: tinyGPTPrompt, Tokens: tinyGPTTokens, Vocabulary: bundle.VocabFortunes}
	res, err := pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(true), req, ta)
	if err != nil {
		t.Fatal(err)
	}
	g := res.Bundle
	t.Logf("%s: %d constraints, prove %v", res.Circuit.Name, g.Circuit.Constraints, res.Proof.ProveTime)
	if g.Circuit.Constraints > 1<<15 {
		t.Fatalf("%d constraints: too large for a setup in tests", g.Circuit.Constraints)
	}
	root, err := commit.ParseHex(art.Root)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.VerifyGeneration(g, ks, verifier.WithModel("tiny-gpt", gpt2.ModelDigest(q)), verifier.WithDatanet("tiny-text", root))
	if err != nil {
		t.Fatalf("the attributed generation does not verify: %v", err)
	}
	_, want, err := gpt2.AssignAttributed(ctx, ta.Plan, art, res.Trace, tinyGPTKey())
	if err != nil {
		t.Fatal(err)
	}
	st := rep.Statement
	if st.Kind != bundle.KindGPT2GreedyAttributed || st.Model != "tiny-gpt" || st.Datanet != "tiny-text" || !slices.Equal(st.Weights, want.Weights) ||
		st.AttributionDigest != bundle.FormatElement(want.Digest) || !slices.Equal(rep.Labels.Contributors, []string{"cats", "dogs", "shouts"}) {
		t.Errorf("statement %+v, labels %+v; reference weights %v", st, rep.Labels, want.Weights)
	}
	moved := func() *bundle.Generation {
		b := *g
		b.PublicInputs = slices.Clone(g.PublicInputs)
		a := *g.Attribution
		a.Weights = slices.Clone(a.Weights)
		top := want.Top
		if top < 0 {
			top = 0
		}
		a.Weights[top].PPM -= 1000
		a.Weights[(top+1)%len(a.Weights)].PPM += 1000
		b.Attribution = &a
		return &b
	}
	if _, err := verifier.VerifyGeneration(moved(), ks); !errors.Is(err, verifier.ErrAttributionMismatch) {
		t.Errorf("moved weights: err = %v", err)
	}
	b := moved()
	b.Attribution.Digest = bundle.FormatElement(influence.Digest(b.Attribution.PPMs()))
	b.PublicInputs[5].Value = b.Attribution.Digest
	if _, err := verifier.VerifyGeneration(b, ks); !errors.Is(err, verifier.ErrProofInvalid) {
		t.Errorf("moved weights with their digest: err = %v", err)
	}
	if _, err := verifier.VerifyGeneration(g, ks, verifier.WithDatanet("other", fr.NewElement(9))); !errors.Is(err, verifier.ErrDatanetMismatch) {
		t.Errorf("another Datanet: err = %v", err)
	}
	req.Trace, req.Circuit = res.Trace, res.Circuit
	again, err := pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(false), req, ta)
	if err != nil {
		t.Fatal(err)
	}
	if again.Keys.Made || !slices.Equal(again.Bundle.PublicInputs, g.PublicInputs) {
		t.Errorf("second proof: keys made %v, publics %v vs %v", again.Keys.Made, again.Bundle.PublicInputs, g.PublicInputs)
	}
	// A plain circuit is not the attributed request's.
	plain, err := pipeline.CompileGeneration(ctx, q, len(tinyGPTPrompt), tinyGPTTokens)
	if err != nil {
		t.Fatal(err)
	}
	req.Circuit = plain
	if _, err := pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(false), req, ta); err == nil {
		t.Error("the plain circuit was accepted for an attributed generation")
	}
}
