package attribution

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// The class term (influence.MethodRobustClass, Params.ClassTerm) on the same
// fixture: the committed vectors are f.sk followed by their class table
// (every second embedded digit as reference, β = 3, s = 30), compiled once.
var (
	clOnce sync.Once
	clPl   *influence.Plan
	clSk   []influence.Sketch
	clCCS  constraint.ConstraintSystem
	clErr  error
)

const classShift = 30

func classCompiled(t testing.TB, f *fixture) (*influence.Plan, []influence.Sketch, constraint.ConstraintSystem) {
	t.Helper()
	clOnce.Do(func() {
		p := f.pl.P
		p.ClassTerm, p.ClassShift = true, classShift
		if clPl, clErr = influence.NewPlan(f.pl.Model, f.pl.Adapter, p); clErr != nil {
			return
		}
		var tab []influence.Sketch
		if tab, clErr = clPl.ClassTable(context.Background(), f.d, f.sk, influence.RobustClassMethod(3_000_000, 2)); clErr != nil {
			return
		}
		for c := range f.sk {
			clSk = append(clSk, append(append(influence.Sketch(nil), f.sk[c]...), tab[c]...))
		}
		clCCS, clErr = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(clPl, 10, len(f.data)))
	})
	if clErr != nil {
		t.Fatal(clErr)
	}
	return clPl, clSk, clCCS
}

func classAssign(t testing.TB, f *fixture, in int) *Assignment {
	t.Helper()
	pl, sk, _ := classCompiled(t, f)
	a, err := Assign(pl, 10, mustTrace(t, f, in), f.data, sk)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// classWeights are the weights of ⟨S, T⟩ + 2^s·C[k] (k: the class whose
// term is added), computed here from the parts.
func classWeights(t testing.TB, f *fixture, in, k int) []uint32 {
	t.Helper()
	pl, sk, _ := classCompiled(t, f)
	g, err := f.pl.TestGradient(mustTrace(t, f, in))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := influence.Scores(g.Sketch, f.sk)
	if err != nil {
		t.Fatal(err)
	}
	for c := range sc {
		sc[c].Add(sc[c], new(big.Int).Lsh(big.NewInt(sk[c][f.pl.Dim()+k]), classShift))
	}
	w, _, err := influence.WeightsBy(pl.P.WeightRule, sc)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func sameWeights(a, b []uint32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// The honest witnesses solve and prove the weights of ⟨S, T⟩ + 2^s·C[ŷ],
// which differ from the weights without the class term on some input.
func TestClassTermHonest(t *testing.T) {
	f := load(t)
	_, _, ccs := classCompiled(t, f)
	t.Logf("class term: %d constraints for %d contributors (without: %d)", ccs.GetNbConstraints(), len(f.data), compiled(t, f).GetNbConstraints())
	differ := 0
	for _, in := range []int{0, 7, 13} {
		a := classAssign(t, f, in)
		y := quant.Argmax(quant.Output(mustTrace(t, f, in)))
		if want := classWeights(t, f, in, y); !sameWeights(a.Weights, want) {
			t.Fatalf("input %d: weights %v, want %v", in, a.Weights, want)
		}
		if !sameWeights(a.Weights, f.assign(t, in).Weights) {
			differ++
		}
		if err := ccs.IsSolved(wit(t, a.Circuit)); err != nil {
			t.Fatalf("input %d: honest witness rejected: %v", in, err)
		}
	}
	if differ == 0 {
		t.Fatal("the class term changes no weight: the tests below check nothing")
	}
}

// Each public output computed without the class term, with another class's
// term, or over other class values, is refused.
func TestClassTermSoundness(t *testing.T) {
	f := load(t)
	pl, sk, ccs := classCompiled(t, f)
	in := 0
	for ; in < len(f.inputs); in++ {
		if !sameWeights(classAssign(t, f, in).Weights, f.assign(t, in).Weights) {
			break
		}
	}
	if in == len(f.inputs) {
		t.Fatal("no input whose weights the class term changes")
	}
	y := quant.Argmax(quant.Output(mustTrace(t, f, in)))
	other := (y + 1) % 10
	if sameWeights(classWeights(t, f, in, other), classAssign(t, f, in).Weights) {
		other = (y + 2) % 10
	}
	dim := f.pl.Dim()
	tests := map[string]func(a *Assignment){
		"digest of the weights without the class term": func(a *Assignment) {
			a.Circuit.Digest = bigOf(influence.Digest(f.assign(t, in).Weights))
		},
		"digest of the weights with another class's term": func(a *Assignment) {
			a.Circuit.Digest = bigOf(influence.Digest(classWeights(t, f, in, other)))
		},
		"class value of the prediction changed": func(a *Assignment) {
			a.Circuit.Sketch[1][dim+y] = sk[1][dim+y] + 1
		},
		"class value of another class changed": func(a *Assignment) {
			a.Circuit.Sketch[2][dim+other] = sk[2][dim+other] - 1
		},
		"root over the vectors without class values": func(a *Assignment) {
			coms := make([]fr.Element, len(f.sk))
			for i, s := range f.sk {
				c, err := f.pl.Commitment(s)
				if err != nil {
					t.Fatal(err)
				}
				coms[i] = c
			}
			r, err := datanet.RootOf(784, 10, f.data, coms)
			if err != nil {
				t.Fatal(err)
			}
			a.Circuit.Root = bigOf(r)
		},
		"class values of another contributor": func(a *Assignment) {
			for k := range 10 {
				a.Circuit.Sketch[0][dim+k] = sk[1][dim+k]
			}
		},
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			a := classAssign(t, f, in)
			before := a.Circuit.Digest
			mutate(a)
			if name == "digest of the weights with another class's term" && a.Circuit.Digest.(*big.Int).Cmp(before.(*big.Int)) == 0 {
				t.Fatal("another class's term gives the same weights: the test checks nothing")
			}
			if err := ccs.IsSolved(wit(t, a.Circuit)); err == nil {
				t.Fatal("circuit accepted the change")
			}
		})
	}
	_ = pl
}

// Every hint lies once, with the public outputs following the lie (the
// prediction's one-hot now also selects the class term).
func TestClassTermMaliciousHints(t *testing.T) {
	f := load(t)
	_, _, ccs := classCompiled(t, f)
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit(t, classAssign(t, f, 0).Circuit), Lies: lies(), Sites: []int64{0}, EverySite: everySite, FollowPublics: true})
}

