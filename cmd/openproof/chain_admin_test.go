package main

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
)

// simNode is go-ethereum's simulated backend served over HTTP by
// internal/simnode (a separate process: see why there), mining a block
// every 50ms: the CLI talks to it as to any node, without anvil.
type simNode struct {
	url   string
	keys  map[string]string // account name → key file
	addrs map[string]common.Address
}

// simChainID is the simulated backend's chain id.
const simChainID = "1337"

func newSimNode(t *testing.T, names ...string) *simNode {
	t.Helper()
	n := &simNode{keys: map[string]string{}, addrs: map[string]common.Address{}}
	var addrs []string
	for _, name := range names {
		k := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("openproof cli test " + name)))
		n.addrs[name] = crypto.PubkeyToAddress(k.PublicKey)
		addrs = append(addrs, n.addrs[name].Hex())
		n.keys[name] = filepath.Join(t.TempDir(), name+".key")
		if err := os.WriteFile(n.keys[name], []byte(hexutil.Encode(crypto.FromECDSA(k))), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(t.TempDir(), "simnode")
	if out, err := exec.Command("go", "build", "-o", bin, "./internal/simnode").CombinedOutput(); err != nil {
		t.Fatalf("build simnode: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, addrs...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("simnode: %v", err)
	}
	n.url = strings.TrimSpace(line)
	return n
}

// deploySettlement deploys a native-OPEN settlement contract through the
// CLI with admin as its admin and pauser.
func (n *simNode) deploySettlement(t *testing.T, cache, admin string) string {
	t.Helper()
	a := n.addrs[admin].Hex()
	out := mustCode(t, exitOK, cache, "chain", "deploy", "--rpc", n.url, "--chain-id", simChainID, "--key-file", n.keys[admin],
		"--treasury", a, "--staking-pool", a)
	var m struct{ Settlement common.Address }
	if err := json.Unmarshal([]byte(out), &m); err != nil || m.Settlement == (common.Address{}) {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	return m.Settlement.Hex()
}

// TestChainAdminCommands drives pause, unpause, balance, roles,
// cancel-request and events through the CLI against the simulated chain,
// and checks that every uint256 in their JSON is a decimal string.
func TestChainAdminCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a simulated chain (a few seconds)")
	}
	n := newSimNode(t, "admin", "outsider")
	cache := t.TempDir()
	st := n.deploySettlement(t, cache, "admin")
	t.Setenv(keyEnv, "")
	as := func(who string, args ...string) []string {
		return append(append([]string{"chain"}, args...), "--rpc", n.url, "--chain-id", simChainID, "--settlement", st, "--key-file", n.keys[who])
	}
	decode := func(out string) map[string]any {
		t.Helper()
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return m
	}

	roles := decode(mustCode(t, exitOK, cache, as("outsider", "roles", "--account", n.addrs["admin"].Hex())...))
	held := map[string]bool{}
	for _, r := range roles["roles"].([]any) {
		r := r.(map[string]any)
		held[r["name"].(string)] = r["held"].(bool)
	}
	if !held["DEFAULT_ADMIN_ROLE"] || !held["PAUSER_ROLE"] || !held["REGISTRAR_ROLE"] || len(held) != 3 {
		t.Errorf("admin's roles %v", held)
	}
	if roles["paused"] != false {
		t.Errorf("paused %v before pause", roles["paused"])
	}

	msg := mustCode(t, exitBadInput, cache, as("outsider", "pause")...)
	if !strings.Contains(msg, "AccessControlUnauthorizedAccount") {
		t.Errorf("outsider's pause: %s", msg)
	}
	mustCode(t, exitOK, cache, as("admin", "pause")...)
	if r := decode(mustCode(t, exitOK, cache, as("admin", "roles")...)); r["paused"] != true || !strings.EqualFold(r["account"].(string), n.addrs["admin"].Hex()) {
		t.Errorf("after pause: %v", r)
	}
	if msg := mustCode(t, exitBadInput, cache, as("admin", "deposit", "--amount", "5")...); !strings.Contains(msg, "EnforcedPause") {
		t.Errorf("deposit while paused: %s", msg)
	}
	mustCode(t, exitOK, cache, as("admin", "unpause")...)

	amount := "9007199254740993" // 2^53 + 1: not a float64
	mustCode(t, exitOK, cache, as("admin", "deposit", "--amount", amount)...)
	bal := decode(mustCode(t, exitOK, cache, as("outsider", "balance", "--account", n.addrs["admin"].Hex())...))
	for _, f := range []string{"wallet", "escrow", "credit"} {
		if _, ok := bal[f].(string); !ok {
			t.Errorf("balance %s is %T, want a decimal string", f, bal[f])
		}
	}
	if bal["escrow"] != amount || bal["credit"] != "0" || bal["token"] != "native" {
		t.Errorf("balance %v", bal)
	}

	evs := decode(mustCode(t, exitOK, cache, "chain", "events", "--rpc", n.url, "--chain-id", simChainID, "--settlement", st))
	var deposited bool
	for _, ev := range evs["events"].([]any) {
		ev := ev.(map[string]any)
		if ev["event"] == "Deposited" {
			deposited = true
			if a := ev["fields"].(map[string]any)["amount"]; a != amount {
				t.Errorf("Deposited amount %v (%T), want the string %s", a, a, amount)
			}
		}
	}
	if !deposited {
		t.Errorf("no Deposited event in %v", evs)
	}

	// No request is open: the key names none.
	key := "0x" + strings.Repeat("ab", 32)
	if msg := mustCode(t, exitBadInput, cache, as("admin", "cancel-request", "--request", key)...); !strings.Contains(msg, "RequestNotOpen") {
		t.Errorf("cancel of no request: %s", msg)
	}
	want := common.Hash(chain.RequestKey(n.addrs["admin"], 0)).Hex()
	if msg := mustCode(t, exitBadInput, cache, as("admin", "cancel-request", "--dry-run", "--request", want)...); !strings.Contains(msg, "RequestNotOpen") || !strings.Contains(msg, want) {
		t.Errorf("cancel of the next key: %s (want RequestNotOpen(%s))", msg, want)
	}
}

