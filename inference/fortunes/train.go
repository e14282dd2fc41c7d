package fortunes

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"

	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/tfops"
)

// Defaults of TrainOptions: the embedded model.
const (
	DefaultName          = "openproof-fortunes-gpt2"
	DefaultLayers        = 2
	DefaultHeads         = 4
	DefaultEmbd          = 64
	DefaultContext       = 64
	DefaultSteps         = 1200
	DefaultBatch         = 16
	DefaultLR            = 3e-3
	DefaultWarmup        = 100
	DefaultAdapterSteps  = 300
	DefaultAdapterLR     = 2e-3
	DefaultAdapterWarmup = 20
	DefaultRank          = 8
	DefaultAlpha         = 16
	DefaultClip          = 1.0
)

// DefaultAdapterCategories are the categories the embedded adapter is
// fine-tuned on: the Unix / Linux / Debian / Perl ones.
var DefaultAdapterCategories = []string{"debian", "linux", "linuxcookie", "perl"}

// File names Result.Save writes under its directory.
const (
	BaseDir    = "base"
	AdapterDir = "adapter"
)

// TrainOptions configures Train. Zero fields take the Default* values;
// Seed is used as given.
type TrainOptions struct {
	Seed              uint64
	Name              string
	Layers, Heads     int
	Embd, Context     int
	Steps, Batch      int
	LR                float64
	Warmup            int
	AdapterSteps      int
	AdapterLR         float64
	AdapterWarmup     int
	Rank              int
	Alpha             float64
	AdapterCategories []string
	// Progress, if set, is called after every step of either phase.
	Progress func(phase string, step int, loss float64)
}

func (o *TrainOptions) defaults() {
	set := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	set(&o.Layers, DefaultLayers)
	set(&o.Heads, DefaultHeads)
	set(&o.Embd, DefaultEmbd)
	set(&o.Context, DefaultContext)
	set(&o.Steps, DefaultSteps)
	set(&o.Batch, DefaultBatch)
	set(&o.Warmup, DefaultWarmup)
	set(&o.AdapterSteps, DefaultAdapterSteps)
	set(&o.AdapterWarmup, DefaultAdapterWarmup)
	set(&o.Rank, DefaultRank)
	if o.Name == "" {
		o.Name = DefaultName
	}
	if o.LR == 0 {
		o.LR = DefaultLR
	}
	if o.AdapterLR == 0 {
		o.AdapterLR = DefaultAdapterLR
	}
	if o.Alpha == 0 {
		o.Alpha = DefaultAlpha
	}
	if o.AdapterCategories == nil {
		o.AdapterCategories = DefaultAdapterCategories
	}
}

// Result is a trained base and adapter.
type Result struct {
	Base          *gpt2.Model   // float32-rounded weights, as saved
	Adapted       *gpt2.Model   // Base with the adapter attached (float32-rounded)
	Adapter       *peft.Adapter // the adapter in PEFT form
	BaseLosses    []float64     // per step, nats
	AdapterLosses []float64
}

// Config returns the GPT-2 config of the options.
func (o TrainOptions) Config() gpt2.Config {
	o.defaults()
	return gpt2.Config{NLayer: o.Layers, NHead: o.Heads, NEmbd: o.Embd, NPositions: o.Context,
		VocabSize: VocabSize, Epsilon: gpt2.DefaultEpsilon, Activation: gpt2.ActGELUNew}
}

// Train trains the base on every category's training text, rounds it to
// float32, then trains a LoRA adapter (c_attn, rank Rank, alpha Alpha) on
// the adapter categories' training text with the base frozen, and
// calibrates the int8 runtime (Calibrate) on both.
func Train(ctx context.Context, c *Corpus, o TrainOptions) (*Result, error) {
	o.defaults()
	sub, err := c.Select(o.AdapterCategories)
	if err != nil {
		return nil, err
	}
	m, err := gpt2train.Init(o.Config(), o.Seed)
	if err != nil {
		return nil, err
	}
	prog := func(phase string) func(int, float64) {
		if o.Progress == nil {
			return nil
		}
		return func(s int, l float64) { o.Progress(phase, s, l) }
	}
	r := &Result{}
	r.BaseLosses, err = gpt2train.Train(ctx, m, Encode(c.Text(false)), gpt2train.Options{
		Seed: o.Seed + 1, Steps: o.Steps, BatchSize: o.Batch, SeqLen: o.Context, LR: o.LR,
		Warmup: o.Warmup, Clip: DefaultClip, Base: true, Progress: prog("base")})
	if err != nil {
		return nil, err
	}
	m.RoundToFloat32()
	r.Base = m.Clone()
	if err := gpt2train.AttachLoRA(m, gpt2.ModAttn, o.Rank, o.Alpha, o.Seed+2); err != nil {
		return nil, err
	}
	r.AdapterLosses, err = gpt2train.Train(ctx, m, Encode(sub.Text(false)), gpt2train.Options{
		Seed: o.Seed + 3, Steps: o.AdapterSteps, BatchSize: o.Batch, SeqLen: o.Context, LR: o.AdapterLR,
		Warmup: o.AdapterWarmup, Clip: DefaultClip, Progress: prog("adapter")})
	if err != nil {
		return nil, err
	}
	r.Adapter, err = ToPEFT(m, o.Name, o.Alpha)
	if err != nil {
		return nil, err
	}
	r.Adapted, err = r.Base.WithAdapter(r.Adapter)
	if err != nil {
		return nil, err
	}
	if err := Calibrate(ctx, c, sub, r.Base, r.Adapted); err != nil {
		return nil, err
	}
	return r, nil
}

