//go:build prover_checks

package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
)

// TestAnvilGeneration settles the generation fixture (a real proof of a
// greedy text generation, circuits/gpt2) on anvil (native OPEN): the owner
// registers the adapter from its inner commitment, a request names (model,
// adapter, prompt digest), a proof stating another output digest or another
// prompt is refused without moving a wei, and the fixture's proof pays
// every party the Go split to the wei.
func TestAnvilGeneration(t *testing.T) {
	ctx := context.Background()
	var native common.Address // the token: zero, native OPEN
	names := []string{admin, requester, owner, treasury, pool, settler}
	a := newAnvilNet(t, names...)
	g, inner, err := fixtures.LoadGeneration("..")
	if err != nil {
		t.Fatal(err)
	}
	art, err := fixtures.GenerationVerifierArtifact()
	if err != nil {
		t.Fatal(err)
	}
	model, adapter, prompt := element(t, g.Model.Digest), element(t, g.Adapter.Commitment), element(t, g.PromptDigest)
	tokIn, tokOut := uint32(len(g.Prompt)), uint32(len(g.Output))
	deploy, err := chain.DeployVerifier(art.Bin, chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	verifier := a.send(admin, deploy).ContractAddress
	st := deployOnAnvil(t, a, native)
	a.send(admin, chain.RegisterModel(st, model, tokIn, tokOut, false))
	circuitID, err := chain.CircuitID(a.send(admin, chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier, CircuitDigest: hash32(t, g.Circuit.Digest), VKSHA256: hash32(t, g.VKSHA256),
	})))
	if err != nil {
		t.Fatal(err)
	}
	a.send(owner, chain.RegisterAdapter(st, inner, circuitID, rIn, rOut, big.NewInt(0)))
	a.send(requester, chain.Deposit(st, deposit, true))

	want := generationSplit(t, tokIn, tokOut)
	key, err := chain.RequestKeyFromReceipt(a.send(requester, chain.OpenRequest(st, model, adapter, prompt, want.fee)))
	if err != nil {
		t.Fatal(err)
	}
	args := func(i int, v *big.Int) chain.SettleArgs {
		s, err := chain.SettleArgsFromGeneration(key, g, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if i >= 0 {
			s.PublicInputs[i] = v
		}
		return s
	}
	other := gpt2.TokenDigest(gpt2.TagPrompt, []int{5, 6})
	a.refused(st, native, names, settler, chain.Settle(st, args(2, other.BigInt(new(big.Int)))), "StatementMismatch")
	a.refused(st, native, names, settler, chain.Settle(st, args(3, new(big.Int).Add(element(t, g.OutputDigest), big.NewInt(1)))), "ProofInvalid")

	rec := a.send(settler, chain.Settle(st, args(-1, nil)))
	t.Logf("settle of a generation on anvil: %d gas", rec.GasUsed)
	for n, v := range map[string]*big.Int{owner: want.owner, settler: want.prover, pool: want.stakers, treasury: want.platform} {
		got, err := chain.BalancesOf(ctx, a.ec, st, native, addrOf(n))
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit.Cmp(v) != 0 {
			t.Errorf("%s credit %s, want %s", n, got.Credit, v)
		}
	}
	req, err := chain.BalancesOf(ctx, a.ec, st, native, addrOf(requester))
	if err != nil {
		t.Fatal(err)
	}
	if exp := new(big.Int).Sub(deposit, want.fee); req.Escrow.Cmp(exp) != 0 {
		t.Errorf("requester escrow %s, want %s", req.Escrow, exp)
	}
	a.refused(st, native, names, settler, chain.Settle(st, args(-1, nil)), "RequestNotOpen")
}

// TestAnvilGenerationAttributed settles the attributed generation fixture
// (six public inputs, a text Datanet of four contributors) on anvil: the
// Datanet registers from its preimage, the proven weights settle, other
// weights are refused, and the owner, prover, stakers, platform and the
// contributors' pool get the Go split to the wei.
func TestAnvilGenerationAttributed(t *testing.T) {
	ctx := context.Background()
	var native common.Address
	names := []string{admin, requester, owner, treasury, pool, settler, outsider}
	a := newAnvilNet(t, names...)
	b, ag, inner, err := fixtures.LoadGenerationAttributed("..")
	if err != nil {
		t.Fatal(err)
	}
	tree, err := ag.Tree()
	if err != nil {
		t.Fatal(err)
	}
	art, err := fixtures.GenerationAttributedVerifierArtifact()
	if err != nil {
		t.Fatal(err)
	}
	model, adapter, prompt := element(t, b.Model.Digest), element(t, b.Adapter.Commitment), element(t, b.InputDigest)
	root := tree.Preimage().Root
	deploy, err := chain.DeployVerifier(art.Bin, chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	verifier := a.send(admin, deploy).ContractAddress
	dcall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	hasher := a.send(admin, dcall).ContractAddress
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: addrOf(admin), Token: native, Hasher: hasher, Treasury: addrOf(treasury), StakingPool: addrOf(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, ProverBps: proverBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	st := a.send(admin, call).ContractAddress
	tokIn, tokOut := uint32(len(ag.Prompt)), uint32(len(ag.Output))
	a.send(admin, chain.RegisterModel(st, model, tokIn, tokOut, true))
	circuitID, err := chain.CircuitID(a.send(admin, chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier,
		DatanetRootIndex: fixtures.AttributedDatanetRootIndex, AttributionIndex: fixtures.AttributedDigestIndex,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256), AttributionDigester: hasher,
	})))
	if err != nil {
		t.Fatal(err)
	}
	a.send(outsider, chain.RegisterDatanet(st, tree.Preimage()))
	a.send(owner, chain.RegisterAdapter(st, inner, circuitID, rIn, rOut, root))
	a.send(requester, chain.Deposit(st, deposit, true))

	idx, w := sparse(ag.Weights)
	want := generationSplitWeights(t, tokIn, tokOut, w)
	key, err := chain.RequestKeyFromReceipt(a.send(requester, chain.OpenRequest(st, model, adapter, prompt, want.fee)))
	if err != nil {
		t.Fatal(err)
	}
	moved := append([]uint32(nil), w...)
	moved[0], moved[1] = moved[0]+1, moved[1]-1
	bad, err := chain.SettleArgsFromBundle(key, b, idx, moved)
	if err != nil {
		t.Fatal(err)
	}
	a.refused(st, native, names, settler, chain.Settle(st, bad), "AttributionMismatch")
	args, err := chain.SettleArgsFromBundle(key, b, idx, w)
	if err != nil {
		t.Fatal(err)
	}
	rec := a.send(settler, chain.Settle(st, args))
	t.Logf("settle of an attributed generation on anvil: %d gas", rec.GasUsed)
	for n, v := range map[string]*big.Int{owner: want.owner, settler: want.prover, pool: want.stakers, treasury: want.platform} {
		got, err := chain.BalancesOf(ctx, a.ec, st, native, addrOf(n))
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit.Cmp(v) != 0 {
			t.Errorf("%s credit %s, want %s", n, got.Credit, v)
		}
	}
	cr, err := chain.ContributorsCreditedOf(ctx, a.ec, st, key)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := chain.NewCreditTree(key, cr.Pool, idx, w)
	if err != nil {
		t.Fatal(err)
	}
	if cr.Pool.Cmp(want.pool) != 0 || cr.DatanetRoot.Cmp(root) != 0 || cr.CreditRoot != ct.Root() {
		t.Fatalf("ContributorsCredited pool %s root %#x; want %s %#x", cr.Pool, cr.DatanetRoot, want.pool, root)
	}
}
