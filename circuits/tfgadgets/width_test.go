package tfgadgets

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/tfops"
)

// 12-bit gadgets (scheme openproof-fx12-tf-v3): LayerNorm and the residual
// add at activation width 12, against tfops' wide entry points.

func rand12(r *rand.Rand, n int, spread int64) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = int32(r.Int64N(2*spread+1) - spread)
	}
	return v
}

func vars32(v []int32) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// assert12 range-checks x as 12-bit values through the 4,096-entry table.
func assert12(api frontend.API, g *gadgets.Gadgets, x []frontend.Variable) error {
	for _, v := range x {
		if err := g.AssertTableBits(api.Add(v, 2048), 12); err != nil {
			return err
		}
	}
	return nil
}

type ln12Circuit struct {
	X  []frontend.Variable
	Y  []frontend.Variable `gnark:",public"`
	ln *tfops.LayerNorm
}

func (c *ln12Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	if err := assert12(api, g, c.X); err != nil {
		return err
	}
	tf := New(api, g)
	y, err := tf.LayerNorm(c.X, c.ln)
	if err != nil {
		return err
	}
	assertEqual(api, y, c.Y)
	return tf.Err()
}

type res12Circuit struct {
	A, B []frontend.Variable
	Y    []frontend.Variable `gnark:",public"`
	r    tfops.Residual
}

func (c *res12Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	if err := assert12(api, g, append(append([]frontend.Variable(nil), c.A...), c.B...)); err != nil {
		return err
	}
	tf := New(api, g)
	y, err := tf.ResidualBits(c.A, c.B, c.r, 12, 12)
	if err != nil {
		return err
	}
	assertEqual(api, y, c.Y)
	return tf.Err()
}

type fixture12 struct {
	name  string
	c     func(y []int64) frontend.Circuit
	blank frontend.Circuit
	y     []int64
}

func fixtures12(t *testing.T) []fixture12 {
	r := rand.New(rand.NewPCG(12, 12))
	var out []fixture12
	for _, d := range []int{5, 16} {
		gamma, beta := make([]float32, d), make([]float32, d)
		for i := range gamma {
			gamma[i], beta[i] = float32(0.5+r.Float64()*2), float32(r.Float64()-0.5)
		}
		beta[0], beta[d-1] = 9, -9 // saturating outputs at 12 bits (exponent 8: ±2304)
		ln, err := tfops.NewLayerNormBits(gamma, beta, 1e-5, 8, 8, tfops.ActBits12)
		if err != nil {
			t.Fatal(err)
		}
		x := rand12(r, d, 1800)
		tr, err := ln.ForwardWide(x)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fixture12{fmt.Sprintf("layernorm d%d", d),
			func(y []int64) frontend.Circuit { return &ln12Circuit{X: vars32(x), Y: vars64(y), ln: ln} },
			&ln12Circuit{X: blank(d), Y: blank(d), ln: ln}, widen64(tr.Y)})
	}
	for _, res := range []tfops.Residual{{AExp: 8, BExp: 8, OutExp: 8}, {AExp: 9, BExp: 7, OutExp: 7}} {
		a, b := rand12(r, 8, 2047), rand12(r, 8, 2047)
		y, err := res.AddWide(a, b, 12, 12)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fixture12{fmt.Sprintf("residual %d/%d→%d", res.AExp, res.BExp, res.OutExp),
			func(y []int64) frontend.Circuit {
				return &res12Circuit{A: vars32(a), B: vars32(b), Y: vars64(y), r: res}
			},
			&res12Circuit{A: blank(8), B: blank(8), Y: blank(8), r: res}, widen64(y)})
	}
	return out
}

func widen64(v []int32) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// TestGadgets12: the honest 12-bit outputs solve (including saturated
// ones), each output ±1 does not.
func TestGadgets12(t *testing.T) {
	for _, f := range fixtures12(t) {
		t.Run(f.name, func(t *testing.T) {
			sat := 0
			for _, y := range f.y {
				if y == 2047 || y == -2048 {
					sat++
				}
			}
			if sat == 0 && f.name[:3] == "lay" {
				t.Fatalf("no saturated output: the fixture does not exercise saturation")
			}
			negatives(t, f.blank, f.y, f.c)
		})
	}
}

// TestMaliciousHints12: every hint lie makes the 12-bit circuits
// unsatisfiable, also with the public outputs following the lie.
func TestMaliciousHints12(t *testing.T) {
	for _, f := range fixtures12(t) {
		t.Run(f.name, func(t *testing.T) {
			ccs := gadgetstest.Compile(t, f.blank)
			w := gadgetstest.Witness(t, f.c(f.y))
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
				Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true})
			t.Run("follow", func(t *testing.T) {
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
					Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true, FollowPublics: true})
			})
		})
	}
}

