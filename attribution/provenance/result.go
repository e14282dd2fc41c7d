package provenance

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

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
	// ClassAdapters are the extra adapters of a class table over N
	// adapters (in seed order; nil otherwise).
	ClassAdapters []*peft.Adapter
}

// Train fine-tunes a LoRA adapter on d (FitAdapter), then computes every
// contributor's sketch at the quantized adapter and the Datanet roots
// (artifacts.Sketch) and records the training.
func Train(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions, p influence.Params) (*Result, error) {
	return TrainBy(ctx, base, d, opts, p, nil)
}

// TrainBy is Train with the per-contributor vectors computed by method m
// (artifacts.SketchBy; nil: the original method). When m's class table
// averages N ≥ 2 adapters (influence.Method.WithClassAdapters), the N − 1
// extra adapters are trained too (ClassAdapters, opts' recipe) and their
// digest is recorded in the artifacts' method.
func TrainBy(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions, p influence.Params, m *influence.Method) (*Result, error) {
	a, losses, err := FitAdapter(ctx, base, d, opts)
	if err != nil {
		return nil, err
	}
	pl, err := artifacts.Plan(base, a, p)
	if err != nil {
		return nil, err
	}
	var extras []*peft.Adapter
	if m != nil && m.Adapters() > 1 {
		mm := *m
		if mm.ClassAdaptersSHA256 == "" {
			mm.ClassAdaptersSHA256 = strings.Repeat("0", 64) // a placeholder for Check; replaced below
		}
		recipe := opts.withDefaults()
		recipe.Seed, recipe.Exclude = 0, nil
		if extras, err = ClassAdapters(ctx, base, d, mm, recipe); err != nil {
			return nil, err
		}
		if mm.ClassAdaptersSHA256, err = artifacts.ClassAdaptersSHA256(extras); err != nil {
			return nil, err
		}
		m = &mm
	}
	art, err := artifacts.SketchWith(ctx, pl, d, m, extras)
	if err != nil {
		return nil, err
	}
	o := opts.withDefaults()
	art.Training = artifacts.TrainingInfo{Seed: o.Seed, Rank: o.Rank, Alpha: o.Alpha, Epochs: o.Epochs, BatchSize: o.BatchSize, LR: o.LR, Losses: losses}
	return &Result{Adapter: a, Quant: pl.Adapter, Plan: pl, Artifacts: art, ClassAdapters: extras}, nil
}

// Save writes dir/adapter, the extra class-table adapters (if any) under
// dir/class-adapters/seed-<s>, and dir/attribution.json, each file
// atomically.
func (r *Result) Save(dir string) error {
	if err := r.Adapter.Save(filepath.Join(dir, AdapterDir)); err != nil {
		return fmt.Errorf("provenance: %w", err)
	}
	seeds := r.Artifacts.MethodOf().ClassSeeds()
	for i, e := range r.ClassAdapters {
		if i >= len(seeds) {
			return fmt.Errorf("%w: %d class-table adapters, the method names %d", ErrBadInput, len(r.ClassAdapters), len(seeds))
		}
		if err := e.Save(filepath.Join(dir, ClassAdaptersDir, ClassAdapterDir(seeds[i]))); err != nil {
			return fmt.Errorf("provenance: %w", err)
		}
	}
	return r.Artifacts.Save(filepath.Join(dir, ArtifactsFile))
}
