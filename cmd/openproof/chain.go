package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
)

// openLedgerTestnet is OpenLedger's testnet chain id, the default --chain-id.
const openLedgerTestnet = 161201

// keyEnv holds a hex private key when no --key-file is given.
const keyEnv = "OPENPROOF_PRIVATE_KEY"

// chainFlags are the flags of every chain command that sends, then extra.
func chainFlags(extra ...cli.Flag) []cli.Flag {
	return append([]cli.Flag{rpcFlag, chainIDFlag, keyFileFlag, dryRunFlag}, extra...)
}

// chainCommand is the `chain` group: chain_deploy.go, chain_register.go and
// chain_requests.go hold its subcommands.
func chainCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "chain",
		Usage: "deploy and drive the settlement contracts on an OP Stack L2 (JSON on stdout)",
		Description: `Every subcommand connects to --rpc, checks that the node serves --chain-id (default 161201,
OpenLedger testnet), signs with the key in --key-file (or $` + keyEnv + `; never on the command
line) and prints a JSON object: transaction hashes, gas used, addresses. --dry-run only
estimates gas. A reverted call names the contract's custom error (exit 2; ProofInvalid exits 1).
Gas is the estimate plus 20%, capped at the block gas limit and at 2^24 (EIP-7825); a call
whose estimate is over either is refused before it is sent (exit 2). Amounts are in wei;
uint256 values in the JSON (amounts, digests) are decimal strings. balance, roles and events
need no key.`,
		Subcommands: append([]*cli.Command{
			chainDeployCommand(e),
			chainRegisterModelCommand(e),
			chainRegisterCircuitCommand(e),
			chainRegisterAdapterCommand(e),
			chainRegisterDatanetCommand(e),
			chainBindPayoutCommand(e),
			chainDepositCommand(e),
			chainOpenRequestCommand(e),
			chainSettleCommand(e),
			chainWithdrawCommand(e),
			chainCancelRequestCommand(e),
			chainPauseCommand(e),
			chainUnpauseCommand(e),
			chainBalanceCommand(e),
			chainRolesCommand(e),
			chainEventsCommand(e),
		}, econCommands(e)...), // the OPEN economy: chain_econ*.go
	})
}

// session is one chain command's connection and signer.
type session struct {
	e      *env
	ctx    context.Context
	client *ethclient.Client
	auth   *bind.TransactOpts // nil without a key (events)
	from   common.Address
	dryRun bool
	out    map[string]any // the JSON answer
	txs    []map[string]any
}

func connect(c *cli.Context, e *env, needKey bool) (*session, error) {
	// A command that declares arguments (ArgsUsage) checks them itself.
	if c.NArg() > 0 && c.Command.ArgsUsage == "" {
		return nil, usageErr("%s takes no arguments (got %q)", c.Command.Name, c.Args().First())
	}
	s := &session{e: e, ctx: c.Context, dryRun: c.Bool(dryRunFlag.Name), out: map[string]any{}}
	if needKey {
		key, err := loadKey(c.String(keyFileFlag.Name))
		if err != nil {
			return nil, err
		}
		s.from = crypto.PubkeyToAddress(key.PublicKey)
		s.auth = chain.NewSigner(key, new(big.Int).SetUint64(c.Uint64(chainIDFlag.Name)))
	}
	url := c.String(rpcFlag.Name)
	client, err := ethclient.DialContext(c.Context, url)
	if err != nil {
		return nil, usageErr("--rpc %s: %v", url, err)
	}
	s.client = client
	want := new(big.Int).SetUint64(c.Uint64(chainIDFlag.Name))
	if err := chain.CheckChainID(c.Context, client, want); err != nil {
		client.Close()
		return nil, badInput{fmt.Errorf("--rpc %s: %w", url, err)}
	}
	s.out["chain_id"] = want.Uint64()
	if needKey {
		s.out["from"] = s.from
	}
	return s, nil
}

func (s *session) close() { s.client.Close() }

// loadKey reads the sender's key from path, or from $OPENPROOF_PRIVATE_KEY.
func loadKey(path string) (*ecdsa.PrivateKey, error) {
	if path != "" {
		k, err := chain.LoadKey(path)
		if err != nil {
			return nil, badInput{fmt.Errorf("--key-file: %w", err)}
		}
		return k, nil
	}
	v := strings.TrimPrefix(strings.TrimSpace(os.Getenv(keyEnv)), "0x")
	if v == "" {
		return nil, usageErr("no key: give --key-file or set $%s", keyEnv)
	}
	k, err := crypto.HexToECDSA(v)
	if err != nil {
		return nil, usageErr("$%s is not a hex secp256k1 private key", keyEnv)
	}
	return k, nil
}

// do estimates call and, unless dry-running, sends it. It returns the
// receipt (nil on a dry run).
func (s *session) do(call chain.Call) (*types.Receipt, error) {
	if s.dryRun {
		gas, _, err := chain.PlanGas(s.ctx, s.client, s.from, call)
		if err != nil {
			return nil, chainErr(err)
		}
		s.txs = append(s.txs, map[string]any{"what": call.What, "estimated_gas": gas})
		return nil, nil
	}
	rec, err := chain.Send(s.ctx, s.client, s.auth, call)
	if err != nil {
		return nil, chainErr(err)
	}
	tx := map[string]any{"what": call.What, "tx": rec.TxHash, "block": rec.BlockNumber.Uint64(), "gas_used": rec.GasUsed}
	if call.To == nil {
		tx["address"] = rec.ContractAddress
	}
	s.txs = append(s.txs, tx)
	return rec, nil
}

func (s *session) finish() error {
	if s.dryRun {
		s.out["dry_run"] = true
	}
	s.out["transactions"] = s.txs
	return writeJSON(s.e.stdout, s.out)
}

// chainErr classifies a failed call: a refused proof is a verification
// failure (exit 1), any other revert or RPC refusal is bad input (exit 2),
// with the custom error's name in the message.
func chainErr(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if chain.IsRevert(err, "ProofInvalid") {
		return verifyFailed{err}
	}
	return badInput{err}
}

// action is what a settlement subcommand does once connected.
type action func(s *session, at common.Address) error

// settlementCall is a chain subcommand against a deployed settlement
// contract: build checks every flag before anything connects, and returns
// the calls to make.
type settlementCall struct {
	e     *env
	build func(c *cli.Context) (action, error)
}

func settlementCommand(e *env, name, usage string, flags []cli.Flag, build func(c *cli.Context) (action, error)) *cli.Command {
	return &cli.Command{
		Name:   name,
		Usage:  usage,
		Flags:  chainFlags(append([]cli.Flag{settlementFlag}, flags...)...),
		Action: settlementCall{e, build}.run,
	}
}

func (sc settlementCall) run(c *cli.Context) error {
	at, err := addressFlag(c, settlementFlag.Name)
	if err != nil {
		return err
	}
	act, err := sc.build(c)
	if err != nil {
		return err
	}
	s, err := connect(c, sc.e, true)
	if err != nil {
		return err
	}
	defer s.close()
	s.out["settlement"] = at
	if err := act(s, at); err != nil {
		return err
	}
	return s.finish()
}
