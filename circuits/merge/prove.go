package merge

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
)

// Module is one layer to merge: its base weights (l.W, [Out][In]) and its
// adapter layer.
type Module struct {
	NLayers int // the model's layer count (the adapter commitment's)
	Layer   *quant.Layer
	Adapter *quant.AdapterLayer
}

func (m *Module) check() error {
	l, a := m.Layer, m.Adapter
	if l == nil || a == nil || len(l.W) != l.In*l.Out || a.Rank < 1 || len(a.A) != a.Rank*l.In || len(a.B) != l.Out*a.Rank {
		return fmt.Errorf("%w: module without weights or with mismatched adapter shapes", ErrBadInput)
	}
	if a.Layer < 0 || a.Layer >= m.NLayers {
		return fmt.Errorf("%w: adapter layer %d of %d", ErrBadInput, a.Layer, m.NLayers)
	}
	return nil
}

// Commitment returns the module's adapter commitment: commit.AdapterCommitment
// of the one adapted layer.
func (m *Module) Commitment(salt fr.Element) (fr.Element, error) {
	if err := m.check(); err != nil {
		return fr.Element{}, err
	}
	shape := make([]int, m.NLayers)
	shape[m.Adapter.Layer] = m.Adapter.Rank
	c, err := commit.AdapterCommitment(&quant.Adapter{Layers: []quant.AdapterLayer{*m.Adapter}}, shape, salt)
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return c, nil
}

