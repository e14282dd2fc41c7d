package delta

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/quant"
)

type fixture struct {
	tr  *enginetrace.Trace
	a   *quant.Adapter
	key commit.AdapterKey
}

// newFixture is a three-module trace of `tokens` tokens with deltas from a
// random adapter (module i ↔ adapter layer i); multipliers span the whole
// 32-bit range so the top bit of M is exercised.
func newFixture(t testing.TB, seed uint64, tokens int) *fixture {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 11))
	tr := &enginetrace.Trace{ModelID: "m", AdapterID: "a", Tokens: tokens}
	a := &quant.Adapter{Name: "a"}
	for i, s := range []struct{ in, out, r, wexp int }{{12, 9, 2, 7}, {9, 5, 3, 3}, {6, 4, 1, 12}} {
		tr.Modules = append(tr.Modules, enginetrace.Module{Name: fmt.Sprintf("layers.%d.v_proj", i), In: s.in, Out: s.out, Rank: s.r,
			XExp: 4, WExp: s.wexp, DeltaExp: 2, X: gadgetstest.Rand8(rng, tokens*s.in)})
		a.Layers = append(a.Layers, quant.AdapterLayer{Layer: i, Rank: s.r, A: gadgetstest.Rand8(rng, s.r*s.in), B: gadgetstest.Rand8(rng, s.out*s.r),
			M: uint32(rng.Uint64()>>32) | 1<<31})
	}
	if err := tr.FillDeltas(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return &fixture{tr: tr, a: a, key: commit.AdapterKey{Salt: commit.Uint(rng.Uint64()), Owner: commit.Uint(rng.Uint64() >> 1)}}
}

func (f *fixture) shape(t testing.TB, group []int, first, tokens int, mode Mode) Shape {
	t.Helper()
	s, err := ShapeOf(f.tr, group, first, tokens, mode)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// oneCommitment checks that every range check and challenge shares one
// Groth16 commitment, the only kind gnark's Solidity verifier accepts.
func oneCommitment(t testing.TB, ccs constraint.ConstraintSystem) {
	t.Helper()
	if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d Groth16 commitments, want exactly 1", n)
	}
}

func mustAssign(t testing.TB, s Shape, f *fixture) *Circuit {
	t.Helper()
	c, err := Assign(s, f.tr, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustNew(t testing.TB, s Shape) *Circuit {
	t.Helper()
	c, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func plusOne(v frontend.Variable) frontend.Variable {
	return new(big.Int).Add(v.(*big.Int), big.NewInt(1))
}

func TestHonest(t *testing.T) {
	f := newFixture(t, 1, 3)
	tests := []struct {
		name          string
		group         []int
		first, tokens int
		mode          Mode
	}{
		{"one module one token direct", []int{1}, 2, 1, Direct},
		{"one module one token freivalds", []int{1}, 0, 1, Freivalds},
		{"all modules all tokens freivalds", []int{0, 1, 2}, 0, 3, Auto},
		{"two modules two tokens direct", []int{0, 2}, 1, 2, Direct},
		{"two modules two tokens freivalds", []int{0, 2}, 1, 2, Freivalds},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := f.shape(t, tc.group, tc.first, tc.tokens, tc.mode)
			ccs := gadgetstest.Compile(t, mustNew(t, s))
			if err := ccs.IsSolved(gadgetstest.Witness(t, mustAssign(t, s, f))); err != nil {
				t.Fatal(err)
			}
			oneCommitment(t, ccs)
		})
	}
}

// Estimate sizes proofs for Plan; at sizes where the constant-folded hash
// headers no longer matter it is within 10% of the compiled count.
func TestEstimate(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		for _, b := range []Binding{Hashed, Fingerprinted} {
			s := Shape{NModules: 2, Tokens: 3, Mode: mode, Binding: b, Group: []Module{{Index: 1, In: 320, Out: 288, Rank: 4, Shift: 9}}}
			got := gadgetstest.Compile(t, mustNew(t, s)).GetNbConstraints()
			if est := s.Estimate(); est < got*9/10 || est > got*11/10 {
				t.Errorf("%v, %v: Estimate %d, compiled %d constraints", mode, b, est, got)
			}
		}
	}
}

