//go:build prover_checks

package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
)

// TestAnvilAttacks replays on anvil, with real proofs (the attributed
// fixture: 64 contributors, a real attribution digest), each on-chain
// attack of issue 13 against today's contract: each reverts with its named
// error and moves no balance, or (terms changed after open) no longer
// changes what an open request pays; the honest flow then settles, binds
// payouts, claims and withdraws to the wei.
func TestAnvilAttacks(t *testing.T) {
	ctx := context.Background()
	everyone := []string{admin, requester, owner, treasury, pool, settler, outsider, contributor(3), contributor(17)}
	a := newAnvilNet(t, everyone...)
	var native common.Address
	refused := func(as string, st common.Address, c chain.Call, revert string) {
		t.Helper()
		a.refused(st, native, everyone, as, c, revert)
	}
	f, _ := fixtures.Get("attributed")
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	b := bundles[0]
	model, adapter, input := element(t, b.Model.Digest), element(t, b.Adapter.Commitment), element(t, b.InputDigest)
	adapterInner, err := f.AdapterInner("..")
	if err != nil {
		t.Fatal(err)
	}
	tree, err := fixtures.AttributedTree(f.Contributors)
	if err != nil {
		t.Fatal(err)
	}
	pre := tree.Preimage()
	root := pre.Root

	st := deployOnAnvil(t, a, native)
	hasher, err := chain.HasherOf(ctx, a.ec, st)
	if err != nil {
		t.Fatal(err)
	}
	verifier := a.send(admin, chain.Call{What: "deploy verifier", Data: common.FromHex(contractstest.AttributedVerifierMetaData.Bin)}).ContractAddress
	a.send(admin, chain.RegisterModel(st, model, tokensIn, tokensOut, true))
	circuitID, err := chain.CircuitID(a.send(admin, chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier, DatanetRootIndex: fixtures.AttributedDatanetRootIndex,
		AttributionIndex: fixtures.AttributedDigestIndex, CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256),
		AttributionDigester: hasher,
	})))
	if err != nil {
		t.Fatal(err)
	}

	// Datanet squatting. A wrong contributor count (which would brick every
	// adapter on the root) does not hash to the root.
	wrong := pre
	wrong.Size = pre.Size - 1
	refused(outsider, st, chain.RegisterDatanet(st, wrong), "DatanetPreimageInvalid")
	// The squatter registers first, with the only preimage there is: the
	// contract holds the root's own n and no payout of the squatter's.
	a.send(outsider, chain.RegisterDatanet(st, pre))
	refused(admin, st, chain.RegisterDatanet(st, pre), "DatanetAlreadyRegistered")
	// The squatter names itself contributor 3's payout: its leaf commits
	// to another address.
	sib, err := tree.Siblings(3)
	if err != nil {
		t.Fatal(err)
	}
	inner, sketch := fixtures.AttributedDataInner(3), tree.Sketches[3]
	refused(outsider, st, chain.BindPayout(st, root, 3, addrOf(outsider), inner.BigInt(new(big.Int)), sketch.BigInt(new(big.Int)), sib), "PayoutProofInvalid")
	for _, i := range []int{3, 17} {
		bind, err := tree.BindPayout(st, i, fixtures.ContributorAddress(i), fixtures.AttributedDataInner(i))
		if err != nil {
			t.Fatal(err)
		}
		a.send(outsider, bind) // anyone may submit it: the address is the leaf's
	}
	for _, i := range []uint32{3, 17} {
		if got, err := chain.PayoutOf(ctx, a.ec, st, root, i); err != nil || got != addrOf(contributor(int(i))) {
			t.Fatalf("payout of %d: %s, %v", i, got, err)
		}
	}

	// A Datanet-trained adapter cannot use a plain circuit, and an
	// attributed model has none.
	refused(admin, st, chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier, CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256),
	}), "AttributionRequired")
	// Adapter squatting: an outsider registers the adapter's inner
	// commitment (copied from anywhere) before its owner. It gets the
	// commitment that names its own address, which no proof of the owner's
	// carries; the owner still registers the proofs' commitment.
	a.send(outsider, chain.RegisterAdapter(st, adapterInner, circuitID, rIn, rOut, root))
	squatted, err := chain.AdapterCommitmentOf(ctx, a.ec, st, adapterInner, addrOf(outsider))
	if err != nil || squatted.Cmp(adapter) == 0 {
		t.Fatalf("the squatter's commitment %#x (%v) is the proofs' %#x", squatted, err, adapter)
	}
	if mine, err := chain.AdapterCommitmentOf(ctx, a.ec, st, adapterInner, addrOf(owner)); err != nil || mine.Cmp(adapter) != 0 {
		t.Fatalf("the owner's commitment %#x (%v), the proofs carry %#x", mine, err, adapter)
	}
	refused(outsider, st, chain.RegisterAdapter(st, adapterInner, circuitID, rIn, rOut, root), "AdapterAlreadyRegistered")
	refused(outsider, st, chain.SetAdapterTerms(st, adapter, rIn, rOut), "AdapterNotRegistered")
	a.send(owner, chain.RegisterAdapter(st, adapterInner, circuitID, rIn, rOut, root))
	refused(outsider, st, chain.SetAdapterTerms(st, adapter, rIn, rOut), "NotAdapterOwner")
	refused(owner, st, chain.RegisterAdapter(st, big.NewInt(77), circuitID, rIn, rOut, big.NewInt(0)), "AttributionRequired")
	for _, who := range []string{requester, outsider} {
		a.send(who, chain.Deposit(st, deposit, true))
	}

	// Request griefing: a zero maxFee is refused; an outsider's request for
	// the same statement does not block the requester's, and the statement
	// is bought again.
	idx, w := sparse(fixtures.AttributedBundleWeights(0))
	want := expectedSplit(t, w)
	refused(outsider, st, chain.OpenRequest(st, model, adapter, input, big.NewInt(0)), "MaxFeeTooLow")
	refused(outsider, st, chain.OpenRequest(st, model, adapter, input, new(big.Int).Sub(want.fee, big.NewInt(1))), "MaxFeeTooLow")
	squat, err := chain.RequestKeyFromReceipt(a.send(outsider, chain.OpenRequest(st, model, adapter, input, want.fee)))
	if err != nil {
		t.Fatal(err)
	}
	k1, err := chain.RequestKeyFromReceipt(a.send(requester, chain.OpenRequest(st, model, adapter, input, want.fee)))
	if err != nil || k1 == squat {
		t.Fatalf("requester's key %x (%v), the outsider's %x", k1, err, squat)
	}
	refused(outsider, st, chain.CancelRequest(st, k1), "NotRequester")
	// The squatter's own commitment cannot be settled with the owner's proof.
	squatKey, err := chain.RequestKeyFromReceipt(a.send(outsider, chain.OpenRequest(st, model, squatted, input, want.fee)))
	if err != nil {
		t.Fatal(err)
	}

	// Terms changed after open: the owner multiplies its rates by ten and
	// the admin gives the contributors' δ to the owner; the open request
	// still pays what it locked, split as it was.
	a.send(owner, chain.SetAdapterTerms(st, adapter, new(big.Int).Mul(rIn, big.NewInt(10)), new(big.Int).Mul(rOut, big.NewInt(10))))
	grab, err := chain.SetSplitConfig(st, chain.SplitConfig{BetaBps: 10_000 - gammaBps, GammaBps: gammaBps, PlatformFee: platformFee, RequestTimeout: 3600})
	if err != nil {
		t.Fatal(err)
	}
	a.send(admin, grab)

	// Settler-picked weights: only the proof's pay.
	settleArgs := func(key [32]byte, i int, idx, w []uint32) chain.SettleArgs {
		args, err := chain.SettleArgsFromBundle(key, bundles[i], idx, w)
		if err != nil {
			t.Fatal(err)
		}
		return args
	}
	moved := append([]uint32(nil), w...)
	moved[0]-- // bundle 0 weights one contributor: give a ppm to contributor 3
	refused(outsider, st, chain.Settle(st, settleArgs(k1, 0, []uint32{3, idx[0]}, []uint32{1, moved[0]})), "AttributionMismatch")
	refused(outsider, st, chain.Settle(st, settleArgs(k1, 0, nil, nil)), "AttributionMismatch")
	// Digest packing: a weight of 2^20 would alias index bits.
	refused(outsider, st, chain.Settle(st, settleArgs(k1, 0, []uint32{idx[0]}, []uint32{1 << 20})), "WeightsSumInvalid")
	if _, err := chain.Estimate(ctx, a.ec, addrOf(outsider), chain.Call{What: "digest", To: &hasher,
		Data: bindings.NewAttributionDigest().PackDigest(big.NewInt(64), []uint32{0, 1}, []uint32{1 << 20, 0})}); !chain.IsRevert(err, "DigestInputInvalid") {
		t.Fatalf("digest of a weight of 2^20: got %v, want DigestInputInvalid", err)
	}
	// A proof settles only the request whose statement it proves.
	other := settleArgs(k1, 1, nil, nil)
	ow := sparse2(fixtures.AttributedBundleWeights(1))
	other.Indices, other.WeightsPPM = ow.idx, ow.w
	refused(settler, st, chain.Settle(st, other), "StatementMismatch")
	refused(outsider, st, chain.Settle(st, settleArgs(squatKey, 0, idx, w)), "StatementMismatch")

	// The honest settlement pays the snapshot, to the wei.
	before := a.balances(st, native, everyone)
	a.send(settler, chain.Settle(st, settleArgs(k1, 0, idx, w)))
	after := a.balances(st, native, everyone)
	for n, v := range map[string]*big.Int{owner: want.owner, settler: want.prover, pool: want.stakers, treasury: want.platform} {
		if d := new(big.Int).Sub(after[n].Credit, before[n].Credit); d.Cmp(v) != 0 {
			t.Errorf("%s credited %s, want %s (the terms at open)", n, d, v)
		}
	}
	refused(settler, st, chain.Settle(st, settleArgs(k1, 0, idx, w)), "RequestNotOpen")
	// The outsider's request for the same statement settles too, with the
	// same proof (the statement bought again).
	a.send(settler, chain.Settle(st, settleArgs(squat, 0, idx, w)))

	// Contributor 17 (bundle 0's only weight) claims its pool, once.
	cr, err := chain.ContributorsCreditedOf(ctx, a.ec, st, k1)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := chain.NewCreditTree(k1, cr.Pool, idx, w)
	if err != nil || ct.Root() != cr.CreditRoot || cr.Pool.Cmp(want.pool) != 0 {
		t.Fatalf("credit tree %x (%v), event %x, pool %s want %s", ct.Root(), err, cr.CreditRoot, cr.Pool, want.pool)
	}
	claim, err := ct.Claim(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	more := *ct
	more.Amounts = []*big.Int{new(big.Int).Add(ct.Amounts[0], big.NewInt(1))}
	inflated, _ := more.Claim(st, 0)
	refused(outsider, st, inflated, "CreditProofInvalid")
	a.send(outsider, claim)
	refused(outsider, st, claim, "AlreadyClaimed")
	c17, err := chain.BalancesOf(ctx, a.ec, st, native, addrOf(contributor(17)))
	if err != nil || c17.Credit.Cmp(want.contributors[0]) != 0 {
		t.Fatalf("contributor 17 credit %s (%v), want %s", c17.Credit, err, want.contributors[0])
	}
	before = a.balances(st, native, everyone)
	rec := a.send(contributor(17), chain.Withdraw(st))
	after = a.balances(st, native, everyone)
	exp := new(big.Int).Sub(want.contributors[0], txCost(t, a.rc, rec))
	if d := new(big.Int).Sub(after[contributor(17)].Wallet, before[contributor(17)].Wallet); d.Cmp(exp) != 0 {
		t.Errorf("contributor 17 withdrew %s, want %s", d, exp)
	}

	// A request opened after the changes pays the new terms: ten times the
	// rates, no contributor pool.
	newWant := splitWith(t, new(big.Int).Mul(rIn, big.NewInt(10)), new(big.Int).Mul(rOut, big.NewInt(10)), 10_000-gammaBps, gammaBps, 0, w)
	refused(requester, st, chain.OpenRequest(st, model, adapter, input, want.fee), "MaxFeeTooLow")
	k2, err := chain.RequestKeyFromReceipt(a.send(requester, chain.OpenRequest(st, model, adapter, input, newWant.fee)))
	if err != nil {
		t.Fatal(err)
	}
	before = a.balances(st, native, everyone)
	a.send(settler, chain.Settle(st, settleArgs(k2, 0, idx, w)))
	after = a.balances(st, native, everyone)
	if d := new(big.Int).Sub(after[owner].Credit, before[owner].Credit); d.Cmp(newWant.owner) != 0 {
		t.Errorf("owner credited %s under the new terms, want %s", d, newWant.owner)
	}
}

type weightList struct{ idx, w []uint32 }

func sparse2(dense []uint32) weightList {
	idx, w := sparse(dense)
	return weightList{idx, w}
}
