package lora

import (
	"math/big"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark/backend/witness"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/commit"
	"github.com/openproof/openproof/inference/quant"
)

// A lie rewrites a hint's honest outputs in place, as a malicious prover's
// solver would, and reports whether it changed anything.
type lie struct {
	name string
	f    func(mod *big.Int, in, out []*big.Int) bool
}

const (
	hRequant   = "github.com/openproof/openproof/circuits/gadgets.RequantHint"
	hDecompose = "github.com/openproof/openproof/circuits/gadgets.DecomposeHint"
	hCount     = "github.com/openproof/openproof/circuits/gadgets.CountHint"
	hLogDeriv  = "github.com/consensys/gnark/std/internal/logderivarg.countHint"
	// Randomness, not witness values: the Groth16 prover computes the
	// commitment itself and the mask only blinds it. Any value must keep an
	// honest witness valid; soundness comes from the commitment being a
	// binding hash of the committed wires, which a hint cannot change.
	hMask       = "github.com/consensys/gnark/internal/hints.Randomize"
	hCommitment = "github.com/consensys/gnark/frontend/cs.Bsb22CommitmentComputePlaceholder"
)

func addMod(mod, v *big.Int, d int64) {
	v.Add(v, big.NewInt(d))
	v.Mod(v, mod)
}

// slack reads the requant hint's outputs (y, n, bytes of p+n) as integers.
func slack(mod *big.Int, out []*big.Int) (y, p, n int64) {
	var w int64
	for i := len(out) - 1; i >= 2; i-- {
		w = w<<8 | out[i].Int64()
	}
	yb := new(big.Int).Set(out[0])
	if yb.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		yb.Sub(yb, mod)
	}
	n = out[1].Int64()
	return yb.Int64(), w - n, n
}

func setSlack(mod *big.Int, out []*big.Int, y, p, n int64) {
	out[0].Mod(big.NewInt(y), mod)
	out[1].Mod(big.NewInt(n), mod)
	w := p + n
	for i := 2; i < len(out); i++ {
		out[i].SetInt64(w & 0xff)
		w >>= 8
	}
}

// lookupSafe reports whether a lie may set y: on GELU layers y+128 indexes
// the activation table, and the solver cannot even evaluate a lookup outside
// it (a lookup output is not a hint, so a lie there is not expressible here;
// logderivlookup's argument covers it).
func lookupSafe(in []*big.Int, y int64) bool {
	return quant.Activation(in[1].Int64()) != quant.ActGELU || (y >= -128 && y <= 127)
}

func bounds(in []*big.Int) (lo, hi int64) {
	l := quant.Layer{Act: quant.Activation(in[1].Int64())}
	return l.Bounds()
}

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
	{"all zero", func(_ *big.Int, _, out []*big.Int) bool {
		changed := false
		for _, c := range out {
			changed = changed || c.Sign() != 0
			c.SetInt64(0)
		}
		return changed
	}},
}

