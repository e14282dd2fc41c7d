package delta

import (
	"crypto/sha256"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/prover"
)

// fpOpts makes solving a Fingerprinted circuit deterministic without a
// proving key: the commitment mask is fixed and the commitment's challenge
// is SHA-256 of everything it commits to (in the prover it is the hash of a
// Pedersen commitment to the same values), so that a lie in any committed
// value moves ρ, as it would in a proof.
func fpOpts(t testing.TB) []solver.Option {
	t.Helper()
	mask, err := prover.FixedMask()
	if err != nil {
		t.Fatal(err)
	}
	commitHint := gadgetstest.Registered(t, gadgetstest.HintCommitment)
	hash := func(mod *big.Int, in, out []*big.Int) error {
		h := sha256.New()
		for _, v := range in {
			b := make([]byte, 32)
			new(big.Int).Mod(v, mod).FillBytes(b)
			h.Write(b)
		}
		out[0].SetBytes(h.Sum(nil))
		out[0].Mod(out[0], mod)
		return nil
	}
	return []solver.Option{mask, solver.OverrideHint(solver.GetHintID(commitHint), hash)}
}

func fpShape(t testing.TB, f *fixture, group []int, first, tokens int, mode Mode) Shape {
	t.Helper()
	s := f.shape(t, group, first, tokens, mode)
	s.Binding = Fingerprinted
	return s
}

// bound assigns s over tr (adapter and salt of f) and binds its
// fingerprints by solving ccs under opts (plus extra, e.g. a lying hint).
func bound(t testing.TB, ccs constraint.ConstraintSystem, s Shape, f *fixture, tr *enginetrace.Trace, opts []solver.Option, extra ...solver.Option) *Circuit {
	t.Helper()
	c, err := Assign(s, f.tr, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	all := append(append([]solver.Option(nil), opts...), extra...)
	solve := func(w witness.Witness, more ...solver.Option) error {
		return ccs.IsSolved(w, append(append([]solver.Option(nil), all...), more...)...)
	}
	if _, _, _, err := Bind(c, tr, solve); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestFingerprintHonest(t *testing.T) {
	f := newFixture(t, 1, 3)
	for _, tc := range []struct {
		name          string
		group         []int
		first, tokens int
		mode          Mode
	}{
		{"one module one token direct", []int{1}, 2, 1, Direct},
		{"all modules all tokens freivalds", []int{0, 1, 2}, 0, 3, Auto},
		{"two modules two tokens direct", []int{0, 2}, 1, 2, Direct},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := fpShape(t, f, tc.group, tc.first, tc.tokens, tc.mode)
			ccs := gadgetstest.Compile(t, mustNew(t, s))
			opts := fpOpts(t)
			c := bound(t, ccs, s, f, f.tr, opts)
			if err := ccs.IsSolved(gadgetstest.Witness(t, c), opts...); err != nil {
				t.Fatal(err)
			}
			oneCommitment(t, ccs)
			hashed := gadgetstest.Compile(t, mustNew(t, f.shape(t, tc.group, tc.first, tc.tokens, tc.mode)))
			if ccs.GetNbConstraints() >= hashed.GetNbConstraints() {
				t.Errorf("fingerprinted %d constraints, hashed %d", ccs.GetNbConstraints(), hashed.GetNbConstraints())
			}
		})
	}
}

