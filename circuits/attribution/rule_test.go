package attribution

import (
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
)

// The largest-remainder rule (influence.RuleLargestRemainder) on the same
// fixture, compiled once.
var (
	lrOnce sync.Once
	lrPl   *influence.Plan
	lrCCS  constraint.ConstraintSystem
	lrErr  error
)

const hintLargestRemainder = "github.com/openproof/openproof/circuits/attribution.LargestRemainderHint"

func lrCompiled(t testing.TB, f *fixture) (*influence.Plan, constraint.ConstraintSystem) {
	t.Helper()
	lrOnce.Do(func() {
		p := *f.pl
		p.P.WeightRule = influence.RuleLargestRemainder
		lrPl = &p
		lrCCS, lrErr = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(lrPl, 10, len(f.data)))
	})
	if lrErr != nil {
		t.Fatal(lrErr)
	}
	return lrPl, lrCCS
}

func lrAssign(t testing.TB, f *fixture, pl *influence.Plan, input int, sk []influence.Sketch) *Assignment {
	t.Helper()
	a, err := Assign(pl, 10, mustTrace(t, f, input), f.data, sk)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// negated returns sketches whose every score on input in is −‖T‖² < 0.
func negated(t testing.TB, f *fixture, pl *influence.Plan, in int) []influence.Sketch {
	t.Helper()
	g, err := pl.TestGradient(mustTrace(t, f, in))
	if err != nil {
		t.Fatal(err)
	}
	neg := make([]influence.Sketch, len(f.sk))
	for i := range neg {
		neg[i] = make(influence.Sketch, len(g.Sketch))
		for j, v := range g.Sketch {
			neg[i][j] = -v
		}
	}
	return neg
}

func TestLargestRemainderHonest(t *testing.T) {
	f := load(t)
	pl, ccs := lrCompiled(t, f)
	t.Logf("%d constraints for %d contributors (top-remainder rule: %d)", ccs.GetNbConstraints(), len(f.data), compiled(t, f).GetNbConstraints())
	differs := false
	for _, in := range []int{0, 1, 2, 7, 13} {
		a := lrAssign(t, f, pl, in, f.sk)
		g, err := pl.TestGradient(mustTrace(t, f, in))
		if err != nil {
			t.Fatal(err)
		}
		sc, _ := influence.Scores(g.Sketch, f.sk)
		want := influence.LargestRemainder(sc)
		old, _ := influence.Weights(sc)
		var sum uint32
		for c, w := range a.Weights {
			sum += w
			if w != want[c] {
				t.Fatalf("input %d: weights %v, want %v", in, a.Weights, want)
			}
			differs = differs || w != old[c]
		}
		if sum != influence.PPM {
			t.Fatalf("input %d: weights %v sum to %d", in, a.Weights, sum)
		}
		if err := ccs.IsSolved(wit(t, a.Circuit)); err != nil {
			t.Fatalf("input %d: honest witness rejected: %v", in, err)
		}
		// The top-remainder rule's weights, where they differ, are refused.
		if old[0] != want[0] || old[1] != want[1] {
			a.Circuit.Digest = bigOf(influence.Digest(old))
			if err := ccs.IsSolved(wit(t, a.Circuit)); err == nil {
				t.Fatalf("input %d: top-remainder weights %v accepted under the largest-remainder rule", in, old)
			}
		}
	}
	if !differs {
		t.Log("no input where the two rules differ (3 contributors)")
	}
}

// With no positive score the pool is split equally (the lowest index takes
// the one ppm left): not all zero (which pays the owner), not to one party.
func TestLargestRemainderAllNegative(t *testing.T) {
	f := load(t)
	pl, ccs := lrCompiled(t, f)
	a := lrAssign(t, f, pl, 0, negated(t, f, pl, 0))
	want := []uint32{333_334, 333_333, 333_333}
	for c, w := range want {
		if a.Weights[c] != w {
			t.Fatalf("weights %v, want %v", a.Weights, want)
		}
	}
	if err := ccs.IsSolved(wit(t, a.Circuit)); err != nil {
		t.Fatalf("honest equal split rejected: %v", err)
	}
	for name, w := range map[string][]uint32{
		"all zero (the owner's case)": {0, 0, 0},
		"ppm left to the last index":  {333_333, 333_333, 333_334},
		"everything to the first":     {influence.PPM, 0, 0},
	} {
		t.Run(name, func(t *testing.T) {
			b := lrAssign(t, f, pl, 0, negated(t, f, pl, 0))
			b.Circuit.Digest = bigOf(influence.Digest(w))
			if err := ccs.IsSolved(wit(t, b.Circuit)); err == nil {
				t.Fatalf("weights %v accepted", w)
			}
		})
	}
}

// Each change of a public output, everything else honest, is refused.
func TestLargestRemainderSoundness(t *testing.T) {
	f := load(t)
	pl, ccs := lrCompiled(t, f)
	for name, mutate := range map[string]func(a *Assignment){
		"changed weight": func(a *Assignment) {
			w := append([]uint32(nil), a.Weights...)
			w[0]++
			w[1]--
			a.Circuit.Digest = bigOf(influence.Digest(w))
		},
		"root of other sketches": func(a *Assignment) {
			a.Circuit.Root = lrAssign(t, f, pl, 0, negated(t, f, pl, 0)).Circuit.Root
		},
		"changed contributor sketch": func(a *Assignment) {
			a.Circuit.Sketch[2][5] = f.sk[2][5] + 1
		},
	} {
		t.Run(name, func(t *testing.T) {
			a := lrAssign(t, f, pl, 0, f.sk)
			mutate(a)
			if err := ccs.IsSolved(wit(t, a.Circuit)); err == nil {
				t.Fatal("circuit accepted the change")
			}
		})
	}
}

// lrLies are lies about LargestRemainderHint (outputs e_0…e_{n−1},
// b_0…b_{n−1}).
var lrLies = []gadgetstest.Lie{
	{Name: "selection moved to the next index", F: moveSel(0, 1)},
	{Name: "boundary moved to the next index", F: moveSel(1, 1)},
	{Name: "boundary moved to the previous index", F: moveSel(1, -1)},
	{Name: "one more selected", F: func(_ *big.Int, _, out []*big.Int) bool {
		for i := range len(out) / 2 {
			if out[i].Sign() == 0 {
				out[i].SetInt64(1)
				return true
			}
		}
		return false
	}},
}

// moveSel moves the first 1 of half h (0: e, 1: b) with a 0 step places on.
func moveSel(h, step int) func(_ *big.Int, _, out []*big.Int) bool {
	return func(_ *big.Int, _, out []*big.Int) bool {
		n := len(out) / 2
		v := out[h*n : (h+1)*n]
		for i := range n {
			j := (i + step + n) % n
			if v[i].Sign() != 0 && v[j].Sign() == 0 {
				v[i].SetInt64(0)
				v[j].SetInt64(1)
				return true
			}
		}
		return false
	}
}

func TestLargestRemainderMaliciousHints(t *testing.T) {
	f := load(t)
	pl, ccs := lrCompiled(t, f)
	l := lies()
	l[hintLargestRemainder] = lrLies
	// Input 0 (some score positive; gnark's IsZero leaves its inverse free
	// at 0, so the all-negative case, z = 0, is covered by the tests above
	// and below instead).
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit(t, lrAssign(t, f, pl, 0, f.sk).Circuit), Lies: l, Sites: []int64{0}, EverySite: everySite, FollowPublics: true})
}

