package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

// harness deploys FeeSplitHarness (FeeSplit exactly as settle applies it).
type harness struct {
	c    *simchain.Chain
	addr common.Address
	h    *bindings.FeeSplitHarness
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	c := simchain.New(t, []string{"deployer"}, nil)
	addr, _ := c.Deploy(t, "deployer", chain.DeployVerifier(common.FromHex(bindings.FeeSplitHarnessMetaData.Bin)))
	return &harness{c: c, addr: addr, h: bindings.NewFeeSplitHarness()}
}

type splitIn struct {
	tIn, tOut, rIn, rOut, platform *big.Int
	beta, gamma                    uint16
	weights                        []uint32
}

func (h *harness) compute(t testing.TB, in splitIn) (bindings.ComputeOutput, error) {
	bc := h.h.Instance(h.c.Client, h.addr)
	return bind.Call(bc, &bind.CallOpts{Context: context.Background()},
		h.h.PackCompute(in.tIn, in.tOut, in.rIn, in.rOut, in.platform, big.NewInt(int64(in.beta)), big.NewInt(int64(in.gamma)), in.weights),
		h.h.UnpackCompute)
}

// goSplit is the rule FeeSplit.sol documents, in Go.
func goSplit(in splitIn) (fee, platform, owner, stakers *big.Int, amounts []*big.Int) {
	v := new(big.Int).Add(new(big.Int).Mul(in.tIn, in.rIn), new(big.Int).Mul(in.tOut, in.rOut))
	v.Quo(v, big.NewInt(1000))
	fee = new(big.Int).Add(v, in.platform)
	owner = new(big.Int).Quo(new(big.Int).Mul(v, big.NewInt(int64(in.beta))), big.NewInt(10_000))
	stakers = new(big.Int).Quo(new(big.Int).Mul(v, big.NewInt(int64(in.gamma))), big.NewInt(10_000))
	pool := new(big.Int).Sub(new(big.Int).Sub(v, owner), stakers)
	paid := new(big.Int)
	for _, w := range in.weights {
		a := new(big.Int).Quo(new(big.Int).Mul(pool, big.NewInt(int64(w))), big.NewInt(1_000_000))
		amounts = append(amounts, a)
		paid.Add(paid, a)
	}
	owner.Add(owner, pool.Sub(pool, paid))
	return fee, new(big.Int).Set(in.platform), owner, stakers, amounts
}

func checkSplit(t *testing.T, h *harness, in splitIn) {
	t.Helper()
	got, err := h.compute(t, in)
	if err != nil {
		t.Fatalf("harness: %v", err)
	}
	fee, platform, owner, stakers, amounts := goSplit(in)
	sum := new(big.Int).Add(new(big.Int).Add(got.P.Platform, got.P.Owner), new(big.Int).Add(got.P.Stakers, got.P.Contributors))
	if sum.Cmp(got.P.Fee) != 0 {
		t.Fatalf("%+v: parts sum to %s, fee %s", in, sum, got.P.Fee)
	}
	if got.P.Fee.Cmp(fee) != 0 || got.P.Platform.Cmp(platform) != 0 || got.P.Owner.Cmp(owner) != 0 || got.P.Stakers.Cmp(stakers) != 0 {
		t.Fatalf("%+v: Solidity (%s %s %s %s), Go (%s %s %s %s)", in, got.P.Fee, got.P.Platform, got.P.Owner, got.P.Stakers, fee, platform, owner, stakers)
	}
	for i := range amounts {
		if got.Amounts[i].Cmp(amounts[i]) != 0 {
			t.Fatalf("%+v: contributor %d gets %s in Solidity, %s in Go", in, i, got.Amounts[i], amounts[i])
		}
	}
}

// FuzzFeeSplit runs random fees and weights through the Solidity split and
// the Go statement of the same rule: equal to the wei, parts summing to Fee.
func FuzzFeeSplit(f *testing.F) {
	f.Add(uint32(784), uint32(10), uint64(3_000_000_000_000_007), uint64(11_000_000_000_000_013), uint64(1e15+1), uint16(5000), uint16(2000), []byte{1, 2, 3})
	f.Add(uint32(0), uint32(0), uint64(0), uint64(0), uint64(0), uint16(0), uint16(0), []byte{})
	f.Add(uint32(1), uint32(1), uint64(999), uint64(1), uint64(0), uint16(10000), uint16(0), []byte{255})
	h := newHarness(f)
	f.Fuzz(func(t *testing.T, tIn, tOut uint32, rIn, rOut, platform uint64, beta, gamma uint16, seed []byte) {
		beta %= 10_001
		gamma %= 10_001 - beta
		if len(seed) > 64 {
			seed = seed[:64]
		}
		// Weights from the seed bytes, normalized to sum to exactly 10⁶.
		var weights []uint32
		total := 0
		for _, b := range seed {
			total += int(b) + 1
		}
		left := 1_000_000
		for i, b := range seed {
			w := (int(b) + 1) * 1_000_000 / total
			if i == len(seed)-1 {
				w = left
			}
			weights = append(weights, uint32(w))
			left -= w
		}
		checkSplit(t, h, splitIn{
			tIn: new(big.Int).SetUint64(uint64(tIn)), tOut: new(big.Int).SetUint64(uint64(tOut)),
			rIn: new(big.Int).SetUint64(rIn), rOut: new(big.Int).SetUint64(rOut), platform: new(big.Int).SetUint64(platform),
			beta: beta, gamma: gamma, weights: weights,
		})
	})
}
