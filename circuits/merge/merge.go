// Package merge proves adapter merges: W' = W0 + s·B·A, rounded exactly as
// inference/quant.MergeLayer (the runtime's merged mode) rounds,
//
//	W'[i][j] = clamp(W0[i][j] + floor(((B·A)[i][j]·M + 2^31) / 2^32), −128, 127),
//
// with W0, the adapter and W' each bound to a commitment. W0 is a committed
// witness (the verifier recomputes its commitment from the public checkpoint
// tensor), not a circuit constant, so one proving key serves every base
// matrix of a shape.
//
// Matrices are [out][in] row-major (quant's layout; a GPT-2 Conv1D weight,
// stored [in][out] with fan_in_fan_out, is transposed first). A matrix is
// proven in chunks of R rows, one bounded proof each, whose commitments
// chain to one whole-matrix commitment (MatrixCommitment):
//
//	c_start = H(tag, out, in, R),  c_k = H(tag, c_{k−1}, first row of chunk k, packed rows of chunk k)
//
// and the last c_k commits to the whole matrix. Chunk k's proof has five
// public inputs: the adapter commitment (commit.AdapterCommitment of the one
// adapted layer under a private salt, the inference circuit's format) and
// the chain values before and after chunk k for W0 and for W'. A verifier
// checks that consecutive chunks chain (each "after" is the next "before"),
// that the first "before" is c_start and that the last "after" values are
// the whole-matrix commitments of W0 (from the checkpoint) and W'.
//
// Per merged weight the circuit spends one product for Freivalds' check of
// (B·A)·M (see Define), the requantization of circuits/gadgets (floor,
// clamp; the same gadget that proves inference, with 32 fractional bits)
// and about 2.8 constraints for each of the two packed Poseidon2 chains.
package merge

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// ErrBadInput marks shapes, matrices and adapters the circuit cannot
// represent or that do not fit each other.
var ErrBadInput = fmt.Errorf("merge circuit: %w", errs.ErrBadInput)

// TagMatrix is the domain tag of the chunked matrix commitment.
const TagMatrix = "openproof/matrix/v1"

// Shape fixes a chunk circuit: the module's size and the chunk's rows.
type Shape struct {
	NLayers int // layers of the model (the adapter commitment's layer count)
	Layer   int // index of the merged layer
	In, Out int
	Rank    int
	Rows    int // R, rows per chunk
	First   int // first row of this chunk (a multiple of Rows)
}

// chunkRows returns the rows of this chunk (the last chunk may be shorter).
func (s *Shape) chunkRows() int { return min(s.Rows, s.Out-s.First) }

// full reports whether the chunk has R rows. Full chunks share one circuit
// (and key) per module shape: the chunk index is a public input that
// selects the chunk's rows of B in the circuit. A shorter last chunk has a
// circuit of its own with its rows fixed.
func (s *Shape) full() bool { return s.chunkRows() == s.Rows }

// nFull is the number of full chunks.
func (s *Shape) nFull() int { return s.Out / s.Rows }

// key identifies the circuit of the chunk: equal keys, equal circuits.
func (s *Shape) key() Shape {
	k := *s
	if k.full() {
		k.First = 0
	}
	return k
}

// Validate checks the shape.
func (s *Shape) Validate() error {
	switch {
	case s.Layer < 0 || s.Layer >= s.NLayers:
		return fmt.Errorf("%w: layer %d of %d", ErrBadInput, s.Layer, s.NLayers)
	case s.In < 1 || s.Out < 1 || s.Rank < 1 || s.In > 1<<17 || s.Out > 1<<17 || s.Rank > 1<<10:
		return fmt.Errorf("%w: %d→%d rank %d", ErrBadInput, s.In, s.Out, s.Rank)
	case s.Rows < 1 || s.First < 0 || s.First >= s.Out || s.First%s.Rows != 0:
		return fmt.Errorf("%w: chunk of %d rows at row %d of %d", ErrBadInput, s.Rows, s.First, s.Out)
	}
	return nil
}

