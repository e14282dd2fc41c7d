package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// openLedgerTestnet is OpenLedger's testnet chain id, the default --chain-id.
const openLedgerTestnet = 161201

// keyEnv holds a hex private key when no --key-file is given.
const keyEnv = "OPENPROOF_PRIVATE_KEY"

func exportSolidityCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "export-solidity",
		Usage: "write the Solidity verifier (folded Groth16 check) of a verifying key",
		Description: `Exports the verifier contracts.ExportVerifier generates: gnark's Groth16 verifier with the
commitment's proof-of-knowledge pairing folded into the main pairing check (one pairing call).
The key comes from the key store (--circuit DIGEST, or --bundle B.json for the digest of the
circuit that proved B) or from a verifying key file (--vk, gnark's binary encoding).

--fix-input INDEX=VALUE fixes a public input the circuit itself fixes: the verifier then accepts
a proof only with that value there and folds it into its constant point, saving a 6,000-gas
scalar multiplication. The inference circuits fix their model digest (input 0: the base weights
are circuit constants); --fix-model takes it from --bundle's model_digest.`,
		Flags: []cli.Flag{
			keysFlag,
			&cli.StringFlag{Name: "circuit", Usage: "circuit digest of the key store entry to export"},
			&cli.StringFlag{Name: "bundle", Usage: "proof bundle whose circuit's key to export (its vk_sha256 must match)"},
			&cli.StringFlag{Name: "vk", Usage: "verifying key file (gnark binary, e.g. contracts/testdata/fixtures/demo/vk.bin)"},
			&cli.StringFlag{Name: "name", Value: "OpenProofVerifier", Usage: "Solidity contract name"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "Solidity file to write"},
			&cli.StringSliceFlag{Name: "fix-input", Usage: "INDEX=VALUE (a BN254 scalar, 0x hex or decimal): fix public input INDEX (repeatable)"},
			&cli.BoolFlag{Name: "fix-model", Usage: "fix the public input model_digest to --bundle's value"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErr("export-solidity takes no arguments (got %q)", c.Args().First())
			}
			vk, err := exportKey(c)
			if err != nil {
				return err
			}
			opts, err := fixedInputs(c)
			if err != nil {
				return err
			}
			opts = append(opts, contracts.WithContractName(c.String("name")))
			var buf bytes.Buffer
			if err := contracts.ExportVerifier(vk, &buf, opts...); err != nil {
				if errors.Is(err, contracts.ErrBadInput) {
					return badInput{err}
				}
				return err
			}
			out := c.String("out")
			if err := renameio.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return writeErr("out", out, err)
			}
			return writeJSON(e.stdout, map[string]any{"verifier": out, "contract": c.String("name"), "bytes": buf.Len()})
		},
	})
}

// fixedInputs reads export-solidity's --fix-input and --fix-model.
func fixedInputs(c *cli.Context) ([]contracts.Option, error) {
	var opts []contracts.Option
	for _, f := range c.StringSlice("fix-input") {
		idx, val, ok := strings.Cut(f, "=")
		i, err := strconv.Atoi(idx)
		if !ok || err != nil || i < 0 {
			return nil, usageErr("--fix-input %q: want INDEX=VALUE with INDEX ≥ 0", f)
		}
		v, err := field("--fix-input "+idx, val)
		if err != nil {
			return nil, err
		}
		var e fr.Element
		e.SetBigInt(v)
		opts = append(opts, contracts.WithFixedInput(i, e))
	}
	if !c.Bool("fix-model") {
		return opts, nil
	}
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, usageErr("--fix-model takes the model digest from --bundle")
	}
	m, err := contracts.FixedModel(b)
	if err != nil {
		return nil, badInput{fmt.Errorf("--fix-model: bundle %s: %w", c.String("bundle"), err)}
	}
	return append(opts, m), nil
}

