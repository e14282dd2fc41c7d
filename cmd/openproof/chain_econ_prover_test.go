//go:build prover_checks

package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/economy"
)

// TestChainEconAnvil drives the economy's commands against anvil: token
// deploy-l1, stake (registry and vault), claim-request, slash (refused
// before the deadline, paid after), unstake, and a governance proposal
// through gov propose/vote/queue/execute. The registry, vault and
// governance are deployed with package economy (no CLI command deploys
// them); one anvil node stands for both L1 and L2, OPEN being the L1
// OpenToken, and contractstest's TestRequestBook stands for the settlement.
func TestChainEconAnvil(t *testing.T) {
	ctx := context.Background()
	url, rc := startAnvil(t)
	ec := ethclient.NewClient(rc)
	cache, keys := t.TempDir(), t.TempDir()
	acct := map[string]account{}
	for _, n := range []string{"deployer", "prover", "reporter", "voter"} {
		raw := crypto.Keccak256([]byte("openproof-econ-cli-test/" + n))
		k, _ := crypto.ToECDSA(raw)
		path := filepath.Join(keys, n)
		if err := os.WriteFile(path, []byte(hexutil.Encode(raw)), 0o600); err != nil {
			t.Fatal(err)
		}
		acct[n] = account{crypto.PubkeyToAddress(k.PublicKey), path}
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", acct[n].addr, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 80))); err != nil {
			t.Fatal(err)
		}
	}
	cli := func(want int, as string, args ...string) map[string]any {
		t.Helper()
		full := append(append([]string{"chain"}, args...), "--rpc", url, "--key-file", acct[as].key)
		code, out, errs := runCLI(t, cache, full...)
		if code != want {
			t.Fatalf("openproof %s: exit %d, want %d\n%s\n%s", strings.Join(full, " "), code, want, out, errs)
		}
		v := map[string]any{"stderr": errs}
		if want == exitOK {
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("stdout is not JSON: %v\n%s", err, out)
			}
		}
		return v
	}
	travel := func(s int64) {
		t.Helper()
		if err := rc.CallContext(ctx, nil, "evm_increaseTime", s); err != nil {
			t.Fatal(err)
		}
		if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	a := func(n string) string { return acct[n].addr.Hex() }
	v := cli(exitOK, "deployer", "token", "deploy-l1", "--community", a("voter"), "--investors", a("voter"),
		"--team", a("voter"), "--ecosystem", a("voter"), "--liquidity", a("deployer"))
	open := common.HexToAddress(v["token"].(string))
	if n := len(v["transactions"].([]any)); n != 5 {
		t.Fatalf("deploy-l1 sent %d transactions, want 5", n)
	}
	e := econSetup(t, ec, acct, open)
	reg, vault := e.d.Registry.Hex(), e.d.Vault.Hex()
	opn := func(n int64) string { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)).String() }

	cli(exitOK, "prover", "stake", "--registry", reg, "--amount", opn(1000))
	cli(exitOK, "voter", "stake", "--vault", vault, "--amount", opn(1000))
	key := crypto.Keccak256Hash([]byte("cli request"))
	e.send("deployer", chain.Call{What: "book open", To: &e.book, Data: contractstest.NewTestRequestBook().PackOpen(key)})
	cli(exitOK, "prover", "claim-request", "--registry", reg, "--request", key.Hex())
	if s := cli(exitBadInput, "reporter", "slash", "--registry", reg, "--request", key.Hex())["stderr"].(string); !strings.Contains(s, "DeadlineNotPassed") {
		t.Fatalf("early slash: %s", s)
	}
	travel(3601)
	before := e.balance(open, acct["reporter"].addr)
	cli(exitOK, "reporter", "slash", "--registry", reg, "--request", key.Hex())
	if got := new(big.Int).Sub(e.balance(open, acct["reporter"].addr), before); got.String() != opn(10) {
		t.Fatalf("reporter got %s, want 10 OPEN", got)
	}
	cli(exitOK, "prover", "unstake", "--registry", reg, "--amount", opn(400))
	if s := cli(exitBadInput, "prover", "unstake", "--registry", reg, "--complete")["stderr"].(string); !strings.Contains(s, "NotUnbonded") {
		t.Fatalf("early unstake: %s", s)
	}
	econGovernance(t, e, cli, travel)
}

type econEnv struct {
	t    *testing.T
	ec   *ethclient.Client
	acct map[string]account
	book common.Address
	d    *economy.L2Deployment
}

func (e *econEnv) send(as string, c chain.Call) {
	e.t.Helper()
	raw := crypto.Keccak256([]byte("openproof-econ-cli-test/" + as))
	k, _ := crypto.ToECDSA(raw)
	if _, err := economy.Send(context.Background(), e.ec, chain.NewSigner(k, big.NewInt(openLedgerTestnet)), c); err != nil {
		e.t.Fatalf("%s as %s: %v", c.What, as, err)
	}
}

