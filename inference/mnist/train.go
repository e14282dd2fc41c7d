package mnist

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// Defaults of TrainOptions.
const (
	DefaultName          = "openproof-mnist-mlp"
	DefaultHidden        = 64
	DefaultEpochs        = 8
	DefaultAdapterEpochs = 10
	DefaultBatchSize     = 32
	DefaultLR            = 1e-3
	DefaultAdapterLR     = 2e-3
	DefaultRank          = 8
	DefaultAlpha         = 16
	DefaultSamples       = 64
)

// Calibration constants of the "openproof-int8-pow2-v1" scheme (see the
// package documentation for the rule).
const (
	QuantScheme   = "openproof-int8-pow2-v1"
	InputExponent = 7
)

// File names that Result.Save writes under its directory.
const (
	BaseDir     = "base"
	AdapterDir  = "adapter"
	SamplesFile = "samples.bin"
)

// Layer names of the MLP; the adapter targets both.
const (
	FC1 = "fc1"
	FC2 = "fc2"
)

func layerNames() []string { return []string{FC1, FC2} }

// TrainOptions configures Train. Zero fields take the Default* values; Seed
// is used as given (0 is a valid seed).
type TrainOptions struct {
	Seed          uint64
	Name          string  // model name, also the adapter's base_model_name_or_path
	Hidden        int     // fc1 width
	Epochs        int     // base training epochs (plain task)
	AdapterEpochs int     // adapter training epochs (shifted task)
	BatchSize     int     // minibatch size of both phases
	LR            float64 // Adam learning rate of the base
	AdapterLR     float64 // Adam learning rate of the adapter
	Rank          int     // LoRA r
	Alpha         float64 // LoRA lora_alpha; scaling = Alpha/Rank
	Samples       int     // shifted test digits kept for the demo
}

func (o TrainOptions) withDefaults() TrainOptions {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	deff := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	if o.Name == "" {
		o.Name = DefaultName
	}
	def(&o.Hidden, DefaultHidden)
	def(&o.Epochs, DefaultEpochs)
	def(&o.AdapterEpochs, DefaultAdapterEpochs)
	def(&o.BatchSize, DefaultBatchSize)
	def(&o.Rank, DefaultRank)
	def(&o.Samples, DefaultSamples)
	deff(&o.LR, DefaultLR)
	deff(&o.AdapterLR, DefaultAdapterLR)
	deff(&o.Alpha, DefaultAlpha)
	return o
}

func (o TrainOptions) validate() error {
	switch {
	case o.Hidden < 1 || o.Hidden > 1<<12:
		return fmt.Errorf("%w: hidden width %d outside [1, 4096]", ErrBadInput, o.Hidden)
	case o.Epochs < 1 || o.AdapterEpochs < 1:
		return fmt.Errorf("%w: epochs %d and adapter epochs %d must be positive", ErrBadInput, o.Epochs, o.AdapterEpochs)
	case o.BatchSize < 1:
		return fmt.Errorf("%w: batch size %d must be positive", ErrBadInput, o.BatchSize)
	case o.Rank < 1 || o.Rank > min(o.Hidden, Classes):
		// A rank above a layer's smaller side adds nothing.
		return fmt.Errorf("%w: LoRA rank %d outside [1, %d]", ErrBadInput, o.Rank, min(o.Hidden, Classes))
	case o.Samples < 0:
		return fmt.Errorf("%w: %d samples", ErrBadInput, o.Samples)
	}
	for _, v := range []float64{o.LR, o.AdapterLR, o.Alpha} {
		if !(v > 0) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: learning rates and alpha must be positive and finite, got %v", ErrBadInput, v)
		}
	}
	return nil
}

// Metrics describes a training run. Accuracies are on the held-out test split.
type Metrics struct {
	Train, Test int // split sizes

	BasePlain      float64 // base on upright digits
	BaseShifted    float64 // base on rotated digits
	AdaptedShifted float64 // base+adapter on rotated digits
	AdaptedPlain   float64 // base+adapter on upright digits

	BaseLoss    []float64 // mean training loss per base epoch
	AdapterLoss []float64 // mean training loss per adapter epoch

	// Quantiles[l] = {plain, shifted}: the CalibrationQuantile of |output of
	// layer l| for the base on plain training data and for base+adapter on
	// shifted training data.
	Quantiles [][2]float64
}

