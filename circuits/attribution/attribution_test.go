package attribution

import (
	"context"
	"math"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
)

type fixture struct {
	pl     *influence.Plan
	d      *datanet.Datanet
	data   []fr.Element
	sk     []influence.Sketch
	inputs [][]int8
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
	ccsOnce sync.Once
	ccs     constraint.ConstraintSystem
	ccsErr  error
)

// load builds a plan from the embedded model and adapter and three
// contributors from the embedded digits (by class mod 3).
func load(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		base, err := demo.MNISTBase()
		if err != nil {
			fixErr = err
			return
		}
		ad, err := demo.MNISTAdapter()
		if err != nil {
			fixErr = err
			return
		}
		qm, err := quant.FromModel(base)
		if err != nil {
			fixErr = err
			return
		}
		qa, err := quant.FromPEFT(qm, ad, "demo")
		if err != nil {
			fixErr = err
			return
		}
		pl, err := influence.NewPlan(qm, qa, influence.DefaultParams())
		if err != nil {
			fixErr = err
			return
		}
		s, err := demo.MNISTSamples()
		if err != nil {
			fixErr = err
			return
		}
		f := &fixture{pl: pl}
		b := datanet.NewBuilder("t", 784, 10)
		for i, img := range s.Images {
			px := make([]uint8, len(img))
			for j, v := range img {
				px[j] = uint8(math.Round(float64(v) * 255))
			}
			b.Add([]string{"a", "b", "c"}[int(s.Labels[i])%3], s.Labels[i], px)
			f.inputs = append(f.inputs, pl.Input(px))
		}
		if f.d, err = b.Build(); err != nil {
			fixErr = err
			return
		}
		f.data = f.d.Commitments()
		f.sk, fixErr = pl.Contributors(context.Background(), f.d)
		fix = f
	})
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return fix
}

func compiled(t testing.TB, f *fixture) constraint.ConstraintSystem {
	t.Helper()
	ccsOnce.Do(func() {
		ccs, ccsErr = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(f.pl, 10, len(f.data)))
	})
	if ccsErr != nil {
		t.Fatal(ccsErr)
	}
	return ccs
}

func (f *fixture) assign(t testing.TB, input int) *Assignment {
	t.Helper()
	trs, err := f.pl.Model.Forward(context.Background(), f.inputs[input], f.pl.Adapter)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Assign(f.pl, 10, trs, f.data, f.sk)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func wit(t testing.TB, c *Circuit) witness.Witness {
	t.Helper()
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestHonestWitnessesSolve(t *testing.T) {
	f := load(t)
	ccs := compiled(t, f)
	t.Logf("%d constraints for %d contributors, sketch dimension %d", ccs.GetNbConstraints(), len(f.data), f.pl.Dim())
	for _, in := range []int{0, 7, 13} {
		a := f.assign(t, in)
		var sum uint32
		for _, w := range a.Weights {
			sum += w
		}
		if sum != influence.PPM {
			t.Fatalf("input %d: weights %v", in, a.Weights)
		}
		if err := ccs.IsSolved(wit(t, a.Circuit)); err != nil {
			t.Fatalf("input %d: honest witness rejected: %v", in, err)
		}
	}
}

func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// Soundness: each change of a public output or of a committed value, with
// everything else honest, must leave the circuit unsatisfiable.
func TestSoundness(t *testing.T) {
	f := load(t)
	ccs := compiled(t, f)
	tests := map[string]func(a *Assignment){
		"changed weight": func(a *Assignment) {
			w := append([]uint32(nil), a.Weights...)
			w[0]++
			w[1]--
			a.Circuit.Digest = bigOf(influence.Digest(w))
		},
		"weights of another input": func(a *Assignment) {
			a.Circuit.Digest = bigOf(f.assign(t, 1).Digest)
		},
		"contributor dropped from the list": func(a *Assignment) {
			a.Circuit.Digest = bigOf(influence.Digest(a.Weights[:len(a.Weights)-1]))
		},
		"changed contributor sketch": func(a *Assignment) {
			a.Circuit.Sketch[1][17] = f.sk[1][17] + 1
		},
		"different Datanet root": func(a *Assignment) {
			other := append([]fr.Element(nil), f.data...)
			other[2].SetUint64(12345)
			coms := make([]fr.Element, len(f.sk))
			for i, s := range f.sk {
				coms[i], _ = f.pl.Commitment(s)
			}
			r, _ := datanet.RootOf(784, 10, other, coms)
			a.Circuit.Root = bigOf(r)
		},
		"data commitment swapped": func(a *Assignment) {
			a.Circuit.Data[0], a.Circuit.Data[1] = a.Circuit.Data[1], a.Circuit.Data[0]
		},
		"root without sketches": func(a *Assignment) {
			r, _ := datanet.RootOf(784, 10, f.data, nil)
			a.Circuit.Root = bigOf(r)
		},
		"changed logit": func(a *Assignment) {
			a.Circuit.Logits[3] = int64(quant.Output(mustTrace(t, f, 0))[3]) + 1
		},
		"changed adapter weight": func(a *Assignment) {
			a.Circuit.B[1][5] = int64(f.pl.Adapter.Layers[1].B[5]) + 1
		},
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			a := f.assign(t, 0)
			mutate(a)
			if err := ccs.IsSolved(wit(t, a.Circuit)); err == nil {
				t.Fatal("circuit accepted the change")
			}
		})
	}
}

func mustTrace(t testing.TB, f *fixture, in int) []*quant.LayerTrace {
	trs, err := f.pl.Model.Forward(context.Background(), f.inputs[in], f.pl.Adapter)
	if err != nil {
		t.Fatal(err)
	}
	return trs
}