// attnBuild is TestCost's attention step at width w (exponents 5, or 9 at
// 12 bits).
func attnBuild(w uint) func(n int) func(frontend.API, *TF, []frontend.Variable) error {
	e := 5 + int(w) - 8
	att, _ := tfops.NewAttention(16, e, e, e, e)
	return func(n int) func(frontend.API, *TF, []frontend.Variable) error {
		return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
			k, v := make([][]frontend.Variable, n), make([][]frontend.Variable, n)
			for j := range k {
				k[j], v[j] = in[16+32*j:32+32*j], in[32+32*j:48+32*j]
			}
			_, err := tf.AttendStepBits(in[:16], k, v, att, w)
			return err
		}
	}
}

func constLN12(d int) *tfops.LayerNorm {
	g, b := make([]float32, d), make([]float32, d)
	for i := range g {
		g[i], b[i] = 1+float32(i%5)/10, float32(i%3)/10
	}
	ln, _ := tfops.NewLayerNormBits(g, b, 1e-5, 8, 8, tfops.ActBits12)
	return ln
}

// TestCostWidth measures constraints per element at 8 and 12 bits, as
// TestCost (two sizes, the difference; shared tables excluded), and the
// fixed cost of the 4,096-entry range table. Figures in
// docs/fixed-point-transformer.md come from
// `go test ./circuits/tfgadgets -run TestCostWidth -v -count=1`.
func TestCostWidth(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a dozen circuits")
	}
	type gadget struct {
		name   string
		inputs func(n int) int
		build  func(n int) func(api frontend.API, tf *TF, in []frontend.Variable) error
	}
	same := func(n int) int { return n }
	double := func(n int) int { return 2 * n }
	tests := []gadget{
		{"layernorm, 8 bits", same, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.LayerNorm(in, constLN(n))
				return err
			}
		}},
		{"layernorm, 12 bits", same, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.LayerNorm(in, constLN12(n))
				return err
			}
		}},
		{"residual, 8 bits", double, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.ResidualBits(in[:n], in[n:], tfops.Residual{AExp: 4, BExp: 5, OutExp: 4}, 8, 8)
				return err
			}
		}},
		{"residual, 12 bits", double, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.ResidualBits(in[:n], in[n:], tfops.Residual{AExp: 8, BExp: 9, OutExp: 8}, 12, 12)
				return err
			}
		}},
		{"linear 16 → n, 8 bits (per output)", func(int) int { return 16 }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				l := randomLinear12(rand.New(rand.NewPCG(1, 1)), 16, n, false, false)
				l.Bits, l.InExp, l.OutExp = 8, 4, 4
				_, err := tf.Linear(in, l, nil)
				return err
			}
		}},
		{"linear 16 → n, 12 bits (per output)", func(int) int { return 16 }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.Linear(in, randomLinear12(rand.New(rand.NewPCG(1, 1)), 16, n, false, false), nil)
				return err
			}
		}},
		{"attention step (h=16), 8 bits (per visible key)", func(n int) int { return 16 + 2*16*n }, attnBuild(8)},
		{"attention step (h=16), 12 bits (per visible key)", func(n int) int { return 16 + 2*16*n }, attnBuild(12)},
		{"range check, 8 bits (byte table)", same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				for _, v := range in {
					tf.bits(v, 8)
				}
				return nil
			}
		}},
		{"range check, 12 bits (byte table)", same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				for _, v := range in {
					tf.bits(v, 12)
				}
				return nil
			}
		}},
		{"range check, 12 bits (4,096-entry table)", same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				for _, v := range in {
					if err := tf.g.AssertTableBits(v, 12); err != nil {
						return err
					}
				}
				return nil
			}
		}},
	}
	for _, g := range tests {
		a, b := 72, 120
		if strings.HasPrefix(g.name, "attention") {
			a, b = 36, 60 // TestCost's sizes
		}
		ca := constraints(t, g.inputs(a), g.build(a))
		cb := constraints(t, g.inputs(b), g.build(b))
		per := float64(cb-ca) / float64(b-a)
		t.Logf("%-50s n=%d: %7d  n=%d: %7d  → %.2f", g.name, a, ca, b, cb, per)
		if per <= 0 {
			t.Errorf("%s: cost does not grow with n", g.name)
		}
	}
	one := constraints(t, 1, func(_ frontend.API, tf *TF, in []frontend.Variable) error { return tf.g.AssertTableBits(in[0], 12) })
	t.Logf("%-42s %d constraints for one 12-bit value (the table's fixed cost, once per circuit)", "4,096-entry range table", one)
}

type attn12Circuit struct {
	Q    []frontend.Variable
	K, V [][]frontend.Variable
	Out  []frontend.Variable `gnark:",public"`
	a    tfops.Attention
}

func (c *attn12Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	all := append([]frontend.Variable(nil), c.Q...)
	for j := range c.K {
		all = append(append(all, c.K[j]...), c.V[j]...)
	}
	if err := assert12(api, g, all); err != nil {
		return err
	}
	tf := New(api, g)
	out, err := tf.AttendStepBits(c.Q, c.K, c.V, c.a, 12)
	if err != nil {
		return err
	}
	assertEqual(api, out, c.Out)
	return tf.Err()
}

