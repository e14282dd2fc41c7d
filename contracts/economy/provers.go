package economy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy/ebind"
)

// RegistryParams are ProverRegistry's parameters (setParams, through the timelock).
type RegistryParams = ebind.ProverRegistryParams

// DeployRegistry deploys ProverRegistry over the L2's OPEN with admin as its
// DEFAULT_ADMIN (the deployer until HandOver moves it to the timelock).
func DeployRegistry(admin, open common.Address, p RegistryParams) (chain.Call, error) {
	if admin == (common.Address{}) || open == (common.Address{}) || p.SlashSink == (common.Address{}) {
		return chain.Call{}, fmt.Errorf("deploy registry: zero address: %w", ErrBadInput)
	}
	if p.ClaimBond == nil || p.ClaimBond.Sign() <= 0 || p.ReporterBps > 10_000 || p.ClaimWindow == 0 {
		return chain.Call{}, fmt.Errorf("deploy registry: params %+v: %w", p, ErrBadInput)
	}
	return deployCall("deploy prover registry", ebind.ProverRegistryMetaData.Bin, registryABI.PackConstructor(admin, open, withZeros(p)))
}

// withZeros returns p with a nil MinStake or MissPenalty as zero (no
// minimum, no penalty beyond the bond).
func withZeros(p RegistryParams) RegistryParams {
	if p.MinStake == nil {
		p.MinStake = new(big.Int)
	}
	if p.MissPenalty == nil {
		p.MissPenalty = new(big.Int)
	}
	return p
}

// SetSettlement names the settlement contract the registry asks and obeys.
func SetSettlement(registry, settlement common.Address) chain.Call {
	return chain.Call{What: "setSettlement", To: to(registry), Data: registryABI.PackSetSettlement(settlement)}
}

// SetRegistryParams replaces the registry's parameters (DEFAULT_ADMIN: the timelock).
func SetRegistryParams(registry common.Address, p RegistryParams) chain.Call {
	return chain.Call{What: "setParams", To: to(registry), Data: registryABI.PackSetParams(withZeros(p))}
}

// Stake moves amount of OPEN into the sender's stake (Approve the registry first).
func Stake(registry common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "stake", To: to(registry), Data: registryABI.PackStake(amount)}
}

// RequestUnbond starts unbonding amount of free stake.
func RequestUnbond(registry common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "requestUnbond", To: to(registry), Data: registryABI.PackRequestUnbond(amount)}
}

// WithdrawUnbonded pays out the unbonded stake.
func WithdrawUnbonded(registry common.Address) chain.Call {
	return chain.Call{What: "withdrawUnbonded", To: to(registry), Data: registryABI.PackWithdrawUnbonded()}
}

// Claim claims an open request, locking the claim bond until its deadline.
func Claim(registry common.Address, key [32]byte) chain.Call {
	return chain.Call{What: "claim", To: to(registry), Data: registryABI.PackClaim(key)}
}

// Slash slashes a claim whose deadline passed (anyone).
func Slash(registry common.Address, key [32]byte) chain.Call {
	return chain.Call{What: "slash", To: to(registry), Data: registryABI.PackSlash(key)}
}

// ProverState is a prover's stake in the registry.
type ProverState = ebind.ProversOutput

// Prover reads a prover's stake.
func Prover(ctx context.Context, b chain.Backend, registry, who common.Address) (ProverState, error) {
	out, err := view(ctx, b, registry, "provers", registryABI.PackProvers(who))
	if err != nil {
		return ProverState{}, err
	}
	return registryABI.UnpackProvers(out)
}

// ClaimState is a claim (Prover zero: none).
type ClaimState = ebind.ClaimsOutput

// ClaimOf reads the claim on key.
func ClaimOf(ctx context.Context, b chain.Backend, registry common.Address, key [32]byte) (ClaimState, error) {
	out, err := view(ctx, b, registry, "claims", registryABI.PackClaims(key))
	if err != nil {
		return ClaimState{}, err
	}
	return registryABI.UnpackClaims(out)
}

// Params reads the registry's parameters.
func Params(ctx context.Context, b chain.Backend, registry common.Address) (RegistryParams, error) {
	out, err := view(ctx, b, registry, "params", registryABI.PackParams())
	if err != nil {
		return RegistryParams{}, err
	}
	return registryABI.UnpackParams(out)
}

// RegistryToken is the ERC-20 the registry stakes.
func RegistryToken(ctx context.Context, b chain.Backend, registry common.Address) (common.Address, error) {
	out, err := view(ctx, b, registry, "token", registryABI.PackToken())
	if err != nil {
		return common.Address{}, err
	}
	return registryABI.UnpackToken(out)
}

// IsAssigned reports whether prover holds the live claim on key (what the
// settlement contract may ask before crediting).
func IsAssigned(ctx context.Context, b chain.Backend, registry common.Address, key [32]byte, prover common.Address) (bool, error) {
	out, err := view(ctx, b, registry, "isAssigned", registryABI.PackIsAssigned(key, prover))
	if err != nil {
		return false, err
	}
	return registryABI.UnpackIsAssigned(out)
}
