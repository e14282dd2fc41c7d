package gadgets

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/inference/quant"
)

var field = ecc.BN254.ScalarField()

// The hint is quant's recipe: for random accumulators, LoRA terms and
// multipliers it returns exactly (*quant.Layer).Requantize + Saturate.
func TestRequantHintMatchesQuant(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type sample struct{ acc, delta int64 }
	samples := []sample{{0, 0}, {-1, 0}, {1, 0}, {1 << 30, 1 << 40}, {-(1 << 30), -(1 << 40)}, {math.MaxInt32, 1 << 50}, {math.MinInt32, -(1 << 50)}}
	for range 3000 {
		samples = append(samples, sample{rng.Int64N(1<<31) - 1<<30, rng.Int64N(1<<51) - 1<<50})
	}
	for _, act := range []quant.Activation{quant.ActNone, quant.ActReLU, quant.ActGELU} {
		for _, shift := range []uint{1, 8, 17, 31} {
			l := &quant.Layer{Shift: shift, Act: act}
			for _, adapted := range []bool{false, true} {
				s := l.FracBits(adapted)
				for _, c := range samples {
					m := uint32(rng.Uint64())
					if !adapted {
						c.delta, m = 0, 0
					}
					q, _ := l.Requantize(c.acc, c.delta, m, adapted)
					wy, wp, wn := l.Saturate(q)
					z := new(big.Int).SetInt64(c.acc)
					if adapted {
						z.Lsh(z, quant.AdapterShift)
						z.Add(z, new(big.Int).Mul(big.NewInt(c.delta), new(big.Int).SetUint64(uint64(m))))
					}
					const k = 8
					out := make([]*big.Int, 2+k)
					for i := range out {
						out[i] = new(big.Int)
					}
					in := []*big.Int{big.NewInt(int64(s)), big.NewInt(int64(act)), big.NewInt(k), new(big.Int).Mod(z, field)}
					if err := RequantHint(field, in, out); err != nil {
						t.Fatalf("act %v k=%d adapted=%v acc=%d δ=%d M=%d: %v", act, shift, adapted, c.acc, c.delta, m, err)
					}
					y := signed(out[0], field).Int64()
					n := out[1].Int64()
					var w uint64
					for i := k - 1; i >= 0; i-- {
						w = w<<8 | out[2+i].Uint64()
					}
					if y != wy || n != wn || int64(w)-n != wp {
						t.Fatalf("act %v k=%d adapted=%v acc=%d δ=%d M=%d: hint (y %d, p %d, n %d), quant (%d, %d, %d)",
							act, shift, adapted, c.acc, c.delta, m, y, int64(w)-n, n, wy, wp, wn)
					}
				}
			}
		}
	}
}

// requantCircuit checks the requantization relation for a claimed
// (y, n, bytes of p+n) and a claimed activation output.
type requantCircuit struct {
	Z, Y, N, Out frontend.Variable
	W            []frontend.Variable
	r            Requant
}

func (c *requantCircuit) Define(api frontend.API) error {
	g := New(api)
	out, err := g.assertRequant(c.Z, c.Y, c.N, c.W, c.r)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out, c.Out)
	return nil
}

// claim is one assignment of the relation: the requantized value q splits
// into y + p − n, and out is the activation output.
type claim struct{ y, p, n, out int64 }

func (c claim) assign(r Requant, z *big.Int) *requantCircuit {
	k := r.slackBytes()
	w := make([]frontend.Variable, k)
	pn := c.p + c.n
	for i := range w {
		w[i] = pn & 0xff
		pn >>= 8
	}
	return &requantCircuit{Z: z, Y: c.y, N: c.n, Out: c.out, W: w}
}

// honest returns quant's values for z.
func honest(r Requant, z *big.Int) claim {
	zz := new(big.Int).Add(z, new(big.Int).Lsh(big.NewInt(1), r.FracBits-1))
	q := zz.Rsh(zz, r.FracBits).Int64()
	l := quant.Layer{Act: r.Act, GELU: r.GELU}
	y, p, n := l.Saturate(q)
	return claim{y, p, n, int64(l.Activate(y))}
}