// Shapes returns the chunk shapes of the module for R rows per chunk.
func (m *Module) Shapes(rows int) ([]Shape, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	var out []Shape
	for first := 0; first < m.Layer.Out; first += max(rows, 1) {
		s := Shape{NLayers: m.NLayers, Layer: m.Adapter.Layer, In: m.Layer.In, Out: m.Layer.Out, Rank: m.Adapter.Rank, Rows: rows, First: first}
		if err := s.Validate(); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Estimate returns the approximate constraint count of a chunk circuit.
func (s *Shape) Estimate() int {
	n := s.chunkRows() * s.In
	adapter := s.Rank * (s.In + s.Out)
	// one Freivalds product + requantization (≈4 + 5 + slack bytes + 1) + W0's range check
	// + two packed hashes (88·2/31) per weight; A·M; the adapter's range
	// checks and hash.
	rq := s.requant()
	perWeight := 1 + 4 + 5 + (rq.SlackBits+7)/8 + 1 + 1 + 6
	sel := 0
	if s.full() {
		sel = s.nFull()*s.Rows*s.Rank + 2*s.nFull()
	}
	frei := s.chunkRows()*s.Rank + s.Rank*s.In + s.In + s.chunkRows()
	return n*perWeight + frei + adapter + adapter*88/31 + sel + 1024
}

// RowsFor returns the largest chunk height whose estimate stays within
// maxConstraints (at least 1).
func RowsFor(in, out, rank, maxConstraints int) int {
	lo := 1
	for r := 2; r <= out; r *= 2 {
		s := Shape{NLayers: 1, In: in, Out: out, Rank: rank, Rows: r}
		if s.Estimate() > maxConstraints {
			break
		}
		lo = r
	}
	// Refine linearly between lo and 2·lo.
	for r := lo + 1; r <= min(2*lo, out); r++ {
		s := Shape{NLayers: 1, In: in, Out: out, Rank: rank, Rows: r}
		if s.Estimate() > maxConstraints {
			break
		}
		lo = r
	}
	return lo
}

// Chain holds the chain values of the module's chunks: Before[k] and
// After[k] for W0 and W'.
type Statement struct {
	Chunks []Public
	// W0 and W are the whole-matrix commitments (the last chain values).
	W0, W fr.Element
}

// Statements computes the merged weights (quant.MergeLayer) and every
// chunk's public statement.
func (m *Module) Statements(rows int, salt fr.Element) ([]int8, Statement, error) {
	shapes, err := m.Shapes(rows)
	if err != nil {
		return nil, Statement{}, err
	}
	com, err := m.Commitment(salt)
	if err != nil {
		return nil, Statement{}, err
	}
	l := m.Layer
	merged := quant.MergeLayer(l, m.Adapter)
	st := Statement{}
	c0 := ChainStart(l.Out, l.In, rows)
	c1 := c0
	for _, s := range shapes {
		end := s.First + s.chunkRows()
		p := Public{AdapterCommitment: com, W0Before: c0, WBefore: c1, Chunk: s.First / s.Rows}
		p.W0After = ChainStep(c0, s.First, l.W[s.First*l.In:end*l.In])
		p.WAfter = ChainStep(c1, s.First, merged[s.First*l.In:end*l.In])
		c0, c1 = p.W0After, p.WAfter
		st.Chunks = append(st.Chunks, p)
	}
	st.W0, st.W = c0, c1
	return merged, st, nil
}

// Assign returns the full witness of chunk s.
func (m *Module) Assign(s Shape, p Public, salt fr.Element) (*Circuit, error) {
	c, err := New(s)
	if err != nil {
		return nil, err
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.Layer.In != s.In || m.Layer.Out != s.Out || m.Adapter.Rank != s.Rank || m.Adapter.Layer != s.Layer {
		return nil, fmt.Errorf("%w: module does not have the chunk's shape", ErrBadInput)
	}
	setPublic(c, p)
	c.Salt = commit.Const(salt)[0]
	c.M = m.Adapter.M
	c.A, c.B = gadgets.Int8Vars(m.Adapter.A), gadgets.Int8Vars(m.Adapter.B)
	c.W0 = gadgets.Int8Vars(m.Layer.W[s.First*s.In : (s.First+s.chunkRows())*s.In])
	return c, nil
}

func setPublic(c *Circuit, p Public) {
	c.AdapterCommitment = commit.Const(p.AdapterCommitment)[0]
	c.W0Before, c.W0After = commit.Const(p.W0Before)[0], commit.Const(p.W0After)[0]
	c.WBefore, c.WAfter = commit.Const(p.WBefore)[0], commit.Const(p.WAfter)[0]
	c.Chunk = p.Chunk
}

// Keys provides the proving and verifying key of a compiled chunk circuit.
type Keys func(ctx context.Context, name string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error)

// ChunkProof is one chunk's proof.
type ChunkProof struct {
	Shape       Shape
	Name        string
	Public      Public
	Proof       groth16.Proof
	VK          groth16.VerifyingKey
	Constraints int
}

// ModuleProof is a whole module's merge: the merged weights, the
// whole-matrix commitments and the chained chunk proofs.
type ModuleProof struct {
	Merged []int8 // W' [Out][In]
	Statement
	Chunks []ChunkProof
}

// ProveModule merges one module and proves it in chunks of at most
// maxConstraints (estimated), verifying each chunk proof and the chain.
func ProveModule(ctx context.Context, b prover.Backend, keys Keys, m *Module, salt fr.Element, maxConstraints int) (*ModuleProof, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	rows := RowsFor(m.Layer.In, m.Layer.Out, m.Adapter.Rank, maxConstraints)
	shapes, err := m.Shapes(rows)
	if err != nil {
		return nil, err
	}
	merged, st, err := m.Statements(rows, salt)
	if err != nil {
		return nil, err
	}
	mp := &ModuleProof{Merged: merged, Statement: st}
	// Chunks of the same height share one circuit and key; only the last
	// may differ. Compile and key each distinct circuit once.
	type compiled struct {
		ccs constraint.ConstraintSystem
		pk  groth16.ProvingKey
		vk  groth16.VerifyingKey
	}
	cache := map[Shape]compiled{}
	for k, s := range shapes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c, err := New(s)
		if err != nil {
			return nil, err
		}
		cc, ok := cache[s.key()]
		if !ok {
			cc.ccs, err = prover.Compile(ctx, c)
			if err != nil {
				return nil, fmt.Errorf("merge: %s: %w", c.Name(), err)
			}
			if cc.pk, cc.vk, err = keys(ctx, c.Name(), cc.ccs); err != nil {
				return nil, fmt.Errorf("merge: %s: keys: %w", c.Name(), err)
			}
			cache[s.key()] = cc
		}
		a, err := m.Assign(s, st.Chunks[k], salt)
		if err != nil {
			return nil, err
		}
		full, err := frontend.NewWitness(a, cc.ccs.Field())
		if err != nil {
			return nil, fmt.Errorf("merge: witness: %w", err)
		}
		proof, err := b.Prove(ctx, cc.ccs, cc.pk, full)
		if err != nil {
			return nil, fmt.Errorf("merge: %s: %w", c.Name(), err)
		}
		cp := ChunkProof{Shape: s, Name: c.Name(), Public: st.Chunks[k], Proof: proof, VK: cc.vk, Constraints: cc.ccs.GetNbConstraints()}
		if err := VerifyChunk(cp); err != nil {
			return nil, err
		}
		mp.Chunks = append(mp.Chunks, cp)
	}
	if err := VerifyChain(mp.Chunks, m.Layer.Out, m.Layer.In, st.W0, st.W); err != nil {
		return nil, err
	}
	return mp, nil
}

// VerifyChunk checks one chunk proof against its key and public statement.
func VerifyChunk(cp ChunkProof) error {
	c, err := New(cp.Shape)
	if err != nil {
		return err
	}
	setPublic(c, cp.Public)
	w, err := frontend.NewWitness(c, fr.Modulus(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("merge: public witness: %w", err)
	}
	if err := prover.Verify(cp.VK, cp.Proof, w); err != nil {
		return fmt.Errorf("merge: %s: %w", cp.Name, err)
	}
	return nil
}

// VerifyChain checks that chunk statements cover rows 0…out in order under
// one adapter commitment and chain from ChainStart to the whole-matrix
// commitments w0 and w (the proofs themselves are checked by VerifyChunk).
func VerifyChain(chunks []ChunkProof, out, in int, w0, w fr.Element) error {
	if len(chunks) == 0 {
		return fmt.Errorf("%w: no chunks", ErrBadInput)
	}
	rows := chunks[0].Shape.Rows
	c0 := ChainStart(out, in, rows)
	c1 := c0
	next := 0
	for k, cp := range chunks {
		s, p := cp.Shape, cp.Public
		switch {
		case s.Out != out || s.In != in || s.Rows != rows || s.First != next:
			return fmt.Errorf("%w: chunk %d covers rows from %d of a %d×%d matrix in %d-row chunks, want row %d of %d×%d in %d", ErrBadInput, k, s.First, s.Out, s.In, s.Rows, next, out, in, rows)
		case p.AdapterCommitment != chunks[0].Public.AdapterCommitment:
			return fmt.Errorf("%w: chunk %d: another adapter commitment", ErrBadInput, k)
		case p.Chunk != k:
			return fmt.Errorf("%w: chunk %d claims index %d", ErrBadInput, k, p.Chunk)
		case p.W0Before != c0 || p.WBefore != c1:
			return fmt.Errorf("%w: chunk %d does not chain to chunk %d", ErrBadInput, k, k-1)
		}
		c0, c1 = p.W0After, p.WAfter
		next += s.chunkRows()
	}
	if next != out {
		return fmt.Errorf("%w: chunks cover %d of %d rows", ErrBadInput, next, out)
	}
	if c0 != w0 || c1 != w {
		return fmt.Errorf("%w: chain ends do not match the whole-matrix commitments", ErrBadInput)
	}
	return nil
}

// ProveAdapter merges and proves every adapted layer of a model, module by
// module (the CLI's `merge --prove`).
func ProveAdapter(ctx context.Context, b prover.Backend, keys Keys, m *quant.Model, a *quant.Adapter, salt fr.Element, maxConstraints int) ([]*ModuleProof, error) {
	if m == nil || a == nil {
		return nil, fmt.Errorf("%w: no model or adapter", ErrBadInput)
	}
	var out []*ModuleProof
	for i := range a.Layers {
		al := &a.Layers[i]
		if al.Layer < 0 || al.Layer >= len(m.Layers) {
			return nil, fmt.Errorf("%w: adapter layer %d outside the model", ErrBadInput, al.Layer)
		}
		mp, err := ProveModule(ctx, b, keys, &Module{NLayers: len(m.Layers), Layer: &m.Layers[al.Layer], Adapter: al}, salt, maxConstraints)
		if err != nil {
			return nil, fmt.Errorf("merge: layer %d (%s): %w", al.Layer, m.Layers[al.Layer].Name, err)
		}
		out = append(out, mp)
	}
	return out, nil
}
