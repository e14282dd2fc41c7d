package influence

import (
	"context"
	"fmt"

	"github.com/openproof/openproof/inference/int128"
	"github.com/openproof/openproof/inference/quant"
)

// Sketch is a projected gradient (Plan.Dim values, real entries × 2^G), or a
// sum of them.
type Sketch []int64

// Grad is the integer gradient of one example with its intermediates (the
// values a circuit witness needs).
type Grad struct {
	Label  int
	Exp    []int64   // E_i of the output layer
	SumE   int64     // Σ E_i
	Delta  [][]int64 // per model layer: δ in units of 2^−F (nil below the first adapted layer)
	Sketch Sketch
}

// maxDelta bounds |δ| so that every product of the recipe stays exact.
const maxDelta = 1 << 40

// Gradient computes the integer gradient sketch of the loss at label from a
// quantized forward trace (see the package documentation).
func (pl *Plan) Gradient(trs []*quant.LayerTrace, label int) (*Grad, error) {
	m := pl.Model
	L := len(m.Layers)
	if len(trs) != L {
		return nil, fmt.Errorf("%w: trace has %d layers, model %d", ErrBadInput, len(trs), L)
	}
	for i, tr := range trs {
		l := &m.Layers[i]
		if tr == nil || len(tr.X) != l.In || len(tr.Out) != l.Out {
			return nil, fmt.Errorf("%w: trace layer %d does not match layer %s", ErrBadInput, i, l.Name)
		}
		if b := pl.block(i); b != nil && len(tr.H) != b.R {
			return nil, fmt.Errorf("%w: trace layer %d lacks the adapter's A·x", ErrBadInput, i)
		}
	}
	y := trs[L-1].Out
	if label < 0 || label >= len(y) {
		return nil, fmt.Errorf("%w: label %d outside [0, %d)", ErrBadInput, label, len(y))
	}
	g := &Grad{Label: label, Exp: make([]int64, len(y)), Delta: make([][]int64, L), Sketch: make(Sketch, pl.dim)}
	ymax := y[quant.Argmax(y)]
	for i, v := range y {
		g.Exp[i] = pl.ExpTable[int(ymax)-int(v)]
		g.SumE += g.Exp[i]
	}
	one := int64(1) << pl.P.DeltaBits
	d := make([]int64, len(y))
	for i := range y {
		d[i] = (g.Exp[i]<<pl.P.DeltaBits + g.SumE/2) / g.SumE
		if i == label {
			d[i] -= one
		}
	}
	first := pl.Blocks[0].Layer
	g.Delta[L-1] = d
	for l := L - 1; l >= first; l-- {
		d := g.Delta[l]
		al := pl.Adapter.ForLayer(l)
		var u []int64 // Bᵀδ
		if al != nil {
			u = make([]int64, al.Rank)
			for t := range u {
				var s int64
				for i, di := range d {
					s += int64(al.B[i*al.Rank+t]) * di
				}
				u[t] = s
			}
			if err := pl.sketchLayer(g.Sketch, pl.block(l), al, trs[l], d, u); err != nil {
				return nil, fmt.Errorf("layer %d: %w", l, err)
			}
		}
		if l == first {
			break
		}
		prev, err := pl.backward(&m.Layers[l], al, d, u, trs[l-1].Out, m.Layers[l-1].Act)
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", l, err)
		}
		g.Delta[l-1] = prev
	}
	return g, nil
}

