package enginetrace

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// QuantAdapter quantizes a PEFT adapter for the trace with quant.QuantizeLoRA:
// module i of the trace becomes AdapterLayer{Layer: i}, quantized against the
// module's weight exponent. Every trace module must be in the adapter with
// the same shape and rank; adapter modules the trace does not use are ignored.
func QuantAdapter(t *Trace, a *peft.Adapter, name string) (*quant.Adapter, error) {
	out := &quant.Adapter{Name: name, Layers: make([]quant.AdapterLayer, len(t.Modules))}
	for i := range t.Modules {
		m := &t.Modules[i]
		pm, err := a.Find(m.Name) // with or without GPT-2's "transformer." prefix
		if err != nil {
			return nil, fmt.Errorf("%w: adapter %q: %v", ErrMismatch, name, err)
		}
		if pm.In != m.In || pm.Out != m.Out || pm.Rank != m.Rank {
			return nil, fmt.Errorf("%w: module %q is %d→%d rank %d in the trace, %d→%d rank %d in adapter %q",
				ErrMismatch, m.Name, m.In, m.Out, m.Rank, pm.In, pm.Out, pm.Rank, name)
		}
		l := m.Layer()
		al, err := quant.QuantizeLoRA(&l, i, pm.Rank, pm.Scaling, pm.A, pm.B)
		if err != nil {
			return nil, fmt.Errorf("module %q: %w", m.Name, err)
		}
		out.Layers[i] = *al
	}
	return out, nil
}

// adapterFor returns the adapter layer of module i, checking its shape.
func adapterFor(t *Trace, a *quant.Adapter, i int) (*quant.AdapterLayer, error) {
	m := &t.Modules[i]
	al := a.ForLayer(i)
	if al == nil {
		return nil, fmt.Errorf("%w: adapter has no layer for module %d (%q)", ErrMismatch, i, m.Name)
	}
	if al.Rank != m.Rank || len(al.A) != m.Rank*m.In || len(al.B) != m.Out*m.Rank {
		return nil, fmt.Errorf("%w: module %q: adapter layer has rank %d, |A| = %d, |B| = %d", ErrMismatch, m.Name, al.Rank, len(al.A), len(al.B))
	}
	return al, nil
}

// Delta computes one token's Δy for module m (see the package doc) into dst
// (len m.Out). It fails if a value does not fit int32.
func Delta(m *Module, al *quant.AdapterLayer, x []int8, dst []int32) error {
	if len(x) != m.In || len(dst) != m.Out || len(al.A) != al.Rank*m.In || len(al.B) != m.Out*al.Rank {
		return fmt.Errorf("%w: module %q: delta of |x| = %d into %d outputs with rank %d", ErrBadInput, m.Name, len(x), len(dst), al.Rank)
	}
	l := m.Layer()
	h := make([]int64, al.Rank)
	for t := range h {
		var s int64
		for j, v := range al.A[t*m.In : (t+1)*m.In] {
			s += int64(v) * int64(x[j])
		}
		h[t] = s
	}
	for i := range dst {
		var d int64
		for t, b := range al.B[i*al.Rank : (i+1)*al.Rank] {
			d += int64(b) * h[t]
		}
		q, _ := l.Requantize(0, d, al.M, true)
		if q < math.MinInt32 || q > math.MaxInt32 {
			return fmt.Errorf("%w: module %q output %d: Δy = %d does not fit int32 (raise delta_exp's shift)", ErrBadInput, m.Name, i, q)
		}
		dst[i] = int32(q)
	}
	return nil
}

// FillDeltas computes every module's Δy from the adapter (module i uses
// a.ForLayer(i)), for engines that record only x.
func (t *Trace) FillDeltas(ctx context.Context, a *quant.Adapter) error {
	return t.deltas(ctx, a, func(i, tok int, want []int32) error {
		copy(t.Modules[i].Delta[tok*t.Modules[i].Out:], want)
		return nil
	}, true)
}

// Check recomputes every Δy from the adapter and reports the first
// difference as ErrMismatch naming the module, token and output.
func (t *Trace) Check(ctx context.Context, a *quant.Adapter) error {
	return t.deltas(ctx, a, func(i, tok int, want []int32) error {
		m := &t.Modules[i]
		got := m.Delta[tok*m.Out : (tok+1)*m.Out]
		for j := range want {
			if got[j] != want[j] {
				return fmt.Errorf("%w: module %q token %d delta[%d] = %d, the adapter gives %d", ErrMismatch, m.Name, tok, j, got[j], want[j])
			}
		}
		return nil
	}, false)
}