// exportKey loads the verifying key export-solidity was pointed at.
func exportKey(c *cli.Context) (groth16.VerifyingKey, error) {
	set := 0
	for _, f := range []string{"circuit", "bundle", "vk"} {
		if c.String(f) != "" {
			set++
		}
	}
	if set != 1 {
		return nil, usageErr("give exactly one of --circuit, --bundle and --vk")
	}
	if path := c.String("vk"); path != "" {
		return readVK(path)
	}
	digest := c.String("circuit")
	var b *bundle.Bundle
	if path := c.String("bundle"); path != "" {
		var err error
		if b, err = bundle.Read(path); err != nil {
			return nil, badInput{fmt.Errorf("--bundle: %w", err)}
		}
		digest = b.Circuit.Digest
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	vk, _, err := ks.VerifyingKey(digest)
	if err != nil {
		return nil, badInput{fmt.Errorf("key store %s, circuit %s: %w", keysDir(c), digest, err)}
	}
	if b != nil {
		h, err := bundle.VKSHA256(vk)
		if err != nil {
			return nil, err
		}
		if h != b.VKSHA256 {
			return nil, badInput{fmt.Errorf("--bundle %s: vk_sha256 %s, the key store's key hashes to %s", c.String("bundle"), b.VKSHA256, h)}
		}
	}
	return vk, nil
}

// Flags of every chain command.
var (
	rpcFlag      = &cli.StringFlag{Name: "rpc", EnvVars: []string{"OPENPROOF_RPC"}, Usage: "JSON-RPC endpoint of the L2 node", Required: true}
	chainIDFlag  = &cli.Uint64Flag{Name: "chain-id", Value: openLedgerTestnet, Usage: "chain id the node must serve (161201: OpenLedger testnet)"}
	keyFileFlag  = &cli.StringFlag{Name: "key-file", EnvVars: []string{"OPENPROOF_KEY_FILE"}, Usage: "file holding the sender's hex private key (else $" + keyEnv + ")"}
	dryRunFlag   = &cli.BoolFlag{Name: "dry-run", Usage: "estimate gas only; send nothing"}
	settleAtFlag = &cli.StringFlag{Name: "settlement", EnvVars: []string{"OPENPROOF_SETTLEMENT"}, Usage: "OpenProofSettlement address", Required: true}
	bundleFlag   = &cli.StringFlag{Name: "bundle", Usage: "proof bundle (model digest, adapter commitment, input digest, circuit and key hashes)"}
)

func chainFlags(extra ...cli.Flag) []cli.Flag {
	return append([]cli.Flag{rpcFlag, chainIDFlag, keyFileFlag, dryRunFlag}, extra...)
}

func chainCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "chain",
		Usage: "deploy and drive the settlement contracts on an OP Stack L2 (JSON on stdout)",
		Description: `Every subcommand connects to --rpc, checks that the node serves --chain-id (default 161201,
OpenLedger testnet), signs with the key in --key-file (or $` + keyEnv + `; never on the command
line) and prints a JSON object: transaction hashes, gas used, addresses. --dry-run only
estimates gas. A reverted call names the contract's custom error (exit 2; ProofInvalid exits 1).
Amounts are in wei.`,
		Subcommands: []*cli.Command{
			chainDeployCommand(e),
			chainRegisterModelCommand(e),
			chainRegisterCircuitCommand(e),
			chainRegisterAdapterCommand(e),
			chainRegisterDatanetCommand(e),
			chainDepositCommand(e),
			chainOpenRequestCommand(e),
			chainSettleCommand(e),
			chainWithdrawCommand(e),
			chainEventsCommand(e),
		},
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
	s := &session{e: e, ctx: c.Context, dryRun: c.Bool("dry-run"), out: map[string]any{}}
	if needKey {
		key, err := loadKey(c.String("key-file"))
		if err != nil {
			return nil, err
		}
		s.from = crypto.PubkeyToAddress(key.PublicKey)
		s.auth = chain.NewSigner(key, new(big.Int).SetUint64(c.Uint64("chain-id")))
	}
	url := c.String("rpc")
	client, err := ethclient.DialContext(c.Context, url)
	if err != nil {
		return nil, usageErr("--rpc %s: %v", url, err)
	}
	s.client = client
	want := new(big.Int).SetUint64(c.Uint64("chain-id"))
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
		gas, err := chain.Estimate(s.ctx, s.client, s.from, call)
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

// Parsers of flag values; each error names the flag.

func addressFlag(c *cli.Context, name string) (common.Address, error) {
	return parseAddress("--"+name, c.String(name))
}

func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, usageErr("%s %q: not a 0x-prefixed 20-byte hex address", what, s)
	}
	return common.HexToAddress(s), nil
}

// wei parses a non-negative decimal amount.
func wei(c *cli.Context, name string) (*big.Int, error) {
	s := c.String(name)
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, usageErr("--%s %q: want a non-negative integer amount in wei", name, s)
	}
	return v, nil
}

