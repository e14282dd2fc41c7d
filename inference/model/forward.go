package model

import (
	"fmt"
	"math"
	"slices"
)

// LoRA is a float low-rank update of one layer: W = W0 + Scaling·B·A.
type LoRA struct {
	// Module is the layer name; it may be empty, else it must equal the
	// key the LoRA is passed under.
	Module  string
	Rank    int
	Scaling float64
	A       []float32 // [Rank][In]
	B       []float32 // [Out][Rank]
}

// Forward runs the float reference pass: for each layer
// y = act(W0·x + b + s·B(A·x)), with lora keyed by layer name (nil or
// missing entries mean no adapter on that layer). Sums are accumulated in
// float64 and each layer's outputs rounded to float32, so the result does
// not depend on summation order beyond float64 rounding.
func (m *Model) Forward(x []float32, lora map[string]*LoRA) ([]float32, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if err := m.checkLoRA(lora); err != nil {
		return nil, err
	}
	if want := m.Config.Layers[0].In; len(x) != want {
		return nil, fmt.Errorf("input has %d values, model %s wants %d: %w", len(x), m.Config.Name, want, ErrBadInput)
	}
	if i := slices.IndexFunc(x, notFinite); i >= 0 {
		return nil, fmt.Errorf("input element %d is %v: %w", i, x[i], ErrBadInput)
	}
	for _, l := range m.Layers {
		x = l.forward(x, lora[l.Config.Name])
	}
	return x, nil
}

func (l *Linear) forward(x []float32, lo *LoRA) []float32 {
	in, out := l.Config.In, l.Config.Out
	var ax []float64
	if lo != nil {
		ax = make([]float64, lo.Rank)
		for k := range ax {
			ax[k] = dot(lo.A[k*in:(k+1)*in], x)
		}
	}
	y := make([]float32, out)
	for o := range y {
		v := dot(l.W[o*in:(o+1)*in], x) + float64(l.B[o])
		if lo != nil {
			var d float64
			for k, a := range ax {
				d += float64(lo.B[o*lo.Rank+k]) * a
			}
			v += lo.Scaling * d
		}
		y[o] = float32(activate(l.Config.Activation, v))
	}
	return y
}

func dot(w, x []float32) float64 {
	var s float64
	for i, v := range w {
		s += float64(v) * float64(x[i])
	}
	return s
}

func activate(a Activation, v float64) float64 {
	switch a {
	case ActReLU:
		return math.Max(v, 0)
	case ActGELU:
		return 0.5 * v * (1 + math.Erf(v/math.Sqrt2))
	}
	return v
}

// checkLoRA validates every adapter against the layer it names.
func (m *Model) checkLoRA(lora map[string]*LoRA) error {
	for name, lo := range lora {
		if lo == nil {
			continue
		}
		i := slices.IndexFunc(m.Config.Layers, func(lc LayerConfig) bool { return lc.Name == name })
		if i < 0 {
			return fmt.Errorf("LoRA for %q: model %s has no such layer: %w", name, m.Config.Name, ErrBadInput)
		}
		lc := m.Config.Layers[i]
		switch {
		case lo.Module != "" && lo.Module != name:
			return fmt.Errorf("LoRA for %q names module %q: %w", name, lo.Module, ErrBadInput)
		case lo.Rank < 1 || lo.Rank > MaxFeatures:
			return fmt.Errorf("LoRA for %q: rank %d outside [1, %d]: %w", name, lo.Rank, MaxFeatures, ErrBadInput)
		case len(lo.A) != lo.Rank*lc.In:
			return fmt.Errorf("LoRA for %q: A has %d values, want %d×%d: %w", name, len(lo.A), lo.Rank, lc.In, ErrBadInput)
		case len(lo.B) != lc.Out*lo.Rank:
			return fmt.Errorf("LoRA for %q: B has %d values, want %d×%d: %w", name, len(lo.B), lc.Out, lo.Rank, ErrBadInput)
		case math.IsNaN(lo.Scaling) || math.IsInf(lo.Scaling, 0):
			return fmt.Errorf("LoRA for %q: scaling %v: %w", name, lo.Scaling, ErrBadInput)
		}
		if i := slices.IndexFunc(lo.A, notFinite); i >= 0 {
			return fmt.Errorf("LoRA for %q: A element %d is %v: %w", name, i, lo.A[i], ErrBadInput)
		}
		if i := slices.IndexFunc(lo.B, notFinite); i >= 0 {
			return fmt.Errorf("LoRA for %q: B element %d is %v: %w", name, i, lo.B[i], ErrBadInput)
		}
	}
	return nil
}
