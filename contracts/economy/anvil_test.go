//go:build prover_checks

package economy_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/economy"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

const openLedgerTestnet = 161201

// anvilBinary finds anvil: $OPENPROOF_ANVIL, or where contracts/anvil.sh installs it.
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
	_, err := os.Stat(p)
	return p, err
}

// anvilEnv starts anvil (an OP Stack L2 with OpenLedger's chain id, or a
// plain L1) and funds every named account.
func anvilEnv(t *testing.T, chainID uint64, optimism bool) (*env, *rpc.Client) {
	t.Helper()
	bin, err := anvilBinary()
	if err != nil {
		t.Skipf("anvil not installed (bash contracts/anvil.sh, or OPENPROOF_ANVIL): %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	args := []string{"--host", "127.0.0.1", "--port", fmt.Sprint(port), "--chain-id", fmt.Sprint(chainID), "--silent"}
	if optimism {
		args = append(args, "--optimism", "--hardfork", "isthmus")
	}
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start anvil: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx := context.Background()
	var rc *rpc.Client
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if rc, err = rpc.Dial(url); err == nil {
			if _, err = ethclient.NewClient(rc).ChainID(ctx); err == nil {
				break
			}
			rc.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v\n%s", url, err, stderr.String())
		}
	}
	t.Cleanup(rc.Close)
	for _, n := range names {
		addr := crypto.PubkeyToAddress(simchain.Key(n).PublicKey)
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", addr, hexutil.EncodeBig(simchain.Funds)); err != nil {
			t.Fatal(err)
		}
	}
	e := &env{t: t, ctx: ctx, b: ethclient.NewClient(rc), chainID: new(big.Int).SetUint64(chainID),
		advance: func(d time.Duration) error {
			if err := rc.CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
				return err
			}
			return rc.CallContext(ctx, nil, "evm_mine")
		}}
	return e, rc
}

// TestAnvilEconomy runs the vesting flow on an L1 anvil, then deposits OPEN
// through the Standard Bridge to an L2 anvil and runs the prover, vault,
// governance, wired-settlement and delta-settlement flows there over the
// bridged OptimismMintableERC20.
func TestAnvilEconomy(t *testing.T) {
	t.Run("vesting on L1", func(t *testing.T) {
		e, _ := anvilEnv(t, 900, false)
		vestingFlow(e)
	})
	l1, _ := anvilEnv(t, 900, false)
	l2, l2rpc := anvilEnv(t, openLedgerTestnet, true)
	l2.open = bridgeDeposit(l1, l2, l2rpc, oneOPEN(50_000_000))
	// Each flow deploys the economy afresh over the bridged OPEN.
	fresh := func(t *testing.T) *env {
		return deployEnv(&env{t: t, ctx: l2.ctx, b: l2.b, chainID: l2.chainID, advance: l2.advance, open: l2.open})
	}
	t.Run("provers", func(t *testing.T) {
		e := fresh(t)
		proverFlow(e)
		penaltyFlow(e) // other accounts, other keys, then a minimum stake and a miss penalty
	})
	t.Run("vault", func(t *testing.T) { vaultFlow(fresh(t)) })
	t.Run("governance", func(t *testing.T) { governanceFlow(fresh(t)) })
	t.Run("settlement governance", func(t *testing.T) { settlementGovFlow(fresh(t)) })
	t.Run("wired settlement", func(t *testing.T) {
		w := newWired(fresh(t))
		wiredFlow(w)
		// The delta flow on the same contracts (the bridged OPEN covers no
		// further economy), with the registry set again.
		w.send("deployer", economy.SetRegistry(w.st, w.d.Registry))
		deltaFlow(newDeltaWired(w))
	})
	logGas(t)
}

// Where the test puts the L1 bridge and messenger (any free addresses) and
// the L2 predeploys (their OP Stack addresses).
var (
	l1Bridge    = common.HexToAddress("0x00000000000000000000000000000000000B1d6e")
	l1Messenger = common.HexToAddress("0x000000000000000000000000000000000000C0DE")
	l2Messenger = common.HexToAddress("0x4200000000000000000000000000000000000007")
	l2Bridge    = chain.L2StandardBridge // 0x4200…0010
	l1Block     = common.HexToAddress("0x4200000000000000000000000000000000000015")
)