// Result is what Train produces.
type Result struct {
	Base    *model.Model  // with the calibration in Config.Quantization
	Adapter *peft.Adapter // LoRA on fc1 and fc2 for the shifted task
	Samples *Dataset      // shifted test digits, not used in training
	Metrics Metrics
}

// Train trains the base MLP fc2(relu(fc1(x))) on the plain task, then, with
// the base frozen, a LoRA adapter on fc1 and fc2 for the shifted task
// (Rotate90), calibrates the fixed-point exponents and picks demo samples.
// It is deterministic: the same ds and opts give bit-identical results.
func Train(ctx context.Context, ds *Dataset, opts TrainOptions) (*Result, error) {
	opts = opts.withDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	if err := checkDataset(ds); err != nil {
		return nil, err
	}
	train, test := ds.Split(opts.Seed)
	if train.Len() == 0 || test.Len() == 0 {
		return nil, fmt.Errorf("%w: %d images are too few for a train/test split", ErrBadInput, ds.Len())
	}
	trainS, testS := train.Rotate90(), test.Rotate90()
	met := Metrics{Train: train.Len(), Test: test.Len()}

	n := &net{
		fc1: newDense(newRNG(opts.Seed, streamFC1), Pixels, opts.Hidden),
		fc2: newDense(newRNG(opts.Seed, streamFC2), opts.Hidden, Classes),
	}
	var err error
	if met.BaseLoss, err = n.fit(ctx, train, opts.Epochs, opts.BatchSize, opts.LR, opts.Seed, streamBaseOrder); err != nil {
		return nil, err
	}
	met.BasePlain, met.BaseShifted = n.accuracy(test), n.accuracy(testS)
	plainOut := n.outputs(train, make([][]float64, 2))

	scale := float32(opts.Alpha / float64(opts.Rank))
	n.ad1 = newAdapterLayer(newRNG(opts.Seed, streamA1), Pixels, opts.Hidden, opts.Rank, scale)
	n.ad2 = newAdapterLayer(newRNG(opts.Seed, streamA2), opts.Hidden, Classes, opts.Rank, scale)
	if met.AdapterLoss, err = n.fit(ctx, trainS, opts.AdapterEpochs, opts.BatchSize, opts.AdapterLR, opts.Seed, streamAdapterOrder); err != nil {
		return nil, err
	}
	met.AdaptedShifted, met.AdaptedPlain = n.accuracy(testS), n.accuracy(test)
	shiftedOut := n.outputs(trainS, make([][]float64, 2))

	quant := &model.QuantConfig{Scheme: QuantScheme, InputExponent: InputExponent}
	for l := range plainOut {
		q := [2]float64{quantile9999(plainOut[l]), quantile9999(shiftedOut[l])}
		met.Quantiles = append(met.Quantiles, q)
		p := max(q[0], q[1])
		if !(p > 0) || math.IsInf(p, 0) {
			return nil, fmt.Errorf("mnist: calibration: layer %s: output quantile %v is not positive and finite", layerNames()[l], p)
		}
		quant.ActivationExponents = append(quant.ActivationExponents, exponent(p))
	}

	base, err := n.baseModel(opts.Name, quant)
	if err != nil {
		return nil, err
	}
	return &Result{
		Base:    base,
		Adapter: n.adapter(opts),
		Samples: pickSamples(testS, opts.Samples),
		Metrics: met,
	}, nil
}

func checkDataset(ds *Dataset) error {
	if ds == nil || len(ds.Images) != len(ds.Labels) {
		return fmt.Errorf("%w: dataset is nil or has unequal image and label counts", ErrBadInput)
	}
	for i, img := range ds.Images {
		if len(img) != Pixels {
			return fmt.Errorf("%w: image %d: %d pixels, want %d", ErrBadInput, i, len(img), Pixels)
		}
		if ds.Labels[i] >= Classes {
			return fmt.Errorf("%w: image %d: label %d is not a digit", ErrBadInput, i, ds.Labels[i])
		}
		for j, v := range img {
			if !(v >= 0 && v <= 1) {
				return fmt.Errorf("%w: image %d pixel %d: value %v outside [0, 1]", ErrBadInput, i, j, v)
			}
		}
	}
	return nil
}

