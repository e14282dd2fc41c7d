package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// The generation fixture's statement: the prompt, the number of tokens
// generated greedily, and the adapter key (owner commit.DemoOwner).
var (
	generationPrompt = fortunes.Encode("th")
	generationKey    = commit.AdapterKey{Salt: commit.Uint(11), Owner: commit.DemoKey().Owner}
)

const generationTokens = 3

// generationModel is the fixture's text model, as verifier's
// TestUpdateGenerationTestdata trains it: gpt2qtest.TextModel (1 layer,
// 2 heads, d = 8, context 8, the fortunes vocabulary; a rank-2 c_attn LoRA
// adapter), seeded, so the same every run, and quantized.
func generationModel(ctx context.Context) (*gpt2q.Model, error) {
	return gpt2qtest.TextModel(ctx)
}

// generationFixture proves the fixture's greedy generation with
// pipeline.ProveGeneration (keys from a development setup in a temporary
// key store; the proof is checked against its key there) and writes the
// generation bundle, the verifying key, the adapter's inner commitment and
// the Solidity verifier, with the model digest (a circuit constant) fixed.
func generationFixture(ctx context.Context, dir string) error {
	q, err := generationModel(ctx)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "fixturegen-keys-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ks, err := keystore.Open(tmp)
	if err != nil {
		return err
	}
	res, err := pipeline.ProveGeneration(ctx, prover.CPU(), ks.Provider(true), pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt",
		AdapterName: "tiny-lora", Key: generationKey, Prompt: generationPrompt, Tokens: generationTokens, Vocabulary: bundle.VocabFortunes})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "  %d constraints; development setup\n", res.Circuit.Constraints())
	inner, err := gpt2.InnerCommitment(q, generationKey.Salt)
	if err != nil {
		return err
	}
	if got, want := bundle.FormatElement(commit.OwnedCommitment(inner, generationKey.Owner)), res.Bundle.Adapter.Commitment; got != want {
		return fmt.Errorf("owned commitment of the inner one %s, the proof carries %s", got, want)
	}
	fdir := filepath.Join(dir, fixtures.GenerationDir())
	if err := os.MkdirAll(fdir, 0o755); err != nil {
		return err
	}
	if err := res.Bundle.Write(filepath.Join(fdir, fixtures.GenerationBundleFile)); err != nil {
		return err
	}
	if err := writeVK(filepath.Join(fdir, "vk.bin"), res.Keys.VK); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(fdir, fixtures.AdapterInnerFile), []byte(commit.Hex(inner)+"\n"), 0o644); err != nil {
		return err
	}
	src, err := fixtures.RenderGenerationVerifier(res.Keys.VK, res.Bundle)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, fixtures.GenerationVerifierPath()), src, 0o644)
}

func writeVK(path string, vk groth16.VerifyingKey) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := vk.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
