package gadgets

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

type tableBitsCircuit struct {
	V    []frontend.Variable
	bits int
}

func (c *tableBitsCircuit) Define(api frontend.API) error {
	g := New(api)
	for _, v := range c.V {
		if err := g.AssertTableBits(v, c.bits); err != nil {
			return err
		}
	}
	return nil
}

// countModSize is a lenient CountHint: it counts every query modulo the
// table size instead of refusing, as a malicious prover's solver would.
func countModSize(_ *big.Int, in, out []*big.Int) error {
	size := big.NewInt(int64(len(out)))
	for _, o := range out {
		o.SetInt64(0)
	}
	for _, v := range in {
		j := new(big.Int).Mod(v, size).Int64()
		out[j].Add(out[j], big.NewInt(1))
	}
	return nil
}

// TestAssertTableBits: values in [0, 2^bits) pass the wide table, values
// outside fail by the constraints (also with a lenient count hint); widths
// outside 9…MaxTableBits are refused.
func TestAssertTableBits(t *testing.T) {
	for _, bits := range []int{9, 12} {
		top := int64(1)<<bits - 1
		for _, tc := range []struct {
			v  *big.Int
			ok bool
		}{
			{big.NewInt(0), true}, {big.NewInt(top), true}, {big.NewInt(top / 3), true},
			{big.NewInt(top + 1), false}, {big.NewInt(1 << 20), false}, {new(big.Int).Sub(field, big.NewInt(1)), false},
		} {
			name := fmt.Sprintf("%d bits/%v", bits, tc.v)
			c := &tableBitsCircuit{V: make([]frontend.Variable, 2), bits: bits}
			w := &tableBitsCircuit{V: []frontend.Variable{tc.v, 5}}
			for _, opts := range [][]test.TestEngineOption{nil, {test.WithReplacementHint(solver.GetHintID(CountHint), countModSize)}} {
				err := test.IsSolved(c, w, field, opts...)
				if tc.ok && err != nil {
					t.Errorf("%s: rejected: %v", name, err)
				}
				if !tc.ok && err == nil {
					t.Errorf("%s (lenient count %v): accepted", name, opts != nil)
				}
			}
		}
	}
	for _, bits := range []int{8, 13} {
		c := &tableBitsCircuit{V: make([]frontend.Variable, 1), bits: bits}
		if test.IsSolved(c, &tableBitsCircuit{V: []frontend.Variable{0}}, field) == nil {
			t.Errorf("%d bits accepted", bits)
		}
	}
}
