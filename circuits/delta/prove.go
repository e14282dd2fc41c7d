package delta

import (
	"context"
	"fmt"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
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
func Plan(tr *enginetrace.Trace, maxConstraints int, mode Mode) ([]Shape, error) {
	if err := tr.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	var out []Shape
	var group []int
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		s, err := ShapeOf(tr, group, 0, tr.Tokens, mode)
		if err != nil {
			return err
		}
		out = append(out, s)
		group = nil
		return nil
	}
	for i := range tr.Modules {
		s, err := ShapeOf(tr, append(append([]int(nil), group...), i), 0, tr.Tokens, mode)
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
		one, err := ShapeOf(tr, []int{i}, 0, tr.Tokens, mode)
		if err != nil {
			return nil, err
		}
		if one.Estimate() <= maxConstraints {
			group = []int{i}
			continue
		}
		// Largest run length that fits, then runs of equal length.
		fits := func(t int) bool {
			s, err := ShapeOf(tr, []int{i}, 0, t, mode)
			return err == nil && s.Estimate() <= maxConstraints
		}
		if !fits(1) {
			return nil, fmt.Errorf("%w: module %q does not fit %d constraints even for one token", ErrBadInput, tr.Modules[i].Name, maxConstraints)
		}
		t := sort.Search(tr.Tokens, func(t int) bool { return !fits(t + 1) })
		t = runLength(tr, i, t, mode)
		for first := 0; first < tr.Tokens; first += t {
			s, err := ShapeOf(tr, []int{i}, first, min(t, tr.Tokens-first), mode)
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
func runLength(tr *enginetrace.Trace, i, maxRun int, mode Mode) int {
	best, bestCost := maxRun, -1
	minRuns := (tr.Tokens + maxRun - 1) / maxRun
	for runs := minRuns; runs <= 4*minRuns && runs <= tr.Tokens; runs++ {
		t := (tr.Tokens + runs - 1) / runs
		s, err := ShapeOf(tr, []int{i}, 0, t, mode)
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

// ProveTrace proves every part of Plan(tr, maxConstraints, mode) with
// adapter a (indexed by trace module) and salt, verifying each proof
// before returning it. Parts with the same circuit name share one
// compilation and one call to keys.
func ProveTrace(ctx context.Context, b prover.Backend, keys Keys, tr *enginetrace.Trace, a *quant.Adapter, salt fr.Element, maxConstraints int, mode Mode) ([]Part, error) {
	shapes, err := Plan(tr, maxConstraints, mode)
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
	s.Mode = Direct
	assignment, err := AssignPinned(s, tr, a, salt)
	if err != nil {
		return Part{}, err
	}
	c, err := NewPinned(s, a, salt)
	if err != nil {
		return Part{}, err
	}
	return provePart(ctx, b, keys, c, assignment, tr, a, salt, nil)
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
	full, err := frontend.NewWitness(assignment, ccs.Field())
	if err != nil {
		return Part{}, fmt.Errorf("delta: %s: witness: %w", c.Name(), err)
	}
	proof, err := b.Prove(ctx, ccs, pk, full)
	if err != nil {
		return Part{}, fmt.Errorf("delta: %s: %w", c.Name(), err)
	}
	p := Part{Shape: s, Name: c.Name(), Proof: proof, VK: vk, Constraints: ccs.GetNbConstraints()}
	if p.Public, err = Statement(s, tr, a, salt); err != nil {
		return Part{}, err
	}
	if err := VerifyPart(p); err != nil {
		return Part{}, err
	}
	return p, nil
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
