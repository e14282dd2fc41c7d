package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/prover/bundle"
)

// The attributed generation fixture's statement: circuits/gpt2's tiny
// attributed test fixture (d = 16, vocabulary 32, four contributors).
var (
	attrGenPrompt = []int{5, 9, 30}
	attrGenKey    = commit.AdapterKey{Salt: commit.Uint(424242), Owner: commit.DemoKey().Owner}
)

const attrGenTokens = 4

// attrGenModel is circuits/gpt2's tiny adapted model (its tests' tiny():
// 1 layer, 2 heads, d = 16, context 8, vocabulary 32, calibrated over the
// base and two rank-2 c_attn adapters), seeded.
func attrGenModel(ctx context.Context) (*gpt2q.Model, error) {
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 16, NPositions: 8, VocabSize: 32, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	data := make([]int, 400)
	for i := range data {
		data[i] = (i*7 + i%5) % 32
	}
	m, err := gpt2train.Init(c, 1)
	if err != nil {
		return nil, err
	}
	if _, err = gpt2train.Train(ctx, m, data, gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 7, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		return nil, err
	}
	m.RoundToFloat32()
	models := []*infgpt2.Model{m.Clone()}
	for seed := uint64(5); seed <= 6; seed++ {
		a := m.Clone()
		if err = gpt2train.AttachLoRA(a, infgpt2.ModAttn, 2, 4, seed); err != nil {
			return nil, err
		}
		if _, err = gpt2train.Train(ctx, a, data[seed:], gpt2train.Options{Seed: seed, Steps: 8, BatchSize: 2, SeqLen: 7, LR: 3e-2}); err != nil {
			return nil, err
		}
		models = append(models, a)
	}
	var runs []gpt2q.CalibrationRun
	for _, mm := range models {
		runs = append(runs, gpt2q.CalibrationRun{Model: mm, Windows: gpt2q.Windows(data, 4, 8)})
	}
	cal, err := gpt2q.Calibrate(ctx, runs)
	if err != nil {
		return nil, err
	}
	models[1].Config.Quantization = cal
	return gpt2q.Quantize(models[1])
}

// attrGenDatanet is the tiny test fixture's Datanet: four contributors of
// three windows each.
func attrGenDatanet() (*datanet.Datanet, error) {
	seqs := map[string]func(i int) int{
		"periodic":  func(i int) int { return (i*7 + i%5) % 32 },
		"periodic2": func(i int) int { return ((i+17)*7 + (i+17)%5) % 32 },
		"shifted":   func(i int) int { return (i*7 + i%5 + 3) % 32 },
		"other":     func(i int) int { return (i*i + 11) % 32 },
	}
	b := datanet.NewBuilder("tiny-text", 4, 32)
	for id, f := range seqs {
		for rec := range 3 {
			in := make([]uint8, 4)
			for j := range in {
				in[j] = uint8(f(rec*5 + j))
			}
			b.Add(id, uint8(f(rec*5+4)), in)
		}
	}
	return b.Build()
}

func attrGenParams() textattr.Params {
	return textattr.Params{Seed: 7, K: 4, ShiftB: 6, ShiftA: 6, NormBits: 20, Window: 4, Records: 3,
		DampPPM: influence.RobustMethod().DampPPM, CurvBits: influence.RobustMethod().CurvBits}
}

// attrGenStatement is the fixture's plan, artifacts and generation trace.
func attrGenStatement(ctx context.Context) (*textattr.Plan, *textattr.Artifacts, *gpt2q.Trace, error) {
	q, err := attrGenModel(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	pl, err := textattr.NewPlan(q, attrGenParams())
	if err != nil {
		return nil, nil, nil, err
	}
	d, err := attrGenDatanet()
	if err != nil {
		return nil, nil, nil, err
	}
	art, err := textattr.Compute(ctx, pl, d)
	if err != nil {
		return nil, nil, nil, err
	}
	tr, err := q.Generate(ctx, attrGenPrompt, attrGenTokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
	return pl, art, tr, err
}

// generationAttributedFixture proves the attributed generation
// (gpt2.AttributedCircuit: the generation's four public inputs, then the
// Datanet root and the attribution digest) with one development setup, and
// writes an inference-format bundle (proof, public inputs, digests), the
// Datanet's leaves and the weights the digest binds (fixtures.AttributedGeneration),
// the verifying key, the inner adapter commitment and the folded verifier.
func generationAttributedFixture(ctx context.Context, dir string) error {
	pl, art, tr, err := attrGenStatement(ctx)
	if err != nil {
		return err
	}
	c, err := gpt2.NewAttributed(pl, len(tr.Prompt), len(tr.Output), len(art.Contribs))
	if err != nil {
		return err
	}
	cc, keys, err := setup(ctx, c, "gpt2-attributed-fixture")
	if err != nil {
		return err
	}
	if n := cc.Constraints(); n > 1<<15 {
		return fmt.Errorf("%d constraints, above 2^15", n)
	}
	w, at, err := gpt2.AssignAttributed(ctx, pl, art, tr, attrGenKey)
	if err != nil {
		return err
	}
	pub, err := gpt2.AttributedPublicsOf(pl, art, tr, attrGenKey, at)
	if err != nil {
		return err
	}
	b, err := prove(ctx, cc, keys, w)
	if err != nil {
		return err
	}
	b.Model = bundle.Model{Name: "tiny-gpt-attributed", Digest: bundle.FormatElement(pub.ModelDigest)}
	b.Adapter = bundle.Adapter{Name: "tiny-lora", Commitment: bundle.FormatElement(pub.AdapterCommitment)}
	b.InputDigest, b.OutputDigest = bundle.FormatElement(pub.PromptDigest), bundle.FormatElement(pub.OutputDigest)
	b.Output = make([]int64, len(tr.Output))
	for i, t := range tr.Output {
		b.Output[i] = int64(t)
	}
	if err := b.Check(); err != nil {
		return err
	}
	ag := fixtures.AttributedGeneration{Window: pl.P.Window, Vocab: art.Classes, Weights: at.Weights,
		Prompt: tr.Prompt, Output: tr.Output}
	for _, ci := range art.Contribs {
		ag.Data = append(ag.Data, ci.DataCommitment)
		ag.Sketches = append(ag.Sketches, ci.SketchCommitment)
	}
	fdir := filepath.Join(dir, fixtures.GenerationAttributedDir())
	if err := os.MkdirAll(fdir, 0o755); err != nil {
		return err
	}
	if err := b.Write(filepath.Join(fdir, "bundle-0.json")); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(ag, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(fdir, fixtures.GenerationAttributedFile), append(raw, '\n'), 0o644); err != nil {
		return err
	}
	if err := writeVK(filepath.Join(fdir, "vk.bin"), keys.VK); err != nil {
		return err
	}
	inner, err := gpt2.InnerCommitment(pl.Q, attrGenKey.Salt)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(fdir, fixtures.AdapterInnerFile), []byte(commit.Hex(inner)+"\n"), 0o644); err != nil {
		return err
	}
	src, err := fixtures.RenderAttributedGenerationVerifier(keys.VK, b)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, fixtures.GenerationAttributedVerifierPath()), src, 0o644)
}