// requant is the merge's rounding as a gadgets.Requant: z = W0·2^32 +
// (B·A)·M, 32 fractional bits, clamp to int8. |z|/2^32 < 128 + r·2^14 + 1.
func (s *Shape) requant() gadgets.Requant {
	maxQ := uint64(128 + s.Rank*128*128 + 1)
	return gadgets.Requant{FracBits: quant.AdapterShift, Act: quant.ActNone, SlackBits: bits.Len64(maxQ + 128)}
}

// Public is one chunk proof's public statement.
type Public struct {
	AdapterCommitment fr.Element
	W0Before, W0After fr.Element
	WBefore, WAfter   fr.Element
	Chunk             int // chunk index: the chunk's first row / R
}

// ChainStart is c_start of an out×in matrix chunked by rows.
func ChainStart(out, in, rows int) fr.Element {
	return commit.Hash(commit.Tag(TagMatrix), commit.Uint(uint64(out)), commit.Uint(uint64(in)), commit.Uint(uint64(rows)))
}

// ChainStep absorbs one chunk (its first row and int8 values) into the chain.
func ChainStep(prev fr.Element, first int, chunk []int8) fr.Element {
	return commit.Hash(append([]fr.Element{commit.Tag(TagMatrix), prev, commit.Uint(uint64(first))}, commit.PackInt8(chunk)...)...)
}

// MatrixCommitment commits to an out×in int8 matrix chunked by rows: the
// end of its chain.
func MatrixCommitment(w []int8, out, in, rows int) (fr.Element, error) {
	if len(w) != out*in || rows < 1 {
		return fr.Element{}, fmt.Errorf("%w: %d values for %d×%d in chunks of %d rows", ErrBadInput, len(w), out, in, rows)
	}
	c := ChainStart(out, in, rows)
	for first := 0; first < out; first += rows {
		c = ChainStep(c, first, w[first*in:min(first+rows, out)*in])
	}
	return c, nil
}

// Circuit proves one chunk of a merge.
type Circuit struct {
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	W0Before          frontend.Variable `gnark:"w0_before,public"`
	W0After           frontend.Variable `gnark:"w0_after,public"`
	WBefore           frontend.Variable `gnark:"w_before,public"`
	WAfter            frontend.Variable `gnark:"w_after,public"`
	Chunk             frontend.Variable `gnark:"chunk,public"` // First / Rows

	Salt  frontend.Variable
	Owner frontend.Variable   // the adapter owner's address (commit.OwnedCommitment)
	A, B  []frontend.Variable // the whole adapter layer: [rank][in], [out][rank]
	M     frontend.Variable
	W0    []frontend.Variable // the chunk's base rows [rows][in]

	shape Shape
}

// New returns an unassigned chunk circuit.
func New(s Shape) (*Circuit, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &Circuit{shape: s,
		A:  make([]frontend.Variable, s.Rank*s.In),
		B:  make([]frontend.Variable, s.Out*s.Rank),
		W0: make([]frontend.Variable, s.chunkRows()*s.In)}, nil
}

