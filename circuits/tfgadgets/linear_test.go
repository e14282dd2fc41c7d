package tfgadgets

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/tfops"
)

type linearCircuit struct {
	X       []frontend.Variable
	A, B, M []frontend.Variable
	Y       []frontend.Variable `gnark:",public"`
	l       *tfops.Linear
	rank    int
}

func (c *linearCircuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	if err := assert12(api, g, c.X); err != nil {
		return err
	}
	g.AssertInt8(c.A...)
	g.AssertInt8(c.B...)
	for _, m := range c.M {
		if err := g.AssertBits(m, tfops.MaxLoRAMultBits); err != nil {
			return err
		}
	}
	tf := New(api, g)
	var lora *LinearLoRA
	if c.rank > 0 {
		lora = &LinearLoRA{A: c.A, B: c.B, M: c.M, Rank: c.rank}
	}
	y, err := tf.Linear(c.X, c.l, lora)
	if err != nil {
		return err
	}
	assertEqual(api, y, c.Y)
	return tf.Err()
}

func int8Vars(v []int8) []frontend.Variable { return vars8(v) }

// randomLinear12 is a 12-bit layer in → out with per-column exponents
// 4…7 (so shifts differ per column), biases, and optionally GELU and a
// rank-2 LoRA with per-column multipliers.
func randomLinear12(r *rand.Rand, in, out int, gelu, lora bool) *tfops.Linear {
	l := &tfops.Linear{Name: "t", In: in, Out: out, Bits: 12, W: make([]int8, in*out), WExp: make([]int, out),
		Bias: make([]int64, out), InExp: 8, OutExp: 8}
	for i := range l.W {
		l.W[i] = int8(r.IntN(255) - 127)
	}
	for i := range l.WExp {
		l.WExp[i] = 4 + r.IntN(4)
		l.Bias[i] = r.Int64N(1<<14) - 1<<13
	}
	if gelu {
		l.GELU, _ = tfops.GELUTableBits(l.OutExp, 12)
	}
	if lora {
		a := &tfops.LinearLoRA{Rank: 2, A: make([]int8, 2*in), B: make([]int8, out*2), AExp: 7, BExp: 9, M: make([]int64, out)}
		for i := range a.A {
			a.A[i] = int8(r.IntN(255) - 127)
		}
		for i := range a.B {
			a.B[i] = int8(r.IntN(255) - 127)
		}
		for i := range a.M {
			a.M[i] = r.Int64N(1 << 40)
		}
		l.LoRA = a
	}
	return l
}

type linFixture struct {
	name  string
	blank frontend.Circuit
	c     func(y []int64) frontend.Circuit
	y     []int64
}

func linearFixtures(t *testing.T) []linFixture {
	r := rand.New(rand.NewPCG(21, 12))
	var out []linFixture
	for _, tc := range []struct{ gelu, lora bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		l := randomLinear12(r, 6, 5, tc.gelu, tc.lora)
		x := rand12(r, 6, 2047)
		tr, err := l.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		rank := 0
		var a, b, m []frontend.Variable
		if tc.lora {
			rank = 2
			a, b = int8Vars(l.LoRA.A), int8Vars(l.LoRA.B)
			m = vars64(l.LoRA.M)
		}
		bl := &linearCircuit{X: blank(6), A: blank(len(a)), B: blank(len(b)), M: blank(len(m)), Y: blank(5), l: l, rank: rank}
		out = append(out, linFixture{fmt.Sprintf("gelu %v lora %v", tc.gelu, tc.lora), bl,
			func(y []int64) frontend.Circuit {
				return &linearCircuit{X: vars32(x), A: a, B: b, M: m, Y: vars64(y), l: l, rank: rank}
			}, widen64(tr.Out)})
	}
	return out
}

// TestLinear12: the 12-bit linear gadget (per-column shifts, GELU over the
// 4,096-entry table, per-column LoRA multipliers) accepts tfops.Linear's
// outputs and refuses each output ±1.
func TestLinear12(t *testing.T) {
	for _, f := range linearFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			if f.name == "gelu false lora false" {
				sat := false
				for _, y := range f.y {
					sat = sat || y == 2047 || y == -2048
				}
				if !sat {
					t.Fatal("no saturated output: the fixture does not exercise saturation")
				}
			}
			negatives(t, f.blank, f.y, f.c)
		})
	}
}

// TestMaliciousHintsLinear12: every hint lie is refused, also with the
// public outputs following it. On GELU layers every lie must change some
// output except "no saturation: y = q", which cannot be expressed there (a
// saturated q lies outside the 4,096-entry table, and the solver cannot
// evaluate a lookup outside it: gadgetstest.RequantLies); the layers
// without GELU require every lie to bite.
func TestMaliciousHintsLinear12(t *testing.T) {
	for _, f := range linearFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			ccs := gadgetstest.Compile(t, f.blank)
			w := gadgetstest.Witness(t, f.c(f.y))
			some := f.blank.(*linearCircuit).l.GELU == nil
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
				Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: some, Lenient: true, ByConstraint: true})
			t.Run("follow", func(t *testing.T) {
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
					Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: some, Lenient: true, ByConstraint: true, FollowPublics: true})
			})
		})
	}
}