// Each public input, and a trace other than the witness's, must make the
// R1CS unsatisfiable.
func TestFingerprintSoundness(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		f := newFixture(t, 4, 2)
		s := fpShape(t, f, []int{0, 1}, 0, 2, mode)
		ccs := gadgetstest.Compile(t, mustNew(t, s))
		opts := fpOpts(t)
		honest := bound(t, ccs, s, f, f.tr, opts)
		if err := ccs.IsSolved(gadgetstest.Witness(t, honest), opts...); err != nil {
			t.Fatalf("%v: honest witness rejected: %v", mode, err)
		}
		rho := new(fr.Element)
		rho.SetBigInt(honest.Fingerprint[0].(*big.Int))
		// otherTrace gives the public inputs of an edited trace (digests,
		// and fingerprints at the honest ρ) to the honest witness.
		otherTrace := func(edit func(tr *enginetrace.Trace)) func(c *Circuit) {
			return func(c *Circuit) {
				g := newFixture(t, 4, 2)
				edit(g.tr)
				x, y, err := Digests(s, g.tr)
				if err != nil {
					t.Fatal(err)
				}
				xe, ye, err := Fingerprints(s, g.tr, *rho)
				if err != nil {
					t.Fatal(err)
				}
				c.XDigest, c.DeltaDigest = commit.Const(x)[0], commit.Const(y)[0]
				c.Fingerprint[1], c.Fingerprint[2] = commit.Const(xe)[0], commit.Const(ye)[0]
			}
		}
		// sameDigests keeps the honest digests but puts the edited trace's
		// fingerprints (a prover who found values matching at ρ would need
		// this; the fingerprint equalities refuse it).
		sameDigests := func(edit func(tr *enginetrace.Trace)) func(c *Circuit) {
			return func(c *Circuit) {
				g := newFixture(t, 4, 2)
				edit(g.tr)
				xe, ye, err := Fingerprints(s, g.tr, *rho)
				if err != nil {
					t.Fatal(err)
				}
				c.Fingerprint[1], c.Fingerprint[2] = commit.Const(xe)[0], commit.Const(ye)[0]
			}
		}
		for _, tc := range []struct {
			name string
			mut  func(c *Circuit)
		}{
			{"public adapter_commitment", func(c *Circuit) { c.AdapterCommitment = plusOne(c.AdapterCommitment) }},
			{"public x_digest", func(c *Circuit) { c.XDigest = plusOne(c.XDigest) }},
			{"public delta_digest", func(c *Circuit) { c.DeltaDigest = plusOne(c.DeltaDigest) }},
			{"public rho", func(c *Circuit) { c.Fingerprint[0] = plusOne(c.Fingerprint[0]) }},
			{"public x fingerprint", func(c *Circuit) { c.Fingerprint[1] = plusOne(c.Fingerprint[1]) }},
			{"public delta fingerprint", func(c *Circuit) { c.Fingerprint[2] = plusOne(c.Fingerprint[2]) }},
			{"other trace: changed Δy", otherTrace(func(tr *enginetrace.Trace) { tr.Modules[1].Delta[7]-- })},
			{"other trace: changed x, same Δy", otherTrace(func(tr *enginetrace.Trace) { tr.Modules[0].X[3] ^= 1 })},
			{"same digests: changed Δy", sameDigests(func(tr *enginetrace.Trace) { tr.Modules[1].Delta[7]-- })},
			{"same digests: changed x", sameDigests(func(tr *enginetrace.Trace) { tr.Modules[0].X[3] ^= 1 })},
			{"changed adapter weight A", func(c *Circuit) { c.Modules[0].A[5] = plusOne(big.NewInt(int64(f.a.Layers[0].A[5]))) }},
			{"changed M", func(c *Circuit) { c.Modules[1].M = f.a.Layers[1].M - 1 }},
			{"changed witness x", func(c *Circuit) { c.Modules[0].X[3] = c.Modules[0].X[3].(int64) + 1 }},
		} {
			t.Run(mode.String()+"/"+tc.name, func(t *testing.T) {
				c := bound(t, ccs, s, f, f.tr, opts)
				tc.mut(c)
				if err := ccs.IsSolved(gadgetstest.Witness(t, c), opts...); err == nil {
					t.Fatal("accepted")
				}
			})
		}
	}
}

const (
	hDeltaRem  = "github.com/openproof/openproof/circuits/delta.DeltaRemHint"
	hChallenge = "github.com/openproof/openproof/circuits/delta.ChallengeHint"
)

// rbOf returns the remainder bytes per output of a DeltaRemHint call.
func rbOf(in []*big.Int) int {
	return Module{Shift: uint(in[4].Int64())}.remBytes()
}

