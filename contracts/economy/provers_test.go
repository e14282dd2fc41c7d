package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy"
)

func (e *env) open_(k [32]byte) {
	e.send("requester", chain.Call{What: "book open", To: &e.book, Data: bookABI.PackOpen(k)})
}

// settle settles k from as, paying proverFee to whoever the registry names
// and stakersFee to the vault; returns the payee.
func (e *env) settle(as string, k [32]byte, proverFee, stakersFee *big.Int) common.Address {
	e.t.Helper()
	e.send(as, economy.Approve(e.open, e.book, new(big.Int).Add(proverFee, stakersFee)))
	rec := e.send(as, chain.Call{What: "book settle", To: &e.book, Data: bookABI.PackSettle(k, proverFee, stakersFee, e.d.Vault)})
	for _, l := range rec.Logs {
		if ev, err := bookABI.UnpackSettledForEvent(l); err == nil {
			return ev.Prover
		}
	}
	e.t.Fatal("no SettledFor event")
	return common.Address{}
}

func (e *env) stake(who string, amount *big.Int) {
	e.send(who, economy.Approve(e.open, e.d.Registry, amount))
	e.send(who, economy.Stake(e.d.Registry, amount))
}

func (e *env) prover(who string) economy.ProverState {
	e.t.Helper()
	p, err := economy.Prover(e.ctx, e.b, e.d.Registry, e.addr(who))
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// TestProverClaimSettleSlash: a prover stakes, claims, settles in time and
// is paid; a claim that misses its deadline is slashed by anyone (10 % to
// the reporter, the rest to the vault) and the request is claimable again;
// a late settlement pays the settler, not the late claimant; unbonding waits
// its period.
func TestProverClaimSettleSlash(t *testing.T) { proverFlow(newEnv(t)) }

func proverFlow(e *env) {
	t := e.t
	reg := e.d.Registry
	e.stake("prover", oneOPEN(1000))
	e.stake("prover2", oneOPEN(1000))

	// Claims need an open request and a free bond.
	k1 := key("request 1")
	e.refused("prover", economy.Claim(reg, k1), "RequestNotOpen")
	e.open_(k1)
	e.refused("staker", economy.Claim(reg, k1), "InsufficientFreeStake")
	e.send("prover", economy.Claim(reg, k1))
	e.refused("prover2", economy.Claim(reg, k1), "ClaimExists")
	e.assigned(k1, "prover", true)
	e.assigned(k1, "prover2", false)
	eq(t, "locked", e.prover("prover").Locked, oneOPEN(100))
	e.refused("reporter", economy.Slash(reg, k1), "DeadlineNotPassed")
	// Only the settlement contract may close a claim.
	e.refused("prover", chain.Call{What: "onSettled", To: &reg, Data: registryPack.PackOnSettled(k1, e.addr("prover"))}, "NotSettlement")

	// Settled in time by someone else: the claimant earns the prover's share.
	if got := e.settle("requester", k1, oneOPEN(5), oneOPEN(3)); got != e.addr("prover") {
		t.Fatalf("prover share went to %s, want the claimant", got)
	}
	p := e.prover("prover")
	eq(t, "locked after settle", p.Locked, big.NewInt(0))
	eq(t, "staked after settle", p.Staked, oneOPEN(1000))
	before := e.balance(e.open, "prover")
	e.send("prover", chain.Call{What: "book withdraw", To: &e.book, Data: bookABI.PackWithdraw()})
	eq(t, "prover paid", new(big.Int).Sub(e.balance(e.open, "prover"), before), oneOPEN(5))

	// Missed deadline: slashed by anyone, the request reopens.
	k2 := key("request 2")
	e.open_(k2)
	e.send("prover", economy.Claim(reg, k2))
	e.assigned(k2, "prover", true)
	e.travel(3601 * time.Second)
	e.assigned(k2, "prover", false) // the deadline passed
	repBefore, vaultBefore := e.balance(e.open, "reporter"), mustBal(e, e.d.Vault)
	e.send("reporter", economy.Slash(reg, k2))
	eq(t, "reporter share", new(big.Int).Sub(e.balance(e.open, "reporter"), repBefore), oneOPEN(10))
	eq(t, "vault share", new(big.Int).Sub(mustBal(e, e.d.Vault), vaultBefore), oneOPEN(90))
	p = e.prover("prover")
	eq(t, "staked after slash", p.Staked, oneOPEN(900))
	eq(t, "locked after slash", p.Locked, big.NewInt(0))
	e.refused("reporter", economy.Slash(reg, k2), "NoClaim")
	e.send("prover2", economy.Claim(reg, k2)) // reopened
	if got := e.settle("requester", k2, oneOPEN(5), big.NewInt(0)); got != e.addr("prover2") {
		t.Fatalf("reclaimed request paid %s, want prover2", got)
	}

	// Late settlement: the settler is paid, the late claim stays slashable.
	k3 := key("request 3")
	e.open_(k3)
	e.send("prover", economy.Claim(reg, k3))
	e.travel(3601 * time.Second)
	if got := e.settle("prover2", k3, oneOPEN(5), big.NewInt(0)); got != e.addr("prover2") {
		t.Fatalf("late settlement paid %s, want the settler", got)
	}
	e.send("reporter", economy.Slash(reg, k3))
	eq(t, "staked after second slash", e.prover("prover").Staked, oneOPEN(800))

	// A cancelled request releases a live claim's bond.
	k4 := key("request 4")
	e.open_(k4)
	e.send("prover", economy.Claim(reg, k4))
	e.send("requester", chain.Call{What: "book cancel", To: &e.book, Data: bookABI.PackCancel(k4)})
	eq(t, "locked after cancel", e.prover("prover").Locked, big.NewInt(0))

	// Unbonding: only free stake, and only after the period.
	k5 := key("request 5")
	e.open_(k5)
	e.send("prover", economy.Claim(reg, k5))
	e.refused("prover", economy.RequestUnbond(reg, oneOPEN(800)), "InsufficientFreeStake")
	e.send("prover", economy.RequestUnbond(reg, oneOPEN(700)))
	e.refused("prover", economy.WithdrawUnbonded(reg), "NotUnbonded")
	e.travel(7*24*time.Hour + time.Second)
	before = e.balance(e.open, "prover")
	e.send("prover", economy.WithdrawUnbonded(reg))
	eq(t, "unbonded", new(big.Int).Sub(e.balance(e.open, "prover"), before), oneOPEN(700))
	p = e.prover("prover")
	eq(t, "staked left", p.Staked, oneOPEN(100))
	eq(t, "locked left", p.Locked, oneOPEN(100))
}

var registryPack = registryABIForTests()

func mustBal(e *env, who common.Address) *big.Int {
	e.t.Helper()
	b, err := economy.BalanceOf(e.ctx, e.b, e.open, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) assigned(k [32]byte, who string, want bool) {
	e.t.Helper()
	got, err := economy.IsAssigned(e.ctx, e.b, e.d.Registry, k, e.addr(who))
	if err != nil {
		e.t.Fatal(err)
	}
	if got != want {
		e.t.Fatalf("isAssigned(%s) = %v, want %v", who, got, want)
	}
}