// field parses a BN254 scalar given as 0x hex or decimal.
func field(what, s string) (*big.Int, error) {
	var v *big.Int
	var ok bool
	if h, isHex := strings.CutPrefix(s, "0x"); isHex {
		v, ok = new(big.Int).SetString(h, 16)
	} else {
		v, ok = new(big.Int).SetString(s, 10)
	}
	if !ok || v.Sign() < 0 || v.Cmp(ecc.BN254.ScalarField()) >= 0 {
		return nil, usageErr("%s %q: want a BN254 scalar (0x hex or decimal, below the field modulus)", what, s)
	}
	return v, nil
}

func hash32(what, s string) ([32]byte, error) {
	var out [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return out, usageErr("%s %q: want 32 bytes of hex", what, s)
	}
	copy(out[:], b)
	return out, nil
}

func readBundle(c *cli.Context) (*bundle.Bundle, error) {
	path := c.String("bundle")
	if path == "" {
		return nil, nil
	}
	b, err := bundle.Read(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--bundle: %w", err)}
	}
	return b, nil // bundle.Read has run Check
}

// digestOf takes a field element from its flag, or else from the bundle.
func digestOf(c *cli.Context, flag string, b *bundle.Bundle, fromBundle func(*bundle.Bundle) string) (*big.Int, error) {
	if s := c.String(flag); s != "" {
		return field("--"+flag, s)
	}
	if b == nil {
		return nil, usageErr("give --%s or --bundle", flag)
	}
	return field(fmt.Sprintf("--bundle %s: %s", c.String("bundle"), flag), fromBundle(b))
}

// uint32List parses "1,2,3".
func uint32List(c *cli.Context, name string) ([]uint32, error) {
	s := strings.TrimSpace(c.String(name))
	if s == "" {
		return nil, nil
	}
	var out []uint32
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 32)
		if err != nil {
			return nil, usageErr("--%s: %q is not a uint32", name, f)
		}
		out = append(out, uint32(v))
	}
	return out, nil
}

func chainDeployCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy OpenProofSettlement (and optionally a verifier, the attribution digest and the OPEN token)",
		Description: `--token native: OPEN is the chain's native gas token (OpenLedger's L2).
--token erc20: OPEN is the ERC-20 at --token-address, or with --remote-token a new
OptimismMintableERC20 (bridge: the L2StandardBridge predeploy) is deployed first.
--verifier NAME deploys a committed verifier (e.g. MnistDemoVerifier); --verifier-bin FILE one
compiled elsewhere (hex creation bytecode, e.g. solc's output for export-solidity's file).`,
		Flags: chainFlags(
			&cli.StringFlag{Name: "token", Value: "native", Usage: "native or erc20"},
			&cli.StringFlag{Name: "token-address", Usage: "existing OPEN ERC-20 (with --token erc20)"},
			&cli.StringFlag{Name: "remote-token", Usage: "L1 OPEN address: deploy an OptimismMintableERC20 for it (with --token erc20)"},
			&cli.StringFlag{Name: "admin", Usage: "admin, registrar and pauser; default: the sender"},
			&cli.StringFlag{Name: "treasury", Required: true, Usage: "receives the platform fee"},
			&cli.StringFlag{Name: "staking-pool", Required: true, Usage: "receives the stakers' share"},
			&cli.UintFlag{Name: "beta-bps", Value: 5000, Usage: "model owner's share of F_net, basis points"},
			&cli.UintFlag{Name: "gamma-bps", Value: 2000, Usage: "stakers' share of F_net, basis points (contributors: the rest)"},
			&cli.StringFlag{Name: "platform-fee", Value: "0", Usage: "flat platform fee per inference, wei"},
			&cli.Uint64Flag{Name: "request-timeout", Value: 3600, Usage: "seconds before a requester may cancel an open request"},
			&cli.StringSliceFlag{Name: "settler", Usage: "grant SETTLER_ROLE to this address (repeatable)"},
			&cli.StringFlag{Name: "verifier", Usage: "also deploy this committed verifier contract"},
			&cli.StringFlag{Name: "verifier-bin", Usage: "also deploy the verifier whose hex creation bytecode is in this file"},
			&cli.BoolFlag{Name: "attribution-digest", Usage: "also deploy AttributionDigest (for circuits with an attribution digest)"},
		),
		Action: func(c *cli.Context) error {
			cfg, settlers, err := deployConfig(c)
			if err != nil {
				return err
			}
			var verifierCode []byte
			switch name, file := c.String("verifier"), c.String("verifier-bin"); {
			case name != "" && file != "":
				return usageErr("give --verifier or --verifier-bin, not both")
			case name != "":
				a, err := contracts.LoadArtifact(name)
				if err != nil || !strings.HasSuffix(name, "Verifier") {
					return usageErr("--verifier %q: not a committed verifier contract (e.g. MnistDemoVerifier)", name)
				}
				verifierCode = a.Bin
			case file != "":
				raw, err := os.ReadFile(file)
				if err != nil {
					return badInput{fmt.Errorf("--verifier-bin: %w", err)}
				}
				if verifierCode, err = hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")); err != nil || len(verifierCode) == 0 {
					return usageErr("--verifier-bin %s: not hex bytecode", file)
				}
			}
			s, err := connect(c, e, true)
			if err != nil {
				return err
			}
			defer s.close()
			if cfg.Admin == (common.Address{}) {
				cfg.Admin = s.from
			}
			if remote := c.String("remote-token"); remote != "" {
				r, err := parseAddress("--remote-token", remote)
				if err != nil {
					return err
				}
				call, err := chain.DeployOPENToken(r)
				if err != nil {
					return err
				}
				rec, err := s.do(call)
				if err != nil {
					return err
				}
				if rec != nil {
					cfg.Token = rec.ContractAddress
				}
			}
			if cfg.Token != (common.Address{}) {
				s.out["token"] = cfg.Token
				s.out["token_mode"] = "erc20"
			} else {
				s.out["token_mode"] = "native"
			}
			if c.String("token") == "erc20" && cfg.Token == (common.Address{}) && !s.dryRun {
				return usageErr("--token erc20: give --token-address or --remote-token")
			}
			call, err := chain.DeploySettlement(cfg)
			if err != nil {
				return badInput{err}
			}
			rec, err := s.do(call)
			if err != nil {
				return err
			}
			if rec != nil {
				s.out["settlement"] = rec.ContractAddress
				for _, a := range settlers {
					grant, err := chain.GrantRole(rec.ContractAddress, "SETTLER_ROLE", a)
					if err != nil {
						return err
					}
					if _, err := s.do(grant); err != nil {
						return err
					}
				}
			}
			if verifierCode != nil {
				// AllowDevKeys keeps this command's behaviour until it has its own flag for it.
				call, err := chain.DeployVerifier(verifierCode, chain.VerifierOptions{AllowDevKeys: true})
				if err != nil {
					return err
				}
				if rec, err := s.do(call); err != nil {
					return err
				} else if rec != nil {
					s.out["verifier"] = rec.ContractAddress
				}
			}
			if c.Bool("attribution-digest") {
				call, err := chain.DeployAttributionDigest()
				if err != nil {
					return err
				}
				if rec, err := s.do(call); err != nil {
					return err
				} else if rec != nil {
					s.out["attribution_digest"] = rec.ContractAddress
				}
			}
			return s.finish()
		},
	}
}

func deployConfig(c *cli.Context) (chain.DeployConfig, []common.Address, error) {
	var cfg chain.DeployConfig
	var err error
	switch c.String("token") {
	case "native":
		if c.String("token-address") != "" || c.String("remote-token") != "" {
			return cfg, nil, usageErr("--token native takes no --token-address or --remote-token")
		}
	case "erc20":
		switch ta, rt := c.String("token-address"), c.String("remote-token"); {
		case ta != "" && rt != "":
			return cfg, nil, usageErr("give --token-address or --remote-token, not both")
		case ta == "" && rt == "":
			return cfg, nil, usageErr("--token erc20: give --token-address (existing OPEN) or --remote-token (deploy an OptimismMintableERC20)")
		case ta != "":
			if cfg.Token, err = parseAddress("--token-address", ta); err != nil {
				return cfg, nil, err
			}
		}
	default:
		return cfg, nil, usageErr("--token %q: want native or erc20", c.String("token"))
	}
	if c.String("admin") != "" {
		if cfg.Admin, err = addressFlag(c, "admin"); err != nil {
			return cfg, nil, err
		}
	}
	if cfg.Treasury, err = addressFlag(c, "treasury"); err != nil {
		return cfg, nil, err
	}
	if cfg.StakingPool, err = addressFlag(c, "staking-pool"); err != nil {
		return cfg, nil, err
	}
	beta, gamma := c.Uint("beta-bps"), c.Uint("gamma-bps")
	if beta+gamma > 10_000 {
		return cfg, nil, usageErr("--beta-bps %d + --gamma-bps %d exceed 10000", beta, gamma)
	}
	fee, err := wei(c, "platform-fee")
	if err != nil {
		return cfg, nil, err
	}
	if fee.BitLen() > 128 {
		return cfg, nil, usageErr("--platform-fee %s: above 2^128 wei", fee)
	}
	cfg.Split = chain.SplitConfig{BetaBps: uint16(beta), GammaBps: uint16(gamma), PlatformFee: fee, RequestTimeout: c.Uint64("request-timeout")}
	var settlers []common.Address
	for _, a := range c.StringSlice("settler") {
		addr, err := parseAddress("--settler", a)
		if err != nil {
			return cfg, nil, err
		}
		settlers = append(settlers, addr)
	}
	return cfg, settlers, nil
}

