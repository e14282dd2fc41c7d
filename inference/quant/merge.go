package quant

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/inference/int128"
)

// ScaleM returns a copy of the adapter whose multipliers are scaled by w ≥ 0:
// the integer form of one member of a weighted ensemble.
func (a *Adapter) ScaleM(w float64) (*Adapter, error) {
	if !(w >= 0) || math.IsInf(w, 0) {
		return nil, fmt.Errorf("%w: ensemble weight %v", ErrBadInput, w)
	}
	c := &Adapter{Name: a.Name, Layers: make([]AdapterLayer, len(a.Layers))}
	copy(c.Layers, a.Layers)
	for i := range c.Layers {
		m := math.RoundToEven(float64(c.Layers[i].M) * w)
		if m >= 1<<32 {
			return nil, fmt.Errorf("%w: ensemble weight %v overflows the multiplier of layer %d", ErrBadInput, w, c.Layers[i].Layer)
		}
		c.Layers[i].M = uint32(m)
	}
	return c, nil
}

// MergeLayer materializes W' = W0 + s·B·A in int8 at the base weight's
// exponent: W'[i][j] = clamp(W0[i][j] + floor(((B·A)[i][j]·M + 2^31) / 2^32), −128, 127).
// Merged outputs differ from unmerged ones only by these roundings (see
// runtime tests for the documented bound).
func MergeLayer(l *Layer, a *AdapterLayer) []int8 {
	w := make([]int8, len(l.W))
	for i := 0; i < l.Out; i++ {
		for j := 0; j < l.In; j++ {
			var ba int64
			for t := 0; t < a.Rank; t++ {
				ba += int64(a.B[i*a.Rank+t]) * int64(a.A[t*l.In+j])
			}
			d, _ := int128.Mul(ba, int64(a.M)).Add(int128.Pow2(AdapterShift - 1)).FloorShift(AdapterShift)
			v := int64(l.W[i*l.In+j]) + d
			w[i*l.In+j] = int8(max(-128, min(127, v)))
		}
	}
	return w
}
