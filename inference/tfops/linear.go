package tfops

import (
	"fmt"

	"github.com/openproof/openproof/inference/int128"
	"github.com/openproof/openproof/inference/quant"
)

// Linear is a Conv1D at activation width Bits: int8 weights [Out][In] with
// one power-of-two exponent per output column (WExp), an int64 bias at
// exponent InExp + WExp_i, an optional GELU table (GELUTableBits, 2^Bits
// entries) and an optional LoRA. Column i computes
//
//	acc_i = b_i + Σ_j w_ij·x_j,  s_i = InExp + WExp_i − OutExp ∈ [1, 31]
//	q_i   = ⌊(acc_i + 2^(s_i−1)) / 2^s_i⌋                           (no LoRA)
//	q_i   = ⌊(acc_i·2^32 + δ_i·M_i + 2^(s_i+31)) / 2^(s_i+32)⌋      (LoRA: δ = B·(A·x))
//	y_i   = sat_Bits(q_i),  out_i = GELU[y_i + 2^(Bits−1)] or y_i
//
// With every WExp_i equal and Bits = 8 this is quant.Layer.Forward's
// program exactly (FromQuant builds that case; scheme v2's linear layers).
type Linear struct {
	Name          string
	In, Out       int
	Bits          uint
	W             []int8  // [Out][In]
	WExp          []int   // per output column
	Bias          []int64 // at InExp + WExp_i
	InExp, OutExp int
	GELU          []int32 // nil: no activation
	LoRA          *LinearLoRA
}

// LinearLoRA is a Linear's quantized adapter: A [Rank][In] and B
// [Out][Rank] int8 with one exponent each, and the per-column multiplier
// M_i = round(scaling·2^(WExp_i − AExp − BExp + 32)) ∈ [0, 2^MaxLoRAMultBits).
type LinearLoRA struct {
	Rank       int
	A, B       []int8
	AExp, BExp int
	M          []int64
}

// MaxLoRAMultBits bounds a LoRA multiplier.
const MaxLoRAMultBits = 48

// MaxLinearShift bounds a column's requantization shift (quant.MaxShift).
const MaxLinearShift = quant.MaxShift

// Shift returns column i's requantization shift s_i.
func (l *Linear) Shift(i int) uint { return uint(l.InExp + l.WExp[i] - l.OutExp) }

// Validate checks shapes, shifts, the GELU table and the multipliers.
func (l *Linear) Validate() error {
	if err := CheckBits(l.Bits); err != nil {
		return err
	}
	if l.In < 1 || l.Out < 1 || l.In > MaxDim || l.Out > MaxDim || len(l.W) != l.In*l.Out || len(l.WExp) != l.Out || len(l.Bias) != l.Out {
		return fmt.Errorf("%w: linear %s: shapes do not match %d → %d", ErrBadInput, l.Name, l.In, l.Out)
	}
	for i := range l.WExp {
		if s := l.InExp + l.WExp[i] - l.OutExp; s < 1 || s > MaxLinearShift {
			return fmt.Errorf("%w: linear %s: column %d shift %d outside [1, %d]", ErrBadInput, l.Name, i, s, MaxLinearShift)
		}
	}
	if l.GELU != nil && len(l.GELU) != 1<<l.Bits {
		return fmt.Errorf("%w: linear %s: GELU table of %d entries, want 2^%d", ErrBadInput, l.Name, len(l.GELU), l.Bits)
	}
	if a := l.LoRA; a != nil {
		if a.Rank < 1 || len(a.A) != a.Rank*l.In || len(a.B) != l.Out*a.Rank || len(a.M) != l.Out {
			return fmt.Errorf("%w: linear %s: adapter shapes do not match rank %d", ErrBadInput, l.Name, a.Rank)
		}
		for i, m := range a.M {
			if m < 0 || m >= 1<<MaxLoRAMultBits {
				return fmt.Errorf("%w: linear %s: adapter multiplier %d of column %d outside [0, 2^%d)", ErrBadInput, l.Name, m, i, MaxLoRAMultBits)
			}
		}
	}
	return nil
}