func TestChainAdminBadInput(t *testing.T) {
	cache := t.TempDir()
	t.Setenv(keyEnv, "")
	dead := "http://127.0.0.1:1"
	addr := "0x000000000000000000000000000000000000bEEF"
	key := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(key, []byte(hexutil.Encode(crypto.Keccak256([]byte("k")))), 0o600); err != nil {
		t.Fatal(err)
	}
	at := []string{"--rpc", dead, "--settlement", addr}
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"balance without an account", append([]string{"chain", "balance"}, at...), "no account"},
		{"roles with a bad account", append([]string{"chain", "roles", "--account", "0x12"}, at...), "--account"},
		{"balance, unreachable node", append([]string{"chain", "balance", "--account", addr}, at...), dead},
		{"pause without a key", append([]string{"chain", "pause"}, at...), "no key"},
		{"cancel without a request", append([]string{"chain", "cancel-request", "--key-file", key}, at...), "request"},
		{"cancel with a short key", append([]string{"chain", "cancel-request", "--key-file", key, "--request", "0x12"}, at...), "--request"},
		{"unpause with an argument", append(append([]string{"chain", "unpause", "--key-file", key}, at...), "now"), "no arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if msg := mustCode(t, exitBadInput, cache, tc.args...); !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q does not mention %q", msg, tc.msg)
			}
		})
	}
}

func TestJSONSafe(t *testing.T) {
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10)
	tuple := struct {
		ModelDigest *big.Int `json:"modelDigest"`
		VKSHA256    [32]byte `json:"vkSha256"`
		Index       uint8    `json:"index"`
	}{huge, [32]byte{1}, 3}
	out, err := json.Marshal(jsonSafe(map[string]any{
		"amount": huge, "amounts": []*big.Int{big.NewInt(1), big.NewInt(2)}, "indices": []uint32{4},
		"key": [32]byte{0xab}, "config": tuple, "who": common.Address{1}, "nil": (*big.Int)(nil),
	}))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"amount":"` + huge.String() + `","amounts":["1","2"],"config":{"index":3,"modelDigest":"` + huge.String() +
		`","vkSha256":"0x01` + strings.Repeat("00", 31) + `"},"indices":[4],"key":"0xab` + strings.Repeat("00", 31) +
		`","nil":null,"who":"0x0100000000000000000000000000000000000000"}`
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}
