package runtime

import (
	"context"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/models"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// Names of the embedded demo model and adapter, as Load names them.
const (
	EmbeddedModelName   = "embedded:mnist-mlp"
	EmbeddedAdapterName = "embedded:mnist-rot90-lora"
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

// Load loads the model directory modelDir and, with withAdapter, the PEFT
// adapter directory adapterDir. An empty directory means the embedded demo
// model or adapter. A model names itself by its config's name, else by its
// directory; an adapter by its directory. Every error wraps errs.ErrBadInput.
func Load(modelDir, adapterDir string, withAdapter bool) (*Stack, error) {
	s := &Stack{}
	var err error
	if modelDir != "" {
		s.Float, err = model.Load(modelDir)
		s.ModelName = filepath.Base(filepath.Clean(modelDir))
	} else {
		s.Float, err = models.MNISTBase()
		s.ModelName = EmbeddedModelName
	}
	if err != nil {
		return nil, errs.BadInput("base model: %w", err)
	}
	if s.Float.Config.Name != "" {
		s.ModelName = s.Float.Config.Name
	}
	if s.Model, err = quant.FromModel(s.Float); err != nil {
		return nil, errs.BadInput("base model %s: %w", s.ModelName, err)
	}
	if !withAdapter {
		return s, nil
	}
	if adapterDir != "" {
		s.PEFT, err = peft.Load(adapterDir)
		s.AdapterName = filepath.Base(filepath.Clean(adapterDir))
	} else {
		s.PEFT, err = models.MNISTAdapter()
		s.AdapterName = EmbeddedAdapterName
	}
	if err != nil {
		return nil, errs.BadInput("adapter: %w", err)
	}
	if s.Adapter, err = quant.FromPEFT(s.Model, s.PEFT, s.AdapterName); err != nil {
		return nil, errs.BadInput("adapter %s: %w", s.AdapterName, err)
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
// the adapter committed with salt.
func (s *Stack) Trace(ctx context.Context, x []int8, salt fr.Element) (*trace.Trace, error) {
	layers, err := s.Model.Forward(ctx, x, s.Adapter)
	if err != nil {
		return nil, errs.BadInput("inference: %w", err)
	}
	return trace.New(s.Model, s.Adapter, salt, x, layers)
}