// One proof over every module and token commits to the adapter exactly as
// the inference circuit does.
func TestCommitmentMatchesInferenceCircuit(t *testing.T) {
	f := newFixture(t, 2, 1)
	s := f.shape(t, []int{0, 1, 2}, 0, 1, Auto)
	got, err := Commitment(s, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	want, err := commit.AdapterCommitment(f.a, []int{2, 3, 1}, f.key)
	if err != nil || got != want {
		t.Fatalf("commitment %v, commit.AdapterCommitment %v (%v)", got, want, err)
	}
}

// A trace whose Δy the adapter does not produce cannot even be assigned.
func TestStatementRejectsWrongTrace(t *testing.T) {
	f := newFixture(t, 3, 2)
	f.tr.Modules[1].Delta[3]++
	s := f.shape(t, []int{1}, 0, 2, Auto)
	if _, err := Statement(s, f.tr, f.a, f.key); !errors.Is(err, enginetrace.ErrMismatch) {
		t.Fatalf("wrong Δy: %v", err)
	}
}

// Each of these must make the R1CS unsatisfiable, in both modes.
func TestSoundness(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		f := newFixture(t, 4, 2)
		s := f.shape(t, []int{0, 1}, 0, 2, mode)
		ccs := gadgetstest.Compile(t, mustNew(t, s))
		honest := mustAssign(t, s, f)
		if err := ccs.IsSolved(gadgetstest.Witness(t, honest)); err != nil {
			t.Fatalf("%v: honest witness rejected: %v", mode, err)
		}
		// withTrace re-derives the public digests from an edited trace but
		// keeps the honest adapter and witness.
		withTrace := func(edit func(tr *enginetrace.Trace)) func(c *Circuit) {
			return func(c *Circuit) {
				g := newFixture(t, 4, 2)
				edit(g.tr)
				x, y, err := Digests(s, g.tr)
				if err != nil {
					t.Fatal(err)
				}
				c.XDigest, c.DeltaDigest = commit.Const(x)[0], commit.Const(y)[0]
				for k, m := range s.Group {
					c.Modules[k].X = gadgets.Int8Vars(g.tr.Modules[m.Index].X[:2*m.In])
				}
			}
		}
		tests := []struct {
			name string
			mut  func(c *Circuit)
		}{
			{"public adapter_commitment", func(c *Circuit) { c.AdapterCommitment = plusOne(c.AdapterCommitment) }},
			{"public x_digest", func(c *Circuit) { c.XDigest = plusOne(c.XDigest) }},
			{"public delta_digest", func(c *Circuit) { c.DeltaDigest = plusOne(c.DeltaDigest) }},
			{"changed Δy", withTrace(func(tr *enginetrace.Trace) { tr.Modules[1].Delta[7]-- })},
			{"changed Δy of the second token", withTrace(func(tr *enginetrace.Trace) { tr.Modules[0].Delta[9+4] += 1 << 20 })},
			{"changed x, same Δy", withTrace(func(tr *enginetrace.Trace) { tr.Modules[0].X[3] ^= 1 })},
			{"changed adapter weight A", func(c *Circuit) { c.Modules[0].A[5] = plusOne(big.NewInt(int64(f.a.Layers[0].A[5]))) }},
			{"changed adapter weight B", func(c *Circuit) { c.Modules[1].B[2] = plusOne(big.NewInt(int64(f.a.Layers[1].B[2]))) }},
			{"changed M", func(c *Circuit) { c.Modules[1].M = f.a.Layers[1].M - 1 }},
			{"changed salt", func(c *Circuit) { c.Salt = plusOne(commit.Const(f.key.Salt)[0]) }},
			{"changed owner", func(c *Circuit) { c.Owner = plusOne(commit.Const(f.key.Owner)[0]) }},
			{"owner of 2^160 with its commitment", func(c *Circuit) {
				key := f.key
				key.Owner.SetBigInt(new(big.Int).Lsh(big.NewInt(1), commit.OwnerBits))
				com, err := Commitment(s, f.a, key)
				if err != nil {
					t.Fatal(err)
				}
				c.Owner, c.AdapterCommitment = commit.Const(key.Owner)[0], commit.Const(com)[0]
			}},
			{"other adapter under the same commitment", func(c *Circuit) {
				g := newFixture(t, 99, 2)
				for k := range c.Modules {
					c.Modules[k].A = gadgets.Int8Vars(g.a.Layers[k].A)
					c.Modules[k].B = gadgets.Int8Vars(g.a.Layers[k].B)
					c.Modules[k].M = g.a.Layers[k].M
				}
				// Consistent digests for that adapter's deltas on the same x.
				g.tr = f.tr
				h := *f.tr
				h.Modules = append([]enginetrace.Module(nil), f.tr.Modules...)
				for k := range h.Modules {
					h.Modules[k].Delta = append([]int32(nil), h.Modules[k].Delta...)
				}
				if err := h.FillDeltas(context.Background(), g.a); err != nil {
					t.Fatal(err)
				}
				_, y, err := Digests(s, &h)
				if err != nil {
					t.Fatal(err)
				}
				c.DeltaDigest = commit.Const(y)[0]
			}},
		}
		for _, tc := range tests {
			t.Run(mode.String()+"/"+tc.name, func(t *testing.T) {
				c := mustAssign(t, s, f)
				tc.mut(c)
				if err := ccs.IsSolved(gadgetstest.Witness(t, c)); err == nil {
					t.Fatal("accepted")
				}
			})
		}
	}
}