// lies lists, for every hint the circuit uses, lies that must each make the
// circuit unsatisfiable. A hint missing here fails the test: a new hint
// needs its own lies.
var lies = map[string][]lie{
	hRequant: {
		{"y+1", func(mod *big.Int, in, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			if !lookupSafe(in, y+1) {
				return false
			}
			setSlack(mod, out, y+1, p, n)
			return true
		}},
		{"y−1", func(mod *big.Int, in, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			if !lookupSafe(in, y-1) {
				return false
			}
			setSlack(mod, out, y-1, p, n)
			return true
		}},
		{"p and n swapped", func(mod *big.Int, _, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			setSlack(mod, out, y, n, p)
			return p != n
		}},
		{"no saturation: y = q", func(mod *big.Int, in, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			if p+n == 0 || !lookupSafe(in, y+p-n) {
				return false
			}
			setSlack(mod, out, y+p-n, 0, 0)
			return true
		}},
		{"both excesses", func(mod *big.Int, _, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			setSlack(mod, out, y, p+1, n+1)
			return true
		}},
		{"saturated at the other bound", func(mod *big.Int, in, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			lo, hi := bounds(in)
			q := y + p - n
			switch {
			case p > 0:
				setSlack(mod, out, lo, q-lo, 0)
			case n > 0:
				setSlack(mod, out, hi, 0, hi-q)
			default:
				return false
			}
			return true
		}},
		{"q kept, y one below the clamp", func(mod *big.Int, in, out []*big.Int) bool {
			y, p, n := slack(mod, out)
			lo, _ := bounds(in)
			if y == lo || !lookupSafe(in, y-1) {
				return false
			}
			setSlack(mod, out, y-1, p+1, n)
			return true
		}},
		{"excess byte ≥ 256, same sum", func(mod *big.Int, _, out []*big.Int) bool {
			addMod(mod, out[2], 256)
			addMod(mod, out[3], -1)
			return true
		}},
	},
	hDecompose: {
		{"low byte+1", func(mod *big.Int, _, out []*big.Int) bool { addMod(mod, out[0], 1); return true }},
		{"byte ≥ 256, same value", func(mod *big.Int, _, out []*big.Int) bool {
			addMod(mod, out[0], 256)
			addMod(mod, out[1], -1)
			return true
		}},
		{"bytes rotated", func(_ *big.Int, _, out []*big.Int) bool {
			first := new(big.Int).Set(out[0])
			changed := false
			for i := 0; i+1 < len(out); i++ {
				changed = changed || out[i].Cmp(out[i+1]) != 0
				out[i].Set(out[i+1])
			}
			out[len(out)-1].Set(first)
			return changed
		}},
	},
	hCount:      countLies,
	hLogDeriv:   countLies,
	hMask:       nil,
	hCommitment: nil,
}

var randomness = map[string]bool{hMask: true, hCommitment: true}

// lieFixture returns a fixture whose forward pass saturates at both bounds,
// so that every lie about saturation changes some output.
func lieFixture(t *testing.T) *fixture {
	for seed := uint64(100); seed < 200; seed++ {
		f := newFixture(t, seed, reluGELU, []int{2, 2})
		if hi, lo := f.saturated(); hi > 0 && lo > 0 {
			return f
		}
	}
	t.Fatal("no fixture saturates at both bounds")
	return nil
}

// Every hint the compiled circuit uses is replaced by lying versions; each
// lie must change some hint output and leave the R1CS unsatisfiable.
func TestMaliciousHints(t *testing.T) {
	f := lieFixture(t)
	ccs := compile(t, f.circuit(t))
	w := fullWitness(t, f.assign(t))
	if err := ccs.IsSolved(w); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	deps := ccs.(*cs.R1CS).MHintsDependencies
	names := make([]string, 0, len(deps))
	for _, name := range deps {
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
		if randomness[name] {
			for _, v := range []int64{1, 12345} {
				fixed := func(_ *big.Int, _, out []*big.Int) error {
					for _, o := range out {
						o.SetInt64(v)
					}
					return nil
				}
				if err := ccs.IsSolved(w, solver.OverrideHint(id, fixed)); err != nil {
					t.Errorf("%s = %d: honest witness rejected: %v", name, v, err)
				}
			}
			continue
		}
		for _, l := range lies[name] {
			t.Run(shortName(name)+"/"+l.name, func(t *testing.T) {
				var changed atomic.Int64
				lying := func(mod *big.Int, in, out []*big.Int) error {
					if err := orig(mod, in, out); err != nil {
						return err
					}
					if l.f(mod, in, out) {
						changed.Add(1)
					}
					return nil
				}
				// The other hints that check their inputs play along, so
				// that the rejection comes from a constraint.
				opts := []solver.Option{solver.OverrideHint(id, lying)}
				for other, fallback := range lenient {
					if other != name {
						h := registered(t, other)
						opts = append(opts, solver.OverrideHint(solver.GetHintID(h), playAlong(h, fallback)))
					}
				}
				err := ccs.IsSolved(w, opts...)
				if changed.Load() == 0 {
					t.Fatal("the lie changed no output: it tests nothing")
				}
				if err == nil {
					t.Fatal("lying hint accepted")
				}
				if !strings.Contains(err.Error(), " != ") {
					t.Fatalf("rejected, but not by a constraint: %v", err)
				}
			})
		}
	}
}