func (e *econEnv) balance(token, who common.Address) *big.Int {
	e.t.Helper()
	b, err := economy.BalanceOf(context.Background(), e.ec, token, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// econSetup deploys the economy over open with package economy and funds
// the prover, reporter and voter.
func econSetup(t *testing.T, ec *ethclient.Client, acct map[string]account, open common.Address) *econEnv {
	e := &econEnv{t: t, ec: ec, acct: acct}
	raw := crypto.Keccak256([]byte("openproof-econ-cli-test/deployer"))
	k, _ := crypto.ToECDSA(raw)
	auth := chain.NewSigner(k, big.NewInt(openLedgerTestnet))
	bond := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	d, err := economy.DeployL2(context.Background(), ec, auth, economy.L2Config{
		Open:           open,
		Registry:       economy.RegistryParams{UnbondingPeriod: 7 * 86400, ClaimWindow: 3600, ClaimBond: bond, ReporterBps: 1000},
		VaultUnbonding: 7 * 86400, VaultSlashCap: 1000, TimelockDelay: 2 * 86400,
		Governor: economy.GovernorConfig{VotingDelay: 60, VotingPeriod: 3600, ProposalThreshold: bond, QuorumPercent: 4},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.d = d
	art, err := contractstest.LoadArtifact("TestRequestBook")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := chain.Send(context.Background(), ec, auth, chain.Call{What: "deploy book",
		Data: append(art.Bin, contractstest.NewTestRequestBook().PackConstructor(open)...)})
	if err != nil {
		t.Fatal(err)
	}
	e.book = rec.ContractAddress
	e.send("deployer", economy.SetSettlement(d.Registry, e.book))
	e.send("deployer", chain.Call{What: "book setRegistry", To: &e.book, Data: contractstest.NewTestRequestBook().PackSetRegistry(d.Registry)})
	for _, n := range []string{"prover", "reporter", "voter"} {
		e.send("deployer", economy.Transfer(open, acct[n].addr, new(big.Int).Mul(big.NewInt(2_000_000), big.NewInt(1e18))))
	}
	return e
}

// econGovernance hands the roles to the timelock and changes the registry's
// unbonding period through gov propose → vote → queue → execute.
func econGovernance(t *testing.T, e *econEnv, cli func(int, string, ...string) map[string]any, travel func(int64)) {
	ctx := context.Background()
	raw := crypto.Keccak256([]byte("openproof-econ-cli-test/deployer"))
	k, _ := crypto.ToECDSA(raw)
	if _, err := economy.HandOverL2(ctx, e.ec, chain.NewSigner(k, big.NewInt(openLedgerTestnet)), e.d); err != nil {
		t.Fatal(err)
	}
	open, err := economy.RegistryToken(ctx, e.ec, e.d.Registry)
	if err != nil {
		t.Fatal(err)
	}
	wrap := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	e.send("voter", economy.Approve(open, e.d.GOpen, wrap))
	e.send("voter", economy.Wrap(e.d.GOpen, e.acct["voter"].addr, wrap))
	e.send("voter", economy.Delegate(e.d.GOpen, e.acct["voter"].addr))
	// The proposal threshold reads votes at clock()-1 (timestamps): the
	// delegation must be in an earlier second than the proposal.
	travel(2)
	p, err := economy.Params(ctx, e.ec, e.d.Registry)
	if err != nil {
		t.Fatal(err)
	}
	p.UnbondingPeriod = 14 * 86400
	prop := []string{"--governor", e.d.Governor.Hex(), "--target", e.d.Registry.Hex(),
		"--calldata", hexutil.Encode(economy.SetRegistryParams(e.d.Registry, p).Data), "--description", "unbonding 14 days"}
	id := cli(exitOK, "voter", append([]string{"gov", "propose"}, prop...)...)["proposal_id"].(string)
	travel(61)
	cli(exitOK, "voter", "gov", "vote", "--governor", e.d.Governor.Hex(), "--proposal", id, "--support", "for")
	travel(3601)
	cli(exitOK, "voter", append([]string{"gov", "queue"}, prop...)...)
	if s := cli(exitBadInput, "voter", append([]string{"gov", "execute"}, prop...)...)["stderr"].(string); !strings.Contains(s, "TimelockUnexpectedOperationState") {
		t.Fatalf("early execute: %s", s)
	}
	travel(2*86400 + 1)
	if st := cli(exitOK, "voter", append([]string{"gov", "execute"}, prop...)...)["state"]; st != "Executed" {
		t.Fatalf("state after execute: %v", st)
	}
	got, err := economy.Params(ctx, e.ec, e.d.Registry)
	if err != nil || got.UnbondingPeriod != 14*86400 {
		t.Fatalf("unbonding period after the proposal: %d (%v)", got.UnbondingPeriod, err)
	}
}