// action is what a settlement subcommand does once connected.
type action func(s *session, at common.Address) error

// settlementCommand is a chain subcommand against a deployed settlement
// contract: build checks every flag before anything connects, and returns
// the calls to make.
func settlementCommand(e *env, name, usage string, flags []cli.Flag, build func(c *cli.Context) (action, error)) *cli.Command {
	return &cli.Command{
		Name:  name,
		Usage: usage,
		Flags: chainFlags(append([]cli.Flag{settleAtFlag}, flags...)...),
		Action: func(c *cli.Context) error {
			at, err := addressFlag(c, "settlement")
			if err != nil {
				return err
			}
			act, err := build(c)
			if err != nil {
				return err
			}
			s, err := connect(c, e, true)
			if err != nil {
				return err
			}
			defer s.close()
			s.out["settlement"] = at
			if err := act(s, at); err != nil {
				return err
			}
			return s.finish()
		},
	}
}

func chainRegisterModelCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-model", "register a base model digest with its billed token counts (REGISTRAR_ROLE)",
		[]cli.Flag{
			bundleFlag,
			&cli.StringFlag{Name: "model-digest", Usage: "model digest (default: the bundle's)"},
			&cli.UintFlag{Name: "tokens-in", Required: true, Usage: "input tokens billed per inference"},
			&cli.UintFlag{Name: "tokens-out", Required: true, Usage: "output tokens billed per inference"},
		},
		func(c *cli.Context) (action, error) {
			b, err := readBundle(c)
			if err != nil {
				return nil, err
			}
			m, err := digestOf(c, "model-digest", b, func(b *bundle.Bundle) string { return b.Model.Digest })
			if err != nil {
				return nil, err
			}
			tin, tout := c.Uint("tokens-in"), c.Uint("tokens-out")
			if uint64(tin) > 1<<32-1 || uint64(tout) > 1<<32-1 {
				return nil, usageErr("--tokens-in/--tokens-out: at most 2^32−1")
			}
			return func(s *session, at common.Address) error {
				s.out["model_digest"] = fmt.Sprintf("%#x", m)
				_, err := s.do(chain.RegisterModel(at, m, uint32(tin), uint32(tout)))
				return err
			}, nil
		})
}

func chainRegisterCircuitCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-circuit", "register a circuit (its verifier) of a base model (REGISTRAR_ROLE); prints circuit_id",
		[]cli.Flag{
			bundleFlag,
			&cli.StringFlag{Name: "verifier", Required: true, Usage: "verifier contract address"},
			&cli.StringFlag{Name: "model-digest", Usage: "default: the bundle's"},
			&cli.StringFlag{Name: "circuit-digest", Usage: "SHA-256 of the constraint system (default: the bundle's circuit.digest)"},
			&cli.StringFlag{Name: "vk-sha256", Usage: "default: the bundle's vk_sha256"},
			&cli.UintFlag{Name: "datanet-root-index", Usage: "position of the Datanet root among the public inputs (0: none)"},
			&cli.UintFlag{Name: "attribution-index", Usage: "position of the attribution digest (0: none; needs --datanet-root-index and --digester)"},
			&cli.StringFlag{Name: "digester", Usage: "AttributionDigest address (with --attribution-index)"},
		},
		func(c *cli.Context) (action, error) {
			b, err := readBundle(c)
			if err != nil {
				return nil, err
			}
			cfg := chain.CircuitConfig{}
			if cfg.Verifier, err = addressFlag(c, "verifier"); err != nil {
				return nil, err
			}
			if cfg.ModelDigest, err = digestOf(c, "model-digest", b, func(b *bundle.Bundle) string { return b.Model.Digest }); err != nil {
				return nil, err
			}
			for _, h := range []struct {
				flag string
				dst  *[32]byte
				of   func(*bundle.Bundle) string
			}{
				{"circuit-digest", &cfg.CircuitDigest, func(b *bundle.Bundle) string { return b.Circuit.Digest }},
				{"vk-sha256", &cfg.VKSHA256, func(b *bundle.Bundle) string { return b.VKSHA256 }},
			} {
				v := c.String(h.flag)
				if v == "" {
					if b == nil {
						return nil, usageErr("give --%s or --bundle", h.flag)
					}
					v = h.of(b)
				}
				if *h.dst, err = hash32("--"+h.flag, v); err != nil {
					return nil, err
				}
			}
			ri, ai := c.Uint("datanet-root-index"), c.Uint("attribution-index")
			if ri > 255 || ai > 255 {
				return nil, usageErr("--datanet-root-index/--attribution-index: at most 255")
			}
			cfg.DatanetRootIndex, cfg.AttributionIndex = uint8(ri), uint8(ai)
			if d := c.String("digester"); d != "" {
				if cfg.AttributionDigester, err = parseAddress("--digester", d); err != nil {
					return nil, err
				}
			} else if ai != 0 {
				return nil, usageErr("--attribution-index needs --digester")
			}
			return func(s *session, at common.Address) error {
				rec, err := s.do(chain.RegisterCircuit(at, cfg))
				if err != nil || rec == nil {
					return err
				}
				id, err := chain.CircuitID(rec)
				if err != nil {
					return err
				}
				s.out["circuit_id"] = id
				return nil
			}, nil
		})
}

func chainRegisterAdapterCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-adapter", "register an adapter commitment with the sender as owner",
		[]cli.Flag{
			bundleFlag,
			&cli.StringFlag{Name: "commitment", Usage: "adapter commitment (default: the bundle's)"},
			&cli.UintFlag{Name: "circuit-id", Required: true, Usage: "the registered circuit its proofs verify with"},
			&cli.StringFlag{Name: "rate-in", Required: true, Usage: "R_in: wei per 1000 input tokens"},
			&cli.StringFlag{Name: "rate-out", Required: true, Usage: "R_out: wei per 1000 output tokens"},
			&cli.StringFlag{Name: "datanet-root", Value: "0", Usage: "registered Datanet it was trained on (0: none)"},
		},
		func(c *cli.Context) (action, error) {
			b, err := readBundle(c)
			if err != nil {
				return nil, err
			}
			com, err := digestOf(c, "commitment", b, func(b *bundle.Bundle) string { return b.Adapter.Commitment })
			if err != nil {
				return nil, err
			}
			rin, err := wei(c, "rate-in")
			if err != nil {
				return nil, err
			}
			rout, err := wei(c, "rate-out")
			if err != nil {
				return nil, err
			}
			if rin.BitLen() > 128 || rout.BitLen() > 128 {
				return nil, usageErr("--rate-in/--rate-out: at most 2^128−1 wei")
			}
			root, err := field("--datanet-root", c.String("datanet-root"))
			if err != nil {
				return nil, err
			}
			id := c.Uint("circuit-id")
			if uint64(id) > 1<<32-1 {
				return nil, usageErr("--circuit-id %d: at most 2^32−1", id)
			}
			return func(s *session, at common.Address) error {
				s.out["commitment"] = fmt.Sprintf("%#x", com)
				_, err := s.do(chain.RegisterAdapter(at, com, uint32(id), rin, rout, root))
				return err
			}, nil
		})
}

func chainRegisterDatanetCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-datanet", "register a Datanet root with a payout address per contributor index",
		[]cli.Flag{
			&cli.StringFlag{Name: "root", Required: true, Usage: "Datanet root (0x hex or decimal)"},
			&cli.StringSliceFlag{Name: "payout", Required: true, Usage: "payout address of contributor 0, 1, … (repeatable, in index order)"},
		},
		func(c *cli.Context) (action, error) {
			root, err := field("--root", c.String("root"))
			if err != nil {
				return nil, err
			}
			var payouts []common.Address
			for i, p := range c.StringSlice("payout") {
				a, err := parseAddress(fmt.Sprintf("--payout #%d", i), p)
				if err != nil {
					return nil, err
				}
				payouts = append(payouts, a)
			}
			return func(s *session, at common.Address) error {
				s.out["root"] = fmt.Sprintf("%#x", root)
				_, err := s.do(chain.RegisterDatanet(at, root, payouts))
				return err
			}, nil
		})
}

