package merge

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// newModule is a 10→7 rank-2 layer 1 of 3, chunked by 3 rows: two full
// chunks and a last one of one row. M is large enough that merged weights
// saturate at both ends.
func newModule(t testing.TB, seed uint64) *Module {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 21))
	const in, out, r = 10, 7, 2
	l := &quant.Layer{Name: "fc1", In: in, Out: out, W: gadgetstest.Rand8(rng, in*out), Bias: make([]int32, out), WExp: 7, InExp: 4, OutExp: 4, Shift: 7}
	a := &quant.AdapterLayer{Layer: 1, Rank: r, A: gadgetstest.Rand8(rng, r*in), B: gadgetstest.Rand8(rng, out*r), M: 1<<24 + uint32(rng.IntN(1<<24))}
	m := &Module{NLayers: 3, Layer: l, Adapter: a}
	merged := quant.MergeLayer(l, a)
	var hi, lo bool
	for _, v := range merged {
		hi, lo = hi || v == 127, lo || v == -128
	}
	if !hi || !lo {
		t.Fatalf("fixture does not saturate at both ends")
	}
	return m
}

const rows = 3

type chunkFixture struct {
	m      *Module
	shapes []Shape
	st     Statement
	key    commit.AdapterKey
}

func newChunks(t testing.TB, seed uint64) *chunkFixture {
	t.Helper()
	m := newModule(t, seed)
	shapes, err := m.Shapes(rows)
	if err != nil {
		t.Fatal(err)
	}
	key := commit.AdapterKey{Salt: commit.Uint(seed * 77), Owner: commit.Uint(seed*1000 + 1)}
	merged, st, err := m.Statements(rows, key)
	if err != nil {
		t.Fatal(err)
	}
	if want := quant.MergeLayer(m.Layer, m.Adapter); string(int8sBytes(merged)) != string(int8sBytes(want)) {
		t.Fatal("Statements does not merge as quant.MergeLayer")
	}
	return &chunkFixture{m: m, shapes: shapes, st: st, key: key}
}

func int8sBytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

func (f *chunkFixture) assign(t testing.TB, k int) *Circuit {
	t.Helper()
	c, err := f.m.Assign(f.shapes[k], f.st.Chunks[k], f.key)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *chunkFixture) circuit(t testing.TB, k int) *Circuit {
	t.Helper()
	c, err := New(f.shapes[k])
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestHonestChunks(t *testing.T) {
	f := newChunks(t, 1)
	if len(f.shapes) != 3 || f.shapes[2].chunkRows() != 1 {
		t.Fatalf("shapes %+v", f.shapes)
	}
	if f.shapes[0].key() != f.shapes[1].key() || f.shapes[1].key() == f.shapes[2].key() {
		t.Fatal("full chunks must share one circuit, the short last one not")
	}
	full := gadgetstest.Compile(t, f.circuit(t, 0))
	last := gadgetstest.Compile(t, f.circuit(t, 2))
	for _, ccs := range []constraint.ConstraintSystem{full, last} {
		if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
			t.Fatalf("%d Groth16 commitments, want exactly 1", n)
		}
	}
	for k, ccs := range []constraint.ConstraintSystem{full, full, last} {
		if err := ccs.IsSolved(gadgetstest.Witness(t, f.assign(t, k))); err != nil {
			t.Fatalf("chunk %d: %v", k, err)
		}
	}
	// The whole-matrix commitments are the chain ends.
	w0, err := MatrixCommitment(f.m.Layer.W, 7, 10, rows)
	if err != nil || w0 != f.st.W0 {
		t.Fatalf("W0 commitment: %v", err)
	}
	w, _ := MatrixCommitment(quant.MergeLayer(f.m.Layer, f.m.Adapter), 7, 10, rows)
	if w != f.st.W {
		t.Fatal("W' commitment is not the chain end")
	}
}

func plusOne(v frontend.Variable) frontend.Variable {
	switch x := v.(type) {
	case *big.Int:
		return new(big.Int).Add(x, big.NewInt(1))
	case int:
		return x + 1
	}
	panic("plusOne: unexpected type")
}

