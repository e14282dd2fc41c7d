package chain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

// The Go reference's shared vectors (attribution/split owns them).
const splitVectors = "../../attribution/split/testdata/vectors.json"

// harness deploys FeeSplitHarness (FeeSplit exactly as settle applies it).
type harness struct {
	c    *simchain.Chain
	addr common.Address
	h    *contractstest.FeeSplitHarness
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	c := simchain.New(t, []string{"deployer"}, nil)
	addr, _ := c.Deploy(t, "deployer", chain.Call{What: "deploy FeeSplitHarness", Data: common.FromHex(contractstest.FeeSplitHarnessMetaData.Bin)})
	return &harness{c: c, addr: addr, h: contractstest.NewFeeSplitHarness()}
}

func (h *harness) compute(r *feesplit.Request) (contractstest.ComputeOutput, error) {
	bc := h.h.Instance(h.c.Client, h.addr)
	u := func(v uint32) *big.Int { return big.NewInt(int64(v)) }
	return bind.Call(bc, &bind.CallOpts{Context: context.Background()},
		h.h.PackCompute(r.TokensIn, r.TokensOut, r.RateIn, r.RateOut, r.PlatformFee,
			contractstest.FeeSplitHarnessBps{Beta: u(r.OwnerBps), Gamma: u(r.StakerBps), Prover: u(r.ProverBps), Delta: u(r.ContributorBps)}, r.Weights),
		h.h.UnpackCompute)
}

// revertData is the revert payload of a failed eth_call.
func revertData(err error) []byte {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if b, derr := hexutil.Decode(s); derr == nil {
				return b
			}
		}
	}
	return nil
}

// panicOverflow is Solidity's checked-arithmetic failure, Panic(0x11).
var panicOverflow = common.FromHex("0x4e487b710000000000000000000000000000000000000000000000000000000000000011")

// checkAgainstGo runs r through the Solidity split and attribution/split:
// the same amounts to the wei, or a revert for the reason the Go reference
// gives (ErrOverflow: Panic(0x11); ErrBadInput: a named error).
func checkAgainstGo(t *testing.T, h *harness, name string, r *feesplit.Request) {
	t.Helper()
	want, werr := feesplit.Compute(r)
	got, err := h.compute(r)
	switch {
	case errors.Is(werr, feesplit.ErrOverflow):
		if !bytes.Equal(revertData(err), panicOverflow) {
			t.Fatalf("%s: Go reports overflow (%v), Solidity: %v", name, werr, err)
		}
		return
	case werr != nil:
		data := revertData(err)
		if err == nil || len(data) < 4 || bytes.HasPrefix(data, panicOverflow[:4]) {
			t.Fatalf("%s: Go rejects (%v), Solidity: %v (data %x)", name, werr, err, data)
		}
		return
	case err != nil:
		t.Fatalf("%s: Go splits, Solidity reverts: %v", name, err)
	}
	eq := func(what string, a, b *big.Int) {
		t.Helper()
		if a.Cmp(b) != 0 {
			t.Fatalf("%s: %s is %s in Solidity, %s in Go", name, what, a, b)
		}
	}
	eq("fee", got.P.Fee, want.Fee)
	eq("platform", got.P.Platform, want.Platform)
	eq("owner", got.P.Owner, want.Owner)
	eq("stakers", got.P.Stakers, want.Stakers)
	eq("prover", got.P.Prover, want.Prover)
	if len(got.Amounts) != len(want.Contributors) {
		t.Fatalf("%s: %d contributor amounts, want %d", name, len(got.Amounts), len(want.Contributors))
	}
	paid := new(big.Int)
	for i := range want.Contributors {
		eq("contributor", got.Amounts[i], want.Contributors[i])
		paid.Add(paid, got.Amounts[i])
	}
	eq("contributors' sum", got.P.Contributors, paid)
}

func dec(t *testing.T, what, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%s: %q is not a decimal integer", what, s)
	}
	return v
}

