package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/prover/bundle"
)

// EthBackend is what EthChain needs of a node: *ethclient.Client.
type EthBackend interface {
	chain.Backend
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error)
}

// EthChain is Chain over contracts/chain: the settlement contract at
// Settlement, one sender key with its own nonce, EIP-1559 fees and bumped
// resubmission.
type EthChain struct {
	B             EthBackend
	Settlement    common.Address
	Confirmations uint64
	// ResubmitAfter is how long a settle transaction may stay unmined
	// before it is sent again with fees raised by 20% (default 30s).
	ResubmitAfter time.Duration
	// Poll is the receipt polling interval (default 500ms).
	Poll time.Duration

	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	mu      sync.Mutex // one transaction at a time: one nonce sequence
	nonce   *uint64
	abi     *bindings.OpenProofSettlement
}

// NewEthChain returns the chain of settlement over b, sending with key.
func NewEthChain(ctx context.Context, b EthBackend, settlement common.Address, key *ecdsa.PrivateKey, confirmations uint64) (*EthChain, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if _, err := chain.TokenOf(ctx, b, settlement); err != nil {
		return nil, fmt.Errorf("settlement %s: not an OpenProofSettlement: %w", settlement, err)
	}
	return &EthChain{
		B: b, Settlement: settlement, Confirmations: confirmations, ResubmitAfter: 30 * time.Second, Poll: 500 * time.Millisecond,
		key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: id, abi: bindings.NewOpenProofSettlement(),
	}, nil
}

// From is the sender's address.
func (c *EthChain) From() common.Address { return c.from }

func (c *EthChain) Head(ctx context.Context) (uint64, error) { return c.B.BlockNumber(ctx) }

func (c *EthChain) BlockHash(ctx context.Context, n uint64) (string, error) {
	h, err := c.B.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return "", fmt.Errorf("block %d: %w", n, err)
	}
	return h.Hash().Hex(), nil
}

func (c *EthChain) query(from, to *big.Int) ethereum.FilterQuery {
	ev := c.abi.GetABI().Events["RequestOpened"]
	return ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{c.Settlement}, Topics: [][]common.Hash{{ev.ID}}}
}

func (c *EthChain) decode(l types.Log) (OpenedRequest, error) {
	ev, err := c.abi.UnpackRequestOpenedEvent(&l)
	if err != nil {
		return OpenedRequest{}, fmt.Errorf("RequestOpened in block %d: %w", l.BlockNumber, err)
	}
	return OpenedRequest{
		Key: common.Hash(ev.Key).Hex(), ModelDigest: ev.ModelDigest, AdapterCommitment: ev.AdapterCommitment,
		InputDigest: ev.InputDigest, MaxFee: ev.Fee, Block: l.BlockNumber, BlockHash: l.BlockHash.Hex(),
		LogIndex: l.Index, Removed: l.Removed,
	}, nil
}

func (c *EthChain) Opened(ctx context.Context, from, to uint64) ([]OpenedRequest, error) {
	logs, err := c.B.FilterLogs(ctx, c.query(new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)))
	if err != nil {
		return nil, fmt.Errorf("RequestOpened logs %d–%d: %w", from, to, err)
	}
	out := make([]OpenedRequest, 0, len(logs))
	for _, l := range logs {
		r, err := c.decode(l)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (c *EthChain) Watch(ctx context.Context, out chan<- OpenedRequest) (<-chan error, error) {
	ch := make(chan types.Log, 64)
	sub, err := c.B.SubscribeFilterLogs(ctx, c.query(nil, nil), ch)
	if errors.Is(err, rpc.ErrNotificationsUnsupported) {
		return nil, ErrNoSubscription
	}
	if err != nil {
		return nil, fmt.Errorf("subscribe RequestOpened: %w", err)
	}
	errc := make(chan error, 1)
	go func() {
		defer sub.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case err := <-sub.Err():
				errc <- err
				return
			case l := <-ch:
				if r, err := c.decode(l); err == nil {
					select {
					case out <- r:
					case <-ctx.Done():
						return
					}
				}
			}
		}
	}()
	return errc, nil
}

func (c *EthChain) Status(ctx context.Context, key string) (RequestStatus, error) {
	k := common.HexToHash(key)
	res, err := c.B.CallContract(ctx, ethereum.CallMsg{To: &c.Settlement, Data: c.abi.PackRequests(k)}, nil)
	if err != nil {
		return 0, fmt.Errorf("request %s: %w", key, err)
	}
	out, err := c.abi.UnpackRequests(res)
	if err != nil {
		return 0, fmt.Errorf("request %s: %w", key, err)
	}
	return RequestStatus(out.Status), nil
}

