package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// TextAttribution is a text Datanet's artifacts with the plan of the model
// they were sketched on (attribution/textattr).
type TextAttribution struct {
	Plan      *textattr.Plan
	Artifacts *textattr.Artifacts
}

// NewTextAttribution checks that art was made for q under its own
// parameters (its root is the one its sketches open under the plan) and
// returns it with its plan. Errors wrap errs.ErrBadInput.
func NewTextAttribution(q *gpt2q.Model, art *textattr.Artifacts) (*TextAttribution, error) {
	if q == nil || art == nil {
		return nil, errs.BadInput("text attribution: no model or artifacts")
	}
	pl, err := textattr.NewPlan(q, art.Params)
	if err != nil {
		return nil, errs.BadInput("text attribution: %w", err)
	}
	root, err := art.RootWith(pl)
	if err != nil {
		return nil, errs.BadInput("text attribution: %w", err)
	}
	if got := commit.Hex(root); got != art.Root {
		return nil, errs.BadInput("text attribution: the sketches open root %s under the model's plan, the artifacts state %s", got, art.Root)
	}
	return &TextAttribution{Plan: pl, Artifacts: art}, nil
}

// AttributedGenerationName is the circuit name of an attributed greedy
// generation: the generation's (gpt2.Name) under kind
// gpt2-greedy-attributed, with the contributors and the sketch (K, seed) it
// scores.
func AttributedGenerationName(ta *TextAttribution, prompt, tokens int) string {
	n, _ := AttributedGenerationNameFor(ta, prompt, tokens, gpt2q.Decoding{Mode: gpt2q.Greedy}) // greedy: no error
	return n
}

// AttributedGenerationNameFor is AttributedGenerationName for decoding d; a
// sampled one is gpt2.NameSampled's under gpt2-sampled-attributed.
func AttributedGenerationNameFor(ta *TextAttribution, prompt, tokens int, d gpt2q.Decoding) (string, error) {
	n, err := GenerationName(ta.Plan.Q, prompt, tokens, d)
	if err != nil {
		return "", err
	}
	if d.Mode == gpt2q.Sample {
		n = strings.Replace(n, "gpt2-sample-", bundle.KindGPT2SampledAttributed+"-", 1)
	} else {
		n = strings.Replace(n, "gpt2-greedy/", bundle.KindGPT2GreedyAttributed+"/", 1)
	}
	return fmt.Sprintf("%s/c%d-k%d-seed%x", n, len(ta.Artifacts.Contribs), ta.Plan.P.K, ta.Plan.P.Seed), nil
}

// CompileAttributedGeneration compiles circuits/gpt2's AttributedCircuit
// for ta's model and contributors.
func CompileAttributedGeneration(ctx context.Context, ta *TextAttribution, prompt, tokens int) (*Compiled, error) {
	return CompileAttributedGenerationFor(ctx, ta, prompt, tokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
}

// CompileAttributedGenerationFor compiles the attributed circuit of decoding
// d (NewAttributedSampled for a sampled one).
func CompileAttributedGenerationFor(ctx context.Context, ta *TextAttribution, prompt, tokens int, d gpt2q.Decoding) (*Compiled, error) {
	name, err := AttributedGenerationNameFor(ta, prompt, tokens, d)
	if err != nil {
		return nil, err
	}
	var c *gpt2.AttributedCircuit
	if d.Mode == gpt2q.Sample {
		c, err = gpt2.NewAttributedSampled(ta.Plan, prompt, tokens, len(ta.Artifacts.Contribs), d.Temperature, d.TopK)
	} else {
		c, err = gpt2.NewAttributed(ta.Plan, prompt, tokens, len(ta.Artifacts.Contribs))
	}
	if err != nil {
		return nil, errs.BadInput("attributed generation circuit: %w", err)
	}
	return Compile(ctx, c, name)
}

// ProveAttributedGeneration proves a generation (greedy or sampled) together with its
// attribution to ta's contributors (circuits/gpt2.AttributedCircuit), as
// ProveGeneration proves a plain one; req.Model must be ta.Plan.Q. The
// bundle has kind gpt2-greedy-attributed (gpt2-sampled-attributed) and an attribution section (the
// Datanet root, the digest and every contributor's ppm weight with its id).
func ProveAttributedGeneration(ctx context.Context, backend prover.Backend, keys keystore.Provider, req GenerationRequest, ta *TextAttribution) (*GenerationProof, error) {
	if ta == nil || ta.Plan == nil || ta.Artifacts == nil {
		return nil, errs.BadInput("prove attributed generation: no text attribution")
	}
	if req.Model == nil || req.Model != ta.Plan.Q {
		return nil, errs.BadInput("prove attributed generation: the request's model is not the attribution plan's")
	}
	out := &GenerationProof{Circuit: req.Circuit}
	var err error
	if out.Trace, err = generationTrace(ctx, req); err != nil {
		return nil, err
	}
	np, nt, d := len(out.Trace.Prompt), len(out.Trace.Output), out.Trace.Decoding
	name, err := AttributedGenerationNameFor(ta, np, nt, d)
	if err != nil {
		return nil, err
	}
	assignment, at, err := gpt2.AssignAttributed(ctx, ta.Plan, ta.Artifacts, out.Trace, req.Key)
	if err != nil {
		return nil, fmt.Errorf("witness from the generation trace: %w", err)
	}
	if out.Circuit != nil && out.Circuit.Name != name {
		return nil, errs.BadInput("the compiled circuit %s is not the request's %s", out.Circuit.Name, name)
	}
	if out.Circuit == nil {
		if err := inferencePhase(req.Phase, PhaseCompile, func() error {
			out.Circuit, err = CompileAttributedGenerationFor(ctx, ta, np, nt, d)
			return err
		}); err != nil {
			return nil, err
		}
	}
	if err := inferencePhase(req.Phase, PhaseKeys, func() error {
		out.Keys, err = keys.Keys(ctx, out.Circuit.Name, out.Circuit.CCS)
		return err
	}); err != nil {
		return nil, err
	}
	var b *bundle.Bundle
	if err := inferencePhase(req.Phase, PhaseProve, func() error {
		b, out.Proof, err = ProveAssignment(ctx, backend, out.Circuit, out.Keys, assignment)
		return err
	}); err != nil {
		return nil, err
	}
	if out.Bundle, err = generationBundle(b, req, out.Trace); err != nil {
		return nil, err
	}
	root, err := ta.Artifacts.RootWith(ta.Plan)
	if err != nil {
		return nil, err
	}
	g := out.Bundle
	if g.Sampled() {
		g.Kind = bundle.KindGPT2SampledAttributed
	} else {
		g.Kind = bundle.KindGPT2GreedyAttributed
	}
	g.Attribution = &bundle.Attribution{DatanetRoot: bundle.FormatElement(root), Digest: bundle.FormatElement(at.Digest)}
	for i, w := range at.Weights {
		g.Attribution.Weights = append(g.Attribution.Weights, bundle.Weight{Contributor: i, ID: ta.Artifacts.Contribs[i].ID, PPM: w})
	}
	if err := g.Check(); err != nil {
		return nil, fmt.Errorf("assembled attributed generation bundle: %w", err)
	}
	return out, nil
}
