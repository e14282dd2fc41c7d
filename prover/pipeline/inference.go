package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Phases ProveInference reports to InferenceRequest.Phase, in this order.
const (
	PhaseCompile = "compile" // skipped when the request carries a compiled circuit
	PhaseKeys    = "keys"    // keystore.Provider: stored keys, or a development setup
	PhaseProve   = "prove"   // the backend's proof and its self-check
)

// PhaseFunc hears a long step begin; the function it returns hears it end,
// with the step's error. The CLI logs and shows progress with it; the
// library itself never logs.
type PhaseFunc func(phase string) (done func(error))

// Compiled is a compiled circuit with its identity in the key store.
type Compiled struct {
	Name   string // the key store's name for it (lora.Name, lora.AttributedName, …)
	Digest string // prover.CircuitDigest
	CCS    constraint.ConstraintSystem
	Public []string      // public input names, in witness order
	Time   time.Duration // how long compiling took
}

// Constraints is the circuit's constraint count.
func (c *Compiled) Constraints() int { return c.CCS.GetNbConstraints() }

// Compile compiles circuit, which the key store knows as name.
func Compile(ctx context.Context, circuit frontend.Circuit, name string) (*Compiled, error) {
	out := &Compiled{Name: name}
	var err error
	if out.Public, err = prover.PublicNames(circuit); err != nil {
		return nil, err
	}
	start := time.Now()
	if out.CCS, err = prover.Compile(ctx, circuit); err != nil {
		return nil, err
	}
	out.Time = time.Since(start)
	if out.Digest, err = prover.CircuitDigest(out.CCS); err != nil {
		return nil, err
	}
	return out, nil
}

// Attribution is what the attributed inference circuit proves besides the
// inference: the contributors of the artifacts and the attribution plan of
// the model and adapter under the artifacts' parameters.
type Attribution struct {
	Artifacts *artifacts.Artifacts
	Plan      *influence.Plan
}

// NewAttribution checks the artifacts against model m and adapter a and
// returns them with their plan. Errors wrap errs.ErrBadInput.
func NewAttribution(m *quant.Model, a *quant.Adapter, art *artifacts.Artifacts) (*Attribution, error) {
	if a == nil {
		return nil, errs.BadInput("attribution scores the adapter's parameters: it needs an adapter")
	}
	pl, err := lora.AttributionPlan(m, a, art)
	if err != nil {
		return nil, fmt.Errorf("the attribution artifacts do not fit model %s with this adapter: %w", m.Name, err)
	}
	return &Attribution{Artifacts: art, Plan: pl}, nil
}

// InferenceName is the key store's name of the inference circuit of model m
// with adapter a (nil: none), attributed with att if set.
func InferenceName(m *quant.Model, a *quant.Adapter, att *Attribution) string {
	shape := a.Shape(len(m.Layers))
	if att != nil {
		return lora.AttributedName(m, shape, att.Plan.P, len(att.Artifacts.Contribs))
	}
	return lora.Name(m, shape)
}

// CompileInference compiles the inference circuit of model m with adapter a
// (nil: the base model alone), or with att the attributed circuit.
func CompileInference(ctx context.Context, m *quant.Model, a *quant.Adapter, att *Attribution) (*Compiled, error) {
	shape := a.Shape(len(m.Layers))
	if att != nil {
		n := len(att.Artifacts.Contribs)
		circuit, err := lora.NewAttributed(m, shape, att.Plan, att.Artifacts.Datanet.Classes, n)
		if err != nil {
			return nil, fmt.Errorf("attributed circuit for %s: %w", m.Name, err)
		}
		return Compile(ctx, circuit, InferenceName(m, a, att))
	}
	circuit, err := lora.New(m, shape)
	if err != nil {
		return nil, fmt.Errorf("circuit for %s: %w", m.Name, err)
	}
	return Compile(ctx, circuit, InferenceName(m, a, nil))
}

// NewWitness returns the full witness of assignment and its public part.
func NewWitness(assignment frontend.Circuit) (full, public witness.Witness, err error) {
	if full, err = frontend.NewWitness(assignment, ecc.BN254.ScalarField()); err != nil {
		return nil, nil, fmt.Errorf("witness: %w", err)
	}
	if public, err = full.Public(); err != nil {
		return nil, nil, fmt.Errorf("public witness: %w", err)
	}
	return full, public, nil
}

// Proof is a proof that its verifying key accepts.
type Proof struct {
	Proof  groth16.Proof
	Public witness.Witness
	// ProveTime is the backend's proving time, VerifyTime the self-check's.
	ProveTime, VerifyTime time.Duration
}

