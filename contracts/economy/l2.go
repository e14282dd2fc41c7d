package economy

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/chain"
)

// L2Config is the economy's deployment on the L2, over its OPEN
// (the OptimismMintableERC20, or a wrapped native OPEN).
type L2Config struct {
	Open           common.Address
	Registry       RegistryParams // SlashSink zero: the staking vault
	VaultUnbonding uint64
	VaultSlashCap  uint16
	TimelockDelay  uint64
	Governor       GovernorConfig
}

// L2Deployment is what DeployL2 made.
type L2Deployment struct {
	Registry     common.Address `json:"registry"`
	Vault        common.Address `json:"vault"`
	GOpen        common.Address `json:"gopen"`
	Timelock     common.Address `json:"timelock"`
	Governor     common.Address `json:"governor"`
	Transactions []Tx           `json:"transactions"`
}

// DeployL2 deploys the vault, the registry (its slash sink the vault when
// cfg.Registry.SlashSink is zero), gOPEN, the timelock and the governor, with
// the sender as every contract's temporary admin. HandOverL2 then moves the
// roles to the timelock.
func DeployL2(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, cfg L2Config) (*L2Deployment, error) {
	d := &L2Deployment{}
	deploy := func(c chain.Call, err error) (common.Address, error) {
		if err != nil {
			return common.Address{}, err
		}
		rec, err := Send(ctx, b, auth, c)
		if err != nil {
			return common.Address{}, err
		}
		d.Transactions = append(d.Transactions, txOf(c.What, rec))
		return rec.ContractAddress, nil
	}
	var err error
	if d.Vault, err = deploy(DeployVault(auth.From, cfg.Open, cfg.VaultUnbonding, cfg.VaultSlashCap)); err != nil {
		return nil, err
	}
	p := cfg.Registry
	if p.SlashSink == (common.Address{}) {
		p.SlashSink = d.Vault
	}
	if d.Registry, err = deploy(DeployRegistry(auth.From, cfg.Open, p)); err != nil {
		return nil, err
	}
	if d.GOpen, err = deploy(DeployGOpen(cfg.Open)); err != nil {
		return nil, err
	}
	if d.Timelock, err = deploy(DeployTimelock(cfg.TimelockDelay, auth.From)); err != nil {
		return nil, err
	}
	if d.Governor, err = deploy(DeployGovernor(d.GOpen, d.Timelock, cfg.Governor)); err != nil {
		return nil, err
	}
	return d, nil
}

// HandOverL2 moves every admin role of the registry, the vault (with
// SLASHER_ROLE) and the timelock to governance; the sender keeps none.
func HandOverL2(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, d *L2Deployment) ([]Tx, error) {
	txs, err := HandOver(ctx, b, auth, d.Registry, d.Timelock)
	if err != nil {
		return txs, err
	}
	more, err := HandOver(ctx, b, auth, d.Vault, d.Timelock, SlasherRole)
	txs = append(txs, more...)
	if err != nil {
		return txs, err
	}
	more, err = HandOverTimelock(ctx, b, auth, d.Timelock, d.Governor)
	return append(txs, more...), err
}
