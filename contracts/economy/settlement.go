package economy

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
)

var settlementABI = bindings.NewOpenProofSettlement()

// SetRegistry wires the settlement contract to the prover registry
// (DEFAULT_ADMIN: the timelock after HandOver): settle then pays the
// prover's share to the registry's live claimant, and cancelRequest closes
// its claim. The zero address returns to open settling (the settler is
// paid). The registry must name the settlement contract too (SetSettlement),
// and the vault takes its fees from it (SetVaultParams' fee source).
func SetRegistry(settlement, registry common.Address) chain.Call {
	return chain.Call{What: "setRegistry", To: to(settlement), Data: settlementABI.PackSetRegistry(registry)}
}

// IsOpen reports whether key names an open request of the settlement
// contract (what the registry asks before a claim).
func IsOpen(ctx context.Context, b chain.Backend, settlement common.Address, key [32]byte) (bool, error) {
	out, err := view(ctx, b, settlement, "isOpen", settlementABI.PackIsOpen(key))
	if err != nil {
		return false, err
	}
	return settlementABI.UnpackIsOpen(out)
}

// SettlementHasher is the settlement contract's commit.Hash contract (the
// delta book's hasher).
func SettlementHasher(ctx context.Context, b chain.Backend, settlement common.Address) (common.Address, error) {
	out, err := view(ctx, b, settlement, "hasher", settlementABI.PackHasher())
	if err != nil {
		return common.Address{}, err
	}
	return settlementABI.UnpackHasher(out)
}
