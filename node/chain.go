package node

import (
	"context"
	"errors"
	"math/big"

	"github.com/openproof/openproof/prover/bundle"
)

// Every chain interaction of the node goes through Chain (this file); the
// implementation over contracts/chain and go-ethereum is chain_eth.go. A
// change of the settlement contract changes these two files only.

// Chain is what the node needs of the settlement contract's chain.
type Chain interface {
	// Head is the latest block number.
	Head(ctx context.Context) (uint64, error)
	// BlockHash is the canonical hash of block n now.
	BlockHash(ctx context.Context, n uint64) (string, error)
	// Opened returns the RequestOpened logs of blocks [from, to].
	Opened(ctx context.Context, from, to uint64) ([]OpenedRequest, error)
	// Watch delivers new RequestOpened logs as they arrive, including
	// logs a reorg removed (Removed set), until ctx ends or the
	// subscription fails (the error on errc). ErrNoSubscription when the
	// RPC cannot push logs (HTTP): the node then polls Opened.
	Watch(ctx context.Context, logs chan<- OpenedRequest) (errc <-chan error, err error)
	// Settle settles request key with the proof bundle b and waits for
	// the receipt at the confirmation depth. A request already settled
	// (by this node earlier, or by another sender) is not an error: the
	// result says so. A revert other than that is returned as an error
	// that IsPermanent reports.
	Settle(ctx context.Context, key string, b *bundle.Bundle) (*Settlement, error)
	// Status is the request's status on chain now.
	Status(ctx context.Context, key string) (RequestStatus, error)
}

// OpenedRequest is one RequestOpened log.
type OpenedRequest struct {
	Key               string // 0x hex request key
	ModelDigest       *big.Int
	AdapterCommitment *big.Int
	InputDigest       *big.Int
	MaxFee            *big.Int
	Block             uint64
	BlockHash         string
	LogIndex          uint
	Removed           bool // a reorg removed the log
}

// RequestStatus is a request's status in the settlement contract.
type RequestStatus int

const (
	RequestNone RequestStatus = iota
	RequestOpen
	RequestSettled
	RequestCancelled
)

// Settlement is the outcome of Settle.
type Settlement struct {
	Tx             string // the transaction that settled it ("" when already settled)
	GasUsed        uint64
	Block          uint64
	AlreadySettled bool // the request was settled before this call's transaction
}

// ErrNoSubscription is Watch on an RPC that cannot push logs.
var ErrNoSubscription = errors.New("node: the RPC offers no log subscription")

// PermanentError is a settle the contract refuses for a reason that a retry
// does not change (the proof, the request or the registries).
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// IsPermanent reports whether err is a PermanentError.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}
