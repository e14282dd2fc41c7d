package tfblock

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/inference/tfops"
)

// wideAt runs the tiny 12-bit text model (adapted, or its base with the
// adapter removed) on tokens 0..pos and returns block 0's step at pos: the
// blank circuit, the witness, and the runtime's output of the step.
func wideAt(t *testing.T, q *gpt2q.Model, pos int) (*WideStepCircuit, *WideStepCircuit, []int32) {
	t.Helper()
	s := q.NewSession()
	var tr *gpt2q.StepTrace
	var err error
	for p := 0; p <= pos; p++ {
		if tr, err = s.Step((p*5 + 3) % q.Config.VocabSize); err != nil {
			t.Fatal(err)
		}
	}
	kv := s.Cache(0)
	cache := &tfops.KVOf[int32]{K: kv.K[:pos], V: kv.V[:pos]}
	w, err := AssignBits(q, 0, tr.Embed, cache, commit.DemoKey())
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewBits(q, 0, pos)
	if err != nil {
		t.Fatal(err)
	}
	return c, w, tr.Blocks[0].Resid2
}

func wideModels(t *testing.T) (adapted, base *gpt2q.Model) {
	t.Helper()
	q, err := gpt2qtest.TextModelBits(context.Background(), 12)
	if err != nil {
		t.Fatal(err)
	}
	if q.Bits != 12 {
		t.Fatalf("model of %d bits", q.Bits)
	}
	b := *q
	b.Blocks = append([]gpt2q.Block(nil), q.Blocks...)
	wide := *b.Blocks[0].Attn.Wide
	wide.LoRA = nil
	b.Blocks[0].Attn.Wide = &wide
	return q, &b
}

func cloneWide(c *WideStepCircuit) *WideStepCircuit {
	out := *c
	out.X = append([]frontend.Variable(nil), c.X...)
	out.K, out.V = nil, nil
	for j := range c.K {
		out.K = append(out.K, append([]frontend.Variable(nil), c.K[j]...))
		out.V = append(out.V, append([]frontend.Variable(nil), c.V[j]...))
	}
	out.Adapter = nil
	for _, a := range c.Adapter {
		a.A, a.B, a.M = append([]frontend.Variable(nil), a.A...), append([]frontend.Variable(nil), a.B...), append([]frontend.Variable(nil), a.M...)
		out.Adapter = append(out.Adapter, a)
	}
	return &out
}

// TestWideStep: the 12-bit step of the tiny text model, base and adapted,
// at positions 0, 1 and 5: the witness's output digest is the runtime's
// (gpt2q Session.Step) and the honest witness solves; a changed cache
// entry, input, output, cache commitment after, or adapter value is refused.
func TestWideStep(t *testing.T) {
	adapted, base := wideModels(t)
	field := ecc.BN254.ScalarField()
	for _, m := range []struct {
		name string
		q    *gpt2q.Model
	}{{"base", base}, {"adapted", adapted}} {
		for _, pos := range []int{0, 1, 5} {
			c, w, y := wideAt(t, m.q, pos)
			yd, err := commit.OutputDigestBits(y, 12)
			if err != nil {
				t.Fatal(err)
			}
			if w.YDigest.(*big.Int).Cmp(yd.BigInt(new(big.Int))) != 0 {
				t.Fatalf("%s at %d: output digest is not the runtime's", m.name, pos)
			}
			if err := test.IsSolved(c, w, field); err != nil {
				t.Fatalf("%s at %d: honest step refused: %v", m.name, pos, err)
			}
			y2 := append([]int32(nil), y...)
			y2[1] ^= 1
			other, err := commit.OutputDigestBits(y2, 12)
			if err != nil {
				t.Fatal(err)
			}
			muts := map[string]func(*WideStepCircuit){
				"output +1 in one value": func(w *WideStepCircuit) { w.YDigest = other.BigInt(new(big.Int)) },
				"input changed":          func(w *WideStepCircuit) { w.X[2] = addOne(w.X[2]) },
				"cache after changed":    func(w *WideStepCircuit) { w.CacheOut = w.CacheIn },
				"input digest changed":   func(w *WideStepCircuit) { w.XDigest = w.YDigest },
			}
			if pos > 0 {
				muts["cache key changed"] = func(w *WideStepCircuit) { w.K[pos-1][3] = addOne(w.K[pos-1][3]) }
				muts["cache value changed"] = func(w *WideStepCircuit) { w.V[0][0] = addOne(w.V[0][0]) }
			}
			if len(w.Adapter) > 0 {
				muts["adapter B changed"] = func(w *WideStepCircuit) { w.Adapter[0].B[0] = addOne(w.Adapter[0].B[0]) }
				muts["adapter multiplier changed"] = func(w *WideStepCircuit) { w.Adapter[0].M[1] = addOne(w.Adapter[0].M[1]) }
			}
			for name, mut := range muts {
				bad := cloneWide(w)
				mut(bad)
				if test.IsSolved(c, bad, field) == nil {
					t.Errorf("%s at %d: %s accepted", m.name, pos, name)
				}
			}
		}
	}
}

// addOne adds 1 to an int64 witness value, keeping it in range unless at the top.
func addOne(v frontend.Variable) frontend.Variable {
	x := v.(int64)
	if x >= 2047 {
		return x - 1
	}
	return x + 1
}