// Prove proves the full witness of cc with backend and keys.PK, then checks
// the proof with keys.VK: a backend whose proof its own key rejects has a
// bug, and its proof is never handed out.
func Prove(ctx context.Context, backend prover.Backend, cc *Compiled, keys *keystore.Keys, full witness.Witness) (*Proof, error) {
	public, err := full.Public()
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	p := &Proof{Public: public}
	start := time.Now()
	if p.Proof, err = backend.Prove(ctx, cc.CCS, keys.PK, full); err != nil {
		return nil, err
	}
	p.ProveTime = time.Since(start)
	start = time.Now()
	if err := prover.Verify(keys.VK, p.Proof, public); err != nil {
		return nil, fmt.Errorf("the %s backend produced a proof that does not verify: %w", backend.Name(), err)
	}
	p.VerifyTime = time.Since(start)
	return p, nil
}

// Assemble returns the bundle of proof p of circuit cc: format, circuit,
// backend, public inputs, proof and verifying-key hash. The statement fields
// (model, adapter, digests, input, output) are the caller's to fill.
func Assemble(cc *Compiled, backend string, vk groth16.VerifyingKey, p *Proof) (*bundle.Bundle, error) {
	enc, err := bundle.EncodeProof(p.Proof)
	if err != nil {
		return nil, err
	}
	inputs, err := bundle.PublicInputs(cc.Public, p.Public)
	if err != nil {
		return nil, err
	}
	vkHash, err := bundle.VKSHA256(vk)
	if err != nil {
		return nil, err
	}
	return &bundle.Bundle{
		Format:       bundle.Format,
		Version:      bundle.Version,
		Circuit:      bundle.Circuit{Name: cc.Name, Digest: cc.Digest, Constraints: cc.Constraints()},
		Backend:      backend,
		PublicInputs: inputs,
		Proof:        enc,
		VKSHA256:     vkHash,
	}, nil
}

// ProveAssignment proves assignment, a witness of cc, with backend and keys
// (NewWitness, Prove) and assembles its bundle without the statement fields
// (Assemble).
func ProveAssignment(ctx context.Context, backend prover.Backend, cc *Compiled, keys *keystore.Keys, assignment frontend.Circuit) (*bundle.Bundle, *Proof, error) {
	full, _, err := NewWitness(assignment)
	if err != nil {
		return nil, nil, err
	}
	p, err := Prove(ctx, backend, cc, keys, full)
	if err != nil {
		return nil, nil, err
	}
	b, err := Assemble(cc, backend.Name(), keys.VK, p)
	if err != nil {
		return nil, nil, err
	}
	return b, p, nil
}

// InferenceRequest is one inference to prove.
type InferenceRequest struct {
	Model     *quant.Model
	ModelName string         // the bundle's model.name
	Adapter   *quant.Adapter // nil: the base model alone

	// Trace is the recorded inference to prove (from a trace file or
	// runtime.Stack.Trace): the witness comes from it alone. Without it,
	// the inference of Input runs now, the adapter committed under Key (salt and owner).
	Trace *trace.Trace
	Input []int8
	Key   commit.AdapterKey

	// Attribution, if set, selects the attributed circuit and puts the
	// contributors' weights into the bundle.
	Attribution *Attribution
	// Circuit, if set, is the compiled circuit to reuse; it must be the one
	// CompileInference returns for the request.
	Circuit *Compiled
	// Phase, if set, hears each phase begin and end.
	Phase PhaseFunc
}

// InferenceProof is what ProveInference made.
type InferenceProof struct {
	Bundle  *bundle.Bundle
	Circuit *Compiled
	Keys    *keystore.Keys
	Trace   *trace.Trace
	Proof   *Proof
	// ProofSize is the proof's size in the Solidity verifier's layout.
	ProofSize int
}

