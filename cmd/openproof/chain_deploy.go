package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/prover/keystore"
)

func chainDeployCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy AttributionDigest and OpenProofSettlement (and optionally a verifier and the OPEN token)",
		Description: `--token native: OPEN is the chain's native gas token (OpenLedger's L2).
--token erc20: OPEN is the ERC-20 at --token-address, or with --remote-token a new
OptimismMintableERC20 (bridge: the L2StandardBridge predeploy) is deployed first.
--verifier NAME deploys a committed verifier (e.g. MnistDemoVerifier); --verifier-bin FILE one
compiled elsewhere (hex creation bytecode, e.g. solc's output for export-solidity's file).

A verifier is only as sound as its keys' setup. Committed verifiers are test fixtures made
with the development (single-party) setup, and --verifier-bin needs --circuit-digest naming
the key store entry it was exported from, whose manifest must record the MPC ceremony.
Anything else is refused unless --dev is given, and then deployed with a warning: whoever
ran a development setup can forge proofs that the verifier accepts.`,
		Flags: chainFlags(
			tokenModeFlag, tokenAddressFlag, remoteTokenFlag, adminFlag,
			required(treasuryFlag), required(stakingPoolFlag),
			betaBpsFlag, gammaBpsFlag, proverBpsFlag, platformFeeFlag, requestTimeoutFlag,
			verifierContractFlag, verifierBinFlag, circuitDigestFlag, keysFlag, devFlag,
		),
		Action: e.chainDeploy,
	}
}

// chainDeploy checks every flag, then deploys in order: the OPEN token
// (--remote-token), the attribution digest (the settlement's Poseidon2
// hasher, and the digester attributed circuits name), the settlement
// contract and the verifier.
func (e *env) chainDeploy(c *cli.Context) error {
	cfg, err := deployConfig(c)
	if err != nil {
		return err
	}
	verifierCode, err := e.verifierCode(c)
	if err != nil {
		return err
	}
	// The library refuses the committed dev-key verifiers by their bytecode
	// too; both checks run before anything is sent.
	var deployVerifier *chain.Call
	if verifierCode != nil {
		call, err := chain.DeployVerifier(verifierCode, chain.VerifierOptions{AllowDevKeys: c.Bool(devFlag.Name)})
		if err != nil {
			return err
		}
		deployVerifier = &call
	}
	s, err := connect(c, e, true)
	if err != nil {
		return err
	}
	defer s.close()
	if cfg.Admin == (common.Address{}) {
		cfg.Admin = s.from
	}
	if err := deployToken(c, s, &cfg); err != nil {
		return err
	}
	call, err := chain.DeployAttributionDigest()
	if err != nil {
		return err
	}
	if rec, err := s.do(call); err != nil {
		return err
	} else if rec != nil {
		s.out["attribution_digest"] = rec.ContractAddress
		cfg.Hasher = rec.ContractAddress
	}
	if err := deploySettlement(s, cfg); err != nil {
		return err
	}
	if deployVerifier != nil {
		if rec, err := s.do(*deployVerifier); err != nil {
			return err
		} else if rec != nil {
			s.out["verifier"] = rec.ContractAddress
		}
	}
	return s.finish()
}

