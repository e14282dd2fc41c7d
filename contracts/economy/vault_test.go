package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/openproof/openproof/contracts/economy"
	"github.com/openproof/openproof/contracts/economy/ebind"
)

var vaultPack = ebind.NewOpenStakingVault()

func (e *env) shares(who string) *big.Int { return e.balance(e.d.Vault, who) }

func (e *env) value(shares *big.Int) *big.Int {
	e.t.Helper()
	v, err := economy.ConvertToAssets(e.ctx, e.b, e.d.Vault, shares)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) stakeVault(who string, amount *big.Int) {
	e.send(who, economy.Approve(e.open, e.d.Vault, amount))
	e.send(who, economy.VaultDeposit(e.d.Vault, amount, e.addr(who)))
}

// within checks |got − want| ≤ tol.
func within(t *testing.T, what string, got, want, tol *big.Int) {
	t.Helper()
	d := new(big.Int).Sub(got, want)
	if d.Abs(d).Cmp(tol) > 0 {
		t.Fatalf("%s = %s, want %s ± %s", what, got, want, tol)
	}
}

// TestVaultFeesUnbondSlash: stakers earn the fee share pro rata, leave only
// through request → wait → complete, and a slash during unbonding lowers
// what they get.
func TestVaultFeesUnbondSlash(t *testing.T) { vaultFlow(newEnv(t)) }

func vaultFlow(e *env) {
	t := e.t
	v := e.d.Vault
	e.stakeVault("staker", oneOPEN(1000))
	e.stakeVault("staker2", oneOPEN(500))
	one := big.NewInt(1)
	within(t, "staker value", e.value(e.shares("staker")), oneOPEN(1000), one)

	// 30 OPEN of stakers' fees: credited by a settlement, pulled by anyone.
	e.open_(key("fee request"))
	e.settle("requester", key("fee request"), big.NewInt(0), oneOPEN(30))
	e.send("reporter", economy.PullFees(v))
	within(t, "staker value after fees", e.value(e.shares("staker")), oneOPEN(1020), one)
	within(t, "staker2 value after fees", e.value(e.shares("staker2")), oneOPEN(510), one)

	// ERC-4626's direct exits are closed.
	sh := e.shares("staker")
	e.refused("staker", chainCall("redeem", v, vaultPack.PackRedeem(sh, e.addr("staker"), e.addr("staker"))), "ERC4626ExceededMaxRedeem")
	e.refused("staker", chainCall("withdraw", v, vaultPack.PackWithdraw(oneOPEN(1), e.addr("staker"), e.addr("staker"))), "ERC4626ExceededMaxWithdraw")

	e.send("staker", economy.RequestRedeem(v, sh))
	eq(t, "shares in custody", e.shares("staker"), big.NewInt(0))
	e.refused("staker", economy.CompleteRedeem(v, e.addr("staker")), "NotUnbonded")

	// A slash while the staker unbonds: at most the cap (10 % of assets),
	// pro rata to every share, the unbonding ones included.
	e.send("deployer", economy.GrantRole(v, economy.SlasherRole, e.addr("deployer")))
	e.refused("attacker", economy.SlashVault(v, oneOPEN(1), e.addr("attacker")), "AccessControlUnauthorizedAccount")
	e.refused("deployer", economy.SlashVault(v, oneOPEN(154), e.addr("deployer")), "SlashTooLarge")
	e.send("deployer", economy.SlashVault(v, oneOPEN(153), e.addr("deployer"))) // 10 % of 1530
	e.travel(7*24*time.Hour + time.Second)
	before := e.balance(e.open, "staker")
	e.send("staker", economy.CompleteRedeem(v, e.addr("staker")))
	within(t, "staker paid", new(big.Int).Sub(e.balance(e.open, "staker"), before), oneOPEN(918), one) // 1020 · 0.9
	within(t, "staker2 value", e.value(e.shares("staker2")), oneOPEN(459), one)                        // 510 · 0.9
}

// TestVaultInflationAttack: an attacker who deposits 1 wei and donates 1000
// OPEN ahead of a 1000-OPEN deposit loses about half its donation, and the
// victim loses at most a millionth (decimals offset 6).
func TestVaultInflationAttack(t *testing.T) {
	e := newEnv(t)
	v := e.d.Vault
	e.stakeVault("attacker", big.NewInt(1))
	e.send("attacker", economy.Transfer(e.open, v, oneOPEN(1000)))
	e.stakeVault("staker", oneOPEN(1000))
	victim := e.value(e.shares("staker"))
	loss := new(big.Int).Sub(oneOPEN(1000), victim)
	if loss.Cmp(new(big.Int).Div(oneOPEN(1000), big.NewInt(1_000_000))) > 0 {
		t.Fatalf("victim lost %s wei of 1000 OPEN", loss)
	}
	if a := e.value(e.shares("attacker")); a.Cmp(oneOPEN(1000)) >= 0 {
		t.Fatalf("attacker's position is worth %s, not less than its 1000 OPEN donation", a)
	}
}
