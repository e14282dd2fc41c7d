package gpt2

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/attribution/textattr/textattrtest"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/gpt2q"
)

// attrFix is the attributed fixture at one activation width.
type attrFix struct {
	once sync.Once
	pl   *textattr.Plan
	art  *textattr.Artifacts
	ccs  constraint.ConstraintSystem
	err  error
}

// attrFixes: 8 bits (tiny) and 12 bits (tinyWide).
var attrFixes = map[uint]*attrFix{8: {}, 12: {}}

// attrWidths are the activation widths every attributed test runs at.
var attrWidths = []uint{8, 12}

func attrFixture(t *testing.T, bits uint) (*textattr.Plan, *textattr.Artifacts, constraint.ConstraintSystem) {
	t.Helper()
	_, adapted, _ := tiny(t)
	if bits != 8 {
		_, adapted, _ = tinyWide(t)
	}
	f := attrFixes[bits]
	f.once.Do(func() {
		// The four-contributor periodic Datanet, sketched with K = 4 (16
		// values per sketch of the rank-2 adapter).
		if f.pl, f.art, f.err = textattrtest.PeriodicArtifacts(context.Background(), adapted); f.err != nil {
			return
		}
		var c *AttributedCircuit
		if c, f.err = NewAttributed(f.pl, tinyPrompt, tinyTokens, len(f.art.Contribs)); f.err != nil {
			return
		}
		f.ccs = gadgetstest.Compile(t, c)
	})
	if f.err != nil {
		t.Fatal(f.err)
	}
	return f.pl, f.art, f.ccs
}

// eachWidth runs f as one subtest per attributed width.
func eachWidth(t *testing.T, f func(t *testing.T, bits uint)) {
	for _, w := range attrWidths {
		t.Run(fmt.Sprintf("%d bits", w), func(t *testing.T) { f(t, w) })
	}
}

func assignAttributed(t *testing.T, pl *textattr.Plan, art *textattr.Artifacts, tr *gpt2q.Trace) (*AttributedCircuit, *textattr.Attribution) {
	t.Helper()
	w, at, err := AssignAttributed(context.Background(), pl, art, tr, key())
	if err != nil {
		t.Fatal(err)
	}
	return w, at
}

// mixedPrompt's attribution has positive and negative scores (checked in
// TestAttributedMaliciousHints, whose sign lies need both).
var mixedPrompt = []int{5, 9, 30}

// TestAttributedGeneration: the Go reference's weights solve, for two
// prompts whose attributions differ, and the fixture's weights are not
// degenerate (several contributors weighted).
func TestAttributedGeneration(t *testing.T) { eachWidth(t, testAttributedGeneration) }

func testAttributedGeneration(t *testing.T, bits uint) {
	pl, art, ccs := attrFixture(t, bits)
	var digests []fr.Element
	for _, p := range [][]int{prompt, mixedPrompt} {
		w, at := assignAttributed(t, pl, art, generate(t, pl.Q, p))
		if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err != nil {
			t.Fatalf("prompt %v: honest attributed generation rejected: %v", p, err)
		}
		nonzero := 0
		for _, v := range at.Weights {
			if v > 0 {
				nonzero++
			}
		}
		if nonzero < 2 {
			t.Fatalf("fixture: prompt %v weights %v: fewer than two contributors weighted", p, at.Weights)
		}
		t.Logf("prompt %v: scores %v weights %v", p, at.Scores, at.Weights)
		digests = append(digests, at.Digest)
	}
	if digests[0] == digests[1] {
		t.Fatal("fixture: two prompts give the same attribution")
	}
	plain := compiled(t, pl.Q).GetNbConstraints()
	t.Logf("tiny attributed circuit (%d positions, %d contributors, sketch %d): %d constraints, the generation alone %d (+%d)",
		Positions(tinyPrompt, tinyTokens), len(art.Contribs), pl.Dim(), ccs.GetNbConstraints(), plain, ccs.GetNbConstraints()-plain)
}

// TestAttributedRefused: a lying weight, a wrong Datanet root, a changed
// contributor sketch or data commitment, and a wrong output digest are
// refused.
func TestAttributedRefused(t *testing.T) { eachWidth(t, testAttributedRefused) }

