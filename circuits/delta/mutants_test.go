package delta

import (
	"math/big"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

// The tests in this file each hold a false witness that one constraint
// alone refuses (named by its mutant marker, see scripts/mutants): the
// public outputs follow the lie (gadgetstest.FollowPublics), so only that
// constraint can refuse it, and deleting it makes the test fail.

// refusedFollowing asserts that w, solved under opts with the range-check
// hints playing along and the public outputs following, is refused by a
// constraint.
func refusedFollowing(t *testing.T, ccs constraint.ConstraintSystem, w witness.Witness, opts ...solver.Option) {
	t.Helper()
	err := gadgetstest.FollowPublics(ccs, w, append(gadgetstest.LenientOpts(t, ""), opts...)...)
	if err == nil {
		t.Fatal("accepted, with public outputs that follow the lie")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}

// wideDeltaBytes is DeltaBytesHint for any integer x, A and B (it refuses
// non-int8 values, which a cheating prover's solver would not).
func wideDeltaBytes(mod *big.Int, in, out []*big.Int) error {
	var d [6]int
	for i := range d {
		d[i] = int(in[i].Int64())
	}
	nIn, nOut, rank, T, k, M := d[0], d[1], d[2], d[3], d[4], d[5]
	m := Module{In: nIn, Out: nOut, Rank: rank, Shift: uint(k)}
	half := new(big.Int).Rsh(mod, 1)
	vals := make([]int64, len(in)-6)
	for i, v := range in[6:] {
		s := new(big.Int).Set(v)
		if s.Cmp(half) > 0 {
			s.Sub(s, mod)
		}
		vals[i] = s.Int64()
	}
	a, b, x := vals[:rank*nIn], vals[rank*nIn:rank*nIn+nOut*rank], vals[rank*nIn+nOut*rank:]
	S, e := m.fracBits()
	nb := m.nBytes()
	l := quant.Layer{Shift: uint(k)}
	for t := range T {
		for i := range nOut {
			var dl int64
			for r := range rank {
				var h int64
				for j := range nIn {
					h += a[r*nIn+j] * x[t*nIn+j]
				}
				dl += b[i*rank+r] * h
			}
			q, rem := l.Requantize(0, dl, uint32(M), true)
			v := new(big.Int).Lsh(big.NewInt(q+1<<31), S+e)
			v.Add(v, new(big.Int).Lsh(new(big.Int).SetUint64(rem), e))
			o := out[(t*nOut+i)*nb : (t*nOut+i+1)*nb]
			for j := range o {
				o[j].SetUint64(v.Uint64() & 0xff)
				v.Rsh(v, 8)
			}
		}
	}
	return nil
}

// Catches mutants delta-x-int8 and delta-a-int8: x[0] + 256 and x[1] − 1
// (or the same on A) pack to the same digest (commitment) but give another
// Δy, whose digest follows; only the int8 checks refuse them.
func TestInputsAreInt8(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  func(c *Circuit, f *fixture)
	}{
		{"x", func(c *Circuit, f *fixture) {
			x := f.tr.Modules[0].X
			c.Modules[0].X[0], c.Modules[0].X[1] = int64(x[0])+256, int64(x[1])-1
		}},
		{"A", func(c *Circuit, f *fixture) {
			a := f.a.Layers[0].A
			c.Modules[0].A[0], c.Modules[0].A[1] = int64(a[0])+256, int64(a[1])-1
		}},
	} {
		for _, mode := range []Mode{Direct, Freivalds} {
			t.Run(tc.name+"/"+mode.String(), func(t *testing.T) {
				f := newFixture(t, 5, 2)
				s := f.shape(t, []int{0, 2}, 0, 2, mode)
				ccs := gadgetstest.Compile(t, mustNew(t, s))
				c := mustAssign(t, s, f)
				tc.set(c, f)
				wide := solver.OverrideHint(solver.GetHintID(DeltaBytesHint), wideDeltaBytes)
				refusedFollowing(t, ccs, gadgetstest.Witness(t, c), wide)
			})
		}
	}
}

// Catches mutant freivalds-exponent: a bytes hint that moves one unit of
// Δy from output 0 of token 1 to output 1 of token 0. With v_t = ρ^t
// instead of ρ^(out·t) both entries carry the weight ρ^1 in Freivalds'
// identity and the change cancels.
func TestFreivaldsExponents(t *testing.T) {
	f := newFixture(t, 6, 3)
	s := f.shape(t, []int{0, 1}, 0, 3, Freivalds)
	ccs := gadgetstest.Compile(t, mustNew(t, s))
	var changed atomic.Int64 // the solver calls hints concurrently
	orig := DeltaBytesHint
	moved := solver.OverrideHint(solver.GetHintID(orig), func(mod *big.Int, in, out []*big.Int) error {
		if err := orig(mod, in, out); err != nil {
			return err
		}
		nb, nOut := nbOf(in), int(in[1].Int64())
		S, e := Module{Shift: uint(in[4].Int64())}.fracBits()
		unit := new(big.Int).Lsh(big.NewInt(1), S+e)
		addV(out[1*nb:2*nb], unit)                             // token 0, output 1
		addV(out[nOut*nb:(nOut+1)*nb], new(big.Int).Neg(unit)) // token 1, output 0
		changed.Add(1)
		return nil
	})
	refusedFollowing(t, ccs, gadgetstest.Witness(t, mustAssign(t, s, f)), moved)
	if changed.Load() == 0 {
		t.Fatal("the lie changed nothing: it tests nothing")
	}
}

// addV adds d to the little-endian bytes o.
func addV(o []*big.Int, d *big.Int) {
	v := new(big.Int)
	for j := len(o) - 1; j >= 0; j-- {
		v.Lsh(v, 8).Add(v, o[j])
	}
	v.Add(v, d)
	for j := range o {
		o[j].SetUint64(v.Uint64() & 0xff)
		v.Rsh(v, 8)
	}
}

// Every hint of the pinned circuit lies, with the public inputs fixed and
// then following the lie: the pinned adapter is a constant, so only the
// output decomposition and the range checks can be lied about.
func TestPinnedMaliciousHints(t *testing.T) {
	f := newFixture(t, 7, 2)
	s := f.shape(t, []int{0, 1}, 0, 2, Direct)
	c, err := NewPinned(s, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	w, err := AssignPinned(s, f.tr, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: gadgetstest.Witness(t, w), Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
}
