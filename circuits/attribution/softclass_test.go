package attribution

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/quant"
)

// The smoothed class term (influence.MethodRobustSoftClass,
// Params.ClassSoft) on the class term's fixture (classCompiled: the same
// class table, β = 3, s = 30), in three settings, each compiled once.
type softCfg struct {
	tauShift uint
	only     bool
}

func (c softCfg) String() string { return fmt.Sprintf("τ_s=%d only=%v", c.tauShift, c.only) }

var (
	softFull1 = softCfg{1, false} // the settings most tests use
	softCfgs  = []softCfg{{0, false}, softFull1, {2, true}}
)

type softCompiledT struct {
	pl  *influence.Plan
	sk  []influence.Sketch
	ccs constraint.ConstraintSystem
}

var (
	softMu  sync.Mutex
	softMap = map[softCfg]*softCompiledT{}
)

func softCompiled(t testing.TB, f *fixture, c softCfg) *softCompiledT {
	t.Helper()
	softMu.Lock()
	defer softMu.Unlock()
	if s := softMap[c]; s != nil {
		return s
	}
	_, clsk, _ := classCompiled(t, f)
	p := f.pl.P
	p.ClassTerm, p.ClassShift, p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, classShift, true, c.tauShift, c.only
	pl, err := influence.NewPlan(f.pl.Model, f.pl.Adapter, p)
	if err != nil {
		t.Fatal(err)
	}
	s := &softCompiledT{pl: pl}
	for _, v := range clsk {
		if c.only {
			v = v[f.pl.Dim():]
		}
		s.sk = append(s.sk, v)
	}
	if s.ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(pl, 10, len(f.data))); err != nil {
		t.Fatal(err)
	}
	softMap[c] = s
	return s
}

