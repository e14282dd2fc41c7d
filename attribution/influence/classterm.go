package influence

import (
	"context"
	"fmt"
	"math/big"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/quant"
)

// RobustClassMethod is MethodRobustClass: RobustMethod's settings plus the
// class term with weight β = betaPPM/10^6 over the reference queries named
// by refStride (Method.RefStride).
func RobustClassMethod(betaPPM, refStride uint32) Method {
	m := RobustMethod()
	m.ID, m.ClassBetaPPM, m.RefStride = MethodRobustClass, betaPPM, refStride
	return m
}

// RobustClass computes the committed vectors of MethodRobustClass:
// S'_c = (S_c, C_c), S_c the MethodRobust vector (Robust, with m's robust
// parameters) and C_c = ClassTable(S). Scored by TestGradient's T' =
// (T, 2^s·onehot(ŷ)), s = Params.ClassShift:
//
//	⟨S'_c, T'⟩ = ⟨S_c, T⟩ + 2^s·C_c[ŷ] ≈ ⟨S_c, T⟩ + β·m_c[ŷ].
func (pl *Plan) RobustClass(ctx context.Context, d *datanet.Datanet, m Method) ([]Sketch, error) {
	if m.ID != MethodRobustClass {
		return nil, fmt.Errorf("%w: RobustClass called with method %q", ErrBadInput, m.ID)
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	if !pl.P.ClassTerm || pl.P.ClassSoft {
		return nil, fmt.Errorf("%w: method %s needs params with class_term and without class_soft", ErrBadInput, m.ID)
	}
	rm := m
	rm.ID, rm.ClassBetaPPM, rm.RefStride = MethodRobust, 0, 0
	base, err := pl.Robust(ctx, d, rm)
	if err != nil {
		return nil, err
	}
	tab, err := pl.ClassTable(ctx, d, base, m)
	if err != nil {
		return nil, err
	}
	out := make([]Sketch, len(base))
	for c := range base {
		out[c] = append(append(make(Sketch, 0, pl.CommittedDim()), base[c]...), tab[c]...)
	}
	return out, nil
}

// ClassTable returns, per contributor c and class k < classes,
//
//	C_c[k] = round(β·m_c[k] / 2^s),   m_c[k] = Σ_{r: ŷ(r) = k} ⟨S_c, T(r)⟩ / n_k,
//
// over the reference queries r of m (Method.RefStride: every RefStride-th
// Datanet record, its input only), T(r) the test gradient sketch at the
// quantized model's prediction ŷ(r) (Gradient at the first maximum of the
// int8 logits), n_k the number of references predicted k (C_c[k] = 0 when
// n_k = 0), β = ClassBetaPPM/10^6 and s = Params.ClassShift. Exact: one
// rounded division ⌊(2·β_ppm·Σ + D)/(2D)⌋, D = 10^6·n_k·2^s. An entry
// outside ±2^(ClassBits−1) is an error (a larger class_shift fits it).
// vecs are the Dim-length vectors S_c.
func (pl *Plan) ClassTable(ctx context.Context, d *datanet.Datanet, vecs []Sketch, m Method) ([]Sketch, error) {
	if m.RefStride == 0 || m.ClassBetaPPM == 0 {
		return nil, fmt.Errorf("%w: class term without reference stride or β", ErrBadInput)
	}
	cs, err := pl.classSums(ctx, d, vecs, m.RefStride)
	if err != nil {
		return nil, err
	}
	return pl.classTableOf([]*classSums{cs}, len(vecs), m)
}

// classSums is one adapter's part of a class table: per class k the number
// n_k of reference queries it predicts k and, per contributor c,
// Σ_{r: ŷ(r) = k} ⟨S_c, T(r)⟩.
type classSums struct {
	sums [][]*big.Int // [k][c]
	cnt  []int64
}

// classSums scores the reference queries (every stride-th Datanet record)
// under pl's adapter against vecs (pl's Dim-length vectors S_c).
func (pl *Plan) classSums(ctx context.Context, d *datanet.Datanet, vecs []Sketch, stride uint32) (*classSums, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	classes := pl.Model.Layers[len(pl.Model.Layers)-1].Out
	if d.Classes != classes {
		return nil, fmt.Errorf("%w: Datanet has %d classes, model outputs %d", ErrBadInput, d.Classes, classes)
	}
	for c, v := range vecs {
		if len(v) != pl.dim {
			return nil, fmt.Errorf("%w: contributor %d vector has %d values, want %d", ErrBadInput, c, len(v), pl.dim)
		}
	}
	cs := &classSums{sums: make([][]*big.Int, classes), cnt: make([]int64, classes)}
	for k := range cs.sums {
		cs.sums[k] = make([]*big.Int, len(vecs))
		for c := range cs.sums[k] {
			cs.sums[k][c] = new(big.Int)
		}
	}
	i := 0
	for _, con := range d.Contributors {
		for j, e := range con.Examples {
			if i++; (i-1)%int(stride) != 0 {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			trs, err := pl.Model.Forward(ctx, pl.Input(e.Input), pl.Adapter)
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			k := quant.Argmax(quant.Output(trs))
			g, err := pl.Gradient(trs, k)
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			sc, err := Scores(g.Sketch, vecs)
			if err != nil {
				return nil, err
			}
			cs.cnt[k]++
			for c, v := range sc {
				cs.sums[k][c].Add(cs.sums[k][c], v)
			}
		}
	}
	return cs, nil
}

// classTableOf is the class table over the adapters' sums (one per
// adapter): per class k, over the A_k adapters with n_k^(a) > 0,
//
//	C_c[k] = round(β·(1/A_k)·Σ_a Σ^(a)_k,c / n_k^(a) / 2^s),
//
// exact (rationals) with one rounding, half up; 0 when A_k = 0. With one
// adapter this is ⌊(2·β_ppm·Σ + D)/(2D)⌋, D = 10^6·n_k·2^s.
func (pl *Plan) classTableOf(all []*classSums, n int, m Method) ([]Sketch, error) {
	classes := pl.Model.Layers[len(pl.Model.Layers)-1].Out
	out := make([]Sketch, n)
	for c := range out {
		out[c] = make(Sketch, classes)
	}
	lim := new(big.Int).Lsh(big.NewInt(1), ClassBits-1)
	for k := range classes {
		// Σ_a Σ^(a)/n^(a) = num/den over the common denominator den = Π n^(a).
		den := big.NewInt(1)
		var used int64
		for _, cs := range all {
			if cs.cnt[k] > 0 {
				den.Mul(den, big.NewInt(cs.cnt[k]))
				used++
			}
		}
		if used == 0 {
			continue
		}
		// C = ⌊(2·β_ppm·num + D)/(2D)⌋, D = 10^6·den·A_k·2^s.
		dd := new(big.Int).Mul(den, big.NewInt(used*PPM))
		dd.Lsh(dd, pl.P.ClassShift)
		dd2 := new(big.Int).Lsh(dd, 1)
		for c := range n {
			num := new(big.Int)
			for _, cs := range all {
				if cs.cnt[k] > 0 {
					f := new(big.Int).Quo(den, big.NewInt(cs.cnt[k]))
					num.Add(num, f.Mul(f, cs.sums[k][c]))
				}
			}
			num.Mul(num, big.NewInt(2*int64(m.ClassBetaPPM)))
			num.Add(num, dd)
			q := floorDiv(num, dd2)
			if q.Cmp(lim) >= 0 || q.Cmp(new(big.Int).Neg(lim)) < 0 {
				return nil, fmt.Errorf("%w: class term of contributor %d at class %d is %s·2^%d, outside the class range ±2^%d: raise class_shift", ErrBadInput, c, k, q, pl.P.ClassShift, ClassBits-1)
			}
			out[c][k] = q.Int64()
		}
	}
	return out, nil
}

// ClassTable is Plan.ClassTable in float64 (the evaluation's float twin):
// predictions of the float model, float test gradients, vecs the float
// per-contributor vectors, and no rounding: β·m_c[k]/2^s.
func (r *Reference) ClassTable(ctx context.Context, d *datanet.Datanet, vecs [][]float64, m Method) ([][]float64, error) {
	if m.RefStride == 0 || m.ClassBetaPPM == 0 {
		return nil, fmt.Errorf("%w: class term without reference stride or β", ErrBadInput)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	classes := r.layers[len(r.layers)-1].out
	sums := make([][]float64, len(vecs)) // [c][k]
	for c := range sums {
		sums[c] = make([]float64, classes)
	}
	cnt := make([]float64, classes)
	i := 0
	for _, con := range d.Contributors {
		for j, e := range con.Examples {
			if i++; (i-1)%int(m.RefStride) != 0 {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			x := r.Input(e.Input)
			k := argmaxF(r.Predict(x))
			g, err := r.Gradient(x, k)
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			cnt[k]++
			for c, v := range vecs {
				sums[c][k] += dotF64(v, g)
			}
		}
	}
	scale := float64(m.ClassBetaPPM) / PPM / float64(uint64(1)<<r.pl.P.ClassShift)
	for c := range sums {
		for k := range sums[c] {
			if cnt[k] > 0 {
				sums[c][k] *= scale / cnt[k]
			}
		}
	}
	return sums, nil
}

// TestSketch is Plan.TestGradient's sketch in float64: the float test
// gradient at the float model's prediction, followed with the class term
// by 2^s·onehot(prediction).
func (r *Reference) TestSketch(x []float64) ([]float64, error) {
	k := argmaxF(r.Predict(x))
	g, err := r.Gradient(x, k)
	if err != nil {
		return nil, err
	}
	if r.pl.P.ClassSoft {
		return r.softTestSketch(x, g), nil
	}
	if r.pl.classes > 0 {
		ext := make([]float64, r.pl.classes)
		ext[k] = float64(uint64(1) << r.pl.P.ClassShift)
		g = append(g, ext...)
	}
	return g, nil
}

// argmaxF is the first maximum.
func argmaxF(v []float64) int {
	top := 0
	for i, x := range v {
		if x > v[top] {
			top = i
		}
	}
	return top
}
