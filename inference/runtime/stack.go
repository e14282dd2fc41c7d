package runtime

import (
	"context"
	"path/filepath"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// Stack is a base model with an optional adapter, in float and fixed point:
// what one provable inference runs on.
type Stack struct {
	ModelName string
	Float     *model.Model
	Model     *quant.Model

	AdapterName string
	PEFT        *peft.Adapter
	Adapter     *quant.Adapter // nil: the base model alone
}

// Shape is the adapter's rank per layer (all zero without an adapter).
func (s *Stack) Shape() []int { return s.Adapter.Shape(len(s.Model.Layers)) }

// LoadStack loads the model directory modelDir and, with withAdapter, the PEFT
// adapter directory adapterDir (see NewStack). Package demo's LoadStack also
// accepts empty names for the embedded demo model and adapter.
func LoadStack(modelDir, adapterDir string, withAdapter bool) (*Stack, error) {
	if modelDir == "" || (withAdapter && adapterDir == "") {
		return nil, errs.BadInput("runtime: empty model or adapter directory name")
	}
	float, err := model.Load(modelDir)
	if err != nil {
		return nil, errs.BadInput("base model: %w", err)
	}
	var pa *peft.Adapter
	if withAdapter {
		if pa, err = peft.Load(adapterDir); err != nil {
			return nil, errs.BadInput("adapter: %w", err)
		}
	}
	return NewStack(float, filepath.Base(filepath.Clean(modelDir)), pa, filepath.Base(filepath.Clean(adapterDir)))
}

// NewStack quantizes a float base model and an optional PEFT adapter (nil: the
// base model alone) into a stack. A model names itself by its config's name,
// else by modelName; the adapter is named adapterName. Every error wraps
// errs.ErrBadInput.
func NewStack(float *model.Model, modelName string, pa *peft.Adapter, adapterName string) (*Stack, error) {
	s := &Stack{Float: float, ModelName: modelName}
	if float.Config.Name != "" {
		s.ModelName = float.Config.Name
	}
	var err error
	if s.Model, err = quant.FromModel(float); err != nil {
		return nil, errs.BadInput("base model %s: %w", s.ModelName, err)
	}
	if pa == nil {
		return s, nil
	}
	s.PEFT, s.AdapterName = pa, adapterName
	if s.Adapter, err = quant.FromPEFT(s.Model, pa, adapterName); err != nil {
		return nil, errs.BadInput("adapter %s: %w", adapterName, err)
	}
	return s, nil
}

// WithTrace returns the stack of s's base model with the adapter a trace
// carries (none when the trace has none), after checking the trace against
// the base model by re-running it (trace.Check). Errors wrap errs.ErrBadInput.
func (s *Stack) WithTrace(ctx context.Context, t *trace.Trace) (*Stack, error) {
	if err := t.Check(ctx, s.Model); err != nil {
		return nil, errs.BadInput("%w", err)
	}
	out := &Stack{ModelName: s.ModelName, Float: s.Float, Model: s.Model}
	if t.Adapter == nil {
		return out, nil
	}
	qa, _, err := t.QuantAdapter()
	if err != nil {
		return nil, errs.BadInput("%w", err)
	}
	out.Adapter, out.AdapterName = qa, t.Adapter.Name
	return out, nil
}

// Trace runs the fixed-point forward pass of s on x and records its trace,
// the adapter committed under key.
func (s *Stack) Trace(ctx context.Context, x []int8, key commit.AdapterKey) (*trace.Trace, error) {
	layers, err := s.Model.Forward(ctx, x, s.Adapter)
	if err != nil {
		return nil, errs.BadInput("inference: %w", err)
	}
	return trace.New(s.Model, s.Adapter, key, x, layers)
}
