package main

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy"
)

// The OPEN economy's commands (contracts/economy): prover stake, claims and
// slashing, the staking vault, governance (chain_econ_gov.go) and OPEN on
// L1 (chain_econ_token.go).

// econCommands are the economy's chain subcommands.
func econCommands(e *env) []*cli.Command {
	return []*cli.Command{
		chainStakeCommand(e), chainUnstakeCommand(e), chainClaimRequestCommand(e), chainSlashCommand(e),
		chainGovCommand(e), chainTokenCommand(e), chainEconomyCommand(e),
	}
}

// econRun connects with a key and runs act, then prints the answer.
func econRun(c *cli.Context, e *env, act func(s *session) error) error {
	s, err := connect(c, e, true)
	if err != nil {
		return err
	}
	defer s.close()
	if err := act(s); err != nil {
		return err
	}
	return s.finish()
}

// doEcon is session.do with the economy's custom errors named.
func (s *session) doEcon(call chain.Call) (*types.Receipt, error) {
	if s.dryRun {
		gas, err := economy.Estimate(s.ctx, s.client, s.from, call)
		if err != nil {
			return nil, chainErr(err)
		}
		s.txs = append(s.txs, map[string]any{"what": call.What, "estimated_gas": gas})
		return nil, nil
	}
	rec, err := economy.Send(s.ctx, s.client, s.auth, call)
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

// stakeTarget is --registry or --vault, exactly one.
func stakeTarget(c *cli.Context) (at common.Address, vault bool, err error) {
	r, v := c.IsSet(registryFlag.Name), c.IsSet(vaultFlag.Name)
	if r == v {
		return at, false, usageErr("give exactly one of --registry (prover stake) and --vault (staking pool)")
	}
	if v {
		at, err = addressFlag(c, vaultFlag.Name)
		return at, true, err
	}
	at, err = addressFlag(c, registryFlag.Name)
	return at, false, err
}

func chainStakeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "stake",
		Usage: "stake OPEN as a prover (--registry) or in the staking pool (--vault); approves first",
		Flags: chainFlags(registryFlag, vaultFlag, required(amountFlag)),
		Action: func(c *cli.Context) error {
			at, vault, err := stakeTarget(c)
			if err != nil {
				return err
			}
			amount, err := wei(c, amountFlag.Name)
			if err != nil {
				return err
			}
			return econRun(c, e, func(s *session) error {
				token, err := stakeToken(s, at, vault)
				if err != nil {
					return err
				}
				if _, err := s.doEcon(economy.Approve(token, at, amount)); err != nil {
					return err
				}
				call := economy.Stake(at, amount)
				if vault {
					call = economy.VaultDeposit(at, amount, s.from)
				}
				_, err = s.doEcon(call)
				return err
			})
		},
	}
}

func stakeToken(s *session, at common.Address, vault bool) (common.Address, error) {
	var token common.Address
	var err error
	if vault {
		token, err = economy.VaultAsset(s.ctx, s.client, at)
	} else {
		token, err = economy.RegistryToken(s.ctx, s.client, at)
	}
	if err != nil {
		return token, badInput{fmt.Errorf("%s: token: %w", at, err)}
	}
	s.out["token"] = token
	return token, nil
}

func chainUnstakeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "unstake",
		Usage: "start unbonding (--amount: OPEN of free prover stake with --registry, shares with --vault), " +
			"or --complete one whose wait is over",
		Flags: chainFlags(registryFlag, vaultFlag, amountFlag, completeFlag),
		Action: func(c *cli.Context) error {
			at, vault, err := stakeTarget(c)
			if err != nil {
				return err
			}
			complete := c.Bool(completeFlag.Name)
			if complete == c.IsSet(amountFlag.Name) {
				return usageErr("give exactly one of --amount and --complete")
			}
			var amount *big.Int
			if !complete {
				if amount, err = wei(c, amountFlag.Name); err != nil {
					return err
				}
			}
			return econRun(c, e, func(s *session) error {
				_, err := s.doEcon(unstakeCall(at, vault, complete, amount, s.from))
				return err
			})
		},
	}
}

func unstakeCall(at common.Address, vault, complete bool, amount *big.Int, from common.Address) chain.Call {
	switch {
	case vault && complete:
		return economy.CompleteRedeem(at, from)
	case vault:
		return economy.RequestRedeem(at, amount)
	case complete:
		return economy.WithdrawUnbonded(at)
	}
	return economy.RequestUnbond(at, amount)
}

// registryKeyCommand is a call on the registry naming one request key.
func registryKeyCommand(e *env, name, usage string, call func(registry common.Address, key [32]byte) chain.Call) *cli.Command {
	return &cli.Command{
		Name:  name,
		Usage: usage,
		Flags: chainFlags(required(registryFlag), required(requestKeyFlag)),
		Action: func(c *cli.Context) error {
			at, err := addressFlag(c, registryFlag.Name)
			if err != nil {
				return err
			}
			key, err := hash32("--"+requestKeyFlag.Name, c.String(requestKeyFlag.Name))
			if err != nil {
				return err
			}
			return econRun(c, e, func(s *session) error {
				s.out["registry"], s.out["request"] = at, common.Hash(key)
				_, err := s.doEcon(call(at, key))
				return err
			})
		},
	}
}

func chainClaimRequestCommand(e *env) *cli.Command {
	return registryKeyCommand(e, "claim-request",
		"claim an open request as a prover: locks the claim bond until the deadline (ProverRegistry)", economy.Claim)
}

func chainSlashCommand(e *env) *cli.Command {
	return registryKeyCommand(e, "slash",
		"slash a claim whose deadline passed (anyone; the caller gets the reporter share)", economy.Slash)
}
