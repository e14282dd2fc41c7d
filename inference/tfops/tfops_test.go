package tfops

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/errs"
)

func TestExpTablePinned(t *testing.T) {
	e := ExpTable()
	var sum int64
	for _, v := range e {
		sum += v
	}
	// Values recomputed independently in Python (round() is half-even):
	// sum(round(65536*math.exp(-u/32)) for u in range(512)) = 2130079.
	tests := []struct {
		name      string
		got, want int64
	}{
		{"E[0]", e[0], 1 << ExpOutBits},
		{"E[32]", e[32], 24109},
		{"E[128]", e[128], 1200},
		{"E[511]", e[511], 0},
		{"len", int64(len(e)), ExpTableSize},
		{"sum", sum, 2130079},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s = %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	for u := 1; u < len(e); u++ {
		if e[u] > e[u-1] {
			t.Fatalf("exp table increases at %d", u)
		}
	}
}

func TestRoundShiftAndSat(t *testing.T) {
	tests := []struct {
		z    int64
		s    uint
		want int64
	}{
		{5, 1, 3}, {-5, 1, -2}, {-6, 2, -1}, {6, 2, 2}, {-7, 2, -2}, {1 << 40, 40, 1},
	}
	for _, tc := range tests {
		if got := RoundShift(tc.z, tc.s); got != tc.want {
			t.Errorf("RoundShift(%d, %d) = %d, want %d", tc.z, tc.s, got, tc.want)
		}
	}
	if Sat(200) != 127 || Sat(-200) != -128 || Sat(5) != 5 {
		t.Error("Sat")
	}
}

func TestExpIndex(t *testing.T) {
	tests := []struct {
		delta int64
		m     uint32
		want  int64
	}{
		{0, 1 << 31, 0}, {1, 1 << 31, 1}, {3, 1 << 30, 1}, {2, 1 << 30, 1}, {1, 1 << 30, 0},
		{1 << 31, math.MaxUint32, ExpTableSize - 1}, {-1, 5, 0}, {511, 1 << 31, 256},
	}
	for _, tc := range tests {
		if got := ExpIndex(tc.delta, tc.m); got != tc.want {
			t.Errorf("ExpIndex(%d, %d) = %d, want %d", tc.delta, tc.m, got, tc.want)
		}
	}
}

func randInt8(r *rand.Rand, n int, spread int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(2*spread+1) - spread)
	}
	return v
}

func TestLayerNormInvSqrt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, d := range []int{1, 2, 7, 64, 768} {
		ln, err := NewLayerNorm(make([]float32, d), make([]float32, d), 1e-5, 4, 4)
		if err != nil {
			t.Fatal(err)
		}
		for trial := 0; trial < 20; trial++ {
			x := randInt8(r, d, 1+r.IntN(128))
			tr, err := ln.Forward(x)
			if err != nil {
				t.Fatal(err)
			}
			n := ln.Numerator()
			vp := big.NewInt(tr.V + ln.Eps)
			r0 := big.NewInt(tr.R)
			lo := new(big.Int).Mul(new(big.Int).Mul(r0, r0), vp)
			r1 := new(big.Int).Add(r0, big.NewInt(1))
			hi := new(big.Int).Mul(new(big.Int).Mul(r1, r1), vp)
			if lo.Cmp(n) > 0 || hi.Cmp(n) <= 0 {
				t.Fatalf("d=%d: r=%d is not the floor of the inverse square root", d, tr.R)
			}
			for i, c := range tr.C {
				if c*c > tr.V {
					t.Fatalf("c_%d² > V", i)
				}
			}
		}
	}
}