const hDeltaBytes = "github.com/openproof/openproof/circuits/delta.DeltaBytesHint"

// nbOf returns the bytes per output of a DeltaBytesHint call.
func nbOf(in []*big.Int) int {
	return Module{Shift: uint(in[4].Int64())}.nBytes()
}

// remPlusOne adds one to the remainder (2^e to its low byte) of the first
// output: both delta hints start with that byte.
var remPlusOne = gadgetstest.Lie{Name: "rem+1", F: func(_ *big.Int, in, out []*big.Int) bool {
	_, e := Module{Shift: uint(in[4].Int64())}.fracBits()
	v := out[0].Int64() + 1<<e
	if v > 255 {
		return false
	}
	out[0].SetInt64(v)
	return true
}}

var lies = map[string][]gadgetstest.Lie{
	gadgetstest.NBitsHint: gadgetstest.BitLies,
	hDeltaBytes: {
		{Name: "Δy+1", F: func(_ *big.Int, in, out []*big.Int) bool {
			nb := nbOf(in)
			out[nb-4].Add(out[nb-4], big.NewInt(1)) // low byte of Δy+2^31 of output 0
			if out[nb-4].Int64() == 256 {
				out[nb-4].SetInt64(0)
				out[nb-3].Add(out[nb-3], big.NewInt(1))
			}
			return true
		}},
		{Name: "Δy of the last output −1", F: func(_ *big.Int, in, out []*big.Int) bool {
			nb := nbOf(in)
			o := out[len(out)-nb:]
			if o[nb-4].Sign() == 0 {
				return false
			}
			o[nb-4].Sub(o[nb-4], big.NewInt(1))
			return true
		}},
		remPlusOne,
		{Name: "byte ≥ 256, same value", F: func(mod *big.Int, in, out []*big.Int) bool {
			nb := nbOf(in)
			if out[nb-3].Sign() == 0 {
				gadgetstest.AddMod(mod, out[nb-3], 0)
				return false
			}
			gadgetstest.AddMod(mod, out[nb-4], 256)
			gadgetstest.AddMod(mod, out[nb-3], -1)
			return true
		}},
		{Name: "one unit moved from Δy into rem", F: func(mod *big.Int, in, out []*big.Int) bool {
			nb := nbOf(in)
			// V unchanged, but the low part now holds 2^(S+e) more: a
			// non-byte at the top of the low part.
			gadgetstest.AddMod(mod, out[nb-5], 256)
			gadgetstest.AddMod(mod, out[nb-4], -1)
			return true
		}},
	},
	gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256},
	gadgetstest.HintCount:     {gadgetstest.OneMore, gadgetstest.MovedCount},
}

