//go:build prover_checks

package gpt2

import (
	"testing"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/demo"
)

// TestAttributedDemoCost compiles the embedded model's generation circuit
// with and without the attribution to its text Datanet (43 contributors,
// 128-value sketches) for a 4-token prompt and 8 generated tokens, and logs
// the constraint counts (also with one contributor, for the cost per contributor) (docs/attribution-text.md). Reproduce:
// `go test -tags prover_checks ./circuits/gpt2 -run TestAttributedDemoCost -v -count=1`.
func TestAttributedDemoCost(t *testing.T) {
	q, err := demo.GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	art, err := demo.GPTTextArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := textattr.NewPlan(q, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	const prompt, tokens = 4, 8
	plain, err := New(q, prompt, tokens)
	if err != nil {
		t.Fatal(err)
	}
	np := gadgetstest.Compile(t, plain).GetNbConstraints()
	c, err := NewAttributed(pl, prompt, tokens, len(art.Contribs))
	if err != nil {
		t.Fatal(err)
	}
	na := gadgetstest.Compile(t, c).GetNbConstraints()
	one, err := NewAttributed(pl, prompt, tokens, 1)
	if err != nil {
		t.Fatal(err)
	}
	n1 := gadgetstest.Compile(t, one).GetNbConstraints()
	t.Logf("prompt %d, T = %d (%d positions), sketch %d: generation %d constraints; attributed to %d contributors %d (+%d), to 1 contributor %d (+%d): %d per further contributor",
		prompt, tokens, Positions(prompt, tokens), pl.Dim(), np, len(art.Contribs), na, na-np, n1, n1-np, (na-n1)/(len(art.Contribs)-1))
}