func TestLayerNormConstantInput(t *testing.T) {
	ln, err := NewLayerNorm([]float32{1, 1, 1, 1}, []float32{0.5, -0.25, 0, 100}, 1e-5, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	y, err := ln.Output([]int8{9, 9, 9, 9})
	if err != nil {
		t.Fatal(err)
	}
	want := []int8{4, -2, 0, 127} // β·2^3, saturated
	for i := range want {
		if y[i] != want[i] {
			t.Fatalf("y = %v, want %v", y, want)
		}
	}
}

func TestRejects(t *testing.T) {
	ln, _ := NewLayerNorm([]float32{1, 2}, []float32{0, 0}, 1e-5, 0, 0)
	att, _ := NewAttention(4, 3, 3, 3, 3)
	tests := []struct {
		name string
		err  error
	}{
		{"layernorm width", func() error { _, err := ln.Forward([]int8{1}); return err }()},
		{"layernorm beta", func() error { _, err := NewLayerNorm([]float32{1}, nil, 0, 0, 0); return err }()},
		{"layernorm nan", func() error {
			_, err := NewLayerNorm([]float32{float32(math.NaN())}, []float32{0}, 0, 0, 0)
			return err
		}()},
		{"layernorm shift", func() error { _, err := NewLayerNorm([]float32{1}, []float32{0}, 0, 0, 60); return err }()},
		{"layernorm width", func() error {
			_, err := NewLayerNorm(make([]float32, MaxLayerNormDim+1), make([]float32, MaxLayerNormDim+1), 0, 0, 0)
			return err
		}()},
		{"softmax empty", func() error { _, err := Softmax(nil, 1); return err }()},
		{"softmax span", func() error { _, err := Softmax([]int64{0, 1 << 33}, 1); return err }()},
		{"attention query", func() error { _, err := att.Step([]int8{1}, [][]int8{{1}}, [][]int8{{1}}); return err }()},
		{"attention key", func() error {
			_, err := att.Step([]int8{1, 2, 3, 4}, [][]int8{{1}}, [][]int8{{1, 2, 3, 4}})
			return err
		}()},
		{"residual", func() error { _, err := Residual{0, 40, 0}.Add([]int8{1}, []int8{1}); return err }()},
		{"residual len", func() error { _, err := Residual{0, 0, 0}.Add([]int8{1}, nil); return err }()},
		{"temperature", func() error { _, err := NewSampler(0, 1, 0); return err }()},
		{"topk", func() error { _, err := NewSampler(1, 0, 0); return err }()},
		{"sample empty", func() error { _, err := Sampler{TopK: 1, Mult: 1}.Sample(nil, 0); return err }()},
		{"multiplier", func() error { _, err := Multiplier(2); return err }()},
	}
	for _, tc := range tests {
		if !errors.Is(tc.err, errs.ErrBadInput) {
			t.Errorf("%s: err = %v, want ErrBadInput", tc.name, tc.err)
		}
	}
}

func TestSoftmax(t *testing.T) {
	tr, err := Softmax([]int64{10, 10, -1000000}, 1<<31)
	if err != nil {
		t.Fatal(err)
	}
	if tr.P[0] != 2048 || tr.P[1] != 2048 || tr.P[2] != 0 || tr.Z != 2<<ExpOutBits {
		t.Fatalf("P = %v, Z = %d", tr.P, tr.Z)
	}
	one, _ := Softmax([]int64{-7}, 12345)
	if one.P[0] != 1<<ProbBits {
		t.Fatalf("single score gets %d", one.P[0])
	}
}

func TestCausalMask(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	att, err := NewAttention(8, 5, 5, 5, 5)
	if err != nil {
		t.Fatal(err)
	}
	T := 5
	q, k, v := make([][]int8, T), make([][]int8, T), make([][]int8, T)
	for i := range q {
		q[i], k[i], v[i] = randInt8(r, 8, 127), randInt8(r, 8, 127), randInt8(r, 8, 127)
	}
	trs, err := att.Causal(q, k, v)
	if err != nil {
		t.Fatal(err)
	}
	if len(trs[0].Scores) != 1 || trs[0].Out[3] != Sat(RoundShift(int64(v[0][3])<<ProbBits, att.Shift())) {
		t.Fatalf("position 0 must see only itself: %+v", trs[0])
	}
	// A change to a later key or value leaves earlier positions alone.
	k[4][0]++
	v[4][1]++
	trs2, _ := att.Causal(q, k, v)
	for p := 0; p < 4; p++ {
		for i := range trs[p].Out {
			if trs[p].Out[i] != trs2[p].Out[i] {
				t.Fatalf("position %d changed with a future key", p)
			}
		}
	}
}

func TestResidual(t *testing.T) {
	tests := []struct {
		r    Residual
		a, b int8
		want int8
	}{
		{Residual{4, 4, 4}, 100, 100, 127},
		{Residual{4, 4, 4}, -100, -100, -128},
		{Residual{4, 4, 4}, 3, -5, -2},
		{Residual{4, 4, 3}, 3, 2, 3},    // 5/2 = 2.5 rounds up
		{Residual{4, 4, 3}, -3, -2, -2}, // −2.5 rounds up
		{Residual{5, 3, 4}, 10, 10, 25}, // 10/32 + 10/8 = 1.5625 → 25/16
	}
	for _, tc := range tests {
		got, err := tc.r.Add([]int8{tc.a}, []int8{tc.b})
		if err != nil || got[0] != tc.want {
			t.Errorf("%+v.Add(%d, %d) = %v, %v, want %d", tc.r, tc.a, tc.b, got, err, tc.want)
		}
	}
}

func TestArgmaxAndTopK(t *testing.T) {
	v := []int64{3, 9, 9, -2, 9, 4}
	if Argmax(v) != 1 || Argmax(nil) != -1 {
		t.Fatal("argmax tie must take the lowest index")
	}
	got := TopK(v, 2)
	want := []bool{false, true, true, false, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("TopK = %v, want %v", got, want)
		}
	}
}