// Lies whose public digest follows them must be refused by a constraint:
// the tie-break (equal remainders: the lowest index first) and the
// threshold (a selected remainder below an unselected one).
func TestLargestRemainderLiesWithFollowingOutputs(t *testing.T) {
	f := load(t)
	pl, ccs := lrCompiled(t, f)
	lying := func(h solver.Hint, lie func(in, out []*big.Int) bool, changed *int) solver.Option {
		return solver.OverrideHint(solver.GetHintID(h), func(mod *big.Int, in, out []*big.Int) error {
			if err := h(mod, in, out); err != nil {
				return err
			}
			if *changed == 0 && lie(in, out) {
				*changed++
			}
			return nil
		})
	}
	// weightDiv lies at the first weight division (divisor Z', the sum of
	// the positive parts or n) whose quotient may move by dq.
	weightDiv := func(zz *big.Int, dq int64, remToo bool) func(in, out []*big.Int) bool {
		return func(in, out []*big.Int) bool {
			if in[1].Cmp(zz) != 0 || (dq < 0 && out[0].Sign() == 0) {
				return false
			}
			out[0].Add(out[0], big.NewInt(dq))
			if remToo {
				out[1].Sub(out[1], new(big.Int).Mul(big.NewInt(dq), zz))
			}
			return true
		}
	}
	for _, tc := range []struct {
		name string
		hint solver.Hint
		sk   func() []influence.Sketch
		// lie gets the input's Z' and its honest left-over ppm; nil: skip the input.
		lie func(zz *big.Int, left int) func(in, out []*big.Int) bool
	}{
		{
			// A floor one higher, remainder kept: only q·Z' + r = 10^6·p'
			// refuses it (one ppm fewer is left to spread).
			name: "weight floor +1", hint: DivHint, sk: func() []influence.Sketch { return f.sk },
			lie: func(zz *big.Int, left int) func(in, out []*big.Int) bool {
				if left < 1 {
					return nil
				}
				return weightDiv(zz, 1, false)
			},
		},
		{
			// A floor one lower, remainder + Z': the division holds, only
			// r < Z' refuses it.
			name: "weight floor −1, remainder + Z'", hint: DivHint, sk: func() []influence.Sketch { return f.sk },
			lie: func(zz *big.Int, left int) func(in, out []*big.Int) bool {
				if left > len(f.sk)-2 {
					return nil
				}
				return weightDiv(zz, -1, true)
			},
		},
		{
			// All remainders equal (the equal split): the ppm moves from
			// index 0 to index 2, the boundary from index 1 to index 0.
			name: "tie broken towards a later index", hint: LargestRemainderHint,
			sk:  func() []influence.Sketch { return negated(t, f, pl, 0) },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool { return tieLie },
		},
		{
			// A selected key swapped for a smaller unselected one, the
			// boundary moved to the largest key left unselected.
			name: "smaller remainder selected", hint: LargestRemainderHint,
			sk:  func() []influence.Sketch { return f.sk },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool { return swapLie },
		},
		{
			// e = 2 on a selected contributor and −1 on an unselected one
			// that is not the boundary: sums and both orderings hold.
			name: "selection 2 and −1", hint: LargestRemainderHint,
			sk: func() []influence.Sketch { return f.sk },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool {
				return func(in, out []*big.Int) bool { return boolLie(ecc.BN254.ScalarField(), in, out) }
			},
		},
		{
			// The smallest selected key dropped and made the boundary: only
			// Σ e = left refuses it.
			name: "one fewer selected", hint: LargestRemainderHint,
			sk:  func() []influence.Sketch { return f.sk },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool { return dropLie },
		},
		{
			// The boundary on the smallest selected key: weights unchanged,
			// τ's owner selected; only b·e = 0 refuses it.
			name: "boundary on a selected key", hint: LargestRemainderHint,
			sk:  func() []influence.Sketch { return f.sk },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool { return boundarySelLie },
		},
		{
			// Selection and boundary shifted one key down the order: a
			// larger key is left unselected above τ.
			name: "selection shifted down", hint: LargestRemainderHint,
			sk:  func() []influence.Sketch { return f.sk },
			lie: func(*big.Int, int) func(in, out []*big.Int) bool { return shiftLie },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sk := tc.sk()
			// The first embedded input on which the lie changes something.
			for in := range f.inputs {
				g, err := pl.TestGradient(mustTrace(t, f, in))
				if err != nil {
					t.Fatal(err)
				}
				sc, _ := influence.Scores(g.Sketch, sk)
				// Z' and the ppm left over, natively (influence.LargestRemainder).
				pos := make([]*big.Int, len(sc))
				zz, left := new(big.Int), influence.PPM
				for c, x := range sc {
					pos[c] = new(big.Int)
					if x.Sign() > 0 {
						pos[c].Set(x)
					}
					zz.Add(zz, pos[c])
				}
				if zz.Sign() == 0 {
					for c := range pos {
						pos[c].SetInt64(1)
					}
					zz.SetInt64(int64(len(pos)))
				}
				for _, p := range pos {
					left -= int(new(big.Int).Quo(new(big.Int).Mul(p, big.NewInt(influence.PPM)), zz).Int64())
				}
				lie := tc.lie(zz, left)
				if lie == nil {
					continue
				}
				a := lrAssign(t, f, pl, in, sk)
				changed := 0
				opts := append(gadgetstest.LenientOpts(t, ""), lying(tc.hint, lie, &changed))
				err = gadgetstest.FollowPublics(ccs, wit(t, a.Circuit), opts...)
				if changed == 0 {
					continue
				}
				if err == nil {
					t.Fatalf("input %d: accepted, with public outputs that follow the lie", in)
				}
				if !strings.Contains(err.Error(), " != ") {
					t.Fatalf("input %d: rejected, but not by a constraint: %v", in, err)
				}
				return
			}
			t.Fatal("the lie changes nothing on any embedded input: it tests nothing")
		})
	}
}