func (t *Trace) deltas(ctx context.Context, a *quant.Adapter, f func(i, tok int, want []int32) error, alloc bool) error {
	if a == nil {
		return fmt.Errorf("%w: no adapter", ErrMismatch)
	}
	if alloc {
		for i := range t.Modules {
			if m := &t.Modules[i]; len(m.Delta) != t.Tokens*m.Out {
				m.Delta = make([]int32, t.Tokens*m.Out)
			}
		}
	}
	if err := t.Validate(); err != nil {
		return err
	}
	if len(a.Layers) != len(t.Modules) {
		return fmt.Errorf("%w: adapter has %d layers, trace %d modules", ErrMismatch, len(a.Layers), len(t.Modules))
	}
	for i := range t.Modules {
		m := &t.Modules[i]
		al, err := adapterFor(t, a, i)
		if err != nil {
			return err
		}
		want := make([]int32, m.Out)
		for tok := 0; tok < t.Tokens; tok++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := Delta(m, al, m.Token(tok), want); err != nil {
				return err
			}
			if err := f(i, tok, want); err != nil {
				return err
			}
		}
	}
	return nil
}

// FromForward builds the engine trace of openproof's own runtime: passes
// holds one quant.Model.Forward result per token, all with adapter a. Each
// adapted layer becomes a module named after the layer, with x the layer
// input, w_exp the layer's weight exponent and delta_exp its output exponent
// (so k is the layer's shift). It returns the trace and the adapter
// re-indexed by module (Layer = module index), the form the delta prover takes.
func FromForward(m *quant.Model, a *quant.Adapter, modelID, adapterID string, passes [][]*quant.LayerTrace) (*Trace, *quant.Adapter, error) {
	if a == nil || len(a.Layers) == 0 {
		return nil, nil, fmt.Errorf("%w: no adapted layers", ErrBadInput)
	}
	if len(passes) == 0 {
		return nil, nil, fmt.Errorf("%w: no tokens", ErrBadInput)
	}
	t := &Trace{ModelID: modelID, AdapterID: adapterID, Tokens: len(passes)}
	re := &quant.Adapter{Name: a.Name}
	for k, al := range a.Layers {
		if al.Layer < 0 || al.Layer >= len(m.Layers) {
			return nil, nil, fmt.Errorf("%w: adapter layer %d outside the model", ErrBadInput, al.Layer)
		}
		l := &m.Layers[al.Layer]
		mod := Module{Name: l.Name, In: l.In, Out: l.Out, Rank: al.Rank, XExp: l.InExp, WExp: l.WExp, DeltaExp: l.OutExp,
			X: make([]int8, 0, len(passes)*l.In), Delta: make([]int32, len(passes)*l.Out)}
		for tok, p := range passes {
			if len(p) != len(m.Layers) || len(p[al.Layer].X) != l.In {
				return nil, nil, fmt.Errorf("%w: token %d: pass does not match the model", ErrBadInput, tok)
			}
			mod.X = append(mod.X, p[al.Layer].X...)
		}
		t.Modules = append(t.Modules, mod)
		c := al
		c.Layer = k
		re.Layers = append(re.Layers, c)
	}
	if err := t.FillDeltas(context.Background(), re); err != nil {
		return nil, nil, err
	}
	// The runtime computed δ itself: cross-check it against the recomputation.
	for k, al := range a.Layers {
		mod := &t.Modules[k]
		lq := mod.Layer()
		for tok, p := range passes {
			lt := p[al.Layer]
			if len(lt.Delta) != mod.Out {
				return nil, nil, fmt.Errorf("%w: token %d layer %q: pass has no adapter delta", ErrBadInput, tok, mod.Name)
			}
			for j, d := range lt.Delta {
				if q, _ := lq.Requantize(0, d, al.M, true); q != int64(mod.Delta[tok*mod.Out+j]) {
					return nil, nil, fmt.Errorf("%w: token %d layer %q output %d: pass delta disagrees with the adapter", ErrMismatch, tok, mod.Name, j)
				}
			}
		}
	}
	return t, re, nil
}
