package delta

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
)

// LoadAdapter reads a PEFT adapter directory and quantizes it for the
// trace's modules (enginetrace.QuantAdapter).
func LoadAdapter(dir string, tr *enginetrace.Trace) (*quant.Adapter, error) {
	pa, err := peft.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("delta: %w", err)
	}
	qa, err := enginetrace.QuantAdapter(tr, pa, dir)
	if err != nil {
		return nil, fmt.Errorf("delta: %w", err)
	}
	return qa, nil
}

// Plan splits a trace into proof shapes of at most maxConstraints
// (estimated) each: consecutive modules share a proof over all tokens while
// they fit; a module too large for all its tokens is split into runs of
// tokens of equal length. Callers pass a size just under a power of two
// (e.g. 1<<23 − 1<<19), since crossing one doubles the prover's FFTs.
func Plan(tr *enginetrace.Trace, maxConstraints int, mode Mode, binding Binding) ([]Shape, error) {
	shapeOf := func(group []int, first, tokens int) (Shape, error) {
		s, err := ShapeOf(tr, group, first, tokens, mode)
		s.Binding = binding
		if err == nil {
			err = s.Validate()
		}
		return s, err
	}
	if err := tr.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	var out []Shape
	var group []int
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		s, err := shapeOf(group, 0, tr.Tokens)
		if err != nil {
			return err
		}
		out = append(out, s)
		group = nil
		return nil
	}
	for i := range tr.Modules {
		s, err := shapeOf(append(append([]int(nil), group...), i), 0, tr.Tokens)
		if err != nil {
			return nil, err
		}
		if s.Estimate() <= maxConstraints {
			group = append(group, i)
			continue
		}
		if err := flush(); err != nil {
			return nil, err
		}
		one, err := shapeOf([]int{i}, 0, tr.Tokens)
		if err != nil {
			return nil, err
		}
		if one.Estimate() <= maxConstraints {
			group = []int{i}
			continue
		}
		// Largest run length that fits, then runs of equal length.
		fits := func(t int) bool {
			s, err := shapeOf([]int{i}, 0, t)
			return err == nil && s.Estimate() <= maxConstraints
		}
		if !fits(1) {
			return nil, fmt.Errorf("%w: module %q does not fit %d constraints even for one token", ErrBadInput, tr.Modules[i].Name, maxConstraints)
		}
		t := sort.Search(tr.Tokens, func(t int) bool { return !fits(t + 1) })
		t = runLength(tr, i, t, shapeOf)
		for first := 0; first < tr.Tokens; first += t {
			s, err := shapeOf([]int{i}, first, min(t, tr.Tokens-first))
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// runLength picks the run length for module i of at most maxRun tokens
// that minimizes the prover's work, Σ over runs of the next power of two of
// each run's size: a run just over a power of two costs as much as one of
// twice the size, so more, smaller runs can be cheaper.
func runLength(tr *enginetrace.Trace, i, maxRun int, shapeOf func(group []int, first, tokens int) (Shape, error)) int {
	best, bestCost := maxRun, -1
	minRuns := (tr.Tokens + maxRun - 1) / maxRun
	for runs := minRuns; runs <= 4*minRuns && runs <= tr.Tokens; runs++ {
		t := (tr.Tokens + runs - 1) / runs
		s, err := shapeOf([]int{i}, 0, t)
		if err != nil {
			continue
		}
		cost := ((tr.Tokens + t - 1) / t) * nextPow2(s.Estimate())
		if bestCost < 0 || cost < bestCost {
			best, bestCost = t, cost
		}
	}
	return best
}

func nextPow2(n int) int {
	p := 1
	for p < n {
		p *= 2
	}
	return p
}

// Keys provides the proving and verifying key of a compiled circuit (the
// CLI backs it with prover/keystore; tests and benchmarks with DevSetup).
type Keys func(ctx context.Context, name string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error)

// Part is one proof of a trace.
type Part struct {
	Shape       Shape
	Name        string // circuit name (Circuit.Name)
	Public      Public
	Proof       groth16.Proof
	VK          groth16.VerifyingKey
	Constraints int
}

// ProveTrace proves every part of Plan(tr, maxConstraints, mode, binding)
// with adapter a (indexed by trace module) and salt, verifying each proof
// before returning it. Parts with the same circuit name share one
// compilation and one call to keys.
func ProveTrace(ctx context.Context, b prover.Backend, keys Keys, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element, maxConstraints int, mode Mode, binding Binding) ([]Part, error) {
	shapes, err := Plan(tr, maxConstraints, mode, binding)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(shapes))
	cache := map[string]*compiled{}
	for _, s := range shapes {
		assignment, err := Assign(s, tr, a, salt)
		if err != nil {
			return nil, err
		}
		c, err := New(s)
		if err != nil {
			return nil, err
		}
		p, err := provePart(ctx, b, keys, c, assignment, tr, a, salt, cache)
		if err != nil {
			return nil, err
		}
		parts = append(parts, p)
	}
	return parts, nil
}

// compiled is a compiled circuit with its keys.
type compiled struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

// ProvePart compiles, keys, proves and verifies one shape of a trace.
func ProvePart(ctx context.Context, b prover.Backend, keys Keys, s Shape, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element) (Part, error) {
	assignment, err := Assign(s, tr, a, salt)
	if err != nil {
		return Part{}, err
	}
	c, err := New(s)
	if err != nil {
		return Part{}, err
	}
	return provePart(ctx, b, keys, c, assignment, tr, a, salt, nil)
}

// ProvePartPinned is ProvePart with the adapter pinned (NewPinned): keys
// are per adapter, proofs are cheaper.
func ProvePartPinned(ctx context.Context, b prover.Backend, keys Keys, s Shape, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element) (Part, error) {
	return provePinned(ctx, b, keys, s, tr, a, salt, nil)
}

// ProveTracePinned is ProveTrace with the adapter pinned: the plan of the
// committed circuits (whose estimate bounds the pinned ones' from above)
// in Direct mode, parts of one circuit name sharing one compilation and
// one call to keys.
func ProveTracePinned(ctx context.Context, b prover.Backend, keys Keys, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element, maxConstraints int, binding Binding) ([]Part, error) {
	shapes, err := Plan(tr, maxConstraints, Direct, binding)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(shapes))
	cache := map[string]*compiled{}
	for _, s := range shapes {
		p, err := provePinned(ctx, b, keys, s, tr, a, salt, cache)
		if err != nil {
			return nil, err
		}
		parts = append(parts, p)
	}
	return parts, nil
}

