//go:build prover_checks

package node

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/verifier"
)

// The end-to-end run's size: requests opened on chain only (inputs: the
// embedded demo digits, --demo-inputs), requests submitted over HTTP
// first (synthetic inputs) and then opened on chain, two nodes with two
// workers each. On 2 cores each demo proof takes 2–4 s.
const (
	e2eChainRequests = 20
	e2eHTTPRequests  = 10
	e2eWorkers       = 2
	e2eChainID       = 161201
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func cacheDir() string {
	if c := os.Getenv("OPENPROOF_CACHE"); c != "" {
		return c
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache", "openproof")
}

// startAnvil runs anvil (installed by contracts/anvil.sh) and returns its
// port and an HTTP client.
func startAnvil(t *testing.T) (int, *ethclient.Client, *rpc.Client) {
	t.Helper()
	bin := os.Getenv("OPENPROOF_ANVIL")
	if bin == "" {
		bin = filepath.Join(cacheDir(), "npm-contracts", "anvil-1.7.1", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("anvil not installed (run `bash contracts/anvil.sh` or set OPENPROOF_ANVIL): %v", err)
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--chain-id", fmt.Sprint(e2eChainID),
		"--optimism", "--silent", "--hardfork", "isthmus", "--block-time", "1")
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start anvil: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(20 * time.Second); ; {
		rc, err := rpc.Dial(url)
		if err == nil {
			ec := ethclient.NewClient(rc)
			if _, err = ec.ChainID(context.Background()); err == nil {
				t.Cleanup(rc.Close)
				return port, ec, rc
			}
			rc.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// buildBinary builds cmd/openproof into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "openproof")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/openproof")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// e2e is the deployed chain and the node processes of the end-to-end run.
type e2e struct {
	t          *testing.T
	dir, bin   string
	keys       string
	anvilPort  int
	ec         *ethclient.Client
	settlement common.Address
	model      *Model
	natsPort   int
	mu         sync.Mutex
	procs      map[string]*exec.Cmd
	apis       map[string]string
}

func (e *e2e) send(who string, c chain.Call) *types.Receipt {
	e.t.Helper()
	rec, err := chain.Send(context.Background(), e.ec, chain.NewSigner(testKey(who), big.NewInt(e2eChainID)), c)
	if err != nil {
		e.t.Fatalf("%s as %s: %v", c.What, who, err)
	}
	return rec
}

// open opens a request for input digest id as the requester; its key.
func (e *e2e) open(md, ac, id *big.Int) string {
	e.t.Helper()
	k, err := chain.RequestKeyFromReceipt(e.send("requester", chain.OpenRequest(e.settlement, md, ac, id, big.NewInt(1e17))))
	if err != nil {
		e.t.Fatal(err)
	}
	return common.Hash(k).Hex()
}

// deploy makes the keys (development setup through the CLI), exports and
// compiles their verifier, and deploys and registers the settlement.
func (e *e2e) deploy(rc *rpc.Client) {
	t := e.t
	ctx := context.Background()
	for _, who := range []string{"admin", "owner", "requester", "prover-a", "prover-b", "prover-w1", "prover-w2", "treasury", "pool"} {
		addr := crypto.PubkeyToAddress(testKey(who).PublicKey)
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18)))); err != nil {
			t.Fatal(err)
		}
	}
	run(t, e.bin, "setup", "--keys", e.keys)
	cc, err := e.model.Circuit(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	store, err := keystore.Open(e.keys)
	if err != nil {
		t.Fatal(err)
	}
	vk, _, err := store.VerifyingKey(cc.Digest)
	if err != nil {
		t.Fatal(err)
	}
	var sol bytes.Buffer
	if err := contracts.ExportVerifier(vk, &sol, contracts.WithContractName("NodeE2EVerifier")); err != nil {
		t.Fatal(err)
	}
	solFile := filepath.Join(e.dir, "verifier.sol")
	if err := os.WriteFile(solFile, sol.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	modules := filepath.Join(cacheDir(), "npm-contracts", "solc-0.8.30-oz-5.7.0-bedrock-0.17.3", "node_modules")
	if _, err := os.Stat(modules); err != nil {
		t.Skipf("solc not installed (run `bash contracts/build.sh` once): %v", err)
	}
	code := run(t, "node", "../scripts/node/compile-verifier.js", modules, solFile, "NodeE2EVerifier")
	deployV, err := chain.DeployVerifier(common.FromHex(strings.TrimSpace(code)), chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := chain.Send(ctx, e.ec, chain.NewSigner(testKey("admin"), big.NewInt(e2eChainID)), deployV)
	if err != nil {
		t.Fatal(err)
	}
	verifierAddr := rec.ContractAddress
	hashCall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	hasher := e.send("admin", hashCall).ContractAddress
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: addrOf("admin"), Hasher: hasher, Treasury: addrOf("treasury"), StakingPool: addrOf("pool"),
		Split: chain.SplitConfig{BetaBps: 5000, GammaBps: 2000, ProverBps: 1000, PlatformFee: big.NewInt(1e15), RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rec, err = chain.Send(ctx, e.ec, chain.NewSigner(testKey("admin"), big.NewInt(e2eChainID)), call); err != nil {
		t.Fatal(err)
	}
	e.settlement = rec.ContractAddress
	md, ac, _ := e.model.Digests(commit.InputDigest(nil))
	e.send("admin", chain.RegisterModel(e.settlement, md, 784, 10, false))
	vkHash, err := bundle.VKSHA256(vk)
	if err != nil {
		t.Fatal(err)
	}
	rec, err = chain.Send(ctx, e.ec, chain.NewSigner(testKey("admin"), big.NewInt(e2eChainID)), chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: md, Verifier: verifierAddr, CircuitDigest: common.HexToHash(cc.Digest), VKSHA256: common.HexToHash(vkHash),
	}))
	if err != nil {
		t.Fatal(err)
	}
	id, err := chain.CircuitID(rec)
	if err != nil {
		t.Fatal(err)
	}
	// The owner registers the inner commitment; the contract binds its address.
	inner, err := commit.AdapterInnerCommitment(e.model.Stack.Adapter, e.model.Stack.Shape(), e.model.Key.Salt)
	if err != nil {
		t.Fatal(err)
	}
	if got := commit.OwnedCommitment(inner, e.model.Key.Owner); got.BigInt(new(big.Int)).Cmp(ac) != 0 {
		t.Fatalf("owned commitment %s, model serves %v", commit.Hex(got), ac)
	}
	e.send("owner", chain.RegisterAdapter(e.settlement, inner.BigInt(new(big.Int)), id, big.NewInt(3e15), big.NewInt(11e15), new(big.Int)))
	e.send("requester", chain.Deposit(e.settlement, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), true))
}

func addrOf(who string) common.Address { return crypto.PubkeyToAddress(testKey(who).PublicKey) }

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// startNode runs node name as a subprocess; the first embeds NATS and
// lets the others join it. Its log goes to <dir>/<name>.<n>.log.
func (e *e2e) startNode(name string, embed bool, run int) *exec.Cmd {
	extra := []string{"--workers", fmt.Sprint(e2eWorkers)}
	if embed {
		extra = append(extra, "--nats-dir", filepath.Join(e.dir, "nats"))
	}
	return e.startNodeArgs(name, embed, run, extra...)
}

// startNodeArgs is startNode with more flags (workers, store).
func (e *e2e) startNodeArgs(name string, embed bool, run int, extra ...string) *exec.Cmd {
	t := e.t
	keyFile := filepath.Join(e.dir, name+".key")
	if err := os.WriteFile(keyFile, []byte(hexutil.Encode(crypto.FromECDSA(testKey("prover-"+name)))), 0o600); err != nil {
		t.Fatal(err)
	}
	e.mu.Lock()
	api, ok := e.apis[name]
	if !ok {
		api = fmt.Sprintf("127.0.0.1:%d", freePort(t))
		e.apis[name] = api
	}
	e.mu.Unlock()
	args := []string{"--log-format", "json", "node", "--keys", e.keys, "--salt", "0x5a17",
		"--node-name", name, "--listen", api, "--api-token-file", filepath.Join(e.dir, "token"),
		"--rpc", fmt.Sprintf("ws://127.0.0.1:%d", e.anvilPort), "--chain-id", fmt.Sprint(e2eChainID),
		"--settlement", e.settlement.Hex(), "--key-file", keyFile, "--confirmations", "1", "--poll-interval", "300ms",
		"--demo-inputs", "--ack-wait", "15s", "--grace", "2s"}
	args = append(args, extra...)
	if embed {
		args = append(args, "--nats-listen", fmt.Sprint(e.natsPort))
	} else {
		args = append(args, "--nats-url", fmt.Sprintf("nats://127.0.0.1:%d", e.natsPort))
	}
	logf, err := os.Create(filepath.Join(e.dir, fmt.Sprintf("%s.%d.log", name, run)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() { // the temporary directory goes: keep the node's log
			if b, err := os.ReadFile(logf.Name()); err == nil {
				keep := filepath.Join(os.TempDir(), fmt.Sprintf("openproof-node-%s-%s.%d.log", t.Name(), name, run))
				if os.WriteFile(keep, b, 0o644) == nil {
					t.Logf("node %s log kept at %s", name, keep)
				}
			}
		}
	})
	cmd := exec.Command(e.bin, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _, _ = cmd.Process.Wait(); logf.Close() })
	for deadline := time.Now().Add(60 * time.Second); ; {
		if resp, err := http.Get("http://" + api + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return cmd
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("node %s not ready; log %s", name, logf.Name())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (e *e2e) job(node, id string) (*JobView, error) {
	resp, err := http.Get("http://" + e.apis[node] + "/v1/jobs/" + id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("GET job %s: %s", id, resp.Status)
	}
	var v JobView
	return &v, json.NewDecoder(resp.Body).Decode(&v)
}

// TestEndToEnd runs two node processes on one NATS (the first embeds it)
// against anvil: requests opened on chain and submitted over HTTP, one
// node SIGKILLed while it proves and restarted. Every request must end
// settled exactly once, with a bundle that verifies.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	e := &e2e{t: t, dir: dir, keys: filepath.Join(dir, "keys"), model: testModel(t), natsPort: freePort(t),
		procs: map[string]*exec.Cmd{}, apis: map[string]string{}}
	var rc *rpc.Client
	e.anvilPort, e.ec, rc = startAnvil(t)
	e.bin = buildBinary(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "token"), []byte("e2e-token\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.deploy(rc)
	e.startNode("a", true, 1)
	b := e.startNode("b", false, 1)

	ctx := context.Background()
	md, ac, _ := e.model.Digests(commit.InputDigest(nil))
	var keys []string
	ds, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	// HTTP first (with the request key), then the chain request.
	for i := range e2eHTTPRequests {
		in := make([]float64, e.model.InputLen())
		f32 := make([]float32, len(in))
		for k := range in {
			in[k] = float64((k*(i+3))%11) / 11
			f32[k] = float32(in[k])
		}
		_, _, id := e.model.Digests(commit.InputDigest(e.model.Quantize(f32)))
		// The key the request will get (the requester's next nonce): the
		// HTTP submission names it before the request is opened.
		next, err := chain.NextRequestKey(ctx, e.ec, e.settlement, addrOf("requester"))
		if err != nil {
			t.Fatal(err)
		}
		key := common.Hash(next).Hex()
		body, _ := json.Marshal(map[string]any{"model": e.model.Name(), "input": in, "request_id": key})
		req, _ := http.NewRequest("POST", "http://"+e.apis[[]string{"a", "b"}[i%2]]+"/v1/inferences", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer e2e-token")
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 202 {
			t.Fatalf("POST %d: %v %v", i, resp, err)
		}
		resp.Body.Close()
		if got := e.open(md, ac, id); got != key {
			t.Fatalf("request opened as %s, expected %s", got, key)
		}
		keys = append(keys, key)
	}
	// SIGKILL node b while it proves, then restart it. The watcher runs while
	// the chain requests are opened (proofs take seconds: waiting until all are
	// open could miss every proof); they go through the chain only, so node b
	// may be down meanwhile.
	var mu sync.Mutex
	watched := append([]string(nil), keys...)
	kill := make(chan string, 1)
	go func() {
		for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			mu.Lock()
			ks := append([]string(nil), watched...)
			mu.Unlock()
			for _, k := range ks {
				if j, err := e.job("b", k); err == nil && j.State == StateProving && j.Node == "b" && j.Phase == "prove" {
					if err := b.Process.Kill(); err != nil { // SIGKILL
						t.Error(err)
					}
					kill <- k
					return
				}
			}
		}
		kill <- ""
	}()
	for i := range e2eChainRequests {
		_, _, id := e.model.Digests(commit.InputDigest(e.model.Quantize(ds.Images[i])))
		k := e.open(md, ac, id)
		keys = append(keys, k)
		mu.Lock()
		watched = append(watched, k)
		mu.Unlock()
	}
	killed := <-kill
	if killed == "" {
		t.Fatal("node b never proved a job")
	}
	_, _ = b.Process.Wait()
	t.Logf("node b killed while proving %s", killed)
	e.startNode("b", false, 2)

	for _, k := range keys {
		for deadline := time.Now().Add(8 * time.Minute); ; time.Sleep(250 * time.Millisecond) {
			j, err := e.job("a", k)
			if err == nil && j.State == StateSettled {
				break
			}
			if err == nil && Final(j.State) {
				t.Fatalf("job %s ended %s: %s", k, j.State, j.Error)
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s: %+v %v", k, j, err)
			}
		}
	}
	e.check(ctx, keys, killed)
}

// check: one Settled event per request and none else, every bundle
// verifies against the key store and is for its request's input, the
// killed job was proved again, and the restarted node resumed the chain
// from its stored block.
func (e *e2e) check(ctx context.Context, keys []string, killed string) {
	t := e.t
	evs, err := chain.Events(ctx, e.ec, e.settlement, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	settled := map[string]int{}
	for _, ev := range evs {
		if ev.Name == "Settled" {
			k := ev.Fields["key"].([32]byte)
			settled[common.Hash(k).Hex()]++
		}
	}
	if len(settled) != len(keys) {
		t.Errorf("%d requests settled, want %d", len(settled), len(keys))
	}
	store, err := keystore.Open(e.keys)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if settled[k] != 1 {
			t.Errorf("request %s settled %d times", k, settled[k])
		}
		resp, err := http.Get("http://" + e.apis["a"] + "/v1/jobs/" + k + "/bundle")
		if err != nil {
			t.Fatal(err)
		}
		var raw bytes.Buffer
		_, _ = raw.ReadFrom(resp.Body)
		resp.Body.Close()
		b, err := bundle.Parse(k, raw.Bytes())
		if err != nil {
			t.Fatalf("bundle %s: %v", k, err)
		}
		if _, err := verifier.Verify(b, store); err != nil {
			t.Errorf("bundle %s does not verify: %v", k, err)
		}
		j, _ := e.job("a", k)
		if !strings.EqualFold(j.InputDigest, b.InputDigest) {
			t.Errorf("bundle %s proves input %s, the request's is %s", k, b.InputDigest, j.InputDigest)
		}
		if k == killed && j.Attempts < 2 {
			t.Errorf("killed job %s: %d attempts", k, j.Attempts)
		}
	}
	from := resumedFrom(t, filepath.Join(e.dir, "b.2.log"))
	if from == 0 {
		t.Error("restarted node b watched the chain from block 0: its resume block was not stored")
	}
	t.Logf("%d requests settled once each; restarted node b resumed at block %d", len(keys), from)
}

func resumedFrom(t *testing.T, logPath string) uint64 {
	t.Helper()
	f, err := os.Open(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l struct {
			Message string `json:"message"`
			From    uint64 `json:"from_block"`
		}
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Message == "watching the chain" {
			return l.From
		}
	}
	t.Fatalf("%s: no \"watching the chain\" line", logPath)
	return 0
}
