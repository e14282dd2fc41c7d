package provenance

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
)

// TrainBy with a robust-softclass/v1 class table over 3 adapters trains
// the two extra adapters (seeds 7 and 8, bit-reproducibly), records their
// digest, saves them under class-adapters/seed-<s>, and the artifacts
// verify with the adapters loaded back or retrained; other trainers and
// missing files are refused.
func TestTrainByClassAdapters(t *testing.T) {
	ctx := context.Background()
	base, d := embedded(t)
	p := influence.DefaultParams()
	p.K, p.ClassTerm, p.ClassShift = 2, true, 24
	p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, 2, true
	m := influence.RobustSoftClassMethod(1_000_000, 3).WithClassAdapters(3, 7)
	o := TrainOptions{Seed: 3, Epochs: 2}
	r, err := TrainBy(ctx, base, d, o, p, &m)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Artifacts.MethodOf()
	if got.Adapters() != 3 || len(r.ClassAdapters) != 2 || len(got.ClassAdaptersSHA256) != 64 || m.ClassAdaptersSHA256 != "" {
		t.Fatalf("method %+v with %d extra adapters (the caller's method %+v must stay as given)", got, len(r.ClassAdapters), m)
	}
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadClassAdapters(filepath.Join(dir, ClassAdaptersDir), got)
	if err != nil {
		t.Fatal(err)
	}
	retrained, err := ClassAdapters(ctx, base, d, got, Recipe(r.Artifacts.Training))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(retrained[1].Modules, r.ClassAdapters[1].Modules) {
		t.Fatal("retraining seed 8 does not reproduce the adapter")
	}
	for name, ex := range map[string]int{"loaded": 0, "retrained": 1} {
		extras := loaded
		if ex == 1 {
			extras = retrained
		}
		if err := r.Artifacts.VerifyWith(ctx, r.Plan, d, extras); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	other := got
	other.ClassTrainer = "other/v1"
	if _, err := ClassAdapters(ctx, base, d, other, Recipe(r.Artifacts.Training)); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("another trainer: %v", err)
	}
	if err := os.RemoveAll(filepath.Join(dir, ClassAdaptersDir, ClassAdapterDir(8))); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadClassAdapters(filepath.Join(dir, ClassAdaptersDir), got); err == nil || !strings.Contains(err.Error(), "seed 8") {
		t.Fatalf("a missing adapter file: %v", err)
	}
}
