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
// shift and weight rule) under robust-softclass/v1 class only at each τ
// (the demo's own τ among them): the counts are logged (go test
// ./cmd/openproof -run TestDemoSoftClassCounts -v), each must fit the
// demo's 2^16 domain, and the demo digit's witness solves each. The class
// table does not depend on τ, so the artifacts at another τ are the
// embedded ones recommitted under that τ's tag.
func TestDemoSoftClassCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: compiles three 57k-constraint circuits")
	}
	ctx := context.Background()
	s, da, samples, tr := demoStatement(t)
	n := len(da.Artifacts.Contribs)
	if !da.Plan.P.ClassSoft || !da.Plan.P.ClassOnly {
		t.Fatalf("the demo's params %+v: want robust-softclass/v1 class only", da.Plan.P)
	}
	for ts := uint(0); ts <= influence.MaxClassTauShift; ts++ {
		p := da.Plan.P
		p.ClassTauShift = ts
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
		t.Logf("τ=2^%d class-only (tag %s, shift %d, rule %d, %d contributors; the demo's τ: %v): %d constraints (2^16 = 65536)", ts, pl.SketchTag(), p.ClassShift, p.WeightRule, n, ts == da.Plan.P.ClassTauShift, nc)
		if nc > 1<<16 {
			t.Errorf("τ=2^%d: %d constraints, more than 2^16", ts, nc)
		}
		art := recommitted(t, pl, da.Artifacts)
		a, att, err := lora.AssignAttributedFromTrace(s.Model, tr, art)
		if err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("τ=2^%d: the demo witness is rejected: %v", ts, err)
		}
		t.Logf("  demo digit %d: weights %v", samples.Labels[0], att.Weights)
	}
}

// recommitted is art under pl's params (another τ of the same statement):
// the same vectors, recommitted under pl's sketch tag.
func recommitted(t *testing.T, pl *influence.Plan, art *artifacts.Artifacts) *artifacts.Artifacts {
	t.Helper()
	out := *art
	out.Params = pl.P
	out.Contribs = append([]artifacts.ContributorInfo(nil), art.Contribs...)
	data := make([]fr.Element, len(out.Contribs))
	coms := make([]fr.Element, len(out.Contribs))
	for i := range out.Contribs {
		ci := &out.Contribs[i]
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