// ToPEFT returns m's c_attn LoRA matrices as a PEFT adapter of
// GPT2LMHeadModel (modules transformer.h.N.attn.c_attn, fan_in_fan_out),
// rounded to float32.
func ToPEFT(m *gpt2.Model, base string, alpha float64) (*peft.Adapter, error) {
	a := &peft.Adapter{Config: peft.Config{PeftType: "LORA", BaseModel: base, LoraAlpha: alpha,
		TargetModules: []string{"c_attn"}, FanInFanOut: true, Bias: "none", TaskType: "CAUSAL_LM"}}
	for bi := range m.Blocks {
		l := m.Blocks[bi].Attn
		if l.LoRA == nil {
			return nil, fmt.Errorf("fortunes: block %d has no c_attn LoRA: %w", bi, ErrBadInput)
		}
		a.Config.R = l.LoRA.Rank
		a.Modules = append(a.Modules, &peft.Module{
			Name: fmt.Sprintf("%sh.%d.%s", gpt2.Prefix, bi, gpt2.ModAttn), In: l.In, Out: l.Out,
			Rank: l.LoRA.Rank, Alpha: alpha, Scaling: alpha / float64(l.LoRA.Rank), FanInFanOut: true,
			A: narrow(l.LoRA.A), B: narrow(l.LoRA.B)})
	}
	slices.SortFunc(a.Modules, func(x, y *peft.Module) int {
		switch {
		case x.Name < y.Name:
			return -1
		case x.Name > y.Name:
			return 1
		}
		return 0
	})
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("fortunes: %w", err)
	}
	return a, nil
}

func narrow(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}

// Save writes dir/base (config.json, model.safetensors) and dir/adapter
// (adapter_config.json, adapter_model.safetensors).
func (r *Result) Save(dir string) error {
	if err := r.Base.Save(filepath.Join(dir, BaseDir)); err != nil {
		return fmt.Errorf("fortunes: saving the base: %w", err)
	}
	if err := r.Adapter.Save(filepath.Join(dir, AdapterDir)); err != nil {
		return fmt.Errorf("fortunes: saving the adapter: %w", err)
	}
	return nil
}

// Eval is a model's cross-entropy on a text.
type Eval struct {
	Chars        int     // predictions counted
	BitsPerChar  float64 // mean −log2 p(next char)
	Top1Accuracy float64 // greedy next-char accuracy
}

// Evaluate scores next-character prediction on tokens with the float
// reference forward: the text is cut into consecutive windows of
// n_positions tokens; window k feeds tokens [kn, kn+n) and predicts tokens
// [kn+1, kn+n+1), so every token but the first is predicted once, with
// between 1 and n tokens of context (the last window may be shorter).
func Evaluate(ctx context.Context, m *gpt2.Model, toks []int) (Eval, error) {
	n := m.Config.NPositions
	var e Eval
	var nats float64
	var hits int
	for start := 0; start+1 < len(toks); start += n {
		if err := ctx.Err(); err != nil {
			return e, err
		}
		end := min(start+n, len(toks)-1)
		logits, err := m.Forward(toks[start:end])
		if err != nil {
			return e, err
		}
		for p, l := range logits {
			target := toks[start+p+1]
			mx := slices.Max(l)
			var z float64
			for _, v := range l {
				z += math.Exp(v - mx)
			}
			nats += -(l[target] - mx - math.Log(z))
			if slices.Index(l, mx) == target {
				hits++
			}
			e.Chars++
		}
	}
	if e.Chars == 0 {
		return e, fmt.Errorf("fortunes: nothing to evaluate: %w", ErrBadInput)
	}
	e.BitsPerChar = nats / float64(e.Chars) / math.Ln2
	e.Top1Accuracy = float64(hits) / float64(e.Chars)
	return e, nil
}

// Calibration windows: CalibrationWindows windows of n_positions tokens,
// evenly spaced over the training text (the base on every category, the
// adapted model on the adapter categories).
const CalibrationWindows = 32

// ActBits is the embedded model's activation width: 12 bits (scheme
// openproof-fx12-tf-v3), where the runtime's greedy choice agrees with the
// float reference on ≥ 98% of held-out positions; at 8 bits it is 92–94%
// (docs/fixed-point-transformer.md).
const ActBits = tfops.ActBits12

// Calibrate sets base's and adapted's openproof_quantization from float
// runs of the base over the training text of c and of adapted over that of
// sub (gpt2q.CalibrateBits at ActBits: one calibration serves both).
func Calibrate(ctx context.Context, c, sub *Corpus, base, adapted *gpt2.Model) error {
	n := base.Config.NPositions
	cal, err := gpt2q.CalibrateBits(ctx, []gpt2q.CalibrationRun{
		{Model: base, Windows: gpt2q.Windows(Encode(c.Text(false)), CalibrationWindows, n)},
		{Model: adapted, Windows: gpt2q.Windows(Encode(sub.Text(false)), CalibrationWindows, n)},
	}, ActBits)
	if err != nil {
		return err
	}
	base.Config.Quantization = cal
	adapted.Config.Quantization = cal
	return nil
}
