package economy_test

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/economy"
	"github.com/openproof/openproof/contracts/economy/ebind"
	"github.com/openproof/openproof/contracts/internal/simchain"
)

var names = []string{"deployer", "community", "investors", "team", "ecosystem", "liquidity",
	"prover", "prover2", "reporter", "requester", "staker", "staker2", "attacker", "voter1", "voter2",
	simchain.AdapterOwnerName}

// gasLog collects the gas of every transaction the tests send, by name, for
// TestGasTable.
var gasLog = struct {
	sync.Mutex
	m map[string][3]uint64 // min, max, count
}{m: map[string][3]uint64{}}

// env is a simulated L2 with OPEN (an OpenToken: an ERC-20 like the bridged
// one), the economy deployed over it, and a TestRequestBook standing in for
// the settlement contract.
type env struct {
	t       *testing.T
	ctx     context.Context
	b       chain.Backend
	chainID *big.Int
	advance func(time.Duration) error // moves the clock and mines a block
	open    common.Address
	book    common.Address
	d       *economy.L2Deployment
}

// simEnv is a simulated chain where every named account holds simchain.Funds.
func simEnv(t *testing.T) *env {
	c := simchain.New(t, names, nil)
	c.Sim.Commit() // genesis has timestamp 0; blocks after it have the wall clock
	return &env{t: t, ctx: context.Background(), b: c.Client, chainID: c.ChainID, advance: func(d time.Duration) error {
		// The pool may still list a just-mined transaction for a moment (its
		// reset after a block is asynchronous): retry briefly.
		var err error
		for range 100 {
			if err = c.Sim.AdjustTime(d); err == nil {
				c.Sim.Commit()
				return nil
			}
			time.Sleep(10 * time.Millisecond)
		}
		return err
	}}
}

func oneOPEN(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

var bookABI = contractstest.NewTestRequestBook()

func newEnv(t *testing.T) *env {
	t.Helper()
	return deployEnv(simEnv(t))
}

// deployEnv deploys OPEN, the request book and the economy on e's chain.
func deployEnv(e *env) *env {
	t := e.t
	if e.open == (common.Address{}) { // else OPEN is given (the bridged token on anvil), the deployer holding it
		e.open = e.deploy("deployer", mustCall(t)(economy.DeployToken(economy.Allocation{
			Community: e.addr("community"), Investors: e.addr("investors"), Team: e.addr("team"),
			Ecosystem: e.addr("ecosystem"), Liquidity: e.addr("deployer"),
		})))
	}
	for _, n := range []string{"prover", "prover2", "reporter", "requester", "staker", "staker2", "attacker", "voter1", "voter2"} {
		e.send("deployer", economy.Transfer(e.open, e.addr(n), oneOPEN(1_000_000)))
	}
	book, err := contractstest.LoadArtifact("TestRequestBook")
	if err != nil {
		t.Fatal(err)
	}
	e.book = e.deploy("deployer", chain.Call{What: "deploy request book", Data: append(book.Bin, bookABI.PackConstructor(e.open)...)})
	d, err := economy.DeployL2(e.ctx, e.b, e.auth("deployer"), economy.L2Config{
		Open: e.open,
		Registry: economy.RegistryParams{
			UnbondingPeriod: 7 * 24 * 3600, ClaimWindow: 3600, ClaimBond: oneOPEN(100), ReporterBps: 1000,
		},
		VaultUnbonding: 7 * 24 * 3600, VaultSlashCap: 1000, TimelockDelay: 2 * 24 * 3600,
		Governor: economy.GovernorConfig{VotingDelay: 60, VotingPeriod: 3600, ProposalThreshold: oneOPEN(1000), QuorumPercent: 4},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range d.Transactions {
		record(tx.What, tx.GasUsed)
	}
	e.d = d
	e.send("deployer", economy.SetSettlement(d.Registry, e.book))
	e.send("deployer", economy.SetVaultParams(d.Vault, 7*24*3600, 1000, e.book))
	e.send("deployer", chain.Call{What: "book setRegistry", To: &e.book, Data: bookABI.PackSetRegistry(d.Registry)})
	return e
}

func mustCall(t *testing.T) func(chain.Call, error) chain.Call {
	return func(c chain.Call, err error) chain.Call {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
}

func record(what string, gas uint64) {
	gasLog.Lock()
	defer gasLog.Unlock()
	g, ok := gasLog.m[what]
	if !ok || gas < g[0] {
		g[0] = gas
	}
	g[1], g[2] = max(g[1], gas), g[2]+1
	gasLog.m[what] = g
}

func (e *env) addr(n string) common.Address { return crypto.PubkeyToAddress(simchain.Key(n).PublicKey) }

func (e *env) auth(n string) *bind.TransactOpts { return chain.NewSigner(simchain.Key(n), e.chainID) }

func (e *env) send(as string, c chain.Call) *types.Receipt {
	e.t.Helper()
	rec, err := economy.Send(e.ctx, e.b, e.auth(as), c)
	if err != nil {
		e.t.Fatalf("%s as %s: %v", c.What, as, err)
	}
	record(c.What, rec.GasUsed)
	return rec
}

func (e *env) deploy(as string, c chain.Call) common.Address {
	e.t.Helper()
	return e.send(as, c).ContractAddress
}

// refused checks that c from as reverts with the custom error name.
func (e *env) refused(as string, c chain.Call, name string) {
	e.t.Helper()
	_, err := economy.Send(e.ctx, e.b, e.auth(as), c)
	if !chain.IsRevert(err, name) {
		e.t.Fatalf("%s as %s: got %v, want revert %s", c.What, as, err, name)
	}
}

func (e *env) balance(token common.Address, who string) *big.Int {
	e.t.Helper()
	b, err := economy.BalanceOf(e.ctx, e.b, token, e.addr(who))
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// travel moves the chain's clock by d and mines a block.
func (e *env) travel(d time.Duration) {
	e.t.Helper()
	if err := e.advance(d); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.b.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

func key(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func eq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// TestGasTable runs every flow and prints the gas of each transaction
// (go test -run TestGasTable -v ./contracts/economy: bench/results.md).
func TestGasTable(t *testing.T) {
	t.Run("provers", TestProverClaimSettleSlash)
	t.Run("vault", TestVaultFeesUnbondSlash)
	t.Run("governance", TestGovernanceEndToEnd)
	t.Run("settlement governance", TestGovernanceSettlementSplit)
	t.Run("wired settlement", TestWiredSettlement)
	t.Run("vesting", TestVesting)
	t.Run("delta settlement", TestDeltaSettlement)
	t.Run("delta worst case", TestDeltaWorstCaseGas)
	t.Run("miss penalty", TestMissPenaltyReachesUnbonding)
	logGas(t)
}

// logGas prints every recorded transaction's gas as markdown table rows.
func logGas(t *testing.T) {
	gasLog.Lock()
	defer gasLog.Unlock()
	var keys []string
	for k := range gasLog.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		g := gasLog.m[k]
		fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", k, g[0], g[1], g[2])
	}
	t.Logf("gas of each transaction (min, max, count):\n%s", b.String())
}

func registryABIForTests() *ebind.ProverRegistry { return ebind.NewProverRegistry() }

func chainCall(what string, to common.Address, data []byte) chain.Call {
	return chain.Call{What: what, To: &to, Data: data}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