func TestUniformPinned(t *testing.T) {
	var seed fr.Element
	seed.SetUint64(42)
	a, err := Uniform(seed, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Uniform(seed, 1)
	a2, _ := Uniform(seed, 0)
	if a != a2 || a == b {
		t.Fatalf("uniform not deterministic per step: %d %d %d", a, a2, b)
	}
}

func TestSampleDistribution(t *testing.T) {
	s, err := NewSampler(1, 3, 8)
	if err != nil {
		t.Fatal(err)
	}
	logits := []int64{0, 2 << 8, 1 << 8, 2 << 8, -5 << 8} // exponent 8
	counts := make([]int, len(logits))
	var seed fr.Element
	seed.SetUint64(7)
	const n = 4000
	for i := uint64(0); i < n; i++ {
		u, err := Uniform(seed, i)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := s.Sample(logits, u)
		if err != nil {
			t.Fatal(err)
		}
		if tr.W[tr.Token] == 0 || !tr.Selected[tr.Token] {
			t.Fatalf("sampled a token outside the top-k: %+v", tr)
		}
		counts[tr.Token]++
	}
	z := 2*math.Exp(2) + math.Exp(1)
	for j, want := range []float64{0, math.Exp(2) / z, math.Exp(1) / z, math.Exp(2) / z, 0} {
		if got := float64(counts[j]) / n; math.Abs(got-want) > 0.03 {
			t.Errorf("token %d sampled with frequency %.3f, want %.3f", j, got, want)
		}
	}
	// u = 0 takes the first selected token; u = 2^32−1 the last.
	first, _ := s.Sample(logits, 0)
	last, _ := s.Sample(logits, math.MaxUint32)
	if first.Token != 1 || last.Token != 3 {
		t.Fatalf("extremes sampled %d and %d", first.Token, last.Token)
	}
}

// At the widest LayerNorm the extreme input (half 127, half −128) keeps V
// exact: the big-integer recomputation agrees.
func TestLayerNormWidest(t *testing.T) {
	d := MaxLayerNormDim
	ln, err := NewLayerNorm(make([]float32, d), make([]float32, d), 1e-5, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]int8, d)
	for i := range x {
		x[i] = 127
		if i%2 == 1 {
			x[i] = -128
		}
	}
	tr, err := ln.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	v := new(big.Int)
	for _, xi := range x {
		c := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(int64(d)), big.NewInt(int64(xi))), big.NewInt(tr.Sum))
		v.Add(v, new(big.Int).Mul(c, c))
	}
	if !v.IsInt64() || v.Int64() != tr.V {
		t.Fatalf("V = %d, exact %v", tr.V, v)
	}
}
