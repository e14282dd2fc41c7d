package economy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts/chain"
)

// Wiring is what WireSettlement did: the transactions it sent, and, when
// the sender does not hold the settlement contract's DEFAULT_ADMIN_ROLE
// (the timelock does, after the hand-over), the proposal that makes the
// settlement contract report to the registry (and, with a delta book,
// ask it), to submit with `chain gov propose`.
type Wiring struct {
	Transactions []Tx
	Proposal     *Proposal
}

// WireSettlement wires d to the settlement contract: the registry asks
// and obeys it (setSettlement), the vault pulls its fees from it
// (setParams with vaultUnbonding and slashCapBps), and the settlement
// contract reports to the registry (setRegistry) and, when book is not
// zero, asks the delta book (setDeltaBook): sent if the sender is the
// settlement's admin, else returned as a proposal. The sender must still
// hold the registry's and the vault's admin role (before HandOverL2).
func WireSettlement(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, d *L2Deployment, settlement, book common.Address, vaultUnbonding uint64, slashCapBps uint16) (*Wiring, error) {
	if d == nil || settlement == (common.Address{}) {
		return nil, fmt.Errorf("wire: no deployment or settlement address: %w", ErrBadInput)
	}
	w := &Wiring{}
	send := func(c chain.Call) error {
		rec, err := Send(ctx, b, auth, c)
		if err != nil {
			return err
		}
		w.Transactions = append(w.Transactions, txOf(c.What, rec))
		return nil
	}
	for _, c := range []chain.Call{SetSettlement(d.Registry, settlement), SetVaultParams(d.Vault, vaultUnbonding, slashCapBps, settlement)} {
		if err := send(c); err != nil {
			return w, err
		}
	}
	calls := []chain.Call{SetRegistry(settlement, d.Registry)}
	if book != (common.Address{}) {
		calls = append(calls, SetDeltaBook(settlement, book))
	}
	admin, err := HasRole(ctx, b, settlement, DefaultAdminRole, auth.From)
	if err != nil {
		return w, err
	}
	if !admin {
		p := &Proposal{Description: fmt.Sprintf("Wire the settlement contract %s to the prover registry %s", settlement, d.Registry)}
		if book != (common.Address{}) {
			p.Description += fmt.Sprintf(" and the delta book %s", book)
		}
		for _, c := range calls {
			p.Targets, p.Values, p.Calldatas = append(p.Targets, settlement), append(p.Values, new(big.Int)), append(p.Calldatas, c.Data)
		}
		w.Proposal = p
		return w, nil
	}
	for _, c := range calls {
		if err := send(c); err != nil {
			return w, err
		}
	}
	return w, nil
}
