package artifacts_test

import (
	"context"
	"errors"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
)

// Artifacts under influence.MethodRobustSoftClass (τ = 2, with and without
// the sketch term) round-trip, verify and attribute; the auditor refuses
// them relabelled as robust-class/v1 or under another τ, and refuses
// robust-class/v1 artifacts under the smoothed statement.
func TestVerifyRobustSoftClassMethod(t *testing.T) {
	ctx := context.Background()
	base, ad, d := embedded(t)
	p := influence.DefaultParams()
	p.K, p.ClassTerm, p.ClassShift = 2, true, 24
	v1pl, err := artifacts.Plan(base, ad, p)
	if err != nil {
		t.Fatal(err)
	}
	m1 := influence.RobustClassMethod(3_000_000, 2)
	v1, err := artifacts.SketchBy(ctx, v1pl, d, &m1)
	if err != nil {
		t.Fatal(err)
	}
	m := influence.RobustSoftClassMethod(3_000_000, 2)
	for _, only := range []bool{false, true} {
		sp := p
		sp.ClassSoft, sp.ClassTauShift, sp.ClassOnly = true, 1, only
		pl, err := artifacts.Plan(base, ad, sp)
		if err != nil {
			t.Fatal(err)
		}
		art, err := artifacts.SketchBy(ctx, pl, d, &m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := artifacts.Parse("copy", mustJSON(t, art))
		if err != nil {
			t.Fatal(err)
		}
		if err := got.Verify(ctx, pl, d); err != nil {
			t.Fatalf("class-only %v: refused: %v", only, err)
		}
		if art.Datanet.Root == v1.Datanet.Root {
			t.Fatalf("class-only %v: the same root as robust-class/v1", only)
		}
		att, err := artifacts.Attribute(ctx, pl, got, pl.Input(d.Contributors[0].Examples[0].Input))
		if err != nil {
			t.Fatal(err)
		}
		var sum uint32
		for _, w := range att.Weights {
			sum += w
		}
		if sum != influence.PPM {
			t.Fatalf("class-only %v: weights %v", only, att.Weights)
		}
		tau2 := sp
		tau2.ClassTauShift = 2
		pl2, err := artifacts.Plan(base, ad, tau2)
		if err != nil {
			t.Fatal(err)
		}
		relabel := func(a *artifacts.Artifacts) { a.Method = &m1 }
		for name, tc := range map[string]struct {
			a      *artifacts.Artifacts
			pl     *influence.Plan
			mutate func(*artifacts.Artifacts)
		}{
			"relabelled robust-class/v1": {art, pl, relabel},
			"under another τ":            {art, pl2, nil},
			"robust-class/v1 artifacts":  {v1, pl, nil},
		} {
			a2, err := artifacts.Parse("copy", mustJSON(t, tc.a))
			if err != nil {
				t.Fatal(err)
			}
			if tc.mutate != nil {
				tc.mutate(a2)
			}
			if err := a2.Verify(ctx, tc.pl, d); !errors.Is(err, errs.ErrBadInput) {
				t.Errorf("class-only %v, %s: %v", only, name, err)
			}
		}
	}
}
