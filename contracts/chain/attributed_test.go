package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/prover/bundle"
)

// newAttributedEnv deploys the attributed fixture's verifier, the on-chain
// attribution digest and the settlement contract (native OPEN), registers
// the circuit with its Datanet-root and attribution-digest positions, the
// fixture's 64-contributor Datanet and the adapter. Nobody holds
// SETTLER_ROLE: the proof binds the weights.
func newAttributedEnv(t *testing.T) (*env, common.Address) {
	t.Helper()
	return deployAttributed(t, "attributed", contractstest.AttributedVerifierMetaData.Bin, fixtures.AttributedContributors)
}

// deployAttributed is newAttributedEnv for fixture name, whose folded
// verifier has creation code verifierBin (hex), over a Datanet of n
// contributors (contributor(0) … contributor(n−1)).
func deployAttributed(t *testing.T, name, verifierBin string, n int) (*env, common.Address) {
	t.Helper()
	f, err := fixtures.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	c := simchain.New(t, names(), nil)
	b := bundles[0]
	e := &env{c: c, bundles: bundles, model: element(t, b.Model.Digest), adapter: element(t, b.Adapter.Commitment),
		root: element(t, b.PublicInputs[fixtures.AttributedDatanetRootIndex].Value)}
	e.verifier, _ = c.DeployVerifier(t, admin, common.FromHex(verifierBin))
	dcall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	digester, _ := c.Deploy(t, admin, dcall)
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: c.Addr(admin), Treasury: c.Addr(treasury), StakingPool: c.Addr(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.settlement, _ = c.Deploy(t, admin, call)
	c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, tokensIn, tokensOut))
	rec := c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		DatanetRootIndex: fixtures.AttributedDatanetRootIndex, AttributionIndex: fixtures.AttributedDigestIndex,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256), AttributionDigester: digester,
	}))
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	payouts := make([]common.Address, n)
	for i := range payouts {
		payouts[i] = c.Addr(contributor(i))
	}
	c.Send(t, outsider, chain.RegisterDatanet(e.settlement, e.root, payouts))
	c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.adapter, e.circuit, rIn, rOut, e.root))
	c.Send(t, requester, chain.Deposit(e.settlement, deposit, true))
	return e, digester
}

// sparse lists the non-zero weights of a dense list.
func sparse(dense []uint32) (idx, w []uint32) {
	for i, v := range dense {
		if v != 0 {
			idx, w = append(idx, uint32(i)), append(w, v)
		}
	}
	return idx, w
}

func allIndices(n int) []uint32 {
	idx := make([]uint32, n)
	for i := range idx {
		idx[i] = uint32(i)
	}
	return idx
}