// LinearTrace holds every integer of one Linear.
type LinearTrace struct {
	X     []int32
	H     []int64 // A·x (Rank), nil without LoRA
	Delta []int64 // B·h (Out), nil without LoRA
	Acc   []int64 // b + W·x
	Q     []int64 // before saturation
	Y     []int32 // saturated
	Out   []int32 // after the GELU table
}

// Forward runs the layer on x (values within Bits bits). Bounds at W ≤ 16,
// In ≤ 2^16: |acc| < 2^(7+15+16+1), |δ| < 2^(7+7+15+16+16) and δ·M < 2^109
// fit int128.
func (l *Linear) Forward(x []int32) (*LinearTrace, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	if len(x) != l.In {
		return nil, fmt.Errorf("%w: linear %s: input has %d values, want %d", ErrBadInput, l.Name, len(x), l.In)
	}
	if err := checkRange("linear "+l.Name+" input", x, l.Bits); err != nil {
		return nil, err
	}
	tr := &LinearTrace{X: append([]int32(nil), x...), Acc: make([]int64, l.Out), Q: make([]int64, l.Out),
		Y: make([]int32, l.Out), Out: make([]int32, l.Out)}
	if a := l.LoRA; a != nil {
		tr.H = make([]int64, a.Rank)
		for t := range tr.H {
			tr.H[t] = dotW(a.A[t*l.In:(t+1)*l.In], x)
		}
		tr.Delta = make([]int64, l.Out)
		for i := range tr.Delta {
			for t, h := range tr.H {
				tr.Delta[i] += int64(a.B[i*a.Rank+t]) * h
			}
		}
	}
	_, hi := ActRange(l.Bits)
	for i := 0; i < l.Out; i++ {
		acc := l.Bias[i] + dotW(l.W[i*l.In:(i+1)*l.In], x)
		s := l.Shift(i)
		z := int128.From(acc)
		if l.LoRA != nil {
			z = z.Shl(quant.AdapterShift).Add(int128.Mul(tr.Delta[i], l.LoRA.M[i]))
			s += quant.AdapterShift
		}
		q, _ := z.Add(int128.Pow2(s - 1)).FloorShift(s)
		y := SatBits(q, l.Bits)
		tr.Acc[i], tr.Q[i], tr.Y[i], tr.Out[i] = acc, q, int32(y), int32(y)
		if l.GELU != nil {
			tr.Out[i] = l.GELU[y+hi+1]
		}
	}
	return tr, nil
}

func dotW(w []int8, x []int32) int64 {
	var s int64
	for j, v := range w {
		s += int64(v) * int64(x[j])
	}
	return s
}

// FromQuant returns the 8-bit Linear of a quant.Layer (ActNone or ActGELU)
// and its adapter a (nil: none): every column at l.WExp, M_i = a.M. Its
// Forward gives quant.Layer.Forward's integers.
func FromQuant(l *quant.Layer, a *quant.AdapterLayer) (*Linear, error) {
	if l.Act != quant.ActNone && l.Act != quant.ActGELU {
		return nil, fmt.Errorf("%w: linear %s: activation %v", ErrBadInput, l.Name, l.Act)
	}
	out := &Linear{Name: l.Name, In: l.In, Out: l.Out, Bits: ActBits8, W: l.W, WExp: make([]int, l.Out),
		Bias: make([]int64, l.Out), InExp: l.InExp, OutExp: l.OutExp}
	for i := range out.WExp {
		out.WExp[i] = l.WExp
		if i < len(l.Bias) {
			out.Bias[i] = int64(l.Bias[i])
		}
	}
	if l.Act == quant.ActGELU {
		if len(l.GELU) != 256 {
			return nil, fmt.Errorf("%w: linear %s: GELU table of %d entries", ErrBadInput, l.Name, len(l.GELU))
		}
		out.GELU = Widen(l.GELU)
	}
	if a != nil {
		out.LoRA = &LinearLoRA{Rank: a.Rank, A: a.A, B: a.B, AExp: a.AExp, BExp: a.BExp, M: make([]int64, l.Out)}
		for i := range out.LoRA.M {
			out.LoRA.M[i] = int64(a.M)
		}
	}
	return out, out.Validate()
}
