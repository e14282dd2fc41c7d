package runtime

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// Weighted is one member of an ensemble.
type Weighted struct {
	Name   string
	Weight float64 // ≥ 0
}

// Request is one inference. Set at most one of Adapter and Ensemble (neither:
// the base model) and exactly one of Input and InputQ.
type Request struct {
	Adapter  string
	Ensemble []Weighted
	// Merged runs the single adapter merged into the base weights.
	Merged bool
	// Input is quantized with quant.QuantizeInput at the model's input
	// exponent; InputQ is used as is.
	Input  []float32
	InputQ []int8
	// Trace asks for the execution trace; only for the base model or a
	// single unmerged adapter (the provable statement).
	Trace bool
	// Key blinds the adapter commitment in the trace and names its owner.
	Key commit.AdapterKey
	// Float also runs the float32 reference path (needs the float model);
	// with InputQ its input is InputQ dequantized.
	Float bool
}

// Result is the outcome of one inference.
type Result struct {
	Output     []int8 // last layer's int8 outputs
	Prediction int    // argmax of Output (first maximum)
	Trace      *trace.Trace
	Float      []float32 // float32 reference outputs, when asked
}

// plan is a request resolved against the registry: what runs, without the
// input, so Evaluate resolves adapters once for many inputs.
type plan struct {
	model   *quant.Model           // integer model (merged weights in merged mode)
	single  *quant.Adapter         // adapter of the single unmerged mode, else nil
	members []*quant.Adapter       // ensemble members with scaled multipliers
	lora    map[string]*model.LoRA // float adapters of the reference path
}

// Infer runs one request.
func (e *Engine) Infer(ctx context.Context, req Request) (*Result, error) {
	p, err := e.prepare(ctx, req)
	if err != nil {
		return nil, err
	}
	return e.run(ctx, p, req)
}

func (e *Engine) prepare(ctx context.Context, req Request) (*plan, error) {
	ens := len(req.Ensemble) > 0
	switch {
	case req.Adapter != "" && ens:
		return nil, fmt.Errorf("%w: request names both an adapter and an ensemble", ErrBadInput)
	case req.Merged && ens:
		return nil, fmt.Errorf("%w: merged mode serves a single adapter, not an ensemble", ErrBadInput)
	case req.Trace && (ens || req.Merged):
		return nil, fmt.Errorf("%w: traces exist only for the base model or a single unmerged adapter", ErrBadInput)
	case req.Float && e.fm == nil:
		return nil, fmt.Errorf("%w: the engine has no float model for the reference path", ErrBadInput)
	}
	p := &plan{model: e.qm}
	switch {
	case ens:
		seen := map[string]bool{}
		var parts []weightedLoRA
		for _, w := range req.Ensemble {
			if w.Name == "" || seen[w.Name] {
				return nil, fmt.Errorf("%w: ensemble member %q is empty or repeated", ErrBadInput, w.Name)
			}
			seen[w.Name] = true
			ld, err := e.adapter(ctx, w.Name)
			if err != nil {
				return nil, err
			}
			s, err := ld.q.ScaleM(w.Weight)
			if err != nil {
				return nil, wrap(err, "ensemble member %q", w.Name)
			}
			p.members = append(p.members, s)
			parts = append(parts, weightedLoRA{ld.float, w.Weight})
		}
		if e.fm != nil {
			p.lora = ensembleLoRA(parts)
		}
	case req.Adapter != "":
		ld, err := e.adapter(ctx, req.Adapter)
		if err != nil {
			return nil, err
		}
		if req.Merged {
			p.model = e.merged(req.Adapter, ld)
		} else {
			p.single = ld.q
		}
		p.lora = ld.float
	}
	return p, nil
}

// inputs returns the int8 input and, when the float path runs, the float one.
func (e *Engine) inputs(req Request) ([]int8, []float32, error) {
	in := e.qm.Layers[0].In
	switch {
	case req.Input != nil && req.InputQ != nil:
		return nil, nil, fmt.Errorf("%w: request has both Input and InputQ", ErrBadInput)
	case req.Input != nil:
		if len(req.Input) != in {
			return nil, nil, fmt.Errorf("%w: input has %d values, model wants %d", ErrBadInput, len(req.Input), in)
		}
		for i, v := range req.Input {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return nil, nil, fmt.Errorf("%w: input element %d is %v", ErrBadInput, i, v)
			}
		}
		return quant.QuantizeInput(req.Input, e.qm.InputExp), req.Input, nil
	case req.InputQ != nil:
		if len(req.InputQ) != in {
			return nil, nil, fmt.Errorf("%w: input has %d values, model wants %d", ErrBadInput, len(req.InputQ), in)
		}
		var xf []float32
		if req.Float {
			xf = quant.Dequantize(req.InputQ, e.qm.InputExp)
		}
		return append([]int8(nil), req.InputQ...), xf, nil
	}
	return nil, nil, fmt.Errorf("%w: request has no input", ErrBadInput)
}

func (e *Engine) run(ctx context.Context, p *plan, req Request) (*Result, error) {
	x, xf, err := e.inputs(req)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	if p.members != nil {
		if res.Output, err = ensembleForward(ctx, e.qm, x, p.members); err != nil {
			return nil, wrap(err, "ensemble")
		}
	} else {
		trs, err := p.model.Forward(ctx, x, p.single)
		if err != nil {
			return nil, wrap(err, "forward")
		}
		res.Output = quant.Output(trs)
		if req.Trace {
			if res.Trace, err = trace.New(e.qm, p.single, req.Key, x, trs); err != nil {
				return nil, fmt.Errorf("runtime: %w", err)
			}
		}
	}
	res.Prediction = quant.Argmax(res.Output)
	if req.Float {
		if res.Float, err = e.fm.Forward(xf, p.lora); err != nil {
			return nil, wrap(err, "float reference")
		}
	}
	return res, nil
}

type weightedLoRA struct {
	lora   map[string]*model.LoRA
	weight float64
}

// ensembleLoRA expresses Σ_i w_i·s_i·B_i·A_i per layer as one float LoRA of
// rank Σ r_i: A stacks the A_i, B places the w_i·s_i·B_i side by side, and
// the scaling is 1.
func ensembleLoRA(parts []weightedLoRA) map[string]*model.LoRA {
	type scaled struct {
		l *model.LoRA
		f float64 // w_i·s_i
	}
	byLayer := map[string][]scaled{}
	for _, p := range parts {
		for name, l := range p.lora {
			byLayer[name] = append(byLayer[name], scaled{l, p.weight * l.Scaling})
		}
	}
	out := make(map[string]*model.LoRA, len(byLayer))
	for name, ls := range byLayer {
		rank := 0
		for _, s := range ls {
			rank += s.l.Rank
		}
		nOut := len(ls[0].l.B) / ls[0].l.Rank
		c := &model.LoRA{Module: name, Rank: rank, Scaling: 1, B: make([]float32, nOut*rank)}
		off := 0
		for _, s := range ls {
			c.A = append(c.A, s.l.A...)
			for o := 0; o < nOut; o++ {
				for t := 0; t < s.l.Rank; t++ {
					c.B[o*rank+off+t] = float32(s.f * float64(s.l.B[o*s.l.Rank+t]))
				}
			}
			off += s.l.Rank
		}
		out[name] = c
	}
	return out
}