// tieLie: with all remainders equal (the equal split) the ppm moves from
// index 0 to index 2 and the boundary from index 1 to index 0.
func tieLie(_, out []*big.Int) bool {
	if len(out) != 6 || out[0].Sign() == 0 || out[4].Sign() == 0 {
		return false
	}
	out[0].SetInt64(0)
	out[2].SetInt64(1)
	out[4].SetInt64(0)
	out[3].SetInt64(1)
	return true
}

// swapLie selects a smaller unselected key instead of a selected one and
// moves the boundary to the largest key left unselected.
func swapLie(in, out []*big.Int) bool {
	n := len(out) / 2
	k := in[1:]
	for i := range n {
		for j := range n {
			if out[i].Sign() != 0 && out[j].Sign() == 0 && k[j].Cmp(k[i]) < 0 {
				out[i].SetInt64(0)
				out[j].SetInt64(1)
				best := -1
				for c := range n {
					out[n+c].SetInt64(0)
					if out[c].Sign() == 0 && (best < 0 || k[c].Cmp(k[best]) > 0) {
						best = c
					}
				}
				out[n+best].SetInt64(1)
				return true
			}
		}
	}
	return false
}

// keyOrder returns the indices by key, largest first.
func keyOrder(in []*big.Int) []int {
	k := in[1:]
	o := make([]int, len(k))
	for i := range o {
		o[i] = i
	}
	for i := range o {
		for j := i + 1; j < len(o); j++ {
			if k[o[j]].Cmp(k[o[i]]) > 0 {
				o[i], o[j] = o[j], o[i]
			}
		}
	}
	return o
}

