package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
)

const (
	contractsDir = "../../contracts"
	demoBundle   = contractsDir + "/testdata/fixtures/demo/bundle-0.json"
	// demoAttributedBundle is the real attributed demo proof (what
	// `openproof demo` writes for embedded digit 0).
	demoAttributedBundle = contractsDir + "/testdata/fixtures/demo-attributed/bundle-0.json"
)

// TestExportSolidity regenerates the committed demo verifier through the
// CLI: a difference from contracts/src/verifiers fails the test.
func TestExportSolidity(t *testing.T) {
	cache := t.TempDir()
	out := filepath.Join(t.TempDir(), "MnistDemoVerifier.sol")
	// The committed verifier fixes the model digest (the demo circuit does).
	db, err := bundle.Read(demoBundle)
	if err != nil {
		t.Fatal(err)
	}
	fix := "0=" + db.PublicInputs[0].Value
	demoVK := contractsDir + "/testdata/fixtures/demo/vk.bin"
	mustCode(t, exitOK, cache, "export-solidity", "--vk", demoVK, "--fix-input", fix, "--name", "MnistDemoVerifier", "--dev", "--out", out)
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(contractsDir + "/src/verifiers/MnistDemoVerifier.sol")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("export-solidity output differs from contracts/src/verifiers/MnistDemoVerifier.sol: run `go run ./contracts/internal/fixturegen -export-only` and `make contracts`")
	}

	garbage := filepath.Join(t.TempDir(), "vk.bin")
	if err := os.WriteFile(garbage, []byte("not a key"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no key source", []string{"--out", out}, "exactly one of"},
		{"two key sources", []string{"--vk", garbage, "--bundle", demoBundle, "--out", out}, "exactly one of"},
		{"missing vk file", []string{"--vk", garbage + ".missing", "--out", out}, "--vk"},
		{"not a key", []string{"--vk", garbage, "--out", out}, "not a BN254 Groth16 verifying key"},
		{"bad contract name", []string{"--vk", contractsDir + "/testdata/fixtures/demo/vk.bin", "--name", "bad name", "--out", out}, "name"},
		{"bundle without key store entry", []string{"--bundle", demoBundle, "--keys", t.TempDir(), "--out", out}, "key store"},
		{"fixed input without a value", []string{"--vk", demoVK, "--fix-input", "0", "--out", out}, "--fix-input"},
		{"fixed input not a field element", []string{"--vk", demoVK, "--fix-input", "0=0x" + strings.Repeat("ff", 32), "--out", out}, "--fix-input"},
		{"fixed input out of range", []string{"--vk", demoVK, "--fix-input", "4=" + db.PublicInputs[0].Value, "--out", out}, "fixed public input 4"},
		{"fixed input twice", []string{"--vk", demoVK, "--fix-input", fix, "--fix-input", fix, "--out", out}, "fixed twice"},
		{"fix-model without a bundle", []string{"--vk", demoVK, "--fix-model", "--out", out}, "--fix-model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := mustCode(t, exitBadInput, cache, append([]string{"export-solidity"}, tc.args...)...)
			if !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q does not mention %q", msg, tc.msg)
			}
		})
	}
}

