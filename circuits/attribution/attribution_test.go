package attribution

import (
	"context"
	"math"
	"math/big"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/models"
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
		base, err := models.MNISTBase()
		if err != nil {
			fixErr = err
			return
		}
		ad, err := models.MNISTAdapter()
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
		s, err := models.MNISTSamples()
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

// A lie rewrites a hint's honest outputs and reports whether it changed them.
type lie struct {
	name string
	f    func(mod *big.Int, in, out []*big.Int) bool
}

func addMod(mod, v *big.Int, d int64) {
	v.Add(v, big.NewInt(d))
	v.Mod(v, mod)
}

const (
	hDiv       = "github.com/openproof/openproof/circuits/attribution.DivHint"
	hArgmax    = "github.com/openproof/openproof/circuits/attribution.ArgmaxHint"
	hSign      = "github.com/openproof/openproof/circuits/attribution.SignHint"
	hPositive  = "github.com/openproof/openproof/circuits/attribution.PositiveHint"
	hDecompose = "github.com/openproof/openproof/circuits/gadgets.DecomposeHint"
	hCount     = "github.com/openproof/openproof/circuits/gadgets.CountHint"
	hLogDeriv  = "github.com/consensys/gnark/std/internal/logderivarg.countHint"
	hInvZero   = "github.com/consensys/gnark/constraint/solver.InvZeroHint"
	hMask      = "github.com/consensys/gnark/internal/hints.Randomize"
	hCommit    = "github.com/consensys/gnark/frontend/cs.Bsb22CommitmentComputePlaceholder"
)

var countLies = []lie{
	{"one more", func(_ *big.Int, _, out []*big.Int) bool {
		for _, c := range out {
			if c.Sign() > 0 {
				c.Add(c, big.NewInt(1))
				return true
			}
		}
		return false
	}},
	{"moved count", func(_ *big.Int, _, out []*big.Int) bool {
		for j := 0; j+1 < len(out); j++ {
			if out[j].Sign() > 0 {
				out[j].Sub(out[j], big.NewInt(1))
				out[j+1].Add(out[j+1], big.NewInt(1))
				return true
			}
		}
		return false
	}},
}

var lies = map[string][]lie{
	hDiv: {
		{"remainder+1", func(mod *big.Int, _, out []*big.Int) bool { addMod(mod, out[1], 1); return true }},
		{"quotient+1, remainder−divisor", func(mod *big.Int, in, out []*big.Int) bool {
			addMod(mod, out[0], 1)
			out[1].Sub(out[1], in[1])
			out[1].Mod(out[1], mod)
			return in[1].Sign() != 0
		}},
		{"quotient−1, remainder+divisor", func(mod *big.Int, in, out []*big.Int) bool {
			addMod(mod, out[0], -1)
			out[1].Add(out[1], in[1])
			out[1].Mod(out[1], mod)
			return in[1].Sign() != 0
		}},
	},
	hArgmax: {
		{"next index", func(_ *big.Int, _, out []*big.Int) bool {
			for i := range out {
				if out[i].Sign() != 0 {
					out[i].SetInt64(0)
					out[(i+1)%len(out)].SetInt64(1)
					return len(out) > 1
				}
			}
			return false
		}},
		{"previous index", func(_ *big.Int, _, out []*big.Int) bool {
			for i := range out {
				if out[i].Sign() != 0 {
					out[i].SetInt64(0)
					out[(i+len(out)-1)%len(out)].SetInt64(1)
					return len(out) > 1
				}
			}
			return false
		}},
		{"two hot", func(_ *big.Int, _, out []*big.Int) bool {
			for i := range out {
				if out[i].Sign() == 0 {
					out[i].SetInt64(1)
					return true
				}
			}
			return false
		}},
	},
	hSign: {
		{"both +1", func(mod *big.Int, _, out []*big.Int) bool {
			addMod(mod, out[0], 1)
			addMod(mod, out[1], 1)
			return true
		}},
		{"positive as negative", func(mod *big.Int, _, out []*big.Int) bool {
			if out[0].Sign() == 0 {
				return false
			}
			out[1].Sub(mod, out[0])
			out[0].SetInt64(0)
			return true
		}},
		{"negative as positive", func(mod *big.Int, _, out []*big.Int) bool {
			if out[1].Sign() == 0 {
				return false
			}
			out[0].Sub(mod, out[1])
			out[1].SetInt64(0)
			return true
		}},
	},
	hPositive: {
		{"flipped", func(_ *big.Int, _, out []*big.Int) bool { out[0].SetInt64(1 - out[0].Int64()); return true }},
	},
	hDecompose: {
		{"low byte+1", func(mod *big.Int, _, out []*big.Int) bool { addMod(mod, out[0], 1); return true }},
		{"byte ≥ 256, same value", func(mod *big.Int, _, out []*big.Int) bool {
			if len(out) < 2 {
				return false
			}
			addMod(mod, out[0], 256)
			addMod(mod, out[1], -1)
			return true
		}},
	},
	hInvZero: {
		{"inverse+1", func(mod *big.Int, _, out []*big.Int) bool { addMod(mod, out[0], 1); return true }},
		{"zero inverse", func(_ *big.Int, _, out []*big.Int) bool {
			changed := out[0].Sign() != 0
			out[0].SetInt64(0)
			return changed
		}},
	},
	hCount:    countLies,
	hLogDeriv: countLies,
	hMask:     nil,
	hCommit:   nil,
}

func registered(t *testing.T, name string) solver.Hint {
	for _, h := range solver.GetRegisteredHints() {
		if solver.GetHintName(h) == name {
			return h
		}
	}
	t.Fatalf("hint %s is not registered", name)
	return nil
}

// Every hint the compiled circuit uses is replaced by lying versions; each
// lie that changes some output must leave the R1CS unsatisfiable.
func TestMaliciousHints(t *testing.T) {
	f := load(t)
	ccs := compiled(t, f)
	w := wit(t, f.assign(t, 0).Circuit)
	names := []string{}
	for _, name := range ccs.(*cs.R1CS).MHintsDependencies {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, ok := lies[name]; !ok {
			t.Errorf("hint %s has no lies: add them", name)
		}
	}
	for _, name := range names {
		orig := registered(t, name)
		id := solver.GetHintID(orig)
		if name == hMask || name == hCommit {
			continue // randomness, not witness values (see circuits/lora's hint tests)
		}
		for _, l := range lies[name] {
			// A lie applies at one call site (the k-th), so that each site is
			// exercised in turn across k; three sites per lie keep it fast.
			for _, k := range []int64{0, 1, 5} {
				short := name[strings.LastIndex(name, ".")+1:]
				t.Run(short+"/"+l.name+"/"+string(rune('0'+k)), func(t *testing.T) {
					var calls, changed atomic.Int64
					lying := func(mod *big.Int, in, out []*big.Int) error {
						if err := orig(mod, in, out); err != nil {
							return err
						}
						if calls.Add(1)-1 == k && l.f(mod, in, out) {
							changed.Add(1)
						}
						return nil
					}
					err := ccs.IsSolved(w, solver.OverrideHint(id, lying))
					if changed.Load() == 0 {
						t.Skip("the lie changed nothing at this call site")
					}
					if err == nil {
						t.Fatal("circuit accepted a lying hint")
					}
				})
			}
		}
	}
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