// Every hint of the compiled circuit is replaced by lying versions; each lie
// must change some output and leave the R1CS unsatisfiable, in both modes.
func TestMaliciousHints(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		f := newFixture(t, 5, 2)
		s := f.shape(t, []int{0, 2}, 0, 2, mode)
		ccs := gadgetstest.Compile(t, mustNew(t, s))
		w := gadgetstest.Witness(t, mustAssign(t, s, f))
		t.Run(mode.String(), func(t *testing.T) {
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
			gadgetstest.FixedRandomness(t, ccs, w, 12345)
		})
	}
}

// A prover whose hint claims a wrong Δy and who publishes the digest of
// that wrong Δy must be stopped by the δ·M relation (direct) or by
// Freivalds' identity, not by the digest.
func TestWrongDeltaWithConsistentDigest(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		t.Run(mode.String(), func(t *testing.T) {
			f := newFixture(t, 6, 3)
			s := f.shape(t, []int{0, 1}, 0, 3, mode)
			ccs := gadgetstest.Compile(t, mustNew(t, s))
			orig := gadgetstest.Registered(t, hDeltaBytes)
			lying := func(mod *big.Int, in, out []*big.Int) error {
				if err := orig(mod, in, out); err != nil {
					return err
				}
				nb := nbOf(in)
				// Output 1 of token 2 of every module: Δy + 1.
				o := out[(2*int(in[1].Int64())+1)*nb : (2*int(in[1].Int64())+2)*nb]
				for j := nb - 4; j < nb; j++ {
					if o[j].Int64() < 255 {
						o[j].Add(o[j], big.NewInt(1))
						break
					}
					o[j].SetInt64(0)
				}
				return nil
			}
			c := mustAssign(t, s, f)
			for _, m := range s.Group {
				f.tr.Modules[m.Index].Delta[2*m.Out+1]++
			}
			_, y, err := Digests(s, f.tr)
			if err != nil {
				t.Fatal(err)
			}
			c.DeltaDigest = commit.Const(y)[0]
			err = ccs.IsSolved(gadgetstest.Witness(t, c), solver.OverrideHint(solver.GetHintID(orig), lying))
			if err == nil {
				t.Fatal("wrong Δy with a matching digest accepted")
			}
			if !strings.Contains(err.Error(), " != ") {
				t.Fatalf("rejected, but not by a constraint: %v", err)
			}
		})
	}
}