// TestChainBadInput: malformed flags are refused before any transaction
// (exit 2, the flag named).
func TestChainBadInput(t *testing.T) {
	cache := t.TempDir()
	key := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(key, []byte(hexutil.Encode(crypto.Keccak256([]byte("k")))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	badKey := filepath.Join(t.TempDir(), "bad-key")
	if err := os.WriteFile(badKey, []byte("0x1234"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Nothing listens there: commands that got past their flags fail to connect.
	dead := "http://127.0.0.1:1"
	addr := "0x000000000000000000000000000000000000bEEF"
	base := []string{"--rpc", dead, "--key-file", key}
	t.Setenv(keyEnv, "")
	// An attributed bundle whose attribution section is not its proof's.
	ab, err := bundle.Read(demoAttributedBundle)
	if err != nil {
		t.Fatal(err)
	}
	ab.Attribution.DatanetRoot = "0x" + strings.Repeat("0", 63) + "1"
	badSection := filepath.Join(t.TempDir(), "bad-section.json")
	if err := ab.Write(badSection); err != nil {
		t.Fatal(err)
	}
	req := "0x" + strings.Repeat("ab", 32)
	settleAt := append([]string{"chain", "settle", "--settlement", addr, "--request", req}, base...)
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"bad treasury address", append([]string{"chain", "deploy", "--treasury", "0x12", "--staking-pool", addr}, base...), "--treasury"},
		{"unknown token mode", append([]string{"chain", "deploy", "--token", "gold", "--treasury", addr, "--staking-pool", addr}, base...), "--token"},
		{"erc20 without a token", append([]string{"chain", "deploy", "--token", "erc20", "--treasury", addr, "--staking-pool", addr}, base...), "--token-address"},
		{"split above 100%", append([]string{"chain", "deploy", "--beta-bps", "9000", "--gamma-bps", "2000", "--treasury", addr, "--staking-pool", addr}, base...), "--beta-bps"},
		{"prover share above 100%", append([]string{"chain", "deploy", "--beta-bps", "5000", "--gamma-bps", "2000", "--prover-bps", "3001", "--treasury", addr, "--staking-pool", addr}, base...), "--prover-bps"},
		{"negative fee", append([]string{"chain", "deploy", "--platform-fee", "-1", "--treasury", addr, "--staking-pool", addr}, base...), "--platform-fee"},
		{"no key", []string{"chain", "withdraw", "--rpc", dead, "--settlement", addr}, "no key"},
		{"bad key file", []string{"chain", "withdraw", "--rpc", dead, "--key-file", badKey, "--settlement", addr}, "--key-file"},
		{"bad settlement address", append([]string{"chain", "withdraw", "--settlement", "nope"}, base...), "--settlement"},
		{"unreachable node", append([]string{"chain", "withdraw", "--settlement", addr}, base...), dead},
		{"unknown flag", append([]string{"chain", "withdraw", "--settlement", addr, "--bogus"}, base...), "bogus"},
		{"missing bundle", append(append([]string(nil), settleAt...), "--bundle", "/nonexistent.json"), "--bundle"},
		{"settle without a request", append([]string{"chain", "settle", "--settlement", addr, "--bundle", demoBundle}, base...), "request"},
		{"indices without weights", append(append([]string(nil), settleAt...), "--bundle", demoBundle, "--indices", "0,1", "--weights", "1000000"), "--indices"},
		{"weight not a number", append(append([]string(nil), settleAt...), "--bundle", demoBundle, "--indices", "0", "--weights", "x"), "--weights"},
		{"no bundle", settleAt, "BUNDLE or --bundle"},
		{"bundle twice", append(append([]string(nil), settleAt...), "--bundle", demoBundle, demoBundle), "not both"},
		{"two bundles", append(append([]string(nil), settleAt...), demoBundle, demoBundle), "one bundle"},
		{"missing bundle argument", append(append([]string(nil), settleAt...), "/nonexistent.json"), "BUNDLE"},
		{"attribution section not the proof's", append(append([]string(nil), settleAt...), badSection), "is not the proof's"},
		{"digest above the field", append([]string{"chain", "register-model", "--settlement", addr, "--model-digest", "0x" + strings.Repeat("f", 64), "--tokens-in", "1", "--tokens-out", "1"}, base...), "--model-digest"},
		{"bind-payout with a bad index", append([]string{"chain", "bind-payout", "--settlement", addr, "--attribution", "/nonexistent.json", "--datanet", "/nonexistent", "--index", "x"}, base...), "--index"},
		{"bind-payout without artifacts", append([]string{"chain", "bind-payout", "--settlement", addr, "--attribution", "/nonexistent.json", "--datanet", "/nonexistent", "--index", "1"}, base...), "--attribution"},
		{"register-datanet without a preimage", append([]string{"chain", "register-datanet", "--settlement", addr, "--root", "5"}, base...), "--leaves-root"},
		{"register-datanet with both", append([]string{"chain", "register-datanet", "--settlement", addr, "--attribution", "a.json", "--root", "5"}, base...), "excludes"},
		{"request without index", append([]string{"chain", "withdraw", "--settlement", addr, "--request", req}, base...), "--request and --index"},
		{"claim without a bundle", append([]string{"chain", "withdraw", "--settlement", addr, "--request", req, "--index", "1"}, base...), "--bundle"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q does not mention %q", msg, tc.msg)
			}
		})
	}
}

