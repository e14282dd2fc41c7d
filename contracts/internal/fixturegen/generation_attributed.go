package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/attribution/textattr/textattrtest"
	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover/bundle"
)

// The attributed generation fixture's statement: circuits/gpt2's tiny
// attributed test fixture (d = 16, vocabulary 32, four contributors).
var (
	attrGenPrompt = []int{5, 9, 30}
	attrGenKey    = commit.AdapterKey{Salt: commit.Uint(424242), Owner: commit.DemoKey().Owner}
)

const attrGenTokens = 4

// attrGenStatement is the fixture's plan, artifacts and generation trace:
// circuits/gpt2's tiny adapted model (gpt2qtest.PeriodicModels' adapted
// one) and its four-contributor Datanet, sketched
// (textattrtest.PeriodicArtifacts).
func attrGenStatement(ctx context.Context) (*textattr.Plan, *textattr.Artifacts, *gpt2q.Trace, error) {
	_, q, _, err := gpt2qtest.PeriodicModels(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	pl, art, err := textattrtest.PeriodicArtifacts(ctx, q)
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
