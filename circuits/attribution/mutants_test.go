package attribution

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

// The tests in this file each hold a false witness that one constraint
// alone refuses (named by its mutant marker, see scripts/mutants): the
// public outputs follow the lie (gadgetstest.FollowPublics), so only that
// constraint can refuse it, and deleting it makes the test fail.

// lyingHint replaces h by h followed by lie, which rewrites the honest
// outputs and reports whether it changed them (counted in *changed).
func lyingHint(h solver.Hint, changed *int, lie func(mod *big.Int, in, out []*big.Int) bool) solver.Option {
	return solver.OverrideHint(solver.GetHintID(h), func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return err
		}
		if lie(mod, in, out) {
			*changed++
		}
		return nil
	})
}

// refusedFollowing asserts that a, solved with the lie in opts and the
// public outputs following it, is refused by a constraint.
func refusedFollowing(t *testing.T, a *Assignment, changed *int, opts ...solver.Option) {
	t.Helper()
	f := load(t)
	opts = append(gadgetstest.LenientOpts(t, ""), opts...)
	err := gadgetstest.FollowPublics(compiled(t, f), wit(t, a.Circuit), opts...)
	if *changed == 0 {
		t.Fatal("the lie changed nothing: it tests nothing")
	}
	if err == nil {
		t.Fatal("accepted, with public outputs that follow the lie")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}

// Catches mutants attr-relu-mask-zero and attr-relu-mask-pos: a ReLU
// backward mask flipped where the input is positive (0 instead of 1: only
// (1 − mask)·x = 0 refuses it) or where it is zero (1 instead of 0: only
// mask·(x − 1) ≥ 0 refuses it). Both are boolean, so the booleanity check
// passes them.
func TestReLUMaskFlips(t *testing.T) {
	f := load(t)
	for _, tc := range []struct {
		name     string
		positive bool // flip where x > 0, else where x = 0
	}{{"0 where x > 0", true}, {"1 where x = 0", false}} {
		t.Run(tc.name, func(t *testing.T) {
			changed := 0
			flip := lyingHint(PositiveHint, &changed, func(_ *big.Int, in, out []*big.Int) bool {
				if (in[0].Sign() != 0) != tc.positive {
					return false
				}
				out[0].SetInt64(1 - out[0].Int64())
				return true
			})
			refusedFollowing(t, f.assign(t, 0), &changed, flip)
		})
	}
}

// Catches mutant attr-argmax-tie: with two equal largest logits the
// prediction is the first; a one-hot on the last one passes every other
// check (both are maxima).
func TestArgmaxTieBreak(t *testing.T) {
	f := load(t)
	trs := mustTrace(t, f, 0)
	logits := quant.Output(trs)
	top := quant.Argmax(logits)
	other := top + 1
	if other == len(logits) {
		other = top - 1
	}
	logits[other] = logits[top] // a tie: the forward pass is not proven here
	a, err := Assign(f.pl, 10, trs, f.data, f.sk)
	if err != nil {
		t.Fatal(err)
	}
	if err := compiled(t, f).IsSolved(wit(t, a.Circuit)); err != nil {
		t.Fatalf("honest witness with tied logits rejected: %v", err)
	}
	changed := 0
	last := lyingHint(ArgmaxHint, &changed, func(_ *big.Int, in, out []*big.Int) bool {
		if len(in) != len(logits) {
			return false // the top score's argmax
		}
		i := max(top, other)
		for k := range out {
			out[k].SetInt64(0)
		}
		out[i].SetInt64(1)
		return true
	})
	refusedFollowing(t, a, &changed, last)
}

// Catches mutant attr-top-max: the rounding remainder 10^6 − Σ floors goes
// to the first top score; a one-hot on another contributor moves it there.
func TestRemainderRecipient(t *testing.T) {
	f := load(t)
	a := f.assign(t, 0)
	changed := 0
	moved := lyingHint(ArgmaxHint, &changed, func(_ *big.Int, in, out []*big.Int) bool {
		if len(in) != len(f.data) {
			return false // the prediction's argmax
		}
		for k := range out {
			if out[k].Sign() != 0 {
				out[k].SetInt64(0)
				out[(k+1)%len(out)].SetInt64(1)
				return true
			}
		}
		return false
	})
	refusedFollowing(t, a, &changed, moved)
}
