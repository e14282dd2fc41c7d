package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/bundle"
)

// settlementEnv is the settlement contract on the simulated chain with the
// committed demo verifier, the demo model and adapter registered (no
// Datanet: anyone may settle) and a funded requester.
type settlementEnv struct {
	c          *simChain
	settlement common.Address
	b          *bundle.Bundle
}

func newSettlementEnv(t *testing.T) *settlementEnv {
	t.Helper()
	b, err := bundle.Read("../contracts/testdata/fixtures/demo/bundle-0.json")
	if err != nil {
		t.Fatal(err)
	}
	c := newSimChain(t, "admin", "requester", "owner", "prover", "prover2", "treasury", "pool")
	verifier, _ := c.DeployVerifier(t, "admin", common.FromHex(bindings.MnistDemoVerifierMetaData.Bin))
	hashCall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	hasher, _ := c.Deploy(t, "admin", hashCall)
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: c.Addr("admin"), Hasher: hasher, Treasury: c.Addr("treasury"), StakingPool: c.Addr("pool"),
		Split: chain.SplitConfig{BetaBps: 5000, GammaBps: 2000, ProverBps: 1000, PlatformFee: big.NewInt(1e15), RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := c.Deploy(t, "admin", call)
	model, adapter := elem(t, b.Model.Digest), elem(t, b.Adapter.Commitment)
	c.Send(t, "admin", chain.RegisterModel(st, model, 784, 10, false))
	id, err := chain.CircuitID(c.Send(t, "admin", chain.RegisterCircuit(st, chain.CircuitConfig{
		ModelDigest: model, Verifier: verifier,
		CircuitDigest: common.HexToHash(b.Circuit.Digest), VKSHA256: common.HexToHash(b.VKSHA256),
	})))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../contracts/testdata/fixtures/demo/adapter-inner.txt")
	if err != nil {
		t.Fatal(err)
	}
	inner, ok := new(big.Int).SetString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"), 16)
	if !ok {
		t.Fatalf("adapter-inner.txt: %q is not hex", raw)
	}
	if got := elem(t, b.Adapter.Commitment); got.Cmp(adapter) != 0 {
		t.Fatalf("bundle commitment %v", got)
	}
	c.Send(t, "owner", chain.RegisterAdapter(st, inner, id, big.NewInt(3e15), big.NewInt(11e15), new(big.Int)))
	c.Send(t, "requester", chain.Deposit(st, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), true))
	return &settlementEnv{c: c, settlement: st, b: b}
}

func elem(t *testing.T, s string) *big.Int {
	t.Helper()
	e, err := bundle.ParseElement(s)
	if err != nil {
		t.Fatal(err)
	}
	return e.BigInt(new(big.Int))
}

func (e *settlementEnv) open(t *testing.T) string {
	t.Helper()
	m, a, in := elem(t, e.b.Model.Digest), elem(t, e.b.Adapter.Commitment), elem(t, e.b.InputDigest)
	rec := e.c.Send(t, "requester", chain.OpenRequest(e.settlement, m, a, in, big.NewInt(1e17)))
	k, err := chain.RequestKeyFromReceipt(rec)
	if err != nil {
		t.Fatal(err)
	}
	return common.Hash(k).Hex()
}

func (e *settlementEnv) ethChain(t *testing.T, who string) *EthChain {
	t.Helper()
	ec, err := NewEthChain(context.Background(), e.c.Client, e.settlement, testKey(who), 0)
	if err != nil {
		t.Fatal(err)
	}
	ec.Poll = 10 * time.Millisecond
	return ec
}

func TestEthChainSettleIsIdempotent(t *testing.T) {
	ctx := context.Background()
	e := newSettlementEnv(t)
	key := e.open(t)
	c := e.ethChain(t, "prover")
	head, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := c.Opened(ctx, 0, head)
	if err != nil || len(logs) != 1 || logs[0].Key != key || logs[0].InputDigest.Cmp(elem(t, e.b.InputDigest)) != 0 {
		t.Fatalf("opened: %+v, %v", logs, err)
	}
	if h, err := c.BlockHash(ctx, logs[0].Block); err != nil || h != logs[0].BlockHash {
		t.Fatalf("block hash %s, %v; log has %s", h, err, logs[0].BlockHash)
	}
	if st, err := c.Status(ctx, key); err != nil || st != RequestOpen {
		t.Fatalf("status %v, %v", st, err)
	}
	s, err := c.Settle(ctx, key, e.b)
	if err != nil || s.AlreadySettled || s.Tx == "" || s.GasUsed == 0 {
		t.Fatalf("settle: %+v, %v", s, err)
	}
	if st, err := c.Status(ctx, key); err != nil || st != RequestSettled {
		t.Fatalf("status %v, %v", st, err)
	}
	// A second settle, from this sender or another, is skipped.
	for _, who := range []string{"prover", "prover2"} {
		s, err := e.ethChain(t, who).Settle(ctx, key, e.b)
		if err != nil || !s.AlreadySettled || s.Tx != "" {
			t.Fatalf("second settle by %s: %+v, %v", who, s, err)
		}
	}
	// A settle the contract refuses for good is permanent (here: no open
	// request for the tampered statement).
	bad := *e.b
	bad.PublicInputs = append([]bundle.PublicInput(nil), e.b.PublicInputs...)
	bad.PublicInputs[2].Value = commit.Hex(commit.InputDigest([]int8{1}))
	if _, err := c.Settle(ctx, "0x"+common.Bytes2Hex(make([]byte, 32)), &bad); !IsPermanent(err) {
		t.Fatalf("tampered settle: %v, want a permanent error", err)
	}
}