// ProveInference proves one inference: it compiles the circuit (unless the
// request carries it), gets its keys from keys, builds the witness from the
// trace, proves with backend, checks the proof against the verifying key and
// assembles the bundle (checked by bundle.Check). Errors in the request wrap
// errs.ErrBadInput.
func ProveInference(ctx context.Context, backend prover.Backend, keys keystore.Provider, req InferenceRequest) (*InferenceProof, error) {
	if req.Model == nil {
		return nil, errs.BadInput("prove inference: no model")
	}
	out := &InferenceProof{Trace: req.Trace, Circuit: req.Circuit}
	var err error
	if out.Trace == nil {
		if out.Trace, err = inferenceTrace(ctx, req); err != nil {
			return nil, err
		}
	} else if err := inferenceTraceFits(req); err != nil {
		return nil, err
	}
	assignment, att, err := inferenceAssignment(req, out.Trace)
	if err != nil {
		return nil, err
	}
	if name := InferenceName(req.Model, req.Adapter, req.Attribution); out.Circuit != nil && out.Circuit.Name != name {
		return nil, errs.BadInput("the compiled circuit %s is not the request's %s", out.Circuit.Name, name)
	}
	if out.Circuit == nil {
		if err := inferencePhase(req.Phase, PhaseCompile, func() error {
			out.Circuit, err = CompileInference(ctx, req.Model, req.Adapter, req.Attribution)
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
	if err := inferencePhase(req.Phase, PhaseProve, func() error {
		out.Bundle, out.Proof, err = ProveAssignment(ctx, backend, out.Circuit, out.Keys, assignment)
		return err
	}); err != nil {
		return nil, err
	}
	inferenceStatement(out.Bundle, req.ModelName, out.Trace, att)
	if err := out.Bundle.Check(); err != nil {
		return nil, fmt.Errorf("assembled bundle: %w", err)
	}
	out.ProofSize = (len(out.Bundle.Proof) - 2) / 2 // hex after 0x
	return out, nil
}

// inferenceTrace runs the request's inference and records its trace.
func inferenceTrace(ctx context.Context, req InferenceRequest) (*trace.Trace, error) {
	layers, err := req.Model.Forward(ctx, req.Input, req.Adapter)
	if err != nil {
		return nil, errs.BadInput("inference: %w", err)
	}
	return trace.New(req.Model, req.Adapter, req.Key, req.Input, layers)
}

// inferenceTraceFits checks that the request's trace has the adapter shape
// of the request's circuit (the witness comes from the trace alone).
func inferenceTraceFits(req InferenceRequest) error {
	var ta *quant.Adapter
	if req.Trace.Adapter != nil {
		var err error
		if ta, _, err = req.Trace.QuantAdapter(); err != nil {
			return errs.BadInput("trace: %w", err)
		}
	}
	n := len(req.Model.Layers)
	if got, want := ta.Shape(n), req.Adapter.Shape(n); !slices.Equal(got, want) {
		return errs.BadInput("the trace's adapter ranks %v are not the request's %v", got, want)
	}
	return nil
}

// inferenceAssignment is the witness of trace t for the request's circuit
// and, for the attributed circuit, the bundle's attribution section.
func inferenceAssignment(req InferenceRequest, t *trace.Trace) (frontend.Circuit, *bundle.Attribution, error) {
	if req.Attribution == nil {
		a, err := lora.AssignFromTrace(req.Model, t)
		if err != nil {
			return nil, nil, fmt.Errorf("witness from trace: %w", err)
		}
		return a, nil, nil
	}
	art := req.Attribution.Artifacts
	a, att, err := lora.AssignAttributedFromTrace(req.Model, t, art)
	if err != nil {
		return nil, nil, fmt.Errorf("witness from trace and attribution artifacts: %w", err)
	}
	section := &bundle.Attribution{DatanetRoot: bundle.FormatElement(att.Root), Digest: bundle.FormatElement(att.Digest)}
	for c, w := range att.Weights {
		section.Weights = append(section.Weights, bundle.Weight{Contributor: c, ID: art.Contribs[c].ID, PPM: w})
	}
	return a, section, nil
}

// inferenceStatement fills the bundle's statement fields from trace t.
func inferenceStatement(b *bundle.Bundle, modelName string, t *trace.Trace, att *bundle.Attribution) {
	b.Model = bundle.Model{Name: modelName, Digest: t.Model.Digest}
	b.InputDigest, b.OutputDigest = t.InputDigest, t.OutputDigest
	b.Input, b.Output = inferenceInts(t.Input), inferenceInts(t.Output)
	pred := quant.Argmax(t.Output)
	b.Prediction = &pred
	b.Attribution = att
	if t.Adapter != nil {
		b.Adapter = bundle.Adapter{Name: t.Adapter.Name, Commitment: t.Adapter.Commitment}
		return
	}
	// The base model alone still commits to its (empty) adapter.
	for _, p := range b.PublicInputs {
		if p.Name == "adapter_commitment" {
			b.Adapter = bundle.Adapter{Name: "none", Commitment: p.Value}
		}
	}
}

func inferenceInts(v []int8) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// inferencePhase runs fn as phase name, telling f (if set).
func inferencePhase(f PhaseFunc, name string, fn func() error) error {
	if f == nil {
		return fn()
	}
	done := f(name)
	err := fn()
	done(err)
	return err
}
