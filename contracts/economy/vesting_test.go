package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/economy"
)

// TestVesting: the cap is minted to the five allocations; team and investors
// vest nothing before 12 months, a quarter at the cliff and linearly to 48
// months; community and ecosystem linearly over 48 months; release pays the
// beneficiary what vested.
func TestVesting(t *testing.T) {
	vestingFlow(simEnv(t))
}

func vestingFlow(e *env) {
	t := e.t
	tge := e.now() + 100
	d, err := economy.DeployL1(e.ctx, e.b, e.auth("deployer"), economy.L1Config{
		TGE: tge, Community: e.addr("community"), Investors: e.addr("investors"), Team: e.addr("team"),
		Ecosystem: e.addr("ecosystem"), Liquidity: e.addr("liquidity"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range d.Transactions {
		record(tx.What, tx.GasUsed)
	}
	e.open = d.Token
	total := new(big.Int)
	for _, a := range []struct {
		who common.Address
		bps int64
	}{
		{d.Wallets.Community, economy.CommunityBps}, {d.Wallets.Investors, economy.InvestorsBps},
		{d.Wallets.Team, economy.TeamBps}, {d.Wallets.Ecosystem, economy.EcosystemBps},
		{d.Wallets.Liquidity, economy.LiquidityBps},
	} {
		b := mustBal(e, a.who)
		eq(t, "allocation", b, economy.Share(a.bps))
		total.Add(total, b)
	}
	eq(t, "minted", total, economy.Cap)

	vested := func(wallet common.Address, at uint64) *big.Int {
		t.Helper()
		v, err := economy.VestedAmount(e.ctx, e.b, wallet, d.Token, at)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	team, community := economy.Share(economy.TeamBps), economy.Share(economy.CommunityBps)
	frac := func(x *big.Int, num, den int64) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(num)), big.NewInt(den))
	}
	cliff := tge + 12*economy.Month
	for _, c := range []struct {
		what   string
		wallet common.Address
		at     uint64
		want   *big.Int
	}{
		{"team before the cliff", d.Wallets.Team, cliff - 1, big.NewInt(0)},
		{"team at the cliff", d.Wallets.Team, cliff, frac(team, 1, 4)},
		{"team at 30 months", d.Wallets.Team, tge + 30*economy.Month, frac(team, 30, 48)},
		{"team at 48 months", d.Wallets.Team, tge + 48*economy.Month, team},
		{"investors before the cliff", d.Wallets.Investors, cliff - 1, big.NewInt(0)},
		{"community at 1 second", d.Wallets.Community, tge + 1, frac(community, 1, 48*economy.Month)},
		{"community at 6 months", d.Wallets.Community, tge + 6*economy.Month, frac(community, 6, 48)},
		{"community after 48 months", d.Wallets.Community, tge + 60*economy.Month, community},
	} {
		eq(t, c.what, vested(c.wallet, c.at), c.want)
	}

	// Time travel: nothing releasable for the team before the cliff, then
	// what the schedule says at the block's timestamp.
	e.travel(time.Duration(6*economy.Month) * time.Second)
	r, err := economy.Releasable(e.ctx, e.b, d.Wallets.Team, d.Token)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "team releasable at 6 months", r, big.NewInt(0))
	e.send("reporter", economy.Release(d.Wallets.Community, d.Token)) // anyone may release
	now := e.now()
	eq(t, "community released at 6 months", e.balance(d.Token, "community"), frac(community, int64(now-tge), 48*economy.Month))

	e.travel(time.Duration(7*economy.Month) * time.Second) // past the cliff
	e.send("team", economy.Release(d.Wallets.Team, d.Token))
	now = e.now()
	if now < cliff {
		t.Fatalf("clock %d not past the cliff %d", now, cliff)
	}
	eq(t, "team released after the cliff", e.balance(d.Token, "team"), frac(team, int64(now-tge), 48*economy.Month))
}