func TestRequantRelation(t *testing.T) {
	gelu := quant.GELUTable(5)
	act := func(r Requant, y int64) int64 {
		if r.Act == quant.ActGELU {
			return int64(gelu[y+128])
		}
		return y
	}
	params := []Requant{
		{FracBits: 9, Act: quant.ActReLU, SlackBits: 15},
		{FracBits: 40, Act: quant.ActNone, SlackBits: 26},
		{FracBits: 12, Act: quant.ActGELU, SlackBits: 12, GELU: gelu},
	}
	// Each lie rewrites the honest claim; ok reports whether it applies.
	lies := []struct {
		name string
		lie  func(r Requant, c claim) (claim, bool)
	}{
		{"rem + 2^s (q−1)", func(r Requant, c claim) (claim, bool) {
			lo, _ := r.bounds()
			if c.n > 0 || c.y == lo {
				return c, false
			}
			if c.p > 0 {
				c.p--
			} else {
				c.y--
			}
			c.out = act(r, c.y)
			return c, true
		}},
		{"negative rem (q+1)", func(r Requant, c claim) (claim, bool) {
			_, hi := r.bounds()
			if c.p > 0 || c.y == hi {
				return c, false
			}
			if c.n > 0 {
				c.n--
			} else {
				c.y++
			}
			c.out = act(r, c.y)
			return c, true
		}},
		{"y above hi, q kept", func(r Requant, c claim) (claim, bool) {
			if c.p == 0 || r.Act == quant.ActGELU {
				return c, false
			}
			c.y, c.p, c.out = c.y+1, c.p-1, c.y+1
			return c, true
		}},
		{"y below lo, q kept", func(r Requant, c claim) (claim, bool) {
			if c.n == 0 || r.Act == quant.ActGELU {
				return c, false
			}
			c.y, c.n, c.out = c.y-1, c.n-1, c.y-1
			return c, true
		}},
		{"unsaturated: y = q > hi", func(r Requant, c claim) (claim, bool) {
			if c.p == 0 || r.Act == quant.ActGELU {
				return c, false
			}
			c.y, c.p, c.out = c.y+c.p, 0, c.y+c.p
			return c, true
		}},
		{"both excesses", func(r Requant, c claim) (claim, bool) {
			c.p++
			c.n++
			return c, true
		}},
		{"high saturation claimed at lo", func(r Requant, c claim) (claim, bool) {
			lo, _ := r.bounds()
			if c.p == 0 {
				return c, false
			}
			q := c.y + c.p
			return claim{lo, q - lo, 0, act(r, lo)}, true
		}},
		{"low saturation claimed at hi", func(r Requant, c claim) (claim, bool) {
			_, hi := r.bounds()
			if c.n == 0 {
				return c, false
			}
			q := c.y - c.n
			return claim{hi, 0, hi - q, act(r, hi)}, true
		}},
		{"in range, clamped down", func(r Requant, c claim) (claim, bool) {
			lo, _ := r.bounds()
			if c.p+c.n != 0 || c.y == lo {
				return c, false
			}
			return claim{c.y - 1, 1, 0, act(r, c.y-1)}, true
		}},
		{"in range, clamped up", func(r Requant, c claim) (claim, bool) {
			_, hi := r.bounds()
			if c.p+c.n != 0 || c.y == hi {
				return c, false
			}
			return claim{c.y + 1, 0, 1, act(r, c.y+1)}, true
		}},
		{"wrong activation output", func(r Requant, c claim) (claim, bool) {
			c.out++
			return c, true
		}},
	}
	applied := map[string]bool{}
	for _, r := range params {
		lo, hi := r.bounds()
		one := new(big.Int).Lsh(big.NewInt(1), r.FracBits)
		half := new(big.Int).Rsh(one, 1)
		// z values around every boundary: remainders 0 and 2^s−1, q at the
		// clamp bounds and one past them, and far beyond.
		var zs []*big.Int
		for _, q := range []int64{lo - 1000, lo - 1, lo, lo + 1, 0, 1, 37, hi - 1, hi, hi + 1, hi + 1000} {
			base := new(big.Int).Mul(big.NewInt(q), one)
			zs = append(zs, new(big.Int).Sub(base, half), new(big.Int).Add(base, new(big.Int).Sub(half, big.NewInt(1))))
		}
		for _, z := range zs {
			h := honest(r, z)
			circuit := &requantCircuit{W: make([]frontend.Variable, r.slackBytes()), r: r}
			name := fmt.Sprintf("%v/s=%d/z=%v", r.Act, r.FracBits, z)
			if err := test.IsSolved(circuit, h.assign(r, z), field); err != nil {
				t.Fatalf("%s: honest %+v rejected: %v", name, h, err)
			}
			for _, l := range lies {
				c, ok := l.lie(r, h)
				if !ok {
					continue
				}
				applied[l.name] = true
				if test.IsSolved(circuit, c.assign(r, z), field) == nil {
					t.Errorf("%s: %s %+v (honest %+v) accepted", name, l.name, c, h)
				}
			}
		}
	}
	for _, l := range lies {
		if !applied[l.name] {
			t.Errorf("lie %q never applied: it tests nothing", l.name)
		}
	}
}