// lies are gadgetstest's lies about the attribution and range-check hints.
func lies() map[string][]gadgetstest.Lie {
	count := []gadgetstest.Lie{gadgetstest.OneMore, gadgetstest.MovedCount}
	l := map[string][]gadgetstest.Lie{
		gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256},
		gadgetstest.HintCount:     count,
		gadgetstest.HintLogDeriv:  count,
	}
	for k, v := range gadgetstest.AttributionLies {
		l[k] = v
	}
	return l
}

// Every hint the compiled circuit uses is replaced by lying versions, at one
// call site at a time; each lie that changes some output must leave the R1CS
// unsatisfiable.
func TestMaliciousHints(t *testing.T) {
	f := load(t)
	// Every call site (with prover_checks): the divisions of the test sketch
	// and of the weights check different bounds, and each must be exercised.
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: compiled(t, f), Witness: wit(t, f.assign(t, 0).Circuit), Lies: lies(), Sites: []int64{0}, EverySite: everySite, FollowPublics: true})
}

func TestOneCommitment(t *testing.T) {
	ccs := compiled(t, load(t))
	if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d Groth16 commitments, the Solidity verifier accepts exactly 1", n)
	}
	if n := ccs.GetNbPublicVariables(); n != 3 { // the constant 1, Root, Digest
		t.Fatalf("%d public variables, want 3", n)
	}
}

// When no contributor has a positive score every weight is 0 (influence.Weights),
// and the circuit must prove exactly that.
func TestAllScoresNegative(t *testing.T) {
	f := load(t)
	ccs := compiled(t, f)
	neg := make([]influence.Sketch, len(f.sk))
	trs := mustTrace(t, f, 0)
	g, err := f.pl.TestGradient(trs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range neg {
		neg[i] = make(influence.Sketch, len(g.Sketch))
		for j, v := range g.Sketch {
			neg[i][j] = -v // score −‖T‖² < 0
		}
	}
	a, err := Assign(f.pl, 10, trs, f.data, neg)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range a.Weights {
		if w != 0 {
			t.Fatalf("weights %v, want all zero", a.Weights)
		}
	}
	if err := ccs.IsSolved(wit(t, a.Circuit)); err != nil {
		t.Fatalf("honest all-zero witness rejected: %v", err)
	}
	w := make([]uint32, len(a.Weights))
	w[0] = influence.PPM
	a.Circuit.Digest = bigOf(influence.Digest(w))
	if err := ccs.IsSolved(wit(t, a.Circuit)); err == nil {
		t.Fatal("circuit accepted weights for all-negative scores")
	}
}

// Lies whose public outputs follow them (gadgetstest.FollowPublics sets the
// attribution digest to whatever the circuit computes under the lie): each
// must still be refused by a constraint. They exercise constraints that no
// plain malicious-hint test reaches, since there the changed digest alone
// would reject the lie.
func TestLiesWithFollowingOutputs(t *testing.T) {
	f := load(t)
	ccs := compiled(t, f)
	// lying wraps hint h: lie rewrites its honest outputs and reports
	// whether it changed them, which *changed counts.
	lying := func(h solver.Hint, changed *int, lie func(mod *big.Int, in, out []*big.Int) bool) solver.Option {
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
	for _, tc := range []struct {
		name string
		edit func(a *Assignment) bool // reports whether it changed anything
		lie  func(changed *int) solver.Option
	}{
		{
			// The ReLU backward mask at x = 0 is 0; −1 passes every check
			// but booleanity, and flips the sign of what flows back.
			name: "ReLU mask −1 at x = 0",
			lie: func(changed *int) solver.Option {
				return lying(PositiveHint, changed, func(mod *big.Int, in, out []*big.Int) bool {
					if in[0].Sign() != 0 {
						return false
					}
					out[0].Sub(mod, big.NewInt(1))
					return true
				})
			},
		},
		{
			// A positive score split as (0, −s): its sum is right and the
			// product zero, only the bound on the negative part refuses it.
			name: "positive score as a negative part",
			lie: func(changed *int) solver.Option {
				return lying(SignHint, changed, func(mod *big.Int, _, out []*big.Int) bool {
					if out[0].Sign() == 0 {
						return false
					}
					out[1].Sub(mod, out[0])
					out[0].SetInt64(0)
					return true
				})
			},
		},
		{
			// The mirror image: a negative score split as (s, 0).
			name: "negative score as a positive part",
			lie: func(changed *int) solver.Option {
				return lying(SignHint, changed, func(mod *big.Int, _, out []*big.Int) bool {
					if out[1].Sign() == 0 {
						return false
					}
					out[0].Sub(mod, out[1])
					out[1].SetInt64(0)
					return true
				})
			},
		},
		{
			// Another sketch under the same Datanet root: 2^48 carried from
			// one packed 48-bit slot into the next leaves the packed
			// element, so the leaf, unchanged.
			name: "sketch with a carry between packed slots",
			edit: func(a *Assignment) bool {
				s := f.sk[1]
				a.Circuit.Sketch[1][0] = new(big.Int).Add(big.NewInt(s[0]), new(big.Int).Lsh(big.NewInt(1), sketchBits))
				a.Circuit.Sketch[1][1] = s[1] - 1
				return true
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The first embedded input on which the lie changes something.
			for in := range f.inputs {
				a := f.assign(t, in)
				changed := 0
				if tc.edit != nil && tc.edit(a) {
					changed++
				}
				opts := gadgetstest.LenientOpts(t, "")
				if tc.lie != nil {
					opts = append(opts, tc.lie(&changed))
				}
				err := gadgetstest.FollowPublics(ccs, wit(t, a.Circuit), opts...)
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
