package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/economy"
)

// `chain economy deploy`: the L2 economy (registry, vault, gOPEN,
// timelock, governor, optionally the delta book), wired to a settlement
// contract, optionally handed to governance.

func chainEconomyCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "economy",
		Usage: "the OPEN economy on the L2",
		Subcommands: []*cli.Command{{
			Name: "deploy",
			Usage: "deploy the prover registry, staking vault, gOPEN, timelock and governor (and --delta-book); " +
				"with --settlement wire them to it",
			Description: "With --settlement the registry asks and obeys it and the vault pulls its fees from it; " +
				"setRegistry (and setDeltaBook) are sent if the sender is the settlement's admin, else printed " +
				"as a proposal (\"proposal\": targets and calldatas for `chain gov propose`). --hand-over then " +
				"moves every admin role to the timelock and the timelock's to the governor.",
			Flags: chainFlags(openTokenFlag, nodeSettlementFlag, proverUnbondFlag, claimWindowFlag, claimBondFlag,
				minStakeFlag, missPenaltyFlag, reporterBpsFlag, vaultUnbondFlag, vaultSlashCapFlag, timelockDelayFlag,
				votingDelayFlag, votingPeriodFlag, proposalThreshFlag, quorumFlag, deltaBookFlag, handOverFlag),
			Action: func(c *cli.Context) error { return deployEconomy(c, e) },
		}},
	}
}

// economyConfig reads the deployment's flags.
func economyConfig(c *cli.Context) (economy.L2Config, error) {
	cfg := economy.L2Config{VaultUnbonding: c.Uint64(vaultUnbondFlag.Name), TimelockDelay: c.Uint64(timelockDelayFlag.Name)}
	var err error
	if cfg.Open, err = addressFlag(c, openTokenFlag.Name); err != nil {
		return cfg, err
	}
	r := &cfg.Registry
	r.UnbondingPeriod, r.ClaimWindow = c.Uint64(proverUnbondFlag.Name), c.Uint64(claimWindowFlag.Name)
	if r.ClaimBond, err = wei(c, claimBondFlag.Name); err != nil {
		return cfg, err
	}
	if r.MinStake, err = wei(c, minStakeFlag.Name); err != nil {
		return cfg, err
	}
	if r.MissPenalty, err = wei(c, missPenaltyFlag.Name); err != nil {
		return cfg, err
	}
	rb, slashCap := c.Uint(reporterBpsFlag.Name), c.Uint(vaultSlashCapFlag.Name)
	if rb > 10_000 || slashCap > 10_000 {
		return cfg, usageErr("--%s %d, --%s %d: basis points are at most 10000", reporterBpsFlag.Name, rb, vaultSlashCapFlag.Name, slashCap)
	}
	if r.UnbondingPeriod <= r.ClaimWindow {
		return cfg, usageErr("--%s %d must exceed --%s %d, or a prover unbonds before its claim can be slashed",
			proverUnbondFlag.Name, r.UnbondingPeriod, claimWindowFlag.Name, r.ClaimWindow)
	}
	r.ReporterBps, cfg.VaultSlashCap = uint16(rb), uint16(slashCap)
	cfg.Governor = economy.GovernorConfig{VotingDelay: c.Uint64(votingDelayFlag.Name), VotingPeriod: uint32(c.Uint(votingPeriodFlag.Name)),
		QuorumPercent: c.Uint64(quorumFlag.Name)}
	cfg.Governor.ProposalThreshold, err = wei(c, proposalThreshFlag.Name)
	return cfg, err
}

func deployEconomy(c *cli.Context, e *env) error {
	cfg, err := economyConfig(c)
	if err != nil {
		return err
	}
	var settlement common.Address
	if c.IsSet(nodeSettlementFlag.Name) {
		if settlement, err = addressFlag(c, nodeSettlementFlag.Name); err != nil {
			return err
		}
	}
	withBook := c.Bool(deltaBookFlag.Name)
	if withBook && settlement == (common.Address{}) {
		return usageErr("--%s needs --%s (the book uses its hasher)", deltaBookFlag.Name, nodeSettlementFlag.Name)
	}
	if c.Bool(dryRunFlag.Name) {
		return usageErr("economy deploy sends dependent deployments: --dry-run is not supported")
	}
	return econRun(c, e, func(s *session) error {
		d, err := economy.DeployL2(s.ctx, s.client, s.auth, cfg)
		if err != nil {
			return chainErr(err)
		}
		s.out["registry"], s.out["vault"], s.out["gopen"], s.out["timelock"], s.out["governor"] = d.Registry, d.Vault, d.GOpen, d.Timelock, d.Governor
		s.addTxs(d.Transactions)
		var book common.Address
		if withBook {
			if book, err = deployDeltaBook(s, settlement); err != nil {
				return err
			}
		}
		if settlement != (common.Address{}) {
			w, err := economy.WireSettlement(s.ctx, s.client, s.auth, d, settlement, book, cfg.VaultUnbonding, cfg.VaultSlashCap)
			if w != nil {
				s.addTxs(w.Transactions)
				if w.Proposal != nil {
					s.out["proposal"] = proposalJSON(w.Proposal)
				}
			}
			if err != nil {
				return chainErr(err)
			}
		}
		if !c.Bool(handOverFlag.Name) {
			return nil
		}
		return handOverEconomy(s, d, book)
	})
}

func deployDeltaBook(s *session, settlement common.Address) (common.Address, error) {
	hasher, err := economy.SettlementHasher(s.ctx, s.client, settlement)
	if err != nil {
		return common.Address{}, badInput{fmt.Errorf("--%s %s: hasher: %w", nodeSettlementFlag.Name, settlement, err)}
	}
	call, err := economy.DeployDeltaBook(s.auth.From, hasher)
	if err != nil {
		return common.Address{}, err
	}
	rec, err := s.doEcon(call)
	if err != nil {
		return common.Address{}, err
	}
	s.out["delta_book"] = rec.ContractAddress
	return rec.ContractAddress, nil
}

func handOverEconomy(s *session, d *economy.L2Deployment, book common.Address) error {
	if book != (common.Address{}) {
		txs, err := economy.HandOver(s.ctx, s.client, s.auth, book, d.Timelock, economy.RegistrarRole)
		s.addTxs(txs)
		if err != nil {
			return chainErr(err)
		}
	}
	txs, err := economy.HandOverL2(s.ctx, s.client, s.auth, d)
	s.addTxs(txs)
	if err != nil {
		return chainErr(err)
	}
	s.out["handed_over_to"] = d.Timelock
	return nil
}

// addTxs records transactions the economy package sent.
func (s *session) addTxs(txs []economy.Tx) {
	for _, tx := range txs {
		s.txs = append(s.txs, map[string]any{"what": tx.What, "tx": tx.Hash, "gas_used": tx.GasUsed})
	}
}

// proposalJSON prints a proposal as `chain gov propose` takes it.
func proposalJSON(p *economy.Proposal) map[string]any {
	var targets, datas []string
	for i := range p.Targets {
		targets = append(targets, p.Targets[i].Hex())
		datas = append(datas, fmt.Sprintf("0x%x", p.Calldatas[i]))
	}
	return map[string]any{"targets": targets, "calldatas": datas, "description": p.Description}
}
