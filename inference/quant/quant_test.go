package quant

import (
	"context"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func bigFloorShift(z *big.Int, s uint) (*big.Int, *big.Int) {
	d := new(big.Int).Lsh(big.NewInt(1), s)
	q, m := new(big.Int).DivMod(z, d, new(big.Int)) // Euclidean: m ≥ 0, so q is the floor
	return q, m
}

func TestRequantizeMatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	l := &Layer{Name: "t", Shift: 9}
	cases := []struct{ acc, delta int64 }{
		{0, 0}, {-1, 0}, {1 << 30, 1 << 40}, {-(1 << 30), -(1 << 40)}, {255, -256}, {-256, 255},
		{math.MaxInt32, math.MaxInt64 >> 2}, {math.MinInt32, -(math.MaxInt64 >> 2)},
	}
	for i := 0; i < 2000; i++ {
		cases = append(cases, struct{ acc, delta int64 }{rng.Int64N(1<<31) - 1<<30, rng.Int64N(1<<50) - 1<<49})
	}
	for _, shift := range []uint{1, 9, 20, 31} {
		l.Shift = shift
		for _, c := range cases {
			for _, m := range []uint32{0, 1, 12345, math.MaxUint32} {
				q, rem := l.Requantize(c.acc, c.delta, m, true)
				z := new(big.Int).Lsh(big.NewInt(c.acc), AdapterShift)
				z.Add(z, new(big.Int).Mul(big.NewInt(c.delta), new(big.Int).SetUint64(uint64(m))))
				z.Add(z, new(big.Int).Lsh(big.NewInt(1), shift+AdapterShift-1))
				wq, wr := bigFloorShift(z, shift+AdapterShift)
				if !wq.IsInt64() || wq.Int64() != q || wr.Uint64() != rem {
					t.Fatalf("k=%d acc=%d δ=%d M=%d: got (%d,%d), want (%v,%v)", shift, c.acc, c.delta, m, q, rem, wq, wr)
				}
			}
			q, rem := l.Requantize(c.acc, 0, 0, false)
			z := new(big.Int).Add(big.NewInt(c.acc), new(big.Int).Lsh(big.NewInt(1), shift-1))
			wq, wr := bigFloorShift(z, shift)
			if wq.Int64() != q || wr.Uint64() != rem {
				t.Fatalf("unadapted k=%d acc=%d: got (%d,%d), want (%v,%v)", shift, c.acc, q, rem, wq, wr)
			}
			// Without an adapter both forms give the same quotient.
			if q2, _ := l.Requantize(c.acc, 0, 7, true); q2 != q {
				t.Fatalf("adapted form with δ=0 gives %d, unadapted %d", q2, q)
			}
		}
	}
}

func TestSaturate(t *testing.T) {
	relu := &Layer{Act: ActReLU}
	none := &Layer{Act: ActNone}
	tests := []struct {
		l          *Layer
		q, y, p, n int64
	}{
		{none, 5, 5, 0, 0}, {none, 127, 127, 0, 0}, {none, 128, 127, 1, 0}, {none, -128, -128, 0, 0},
		{none, -129, -128, 0, 1}, {none, 1 << 40, 127, 1<<40 - 127, 0}, {relu, -5, 0, 0, 5}, {relu, 0, 0, 0, 0},
		{relu, 200, 127, 73, 0},
	}
	for _, tc := range tests {
		y, p, n := tc.l.Saturate(tc.q)
		if y != tc.y || p != tc.p || n != tc.n || y+p-n != tc.q {
			t.Errorf("Saturate(%d) act=%v = (%d,%d,%d), want (%d,%d,%d)", tc.q, tc.l.Act, y, p, n, tc.y, tc.p, tc.n)
		}
	}
}

func TestExponent(t *testing.T) {
	tests := []struct {
		max  float64
		want int
	}{{127, 0}, {127.5, -1}, {1, 6}, {0.5, 7}, {0.99, 7}, {254, -1}, {0, 0}}
	for _, tc := range tests {
		if got := Exponent(tc.max, 127); got != tc.want {
			t.Errorf("Exponent(%v) = %d, want %d", tc.max, got, tc.want)
		}
	}
}

// randomModel builds a small model with random weights for property tests.
func randomModel(rng *rand.Rand, dims []int, acts []Activation) *Model {
	m := &Model{Name: "rand", InputExp: 7}
	for i := 0; i+1 < len(dims); i++ {
		l := Layer{Name: "l", In: dims[i], Out: dims[i+1], Shift: 7, Act: acts[i], WExp: 7, InExp: 4, OutExp: 4}
		l.W = make([]int8, l.In*l.Out)
		for j := range l.W {
			l.W[j] = int8(rng.IntN(255) - 127)
		}
		l.Bias = make([]int32, l.Out)
		for j := range l.Bias {
			l.Bias[j] = int32(rng.IntN(2000) - 1000)
		}
		if l.Act == ActGELU {
			l.GELU = GELUTable(l.OutExp)
		}
		m.Layers = append(m.Layers, l)
	}
	return m
}