// lenient gives, for each hint that refuses bad inputs, what it returns
// instead when playing along with a malicious prover.
var lenient = map[string]solver.Hint{
	hDecompose: lowBytes,
	hCount:     countMod256,
	hLogDeriv:  zeros,
}

// playAlong runs h and, where h refuses its inputs, the fallback instead.
func playAlong(h, fallback solver.Hint) solver.Hint {
	return func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return fallback(mod, in, out)
		}
		return nil
	}
}

// lowBytes decomposes into the low bytes, ignoring what does not fit.
func lowBytes(_ *big.Int, in, out []*big.Int) error {
	t := new(big.Int).Set(in[1])
	for _, o := range out {
		o.And(t, big.NewInt(255))
		t.Rsh(t, 8)
	}
	return nil
}

// countMod256 counts queries modulo 256, so non-bytes look like bytes.
func countMod256(_ *big.Int, in, out []*big.Int) error {
	for _, o := range out {
		o.SetInt64(0)
	}
	for _, v := range in {
		j := new(big.Int).Mod(v, big.NewInt(256)).Int64()
		out[j].Add(out[j], big.NewInt(1))
	}
	return nil
}

func zeros(_ *big.Int, _, out []*big.Int) error {
	for _, o := range out {
		o.SetInt64(0)
	}
	return nil
}

// Out-of-range witnesses that keep every digest are rejected by the R1CS
// even when the range checks' hints play along instead of failing.
func TestRangeCheckWithLenientHints(t *testing.T) {
	f := newFixture(t, 4, reluGELU, []int{2, 2})
	ccs := compile(t, f.circuit(t))
	al1 := f.a.Layers[1]
	tests := []struct {
		name string
		mut  func(c *InferenceCircuit) []int8
	}{
		{"input", func(c *InferenceCircuit) []int8 {
			x := widen(f.x)
			x[0], x[1] = x[0]+256, x[1]-1
			c.Input = vars64(x)
			return forwardWide(f.m, x, f.a, nil)
		}},
		{"M", func(c *InferenceCircuit) []int8 {
			m := big.NewInt(int64(al1.M) + 1<<32)
			c.Adapter[1].M = m
			c.AdapterCommitment = commitmentWithM(f, 1, m)
			return forwardWide(f.m, widen(f.x), f.a, map[int]wideLayer{1: {A: widen(al1.A), B: widen(al1.B), M: m}})
		}},
	}
	opts := []solver.Option{
		solver.OverrideHint(solver.GetHintID(registered(t, hCount)), countMod256),
		solver.OverrideHint(solver.GetHintID(registered(t, hDecompose)), lowBytes),
	}
	if err := ccs.IsSolved(fullWitness(t, f.assign(t)), opts...); err != nil {
		t.Fatalf("lenient hints reject the honest witness: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(f.assign(t))
			c.OutputDigest = commit.OutputDigest(tc.mut(c))
			var w witness.Witness = fullWitness(t, c)
			err := ccs.IsSolved(w, opts...)
			if err == nil {
				t.Fatal("out-of-range witness accepted")
			}
			if !strings.Contains(err.Error(), " != ") {
				t.Fatalf("rejected, but not by a constraint: %v", err)
			}
		})
	}
}

func registered(t *testing.T, name string) solver.Hint {
	t.Helper()
	for _, h := range solver.GetRegisteredHints() {
		if solver.GetHintName(h) == name {
			return h
		}
	}
	t.Fatalf("hint %s is not registered", name)
	return nil
}

func shortName(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}
