package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

// newAttributedEnv deploys the attributed fixture's verifier, the on-chain
// attribution digest and the settlement contract (native OPEN), registers
// the circuit with its Datanet-root and attribution-digest positions, the
// fixture's 64-contributor Datanet and the adapter. Nobody holds
// SETTLER_ROLE: the proof binds the weights.
func newAttributedEnv(t *testing.T) (*env, common.Address) {
	t.Helper()
	f, err := fixtures.Get("attributed")
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
	e.verifier, _ = c.Deploy(t, admin, chain.DeployVerifier(common.FromHex(bindings.AttributedVerifierMetaData.Bin)))
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
	payouts := make([]common.Address, fixtures.AttributedContributors)
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
		{"weights not summing to 1e6", idx1[:7], w1[:7], "WeightsInvalid"},
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