// attnFixture12: a head of 4 at 12 bits (exponents 9, output at 10 so that
// some outputs saturate) over 3 visible keys.
func attnFixture12(t *testing.T) (blankC *attn12Circuit, assign func(y []int64) frontend.Circuit, y []int64) {
	r := rand.New(rand.NewPCG(4, 17))
	a, err := tfops.NewAttention(4, 9, 9, 9, 10)
	if err != nil {
		t.Fatal(err)
	}
	q := rand12(r, 4, 2047)
	var k, v [][]int32
	for j := 0; j < 3; j++ {
		k = append(k, rand12(r, 4, 2047))
		vj := rand12(r, 4, 2047)
		vj[0], vj[3] = 2047, -2048
		v = append(v, vj)
	}
	tr, err := a.StepWide(q, k, v, 12)
	if err != nil {
		t.Fatal(err)
	}
	blankC = &attn12Circuit{Q: blank(4), Out: blank(4), a: a}
	for range k {
		blankC.K, blankC.V = append(blankC.K, blank(4)), append(blankC.V, blank(4))
	}
	assign = func(y []int64) frontend.Circuit {
		c := &attn12Circuit{Q: vars32(q), Out: vars64(y), a: a}
		for j := range k {
			c.K, c.V = append(c.K, vars32(k[j])), append(c.V, vars32(v[j]))
		}
		return c
	}
	return blankC, assign, widen64(tr.Out)
}

// TestAttention12: the 12-bit attention step accepts tfops' outputs
// (saturated ones included), refuses each ±1, and every hint lie (also
// with the outputs following it).
func TestAttention12(t *testing.T) {
	c, assign, y := attnFixture12(t)
	sat := false
	for _, v := range y {
		sat = sat || v == 2047 || v == -2048
	}
	if !sat {
		t.Fatal("no saturated output")
	}
	negatives(t, c, y, assign)
	ccs := gadgetstest.Compile(t, c)
	w := gadgetstest.Witness(t, assign(y))
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
		Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true})
	t.Run("follow", func(t *testing.T) {
		gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
			Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true, FollowPublics: true})
	})
	gadgetstest.FixedRandomness(t, ccs, w, 12345, 1<<40+7)
}

type masked12Circuit struct {
	Q    []frontend.Variable
	K, V [][]frontend.Variable
	Pos  frontend.Variable   `gnark:",public"`
	Out  []frontend.Variable `gnark:",public"`
	a    tfops.Attention
}

func (c *masked12Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	all := append([]frontend.Variable(nil), c.Q...)
	for j := range c.K {
		all = append(append(all, c.K[j]...), c.V[j]...)
	}
	if err := assert12(api, g, all); err != nil {
		return err
	}
	tf := New(api, g)
	mask, _, err := tf.Position(c.Pos, len(c.K))
	if err != nil {
		return err
	}
	out, err := tf.AttendMaskedBits(c.Q, c.K, c.V, mask, c.a, 12)
	if err != nil {
		return err
	}
	assertEqual(api, out, c.Out)
	return tf.Err()
}

// TestAttendMasked12: one 12-bit slot circuit serves every position; at
// each its outputs are tfops.Attention.StepWide's over slots 0..pos, and
// ±1 on any output is refused; every hint lie is refused at a position
// with masked slots, also with the outputs following it.
func TestAttendMasked12(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 19))
	a, err := tfops.NewAttention(4, 9, 9, 9, 10)
	if err != nil {
		t.Fatal(err)
	}
	q := rand12(r, 4, 2047)
	var k, v [][]int32
	for j := 0; j < 4; j++ {
		k = append(k, rand12(r, 4, 2047))
		vj := rand12(r, 4, 2047)
		vj[0], vj[3] = 2047, -2048
		v = append(v, vj)
	}
	c := &masked12Circuit{Q: blank(4), Out: blank(4), a: a}
	for range k {
		c.K, c.V = append(c.K, blank(4)), append(c.V, blank(4))
	}
	assign := func(pos int64) func(y []int64) frontend.Circuit {
		return func(y []int64) frontend.Circuit {
			w := &masked12Circuit{Q: vars32(q), Pos: pos, Out: vars64(y), a: a}
			for j := range k {
				w.K, w.V = append(w.K, vars32(k[j])), append(w.V, vars32(v[j]))
			}
			return w
		}
	}
	outs := make([][]int64, len(k))
	for pos := range k {
		tr, err := a.StepWide(q, k[:pos+1], v[:pos+1], 12)
		if err != nil {
			t.Fatal(err)
		}
		outs[pos] = widen64(tr.Out)
		negatives(t, c, outs[pos], assign(int64(pos)))
	}
	// At position 1, slots 2 and 3 are masked: the masking lies apply.
	ccs := gadgetstest.Compile(t, c)
	w := gadgetstest.Witness(t, assign(1)(outs[1]))
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
		Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true, Lenient: true, ByConstraint: true, FollowPublics: true})
}
