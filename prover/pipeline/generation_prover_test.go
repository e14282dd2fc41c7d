//go:build prover_checks

package pipeline_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// TestProveGeneration proves a greedy generation of the tiny text model
// (≈14k constraints) through the key store: the bundle verifies with the
// store's key and the model, its text is the tokens'; each tampered bundle
// is refused. A second proof from the recorded trace reuses the circuit and
// the stored keys and states the same.
func TestProveGeneration(t *testing.T) {
	ctx := context.Background()
	q := tinyGPT(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var log phaseLog
	res, err := pipeline.ProveGeneration(ctx, prover.CPU(), ks.Provider(true), pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt",
		AdapterName: "tiny-lora", Key: tinyGPTKey(), Prompt: tinyGPTPrompt, Tokens: tinyGPTTokens, Vocabulary: bundle.VocabFortunes, Phase: log.phase})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"compile", "end compile", "keys", "end keys", "prove", "end prove"}; !slices.Equal(log.events, want) {
		t.Errorf("phases %v, want %v", log.events, want)
	}
	g := res.Bundle
	rep, err := verifier.VerifyGeneration(g, ks, verifier.WithModel("tiny-gpt", gpt2.ModelDigest(q)))
	if err != nil {
		t.Fatalf("the generation does not verify: %v", err)
	}
	st := rep.Statement
	if st.Model != "tiny-gpt" || !slices.Equal(st.Output, res.Trace.Output) || st.OutputText != g.OutputText || st.PromptText != "th" || st.Setup != "dev" {
		t.Errorf("statement %+v", st)
	}
	inner, err := gpt2.InnerCommitment(q, tinyGPTKey().Salt)
	if err != nil {
		t.Fatal(err)
	}
	if want := bundle.FormatElement(commit.OwnedCommitment(inner, tinyGPTKey().Owner)); st.AdapterCommitment != want {
		t.Errorf("adapter commitment %s, want the owned %s", st.AdapterCommitment, want)
	}
	testGenerationTampered(t, q, g, ks)

	path := filepath.Join(t.TempDir(), "trace.json")
	if err := res.Trace.Write(path); err != nil {
		t.Fatal(err)
	}
	tr, err := gpt2q.ReadTrace(path)
	if err != nil {
		t.Fatal(err)
	}
	log.events = nil
	again, err := pipeline.ProveGeneration(ctx, prover.CPU(), ks.Provider(false), pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt",
		Key: tinyGPTKey(), Trace: tr, Circuit: res.Circuit, Phase: log.phase})
	if err != nil {
		t.Fatal(err)
	}
	if again.Keys.Made || slices.Contains(log.events, "compile") || !slices.Equal(again.Bundle.PublicInputs, g.PublicInputs) {
		t.Errorf("second proof: keys made %v, phases %v, publics %v vs %v", again.Keys.Made, log.events, again.Bundle.PublicInputs, g.PublicInputs)
	}
	if _, err := verifier.VerifyGeneration(again.Bundle, ks); err != nil {
		t.Fatal(err)
	}
}

// testGenerationTampered: every change to a proven generation bundle fails
// verification, with the error of the check it breaks.
func testGenerationTampered(t *testing.T, q *gpt2q.Model, g *bundle.Generation, ks *keystore.Store) {
	otherOwner := tinyGPTKey()
	otherOwner.Owner = fr.NewElement(12345)
	otherCom, err := gpt2.AdapterCommitment(q, otherOwner)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]int(nil), g.Output...)
	flipped[0] = (flipped[0] + 1) % q.Config.VocabSize
	set := func(name, v string) func(b *bundle.Generation) {
		return func(b *bundle.Generation) {
			for i := range b.PublicInputs {
				if b.PublicInputs[i].Name == name {
					b.PublicInputs[i].Value = v
				}
			}
		}
	}
	tests := []struct {
		name string
		mut  func(b *bundle.Generation)
		want error
	}{
		{"flipped token", func(b *bundle.Generation) { b.Output = flipped }, verifier.ErrOutputMismatch},
		{"flipped token, digest following", func(b *bundle.Generation) {
			b.Output = flipped
			b.OutputDigest = bundle.FormatElement(gpt2.TokenDigest(gpt2.TagOutput, flipped))
			set("OutputDigest", b.OutputDigest)(b)
		}, verifier.ErrProofInvalid},
		{"another prompt", func(b *bundle.Generation) { b.Prompt = []int{5, 6} }, verifier.ErrPromptMismatch},
		{"another output text", func(b *bundle.Generation) { b.OutputText += "!" }, verifier.ErrTextMismatch},
		{"another owner's commitment", func(b *bundle.Generation) {
			b.Adapter.Commitment = bundle.FormatElement(otherCom)
			set("AdapterCommitment", b.Adapter.Commitment)(b)
		}, verifier.ErrProofInvalid},
		{"commitment not the public input", func(b *bundle.Generation) { b.Adapter.Commitment = bundle.FormatElement(otherCom) }, verifier.ErrPublicInputMismatch},
		{"public inputs reordered", func(b *bundle.Generation) {
			b.PublicInputs[2], b.PublicInputs[3] = b.PublicInputs[3], b.PublicInputs[2]
		}, verifier.ErrPublicInputMismatch},
		{"another vk hash", func(b *bundle.Generation) { b.VKSHA256 = "00" + b.VKSHA256[2:] }, errs.ErrNotVerified},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := *g
			b.PublicInputs = slices.Clone(g.PublicInputs)
			tc.mut(&b)
			_, err := verifier.VerifyGeneration(&b, ks)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := verifier.VerifyGeneration(g, ks, verifier.WithModel("other", fr.NewElement(3))); !errors.Is(err, verifier.ErrLabelMismatch) {
		t.Fatalf("another model: err = %v", err)
	}
}
