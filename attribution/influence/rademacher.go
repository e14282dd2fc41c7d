package influence

// Rademacher returns n values ±1 from SplitMix64 seeded with (seed, stream),
// the projection stream of every Plan (attribution/textattr uses it too).
func Rademacher(seed, stream uint64, n int) []int8 { return rademacher(seed, stream, n) }
