package gadgets

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

type linearCircuit struct {
	X, A, B []frontend.Variable
	M       frontend.Variable
	Acc, Z  []frontend.Variable // expected
	l       *quant.Layer
	rank    int
}

func (c *linearCircuit) Define(api frontend.API) error {
	acc, err := Dense(api, c.l.W, c.l.Bias, c.X)
	if err != nil {
		return err
	}
	for i := range acc {
		api.AssertIsEqual(acc[i], c.Acc[i])
	}
	if c.rank == 0 {
		return nil
	}
	z, err := LoRA(api, acc, c.X, c.A, c.B, c.M, c.rank)
	if err != nil {
		return err
	}
	for i := range z {
		api.AssertIsEqual(z[i], c.Z[i])
	}
	return nil
}

func vars8(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// Dense and LoRA compute quant's acc and z = acc·2^32 + δ·M exactly, also
// at the extremes of int8 (−128·−128) and of M.
func TestLinearMatchesQuant(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const in, out, rank = 7, 5, 3
	for trial := range 20 {
		w := gadgetstest.Rand8(rng, in*out)
		w[0] = 0 // zero weights are skipped
		l := &quant.Layer{Name: "t", In: in, Out: out, W: w, Bias: make([]int32, out), Shift: 9}
		for i := range l.Bias {
			l.Bias[i] = int32(rng.IntN(1<<20) - 1<<19)
		}
		x, a, b := gadgetstest.Rand8(rng, in), gadgetstest.Rand8(rng, rank*in), gadgetstest.Rand8(rng, out*rank)
		m := uint32(rng.Uint64())
		if trial == 0 {
			for i := range x {
				x[i] = -128
			}
			for i := range a {
				a[i] = -128
			}
			for i := range b {
				b[i] = -128
			}
			m = 1<<32 - 1
		}
		al := &quant.AdapterLayer{Rank: rank, A: a, B: b, M: m}
		tr, err := l.Forward(x, al)
		if err != nil {
			t.Fatal(err)
		}
		accs, zs := make([]frontend.Variable, out), make([]frontend.Variable, out)
		for i := range zs {
			accs[i] = tr.Acc[i]
			z := new(big.Int).Lsh(big.NewInt(tr.Acc[i]), quant.AdapterShift)
			zs[i] = z.Add(z, new(big.Int).Mul(big.NewInt(tr.Delta[i]), new(big.Int).SetUint64(uint64(m))))
		}
		circuit := &linearCircuit{X: make([]frontend.Variable, in), A: make([]frontend.Variable, rank*in),
			B: make([]frontend.Variable, out*rank), Acc: make([]frontend.Variable, out), Z: make([]frontend.Variable, out), l: l, rank: rank}
		good := &linearCircuit{X: vars8(x), A: vars8(a), B: vars8(b), M: m, Acc: accs, Z: zs}
		if err := test.IsSolved(circuit, good, field); err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		bad := *good
		bad.Z = append([]frontend.Variable(nil), zs...)
		bad.Z[out-1] = new(big.Int).Add(zs[out-1].(*big.Int), big.NewInt(1))
		if test.IsSolved(circuit, &bad, field) == nil {
			t.Fatalf("trial %d: wrong z accepted", trial)
		}
	}
}

func TestLinearRejectsShapes(t *testing.T) {
	var api frontend.API // shapes are checked before anything is built
	x := make([]frontend.Variable, 3)
	if _, err := Dense(api, make([]int8, 5), make([]int32, 2), x); err == nil {
		t.Error("Dense with 5 weights for 3→2 accepted")
	}
	if _, err := LoRA(api, make([]frontend.Variable, 2), x, make([]frontend.Variable, 6), make([]frontend.Variable, 3), 1, 2); err == nil {
		t.Error("LoRA with |B| = 3 for rank 2, 2 outputs accepted")
	}
	if _, err := LoRA(api, make([]frontend.Variable, 2), x, nil, nil, 1, 0); err == nil {
		t.Error("LoRA of rank 0 accepted")
	}
}

// The base layer costs no multiplication constraints; the LoRA path one per
// private MAC plus one per rank.
func TestLinearCost(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const in, out, rank = 100, 40, 4
	l := &quant.Layer{In: in, Out: out, W: gadgetstest.Rand8(rng, in*out), Bias: make([]int32, out)}
	count := func(rank int) int {
		c := &linearCircuit{X: make([]frontend.Variable, in), A: make([]frontend.Variable, rank*in),
			B: make([]frontend.Variable, out*rank), Acc: make([]frontend.Variable, out), Z: make([]frontend.Variable, out), l: l, rank: rank}
		ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.GetNbConstraints()
	}
	base := count(0)
	if base != out { // only the Acc equalities of the test circuit
		t.Errorf("base layer %d→%d: %d constraints, want %d (the test's own equalities)", in, out, base, out)
	}
	if got, want := count(rank)-base-out, rank*in+rank+out*rank; got != want {
		t.Errorf("LoRA rank %d: %d constraints, want %d", rank, got, want)
	}
}
