package main

import (
	"context"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/prover"
)

// The demo's attributed circuit (its model, adapter, 10 contributors, class
// shift and weight rule) compiled under robust-softclass/v1 at each τ, with
// and without class-only, beside robust-class/v1: the counts are logged
// (go test ./cmd/openproof -run TestDemoSoftClassCounts -v) and each must
// fit the demo's 2^17 domain. The demo itself stays on robust-class/v1.
func TestDemoSoftClassCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: compiles six 130k-constraint circuits")
	}
	ctx := context.Background()
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		t.Fatal(err)
	}
	da, err := embeddedAttribution(s)
	if err != nil {
		t.Fatal(err)
	}
	n := len(da.Artifacts.Contribs)
	type cfg struct {
		soft bool
		ts   uint
		only bool
	}
	for _, c := range []cfg{{false, 0, false}, {true, 0, false}, {true, 1, false}, {true, 0, true}, {true, 1, true}, {true, 2, false}} {
		p := da.Plan.P
		p.ClassSoft, p.ClassTauShift, p.ClassOnly = c.soft, c.ts, c.only
		pl, err := influence.NewPlan(da.Plan.Model, da.Plan.Adapter, p)
		if err != nil {
			t.Fatal(err)
		}
		circuit, err := lora.NewAttributed(s.Model, s.Shape(), pl, da.Artifacts.Datanet.Classes, n)
		if err != nil {
			t.Fatal(err)
		}
		ccs, err := prover.Compile(ctx, circuit)
		if err != nil {
			t.Fatal(err)
		}
		nc := ccs.GetNbConstraints()
		t.Logf("soft=%v τ=2^%d class-only=%v (tag %s, shift %d, rule %d, %d contributors): %d constraints (2^17 = 131072)", c.soft, c.ts, c.only, pl.SketchTag(), p.ClassShift, p.WeightRule, n, nc)
		if nc > 1<<17 {
			t.Errorf("soft=%v τ=2^%d class-only=%v: %d constraints, more than 2^17", c.soft, c.ts, c.only, nc)
		}
	}
}
