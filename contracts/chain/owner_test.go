package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/inference/commit"
)

// The settlement's adapterCommitment is commit.OwnedCommitment: the same
// vectors through Go and Solidity, and the fixtures' owner is the test
// chains' adapter owner.
func TestAdapterCommitmentMatchesGo(t *testing.T) {
	if got := crypto.PubkeyToAddress(simchain.Key(owner).PublicKey); got != fixtures.AdapterOwner {
		t.Fatalf("the test chains' adapter owner is %s, the fixtures' %s (commit.DemoOwner)", got, fixtures.AdapterOwner)
	}
	e := deployBase(t, false)
	e.loadFixture(t, "attributed")
	maxInner := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	for _, inner := range []*big.Int{big.NewInt(0), big.NewInt(1), e.inner, maxInner} {
		for _, o := range []common.Address{{}, fixtures.AdapterOwner, e.c.Addr(outsider), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")} {
			var in, ow fr.Element
			in.SetBigInt(inner)
			ow.SetBigInt(new(big.Int).SetBytes(o.Bytes()))
			wantE := commit.OwnedCommitment(in, ow)
			want := wantE.BigInt(new(big.Int))
			got, err := chain.AdapterCommitmentOf(context.Background(), e.c.Client, e.settlement, inner, o)
			if err != nil || got.Cmp(want) != 0 {
				t.Errorf("adapterCommitment(%#x, %s) = %#x (%v), Go gives %#x", inner, o, got, err, want)
			}
		}
	}
	// The fixture's proofs carry its owner's commitment.
	var in, ow fr.Element
	in.SetBigInt(e.inner)
	ow.SetBigInt(new(big.Int).SetBytes(fixtures.AdapterOwner.Bytes()))
	ce := commit.OwnedCommitment(in, ow)
	if c := ce.BigInt(new(big.Int)); c.Cmp(e.adapter) != 0 {
		t.Fatalf("fixture commitment %#x, OwnedCommitment(inner, owner) %#x", e.adapter, c)
	}
	if _, err := chain.AdapterCommitmentOf(context.Background(), e.c.Client, e.settlement, fr.Modulus(), fixtures.AdapterOwner); err == nil {
		t.Fatal("an inner commitment ≥ the field modulus was hashed")
	}
}

// Adapter squatting on the simulated chain: an outsider who registers the
// adapter's inner commitment first owns only the commitment naming its own
// address; requests for it cannot be settled with the owner's proofs, and the
// owner registers and is paid as usual (TestSettle; TestAnvilAttacks replays
// it on anvil with the full settlement).
func TestAdapterSquatting(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	e.c.Send(t, outsider, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, e.root))
	squatted, err := chain.AdapterCommitmentOf(ctx, e.c.Client, e.settlement, e.inner, e.c.Addr(outsider))
	if err != nil || squatted.Cmp(e.adapter) == 0 {
		t.Fatalf("the squatter's commitment %#x (%v) is the proofs' %#x", squatted, err, e.adapter)
	}
	e.expectRevert(t, outsider, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, e.root), "AdapterAlreadyRegistered")
	e.expectRevert(t, outsider, chain.SetAdapterTerms(e.settlement, e.adapter, rIn, rOut), "NotAdapterOwner")
	idx, w := sparse(fixtures.AttributedBundleWeights(0))
	want := expectedSplit(t, w)
	rec := e.c.Send(t, requester, chain.OpenRequest(e.settlement, e.model, squatted, element(t, e.bundles[0].InputDigest), want.fee))
	key, err := chain.RequestKeyFromReceipt(rec)
	if err != nil {
		t.Fatal(err)
	}
	e.expectRevert(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)), "StatementMismatch")
	honest, _ := e.open(t, 0, want.fee)
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, honest, 0, idx, w)))
}
