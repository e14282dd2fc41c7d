package economy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy/ebind"
)

// Month is a twelfth of a 365-day year, the unit of the vesting schedules.
const Month = 365 * 24 * 3600 / 12

// Cap is OPEN's supply, all minted at deployment: 10⁹ OPEN of 18 decimals.
var Cap = new(big.Int).Mul(big.NewInt(1_000_000_000), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))

// Allocation shares in basis points, as OpenToken.sol fixes them.
const (
	CommunityBps = 5170
	InvestorsBps = 1829
	TeamBps      = 1500
	EcosystemBps = 1001
	LiquidityBps = 500
)

// Share is the amount of an allocation of bps basis points.
func Share(bps int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(Cap, big.NewInt(bps)), big.NewInt(10_000))
}

// Schedule is one vesting wallet's: linear from Start over Duration seconds,
// nothing before Start+Cliff.
type Schedule struct {
	Start, Duration, Cliff uint64
}

// LinearSchedule is community's and ecosystem's: 48 months linear from tge.
func LinearSchedule(tge uint64) Schedule { return Schedule{Start: tge, Duration: 48 * Month} }

// CliffSchedule is team's and investors': nothing for 12 months, a quarter
// at the cliff, the rest linearly until month 48 (docs/economics.md).
func CliffSchedule(tge uint64) Schedule {
	return Schedule{Start: tge, Duration: 48 * Month, Cliff: 12 * Month}
}

// DeployVesting deploys an OpenVesting wallet for beneficiary.
func DeployVesting(beneficiary common.Address, s Schedule) (chain.Call, error) {
	if beneficiary == (common.Address{}) || s.Duration == 0 || s.Cliff > s.Duration {
		return chain.Call{}, fmt.Errorf("deploy vesting: beneficiary %s, schedule %+v: %w", beneficiary, s, ErrBadInput)
	}
	return deployCall("deploy vesting", ebind.OpenVestingMetaData.Bin,
		vestingABI.PackConstructor(beneficiary, s.Start, s.Duration, s.Cliff))
}

// Allocation names where OpenToken mints each share.
type Allocation = ebind.OpenTokenAllocation

// DeployToken deploys OPEN on L1, minting the cap to a.
func DeployToken(a Allocation) (chain.Call, error) {
	for _, x := range []common.Address{a.Community, a.Investors, a.Team, a.Ecosystem, a.Liquidity} {
		if x == (common.Address{}) {
			return chain.Call{}, fmt.Errorf("deploy OPEN: an allocation address is zero: %w", ErrBadInput)
		}
	}
	return deployCall("deploy OPEN (L1)", ebind.OpenTokenMetaData.Bin, tokenABI.PackConstructor(a))
}

// L1Config is the L1 launch: the beneficiary of each vesting wallet, the
// liquidity address (paid at once) and the vesting start.
type L1Config struct {
	TGE                                   uint64
	Community, Investors, Team, Ecosystem common.Address
	Liquidity                             common.Address
}

// Tx is a sent transaction, for reports.
type Tx struct {
	What    string      `json:"what"`
	GasUsed uint64      `json:"gas_used"`
	Hash    common.Hash `json:"tx"`
}

func txOf(what string, rec *types.Receipt) Tx {
	return Tx{What: what, GasUsed: rec.GasUsed, Hash: rec.TxHash}
}

// L1Deployment is what DeployL1 made.
type L1Deployment struct {
	Token        common.Address `json:"token"`
	Wallets      Allocation     `json:"wallets"` // the vesting wallets; Liquidity is the liquidity address itself
	Transactions []Tx           `json:"transactions"`
}

// DeployL1 deploys the four vesting wallets, then OPEN minting the cap to
// them and to the liquidity address.
func DeployL1(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, cfg L1Config) (*L1Deployment, error) {
	d := &L1Deployment{}
	wallets := []struct {
		name  string
		who   common.Address
		sched Schedule
		dst   *common.Address
	}{
		{"community", cfg.Community, LinearSchedule(cfg.TGE), &d.Wallets.Community},
		{"investors", cfg.Investors, CliffSchedule(cfg.TGE), &d.Wallets.Investors},
		{"team", cfg.Team, CliffSchedule(cfg.TGE), &d.Wallets.Team},
		{"ecosystem", cfg.Ecosystem, LinearSchedule(cfg.TGE), &d.Wallets.Ecosystem},
	}
	for _, w := range wallets {
		call, err := DeployVesting(w.who, w.sched)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", w.name, err)
		}
		call.What = "deploy vesting (" + w.name + ")"
		rec, err := Send(ctx, b, auth, call)
		if err != nil {
			return nil, err
		}
		*w.dst = rec.ContractAddress
		d.Transactions = append(d.Transactions, txOf(call.What, rec))
	}
	d.Wallets.Liquidity = cfg.Liquidity
	call, err := DeployToken(d.Wallets)
	if err != nil {
		return nil, err
	}
	rec, err := Send(ctx, b, auth, call)
	if err != nil {
		return nil, err
	}
	d.Token = rec.ContractAddress
	d.Transactions = append(d.Transactions, txOf(call.What, rec))
	return d, nil
}

// Release pays a vesting wallet's releasable OPEN to its beneficiary (anyone may call).
func Release(wallet, token common.Address) chain.Call {
	return chain.Call{What: "release", To: to(wallet), Data: vestingABI.PackRelease(token)}
}

// Releasable is what Release would pay now.
func Releasable(ctx context.Context, b chain.Backend, wallet, token common.Address) (*big.Int, error) {
	out, err := view(ctx, b, wallet, "releasable", vestingABI.PackReleasable(token))
	if err != nil {
		return nil, err
	}
	return vestingABI.UnpackReleasable(out)
}

// VestedAmount is what the wallet's schedule has vested of token at timestamp
// (released or not), given its current balance plus what it released.
func VestedAmount(ctx context.Context, b chain.Backend, wallet, token common.Address, timestamp uint64) (*big.Int, error) {
	out, err := view(ctx, b, wallet, "vestedAmount", vestingABI.PackVestedAmount0(token, timestamp))
	if err != nil {
		return nil, err
	}
	return vestingABI.UnpackVestedAmount0(out)
}
