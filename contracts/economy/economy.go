// Package economy drives the OPEN economy's contracts (contracts/src/economy):
// OPEN on L1 with its vesting wallets, the prover registry (stake, claim,
// slash), the staking vault (ERC-4626 with unbonding), and governance (gOPEN,
// OpenGovernor, OpenTimelock). Like package chain, every operation is a
// chain.Call built first and sent (or estimated) by the caller; Send adds the
// economy's custom errors to chain's revert decoding.
//
// The settlement contract reports to the registry (IProverRegistry.sol:
// onSettled, onCancelled; the registry asks isOpen) once SetRegistry names
// it, and the vault pulls the stakers' share from it (SetVaultParams' fee
// source). Some tests stand in for it with contractstest's TestRequestBook.
package economy

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy/ebind"
	"github.com/openproof/openproof/contracts/economy/ebind/gopen"
	"github.com/openproof/openproof/contracts/economy/ebind/governor"
)

// ErrBadInput marks arguments that cannot become a transaction.
var ErrBadInput = chain.ErrBadInput

var (
	tokenABI    = ebind.NewOpenToken()
	vestingABI  = ebind.NewOpenVesting()
	registryABI = ebind.NewProverRegistry()
	vaultABI    = ebind.NewOpenStakingVault()
	timelockABI = ebind.NewOpenTimelock()
	gopenABI    = gopen.NewGOpen()
	governorABI = governor.NewOpenGovernor()
)

// errorABIs decode the economy's reverts (and OpenZeppelin's, which each
// contract's ABI includes).
var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{
		&ebind.OpenTokenMetaData, &ebind.OpenVestingMetaData, &ebind.ProverRegistryMetaData,
		&ebind.OpenStakingVaultMetaData, &ebind.OpenTimelockMetaData,
		&gopen.GOpenMetaData, &governor.OpenGovernorMetaData, &bindings.OpenProofDeltaBookMetaData,
	} {
		a, err := md.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("economy: generated ABI does not parse: %v", err)) // a build defect every test catches
		}
		out = append(out, a)
	}
	return out
}()

// decode names a revert chain could not: one of the economy's custom errors.
func decode(err error) error {
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "" || len(re.Data) < 4 {
		return err
	}
	var sel [4]byte
	copy(sel[:], re.Data)
	for _, a := range errorABIs {
		ae, aerr := a.ErrorByID(sel)
		if aerr != nil {
			continue
		}
		named := &chain.RevertError{What: re.What, Name: ae.Name, Data: re.Data}
		if args, uerr := ae.Inputs.Unpack(re.Data[4:]); uerr == nil {
			named.Args = args
		}
		return named // err only repeats the undecoded data
	}
	return err
}

// Send is chain.Send with the economy's errors decoded.
func Send(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, c chain.Call) (*types.Receipt, error) {
	rec, err := chain.Send(ctx, b, auth, c)
	return rec, decode(err)
}

// Estimate is chain.Estimate with the economy's errors decoded.
func Estimate(ctx context.Context, b chain.Backend, from common.Address, c chain.Call) (uint64, error) {
	g, err := chain.Estimate(ctx, b, from, c)
	return g, decode(err)
}

// view calls a read-only function at addr and returns its raw output.
func view(ctx context.Context, b chain.Backend, addr common.Address, what string, data []byte) ([]byte, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
	if err != nil {
		return nil, decode(chain.DecodeRevertErr(what, err))
	}
	return out, nil
}

func to(a common.Address) *common.Address { return &a }

func deployCall(what, bin string, args []byte) (chain.Call, error) {
	code, err := hex.DecodeString(strings.TrimPrefix(bin, "0x"))
	if err != nil {
		return chain.Call{}, fmt.Errorf("%s: bytecode: %w", what, err)
	}
	return chain.Call{What: what, Data: append(code, args...)}, nil
}

// Approve lets spender take amount of an ERC-20 (OPEN, or gOPEN).
func Approve(token, spender common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "approve", To: to(token), Data: tokenABI.PackApprove(spender, amount)}
}

// Transfer sends amount of an ERC-20.
func Transfer(token, recipient common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "transfer", To: to(token), Data: tokenABI.PackTransfer(recipient, amount)}
}

// BalanceOf reads an ERC-20 balance (OPEN, sOPEN, gOPEN).
func BalanceOf(ctx context.Context, b chain.Backend, token, who common.Address) (*big.Int, error) {
	out, err := view(ctx, b, token, "balanceOf", tokenABI.PackBalanceOf(who))
	if err != nil {
		return nil, err
	}
	return tokenABI.UnpackBalanceOf(out)
}

// HasRole reads AccessControl.hasRole on any of the economy's contracts.
func HasRole(ctx context.Context, b chain.Backend, contract common.Address, role [32]byte, who common.Address) (bool, error) {
	out, err := view(ctx, b, contract, "hasRole", registryABI.PackHasRole(role, who))
	if err != nil {
		return false, err
	}
	return registryABI.UnpackHasRole(out)
}
