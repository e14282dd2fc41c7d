package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/economy"
)

func (e *env) wrapAndDelegate(who string, amount *big.Int) {
	e.send(who, economy.Approve(e.open, e.d.GOpen, amount))
	e.send(who, economy.Wrap(e.d.GOpen, e.addr(who), amount))
	e.send(who, economy.Delegate(e.d.GOpen, e.addr(who)))
}

func (e *env) state(id *big.Int) string {
	e.t.Helper()
	s, err := economy.State(e.ctx, e.b, e.d.Governor, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return economy.ProposalState[s]
}

func (e *env) wantState(id *big.Int, want string) {
	e.t.Helper()
	if got := e.state(id); got != want {
		e.t.Fatalf("proposal state %s, want %s", got, want)
	}
}

// TestGovernanceEndToEnd: after the hand-over the deployer's admin path is
// refused; a proposal to lengthen the registry's unbonding period and raise
// its slash reporter share goes propose → vote → queue → wait → execute.
func TestGovernanceEndToEnd(t *testing.T) { governanceFlow(newEnv(t)) }

func governanceFlow(e *env) {
	t := e.t
	reg := e.d.Registry
	old, err := economy.Params(e.ctx, e.b, reg)
	if err != nil {
		t.Fatal(err)
	}
	// Before the hand-over the deployer is admin.
	e.send("deployer", economy.SetRegistryParams(reg, old))
	txs, err := economy.HandOverL2(e.ctx, e.b, e.auth("deployer"), e.d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		record(tx.What, tx.GasUsed)
	}
	e.refused("deployer", economy.SetRegistryParams(reg, old), "AccessControlUnauthorizedAccount")
	e.refused("deployer", economy.SetVaultParams(e.d.Vault, 1, 1, common.Address{}), "AccessControlUnauthorizedAccount")
	e.refused("deployer", economy.GrantRole(e.d.Timelock, economy.ProposerRole, e.addr("deployer")), "AccessControlUnauthorizedAccount")
	for _, c := range []common.Address{reg, e.d.Vault, e.d.Timelock} {
		if ok, err := economy.HasRole(e.ctx, e.b, c, economy.DefaultAdminRole, e.addr("deployer")); err != nil || ok {
			t.Fatalf("deployer still admin of %s (%v)", c, err)
		}
	}
	if ok, _ := economy.HasRole(e.ctx, e.b, reg, economy.DefaultAdminRole, e.d.Timelock); !ok {
		t.Fatal("timelock is not the registry's admin")
	}

	e.wrapAndDelegate("voter1", oneOPEN(600_000))
	e.wrapAndDelegate("voter2", oneOPEN(300_000))
	// Votes count from the block after the delegation (GOpen's clock is the
	// timestamp; propose reads clock() − 1): on anvil a proposal in the
	// delegation's second would see none.
	e.travel(time.Second)
	newP := old
	newP.UnbondingPeriod = 14 * 24 * 3600
	newP.ReporterBps = 2000
	p := economy.Proposal{
		Targets: []common.Address{reg}, Values: []*big.Int{big.NewInt(0)},
		Calldatas:   [][]byte{economy.SetRegistryParams(reg, newP).Data},
		Description: "registry: unbonding 14 days, reporter 20 %",
	}
	e.refused("staker", mustCall(t)(economy.Propose(e.d.Governor, p)), "GovernorInsufficientProposerVotes")
	e.send("voter1", mustCall(t)(economy.Propose(e.d.Governor, p)))
	id, err := economy.ProposalID(e.ctx, e.b, e.d.Governor, p)
	if err != nil {
		t.Fatal(err)
	}
	e.wantState(id, "Pending")
	e.travel(61 * time.Second)
	e.wantState(id, "Active")
	e.send("voter1", economy.Vote(e.d.Governor, id, economy.For))
	e.send("voter2", economy.Vote(e.d.Governor, id, economy.Against))
	e.refused("voter2", economy.Vote(e.d.Governor, id, economy.For), "GovernorAlreadyCastVote")
	e.refused("voter1", mustCall(t)(economy.Queue(e.d.Governor, p)), "GovernorUnexpectedProposalState")
	e.travel(3601 * time.Second)
	e.wantState(id, "Succeeded")
	e.send("reporter", mustCall(t)(economy.Queue(e.d.Governor, p)))
	e.wantState(id, "Queued")
	e.refused("reporter", mustCall(t)(economy.Execute(e.d.Governor, p)), "TimelockUnexpectedOperationState")
	e.travel(2*24*time.Hour + time.Second)
	e.send("reporter", mustCall(t)(economy.Execute(e.d.Governor, p)))
	e.wantState(id, "Executed")
	got, err := economy.Params(e.ctx, e.b, reg)
	if err != nil {
		t.Fatal(err)
	}
	if got.UnbondingPeriod != newP.UnbondingPeriod || got.ReporterBps != newP.ReporterBps {
		t.Fatalf("params after execution %+v, want %+v", got, newP)
	}
}
