package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover/bundle"
)

// TestGenerationFixtureStatements: the committed generation bundle (the
// settlement tests' vectors) states what the Go reference computes from
// the seeded model: its model digest, the owned commitment of the committed
// inner commitment under commit.DemoOwner, the prompt, the greedy output
// and their digests, in the circuit's public input order; its vk_sha256 is
// the committed key's, and the committed Solidity verifier is that key's
// export with the model digest fixed.
func TestGenerationFixtureStatements(t *testing.T) {
	ctx := context.Background()
	g, inner, err := fixtures.LoadGeneration("../..")
	if err != nil {
		t.Fatal(err)
	}
	q, err := generationModel(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := q.Generate(ctx, generationPrompt, generationTokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	var in fr.Element
	in.SetBigInt(inner)
	want := []string{
		bundle.FormatElement(gpt2.ModelDigest(q)),
		bundle.FormatElement(commit.OwnedCommitment(in, generationKey.Owner)),
		bundle.FormatElement(gpt2.TokenDigest(gpt2.TagPrompt, tr.Prompt)),
		bundle.FormatElement(gpt2.TokenDigest(gpt2.TagOutput, tr.Output)),
	}
	if ic, err := gpt2.InnerCommitment(q, generationKey.Salt); err != nil || !ic.Equal(&in) {
		t.Fatalf("the committed inner commitment is not the model's adapter's (%v)", err)
	}
	var got []string
	for _, p := range g.PublicInputs {
		got = append(got, p.Value)
	}
	if !slices.Equal(got, want) || g.Model.Digest != want[0] || g.Adapter.Commitment != want[1] || g.PromptDigest != want[2] || g.OutputDigest != want[3] {
		t.Fatalf("the bundle states %v, the model gives %v: run `go run ./contracts/internal/fixturegen -only generation`", got, want)
	}
	if !slices.Equal(g.Prompt, tr.Prompt) || !slices.Equal(g.Output, tr.Output) {
		t.Fatalf("prompt %v output %v, the model gives %v %v", g.Prompt, g.Output, tr.Prompt, tr.Output)
	}
	vk, err := fixtures.LoadGenerationVK("../..")
	if err != nil {
		t.Fatal(err)
	}
	if h, err := bundle.VKSHA256(vk); err != nil || h != g.VKSHA256 {
		t.Fatalf("vk.bin hashes to %s (%v), the bundle names %s", h, err, g.VKSHA256)
	}
	src, err := fixtures.RenderGenerationVerifier(vk, g)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("../..", fixtures.GenerationVerifierPath()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Fatalf("%s is not the export of the committed key", fixtures.GenerationVerifierPath())
	}
}

// TestGenerationAttributedFixtureStatements: the committed attributed
// generation fixture states what the Go reference computes (the tiny model,
// its text Datanet, the greedy generation and its attribution): the six
// public inputs, the Datanet's commitments and the weights; the committed
// verifier is the export of the committed key.
func TestGenerationAttributedFixtureStatements(t *testing.T) {
	ctx := context.Background()
	b, ag, inner, err := fixtures.LoadGenerationAttributed("../..")
	if err != nil {
		t.Fatal(err)
	}
	pl, art, tr, err := attrGenStatement(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, at, err := gpt2.AssignAttributed(ctx, pl, art, tr, attrGenKey)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := gpt2.AttributedPublicsOf(pl, art, tr, attrGenKey, at)
	if err != nil {
		t.Fatal(err)
	}
	var in fr.Element
	in.SetBigInt(inner)
	if ic, err := gpt2.InnerCommitment(pl.Q, attrGenKey.Salt); err != nil || !ic.Equal(&in) {
		t.Fatalf("the committed inner commitment is not the model's adapter's (%v)", err)
	}
	want := []string{}
	for _, e := range []fr.Element{pub.ModelDigest, pub.AdapterCommitment, pub.PromptDigest, pub.OutputDigest, pub.DatanetRoot, pub.AttributionDigest} {
		want = append(want, bundle.FormatElement(e))
	}
	var got []string
	for _, p := range b.PublicInputs {
		got = append(got, p.Value)
	}
	if !slices.Equal(got, want) || b.InputDigest != want[2] || b.OutputDigest != want[3] {
		t.Fatalf("the bundle states %v, the reference gives %v: run `go run ./contracts/internal/fixturegen -only %s`", got, want, fixtures.GenerationAttributedName)
	}
	if !slices.Equal(ag.Weights, at.Weights) || !slices.Equal(ag.Prompt, tr.Prompt) || !slices.Equal(ag.Output, tr.Output) || len(ag.Data) != len(art.Contribs) {
		t.Fatalf("weights %v prompt %v output %v; the reference gives %v %v %v", ag.Weights, ag.Prompt, ag.Output, at.Weights, tr.Prompt, tr.Output)
	}
	for i, c := range art.Contribs {
		if ag.Data[i] != c.DataCommitment || ag.Sketches[i] != c.SketchCommitment {
			t.Fatalf("contributor %d: commitments %s %s, the reference gives %s %s", i, ag.Data[i], ag.Sketches[i], c.DataCommitment, c.SketchCommitment)
		}
	}
	vk, err := fixtures.LoadGenerationAttributedVK("../..")
	if err != nil {
		t.Fatal(err)
	}
	if h, err := bundle.VKSHA256(vk); err != nil || h != b.VKSHA256 {
		t.Fatalf("vk.bin hashes to %s (%v), the bundle names %s", h, err, b.VKSHA256)
	}
	src, err := fixtures.RenderAttributedGenerationVerifier(vk, b)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("../..", fixtures.GenerationAttributedVerifierPath()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Fatalf("%s is not the export of the committed key", fixtures.GenerationAttributedVerifierPath())
	}
}
