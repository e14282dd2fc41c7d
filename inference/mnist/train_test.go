package mnist

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// synthetic returns perClass noisy images per digit: digit c is a bright
// 6×6 square at its own place in the upper half, jittered by up to a pixel,
// over faint noise. Rotating it moves the square where the plain task has
// none, so the base model fails on the shifted task as it does on MNIST.
func synthetic(perClass int) *Dataset {
	r := newRNG(42, 0)
	d := &Dataset{}
	for i := range perClass * Classes {
		c := i % Classes
		img := make([]float32, Pixels)
		for j := range img {
			img[j] = r.uniform(0.1) + 0.1
		}
		row0 := 2 + 6*(c/5) + r.intn(3) - 1
		col0 := 2 + 5*(c%5) + r.intn(3) - 1
		for y := row0; y < row0+6; y++ {
			for x := col0; x < min(col0+6, 28); x++ {
				img[y*28+x] = 0.8 + r.uniform(0.2)
			}
		}
		for j, v := range img {
			img[j] = float32(math.Round(float64(v)*255)) / 255 // on the grid, as Load returns
		}
		d.Images = append(d.Images, img)
		d.Labels = append(d.Labels, uint8(c))
	}
	return d
}

func smallOptions() TrainOptions {
	return TrainOptions{Seed: 3, Hidden: 16, Epochs: 2, AdapterEpochs: 2, LR: 1e-2, AdapterLR: 1e-2, Samples: 12}
}