func testAttributedRefused(t *testing.T, bits uint) {
	pl, art, ccs := attrFixture(t, bits)
	tr := generate(t, pl.Q, prompt)
	_, at := assignAttributed(t, pl, art, tr)
	top := at.Top
	if top < 0 {
		t.Fatal("fixture: no positive score")
	}
	other := (top + 1) % len(at.Weights)
	lying := append([]uint32(nil), at.Weights...)
	lying[top]--
	lying[other]++
	otherArt := *art
	otherArt.Contribs = append([]textattr.ContributorInfo(nil), art.Contribs...)
	otherArt.Contribs[0].Sketch = append(influence.Sketch(nil), art.Contribs[0].Sketch...)
	otherArt.Contribs[0].Sketch[0]++
	otherRoot, err := otherArt.RootWith(pl)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]int(nil), tr.Output...)
	out[len(out)-1] = (out[len(out)-1] + 1) % 32
	tests := []struct {
		name string
		mut  func(w *AttributedCircuit)
	}{
		{"a lying weight", func(w *AttributedCircuit) { w.AttributionDigest = big1(influence.Digest(lying)) }},
		{"all weight to the top", func(w *AttributedCircuit) {
			all := make([]uint32, len(at.Weights))
			all[top] = influence.PPM
			w.AttributionDigest = big1(influence.Digest(all))
		}},
		{"no weights", func(w *AttributedCircuit) {
			w.AttributionDigest = big1(influence.Digest(make([]uint32, len(at.Weights))))
		}},
		{"wrong datanet root", func(w *AttributedCircuit) { w.DatanetRoot = big1(otherRoot) }},
		{"changed sketch, root kept", func(w *AttributedCircuit) {
			w.Contributors[0].Sketch[0] = new(big.Int).Add(toBig(w.Contributors[0].Sketch[0]), big.NewInt(1))
		}},
		{"changed data commitment, root kept", func(w *AttributedCircuit) {
			w.Contributors[1].Data = new(big.Int).Add(toBig(w.Contributors[1].Data), big.NewInt(1))
		}},
		{"swapped contributors, root kept", func(w *AttributedCircuit) {
			w.Contributors[0], w.Contributors[1] = w.Contributors[1], w.Contributors[0]
		}},
		{"wrong output digest", func(w *AttributedCircuit) { w.Gen.OutputDigest = big1(TokenDigest(TagOutput, out)) }},
		{"wrong model digest", func(w *AttributedCircuit) {
			w.Gen.ModelDigest = new(big.Int).Add(toBig(w.Gen.ModelDigest), big.NewInt(1))
		}},
		{"wrong adapter commitment", func(w *AttributedCircuit) {
			w.Gen.AdapterCommitment = new(big.Int).Add(toBig(w.Gen.AdapterCommitment), big.NewInt(1))
		}},
		{"wrong prompt digest", func(w *AttributedCircuit) { w.Gen.PromptDigest = big1(TokenDigest(TagPrompt, mixedPrompt)) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, _ := assignAttributed(t, pl, art, tr)
			tc.mut(w)
			if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err == nil {
				t.Fatal("tampered attributed generation accepted")
			}
		})
	}
	// A sketch changed with the root and digest following it is another,
	// true statement (another Datanet): it must solve, or the tests above
	// prove nothing about the sketches.
	w, at2, err := AssignAttributed(context.Background(), pl, &otherArt, tr, key())
	if err != nil {
		t.Fatal(err)
	}
	if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err != nil {
		t.Fatalf("the other Datanet's honest attribution rejected: %v", err)
	}
	_ = at2
}

// TestAttributedMaliciousHints: every hint's lies are refused, also with
// the output and attribution digests following the lie (the model digest,
// adapter commitment, prompt digest and Datanet root are the verifier's).
func TestAttributedMaliciousHints(t *testing.T) { eachWidth(t, testAttributedMaliciousHints) }

func testAttributedMaliciousHints(t *testing.T, bits uint) {
	pl, art, ccs := attrFixture(t, bits)
	w, at := assignAttributed(t, pl, art, generate(t, pl.Q, mixedPrompt))
	neg, pos := 0, 0
	for _, s := range at.Scores {
		if s.Sign() < 0 {
			neg++
		} else if s.Sign() > 0 {
			pos++
		}
	}
	if neg == 0 || pos < 2 {
		t.Fatalf("fixture: scores %v need a negative and two positive ones", at.Scores)
	}
	skip := map[string]bool{"p and n swapped": true, "no saturation: y = q": true, "saturated at the other bound": true}
	lies := map[string][]gadgetstest.Lie{gadgetstest.NBitsHint: gadgetstest.BitLies} // the owner's range check
	for h, ls := range gadgetstest.TFLies {
		for _, l := range ls {
			if !(h == gadgetstest.HintRequant && skip[l.Name]) {
				lies[h] = append(lies[h], l)
			}
		}
	}
	for h, ls := range gadgetstest.AttributionLies {
		if _, ok := lies[h]; !ok {
			lies[h] = ls
		}
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: gadgetstest.Witness(t, w), Lies: lies,
		Sites: []int64{gadgetstest.AllSites, 0, 40}, SomeSite: true, Lenient: true, ByConstraint: true,
		FollowPublics: true, Fixed: []string{"Gen_ModelDigest", "Gen_AdapterCommitment", "Gen_PromptDigest", "DatanetRoot"}})
}
