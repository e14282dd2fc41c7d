package attribution

import (
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
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
// outputs and reports whether it changed them (counted in *changed; the
// solver calls hints concurrently).
func lyingHint(h solver.Hint, changed *atomic.Int64, lie func(mod *big.Int, in, out []*big.Int) bool) solver.Option {
	return solver.OverrideHint(solver.GetHintID(h), func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return err
		}
		if lie(mod, in, out) {
			changed.Add(1)
		}
		return nil
	})
}

// once makes lie apply at the first call it changes something at (per
// solve: FollowPublics solves again, and each solve must lie the same way,
// so it resets on the call with the same inputs).
func once(lie func(mod *big.Int, in, out []*big.Int) bool) func(mod *big.Int, in, out []*big.Int) bool {
	var mu sync.Mutex
	var first []*big.Int
	return func(mod *big.Int, in, out []*big.Int) bool {
		mu.Lock()
		defer mu.Unlock()
		if first != nil && !sameInts(first, in) {
			return false
		}
		if !lie(mod, in, out) {
			return false
		}
		first = append([]*big.Int(nil), in...)
		return true
	}
}

func sameInts(a, b []*big.Int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Cmp(b[i]) != 0 {
			return false
		}
	}
	return true
}

// refusedFollowing asserts that a, solved with the lie in opts and the
// public outputs following it, is refused by a constraint.
func refusedFollowing(t *testing.T, a *Assignment, changed *atomic.Int64, opts ...solver.Option) {
	t.Helper()
	f := load(t)
	opts = append(gadgetstest.LenientOpts(t, ""), opts...)
	err := gadgetstest.FollowPublics(compiled(t, f), wit(t, a.Circuit), opts...)
	if changed.Load() == 0 {
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
			var changed atomic.Int64
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
	var changed atomic.Int64
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
	var changed atomic.Int64
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

// divClass names what a DivHint call divides for, from its divisor: the
// halving of Σe, a softmax quotient (divisor Σe), a rounding shift (a power
// of two) or a weight (divisor Z, the sum of positive scores, far larger).
func divClass(pl int, in []*big.Int) string {
	b := in[1]
	switch {
	case b.Cmp(big.NewInt(2)) == 0:
		return "half"
	case b.Sign() > 0 && new(big.Int).And(b, new(big.Int).Sub(b, big.NewInt(1))).Sign() == 0:
		return "round"
	case b.BitLen() <= pl+bitLen(10)+1:
		return "softmax"
	}
	return "ppm"
}

// Lies about one division q = ⌊a/b⌋, r = a − q·b.
var (
	quotientPlusOne = func(mod *big.Int, _, out []*big.Int) bool {
		gadgetstest.AddMod(mod, out[0], 1)
		return true
	}
	remainderPlusOne = func(mod *big.Int, in, out []*big.Int) bool {
		if new(big.Int).Add(out[1], big.NewInt(1)).Cmp(in[1]) >= 0 {
			return false // r + 1 = b: the remainder's range refuses it too
		}
		gadgetstest.AddMod(mod, out[1], 1)
		return true
	}
	// The same a = q·b + r with r ∈ [b, 2b): only r < b refuses it.
	quotientDown = func(mod *big.Int, in, out []*big.Int) bool {
		if out[0].Sign() == 0 {
			return false // q − 1 < 0: the quotient's range refuses it too
		}
		gadgetstest.AddMod(mod, out[0], -1)
		out[1].Add(out[1], in[1]).Mod(out[1], mod)
		return true
	}
)

// Catches the mutants of the divisions (attr-half-eq, attr-softmax-div,
// attr-softmax-rem, attr-round-div, attr-round-rem, attr-ppm-div,
// attr-ppm-rem): one division of each kind lies, with the public outputs
// following, so that only its own equation or remainder bound refuses it.
// (The malicious-hint test lies at the first call site only, a halving, in
// the fast tier.)
func TestDivisionLies(t *testing.T) {
	f := load(t)
	F := int(f.pl.P.DeltaBits)
	for _, tc := range []struct {
		class, name string
		lie         func(mod *big.Int, in, out []*big.Int) bool
	}{
		{"half", "quotient+1", quotientPlusOne},
		{"softmax", "quotient+1", quotientPlusOne},
		{"softmax", "quotient−1, remainder+divisor", quotientDown},
		{"round", "remainder+1", remainderPlusOne},
		{"round", "quotient−1, remainder+divisor", quotientDown},
		{"ppm", "quotient+1", quotientPlusOne},
		{"ppm", "quotient−1, remainder+divisor", quotientDown},
	} {
		t.Run(tc.class+"/"+tc.name, func(t *testing.T) {
			var changed atomic.Int64
			lie := lyingHint(DivHint, &changed, once(func(mod *big.Int, in, out []*big.Int) bool {
				return divClass(F, in) == tc.class && tc.lie(mod, in, out)
			}))
			refusedFollowing(t, f.assign(t, 0), &changed, lie)
		})
	}
}

// Catches mutants attr-onehot-bool and attr-onehot-sum. Without
// booleanity, the selector 2·e_a − e_b (a the prediction) sums to 1 and,
// for a suitable b, keeps every y_max − y_i and its tie-break in range;
// without the sum, two contributors share the top score's remainder.
func TestOneHotLies(t *testing.T) {
	f := load(t)
	n := len(f.data)
	t.Run("prediction 2·e_a − e_b", func(t *testing.T) {
		var changed atomic.Int64
		lie := lyingHint(ArgmaxHint, &changed, func(mod *big.Int, in, out []*big.Int) bool {
			if len(in) == n {
				return false
			}
			sel, ok := doubledSelector(mod, in, out)
			if ok {
				for i := range out {
					out[i].Mod(big.NewInt(sel[i]), mod)
				}
			}
			return ok
		})
		refusedFollowing(t, f.assign(t, 0), &changed, lie)
	})
	t.Run("two top scores", func(t *testing.T) {
		var changed atomic.Int64
		twoHot := gadgetstest.AttributionLies[gadgetstest.HintArgmax][2].F
		lie := lyingHint(ArgmaxHint, &changed, func(mod *big.Int, in, out []*big.Int) bool {
			return len(in) == n && twoHot(mod, in, out)
		})
		refusedFollowing(t, f.assign(t, 0), &changed, lie)
	})
}

// doubledSelector returns 2·e_a − e_b for the one-hot out (on a), with b
// the index of the largest logit below y_a for which every d_i = y_max −
// y_i and d_i − lt_i lie in [0, 256), as the circuit checks them. (The
// largest, so that y_max = 2·y_a − y_b stays close to the logits and their
// exponentials do not all round to 0, which the softmax refuses.)
func doubledSelector(mod *big.Int, in, out []*big.Int) ([]int64, bool) {
	y := make([]int64, len(in))
	a := -1
	for i, v := range in {
		s := new(big.Int).Set(v)
		if s.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
			s.Sub(s, mod)
		}
		y[i] = s.Int64()
		if out[i].Sign() != 0 {
			a = i
		}
	}
	var best []int64
	for b := range y {
		if b == a || (best != nil && y[b] <= y[indexOf(best, -1)]) {
			continue
		}
		sel := make([]int64, len(y))
		sel[a], sel[b] = 2, -1
		ymax := 2*y[a] - y[b]
		ok := true
		var lt int64
		for i := len(y) - 1; i >= 0; i-- {
			d := ymax - y[i]
			ok = ok && d >= 0 && d < 256 && d-lt >= 0 && d-lt < 256
			lt += sel[i]
		}
		if ok {
			best = sel
		}
	}
	return best, best != nil
}

func indexOf(v []int64, x int64) int {
	for i, e := range v {
		if e == x {
			return i
		}
	}
	return -1
}

// Catches mutant attr-sign-sum: a non-negative score's positive part + 1,
// the negative part 0: the product and both ranges hold, only s = pos − neg
// refuses it.
func TestSignSum(t *testing.T) {
	f := load(t)
	var changed atomic.Int64
	lie := lyingHint(SignHint, &changed, once(func(mod *big.Int, _, out []*big.Int) bool {
		if out[1].Sign() != 0 {
			return false
		}
		gadgetstest.AddMod(mod, out[0], 1)
		return true
	}))
	refusedFollowing(t, f.assign(t, 0), &changed, lie)
}
