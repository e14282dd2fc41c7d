package gpt2

import (
	"context"
	"sync"
	"testing"

	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
)

// The small 12-bit fixture (gpt2qtest.SmallModelsBits: 1 layer, d = 8,
// 2 heads, vocabulary 16, context 4): a 2-token prompt and 2 generated
// tokens, greedy or sampled, each circuit below the 2^15 constraints of
// setups in tests.
const (
	smallPrompt = 2
	smallTokens = 2
)

var (
	smallOnce sync.Once
	smallQ    [2]*gpt2q.Model // base, adapted
	smallErr  error
	smallP    = []int{3, 10}
)

func smallWide(t *testing.T) (base, adapted *gpt2q.Model) {
	t.Helper()
	smallOnce.Do(func() {
		smallQ[0], smallQ[1], smallErr = gpt2qtest.SmallModelsBits(context.Background(), 12)
	})
	if smallErr != nil {
		t.Fatal(smallErr)
	}
	if smallQ[0].Bits != 12 {
		t.Fatalf("a %d-bit model", smallQ[0].Bits)
	}
	return smallQ[0], smallQ[1]
}

// smallCase is one small 12-bit circuit: greedy (seed "") or sampled
// (tinyTemperature, tinyTopK, the seed).
type smallCase struct {
	name string
	seed string
}

var smallCases = []smallCase{{"greedy", ""}, {"sampled", "7"}}

func (sc smallCase) decoding() gpt2q.Decoding {
	if sc.seed == "" {
		return gpt2q.Decoding{Mode: gpt2q.Greedy}
	}
	return sampling(sc.seed)
}

func (sc smallCase) circuit(t *testing.T, q *gpt2q.Model) constraint.ConstraintSystem {
	t.Helper()
	var c *Circuit
	var err error
	if sc.seed == "" {
		c, err = New(q, smallPrompt, smallTokens)
	} else {
		c, err = NewSampled(q, smallPrompt, smallTokens, tinyTemperature, tinyTopK)
	}
	if err != nil {
		t.Fatal(err)
	}
	return gadgetstest.Compile(t, c)
}

func (sc smallCase) generate(t *testing.T, q *gpt2q.Model) *gpt2q.Trace {
	t.Helper()
	tr, err := q.Generate(context.Background(), smallP, smallTokens, sc.decoding())
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// TestWideSmall: the small 12-bit fixture's greedy and sampled circuits,
// base and adapted, are below 2^15 constraints, the LM head's logit span
// fits the sampler, and the runtime's traces are witnesses.
func TestWideSmall(t *testing.T) {
	base, adapted := smallWide(t)
	if n := logitSpanBits(adapted); n > tfgadgets.SpanBits {
		t.Fatalf("fixture: logit span bound %d bits", n)
	}
	for _, sc := range smallCases {
		for name, q := range map[string]*gpt2q.Model{"base": base, "adapted": adapted} {
			t.Run(sc.name+"/"+name, func(t *testing.T) {
				ccs := sc.circuit(t, q)
				if n := ccs.GetNbConstraints(); n > 1<<15 {
					t.Fatalf("%d constraints: too large for a setup in tests", n)
				}
				if err := solve(t, ccs, assign(t, q, sc.generate(t, q))); err != nil {
					t.Fatalf("honest generation rejected: %v", err)
				}
				t.Logf("%d constraints", ccs.GetNbConstraints())
			})
		}
	}
}