// anvil finds anvil ($OPENPROOF_ANVIL, or contracts/anvil.sh's npm install)
// and skips the test only where neither it nor npm is available.
func anvil(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("OPENPROOF_ANVIL"); p != "" {
		return p
	}
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("npm not installed: cannot install anvil (npm @foundry-rs/anvil-linux-amd64); set OPENPROOF_ANVIL to run this test")
	}
	out, err := exec.Command("bash", contractsDir+"/anvil.sh").Output()
	if err != nil {
		t.Fatalf("contracts/anvil.sh: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// startAnvil runs anvil on 127.0.0.1 with OpenLedger's testnet chain id
// (OP Stack mode, so receipts carry the L1 data fee).
func startAnvil(t *testing.T) (string, *rpc.Client) {
	t.Helper()
	bin := anvil(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--chain-id", fmt.Sprint(openLedgerTestnet),
		"--optimism", "--silent", "--hardfork", "isthmus")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
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
			var id string
			if err = rc.Call(&id, "eth_chainId"); err == nil {
				t.Cleanup(rc.Close)
				return url, rc
			}
			rc.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v\n%s", url, err, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type account struct {
	addr common.Address
	key  string // key file
}

func testChainAnvil(t *testing.T, mode string) {
	ctx := context.Background()
	url, rc := startAnvil(t)
	ec := ethclient.NewClient(rc)
	cache := t.TempDir()
	keys := t.TempDir()
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	b, err := bundle.Read(demoAttributedBundle)
	if err != nil {
		t.Fatal(err)
	}
	if b.Attribution == nil {
		t.Fatalf("%s has no attribution section", demoAttributedBundle)
	}
	// The bundle's weights: contributor i is paid at account ci.
	var indices []string
	var weights []uint32
	contributors := []string{}
	for _, w := range b.Attribution.Weights {
		contributors = append(contributors, fmt.Sprintf("c%d", w.Contributor))
		if w.PPM != 0 {
			indices = append(indices, fmt.Sprint(w.Contributor))
			weights = append(weights, w.PPM)
		}
	}
	acct := map[string]account{}
	for _, n := range append([]string{"admin", "requester", "owner", "treasury", "pool", "settler", "outsider"}, contributors...) {
		raw := crypto.Keccak256([]byte("openproof-cli-test/" + n))
		if n == "owner" {
			// anvil's account #1, commit.DemoOwner: the demo adapter's
			// proofs name it as owner.
			raw = common.FromHex(anvilAccount1Key)
		}
		k, err := crypto.ToECDSA(raw)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(keys, n)
		if err := os.WriteFile(path, []byte(hexutil.Encode(raw)), 0o600); err != nil {
			t.Fatal(err)
		}
		acct[n] = account{crypto.PubkeyToAddress(k.PublicKey), path}
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", acct[n].addr, hexutil.EncodeBig(funds)); err != nil {
			t.Fatal(err)
		}
	}
	// cli runs `openproof chain SUB --rpc … --key-file <as> ARGS` and
	// returns its JSON answer.
	cli := func(want int, as, sub string, args ...string) (map[string]any, string) {
		t.Helper()
		full := append([]string{"chain", sub, "--rpc", url, "--key-file", acct[as].key}, args...)
		code, out, errs := runCLI(t, cache, full...)
		if code != want {
			t.Fatalf("openproof %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(full, " "), code, want, out, errs)
		}
		var v map[string]any
		if want == exitOK {
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("openproof %s: stdout is not JSON: %v\n%s", strings.Join(full, " "), err, out)
			}
		}
		return v, errs
	}
	str := func(v map[string]any, k string) string {
		t.Helper()
		s, ok := v[k].(string)
		if !ok {
			t.Fatalf("answer has no %q: %v", k, v)
		}
		return s
	}
	// txCost is what a transaction cost its sender in native OPEN: gas
	// times price plus the OP Stack L1 data fee of its receipt.
	txCost := func(v map[string]any) *big.Int {
		t.Helper()
		cost := new(big.Int)
		txs, _ := v["transactions"].([]any)
		for _, x := range txs {
			h := common.HexToHash(x.(map[string]any)["tx"].(string))
			rec, err := ec.TransactionReceipt(ctx, h)
			if err != nil {
				t.Fatal(err)
			}
			cost.Add(cost, new(big.Int).Mul(new(big.Int).SetUint64(rec.GasUsed), rec.EffectiveGasPrice))
			var raw map[string]any
			if err := rc.CallContext(ctx, &raw, "eth_getTransactionReceipt", h); err != nil {
				t.Fatal(err)
			}
			if s, ok := raw["l1Fee"].(string); ok {
				fee, err := hexutil.DecodeBig(s)
				if err != nil {
					t.Fatalf("l1Fee %q: %v", s, err)
				}
				cost.Add(cost, fee)
			}
		}
		return cost
	}

	// The wrong chain id is refused before anything is sent.
	if _, errs := cli(exitBadInput, "admin", "withdraw", "--chain-id", "1", "--settlement", acct["admin"].addr.Hex()); !strings.Contains(errs, "not 1") {
		t.Errorf("chain id mismatch: %s", errs)
	}

	terms := struct{ platform, rIn, rOut string }{"1000000000000001", "3000000000000007", "11000000000000013"}
	deploy := []string{"--treasury", acct["treasury"].addr.Hex(), "--staking-pool", acct["pool"].addr.Hex(),
		"--beta-bps", "5000", "--gamma-bps", "2000", "--prover-bps", "1000", "--platform-fee", terms.platform,
		"--verifier", "MnistDemoAttributedVerifier", "--dev"}
	if mode == "erc20" {
		// The Standard Bridge predeploy mints OPEN on an OP Stack L2: a
		// stand-in at its address lets the test bridge some in.
		bridge, err := contractstest.LoadArtifact("TestL2Bridge")
		if err != nil {
			t.Fatal(err)
		}
		if err := rc.CallContext(ctx, nil, "anvil_setCode", chain.L2StandardBridge, hexutil.Encode(bridge.Runtime)); err != nil {
			t.Fatal(err)
		}
		deploy = append(deploy, "--token", "erc20", "--remote-token", "0x000000000000000000000000000000000000dEaD")
	} else {
		deploy = append(deploy, "--token", "native")
	}
	dry, _ := cli(exitOK, "admin", "deploy", append(deploy, "--dry-run")...)
	if dry["dry_run"] != true || len(dry["transactions"].([]any)) == 0 {
		t.Fatalf("dry run: %v", dry)
	}
	dep, _ := cli(exitOK, "admin", "deploy", deploy...)
	st, verifier, digester := str(dep, "settlement"), str(dep, "verifier"), str(dep, "attribution_digest")
	if dep["token_mode"] != mode {
		t.Fatalf("token mode %v, want %s", dep["token_mode"], mode)
	}
	var token common.Address
	deposit := new(big.Int).Mul(big.NewInt(50), big.NewInt(1e18))
	if mode == "erc20" {
		token = common.HexToAddress(str(dep, "token"))
		key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("openproof-cli-test/admin")))
		if _, err := chain.Send(ctx, ec, chain.NewSigner(key, big.NewInt(openLedgerTestnet)), chain.Call{What: "bridge deposit", To: &chain.L2StandardBridge,
			Data: contractstest.NewTestL2Bridge().PackFinalizeDeposit(token, acct["requester"].addr, deposit)}); err != nil {
			t.Fatal(err)
		}
	}

	root := b.Attribution.DatanetRoot
	cli(exitOK, "admin", "register-model", "--settlement", st, "--bundle", demoAttributedBundle, "--tokens-in", "784", "--tokens-out", "10", "--attributed")
	circ, _ := cli(exitOK, "admin", "register-circuit", "--settlement", st, "--bundle", demoAttributedBundle, "--verifier", verifier,
		"--datanet-root-index", "4", "--attribution-index", "5", "--digester", digester)
	circuitID := fmt.Sprint(circ["circuit_id"])
	pre := demoDatanetPreimage(t)
	if pre.Root.Cmp(element(t, root)) != 0 {
		t.Fatalf("the artifacts' preimage gives root %#x, the bundle %s", pre.Root, root)
	}
	reg := []string{"--settlement", st, "--root", root, "--size", fmt.Sprint(pre.Size), "--input-dim", fmt.Sprint(pre.InputDim),
		"--classes", fmt.Sprint(pre.Classes), "--leaves-root", pre.LeavesRoot.String()}
	wrong := append(append([]string(nil), reg[:5]...), fmt.Sprint(pre.Size+1)) // the root fixes n
	wrong = append(wrong, reg[6:]...)
	if _, errs := cli(exitBadInput, "owner", "register-datanet", wrong...); !strings.Contains(errs, "DatanetPreimageInvalid") {
		t.Errorf("register-datanet with the wrong n: %s", errs)
	}
	attJSON, err := demo.MNISTAttributionJSON()
	if err != nil {
		t.Fatal(err)
	}
	attPath := filepath.Join(t.TempDir(), "attribution.json")
	if err := os.WriteFile(attPath, attJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	if v, _ := cli(exitOK, "owner", "register-datanet", "--dry-run", "--settlement", st, "--attribution", attPath); str(v, "root") != fmt.Sprintf("%#x", pre.Root) {
		t.Errorf("register-datanet --attribution: root %v, want %#x", v["root"], pre.Root)
	}
	cli(exitOK, "owner", "register-datanet", reg...) // anyone may
	inner := demoAdapterInner(t)
	// Squatting: another sender registering the demo adapter's inner
	// commitment gets a commitment the bundle's proofs do not carry.
	if _, errs := cli(exitBadInput, "outsider", "register-adapter", "--settlement", st, "--adapter-inner", inner, "--bundle", demoAttributedBundle,
		"--circuit-id", circuitID, "--rate-in", terms.rIn, "--rate-out", terms.rOut, "--datanet-root", root); !strings.Contains(errs, "another owner") {
		t.Errorf("register-adapter by another sender: %s", errs)
	}
	cli(exitOK, "owner", "register-adapter", "--settlement", st, "--adapter-inner", inner, "--bundle", demoAttributedBundle, "--circuit-id", circuitID,
		"--rate-in", terms.rIn, "--rate-out", terms.rOut, "--datanet-root", root)
	cli(exitOK, "requester", "deposit", "--settlement", st, "--amount", deposit.String())

	big10 := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	want, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(784), TokensOut: big.NewInt(10), RateIn: big10(terms.rIn), RateOut: big10(terms.rOut),
		PlatformFee: big10(terms.platform), OwnerBps: 5000, StakerBps: 2000, ProverBps: 1000, ContributorBps: 2000, Weights: weights,
	})
	if err != nil {
		t.Fatal(err)
	}
	slack := big.NewInt(777)
	open, _ := cli(exitOK, "requester", "open-request", "--settlement", st, "--bundle", demoAttributedBundle, "--max-fee", new(big.Int).Add(want.Fee, slack).String())
	key := str(open, "request_key")
	if key != common.Hash(chain.RequestKey(acct["requester"].addr, 0)).Hex() {
		t.Fatalf("request key %s, want the requester's first", key)
	}
	// An operator settles the bundle as it is: the weights come from its
	// attribution section.
	settle := []string{"--settlement", st, "--request", key, demoAttributedBundle}
	est, _ := cli(exitOK, "requester", "settle", "--dry-run", "--settlement", st, "--request", key, demoAttributedBundle)
	if g, _ := est["transactions"].([]any)[0].(map[string]any)["estimated_gas"].(float64); g < 100_000 {
		t.Fatalf("settle estimate %v", est)
	}
	// Other weights revert: the proof binds them.
	moved := append([]uint32(nil), weights...)
	moved[0]--
	moved[1]++
	if _, errs := cli(exitBadInput, "settler", "settle", "--settlement", st, "--request", key, "--bundle", demoAttributedBundle,
		"--indices", strings.Join(indices, ","), "--weights", joinUint32(moved)); !strings.Contains(errs, "AttributionMismatch") {
		t.Errorf("moved weights: %s", errs)
	}
	// Anyone settles; the requester is the prover here.
	settled, _ := cli(exitOK, "requester", "settle", settle...)
	if settled["weights_from"] != "bundle attribution" {
		t.Errorf("settle answer %v: weights not taken from the bundle", settled)
	}
	t.Logf("settle (%s): estimate %v, settled %v", mode, est["transactions"], settled["transactions"])
	if _, errs := cli(exitBadInput, "requester", "settle", settle...); !strings.Contains(errs, "RequestNotOpen") {
		t.Errorf("replay: %s", errs)
	}

	// A changed public input (an input digest with its own open request)
	// fails verification: exit 1, ProofInvalid named.
	forged := *b
	forged.PublicInputs = append([]bundle.PublicInput(nil), b.PublicInputs...)
	forged.PublicInputs[2].Value = "0x0000000000000000000000000000000000000000000000000000000000000abc"
	forged.InputDigest = forged.PublicInputs[2].Value
	forgedPath := filepath.Join(t.TempDir(), "forged.json")
	if err := forged.Write(forgedPath); err != nil {
		t.Fatal(err)
	}
	fo, _ := cli(exitOK, "requester", "open-request", "--settlement", st, "--bundle", forgedPath, "--max-fee", want.Fee.String())
	if _, errs := cli(exitVerify, "requester", "settle", "--settlement", st, "--request", str(fo, "request_key"), forgedPath); !strings.Contains(errs, "ProofInvalid") {
		t.Errorf("forged input: %s", errs)
	}

	// Withdrawals: each wallet grows by its credit exactly (less the
	// withdrawal's own cost where gas is paid in OPEN).
	stAddr := common.HexToAddress(st)
	type payee struct {
		who  string
		args []string
		amt  *big.Int
	}
	payees := []payee{{"owner", nil, want.Owner}, {"requester", nil, want.Prover}, {"pool", nil, want.Stakers}, {"treasury", nil, want.Platform}}
	// The demo's contributor ids are not addresses: no payout is bound, so
	// a claim reverts and the credit stays in the settlement's root.
	if _, errs := cli(exitBadInput, "outsider", "withdraw", "--settlement", st, "--request", key, "--index", indices[0],
		"--bundle", demoAttributedBundle); !strings.Contains(errs, "PayoutUnbound") {
		t.Errorf("claim without a bound payout: %s", errs)
	}
	for _, p := range payees {
		before, err := chain.BalancesOf(ctx, ec, stAddr, token, acct[p.who].addr)
		if err != nil {
			t.Fatal(err)
		}
		res, _ := cli(exitOK, p.who, "withdraw", append([]string{"--settlement", st}, p.args...)...)
		after, err := chain.BalancesOf(ctx, ec, stAddr, token, acct[p.who].addr)
		if err != nil {
			t.Fatal(err)
		}
		exp := new(big.Int).Set(p.amt)
		if mode == "native" {
			exp.Sub(exp, txCost(res))
		}
		if got := new(big.Int).Sub(after.Wallet, before.Wallet); got.Cmp(exp) != 0 || after.Credit.Sign() != 0 {
			t.Errorf("%s: wallet grew by %s (credit left %s), want %s", p.who, got, after.Credit, exp)
		}
	}
	if _, errs := cli(exitBadInput, "owner", "withdraw", "--settlement", st); !strings.Contains(errs, "NothingToWithdraw") {
		t.Errorf("second withdrawal: %s", errs)
	}
	// The requester's escrow: the deposit less the fee and the forged
	// request's lock; the slack came back.
	req, err := chain.BalancesOf(ctx, ec, stAddr, token, acct["requester"].addr)
	if err != nil {
		t.Fatal(err)
	}
	freeEscrow := new(big.Int).Sub(new(big.Int).Sub(deposit, want.Fee), want.Fee)
	if req.Escrow.Cmp(freeEscrow) != 0 {
		t.Errorf("requester escrow %s, want %s", req.Escrow, freeEscrow)
	}
	res, _ := cli(exitOK, "requester", "withdraw", "--settlement", st, "--escrow", freeEscrow.String())
	after, err := chain.BalancesOf(ctx, ec, stAddr, token, acct["requester"].addr)
	if err != nil {
		t.Fatal(err)
	}
	exp := new(big.Int).Add(req.Wallet, freeEscrow)
	if mode == "native" {
		exp.Sub(exp, txCost(res))
	}
	if after.Wallet.Cmp(exp) != 0 || after.Escrow.Sign() != 0 {
		t.Errorf("requester wallet %s escrow %s, want %s and 0", after.Wallet, after.Escrow, exp)
	}
	// The contract holds exactly the forged request's lock and the
	// contributors' unclaimed pool.
	held, err := chain.BalancesOf(ctx, ec, stAddr, token, stAddr)
	if err != nil {
		t.Fatal(err)
	}
	if exp := new(big.Int).Add(want.Fee, want.Pool); held.Wallet.Cmp(exp) != 0 {
		t.Errorf("settlement holds %s, want %s (the open forged request and the unclaimed pool)", held.Wallet, exp)
	}

	// The event log tells every payment.
	code, out, errs := runCLI(t, cache, "chain", "events", "--rpc", url, "--settlement", st)
	if code != exitOK {
		t.Fatalf("events: exit %d\n%s", code, errs)
	}
	var evs struct {
		Events []chain.Event `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range evs.Events {
		seen[e.Name]++
	}
	if seen["Settled"] != 1 || seen["ContributorsCredited"] != 1 || seen["Withdrawn"] != 4 ||
		seen["RequestOpened"] != 2 || seen["Deposited"] != 1 || seen["EscrowWithdrawn"] != 1 {
		t.Errorf("events %v", seen)
	}
}

// joinUint32 formats v as "1,2,3".
func joinUint32(v []uint32) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

// demoDatanetPreimage is registerDatanet's preimage of the embedded
// attribution artifacts' Datanet root.
func demoDatanetPreimage(t *testing.T) chain.DatanetPreimage {
	t.Helper()
	art, err := demo.MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	var data, sketches []fr.Element
	for _, c := range art.Contribs {
		d, err := commit.ParseHex(c.DataCommitment)
		if err != nil {
			t.Fatal(err)
		}
		k, err := commit.ParseHex(c.SketchCommitment)
		if err != nil {
			t.Fatal(err)
		}
		data, sketches = append(data, d), append(sketches, k)
	}
	tree, err := chain.NewDatanetTree(art.Datanet.InputDim, art.Datanet.Classes, data, sketches)
	if err != nil {
		t.Fatal(err)
	}
	return tree.Preimage()
}

func element(t *testing.T, s string) *big.Int {
	t.Helper()
	e, err := bundle.ParseElement(s)
	if err != nil {
		t.Fatal(err)
	}
	return e.BigInt(new(big.Int))
}

// anvilAccount1Key is anvil's public test key #1, of address
// commit.DemoOwner, the owner the demo fixtures' proofs name.
const anvilAccount1Key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

// demoAdapterInner recomputes the embedded adapter's inner commitment under
// the demo's salt 0 (what its owner registers).
func demoAdapterInner(t *testing.T) string {
	t.Helper()
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		t.Fatal(err)
	}
	inner, err := commit.AdapterInnerCommitment(s.Adapter, s.Shape(), fr.Element{})
	if err != nil {
		t.Fatal(err)
	}
	return commit.Hex(inner)
}
