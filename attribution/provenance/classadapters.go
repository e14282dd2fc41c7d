package provenance

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// ClassAdaptersDir is the folder under a training output that holds the
// extra adapters of a class table over N adapters, one PEFT folder per
// seed: ClassAdapterDir.
const ClassAdaptersDir = "class-adapters"

// ClassAdapterDir is the folder name of the extra adapter of seed s.
func ClassAdapterDir(s uint64) string { return fmt.Sprintf("seed-%d", s) }

// Recipe is the training options that tr records (seed aside): the recipe
// the extra adapters of a class table are trained with.
func Recipe(tr artifacts.TrainingInfo) TrainOptions {
	return TrainOptions{Rank: tr.Rank, Alpha: tr.Alpha, Epochs: tr.Epochs, BatchSize: tr.BatchSize, LR: tr.LR}
}

// ClassAdapters trains the m.Adapters() − 1 extra adapters of m's class
// table (influence.Method.ClassAdapters): FitAdapter on d with recipe and
// each seed of m.ClassSeeds(), in seed order, at most GOMAXPROCS at a
// time. Training is bit-reproducible (package doc), so an auditor gets the
// same adapters; the digest check is the caller's (artifacts.SketchWith).
// A method naming another trainer is refused.
func ClassAdapters(ctx context.Context, base *model.Model, d *datanet.Datanet, m influence.Method, recipe TrainOptions) ([]*peft.Adapter, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	seeds := m.ClassSeeds()
	if len(seeds) == 0 {
		return nil, nil
	}
	if m.ClassTrainer != influence.TrainerFit {
		return nil, fmt.Errorf("%w: class-table adapters trained by %q: only %s is known", ErrBadInput, m.ClassTrainer, influence.TrainerFit)
	}
	if len(recipe.Exclude) != 0 {
		return nil, fmt.Errorf("%w: class-table adapters are trained on the whole Datanet", ErrBadInput)
	}
	out := make([]*peft.Adapter, len(seeds))
	errs := make([]error, len(seeds))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, s := range seeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			o := recipe
			o.Seed = s
			out[i], _, errs[i] = FitAdapter(ctx, base, d, o)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("class-table adapter seed %d: %w", seeds[i], err)
		}
	}
	return out, nil
}

// LoadClassAdapters reads m's extra adapters from dir (dir/seed-<s> for
// each seed of m.ClassSeeds(), as Result.Save writes them under
// ClassAdaptersDir); their digest is checked by artifacts.SketchWith.
func LoadClassAdapters(dir string, m influence.Method) ([]*peft.Adapter, error) {
	var out []*peft.Adapter
	for _, s := range m.ClassSeeds() {
		a, err := peft.Load(filepath.Join(dir, ClassAdapterDir(s)))
		if err != nil {
			return nil, fmt.Errorf("class-table adapter seed %d: %w", s, err)
		}
		out = append(out, a)
	}
	return out, nil
}
