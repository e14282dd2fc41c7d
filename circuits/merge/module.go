package merge

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
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
func (m *Module) Commitment(key commit.AdapterKey) (fr.Element, error) {
	if err := m.check(); err != nil {
		return fr.Element{}, err
	}
	shape := make([]int, m.NLayers)
	shape[m.Adapter.Layer] = m.Adapter.Rank
	c, err := commit.AdapterCommitment(&quant.Adapter{Layers: []quant.AdapterLayer{*m.Adapter}}, shape, key)
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

// RowsFor returns the largest chunk height of an out×in matrix (the (out,
// in) order of ChainStart and MatrixCommitment) whose estimate stays within
// maxConstraints (at least 1).
func RowsFor(out, in, rank, maxConstraints int) int {
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

// Statement is a module's merge statement: every chunk's public statement,
// in row order, and the whole-matrix commitments.
type Statement struct {
	Chunks []Public
	// W0 and W are the whole-matrix commitments (the last chain values).
	W0, W fr.Element
}

// Statements computes the merged weights (quant.MergeLayer) and every
// chunk's public statement.
func (m *Module) Statements(rows int, key commit.AdapterKey) ([]int8, Statement, error) {
	shapes, err := m.Shapes(rows)
	if err != nil {
		return nil, Statement{}, err
	}
	com, err := m.Commitment(key)
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
func (m *Module) Assign(s Shape, p Public, key commit.AdapterKey) (*Circuit, error) {
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
	c.Salt, c.Owner = commit.Const(key.Salt)[0], commit.Const(key.Owner)[0]
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

// PublicWitness is the public witness of chunk s's statement p, what its
// proof is verified against.
func PublicWitness(s Shape, p Public) (witness.Witness, error) {
	c, err := New(s)
	if err != nil {
		return nil, err
	}
	setPublic(c, p)
	w, err := frontend.NewWitness(c, fr.Modulus(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("merge: public witness: %w", err)
	}
	return w, nil
}

// ChunkRows is the number of rows of chunk s (the last may be shorter).
func (s *Shape) ChunkRows() int { return s.chunkRows() }
