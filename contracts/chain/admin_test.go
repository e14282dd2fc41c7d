package chain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/errs"
)

func TestGasLimit(t *testing.T) {
	for _, tc := range []struct {
		name              string
		estimate, block   uint64
		want              uint64
		refused           bool
		wantInMessageText string
	}{
		{name: "headroom", estimate: 100_000, block: 30_000_000, want: 120_000},
		{name: "unknown block limit", estimate: 100_000, block: 0, want: 120_000},
		{name: "capped at the block limit", estimate: 1_000_000, block: 1_100_000, want: 1_100_000},
		{name: "estimate equal to the block limit", estimate: 1_100_000, block: 1_100_000, want: 1_100_000},
		{name: "capped at EIP-7825", estimate: 15_000_000, block: 60_000_000, want: chain.MaxTxGas},
		{name: "EIP-7825 under a smaller block limit", estimate: 15_000_000, block: 16_000_000, want: 16_000_000},
		{name: "over the block limit", estimate: 1_100_001, block: 1_100_000, refused: true, wantInMessageText: "1100001"},
		{name: "over EIP-7825", estimate: chain.MaxTxGas + 1, block: 60_000_000, refused: true, wantInMessageText: "16777216"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := chain.GasLimit("settle", tc.estimate, tc.block)
			if tc.refused {
				if !errors.Is(err, chain.ErrGasOverLimit) || !errors.Is(err, errs.ErrBadInput) {
					t.Fatalf("got %d, %v; want ErrGasOverLimit (bad input)", got, err)
				}
				if msg := err.Error(); !strings.Contains(msg, "settle") || !strings.Contains(msg, tc.wantInMessageText) {
					t.Errorf("message %q names neither the call nor %s", msg, tc.wantInMessageText)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

// TestSendRefusesOverCap: a call whose estimate is over EIP-7825's cap
// (data-heavy calldata under Prague's floor price) is refused before it is
// sent, although it fits the simulated chain's 60M block.
func TestSendRefusesOverCap(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	to := e.c.Addr(outsider)
	heavy := chain.Call{What: "big calldata", To: &to, Data: bytes.Repeat([]byte{0xff}, 450_000)}
	est, err := chain.Estimate(ctx, e.c.Client, e.c.Addr(requester), heavy)
	if err != nil {
		t.Fatal(err)
	}
	if est <= chain.MaxTxGas {
		t.Fatalf("estimate %d is under the cap: the test proves nothing", est)
	}
	before, err := e.c.Sim.Client().NonceAt(ctx, e.c.Addr(requester), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(requester), heavy); !errors.Is(err, chain.ErrGasOverLimit) {
		t.Fatalf("send: got %v, want ErrGasOverLimit", err)
	}
	if _, _, err := chain.PlanGas(ctx, e.c.Client, e.c.Addr(requester), heavy); !errors.Is(err, chain.ErrGasOverLimit) {
		t.Fatalf("plan: got %v, want ErrGasOverLimit", err)
	}
	if after, _ := e.c.Sim.Client().NonceAt(ctx, e.c.Addr(requester), nil); after != before {
		t.Errorf("nonce %d → %d: something was sent", before, after)
	}
	// A small call's limit is its estimate plus 20%.
	est, limit, err := chain.PlanGas(ctx, e.c.Client, e.c.Addr(admin), chain.Pause(e.settlement))
	if err != nil || limit != est+est/5 {
		t.Errorf("pause: estimate %d, limit %d, %v", est, limit, err)
	}
}

func TestRoles(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	for _, tc := range []struct {
		who  string
		held []string
	}{
		{admin, []string{"DEFAULT_ADMIN_ROLE", "REGISTRAR_ROLE", "PAUSER_ROLE"}},
		{settler, nil},
		{outsider, nil},
	} {
		roles, err := chain.Roles(ctx, e.c.Client, e.settlement, e.c.Addr(tc.who))
		if err != nil {
			t.Fatal(err)
		}
		var held []string
		for _, r := range roles {
			var want [32]byte // DEFAULT_ADMIN_ROLE is zero; the others are their names' hashes
			if r.Name != "DEFAULT_ADMIN_ROLE" {
				copy(want[:], crypto.Keccak256([]byte(r.Name)))
			}
			if r.ID != want || r.Admin != ([32]byte{}) {
				t.Errorf("%s: id %x admin %x", r.Name, r.ID, r.Admin)
			}
			if r.Held {
				held = append(held, r.Name)
			}
		}
		if len(roles) != 3 || strings.Join(held, ",") != strings.Join(tc.held, ",") {
			t.Errorf("%s: %d roles, holds %v; want 3, %v", tc.who, len(roles), held, tc.held)
		}
	}
}

func TestPauseUnpause(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	paused := func() bool {
		p, err := chain.Paused(ctx, e.c.Client, e.settlement)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.Pause(e.settlement)); !chain.IsRevert(err, "AccessControlUnauthorizedAccount") {
		t.Fatalf("outsider pause: got %v", err)
	}
	e.c.Send(t, admin, chain.Pause(e.settlement))
	if !paused() {
		t.Fatal("not paused after pause")
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(requester), chain.Deposit(e.settlement, big.NewInt(1), true)); !chain.IsRevert(err, "EnforcedPause") {
		t.Errorf("deposit while paused: got %v, want EnforcedPause", err)
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(admin), chain.Pause(e.settlement)); !chain.IsRevert(err, "EnforcedPause") {
		t.Errorf("pause twice: got %v, want EnforcedPause", err)
	}
	e.c.Send(t, admin, chain.Unpause(e.settlement))
	if paused() {
		t.Fatal("paused after unpause")
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(admin), chain.Unpause(e.settlement)); !chain.IsRevert(err, "ExpectedPause") {
		t.Errorf("unpause twice: got %v, want ExpectedPause", err)
	}
}

func TestCancelRequest(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	key, err := chain.RequestKeyOf(ctx, e.c.Client, e.settlement, e.c.Addr(requester), 0)
	if err != nil {
		t.Fatal(err)
	}
	next, err := chain.NextRequestKey(ctx, e.c.Client, e.settlement, e.c.Addr(requester))
	if err != nil || key != chain.RequestKey(e.c.Addr(requester), 0) || next != key {
		t.Fatalf("the contract's key %x, next %x (%v), RequestKey's %x", key, next, err, chain.RequestKey(e.c.Addr(requester), 0))
	}
	maxFee := big.NewInt(1e18)
	fee := expectedSplit(t, nil).fee
	if opened, _ := e.open(t, 0, maxFee); opened != key {
		t.Fatalf("opened %x, want %x", opened, key)
	}
	escrow := func() *big.Int {
		b, err := chain.BalancesOf(ctx, e.c.Client, e.settlement, common.Address{}, e.c.Addr(requester))
		if err != nil {
			t.Fatal(err)
		}
		return b.Escrow
	}
	locked := escrow()
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(requester), chain.CancelRequest(e.settlement, key)); !chain.IsRevert(err, "RequestNotExpired") {
		t.Fatalf("early cancel: got %v, want RequestNotExpired", err)
	}
	if err := e.c.Sim.AdjustTime(3601 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.CancelRequest(e.settlement, key)); !chain.IsRevert(err, "NotRequester") {
		t.Fatalf("outsider cancel: got %v, want NotRequester", err)
	}
	e.c.Send(t, requester, chain.CancelRequest(e.settlement, key))
	if got := escrow(); got.Cmp(new(big.Int).Add(locked, fee)) != 0 {
		t.Errorf("escrow %s after cancel, want %s + %s", got, locked, fee)
	}
	if _, err := chain.Send(ctx, e.c.Client, e.c.Auth(requester), chain.CancelRequest(e.settlement, key)); !chain.IsRevert(err, "RequestNotOpen") {
		t.Errorf("second cancel: got %v, want RequestNotOpen", err)
	}
}
