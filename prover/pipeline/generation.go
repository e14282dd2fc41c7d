package pipeline

import (
	"context"
	"fmt"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// GenerationRequest is one text generation to prove.
type GenerationRequest struct {
	Model       *gpt2q.Model // with its c_attn adapter, if any
	ModelName   string       // the bundle's model.name
	AdapterName string       // the bundle's adapter.name ("none" without an adapter)
	Key         commit.AdapterKey

	// Trace is the recorded generation to prove (the witness comes from
	// it, recomputed first); without it, Prompt runs now for Tokens tokens
	// under Decoding (the zero value decodes greedily). A sampled trace is
	// proven by the sampled circuit of its temperature and top-k.
	Trace    *gpt2q.Trace
	Prompt   []int
	Tokens   int
	Decoding gpt2q.Decoding
	// Vocabulary, if it is one bundle.DecodeTokens knows, adds the prompt
	// and output text to the bundle.
	Vocabulary string

	// Circuit, if set, is the compiled circuit to reuse; it must be the one
	// CompileGeneration returns for the request.
	Circuit *Compiled
	Phase   PhaseFunc
}

// GenerationProof is what ProveGeneration made.
type GenerationProof struct {
	Bundle  *bundle.Generation
	Circuit *Compiled
	Keys    *keystore.Keys
	Trace   *gpt2q.Trace
	Proof   *Proof
}

// CompileGeneration compiles the greedy-generation circuit (circuits/gpt2)
// of q for a prompt of prompt tokens and tokens generated tokens.
func CompileGeneration(ctx context.Context, q *gpt2q.Model, prompt, tokens int) (*Compiled, error) {
	return CompileGenerationFor(ctx, q, prompt, tokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
}

// CompileGenerationFor compiles the generation circuit of decoding d: the
// greedy one, or the sampled one of d's temperature and top-k (the seed is
// a public input, so one circuit serves every seed).
func CompileGenerationFor(ctx context.Context, q *gpt2q.Model, prompt, tokens int, d gpt2q.Decoding) (*Compiled, error) {
	name, err := GenerationName(q, prompt, tokens, d)
	if err != nil {
		return nil, err
	}
	var c *gpt2.Circuit
	if d.Mode == gpt2q.Sample {
		c, err = gpt2.NewSampled(q, prompt, tokens, d.Temperature, d.TopK)
	} else {
		c, err = gpt2.New(q, prompt, tokens)
	}
	if err != nil {
		return nil, errs.BadInput("generation circuit: %w", err)
	}
	return Compile(ctx, c, name)
}

// GenerationName is the key store's name of the generation circuit of
// decoding d (gpt2.Name, or gpt2.NameSampled for a sampled one).
func GenerationName(q *gpt2q.Model, prompt, tokens int, d gpt2q.Decoding) (string, error) {
	switch d.Mode {
	case gpt2q.Greedy:
		return gpt2.Name(q, prompt, tokens), nil
	case gpt2q.Sample:
		n, err := gpt2.NameSampled(q, prompt, tokens, d.Temperature, d.TopK)
		if err != nil {
			return "", errs.BadInput("sampled generation circuit: %w", err)
		}
		return n, nil
	}
	return "", errs.BadInput("generation circuit: decoding %q, want %q or %q", d.Mode, gpt2q.Greedy, gpt2q.Sample)
}

// generationTrace returns req's trace, or runs req's prompt now.
func generationTrace(ctx context.Context, req GenerationRequest) (*gpt2q.Trace, error) {
	if req.Trace != nil {
		return req.Trace, nil
	}
	d := req.Decoding
	if d.Mode == "" {
		d.Mode = gpt2q.Greedy
	}
	t, err := req.Model.Generate(ctx, req.Prompt, req.Tokens, d)
	if err != nil {
		return nil, errs.BadInput("generate: %w", err)
	}
	return t, nil
}

// ProveGeneration proves one generation, greedy or sampled, as ProveInference proves an
// inference: it runs (or takes) the trace, compiles the circuit unless the
// request carries it, gets its keys from keys, proves with backend, checks
// the proof against the verifying key and assembles the generation bundle
// (checked by its Check). Errors in the request wrap errs.ErrBadInput; a
// trace the runtime does not reproduce wraps errs.ErrNotVerified.
func ProveGeneration(ctx context.Context, backend prover.Backend, keys keystore.Provider, req GenerationRequest) (*GenerationProof, error) {
	if req.Model == nil {
		return nil, errs.BadInput("prove generation: no model")
	}
	out := &GenerationProof{Circuit: req.Circuit}
	var err error
	if out.Trace, err = generationTrace(ctx, req); err != nil {
		return nil, err
	}
	np, nt, d := len(out.Trace.Prompt), len(out.Trace.Output), out.Trace.Decoding
	name, err := GenerationName(req.Model, np, nt, d)
	if err != nil {
		return nil, err
	}
	assignment, err := gpt2.Assign(ctx, req.Model, out.Trace, req.Key)
	if err != nil {
		return nil, fmt.Errorf("witness from the generation trace: %w", err)
	}
	if out.Circuit != nil && out.Circuit.Name != name {
		return nil, errs.BadInput("the compiled circuit %s is not the request's %s", out.Circuit.Name, name)
	}
	if out.Circuit == nil {
		if err := inferencePhase(req.Phase, PhaseCompile, func() error {
			out.Circuit, err = CompileGenerationFor(ctx, req.Model, np, nt, d)
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
	if err := out.Bundle.Check(); err != nil {
		return nil, fmt.Errorf("assembled generation bundle: %w", err)
	}
	return out, nil
}

// generationBundle moves the proof, circuit and public inputs of b into a
// generation bundle and fills its statement from the request and trace t.
func generationBundle(b *bundle.Bundle, req GenerationRequest, t *gpt2q.Trace) (*bundle.Generation, error) {
	pub, err := gpt2.PublicsOf(req.Model, t, req.Key)
	if err != nil {
		return nil, err
	}
	g := &bundle.Generation{Format: bundle.GenerationFormat, Version: bundle.GenerationVersion, Kind: bundle.KindGPT2Greedy,
		Circuit: b.Circuit, Backend: b.Backend, Decoding: gpt2q.Greedy,
		Model:        bundle.Model{Name: req.ModelName, Digest: bundle.FormatElement(pub.ModelDigest)},
		Adapter:      bundle.Adapter{Name: req.AdapterName, Commitment: bundle.FormatElement(pub.AdapterCommitment)},
		Prompt:       append([]int(nil), t.Prompt...),
		Output:       append([]int(nil), t.Output...),
		PromptDigest: bundle.FormatElement(pub.PromptDigest), OutputDigest: bundle.FormatElement(pub.OutputDigest),
		PublicInputs: b.PublicInputs, Proof: b.Proof, VKSHA256: b.VKSHA256}
	if g.Adapter.Name == "" {
		g.Adapter.Name = "none"
	}
	if pub.Seed != nil {
		g.Kind, g.Decoding = bundle.KindGPT2Sampled, gpt2q.Sample
		g.Sampling = &bundle.Sampling{Temperature: t.Decoding.Temperature, TopK: t.Decoding.TopK, Seed: bundle.FormatElement(*pub.Seed)}
	}
	if req.Vocabulary != "" {
		g.Vocabulary = req.Vocabulary
		if g.PromptText, err = bundle.DecodeTokens(req.Vocabulary, t.Prompt); err != nil {
			return nil, err
		}
		if g.OutputText, err = bundle.DecodeTokens(req.Vocabulary, t.Output); err != nil {
			return nil, err
		}
	}
	return g, nil
}