func provePinned(ctx context.Context, b prover.Backend, keys Keys, s Shape, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element, cache map[string]*compiled) (Part, error) {
	s.Mode = Direct
	assignment, err := AssignPinned(s, tr, a, salt)
	if err != nil {
		return Part{}, err
	}
	c, err := NewPinned(s, a, salt)
	if err != nil {
		return Part{}, err
	}
	return provePart(ctx, b, keys, c, assignment, tr, a, salt, cache)
}

// provePart proves one part; cache (may be nil) reuses circuits and keys by
// circuit name.
func provePart(ctx context.Context, b prover.Backend, keys Keys, c, assignment *Circuit, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element, cache map[string]*compiled) (Part, error) {
	s := c.Shape()
	cc := cache[c.Name()]
	if cc == nil {
		cc = &compiled{}
		var err error
		if cc.ccs, err = prover.Compile(ctx, c); err != nil {
			return Part{}, fmt.Errorf("delta: %s: %w", c.Name(), err)
		}
		if cc.pk, cc.vk, err = keys(ctx, c.Name(), cc.ccs); err != nil {
			return Part{}, fmt.Errorf("delta: %s: keys: %w", c.Name(), err)
		}
		if cache != nil {
			cache[c.Name()] = cc
		}
	}
	ccs, pk, vk := cc.ccs, cc.pk, cc.vk
	p := Part{Shape: s, Name: c.Name(), VK: vk, Constraints: ccs.GetNbConstraints()}
	var err error
	if assignment.public != nil {
		p.Public = *assignment.public // Assign's, not computed again
	} else if p.Public, err = Statement(s, tr, a, salt); err != nil {
		return Part{}, err
	}
	if p.Proof, p.Public.Rho, p.Public.XEval, p.Public.DeltaEval, err = proveAssigned(ctx, b, ccs, pk, assignment, tr); err != nil {
		return Part{}, fmt.Errorf("delta: %s: %w", c.Name(), err)
	}
	if err := VerifyPart(p); err != nil {
		return Part{}, err
	}
	return p, nil
}