// Name names the chunk circuit for the key store.
func (c *Circuit) Name() string {
	s := c.shape
	chunk := "any"
	if !s.full() {
		chunk = fmt.Sprintf("last%d", s.First/s.Rows)
	}
	return fmt.Sprintf("lora-merge/%dx%dr%d/rows%d/chunk-%s/l%dof%d", s.Out, s.In, s.Rank, s.Rows, chunk, s.Layer, s.NLayers)
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	s := &c.shape
	rows := s.chunkRows()
	if len(c.A) != s.Rank*s.In || len(c.B) != s.Out*s.Rank || len(c.W0) != rows*s.In {
		return fmt.Errorf("%w: witness sizes |A| %d, |B| %d, |W0| %d (build it with merge.New)", ErrBadInput, len(c.A), len(c.B), len(c.W0))
	}
	g := gadgets.New(api)
	g.AssertInt8(c.A...) // mutant:merge-a-int8
	g.AssertInt8(c.B...)
	g.AssertInt8(c.W0...)                         // mutant:merge-w0-int8
	if err := g.AssertBits(c.M, 32); err != nil { // mutant:merge-m-bits
		return err
	}
	com, err := commit.AdapterCommitmentVars(api, c.Salt, c.Owner, s.NLayers, []commit.AdapterLayerVars{{Layer: s.Layer, Rank: s.Rank, M: c.M, A: c.A, B: c.B}})
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.AdapterCommitment, com) // mutant:merge-adapter-commitment

	bc, first, err := c.chunkB(api)
	if err != nil {
		return err
	}
	// P_ij = (B·A)_ij·M comes from a hint and is checked for the whole
	// chunk at once with Freivalds' identity Σ_ij u_i·v_j·P_ij =
	// M·(u·Bc)·(A·v), u_i = ρ^i, v_j = ρ^(rows·j), ρ the challenge of the
	// circuit's one Groth16 commitment, which covers P: one product per
	// weight instead of r. P is an exact integer (|P| < 2^51, far below the
	// field) and the identity is a polynomial in ρ with the entries of
	// P − M·Bc·A as distinct coefficients, so a wrong P passes with
	// probability at most rows·in/|F|.
	hin := append([]frontend.Variable{s.Rank, s.In, rows, c.M}, c.A...)
	hin = append(hin, bc...)
	prod, err := api.Compiler().NewHint(ProductHint, rows*s.In, hin...)
	if err != nil {
		return fmt.Errorf("merge: product hint: %w", err)
	}
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		freivalds(api, rho, gadgets.Matrix{V: prod, Rows: rows, Cols: s.In}, gadgets.Matrix{V: c.A, Rows: s.Rank, Cols: s.In},
			gadgets.Matrix{V: bc, Rows: rows, Cols: s.Rank}, c.M)
		return nil
	}, prod...)
	rq := s.requant()
	shift := new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift)
	w := make([]frontend.Variable, rows*s.In)
	for k := range w {
		z := api.Add(api.Mul(c.W0[k], shift), prod[k])
		if _, w[k], err = g.Requantize(z, rq); err != nil {
			return err
		}
	}
	// W' is range-checked by its requantization; W0 explicitly above.
	for _, ch := range []struct {
		before, after frontend.Variable
		vals          []frontend.Variable
	}{{c.W0Before, c.W0After, c.W0}, {c.WBefore, c.WAfter, w}} {
		pre := append(commit.Const(commit.Tag(TagMatrix)), ch.before)
		pre = append(pre, first)
		pre = append(pre, commit.PackInt8Vars(api, ch.vals)...)
		h, err := commit.HashVars(api, pre...)
		if err != nil {
			return err
		}
		api.AssertIsEqual(ch.after, h) // mutant:merge-chain
	}
	return nil
}

// chunkB returns the chunk's rows of B and its first row. A full chunk
// selects them with a one-hot vector sel over the full chunks (sel_c ∈ {0,1},
// Σ sel_c = 1, Σ c·sel_c = Chunk): one product per element of B. A short
// last chunk reads its fixed rows.
func (c *Circuit) chunkB(api frontend.API) ([]frontend.Variable, frontend.Variable, error) {
	s := &c.shape
	if !s.full() {
		api.AssertIsEqual(c.Chunk, s.First/s.Rows) // mutant:merge-short-chunk
		return c.B[s.First*s.Rank : s.Out*s.Rank], s.First, nil
	}
	n := s.nFull()
	sel, err := api.Compiler().NewHint(OneHotHint, n, c.Chunk)
	if err != nil {
		return nil, nil, fmt.Errorf("merge: one-hot: %w", err)
	}
	idx := make([]frontend.Variable, n)
	for k, v := range sel {
		api.AssertIsBoolean(v) // mutant:merge-sel-bool
		idx[k] = api.Mul(v, k)
	}
	api.AssertIsEqual(api.Add(0, 0, sel...), 1)       // mutant:merge-sel-sum
	api.AssertIsEqual(api.Add(0, 0, idx...), c.Chunk) // mutant:merge-chunk-index
	size := s.Rows * s.Rank
	bc := make([]frontend.Variable, size)
	terms := make([]frontend.Variable, n)
	for e := range bc {
		for k := range n {
			terms[k] = api.Mul(sel[k], c.B[k*size+e])
		}
		bc[e] = api.Add(0, 0, terms...)
	}
	return bc, api.Mul(c.Chunk, s.Rows), nil
}