// Catches mutant attr-class-range: 2^24 carried from the predicted class's
// packed 24-bit slot into the next leaves the packed element, so the
// Datanet root, unchanged, and raises the score by 2^(s+24); the public
// outputs follow the lie, and only the range check of the class value
// refuses it.
func TestClassTermCarry(t *testing.T) {
	f := load(t)
	_, sk, ccs := classCompiled(t, f)
	dim := f.pl.Dim()
	per := commit.PerElement(influence.ClassBits)
	for in := range f.inputs {
		y := quant.Argmax(quant.Output(mustTrace(t, f, in)))
		if y+1 >= 10 || y/per != (y+1)/per {
			continue // the next slot is in another element
		}
		a := classAssign(t, f, in)
		a.Circuit.Sketch[2][dim+y] = new(big.Int).Add(big.NewInt(sk[2][dim+y]), new(big.Int).Lsh(big.NewInt(1), influence.ClassBits))
		a.Circuit.Sketch[2][dim+y+1] = sk[2][dim+y+1] - 1
		err := gadgetstest.FollowPublics(ccs, wit(t, a.Circuit), gadgetstest.LenientOpts(t, "")...)
		if err == nil {
			t.Fatalf("input %d: accepted, with public outputs that follow the carried class value", in)
		}
		if !strings.Contains(err.Error(), " != ") {
			t.Fatalf("input %d: rejected, but not by a constraint: %v", in, err)
		}
		return
	}
	t.Fatal("no embedded input predicts a class whose next slot shares its packed element")
}