// deployToken deploys the OPEN token for --remote-token and records the
// token mode.
func deployToken(c *cli.Context, s *session, cfg *chain.DeployConfig) error {
	if remote := c.String(remoteTokenFlag.Name); remote != "" {
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
	if c.String(tokenModeFlag.Name) == "erc20" && cfg.Token == (common.Address{}) && !s.dryRun {
		return usageErr("--token erc20: give --token-address or --remote-token")
	}
	return nil
}

// deploySettlement deploys the settlement contract.
func deploySettlement(s *session, cfg chain.DeployConfig) error {
	if s.dryRun && cfg.Hasher == (common.Address{}) {
		cfg.Hasher = common.Address{1} // not deployed in a dry run; any address estimates the same
	}
	call, err := chain.DeploySettlement(cfg)
	if err != nil {
		return badInput{err}
	}
	rec, err := s.do(call)
	if err != nil || rec == nil {
		return err
	}
	s.out["settlement"] = rec.ContractAddress
	return nil
}

func deployConfig(c *cli.Context) (chain.DeployConfig, error) {
	var cfg chain.DeployConfig
	var err error
	if cfg.Token, err = tokenConfig(c); err != nil {
		return cfg, err
	}
	if c.String(adminFlag.Name) != "" {
		if cfg.Admin, err = addressFlag(c, adminFlag.Name); err != nil {
			return cfg, err
		}
	}
	if cfg.Treasury, err = addressFlag(c, treasuryFlag.Name); err != nil {
		return cfg, err
	}
	if cfg.StakingPool, err = addressFlag(c, stakingPoolFlag.Name); err != nil {
		return cfg, err
	}
	beta, gamma, prover := c.Uint(betaBpsFlag.Name), c.Uint(gammaBpsFlag.Name), c.Uint(proverBpsFlag.Name)
	if beta+gamma+prover > 10_000 {
		return cfg, usageErr("--beta-bps %d + --gamma-bps %d + --prover-bps %d exceed 10000", beta, gamma, prover)
	}
	fee, err := wei(c, platformFeeFlag.Name)
	if err != nil {
		return cfg, err
	}
	if fee.BitLen() > 128 {
		return cfg, usageErr("--platform-fee %s: above 2^128 wei", fee)
	}
	cfg.Split = chain.SplitConfig{BetaBps: uint16(beta), GammaBps: uint16(gamma), ProverBps: uint16(prover), PlatformFee: fee,
		RequestTimeout: c.Uint64(requestTimeoutFlag.Name)}
	return cfg, nil
}

// tokenConfig checks --token and its companions; it returns the existing
// ERC-20's address (zero for native, or for one --remote-token deploys).
func tokenConfig(c *cli.Context) (common.Address, error) {
	ta, rt := c.String(tokenAddressFlag.Name), c.String(remoteTokenFlag.Name)
	switch c.String(tokenModeFlag.Name) {
	case "native":
		if ta != "" || rt != "" {
			return common.Address{}, usageErr("--token native takes no --token-address or --remote-token")
		}
		return common.Address{}, nil
	case "erc20":
		switch {
		case ta != "" && rt != "":
			return common.Address{}, usageErr("give --token-address or --remote-token, not both")
		case ta == "" && rt == "":
			return common.Address{}, usageErr("--token erc20: give --token-address (existing OPEN) or --remote-token (deploy an OptimismMintableERC20)")
		case ta != "":
			return parseAddress("--token-address", ta)
		}
		return common.Address{}, nil
	}
	return common.Address{}, usageErr("--token %q: want native or erc20", c.String(tokenModeFlag.Name))
}

// verifierCode returns the creation bytecode of the verifier to deploy (nil
// for none), refusing one whose keys come from a development setup unless
// --dev is given, and warning loudly when it is.
func (e *env) verifierCode(c *cli.Context) ([]byte, error) {
	name, file := c.String(verifierContractFlag.Name), c.String(verifierBinFlag.Name)
	var code []byte
	var err error
	switch {
	case name != "" && file != "":
		return nil, usageErr("give --verifier or --verifier-bin, not both")
	case c.String(circuitDigestFlag.Name) != "" && file == "":
		return nil, usageErr("--circuit-digest names the key of --verifier-bin")
	case name != "":
		a, err := contracts.LoadArtifact(name)
		if err != nil || !strings.HasSuffix(name, "Verifier") {
			return nil, usageErr("--verifier %q: not a committed verifier contract (e.g. MnistDemoVerifier)", name)
		}
		code = a.Bin
	case file != "":
		if code, err = readBytecode(file); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	setup, err := verifierSetup(c)
	if err != nil {
		return nil, err
	}
	if setup != keystore.SetupMPC {
		if err := e.allowDevKeys(c, setup, "deploy", "name them with --circuit-digest"); err != nil {
			return nil, err
		}
	}
	return code, nil
}

// verifierSetup says how the keys of the verifier to deploy were made: a
// committed verifier is a test fixture (development setup); --verifier-bin
// has the setup its --circuit-digest's manifest records, and "" (unknown)
// without one.
func verifierSetup(c *cli.Context) (string, error) {
	if c.String(verifierContractFlag.Name) != "" {
		return keystore.SetupDev, nil
	}
	digest := c.String(circuitDigestFlag.Name)
	if digest == "" {
		return "", nil
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return "", err
	}
	_, m, err := ks.VerifyingKey(digest)
	if err != nil {
		return "", badInput{fmt.Errorf("--circuit-digest: key store %s, circuit %s: %w", keysDir(c), digest, err)}
	}
	return m.Setup, nil
}

// allowDevKeys refuses a verifier whose keys are not from the MPC ceremony
// unless --dev is given, and then warns on stderr (log and a plain line).
// action is what is refused ("deploy", "export"); unknown names how to tell
// the keys when the setup is "" (unknown).
func (e *env) allowDevKeys(c *cli.Context, setup, action, unknown string) error {
	what := "its keys come from a development (single-party) setup"
	if setup == "" {
		what = "its keys are unknown (" + unknown + ")"
	}
	if !c.Bool(devFlag.Name) {
		return usageErr("refusing to %s the verifier: %s, whose author can forge proofs it accepts; pass --dev to %s it anyway (tests, devnets)", action, what, action)
	}
	e.log.Warn().Str("action", action).Str("setup", setup).
		Msg("a verifier with development keys: anyone who ran the setup can forge proofs")
	fmt.Fprintf(e.stderr, "WARNING: --dev: %sing a verifier whose %s; do not use it for real payments\n", strings.TrimSuffix(action, "e"), strings.TrimPrefix(what, "its "))
	return nil
}

// readBytecode reads hex creation bytecode from a file.
func readBytecode(file string) ([]byte, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, badInput{fmt.Errorf("--verifier-bin: %w", err)}
	}
	code, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil || len(code) == 0 {
		return nil, usageErr("--verifier-bin %s: not hex bytecode", file)
	}
	return code, nil
}
