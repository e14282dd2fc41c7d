package bundle_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover/bundle"
)

// validSampled turns validGeneration into a sampled generation bundle.
func validSampled(t testing.TB) *bundle.Generation {
	g := validGeneration(t)
	g.Kind, g.Decoding = bundle.KindGPT2Sampled, "sample"
	g.Sampling = &bundle.Sampling{Temperature: 0.8, TopK: 5, Seed: g.Model.Digest}
	return g
}

// TestSampledGenerationCheck: a sampled kind needs a sampling section with
// a positive finite temperature, a top-k in range and a canonical seed; a
// greedy kind has none; the decoding must be the kind's.
func TestSampledGenerationCheck(t *testing.T) {
	if err := validSampled(t).Check(); err != nil {
		t.Fatalf("valid sampled generation bundle refused: %v", err)
	}
	attributed := validSampled(t)
	attributed.Kind, attributed.Attribution = bundle.KindGPT2SampledAttributed, validAttribution(attributed)
	if err := attributed.Check(); err != nil {
		t.Fatalf("valid attributed sampled generation bundle refused: %v", err)
	}
	for _, tc := range []struct {
		name, field string
		mut         func(g *bundle.Generation)
	}{
		{"greedy decoding", "decoding", func(g *bundle.Generation) { g.Decoding = "greedy" }},
		{"no sampling", "sampling", func(g *bundle.Generation) { g.Sampling = nil }},
		{"sampling on a greedy kind", "sampling", func(g *bundle.Generation) { g.Kind, g.Decoding = bundle.KindGPT2Greedy, "greedy" }},
		{"zero temperature", "sampling.temperature", func(g *bundle.Generation) { g.Sampling.Temperature = 0 }},
		{"negative temperature", "sampling.temperature", func(g *bundle.Generation) { g.Sampling.Temperature = -1 }},
		{"infinite temperature", "sampling.temperature", func(g *bundle.Generation) { g.Sampling.Temperature = math.Inf(1) }},
		{"NaN temperature", "sampling.temperature", func(g *bundle.Generation) { g.Sampling.Temperature = math.NaN() }},
		{"negative top-k", "sampling.top_k", func(g *bundle.Generation) { g.Sampling.TopK = -1 }},
		{"huge top-k", "sampling.top_k", func(g *bundle.Generation) { g.Sampling.TopK = bundle.MaxGenerationTokens + 1 }},
		{"seed not hex", "sampling.seed", func(g *bundle.Generation) { g.Sampling.Seed = "7" }},
		{"seed not canonical", "sampling.seed", func(g *bundle.Generation) { g.Sampling.Seed = "0x" + strings.Repeat("ff", 32) }},
		{"attributed kind without attribution", "attribution", func(g *bundle.Generation) { g.Kind = bundle.KindGPT2SampledAttributed }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := validSampled(t)
			tc.mut(g)
			err := g.Check()
			if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), `"`+tc.field+`"`) {
				t.Fatalf("err = %v, want bad input naming %q", err, tc.field)
			}
		})
	}
}
