package provenance

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// embedded returns the base model and a Datanet of the 64 embedded digits
// split among four contributors by class.
func embedded(t testing.TB) (*model.Model, *datanet.Datanet) {
	t.Helper()
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	d, err := demo.SampleDatanet("embedded", 4)
	if err != nil {
		t.Fatal(err)
	}
	return base, d
}

var opts = TrainOptions{Seed: 3, Epochs: 4}

func train(t testing.TB) (*model.Model, *datanet.Datanet, *Result) {
	t.Helper()
	base, d := embedded(t)
	r, err := Train(context.Background(), base, d, opts, influence.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return base, d, r
}

func TestTrainIsDeterministicAndLearns(t *testing.T) {
	_, _, r1 := train(t)
	_, _, r2 := train(t)
	if !reflect.DeepEqual(r1.Adapter.Modules, r2.Adapter.Modules) || !reflect.DeepEqual(r1.Artifacts, r2.Artifacts) {
		t.Fatal("two runs with the same seed differ")
	}
	l := r1.Artifacts.Training.Losses
	if len(l) != opts.Epochs || !(l[len(l)-1] < l[0]) {
		t.Fatalf("training losses %v do not decrease", l)
	}
	o := opts
	o.Seed++
	base, d := embedded(t)
	a3, _, err := FitAdapter(context.Background(), base, d, o)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(a3.Modules, r1.Adapter.Modules) {
		t.Fatal("the seed does not matter")
	}
	o.Seed--
	o.Exclude = []int{0}
	a4, _, err := FitAdapter(context.Background(), base, d, o)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(a4.Modules, r1.Adapter.Modules) {
		t.Fatal("Exclude does not change training")
	}
}

func TestFitAdapterRejects(t *testing.T) {
	base, d := embedded(t)
	tests := map[string]TrainOptions{
		"rank too big":   {Rank: 11},
		"negative lr":    {LR: -1},
		"infinite alpha": {Alpha: math.Inf(1)},
		"no examples":    {Exclude: []int{0, 1, 2, 3}},
	}
	for name, o := range tests {
		t.Run(name, func(t *testing.T) {
			if _, _, err := FitAdapter(context.Background(), base, d, o); !errors.Is(err, ErrBadInput) {
				t.Fatalf("error %v, want ErrBadInput", err)
			}
		})
	}
	small := datanet.NewBuilder("x", 4, 10)
	small.Add("a", 1, []uint8{1, 2, 3, 4})
	d2, _ := small.Build()
	if _, _, err := FitAdapter(context.Background(), base, d2, TrainOptions{}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("accepted a Datanet of the wrong shape: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := FitAdapter(ctx, base, d, TrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled training: %v", err)
	}
}

// TestSaveWritesVerifiableArtifacts checks the training side of the
// artifacts: what Result.Save writes loads back unchanged, and an auditor
// holding the saved adapter accepts the sketches (they are those of the
// quantized trained adapter) and rejects them for another adapter.
// attribution/artifacts tests the checks themselves.
func TestSaveWritesVerifiableArtifacts(t *testing.T) {
	base, d, r := train(t)
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	art, err := artifacts.Load(filepath.Join(dir, ArtifactsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(art, r.Artifacts) {
		t.Fatal("artifacts changed through Save/Load")
	}
	ad, err := peft.Load(filepath.Join(dir, AdapterDir))
	if err != nil {
		t.Fatal(err)
	}
	pl, err := artifacts.Plan(base, ad, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := art.Verify(ctx, pl, d); err != nil {
		t.Fatalf("auditor rejects honest artifacts: %v", err)
	}
	o := opts
	o.Seed = 99
	other, _, err := FitAdapter(ctx, base, d, o)
	if err != nil {
		t.Fatal(err)
	}
	pl2, err := artifacts.Plan(base, other, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	if err := art.Verify(ctx, pl2, d); err == nil {
		t.Fatal("artifacts verified against a different adapter")
	}
}