func chainDepositCommand(e *env) *cli.Command {
	return settlementCommand(e, "deposit", "escrow OPEN for requests (ERC-20 mode: approves the amount first)",
		[]cli.Flag{&cli.StringFlag{Name: "amount", Required: true, Usage: "wei"}},
		func(c *cli.Context) (action, error) {
			amount, err := wei(c, "amount")
			if err != nil {
				return nil, err
			}
			return func(s *session, at common.Address) error {
				token, err := chain.TokenOf(s.ctx, s.client, at)
				if err != nil {
					return badInput{fmt.Errorf("--settlement %s: not an OpenProofSettlement: %w", at, err)}
				}
				native := token == (common.Address{})
				if !native {
					if _, err := s.do(chain.Approve(token, at, amount)); err != nil {
						return err
					}
					if s.dryRun {
						// The deposit's estimate needs the allowance on chain.
						return nil
					}
				}
				_, err = s.do(chain.Deposit(at, amount, native))
				return err
			}, nil
		})
}

func chainOpenRequestCommand(e *env) *cli.Command {
	return settlementCommand(e, "open-request", "lock escrow for an inference of (model, adapter, input); prints the request key",
		[]cli.Flag{
			bundleFlag,
			&cli.StringFlag{Name: "model-digest", Usage: "default: the bundle's"},
			&cli.StringFlag{Name: "commitment", Usage: "adapter commitment (default: the bundle's)"},
			&cli.StringFlag{Name: "input-digest", Usage: "default: the bundle's"},
			&cli.StringFlag{Name: "max-fee", Required: true, Usage: "escrow to lock, wei (the rest of it comes back at settlement)"},
		},
		func(c *cli.Context) (action, error) {
			b, err := readBundle(c)
			if err != nil {
				return nil, err
			}
			m, err := digestOf(c, "model-digest", b, func(b *bundle.Bundle) string { return b.Model.Digest })
			if err != nil {
				return nil, err
			}
			a, err := digestOf(c, "commitment", b, func(b *bundle.Bundle) string { return b.Adapter.Commitment })
			if err != nil {
				return nil, err
			}
			in, err := digestOf(c, "input-digest", b, func(b *bundle.Bundle) string { return b.InputDigest })
			if err != nil {
				return nil, err
			}
			maxFee, err := wei(c, "max-fee")
			if err != nil {
				return nil, err
			}
			return func(s *session, at common.Address) error {
				s.out["request_key"] = common.Hash(chain.RequestKey(m, a, in))
				_, err := s.do(chain.OpenRequest(at, m, a, in, maxFee))
				return err
			}, nil
		})
}

func chainSettleCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "settle", "settle a proven inference from its proof bundle",
		[]cli.Flag{
			&cli.StringFlag{Name: "bundle", Usage: "proof bundle (proof and public inputs); or give it as the argument"},
			&cli.StringFlag{Name: "indices", Usage: "contributor indices in the adapter's Datanet, strictly increasing, comma-separated (default: an attributed bundle's own weights)"},
			&cli.StringFlag{Name: "weights", Usage: "their weights in ppm, comma-separated, summing to 1000000 (or all zero)"},
		},
		func(c *cli.Context) (action, error) {
			path, src := c.String("bundle"), "--bundle"
			switch {
			case c.NArg() > 1:
				return nil, usageErr("settle takes one bundle, got %q", c.Args().Slice())
			case c.NArg() == 1 && path != "":
				return nil, usageErr("give the bundle as --bundle or as the argument, not both")
			case c.NArg() == 1:
				path, src = c.Args().First(), "BUNDLE"
			case path == "":
				return nil, usageErr("settle needs a proof bundle (BUNDLE or --bundle)")
			}
			b, err := bundle.Read(path)
			if err != nil {
				return nil, badInput{fmt.Errorf("%s: %w", src, err)}
			}
			idx, err := uint32List(c, "indices")
			if err != nil {
				return nil, err
			}
			w, err := uint32List(c, "weights")
			if err != nil {
				return nil, err
			}
			if len(idx) != len(w) {
				return nil, usageErr("--indices has %d entries, --weights %d", len(idx), len(w))
			}
			// An attributed bundle carries the weights its proof binds; the
			// contract recomputes their digest, so they need no settler.
			fromBundle := !c.IsSet("indices") && !c.IsSet("weights") && b.Attribution != nil
			if fromBundle {
				if idx, w, err = chain.BundleWeights(b); err != nil {
					return nil, badInput{fmt.Errorf("%s %s: %w", src, path, err)}
				}
			}
			args, err := chain.SettleArgsFromBundle(b, idx, w)
			if err != nil {
				return nil, badInput{fmt.Errorf("%s %s: %w", src, path, err)}
			}
			return func(s *session, at common.Address) error {
				if fromBundle {
					s.out["weights_from"] = "bundle attribution"
				}
				s.out["indices"], s.out["weights_ppm"] = nonNil(idx), nonNil(w)
				_, err := s.do(chain.Settle(at, args))
				return err
			}, nil
		})
	cmd.ArgsUsage = "[BUNDLE]"
	cmd.Description = "Settles the request (model, adapter, input) of a proof bundle with its proof. Without --indices/--weights, " +
		"an attributed bundle settles with the weights of its attribution section, which its proof binds: a circuit registered " +
		"with an attribution index takes them from any sender. Other weights need SETTLER_ROLE, or revert (AttributionMismatch)."
	return cmd
}