// backward returns the previous layer's δ: mask ⊙ round((2^32·Wᵀδ + M·Aᵀu) / 2^(e_W+32)).
func (pl *Plan) backward(l *quant.Layer, al *quant.AdapterLayer, d, u []int64, prevOut []int8, act quant.Activation) ([]int64, error) {
	out := make([]int64, l.In)
	for j := range out {
		if act == quant.ActReLU && prevOut[j] <= 0 {
			continue
		}
		var s int64
		for i, di := range d {
			s += int64(l.W[i*l.In+j]) * di
		}
		z := int128.From(s).Shl(32)
		if al != nil {
			var v int64
			for t, ut := range u {
				v += int64(al.A[t*l.In+j]) * ut
			}
			z = z.Add(int128.Mul(v, int64(al.M)))
		}
		q, err := roundShift(z, uint(l.WExp+32))
		if err != nil {
			return nil, err
		}
		if q >= maxDelta || q <= -maxDelta {
			return nil, fmt.Errorf("%w: back-propagated gradient %d exceeds 2^40", ErrBadInput, q)
		}
		out[j] = q
	}
	return out, nil
}

// sketchLayer adds the layer's two blocks to sk.
func (pl *Plan) sketchLayer(sk Sketch, b *Block, al *quant.AdapterLayer, tr *quant.LayerTrace, d, u []int64) error {
	K := pl.P.K
	pd := make([]int64, K) // P_out·δ
	px := make([]int64, K) // P_in·x
	for k := range K {
		var s int64
		for i, di := range d {
			s += int64(b.POut[k*b.Out+i]) * di
		}
		pd[k] = s
		var sx int64
		for j, xj := range tr.X {
			sx += int64(b.PIn[k*b.In+j]) * int64(xj)
		}
		px[k] = sx
	}
	m := int64(al.M)
	for k := range K {
		for t := range b.R {
			z, err := mul64(pd[k], tr.H[t])
			if err != nil {
				return err
			}
			v, err := roundShift(int128.Mul(z, m), b.ShiftB)
			if err != nil {
				return err
			}
			sk[b.Offset+k*b.R+t] += v
		}
	}
	off := b.Offset + K*b.R
	for t := range b.R {
		for k := range K {
			z, err := mul64(u[t], px[k])
			if err != nil {
				return err
			}
			v, err := roundShift(int128.Mul(z, m), b.ShiftA)
			if err != nil {
				return err
			}
			sk[off+t*K+k] += v
		}
	}
	return nil
}

// TestGradient is Gradient at the model's own prediction (the first maximum
// of the int8 output). With the class term (Params.ClassTerm) its Sketch is
// the test sketch T' = (T, 2^ClassShift·onehot(ŷ)), CommittedDim values,
// the vector that scores the committed per-contributor vectors. With the
// smoothed class term (Params.ClassSoft, softclass.go) the class entries
// are 2^(ClassShift−F)·ClassProbs(logits), and with Params.ClassOnly the
// sketch is those entries alone (no backward pass: Delta is nil).
func (pl *Plan) TestGradient(trs []*quant.LayerTrace) (*Grad, error) {
	if len(trs) == 0 {
		return nil, fmt.Errorf("%w: empty trace", ErrBadInput)
	}
	if pl.P.ClassOnly {
		return pl.classOnlyGradient(trs)
	}
	g, err := pl.Gradient(trs, quant.Argmax(quant.Output(trs)))
	if err != nil {
		return nil, err
	}
	if pl.P.ClassSoft {
		ext, err := pl.softClassEntries(quant.Output(trs))
		if err != nil {
			return nil, err
		}
		g.Sketch = append(g.Sketch, ext...)
	} else if pl.classes > 0 {
		ext := make(Sketch, pl.classes)
		ext[g.Label] = 1 << pl.P.ClassShift
		g.Sketch = append(g.Sketch, ext...)
	}
	if err := g.Sketch.Check(); err != nil {
		return nil, fmt.Errorf("test gradient: %w", err)
	}
	return g, nil
}

// Example runs the quantized model with the plan's adapter on the int8
// input x and returns the gradient at label.
func (pl *Plan) Example(ctx context.Context, x []int8, label int) (*Grad, error) {
	trs, err := pl.Model.Forward(ctx, x, pl.Adapter)
	if err != nil {
		return nil, err
	}
	return pl.Gradient(trs, label)
}
