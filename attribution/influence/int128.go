package influence

import (
	"fmt"
	"math/bits"
)

// i128 is a two's-complement 128-bit integer: the gradient recipe's products
// (δ·2^32, Z·M) exceed 63 bits and must be exact.
type i128 struct {
	hi int64
	lo uint64
}

func from64(v int64) i128 {
	if v < 0 {
		return i128{hi: -1, lo: uint64(v)}
	}
	return i128{lo: uint64(v)}
}

func (a i128) neg() i128 {
	lo := ^a.lo + 1
	hi := ^a.hi
	if lo == 0 {
		hi++
	}
	return i128{hi: hi, lo: lo}
}

func (a i128) add(b i128) i128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	return i128{hi: a.hi + b.hi + int64(c), lo: lo}
}

// mul returns a·b exactly (|a|, |b| < 2^63).
func mul(a, b int64) i128 {
	neg := (a < 0) != (b < 0)
	ua, ub := abs(a), abs(b)
	hi, lo := bits.Mul64(ua, ub)
	r := i128{hi: int64(hi), lo: lo}
	if neg {
		r = r.neg()
	}
	return r
}

func abs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// shl returns a·2^s, 0 ≤ s < 64 (no overflow for the recipe's magnitudes,
// which callers bound).
func (a i128) shl(s uint) i128 {
	if s == 0 {
		return a
	}
	return i128{hi: a.hi<<s | int64(a.lo>>(64-s)), lo: a.lo << s}
}

// roundShift returns ⌊(a + 2^(s−1)) / 2^s⌋ (round half up) for 1 ≤ s ≤ 120,
// failing when the result does not fit in 62 bits.
func (a i128) roundShift(s uint) (int64, error) {
	a = a.add(pow2(s - 1))
	var hi int64
	var lo uint64
	if s >= 64 {
		hi, lo = a.hi>>63, uint64(a.hi>>(s-64))
	} else {
		hi, lo = a.hi>>s, a.lo>>s|uint64(a.hi)<<(64-s)
	}
	q := int64(lo)
	if hi != q>>63 || q > 1<<62 || q < -(1<<62) {
		return 0, fmt.Errorf("%w: fixed-point value out of range", ErrBadInput)
	}
	return q, nil
}

func pow2(s uint) i128 {
	if s >= 64 {
		return i128{hi: 1 << (s - 64)}
	}
	return i128{lo: 1 << s}
}

// mul64 returns a·b when it fits in 63 bits.
func mul64(a, b int64) (int64, error) {
	hi, lo := bits.Mul64(abs(a), abs(b))
	if hi != 0 || lo >= 1<<63 {
		return 0, fmt.Errorf("%w: product %d·%d exceeds 63 bits", ErrBadInput, a, b)
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), nil
	}
	return int64(lo), nil
}