// TestSettleAttributed settles the attributed fixture's proofs (1, 8 and 64
// weighted contributors) from an account without SETTLER_ROLE, paying the
// weights the proof's attribution digest binds, to the wei of
// attribution/split; other weights revert with AttributionMismatch and
// change nothing.
func TestSettleAttributed(t *testing.T) {
	e, _ := newAttributedEnv(t)
	ctx := context.Background()
	if len(e.args(t, 0, nil, nil).PublicInputs) != 6 {
		t.Fatal("the attributed fixture does not have 6 public inputs")
	}
	maxFee := expectedSplit(t, []uint32{1_000_000}).fee
	for i := range e.bundles {
		e.open(t, i, maxFee)
	}

	// Wrong weights for bundle 1 (8 contributors): each reverts, nothing moves.
	dense1 := fixtures.AttributedBundleWeights(1)
	idx1, w1 := sparse(dense1)
	shifted := append([]uint32(nil), w1...)
	shifted[0]--
	shifted[1]++
	otherIdx := append([]uint32(nil), idx1...)
	otherIdx[0]++ // the same weights paid to a neighbour
	idx0, w0 := sparse(fixtures.AttributedBundleWeights(0))
	for _, tc := range []struct {
		name   string
		idx, w []uint32
		revert string
	}{
		{"another bundle's weights", idx0, w0, "AttributionMismatch"},
		{"one ppm moved", idx1, shifted, "AttributionMismatch"},
		{"same weights, other contributor", otherIdx, w1, "AttributionMismatch"},
		{"no weights (pool to the owner)", nil, nil, "AttributionMismatch"},
		// The digest is checked first: weights the proof did not bind.
		{"weights not summing to 1e6", idx1[:7], w1[:7], "AttributionMismatch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := e.state(t)
			_, err := chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.Settle(e.settlement, e.args(t, 1, tc.idx, tc.w)))
			if !chain.IsRevert(err, tc.revert) {
				t.Fatalf("settle: got %v, want revert %s", err, tc.revert)
			}
			sameState(t, tc.name, before, e.state(t))
		})
	}

	// The bound weights pay, from anyone. Bundle 1 goes in dense form (zeros
	// listed): the digest covers every contributor either way.
	for i := range e.bundles {
		dense := fixtures.AttributedBundleWeights(i)
		idx, w := sparse(dense)
		if i == 1 {
			idx, w = allIndices(len(dense)), dense
		}
		want := expectedSplit(t, w)
		before := e.state(t)
		rec := e.c.Send(t, outsider, chain.Settle(e.settlement, e.args(t, i, idx, w)))
		exp := before
		e.paidGas(exp, outsider, rec)
		add(exp, requester+".escrow", new(big.Int).Sub(maxFee, want.fee))
		exp[fmt.Sprintf("locked-%x", e.keys[i][:4])] = "0"
		add(exp, owner+".credit", want.owner)
		add(exp, pool+".credit", want.stakers)
		add(exp, treasury+".credit", want.platform)
		for k, c := range idx {
			add(exp, fmt.Sprintf("contributor-credit-%d", c), want.contributors[k])
		}
		sameState(t, fmt.Sprintf("settle bundle %d", i), exp, e.state(t))
	}
}

