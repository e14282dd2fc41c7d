package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy"
)

// TestGovernanceSettlementSplit: OpenProofSettlement (ERC-20 mode, its
// staking pool the vault) hands DEFAULT_ADMIN, REGISTRAR and PAUSER to the
// timelock; the deployer can then neither change the split (β, γ and the
// prover's π), nor set the prover registry, nor pause, and one proposal
// does all three.
func TestGovernanceSettlementSplit(t *testing.T) { settlementGovFlow(newEnv(t)) }

func settlementGovFlow(e *env) {
	t := e.t
	st := bindings.NewOpenProofSettlement()
	old := bindings.OpenProofSettlementSplitConfig{BetaBps: 5000, GammaBps: 2000, ProverBps: 1000, PlatformFee: big.NewInt(0), RequestTimeout: 3600}
	hasher := e.deploy("deployer", mustCall(t)(chain.DeployAttributionDigest()))
	settlement := e.deploy("deployer", mustCall(t)(chain.DeploySettlement(chain.DeployConfig{
		Admin: e.addr("deployer"), Token: e.open, Hasher: hasher, Treasury: e.addr("community"), StakingPool: e.d.Vault,
		Split: chain.SplitConfig{BetaBps: old.BetaBps, GammaBps: old.GammaBps, ProverBps: old.ProverBps, PlatformFee: old.PlatformFee, RequestTimeout: old.RequestTimeout},
	})))
	setSplit := func(s bindings.OpenProofSettlementSplitConfig) chain.Call {
		return chainCall("setSplitConfig", settlement, st.PackSetSplitConfig(s))
	}
	e.send("deployer", setSplit(old)) // the deployer is admin until the hand-over
	if _, err := economy.HandOverL2(e.ctx, e.b, e.auth("deployer"), e.d); err != nil {
		t.Fatal(err)
	}
	txs, err := economy.HandOver(e.ctx, e.b, e.auth("deployer"), settlement, e.d.Timelock,
		crypto.Keccak256Hash([]byte("REGISTRAR_ROLE")), crypto.Keccak256Hash([]byte("PAUSER_ROLE")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		record("settlement "+tx.What, tx.GasUsed)
	}
	newSplit := bindings.OpenProofSettlementSplitConfig{BetaBps: 4000, GammaBps: 3000, ProverBps: 1500, PlatformFee: big.NewInt(1e15), RequestTimeout: 7200}
	e.refused("deployer", setSplit(newSplit), "AccessControlUnauthorizedAccount")
	e.refused("deployer", economy.SetRegistry(settlement, e.d.Registry), "AccessControlUnauthorizedAccount")
	e.refused("deployer", chain.Pause(settlement), "AccessControlUnauthorizedAccount")

	e.wrapAndDelegate("voter1", oneOPEN(600_000))
	e.travel(time.Second) // votes count from the block after the delegation (clock() − 1)
	p := economy.Proposal{
		Targets:     []common.Address{settlement, settlement, settlement},
		Values:      []*big.Int{big.NewInt(0), big.NewInt(0), big.NewInt(0)},
		Calldatas:   [][]byte{setSplit(newSplit).Data, economy.SetRegistry(settlement, e.d.Registry).Data, chain.Pause(settlement).Data},
		Description: "settlement: β 40 %, γ 30 %, π 15 %, platform fee 0.001 OPEN, timeout 2 h; the prover registry; pause",
	}
	e.send("voter1", mustCall(t)(economy.Propose(e.d.Governor, p)))
	id, err := economy.ProposalID(e.ctx, e.b, e.d.Governor, p)
	if err != nil {
		t.Fatal(err)
	}
	e.travel(61 * time.Second)
	e.send("voter1", economy.Vote(e.d.Governor, id, economy.For))
	e.travel(3601 * time.Second)
	e.send("voter1", mustCall(t)(economy.Queue(e.d.Governor, p)))
	e.travel(2*24*time.Hour + time.Second)
	e.send("reporter", mustCall(t)(economy.Execute(e.d.Governor, p)))
	e.wantState(id, "Executed")

	out, err := e.b.CallContract(e.ctx, callMsg(settlement, st.PackSplitConfig()), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.UnpackSplitConfig(out)
	if err != nil {
		t.Fatal(err)
	}
	if got.BetaBps != newSplit.BetaBps || got.GammaBps != newSplit.GammaBps || got.ProverBps != newSplit.ProverBps ||
		got.PlatformFee.Cmp(newSplit.PlatformFee) != 0 || got.RequestTimeout != newSplit.RequestTimeout {
		t.Fatalf("split after the proposal %+v, want %+v", got, newSplit)
	}
	out, err = e.b.CallContract(e.ctx, callMsg(settlement, st.PackRegistry()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if reg, err := st.UnpackRegistry(out); err != nil || reg != e.d.Registry {
		t.Fatalf("registry after the proposal %s (%v), want %s", reg, err, e.d.Registry)
	}
	if paused, err := chain.Paused(e.ctx, e.b, settlement); err != nil || !paused {
		t.Fatalf("paused = %v (%v), want true", paused, err)
	}
}