var fpLies = map[string][]gadgetstest.Lie{
	gadgetstest.NBitsHint: gadgetstest.BitLies,
	hDeltaRem: {
		{Name: "Δy+1", F: func(_ *big.Int, in, out []*big.Int) bool {
			out[rbOf(in)].Add(out[rbOf(in)], big.NewInt(1))
			return true
		}},
		remPlusOne,
		{Name: "byte ≥ 256, same value", F: func(mod *big.Int, in, out []*big.Int) bool {
			if out[1].Sign() == 0 {
				return false
			}
			gadgetstest.AddMod(mod, out[0], 256)
			gadgetstest.AddMod(mod, out[1], -1)
			return true
		}},
		{Name: "one unit moved from Δy into rem", F: func(mod *big.Int, in, out []*big.Int) bool {
			rb := rbOf(in)
			gadgetstest.AddMod(mod, out[rb-1], 256)
			gadgetstest.AddMod(mod, out[rb], -1)
			return true
		}},
	},
	hChallenge: {
		{Name: "ρ+1", F: func(_ *big.Int, _, out []*big.Int) bool {
			out[0].Add(out[0], big.NewInt(1))
			return true
		}},
	},
	gadgetstest.HintDecompose: {gadgetstest.LowBytePlusOne, gadgetstest.ByteOver256},
	gadgetstest.HintCount:     {gadgetstest.OneMore, gadgetstest.MovedCount},
}

func TestFingerprintMaliciousHints(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		f := newFixture(t, 5, 2)
		s := fpShape(t, f, []int{0, 2}, 0, 2, mode)
		ccs := gadgetstest.Compile(t, mustNew(t, s))
		opts := fpOpts(t)
		w := gadgetstest.Witness(t, bound(t, ccs, s, f, f.tr, opts))
		t.Run(mode.String(), func(t *testing.T) {
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: fpLies, Lenient: true, ByConstraint: true, Opts: opts, FollowPublics: true})
		})
	}
}

// A prover whose hint claims Δy+1 for one output, who publishes a trace
// with that Δy and binds digests and fingerprints to it (the lie in place
// while ρ is drawn), must be stopped by the δ·M relation (direct) or by
// Freivalds' identity: the binding alone would not stop it.
func TestFingerprintWrongDeltaWithConsistentBinding(t *testing.T) {
	for _, mode := range []Mode{Direct, Freivalds} {
		t.Run(mode.String(), func(t *testing.T) {
			f := newFixture(t, 6, 3)
			s := fpShape(t, f, []int{0, 1}, 0, 3, mode)
			ccs := gadgetstest.Compile(t, mustNew(t, s))
			orig := gadgetstest.Registered(t, hDeltaRem)
			lying := func(mod *big.Int, in, out []*big.Int) error {
				if err := orig(mod, in, out); err != nil {
					return err
				}
				rb := rbOf(in)
				// Output 1 of token 2 of every module: Δy + 1.
				o := out[(2*int(in[1].Int64())+1)*(rb+1) : (2*int(in[1].Int64())+2)*(rb+1)]
				o[rb].Add(o[rb], big.NewInt(1))
				return nil
			}
			override := solver.OverrideHint(solver.GetHintID(orig), lying)
			tr := *f.tr
			tr.Modules = append([]enginetrace.Module(nil), f.tr.Modules...)
			for _, m := range s.Group {
				d := append([]int32(nil), tr.Modules[m.Index].Delta...)
				d[2*m.Out+1]++
				tr.Modules[m.Index].Delta = d
			}
			opts := append(fpOpts(t), override)
			c, err := Assign(s, f.tr, f.a, f.key)
			if err != nil {
				t.Fatal(err)
			}
			_, y, err := Digests(s, &tr)
			if err != nil {
				t.Fatal(err)
			}
			c.DeltaDigest = commit.Const(y)[0]
			solve := func(w witness.Witness, more ...solver.Option) error {
				return ccs.IsSolved(w, append(append([]solver.Option(nil), opts...), more...)...)
			}
			// Direct: the relation fails before the solver reaches ρ.
			if _, _, _, err = Bind(c, &tr, solve); err == nil {
				err = ccs.IsSolved(gadgetstest.Witness(t, c), opts...)
			}
			if err == nil {
				t.Fatal("wrong Δy with matching digests and fingerprints accepted")
			}
			if !strings.Contains(err.Error(), " != ") {
				t.Fatalf("rejected, but not by a constraint: %v", err)
			}
		})
	}
}

