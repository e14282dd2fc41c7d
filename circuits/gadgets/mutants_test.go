package gadgets

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// Catches mutant table-counts-committed: the byte table's multiplicities
// must be committed before its challenge r is drawn. A prover who may pick
// them after r balances Σ m_j/(r − j) = Σ 1/(r − q_i) for any queries, a
// non-byte among them, by solving for m_0.
//
// The solver draws the commitment at random; here it is a fixed function
// of the committed wires (as the Groth16 prover's commitment is, through a
// hash), and the lying count hint computes it from the queries alone: what
// it would be if the counts were not committed. With the counts committed,
// the commitment the lie assumed is not the one the circuit uses.
func TestByteTableCommitsCounts(t *testing.T) {
	v := []frontend.Variable{3, 300, -7, 120} // 300 is not int8
	ccs := gadgetstest.Compile(t, &int8Circuit{V: make([]frontend.Variable, len(v))})
	w := gadgetstest.Witness(t, &int8Circuit{V: v})

	// commitment is the stand-in hash of the committed wires: 1 + Σ w_i²
	// (symmetric, so the order the builder sorts the wires in is moot).
	commitment := func(mod *big.Int, in []*big.Int) *big.Int {
		c := big.NewInt(1)
		for _, x := range in {
			c.Add(c, new(big.Int).Mul(x, x))
		}
		return c.Mod(c, mod)
	}
	zeroMask := func(_ *big.Int, _, out []*big.Int) error {
		for _, o := range out {
			o.SetInt64(0)
		}
		return nil
	}
	hash := func(mod *big.Int, in, out []*big.Int) error {
		out[0].Set(commitment(mod, in))
		return nil
	}
	lied := false
	// The committed wires, without the counts, are the values v (queries
	// q = v + 128) and the mask (0).
	balance := func(mod *big.Int, in, out []*big.Int) error {
		vals := make([]*big.Int, len(in))
		for i, q := range in {
			vals[i] = new(big.Int).Sub(q, big.NewInt(128))
		}
		r := commitment(mod, vals)
		inv := func(x *big.Int) *big.Int { return new(big.Int).ModInverse(new(big.Int).Mod(x, mod), mod) }
		rhs := new(big.Int) // Σ 1/(r − q_i)
		for _, q := range in {
			rhs.Add(rhs, inv(new(big.Int).Sub(r, q)))
		}
		for _, o := range out {
			o.SetInt64(0)
		}
		lhs := new(big.Int) // Σ_{j ≥ 1} m_j/(r − j), the bytes counted honestly
		for _, q := range in {
			if j := q.Int64(); q.IsInt64() && j >= 1 && j < int64(len(out)) {
				out[j].Add(out[j], big.NewInt(1))
				lhs.Add(lhs, inv(new(big.Int).Sub(r, q)))
			}
		}
		out[0].Sub(rhs, lhs).Mul(out[0], r).Mod(out[0], mod) // m_0 = r·(rhs − lhs)
		lied = true
		return nil
	}
	err := ccs.IsSolved(w,
		solver.OverrideHint(solver.GetHintID(gadgetstest.Registered(t, gadgetstest.HintMask)), zeroMask),
		solver.OverrideHint(solver.GetHintID(gadgetstest.Registered(t, gadgetstest.HintCommitment)), hash),
		solver.OverrideHint(solver.GetHintID(CountHint), balance))
	if !lied {
		t.Fatal("the count hint was not called")
	}
	if err == nil {
		t.Fatal("a non-byte passed the byte table with multiplicities chosen after the challenge")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}
