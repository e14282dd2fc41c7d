package tfblock

import (
	"maps"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

func layer(t testing.TB, r *rand.Rand, name string, in, out int, act quant.Activation) quant.Layer {
	w := make([]float32, in*out)
	for i := range w {
		w[i] = float32(r.NormFloat64() * 0.4)
	}
	wq, we, err := quant.QuantizeTensor(w)
	if err != nil {
		t.Fatal(err)
	}
	l := quant.Layer{Name: name, In: in, Out: out, W: wq, Bias: make([]int32, out), WExp: we, InExp: 4, OutExp: 4, Shift: uint(we), Act: act}
	for i := range l.Bias {
		l.Bias[i] = int32(r.IntN(201) - 100)
	}
	// Two outputs saturate, one at each bound, so that every lie about
	// saturation changes something.
	l.Bias[0], l.Bias[1] = 3<<(we+6), -3<<(we+6)
	if act == quant.ActGELU {
		l.GELU = quant.GELUTable(4)
	}
	return l
}

func ln(t testing.TB, r *rand.Rand, d int) *tfops.LayerNorm {
	g, b := make([]float32, d), make([]float32, d)
	for i := range g {
		g[i], b[i] = float32(0.8+0.4*r.Float64()), float32(0.2*r.NormFloat64())
	}
	l, err := tfops.NewLayerNorm(g, b, 1e-5, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// randomBlock is a block of width d with heads heads and an MLP of width
// ff, every tensor at exponent 4.
func randomBlock(t testing.TB, seed uint64, d, heads, ff int) *tfops.Block {
	r := rand.New(rand.NewPCG(seed, 1515))
	head, err := tfops.NewAttention(d/heads, 4, 4, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	res := tfops.Residual{AExp: 4, BExp: 4, OutExp: 4}
	b := &tfops.Block{Heads: heads, LN1: ln(t, r, d), Attn: layer(t, r, "c_attn", d, 3*d, quant.ActNone), Head: head,
		Proj: layer(t, r, "c_proj", d, d, quant.ActNone), Res1: res, LN2: ln(t, r, d),
		FC: layer(t, r, "c_fc", d, ff, quant.ActGELU), Out: layer(t, r, "mlp.c_proj", ff, d, quant.ActNone), Res2: res}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	return b
}

func rand8(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return v
}

// stepAt returns the circuit and witness of the step at position t, the
// cache filled by running the block on t random tokens before it.
func stepAt(t *testing.T, b *tfops.Block, pos int) (*StepCircuit, *StepCircuit) {
	r := rand.New(rand.NewPCG(uint64(pos), 7))
	cache := &tfops.KV{}
	for j := 0; j < pos; j++ {
		if _, err := b.Step(rand8(r, b.Dim()), cache); err != nil {
			t.Fatal(err)
		}
	}
	c, err := New(b, 0, pos)
	if err != nil {
		t.Fatal(err)
	}
	w, err := Assign(b, 0, rand8(r, b.Dim()), cache)
	if err != nil {
		t.Fatal(err)
	}
	return c, w
}

func solved(c, w frontend.Circuit) error { return test.IsSolved(c, w, ecc.BN254.ScalarField()) }

func plusOne(v frontend.Variable) frontend.Variable {
	switch x := v.(type) {
	case int64:
		return x + 1
	}
	return new(big.Int).Add(toBig(v), big.NewInt(1))
}

func toBig(v frontend.Variable) *big.Int {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x)
	case *big.Int:
		return x
	}
	var b big.Int
	if e, ok := v.(interface{ BigInt(*big.Int) *big.Int }); ok {
		return e.BigInt(&b)
	}
	panic("unexpected witness type")
}

func TestStep(t *testing.T) {
	b := randomBlock(t, 1, 8, 2, 16)
	for pos := 0; pos < 3; pos++ {
		c, w := stepAt(t, b, pos)
		if err := solved(c, w); err != nil {
			t.Fatalf("position %d: honest step rejected: %v", pos, err)
		}
	}
	c, honest := stepAt(t, b, 2)
	tests := []struct {
		name string
		mut  func(w *StepCircuit)
	}{
		{"cache before", func(w *StepCircuit) { w.CacheIn = plusOne(w.CacheIn) }},
		{"cache after", func(w *StepCircuit) { w.CacheOut = plusOne(w.CacheOut) }},
		{"input digest", func(w *StepCircuit) { w.XDigest = plusOne(w.XDigest) }},
		{"output digest", func(w *StepCircuit) { w.YDigest = plusOne(w.YDigest) }},
		{"a cached key", func(w *StepCircuit) { w.K[0][1] = plusOne(w.K[0][1]) }},
		{"a cached value", func(w *StepCircuit) { w.V[1][0] = plusOne(w.V[1][0]) }},
		{"the input", func(w *StepCircuit) { w.X[3] = plusOne(w.X[3]) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := *honest
			w.X = append([]frontend.Variable(nil), honest.X...)
			w.K, w.V = clone2(honest.K), clone2(honest.V)
			tc.mut(&w)
			if solved(c, &w) == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func clone2(v [][]frontend.Variable) [][]frontend.Variable {
	out := make([][]frontend.Variable, len(v))
	for i := range v {
		out[i] = append([]frontend.Variable(nil), v[i]...)
	}
	return out
}

// Values outside int8 that pack like in-range ones (v_0 + 256, v_1 − 1)
// keep every digest and commitment; with the public outputs following
// whatever the circuit then computes, only the int8 checks refuse them.
func TestPackingAliases(t *testing.T) {
	b := randomBlock(t, 2, 8, 2, 16)
	c, honest := stepAt(t, b, 2)
	ccs := gadgetstest.Compile(t, c)
	alias := func(v []frontend.Variable) {
		v[0] = new(big.Int).Add(toBig(v[0]), big.NewInt(256))
		v[1] = new(big.Int).Sub(toBig(v[1]), big.NewInt(1))
	}
	tests := []struct {
		name string
		mut  func(w *StepCircuit)
	}{
		{"input", func(w *StepCircuit) { alias(w.X) }},
		{"key", func(w *StepCircuit) { alias(w.K[1]) }},
		{"value", func(w *StepCircuit) { alias(w.V[0]) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := *honest
			w.X = append([]frontend.Variable(nil), honest.X...)
			w.K, w.V = clone2(honest.K), clone2(honest.V)
			tc.mut(&w)
			wit := gadgetstest.Witness(t, &w)
			// CacheIn (0) and XDigest (2) are inputs; CacheOut and YDigest follow.
			if err := gadgetstest.FollowPublicsExcept(ccs, wit, []int{0, 2}, gadgetstest.LenientOpts(t, "")...); err == nil {
				t.Fatal("an aliased witness accepted")
			}
		})
	}
}

// TestStepCost reports the step circuit's constraints at a few positions
// (`go test ./circuits/tfblock -run TestStepCost -v`).
func TestStepCost(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles several blocks")
	}
	b := randomBlock(t, 3, 64, 4, 256)
	var prev int
	for _, pos := range []int{0, 16, 32} {
		c, err := New(b, 0, pos)
		if err != nil {
			t.Fatal(err)
		}
		n := gadgetstest.Compile(t, c).GetNbConstraints()
		t.Logf("block d=64, 4 heads, MLP 256, position %2d: %7d constraints", pos, n)
		if n <= prev {
			t.Errorf("cost does not grow with the position")
		}
		prev = n
	}
	base, err := New(b, 0, 16)
	if err != nil {
		t.Fatal(err)
	}
	adapted, err := NewAdapted(b, 0, 16, 8)
	if err != nil {
		t.Fatal(err)
	}
	nb, na := gadgetstest.Compile(t, base).GetNbConstraints(), gadgetstest.Compile(t, adapted).GetNbConstraints()
	t.Logf("position 16 with a rank-8 c_attn adapter: %d constraints (+%d for the adapter)", na, na-nb)
	for _, slots := range []int{16, 32} {
		sc, err := NewSlots(b, 0, slots, 0)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("slot circuit, %d slots (any position 0..%d): %d constraints", slots, slots, gadgetstest.Compile(t, sc).GetNbConstraints())
	}
}

// Every hint of the block step is replaced by each lie of
// gadgetstest.TFLies, at every call and at single call sites, also with the
// public outputs (cache after, output digest) following the lie.
func TestMaliciousHints(t *testing.T) {
	b := randomBlock(t, 4, 4, 2, 8)
	c, w := stepAt(t, b, 2)
	ca, wa, _ := adaptedAt(t, b, 1, 1)
	for _, tc := range []struct {
		name string
		c, w *StepCircuit
	}{{"base", c, w}, {"adapted", ca, wa}} {
		t.Run(tc.name, func(t *testing.T) {
			ccs := gadgetstest.Compile(t, tc.c)
			wit := gadgetstest.Witness(t, tc.w)
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit, Lies: tfLies(),
				Sites: []int64{gadgetstest.AllSites, 0, 1}, SomeSite: true, Lenient: true, ByConstraint: true})
			t.Run("follow", func(t *testing.T) {
				// The cache before and the input are the verifier's; the
				// cache after and the output digest follow the lie.
				fixed := []string{"CacheIn", "XDigest"}
				if tc.name == "adapted" {
					fixed = append(fixed, "Adapter_0_Commitment")
				}
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit, Lies: tfLies(),
					Sites: []int64{gadgetstest.AllSites, 0, 1}, SomeSite: true,
					Lenient: true, ByConstraint: true, FollowPublics: true, Fixed: fixed})
			})
		})
	}
}

// tfLies are gadgetstest.TFLies and the lies about the owner's range
// check (gnark's bit decomposition, in commit.OwnedCommitmentVars).
func tfLies() map[string][]gadgetstest.Lie {
	lies := maps.Clone(gadgetstest.TFLies)
	lies[gadgetstest.NBitsHint] = gadgetstest.BitLies
	return lies
}

func randomAdapter(r *rand.Rand, d, rank int) *quant.AdapterLayer {
	return &quant.AdapterLayer{Rank: rank, A: rand8(r, rank*d), B: rand8(r, 3*d*rank), AExp: 7, BExp: 7, M: 1<<20 + uint32(r.IntN(1<<20))}
}

// adaptedAt is stepAt with a c_attn adapter of rank rank.
func adaptedAt(t *testing.T, b *tfops.Block, pos, rank int) (*StepCircuit, *StepCircuit, *quant.AdapterLayer) {
	r := rand.New(rand.NewPCG(uint64(pos), 8))
	a := randomAdapter(r, b.Dim(), rank)
	cache := &tfops.KV{}
	for j := 0; j < pos; j++ {
		if _, err := b.StepAdapted(rand8(r, b.Dim()), cache, a); err != nil {
			t.Fatal(err)
		}
	}
	c, err := NewAdapted(b, 1, pos, rank)
	if err != nil {
		t.Fatal(err)
	}
	key := commit.AdapterKey{Salt: fr.NewElement(99), Owner: commit.DemoKey().Owner}
	w, err := AssignAdapted(b, 1, rand8(r, b.Dim()), cache, a, key)
	if err != nil {
		t.Fatal(err)
	}
	return c, w, a
}

func cloneStep(w *StepCircuit) *StepCircuit {
	c := *w
	c.X = append([]frontend.Variable(nil), w.X...)
	c.K, c.V = clone2(w.K), clone2(w.V)
	c.Adapter = nil
	for _, a := range w.Adapter {
		a.A, a.B = append([]frontend.Variable(nil), a.A...), append([]frontend.Variable(nil), a.B...)
		c.Adapter = append(c.Adapter, a)
	}
	return &c
}

func TestAdaptedStep(t *testing.T) {
	b := randomBlock(t, 5, 8, 2, 16)
	c, w, a := adaptedAt(t, b, 2, 2)
	if err := solved(c, w); err != nil {
		t.Fatalf("honest adapted step rejected: %v", err)
	}
	// The adapter changes the step: the base model's outputs are refused.
	r := rand.New(rand.NewPCG(2, 8))
	_ = randomAdapter(r, b.Dim(), 2)
	cache := &tfops.KV{}
	for j := 0; j < 2; j++ {
		if _, err := b.StepAdapted(rand8(r, b.Dim()), cache, a); err != nil {
			t.Fatal(err)
		}
	}
	base, err := Assign(b, 1, rand8(r, b.Dim()), cache)
	if err != nil {
		t.Fatal(err)
	}
	if base.YDigest.(*big.Int).Cmp(w.YDigest.(*big.Int)) == 0 {
		t.Fatal("fixture: the adapter does not change the output")
	}
	tests := []struct {
		name string
		mut  func(w *StepCircuit)
	}{
		{"base model's output", func(v *StepCircuit) { v.YDigest, v.CacheOut = base.YDigest, base.CacheOut }},
		{"adapter commitment", func(v *StepCircuit) { v.Adapter[0].Commitment = plusOne(v.Adapter[0].Commitment) }},
		{"another adapter, same commitment", func(v *StepCircuit) { v.Adapter[0].A[3] = plusOne(v.Adapter[0].A[3]) }},
		{"another M", func(v *StepCircuit) { v.Adapter[0].M = plusOne(v.Adapter[0].M) }},
		{"another salt", func(v *StepCircuit) { v.Adapter[0].Salt = plusOne(v.Adapter[0].Salt) }},
		{"another owner", func(v *StepCircuit) { v.Adapter[0].Owner = plusOne(v.Adapter[0].Owner) }},
		{"output digest", func(v *StepCircuit) { v.YDigest = plusOne(v.YDigest) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := cloneStep(w)
			tc.mut(v)
			if solved(c, v) == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// Adapter values outside their ranges that keep the commitment (an int8
// alias in A or B) or move it (M ≥ 2^32), with every public output but the
// inputs (cache before, input digest) following: only the range checks
// refuse them.
func TestAdapterAliases(t *testing.T) {
	b := randomBlock(t, 6, 8, 2, 16)
	c, honest, _ := adaptedAt(t, b, 1, 2)
	ccs := gadgetstest.Compile(t, c)
	alias := func(v []frontend.Variable) {
		v[0] = new(big.Int).Add(toBig(v[0]), big.NewInt(256))
		v[1] = new(big.Int).Sub(toBig(v[1]), big.NewInt(1))
	}
	tests := []struct {
		name string
		mut  func(w *StepCircuit)
	}{
		{"A", func(w *StepCircuit) { alias(w.Adapter[0].A) }},
		{"B", func(w *StepCircuit) { alias(w.Adapter[0].B) }},
		{"M ≥ 2^32", func(w *StepCircuit) {
			w.Adapter[0].M = new(big.Int).Add(toBig(w.Adapter[0].M), new(big.Int).Lsh(big.NewInt(1), 32))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := cloneStep(honest)
			tc.mut(w)
			wit := gadgetstest.Witness(t, w)
			if err := gadgetstest.FollowPublicsExcept(ccs, wit, []int{0, 2}, gadgetstest.LenientOpts(t, "")...); err == nil {
				t.Fatal("an out-of-range adapter accepted")
			}
		})
	}
}
