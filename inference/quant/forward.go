package quant

import (
	"context"
	"fmt"
	"math/bits"

	"github.com/openproof/openproof/inference/int128"
)

// LayerTrace holds every integer of one layer's execution. Rem is the
// remainder of the division that the circuit checks: over FracBits(adapted)
// bits, i.e. k+32 bits for an adapted layer and k bits otherwise.
type LayerTrace struct {
	X     []int8   // input activations (In)
	H     []int64  // A·x (Rank), nil without adapter
	Delta []int64  // B·h (Out), nil without adapter
	Acc   []int64  // b + W0·x (Out)
	Q     []int64  // rounded quotient before saturation (Out)
	Rem   []uint64 // division remainder (Out)
	Y     []int8   // saturated output (Out)
	Out   []int8   // after the activation table (Out)
}

// FracBits is the number of bits the layer's requantization divides away.
func (l *Layer) FracBits(adapted bool) uint {
	if adapted {
		return l.Shift + AdapterShift
	}
	return l.Shift
}

// Requantize returns q = floor((acc·2^32 + δ·M + 2^(k+31)) / 2^(k+32)) and
// the remainder when adapted, and floor((acc + 2^(k−1)) / 2^k) otherwise.
func (l *Layer) Requantize(acc, delta int64, m uint32, adapted bool) (q int64, rem uint64) {
	s := l.FracBits(adapted)
	z := int128.From(acc)
	if adapted {
		z = z.Shl(AdapterShift).Add(int128.Mul(delta, int64(m)))
	}
	return z.Add(int128.Pow2(s - 1)).FloorShift(s)
}

// Saturate clamps q to the layer's bounds and returns the output y with the
// excesses p = max(q−hi, 0) and n = max(lo−q, 0), so that q = y + p − n.
func (l *Layer) Saturate(q int64) (y, p, n int64) {
	lo, hi := l.Bounds()
	switch {
	case q > hi:
		return hi, q - hi, 0
	case q < lo:
		return lo, 0, lo - q
	}
	return q, 0, 0
}

// Activate applies the layer's activation to a saturated value.
func (l *Layer) Activate(y int64) int8 {
	if l.Act == ActGELU {
		return l.GELU[y+128]
	}
	return int8(y)
}

// Forward runs one layer. a may be nil.
func (l *Layer) Forward(x []int8, a *AdapterLayer) (*LayerTrace, error) {
	if len(x) != l.In {
		return nil, fmt.Errorf("%w: layer %s: input has %d values, want %d", ErrBadInput, l.Name, len(x), l.In)
	}
	tr := &LayerTrace{
		X:   append([]int8(nil), x...),
		Acc: make([]int64, l.Out),
		Q:   make([]int64, l.Out),
		Rem: make([]uint64, l.Out),
		Y:   make([]int8, l.Out),
		Out: make([]int8, l.Out),
	}
	if a != nil {
		if len(a.A) != a.Rank*l.In || len(a.B) != l.Out*a.Rank {
			return nil, fmt.Errorf("%w: layer %s: adapter shapes A %d, B %d do not match rank %d", ErrBadInput, l.Name, len(a.A), len(a.B), a.Rank)
		}
		tr.H = make([]int64, a.Rank)
		for t := 0; t < a.Rank; t++ {
			tr.H[t] = dot8(a.A[t*l.In:(t+1)*l.In], x)
		}
		tr.Delta = make([]int64, l.Out)
		for i := 0; i < l.Out; i++ {
			var d int64
			for t := 0; t < a.Rank; t++ {
				d += int64(a.B[i*a.Rank+t]) * tr.H[t]
			}
			tr.Delta[i] = d
		}
	}
	for i := 0; i < l.Out; i++ {
		acc := int64(l.Bias[i]) + dot8(l.W[i*l.In:(i+1)*l.In], x)
		tr.Acc[i] = acc
		var q int64
		var rem uint64
		if a != nil {
			q, rem = l.Requantize(acc, tr.Delta[i], a.M, true)
		} else {
			q, rem = l.Requantize(acc, 0, 0, false)
		}
		y, _, _ := l.Saturate(q)
		tr.Q[i], tr.Rem[i], tr.Y[i], tr.Out[i] = q, rem, int8(y), l.Activate(y)
	}
	return tr, nil
}

func dot8(w, x []int8) int64 {
	var s int64
	for j, v := range w {
		s += int64(v) * int64(x[j])
	}
	return s
}

// Forward runs the model on int8 input x with adapter a (nil for the base
// model) and returns every layer's trace; the last layer's Out is the output.
func (m *Model) Forward(ctx context.Context, x []int8, a *Adapter) ([]*LayerTrace, error) {
	trs := make([]*LayerTrace, len(m.Layers))
	cur := x
	for i := range m.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tr, err := m.Layers[i].Forward(cur, a.ForLayer(i))
		if err != nil {
			return nil, err
		}
		trs[i] = tr
		cur = tr.Out
	}
	return trs, nil
}

// Output is a convenience for the last layer's outputs of a forward pass.
func Output(trs []*LayerTrace) []int8 {
	if len(trs) == 0 {
		return nil
	}
	return trs[len(trs)-1].Out
}

// Argmax returns the index of the first maximum.
func Argmax(v []int8) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// Bounds of the integers in one layer, used to size the circuit's range checks
// and to prove that the runtime's integer types cannot overflow.
type Bounds struct {
	MaxAcc    uint64 // ≥ |acc|
	MaxH      uint64 // ≥ |h|
	MaxDelta  uint64 // ≥ |δ|
	MaxQ      uint64 // ≥ |q|
	SlackBits int    // p + n < 2^SlackBits
}

// LayerBounds computes worst-case magnitudes for a layer adapted with the given
// rank (0: none), over all int8 inputs, int8 adapter weights and M < 2^32.
func (l *Layer) LayerBounds(rank int) (Bounds, error) {
	var maxBias uint64
	for _, b := range l.Bias {
		v := uint64(abs64(int64(b)))
		if v > maxBias {
			maxBias = v
		}
	}
	var b Bounds
	// |x| ≤ 128 and |w| ≤ 127 for weights quantized by QuantizeTensor, but an
	// int8 weight read from a file can be −128: bound with 128·128.
	b.MaxAcc = maxBias + uint64(l.In)*128*128
	if b.MaxAcc >= 1<<31 {
		return b, fmt.Errorf("%w: layer %s: accumulator bound %d does not fit int32", ErrBadInput, l.Name, b.MaxAcc)
	}
	if l.Shift < 1 || l.Shift > MaxShift {
		return b, fmt.Errorf("%w: layer %s: shift %d outside [1, %d]", ErrBadInput, l.Name, l.Shift, MaxShift)
	}
	maxZHi := b.MaxAcc // |z| / 2^32 bound
	if rank > 0 {
		b.MaxH = uint64(l.In) * 128 * 128
		b.MaxDelta = uint64(rank) * 128 * b.MaxH
		if b.MaxDelta >= 1<<62 {
			return b, fmt.Errorf("%w: layer %s: adapter bound too large", ErrBadInput, l.Name)
		}
		// |δ·M| < MaxDelta·2^32, so |z|/2^32 < MaxAcc + MaxDelta.
		maxZHi += b.MaxDelta
	}
	b.MaxQ = maxZHi>>l.Shift + 1
	b.SlackBits = bits.Len64(b.MaxQ + 128)
	return b, nil
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