// Slack bytes outside [0, 256) that keep p + n are rejected.
func TestRequantSlackBytes(t *testing.T) {
	r := Requant{FracBits: 9, Act: quant.ActReLU, SlackBits: 15}
	z := big.NewInt(300 << 9) // q = 300: y = 127, p = 173
	h := honest(r, z)
	a := h.assign(r, z)
	circuit := &requantCircuit{W: make([]frontend.Variable, r.slackBytes()), r: r}
	if err := test.IsSolved(circuit, a, field); err != nil {
		t.Fatal(err)
	}
	a.W[0] = h.p + h.n + 256 // 173 + 256, and −1 in the next byte: same sum
	a.W[1] = -1
	if test.IsSolved(circuit, a, field) == nil {
		t.Fatal("slack byte ≥ 256 accepted")
	}
}

func TestRequantForRejects(t *testing.T) {
	good := quant.Layer{Name: "l", In: 2, Out: 1, W: []int8{1, 1}, Bias: []int32{0}, Shift: 4, Act: quant.ActReLU}
	if _, err := RequantFor(&good, 2); err != nil {
		t.Fatalf("valid layer rejected: %v", err)
	}
	for _, tc := range []struct {
		name string
		mod  func(l *quant.Layer)
	}{
		{"shift 0", func(l *quant.Layer) { l.Shift = 0 }},
		{"shift 32", func(l *quant.Layer) { l.Shift = 32 }},
		{"GELU without table", func(l *quant.Layer) { l.Act = quant.ActGELU }},
		{"unknown activation", func(l *quant.Layer) { l.Act = 9 }},
	} {
		l := good
		tc.mod(&l)
		if _, err := RequantFor(&l, 0); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
}

type requantMany struct {
	Z []frontend.Variable
	r Requant
}

func (c *requantMany) Define(api frontend.API) error {
	g := New(api)
	for _, z := range c.Z {
		if _, _, err := g.Requantize(z, c.r); err != nil {
			return err
		}
	}
	return nil
}

// The marginal cost per requantized output is what Requantize documents.
func TestRequantCost(t *testing.T) {
	gelu := quant.GELUTable(4)
	for _, tc := range []struct {
		r    Requant
		want int
	}{
		{Requant{FracBits: 43, Act: quant.ActReLU, SlackBits: 23}, 4 + 7 + 3 + 2},
		{Requant{FracBits: 9, Act: quant.ActNone, SlackBits: 12}, 4 + 3 + 2 + 1},
		{Requant{FracBits: 16, Act: quant.ActGELU, SlackBits: 8, GELU: gelu}, 4 + 3 + 1 + 2},
	} {
		count := func(n int) int {
			ccs, err := frontend.Compile(field, r1cs.NewBuilder, &requantMany{Z: make([]frontend.Variable, n), r: tc.r})
			if err != nil {
				t.Fatal(err)
			}
			return ccs.GetNbConstraints()
		}
		// (+2: gnark may compress the lookup arguments' long sums.)
		if d := count(200) - count(100); d > 100*tc.want+2 {
			t.Errorf("%v s=%d: 100 more outputs cost %d constraints, want ≤ %d", tc.r.Act, tc.r.FracBits, d, 100*tc.want)
		}
	}
}

// TestSaturationProductsCannotCancel pins why the two saturation products
// are separate equations. With q = 1000 for a ReLU output (honest y = 127,
// p = 873), the claim y = 111, p = 777, n = −112 (a field element) keeps
// q = y + p − n and the remainder, and p·(hi − y) + n·(y − lo) =
// 777·16 − 112·111 = 0: a circuit that asserted only the sum would accept
// y = 111. The separate products reject it.
func TestSaturationProductsCannotCancel(t *testing.T) {
	r := Requant{FracBits: 9, Act: quant.ActReLU, SlackBits: 15}
	z := new(big.Int).Lsh(big.NewInt(1000), r.FracBits)
	circuit := &requantCircuit{W: make([]frontend.Variable, r.slackBytes()), r: r}
	h := honest(r, z)
	if h != (claim{127, 873, 0, 127}) {
		t.Fatalf("honest claim %+v, want y 127, p 873", h)
	}
	if err := test.IsSolved(circuit, h.assign(r, z), field); err != nil {
		t.Fatalf("honest claim rejected: %v", err)
	}
	lie := claim{y: 111, p: 777, n: -112, out: 111}
	if lie.p*(127-lie.y)+lie.n*lie.y != 0 || lie.y+lie.p-lie.n != 1000 {
		t.Fatal("the crafted claim does not cancel: the test is wrong")
	}
	if test.IsSolved(circuit, lie.assign(r, z), field) == nil {
		t.Fatal("cancelling saturation excesses accepted")
	}
}
