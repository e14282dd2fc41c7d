//go:build prover_checks

package gpt2

import (
	"testing"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// TestWideDemoCost compiles the embedded model's default demo generation
// (prompt "Yo", 7 generated characters) at 12 bits (its committed
// calibration, scheme openproof-fx12-tf-v3) and at 8 bits (that
// calibration narrowed by gpt2q.CalibrationAt, scheme
// openproof-int8-tf-v2) and logs both constraint counts. Reproduce:
// `go test -tags prover_checks ./circuits/gpt2 -run TestWideDemoCost -v -count=1`.
func TestWideDemoCost(t *testing.T) {
	q12, err := demo.GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := gpt2q.CalibrationAt(m.Config.Quantization, tfops.ActBits8)
	if err != nil {
		t.Fatal(err)
	}
	m.Config.Quantization = &cal
	q8, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	const prompt, tokens = 2, 7
	var n [2]int
	for i, q := range []*gpt2q.Model{q8, q12} {
		c, err := New(q, prompt, tokens)
		if err != nil {
			t.Fatal(err)
		}
		n[i] = gadgetstest.Compile(t, c).GetNbConstraints()
	}
	t.Logf("demo generation, prompt %d, T = %d (%d positions), L%d d%d: 8 bits %d constraints, 12 bits %d (%+d, logit span check %d bits)",
		prompt, tokens, Positions(prompt, tokens), q8.Config.NLayer, q8.Config.NEmbd, n[0], n[1], n[1]-n[0], logitSpanBits(q12))
}