// pickSamples takes n digits round-robin over the classes (0, 1, …, 9, 0, …),
// each class's digits in order, so the demo set covers every digit.
func pickSamples(ds *Dataset, n int) *Dataset {
	byClass := make([][]int, Classes)
	for i, l := range ds.Labels {
		byClass[l] = append(byClass[l], i)
	}
	var idx []int
	for k := 0; len(idx) < n; k++ {
		took := false
		for c := range Classes {
			if k < len(byClass[c]) && len(idx) < n {
				idx = append(idx, byClass[c][k])
				took = true
			}
		}
		if !took {
			break
		}
	}
	return ds.subset(idx)
}

func (n *net) baseModel(name string, q *model.QuantConfig) (*model.Model, error) {
	cfg := model.Config{
		ModelType:     model.ModelType,
		Architectures: []string{"MLP"},
		Name:          name,
		Layers: []model.LayerConfig{
			{Name: FC1, Type: model.TypeLinear, In: n.fc1.in, Out: n.fc1.out, Bias: true, Activation: model.ActReLU},
			{Name: FC2, Type: model.TypeLinear, In: n.fc2.in, Out: n.fc2.out, Bias: true, Activation: model.ActNone},
		},
		Quantization: q,
	}
	m := &model.Model{Config: cfg}
	for i, l := range []*dense{&n.fc1, &n.fc2} {
		m.Layers = append(m.Layers, &model.Linear{Config: cfg.Layers[i], W: clone(l.w), B: clone(l.b)})
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("mnist: trained model: %w", err)
	}
	return m, nil
}

func (n *net) adapter(opts TrainOptions) *peft.Adapter {
	a := &peft.Adapter{Config: peft.Config{
		PeftType:      "LORA",
		BaseModel:     opts.Name,
		R:             opts.Rank,
		LoraAlpha:     opts.Alpha,
		TargetModules: layerNames(),
		Bias:          "none",
	}}
	for i, l := range []*dense{&n.fc1, &n.fc2} {
		ad := []*adapterLayer{n.ad1, n.ad2}[i]
		a.Modules = append(a.Modules, &peft.Module{
			Name: layerNames()[i], In: l.in, Out: l.out, Rank: ad.rank,
			Alpha: opts.Alpha, Scaling: opts.Alpha / float64(opts.Rank),
			A: clone(ad.a), B: clone(ad.b),
		})
	}
	return a
}

func clone(v []float32) []float32 { return append([]float32(nil), v...) }

// LoRA returns the adapter in the form model.Forward takes.
func (r *Result) LoRA() map[string]*model.LoRA {
	out := make(map[string]*model.LoRA, len(r.Adapter.Modules))
	for _, m := range r.Adapter.Modules {
		out[m.Name] = &model.LoRA{Module: m.Name, Rank: m.Rank, Scaling: m.Scaling, A: m.A, B: m.B}
	}
	return out
}

// Save writes dir/base (config.json, model.safetensors), dir/adapter
// (adapter_config.json, adapter_model.safetensors) and dir/samples.bin,
// creating the directories. Each file is written atomically.
func (r *Result) Save(dir string) error {
	baseDir, adDir := filepath.Join(dir, BaseDir), filepath.Join(dir, AdapterDir)
	for _, d := range []string{baseDir, adDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("mnist: %w", err)
		}
	}
	if err := r.Base.Save(baseDir); err != nil {
		return fmt.Errorf("mnist: saving the base model: %w", err)
	}
	if err := r.Adapter.Save(adDir); err != nil {
		return fmt.Errorf("mnist: saving the adapter: %w", err)
	}
	return r.Samples.Write(filepath.Join(dir, SamplesFile))
}