func train(t *testing.T, ds *Dataset, opts TrainOptions) *Result {
	t.Helper()
	r, err := Train(context.Background(), ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// saved returns the bytes of every file Save writes, by relative path.
func saved(t *testing.T, r *Result) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestTrainDeterministic(t *testing.T) {
	ds := synthetic(30)
	a := saved(t, train(t, ds, smallOptions()))
	b := saved(t, train(t, ds, smallOptions()))
	want := []string{"adapter/adapter_config.json", "adapter/adapter_model.safetensors", "base/config.json", "base/model.safetensors", "samples.bin"}
	var names []string
	for name := range a {
		names = append(names, name)
	}
	slices.Sort(names)
	if !slices.Equal(names, want) {
		t.Fatalf("Save wrote %v, want %v", names, want)
	}
	for _, name := range want {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two identical runs", name)
		}
	}
	opts := smallOptions()
	opts.Seed++
	c := saved(t, train(t, ds, opts))
	if bytes.Equal(a["base/model.safetensors"], c["base/model.safetensors"]) {
		t.Error("a different seed gave the same weights")
	}
}

func TestTrainLearns(t *testing.T) {
	r := train(t, synthetic(30), smallOptions())
	m := r.Metrics
	t.Logf("metrics: %+v", m)
	if m.Train != 240 || m.Test != 60 {
		t.Fatalf("split %d/%d, want 240/60", m.Train, m.Test)
	}
	for name, loss := range map[string][]float64{"base": m.BaseLoss, "adapter": m.AdapterLoss} {
		if len(loss) != 2 || !(loss[1] < loss[0]) {
			t.Errorf("%s loss per epoch %v does not decrease", name, loss)
		}
	}
	if m.BasePlain < 0.9 {
		t.Errorf("base accuracy on the plain task %v < 0.9", m.BasePlain)
	}
	if m.AdaptedShifted < m.BaseShifted+0.3 {
		t.Errorf("adapter: shifted accuracy %v, base %v: no clear improvement", m.AdaptedShifted, m.BaseShifted)
	}

	// The exported model and adapter compute what training measured.
	_, test := synthetic(30).Split(smallOptions().Seed)
	testS := test.Rotate90()
	correct := 0
	for i, x := range testS.Images {
		y, err := r.Base.Forward(x, r.LoRA())
		if err != nil {
			t.Fatal(err)
		}
		if argmax(y) == int(testS.Labels[i]) {
			correct++
		}
	}
	if got := float64(correct) / float64(testS.Len()); math.Abs(got-m.AdaptedShifted) > 1.5/float64(testS.Len()) {
		t.Errorf("model.Forward with the adapter: accuracy %v, training measured %v", got, m.AdaptedShifted)
	}

	// Calibration follows the documented rule.
	q := r.Base.Config.Quantization
	if q == nil || q.Scheme != QuantScheme || q.InputExponent != 7 || len(q.ActivationExponents) != 2 {
		t.Fatalf("quantization section %+v", q)
	}
	for l, e := range q.ActivationExponents {
		p := max(m.Quantiles[l][0], m.Quantiles[l][1])
		if !(math.Ldexp(p, e) <= 127 && math.Ldexp(p, e+1) > 127) {
			t.Errorf("layer %d: exponent %d for quantile %v breaks the rule", l, e, p)
		}
	}

	// Samples: rotated test digits, round-robin over the classes.
	if r.Samples.Len() != 12 {
		t.Fatalf("%d samples, want 12", r.Samples.Len())
	}
	for i, l := range r.Samples.Labels {
		if int(l) != i%Classes {
			t.Fatalf("sample %d has label %d, want %d", i, l, i%Classes)
		}
		if !slices.ContainsFunc(testS.Images, func(img []float32) bool { return slices.Equal(img, r.Samples.Images[i]) }) {
			t.Fatalf("sample %d is not a rotated test image", i)
		}
	}
}

func TestSaveLoadsBack(t *testing.T) {
	r := train(t, synthetic(10), TrainOptions{Hidden: 8, Epochs: 1, AdapterEpochs: 1, Samples: 5})
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	base, err := model.Load(filepath.Join(dir, BaseDir))
	if err != nil {
		t.Fatal(err)
	}
	if base.Config.Name != DefaultName || !slices.Equal(base.Layers[0].W, r.Base.Layers[0].W) || !slices.Equal(base.Layers[1].B, r.Base.Layers[1].B) {
		t.Error("the base model does not load back unchanged")
	}
	ad, err := peft.Load(filepath.Join(dir, AdapterDir))
	if err != nil {
		t.Fatal(err)
	}
	if ad.Config.BaseModel != DefaultName || ad.Config.R != DefaultRank || ad.Config.LoraAlpha != DefaultAlpha || !slices.Equal(ad.Config.TargetModules, []string{FC1, FC2}) {
		t.Errorf("adapter config %+v", ad.Config)
	}
	for _, name := range []string{FC1, FC2} {
		got, ok1 := ad.Module(name)
		want, ok2 := r.Adapter.Module(name)
		if !ok1 || !ok2 || !slices.Equal(got.A, want.A) || !slices.Equal(got.B, want.B) || got.Scaling != 2 {
			t.Errorf("module %s does not load back unchanged", name)
		}
	}
	s, err := Load(filepath.Join(dir, SamplesFile))
	if err != nil {
		t.Fatal(err)
	}
	if !equalDatasets(s, r.Samples) {
		t.Error("samples do not load back unchanged")
	}
}

func TestTrainRejects(t *testing.T) {
	ok := synthetic(5)
	badPixel := synthetic(5)
	badPixel.Images[7] = slices.Clone(badPixel.Images[7])
	badPixel.Images[7][3] = 2
	short := synthetic(5)
	short.Images[4] = short.Images[4][:10]
	tests := []struct {
		name string
		ds   *Dataset
		opts TrainOptions
		want string
	}{
		{"nil dataset", nil, TrainOptions{}, "nil"},
		{"pixel", badPixel, TrainOptions{}, "image 7 pixel 3"},
		{"size", short, TrainOptions{}, "image 4: 10 pixels"},
		{"too few", synthetic(1), TrainOptions{}, "too few"},
		{"rank", ok, TrainOptions{Rank: 11}, "rank 11"},
		{"batch", ok, TrainOptions{BatchSize: -1}, "batch size"},
		{"lr", ok, TrainOptions{LR: math.Inf(1)}, "learning rates"},
		{"alpha", ok, TrainOptions{Alpha: -1}, "alpha"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Train(context.Background(), tc.ds, tc.opts)
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrBadInput and %q", err, tc.want)
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Train(ctx, ok, TrainOptions{}); !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
	})
}
