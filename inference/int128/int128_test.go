package int128

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func (a Int) big() *big.Int {
	v := new(big.Int).SetInt64(a.hi)
	v.Lsh(v, 64)
	return v.Add(v, new(big.Int).SetUint64(a.lo))
}

// TestAgainstBig checks every operation against math/big on edge values and
// random ones.
func TestAgainstBig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vals := []int64{0, 1, -1, 2, -2, math.MaxInt64, math.MinInt64 + 1, math.MinInt64, 1 << 32, -(1 << 32)}
	for range 200 {
		vals = append(vals, int64(r.Uint64()), int64(r.Uint64()>>uint(r.IntN(63))))
	}
	for _, a := range vals {
		for _, b := range vals[:40] {
			ba, bb := big.NewInt(a), big.NewInt(b)
			if got, want := Mul(a, b).big(), new(big.Int).Mul(ba, bb); got.Cmp(want) != 0 {
				t.Fatalf("Mul(%d, %d) = %v, want %v", a, b, got, want)
			}
			if got, want := From(a).Add(From(b)).big(), new(big.Int).Add(ba, bb); got.Cmp(want) != 0 {
				t.Fatalf("%d + %d = %v, want %v", a, b, got, want)
			}
		}
		if a != math.MinInt64 {
			if got := From(a).Neg().big(); got.Cmp(big.NewInt(-a)) != 0 {
				t.Fatalf("-(%d) = %v", a, got)
			}
		}
		for _, s := range []uint{1, 7, 31, 32, 63} {
			x := From(a >> 1).Shl(s - 1) // stays in range
			want := new(big.Int).Lsh(big.NewInt(a>>1), s-1)
			if x.big().Cmp(want) != 0 {
				t.Fatalf("%d<<%d = %v, want %v", a>>1, s-1, x.big(), want)
			}
			q, rem := From(a).FloorShift(s)
			wq := new(big.Int).Rsh(big.NewInt(a), s) // Rsh floors
			wr := new(big.Int).Sub(big.NewInt(a), new(big.Int).Lsh(wq, s))
			if q != wq.Int64() || rem != wr.Uint64() {
				t.Fatalf("FloorShift(%d, %d) = %d r %d, want %v r %v", a, s, q, rem, wq, wr)
			}
		}
	}
}

func TestRoundShift(t *testing.T) {
	tests := []struct {
		a    Int
		s    uint
		want int64
		ok   bool
	}{
		{From(5), 1, 3, true},   // 2.5 rounds half up
		{From(-5), 1, -2, true}, // −2.5 rounds half up
		{From(4), 2, 1, true},
		{Mul(1<<40, 1<<40), 70, 1 << 10, true},
		{Mul(1<<62, 1<<62), 1, 0, false}, // 2^123 does not fit in 62 bits
		{Pow2(126), 120, 64, true},
	}
	for _, tt := range tests {
		got, ok := tt.a.RoundShift(tt.s)
		if got != tt.want || ok != tt.ok {
			t.Errorf("RoundShift(%v, %d) = %d, %v; want %d, %v", tt.a.big(), tt.s, got, ok, tt.want, tt.ok)
		}
	}
}
