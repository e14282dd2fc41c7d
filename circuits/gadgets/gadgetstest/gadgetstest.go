// Package gadgetstest is test support for the circuits built from
// circuits/gadgets (lora, delta, merge, attribution): the standard lies
// about the gadgets' hints and about circuits/attribution's, and a runner
// that replaces every hint of a compiled circuit by each of its lies and
// asserts that the circuit then rejects an honest witness.
//
// By convention only _test.go files import it; it refers to hints by name
// only, so that circuits/gadgets' own tests can import it too. Each circuit
// keeps the lies about its own hints in its tests.
package gadgetstest

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
)

// Names of the hints, as solver.GetHintName gives them.
const (
	HintRequant   = "github.com/openproof/openproof/circuits/gadgets.RequantHint"
	HintDecompose = "github.com/openproof/openproof/circuits/gadgets.DecomposeHint"
	HintCount     = "github.com/openproof/openproof/circuits/gadgets.CountHint"
	// HintLogDeriv is the multiplicity hint of gnark's log-derivative
	// lookups (the GELU tables); it counts like HintCount.
	HintLogDeriv = "github.com/consensys/gnark/std/internal/logderivarg.countHint"

	HintDiv      = "github.com/openproof/openproof/circuits/attribution.DivHint"
	HintArgmax   = "github.com/openproof/openproof/circuits/attribution.ArgmaxHint"
	HintSign     = "github.com/openproof/openproof/circuits/attribution.SignHint"
	HintPositive = "github.com/openproof/openproof/circuits/attribution.PositiveHint"
	// HintInvZero is gnark's hint for api.IsZero.
	HintInvZero = "github.com/consensys/gnark/constraint/solver.InvZeroHint"

	// Randomness, not witness values: the Groth16 prover computes the
	// commitment itself and the mask only blinds it. Any value must keep an
	// honest witness valid; soundness comes from the commitment being a
	// binding hash of the committed wires, which a hint cannot change.
	HintMask       = "github.com/consensys/gnark/internal/hints.Randomize"
	HintCommitment = "github.com/consensys/gnark/frontend/cs.Bsb22CommitmentComputePlaceholder"
)

// Randomness holds the hints that return randomness (see HintMask); they
// need no lies, and Run leaves them honest.
var Randomness = map[string]bool{HintMask: true, HintCommitment: true}

// A Lie rewrites a hint's honest outputs in place, as a malicious prover's
// solver would, and reports whether it changed anything.
type Lie struct {
	Name string
	F    func(mod *big.Int, in, out []*big.Int) bool
}

// AddMod sets v to v + d mod mod.
func AddMod(mod, v *big.Int, d int64) {
	v.Add(v, big.NewInt(d))
	v.Mod(v, mod)
}

// Registered returns the registered hint called name.
func Registered(t testing.TB, name string) solver.Hint {
	t.Helper()
	for _, h := range solver.GetRegisteredHints() {
		if solver.GetHintName(h) == name {
			return h
		}
	}
	t.Fatalf("hint %s is not registered", name)
	return nil
}

// Lenient gives, for each hint that refuses bad inputs, what it returns
// instead when playing along with a malicious prover.
var Lenient = map[string]solver.Hint{
	HintDecompose: LowBytes,
	HintCount:     CountMod256,
	HintLogDeriv:  Zeros,
}

// LenientOpts makes every Lenient hint but except play along (PlayAlong):
// for a lie to be judged by the constraints, not by a hint refusing what
// the lie fed it.
func LenientOpts(t testing.TB, except string) []solver.Option {
	t.Helper()
	var opts []solver.Option
	for name, fallback := range Lenient {
		if name != except {
			h := Registered(t, name)
			opts = append(opts, solver.OverrideHint(solver.GetHintID(h), PlayAlong(h, fallback)))
		}
	}
	return opts
}

// PlayAlong runs h and, where h refuses its inputs, the fallback instead.
func PlayAlong(h, fallback solver.Hint) solver.Hint {
	return func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return fallback(mod, in, out)
		}
		return nil
	}
}

// LowBytes decomposes in[1] into the low bytes, ignoring what does not fit:
// DecomposeHint without its range check.
func LowBytes(_ *big.Int, in, out []*big.Int) error {
	t := new(big.Int).Set(in[1])
	for _, o := range out {
		o.And(t, big.NewInt(255))
		t.Rsh(t, 8)
	}
	return nil
}

// CountMod256 counts queries modulo 256, so non-bytes look like bytes:
// CountHint without its range check.
func CountMod256(_ *big.Int, in, out []*big.Int) error {
	for _, o := range out {
		o.SetInt64(0)
	}
	for _, v := range in {
		j := new(big.Int).Mod(v, big.NewInt(256)).Int64()
		out[j].Add(out[j], big.NewInt(1))
	}
	return nil
}

