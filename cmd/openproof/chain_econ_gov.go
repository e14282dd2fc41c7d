package main

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy"
)

// `chain gov`: proposals through OpenGovernor and its timelock.

func chainGovCommand(e *env) *cli.Command {
	proposal := []cli.Flag{governorFlag, required(targetFlag), required(calldataFlag), required(descriptionFlag)}
	return &cli.Command{
		Name:  "gov",
		Usage: "governance: propose, vote, queue and execute proposals (OpenGovernor, OpenTimelock)",
		Description: "A proposal is its --target/--calldata pairs (value 0) and --description; queue and execute " +
			"take the same flags as propose. Votes are gOPEN delegated before the proposal's snapshot.",
		Subcommands: []*cli.Command{
			{Name: "propose", Usage: "submit a proposal (prints its id)", Flags: chainFlags(proposal...),
				Action: govProposalAction(e, economy.Propose)},
			{Name: "vote", Usage: "cast the sender's votes", Flags: chainFlags(governorFlag, required(proposalFlag), supportFlag),
				Action: govVoteAction(e)},
			{Name: "queue", Usage: "queue a succeeded proposal in the timelock", Flags: chainFlags(proposal...),
				Action: govProposalAction(e, economy.Queue)},
			{Name: "execute", Usage: "execute a queued proposal after the timelock's delay", Flags: chainFlags(proposal...),
				Action: govProposalAction(e, economy.Execute)},
		},
	}
}

func proposalFlags(c *cli.Context) (economy.Proposal, error) {
	targets, datas := c.StringSlice(targetFlag.Name), c.StringSlice(calldataFlag.Name)
	if len(targets) != len(datas) {
		return economy.Proposal{}, usageErr("%d --target but %d --calldata", len(targets), len(datas))
	}
	p := economy.Proposal{Description: c.String(descriptionFlag.Name)}
	for i := range targets {
		a, err := parseAddress("--target", targets[i])
		if err != nil {
			return p, err
		}
		d, err := hex.DecodeString(strings.TrimPrefix(datas[i], "0x"))
		if err != nil {
			return p, usageErr("--calldata %q: not hex", datas[i])
		}
		p.Targets, p.Values, p.Calldatas = append(p.Targets, a), append(p.Values, new(big.Int)), append(p.Calldatas, d)
	}
	return p, nil
}

func govProposalAction(e *env, build func(common.Address, economy.Proposal) (chain.Call, error)) cli.ActionFunc {
	return func(c *cli.Context) error {
		gov, err := addressFlag(c, governorFlag.Name)
		if err != nil {
			return err
		}
		p, err := proposalFlags(c)
		if err != nil {
			return err
		}
		call, err := build(gov, p)
		if err != nil {
			return badInput{err}
		}
		return econRun(c, e, func(s *session) error {
			id, err := economy.ProposalID(s.ctx, s.client, gov, p)
			if err != nil {
				return badInput{fmt.Errorf("--governor %s: %w", gov, err)}
			}
			s.out["governor"], s.out["proposal_id"] = gov, id.String()
			if _, err := s.doEcon(call); err != nil {
				return err
			}
			if !s.dryRun {
				st, err := economy.State(s.ctx, s.client, gov, id)
				if err == nil && int(st) < len(economy.ProposalState) {
					s.out["state"] = economy.ProposalState[st]
				}
			}
			return nil
		})
	}
}

func govVoteAction(e *env) cli.ActionFunc {
	return func(c *cli.Context) error {
		gov, err := addressFlag(c, governorFlag.Name)
		if err != nil {
			return err
		}
		id, ok := new(big.Int).SetString(c.String(proposalFlag.Name), 10)
		if !ok || id.Sign() < 0 {
			return usageErr("--proposal %q: want a decimal proposal id", c.String(proposalFlag.Name))
		}
		support, ok := map[string]uint8{"for": economy.For, "against": economy.Against, "abstain": economy.Abstain}[c.String(supportFlag.Name)]
		if !ok {
			return usageErr("--support %q: want for, against or abstain", c.String(supportFlag.Name))
		}
		return econRun(c, e, func(s *session) error {
			s.out["governor"], s.out["proposal_id"] = gov, id.String()
			_, err := s.doEcon(economy.Vote(gov, id, support))
			return err
		})
	}
}