// nonNil prints an empty list as [] rather than null.
func nonNil(v []uint32) []uint32 {
	if v == nil {
		return []uint32{}
	}
	return v
}

func chainWithdrawCommand(e *env) *cli.Command {
	return settlementCommand(e, "withdraw", "withdraw the sender's credit (or a contributor's, or free escrow)",
		[]cli.Flag{
			&cli.StringFlag{Name: "root", Usage: "with --index: withdraw contributor index of this Datanet (the sender is its payout address)"},
			&cli.StringFlag{Name: "index", Usage: "contributor index (with --root)"},
			&cli.StringFlag{Name: "escrow", Usage: "instead: take back this much free escrow, wei"},
		},
		func(c *cli.Context) (action, error) {
			root, index, escrow := c.String("root"), c.String("index"), c.String("escrow")
			var call func(at common.Address) chain.Call
			switch {
			case escrow != "" && (root != "" || index != ""):
				return nil, usageErr("--escrow excludes --root and --index")
			case (root == "") != (index == ""):
				return nil, usageErr("--root and --index go together")
			case escrow != "":
				amount, err := wei(c, "escrow")
				if err != nil {
					return nil, err
				}
				call = func(at common.Address) chain.Call { return chain.WithdrawEscrow(at, amount) }
			case root != "":
				r, err := field("--root", root)
				if err != nil {
					return nil, err
				}
				i, err := strconv.ParseUint(index, 10, 32)
				if err != nil {
					return nil, usageErr("--index %q: want a contributor index", index)
				}
				call = func(at common.Address) chain.Call { return chain.WithdrawContributor(at, r, new(big.Int).SetUint64(i)) }
			default:
				call = chain.Withdraw
			}
			return func(s *session, at common.Address) error {
				_, err := s.do(call(at))
				return err
			}, nil
		})
}

func chainEventsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "events",
		Usage: "print the settlement contract's events (JSON), enough to rebuild every payment",
		Flags: []cli.Flag{rpcFlag, chainIDFlag, settleAtFlag,
			&cli.Uint64Flag{Name: "from-block", Usage: "first block"},
			&cli.Int64Flag{Name: "to-block", Value: -1, Usage: "last block (-1: latest)"},
		},
		Action: func(c *cli.Context) error {
			at, err := addressFlag(c, "settlement")
			if err != nil {
				return err
			}
			var to *big.Int
			if v := c.Int64("to-block"); v >= 0 {
				to = big.NewInt(v)
			} else if v != -1 {
				return usageErr("--to-block %d: want a block number or -1", v)
			}
			s, err := connect(c, e, false)
			if err != nil {
				return err
			}
			defer s.close()
			evs, err := chain.Events(s.ctx, s.client, at, new(big.Int).SetUint64(c.Uint64("from-block")), to)
			if err != nil {
				return badInput{fmt.Errorf("--rpc %s: %w", c.String("rpc"), err)}
			}
			for i := range evs {
				for k, v := range evs[i].Fields {
					// bytes32 fields (request keys, statement hashes) as hex.
					if h, ok := v.([32]byte); ok {
						evs[i].Fields[k] = common.Hash(h)
					}
				}
			}
			return writeJSON(e.stdout, map[string]any{"settlement": at, "chain_id": s.out["chain_id"], "events": evs})
		},
	}
}
