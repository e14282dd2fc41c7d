package economy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy/ebind"
)

// SlasherRole is OpenStakingVault's SLASHER_ROLE.
var SlasherRole = crypto.Keccak256Hash([]byte("SLASHER_ROLE"))

// DeployVault deploys OpenStakingVault over the L2's OPEN.
func DeployVault(admin, open common.Address, unbondingPeriod uint64, slashCapBps uint16) (chain.Call, error) {
	if admin == (common.Address{}) || open == (common.Address{}) || slashCapBps > 5000 {
		return chain.Call{}, fmt.Errorf("deploy vault: admin %s, token %s, slash cap %d bps: %w", admin, open, slashCapBps, ErrBadInput)
	}
	return deployCall("deploy staking vault", ebind.OpenStakingVaultMetaData.Bin,
		vaultABI.PackConstructor(admin, open, unbondingPeriod, slashCapBps))
}

// SetVaultParams sets the unbonding period, the slash cap and the fee
// source (the settlement contract) (DEFAULT_ADMIN: the timelock).
func SetVaultParams(vault common.Address, unbondingPeriod uint64, slashCapBps uint16, feeSource common.Address) chain.Call {
	return chain.Call{What: "vault setParams", To: to(vault), Data: vaultABI.PackSetParams(unbondingPeriod, slashCapBps, feeSource)}
}

// VaultDeposit stakes assets of OPEN for receiver (Approve the vault first).
func VaultDeposit(vault common.Address, assets *big.Int, receiver common.Address) chain.Call {
	return chain.Call{What: "vault deposit", To: to(vault), Data: vaultABI.PackDeposit(assets, receiver)}
}

// RequestRedeem starts unbonding shares of the sender.
func RequestRedeem(vault common.Address, shares *big.Int) chain.Call {
	return chain.Call{What: "requestRedeem", To: to(vault), Data: vaultABI.PackRequestRedeem(shares)}
}

// CompleteRedeem burns the sender's unbonded shares and pays receiver.
func CompleteRedeem(vault, receiver common.Address) chain.Call {
	return chain.Call{What: "completeRedeem", To: to(vault), Data: vaultABI.PackCompleteRedeem(receiver)}
}

// PullFees collects the stakers' share from the settlement contract (anyone).
func PullFees(vault common.Address) chain.Call {
	return chain.Call{What: "pullFees", To: to(vault), Data: vaultABI.PackPullFees()}
}

// SlashVault takes amount out of the vault to recipient (SLASHER_ROLE).
func SlashVault(vault common.Address, amount *big.Int, recipient common.Address) chain.Call {
	return chain.Call{What: "vault slash", To: to(vault), Data: vaultABI.PackSlash(amount, recipient)}
}

// ConvertToAssets is the OPEN value of shares now.
func ConvertToAssets(ctx context.Context, b chain.Backend, vault common.Address, shares *big.Int) (*big.Int, error) {
	out, err := view(ctx, b, vault, "convertToAssets", vaultABI.PackConvertToAssets(shares))
	if err != nil {
		return nil, err
	}
	return vaultABI.UnpackConvertToAssets(out)
}

// TotalAssets is the vault's OPEN.
func TotalAssets(ctx context.Context, b chain.Backend, vault common.Address) (*big.Int, error) {
	out, err := view(ctx, b, vault, "totalAssets", vaultABI.PackTotalAssets())
	if err != nil {
		return nil, err
	}
	return vaultABI.UnpackTotalAssets(out)
}

// VaultAsset is the ERC-20 the vault holds (OPEN).
func VaultAsset(ctx context.Context, b chain.Backend, vault common.Address) (common.Address, error) {
	out, err := view(ctx, b, vault, "asset", vaultABI.PackAsset())
	if err != nil {
		return common.Address{}, err
	}
	return vaultABI.UnpackAsset(out)
}