func TestSoundness(t *testing.T) {
	f := newChunks(t, 2)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	// Statements of another base matrix and of another merged result.
	other := newChunks(t, 3)
	otherW := *f.m.Layer
	otherW.W = other.m.Layer.W
	g := &Module{NLayers: f.m.NLayers, Layer: &otherW, Adapter: f.m.Adapter}
	_, gst, err := g.Statements(rows, f.key)
	if err != nil {
		t.Fatal(err)
	}
	merged := quant.MergeLayer(f.m.Layer, f.m.Adapter)
	merged[4]++ // a W' that is off by one in row 0
	tests := []struct {
		name  string
		chunk int
		mut   func(c *Circuit)
	}{
		{"public adapter_commitment", 1, func(c *Circuit) { c.AdapterCommitment = plusOne(c.AdapterCommitment) }},
		{"public w0_before", 1, func(c *Circuit) { c.W0Before = plusOne(c.W0Before) }},
		{"public w0_after", 1, func(c *Circuit) { c.W0After = plusOne(c.W0After) }},
		{"public w_before", 1, func(c *Circuit) { c.WBefore = plusOne(c.WBefore) }},
		{"public w_after", 1, func(c *Circuit) { c.WAfter = plusOne(c.WAfter) }},
		{"public chunk", 1, func(c *Circuit) { c.Chunk = 0 }},
		{"chunk out of range", 1, func(c *Circuit) { c.Chunk = 2 }},
		{"changed W'", 0, func(c *Circuit) {
			c.WAfter = commit.Const(ChainStep(f.st.Chunks[0].WBefore, 0, merged[:rows*10]))[0]
		}},
		{"other W0 under the same commitment", 0, func(c *Circuit) { c.W0 = gadgets.Int8Vars(other.m.Layer.W[:rows*10]) }},
		{"other W0, its commitment, same W'", 0, func(c *Circuit) {
			c.W0 = gadgets.Int8Vars(other.m.Layer.W[:rows*10])
			c.W0After = commit.Const(gst.Chunks[0].W0After)[0]
		}},
		{"changed adapter weight A", 1, func(c *Circuit) { c.A[3] = plusOne(big.NewInt(int64(f.m.Adapter.A[3]))) }},
		{"changed adapter weight B of another chunk", 1, func(c *Circuit) { c.B[0] = plusOne(big.NewInt(int64(f.m.Adapter.B[0]))) }},
		{"changed M", 1, func(c *Circuit) { c.M = f.m.Adapter.M + 1 }},
		{"changed salt", 1, func(c *Circuit) { c.Salt = plusOne(commit.Const(f.key.Salt)[0]) }},
		{"changed owner", 1, func(c *Circuit) { c.Owner = plusOne(commit.Const(f.key.Owner)[0]) }},
		{"owner of 2^160 with its commitment", 1, func(c *Circuit) {
			key := f.key
			key.Owner.SetBigInt(new(big.Int).Lsh(big.NewInt(1), commit.OwnerBits))
			com, err := f.m.Commitment(key)
			if err != nil {
				t.Fatal(err)
			}
			c.Owner, c.AdapterCommitment = commit.Const(key.Owner)[0], commit.Const(com)[0]
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := f.assign(t, tc.chunk)
			tc.mut(c)
			if err := ccs.IsSolved(gadgetstest.Witness(t, c)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// The short last chunk (row 6 of 7, three rows a chunk) has its own
// circuit, which reads its rows of B at fixed places: its chunk index and
// its other public inputs must still be the statement's.
func TestSoundnessShortChunk(t *testing.T) {
	f := newChunks(t, 2)
	last := len(f.shapes) - 1
	if f.shapes[last].full() {
		t.Fatalf("fixture's last chunk is full: %+v", f.shapes[last])
	}
	ccs := gadgetstest.Compile(t, f.circuit(t, last))
	if err := ccs.IsSolved(gadgetstest.Witness(t, f.assign(t, last))); err != nil {
		t.Fatalf("honest short chunk rejected: %v", err)
	}
	for _, tc := range []struct {
		name string
		mut  func(c *Circuit)
	}{
		{"public chunk", func(c *Circuit) { c.Chunk = last - 1 }},
		{"public adapter_commitment", func(c *Circuit) { c.AdapterCommitment = plusOne(c.AdapterCommitment) }},
		{"public w0_after", func(c *Circuit) { c.W0After = plusOne(c.W0After) }},
		{"public w_after", func(c *Circuit) { c.WAfter = plusOne(c.WAfter) }},
		{"changed B of the chunk's row", func(c *Circuit) {
			i := 6 * f.m.Adapter.Rank
			c.B[i] = plusOne(big.NewInt(int64(f.m.Adapter.B[i])))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := f.assign(t, last)
			tc.mut(c)
			if err := ccs.IsSolved(gadgetstest.Witness(t, c)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// An adapter whose multiplier is 2^32 above the recipe's range, committed
// with that M, with the merged weights it gives (each d grows by B·A), must
// be refused by M's 32-bit range check: the slack bound alone admits it.
func TestMOutsideTheRecipe(t *testing.T) {
	f := newChunks(t, 2)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	a, l := f.m.Adapter, f.m.Layer
	bigM := new(big.Int).Add(big.NewInt(int64(a.M)), new(big.Int).Lsh(big.NewInt(1), 32))
	merged := make([]int8, rows*l.In)
	for i := range rows {
		for j := range l.In {
			var ba int64
			for r := range a.Rank {
				ba += int64(a.B[i*a.Rank+r]) * int64(a.A[r*l.In+j])
			}
			z := new(big.Int).Mul(big.NewInt(ba), bigM)
			z.Add(z, new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift-1))
			z.Rsh(z, quant.AdapterShift) // floor, also for negative z
			merged[i*l.In+j] = int8(max(-128, min(127, int64(l.W[i*l.In+j])+z.Int64())))
		}
	}
	if string(int8sBytes(merged)) == string(int8sBytes(quant.MergeLayer(l, a)[:rows*l.In])) {
		t.Fatal("M + 2^32 merges as M: the test shows nothing")
	}
	pre := commit.AdapterHeader(f.key.Salt, f.m.NLayers)
	pre = append(pre, commit.AdapterLayerHeader(a.Layer, a.Rank)...)
	pre = append(pre, commit.Uint(bigM.Uint64()))
	pre = append(pre, commit.PackInt8(a.A)...)
	pre = append(pre, commit.PackInt8(a.B)...)

	c := f.assign(t, 0)
	c.M = bigM
	c.AdapterCommitment = commit.Const(commit.OwnedCommitment(commit.Hash(pre...), f.key.Owner))[0]
	c.WAfter = commit.Const(ChainStep(f.st.Chunks[0].WBefore, 0, merged))[0]
	orig := gadgetstest.Registered(t, hProduct)
	// ProductHint refuses M ≥ 2^32; products computes (B·A)·M for any M.
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(orig), products))
	err := ccs.IsSolved(gadgetstest.Witness(t, c), opts...)
	if err == nil {
		t.Fatal("an adapter with M ≥ 2^32 was accepted")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}

const (
	hOneHot  = "github.com/openproof/openproof/circuits/merge.OneHotHint"
	hProduct = "github.com/openproof/openproof/circuits/merge.ProductHint"
)

var lies = map[string][]gadgetstest.Lie{
	gadgetstest.NBitsHint: gadgetstest.BitLies,
	hProduct: {
		{Name: "P+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[0], 1); return true }},
		{Name: "P of the last weight + 2^32", F: func(mod *big.Int, _, out []*big.Int) bool {
			out[len(out)-1].Add(out[len(out)-1], new(big.Int).Lsh(big.NewInt(1), 32))
			out[len(out)-1].Mod(out[len(out)-1], mod)
			return true
		}},
		{Name: "two entries swapped", F: func(_ *big.Int, _, out []*big.Int) bool {
			if out[0].Cmp(out[1]) == 0 {
				return false
			}
			out[0], out[1] = out[1], out[0]
			return true
		}},
	},
	hOneHot: {
		{Name: "other chunk", F: func(_ *big.Int, _, out []*big.Int) bool {
			for k := range out {
				if out[k].Sign() != 0 {
					out[k].SetInt64(0)
					out[(k+1)%len(out)].SetInt64(1)
					return true
				}
			}
			return false
		}},
		{Name: "two hot", F: func(_ *big.Int, _, out []*big.Int) bool { out[0].SetInt64(1); out[1].SetInt64(1); return true }},
		{Name: "half and half", F: func(mod *big.Int, _, out []*big.Int) bool {
			half := new(big.Int).ModInverse(big.NewInt(2), mod)
			out[0].Set(half)
			out[1].Set(half)
			return true
		}},
	},
	// merge's own lies about the requant hint (lora uses gadgetstest.RequantLies).
	gadgetstest.HintRequant: {
		{Name: "y+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[0], 1); return true }},
		{Name: "y−1 with one more excess", F: func(mod *big.Int, _, out []*big.Int) bool {
			gadgetstest.AddMod(mod, out[0], -1)
			gadgetstest.AddMod(mod, out[2], 1)
			return true
		}},
		{Name: "n+1", F: func(mod *big.Int, _, out []*big.Int) bool { gadgetstest.AddMod(mod, out[1], 1); return true }},
	},
	gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256},
	gadgetstest.HintCount:     {gadgetstest.OneMore},
}

func TestMaliciousHints(t *testing.T) {
	f := newChunks(t, 4)
	ccs := gadgetstest.Compile(t, f.circuit(t, 1))
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: gadgetstest.Witness(t, f.assign(t, 1)), Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
}

// A product hint that shifts one merged weight by exactly one, with the W'
// chain recomputed for that wrong W', must be stopped by Freivalds' check.
func TestWrongProductWithConsistentChain(t *testing.T) {
	f := newChunks(t, 6)
	ccs := gadgetstest.Compile(t, f.circuit(t, 0))
	c := f.assign(t, 0)
	merged := quant.MergeLayer(f.m.Layer, f.m.Adapter)
	k := -1
	for i, v := range merged[:rows*10] {
		if v > -128 && v < 127 {
			k = i
			break
		}
	}
	if k < 0 {
		t.Fatal("no unsaturated weight in chunk 0")
	}
	merged[k]++
	c.WAfter = commit.Const(ChainStep(f.st.Chunks[0].WBefore, 0, merged[:rows*10]))[0]
	orig := gadgetstest.Registered(t, hProduct)
	lying := func(mod *big.Int, in, out []*big.Int) error {
		if err := orig(mod, in, out); err != nil {
			return err
		}
		out[k].Add(out[k], new(big.Int).Lsh(big.NewInt(1), 32))
		out[k].Mod(out[k], mod)
		return nil
	}
	err := ccs.IsSolved(gadgetstest.Witness(t, c), solver.OverrideHint(solver.GetHintID(orig), lying))
	if err == nil {
		t.Fatal("wrong merged weight with a matching chain accepted")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}