func softAssign(t testing.TB, f *fixture, c softCfg, trs []*quant.LayerTrace) *Assignment {
	t.Helper()
	s := softCompiled(t, f, c)
	a, err := Assign(s.pl, 10, trs, f.data, s.sk)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// softWeights are the weights of ⟨S, T⟩ + 2^(s−F)·Σ_k p_k·C[k] (without
// ⟨S, T⟩ when class-only), computed here from the parts: T from the plain
// plan's test gradient, p given.
func softWeights(t testing.TB, f *fixture, c softCfg, trs []*quant.LayerTrace, p []int64) []uint32 {
	t.Helper()
	_, clsk, _ := classCompiled(t, f)
	dim := f.pl.Dim()
	sc := make([]*big.Int, len(f.sk))
	for i := range sc {
		sc[i] = new(big.Int)
	}
	if !c.only {
		g, err := f.pl.TestGradient(trs)
		if err != nil {
			t.Fatal(err)
		}
		if sc, err = influence.Scores(g.Sketch, f.sk); err != nil {
			t.Fatal(err)
		}
	}
	for i := range sc {
		for k, pk := range p {
			sc[i].Add(sc[i], new(big.Int).Lsh(new(big.Int).Mul(big.NewInt(pk), big.NewInt(clsk[i][dim+k])), classShift-f.pl.P.DeltaBits))
		}
	}
	w, _, err := influence.WeightsBy(f.pl.P.WeightRule, sc)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// The honest witnesses solve in every setting and prove the weights of the
// smoothed score (p from the shared vectors' formula, ClassProbs), which
// differ from robust-class/v1's one-hot weights on some input.
func TestSoftClassHonest(t *testing.T) {
	f := load(t)
	t.Logf("robust-class/v1: %d constraints, %d contributors", classCCS(t, f).GetNbConstraints(), len(f.data))
	for _, c := range softCfgs {
		t.Run(c.String(), func(t *testing.T) {
			s := softCompiled(t, f, c)
			t.Logf("%s: %d constraints", s.pl.SketchTag(), s.ccs.GetNbConstraints())
			differ := 0
			for _, in := range []int{0, 7, 13} {
				trs := mustTrace(t, f, in)
				a := softAssign(t, f, c, trs)
				p, err := s.pl.ClassProbs(quant.Output(trs))
				if err != nil {
					t.Fatal(err)
				}
				if want := softWeights(t, f, c, trs, p); !sameWeights(a.Weights, want) {
					t.Fatalf("input %d: weights %v, want %v", in, a.Weights, want)
				}
				if !sameWeights(a.Weights, classAssign(t, f, in).Weights) {
					differ++
				}
				if err := s.ccs.IsSolved(wit(t, a.Circuit)); err != nil {
					t.Fatalf("input %d: honest witness rejected: %v", in, err)
				}
			}
			if differ == 0 {
				t.Fatal("smoothing changes no weight: the tests below check nothing")
			}
		})
	}
}

func classCCS(t testing.TB, f *fixture) constraint.ConstraintSystem {
	_, _, ccs := classCompiled(t, f)
	return ccs
}

// The shared vectors (attribution/influence/testdata/softclass_vectors.json,
// checked there against ClassProbs and exact rationals): with their logits
// as the witness's, the circuit accepts exactly the digest of the weights
// their p gives, at each τ compiled here.
func TestSoftClassSharedVectors(t *testing.T) {
	f := load(t)
	b, err := os.ReadFile(filepath.Join("..", "..", "attribution", "influence", "testdata", "softclass_vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vecs []influence.SoftClassVector
	if err := json.Unmarshal(b, &vecs); err != nil {
		t.Fatal(err)
	}
	checked := map[uint]int{}
	for i, v := range vecs {
		for _, c := range softCfgs {
			if c.tauShift != v.TauShift {
				continue
			}
			trs := mustTrace(t, f, 0)
			copy(trs[len(trs)-1].Out, v.Logits) // the forward pass is not proven here
			want := softWeights(t, f, c, trs, v.P)
			a := softAssign(t, f, c, trs)
			if !sameWeights(a.Weights, want) {
				t.Fatalf("vector %d %s: Assign's weights %v, the vector's %v", i, c, a.Weights, want)
			}
			if err := softCompiled(t, f, c).ccs.IsSolved(wit(t, a.Circuit)); err != nil {
				t.Fatalf("vector %d %s: rejected: %v", i, c, err)
			}
			checked[v.TauShift]++
		}
	}
	if len(checked) != len(softCfgs) {
		t.Fatalf("vectors checked per τ_s: %v", checked)
	}
}

// Each public output computed another way (one-hot, another τ, without the
// class term, with the sketch term in class-only, over v1's commitments) or
// over changed class values is refused.
func TestSoftClassSoundness(t *testing.T) {
	f := load(t)
	for _, c := range []softCfg{softFull1, {2, true}} {
		t.Run(c.String(), func(t *testing.T) {
			s := softCompiled(t, f, c)
			in := 0
			for ; in < len(f.inputs); in++ {
				if !sameWeights(softAssign(t, f, c, mustTrace(t, f, in)).Weights, classAssign(t, f, in).Weights) {
					break
				}
			}
			if in == len(f.inputs) {
				t.Fatal("no input whose weights smoothing changes")
			}
			trs := mustTrace(t, f, in)
			y := quant.Argmax(quant.Output(trs))
			other := softCfg{c.tauShift - 1, c.only} // τ_s ≥ 1 here
			po, err := softCompiled(t, f, softCfg{other.tauShift, false}).pl.ClassProbs(quant.Output(trs))
			if err != nil {
				t.Fatal(err)
			}
			dim := 0
			if !c.only {
				dim = f.pl.Dim()
			}
			digests := map[string][]uint32{
				"robust-class/v1's one-hot weights": classAssign(t, f, in).Weights,
				"weights without the class term":    f.assign(t, in).Weights,
				"weights at another τ":              softWeights(t, f, other, trs, po),
			}
			if c.only {
				p, _ := s.pl.ClassProbs(quant.Output(trs))
				digests["weights with the sketch term"] = softWeights(t, f, softCfg{c.tauShift, false}, trs, p)
			}
			tests := map[string]func(a *Assignment){
				"class value of the prediction changed": func(a *Assignment) { a.Circuit.Sketch[1][dim+y] = s.sk[1][dim+y] + 1 },
				"class value of another class changed": func(a *Assignment) {
					a.Circuit.Sketch[2][dim+(y+1)%10] = s.sk[2][dim+(y+1)%10] - 1
				},
				"root over robust-class/v1's commitments": func(a *Assignment) {
					pl, sk, _ := classCompiled(t, f)
					coms := make([]fr.Element, len(sk))
					for i := range sk {
						v := sk[i]
						if c.only {
							continue // different lengths: v1 commits (S, C)
						}
						if coms[i], err = pl.Commitment(v); err != nil {
							t.Fatal(err)
						}
					}
					if c.only {
						return
					}
					r, err := datanet.RootOf(784, 10, f.data, coms)
					if err != nil {
						t.Fatal(err)
					}
					a.Circuit.Root = bigOf(r)
				},
			}
			for name, w := range digests {
				tests["digest of the "+name] = func(a *Assignment) {
					if sameWeights(w, a.Weights) {
						t.Fatalf("%s equal the smoothed weights: the test checks nothing", name)
					}
					a.Circuit.Digest = bigOf(influence.Digest(w))
				}
			}
			for name, mutate := range tests {
				if c.only && strings.HasPrefix(name, "root over") {
					continue
				}
				t.Run(name, func(t *testing.T) {
					a := softAssign(t, f, c, trs)
					mutate(a)
					if err := s.ccs.IsSolved(wit(t, a.Circuit)); err == nil {
						t.Fatal("circuit accepted the change")
					}
				})
			}
		})
	}
}

// Every hint lies once, with the public outputs following the lie.
func TestSoftClassMaliciousHints(t *testing.T) {
	f := load(t)
	for _, c := range []softCfg{softFull1, {2, true}} {
		t.Run(c.String(), func(t *testing.T) {
			s := softCompiled(t, f, c)
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: s.ccs, Witness: wit(t, softAssign(t, f, c, mustTrace(t, f, 0)).Circuit), Lies: lies(), Sites: []int64{0}, EverySite: everySite, FollowPublics: true})
		})
	}
}

// Catches mutants attr-soft-half-bool, attr-soft-half-eq, attr-soft-div
// and attr-soft-rem: one of softProbs' divisions (told apart from the
// output gradient's by ΣE, which differs at τ = 2) lies, with the public
// outputs following, so that only its own constraint refuses it.
func TestSoftClassDivisionLies(t *testing.T) {
	f := load(t)
	s := softCompiled(t, f, softFull1)
	trs := mustTrace(t, f, 0)
	y := quant.Output(trs)
	ymax := y[quant.Argmax(y)]
	var sum1, sum2 int64
	for _, v := range y {
		sum1 += s.pl.ExpTable[int(ymax)-int(v)]
		sum2 += s.pl.SoftTable[int(ymax)-int(v)]
	}
	if sum1 == sum2 {
		t.Fatal("ΣE equal at τ = 1 and τ = 2: the lies cannot tell the divisions apart")
	}
	S := big.NewInt(sum2)
	isHalf := func(in []*big.Int) bool { return in[1].Cmp(big.NewInt(2)) == 0 && in[0].Cmp(S) == 0 }
	isDiv := func(in []*big.Int) bool { return in[1].Cmp(S) == 0 }
	for _, tc := range []struct {
		name  string
		which func([]*big.Int) bool
		lie   func(mod *big.Int, in, out []*big.Int) bool
	}{
		{"half: quotient+1 (attr-soft-half-eq)", isHalf, quotientPlusOne},
		{"half: quotient−1, remainder+2 (attr-soft-half-bool)", isHalf, quotientDown},
		{"p: quotient+1 (attr-soft-div)", isDiv, quotientPlusOne},
		{"p: quotient−1, remainder+ΣE (attr-soft-rem)", isDiv, quotientDown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var changed atomic.Int64
			lie := lyingHint(DivHint, &changed, once(func(mod *big.Int, in, out []*big.Int) bool {
				return tc.which(in) && tc.lie(mod, in, out)
			}))
			a := softAssign(t, f, softFull1, trs)
			opts := append(gadgetstest.LenientOpts(t, ""), lie)
			err := gadgetstest.FollowPublics(s.ccs, wit(t, a.Circuit), opts...)
			if changed.Load() == 0 {
				t.Fatal("the lie changed nothing: it tests nothing")
			}
			if err == nil {
				t.Fatal("accepted, with public outputs that follow the lie")
			}
			if !strings.Contains(err.Error(), " != ") {
				t.Fatalf("rejected, but not by a constraint: %v", err)
			}
		})
	}
}

func TestSoftClassOneCommitment(t *testing.T) {
	s := softCompiled(t, load(t), softFull1)
	if n := len(s.ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d commitments, want 1", n)
	}
}