// TestSplitVectors runs every shared vector of attribution/split through
// the Solidity split: each amount equal to the wei, each failure a revert.
func TestSplitVectors(t *testing.T) {
	vectors, err := feesplit.ReadVectors(splitVectors)
	if err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatalf("%s has no vectors", splitVectors)
	}
	h := newHarness(t)
	var reverts, dust int
	for _, v := range vectors {
		r, err := v.Request()
		if err != nil {
			t.Fatal(err)
		}
		// The file and the Go reference must tell the same story, or this
		// test would compare Solidity with the wrong thing.
		want, werr := feesplit.Compute(r)
		if (werr != nil) != (v.Error != "") {
			t.Fatalf("%s: file says error %q, Go reference %v", v.Name, v.Error, werr)
		}
		if werr == nil {
			if want.Fee.Cmp(dec(t, v.Name, v.Fee)) != 0 || want.Owner.Cmp(dec(t, v.Name, v.Owner)) != 0 ||
				want.Stakers.Cmp(dec(t, v.Name, v.Stakers)) != 0 || len(v.Contributors) != len(want.Contributors) {
				t.Fatalf("%s: file and Go reference disagree", v.Name)
			}
			for i, c := range v.Contributors {
				if want.Contributors[i].Cmp(dec(t, v.Name, c)) != 0 {
					t.Fatalf("%s: contributor %d: file %s, Go reference %s", v.Name, i, c, want.Contributors[i])
				}
			}
			if want.DustTo >= 0 {
				dust++
			}
		} else {
			reverts++
		}
		checkAgainstGo(t, h, v.Name, r)
	}
	t.Logf("%d vectors (%d must revert, %d with dust to a contributor)", len(vectors), reverts, dust)
}

// FuzzFeeSplit runs random fees and weights (normalized, or all zero)
// through the Solidity split and attribution/split.
func FuzzFeeSplit(f *testing.F) {
	f.Add(uint32(784), uint32(10), uint64(3_000_000_000_000_007), uint64(11_000_000_000_000_013), uint64(1e15+1), uint16(5000), uint16(2000), []byte{1, 2, 3})
	f.Add(uint32(0), uint32(0), uint64(0), uint64(0), uint64(0), uint16(0), uint16(0), []byte{})
	f.Add(uint32(1), uint32(1), uint64(999), uint64(1), uint64(0), uint16(10000), uint16(0), []byte{255})
	f.Add(uint32(7), uint32(3), uint64(333), uint64(777), uint64(1), uint16(3333), uint16(3333), []byte{9, 9, 9})
	h := newHarness(f)
	f.Fuzz(func(t *testing.T, tIn, tOut uint32, rIn, rOut, platform uint64, beta, gamma uint16, seed []byte) {
		beta %= 10_001
		gamma %= 10_001 - beta
		prover := uint16(len(seed)*997) % (10_001 - beta - gamma) // π from the seed: the signature predates it
		if len(seed) > 64 {
			seed = seed[:64]
		}
		// Weights from the seed bytes, normalized to sum to exactly 10⁶;
		// a seed of zero bytes only stands for "no contributor scored".
		var weights []uint32
		total := 0
		for _, b := range seed {
			total += int(b)
		}
		left := 1_000_000
		for i, b := range seed {
			w := 0
			if total > 0 {
				w = int(b) * 1_000_000 / total
				if i == len(seed)-1 {
					w = left
				}
			}
			weights = append(weights, uint32(w))
			left -= w
		}
		checkAgainstGo(t, h, "fuzz", &feesplit.Request{
			TokensIn: new(big.Int).SetUint64(uint64(tIn)), TokensOut: new(big.Int).SetUint64(uint64(tOut)),
			RateIn: new(big.Int).SetUint64(rIn), RateOut: new(big.Int).SetUint64(rOut), PlatformFee: new(big.Int).SetUint64(platform),
			OwnerBps: uint32(beta), StakerBps: uint32(gamma), ProverBps: uint32(prover), ContributorBps: uint32(10_000 - beta - gamma - prover),
			Weights: weights,
		})
	})
}