// Zeros sets every output to 0.
func Zeros(_ *big.Int, _, out []*big.Int) error {
	for _, o := range out {
		o.SetInt64(0)
	}
	return nil
}

// HintNames returns the names of the hints ccs uses, sorted.
func HintNames(ccs constraint.ConstraintSystem) []string {
	var names []string
	for _, name := range ccs.(*cs.R1CS).MHintsDependencies {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// ShortName is a hint's name without its package path.
func ShortName(name string) string {
	return name[strings.LastIndex(name, "/")+1:]
}

// FixedRandomness checks that w still solves ccs when each randomness hint
// ccs uses returns, in turn, each of values in every output.
func FixedRandomness(t *testing.T, ccs constraint.ConstraintSystem, w witness.Witness, values ...int64) {
	t.Helper()
	for _, name := range HintNames(ccs) {
		if !Randomness[name] {
			continue
		}
		id := solver.GetHintID(Registered(t, name))
		for _, v := range values {
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
	}
}

// AllSites, as a call site, applies a lie at every call of its hint.
const AllSites = -1

// Malicious is a malicious-hint test of one compiled circuit.
type Malicious struct {
	CCS     constraint.ConstraintSystem
	Witness witness.Witness // honest
	// Lies lists, for every hint CCS uses, lies that must each make CCS
	// unsatisfiable. A hint missing here fails the test: a new hint needs
	// its own lies. The Randomness hints need none.
	Lies map[string][]Lie
	// Sites, when set, applies each lie at one call site (the k-th call of
	// its hint, or AllSites) at a time and skips the sites where it
	// changes nothing. Unset, a lie applies at every call and must change
	// some output.
	Sites []int64
	// EverySite, with Sites, also applies each lie at every call site of
	// its hint, one at a time (counted on the honest witness): for hints
	// whose calls check different things, so that each check is exercised.
	EverySite bool
	// SomeSite, with Sites, requires each lie to change an output at one
	// site at least.
	SomeSite bool
	// Lenient makes the other hints that refuse bad inputs play along
	// (Lenient, PlayAlong) while one hint lies.
	Lenient bool
	// ByConstraint requires the rejection to come from a constraint, not
	// from a hint refusing its inputs.
	ByConstraint bool
	// Opts go to every solve (e.g. a deterministic commitment, for a
	// witness whose public inputs depend on its challenge).
	Opts []solver.Option
	// FollowPublics runs every lie a second time, in subtests under
	// "follow/", with the public outputs following the lie (FollowPublics):
	// a lie that reaches a public output must then be refused by another
	// constraint, not by the fixed public input. Lies that change only a
	// public output the circuit computes are caught there by nothing else,
	// so every hint output must be pinned by a constraint of its own. The
	// pass lies at Sites only, not at EverySite's every call site (each
	// following solve costs two solves or more). Each solve restarts the
	// call-site count, so a one-site lie applies in every solve.
	FollowPublics bool
	// Fixed names public inputs (as the compiled circuit names them, e.g.
	// "CacheIn" or "Adapter_0_Commitment") that the verifier chooses rather
	// than the circuit computes: FollowPublics leaves them as they are.
	Fixed []string

	follow bool // set by Run for its FollowPublics pass
}

// Run replaces every hint m.CCS uses, but the Randomness ones, by each of
// its lies in a subtest "hint/lie" ("hint/lie/siteK" with Sites), and fails
// the subtest when the honest witness still solves.
//
// With m.FollowPublics, it then runs every lie again under "follow/", with
// the public outputs following it.
func Run(t *testing.T, m Malicious) {
	t.Helper()
	if err := m.CCS.IsSolved(m.Witness, m.Opts...); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	names := HintNames(m.CCS)
	for _, name := range names {
		if _, ok := m.Lies[name]; !ok && !Randomness[name] {
			t.Errorf("hint %s has no lies: add them", name)
		}
	}
	m.run(t, names, "")
	if m.FollowPublics {
		m.follow = true
		m.run(t, names, "follow/")
	}
}

// run is Run's loop over the hints and their lies, subtests named under prefix.
func (m Malicious) run(t *testing.T, names []string, prefix string) {
	t.Helper()
	for _, name := range names {
		orig := Registered(t, name)
		if Randomness[name] {
			continue
		}
		for _, l := range m.Lies[name] {
			if m.Sites == nil {
				t.Run(prefix+ShortName(name)+"/"+l.Name, func(t *testing.T) {
					if m.lie(t, name, orig, l, AllSites) == 0 {
						t.Fatal("the lie changed no output: it tests nothing")
					}
				})
				continue
			}
			var anyChange atomic.Int64
			sites := m.Sites
			if m.EverySite && !m.follow {
				sites = append([]int64{AllSites}, countSites(t, m.CCS, m.Witness, orig, m.Opts...)...)
			}
			for _, site := range sites {
				t.Run(fmt.Sprintf("%s%s/%s/site%d", prefix, ShortName(name), l.Name, site), func(t *testing.T) {
					if m.lie(t, name, orig, l, site) == 0 {
						t.Skip("the lie changed nothing at this call site")
					}
					anyChange.Add(1)
				})
			}
			if m.SomeSite && anyChange.Load() == 0 {
				t.Errorf("%s/%s changed nothing at any call site: it tests nothing", ShortName(name), l.Name)
			}
		}
	}
}

// countSites returns the call sites 0…n−1 of hint h on the honest witness.
func countSites(t *testing.T, ccs constraint.ConstraintSystem, w witness.Witness, h solver.Hint, opts ...solver.Option) []int64 {
	t.Helper()
	var n atomic.Int64
	counting := func(mod *big.Int, in, out []*big.Int) error {
		n.Add(1)
		return h(mod, in, out)
	}
	if err := ccs.IsSolved(w, append(append([]solver.Option(nil), opts...), solver.OverrideHint(solver.GetHintID(h), counting))...); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	sites := make([]int64, n.Load())
	for i := range sites {
		sites[i] = int64(i)
	}
	return sites
}

// lie solves m.CCS with hint name (orig) lying as l at site, fails t when
// a changed output is accepted (or rejected other than as m requires), and
// returns how many outputs the lie changed.
func (m Malicious) lie(t *testing.T, name string, orig solver.Hint, l Lie, site int64) int64 {
	t.Helper()
	var calls, changed atomic.Int64
	lying := func(mod *big.Int, in, out []*big.Int) error {
		if err := orig(mod, in, out); err != nil {
			return err
		}
		if k := calls.Add(1) - 1; (site == AllSites || k == site) && l.F(mod, in, out) {
			changed.Add(1)
		}
		return nil
	}
	opts := append(append([]solver.Option(nil), m.Opts...), solver.OverrideHint(solver.GetHintID(orig), lying))
	if m.Lenient {
		// The other hints that check their inputs play along, so that the
		// rejection comes from a constraint.
		opts = append(opts, LenientOpts(t, name)...)
	}
	var err error
	if m.follow {
		fixed, ferr := PublicIndices(m.CCS, m.Fixed...)
		if ferr != nil {
			t.Fatal(ferr)
		}
		// Each solve is a fresh run of the malicious prover's solver: the
		// call-site count restarts, so a one-site lie lies in every solve.
		err = FollowPublicsEach(m.CCS, Clone(t, m.Witness), fixed, func() []solver.Option {
			calls.Store(0)
			return opts
		})
	} else {
		err = m.CCS.IsSolved(m.Witness, opts...)
	}
	if changed.Load() == 0 {
		return 0
	}
	if err == nil {
		if m.follow {
			t.Fatal("lying hint accepted, with public outputs that follow the lie")
		}
		t.Fatal("lying hint accepted")
	}
	if m.ByConstraint && !strings.Contains(err.Error(), " != ") {
		t.Fatalf("rejected, but not by a constraint: %v", err)
	}
	return changed.Load()
}

// Clone returns a copy of w (FollowPublics changes its witness in place).
func Clone(t testing.TB, w witness.Witness) witness.Witness {
	t.Helper()
	b, err := w.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	c, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return c
}

var unsatisfied = regexp.MustCompile(`(-?\d+) ⋅ (-?\d+) != (-?\d+)`)

// PublicIndices returns the indices (0 is the first public input, as in
// FollowPublicsExcept) of the public inputs of ccs called names.
func PublicIndices(ccs constraint.ConstraintSystem, names ...string) ([]int, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("constraint system is %T, not a BN254 R1CS", ccs)
	}
	var idx []int
	for _, name := range names {
		i := slices.Index(r.Public, name)
		if i < 1 { // r.Public[0] is the constant wire
			return nil, fmt.Errorf("no public input %q in %v", name, r.Public[1:])
		}
		idx = append(idx, i-1)
	}
	return idx, nil
}

// FollowPublics solves ccs on w under opts, and while the solver stops at an
// unsatisfied constraint L⋅R = O in which a public input occurs (alone on a
// side, or as the only public input there; see follow), sets that input to
// the value that satisfies the constraint, the value the circuit computed,
// and solves again. A lie whose
// public outputs follow it (the digest of the weights it leads to, say) is
// then judged by the other constraints alone. The input is found by its wire
// in the constraint, not by its value, so equal public values cannot be
// confused. It returns the last solve's error: nil means the lie was
// accepted. w is changed in place.
func FollowPublics(ccs constraint.ConstraintSystem, w witness.Witness, opts ...solver.Option) error {
	return FollowPublicsExcept(ccs, w, nil, opts...)
}

// FollowPublicsExcept is FollowPublics with the public inputs at the
// indices in fixed (0 is the first public input) left as they are: inputs
// the verifier chooses rather than outputs the circuit computes, such as a
// chunk index (PublicIndices finds them by name).
func FollowPublicsExcept(ccs constraint.ConstraintSystem, w witness.Witness, fixed []int, opts ...solver.Option) error {
	return FollowPublicsEach(ccs, w, fixed, func() []solver.Option { return opts })
}

// FollowPublicsEach is FollowPublicsExcept with the solver options made
// afresh for every solve (so that a lying hint that counts its calls
// restarts its count).
func FollowPublicsEach(ccs constraint.ConstraintSystem, w witness.Witness, fixed []int, opts func() []solver.Option) error {
	vec, ok := w.Vector().(fr.Vector)
	if !ok {
		return fmt.Errorf("witness vector is %T", w.Vector())
	}
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return fmt.Errorf("constraint system is %T, not a BN254 R1CS", ccs)
	}
	nPub := ccs.GetNbPublicVariables() - 1 // the constant wire is not in w
	var r1cs []constraint.R1C
	var err error
	for range nPub + 1 {
		if err = ccs.IsSolved(w, opts()...); err == nil {
			return nil
		}
		var ue *cs.UnsatisfiedConstraintError
		m := unsatisfied.FindStringSubmatch(err.Error())
		if m == nil || !errors.As(err, &ue) {
			return err
		}
		var vals [3]fr.Element // L, R, O as evaluated
		for i := range vals {
			if _, serr := vals[i].SetString(m[i+1]); serr != nil {
				return err
			}
		}
		if r1cs == nil {
			r1cs = r.GetR1Cs()
		}
		if ue.CID < 0 || ue.CID >= len(r1cs) || !follow(r, r1cs[ue.CID], vals, vec, nPub, fixed) {
			return err
		}
	}
	return err
}

// follow moves a movable public input of c to the value that satisfies c
// (vals: L, R, O evaluated), and reports whether it did. It moves an input
// that makes up a side of c on its own (the output of an equality such as
// 1⋅Y = expr), else the only movable input that occurs in c; an input that
// occurs on two sides is not moved.
func follow(r *cs.R1CS, c constraint.R1C, vals [3]fr.Element, vec fr.Vector, nPub int, fixed []int) bool {
	type occurrence struct {
		side  int
		coeff fr.Element
		alone bool
	}
	var order []int
	occ := map[int]*occurrence{}
	for s, le := range []constraint.LinearExpression{c.L, c.R, c.O} {
		for _, term := range le {
			v := int(term.WireID())
			if term.CoeffID() == constraint.CoeffIdZero || term.IsConstant() || v < 1 || v > nPub || slices.Contains(fixed, v-1) {
				continue
			}
			o, seen := occ[v]
			switch {
			case !seen:
				order = append(order, v)
				occ[v] = &occurrence{side: s, coeff: r.Coefficients[term.CoeffID()], alone: len(le) == 1}
			case o.side == s:
				o.coeff.Add(&o.coeff, &r.Coefficients[term.CoeffID()])
			default:
				o.side = -1 // on two sides: not solvable for it alone
			}
		}
	}
	wire := -1
	for _, v := range order {
		if occ[v].side >= 0 && occ[v].alone {
			wire = v
			break
		}
	}
	if wire < 0 && len(order) == 1 {
		wire = order[0]
	}
	if wire < 0 || occ[wire].side < 0 || occ[wire].coeff.IsZero() {
		return false
	}
	side, coeff := occ[wire].side, occ[wire].coeff
	// The side's value must become want; the input moves by (want − got)/coeff.
	var want fr.Element
	if side == 2 {
		want.Mul(&vals[0], &vals[1])
	} else {
		other := vals[1-side]
		if other.IsZero() {
			return false
		}
		want.Div(&vals[2], &other)
	}
	var d fr.Element
	d.Sub(&want, &vals[side]).Div(&d, &coeff)
	vec[wire-1].Add(&vec[wire-1], &d)
	return true
}
