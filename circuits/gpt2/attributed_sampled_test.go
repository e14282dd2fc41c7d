package gpt2

import (
	"math/big"
	"slices"
	"testing"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// TestAttributedSampled: a sampled generation with its attribution solves
// the attributed sampled circuit; the public inputs are ordered as
// documented; another seed, a flipped sampled token, or the attribution of
// another seed's generation are refused; that generation's own witness
// solves.
func TestAttributedSampled(t *testing.T) { eachWidth(t, testAttributedSampled) }

func testAttributedSampled(t *testing.T, bits uint) {
	pl, art, _ := attrFixture(t, bits)
	c, err := NewAttributedSampled(pl, tinyPrompt, tinyTokens, len(art.Contribs), tinyTemperature, tinyTopK)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	idx, err := gadgetstest.PublicIndices(ccs, "Gen_ModelDigest", "Gen_AdapterCommitment", "Gen_PromptDigest", "Gen_OutputDigest", "Gen_Seed_0", "DatanetRoot", "AttributionDigest")
	if err != nil || !slices.Equal(idx, []int{0, 1, 2, 3, 4, 5, 6}) {
		t.Fatalf("public inputs %v (err %v)", idx, err)
	}
	tr := generateSampled(t, pl.Q, prompt, "7")
	seed2, tr2 := otherSeed(t, pl.Q, prompt, tr)
	w2, at2 := assignAttributed(t, pl, art, tr2)
	if err := ccs.IsSolved(gadgetstest.Witness(t, w2)); err != nil {
		t.Fatalf("seed %s: honest attributed sampled generation rejected: %v", seed2, err)
	}
	out := slices.Clone(tr.Output)
	out[len(out)-1] = (out[len(out)-1] + 1) % pl.Q.Config.VocabSize
	tests := []struct {
		name string
		mut  func(w *AttributedCircuit)
	}{
		{"another seed", func(w *AttributedCircuit) { w.Gen.Seed[0] = seedBig(t, seed2) }},
		{"flipped last sampled token", func(w *AttributedCircuit) { w.Gen.OutputDigest = big1(TokenDigest(TagOutput, out)) }},
		{"another seed's tokens and attribution", func(w *AttributedCircuit) {
			w.Gen.OutputDigest, w.AttributionDigest = big1(TokenDigest(TagOutput, tr2.Output)), big1(at2.Digest)
		}},
		{"seed", func(w *AttributedCircuit) { w.Gen.Seed[0] = big.NewInt(8) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, _ := assignAttributed(t, pl, art, tr)
			if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err != nil {
				t.Fatalf("honest attributed sampled generation rejected: %v", err)
			}
			tc.mut(w)
			if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err == nil {
				t.Fatal("tampered attributed sampled generation accepted")
			}
		})
	}
}