// The pinned circuit proves the same statement with the adapter as
// constants: an honest witness passes, and it rejects changed Δy, changed
// x and any other commitment.
func TestPinned(t *testing.T) {
	f := newFixture(t, 7, 1)
	s := f.shape(t, []int{1}, 0, 1, Direct)
	c, err := NewPinned(s, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	oneCommitment(t, ccs)
	free := gadgetstest.Compile(t, mustNew(t, s))
	if ccs.GetNbConstraints() >= free.GetNbConstraints()/2 {
		t.Errorf("pinned %d constraints, committed adapter %d", ccs.GetNbConstraints(), free.GetNbConstraints())
	}
	assign := func() *Circuit {
		w, err := AssignPinned(s, f.tr, f.a, f.key)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if err := ccs.IsSolved(gadgetstest.Witness(t, assign())); err != nil {
		t.Fatal(err)
	}
	g := newFixture(t, 7, 1)
	g.tr.Modules[1].Delta[2]++
	_, y, _ := Digests(s, g.tr)
	h := newFixture(t, 7, 1)
	h.tr.Modules[1].X[0] ^= 2
	x, _, _ := Digests(s, h.tr)
	other := newFixture(t, 8, 1)
	oc, _ := Commitment(s, other.a, f.key)
	for name, mut := range map[string]func(c *Circuit){
		"changed Δy":       func(c *Circuit) { c.DeltaDigest = commit.Const(y)[0] },
		"changed x":        func(c *Circuit) { c.XDigest = commit.Const(x)[0] },
		"other commitment": func(c *Circuit) { c.AdapterCommitment = commit.Const(oc)[0] },
		"changed M":        func(c *Circuit) { c.Modules[0].M = f.a.Layers[1].M + 1 },
		"changed salt":     func(c *Circuit) { c.Salt = plusOne(commit.Const(f.key.Salt)[0]) },
		"changed owner":    func(c *Circuit) { c.Owner = plusOne(commit.Const(f.key.Owner)[0]) },
	} {
		w := assign()
		mut(w)
		if err := ccs.IsSolved(gadgetstest.Witness(t, w)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Token ranges whose end overflows int are refused, not sliced with.
func TestTokenRangeOverflow(t *testing.T) {
	f := newFixture(t, 1, 3)
	if _, err := ShapeOf(f.tr, []int{0}, math.MaxInt, 1, Direct); !errors.Is(err, ErrBadInput) {
		t.Fatalf("ShapeOf with first = MaxInt: %v", err)
	}
	s := f.shape(t, []int{0}, 0, 1, Direct)
	s.First = math.MaxInt
	if _, _, err := Digests(s, f.tr); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Digests with first = MaxInt: %v", err)
	}
}

// An adapter whose multiplier is 2^32 above the recipe's range, committed
// with that M and with the Δy it computes, must be refused by M's 32-bit
// range check (committed circuit): without it the proof would be about an
// adapter the recipe does not define.
func TestMOutsideTheRecipe(t *testing.T) {
	f := newFixture(t, 12, 1)
	s := f.shape(t, []int{1}, 0, 1, Direct)
	m := s.Group[0]
	al := f.a.Layers[1]
	bigM := new(big.Int).Add(big.NewInt(int64(al.M)), new(big.Int).Lsh(big.NewInt(1), 32))
	S, e := m.fracBits()
	// Δy with bigM, and V's bytes as DeltaBytesHint lays them out.
	x := f.tr.Modules[1].Token(0)
	dy := make([]int32, m.Out)
	bytes := make([]*big.Int, 0, m.Out*m.nBytes())
	for i := range m.Out {
		var d int64
		for r := range m.Rank {
			var h int64
			for j := range m.In {
				h += int64(al.A[r*m.In+j]) * int64(x[j])
			}
			d += int64(al.B[i*m.Rank+r]) * h
		}
		z := new(big.Int).Mul(big.NewInt(d), bigM)
		z.Add(z, new(big.Int).Lsh(big.NewInt(1), S-1))
		q, rem := new(big.Int).DivMod(z, new(big.Int).Lsh(big.NewInt(1), S), new(big.Int))
		if !q.IsInt64() || q.Int64() < math.MinInt32 || q.Int64() > math.MaxInt32 {
			t.Fatalf("output %d: Δy = %v does not fit int32", i, q)
		}
		dy[i] = int32(q.Int64())
		v := new(big.Int).Lsh(new(big.Int).Add(q, big.NewInt(1<<31)), S+e)
		v.Add(v, new(big.Int).Lsh(rem, e))
		for range m.nBytes() {
			bytes = append(bytes, new(big.Int).And(v, big.NewInt(0xff)))
			v.Rsh(v, 8)
		}
	}
	tr := *f.tr
	tr.Modules = append([]enginetrace.Module(nil), f.tr.Modules...)
	tr.Modules[1].Delta = dy
	_, yd, err := Digests(s, &tr)
	if err != nil {
		t.Fatal(err)
	}
	pre := commit.AdapterHeader(f.key.Salt, s.NModules)
	pre = append(pre, commit.AdapterLayerHeader(1, m.Rank)...)
	pre = append(pre, commit.Uint(bigM.Uint64()))
	pre = append(pre, commit.PackInt8(al.A)...)
	pre = append(pre, commit.PackInt8(al.B)...)

	ccs := gadgetstest.Compile(t, mustNew(t, s))
	c := mustAssign(t, s, f)
	c.Modules[0].M = bigM
	c.AdapterCommitment = commit.Const(commit.OwnedCommitment(commit.Hash(pre...), f.key.Owner))[0]
	c.DeltaDigest = commit.Const(yd)[0]
	orig := gadgetstest.Registered(t, hDeltaBytes)
	withBigM := func(_ *big.Int, _, out []*big.Int) error {
		for i := range out {
			out[i].Set(bytes[i])
		}
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(orig), withBigM))
	err = ccs.IsSolved(gadgetstest.Witness(t, c), opts...)
	if err == nil {
		t.Fatal("an adapter with M ≥ 2^32 was accepted")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}
