package influence

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// Reference is the float64 twin of a Plan: the same method and projections
// on the float model and adapter, with sketches in the same units (real
// gradient entries × 2^G), so the two can be compared entry by entry.
type Reference struct {
	pl     *Plan
	layers []refLayer
}

type refLayer struct {
	in, out int
	relu    bool
	w, b    []float64
	lora    *peft.Module // nil when not adapted
}

// NewReference pairs pl with the float model and PEFT adapter it was
// quantized from.
func NewReference(pl *Plan, m *model.Model, a *peft.Adapter) (*Reference, error) {
	if len(m.Layers) != len(pl.Model.Layers) {
		return nil, fmt.Errorf("%w: float model has %d layers, plan %d", ErrBadInput, len(m.Layers), len(pl.Model.Layers))
	}
	r := &Reference{pl: pl}
	for i, l := range m.Layers {
		rl := refLayer{in: l.Config.In, out: l.Config.Out, relu: l.Config.Activation == model.ActReLU, w: f64(l.W), b: f64(l.B)}
		if mod, ok := a.Module(l.Config.Name); ok {
			rl.lora = mod
		}
		if (rl.lora != nil) != (pl.block(i) != nil) {
			return nil, fmt.Errorf("%w: layer %s: float and quantized adapters differ", ErrBadInput, l.Config.Name)
		}
		r.layers = append(r.layers, rl)
	}
	return r, nil
}

func f64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// Input converts Datanet bytes to the real input v/255.
func (r *Reference) Input(in []uint8) []float64 {
	x := make([]float64, len(in))
	for i, v := range in {
		x[i] = float64(float32(v) / 255)
	}
	return x
}

// Forward returns every layer's input, pre-activation output and A·x.
func (r *Reference) forward(x []float64) (xs, zs, hs [][]float64) {
	for _, l := range r.layers {
		xs = append(xs, x)
		z := make([]float64, l.out)
		var h []float64
		if l.lora != nil {
			h = make([]float64, l.lora.Rank)
			for t := range h {
				h[t] = dotF(l.lora.A[t*l.in:(t+1)*l.in], x)
			}
		}
		for i := range z {
			z[i] = l.b[i] + dotF64(l.w[i*l.in:(i+1)*l.in], x)
			if h != nil {
				z[i] += l.lora.Scaling * dotF(l.lora.B[i*l.lora.Rank:(i+1)*l.lora.Rank], h)
			}
		}
		zs, hs = append(zs, z), append(hs, h)
		next := make([]float64, l.out)
		for i, v := range z {
			if l.relu {
				v = math.Max(v, 0)
			}
			next[i] = v
		}
		x = next
	}
	return xs, zs, hs
}

func dotF(a []float32, x []float64) float64 {
	var s float64
	for i, v := range a {
		s += float64(v) * x[i]
	}
	return s
}

func dotF64(a, x []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * x[i]
	}
	return s
}

// Predict returns the float model's logits.
func (r *Reference) Predict(x []float64) []float64 {
	_, zs, _ := r.forward(x)
	return zs[len(zs)-1]
}

// Loss returns the cross-entropy of the float model at label.
func (r *Reference) Loss(x []float64, label int) float64 {
	z := r.Predict(x)
	m := z[0]
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return math.Log(s) - (z[label] - m)
}

// Gradient returns the float sketch of the loss at label.
func (r *Reference) Gradient(x []float64, label int) ([]float64, error) {
	xs, zs, hs := r.forward(x)
	L := len(r.layers)
	z := zs[L-1]
	if label < 0 || label >= len(z) {
		return nil, fmt.Errorf("%w: label %d outside [0, %d)", ErrBadInput, label, len(z))
	}
	m := z[0]
	for _, v := range z {
		m = math.Max(m, v)
	}
	d := make([]float64, len(z))
	var sum float64
	for i, v := range z {
		d[i] = math.Exp(v - m)
		sum += d[i]
	}
	for i := range d {
		d[i] /= sum
	}
	d[label]--
	sk := make([]float64, r.pl.dim)
	K, G := r.pl.P.K, math.Ldexp(1, int(r.pl.P.SketchBits))
	first := r.pl.Blocks[0].Layer
	for l := L - 1; l >= first; l-- {
		rl := &r.layers[l]
		var u []float64
		if rl.lora != nil {
			b := r.pl.block(l)
			rank, s := rl.lora.Rank, rl.lora.Scaling
			u = make([]float64, rank)
			for t := range u {
				for i, di := range d {
					u[t] += float64(rl.lora.B[i*rank+t]) * di
				}
			}
			for k := range K {
				var pd, px float64
				for i, di := range d {
					pd += float64(b.POut[k*b.Out+i]) * di
				}
				for j, xj := range xs[l] {
					px += float64(b.PIn[k*b.In+j]) * xj
				}
				for t := range rank {
					sk[b.Offset+k*rank+t] += s * pd * hs[l][t] * G
					sk[b.Offset+K*rank+t*K+k] += s * u[t] * px * G
				}
			}
		}
		if l == first {
			break
		}
		prev := make([]float64, rl.in)
		for j := range prev {
			if r.layers[l-1].relu && zs[l-1][j] <= 0 {
				continue
			}
			var g float64
			for i, di := range d {
				g += rl.w[i*rl.in+j] * di
			}
			if rl.lora != nil {
				for t, ut := range u {
					g += rl.lora.Scaling * float64(rl.lora.A[t*rl.in+j]) * ut
				}
			}
			prev[j] = g
		}
		d = prev
	}
	return sk, nil
}

// ScoresFloat returns ⟨S_c, T⟩ in float64.
func ScoresFloat(test []float64, contrib [][]float64) []float64 {
	out := make([]float64, len(contrib))
	for c, s := range contrib {
		out[c] = dotF64(s, test)
	}
	return out
}

// WeightsFloat is Weights on float scores (same rule, float arithmetic).
func WeightsFloat(scores []float64) []uint32 {
	var total float64
	top := -1
	for c, s := range scores {
		if s > 0 {
			total += s
			if top < 0 || s > scores[top] {
				top = c
			}
		}
	}
	w := make([]uint32, len(scores))
	if top < 0 {
		return w
	}
	var sum uint32
	for c, s := range scores {
		if s > 0 {
			w[c] = uint32(math.Min(math.Floor(PPM*s/total), PPM))
			sum += w[c]
		}
	}
	if sum > PPM { // float rounding of the total: take the excess from the top
		w[top] -= sum - PPM
	} else {
		w[top] += PPM - sum
	}
	return w
}

// Contributors is Plan.Contributors in float64: the sum of each contributor's
// example sketches scaled to length 2^U.
func (r *Reference) Contributors(ctx context.Context, d *datanet.Datanet) ([][]float64, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	U := math.Ldexp(1, int(r.pl.P.NormBits))
	out := make([][]float64, len(d.Contributors))
	for c, con := range d.Contributors {
		sum := make([]float64, r.pl.dim)
		for j, e := range con.Examples {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			g, err := r.Gradient(r.Input(e.Input), int(e.Label))
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			n := math.Sqrt(dotF64(g, g))
			if n == 0 {
				continue
			}
			for i, v := range g {
				sum[i] += U * v / n
			}
		}
		out[c] = sum
	}
	return out, nil
}
