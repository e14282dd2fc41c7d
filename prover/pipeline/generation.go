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

	// Trace is the recorded greedy generation to prove (the witness comes
	// from it, recomputed first); without it, Prompt runs now for Tokens
	// tokens.
	Trace  *gpt2q.Trace
	Prompt []int
	Tokens int
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
	c, err := gpt2.New(q, prompt, tokens)
	if err != nil {
		return nil, errs.BadInput("generation circuit: %w", err)
	}
	return Compile(ctx, c, gpt2.Name(q, prompt, tokens))
}

// ProveGeneration proves one greedy generation, as ProveInference proves an
// inference: it runs (or takes) the trace, compiles the circuit unless the
// request carries it, gets its keys from keys, proves with backend, checks
// the proof against the verifying key and assembles the generation bundle
// (checked by its Check). Errors in the request wrap errs.ErrBadInput; a
// trace the runtime does not reproduce wraps errs.ErrNotVerified.
func ProveGeneration(ctx context.Context, backend prover.Backend, keys keystore.Provider, req GenerationRequest) (*GenerationProof, error) {
	if req.Model == nil {
		return nil, errs.BadInput("prove generation: no model")
	}
	out := &GenerationProof{Trace: req.Trace, Circuit: req.Circuit}
	var err error
	if out.Trace == nil {
		if out.Trace, err = req.Model.Generate(ctx, req.Prompt, req.Tokens, gpt2q.Decoding{Mode: gpt2q.Greedy}); err != nil {
			return nil, errs.BadInput("generate: %w", err)
		}
	}
	if out.Trace.Decoding.Mode != gpt2q.Greedy { // sampled generations: gpt2.NewSampled, not this pipeline yet
		return nil, errs.BadInput("prove generation: decoding %q, the pipeline proves greedy", out.Trace.Decoding.Mode)
	}
	assignment, err := gpt2.Assign(ctx, req.Model, out.Trace, req.Key)
	if err != nil {
		return nil, fmt.Errorf("witness from the generation trace: %w", err)
	}
	np, nt := len(out.Trace.Prompt), len(out.Trace.Output)
	if name := gpt2.Name(req.Model, np, nt); out.Circuit != nil && out.Circuit.Name != name {
		return nil, errs.BadInput("the compiled circuit %s is not the request's %s", out.Circuit.Name, name)
	}
	if out.Circuit == nil {
		if err := inferencePhase(req.Phase, PhaseCompile, func() error {
			out.Circuit, err = CompileGeneration(ctx, req.Model, np, nt)
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
		Circuit: b.Circuit, Backend: b.Backend, Decoding: string(gpt2q.Greedy),
		Model:        bundle.Model{Name: req.ModelName, Digest: bundle.FormatElement(pub.ModelDigest)},
		Adapter:      bundle.Adapter{Name: req.AdapterName, Commitment: bundle.FormatElement(pub.AdapterCommitment)},
		Prompt:       append([]int(nil), t.Prompt...),
		Output:       append([]int(nil), t.Output...),
		PromptDigest: bundle.FormatElement(pub.PromptDigest), OutputDigest: bundle.FormatElement(pub.OutputDigest),
		PublicInputs: b.PublicInputs, Proof: b.Proof, VKSHA256: b.VKSHA256}
	if g.Adapter.Name == "" {
		g.Adapter.Name = "none"
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
