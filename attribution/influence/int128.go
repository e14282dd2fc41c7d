package influence

import (
	"fmt"
	"math/bits"

	"github.com/openproof/openproof/inference/int128"
)

// roundShift is int128's round-half-up shift, failing as bad input when the
// result leaves the recipe's 62-bit range.
func roundShift(a int128.Int, s uint) (int64, error) {
	q, ok := a.RoundShift(s)
	if !ok {
		return 0, fmt.Errorf("%w: fixed-point value out of range", ErrBadInput)
	}
	return q, nil
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

func abs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}
