// Package int128 is the one exact 128-bit signed integer of the fixed-point
// recipes: products such as acc·2^32 + δ·M (inference/quant) and δ·2^32, Z·M
// (attribution/influence) exceed 63 bits and must be exact, because the
// circuits check the same identities over the field.
package int128

import "math/bits"

// Int is a two's-complement 128-bit integer.
type Int struct {
	hi int64
	lo uint64
}

// From returns v.
func From(v int64) Int {
	if v < 0 {
		return Int{hi: -1, lo: uint64(v)}
	}
	return Int{lo: uint64(v)}
}

// Pow2 returns 2^s for 0 ≤ s < 127.
func Pow2(s uint) Int {
	if s >= 64 {
		return Int{hi: 1 << (s - 64)}
	}
	return Int{lo: 1 << s}
}

// Mul returns a·b exactly (any int64 a and b; the product of two int64
// always fits).
func Mul(a, b int64) Int {
	hi, lo := bits.Mul64(abs(a), abs(b))
	r := Int{hi: int64(hi), lo: lo}
	if (a < 0) != (b < 0) {
		r = r.Neg()
	}
	return r
}

// abs is |a| as an unsigned magnitude (right for MinInt64 too).
func abs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// Neg returns −a.
func (a Int) Neg() Int {
	lo := ^a.lo + 1
	hi := ^a.hi
	if lo == 0 {
		hi++
	}
	return Int{hi: hi, lo: lo}
}

// Add returns a + b (wrapping on overflow; the recipes bound their values).
func (a Int) Add(b Int) Int {
	lo, carry := bits.Add64(a.lo, b.lo, 0)
	return Int{hi: a.hi + b.hi + int64(carry), lo: lo}
}

// Shl returns a·2^s for 0 ≤ s < 64 (callers bound a so it does not overflow).
func (a Int) Shl(s uint) Int {
	if s == 0 {
		return a
	}
	return Int{hi: a.hi<<s | int64(a.lo>>(64-s)), lo: a.lo << s}
}

// FloorShift returns floor(a / 2^s) and a − floor(a/2^s)·2^s for 1 ≤ s < 64.
// The quotient must fit in an int64 (callers bound it).
func (a Int) FloorShift(s uint) (q int64, rem uint64) {
	rem = a.lo & (1<<s - 1)
	q = int64(a.lo>>s | uint64(a.hi)<<(64-s))
	return q, rem
}

// RoundShift returns ⌊(a + 2^(s−1)) / 2^s⌋ (round half up) for 1 ≤ s ≤ 120,
// and false when the result does not fit in 62 bits.
func (a Int) RoundShift(s uint) (int64, bool) {
	a = a.Add(Pow2(s - 1))
	var hi int64
	var lo uint64
	if s >= 64 {
		hi, lo = a.hi>>63, uint64(a.hi>>(s-64))
	} else {
		hi, lo = a.hi>>s, a.lo>>s|uint64(a.hi)<<(64-s)
	}
	q := int64(lo)
	if hi != q>>63 || q > 1<<62 || q < -(1<<62) {
		return 0, false
	}
	return q, true
}
