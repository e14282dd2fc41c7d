package mnist

import "math/bits"

// rng is a SplitMix64 generator. The package uses its own generator instead
// of math/rand so that the trained weights, the split and the shuffles depend
// only on the seed and this code, never on the Go release.
type rng struct{ s uint64 }

func newRNG(seed, stream uint64) *rng {
	// Mixing the stream in through one SplitMix64 step gives independent-looking
	// sequences for (seed, 0), (seed, 1), ...
	r := &rng{s: seed ^ 0x9e3779b97f4a7c15*(stream+1)}
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a uniform integer in [0, n) for n > 0 (Lemire's method with
// rejection, so there is no modulo bias).
func (r *rng) intn(n int) int {
	bound := uint64(n)
	threshold := -bound % bound
	for {
		v := r.next()
		hi, lo := bits.Mul64(v, bound)
		if lo >= threshold {
			return int(hi)
		}
	}
}

// uniform returns a float32 uniform in [-bound, bound).
func (r *rng) uniform(bound float32) float32 {
	u := float32(r.next()>>40) * (1.0 / (1 << 24)) // exact: 24 random bits
	return float32(float32(2*u-1) * bound)
}

// shuffle permutes p in place (Fisher–Yates).
func (r *rng) shuffle(p []int) {
	for i := len(p) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