// TestNodeSettlesOnSimulatedChain runs two nodes against the settlement
// contract: the request opened on chain is proved (by the stand-in prover
// returning the committed demo proof) and settled exactly once.
func TestNodeSettlesOnSimulatedChain(t *testing.T) {
	e := newSettlementEnv(t)
	m := testModel(t)
	if commit.Hex(m.AdapterCommitment) != e.b.Adapter.Commitment || commit.Hex(m.ModelDigest) != e.b.Model.Digest {
		t.Fatalf("served model %s/%s is not the fixture's %s/%s", commit.Hex(m.ModelDigest), commit.Hex(m.AdapterCommitment), e.b.Model.Digest, e.b.Adapter.Commitment)
	}
	input := make([]int8, len(e.b.Input))
	for i, v := range e.b.Input {
		input[i] = int8(v)
	}
	source := func(d string) ([]int8, bool) { return input, d == e.b.InputDigest }
	key := e.open(t)
	q := openQueue(t, t.TempDir(), queue.Config{})
	a := startNode(t, q, Config{Name: "a"}, &fakeProver{}, e.ethChain(t, "prover"), source)
	b := startNode(t, q, Config{Name: "b"}, &fakeProver{}, e.ethChain(t, "prover2"), source)
	j := waitState(t, a.Node, key, StateSettled)
	if j.SettleTx == "" || j.GasUsed == 0 {
		t.Fatalf("settled job %+v", j)
	}
	evs, err := chain.Events(context.Background(), e.c.Client, e.settlement, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	settled := 0
	for _, ev := range evs {
		if ev.Name == "Settled" {
			settled++
		}
	}
	if settled != 1 {
		t.Fatalf("%d Settled events, want 1", settled)
	}
	// The settling node's sender is credited the prover share.
	credit := new(big.Int)
	for _, who := range []string{"prover", "prover2"} {
		bal, err := chain.BalancesOf(context.Background(), e.c.Client, e.settlement, common.Address{}, e.c.Addr(who))
		if err != nil {
			t.Fatal(err)
		}
		credit.Add(credit, bal.Credit)
	}
	if credit.Sign() <= 0 {
		t.Fatalf("the provers were credited %s", credit)
	}
	_ = b
}

// simChain is go-ethereum's simulated backend that mines a block on each
// transaction (contracts/internal/simchain, which node/ cannot import).
type simChain struct {
	sim    *simulated.Backend
	Client autoCommit
	id     *big.Int
}

type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
}

func (a autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.Commit()
	return nil
}

func testKey(name string) *ecdsa.PrivateKey {
	if name == "owner" {
		// The demo adapter's commitment binds its owner, anvil's (public,
		// well-known) account #1 (commit.DemoOwner): only it can register it.
		k, err := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
		if err != nil {
			panic(err)
		}
		return k
	}
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("openproof node test " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

func newSimChain(t *testing.T, names ...string) *simChain {
	t.Helper()
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, n := range names {
		alloc[crypto.PubkeyToAddress(testKey(n).PublicKey)] = types.Account{Balance: funds}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { sim.Close() })
	c := &simChain{sim: sim, Client: autoCommit{Client: sim.Client(), sim: sim}}
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.id = id
	return c
}

func (c *simChain) Addr(name string) common.Address {
	return crypto.PubkeyToAddress(testKey(name).PublicKey)
}

func (c *simChain) Send(t *testing.T, name string, call chain.Call) *types.Receipt {
	t.Helper()
	rec, err := chain.Send(context.Background(), c.Client, chain.NewSigner(testKey(name), c.id), call)
	if err != nil {
		t.Fatalf("%s as %s: %v", call.What, name, err)
	}
	return rec
}

func (c *simChain) Deploy(t *testing.T, name string, call chain.Call) (common.Address, *types.Receipt) {
	t.Helper()
	rec := c.Send(t, name, call)
	return rec.ContractAddress, rec
}

func (c *simChain) DeployVerifier(t *testing.T, name string, code []byte) (common.Address, *types.Receipt) {
	t.Helper()
	call, err := chain.DeployVerifier(code, chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	return c.Deploy(t, name, call)
}
