package economy_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/economy"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/prover/bundle"
)

// The wired settlement's terms (ERC-20 OPEN, the vault its staking pool).
const (
	wBeta, wGamma, wProver = 5000, 2000, 1000
	wTokensIn, wTokensOut  = 784, 10
	wTimeout               = 7200 // requestTimeout, s; the registry's claim window is 3600
)

var (
	wRateIn, wRateOut = oneOPEN(2), oneOPEN(3) // per 1000 tokens
	wPlatformFee      = big.NewInt(1e15)
)

// wired is the real OpenProofSettlement over e's OPEN, wired to e's
// registry and vault, with the small fixture's circuit (real Groth16 proofs
// of MNIST inferences, no Datanet) registered and the requester's escrow
// deposited.
type wired struct {
	*env
	st      common.Address
	model   *big.Int
	adapter *big.Int
	bundles []*bundle.Bundle
}

var stABI = bindings.NewOpenProofSettlement()

func newWired(e *env) *wired {
	t := e.t
	f, err := fixtures.Get("small")
	if err != nil {
		t.Fatal(err)
	}
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	w := &wired{env: e, bundles: bundles, model: bigOf(t, bundles[0].Model.Digest), adapter: bigOf(t, bundles[0].Adapter.Commitment)}
	hasher := e.deploy("deployer", mustCall(t)(chain.DeployAttributionDigest()))
	w.st = e.deploy("deployer", mustCall(t)(chain.DeploySettlement(chain.DeployConfig{
		Admin: e.addr("deployer"), Token: e.open, Hasher: hasher, Treasury: e.addr("community"), StakingPool: e.d.Vault,
		Split: chain.SplitConfig{BetaBps: wBeta, GammaBps: wGamma, ProverBps: wProver, PlatformFee: wPlatformFee, RequestTimeout: wTimeout},
	})))
	verifier := e.deploy("deployer", mustCall(t)(chain.DeployVerifier(common.FromHex(contractstest.MnistSmallVerifierMetaData.Bin), chain.VerifierOptions{AllowDevKeys: true})))
	e.send("deployer", chain.RegisterModel(w.st, w.model, wTokensIn, wTokensOut, false))
	rec := e.send("deployer", chain.RegisterCircuit(w.st, chain.CircuitConfig{
		ModelDigest: w.model, Verifier: verifier,
		CircuitDigest: hash32Of(t, bundles[0].Circuit.Digest), VKSHA256: hash32Of(t, bundles[0].VKSHA256),
	}))
	circuit, err := chain.CircuitID(rec)
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's adapter commitment binds its owner (anvil's account #1):
	// only that account can register it, from the inner commitment.
	inner, err := f.AdapterInner("..")
	if err != nil {
		t.Fatal(err)
	}
	e.send(simchain.AdapterOwnerName, chain.RegisterAdapter(w.st, inner, circuit, wRateIn, wRateOut, big.NewInt(0)))
	e.send("requester", chain.Approve(e.open, w.st, oneOPEN(1000)))
	e.send("requester", chain.Deposit(w.st, oneOPEN(1000), false))

	// The wiring: the registry asks and obeys the settlement contract, the
	// vault pulls its fees from it, and it reports to the registry.
	e.send("deployer", economy.SetSettlement(e.d.Registry, w.st))
	e.send("deployer", economy.SetVaultParams(e.d.Vault, 7*24*3600, 1000, w.st))
	e.send("deployer", economy.SetRegistry(w.st, e.d.Registry))
	return w
}

// bigOf parses a bundle's field element.
func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	e, err := bundle.ParseElement(s)
	if err != nil {
		t.Fatal(err)
	}
	var v big.Int
	return e.BigInt(&v)
}

func hash32Of(t *testing.T, s string) [32]byte {
	t.Helper()
	var out [32]byte
	b := common.FromHex(s)
	if len(b) != 32 {
		t.Fatalf("not 32 bytes: %q", s)
	}
	copy(out[:], b)
	return out
}

// request opens the requester's request for bundle i's input.
func (w *wired) request(i int) [32]byte {
	w.t.Helper()
	rec := w.send("requester", chain.OpenRequest(w.st, w.model, w.adapter, bigOf(w.t, w.bundles[i].InputDigest), oneOPEN(1000)))
	k, err := chain.RequestKeyFromReceipt(rec)
	if err != nil {
		w.t.Fatal(err)
	}
	return k
}

