package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestChainEconBadInput: the economy's commands refuse bad flags with exit 2
// before they connect (and, past their flags, fail to reach a dead node).
func TestChainEconBadInput(t *testing.T) {
	cache := t.TempDir()
	key := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(key, []byte(hexutil.Encode(crypto.Keccak256([]byte("k")))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dead := "http://127.0.0.1:1"
	addr := "0x000000000000000000000000000000000000bEEF"
	k := "0x" + strings.Repeat("ab", 32)
	base := []string{"--rpc", dead, "--key-file", key}
	t.Setenv(keyEnv, "")
	with := func(args ...string) []string { return append(args, base...) }
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"stake without a target", with("chain", "stake", "--amount", "1"), "exactly one of --registry"},
		{"stake with both targets", with("chain", "stake", "--registry", addr, "--vault", addr, "--amount", "1"), "exactly one of --registry"},
		{"stake negative", with("chain", "stake", "--registry", addr, "--amount", "-5"), "--amount"},
		{"unstake neither", with("chain", "unstake", "--vault", addr), "--amount and --complete"},
		{"unstake both", with("chain", "unstake", "--vault", addr, "--amount", "1", "--complete"), "--amount and --complete"},
		{"claim bad key", with("chain", "claim-request", "--registry", addr, "--request", "0x12"), "--request"},
		{"slash bad registry", with("chain", "slash", "--registry", "nope", "--request", k), "--registry"},
		{"slash unreachable", with("chain", "slash", "--registry", addr, "--request", k), dead},
		{"propose unpaired", with("chain", "gov", "propose", "--governor", addr, "--target", addr, "--target", addr, "--calldata", "0x", "--description", "d"), "--calldata"},
		{"propose bad calldata", with("chain", "gov", "propose", "--governor", addr, "--target", addr, "--calldata", "0xzz", "--description", "d"), "--calldata"},
		{"vote bad support", with("chain", "gov", "vote", "--governor", addr, "--proposal", "1", "--support", "maybe"), "--support"},
		{"vote bad id", with("chain", "gov", "vote", "--governor", addr, "--proposal", "x"), "--proposal"},
		{"deploy-l1 bad team", with("chain", "token", "deploy-l1", "--community", addr, "--investors", addr, "--team", "0x1", "--ecosystem", addr, "--liquidity", addr), "--team"},
		{"economy deploy bad open", with("chain", "economy", "deploy", "--open", "0x12", "--claim-bond", "1"), "--open"},
		{"economy deploy no bond", with("chain", "economy", "deploy", "--open", addr), "claim-bond"},
		{"economy deploy negative penalty", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1", "--miss-penalty", "-1"), "--miss-penalty"},
		{"economy deploy unbonding under window", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1", "--unbonding", "60", "--claim-window", "3600"), "--unbonding"},
		{"economy deploy reporter bps", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1", "--reporter-bps", "10001"), "basis points"},
		{"economy deploy book without settlement", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1", "--delta-book"), "--settlement"},
		{"economy deploy dry run", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1", "--dry-run"), "--dry-run"},
		{"economy deploy unreachable", with("chain", "economy", "deploy", "--open", addr, "--claim-bond", "1"), dead},
		{"deploy-l1 dry run", with("chain", "token", "deploy-l1", "--dry-run", "--community", addr, "--investors", addr, "--team", addr, "--ecosystem", addr, "--liquidity", addr), "--dry-run"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q does not mention %q", msg, tc.msg)
			}
		})
	}
}
