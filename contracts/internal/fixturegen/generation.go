package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
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

// generationModel trains the fixture's text model as verifier's
// TestUpdateGenerationTestdata does (1 layer, 2 heads, d = 8, context 8,
// the fortunes vocabulary; a rank-2 c_attn LoRA adapter), seeded, so the
// same every run, and quantizes it.
func generationModel(ctx context.Context) (*gpt2q.Model, error) {
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 8, NPositions: 8, VocabSize: fortunes.VocabSize, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	data := fortunes.Encode(strings.Repeat("the cat sat on the mat. ", 20))
	m, err := gpt2train.Init(c, 1)
	if err != nil {
		return nil, err
	}
	if _, err = gpt2train.Train(ctx, m, data, gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 7, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		return nil, err
	}
	m.RoundToFloat32()
	if err = gpt2train.AttachLoRA(m, infgpt2.ModAttn, 2, 4, 5); err != nil {
		return nil, err
	}
	if _, err = gpt2train.Train(ctx, m, data[3:], gpt2train.Options{Seed: 5, Steps: 8, BatchSize: 2, SeqLen: 7, LR: 3e-2}); err != nil {
		return nil, err
	}
	if m.Config.Quantization, err = gpt2q.Calibrate(ctx, []gpt2q.CalibrationRun{{Model: m, Windows: gpt2q.Windows(data, 4, 8)}}); err != nil {
		return nil, err
	}
	return gpt2q.Quantize(m)
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
