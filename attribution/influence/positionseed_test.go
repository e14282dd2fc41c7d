package influence

import "testing"

// TestPositionSeed: position 0 keeps the seed; positions differ from each
// other and from the neighbouring seeds (±1, +2) other projections use.
func TestPositionSeed(t *testing.T) {
	s := DefaultParams().Seed
	seen := map[uint64]bool{}
	for _, base := range []uint64{s - 1, s, s + 1, s + 2} {
		if PositionSeed(base, 0) != base {
			t.Fatalf("position 0 moved seed %#x", base)
		}
		seen[base] = true
	}
	for p := 1; p < 64; p++ {
		for _, base := range []uint64{s, s + 1, s + 2} {
			v := PositionSeed(base, p)
			if seen[v] {
				t.Fatalf("position %d of seed %#x repeats a seed", p, base)
			}
			seen[v] = true
		}
	}
}
