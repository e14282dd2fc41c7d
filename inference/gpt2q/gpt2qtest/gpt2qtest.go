// Package gpt2qtest builds the tiny seeded GPT-2 models of openproof's
// tests and committed fixtures: the text model over the fortunes vocabulary
// (TextModel, from TextBase, AdaptText and CalibrateText) and the periodic
// model over a 32-token vocabulary (PeriodicModels). Every step is seeded,
// so a recipe gives the same weights on every run.
//
// Committed fixtures depend on these recipes byte for byte (verifier's
// testdata/generation and testdata/generation-attributed, and the
// generation and generation-attributed fixtures of
// contracts/internal/fixturegen): a change to any number here changes the
// models they were proven on, and their tests then fail.
//
// Test support: imported by tests and tools, never by production code.
package gpt2qtest

import (
	"context"
	"strings"

	"github.com/openproof/openproof/inference/fortunes"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
)

// TextConfig is the text model's shape: 1 layer, 2 heads, d = 8, context 8,
// the 96-character fortunes vocabulary.
func TextConfig() infgpt2.Config {
	return infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 8, NPositions: 8, VocabSize: fortunes.VocabSize, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
}

// TextData is the text model's training text, "the cat sat on the mat. "
// 20 times, encoded.
func TextData() []int {
	return fortunes.Encode(strings.Repeat("the cat sat on the mat. ", 20))
}

// TextBase initializes the text model (seed 1), trains its base weights
// for 15 steps on TextData (seed 2) and rounds them to float32: the base
// model, without an adapter or a calibration.
func TextBase(ctx context.Context) (*infgpt2.Model, error) {
	m, err := gpt2train.Init(TextConfig(), 1)
	if err != nil {
		return nil, err
	}
	if _, err = gpt2train.Train(ctx, m, TextData(), gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 7, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		return nil, err
	}
	m.RoundToFloat32()
	return m, nil
}

// AdaptText attaches the text model's rank-2 c_attn LoRA adapter to m
// (alpha 4, seed 5) and trains it for 8 steps on TextData from its fourth
// token (seed 5), in place.
func AdaptText(ctx context.Context, m *infgpt2.Model) error {
	if err := gpt2train.AttachLoRA(m, infgpt2.ModAttn, 2, 4, 5); err != nil {
		return err
	}
	_, err := gpt2train.Train(ctx, m, TextData()[3:], gpt2train.Options{Seed: 5, Steps: 8, BatchSize: 2, SeqLen: 7, LR: 3e-2})
	return err
}

// CalibrateText calibrates over models, each run on four 8-token windows of
// TextData.
func CalibrateText(ctx context.Context, models ...*infgpt2.Model) (*infgpt2.Quantization, error) {
	runs := make([]gpt2q.CalibrationRun, len(models))
	for i, m := range models {
		runs[i] = gpt2q.CalibrationRun{Model: m, Windows: gpt2q.Windows(TextData(), 4, 8)}
	}
	return gpt2q.Calibrate(ctx, runs)
}

// TextModel is the adapted text model, quantized: TextBase, AdaptText on
// it, calibrated on the adapted model alone (CalibrateText). Its greedy
// generation circuit of 2 + 3 characters is below the 2^15 constraints of
// setups in tests.
func TextModel(ctx context.Context) (*gpt2q.Model, error) {
	m, err := TextBase(ctx)
	if err != nil {
		return nil, err
	}
	if err := AdaptText(ctx, m); err != nil {
		return nil, err
	}
	if m.Config.Quantization, err = CalibrateText(ctx, m); err != nil {
		return nil, err
	}
	return gpt2q.Quantize(m)
}

// PeriodicVocab is the periodic model's vocabulary size.
const PeriodicVocab = 32

// Periodic is the periodic model's training sequence at position i:
// (7i + i mod 5) mod 32.
func Periodic(i int) int { return (i*7 + i%5) % PeriodicVocab }

// PeriodicModels trains the periodic model (1 layer, 2 heads, d = 16,
// context 8, vocabulary 32; seed 1) for 15 steps on 400 tokens of Periodic
// (seed 2), rounds it to float32, trains two rank-2 c_attn adapters on
// copies of it (alpha 4; seeds 5 and 6, each on the sequence from that
// offset), calibrates over the three (four 8-token windows each) and
// quantizes them: the base, the adapted model (seed 5) and the other
// adapted model (seed 6).
func PeriodicModels(ctx context.Context) (base, adapted, other *gpt2q.Model, err error) {
	return PeriodicModelsBits(ctx, 8)
}

// PeriodicModelsBits is PeriodicModels at activation width w: the same
// weights and calibration, widened by gpt2q.WidenCalibration above 8 bits.
func PeriodicModelsBits(ctx context.Context, w uint) (base, adapted, other *gpt2q.Model, err error) {
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 16, NPositions: 8, VocabSize: PeriodicVocab, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	data := make([]int, 400)
	for i := range data {
		data[i] = Periodic(i)
	}
	m, err := gpt2train.Init(c, 1)
	if err != nil {
		return nil, nil, nil, err
	}
	if _, err = gpt2train.Train(ctx, m, data, gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 7, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		return nil, nil, nil, err
	}
	m.RoundToFloat32()
	models := []*infgpt2.Model{m.Clone()}
	for seed := uint64(5); seed <= 6; seed++ {
		a := m.Clone()
		if err = gpt2train.AttachLoRA(a, infgpt2.ModAttn, 2, 4, seed); err != nil {
			return nil, nil, nil, err
		}
		if _, err = gpt2train.Train(ctx, a, data[seed:], gpt2train.Options{Seed: seed, Steps: 8, BatchSize: 2, SeqLen: 7, LR: 3e-2}); err != nil {
			return nil, nil, nil, err
		}
		models = append(models, a)
	}
	runs := make([]gpt2q.CalibrationRun, len(models))
	for i, mm := range models {
		runs[i] = gpt2q.CalibrationRun{Model: mm, Windows: gpt2q.Windows(data, 4, 8)}
	}
	cal, err := gpt2q.Calibrate(ctx, runs)
	if err != nil {
		return nil, nil, nil, err
	}
	if w != 8 {
		wide, err := gpt2q.WidenCalibration(cal, w)
		if err != nil {
			return nil, nil, nil, err
		}
		cal = &wide
	}
	var q [3]*gpt2q.Model
	for i, mm := range models {
		mm.Config.Quantization = cal
		if q[i], err = gpt2q.Quantize(mm); err != nil {
			return nil, nil, nil, err
		}
	}
	return q[0], q[1], q[2], nil
}

// TextModelBits is TextModel at activation width w: the same weights and
// calibration, widened by gpt2q.WidenCalibration (w = 8: TextModel).
func TextModelBits(ctx context.Context, w uint) (*gpt2q.Model, error) {
	m, err := TextBase(ctx)
	if err != nil {
		return nil, err
	}
	if err := AdaptText(ctx, m); err != nil {
		return nil, err
	}
	cal, err := CalibrateText(ctx, m)
	if err != nil {
		return nil, err
	}
	if w != 8 {
		wide, err := gpt2q.WidenCalibration(cal, w)
		if err != nil {
			return nil, err
		}
		cal = &wide
	}
	m.Config.Quantization = cal
	return gpt2q.Quantize(m)
}
