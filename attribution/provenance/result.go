package provenance

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// Files that Result.Save writes under its directory.
const (
	AdapterDir    = "adapter"
	ArtifactsFile = "attribution.json"
)

// Result is what Train produces.
type Result struct {
	Adapter   *peft.Adapter
	Quant     *quant.Adapter
	Plan      *influence.Plan
	Artifacts *artifacts.Artifacts
}

// Train fine-tunes a LoRA adapter on d (FitAdapter), then computes every
// contributor's sketch at the quantized adapter and the Datanet roots
// (artifacts.Sketch) and records the training.
func Train(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions, p influence.Params) (*Result, error) {
	return TrainBy(ctx, base, d, opts, p, nil)
}

// TrainBy is Train with the per-contributor vectors computed by method m
// (artifacts.SketchBy; nil: the original method).
func TrainBy(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions, p influence.Params, m *influence.Method) (*Result, error) {
	a, losses, err := FitAdapter(ctx, base, d, opts)
	if err != nil {
		return nil, err
	}
	pl, err := artifacts.Plan(base, a, p)
	if err != nil {
		return nil, err
	}
	art, err := artifacts.SketchBy(ctx, pl, d, m)
	if err != nil {
		return nil, err
	}
	o := opts.withDefaults()
	art.Training = artifacts.TrainingInfo{Seed: o.Seed, Rank: o.Rank, Alpha: o.Alpha, Epochs: o.Epochs, BatchSize: o.BatchSize, LR: o.LR, Losses: losses}
	return &Result{Adapter: a, Quant: pl.Adapter, Plan: pl, Artifacts: art}, nil
}

// Save writes dir/adapter and dir/attribution.json, each file atomically.
func (r *Result) Save(dir string) error {
	if err := r.Adapter.Save(filepath.Join(dir, AdapterDir)); err != nil {
		return fmt.Errorf("provenance: %w", err)
	}
	return r.Artifacts.Save(filepath.Join(dir, ArtifactsFile))
}
