package pipeline

import (
	"context"
	"fmt"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// MergeOptions configures ProveMerge.
type MergeOptions struct {
	// MaxConstraints bounds each chunk proof (estimated constraints,
	// merge.RowsFor): a module is proven in chunks of the most rows that fit.
	MaxConstraints int
	// FanInFanOut[l] records that model layer l is stored [in][out] in the
	// base (GPT-2 Conv1D); the bundle carries it so a verifier reads the
	// merged file in the same layout.
	FanInFanOut map[int]bool
	// OnKeys, if set, is called with the keys of each distinct chunk
	// circuit once they are obtained (to report setups and dev keys).
	OnKeys func(*keystore.Keys)
}

// ProveMerge merges every adapted layer of m (quant.MergeLayer's rounding)
// and proves each in row chunks of at most opts.MaxConstraints, chained to
// whole-matrix commitments of W0 and W' (package circuits/merge). Every chunk
// proof is verified before it goes into the returned bundle. Chunks of one
// height share a circuit: each distinct circuit is compiled and keyed once.
func ProveMerge(ctx context.Context, backend prover.Backend, keys keystore.Provider, m *quant.Model, a *quant.Adapter, key commit.AdapterKey, opts MergeOptions) (*bundle.Merge, error) {
	switch {
	case backend == nil || keys == nil:
		return nil, errs.BadInput("merge: no backend or key provider")
	case m == nil || a == nil:
		return nil, fmt.Errorf("%w: no model or adapter", merge.ErrBadInput)
	case opts.MaxConstraints < 1:
		return nil, fmt.Errorf("%w: max constraints %d, want a positive number", merge.ErrBadInput, opts.MaxConstraints)
	}
	p := &mergeProver{backend: backend, keys: keys, key: key, opts: opts, circuits: map[string]*mergeCircuit{}}
	b := &bundle.Merge{Format: bundle.MergeFormat, Version: bundle.MergeVersion, Adapter: a.Name, Backend: backend.Name()}
	for i := range a.Layers {
		al := &a.Layers[i]
		if al.Layer < 0 || al.Layer >= len(m.Layers) {
			return nil, fmt.Errorf("%w: adapter layer %d outside the model", merge.ErrBadInput, al.Layer)
		}
		l := &m.Layers[al.Layer]
		mm, err := p.module(ctx, &merge.Module{NLayers: len(m.Layers), Layer: l, Adapter: al})
		if err != nil {
			return nil, fmt.Errorf("merge: layer %d (%s): %w", al.Layer, l.Name, err)
		}
		b.Modules = append(b.Modules, *mm)
	}
	return b, nil
}

// mergeProver holds what ProveMerge's modules share.
type mergeProver struct {
	backend  prover.Backend
	keys     keystore.Provider
	key      commit.AdapterKey
	opts     MergeOptions
	circuits map[string]*mergeCircuit // by circuit name
}

// mergeCircuit is a compiled chunk circuit and its keys.
type mergeCircuit struct {
	ccs  constraint.ConstraintSystem
	keys *keystore.Keys
	vk   string // bundle.VKSHA256 of keys.VK
}

// module proves one module's chunks.
func (p *mergeProver) module(ctx context.Context, mod *merge.Module) (*bundle.MergeModule, error) {
	l, al := mod.Layer, mod.Adapter
	rows := merge.RowsFor(l.Out, l.In, al.Rank, p.opts.MaxConstraints)
	shapes, err := mod.Shapes(rows)
	if err != nil {
		return nil, err
	}
	_, st, err := mod.Statements(rows, p.key)
	if err != nil {
		return nil, err
	}
	mm := &bundle.MergeModule{Name: l.Name, Layer: al.Layer, NLayers: mod.NLayers, In: l.In, Out: l.Out, Rank: al.Rank,
		FanInFanOut: p.opts.FanInFanOut[al.Layer], Rows: rows,
		AdapterCommitment: bundle.FormatElement(st.Chunks[0].AdapterCommitment),
		W0:                bundle.FormatElement(st.W0), W: bundle.FormatElement(st.W)}
	for k, s := range shapes {
		ch, err := p.chunk(ctx, mod, s, st.Chunks[k])
		if err != nil {
			return nil, err
		}
		mm.Chunks = append(mm.Chunks, *ch)
	}
	return mm, nil
}

// chunk proves and verifies one chunk.
func (p *mergeProver) chunk(ctx context.Context, mod *merge.Module, s merge.Shape, pub merge.Public) (*bundle.MergeChunk, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := merge.New(s)
	if err != nil {
		return nil, err
	}
	cc, err := p.circuit(ctx, c)
	if err != nil {
		return nil, err
	}
	a, err := mod.Assign(s, pub, p.key)
	if err != nil {
		return nil, err
	}
	full, err := frontend.NewWitness(a, cc.ccs.Field())
	if err != nil {
		return nil, fmt.Errorf("merge: witness: %w", err)
	}
	proof, err := p.backend.Prove(ctx, cc.ccs, cc.keys.PK, full)
	if err != nil {
		return nil, fmt.Errorf("merge: %s: %w", c.Name(), err)
	}
	public, err := merge.PublicWitness(s, pub)
	if err != nil {
		return nil, err
	}
	if err := prover.Verify(cc.keys.VK, proof, public); err != nil {
		return nil, fmt.Errorf("merge: %s: %w", c.Name(), err)
	}
	ch := &bundle.MergeChunk{Circuit: c.Name(), Digest: cc.keys.Digest, Constraints: cc.ccs.GetNbConstraints(), First: s.First,
		W0Before: bundle.FormatElement(pub.W0Before), W0After: bundle.FormatElement(pub.W0After),
		WBefore: bundle.FormatElement(pub.WBefore), WAfter: bundle.FormatElement(pub.WAfter), VKSHA256: cc.vk}
	if ch.Proof, err = bundle.EncodeProof(proof); err != nil {
		return nil, err
	}
	return ch, nil
}

// circuit compiles c and gets its keys, once per circuit name.
func (p *mergeProver) circuit(ctx context.Context, c *merge.Circuit) (*mergeCircuit, error) {
	if cc, ok := p.circuits[c.Name()]; ok {
		return cc, nil
	}
	ccs, err := prover.Compile(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("merge: %s: %w", c.Name(), err)
	}
	k, err := p.keys.Keys(ctx, c.Name(), ccs)
	if err != nil {
		return nil, fmt.Errorf("merge: %s: keys: %w", c.Name(), err)
	}
	vk, err := bundle.VKSHA256(k.VK)
	if err != nil {
		return nil, err
	}
	if p.opts.OnKeys != nil {
		p.opts.OnKeys(k)
	}
	cc := &mergeCircuit{ccs: ccs, keys: k, vk: vk}
	p.circuits[c.Name()] = cc
	return cc, nil
}
