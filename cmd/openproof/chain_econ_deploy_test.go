package main

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/economy"
)

// TestChainEconomyDeploy drives `chain economy deploy` against the
// simulated chain: from the settlement's admin it deploys the economy and
// the delta book and wires them (the settlement then names both); from
// another account it prints the wiring as a proposal instead; with
// --hand-over the deployer keeps no role and the timelock holds them.
func TestChainEconomyDeploy(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a simulated chain (a few seconds)")
	}
	n := newSimNode(t, "admin", "outsider")
	cache := t.TempDir()
	st := n.deploySettlement(t, cache, "admin")
	t.Setenv(keyEnv, "")
	run := func(who string, args ...string) map[string]any {
		t.Helper()
		full := append(append([]string{"chain"}, args...), "--rpc", n.url, "--chain-id", simChainID, "--key-file", n.keys[who])
		var m map[string]any
		if out := mustCode(t, exitOK, cache, full...); json.Unmarshal([]byte(out), &m) != nil {
			t.Fatalf("not JSON: %s", out)
		}
		return m
	}
	a := n.addrs["admin"].Hex()
	open := run("admin", "token", "deploy-l1", "--community", a, "--investors", a, "--team", a, "--ecosystem", a, "--liquidity", a)["token"].(string)
	ec, err := ethclient.Dial(n.url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	stABI := bindings.NewOpenProofSettlement()
	read := func(data []byte, unpack func([]byte) (common.Address, error)) common.Address {
		t.Helper()
		to := common.HexToAddress(st)
		out, err := ec.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := unpack(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// The settlement's admin: everything sent.
	m := run("admin", "economy", "deploy", "--open", open, "--claim-bond", "1000", "--min-stake", "5000", "--miss-penalty", "300",
		"--settlement", st, "--delta-book")
	if _, ok := m["proposal"]; ok {
		t.Fatalf("the admin got a proposal: %v", m)
	}
	addr := func(v any) common.Address { s, _ := v.(string); return common.HexToAddress(s) }
	if got, want := read(stABI.PackRegistry(), stABI.UnpackRegistry), addr(m["registry"]); got != want {
		t.Fatalf("settlement registry %s, deployed %v", got, want)
	}
	if got, want := read(stABI.PackDeltaBook(), stABI.UnpackDeltaBook), addr(m["delta_book"]); got != want {
		t.Fatalf("settlement delta book %s, deployed %v", got, want)
	}
	p, err := economy.Params(context.Background(), ec, common.HexToAddress(m["registry"].(string)))
	if err != nil || p.MinStake.Int64() != 5000 || p.MissPenalty.Int64() != 300 || p.SlashSink != addr(m["vault"]) {
		t.Fatalf("registry params %+v (%v)", p, err)
	}

	// Another account: the settlement's part comes back as a proposal.
	m = run("outsider", "economy", "deploy", "--open", open, "--claim-bond", "1000", "--settlement", st)
	prop, ok := m["proposal"].(map[string]any)
	if !ok {
		t.Fatalf("no proposal for a non-admin: %v", m)
	}
	reg := common.HexToAddress(m["registry"].(string))
	want := fmt.Sprintf("0x%x", stABI.PackSetRegistry(reg))
	if ts, cs := prop["targets"].([]any), prop["calldatas"].([]any); len(ts) != 1 || addr(ts[0]) != common.HexToAddress(st) || cs[0] != want {
		t.Fatalf("proposal %v, want setRegistry(%s) on %s", prop, reg, st)
	}

	// Hand-over: the timelock holds the roles, the deployer none.
	m = run("admin", "economy", "deploy", "--open", open, "--claim-bond", "1000", "--hand-over")
	tl := common.HexToAddress(m["handed_over_to"].(string))
	for _, c := range []string{"registry", "vault"} {
		at := common.HexToAddress(m[c].(string))
		mine, err1 := economy.HasRole(context.Background(), ec, at, economy.DefaultAdminRole, n.addrs["admin"])
		theirs, err2 := economy.HasRole(context.Background(), ec, at, economy.DefaultAdminRole, tl)
		if err1 != nil || err2 != nil || mine || !theirs {
			t.Fatalf("%s: deployer admin %v, timelock admin %v (%v, %v)", c, mine, theirs, err1, err2)
		}
	}
}
