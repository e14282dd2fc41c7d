package provenance

// rng is SplitMix64 on (seed, stream): a tiny generator whose sequence is
// fixed by this file, so that training is reproducible across Go releases.
type rng struct{ s uint64 }

func newRNG(seed, stream uint64) *rng {
	return &rng{s: seed ^ (stream+1)*0x9e3779b97f4a7c15}
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a uniform value in [0, n) by rejection (no modulo bias).
func (r *rng) intn(n int) int {
	lim := ^uint64(0) - ^uint64(0)%uint64(n)
	for {
		if v := r.next(); v < lim {
			return int(v % uint64(n))
		}
	}
}

// uniform returns a value in [−bound, bound).
func (r *rng) uniform(bound float64) float64 {
	return (float64(r.next()>>11)/(1<<53)*2 - 1) * bound
}

// shuffle permutes p (Fisher–Yates).
func (r *rng) shuffle(p []int) {
	for i := len(p) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
