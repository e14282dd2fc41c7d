package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Event is one decoded log of the settlement contract.
type Event struct {
	Name   string         `json:"event"`
	Block  uint64         `json:"block"`
	TxHash common.Hash    `json:"tx"`
	Index  uint           `json:"log_index"`
	Fields map[string]any `json:"fields"`
}

// Events returns the settlement contract's events in blocks [from, to]
// (to nil: the latest), in chain order. Together they account for every
// wei: deposits, locks, refunds, each credit of a settlement, withdrawals.
func Events(ctx context.Context, b Backend, settlement common.Address, from, to *big.Int) ([]Event, error) {
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{settlement}})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	a := settlementABI.GetABI()
	bc := settlementABI.Instance(b, settlement)
	out := make([]Event, 0, len(logs))
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue // not one of ours (cannot happen for this address)
		}
		fields := map[string]any{}
		if err := bc.UnpackLogIntoMap(fields, ev.Name, l); err != nil {
			return nil, fmt.Errorf("events: decode %s in block %d: %w", ev.Name, l.BlockNumber, err)
		}
		out = append(out, Event{Name: ev.Name, Block: l.BlockNumber, TxHash: l.TxHash, Index: l.Index, Fields: fields})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Block != out[j].Block {
			return out[i].Block < out[j].Block
		}
		return out[i].Index < out[j].Index
	})
	return out, nil
}

func keccak(b []byte) []byte { return crypto.Keccak256(b) }