// A prover who picks its own challenge (the hint returns it, the public
// inputs are the fingerprints at it) must be refused: ρ is the
// commitment's, or the binding is worthless.
func TestFingerprintChallengeIsTheCommitments(t *testing.T) {
	f := newFixture(t, 8, 2)
	s := fpShape(t, f, []int{0, 1}, 0, 2, Auto)
	ccs := gadgetstest.Compile(t, mustNew(t, s))
	c, err := Assign(s, f.tr, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	var chosen fr.Element
	chosen.SetUint64(12345)
	x, y, err := Fingerprints(s, f.tr, chosen)
	if err != nil {
		t.Fatal(err)
	}
	c.setFingerprint(Public{Rho: chosen, XEval: x, DeltaEval: y})
	pick := solver.OverrideHint(solver.GetHintID(ChallengeHint), func(_ *big.Int, _, out []*big.Int) error {
		chosen.BigInt(out[0])
		return nil
	})
	err = ccs.IsSolved(gadgetstest.Witness(t, c), append(fpOpts(t), pick)...)
	if err == nil {
		t.Fatal("a challenge of the prover's choosing was accepted")
	}
	if !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
}

// The binding needs the witness fixed before ρ: the commitment must cover
// both digests (public), every x (secret input) and every Δy word (hint
// output, not range-checked in this binding). Checked on the compiled
// commitment, pinned and committed.
func TestFingerprintCommitsWitness(t *testing.T) {
	f := newFixture(t, 5, 2)
	s := fpShape(t, f, []int{0, 2}, 0, 2, Direct)
	pinned, err := NewPinned(s, f.a, f.key)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Circuit{pinned, mustNew(t, s)} {
		ccs := gadgetstest.Compile(t, c)
		cm := ccs.GetCommitments().(constraint.Groth16Commitments)[0]
		// Wires: 0 the constant, then the public inputs in order
		// (x_digest = 2, delta_digest = 3), then the secret ones in struct
		// order: Salt, Owner, and per module A, B, M, X.
		if !slices.Contains(cm.PublicAndCommitmentCommitted, 2) || !slices.Contains(cm.PublicAndCommitmentCommitted, 3) {
			t.Fatalf("pinned=%v: committed public wires %v, want x_digest (2) and delta_digest (3)", c.Pinned(), cm.PublicAndCommitmentCommitted)
		}
		id := ccs.GetNbPublicVariables() + 2 // past Salt and Owner
		var nX, words int
		for k, m := range s.Group {
			id += len(c.Modules[k].A) + len(c.Modules[k].B) + 1
			for range s.Tokens * m.In {
				if !slices.Contains(cm.PrivateCommitted, id) {
					t.Fatalf("pinned=%v: x wire %d (module %d) is not committed", c.Pinned(), id, m.Index)
				}
				id++
				nX++
			}
			words += s.Tokens * m.Out
		}
		if c.Pinned() {
			// Besides x: each output's remainder bytes (range-check
			// queries) and Δy word, the byte table's 256 counts, gnark's
			// mask. A Δy word left out makes this short by one.
			rb := s.Group[0].remBytes()
			for _, m := range s.Group {
				if m.remBytes() != rb {
					t.Fatal("fixture modules differ in remainder bytes")
				}
			}
			if got, want := len(cm.PrivateCommitted)-nX, words*(rb+1)+256+1; got != want {
				t.Fatalf("%d committed wires besides x, want %d (Δy words, remainder bytes, counts, mask)", got, want)
			}
		}
	}
}