// TestWideMaliciousHints: every hint of the 12-bit step replaced by each
// lie of gadgetstest.TFLies, at every call and at the first call site, also
// with the public outputs (cache after, output digest) following it. The
// tiny model's step saturates nothing, so the saturation lies (and two
// exp-index lies) change nothing here: no SomeSite; circuits/tfgadgets'
// 12-bit tests exercise them on saturated values.
func TestWideMaliciousHints(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every lie")
	}
	adapted, base := wideModels(t)
	for _, m := range []struct {
		name string
		q    *gpt2q.Model
	}{{"base", base}, {"adapted", adapted}} {
		t.Run(m.name, func(t *testing.T) {
			c, w, _ := wideAt(t, m.q, 1)
			ccs := gadgetstest.Compile(t, c)
			wit := gadgetstest.Witness(t, w)
			fixed := []string{"CacheIn", "XDigest"}
			if m.name == "adapted" {
				fixed = append(fixed, "Adapter_0_Commitment")
			}
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit, Lies: tfLies(),
				Sites:   []int64{gadgetstest.AllSites, 0},
				Lenient: true, ByConstraint: true, FollowPublics: true, Fixed: fixed})
		})
	}
}

// TestWideRefused: an 8-bit model, a block outside the model and an
// adapter on another layer are refused as bad input.
func TestWideRefused(t *testing.T) {
	q8, err := gpt2qtest.TextModelBits(context.Background(), 8)
	if err != nil {
		t.Fatal(err)
	}
	adapted, _ := wideModels(t)
	if _, err := NewBits(q8, 0, 1); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("8-bit model: %v", err)
	}
	if _, err := NewBits(adapted, 1, 1); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("block 1 of 1: %v", err)
	}
	other := *adapted
	other.Blocks = append([]gpt2q.Block(nil), adapted.Blocks...)
	fc := *other.Blocks[0].Fc.Wide
	fc.LoRA = adapted.Blocks[0].Attn.Wide.LoRA
	other.Blocks[0].Fc.Wide = &fc
	if _, err := NewBits(&other, 0, 1); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("adapter on c_fc: %v", err)
	}
}

// TestWideStepCost reports one token step's constraints at 8 and at 12
// bits for block 0 of the same initialized model (d = 64, 4 heads, MLP
// 256, TestStepCost's shape; calibrated with gpt2q.CalibrateBits at each
// width) at positions 0, 16 and 32 (`go test ./circuits/tfblock -run
// TestWideStepCost -v`).
func TestWideStepCost(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles several blocks")
	}
	ctx := context.Background()
	cfg := infgpt2.Config{NLayer: 1, NHead: 4, NEmbd: 64, NPositions: 40, VocabSize: 32, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	m, err := gpt2train.Init(cfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	m.RoundToFloat32()
	data := make([]int, 200)
	for i := range data {
		data[i] = gpt2qtest.Periodic(i)
	}
	models := map[uint]*gpt2q.Model{}
	for _, w := range []uint{8, 12} {
		cal, err := gpt2q.CalibrateBits(ctx, []gpt2q.CalibrationRun{{Model: m, Windows: gpt2q.Windows(data, 4, 33)}}, w)
		if err != nil {
			t.Fatal(err)
		}
		mm := m.Clone()
		mm.Config.Quantization = cal
		if models[w], err = gpt2q.Quantize(mm); err != nil {
			t.Fatal(err)
		}
	}
	for _, pos := range []int{0, 16, 32} {
		c8, err := New(models[8].Blocks[0].Ref, 0, pos)
		if err != nil {
			t.Fatal(err)
		}
		c12, err := NewBits(models[12], 0, pos)
		if err != nil {
			t.Fatal(err)
		}
		n8, n12 := gadgetstest.Compile(t, c8).GetNbConstraints(), gadgetstest.Compile(t, c12).GetNbConstraints()
		t.Logf("block d=64, 4 heads, MLP 256, position %2d: 8 bits %7d, 12 bits %7d constraints (%+d)", pos, n8, n12, n12-n8)
	}
}

// TestWideAliases: an input or cache value outside 12 bits that packs
// like an honest one (v_0 + 2^12, v_1 − 1: the same digest or commitment)
// is refused, the cache after and the output digest following it.
func TestWideAliases(t *testing.T) {
	adapted, _ := wideModels(t)
	c, honest, _ := wideAt(t, adapted, 2)
	ccs := gadgetstest.Compile(t, c)
	alias := func(v []frontend.Variable) {
		v[0] = v[0].(int64) + 4096
		v[1] = v[1].(int64) - 1
	}
	for _, tc := range []struct {
		name string
		mut  func(w *WideStepCircuit)
	}{
		{"input", func(w *WideStepCircuit) { alias(w.X) }},
		{"cached key", func(w *WideStepCircuit) { alias(w.K[1]) }},
		{"cached value", func(w *WideStepCircuit) { alias(w.V[0]) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := cloneWide(honest)
			tc.mut(w)
			fixed, err := gadgetstest.PublicIndices(ccs, "CacheIn", "XDigest", "Adapter_0_Commitment")
			if err != nil {
				t.Fatal(err)
			}
			if err := gadgetstest.FollowPublicsExcept(ccs, gadgetstest.Witness(t, w), fixed, gadgetstest.LenientOpts(t, "")...); err == nil {
				t.Fatal("an aliased witness accepted")
			}
		})
	}
}