func (w *wired) settleCall(k [32]byte, i int) chain.Call {
	w.t.Helper()
	a, err := chain.SettleArgsFromBundle(k, w.bundles[i], nil, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return chain.Settle(w.st, a)
}

// settleProof settles k with bundle i's proof, sent by as; returns the
// Settled event. what names the transaction in the gas table.
func (w *wired) settleProof(as, what string, k [32]byte, i int) *bindings.OpenProofSettlementSettled {
	w.t.Helper()
	c := w.settleCall(k, i)
	c.What = what
	rec := w.send(as, c)
	return settledEvent(w.t, rec)
}

func settledEvent(t *testing.T, rec *types.Receipt) *bindings.OpenProofSettlementSettled {
	t.Helper()
	for _, l := range rec.Logs {
		if ev, err := stABI.UnpackSettledEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no Settled event")
	return nil
}

func (w *wired) isOpen(k [32]byte) bool {
	w.t.Helper()
	ok, err := economy.IsOpen(w.ctx, w.b, w.st, k)
	if err != nil {
		w.t.Fatal(err)
	}
	return ok
}

// wantSplit is the Go reference (attribution/split) of one request's split
// under the wired terms: no Datanet, so the contributor pool goes to the owner.
func wantSplit(t *testing.T) *feesplit.Split {
	t.Helper()
	s, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(wTokensIn), TokensOut: big.NewInt(wTokensOut), RateIn: wRateIn, RateOut: wRateOut,
		PlatformFee: wPlatformFee, OwnerBps: wBeta, StakerBps: wGamma, ProverBps: wProver,
		ContributorBps: 10_000 - wBeta - wGamma - wProver,
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestWiredSettlement runs the prover flow on the real settlement contract
// with real fixture proofs (see wiredFlow).
func TestWiredSettlement(t *testing.T) { wiredFlow(newWired(newEnv(t))) }

// wiredFlow: a prover stakes, claims, proves and is paid; a prover who
// misses its deadline is slashed and the request reopens, another prover
// claims it and is paid though someone else sends the proof; the vault
// pulls the stakers' share; a cancelled request releases a live claim and
// cannot be claimed; only the admin (the timelock after HandOver) sets the
// registry, and without one the settler is paid.
func wiredFlow(w *wired) {
	t, reg := w.t, w.d.Registry
	want := wantSplit(t)
	if want.Prover.Sign() == 0 || want.Stakers.Sign() == 0 {
		t.Fatal("the wired terms pay no prover or stakers")
	}
	w.stake("prover", oneOPEN(1000))
	w.stake("prover2", oneOPEN(1000))
	vault0 := mustBal(w.env, w.d.Vault)

	// Stakes, claims, proves, is paid.
	k1 := w.request(0)
	if !w.isOpen(k1) {
		t.Fatal("a new request is not open")
	}
	w.send("prover", economy.Claim(reg, k1))
	ev := w.settleProof("prover", "settle (registry, claimant settles)", k1, 0)
	if ev.Prover != w.addr("prover") || ev.ProverAmount.Cmp(want.Prover) != 0 || ev.Fee.Cmp(want.Fee) != 0 {
		t.Fatalf("settled: prover %s amount %s fee %s; want %s, %s, %s", ev.Prover, ev.ProverAmount, ev.Fee, w.addr("prover"), want.Prover, want.Fee)
	}
	eq(t, "locked after settle", w.prover("prover").Locked, big.NewInt(0))
	if w.isOpen(k1) {
		t.Fatal("a settled request is still open")
	}
	w.refused("prover2", economy.Claim(reg, k1), "RequestNotOpen")
	w.refused("prover", w.settleCall(k1, 0), "RequestNotOpen")
	before := w.balance(w.open, "prover")
	w.send("prover", chain.Withdraw(w.st))
	eq(t, "prover paid", new(big.Int).Sub(w.balance(w.open, "prover"), before), want.Prover)

	// Misses its deadline: slashed, the request reopens for another prover,
	// who earns the share although the reporter sends the proof.
	k2 := w.request(1)
	w.send("prover", economy.Claim(reg, k2))
	w.travel(3601 * time.Second)
	w.refused("prover2", economy.Claim(reg, k2), "ClaimExists")
	rep0 := w.balance(w.open, "reporter")
	w.send("reporter", economy.Slash(reg, k2))
	eq(t, "reporter's cut", new(big.Int).Sub(w.balance(w.open, "reporter"), rep0), oneOPEN(10))
	eq(t, "prover staked after slash", w.prover("prover").Staked, oneOPEN(900))
	if !w.isOpen(k2) {
		t.Fatal("the slashed claim's request is not open")
	}
	w.send("prover2", economy.Claim(reg, k2))
	if ev = w.settleProof("reporter", "settle (registry, another settles)", k2, 1); ev.Prover != w.addr("prover2") {
		t.Fatalf("the reclaimed request paid %s, want prover2", ev.Prover)
	}
	before = w.balance(w.open, "prover2")
	w.send("prover2", chain.Withdraw(w.st))
	eq(t, "prover2 paid", new(big.Int).Sub(w.balance(w.open, "prover2"), before), want.Prover)

	// The stakers' share of both settlements reaches the vault (slash sink:
	// it holds the 90 OPEN of the slash too).
	w.send("staker", economy.PullFees(w.d.Vault))
	wantVault := new(big.Int).Add(vault0, new(big.Int).Mul(want.Stakers, big.NewInt(2)))
	wantVault.Add(wantVault, oneOPEN(90))
	eq(t, "vault", mustBal(w.env, w.d.Vault), wantVault)

	// Cancelled after expiry with a live claim: the bond is released and the
	// request cannot be claimed again.
	k3 := w.request(2)
	w.travel((wTimeout - 1800) * time.Second)
	w.send("prover", economy.Claim(reg, k3))
	w.refused("requester", chain.CancelRequest(w.st, k3), "RequestNotExpired")
	w.travel(1801 * time.Second)
	w.assigned(k3, "prover", true)
	cancel := chain.CancelRequest(w.st, k3)
	cancel.What = "cancelRequest (registry, live claim)"
	w.send("requester", cancel)
	eq(t, "locked after cancel", w.prover("prover").Locked, big.NewInt(0))
	w.assigned(k3, "prover", false)
	w.refused("prover2", economy.Claim(reg, k3), "RequestNotOpen")

	// Only the admin sets the registry; without one the settler is paid.
	w.refused("attacker", economy.SetRegistry(w.st, w.addr("attacker")), "AccessControlUnauthorizedAccount")
	w.send("deployer", economy.SetRegistry(w.st, common.Address{}))
	k4 := w.request(3)
	if ev = w.settleProof("attacker", "settle (no registry)", k4, 3); ev.Prover != w.addr("attacker") {
		t.Fatalf("open settling paid %s, want the settler", ev.Prover)
	}
}
