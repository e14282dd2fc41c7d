package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/economy"
)

// `chain token deploy-l1`: OPEN on L1 with its vesting wallets.

func chainTokenCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "token",
		Usage: "OPEN itself",
		Subcommands: []*cli.Command{{
			Name: "deploy-l1",
			Usage: "deploy OPEN on L1 (1,000,000,000, all minted) and the vesting wallets of community, investors, " +
				"team and ecosystem (docs/economics.md); --rpc is the L1 node",
			Flags: chainFlags(tgeFlag, required(communityFlag), required(investorsFlag), required(teamFlag),
				required(ecosystemFlag), required(liquidityFlag)),
			Action: func(c *cli.Context) error { return deployL1(c, e) },
		}},
	}
}

func deployL1(c *cli.Context, e *env) error {
	var cfg economy.L1Config
	var err error
	for _, f := range []struct {
		name string
		dst  *common.Address
	}{
		{communityFlag.Name, &cfg.Community}, {investorsFlag.Name, &cfg.Investors}, {teamFlag.Name, &cfg.Team},
		{ecosystemFlag.Name, &cfg.Ecosystem}, {liquidityFlag.Name, &cfg.Liquidity},
	} {
		if *f.dst, err = addressFlag(c, f.name); err != nil {
			return err
		}
	}
	if c.Bool(dryRunFlag.Name) {
		return usageErr("deploy-l1 sends five dependent deployments: --dry-run is not supported")
	}
	return econRun(c, e, func(s *session) error {
		cfg.TGE = c.Uint64(tgeFlag.Name)
		if cfg.TGE == 0 {
			h, err := s.client.HeaderByNumber(s.ctx, nil)
			if err != nil {
				return fmt.Errorf("latest block: %w", err)
			}
			cfg.TGE = h.Time
		}
		var d *economy.L1Deployment
		if d, err = economy.DeployL1(s.ctx, s.client, s.auth, cfg); err != nil {
			return chainErr(err)
		}
		s.out["tge"], s.out["token"], s.out["wallets"] = cfg.TGE, d.Token, d.Wallets
		for _, tx := range d.Transactions {
			s.txs = append(s.txs, map[string]any{"what": tx.What, "tx": tx.Hash, "gas_used": tx.GasUsed})
		}
		return nil
	})
}
