package verifier_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// The committed generation fixture (TestUpdateGenerationTestdata writes
// it): a proven greedy generation of a 1-layer, d = 8 text model over the
// fortunes vocabulary and the verifying key of its circuit (a key store
// entry without pk.bin).
var (
	genDir    = filepath.Join("testdata", "generation")
	genKeys   = filepath.Join(genDir, "keys")
	genBundle = filepath.Join(genDir, "generation.json")
)

// TestUpdateGenerationTestdata proves the committed fixture (run with
// -update -run TestUpdateGenerationTestdata; 13,866 constraints).
func TestUpdateGenerationTestdata(t *testing.T) {
	if !*update {
		t.Skip("run with -update to prove the generation fixture again")
	}
	ctx := context.Background()
	q, err := gpt2qtest.TextModel(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(genDir); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(genKeys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.ProveGeneration(ctx, prover.CPU(), ks.Provider(true), pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt",
		AdapterName: "tiny-lora", Key: commit.AdapterKey{Salt: commit.Uint(11), Owner: commit.DemoKey().Owner},
		Prompt: fortunes.Encode("th"), Tokens: 3, Vocabulary: bundle.VocabFortunes})
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Bundle.Write(genBundle); err != nil {
		t.Fatal(err)
	}
	pks, err := filepath.Glob(filepath.Join(genKeys, "*", keystore.PKFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pks {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
}

// TestVerifyGeneration verifies the committed generation bundle with the
// committed key, and refuses each tampered copy with the error of the check
// it breaks.
func TestVerifyGeneration(t *testing.T) {
	ks, err := keystore.Open(genKeys)
	if err != nil {
		t.Fatal(err)
	}
	g, err := bundle.ReadGeneration(genBundle)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.VerifyGeneration(g, ks)
	if err != nil {
		t.Fatalf("the committed generation does not verify: %v", err)
	}
	st := rep.Statement
	if st.PromptText != "th" || st.OutputText != g.OutputText || len(st.Output) != 3 || st.Setup != "dev" || rep.Labels.Circuit != "" {
		t.Errorf("statement %+v, labels %+v", st, rep.Labels)
	}
	flipped := slices.Clone(g.Output)
	flipped[1] = (flipped[1] + 1) % fortunes.VocabSize
	other := bundle.FormatElement(commit.OwnedCommitment(fr.NewElement(1), fr.NewElement(2)))
	setPublic := func(b *bundle.Generation, name, v string) {
		for i := range b.PublicInputs {
			if b.PublicInputs[i].Name == name {
				b.PublicInputs[i].Value = v
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
			b.Output, b.OutputDigest = flipped, bundle.FormatElement(gpt2.TokenDigest(gpt2.TagOutput, flipped))
			setPublic(b, "OutputDigest", b.OutputDigest)
		}, verifier.ErrProofInvalid},
		{"another prompt", func(b *bundle.Generation) { b.Prompt = fortunes.Encode("ab") }, verifier.ErrPromptMismatch},
		{"another prompt, digest following", func(b *bundle.Generation) {
			b.Prompt, b.PromptText = fortunes.Encode("ab"), "ab"
			b.PromptDigest = bundle.FormatElement(gpt2.TokenDigest(gpt2.TagPrompt, b.Prompt))
			setPublic(b, "PromptDigest", b.PromptDigest)
		}, verifier.ErrProofInvalid},
		{"another text", func(b *bundle.Generation) { b.OutputText = "xyz" }, verifier.ErrTextMismatch},
		{"text without a vocabulary", func(b *bundle.Generation) { b.Vocabulary = "" }, verifier.ErrTextMismatch},
		{"another adapter commitment", func(b *bundle.Generation) {
			b.Adapter.Commitment = other
			setPublic(b, "AdapterCommitment", other)
		}, verifier.ErrProofInvalid},
		{"commitment not the public input", func(b *bundle.Generation) { b.Adapter.Commitment = other }, verifier.ErrPublicInputMismatch},
		{"public inputs renamed", func(b *bundle.Generation) { b.PublicInputs[0].Name = "Model" }, verifier.ErrPublicInputMismatch},
		{"another circuit label", func(b *bundle.Generation) { b.Circuit.Constraints++ }, verifier.ErrLabelMismatch},
		{"another vk hash", func(b *bundle.Generation) { b.VKSHA256 = strings.Repeat("0", 64) }, errs.ErrNotVerified},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := *g
			b.PublicInputs = slices.Clone(g.PublicInputs)
			tc.mut(&b)
			if _, err := verifier.VerifyGeneration(&b, ks); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := verifier.VerifyGeneration(g, ks, verifier.WithModel("other", fr.NewElement(3))); !errors.Is(err, verifier.ErrLabelMismatch) {
		t.Fatalf("another model: err = %v", err)
	}
	if _, err := verifier.VerifyGeneration(nil, ks); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("nil bundle: err = %v", err)
	}
}