// freivalds asserts Σ_ij u_i·v_j·P_ij = M·(u·Bc)·(A·v) with u_i = ρ^i and
// v_j = ρ^(rows·j) (gadgets.FreivaldsWeights): P = M·Bc·A.
func freivalds(api frontend.API, rho frontend.Variable, p, a, bc gadgets.Matrix, m frontend.Variable) {
	u, v := gadgets.FreivaldsWeights(api, rho, p.Rows, p.Cols)
	left := gadgets.Dot(api, v, gadgets.VecMat(api, u, p))
	right := gadgets.Dot(api, gadgets.VecMat(api, u, bc), gadgets.MatVec(api, a, v))
	api.AssertIsEqual(left, api.Mul(m, right)) // mutant:merge-freivalds
}

// ProductHint computes P = (Bc·A)·M exactly as quant.MergeLayer forms it
// before rounding. Inputs: rank, in, rows, M, A [rank][in], Bc [rows][rank]
// (int8 values as field elements). Outputs: P [rows][in] (negative values
// as field elements).
func ProductHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) < 4 || !in[0].IsInt64() || !in[1].IsInt64() || !in[2].IsInt64() || !in[3].IsInt64() {
		return fmt.Errorf("product hint: want (rank, in, rows, M, A, Bc)")
	}
	if m := in[3].Int64(); m < 0 || m >= 1<<32 {
		return fmt.Errorf("product hint: M = %d outside [0, 2^32)", m)
	}
	return products(mod, in, out)
}

// products computes ProductHint's outputs for any M (in[3]); the hint
// itself refuses M outside the recipe.
func products(mod *big.Int, in, out []*big.Int) error {
	rank, n, rows := int(in[0].Int64()), int(in[1].Int64()), int(in[2].Int64())
	if rank < 1 || n < 1 || rows < 1 || len(in) != 4+rank*n+rows*rank || len(out) != rows*n {
		return fmt.Errorf("product hint: %d inputs, %d outputs for rank %d, %d columns, %d rows", len(in), len(out), rank, n, rows)
	}
	vals := make([]int64, len(in)-4)
	half := new(big.Int).Rsh(mod, 1)
	for k, v := range in[4:] {
		x := new(big.Int).Mod(v, mod)
		if x.Cmp(half) > 0 {
			x.Sub(x, mod)
		}
		if !x.IsInt64() || x.Int64() < -128 || x.Int64() > 127 {
			return fmt.Errorf("product hint: weight %d = %v is not int8 (a range check fails)", k, x)
		}
		vals[k] = x.Int64()
	}
	a, b := vals[:rank*n], vals[rank*n:]
	for i := range rows {
		for j := range n {
			var ba int64
			for t := range rank {
				ba += b[i*rank+t] * a[t*n+j]
			}
			o := out[i*n+j]
			o.Mul(big.NewInt(ba), in[3])
			o.Mod(o, mod)
		}
	}
	return nil
}

// OneHotHint returns the n-entry one-hot vector of in[0] (all zero when
// in[0] ≥ n, which the circuit then rejects).
func OneHotHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 {
		return fmt.Errorf("one-hot hint: %d inputs", len(in))
	}
	for k, o := range out {
		if in[0].IsInt64() && in[0].Int64() == int64(k) {
			o.SetInt64(1)
		} else {
			o.SetInt64(0)
		}
	}
	return nil
}

func init() {
	solver.RegisterHint(OneHotHint, ProductHint)
}
