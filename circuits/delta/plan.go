package delta

import (
	"fmt"
	"sort"

	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
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
