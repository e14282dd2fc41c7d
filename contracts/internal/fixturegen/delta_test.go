package main

import (
	"context"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
)

// TestDeltaFixtureStatements: the committed delta bundle (the settlement
// tests' vectors) states what the Go reference computes from the seeded
// trace: per part, its modules and run, the group's owned adapter
// commitment (and the committed inner commitment under commit.DemoOwner),
// and the x and Δy digests (circuits/delta.Statement); the runs cover the
// trace once.
func TestDeltaFixtureStatements(t *testing.T) {
	d, inner, err := fixtures.LoadDelta("../..")
	if err != nil {
		t.Fatal(err)
	}
	tr, qa, key, err := deltaTrace(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if d.Trace.Tokens != fixtures.DeltaTokens || len(d.Parts) != fixtures.DeltaTokens/fixtures.DeltaRun {
		t.Fatalf("bundle: %d tokens, %d parts", d.Trace.Tokens, len(d.Parts))
	}
	for k, p := range d.Parts {
		if p.First != k*fixtures.DeltaRun || p.Tokens != fixtures.DeltaRun || len(p.Modules) != fixtures.DeltaModules || p.Binding != "" {
			t.Fatalf("part %d: modules %v, tokens [%d, +%d), binding %q", k, p.Modules, p.First, p.Tokens, p.Binding)
		}
		s, err := delta.ShapeOf(tr, p.Modules, p.First, p.Tokens, delta.Direct)
		if err != nil {
			t.Fatal(err)
		}
		want, err := delta.Statement(s, tr, qa, key)
		if err != nil {
			t.Fatal(err)
		}
		got := bundle.NewDeltaPart(s, want, false)
		if got.AdapterCommitment != p.AdapterCommitment || got.XDigest != p.XDigest || got.DeltaDigest != p.DeltaDigest {
			t.Fatalf("part %d states (%s, %s, %s), the trace gives (%s, %s, %s)", k,
				p.AdapterCommitment, p.XDigest, p.DeltaDigest, got.AdapterCommitment, got.XDigest, got.DeltaDigest)
		}
		var c fr.Element
		c.SetBigInt(inner)
		if owned := bundle.FormatElement(commit.OwnedCommitment(c, key.Owner)); owned != p.AdapterCommitment {
			t.Fatalf("the committed inner commitment gives %s, part %d carries %s", owned, k, p.AdapterCommitment)
		}
	}
}
