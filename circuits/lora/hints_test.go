package lora

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
)

// lies lists, for every hint the circuit uses, lies that must each make the
// circuit unsatisfiable (gadgetstest.Malicious).
var lies = map[string][]gadgetstest.Lie{
	gadgetstest.HintRequant:   gadgetstest.RequantLies,
	gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256, gadgetstest.BytesRotated},
	gadgetstest.HintCount:     countLies,
	gadgetstest.HintLogDeriv:  countLies,
	gadgetstest.NBitsHint:     gadgetstest.BitLies,
}

var countLies = []gadgetstest.Lie{gadgetstest.OneMore, gadgetstest.MovedCount, gadgetstest.AllZero}

// lieFixture returns a fixture whose forward pass saturates at both bounds,
// so that every lie about saturation changes some output.
func lieFixture(t *testing.T) *fixture {
	for seed := uint64(100); seed < 200; seed++ {
		f := newFixture(t, seed, reluGELU, []int{2, 2})
		if hi, lo := f.saturated(); hi > 0 && lo > 0 {
			return f
		}
	}
	t.Fatal("no fixture saturates at both bounds")
	return nil
}

// Every hint the compiled circuit uses is replaced by lying versions; each
// lie must change some hint output and leave the R1CS unsatisfiable, by a
// constraint.
func TestMaliciousHints(t *testing.T) {
	f := lieFixture(t)
	ccs := gadgetstest.Compile(t, f.circuit(t))
	w := gadgetstest.Witness(t, f.assign(t))
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
	gadgetstest.FixedRandomness(t, ccs, w, 1, 12345)
}

// Out-of-range witnesses that keep every digest are rejected by the R1CS
// even when the range checks' hints play along instead of failing.
func TestRangeCheckWithLenientHints(t *testing.T) {
	f := newFixture(t, 4, reluGELU, []int{2, 2})
	ccs := gadgetstest.Compile(t, f.circuit(t))
	al1 := f.a.Layers[1]
	tests := []struct {
		name string
		mut  func(c *InferenceCircuit) []int8
	}{
		{"input", func(c *InferenceCircuit) []int8 {
			x := widen(f.x)
			x[0], x[1] = x[0]+256, x[1]-1
			c.Input = vars64(x)
			return forwardWide(f.m, x, f.a, nil)
		}},
		{"M", func(c *InferenceCircuit) []int8 {
			m := big.NewInt(int64(al1.M) + 1<<32)
			c.Adapter[1].M = m
			c.AdapterCommitment = commitmentWithM(f, 1, m)
			return forwardWide(f.m, widen(f.x), f.a, map[int]wideLayer{1: {A: widen(al1.A), B: widen(al1.B), M: m}})
		}},
	}
	opts := []solver.Option{
		solver.OverrideHint(solver.GetHintID(gadgetstest.Registered(t, gadgetstest.HintCount)), gadgetstest.CountMod256),
		solver.OverrideHint(solver.GetHintID(gadgetstest.Registered(t, gadgetstest.HintDecompose)), gadgetstest.LowBytes),
	}
	if err := ccs.IsSolved(gadgetstest.Witness(t, f.assign(t)), opts...); err != nil {
		t.Fatalf("lenient hints reject the honest witness: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(f.assign(t))
			c.OutputDigest = commit.OutputDigest(tc.mut(c))
			var w witness.Witness = gadgetstest.Witness(t, c)
			err := ccs.IsSolved(w, opts...)
			if err == nil {
				t.Fatal("out-of-range witness accepted")
			}
			if !strings.Contains(err.Error(), " != ") {
				t.Fatalf("rejected, but not by a constraint: %v", err)
			}
		})
	}
}
