//go:build prover_checks

package chain_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

// OpenLedger's testnet chain id.
const openLedgerTestnet = 161201

// anvilBinary finds anvil: $OPENPROOF_ANVIL, or where contracts/anvil.sh
// installs it.
func anvilBinary() (string, error) {
	if p := os.Getenv("OPENPROOF_ANVIL"); p != "" {
		return p, nil
	}
	cache := os.Getenv("OPENPROOF_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		cache = filepath.Join(home, ".cache", "openproof")
	}
	p := filepath.Join(cache, "npm-contracts", "anvil-1.7.1", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", err
	}
	return p, nil
}

// startAnvil runs anvil on 127.0.0.1 with OpenLedger's testnet chain id.
func startAnvil(t *testing.T) (*ethclient.Client, *rpc.Client) {
	t.Helper()
	bin, err := anvilBinary()
	if err != nil {
		t.Skipf("anvil not installed (run `bash contracts/anvil.sh` or set OPENPROOF_ANVIL): %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port),
		"--chain-id", fmt.Sprint(openLedgerTestnet), "--optimism", "--silent", "--hardfork", "isthmus") // OP Stack's Prague
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start anvil: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(20 * time.Second)
	for {
		rc, err := rpc.Dial(url)
		if err == nil {
			ec := ethclient.NewClient(rc)
			if _, err = ec.ChainID(context.Background()); err == nil {
				t.Cleanup(rc.Close)
				return ec, rc
			}
			rc.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v\n%s", url, err, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// anvilNet is a running anvil with the test accounts funded.
type anvilNet struct {
	t  *testing.T
	ec *ethclient.Client
	rc *rpc.Client
}

func newAnvilNet(t *testing.T, who ...string) *anvilNet {
	t.Helper()
	ctx := context.Background()
	ec, rc := startAnvil(t)
	if err := chain.CheckChainID(ctx, ec, big.NewInt(openLedgerTestnet)); err != nil {
		t.Fatal(err)
	}
	for _, n := range who {
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", addrOf(n), hexutil.EncodeBig(simchain.Funds)); err != nil {
			t.Fatal(err)
		}
	}
	return &anvilNet{t: t, ec: ec, rc: rc}
}

func (a *anvilNet) signer(as string) *bind.TransactOpts {
	return chain.NewSigner(simchain.Key(as), big.NewInt(openLedgerTestnet))
}

func (a *anvilNet) send(as string, c chain.Call) *types.Receipt {
	a.t.Helper()
	rec, err := chain.Send(context.Background(), a.ec, a.signer(as), c)
	if err != nil {
		a.t.Fatalf("%s as %s: %v", c.What, as, err)
	}
	return rec
}

// balances reads wallet, escrow and credit of every name (token zero: native).
func (a *anvilNet) balances(st, token common.Address, names []string) map[string]chain.Balances {
	a.t.Helper()
	out := map[string]chain.Balances{}
	for _, n := range append(names, "settlement") {
		addr := st
		if n != "settlement" {
			addr = addrOf(n)
		}
		b, err := chain.BalancesOf(context.Background(), a.ec, st, token, addr)
		if err != nil {
			a.t.Fatal(err)
		}
		out[n] = b
	}
	return out
}

// refused sends c as who, wants the named revert, and checks that no
// balance of names (nor the settlement's holdings) moved.
func (a *anvilNet) refused(st, token common.Address, names []string, as string, c chain.Call, revert string) {
	a.t.Helper()
	before := a.balances(st, token, names)
	_, err := chain.Send(context.Background(), a.ec, a.signer(as), c)
	if !chain.IsRevert(err, revert) {
		a.t.Fatalf("%s as %s: got %v, want revert %s", c.What, as, err, revert)
	}
	after := a.balances(st, token, names)
	for n, b := range before {
		x := after[n]
		if b.Wallet.Cmp(x.Wallet) != 0 || b.Escrow.Cmp(x.Escrow) != 0 || b.Credit.Cmp(x.Credit) != 0 {
			a.t.Errorf("%s (reverted) moved %s: %+v → %+v", c.What, n, b, x)
		}
	}
}

// TestAnvilEndToEnd settles the committed demo proof (the embedded MNIST
// model and adapter, a plain circuit) on anvil in both token modes and
// checks every credit and payout to the wei. An end-to-end run against a
// real node (-tags prover_checks, as `make test` sets).
func TestAnvilEndToEnd(t *testing.T) {
	for _, erc20 := range []bool{false, true} {
		t.Run(map[bool]string{false: "native", true: "erc20"}[erc20], func(t *testing.T) {
			testAnvil(t, erc20)
		})
	}
}

func testAnvil(t *testing.T, erc20 bool) {
	ctx := context.Background()
	a := newAnvilNet(t, admin, requester, owner, treasury, pool, settler)
	send := a.send
	f, _ := fixtures.Get("demo")
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	b := bundles[0]
	model, adapter, input := element(t, b.Model.Digest), element(t, b.Adapter.Commitment), element(t, b.InputDigest)
	inner, err := f.AdapterInner("..")
	if err != nil {
		t.Fatal(err)
	}

	var token common.Address
	if erc20 {
		bridge, err := contractstest.LoadArtifact("TestL2Bridge")
		if err != nil {
			t.Fatal(err)
		}
		if err := a.rc.CallContext(ctx, nil, "anvil_setCode", chain.L2StandardBridge, hexutil.Encode(bridge.Runtime)); err != nil {
			t.Fatal(err)
		}
		call, err := chain.DeployOPENToken(common.HexToAddress("0x000000000000000000000000000000000000dEaD"))
		if err != nil {
			t.Fatal(err)
		}
		token = send(admin, call).ContractAddress
		send(admin, chain.Call{What: "bridge deposit", To: &chain.L2StandardBridge,
			Data: contractstest.NewTestL2Bridge().PackFinalizeDeposit(token, addrOf(requester), deposit)})
	}
	code, err := chain.DemoVerifierBytecode()
	if err != nil {
		t.Fatal(err)
	}
	deployVerifier, err := chain.DeployVerifier(code, chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	verifier := send(admin, deployVerifier).ContractAddress
	st := deployOnAnvil(t, a, token)
	send(admin, chain.RegisterModel(st, model, tokensIn, tokensOut, false))
	circuitID, err := chain.CircuitID(send(admin, chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256),
	})))
	if err != nil {
		t.Fatal(err)
	}
	send(owner, chain.RegisterAdapter(st, inner, circuitID, rIn, rOut, big.NewInt(0)))
	if erc20 {
		send(requester, chain.Approve(token, st, deposit))
	}
	send(requester, chain.Deposit(st, deposit, !erc20))

	want := expectedSplit(t, nil) // no Datanet: the pool goes to the owner
	key, err := chain.RequestKeyFromReceipt(send(requester, chain.OpenRequest(st, model, adapter, input, want.fee)))
	if err != nil {
		t.Fatal(err)
	}
	args, err := chain.SettleArgsFromBundle(key, b, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := chain.Estimate(ctx, a.ec, addrOf(settler), chain.Settle(st, args))
	if err != nil || gas == 0 {
		t.Fatalf("dry run: %d, %v", gas, err)
	}
	send(settler, chain.Settle(st, args))
	if _, err := chain.Send(ctx, a.ec, a.signer(settler), chain.Settle(st, args)); !chain.IsRevert(err, "RequestNotOpen") {
		t.Fatalf("replay: got %v, want RequestNotOpen", err)
	}

	credits := map[string]*big.Int{owner: want.owner, settler: want.prover, pool: want.stakers, treasury: want.platform}
	for n, v := range credits {
		got, err := chain.BalancesOf(ctx, a.ec, st, token, addrOf(n))
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit.Cmp(v) != 0 {
			t.Errorf("%s credit %s, want %s", n, got.Credit, v)
		}
	}
	req, err := chain.BalancesOf(ctx, a.ec, st, token, addrOf(requester))
	if err != nil {
		t.Fatal(err)
	}
	if exp := new(big.Int).Sub(deposit, want.fee); req.Escrow.Cmp(exp) != 0 {
		t.Errorf("requester escrow %s, want %s", req.Escrow, exp)
	}

	// Every payout lands in the wallet exactly: in ERC-20 mode the OPEN
	// balance grows by the credit; in native mode by the credit less what
	// the withdrawal transaction cost (L2 gas and the OP Stack L1 fee).
	for _, n := range []string{owner, settler, pool, treasury} {
		before, err := chain.BalancesOf(ctx, a.ec, st, token, addrOf(n))
		if err != nil {
			t.Fatal(err)
		}
		rec := send(n, chain.Withdraw(st))
		after, err := chain.BalancesOf(ctx, a.ec, st, token, addrOf(n))
		if err != nil {
			t.Fatal(err)
		}
		delta := new(big.Int).Sub(after.Wallet, before.Wallet)
		exp := new(big.Int).Set(credits[n])
		if !erc20 {
			exp.Sub(exp, txCost(t, a.rc, rec))
		}
		if delta.Cmp(exp) != 0 || after.Credit.Sign() != 0 {
			t.Errorf("%s withdrew %s (credit now %s), want %s", n, delta, after.Credit, exp)
		}
	}
	evs, err := chain.Events(ctx, a.ec, st, big.NewInt(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range evs {
		seen[e.Name]++
	}
	if seen["Settled"] != 1 || seen["ContributorsCredited"] != 0 || seen["Withdrawn"] != 4 {
		t.Errorf("events %v", seen)
	}
}

// deployOnAnvil deploys the AttributionDigest and the settlement contract.
func deployOnAnvil(t *testing.T, a *anvilNet, token common.Address) common.Address {
	t.Helper()
	dcall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	hasher := a.send(admin, dcall).ContractAddress
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: addrOf(admin), Token: token, Hasher: hasher, Treasury: addrOf(treasury), StakingPool: addrOf(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, ProverBps: proverBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	return a.send(admin, call).ContractAddress
}

func addrOf(name string) common.Address { return crypto.PubkeyToAddress(simchain.Key(name).PublicKey) }

// txCost is what a transaction cost its sender: gas used times the price,
// plus the L1 data fee an OP Stack node reports in the receipt.
func txCost(t *testing.T, rc *rpc.Client, rec *types.Receipt) *big.Int {
	t.Helper()
	var raw map[string]any
	if err := rc.CallContext(context.Background(), &raw, "eth_getTransactionReceipt", rec.TxHash); err != nil {
		t.Fatal(err)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(rec.GasUsed), rec.EffectiveGasPrice)
	if s, ok := raw["l1Fee"].(string); ok {
		fee, err := hexutil.DecodeBig(s)
		if err != nil {
			t.Fatalf("l1Fee %q: %v", s, err)
		}
		cost.Add(cost, fee)
	}
	return cost
}
