//go:build prover_checks

package pipeline_test

import (
	"context"
	"errors"
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

// TestProveSampledGeneration proves seeded samplings of the tiny text model,
// plain and attributed, through the key store: each bundle verifies with
// its seed in the statement (the fifth public input), the bundle's
// sampling section regenerates the same tokens, and a bundle whose seed,
// kind or sampling section was changed is refused.
func TestProveSampledGeneration(t *testing.T) {
	ctx := context.Background()
	q := tinyGPT(t)
	ta, err := pipeline.NewTextAttribution(q, tinyTextAttribution(t, q))
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dec := gpt2q.Decoding{Mode: gpt2q.Sample, Temperature: 0.8, TopK: 5, Seed: "0x2a"}
	req := pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt", AdapterName: "tiny-lora", Key: tinyGPTKey(),
		Prompt: tinyGPTPrompt, Tokens: tinyGPTTokens, Decoding: dec, Vocabulary: bundle.VocabFortunes}
	_, seed, err := q.Sampling(dec)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		kind  string
		prove func() (*pipeline.GenerationProof, error)
		opts  []verifier.Option
	}{
		{bundle.KindGPT2Sampled, func() (*pipeline.GenerationProof, error) {
			return pipeline.ProveGeneration(ctx, prover.CPU(), ks.Provider(true), req)
		}, nil},
		{bundle.KindGPT2SampledAttributed, func() (*pipeline.GenerationProof, error) {
			return pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(true), req, ta)
		}, []verifier.Option{verifier.WithDatanet("tiny-text", mustRoot(t, ta))}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			res, err := tc.prove()
			if err != nil {
				t.Fatal(err)
			}
			g := res.Bundle
			t.Logf("%s: %d constraints", res.Circuit.Name, g.Circuit.Constraints)
			if g.Circuit.Constraints > 1<<15 {
				t.Fatalf("%d constraints: too large for a setup in tests", g.Circuit.Constraints)
			}
			opts := append([]verifier.Option{verifier.WithModel("tiny-gpt", gpt2.ModelDigest(q))}, tc.opts...)
			rep, err := verifier.VerifyGeneration(g, ks, opts...)
			if err != nil {
				t.Fatalf("the sampled generation does not verify: %v", err)
			}
			if st := rep.Statement; st.Kind != tc.kind || st.Seed != bundle.FormatElement(seed) || !slices.Equal(st.Output, res.Trace.Output) ||
				rep.Labels.Sampling != "temperature 0.8, top-k 5" {
				t.Errorf("statement %+v, labels %+v", st, rep.Labels)
			}
			// Reproducible: the bundle's sampling section regenerates its tokens.
			again, err := q.Generate(ctx, g.Prompt, len(g.Output), gpt2q.Decoding{Mode: gpt2q.Sample,
				Temperature: g.Sampling.Temperature, TopK: g.Sampling.TopK, Seed: g.Sampling.Seed})
			if err != nil || !slices.Equal(again.Output, g.Output) {
				t.Fatalf("regenerated %v (%v), the bundle has %v", again, err, g.Output)
			}
			for name, change := range map[string]func(b *bundle.Generation){
				// The seed moved in the statement and the public input alike: the proof fails.
				"another seed": func(b *bundle.Generation) {
					other := bundle.FormatElement(commit.Hash(seed))
					b.Sampling.Seed = other
					b.PublicInputs[4].Value = other
				},
				"seed stated only": func(b *bundle.Generation) { b.Sampling.Seed = bundle.FormatElement(commit.Hash(seed)) },
				"greedy kind": func(b *bundle.Generation) {
					b.Kind, b.Decoding, b.Sampling = bundle.KindGPT2Greedy, gpt2q.Greedy, nil
					if b.Attribution != nil {
						b.Kind = bundle.KindGPT2GreedyAttributed
					}
				},
				"no sampling section": func(b *bundle.Generation) { b.Sampling = nil },
			} {
				b := *g
				b.PublicInputs = slices.Clone(g.PublicInputs)
				sm := *g.Sampling
				b.Sampling = &sm
				change(&b)
				_, err := verifier.VerifyGeneration(&b, ks, opts...)
				if !errors.Is(err, errs.ErrNotVerified) && !errors.Is(err, errs.ErrBadInput) {
					t.Errorf("%s: err = %v, want refused", name, err)
				}
			}
		})
	}
}

func mustRoot(t *testing.T, ta *pipeline.TextAttribution) fr.Element {
	t.Helper()
	root, err := ta.Artifacts.RootWith(ta.Plan)
	if err != nil {
		t.Fatal(err)
	}
	return root
}
