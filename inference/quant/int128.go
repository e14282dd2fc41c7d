package quant

import "math/bits"

// int128 is a two's-complement 128-bit integer. The adapter path needs it:
// acc·2^32 + delta·M can exceed 2^63 for large layers, and the recipe must be
// exact (the circuit checks the same identity over the field).
type int128 struct {
	hi int64
	lo uint64
}

func i128(v int64) int128 {
	if v < 0 {
		return int128{hi: -1, lo: uint64(v)}
	}
	return int128{lo: uint64(v)}
}

func (a int128) neg() int128 {
	lo := ^a.lo + 1
	hi := ^a.hi
	if lo == 0 {
		hi++
	}
	return int128{hi: hi, lo: lo}
}

func (a int128) add(b int128) int128 {
	lo, carry := bits.Add64(a.lo, b.lo, 0)
	return int128{hi: a.hi + b.hi + int64(carry), lo: lo}
}

// mul64 returns a·b exactly for any int64 a and uint64 b < 2^63.
func mul64(a int64, b uint64) int128 {
	neg := a < 0
	ua := uint64(a)
	if neg {
		ua = uint64(-a) // also right for MinInt64 as an unsigned magnitude
	}
	hi, lo := bits.Mul64(ua, b)
	r := int128{hi: int64(hi), lo: lo}
	if neg {
		r = r.neg()
	}
	return r
}

// shl returns a·2^s for 0 ≤ s < 64.
func (a int128) shl(s uint) int128 {
	if s == 0 {
		return a
	}
	return int128{hi: a.hi<<s | int64(a.lo>>(64-s)), lo: a.lo << s}
}

// floorShift returns floor(a / 2^s) and a − floor(a/2^s)·2^s for 1 ≤ s < 64.
// The quotient must fit in an int64 (callers bound it).
func (a int128) floorShift(s uint) (q int64, rem uint64) {
	rem = a.lo & (1<<s - 1)
	q = int64(a.lo>>s | uint64(a.hi)<<(64-s))
	return q, rem
}
