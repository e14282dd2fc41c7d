package quant

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// FromModel quantizes a float model with the calibration in its config.
func FromModel(m *model.Model) (*Model, error) {
	q := m.Config.Quantization
	if q == nil {
		return nil, fmt.Errorf("%w: model %q: config.json has no \"quantization\" section", ErrBadInput, m.Config.Name)
	}
	if q.Scheme != Scheme {
		return nil, fmt.Errorf("%w: model %q: quantization scheme %q, want %q", ErrBadInput, m.Config.Name, q.Scheme, Scheme)
	}
	if len(q.ActivationExponents) != len(m.Layers) {
		return nil, fmt.Errorf("%w: model %q: %d activation exponents for %d layers", ErrBadInput, m.Config.Name, len(q.ActivationExponents), len(m.Layers))
	}
	out := &Model{Name: m.Config.Name, InputExp: q.InputExponent}
	inExp := q.InputExponent
	for i, l := range m.Layers {
		cfg := l.Config
		if cfg.Type != "linear" {
			return nil, fmt.Errorf("%w: layer %s: type %q has no fixed-point recipe yet", ErrBadInput, cfg.Name, cfg.Type)
		}
		act, err := ParseActivation(string(cfg.Activation))
		if err != nil {
			return nil, fmt.Errorf("layer %s: %w", cfg.Name, err)
		}
		w, wExp, err := QuantizeTensor(l.W)
		if err != nil {
			return nil, fmt.Errorf("%w: layer %s weight: %v", ErrBadInput, cfg.Name, err)
		}
		outExp := q.ActivationExponents[i]
		k := inExp + wExp - outExp
		if k < 1 || k > MaxShift {
			return nil, fmt.Errorf("%w: layer %s: requantization shift %d = %d+%d−%d outside [1, %d]; recalibrate the activation exponent", ErrBadInput, cfg.Name, k, inExp, wExp, outExp, MaxShift)
		}
		bias := make([]int32, cfg.Out)
		for j := range bias {
			var b float64
			if l.B != nil {
				b = float64(l.B[j])
			}
			v := math.RoundToEven(math.Ldexp(b, inExp+wExp))
			if math.IsNaN(v) || math.Abs(v) > 1<<30 {
				return nil, fmt.Errorf("%w: layer %s: bias %d = %v does not fit the accumulator", ErrBadInput, cfg.Name, j, b)
			}
			bias[j] = int32(v)
		}
		ql := Layer{
			Name: cfg.Name, In: cfg.In, Out: cfg.Out, W: w, Bias: bias,
			WExp: wExp, InExp: inExp, OutExp: outExp, Shift: uint(k), Act: act,
		}
		if act == ActGELU {
			ql.GELU = GELUTable(outExp)
		}
		if _, err := ql.LayerBounds(0); err != nil {
			return nil, err
		}
		out.Layers = append(out.Layers, ql)
		inExp = outExp
	}
	return out, nil
}

// FromPEFT quantizes a PEFT LoRA adapter for model m. Every adapter module
// must name a layer of m with matching dimensions.
func FromPEFT(m *Model, a *peft.Adapter, name string) (*Adapter, error) {
	out := &Adapter{Name: name}
	seen := map[int]bool{}
	for _, mod := range a.Modules {
		li := -1
		for i := range m.Layers {
			if m.Layers[i].Name == mod.Name {
				li = i
			}
		}
		if li < 0 {
			return nil, fmt.Errorf("%w: adapter module %q is not a layer of model %q", ErrBadInput, mod.Name, m.Name)
		}
		if seen[li] {
			return nil, fmt.Errorf("%w: adapter module %q appears twice", ErrBadInput, mod.Name)
		}
		seen[li] = true
		l := &m.Layers[li]
		if mod.In != l.In || mod.Out != l.Out {
			return nil, fmt.Errorf("%w: adapter module %q is %d→%d, layer is %d→%d", ErrBadInput, mod.Name, mod.In, mod.Out, l.In, l.Out)
		}
		al, err := QuantizeLoRA(l, li, mod.Rank, mod.Scaling, mod.A, mod.B)
		if err != nil {
			return nil, fmt.Errorf("adapter module %q: %w", mod.Name, err)
		}
		out.Layers = append(out.Layers, *al)
	}
	sortAdapterLayers(out.Layers)
	return out, nil
}

// QuantizeLoRA quantizes one LoRA module (A [rank][In], B [Out][rank],
// scaling s) for layer l (index li).
func QuantizeLoRA(l *Layer, li, rank int, scaling float64, a, b []float32) (*AdapterLayer, error) {
	if rank < 1 || len(a) != rank*l.In || len(b) != l.Out*rank {
		return nil, fmt.Errorf("%w: rank %d with |A| = %d, |B| = %d for a %d→%d layer", ErrBadInput, rank, len(a), len(b), l.In, l.Out)
	}
	if !(scaling >= 0) || math.IsInf(scaling, 0) {
		return nil, fmt.Errorf("%w: scaling %v", ErrBadInput, scaling)
	}
	qa, aExp, err := QuantizeTensor(a)
	if err != nil {
		return nil, fmt.Errorf("lora_A: %w", err)
	}
	qb, bExp, err := QuantizeTensor(b)
	if err != nil {
		return nil, fmt.Errorf("lora_B: %w", err)
	}
	mf := math.RoundToEven(math.Ldexp(scaling, l.WExp-aExp-bExp+AdapterShift))
	if allZero(qa) || allZero(qb) {
		// B·A = 0 (a fresh PEFT adapter has lora_B = 0): δ is 0 whatever M
		// is, and the exponents of a zero tensor say nothing about its
		// scale, so M = s·2^(…) may not even fit. M = 0 states the same
		// statement and keeps every bound.
		mf = 0
	}
	if mf >= 1<<32 {
		return nil, fmt.Errorf("%w: adapter multiplier %.0f ≥ 2^32 (scaling %v too large for weight exponent %d)", ErrBadInput, mf, scaling, l.WExp)
	}
	al := &AdapterLayer{Layer: li, Rank: rank, A: qa, B: qb, AExp: aExp, BExp: bExp, M: uint32(mf)}
	if _, err := l.LayerBounds(rank); err != nil {
		return nil, err
	}
	return al, nil
}

func sortAdapterLayers(ls []AdapterLayer) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && ls[j].Layer < ls[j-1].Layer; j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

func allZero(v []int8) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
