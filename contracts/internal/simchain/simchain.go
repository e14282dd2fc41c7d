// Package simchain is a test chain: go-ethereum's simulated backend with
// named, funded accounts, and a client that mines a block for every
// transaction so that chain.Send can wait for receipts.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openproof/openproof/contracts/chain"
)

// Funds is every named account's starting native balance: 1,000,000 ETH/OPEN.
var Funds = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Chain is a simulated chain.
type Chain struct {
	Sim     *simulated.Backend
	Client  chain.Backend
	ChainID *big.Int
	keys    map[string]*ecdsa.PrivateKey
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

// pragueRules runs the chain on Prague's rules, which OP Stack chains run
// since Isthmus. The simulated backend's default also enables forks that
// are not scheduled on any OP Stack chain (Osaka, Amsterdam, Bogota), some
// of which reprice storage, so gas figures would not carry over.
func pragueRules(_ *node.Config, ec *ethconfig.Config) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.AmsterdamTime, cfg.BogotaTime = nil, nil, nil
	ec.Genesis.Config = &cfg
}

// AdapterOwnerName is the account that owns the fixtures' adapters: its key
// is anvil's account #1, whose address is commit.DemoOwner, which the
// fixtures' proofs name as owner.
const AdapterOwnerName = "adapter-owner"

// AnvilAccount1Key is anvil's (and Hardhat's) public test key #1, of
// address commit.DemoOwner.
const AnvilAccount1Key = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

// Key derives the test key of a named account (AdapterOwnerName: anvil's
// account #1).
func Key(name string) *ecdsa.PrivateKey {
	if name == AdapterOwnerName {
		k, err := crypto.HexToECDSA(AnvilAccount1Key)
		if err != nil {
			panic(err) // a constant
		}
		return k
	}
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("openproof test account " + name)))
	if err != nil {
		panic(err) // a Keccak output is a valid key except with negligible probability
	}
	return k
}

// New starts a chain where each named account holds Funds; extra adds
// genesis accounts (for example code at a predeploy address).
func New(t testing.TB, names []string, extra types.GenesisAlloc) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	c := &Chain{keys: map[string]*ecdsa.PrivateKey{}}
	for _, n := range names {
		k := Key(n)
		c.keys[n] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: Funds}
	}
	for a, acc := range extra {
		alloc[a] = acc
	}
	c.Sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), pragueRules)
	t.Cleanup(func() { c.Sim.Close() })
	c.Client = autoCommit{Client: c.Sim.Client(), sim: c.Sim}
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.ChainID = id
	return c
}

// Addr is a named account's address.
func (c *Chain) Addr(name string) common.Address {
	k, ok := c.keys[name]
	if !ok {
		panic("simchain: no account " + name)
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

// Auth signs as a named account.
func (c *Chain) Auth(name string) *bind.TransactOpts {
	return chain.NewSigner(c.keys[name], c.ChainID)
}

// Send sends call as name and fails the test on any error.
func (c *Chain) Send(t testing.TB, name string, call chain.Call) *types.Receipt {
	t.Helper()
	rec, err := chain.Send(context.Background(), c.Client, c.Auth(name), call)
	if err != nil {
		t.Fatalf("%s as %s: %v", call.What, name, err)
	}
	return rec
}

// Deploy sends a deployment as name and returns the contract's address.
func (c *Chain) Deploy(t testing.TB, name string, call chain.Call) (common.Address, *types.Receipt) {
	t.Helper()
	rec := c.Send(t, name, call)
	if rec.ContractAddress == (common.Address{}) {
		t.Fatalf("%s: no contract address", call.What)
	}
	return rec.ContractAddress, rec
}

// DeployVerifier deploys a verifier's creation code as name. Every test
// verifier has development-setup keys, so they are allowed.
func (c *Chain) DeployVerifier(t testing.TB, name string, code []byte) (common.Address, *types.Receipt) {
	t.Helper()
	call, err := chain.DeployVerifier(code, chain.VerifierOptions{AllowDevKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	return c.Deploy(t, name, call)
}

// GasCost is what a receipt's transaction cost its sender in wei.
func GasCost(rec *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(rec.GasUsed), rec.EffectiveGasPrice)
}
