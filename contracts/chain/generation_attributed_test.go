package chain_test

import (
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
)

// TestSettleGenerationAttributed settles the attributed generation fixture
// (a real proof of circuits/gpt2's attributed generation: four text
// contributors, six public inputs) through the attributed-model path of the
// settlement contract unchanged: the Datanet root and attribution digest
// sit at positions 4 and 5; the Datanet registers from its preimage (its
// root is the proof's), the owner registers the adapter on it; the proven
// weights pay the contributors' pool (the credit tree and amounts are the
// Go split's), and other weights or another output digest are refused.
func TestSettleGenerationAttributed(t *testing.T) {
	e := deployBase(t, false)
	b, ag, inner, err := fixtures.LoadGenerationAttributed("..")
	if err != nil {
		t.Fatal(err)
	}
	if e.tree, err = ag.Tree(); err != nil {
		t.Fatal(err)
	}
	e.bundles, e.inner = append(e.bundles, b), inner
	e.model, e.adapter = element(t, b.Model.Digest), element(t, b.Adapter.Commitment)
	e.root = element(t, b.PublicInputs[fixtures.AttributedDatanetRootIndex].Value)
	if e.tree.Preimage().Root.Cmp(e.root) != 0 {
		t.Fatal("the fixture's Datanet tree is not its proof's root")
	}
	if d := influence.Digest(ag.Weights); element(t, b.PublicInputs[fixtures.AttributedDigestIndex].Value).Cmp(d.BigInt(newInt())) != 0 {
		t.Fatal("the fixture's weights are not its proof's attribution digest")
	}
	art, err := fixtures.GenerationAttributedVerifierArtifact()
	if err != nil {
		t.Fatal(err)
	}
	e.verifier, _ = e.c.DeployVerifier(t, admin, art.Bin)
	e.c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, uint32(len(ag.Prompt)), uint32(len(ag.Output)), true))
	rec := e.c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		DatanetRootIndex: fixtures.AttributedDatanetRootIndex, AttributionIndex: fixtures.AttributedDigestIndex,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256), AttributionDigester: e.hasher,
	}))
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	e.c.Send(t, outsider, chain.RegisterDatanet(e.settlement, e.tree.Preimage()))
	e.c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, e.root))
	e.fund(t)

	idx, w := sparse(ag.Weights)
	if len(idx) < 2 {
		t.Fatalf("the fixture weights %v contributors: the refusals below need two", ag.Weights)
	}
	want := generationSplitWeights(t, uint32(len(ag.Prompt)), uint32(len(ag.Output)), w)
	key, _ := e.open(t, 0, want.fee)

	// Other weights (ppm moved between two contributors): not the digest.
	moved := append([]uint32(nil), w...)
	moved[0], moved[1] = moved[0]+1, moved[1]-1
	e.expectRevert(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, moved)), "AttributionMismatch")
	// Another output digest: the proof does not verify.
	a := e.args(t, key, 0, idx, w)
	a.PublicInputs[3] = newInt().Add(a.PublicInputs[3], bigOne)
	e.expectRevert(t, settler, chain.Settle(e.settlement, a), "ProofInvalid")

	before := e.state(t)
	rec = e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)))
	t.Logf("attributed generation fixture (%s, %d constraints, %d contributors, %d weighted): settle %d gas",
		b.Circuit.Name, b.Circuit.Constraints, len(ag.Weights), len(idx), rec.GasUsed)
	e.paidGas(before, settler, rec)
	add(before, owner+".credit", want.owner)
	add(before, settler+".credit", want.prover)
	add(before, pool+".credit", want.stakers)
	add(before, treasury+".credit", want.platform)
	before[lockedKey(key)] = "0"
	sameState(t, "settle", before, e.state(t))
	checkCredited(t, e, key, want, idx, w)
}
