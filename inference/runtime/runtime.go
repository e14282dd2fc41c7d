// Package runtime serves many LoRA adapters on one base model, as OpenLoRA
// does: an adapter registry, an LRU cache of quantized adapters and merged
// layers under a memory budget, single-adapter, ensemble and merged inference,
// execution traces for the provable mode, and the float32 reference path.
//
// Every integer comes from inference/quant (the recipe the circuit proves);
// this package only decides which adapters enter which layer.
//
// # Modes
//
//   - Base (Request.Adapter == ""): the plain recipe, y = requant(b + W0·x).
//   - Single adapter: quant's adapted recipe. This is the provable statement
//     and the only mode that can return a trace.
//   - Ensemble: y = W0·x + Σ_i w_i·s_i·B_i(A_i·x), in integers. Each member's
//     multiplier is scaled with quant's ScaleM (M_i' = round(w_i·M_i)), and all
//     members enter ONE requantization: q = floor((acc·2^32 + Σ_i δ_i·M_i' +
//     2^(k+31)) / 2^(k+32)). This sum is the ensemble extension of the recipe,
//     computed here with math/big (quant's Requantize takes one δ·M). An
//     ensemble of one adapter with weight 1 is bit for bit the single-adapter
//     path.
//   - Merged: W' = W0 + s·B·A is materialized per adapted layer with
//     quant.MergeLayer (int8 at W0's exponent, rounded half up, clamped to
//     [−128, 127]) and the plain base recipe runs on W'.
//
// # Merged versus unmerged
//
// For one adapted layer and the same int8 input x, let acc_u = b + W0·x +
// δ·M/2^32 be the exact accumulator that the unmerged recipe rounds once, and
// acc_m = b + W'·x the merged one. Each merged weight carries a rounding
// error e_ij ∈ [−½, ½), and Σ_j (BA)_ij·x_j = δ_i, so when no merged weight
// saturates
//
//	|acc_m − acc_u| = |Σ_j e_ij·x_j| ≤ ½·Σ_j |x_j|   (in accumulator units)
//
// and, after both are requantized by 2^k (round half up) and clamped,
// |y_m − y_u| ≤ ⌈Σ_j |x_j| / 2^(k+1)⌉. Later layers see different inputs, so
// the differences propagate; the tests measure the fraction of identical
// outputs and predictions.
//
// # Cache
//
// Options.CacheBytes bounds the bytes of cached adapter payload (int8 A and
// B, plus the float32 A and B kept for the reference path) and merged weights.
// The least recently used entry is evicted first; an evicted adapter is
// re-read from its directory on its next use and must quantize to the same
// integers as when it was loaded (else ErrChanged). An adapter larger than the
// whole budget is refused at Load (ErrTooLarge); merged weights larger than
// the budget are computed for the request and not cached. An Engine is safe
// for concurrent use.
package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

var (
	// ErrBadInput marks bad requests, model and adapter files. Errors from
	// model, peft and quant that are bad input also wrap it.
	ErrBadInput = fmt.Errorf("runtime: %w", errs.ErrBadInput)
	// ErrNotFound marks an adapter name that is not loaded.
	ErrNotFound = fmt.Errorf("runtime: adapter not loaded: %w", errs.ErrBadInput)
	// ErrTooLarge marks an adapter that does not fit the cache budget; it
	// also wraps ErrBadInput.
	ErrTooLarge = errors.New("runtime: adapter larger than the cache budget")
	// ErrChanged marks an evicted adapter whose directory no longer holds
	// the adapter that was loaded.
	ErrChanged = errors.New("runtime: adapter files changed since Load")
)

// Options configure an Engine.
type Options struct {
	// CacheBytes is the memory budget of the adapter cache; 0 means
	// unlimited.
	CacheBytes int64
}

// Engine runs one base model with any number of registered adapters.
type Engine struct {
	qm *quant.Model
	fm *model.Model // nil: no float reference path

	// readPEFT reads an adapter directory; tests replace it.
	readPEFT func(dir string) (*peft.Adapter, error)

	mu    sync.Mutex
	reg   map[string]*registered
	cache *lru
}

// New returns an engine over the quantized model qm and, optionally, the float
// model fm it was quantized from (nil disables the float32 reference path).
func New(qm *quant.Model, fm *model.Model, opts Options) (*Engine, error) {
	if qm == nil || len(qm.Layers) == 0 {
		return nil, fmt.Errorf("%w: empty quantized model", ErrBadInput)
	}
	if opts.CacheBytes < 0 {
		return nil, fmt.Errorf("%w: negative cache budget %d", ErrBadInput, opts.CacheBytes)
	}
	if fm != nil {
		if err := fm.Validate(); err != nil {
			return nil, fmt.Errorf("%w: float model: %w", ErrBadInput, err)
		}
		if len(fm.Layers) != len(qm.Layers) {
			return nil, fmt.Errorf("%w: float model has %d layers, quantized %d", ErrBadInput, len(fm.Layers), len(qm.Layers))
		}
		for i, l := range fm.Layers {
			ql := &qm.Layers[i]
			if l.Config.Name != ql.Name || l.Config.In != ql.In || l.Config.Out != ql.Out {
				return nil, fmt.Errorf("%w: layer %d: float %s %d→%d, quantized %s %d→%d", ErrBadInput, i,
					l.Config.Name, l.Config.In, l.Config.Out, ql.Name, ql.In, ql.Out)
			}
		}
	}
	return &Engine{
		qm: qm, fm: fm, readPEFT: peft.Load,
		reg:   map[string]*registered{},
		cache: newLRU(opts.CacheBytes),
	}, nil
}

// Open loads the model directory (config.json with its quantization section,
// model.safetensors) and returns an engine with the float reference path.
func Open(dir string, opts Options) (*Engine, error) {
	fm, err := model.Load(dir)
	if err != nil {
		return nil, wrap(err, "model %s", dir)
	}
	qm, err := quant.FromModel(fm)
	if err != nil {
		return nil, wrap(err, "model %s", dir)
	}
	return New(qm, fm, opts)
}

// Model returns the quantized base model (read only).
func (e *Engine) Model() *quant.Model { return e.qm }

// wrap adds ErrBadInput to errors that the lower packages classify as bad
// input (or a missing file), so callers need only this package's sentinel.
func wrap(err error, format string, args ...any) error {
	what := fmt.Sprintf(format, args...)
	if errors.Is(err, model.ErrBadInput) || errors.Is(err, quant.ErrBadInput) ||
		errors.Is(err, peft.ErrBadInput) || errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s: %w", ErrBadInput, what, err)
	}
	return fmt.Errorf("runtime: %s: %w", what, err)
}
