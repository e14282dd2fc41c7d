package main

import (
	"context"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
)

// The demo's attributed circuit (its model, adapter, 10 contributors, class
// shift and weight rule) compiled under robust-softclass/v1 at each τ, with
// and without class-only, beside robust-class/v1: the counts are logged
// (go test ./cmd/openproof -run TestDemoSoftClassCounts -v), each must fit
// the demo's 2^17 domain, and the demo digit's witness solves each. The
// smoothed statement commits robust-class/v1's vectors (the same class
// table; class-only: the table alone) under its own tag, so its artifacts
// here are the embedded ones recommitted. The demo stays on robust-class/v1.
func TestDemoSoftClassCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: compiles six 130k-constraint circuits")
	}
	ctx := context.Background()
	s, da, samples, tr := demoStatement(t)
	n := len(da.Artifacts.Contribs)
	for _, c := range []struct {
		soft bool
		ts   uint
		only bool
	}{{false, 0, false}, {true, 0, false}, {true, 1, false}, {true, 2, false}, {true, 0, true}, {true, 1, true}} {
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
		art := softArtifacts(t, pl, da.Artifacts, c.soft)
		a, att, err := lora.AssignAttributedFromTrace(s.Model, tr, art)
		if err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("soft=%v τ=2^%d class-only=%v: the demo witness is rejected: %v", c.soft, c.ts, c.only, err)
		}
		t.Logf("  demo digit %d: weights %v", samples.Labels[0], att.Weights)
	}
}

// softArtifacts are art under pl's params: with the smoothed class term
// the method robust-softclass/v1 (art's β and references), the vectors
// art's (the class values alone with class-only), recommitted.
func softArtifacts(t *testing.T, pl *influence.Plan, art *artifacts.Artifacts, soft bool) *artifacts.Artifacts {
	t.Helper()
	if !soft {
		return art
	}
	out := *art
	out.Params = pl.P
	m := influence.RobustSoftClassMethod(art.Method.ClassBetaPPM, art.Method.RefStride)
	out.Method = &m
	out.Contribs = append([]artifacts.ContributorInfo(nil), art.Contribs...)
	data := make([]fr.Element, len(out.Contribs))
	coms := make([]fr.Element, len(out.Contribs))
	for i := range out.Contribs {
		ci := &out.Contribs[i]
		ci.Sketch = ci.Sketch[len(ci.Sketch)-pl.CommittedDim():]
		var err error
		if data[i], err = commit.ParseHex(ci.DataCommitment); err != nil {
			t.Fatal(err)
		}
		if coms[i], err = pl.Commitment(ci.Sketch); err != nil {
			t.Fatal(err)
		}
		ci.SketchCommitment = commit.Hex(coms[i])
	}
	root, err := datanet.RootOf(art.Datanet.InputDim, art.Datanet.Classes, data, coms)
	if err != nil {
		t.Fatal(err)
	}
	out.Datanet.Root = commit.Hex(root)
	return &out
}
