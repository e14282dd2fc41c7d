package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/openproof/openproof/contracts/economy"
)

// TestMissPenaltyReachesUnbonding: with a minimum stake and a miss penalty
// set through setParams, a prover under the minimum cannot claim; a prover
// who claims and then starts unbonding all its free stake is still
// slashed, bond and penalty, the penalty from its unbonding stake; a prover
// with free stake pays the penalty from it; the reporter gets reporterBps
// of both and the vault the rest; the unbonded remainder is paid after the
// period.
func TestMissPenaltyReachesUnbonding(t *testing.T) { penaltyFlow(newEnv(t)) }

func penaltyFlow(e *env) {
	t := e.t
	reg := e.d.Registry
	e.send("deployer", economy.SetRegistryParams(reg, economy.RegistryParams{
		UnbondingPeriod: 7 * 24 * 3600, ClaimWindow: 3600, ClaimBond: oneOPEN(100), ReporterBps: 1000,
		SlashSink: e.d.Vault, MinStake: oneOPEN(500), MissPenalty: oneOPEN(300),
	}))

	// Under the minimum: no claim, though the bond is free.
	e.stake("voter1", oneOPEN(400))
	k0 := key("penalty-0")
	e.open_(k0)
	e.refused("voter1", economy.Claim(reg, k0), "StakeBelowMinimum")

	// Claims, then unbonds everything free: the penalty reaches the unbonding stake.
	e.stake("voter2", oneOPEN(1000))
	k1 := key("penalty-1")
	e.open_(k1)
	e.send("voter2", economy.Claim(reg, k1))
	e.send("voter2", economy.RequestUnbond(reg, oneOPEN(900)))
	e.refused("voter2", economy.RequestUnbond(reg, oneOPEN(1)), "InsufficientFreeStake")
	e.travel(3601 * time.Second)
	rep0, vault0 := e.balance(e.open, "reporter"), mustBal(e, e.d.Vault)
	e.send("reporter", economy.Slash(reg, k1))
	eq(t, "reporter's cut of bond and penalty", new(big.Int).Sub(e.balance(e.open, "reporter"), rep0), oneOPEN(40))
	eq(t, "vault's part", new(big.Int).Sub(mustBal(e, e.d.Vault), vault0), oneOPEN(360))
	p := e.prover("voter2")
	eq(t, "staked after slash", p.Staked, big.NewInt(0))
	eq(t, "unbonding after slash", p.Unbonding, oneOPEN(600))
	e.refused("voter2", economy.Claim(reg, k1), "StakeBelowMinimum")
	e.travel(7 * 24 * 3600 * time.Second)
	b0 := e.balance(e.open, "voter2")
	e.send("voter2", economy.WithdrawUnbonded(reg))
	eq(t, "unbonded paid", new(big.Int).Sub(e.balance(e.open, "voter2"), b0), oneOPEN(600))

	// Free stake pays the penalty first; the request is claimable again.
	e.stake("voter1", oneOPEN(600))
	e.send("voter1", economy.Claim(reg, k1))
	e.send("voter1", economy.RequestUnbond(reg, oneOPEN(100)))
	e.travel(3601 * time.Second)
	e.send("reporter", economy.Slash(reg, k1))
	p = e.prover("voter1")
	eq(t, "voter1 staked after slash", p.Staked, oneOPEN(500)) // 900 − bond 100 − penalty 300
	eq(t, "voter1 unbonding untouched", p.Unbonding, oneOPEN(100))
	e.send("voter1", economy.Claim(reg, k1)) // still at the minimum
}
