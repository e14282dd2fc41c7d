package pipeline

import (
	"context"
	"fmt"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// DeltaOptions configure ProveDelta.
type DeltaOptions struct {
	// MaxConstraints bounds each proof's estimated size (delta.Plan); the
	// trace is split into as many proofs as it takes.
	MaxConstraints int
	// Mode is how δ·M is proven (delta.Auto picks per part); pinned
	// circuits always prove directly (Auto or Direct only).
	Mode delta.Mode
	// Binding is how the proofs bind the trace's x and Δy.
	Binding delta.Binding
	// Pinned pins the adapter into the circuits (delta.NewPinned): cheaper
	// proofs, one key per adapter, and the setup sees the adapter.
	Pinned bool
	// Adapter names the adapter in the bundle (informative).
	Adapter string
}

func (o *DeltaOptions) check() error {
	switch {
	case o.MaxConstraints < 1:
		return fmt.Errorf("delta: max constraints %d: want a positive number: %w", o.MaxConstraints, errs.ErrBadInput)
	case o.Pinned && o.Mode == delta.Freivalds:
		return fmt.Errorf("delta: pinned circuits prove directly, not in mode %s: %w", o.Mode, errs.ErrBadInput)
	}
	return nil
}

// ProveDelta proves that a's output is every Δy of tr (see circuits/delta):
// it plans the trace into proofs of at most opts.MaxConstraints, compiles
// each circuit once (parts of one circuit name share the compilation and
// the keys from keys), proves each part with key.Salt hiding the adapter and key.Owner owning it,
// verifies each proof, and returns the bundle. Δy must already be in tr
// (enginetrace.Trace.FillDeltas computes it).
func ProveDelta(ctx context.Context, backend prover.Backend, keys keystore.Provider, tr *enginetrace.Trace, a *quant.Adapter, key commit.AdapterKey, opts DeltaOptions) (*bundle.Delta, error) {
	if backend == nil || keys == nil || tr == nil || a == nil {
		return nil, fmt.Errorf("delta: nil backend, keys, trace or adapter: %w", errs.ErrBadInput)
	}
	if err := opts.check(); err != nil {
		return nil, err
	}
	mode := opts.Mode
	if opts.Pinned {
		// The plan of the committed circuits, whose estimate bounds the
		// pinned ones' from above.
		mode = delta.Direct
	}
	shapes, err := delta.Plan(tr, opts.MaxConstraints, mode, opts.Binding)
	if err != nil {
		return nil, err
	}
	d := &bundle.Delta{Format: bundle.DeltaFormat, Version: bundle.DeltaVersion, Adapter: opts.Adapter, Backend: backend.Name(),
		Trace: bundle.DeltaTrace{ModelID: tr.ModelID, AdapterID: tr.AdapterID, Tokens: tr.Tokens}}
	for _, m := range tr.Modules {
		d.Trace.Modules = append(d.Trace.Modules, m.Name)
	}
	p := &deltaProver{backend: backend, keys: keys, tr: tr, a: a, key: key, pinned: opts.Pinned, cache: map[string]*deltaCompiled{}}
	for _, s := range shapes {
		part, err := p.prove(ctx, s)
		if err != nil {
			return nil, err
		}
		d.Parts = append(d.Parts, part)
	}
	return d, nil
}

// deltaProver proves the parts of one trace.
type deltaProver struct {
	backend prover.Backend
	keys    keystore.Provider
	tr      *enginetrace.Trace
	a       *quant.Adapter
	key     commit.AdapterKey
	pinned  bool
	cache   map[string]*deltaCompiled // by circuit name
}

// deltaCompiled is a compiled circuit with its keys.
type deltaCompiled struct {
	ccs  constraint.ConstraintSystem
	keys *keystore.Keys
}

// prove proves shape s's part and returns it verified.
func (p *deltaProver) prove(ctx context.Context, s delta.Shape) (bundle.DeltaPart, error) {
	c, assignment, err := p.circuit(s)
	if err != nil {
		return bundle.DeltaPart{}, err
	}
	name := c.Name()
	cc, err := p.compiled(ctx, c)
	if err != nil {
		return bundle.DeltaPart{}, fmt.Errorf("delta: %s: %w", name, err)
	}
	s = c.Shape()
	pub, ok := assignment.Public()
	if !ok {
		return bundle.DeltaPart{}, fmt.Errorf("delta: %s: assignment without a statement", name)
	}
	proof, err := ProveDeltaAssigned(ctx, p.backend, cc.ccs, cc.keys.PK, assignment, p.tr, &pub)
	if err != nil {
		return bundle.DeltaPart{}, fmt.Errorf("delta: %s: %w", name, err)
	}
	if err := verifyDeltaProof(s, pub, cc.keys.VK, proof); err != nil {
		return bundle.DeltaPart{}, fmt.Errorf("delta: %s: %w", name, err)
	}
	part := bundle.NewDeltaPart(s, pub, p.pinned)
	part.Circuit, part.Digest, part.Constraints = name, cc.keys.Digest, cc.ccs.GetNbConstraints()
	if part.Proof, err = bundle.EncodeProof(proof); err != nil {
		return bundle.DeltaPart{}, err
	}
	if part.VKSHA256, err = bundle.VKSHA256(cc.keys.VK); err != nil {
		return bundle.DeltaPart{}, err
	}
	return part, nil
}

// circuit returns the circuit of s (committed or pinned) and its full
// assignment.
func (p *deltaProver) circuit(s delta.Shape) (c, assignment *delta.Circuit, err error) {
	if p.pinned {
		s.Mode = delta.Direct
		if assignment, err = delta.AssignPinned(s, p.tr, p.a, p.key); err != nil {
			return nil, nil, err
		}
		c, err = delta.NewPinned(s, p.a, p.key)
		return c, assignment, err
	}
	if assignment, err = delta.Assign(s, p.tr, p.a, p.key); err != nil {
		return nil, nil, err
	}
	c, err = delta.New(s)
	return c, assignment, err
}

// compiled compiles c and gets its keys, once per circuit name.
func (p *deltaProver) compiled(ctx context.Context, c *delta.Circuit) (*deltaCompiled, error) {
	if cc := p.cache[c.Name()]; cc != nil {
		return cc, nil
	}
	ccs, err := prover.Compile(ctx, c)
	if err != nil {
		return nil, err
	}
	k, err := p.keys.Keys(ctx, c.Name(), ccs)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	cc := &deltaCompiled{ccs: ccs, keys: k}
	p.cache[c.Name()] = cc
	return cc, nil
}

// ProveDeltaAssigned proves a full assignment (public digests set) of tr's
// part; with the Fingerprinted binding it first binds the fingerprints
// (delta.BindWitness) under one mask for that solve and the proof, so that
// both commit to the same values, and sets them in pub. ProveDelta calls
// it for each part; benchmarks call it to time proving alone.
func ProveDeltaAssigned(ctx context.Context, b prover.Backend, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment *delta.Circuit, tr *enginetrace.Trace, pub *delta.Public) (groth16.Proof, error) {
	full, err := frontend.NewWitness(assignment, ccs.Field())
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	var opts []solver.Option
	if assignment.Shape().Binding == delta.Fingerprinted {
		mask, err := prover.FixedMask()
		if err != nil {
			return nil, err
		}
		opts = append(opts, mask)
		solve := func(w witness.Witness, more ...solver.Option) error {
			return prover.Solve(ctx, ccs, pk, w, append([]solver.Option{mask}, more...)...)
		}
		if pub.Rho, pub.XEval, pub.DeltaEval, err = delta.BindWitness(assignment, full, tr, solve); err != nil {
			return nil, err
		}
	}
	return b.Prove(ctx, ccs, pk, full, opts...)
}

// verifyDeltaProof checks a part's proof against its verifying key and
// public statement.
func verifyDeltaProof(s delta.Shape, pub delta.Public, vk groth16.VerifyingKey, proof groth16.Proof) error {
	w, err := delta.PublicWitness(s, pub)
	if err != nil {
		return err
	}
	return prover.Verify(vk, proof, w)
}
