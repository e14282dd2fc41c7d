package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MaxTxGas is the most gas one transaction may carry: EIP-7825 (Osaka)
// caps a transaction at 2^24 gas whatever the block's limit, and a node
// on Osaka's rules refuses a transaction over it. Staying under it now
// keeps openproof's transactions valid across that fork.
const MaxTxGas uint64 = 1 << 24

// ErrGasOverLimit marks a call whose estimate does not fit a transaction:
// it exceeds the block's gas limit or MaxTxGas. Such a call is not sent.
var ErrGasOverLimit = fmt.Errorf("chain: gas estimate over the limit: %w", ErrBadInput)

// GasLimit is the gas limit to send a call estimated at estimate with,
// under a block gas limit of blockLimit (0: unknown): the estimate plus
// 20% headroom (the state may move between estimate and inclusion), capped
// at the block's limit and MaxTxGas. An estimate over either cap is
// refused with ErrGasOverLimit, naming the call.
func GasLimit(what string, estimate, blockLimit uint64) (uint64, error) {
	limit := MaxTxGas
	if blockLimit != 0 && blockLimit < limit {
		limit = blockLimit
	}
	if estimate > limit {
		return 0, fmt.Errorf("%s: estimated gas %d is over the limit %d (block gas limit %d, per-transaction cap %d): %w",
			what, estimate, limit, blockLimit, MaxTxGas, ErrGasOverLimit)
	}
	return min(estimate+estimate/5, limit), nil
}

// PlanGas estimates c from from and caps it with GasLimit under the latest
// block's gas limit: estimate is the node's figure, limit what Send sends
// with. A call over the limit fails with ErrGasOverLimit before it is sent.
func PlanGas(ctx context.Context, b Backend, from common.Address, c Call) (estimate, limit uint64, err error) {
	if estimate, err = Estimate(ctx, b, from, c); err != nil {
		return 0, 0, err
	}
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: block gas limit: %w", c.What, err)
	}
	limit, err = GasLimit(c.What, estimate, h.GasLimit)
	return estimate, limit, err
}

// Paused reports whether settlement is paused.
func Paused(ctx context.Context, b Backend, settlement common.Address) (bool, error) {
	return call(ctx, b, settlement, settlementABI.PackPaused(), settlementABI.UnpackPaused)
}

// RequestKeyOf is the key of requester's request number nonce as the
// settlement contract's requestKey view computes it.
func RequestKeyOf(ctx context.Context, b Backend, settlement, requester common.Address, nonce uint64) ([32]byte, error) {
	return call(ctx, b, settlement, settlementABI.PackRequestKey(requester, new(big.Int).SetUint64(nonce)), settlementABI.UnpackRequestKey)
}

// Role is one of the settlement contract's roles and whether an account
// holds it.
type Role struct {
	Name  string
	ID    [32]byte // the contract's constant
	Admin [32]byte // the role that grants and revokes it
	Held  bool
}

// roleViews are the role constants OpenProofSettlement defines, with the
// views that read them: the ids come from the contract, not from here.
var roleViews = []struct {
	name   string
	pack   func() []byte
	unpack func([]byte) ([32]byte, error)
}{
	{"DEFAULT_ADMIN_ROLE", settlementABI.PackDEFAULTADMINROLE, settlementABI.UnpackDEFAULTADMINROLE},
	{"REGISTRAR_ROLE", settlementABI.PackREGISTRARROLE, settlementABI.UnpackREGISTRARROLE},
	{"PAUSER_ROLE", settlementABI.PackPAUSERROLE, settlementABI.UnpackPAUSERROLE},
}

// Roles reads every role of settlement, its admin role, and whether
// account holds it.
func Roles(ctx context.Context, b Backend, settlement, account common.Address) ([]Role, error) {
	out := make([]Role, 0, len(roleViews))
	for _, rv := range roleViews {
		r := Role{Name: rv.name}
		var err error
		if r.ID, err = call(ctx, b, settlement, rv.pack(), rv.unpack); err != nil {
			return nil, fmt.Errorf("%s: %w", rv.name, err)
		}
		if r.Admin, err = call(ctx, b, settlement, settlementABI.PackGetRoleAdmin(r.ID), settlementABI.UnpackGetRoleAdmin); err != nil {
			return nil, fmt.Errorf("%s admin: %w", rv.name, err)
		}
		if r.Held, err = call(ctx, b, settlement, settlementABI.PackHasRole(r.ID, account), settlementABI.UnpackHasRole); err != nil {
			return nil, fmt.Errorf("%s of %s: %w", rv.name, account, err)
		}
		out = append(out, r)
	}
	return out, nil
}
