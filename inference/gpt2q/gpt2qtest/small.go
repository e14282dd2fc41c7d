package gpt2qtest

import (
	"context"

	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
)

// SmallVocab is the small periodic model's vocabulary size.
const SmallVocab = 16

// SmallPeriodic is the small periodic model's training sequence at
// position i: Periodic(i) mod 16.
func SmallPeriodic(i int) int { return Periodic(i) % SmallVocab }

// SmallModelsBits is the smallest periodic model, sized so that a 12-bit
// generation of a 2-token prompt and 2 generated tokens stays below the
// 2^15 constraints of Groth16 setups in tests: 1 layer, 2 heads, d = 8,
// context 4, vocabulary 16 (seed 1), trained for 15 steps on 400 tokens of
// SmallPeriodic (seed 2) and rounded to float32; a rank-2 c_attn adapter
// (alpha 4, seed 5) trained for 8 steps on a copy from the fifth token;
// the two calibrated together (four 4-token windows each), widened to
// activation width w by gpt2q.WidenCalibration above 8 bits, and
// quantized: the base and the adapted model.
func SmallModelsBits(ctx context.Context, w uint) (base, adapted *gpt2q.Model, err error) {
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 8, NPositions: 4, VocabSize: SmallVocab, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	data := make([]int, 400)
	for i := range data {
		data[i] = SmallPeriodic(i)
	}
	m, err := gpt2train.Init(c, 1)
	if err != nil {
		return nil, nil, err
	}
	if _, err = gpt2train.Train(ctx, m, data, gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 3, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		return nil, nil, err
	}
	m.RoundToFloat32()
	a := m.Clone()
	if err = gpt2train.AttachLoRA(a, infgpt2.ModAttn, 2, 4, 5); err != nil {
		return nil, nil, err
	}
	if _, err = gpt2train.Train(ctx, a, data[5:], gpt2train.Options{Seed: 5, Steps: 8, BatchSize: 2, SeqLen: 3, LR: 3e-2}); err != nil {
		return nil, nil, err
	}
	models := []*infgpt2.Model{m, a}
	runs := make([]gpt2q.CalibrationRun, len(models))
	for i, mm := range models {
		runs[i] = gpt2q.CalibrationRun{Model: mm, Windows: gpt2q.Windows(data, 4, 4)}
	}
	cal, err := gpt2q.Calibrate(ctx, runs)
	if err != nil {
		return nil, nil, err
	}
	if w != 8 {
		wide, err := gpt2q.WidenCalibration(cal, w)
		if err != nil {
			return nil, nil, err
		}
		cal = &wide
	}
	var q [2]*gpt2q.Model
	for i, mm := range models {
		mm.Config.Quantization = cal
		if q[i], err = gpt2q.Quantize(mm); err != nil {
			return nil, nil, err
		}
	}
	return q[0], q[1], nil
}