func setSel(out []*big.Int, sel []int, boundary int) {
	n := len(out) / 2
	for i := range out {
		out[i].SetInt64(0)
	}
	for _, c := range sel {
		out[c].SetInt64(1)
	}
	out[n+boundary].SetInt64(1)
}

func boolLie(mod *big.Int, in, out []*big.Int) bool {
	n := len(out) / 2
	o := keyOrder(in)
	left := int(in[0].Int64())
	if left < 1 || left+1 >= n {
		return false
	}
	out[o[0]].SetInt64(2)
	out[o[n-1]].Sub(mod, big.NewInt(1)) // the smallest key, below the boundary o[left]
	return true
}

func dropLie(in, out []*big.Int) bool {
	o := keyOrder(in)
	left := int(in[0].Int64())
	if left < 1 {
		return false
	}
	setSel(out, o[:left-1], o[left-1])
	return true
}

func boundarySelLie(in, out []*big.Int) bool {
	o := keyOrder(in)
	left := int(in[0].Int64())
	if left < 1 {
		return false
	}
	setSel(out, o[:left], o[left-1])
	return true
}

func shiftLie(in, out []*big.Int) bool {
	n := len(out) / 2
	o := keyOrder(in)
	left := int(in[0].Int64())
	if left < 1 || left+1 >= n {
		return false
	}
	setSel(out, o[1:left+1], o[left+1])
	return true
}