// bridgeDeposit deploys OPEN on L1, the Standard Bridge's contracts on both
// sides and the L2 OPEN (OptimismMintableERC20), deposits amount from the
// L1 deployer to the L2 deployer, relays the deposit as op-node would and
// returns the L2 token.
func bridgeDeposit(l1, l2 *env, l2rpc *rpc.Client, amount *big.Int) common.Address {
	t := l1.t
	d, err := economy.DeployL1(l1.ctx, l1.b, l1.auth("deployer"), economy.L1Config{
		TGE: l1.now(), Community: l1.addr("community"), Investors: l1.addr("investors"), Team: l1.addr("team"),
		Ecosystem: l1.addr("ecosystem"), Liquidity: l1.addr("deployer"),
	})
	if err != nil {
		t.Fatal(err)
	}
	portalArt, err := contractstest.LoadArtifact("TestPortal")
	if err != nil {
		t.Fatal(err)
	}
	portal := l1.deploy("deployer", chain.Call{What: "deploy test portal", Data: portalArt.Bin})
	l1rpc := l1.b.(*ethclient.Client).Client()
	setCode(t, l1rpc, l1Bridge, "L1StandardBridge")
	setCode(t, l1rpc, l1Messenger, "L1CrossDomainMessenger")
	setCode(t, l2rpc, l2Messenger, "L2CrossDomainMessenger")
	setCode(t, l2rpc, l2Bridge, "L2StandardBridge")
	setCode(t, l2rpc, l1Block, "L1Block")
	l1.send("deployer", rawCall(t, "L1CrossDomainMessenger", l1Messenger, "initialize", portal, portal, portal))
	l1.send("deployer", rawCall(t, "L1StandardBridge", l1Bridge, "initialize", l1Messenger, portal, portal))
	l2.send("deployer", rawCall(t, "L2CrossDomainMessenger", l2Messenger, "initialize", l1Messenger))
	l2.send("deployer", rawCall(t, "L2StandardBridge", l2Bridge, "initialize", l1Bridge))
	l2Token := l2.deploy("deployer", mustCall(t)(chain.DeployOPENToken(d.Token)))

	// L1: approve and deposit; the portal double emits TransactionDeposited.
	l1.send("deployer", economy.Approve(d.Token, l1Bridge, amount))
	rec := l1.send("deployer", rawCall(t, "L1StandardBridge", l1Bridge, "depositERC20To",
		d.Token, l2Token, l2.addr("deployer"), amount, uint32(200_000), []byte{}))
	from, to, gas, data := depositOf(t, portalArt.ABI, rec.Logs)
	if want := common.BigToAddress(new(big.Int).Add(l1Messenger.Big(), common.HexToAddress("0x1111000000000000000000000000000000001111").Big())); from != want || to != l2Messenger {
		t.Fatalf("deposit from %s to %s, want the aliased L1 messenger %s to the L2 messenger", from, to, want)
	}

	// L2: the deposit transaction, from the aliased L1 messenger.
	ctx := l2.ctx
	if err := l2rpc.CallContext(ctx, nil, "anvil_impersonateAccount", from); err != nil {
		t.Fatal(err)
	}
	if err := l2rpc.CallContext(ctx, nil, "anvil_setBalance", from, hexutil.EncodeBig(simchain.Funds)); err != nil {
		t.Fatal(err)
	}
	var h common.Hash
	if err := l2rpc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": from, "to": to, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(gas),
	}); err != nil {
		t.Fatal(err)
	}
	r2, err := bind.WaitMined(ctx, l2.b, h)
	if err != nil || r2.Status != 1 {
		t.Fatalf("relay on L2: %v (status %v)", err, r2)
	}
	record("L2 deposit relay (messenger → bridge → mint)", r2.GasUsed)
	eq(t, "L2 OPEN minted by the deposit", mustBalOf(l2, l2Token, l2.addr("deployer")), amount)
	eq(t, "OPEN escrowed by the L1 bridge", mustBalOf(l1, d.Token, l1Bridge), amount)
	return l2Token
}

func mustBalOf(e *env, token, who common.Address) *big.Int {
	e.t.Helper()
	b, err := economy.BalanceOf(e.ctx, e.b, token, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func setCode(t *testing.T, rc *rpc.Client, at common.Address, name string) {
	t.Helper()
	a, err := contractstest.LoadArtifact(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(context.Background(), nil, "anvil_setCode", at, hexutil.Encode(a.Runtime)); err != nil {
		t.Fatal(err)
	}
}

func rawCall(t *testing.T, contract string, at common.Address, method string, args ...any) chain.Call {
	t.Helper()
	a, err := contractstest.LoadArtifact(contract)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(a.ABI))
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		t.Fatalf("%s.%s: %v", contract, method, err)
	}
	return chain.Call{What: contract + "." + method, To: &at, Data: data}
}

// depositOf decodes OptimismPortal's TransactionDeposited: opaqueData is
// mint (32 bytes) ‖ value (32) ‖ gasLimit (8) ‖ isCreation (1) ‖ data.
func depositOf(t *testing.T, portalABI []byte, logs []*types.Log) (from, to common.Address, gas uint64, data []byte) {
	t.Helper()
	parsed, err := abi.JSON(bytes.NewReader(portalABI))
	if err != nil {
		t.Fatal(err)
	}
	ev := parsed.Events["TransactionDeposited"]
	for _, l := range logs {
		if len(l.Topics) != 4 || l.Topics[0] != ev.ID {
			continue
		}
		out, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			t.Fatal(err)
		}
		op := out[0].([]byte)
		if len(op) < 73 || op[72] != 0 {
			t.Fatalf("opaque data of %d bytes (creation %v)", len(op), len(op) > 72 && op[72] != 0)
		}
		return common.BytesToAddress(l.Topics[1][:]), common.BytesToAddress(l.Topics[2][:]), binary.BigEndian.Uint64(op[64:72]), op[73:]
	}
	t.Fatal("no TransactionDeposited event")
	return
}