// proveAssigned proves a full assignment (public digests set) of tr's part;
// with the Fingerprinted binding it first binds the fingerprints (Bind),
// under one mask for that solve and the proof so that both commit to the
// same values, and returns them.
func proveAssigned(ctx context.Context, b prover.Backend, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment *Circuit, tr *enginetrace.Trace) (proof groth16.Proof, rho, x, y fr.Element, err error) {
	full, err := frontend.NewWitness(assignment, ccs.Field())
	if err != nil {
		return nil, rho, x, y, fmt.Errorf("witness: %w", err)
	}
	var opts []solver.Option
	if assignment.shape.Binding == Fingerprinted {
		mask, err := prover.FixedMask()
		if err != nil {
			return nil, rho, x, y, err
		}
		opts = append(opts, mask)
		solve := func(w witness.Witness, more ...solver.Option) error {
			return prover.Solve(ctx, ccs, pk, w, append([]solver.Option{mask}, more...)...)
		}
		if rho, x, y, err = bind(assignment, full, tr, solve); err != nil {
			return nil, rho, x, y, err
		}
	}
	proof, err = b.Prove(ctx, ccs, pk, full, opts...)
	return proof, rho, x, y, err
}

// Bind fills the fingerprint inputs of a Fingerprinted assignment of tr's
// part: solve (the circuit's solver, with the commitment as the proof will
// compute it, mask included) runs once with placeholders to reveal the
// challenge ρ through ChallengeHint, then the fingerprints of the trace's x
// and Δy at ρ are computed natively. That solve fails on the placeholders
// once ρ is read; a failure before ρ is read is returned, a later one
// (another unsatisfied constraint) shows when proving.
func Bind(assignment *Circuit, tr *enginetrace.Trace, solve func(w witness.Witness, opts ...solver.Option) error) (rho, x, y fr.Element, err error) {
	w, err := frontend.NewWitness(assignment, fr.Modulus())
	if err != nil {
		return rho, x, y, fmt.Errorf("witness: %w", err)
	}
	return bind(assignment, w, tr, solve)
}

// fingerprintAt is the position of Fingerprint[0] among the public inputs
// (after adapter_commitment, x_digest, delta_digest).
const fingerprintAt = 3

// bind is Bind on w, assignment's witness, whose fingerprint entries it
// sets as well.
func bind(assignment *Circuit, w witness.Witness, tr *enginetrace.Trace, solve func(w witness.Witness, opts ...solver.Option) error) (rho, x, y fr.Element, err error) {
	s := assignment.shape
	vec, ok := w.Vector().(fr.Vector)
	if s.Binding != Fingerprinted || len(assignment.Fingerprint) != 3 || !ok || len(vec) < fingerprintAt+3 {
		return rho, x, y, fmt.Errorf("%w: Bind needs a Fingerprinted assignment", ErrBadInput)
	}
	var got *big.Int
	record := solver.OverrideHint(solver.GetHintID(ChallengeHint), func(mod *big.Int, in, out []*big.Int) error {
		got = new(big.Int).Set(in[0])
		return ChallengeHint(mod, in, out)
	})
	if serr := solve(w, record); got == nil {
		return rho, x, y, fmt.Errorf("solve did not reach the fingerprints: %w", serr)
	}
	rho.SetBigInt(got)
	if x, y, err = Fingerprints(s, tr, rho); err != nil {
		return rho, x, y, err
	}
	assignment.setFingerprint(Public{Rho: rho, XEval: x, DeltaEval: y})
	vec[fingerprintAt], vec[fingerprintAt+1], vec[fingerprintAt+2] = rho, x, y
	return rho, x, y, nil
}

// VerifyPart checks a part's proof against its verifying key and public
// statement.
func VerifyPart(p Part) error {
	pub, err := AssignPublic(p.Shape, p.Public)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(pub, fr.Modulus(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("delta: public witness: %w", err)
	}
	if err := prover.Verify(p.VK, p.Proof, w); err != nil {
		return fmt.Errorf("delta: %s: %w", p.Name, err)
	}
	return nil
}
