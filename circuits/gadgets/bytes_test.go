package gadgets

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

type bitsCircuit struct {
	V    frontend.Variable
	bits int
}

func (c *bitsCircuit) Define(api frontend.API) error {
	return New(api).AssertBits(c.V, c.bits)
}

type int8Circuit struct{ V []frontend.Variable }

func (c *int8Circuit) Define(api frontend.API) error {
	New(api).AssertInt8(c.V...)
	return nil
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

func TestAssertBits(t *testing.T) {
	minus := func(a *big.Int, d int64) *big.Int { return new(big.Int).Sub(a, big.NewInt(d)) }
	// gadgetstest.LowBytes decomposes without refusing out-of-range values:
	// what a malicious prover's solver does. The constraints alone must reject.
	for _, bits := range []int{1, 2, 7, 8, 9, 15, 16, 20, 32, 40, 63, 64} {
		max := minus(pow2(bits), 1)
		tests := []struct {
			v  *big.Int
			ok bool
		}{
			{big.NewInt(0), true}, {big.NewInt(1), true}, {max, true}, {new(big.Int).Rsh(max, 1), true},
			{pow2(bits), false}, {new(big.Int).Add(pow2(bits), big.NewInt(1)), false}, {pow2(bits + 3), false},
			{minus(field, 1), false}, {minus(field, 256), false},
		}
		for _, tc := range tests {
			name := fmt.Sprintf("%d bits/%v", bits, tc.v)
			circuit := &bitsCircuit{bits: bits}
			for _, opts := range [][]test.TestEngineOption{nil, {test.WithReplacementHint(solver.GetHintID(DecomposeHint), gadgetstest.LowBytes)}} {
				err := test.IsSolved(circuit, &bitsCircuit{V: tc.v}, field, opts...)
				if tc.ok && err != nil {
					t.Errorf("%s: rejected: %v", name, err)
				}
				if !tc.ok && err == nil {
					t.Errorf("%s (lenient hint %v): accepted", name, opts != nil)
				}
			}
		}
	}
	if err := test.IsSolved(&bitsCircuit{bits: 0}, &bitsCircuit{V: 0}, field); err != nil {
		t.Errorf("0 in 0 bits rejected: %v", err)
	}
	if test.IsSolved(&bitsCircuit{bits: 0}, &bitsCircuit{V: 1}, field) == nil {
		t.Error("1 in 0 bits accepted")
	}
	if test.IsSolved(&bitsCircuit{bits: MaxBits + 1}, &bitsCircuit{V: 0}, field) == nil {
		t.Error("range check wider than MaxBits accepted")
	}
}

func TestAssertInt8(t *testing.T) {
	// gadgetstest.CountMod256 lets non-bytes through the multiplicity hint;
	// only the log-derivative identity can reject them.
	all := make([]frontend.Variable, 256)
	for i := range all {
		all[i] = i - 128
	}
	tests := []struct {
		name string
		v    []frontend.Variable
		ok   bool
	}{
		{"every int8", all, true},
		{"repeats", []frontend.Variable{-128, -128, 127, 0, 0, 0}, true},
		{"128", []frontend.Variable{0, 128}, false},
		{"-129", []frontend.Variable{-129, 5}, false},
		{"field-1 as -1+p", []frontend.Variable{new(big.Int).Sub(field, big.NewInt(129))}, false},
		{"256 offsets", []frontend.Variable{5 + 256, 4 - 1}, false},
	}
	for _, tc := range tests {
		circuit := &int8Circuit{V: make([]frontend.Variable, len(tc.v))}
		for _, opts := range [][]test.TestEngineOption{nil, {test.WithReplacementHint(solver.GetHintID(CountHint), gadgetstest.CountMod256)}} {
			err := test.IsSolved(circuit, &int8Circuit{V: tc.v}, field, opts...)
			if tc.ok && err != nil {
				t.Errorf("%s: rejected: %v", tc.name, err)
			}
			if !tc.ok && err == nil {
				t.Errorf("%s (lenient hint %v): accepted", tc.name, opts != nil)
			}
		}
	}
}

// everything uses every randomized gadget: byte checks, wide range checks
// and two distinct GELU tables.
type everything struct {
	X []frontend.Variable
	Z frontend.Variable
}

func (c *everything) Define(api frontend.API) error {
	g := New(api)
	g.AssertInt8(c.X...)
	if err := g.AssertBits(c.Z, 40); err != nil {
		return err
	}
	for _, e := range []int{3, 5} {
		r := Requant{FracBits: 9, Act: quant.ActGELU, SlackBits: 9, GELU: quant.GELUTable(e)}
		if _, _, err := g.Requantize(c.Z, r); err != nil {
			return err
		}
	}
	return nil
}

// Every lookup and range check shares one Groth16 commitment.
func TestOneCommitment(t *testing.T) {
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, &everything{X: make([]frontend.Variable, 3)})
	if err != nil {
		t.Fatal(err)
	}
	if coms := ccs.GetCommitments().(constraint.Groth16Commitments); len(coms) != 1 {
		t.Fatalf("%d commitments, want 1", len(coms))
	}
	if err := test.IsSolved(&everything{X: make([]frontend.Variable, 3)}, &everything{X: []frontend.Variable{1, -2, 3}, Z: 12345}, field); err != nil {
		t.Fatal(err)
	}
}

// Int8 checks cost one constraint each, wide checks one per byte plus the
// recomposition: the per-value costs the package doc promises.
func TestRangeCheckCost(t *testing.T) {
	count := func(c frontend.Circuit) int {
		ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.GetNbConstraints()
	}
	base := count(&int8Circuit{V: make([]frontend.Variable, 100)})
	// (+2: gnark may compress the argument's long sums into a wire.)
	if d := count(&int8Circuit{V: make([]frontend.Variable, 200)}) - base; d > 100+2 {
		t.Errorf("100 more int8 checks cost %d constraints, want ≤ 100", d)
	}
	type wide struct {
		bits, want int
	}
	for _, tc := range []wide{{8, 1}, {7, 2}, {32, 5}, {40, 6}, {41, 8}} {
		c := &multiBits{V: make([]frontend.Variable, 100), bits: tc.bits}
		d := count(&multiBits{V: make([]frontend.Variable, 200), bits: tc.bits}) - count(c)
		if d > 100*tc.want+2 {
			t.Errorf("100 more %d-bit checks cost %d constraints, want ≤ %d", tc.bits, d, 100*tc.want)
		}
	}
}

type multiBits struct {
	V    []frontend.Variable
	bits int
}

func (c *multiBits) Define(api frontend.API) error {
	g := New(api)
	for _, v := range c.V {
		if err := g.AssertBits(v, c.bits); err != nil {
			return err
		}
	}
	return nil
}