// Settle settles request key with bundle b: an attributed bundle with the
// weights its proof binds. A request already settled is reported, not
// sent; a revert other than StatementAlreadySettled is permanent.
func (c *EthChain) Settle(ctx context.Context, key string, b *bundle.Bundle) (*Settlement, error) {
	if st, err := c.Status(ctx, key); err != nil {
		return nil, err
	} else if st == RequestSettled {
		return &Settlement{AlreadySettled: true}, nil
	}
	var idx, w []uint32
	if b.Attribution != nil {
		var err error
		if idx, w, err = chain.BundleWeights(b); err != nil {
			return nil, &PermanentError{err}
		}
	}
	args, err := chain.SettleArgsFromBundle(common.HexToHash(key), b, idx, w)
	if err != nil {
		return nil, &PermanentError{err}
	}
	call := chain.Settle(c.Settlement, args)
	rec, err := c.send(ctx, call)
	if err != nil {
		var re *chain.RevertError
		if !errors.As(err, &re) || re.Name == "" {
			return nil, err // not a decoded revert (funds, RPC): retried
		}
		// Another sender may have settled it since the status read: the
		// contract then reverts (StatementAlreadySettled, or RequestNotOpen
		// where a request is keyed apart from its statement).
		if st, serr := c.Status(ctx, key); serr == nil && st == RequestSettled {
			return &Settlement{AlreadySettled: true}, nil
		}
		return nil, &PermanentError{err}
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		// Mined but reverted: settled by another sender meanwhile, or a
		// state change since the estimate (retried).
		if st, err := c.Status(ctx, key); err == nil && st == RequestSettled {
			return &Settlement{AlreadySettled: true, Tx: rec.TxHash.Hex(), GasUsed: rec.GasUsed, Block: rec.BlockNumber.Uint64()}, nil
		}
		return nil, fmt.Errorf("settle %s: transaction %s reverted on chain", key, rec.TxHash.Hex())
	}
	return &Settlement{Tx: rec.TxHash.Hex(), GasUsed: rec.GasUsed, Block: rec.BlockNumber.Uint64()}, nil
}

// send signs and sends call as an EIP-1559 transaction from the node's one
// nonce sequence, raises its fees by 20% and sends it again whenever it
// stays unmined for ResubmitAfter, and waits for its receipt to be
// Confirmations blocks deep (and still canonical).
func (c *EthChain) send(ctx context.Context, call chain.Call) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, gas, err := chain.PlanGas(ctx, c.B, c.from, call)
	if err != nil {
		return nil, err // a revert: not sent
	}
	if c.nonce == nil {
		n, err := c.B.PendingNonceAt(ctx, c.from)
		if err != nil {
			return nil, fmt.Errorf("nonce: %w", err)
		}
		c.nonce = &n
	}
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(c.chainID)
	var sent []common.Hash
	for {
		tx, err := types.SignNewTx(c.key, signer, &types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: *c.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: call.To, Value: call.Value, Data: call.Data,
		})
		if err != nil {
			return nil, fmt.Errorf("%s: sign: %w", call.What, err)
		}
		if err := c.B.SendTransaction(ctx, tx); err != nil {
			msg := strings.ToLower(err.Error())
			switch {
			case strings.Contains(msg, "already known"):
			case strings.Contains(msg, "nonce too low"):
				if len(sent) == 0 {
					c.nonce = nil // another transaction of this key was mined: read it again next time
					return nil, fmt.Errorf("%s: %w", call.What, err)
				}
				// One of the versions already sent was mined: await its receipt.
			case strings.Contains(msg, "underpriced"):
				tip, feeCap = bump(tip), bump(feeCap)
				continue
			default:
				return nil, fmt.Errorf("%s: send: %w", call.What, err)
			}
		} else {
			sent = append(sent, tx.Hash())
		}
		rec, err := c.awaitAny(ctx, sent, c.ResubmitAfter)
		if err != nil {
			return nil, err
		}
		if rec != nil {
			next := *c.nonce + 1
			c.nonce = &next
			return c.confirm(ctx, rec)
		}
		tip, feeCap = bump(tip), bump(feeCap) // stuck: same nonce, higher fees
	}
}

// fees are the EIP-1559 tip and fee cap to send with now: the node's
// suggested tip, and twice the base fee plus the tip.
func (c *EthChain) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = c.B.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("gas tip: %w", err)
	}
	h, err := c.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head: %w", err)
	}
	base := h.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip), nil
}

// bump raises a fee by 20% (replacement needs at least 10%), plus one wei.
func bump(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(12))
	y.Div(y, big.NewInt(10))
	return y.Add(y, big.NewInt(1))
}

// awaitAny waits up to d for a receipt of any of hashes.
func (c *EthChain) awaitAny(ctx context.Context, hashes []common.Hash, d time.Duration) (*types.Receipt, error) {
	deadline := time.Now().Add(d)
	for {
		for _, h := range hashes {
			rec, err := c.B.TransactionReceipt(ctx, h)
			if err == nil {
				return rec, nil
			}
			if !errors.Is(err, ethereum.NotFound) {
				return nil, fmt.Errorf("receipt %s: %w", h, err)
			}
		}
		if time.Now().After(deadline) {
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(c.Poll):
		}
	}
}

// confirm waits until rec's block is Confirmations deep and checks that
// the receipt is still the canonical one.
func (c *EthChain) confirm(ctx context.Context, rec *types.Receipt) (*types.Receipt, error) {
	for c.Confirmations > 0 {
		head, err := c.B.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if head >= rec.BlockNumber.Uint64()+c.Confirmations {
			again, err := c.B.TransactionReceipt(ctx, rec.TxHash)
			if err != nil {
				return nil, fmt.Errorf("receipt %s after %d confirmations: %w", rec.TxHash, c.Confirmations, err)
			}
			if again.BlockHash != rec.BlockHash {
				return nil, fmt.Errorf("transaction %s was reorganized into another block: retrying", rec.TxHash)
			}
			return again, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(c.Poll):
		}
	}
	return rec, nil
}
