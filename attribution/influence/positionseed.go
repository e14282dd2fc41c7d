package influence

// PositionSeed is the projection seed under which the adapter at position t
// of a class table's adapter group is sketched when every adapter gets its
// own projection (attribution/quality's EnsembleGrid.ProjPerAdapter; the
// table then averages projection noise along with seed noise): seed +
// t·2^32, so t = 0 (the deployed adapter) keeps seed and no two positions,
// nor the nearby seeds other projections use, share one.
func PositionSeed(seed uint64, t int) uint64 { return seed + uint64(t)<<32 }