func randomAdapter(rng *rand.Rand, m *Model, rank int) *Adapter {
	a := &Adapter{Name: "rand"}
	for i, l := range m.Layers {
		al := AdapterLayer{Layer: i, Rank: rank, M: uint32(rng.IntN(1 << 24))}
		al.A = make([]int8, rank*l.In)
		al.B = make([]int8, l.Out*rank)
		for j := range al.A {
			al.A[j] = int8(rng.IntN(256) - 128)
		}
		for j := range al.B {
			al.B[j] = int8(rng.IntN(256) - 128)
		}
		a.Layers = append(a.Layers, al)
	}
	return a
}

func TestForwardIdentities(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := randomModel(rng, []int{16, 8, 4}, []Activation{ActReLU, ActGELU})
	a := randomAdapter(rng, m, 2)
	x := make([]int8, 16)
	for i := range x {
		x[i] = int8(rng.IntN(256) - 128)
	}
	trs, err := m.Forward(context.Background(), x, a)
	if err != nil {
		t.Fatal(err)
	}
	for li, tr := range trs {
		l := &m.Layers[li]
		al := a.ForLayer(li)
		lo, hi := l.Bounds()
		b, err := l.LayerBounds(al.Rank)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < l.Out; i++ {
			// z + 2^(s−1) = q·2^s + rem, checked in big integers.
			s := l.FracBits(true)
			z := new(big.Int).Lsh(big.NewInt(tr.Acc[i]), AdapterShift)
			z.Add(z, new(big.Int).Mul(big.NewInt(tr.Delta[i]), big.NewInt(int64(al.M))))
			z.Add(z, new(big.Int).Lsh(big.NewInt(1), s-1))
			rhs := new(big.Int).Lsh(big.NewInt(tr.Q[i]), s)
			rhs.Add(rhs, new(big.Int).SetUint64(tr.Rem[i]))
			if z.Cmp(rhs) != 0 || tr.Rem[i] >= 1<<s {
				t.Fatalf("layer %d out %d: division identity fails", li, i)
			}
			y := int64(tr.Y[i])
			if y < lo || y > hi || (tr.Q[i] >= lo && tr.Q[i] <= hi && y != tr.Q[i]) {
				t.Fatalf("layer %d out %d: y=%d for q=%d", li, i, y, tr.Q[i])
			}
			if uint64(abs64(tr.Q[i])) > b.MaxQ || uint64(abs64(tr.Acc[i])) > b.MaxAcc || uint64(abs64(tr.Delta[i])) > b.MaxDelta {
				t.Fatalf("layer %d out %d: bound exceeded", li, i)
			}
		}
	}
	// Without adapter the same input gives the plain recipe.
	base, err := m.Forward(context.Background(), x, nil)
	if err != nil {
		t.Fatal(err)
	}
	if base[0].H != nil || len(Output(base)) != 4 {
		t.Fatal("base forward has adapter state")
	}
}

func TestBoundsRejectOverflow(t *testing.T) {
	l := &Layer{Name: "big", In: 1 << 17, Out: 1, Bias: []int32{0}, Shift: 8}
	if _, err := l.LayerBounds(0); err == nil {
		t.Fatal("accumulator of 2^17 int8 products must be rejected as overflowing int32")
	}
	l = &Layer{Name: "shift", In: 4, Out: 1, Bias: []int32{0}, Shift: 0}
	if _, err := l.LayerBounds(0); err == nil {
		t.Fatal("shift 0 must be rejected")
	}
}

func TestMergeMatchesAdapterAtWeightScale(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := randomModel(rng, []int{6, 3}, []Activation{ActNone})
	l := &m.Layers[0]
	for i := range l.W {
		l.W[i] /= 4 // leave room so the merge does not saturate
	}
	al := AdapterLayer{Layer: 0, Rank: 2, M: 1 << 25, A: []int8{1, -2, 3, 0, 5, 6, 7, 8, -9, 10, 11, 12}, B: []int8{1, 2, -3, 4, 5, 6}}
	w := MergeLayer(l, &al)
	for i := 0; i < l.Out; i++ {
		for j := 0; j < l.In; j++ {
			var ba int64
			for r := 0; r < 2; r++ {
				ba += int64(al.B[i*2+r]) * int64(al.A[r*l.In+j])
			}
			want := float64(l.W[i*l.In+j]) + float64(ba)*float64(al.M)/(1<<32)
			if math.Abs(float64(w[i*l.In+j])-want) > 0.5 {
				t.Fatalf("merged W[%d][%d] = %d, exact %v", i, j, w[i*l.In+j], want)
			}
		}
	}
}

func TestGELUTable(t *testing.T) {
	tb := GELUTable(4)
	if tb[128] != 0 || tb[128+16] != 13 || tb[0] != 0 || tb[255] != 127 {
		t.Fatalf("GELU table: gelu(0)=%d gelu(1)=%d gelu(-8)=%d gelu(7.94)=%d", tb[128], tb[144], tb[0], tb[255])
	}
}
