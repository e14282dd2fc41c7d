package pipeline_test

import (
	"context"
	"errors"
	"testing"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/attribution/textattr/textattrtest"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// tinyTextAttribution sketches the 3-contributor text Datanet on q
// (textattrtest.TextArtifacts: K = 4, rank 2, 16 values per sketch).
func tinyTextAttribution(t testing.TB, q *gpt2q.Model) *textattr.Artifacts {
	t.Helper()
	_, art, err := textattrtest.TextArtifacts(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return art
}

// TestAttributedGenerationRefused: requests ProveAttributedGeneration
// cannot prove are bad input before any compile or setup, and artifacts
// whose sketches do not open their root under the model are refused.
func TestAttributedGenerationRefused(t *testing.T) {
	ctx := context.Background()
	q := tinyGPT(t)
	art := tinyTextAttribution(t, q)
	ta, err := pipeline.NewTextAttribution(q, art)
	if err != nil {
		t.Fatal(err)
	}
	if name := pipeline.AttributedGenerationName(ta, 2, 3); name != "gpt2-greedy-attributed/L1-H2-d8-v96-n8/r2/p2-t3/c3-k4-seed7" {
		t.Errorf("circuit name %s", name)
	}
	bad := *art
	bad.Root = bad.DataRoot
	if _, err := pipeline.NewTextAttribution(q, &bad); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("artifacts with another root: err = %v", err)
	}
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	other := *q
	for name, tc := range map[string]struct {
		req pipeline.GenerationRequest
		ta  *pipeline.TextAttribution
	}{
		"no attribution":                {pipeline.GenerationRequest{Model: q, Prompt: tinyGPTPrompt, Tokens: 3}, nil},
		"another model":                 {pipeline.GenerationRequest{Model: &other, Prompt: tinyGPTPrompt, Tokens: 3}, ta},
		"no tokens":                     {pipeline.GenerationRequest{Model: q, Prompt: tinyGPTPrompt, Tokens: 0}, ta},
		"too long":                      {pipeline.GenerationRequest{Model: q, Prompt: tinyGPTPrompt, Tokens: 8}, ta},
		"sampled trace, no temperature": {pipeline.GenerationRequest{Model: q, Trace: badTemperature(sampled(t, q))}, ta},
	} {
		if _, err := pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(true), tc.req, tc.ta); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err = %v, want bad input", name, err)
		}
	}
}
