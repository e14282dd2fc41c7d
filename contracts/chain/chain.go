// Package chain drives openproof's settlement contracts over JSON-RPC (or
// go-ethereum's simulated backend): deployment, registration, escrow,
// settlement of proof bundles, withdrawals and the event log.
//
// Every operation is built as a Call (target, calldata, value) first, so a
// caller can estimate it (Estimate, for a dry run) or send it (Send, which
// waits for the receipt). A reverted call comes back as a *RevertError that
// names the contract's custom error.
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/errs"
)

// ErrBadInput marks arguments that cannot become a transaction: malformed
// keys, bundles or amounts.
var ErrBadInput = fmt.Errorf("chain: %w", errs.ErrBadInput)

// Backend is what this package needs of a node: *ethclient.Client and
// go-ethereum's simulated.Client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Call is one transaction before it is signed: To is nil for a deployment.
type Call struct {
	What  string // for errors and logs, e.g. "settle"
	To    *common.Address
	Data  []byte
	Value *big.Int
}

// RevertError is a call the EVM reverted, with the custom error decoded
// where one of openproof's contracts (or OpenZeppelin's) declares it.
type RevertError struct {
	What string
	Name string // custom error name, "Error" for require strings, "" if unknown
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("%s reverted (data %s)", e.What, hexutil.Encode(e.Data))
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case [32]byte: // request keys and hashes read as hex, not as 32 numbers
			args[i] = hexutil.Encode(v[:])
		default:
			args[i] = fmt.Sprint(a)
		}
	}
	return fmt.Sprintf("%s reverted: %s(%s)", e.What, e.Name, strings.Join(args, ", "))
}

// IsRevert reports whether err is a revert with the custom error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// LoadKey reads a hex secp256k1 private key (64 hex digits, optional 0x,
// surrounding whitespace ignored) from path: keys never go on a command line.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	s := strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("key file %s: not a hex secp256k1 key: %w", path, ErrBadInput)
	}
	return k, nil
}

// NewSigner returns transaction options that sign with key for chainID.
func NewSigner(key *ecdsa.PrivateKey, chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, chainID)
}

// CheckChainID fails unless the node serves chain want (so that a key meant
// for a testnet is not used on another chain).
func CheckChainID(ctx context.Context, b Backend, want *big.Int) error {
	got, err := b.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	if got.Cmp(want) != 0 {
		return fmt.Errorf("node serves chain %s, not %s: %w", got, want, ErrBadInput)
	}
	return nil
}

func (c Call) msg(from common.Address) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: c.To, Data: c.Data, Value: c.Value}
}

// Estimate returns the gas c would use if from sent it now (a dry run).
func Estimate(ctx context.Context, b Backend, from common.Address, c Call) (uint64, error) {
	gas, err := b.EstimateGas(ctx, c.msg(from))
	if err != nil {
		return 0, revertOr(c.What, err)
	}
	return gas, nil
}

// Send signs c with auth, sends it and waits for its receipt. A call that
// would revert is not sent: its estimate fails with the RevertError.
func Send(ctx context.Context, b Backend, auth *bind.TransactOpts, c Call) (*types.Receipt, error) {
	if auth == nil || auth.Signer == nil {
		return nil, fmt.Errorf("%s: no signer: %w", c.What, ErrBadInput)
	}
	// Headroom over the estimate (the state may move between estimate and
	// inclusion, for example an escrow refund changes a slot's price),
	// capped at the block's gas limit and EIP-7825's per-transaction cap.
	_, gas, err := PlanGas(ctx, b, auth.From, c)
	if err != nil {
		return nil, err
	}
	opts := *auth
	opts.Context = ctx
	opts.Value = c.Value
	opts.GasLimit = gas
	var tx *types.Transaction
	if c.To == nil {
		_, tx, err = bind.DeployContract(&opts, c.Data, b, nil)
	} else {
		tx, err = bind.NewBoundContract(*c.To, abi.ABI{}, b, b, b).RawTransact(&opts, c.Data)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: send: %w", c.What, err)
	}
	rec, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", c.What, tx.Hash(), err)
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		return rec, fmt.Errorf("%s: transaction %s reverted on chain", c.What, tx.Hash())
	}
	return rec, nil
}

// errorABIs are the contracts whose custom errors RevertError decodes.
var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{
		&bindings.OpenProofSettlementMetaData,
		&bindings.AttributionDigestMetaData,
		&bindings.MnistDemoVerifierMetaData,
		&bindings.OptimismMintableERC20MetaData,
	} {
		a, err := md.ParseABI()
		if err != nil {
			// The ABIs are generated and committed: a parse failure is a
			// build defect that every test catches.
			panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err))
		}
		out = append(out, a)
	}
	return out
}()

// DecodeRevert names revert data: a custom error of the settlement
// contract, a verifier, OpenZeppelin, or a require string.
func DecodeRevert(what string, data []byte) *RevertError {
	e := &RevertError{What: what, Data: data}
	if len(data) < 4 {
		return e
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		e.Name, e.Args = "Error", []any{reason}
		return e
	}
	var sel [4]byte
	copy(sel[:], data)
	for _, a := range errorABIs {
		ae, err := a.ErrorByID(sel)
		if err != nil {
			continue
		}
		e.Name = ae.Name
		if args, err := ae.Inputs.Unpack(data[4:]); err == nil {
			e.Args = args
		}
		return e
	}
	return e
}

// DecodeRevertErr is the error of a failed call: a *RevertError (wrapped)
// when err carries revert data, else err with what prefixed.
func DecodeRevertErr(what string, err error) error { return revertOr(what, err) }

// revertOr turns an RPC error carrying revert data into a RevertError.
func revertOr(what string, err error) error {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				re := DecodeRevert(what, data)
				return fmt.Errorf("%w (%v)", re, err)
			}
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}
