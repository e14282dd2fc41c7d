package merge

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// The tests in this file each hold a false witness that one constraint
// alone refuses (named by its mutant marker, see scripts/mutants): every
// public output follows the lie (gadgetstest.FollowPublics), so only that
// constraint can refuse it, and deleting it makes the test fail.

// chunkPublic is the index of the public input Chunk, which the verifier
// chooses: it never follows a lie.
const chunkPublic = 5

// refused asserts that w with the public outputs following the lie (and the
// range-check hints playing along) is refused by a constraint; changed
// counts what the lie changed, and must be non-zero.
func refused(t *testing.T, ccs constraint.ConstraintSystem, w witness.Witness, changed *int, opts ...solver.Option) {
	t.Helper()
	opts = append(gadgetstest.LenientOpts(t, ""), opts...)
	err := gadgetstest.FollowPublicsExcept(ccs, w, []int{chunkPublic}, opts...)
	if *changed == 0 {
		t.Fatal("the lie changed nothing: it tests nothing")
	}
	if err == nil {
		t.Fatal("accepted, with public outputs that follow the lie")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}

// lying replaces the registered hint h by h followed by lie, which rewrites
// the honest outputs and reports whether it changed them.
func lying(t *testing.T, h solver.Hint, changed *int, lie func(mod *big.Int, in, out []*big.Int) bool) solver.Option {
	t.Helper()
	return solver.OverrideHint(solver.GetHintID(h), func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return err
		}
		if lie(mod, in, out) {
			*changed++
		}
		return nil
	})
}

// newModule3 is a 10→9 rank-2 module chunked by 3 rows: three full chunks,
// whose rows of B are equal in chunks 1 and 2.
func newModule3(t *testing.T) *chunkFixture {
	t.Helper()
	rng := rand.New(rand.NewPCG(31, 32))
	const in, out, r = 10, 9, 2
	l := &quant.Layer{Name: "fc1", In: in, Out: out, W: gadgetstest.Rand8(rng, in*out), Bias: make([]int32, out), WExp: 7, InExp: 4, OutExp: 4, Shift: 7}
	a := &quant.AdapterLayer{Layer: 1, Rank: r, A: gadgetstest.Rand8(rng, r*in), B: gadgetstest.Rand8(rng, out*r), M: 1<<22 + uint32(rng.IntN(1<<22))}
	copy(a.B[2*rows*r:3*rows*r], a.B[rows*r:2*rows*r])
	m := &Module{NLayers: 3, Layer: l, Adapter: a}
	shapes, err := m.Shapes(rows)
	if err != nil {
		t.Fatal(err)
	}
	key := commit.AdapterKey{Salt: commit.Uint(99), Owner: commit.DemoKey().Owner}
	_, st, err := m.Statements(rows, key)
	if err != nil {
		t.Fatal(err)
	}
	return &chunkFixture{m: m, shapes: shapes, st: st, key: key}
}

// Catches mutant merge-chunk-index: a full chunk's selector picks another chunk's
// rows of B than the public chunk index names.
func TestSelectorBoundToChunkIndex(t *testing.T) {
	f := newChunks(t, 4)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	changed := 0
	next := lying(t, OneHotHint, &changed, func(_ *big.Int, _, out []*big.Int) bool {
		out[0].SetInt64(0)
		out[1].SetInt64(1)
		return true
	})
	refused(t, ccs, gadgetstest.Witness(t, f.assign(t, 0)), &changed, next)
}

// Catches mutant merge-sel-bool: the selector (1, −1, 1) sums to 1 and names chunk
// 0 − 1 + 2 = 1, and selects B0 − B1 + B2 = B0 (chunks 1 and 2 have equal
// rows of B): int8 rows of the wrong chunk.
func TestSelectorBoolean(t *testing.T) {
	f := newModule3(t)
	if n := f.shapes[1].nFull(); n != 3 || !f.shapes[1].full() {
		t.Fatalf("fixture has %d full chunks, want 3", n)
	}
	ccs := gadgetstest.Compile(t, f.circuit(t, 1))
	changed := 0
	mix := lying(t, OneHotHint, &changed, func(mod *big.Int, _, out []*big.Int) bool {
		out[0].SetInt64(1)
		out[1].Sub(mod, big.NewInt(1))
		out[2].SetInt64(1)
		return true
	})
	refused(t, ccs, gadgetstest.Witness(t, f.assign(t, 1)), &changed, mix)
}

// Catches mutant merge-w0-int8: W0[0] + 256 and W0[1] − 1 pack to the same chain
// value (a carry between packed bytes) but merge to other weights.
func TestW0IsInt8(t *testing.T) {
	f := newChunks(t, 4)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	c := f.assign(t, 0)
	c.W0[0] = int64(f.m.Layer.W[0]) + 256
	c.W0[1] = int64(f.m.Layer.W[1]) - 1
	changed := 1
	refused(t, ccs, gadgetstest.Witness(t, c), &changed)
}

// Catches mutant freivalds-exponent: a product hint that moves 2^32 (one unit of
// a merged weight) from P[1][0] to P[0][1]: with v_j = ρ^j instead of
// ρ^(rows·j) both entries carry the weight ρ^1 and the change cancels in
// Freivalds' identity.
func TestFreivaldsExponents(t *testing.T) {
	f := newChunks(t, 4)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	unit := new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift)
	changed := 0
	shift := lying(t, ProductHint, &changed, func(mod *big.Int, in, out []*big.Int) bool {
		n := int(in[1].Int64())
		out[1].Add(out[1], unit).Mod(out[1], mod)
		out[n].Sub(out[n], unit).Mod(out[n], mod)
		return true
	})
	refused(t, ccs, gadgetstest.Witness(t, f.assign(t, 0)), &changed, shift)
}

// wideProducts is ProductHint for any integer A and Bc (it refuses
// non-int8 values, which a cheating prover's solver would not).
func wideProducts(mod *big.Int, in, out []*big.Int) error {
	rank, n, rows := int(in[0].Int64()), int(in[1].Int64()), int(in[2].Int64())
	half := new(big.Int).Rsh(mod, 1)
	signed := func(v *big.Int) *big.Int {
		if v.Cmp(half) > 0 {
			return new(big.Int).Sub(v, mod)
		}
		return v
	}
	a, b := in[4:4+rank*n], in[4+rank*n:]
	for i := range rows {
		for j := range n {
			ba := new(big.Int)
			for t := range rank {
				ba.Add(ba, new(big.Int).Mul(signed(b[i*rank+t]), signed(a[t*n+j])))
			}
			out[i*n+j].Mul(ba, in[3]).Mod(out[i*n+j], mod)
		}
	}
	return nil
}

// Catches mutant merge-a-int8: A[0] + 256 and A[1] − 1 pack to the same
// adapter commitment (a carry between packed bytes) but merge to other
// weights.
func TestAIsInt8(t *testing.T) {
	f := newChunks(t, 4)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	c := f.assign(t, 0)
	c.A[0] = int64(f.m.Adapter.A[0]) + 256
	c.A[1] = int64(f.m.Adapter.A[1]) - 1
	changed := 1
	refused(t, ccs, gadgetstest.Witness(t, c), &changed, solver.OverrideHint(solver.GetHintID(ProductHint), wideProducts))
}