// TestSettleDemoAttributed settles the real attributed demo proof (the
// attributed LoRA circuit of the embedded model and adapter, the embedded
// attribution artifacts' 10 contributors) from an account without
// SETTLER_ROLE, with the weights of the bundle's attribution section, and
// checks every balance to the wei against attribution/split. Moved weights
// and another Datanet root revert with their named errors and change
// nothing.
func TestSettleDemoAttributed(t *testing.T) {
	art, err := demo.MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	n := len(art.Contribs)
	e, _ := deployAttributed(t, "demo-attributed", bindings.MnistDemoAttributedVerifierMetaData.Bin, n)
	ctx := context.Background()
	b := e.bundles[0]
	if len(b.PublicInputs) != 6 || b.Attribution == nil || len(b.Attribution.Weights) != n {
		t.Fatalf("the demo-attributed fixture is not an attributed proof over the %d contributors of the embedded artifacts", n)
	}
	if got, want := element(t, b.Attribution.DatanetRoot), element(t, art.Datanet.Root); got.Cmp(want) != 0 || e.root.Cmp(want) != 0 {
		t.Fatalf("fixture Datanet root %#x, embedded artifacts' %#x: run `go run ./contracts/internal/fixturegen -only demo-attributed`", got, want)
	}
	idx, w, err := chain.BundleWeights(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) < 2 {
		t.Fatal("the demo proof weights fewer than two contributors: nothing to move between them")
	}
	want := expectedSplit(t, w)
	slack := big.NewInt(4_321)
	maxFee := new(big.Int).Add(want.fee, slack)
	k, _ := e.open(t, 0, maxFee)

	moved := append([]uint32(nil), w...)
	moved[0]--
	moved[1]++
	otherRoot := e.args(t, 0, idx, w)
	otherRoot.PublicInputs[fixtures.AttributedDatanetRootIndex] = new(big.Int).Add(e.root, big.NewInt(1))
	type bad struct {
		name   string
		args   chain.SettleArgs
		revert string
	}
	cases := []bad{
		{"one ppm moved", e.args(t, 0, idx, moved), "AttributionMismatch"},
		{"no weights (pool to the owner)", e.args(t, 0, nil, nil), "AttributionMismatch"},
		{"another Datanet root", otherRoot, "DatanetMismatch"},
	}
	// The last weighted contributor's share paid to an unweighted one after
	// it (indices stay increasing).
	last := idx[len(idx)-1]
	for c := int(last) + 1; c < n; c++ {
		if b.Attribution.Weights[c].PPM == 0 {
			to := append(append([]uint32(nil), idx[:len(idx)-1]...), uint32(c))
			cases = append(cases, bad{fmt.Sprintf("contributor %d's share paid to unweighted %d", last, c), e.args(t, 0, to, w), "AttributionMismatch"})
			break
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := e.state(t)
			_, err := chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.Settle(e.settlement, tc.args))
			if !chain.IsRevert(err, tc.revert) {
				t.Fatalf("settle: got %v, want revert %s", err, tc.revert)
			}
			sameState(t, tc.name, before, e.state(t))
		})
	}

	// The bound weights pay, from anyone.
	before := e.state(t)
	rec := e.c.Send(t, outsider, chain.Settle(e.settlement, e.args(t, 0, idx, w)))
	exp := before
	e.paidGas(exp, outsider, rec)
	add(exp, requester+".escrow", slack)
	exp[fmt.Sprintf("locked-%x", k[:4])] = "0"
	add(exp, owner+".credit", want.owner)
	add(exp, pool+".credit", want.stakers)
	add(exp, treasury+".credit", want.platform)
	paid := new(big.Int).Add(new(big.Int).Add(want.owner, want.stakers), want.platform)
	for i, c := range idx {
		add(exp, fmt.Sprintf("contributor-credit-%d", c), want.contributors[i])
		paid.Add(paid, want.contributors[i])
	}
	sameState(t, "settle", exp, e.state(t))
	if paid.Cmp(want.fee) != 0 {
		t.Fatalf("parts sum to %s, fee is %s", paid, want.fee)
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.Settle(e.settlement, e.args(t, 0, idx, w))); !chain.IsRevert(err, "StatementAlreadySettled") {
		t.Fatalf("replay: got %v, want StatementAlreadySettled", err)
	}
}

// TestBundleWeights: the weights of an attributed bundle, in settle's form;
// a plain bundle has none, and an attribution section that is not the
// proof's is refused before any transaction.
func TestBundleWeights(t *testing.T) {
	load := func(name string) *bundle.Bundle {
		t.Helper()
		f, err := fixtures.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		_, bs, err := f.Load("..")
		if err != nil {
			t.Fatal(err)
		}
		return bs[0]
	}
	b := load("demo-attributed")
	idx, w, err := chain.BundleWeights(b)
	if err != nil {
		t.Fatal(err)
	}
	var sum uint32
	for k, c := range idx {
		if b.Attribution.Weights[c].PPM != w[k] || w[k] == 0 {
			t.Errorf("contributor %d: %d ppm, bundle says %d", c, w[k], b.Attribution.Weights[c].PPM)
		}
		sum += w[k]
	}
	if sum != bundle.PPM {
		t.Errorf("weights sum to %d", sum)
	}
	if _, _, err := chain.BundleWeights(load("demo")); !errors.Is(err, chain.ErrNoAttribution) {
		t.Errorf("plain bundle: got %v, want ErrNoAttribution", err)
	}
	for _, field := range []string{"datanet_root", "digest"} {
		bad := *b
		a := *b.Attribution
		bad.Attribution = &a
		if field == "digest" {
			a.Digest = b.Attribution.DatanetRoot
		} else {
			a.DatanetRoot = b.Attribution.Digest
		}
		if _, _, err := chain.BundleWeights(&bad); !errors.Is(err, chain.ErrBadInput) {
			t.Errorf("section %s not the proof's: got %v, want ErrBadInput", field, err)
		}
	}
}
