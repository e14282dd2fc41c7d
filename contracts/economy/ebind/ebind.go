// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ebind

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// OpenTokenAllocation is an auto generated low-level Go binding around an user-defined struct.
type OpenTokenAllocation struct {
	Community common.Address
	Investors common.Address
	Team      common.Address
	Ecosystem common.Address
	Liquidity common.Address
}

// ProverRegistryParams is an auto generated low-level Go binding around an user-defined struct.
type ProverRegistryParams struct {
	UnbondingPeriod uint64
	ClaimWindow     uint64
	ClaimBond       *big.Int
	ReporterBps     uint16
	SlashSink       common.Address
	MinStake        *big.Int
	MissPenalty     *big.Int
}

// IFeeSourceMetaData contains all meta data concerning the IFeeSource contract.
var IFeeSourceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "d91074c63091cdf9565c965b92415c9d05",
}

// IFeeSource is an auto generated Go binding around an Ethereum contract.
type IFeeSource struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IFeeSource) GetABI() abi.ABI {
	return c.abi
}

// NewIFeeSource creates a new instance of IFeeSource.
func NewIFeeSource() *IFeeSource {
	parsed, err := IFeeSourceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IFeeSource{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IFeeSource) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (iFeeSource *IFeeSource) PackWithdraw() []byte {
	enc, err := iFeeSource.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (iFeeSource *IFeeSource) TryPackWithdraw() ([]byte, error) {
	return iFeeSource.abi.Pack("withdraw")
}

// IProverRegistryMetaData contains all meta data concerning the IProverRegistry contract.
var IProverRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"isAssigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"onCancelled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"}],\"name\":\"onSettled\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "33331407c01111fe4a3a733488e63b466f",
}

// IProverRegistry is an auto generated Go binding around an Ethereum contract.
type IProverRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IProverRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIProverRegistry creates a new instance of IProverRegistry.
func NewIProverRegistry() *IProverRegistry {
	parsed, err := IProverRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IProverRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IProverRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIsAssigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da0b7e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (iProverRegistry *IProverRegistry) PackIsAssigned(key [32]byte, prover common.Address) []byte {
	enc, err := iProverRegistry.abi.Pack("isAssigned", key, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAssigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da0b7e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (iProverRegistry *IProverRegistry) TryPackIsAssigned(key [32]byte, prover common.Address) ([]byte, error) {
	return iProverRegistry.abi.Pack("isAssigned", key, prover)
}

// UnpackIsAssigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da0b7e6.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (iProverRegistry *IProverRegistry) UnpackIsAssigned(data []byte) (bool, error) {
	out, err := iProverRegistry.abi.Unpack("isAssigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6516e12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onCancelled(bytes32 key) returns()
func (iProverRegistry *IProverRegistry) PackOnCancelled(key [32]byte) []byte {
	enc, err := iProverRegistry.abi.Pack("onCancelled", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6516e12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onCancelled(bytes32 key) returns()
func (iProverRegistry *IProverRegistry) TryPackOnCancelled(key [32]byte) ([]byte, error) {
	return iProverRegistry.abi.Pack("onCancelled", key)
}

// PackOnSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97128103.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address prover)
func (iProverRegistry *IProverRegistry) PackOnSettled(key [32]byte, settler common.Address) []byte {
	enc, err := iProverRegistry.abi.Pack("onSettled", key, settler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97128103.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address prover)
func (iProverRegistry *IProverRegistry) TryPackOnSettled(key [32]byte, settler common.Address) ([]byte, error) {
	return iProverRegistry.abi.Pack("onSettled", key, settler)
}

// UnpackOnSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97128103.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address prover)
func (iProverRegistry *IProverRegistry) UnpackOnSettled(data []byte) (common.Address, error) {
	out, err := iProverRegistry.abi.Unpack("onSettled", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// IRequestBookMetaData contains all meta data concerning the IRequestBook contract.
var IRequestBookMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"isOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "d1ab9ca90a13158482dfbdb49d422f9fb5",
}

// IRequestBook is an auto generated Go binding around an Ethereum contract.
type IRequestBook struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IRequestBook) GetABI() abi.ABI {
	return c.abi
}

// NewIRequestBook creates a new instance of IRequestBook.
func NewIRequestBook() *IRequestBook {
	parsed, err := IRequestBookMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IRequestBook{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IRequestBook) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c35be7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOpen(bytes32 key) view returns(bool)
func (iRequestBook *IRequestBook) PackIsOpen(key [32]byte) []byte {
	enc, err := iRequestBook.abi.Pack("isOpen", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c35be7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOpen(bytes32 key) view returns(bool)
func (iRequestBook *IRequestBook) TryPackIsOpen(key [32]byte) ([]byte, error) {
	return iRequestBook.abi.Pack("isOpen", key)
}

// UnpackIsOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c35be7a.
//
// Solidity: function isOpen(bytes32 key) view returns(bool)
func (iRequestBook *IRequestBook) UnpackIsOpen(data []byte) (bool, error) {
	out, err := iRequestBook.abi.Unpack("isOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// OpenStakingVaultMetaData contains all meta data concerning the OpenStakingVault contract.
var OpenStakingVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"open\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashCapBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFeeSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"NotUnbonded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParamsInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SlashTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesPulled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slashCapBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeSource\",\"type\":\"address\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"RedeemRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VaultSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLASH_CAP_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_UNBONDING\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"completeRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeSource\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pullFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"requestRedeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashCapBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"feeSource_\",\"type\":\"address\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashCapBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"unbondings\",\"outputs\":[{\"internalType\":\"uint192\",\"name\":\"shares\",\"type\":\"uint192\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "36467722f8c88b9f7bcbed3d499e230738",
	Bin: "0x60c06040523461048257611fb56080813803918261001c81610486565b9384928339810103126104825780516001600160a01b0381168103610482576020820151916001600160a01b03831683036104825760408101516001600160401b038116919082900361048257606001519161ffff831693848403610482576100856040610486565b600b81526a29ba30b5b2b21027a822a760a91b60208201526100a76040610486565b600581526439a7a822a760d91b6020820152815190916001600160401b0382116103855760035490600182811c92168015610478575b60208310146103675781601f84931161040a575b50602090601f83116001146103a4575f92610399575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161038557600454600181811c9116801561037b575b602082101461036757601f8111610304575b50602090601f831160011461029a576101b7949392915f918361028f575b50508160011b915f199060031b1c1916176004555b63313ce56760e01b5f5260205f600481845afa5f5190601f3d1116610100821016801561028657025b60a0526080526104ab565b506276a7008111801561027b575b61026c577f2162d6bb26443df714b30426a0ce15f1456e8ac3353c56464dd1cb0b961fd8c8928160609369ffff00000000000000006006549160401b169061ffff60f01b16171760065560405191825260208201525f6040820152a1604051611a609081610535823960805181818161087c01528181610b9601528181610cfa01528181610d9f01528181611299015281816117a701526118fa015260a05181610e280152f35b631a44e05560e11b5f5260045ffd5b5061138883116101c5565b505060126101ac565b015190505f8061016e565b90601f1983169160045f52815f20925f5b8181106102ec57509160019391856101b798979694106102d4575b505050811b01600455610183565b01515f1960f88460031b161c191690555f80806102c6565b929360206001819287860151815501950193016102ab565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061035d575b601f0160051c01905b8181106103525750610150565b5f8155600101610345565b909150819061033c565b634e487b7160e01b5f52602260045260245ffd5b90607f169061013e565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610107565b60035f9081528281209350601f198516905b8181106103f257509084600195949392106103da575b505050811b0160035561011c565b01515f1960f88460031b161c191690555f80806103cc565b929360206001819287860151815501950193016103b6565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c8101916020851061046e575b90601f859493920160051c01905b81811061046057506100f1565b5f8155849350600101610453565b9091508190610445565b91607f16916100dd565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761038557604052565b6001600160a01b0381165f9081525f516020611f955f395f51905f52602052604090205460ff1661052f576001600160a01b03165f8181525f516020611f955f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe60806040526004361015610011575f80fd5b5f5f3560e01c90816301e1d1141461112d57816301ffc9a7146110d757816306fdde0314610fe357816307a2d13a14610c32578163095ea7b314610f3b5781630a28a47714610f1d57816318160ddd14610f0057816323b872dd14610ec8578163248a9ca314610e9d5781632f2ff15d14610e5f578163313ce56714610e1257816336568abe14610dce57816338d52e0f14610d8a5781633d82e3c114610c37578163402d267d146103ce5781634cdad50614610c325781635095af6414610bf857816359d76fe714610a9b5781636cf6d67514610a745781636e553f6514610a4157816370a0823114610a0a5781637bac694c1461084157816391d14854146107f857816394bf804d146107c557816395d89b41146106bd578163a217fddf146106a2578163a2a9b1ae14610685578163a44678d914610661578163a9059cbb14610630578163a9df64e214610614578163aa2f892d14610517578163abbb247f146104cf578163b3d7f6b9146104b1578163b460af941461045c578163b47a9bfa14610430578163ba087652146103d3578163c63d75b6146103ce578163c6e6f59214610200578163ce96cb7714610382578163d547741f14610387578163d905777e14610382578163dd62ed3e14610330578163e5ef650d14610205575063ef8b30f714610200575f80fd5b61121a565b3461032d57606036600319011261032d5760043567ffffffffffffffff811680910361032b5760243561ffff8116808203610327576044356001600160a01b038116929083810361032357858052600560209081526040808820335f908152925290205460ff161561030b576276a70085118015610300575b6102f15791846060949269ffff00000000000000007f2162d6bb26443df714b30426a0ce15f1456e8ac3353c56464dd1cb0b961fd8c8979560065490600160501b600160f01b039060501b169061ffff60f01b16179160401b16171760065560405192835260208301526040820152a180f35b631a44e05560e11b8652600486fd5b50611388831161027e565b63e2517d3f60e01b8652336004526024869052604486fd5b8580fd5b8380fd5b505b80fd5b3461032d57604036600319011261032d57604061034b61118f565b916103546111a5565b9260018060a01b031681526001602052209060018060a01b03165f52602052602060405f2054604051908152f35b611238565b3461032d57604036600319011261032d576103ca6004356103a66111a5565b906103c56103c0825f526005602052600160405f20015490565b61152b565b6115f1565b5080f35b6111bb565b3461032d576103e1366111e0565b9190928161040b5750806020936103fa61040393611310565b938491336118a4565b604051908152f35b632e52afbb60e21b81526001600160a01b039092166004526024526044819052606490fd5b3461032d578060031936011261032d5760065460405160509190911c6001600160a01b03168152602090f35b3461032d5761046a366111e0565b9190928161048c5750602092816104836104039361136c565b938492336118a4565b633fa733bb60e21b81526001600160a01b039092166004526024526044819052606490fd5b3461032d57602036600319011261032d576020610403600435611342565b3461032d57602036600319011261032d5760409081906001600160a01b036104f561118f565b1681526007602052205481519060018060c01b038116825260c01c6020820152f35b3461032d57602036600319011261032d5760043580156106055761053c81303361146e565b3382526007602052604082208054906001600160c01b03808316848216019081116105f15760018060c01b0316809267ffffffffffffffff60c01b1617815567ffffffffffffffff6006541667ffffffffffffffff4216019167ffffffffffffffff83116105f1579067ffffffffffffffff92918360c01b8360c01b161790556040519283521660208201527f2bce3b57cea92a28770fa711cdba92da74de3482a36af80eeb9a2bd9bbb910f360403392a280f35b634e487b7160e01b85526011600452602485fd5b631f2a200560e01b8252600482fd5b3461032d578060031936011261032d5760206040516113888152f35b3461032d57604036600319011261032d5761065661064c61118f565b602435903361146e565b602060405160018152f35b3461032d578060031936011261032d57602061ffff60065460401c16604051908152f35b3461032d578060031936011261032d5760206040516276a7008152f35b3461032d578060031936011261032d57602090604051908152f35b3461032d578060031936011261032d576040519080600454908160011c916001811680156107bb575b6020841081146107a7578386529081156107805750600114610723575b61071f846107138186038261125c565b60405191829182611147565b0390f35b600481527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106107665750909150810160200161071382610703565b91926001816020925483858801015201910190929161074d565b60ff191660208087019190915292151560051b850190920192506107139150839050610703565b634e487b7160e01b83526022600452602483fd5b92607f16926106e6565b3461032d57604036600319011261032d5760206004356104036107e66111a5565b916107f081611342565b80933361177a565b3461032d57604036600319011261032d5760406108136111a5565b9160043581526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461098d575f36600319011261098d5760065460501c6001600160a01b03169081156109fb576040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692602082602481875afa9182156109bc575f926109c7575b50803b1561098d575f8091600460405180948193633ccfd60b60e01b83525af180156109bc576109a4575b50602060249293604051938480926370a0823160e01b82523060048301525afa918215610999578392610961575b50810390811161094d5760207fd014ba44873935d238760a625daa8a43405e6ffd4ce710dcee81d599bf13c4ac91604051908152a180f35b634e487b7160e01b82526011600452602482fd5b9091506020813d602011610991575b8161097d6020938361125c565b8101031261098d57519083610915565b5f80fd5b3d9150610970565b6040513d85823e3d90fd5b602492505f6109b29161125c565b60205f92506108e7565b6040513d5f823e3d90fd5b9091506020813d6020116109f3575b816109e36020938361125c565b8101031261098d575190846108bc565b3d91506109d6565b632b1adebb60e11b5f5260045ffd5b3461098d57602036600319011261098d576001600160a01b03610a2b61118f565b165f525f602052602060405f2054604051908152f35b3461098d57604036600319011261098d576020600435610403610a626111a5565b610a6b8361139c565b9283913361177a565b3461098d575f36600319011261098d57602067ffffffffffffffff60065416604051908152f35b3461098d57602036600319011261098d57610ab461118f565b335f52600760205260405f2090604051916040830183811067ffffffffffffffff821117610be4576040525460018060c01b038116808452602084019160c01c825215610bd55767ffffffffffffffff905116804210610bc35750610403602092335f52600784525f6040812055610b3460018060c01b03825116611310565b928391610b4a60018060c01b03825116306116f6565b51604080518481526001600160c01b039092168783015233916001600160a01b0384169183917ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db9190a47f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611675565b6358bf276560e11b5f5260045260245ffd5b631f2a200560e01b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b3461098d575f36600319011261098d5760206040517f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e398152f35b611171565b3461098d57604036600319011261098d57600435610c536111a5565b335f9081527fdf896461c0f9e4418b65ad06b026f11c093fa687c0390255336cc40dee5a1475602052604090205490919060ff1615610d5357610c9461127e565b61ffff60065460401c1690818102918183041490151715610d3f57612710900491828211610d2957604051828152610d2793506001600160a01b038216907fdb106e6dd87a0e9c36506a7e8c1d5b2bb8d4d593f19f57f5efb87f9430064f4190602090a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611675565b005b50632568e24960e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b63e2517d3f60e01b5f52336004527f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3960245260445ffd5b3461098d575f36600319011261098d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461098d57604036600319011261098d57610de76111a5565b336001600160a01b03821603610e0357610d27906004356115f1565b63334bd91960e11b5f5260045ffd5b3461098d575f36600319011261098d57600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610d3f5760209060ff60405191168152f35b3461098d57604036600319011261098d57610d27600435610e7e6111a5565b90610e986103c0825f526005602052600160405f20015490565b611565565b3461098d57602036600319011261098d5760206104036004355f526005602052600160405f20015490565b3461098d57606036600319011261098d57610656610ee461118f565b610eec6111a5565b60443591610efb8333836113cb565b61146e565b3461098d575f36600319011261098d576020600254604051908152f35b3461098d57602036600319011261098d57602061040360043561136c565b3461098d57604036600319011261098d57610f5461118f565b602435903315610fd0576001600160a01b0316908115610fbd57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b3461098d575f36600319011261098d576040515f6003548060011c906001811680156110cd575b6020831081146110b9578285529081156110955750600114611037575b61071f836107138185038261125c565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b80821061107b57509091508101602001610713611027565b919260018160209254838588010152019101909291611063565b60ff191660208086019190915291151560051b840190910191506107139050611027565b634e487b7160e01b5f52602260045260245ffd5b91607f169161100a565b3461098d57602036600319011261098d5760043563ffffffff60e01b811680910361098d57602090637965db0b60e01b811490811561111c575b506040519015158152f35b6301ffc9a760e01b14905082611111565b3461098d575f36600319011261098d57602061040361127e565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b3461098d57602036600319011261098d576020610403600435611310565b600435906001600160a01b038216820361098d57565b602435906001600160a01b038216820361098d57565b3461098d57602036600319011261098d576111d461118f565b5060206040515f198152f35b606090600319011261098d57600435906024356001600160a01b038116810361098d57906044356001600160a01b038116810361098d5790565b3461098d57602036600319011261098d57602061040360043561139c565b3461098d57602036600319011261098d5761125161118f565b5060206040515f8152f35b90601f8019910116810190811067ffffffffffffffff821117610be457604052565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156109bc575f916112d4575090565b90506020813d6020116112fb575b816112ef6020938361125c565b8101031261098d575190565b3d91506112e2565b91908201809211610d3f57565b61131861127e565b60018101809111610d3f5761133f915f91611339600254620f424090611303565b9161194f565b90565b61134a61127e565b60018101809111610d3f5761133f91600191611339600254620f424090611303565b61137c600254620f424090611303565b9061138561127e565b60018101809111610d3f5761133f9260019261194f565b6113ac600254620f424090611303565b906113b561127e565b60018101809111610d3f5761133f925f9261194f565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f198410611405575b50505050565b82841061144b578015610fd0576001600160a01b03821615610fbd575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f8080806113ff565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b0316908115611518576001600160a01b031691821561150557815f525f60205260405f20548181106114ec57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f81815260056020908152604080832033845290915290205460ff161561154f5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166115eb575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156115eb575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156116d5575b604052156116b55750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166116ed57823b15153d151616906116aa565b503d5f823e3d90fd5b9091906001600160a01b0316801561151857805f525f60205260405f2054838110611760576020845f94957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef938587528684520360408620558060025403600255604051908152a3565b915063391434e360e21b5f5260045260245260445260645ffd5b6040516323b872dd60e01b5f9081526001600160a01b0392831660048190523060245260448690529493927f000000000000000000000000000000000000000000000000000000000000000016919060209060648180865af19060015f511482161561188c575b6040525f6060521561187a57506001600160a01b0316928315611505577fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7918161182f604093600254611303565b600255855f525f602052825f20818154019055855f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a382519182526020820152a3565b635274afe760e01b5f5260045260245ffd5b9060018115166116ed57823b15153d151616906117e1565b6001600160a01b0380841695908216937ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db936040939092916118f391839190828b8a0361193e575b50506116f6565b61192786837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611675565b825195865260208601526001600160a01b031693a4565b61194891836113cb565b5f826118ec565b929161195c8183866119c1565b9260048110156119ad576001809116149182611982575b505061133f9250151590611303565b90809250156119995761133f930915155f80611973565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b90915f198383099280830292838086109503948086039514611a525784831115611a3a5790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b5050915081156119995704905605b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc",
}

// OpenStakingVault is an auto generated Go binding around an Ethereum contract.
type OpenStakingVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenStakingVault) GetABI() abi.ABI {
	return c.abi
}

// NewOpenStakingVault creates a new instance of OpenStakingVault.
func NewOpenStakingVault() *OpenStakingVault {
	parsed, err := OpenStakingVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenStakingVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenStakingVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address open, uint64 unbondingPeriod_, uint16 slashCapBps_) returns()
func (openStakingVault *OpenStakingVault) PackConstructor(admin common.Address, open common.Address, unbondingPeriod_ uint64, slashCapBps_ uint16) []byte {
	enc, err := openStakingVault.abi.Pack("", admin, open, unbondingPeriod_, slashCapBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) PackDEFAULTADMINROLE() []byte {
	enc, err := openStakingVault.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return openStakingVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := openStakingVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSLASHCAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9df64e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLASH_CAP_BPS() view returns(uint16)
func (openStakingVault *OpenStakingVault) PackMAXSLASHCAPBPS() []byte {
	enc, err := openStakingVault.abi.Pack("MAX_SLASH_CAP_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLASHCAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9df64e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLASH_CAP_BPS() view returns(uint16)
func (openStakingVault *OpenStakingVault) TryPackMAXSLASHCAPBPS() ([]byte, error) {
	return openStakingVault.abi.Pack("MAX_SLASH_CAP_BPS")
}

// UnpackMAXSLASHCAPBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9df64e2.
//
// Solidity: function MAX_SLASH_CAP_BPS() view returns(uint16)
func (openStakingVault *OpenStakingVault) UnpackMAXSLASHCAPBPS(data []byte) (uint16, error) {
	out, err := openStakingVault.abi.Unpack("MAX_SLASH_CAP_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXUNBONDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2a9b1ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (openStakingVault *OpenStakingVault) PackMAXUNBONDING() []byte {
	enc, err := openStakingVault.abi.Pack("MAX_UNBONDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2a9b1ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (openStakingVault *OpenStakingVault) TryPackMAXUNBONDING() ([]byte, error) {
	return openStakingVault.abi.Pack("MAX_UNBONDING")
}

// UnpackMAXUNBONDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2a9b1ae.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (openStakingVault *OpenStakingVault) UnpackMAXUNBONDING(data []byte) (uint64, error) {
	out, err := openStakingVault.abi.Unpack("MAX_UNBONDING", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) PackSLASHERROLE() []byte {
	enc, err := openStakingVault.abi.Pack("SLASHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) TryPackSLASHERROLE() ([]byte, error) {
	return openStakingVault.abi.Pack("SLASHER_ROLE")
}

// UnpackSLASHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (openStakingVault *OpenStakingVault) UnpackSLASHERROLE(data []byte) ([32]byte, error) {
	out, err := openStakingVault.abi.Unpack("SLASHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) UnpackApprove(data []byte) (bool, error) {
	out, err := openStakingVault.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (openStakingVault *OpenStakingVault) PackAsset() []byte {
	enc, err := openStakingVault.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (openStakingVault *OpenStakingVault) TryPackAsset() ([]byte, error) {
	return openStakingVault.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (openStakingVault *OpenStakingVault) UnpackAsset(data []byte) (common.Address, error) {
	out, err := openStakingVault.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackBalanceOf(account common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompleteRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59d76fe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeRedeem(address receiver) returns(uint256 assets)
func (openStakingVault *OpenStakingVault) PackCompleteRedeem(receiver common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("completeRedeem", receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59d76fe7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeRedeem(address receiver) returns(uint256 assets)
func (openStakingVault *OpenStakingVault) TryPackCompleteRedeem(receiver common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("completeRedeem", receiver)
}

// UnpackCompleteRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59d76fe7.
//
// Solidity: function completeRedeem(address receiver) returns(uint256 assets)
func (openStakingVault *OpenStakingVault) UnpackCompleteRedeem(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("completeRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackConvertToShares(assets *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (openStakingVault *OpenStakingVault) PackDecimals() []byte {
	enc, err := openStakingVault.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (openStakingVault *OpenStakingVault) TryPackDecimals() ([]byte, error) {
	return openStakingVault.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (openStakingVault *OpenStakingVault) UnpackDecimals(data []byte) (uint8, error) {
	out, err := openStakingVault.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47a9bfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeSource() view returns(address)
func (openStakingVault *OpenStakingVault) PackFeeSource() []byte {
	enc, err := openStakingVault.abi.Pack("feeSource")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47a9bfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeSource() view returns(address)
func (openStakingVault *OpenStakingVault) TryPackFeeSource() ([]byte, error) {
	return openStakingVault.abi.Pack("feeSource")
}

// UnpackFeeSource is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47a9bfa.
//
// Solidity: function feeSource() view returns(address)
func (openStakingVault *OpenStakingVault) UnpackFeeSource(data []byte) (common.Address, error) {
	out, err := openStakingVault.abi.Unpack("feeSource", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openStakingVault *OpenStakingVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := openStakingVault.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openStakingVault *OpenStakingVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return openStakingVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openStakingVault *OpenStakingVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := openStakingVault.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (openStakingVault *OpenStakingVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (openStakingVault *OpenStakingVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openStakingVault *OpenStakingVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openStakingVault *OpenStakingVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openStakingVault *OpenStakingVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := openStakingVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackMaxDeposit(arg0 common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("maxDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackMaxDeposit(arg0 common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("maxDeposit", arg0)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackMaxMint(arg0 common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("maxMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackMaxMint(arg0 common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("maxMint", arg0)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) PackMaxRedeem(arg0 common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("maxRedeem", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackMaxRedeem(arg0 common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("maxRedeem", arg0)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) PackMaxWithdraw(arg0 common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("maxWithdraw", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackMaxWithdraw(arg0 common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("maxWithdraw", arg0)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address ) pure returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackMint(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (openStakingVault *OpenStakingVault) PackName() []byte {
	enc, err := openStakingVault.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (openStakingVault *OpenStakingVault) TryPackName() ([]byte, error) {
	return openStakingVault.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (openStakingVault *OpenStakingVault) UnpackName(data []byte) (string, error) {
	out, err := openStakingVault.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackPreviewDeposit(assets *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("previewDeposit", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackPreviewDeposit(assets *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("previewDeposit", assets)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackPreviewMint(shares *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("previewMint", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackPreviewMint(shares *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("previewMint", shares)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackPreviewRedeem(shares *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("previewRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackPreviewRedeem(shares *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("previewRedeem", shares)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) PackPreviewWithdraw(assets *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("previewWithdraw", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackPreviewWithdraw(assets *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("previewWithdraw", assets)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("previewWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPullFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bac694c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pullFees() returns()
func (openStakingVault *OpenStakingVault) PackPullFees() []byte {
	enc, err := openStakingVault.abi.Pack("pullFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPullFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bac694c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pullFees() returns()
func (openStakingVault *OpenStakingVault) TryPackPullFees() ([]byte, error) {
	return openStakingVault.abi.Pack("pullFees")
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) PackRedeem(shares *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("redeem", shares, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackRedeem(shares *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("redeem", shares, receiver, owner)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (openStakingVault *OpenStakingVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (openStakingVault *OpenStakingVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa2f892d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRedeem(uint256 shares) returns()
func (openStakingVault *OpenStakingVault) PackRequestRedeem(shares *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("requestRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa2f892d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRedeem(uint256 shares) returns()
func (openStakingVault *OpenStakingVault) TryPackRequestRedeem(shares *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("requestRedeem", shares)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (openStakingVault *OpenStakingVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (openStakingVault *OpenStakingVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("revokeRole", role, account)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5ef650d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams(uint64 unbondingPeriod_, uint16 slashCapBps_, address feeSource_) returns()
func (openStakingVault *OpenStakingVault) PackSetParams(unbondingPeriod uint64, slashCapBps uint16, feeSource common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("setParams", unbondingPeriod, slashCapBps, feeSource)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5ef650d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams(uint64 unbondingPeriod_, uint16 slashCapBps_, address feeSource_) returns()
func (openStakingVault *OpenStakingVault) TryPackSetParams(unbondingPeriod uint64, slashCapBps uint16, feeSource common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("setParams", unbondingPeriod, slashCapBps, feeSource)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d82e3c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 amount, address to) returns()
func (openStakingVault *OpenStakingVault) PackSlash(amount *big.Int, to common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("slash", amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d82e3c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 amount, address to) returns()
func (openStakingVault *OpenStakingVault) TryPackSlash(amount *big.Int, to common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("slash", amount, to)
}

// PackSlashCapBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa44678d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashCapBps() view returns(uint16)
func (openStakingVault *OpenStakingVault) PackSlashCapBps() []byte {
	enc, err := openStakingVault.abi.Pack("slashCapBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashCapBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa44678d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashCapBps() view returns(uint16)
func (openStakingVault *OpenStakingVault) TryPackSlashCapBps() ([]byte, error) {
	return openStakingVault.abi.Pack("slashCapBps")
}

// UnpackSlashCapBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa44678d9.
//
// Solidity: function slashCapBps() view returns(uint16)
func (openStakingVault *OpenStakingVault) UnpackSlashCapBps(data []byte) (uint16, error) {
	out, err := openStakingVault.abi.Unpack("slashCapBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openStakingVault *OpenStakingVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := openStakingVault.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openStakingVault *OpenStakingVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return openStakingVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openStakingVault *OpenStakingVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := openStakingVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (openStakingVault *OpenStakingVault) PackSymbol() []byte {
	enc, err := openStakingVault.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (openStakingVault *OpenStakingVault) TryPackSymbol() ([]byte, error) {
	return openStakingVault.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (openStakingVault *OpenStakingVault) UnpackSymbol(data []byte) (string, error) {
	out, err := openStakingVault.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (openStakingVault *OpenStakingVault) PackTotalAssets() []byte {
	enc, err := openStakingVault.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackTotalAssets() ([]byte, error) {
	return openStakingVault.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (openStakingVault *OpenStakingVault) PackTotalSupply() []byte {
	enc, err := openStakingVault.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackTotalSupply() ([]byte, error) {
	return openStakingVault.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) UnpackTransfer(data []byte) (bool, error) {
	out, err := openStakingVault.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := openStakingVault.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return openStakingVault.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openStakingVault *OpenStakingVault) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := openStakingVault.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (openStakingVault *OpenStakingVault) PackUnbondingPeriod() []byte {
	enc, err := openStakingVault.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (openStakingVault *OpenStakingVault) TryPackUnbondingPeriod() ([]byte, error) {
	return openStakingVault.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (openStakingVault *OpenStakingVault) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := openStakingVault.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnbondings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabbb247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondings(address owner) view returns(uint192 shares, uint64 readyAt)
func (openStakingVault *OpenStakingVault) PackUnbondings(owner common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("unbondings", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabbb247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondings(address owner) view returns(uint192 shares, uint64 readyAt)
func (openStakingVault *OpenStakingVault) TryPackUnbondings(owner common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("unbondings", owner)
}

// UnbondingsOutput serves as a container for the return parameters of contract
// method Unbondings.
type UnbondingsOutput struct {
	Shares  *big.Int
	ReadyAt uint64
}

// UnpackUnbondings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabbb247f.
//
// Solidity: function unbondings(address owner) view returns(uint192 shares, uint64 readyAt)
func (openStakingVault *OpenStakingVault) UnpackUnbondings(data []byte) (UnbondingsOutput, error) {
	out, err := openStakingVault.abi.Unpack("unbondings", data)
	outstruct := new(UnbondingsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Shares = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReadyAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) PackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := openStakingVault.abi.Pack("withdraw", assets, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) TryPackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return openStakingVault.abi.Pack("withdraw", assets, receiver, owner)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (openStakingVault *OpenStakingVault) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := openStakingVault.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OpenStakingVaultApproval represents a Approval event raised by the OpenStakingVault contract.
type OpenStakingVaultApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultApproval) ContractEventName() string {
	return OpenStakingVaultApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (openStakingVault *OpenStakingVault) UnpackApprovalEvent(log *types.Log) (*OpenStakingVaultApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultApproval)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultDeposit represents a Deposit event raised by the OpenStakingVault contract.
type OpenStakingVaultDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultDeposit) ContractEventName() string {
	return OpenStakingVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (openStakingVault *OpenStakingVault) UnpackDepositEvent(log *types.Log) (*OpenStakingVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultDeposit)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultFeesPulled represents a FeesPulled event raised by the OpenStakingVault contract.
type OpenStakingVaultFeesPulled struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultFeesPulledEventName = "FeesPulled"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultFeesPulled) ContractEventName() string {
	return OpenStakingVaultFeesPulledEventName
}

// UnpackFeesPulledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesPulled(uint256 amount)
func (openStakingVault *OpenStakingVault) UnpackFeesPulledEvent(log *types.Log) (*OpenStakingVaultFeesPulled, error) {
	event := "FeesPulled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultFeesPulled)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultParamsSet represents a ParamsSet event raised by the OpenStakingVault contract.
type OpenStakingVaultParamsSet struct {
	UnbondingPeriod uint64
	SlashCapBps     uint16
	FeeSource       common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultParamsSet) ContractEventName() string {
	return OpenStakingVaultParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint64 unbondingPeriod, uint16 slashCapBps, address feeSource)
func (openStakingVault *OpenStakingVault) UnpackParamsSetEvent(log *types.Log) (*OpenStakingVaultParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultParamsSet)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultRedeemRequested represents a RedeemRequested event raised by the OpenStakingVault contract.
type OpenStakingVaultRedeemRequested struct {
	Owner   common.Address
	Shares  *big.Int
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultRedeemRequestedEventName = "RedeemRequested"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultRedeemRequested) ContractEventName() string {
	return OpenStakingVaultRedeemRequestedEventName
}

// UnpackRedeemRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemRequested(address indexed owner, uint256 shares, uint64 readyAt)
func (openStakingVault *OpenStakingVault) UnpackRedeemRequestedEvent(log *types.Log) (*OpenStakingVaultRedeemRequested, error) {
	event := "RedeemRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultRedeemRequested)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultRoleAdminChanged represents a RoleAdminChanged event raised by the OpenStakingVault contract.
type OpenStakingVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultRoleAdminChanged) ContractEventName() string {
	return OpenStakingVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (openStakingVault *OpenStakingVault) UnpackRoleAdminChangedEvent(log *types.Log) (*OpenStakingVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultRoleGranted represents a RoleGranted event raised by the OpenStakingVault contract.
type OpenStakingVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultRoleGranted) ContractEventName() string {
	return OpenStakingVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (openStakingVault *OpenStakingVault) UnpackRoleGrantedEvent(log *types.Log) (*OpenStakingVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultRoleRevoked represents a RoleRevoked event raised by the OpenStakingVault contract.
type OpenStakingVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultRoleRevoked) ContractEventName() string {
	return OpenStakingVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (openStakingVault *OpenStakingVault) UnpackRoleRevokedEvent(log *types.Log) (*OpenStakingVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultTransfer represents a Transfer event raised by the OpenStakingVault contract.
type OpenStakingVaultTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultTransfer) ContractEventName() string {
	return OpenStakingVaultTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (openStakingVault *OpenStakingVault) UnpackTransferEvent(log *types.Log) (*OpenStakingVaultTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultTransfer)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultVaultSlashed represents a VaultSlashed event raised by the OpenStakingVault contract.
type OpenStakingVaultVaultSlashed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultVaultSlashedEventName = "VaultSlashed"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultVaultSlashed) ContractEventName() string {
	return OpenStakingVaultVaultSlashedEventName
}

// UnpackVaultSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VaultSlashed(address indexed to, uint256 amount)
func (openStakingVault *OpenStakingVault) UnpackVaultSlashedEvent(log *types.Log) (*OpenStakingVaultVaultSlashed, error) {
	event := "VaultSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultVaultSlashed)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenStakingVaultWithdraw represents a Withdraw event raised by the OpenStakingVault contract.
type OpenStakingVaultWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OpenStakingVaultWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (OpenStakingVaultWithdraw) ContractEventName() string {
	return OpenStakingVaultWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (openStakingVault *OpenStakingVault) UnpackWithdrawEvent(log *types.Log) (*OpenStakingVaultWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openStakingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenStakingVaultWithdraw)
	if len(log.Data) > 0 {
		if err := openStakingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openStakingVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (openStakingVault *OpenStakingVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC4626ExceededMaxDeposit"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC4626ExceededMaxDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC4626ExceededMaxMint"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC4626ExceededMaxMintError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC4626ExceededMaxRedeem"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC4626ExceededMaxRedeemError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ERC4626ExceededMaxWithdraw"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackERC4626ExceededMaxWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["NoFeeSource"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackNoFeeSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["NotUnbonded"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackNotUnbondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ParamsInvalid"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackParamsInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["SlashTooLarge"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackSlashTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], openStakingVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return openStakingVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenStakingVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the OpenStakingVault contract.
type OpenStakingVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func OpenStakingVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (openStakingVault *OpenStakingVault) UnpackAccessControlBadConfirmationError(raw []byte) (*OpenStakingVaultAccessControlBadConfirmation, error) {
	out := new(OpenStakingVaultAccessControlBadConfirmation)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the OpenStakingVault contract.
type OpenStakingVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func OpenStakingVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (openStakingVault *OpenStakingVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*OpenStakingVaultAccessControlUnauthorizedAccount, error) {
	out := new(OpenStakingVaultAccessControlUnauthorizedAccount)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func OpenStakingVaultERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (openStakingVault *OpenStakingVault) UnpackERC20InsufficientAllowanceError(raw []byte) (*OpenStakingVaultERC20InsufficientAllowance, error) {
	out := new(OpenStakingVaultERC20InsufficientAllowance)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func OpenStakingVaultERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (openStakingVault *OpenStakingVault) UnpackERC20InsufficientBalanceError(raw []byte) (*OpenStakingVaultERC20InsufficientBalance, error) {
	out := new(OpenStakingVaultERC20InsufficientBalance)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InvalidApprover represents a ERC20InvalidApprover error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func OpenStakingVaultERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (openStakingVault *OpenStakingVault) UnpackERC20InvalidApproverError(raw []byte) (*OpenStakingVaultERC20InvalidApprover, error) {
	out := new(OpenStakingVaultERC20InvalidApprover)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func OpenStakingVaultERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (openStakingVault *OpenStakingVault) UnpackERC20InvalidReceiverError(raw []byte) (*OpenStakingVaultERC20InvalidReceiver, error) {
	out := new(OpenStakingVaultERC20InvalidReceiver)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InvalidSender represents a ERC20InvalidSender error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func OpenStakingVaultERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (openStakingVault *OpenStakingVault) UnpackERC20InvalidSenderError(raw []byte) (*OpenStakingVaultERC20InvalidSender, error) {
	out := new(OpenStakingVaultERC20InvalidSender)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC20InvalidSpender represents a ERC20InvalidSpender error raised by the OpenStakingVault contract.
type OpenStakingVaultERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func OpenStakingVaultERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (openStakingVault *OpenStakingVault) UnpackERC20InvalidSpenderError(raw []byte) (*OpenStakingVaultERC20InvalidSpender, error) {
	out := new(OpenStakingVaultERC20InvalidSpender)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC4626ExceededMaxDeposit represents a ERC4626ExceededMaxDeposit error raised by the OpenStakingVault contract.
type OpenStakingVaultERC4626ExceededMaxDeposit struct {
	Receiver common.Address
	Assets   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func OpenStakingVaultERC4626ExceededMaxDepositErrorID() common.Hash {
	return common.HexToHash("0x79012fb2819fcdc1de669c08773dbcd6bdc757862642f75fb1c584dadf259dfe")
}

// UnpackERC4626ExceededMaxDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func (openStakingVault *OpenStakingVault) UnpackERC4626ExceededMaxDepositError(raw []byte) (*OpenStakingVaultERC4626ExceededMaxDeposit, error) {
	out := new(OpenStakingVaultERC4626ExceededMaxDeposit)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC4626ExceededMaxMint represents a ERC4626ExceededMaxMint error raised by the OpenStakingVault contract.
type OpenStakingVaultERC4626ExceededMaxMint struct {
	Receiver common.Address
	Shares   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func OpenStakingVaultERC4626ExceededMaxMintErrorID() common.Hash {
	return common.HexToHash("0x284ff667dc615a39438518c22e8955b9470327d9de8a4d7e21c926b260d65176")
}

// UnpackERC4626ExceededMaxMintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func (openStakingVault *OpenStakingVault) UnpackERC4626ExceededMaxMintError(raw []byte) (*OpenStakingVaultERC4626ExceededMaxMint, error) {
	out := new(OpenStakingVaultERC4626ExceededMaxMint)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxMint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC4626ExceededMaxRedeem represents a ERC4626ExceededMaxRedeem error raised by the OpenStakingVault contract.
type OpenStakingVaultERC4626ExceededMaxRedeem struct {
	Owner  common.Address
	Shares *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func OpenStakingVaultERC4626ExceededMaxRedeemErrorID() common.Hash {
	return common.HexToHash("0xb94abeec0557d36b5f0bc8f115deec7b184dcbff94ac66d55e37c8f301e75269")
}

// UnpackERC4626ExceededMaxRedeemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func (openStakingVault *OpenStakingVault) UnpackERC4626ExceededMaxRedeemError(raw []byte) (*OpenStakingVaultERC4626ExceededMaxRedeem, error) {
	out := new(OpenStakingVaultERC4626ExceededMaxRedeem)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxRedeem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultERC4626ExceededMaxWithdraw represents a ERC4626ExceededMaxWithdraw error raised by the OpenStakingVault contract.
type OpenStakingVaultERC4626ExceededMaxWithdraw struct {
	Owner  common.Address
	Assets *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func OpenStakingVaultERC4626ExceededMaxWithdrawErrorID() common.Hash {
	return common.HexToHash("0xfe9cceec2bd1f9b68641914cc354eacaeb1cc2169f5ba0639930f241e87142f0")
}

// UnpackERC4626ExceededMaxWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func (openStakingVault *OpenStakingVault) UnpackERC4626ExceededMaxWithdrawError(raw []byte) (*OpenStakingVaultERC4626ExceededMaxWithdraw, error) {
	out := new(OpenStakingVaultERC4626ExceededMaxWithdraw)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultNoFeeSource represents a NoFeeSource error raised by the OpenStakingVault contract.
type OpenStakingVaultNoFeeSource struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFeeSource()
func OpenStakingVaultNoFeeSourceErrorID() common.Hash {
	return common.HexToHash("0x5635bd76f45a16d759d4e53a59e9600ab8efe11cbabcbd352ca041b785d2e8a7")
}

// UnpackNoFeeSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFeeSource()
func (openStakingVault *OpenStakingVault) UnpackNoFeeSourceError(raw []byte) (*OpenStakingVaultNoFeeSource, error) {
	out := new(OpenStakingVaultNoFeeSource)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "NoFeeSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultNotUnbonded represents a NotUnbonded error raised by the OpenStakingVault contract.
type OpenStakingVaultNotUnbonded struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonded(uint64 readyAt)
func OpenStakingVaultNotUnbondedErrorID() common.Hash {
	return common.HexToHash("0xb17e4eca3bd17c761376109a1cc756fe8cb6272eb236720d227f001b65fe6146")
}

// UnpackNotUnbondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonded(uint64 readyAt)
func (openStakingVault *OpenStakingVault) UnpackNotUnbondedError(raw []byte) (*OpenStakingVaultNotUnbonded, error) {
	out := new(OpenStakingVaultNotUnbonded)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "NotUnbonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultParamsInvalid represents a ParamsInvalid error raised by the OpenStakingVault contract.
type OpenStakingVaultParamsInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamsInvalid()
func OpenStakingVaultParamsInvalidErrorID() common.Hash {
	return common.HexToHash("0x3489c0aa414b2692ae170304bf68428b9fda25811ea936198f44ccc247edd8f8")
}

// UnpackParamsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamsInvalid()
func (openStakingVault *OpenStakingVault) UnpackParamsInvalidError(raw []byte) (*OpenStakingVaultParamsInvalid, error) {
	out := new(OpenStakingVaultParamsInvalid)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ParamsInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OpenStakingVault contract.
type OpenStakingVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OpenStakingVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (openStakingVault *OpenStakingVault) UnpackSafeERC20FailedOperationError(raw []byte) (*OpenStakingVaultSafeERC20FailedOperation, error) {
	out := new(OpenStakingVaultSafeERC20FailedOperation)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultSlashTooLarge represents a SlashTooLarge error raised by the OpenStakingVault contract.
type OpenStakingVaultSlashTooLarge struct {
	Amount *big.Int
	Cap    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlashTooLarge(uint256 amount, uint256 cap)
func OpenStakingVaultSlashTooLargeErrorID() common.Hash {
	return common.HexToHash("0x2568e2491e49ff62925ce30a7a5d4840e15a2b1e5ef0b17faff7209b654c1588")
}

// UnpackSlashTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlashTooLarge(uint256 amount, uint256 cap)
func (openStakingVault *OpenStakingVault) UnpackSlashTooLargeError(raw []byte) (*OpenStakingVaultSlashTooLarge, error) {
	out := new(OpenStakingVaultSlashTooLarge)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "SlashTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenStakingVaultZeroAmount represents a ZeroAmount error raised by the OpenStakingVault contract.
type OpenStakingVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func OpenStakingVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (openStakingVault *OpenStakingVault) UnpackZeroAmountError(raw []byte) (*OpenStakingVaultZeroAmount, error) {
	out := new(OpenStakingVaultZeroAmount)
	if err := openStakingVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockMetaData contains all meta data concerning the OpenTimelock contract.
var OpenTimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockController.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "c91d3fa38061507c223bb0f1e343aa35e6",
	Bin: "0x60806040523461016657611a2b803803806100198161016a565b92833981019060808183031261016657805160208201519091906001600160401b038111610166578361004d9183016101b7565b604082015190936001600160401b0382116101665761007360609161007a9385016101b7565b92016101a3565b61008330610249565b506001600160a01b038116610156575b505f5b83518110156100e0576001906100be6001600160a01b036100b78388610221565b51166102bf565b506100d9828060a01b036100d28388610221565b5116610352565b5001610096565b50905f5b82518110156101135760019061010c6001600160a01b036101058387610221565b51166103e5565b50016100e4565b7f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5604083806002558151905f82526020820152a160405161151290816104798239f35b61015f90610249565b505f610093565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761018f57604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361016657565b9080601f83011215610166578151916001600160401b03831161018f578260051b906020806101e781850161016a565b80968152019282010192831161016657602001905b8282106102095750505090565b60208091610216846101a3565b8152019101906101fc565b80518210156102355760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0381165f9081525f516020611a0b5f395f51905f52602052604090205460ff166102ba576001600160a01b03165f8181525f516020611a0b5f395f51905f5260205260408120805460ff191660011790553391905f51602061198b5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206119ab5f395f51905f52602052604090205460ff166102ba576001600160a01b03165f8181525f5160206119ab5f395f51905f5260205260408120805460ff191660011790553391907fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1905f51602061198b5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206119eb5f395f51905f52602052604090205460ff166102ba576001600160a01b03165f8181525f5160206119eb5f395f51905f5260205260408120805460ff191660011790553391907ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783905f51602061198b5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206119cb5f395f51905f52602052604090205460ff166102ba576001600160a01b03165f8181525f5160206119cb5f395f51905f5260205260408120805460ff191660011790553391907fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63905f51602061198b5f395f51905f529080a460019056fe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806301d5062a14610b2057806301ffc9a714610ab057806307bd026514610a76578063134008d3146109c357806313bc9f20146109a5578063150b7a0214610950578063248a9ca3146109265780632ab0f529146109085780632f2ff15d146108cb57806331d50750146108ad57806336568abe14610869578063584b153e1461084157806364d62353146107dc5780637958004c146107995780638065657f1461077a5780638f2a0bb0146105f55780638f61f4f5146105bb57806391d1485414610573578063a217fddf14610559578063b08e51c01461051f578063b1c5f427146104f5578063bc197c8114610460578063c4d252f514610382578063d45c443514610358578063d547741f14610314578063e38335e5146101c8578063f23a6e61146101735763f27a0c920361000e573461016f575f36600319011261016f576020600254604051908152f35b5f80fd5b3461016f5760a036600319011261016f5761018c610bcb565b50610195610be1565b506084356001600160401b03811161016f576101b5903690600401610cc2565b5060405163f23a6e6160e01b8152602090f35b6101d136610d38565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea1579515492979196919593949260ff1615610306575b8282148015906102fc575b6102e15761024e61025591888a888789888d611002565b968761131b565b5f5b81811061026757610018876113c6565b8080887fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5888886102d86102bf8f986001998f828e6102b28f836102ad916102b896610f89565b610fad565b97610f89565b3595610fc1565b906102cc82828787611373565b60405194859485610e65565b0390a301610257565b50869063ffb0321160e01b5f5260045260245260445260645ffd5b5087821415610237565b61030f3361124d565b61022c565b3461016f57604036600319011261016f57610018600435610333610be1565b9061035361034c825f525f602052600160405f20015490565b33906112d3565b61146c565b3461016f57602036600319011261016f576004355f526001602052602060405f2054604051908152f35b3461016f57602036600319011261016f57335f9081527fc3ad33e20b0c56a223ad5104fff154aa010f8715b9c981fd38fdc60a4d1a52fb60205260409020546004359060ff1615610429576103d681610ed3565b1561040f57805f5260016020525f60408120557fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb705f80a2005b635ead8eb560e01b5f52600452600460021760245260445ffd5b63e2517d3f60e01b5f52336004527ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78360245260445ffd5b3461016f5760a036600319011261016f57610479610bcb565b50610482610be1565b506044356001600160401b03811161016f576104a2903690600401610da6565b506064356001600160401b03811161016f576104c2903690600401610da6565b506084356001600160401b03811161016f576104e2903690600401610cc2565b5060405163bc197c8160e01b8152602090f35b3461016f57602061051761050836610d38565b96959095949194939293611002565b604051908152f35b3461016f575f36600319011261016f5760206040517ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838152f35b3461016f575f36600319011261016f5760206040515f8152f35b3461016f57604036600319011261016f5761058c610be1565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461016f575f36600319011261016f5760206040517fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18152f35b3461016f5760c036600319011261016f576004356001600160401b03811161016f57610625903690600401610d08565b906024356001600160401b03811161016f57610645903690600401610d08565b6044929192356001600160401b03811161016f57610667903690600401610d08565b9390916064356084359560a4359261067e336111c7565b808914801590610770575b6107565761069d88848489858a8f8e611002565b986106a8858b611154565b895f5b8281106106e8575089806106bb57005b60207f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038791604051908152a2005b806001927f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b61074b8f8c61073e8f928e6107378f8f906107316102ad8f8097948195610f89565b99610f89565b3597610fc1565b9060405196879687610e2d565b0390a3018a906106ab565b908863ffb0321160e01b5f5260045260245260445260645ffd5b5081891415610689565b3461016f57602061051761078d36610c24565b94939093929192610f34565b3461016f57602036600319011261016f576107b5600435610efc565b60405160048210156107c8576020918152f35b634e487b7160e01b5f52602160045260245ffd5b3461016f57602036600319011261016f5760043530330361082e577f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d560406002548151908152836020820152a1600255005b63e2850c5960e01b5f523360045260245ffd5b3461016f57602036600319011261016f57602061085f600435610ed3565b6040519015158152f35b3461016f57604036600319011261016f57610882610be1565b336001600160a01b0382160361089e576100189060043561146c565b63334bd91960e11b5f5260045ffd5b3461016f57602036600319011261016f57602061085f600435610ebc565b3461016f57604036600319011261016f576100186004356108ea610be1565b9061090361034c825f525f602052600160405f20015490565b6113e4565b3461016f57602036600319011261016f57602061085f600435610ea4565b3461016f57602036600319011261016f5760206105176004355f525f602052600160405f20015490565b3461016f57608036600319011261016f57610969610bcb565b50610972610be1565b506064356001600160401b03811161016f57610992903690600401610cc2565b50604051630a85bd0160e11b8152602090f35b3461016f57602036600319011261016f57602061085f600435610e8c565b610018610a545f610a607fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58610a4b6109fa36610c24565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638a9995979299949394528960205260408a208a805260205260ff60408b20541615610a68575b8884848989610f34565b9889978861131b565b6102cc82828787611373565b0390a36113c6565b610a713361124d565b610a41565b3461016f575f36600319011261016f5760206040517fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638152f35b3461016f57602036600319011261016f5760043563ffffffff60e01b811680910361016f57602090630271189760e51b8114908115610af5575b506040519015158152f35b637965db0b60e01b811491508115610b0f575b5082610aea565b6301ffc9a760e01b14905082610b08565b3461016f5760c036600319011261016f57610b39610bcb565b602435906044356001600160401b03811161016f577f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca92610b7f5f923690600401610bf7565b94909160643594610bc16084359660a43590610b9a336111c7565b610ba889828c8a8989610f34565b998a97610bb5848a611154565b60405196879687610e2d565b0390a3806106bb57005b600435906001600160a01b038216820361016f57565b602435906001600160a01b038216820361016f57565b9181601f8401121561016f578235916001600160401b03831161016f576020838186019501011161016f57565b60a060031982011261016f576004356001600160a01b038116810361016f579160243591604435906001600160401b03821161016f57610c6691600401610bf7565b90916064359060843590565b90601f801991011681019081106001600160401b03821117610c9357604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610c9357601f01601f191660200190565b81601f8201121561016f57803590610cd982610ca7565b92610ce76040519485610c72565b8284526020838301011161016f57815f926020809301838601378301015290565b9181601f8401121561016f578235916001600160401b03831161016f576020808501948460051b01011161016f57565b60a060031982011261016f576004356001600160401b03811161016f5781610d6291600401610d08565b929092916024356001600160401b03811161016f5781610d8491600401610d08565b92909291604435906001600160401b03821161016f57610c6691600401610d08565b9080601f8301121561016f578135916001600160401b038311610c93578260051b9060405193610dd96020840186610c72565b845260208085019282010192831161016f57602001905b828210610dfd5750505090565b8135815260209182019101610df0565b908060209392818452848401375f828201840152601f01601f1916010190565b929093610e5b926080959897969860018060a01b03168552602085015260a0604085015260a0840191610e0d565b9460608201520152565b610e89949260609260018060a01b0316825260208201528160408201520191610e0d565b90565b610e9590610efc565b60048110156107c85760021490565b610ead90610efc565b60048110156107c85760031490565b610ec590610efc565b60048110156107c857151590565b610edc90610efc565b60048110156107c85760018114908115610ef4575090565b600291501490565b5f52600160205260405f205480155f14610f1557505f90565b60018103610f235750600390565b421015610f2f57600190565b600290565b94610f6a610f8394959293604051968795602087019960018060a01b03168a52604087015260a0606087015260c0860191610e0d565b91608084015260a083015203601f198101835282610c72565b51902090565b9190811015610f995760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b038116810361016f5790565b9190811015610f995760051b81013590601e198136030182121561016f5701908135916001600160401b03831161016f57602001823603811361016f579190565b9693949190969592956040519660208801988060c08a0160a08c525260e0890192905f905b80821061111e57505050878203601f190160408901528082526001600160fb1b03811161016f579087959394929160051b8092602083013701848103606086015260208101849052600584901b8101604090810194908201915f90889036829003601e1901905b8484106110b857505050505050610f839450608084015260a083015203601f198101835282610c72565b91939597909294969850601f19601f198383030101875289358381121561016f57840190602082359201916001600160401b03811161016f57803603831361016f5761110a6020928392600195610e0d565b9b0197019401918a9896999795939161108e565b91939091908435906001600160a01b038216820361016f576001600160a01b039091168152602090810194019160010190611027565b9061115e82610ebc565b6111af576002548082106111995750420190814211611185575f52600160205260405f2055565b634e487b7160e01b5f52601160045260245ffd5b90635433660960e01b5f5260045260245260445ffd5b50635ead8eb560e01b5f52600452600160245260445ffd5b6001600160a01b0381165f9081527f3412d5605ac6cd444957cedb533e5dacad6378b4bc819ebe3652188a665066d5602052604090205460ff16156112095750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1602452604490fd5b6001600160a01b0381165f9081527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d7069602052604090205460ff161561128f5750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63602452604490fd5b90815f525f60205260405f2060018060a01b0382165f5260205260ff60405f205416156112fe575050565b63e2517d3f60e01b5f5260018060a01b031660045260245260445ffd5b61132481610e8c565b1561135c57508015158061134c575b61133a5750565b63121534c360e31b5f5260045260245ffd5b5061135681610ea4565b15611333565b635ead8eb560e01b5f52600452600460245260445ffd5b6113bb935f93928493826040519384928337810185815203925af13d156113be573d9061139f82610ca7565b916113ad6040519384610c72565b82523d5f602084013e6114ec565b50565b6060906114ec565b6113cf81610e8c565b1561135c575f526001602052600160405f2055565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611466575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611466575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b156114f45790565b80511561150357602081519101fd5b63d6bda27560e01b5f5260045ffd2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d3412d5605ac6cd444957cedb533e5dacad6378b4bc819ebe3652188a665066d5dae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d7069c3ad33e20b0c56a223ad5104fff154aa010f8715b9c981fd38fdc60a4d1a52fbad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// OpenTimelock is an auto generated Go binding around an Ethereum contract.
type OpenTimelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenTimelock) GetABI() abi.ABI {
	return c.abi
}

// NewOpenTimelock creates a new instance of OpenTimelock.
func NewOpenTimelock() *OpenTimelock {
	parsed, err := OpenTimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenTimelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenTimelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (openTimelock *OpenTimelock) PackConstructor(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) []byte {
	enc, err := openTimelock.abi.Pack("", minDelay, proposers, executors, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) PackCANCELLERROLE() []byte {
	enc, err := openTimelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) TryPackCANCELLERROLE() ([]byte, error) {
	return openTimelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) PackDEFAULTADMINROLE() []byte {
	enc, err := openTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return openTimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) PackEXECUTORROLE() []byte {
	enc, err := openTimelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) TryPackEXECUTORROLE() ([]byte, error) {
	return openTimelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) PackPROPOSERROLE() []byte {
	enc, err := openTimelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) TryPackPROPOSERROLE() ([]byte, error) {
	return openTimelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (openTimelock *OpenTimelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (openTimelock *OpenTimelock) PackCancel(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (openTimelock *OpenTimelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (openTimelock *OpenTimelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (openTimelock *OpenTimelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (openTimelock *OpenTimelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (openTimelock *OpenTimelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (openTimelock *OpenTimelock) PackGetMinDelay() []byte {
	enc, err := openTimelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (openTimelock *OpenTimelock) TryPackGetMinDelay() ([]byte, error) {
	return openTimelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (openTimelock *OpenTimelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := openTimelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (openTimelock *OpenTimelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (openTimelock *OpenTimelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (openTimelock *OpenTimelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := openTimelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openTimelock *OpenTimelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openTimelock *OpenTimelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openTimelock *OpenTimelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (openTimelock *OpenTimelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (openTimelock *OpenTimelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (openTimelock *OpenTimelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := openTimelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (openTimelock *OpenTimelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := openTimelock.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (openTimelock *OpenTimelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return openTimelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openTimelock *OpenTimelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := openTimelock.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openTimelock *OpenTimelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return openTimelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openTimelock *OpenTimelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (openTimelock *OpenTimelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := openTimelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) PackIsOperation(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := openTimelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return openTimelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (openTimelock *OpenTimelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := openTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return openTimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := openTimelock.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := openTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return openTimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := openTimelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := openTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return openTimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openTimelock *OpenTimelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := openTimelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (openTimelock *OpenTimelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := openTimelock.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (openTimelock *OpenTimelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return openTimelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (openTimelock *OpenTimelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := openTimelock.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (openTimelock *OpenTimelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return openTimelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (openTimelock *OpenTimelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := openTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (openTimelock *OpenTimelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return openTimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (openTimelock *OpenTimelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := openTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (openTimelock *OpenTimelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return openTimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openTimelock *OpenTimelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := openTimelock.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openTimelock *OpenTimelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return openTimelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openTimelock *OpenTimelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := openTimelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (openTimelock *OpenTimelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := openTimelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (openTimelock *OpenTimelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return openTimelock.abi.Pack("updateDelay", newDelay)
}

// OpenTimelockCallExecuted represents a CallExecuted event raised by the OpenTimelock contract.
type OpenTimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenTimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (OpenTimelockCallExecuted) ContractEventName() string {
	return OpenTimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (openTimelock *OpenTimelock) UnpackCallExecutedEvent(log *types.Log) (*OpenTimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockCallSalt represents a CallSalt event raised by the OpenTimelock contract.
type OpenTimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const OpenTimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (OpenTimelockCallSalt) ContractEventName() string {
	return OpenTimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (openTimelock *OpenTimelock) UnpackCallSaltEvent(log *types.Log) (*OpenTimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockCallSalt)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockCallScheduled represents a CallScheduled event raised by the OpenTimelock contract.
type OpenTimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenTimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (OpenTimelockCallScheduled) ContractEventName() string {
	return OpenTimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (openTimelock *OpenTimelock) UnpackCallScheduledEvent(log *types.Log) (*OpenTimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockCancelled represents a Cancelled event raised by the OpenTimelock contract.
type OpenTimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const OpenTimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (OpenTimelockCancelled) ContractEventName() string {
	return OpenTimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (openTimelock *OpenTimelock) UnpackCancelledEvent(log *types.Log) (*OpenTimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockCancelled)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockMinDelayChange represents a MinDelayChange event raised by the OpenTimelock contract.
type OpenTimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenTimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (OpenTimelockMinDelayChange) ContractEventName() string {
	return OpenTimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (openTimelock *OpenTimelock) UnpackMinDelayChangeEvent(log *types.Log) (*OpenTimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockRoleAdminChanged represents a RoleAdminChanged event raised by the OpenTimelock contract.
type OpenTimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const OpenTimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (OpenTimelockRoleAdminChanged) ContractEventName() string {
	return OpenTimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (openTimelock *OpenTimelock) UnpackRoleAdminChangedEvent(log *types.Log) (*OpenTimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockRoleGranted represents a RoleGranted event raised by the OpenTimelock contract.
type OpenTimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenTimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (OpenTimelockRoleGranted) ContractEventName() string {
	return OpenTimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (openTimelock *OpenTimelock) UnpackRoleGrantedEvent(log *types.Log) (*OpenTimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTimelockRoleRevoked represents a RoleRevoked event raised by the OpenTimelock contract.
type OpenTimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenTimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (OpenTimelockRoleRevoked) ContractEventName() string {
	return OpenTimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (openTimelock *OpenTimelock) UnpackRoleRevokedEvent(log *types.Log) (*OpenTimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openTimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := openTimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openTimelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (openTimelock *OpenTimelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return openTimelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return openTimelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return openTimelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return openTimelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return openTimelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return openTimelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return openTimelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], openTimelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return openTimelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenTimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the OpenTimelock contract.
type OpenTimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func OpenTimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (openTimelock *OpenTimelock) UnpackAccessControlBadConfirmationError(raw []byte) (*OpenTimelockAccessControlBadConfirmation, error) {
	out := new(OpenTimelockAccessControlBadConfirmation)
	if err := openTimelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the OpenTimelock contract.
type OpenTimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func OpenTimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (openTimelock *OpenTimelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*OpenTimelockAccessControlUnauthorizedAccount, error) {
	out := new(OpenTimelockAccessControlUnauthorizedAccount)
	if err := openTimelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockFailedCall represents a FailedCall error raised by the OpenTimelock contract.
type OpenTimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func OpenTimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (openTimelock *OpenTimelock) UnpackFailedCallError(raw []byte) (*OpenTimelockFailedCall, error) {
	out := new(OpenTimelockFailedCall)
	if err := openTimelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the OpenTimelock contract.
type OpenTimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func OpenTimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (openTimelock *OpenTimelock) UnpackTimelockInsufficientDelayError(raw []byte) (*OpenTimelockTimelockInsufficientDelay, error) {
	out := new(OpenTimelockTimelockInsufficientDelay)
	if err := openTimelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the OpenTimelock contract.
type OpenTimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func OpenTimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (openTimelock *OpenTimelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*OpenTimelockTimelockInvalidOperationLength, error) {
	out := new(OpenTimelockTimelockInvalidOperationLength)
	if err := openTimelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the OpenTimelock contract.
type OpenTimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func OpenTimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (openTimelock *OpenTimelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*OpenTimelockTimelockUnauthorizedCaller, error) {
	out := new(OpenTimelockTimelockUnauthorizedCaller)
	if err := openTimelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the OpenTimelock contract.
type OpenTimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func OpenTimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (openTimelock *OpenTimelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*OpenTimelockTimelockUnexecutedPredecessor, error) {
	out := new(OpenTimelockTimelockUnexecutedPredecessor)
	if err := openTimelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the OpenTimelock contract.
type OpenTimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func OpenTimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (openTimelock *OpenTimelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*OpenTimelockTimelockUnexpectedOperationState, error) {
	out := new(OpenTimelockTimelockUnexpectedOperationState)
	if err := openTimelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenMetaData contains all meta data concerning the OpenToken contract.
var OpenTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investors\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"team\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ecosystem\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"liquidity\",\"type\":\"address\"}],\"internalType\":\"structOpenToken.Allocation\",\"name\":\"a\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20InvalidCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investors\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"team\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ecosystem\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"liquidity\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structOpenToken.Allocation\",\"name\":\"allocation\",\"type\":\"tuple\"}],\"name\":\"Allocated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CAP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMMUNITY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ECOSYSTEM_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INVESTORS_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LIQUIDITY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TEAM_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "622baf9c1e0ba524b493f56cf92f9c382f",
	Bin: "0x61018080604052346107de5760a0816114de803803809161002082856107e2565b8339810103126107de576040519060a082016001600160401b038111838210176106e15760405261005081610805565b825261005e60208201610805565b906020830191825261007260408201610805565b60408401908152610098608061008a60608501610805565b936060870194855201610805565b92608085019384526040516100ae6040826107e2565b600a8152602081016927b832b72632b233b2b960b11b8152604051906100d56040836107e2565b600a82526927b832b72632b233b2b960b11b6020830152604051926100fb6040856107e2565b600484526327a822a760e11b60208501526040519361011b6040866107e2565b60018552603160f81b60208601908152845190946001600160401b0382116106e15760035490600182811c921680156107d4575b60208310146106c35781601f849311610766575b50602090601f8311600114610700575f926106f5575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116106e15760045490600182811c921680156106d7575b60208310146106c35781601f849311610655575b50602090601f83116001146105ef575f926105e4575b50508160011b915f199060031b1c1916176004555b6b033b2e3c9fd0803ce800000060805261020981610819565b6101405261021684610819565b6101605251902091826101005251902080610120524660c0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261028060c0826107e2565b51902060a0523060e05284516001600160a01b031680156105d1576002546b01aba70228a3dbe62500000081018091116105bd57600255805f525f60205260405f206b01aba70228a3dbe62500000081540190555f5f5160206114be5f395f51905f5260206040516b01aba70228a3dbe6250000008152a36080516002548181116105a857505080516001600160a01b031680156105d1576002546a974a94de0c9c932080000081018091116105bd57600255805f525f60205260405f206a974a94de0c9c932080000081540190555f5f5160206114be5f395f51905f5260206040516a974a94de0c9c93208000008152a36080516002548181116105a857505081516001600160a01b031680156105d1576002546a7c13bc4b2c133c5600000081018091116105bd57600255805f525f60205260405f206a7c13bc4b2c133c5600000081540190555f5f5160206114be5f395f51905f5260206040516a7c13bc4b2c133c560000008152a36080516002548181116105a857505082516001600160a01b031680156105d1576002546a52ccffdf8fee1dda80000081018091116105bd57600255805f525f60205260405f206a52ccffdf8fee1dda80000081540190555f5f5160206114be5f395f51905f5260206040516a52ccffdf8fee1dda8000008152a36080516002548181116105a857505083516001600160a01b031680156105d1576002546a295be96e6406697200000081018091116105bd57600255805f525f60205260405f206a295be96e6406697200000081540190555f5f5160206114be5f395f51905f5260206040516a295be96e640669720000008152a36080516002548181116105a8576040805188516001600160a01b0390811682528551811660208301528651811692820192909252865182166060820152875190911660808201527fdc3023d7015ab25c462043ac3137dd24323d3a9f75594620fad678a40e36208d9060a090a1604051610c399081610885823960805181610620015260a051816109b4015260c05181610a71015260e0518161097e01526101005181610a0301526101205181610a2901526101405181610460015261016051816104890152f35b63279e7e1560e21b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b015190505f806101db565b60045f9081528281209350601f198516905b81811061063d5750908460019594939210610625575b505050811b016004556101f0565b01515f1960f88460031b161c191690555f8080610617565b92936020600181928786015181550195019301610601565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c810191602085106106b9575b90601f859493920160051c01905b8181106106ab57506101c5565b5f815584935060010161069e565b9091508190610690565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101b1565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610179565b60035f9081528281209350601f198516905b81811061074e5750908460019594939210610736575b505050811b0160035561018e565b01515f1960f88460031b161c191690555f8080610728565b92936020600181928786015181550195019301610712565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106107ca575b90601f859493920160051c01905b8181106107bc5750610163565b5f81558493506001016107af565b90915081906107a1565b91607f169161014f565b5f80fd5b601f909101601f19168101906001600160401b038211908210176106e157604052565b51906001600160a01b03821682036107de57565b601f815111610844576020815191015160208210610835571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461078057508063095ea7b31461075a57806318160ddd1461073d57806323b872dd1461065e578063313ce56714610643578063355274ea146106095780633644e515146105e75780635b8d2cf2146105cb57806365543cdc146105af57806370a08231146105785780637ecebe001461054057806384b0196e1461044857806390fec79a1461042c57806395d89b4114610320578063a9059cbb146102ef578063a9cbaf87146102d3578063d505accf1461018e578063d5861d9114610172578063dd62ed3e146101225763ec81b483146100f8575f80fd5b3461011e575f36600319011261011e5760206040516b033b2e3c9fd0803ce80000008152f35b5f80fd5b3461011e57604036600319011261011e5761013b61085c565b610143610872565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b3461011e575f36600319011261011e5760206040516105dc8152f35b3461011e5760e036600319011261011e576101a761085c565b6101af610872565b604435906064359260843560ff8116810361011e578442116102c05761028361028c9160018060a01b03841696875f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528a604084015260018060a01b038916606084015289608084015260a083015260c082015260c0815261025160e082610888565b51902061025c61097b565b906040519161190160f01b83526002830152602282015260c43591604260a4359220610b38565b90929192610bc5565b6001600160a01b03168481036102a957506102a79350610a97565b005b84906325c0072360e11b5f5260045260245260445ffd5b8463313c898160e11b5f5260045260245ffd5b3461011e575f36600319011261011e5760206040516114328152f35b3461011e57604036600319011261011e5761031561030b61085c565b60243590336108be565b602060405160018152f35b3461011e575f36600319011261011e576040515f6004548060011c90600181168015610422575b60208310811461040e578285529081156103ea575060011461038c575b6103888361037481850382610888565b604051918291602083526020830190610838565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103d057509091508101602001610374610364565b9192600181602092548385880101520191019092916103b8565b60ff191660208086019190915291151560051b840190910191506103749050610364565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610347565b3461011e575f36600319011261011e5760206040516107258152f35b3461011e575f36600319011261011e576104e46104847f0000000000000000000000000000000000000000000000000000000000000000610afa565b6104ad7f0000000000000000000000000000000000000000000000000000000000000000610afa565b60206104f2604051926104c08385610888565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190610838565b908582036040870152610838565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061052957505050500390f35b83518552869550938101939281019260010161051a565b3461011e57602036600319011261011e576001600160a01b0361056161085c565b165f526007602052602060405f2054604051908152f35b3461011e57602036600319011261011e576001600160a01b0361059961085c565b165f525f602052602060405f2054604051908152f35b3461011e575f36600319011261011e5760206040516101f48152f35b3461011e575f36600319011261011e5760206040516103e98152f35b3461011e575f36600319011261011e57602061060161097b565b604051908152f35b3461011e575f36600319011261011e5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461011e575f36600319011261011e57602060405160128152f35b3461011e57606036600319011261011e5761067761085c565b61067f610872565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106106bd575b5061031593506108be565b83811061072257841561070f5733156106fc57610315945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846106b2565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b3461011e575f36600319011261011e576020600254604051908152f35b3461011e57604036600319011261011e5761031561077661085c565b6024359033610a97565b3461011e575f36600319011261011e575f6003548060011c9060018116801561082e575b60208310811461040e578285529081156103ea57506001146107d0576103888361037481850382610888565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b80821061081457509091508101602001610374610364565b9192600181602092548385880101520191019092916107fc565b91607f16916107a4565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361011e57565b602435906001600160a01b038216820361011e57565b90601f8019910116810190811067ffffffffffffffff8211176108aa57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0316908115610968576001600160a01b031691821561095557815f525f60205260405f205481811061093c57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480610a6e575b156109d6577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152610a6860c082610888565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146109ad565b6001600160a01b031690811561070f576001600160a01b03169182156106fc5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b60ff811690601f8211610b295760405191610b16604084610888565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610bba579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610baf575f516001600160a01b03811615610ba557905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004811015610c255780610bd7575050565b60018103610bee5763f645eedf60e01b5f5260045ffd5b60028103610c09575063fce698f760e01b5f5260045260245ffd5b600314610c135750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffdddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
}

// OpenToken is an auto generated Go binding around an Ethereum contract.
type OpenToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenToken) GetABI() abi.ABI {
	return c.abi
}

// NewOpenToken creates a new instance of OpenToken.
func NewOpenToken() *OpenToken {
	parsed, err := OpenTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address,address,address) a) returns()
func (openToken *OpenToken) PackConstructor(a OpenTokenAllocation) []byte {
	enc, err := openToken.abi.Pack("", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec81b483.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CAP() view returns(uint256)
func (openToken *OpenToken) PackCAP() []byte {
	enc, err := openToken.abi.Pack("CAP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec81b483.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CAP() view returns(uint256)
func (openToken *OpenToken) TryPackCAP() ([]byte, error) {
	return openToken.abi.Pack("CAP")
}

// UnpackCAP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec81b483.
//
// Solidity: function CAP() view returns(uint256)
func (openToken *OpenToken) UnpackCAP(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("CAP", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCOMMUNITYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9cbaf87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMUNITY_BPS() view returns(uint256)
func (openToken *OpenToken) PackCOMMUNITYBPS() []byte {
	enc, err := openToken.abi.Pack("COMMUNITY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMUNITYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9cbaf87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMUNITY_BPS() view returns(uint256)
func (openToken *OpenToken) TryPackCOMMUNITYBPS() ([]byte, error) {
	return openToken.abi.Pack("COMMUNITY_BPS")
}

// UnpackCOMMUNITYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9cbaf87.
//
// Solidity: function COMMUNITY_BPS() view returns(uint256)
func (openToken *OpenToken) UnpackCOMMUNITYBPS(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("COMMUNITY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (openToken *OpenToken) PackDOMAINSEPARATOR() []byte {
	enc, err := openToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (openToken *OpenToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return openToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (openToken *OpenToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := openToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackECOSYSTEMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d2cf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ECOSYSTEM_BPS() view returns(uint256)
func (openToken *OpenToken) PackECOSYSTEMBPS() []byte {
	enc, err := openToken.abi.Pack("ECOSYSTEM_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackECOSYSTEMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d2cf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ECOSYSTEM_BPS() view returns(uint256)
func (openToken *OpenToken) TryPackECOSYSTEMBPS() ([]byte, error) {
	return openToken.abi.Pack("ECOSYSTEM_BPS")
}

// UnpackECOSYSTEMBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d2cf2.
//
// Solidity: function ECOSYSTEM_BPS() view returns(uint256)
func (openToken *OpenToken) UnpackECOSYSTEMBPS(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("ECOSYSTEM_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackINVESTORSBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fec79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INVESTORS_BPS() view returns(uint256)
func (openToken *OpenToken) PackINVESTORSBPS() []byte {
	enc, err := openToken.abi.Pack("INVESTORS_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINVESTORSBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fec79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INVESTORS_BPS() view returns(uint256)
func (openToken *OpenToken) TryPackINVESTORSBPS() ([]byte, error) {
	return openToken.abi.Pack("INVESTORS_BPS")
}

// UnpackINVESTORSBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90fec79a.
//
// Solidity: function INVESTORS_BPS() view returns(uint256)
func (openToken *OpenToken) UnpackINVESTORSBPS(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("INVESTORS_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLIQUIDITYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65543cdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LIQUIDITY_BPS() view returns(uint256)
func (openToken *OpenToken) PackLIQUIDITYBPS() []byte {
	enc, err := openToken.abi.Pack("LIQUIDITY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLIQUIDITYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65543cdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LIQUIDITY_BPS() view returns(uint256)
func (openToken *OpenToken) TryPackLIQUIDITYBPS() ([]byte, error) {
	return openToken.abi.Pack("LIQUIDITY_BPS")
}

// UnpackLIQUIDITYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65543cdc.
//
// Solidity: function LIQUIDITY_BPS() view returns(uint256)
func (openToken *OpenToken) UnpackLIQUIDITYBPS(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("LIQUIDITY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTEAMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5861d91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TEAM_BPS() view returns(uint256)
func (openToken *OpenToken) PackTEAMBPS() []byte {
	enc, err := openToken.abi.Pack("TEAM_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTEAMBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5861d91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TEAM_BPS() view returns(uint256)
func (openToken *OpenToken) TryPackTEAMBPS() ([]byte, error) {
	return openToken.abi.Pack("TEAM_BPS")
}

// UnpackTEAMBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5861d91.
//
// Solidity: function TEAM_BPS() view returns(uint256)
func (openToken *OpenToken) UnpackTEAMBPS(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("TEAM_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openToken *OpenToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := openToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openToken *OpenToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return openToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (openToken *OpenToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openToken *OpenToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := openToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openToken *OpenToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return openToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (openToken *OpenToken) UnpackApprove(data []byte) (bool, error) {
	out, err := openToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openToken *OpenToken) PackBalanceOf(account common.Address) []byte {
	enc, err := openToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openToken *OpenToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return openToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (openToken *OpenToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cap() view returns(uint256)
func (openToken *OpenToken) PackCap() []byte {
	enc, err := openToken.abi.Pack("cap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cap() view returns(uint256)
func (openToken *OpenToken) TryPackCap() ([]byte, error) {
	return openToken.abi.Pack("cap")
}

// UnpackCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x355274ea.
//
// Solidity: function cap() view returns(uint256)
func (openToken *OpenToken) UnpackCap(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("cap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (openToken *OpenToken) PackDecimals() []byte {
	enc, err := openToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (openToken *OpenToken) TryPackDecimals() ([]byte, error) {
	return openToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (openToken *OpenToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := openToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (openToken *OpenToken) PackEip712Domain() []byte {
	enc, err := openToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (openToken *OpenToken) TryPackEip712Domain() ([]byte, error) {
	return openToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (openToken *OpenToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := openToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (openToken *OpenToken) PackName() []byte {
	enc, err := openToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (openToken *OpenToken) TryPackName() ([]byte, error) {
	return openToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (openToken *OpenToken) UnpackName(data []byte) (string, error) {
	out, err := openToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openToken *OpenToken) PackNonces(owner common.Address) []byte {
	enc, err := openToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openToken *OpenToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return openToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openToken *OpenToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (openToken *OpenToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := openToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (openToken *OpenToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return openToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (openToken *OpenToken) PackSymbol() []byte {
	enc, err := openToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (openToken *OpenToken) TryPackSymbol() ([]byte, error) {
	return openToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (openToken *OpenToken) UnpackSymbol(data []byte) (string, error) {
	out, err := openToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (openToken *OpenToken) PackTotalSupply() []byte {
	enc, err := openToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (openToken *OpenToken) TryPackTotalSupply() ([]byte, error) {
	return openToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (openToken *OpenToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := openToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openToken *OpenToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := openToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openToken *OpenToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return openToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (openToken *OpenToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := openToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openToken *OpenToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := openToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openToken *OpenToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return openToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (openToken *OpenToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := openToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// OpenTokenAllocated represents a Allocated event raised by the OpenToken contract.
type OpenTokenAllocated struct {
	Allocation OpenTokenAllocation
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenTokenAllocatedEventName = "Allocated"

// ContractEventName returns the user-defined event name.
func (OpenTokenAllocated) ContractEventName() string {
	return OpenTokenAllocatedEventName
}

// UnpackAllocatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Allocated((address,address,address,address,address) allocation)
func (openToken *OpenToken) UnpackAllocatedEvent(log *types.Log) (*OpenTokenAllocated, error) {
	event := "Allocated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTokenAllocated)
	if len(log.Data) > 0 {
		if err := openToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTokenApproval represents a Approval event raised by the OpenToken contract.
type OpenTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (OpenTokenApproval) ContractEventName() string {
	return OpenTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (openToken *OpenToken) UnpackApprovalEvent(log *types.Log) (*OpenTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTokenApproval)
	if len(log.Data) > 0 {
		if err := openToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the OpenToken contract.
type OpenTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const OpenTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (OpenTokenEIP712DomainChanged) ContractEventName() string {
	return OpenTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (openToken *OpenToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*OpenTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := openToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenTokenTransfer represents a Transfer event raised by the OpenToken contract.
type OpenTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OpenTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (OpenTokenTransfer) ContractEventName() string {
	return OpenTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (openToken *OpenToken) UnpackTransferEvent(log *types.Log) (*OpenTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenTokenTransfer)
	if len(log.Data) > 0 {
		if err := openToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (openToken *OpenToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return openToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return openToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return openToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20ExceededCap"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20ExceededCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InvalidCap"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InvalidCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return openToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return openToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return openToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return openToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return openToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], openToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return openToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the OpenToken contract.
type OpenTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func OpenTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (openToken *OpenToken) UnpackECDSAInvalidSignatureError(raw []byte) (*OpenTokenECDSAInvalidSignature, error) {
	out := new(OpenTokenECDSAInvalidSignature)
	if err := openToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the OpenToken contract.
type OpenTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func OpenTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (openToken *OpenToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*OpenTokenECDSAInvalidSignatureLength, error) {
	out := new(OpenTokenECDSAInvalidSignatureLength)
	if err := openToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the OpenToken contract.
type OpenTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func OpenTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (openToken *OpenToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*OpenTokenECDSAInvalidSignatureS, error) {
	out := new(OpenTokenECDSAInvalidSignatureS)
	if err := openToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20ExceededCap represents a ERC20ExceededCap error raised by the OpenToken contract.
type OpenTokenERC20ExceededCap struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededCap(uint256 increasedSupply, uint256 cap)
func OpenTokenERC20ExceededCapErrorID() common.Hash {
	return common.HexToHash("0x9e79f854e7e443a7e81774a004f97452fde67fc40f1ae7a0ecb8c360c4f564ac")
}

// UnpackERC20ExceededCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededCap(uint256 increasedSupply, uint256 cap)
func (openToken *OpenToken) UnpackERC20ExceededCapError(raw []byte) (*OpenTokenERC20ExceededCap, error) {
	out := new(OpenTokenERC20ExceededCap)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20ExceededCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the OpenToken contract.
type OpenTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func OpenTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (openToken *OpenToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*OpenTokenERC20InsufficientAllowance, error) {
	out := new(OpenTokenERC20InsufficientAllowance)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the OpenToken contract.
type OpenTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func OpenTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (openToken *OpenToken) UnpackERC20InsufficientBalanceError(raw []byte) (*OpenTokenERC20InsufficientBalance, error) {
	out := new(OpenTokenERC20InsufficientBalance)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the OpenToken contract.
type OpenTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func OpenTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (openToken *OpenToken) UnpackERC20InvalidApproverError(raw []byte) (*OpenTokenERC20InvalidApprover, error) {
	out := new(OpenTokenERC20InvalidApprover)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InvalidCap represents a ERC20InvalidCap error raised by the OpenToken contract.
type OpenTokenERC20InvalidCap struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidCap(uint256 cap)
func OpenTokenERC20InvalidCapErrorID() common.Hash {
	return common.HexToHash("0x392e1e27cbe1cbe0653ae0435ec8f503f6a25b76c3c7164a5cacb005b0b68677")
}

// UnpackERC20InvalidCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidCap(uint256 cap)
func (openToken *OpenToken) UnpackERC20InvalidCapError(raw []byte) (*OpenTokenERC20InvalidCap, error) {
	out := new(OpenTokenERC20InvalidCap)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InvalidCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the OpenToken contract.
type OpenTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func OpenTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (openToken *OpenToken) UnpackERC20InvalidReceiverError(raw []byte) (*OpenTokenERC20InvalidReceiver, error) {
	out := new(OpenTokenERC20InvalidReceiver)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the OpenToken contract.
type OpenTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func OpenTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (openToken *OpenToken) UnpackERC20InvalidSenderError(raw []byte) (*OpenTokenERC20InvalidSender, error) {
	out := new(OpenTokenERC20InvalidSender)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the OpenToken contract.
type OpenTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func OpenTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (openToken *OpenToken) UnpackERC20InvalidSpenderError(raw []byte) (*OpenTokenERC20InvalidSpender, error) {
	out := new(OpenTokenERC20InvalidSpender)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the OpenToken contract.
type OpenTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func OpenTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (openToken *OpenToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*OpenTokenERC2612ExpiredSignature, error) {
	out := new(OpenTokenERC2612ExpiredSignature)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the OpenToken contract.
type OpenTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func OpenTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (openToken *OpenToken) UnpackERC2612InvalidSignerError(raw []byte) (*OpenTokenERC2612InvalidSigner, error) {
	out := new(OpenTokenERC2612InvalidSigner)
	if err := openToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the OpenToken contract.
type OpenTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func OpenTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (openToken *OpenToken) UnpackInvalidAccountNonceError(raw []byte) (*OpenTokenInvalidAccountNonce, error) {
	out := new(OpenTokenInvalidAccountNonce)
	if err := openToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenInvalidShortString represents a InvalidShortString error raised by the OpenToken contract.
type OpenTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func OpenTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (openToken *OpenToken) UnpackInvalidShortStringError(raw []byte) (*OpenTokenInvalidShortString, error) {
	out := new(OpenTokenInvalidShortString)
	if err := openToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenTokenStringTooLong represents a StringTooLong error raised by the OpenToken contract.
type OpenTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func OpenTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (openToken *OpenToken) UnpackStringTooLongError(raw []byte) (*OpenTokenStringTooLong, error) {
	out := new(OpenTokenStringTooLong)
	if err := openToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingMetaData contains all meta data concerning the OpenVesting contract.
var OpenVestingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"durationSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliffSeconds\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cliffSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"durationSeconds\",\"type\":\"uint64\"}],\"name\":\"InvalidCliffDuration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC20Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EtherReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"cliff\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"duration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"end\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "5db03d161ac8cc4c31924011c8bf15d8bd",
	Bin: "0x60e0346101a557601f610a7638819003918201601f19168301916001600160401b038311848410176101a9578084926080946040528339810103126101a55780516001600160a01b03811691908290036101a55761005f602082016101bd565b6100776060610070604085016101bd565b93016101bd565b928015610192575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a360805260a08190526001600160401b03918216911680821161016657506080516001600160401b03906100f29082166101d1565b16016001600160401b0381116101525760c052604051610873908161020382396080518181816101cb015281816106b201526107ce015260a0518181816104e8015281816106880152610834015260c0518181816104a501526106e20152f35b634e487b7160e01b5f52601160045260245ffd5b61016f906101d1565b6303be3ef560e41b5f9081526004929092526001600160401b0316602452604490fd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b03821682036101a557565b6001600160401b0381116101eb576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffdfe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c80630a17b06b1461050c5780630fb5a6b4146104c957806313d033c01461048657806319165587146103a0578063715018a614610349578063810ec23b1461031057806386d1a69f1461028e5780638da5cb5b14610267578063961325211461024a5780639852595c14610212578063a3f8eace146101ef578063be9a6555146101ac578063efbe1c1c14610192578063f2fde38b1461010d5763fbccedae0361000e5734610109575f3660031901126101095760206101016100f8476100f36001600160401b0342169160015490610559565b6106d7565b60015490610638565b604051908152f35b5f80fd5b3461010957602036600319011261010957610126610543565b61012e610722565b6001600160a01b0316801561017f575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b631e4fbdf760e01b5f525f60045260245ffd5b34610109575f36600319011261010957602061010161067b565b34610109575f3660031901126101095760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461010957602036600319011261010957602061010161020d610543565b610645565b34610109576020366003190112610109576001600160a01b03610233610543565b165f526002602052602060405f2054604051908152f35b34610109575f366003190112610109576020600154604051908152f35b34610109575f366003190112610109575f546040516001600160a01b039091168152602090f35b34610109575f366003190112610109576100186102bc476100f36001600160401b0342169160015490610559565b6102d36102cc6001548093610638565b8092610559565b6001557fda9d4e5f101b8b9b1c5b76d0c5a9f7923571acfc02376aa076b75a8c080c956b6020604051838152a15f546001600160a01b0316610748565b3461010957604036600319011261010957610329610543565b602435906001600160401b0382168203610109576020916101019161057a565b34610109575f36600319011261010957610361610722565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610109576020366003190112610109576103b9610543565b6103c281610645565b9060018060a01b031690815f52600260205260405f206103e3828254610559565b9055817fc0e523490dd523c33b1878c9eb14ff46991e3f5b2cd33710918618f2a39cba1b6020604051848152a25f805460405163a9059cbb60e01b83526001600160a01b0390911660045260249290925260209060448180865af19060015f5114821615610466575b501561045457005b635274afe760e01b5f5260045260245ffd5b600182151661047e5750813b15153d1516168261044c565b3d5f823e3d90fd5b34610109575f3660031901126101095760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610109575f3660031901126101095760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610109576020366003190112610109576004356001600160401b0381168103610109576101016020916100f34760015490610559565b600435906001600160a01b038216820361010957565b9190820180921161056657565b634e487b7160e01b5f52601160045260245ffd5b6040516370a0823160e01b81523060048201526001600160a01b03919091169190602081602481865afa90811561062d575f916105d0575b506100f3906105cd935f52600260205260405f205490610559565b90565b905060203d602011610626575b601f8101601f191682016001600160401b038111838210176106125760209183916040528101031261010957516105cd6105b2565b634e487b7160e01b5f52604160045260245ffd5b503d6105dd565b6040513d5f823e3d90fd5b9190820391821161056657565b6105cd9061065c6001600160401b0342168261057a565b6001600160a01b039091165f9081526002602052604090205490610638565b6105cd6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610559565b906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b038216105f146107195750505f90565b6105cd916107bf565b5f546001600160a01b0316330361073557565b63118cdaa760e01b5f523360045260245ffd5b8147106107a85760405160208101908082106001600160401b03831117610612575f9384938480949381946040525260018060a01b03165af11561078857565b3d15610799576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b906001600160401b03908116907f000000000000000000000000000000000000000000000000000000000000000016808210156107fd575050505f90565b61080561067b565b821061081057505090565b61081991610638565b90818102918183041490151715610566576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690811561085f570490565b634e487b7160e01b5f52601260045260245ffd",
}

// OpenVesting is an auto generated Go binding around an Ethereum contract.
type OpenVesting struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenVesting) GetABI() abi.ABI {
	return c.abi
}

// NewOpenVesting creates a new instance of OpenVesting.
func NewOpenVesting() *OpenVesting {
	parsed, err := OpenVestingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenVesting{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenVesting) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds, uint64 cliffSeconds) returns()
func (openVesting *OpenVesting) PackConstructor(beneficiary common.Address, startTimestamp uint64, durationSeconds uint64, cliffSeconds uint64) []byte {
	enc, err := openVesting.abi.Pack("", beneficiary, startTimestamp, durationSeconds, cliffSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCliff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d033c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cliff() view returns(uint256)
func (openVesting *OpenVesting) PackCliff() []byte {
	enc, err := openVesting.abi.Pack("cliff")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCliff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d033c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cliff() view returns(uint256)
func (openVesting *OpenVesting) TryPackCliff() ([]byte, error) {
	return openVesting.abi.Pack("cliff")
}

// UnpackCliff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13d033c0.
//
// Solidity: function cliff() view returns(uint256)
func (openVesting *OpenVesting) UnpackCliff(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("cliff", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fb5a6b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function duration() view returns(uint256)
func (openVesting *OpenVesting) PackDuration() []byte {
	enc, err := openVesting.abi.Pack("duration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fb5a6b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function duration() view returns(uint256)
func (openVesting *OpenVesting) TryPackDuration() ([]byte, error) {
	return openVesting.abi.Pack("duration")
}

// UnpackDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fb5a6b4.
//
// Solidity: function duration() view returns(uint256)
func (openVesting *OpenVesting) UnpackDuration(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("duration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe1c1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function end() view returns(uint256)
func (openVesting *OpenVesting) PackEnd() []byte {
	enc, err := openVesting.abi.Pack("end")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe1c1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function end() view returns(uint256)
func (openVesting *OpenVesting) TryPackEnd() ([]byte, error) {
	return openVesting.abi.Pack("end")
}

// UnpackEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefbe1c1c.
//
// Solidity: function end() view returns(uint256)
func (openVesting *OpenVesting) UnpackEnd(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("end", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (openVesting *OpenVesting) PackOwner() []byte {
	enc, err := openVesting.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (openVesting *OpenVesting) TryPackOwner() ([]byte, error) {
	return openVesting.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (openVesting *OpenVesting) UnpackOwner(data []byte) (common.Address, error) {
	out, err := openVesting.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(address token) view returns(uint256)
func (openVesting *OpenVesting) PackReleasable(token common.Address) []byte {
	enc, err := openVesting.abi.Pack("releasable", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(address token) view returns(uint256)
func (openVesting *OpenVesting) TryPackReleasable(token common.Address) ([]byte, error) {
	return openVesting.abi.Pack("releasable", token)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f8eace.
//
// Solidity: function releasable(address token) view returns(uint256)
func (openVesting *OpenVesting) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable() view returns(uint256)
func (openVesting *OpenVesting) PackReleasable0() []byte {
	enc, err := openVesting.abi.Pack("releasable0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable() view returns(uint256)
func (openVesting *OpenVesting) TryPackReleasable0() ([]byte, error) {
	return openVesting.abi.Pack("releasable0")
}

// UnpackReleasable0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbccedae.
//
// Solidity: function releasable() view returns(uint256)
func (openVesting *OpenVesting) UnpackReleasable0(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("releasable0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address token) returns()
func (openVesting *OpenVesting) PackRelease(token common.Address) []byte {
	enc, err := openVesting.abi.Pack("release", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address token) returns()
func (openVesting *OpenVesting) TryPackRelease(token common.Address) ([]byte, error) {
	return openVesting.abi.Pack("release", token)
}

// PackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns()
func (openVesting *OpenVesting) PackRelease0() []byte {
	enc, err := openVesting.abi.Pack("release0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release() returns()
func (openVesting *OpenVesting) TryPackRelease0() ([]byte, error) {
	return openVesting.abi.Pack("release0")
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released() view returns(uint256)
func (openVesting *OpenVesting) PackReleased() []byte {
	enc, err := openVesting.abi.Pack("released")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released() view returns(uint256)
func (openVesting *OpenVesting) TryPackReleased() ([]byte, error) {
	return openVesting.abi.Pack("released")
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96132521.
//
// Solidity: function released() view returns(uint256)
func (openVesting *OpenVesting) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("released", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released(address token) view returns(uint256)
func (openVesting *OpenVesting) PackReleased0(token common.Address) []byte {
	enc, err := openVesting.abi.Pack("released0", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released(address token) view returns(uint256)
func (openVesting *OpenVesting) TryPackReleased0(token common.Address) ([]byte, error) {
	return openVesting.abi.Pack("released0", token)
}

// UnpackReleased0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9852595c.
//
// Solidity: function released(address token) view returns(uint256)
func (openVesting *OpenVesting) UnpackReleased0(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("released0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (openVesting *OpenVesting) PackRenounceOwnership() []byte {
	enc, err := openVesting.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (openVesting *OpenVesting) TryPackRenounceOwnership() ([]byte, error) {
	return openVesting.abi.Pack("renounceOwnership")
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() view returns(uint256)
func (openVesting *OpenVesting) PackStart() []byte {
	enc, err := openVesting.abi.Pack("start")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start() view returns(uint256)
func (openVesting *OpenVesting) TryPackStart() ([]byte, error) {
	return openVesting.abi.Pack("start")
}

// UnpackStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe9a6555.
//
// Solidity: function start() view returns(uint256)
func (openVesting *OpenVesting) UnpackStart(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("start", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (openVesting *OpenVesting) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := openVesting.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (openVesting *OpenVesting) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return openVesting.abi.Pack("transferOwnership", newOwner)
}

// PackVestedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a17b06b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) PackVestedAmount(timestamp uint64) []byte {
	enc, err := openVesting.abi.Pack("vestedAmount", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a17b06b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) TryPackVestedAmount(timestamp uint64) ([]byte, error) {
	return openVesting.abi.Pack("vestedAmount", timestamp)
}

// UnpackVestedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a17b06b.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) UnpackVestedAmount(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("vestedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVestedAmount0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x810ec23b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) PackVestedAmount0(token common.Address, timestamp uint64) []byte {
	enc, err := openVesting.abi.Pack("vestedAmount0", token, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAmount0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x810ec23b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) TryPackVestedAmount0(token common.Address, timestamp uint64) ([]byte, error) {
	return openVesting.abi.Pack("vestedAmount0", token, timestamp)
}

// UnpackVestedAmount0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x810ec23b.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (openVesting *OpenVesting) UnpackVestedAmount0(data []byte) (*big.Int, error) {
	out, err := openVesting.abi.Unpack("vestedAmount0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OpenVestingERC20Released represents a ERC20Released event raised by the OpenVesting contract.
type OpenVestingERC20Released struct {
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenVestingERC20ReleasedEventName = "ERC20Released"

// ContractEventName returns the user-defined event name.
func (OpenVestingERC20Released) ContractEventName() string {
	return OpenVestingERC20ReleasedEventName
}

// UnpackERC20ReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ERC20Released(address indexed token, uint256 amount)
func (openVesting *OpenVesting) UnpackERC20ReleasedEvent(log *types.Log) (*OpenVestingERC20Released, error) {
	event := "ERC20Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openVesting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenVestingERC20Released)
	if len(log.Data) > 0 {
		if err := openVesting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openVesting.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenVestingEtherReleased represents a EtherReleased event raised by the OpenVesting contract.
type OpenVestingEtherReleased struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenVestingEtherReleasedEventName = "EtherReleased"

// ContractEventName returns the user-defined event name.
func (OpenVestingEtherReleased) ContractEventName() string {
	return OpenVestingEtherReleasedEventName
}

// UnpackEtherReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EtherReleased(uint256 amount)
func (openVesting *OpenVesting) UnpackEtherReleasedEvent(log *types.Log) (*OpenVestingEtherReleased, error) {
	event := "EtherReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openVesting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenVestingEtherReleased)
	if len(log.Data) > 0 {
		if err := openVesting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openVesting.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OpenVestingOwnershipTransferred represents a OwnershipTransferred event raised by the OpenVesting contract.
type OpenVestingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OpenVestingOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OpenVestingOwnershipTransferred) ContractEventName() string {
	return OpenVestingOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (openVesting *OpenVesting) UnpackOwnershipTransferredEvent(log *types.Log) (*OpenVestingOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openVesting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenVestingOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := openVesting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openVesting.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (openVesting *OpenVesting) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openVesting.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return openVesting.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return openVesting.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["InvalidCliffDuration"].ID.Bytes()[:4]) {
		return openVesting.UnpackInvalidCliffDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return openVesting.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return openVesting.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return openVesting.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], openVesting.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return openVesting.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenVestingFailedCall represents a FailedCall error raised by the OpenVesting contract.
type OpenVestingFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func OpenVestingFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (openVesting *OpenVesting) UnpackFailedCallError(raw []byte) (*OpenVestingFailedCall, error) {
	out := new(OpenVestingFailedCall)
	if err := openVesting.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingInsufficientBalance represents a InsufficientBalance error raised by the OpenVesting contract.
type OpenVestingInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func OpenVestingInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (openVesting *OpenVesting) UnpackInsufficientBalanceError(raw []byte) (*OpenVestingInsufficientBalance, error) {
	out := new(OpenVestingInsufficientBalance)
	if err := openVesting.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingInvalidCliffDuration represents a InvalidCliffDuration error raised by the OpenVesting contract.
type OpenVestingInvalidCliffDuration struct {
	CliffSeconds    uint64
	DurationSeconds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCliffDuration(uint64 cliffSeconds, uint64 durationSeconds)
func OpenVestingInvalidCliffDurationErrorID() common.Hash {
	return common.HexToHash("0x3be3ef50e48712272cd9fa00a78aa363d9051d5e5c8fd89f545748e216737001")
}

// UnpackInvalidCliffDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCliffDuration(uint64 cliffSeconds, uint64 durationSeconds)
func (openVesting *OpenVesting) UnpackInvalidCliffDurationError(raw []byte) (*OpenVestingInvalidCliffDuration, error) {
	out := new(OpenVestingInvalidCliffDuration)
	if err := openVesting.abi.UnpackIntoInterface(out, "InvalidCliffDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the OpenVesting contract.
type OpenVestingOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func OpenVestingOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (openVesting *OpenVesting) UnpackOwnableInvalidOwnerError(raw []byte) (*OpenVestingOwnableInvalidOwner, error) {
	out := new(OpenVestingOwnableInvalidOwner)
	if err := openVesting.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the OpenVesting contract.
type OpenVestingOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func OpenVestingOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (openVesting *OpenVesting) UnpackOwnableUnauthorizedAccountError(raw []byte) (*OpenVestingOwnableUnauthorizedAccount, error) {
	out := new(OpenVestingOwnableUnauthorizedAccount)
	if err := openVesting.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the OpenVesting contract.
type OpenVestingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func OpenVestingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (openVesting *OpenVesting) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*OpenVestingSafeCastOverflowedUintDowncast, error) {
	out := new(OpenVestingSafeCastOverflowedUintDowncast)
	if err := openVesting.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenVestingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OpenVesting contract.
type OpenVestingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OpenVestingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (openVesting *OpenVesting) UnpackSafeERC20FailedOperationError(raw []byte) (*OpenVestingSafeERC20FailedOperation, error) {
	out := new(OpenVestingSafeERC20FailedOperation)
	if err := openVesting.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryMetaData contains all meta data concerning the ProverRegistry contract.
var ProverRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"claimBond\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"slashSink\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"missPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structProverRegistry.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"NoClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondAt\",\"type\":\"uint64\"}],\"name\":\"NotUnbonded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParamsInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"}],\"name\":\"ClaimClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"claimBond\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"slashSink\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"missPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structProverRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toReporter\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toSink\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLAIM_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_UNBONDING\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"freeStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"isAssigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"onCancelled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"}],\"name\":\"onSettled\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"claimBond\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"slashSink\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"missPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structProverRegistry.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"provers\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"staked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"claimBond\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"slashSink\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"missPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structProverRegistry.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"s\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"toReporter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toSink\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "69b9dad031a5eeaf501c6c101908338056",
	Bin: "0x60a06040523461031e57604051611bb838819003601f8101601f191683016001600160401b038111848210176103225783928291604052833981010390610120821261031e5761004e81610336565b6020820151926001600160a01b0384169081850361031e5760e090603f19011261031e576040519260e084016001600160401b038111858210176103225760405261009b6040820161034a565b84526100a96060820161034a565b92602085019384526100bd6080830161035e565b946040810195865260a08301519661ffff8816880361031e57606082019788526100e960c08501610336565b926080830193845261011161010061010360e0880161035e565b9660a086019788520161035e565b60c08401908152956001600160a01b03821615908115610315575b506103065761013d91608052610372565b5081516001600160a01b0316156103065780516276a7006001600160401b039091161180156102f4575b80156102dc575b80156102ca575b80156102ba575b6102ab575184518651604091821b6fffffffffffffffff0000000000000000166001600160401b03938416908117608092831b6001600160801b0319908116919091176002558a516003805488516001600160b01b031990911661ffff9384161760109190911b62010000600160b01b031617905587518951851b9092166001600160801b0392831617600455845192835298519094166020820152975183169188019190915296519094166060860152516001600160a01b0316948401949094529251811660a0830152915190911660c08201527fe77db91f0962e193cf44a9aada60261c3a2bb364aba8eb88791631c64e556ca19060e090a160405161179c90816103fc8239608051818181610144015281816104640152818161049601528181610a2f0152610f460152f35b631a44e05560e11b5f5260045ffd5b5061271061ffff8851161161017c565b5085516001600160801b031615610175565b50845162278d006001600160401b039091161161016e565b5084516001600160401b031615610167565b63d92e233d60e01b5f5260045ffd5b9050155f61012c565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361031e57565b51906001600160401b038216820361031e57565b51906001600160801b038216820361031e57565b6001600160a01b0381165f9081525f516020611b985f395f51905f52602052604090205460ff166103f6576001600160a01b03165f8181525f516020611b985f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714611286575080631dec844b14611218578063248a9ca3146111e65780632f2ff15d146111a957806336568abe14611165578063511606301461113d578063517aaad71461112057806354f63b141461101e5780636da0b7e614610f7d5780636e373bef14610ebd5780638d32907c14610c855780638f4e6f3714610c1957806391d1485414610bd15780639712810314610b99578063a217fddf14610b7f578063a2a9b1ae14610b62578063a694fc3a14610a13578063b6516e12146108f2578063bd66528a146105f5578063cff0ab9614610598578063d547741f14610554578063eff0f592146104fc578063f415ed1414610222578063fa6739c1146101775763fc0c546a1461012f575f80fd5b34610173575f366003190112610173576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b34610173576020366003190112610173576001600160a01b036101986112d9565b165f52600560205260405f20604051608081018181106001600160401b0382111761020e576020926001600160801b03926102059260405281549060606001600160401b0360018785169485855260801c95868a8601520154878116604085015260801c16910152611378565b16604051908152f35b634e487b7160e01b5f52604160045260245ffd5b3461017357602036600319011261017357600435805f52600660205260405f209060405161024f816113d8565b82546001600160801b036001808060a01b038316958685526001600160401b03602086019460a01c1684520154169360408301948552156104e9576001600160401b03905116804211156104d35750815f5260066020525f600160408220828155015560018060a01b038151165f5260056020526103c760405f206103056102e56001600160801b03875116835460801c611378565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b0361031d8187511682845416611378565b166001600160801b03198254161781556001600160801b036103bf818080610343611518565b9960c08b0196610377838951169861036d83549a610367878d169c60801c8d611378565b90611777565b9687915116611378565b90836103958761038f60018501958487541690611777565b9b611378565b168419825416179055826103ac8982845416611378565b1683198254161790555116911690611583565b911690611583565b9261ffff6060820151168085029085820414851517156104bf57612710900492838503928584116104bf576040958492869260018060a01b039051168851918483528560208401527fd233318aa2d7aa8190db26f6cdf80d3a147be18618f2335b378806b7ee5632928a3394a48161048f575b0361044e575b505082519182526020820152f35b60809091015161048891906001600160a01b03167f000000000000000000000000000000000000000000000000000000000000000061171f565b8381610440565b6104ba82337f000000000000000000000000000000000000000000000000000000000000000061171f565b61043a565b634e487b7160e01b5f52601160045260245ffd5b8263c30ad16d60e01b5f5260045260245260445ffd5b8263b29e8f6d60e01b5f5260045260245ffd5b34610173576020366003190112610173576004355f526006602052606060405f206001600160801b0360018254920154166001600160401b036040519260018060a01b038116845260a01c1660208301526040820152f35b34610173576040366003190112610173576105966004356105736112ef565b9061059161058c825f525f602052600160405f20015490565b6115df565b61169f565b005b34610173575f366003190112610173575f60c06040516105b7816113f3565b8281528260208201528260408201528260608201528260808201528260a082015201526105f16105e5611518565b60405191829182611305565b0390f35b3461017357602036600319011261017357600154600435906001600160a01b031680156108e357815f52600660205260405f20604051610634816113d8565b81549060406001600160801b0360016001600160401b03818060a01b0386169586865260a01c1695866020860152015416910152806108ca57604051633e1adf3d60e11b8152600481018590528490602081602481885afa9081156108bf575f9161086f575b501561085d576106a8611518565b90335f52600560205260405f20908154916001600160801b038316926001600160801b0360a08601511680851061084757506106f06001600160801b039160801c8095611378565b169260408501936001600160801b03855116908181106108325750506001600160401b03602080966107556001600160801b039561073561076796888b511690611398565b81546001600160801b031660809190911b6001600160801b031916179055565b0151166001600160401b0342166113b8565b9281815116826001816040519361077d856113d8565b3385526001600160401b038a860199169889815260408601918252885f5260068b5260405f2095848060a01b039051166bffffffffffffffffffffffff60a01b875416178655518554906001600160401b0360a01b9060a01b16906001600160401b0360a01b1916178555511692019116831982541617905551169060405191838352848301527feb4fb6c96b998e9e10b5875cc3bee288663592c99405eec913674534a0acca4460403393a3604051908152f35b6340179d2160e11b5f5260045260245260445ffd5b846378e030db60e01b5f5260045260245260445ffd5b63c99a51a560e01b5f5260045260245ffd5b905060203d6020116108b8575b601f8101601f191682016001600160401b0381118382101761020e5760209183916040528101031261017357518015158103610173578261069a565b503d61087c565b6040513d5f823e3d90fd5b83630284b1b160e11b5f5260045260245260445260645ffd5b636b662a7360e11b5f5260045ffd5b3461017357602036600319011261017357600154600435906001600160a01b03163303610a0057805f52600660205260405f2060405190610932826113d8565b8054906001600160801b0360016001600160401b03818060a01b0385169485875260a01c16928360208701520154169160408401928352151590816109f5575b5061097957005b6001600160801b036109be91845f5260066020525f6001604082208281550155511660018060a01b038351165f52600560205261073560405f2091825460801c611378565b60018060a01b03905116907fab0cc0fb98015ec42f1e9ad4558a228f8803b20d33656709bf61831413d2332060206040515f8152a3005b905042111584610972565b634afb55c560e01b5f523360045260245ffd5b34610173576020366003190112610173576004358015610b53577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af19060015f5114821615610b32575b6040525f60605215610b1257506001600160801b038111610afb57335f52600560205260405f206001600160801b03610abd81841682845416611398565b166001600160801b03198254161790556040519081527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a2005b6306dfcc6560e41b5f52608060045260245260445ffd5b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516610b4a57823b15153d15161690610a7f565b503d5f823e3d90fd5b631f2a200560e01b5f5260045ffd5b34610173575f3660031901126101735760206040516276a7008152f35b34610173575f3660031901126101735760206040515f8152f35b34610173576040366003190112610173576020610bbf610bb76112ef565b60043561140e565b6040516001600160a01b039091168152f35b3461017357604036600319011261017357610bea6112ef565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610173576020366003190112610173577f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca996020610c556112d9565b610c5d611590565b600180546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b346101735760e036600319011261017357610c9e611590565b604051610caa816113f3565b6004356001600160401b0381168103610173578152602435906001600160401b03821682036101735760208101918252604435906001600160801b038216820361017357604081019182526064359161ffff8316830361017357606082019283526084356001600160a01b0381169190828103610173576080840190815260a435906001600160801b03821682036101735760a0850191825260c435936001600160801b03851685036101735760c0860194855215610eae576276a7006001600160401b03865116118015610e9c575b8015610e86575b8015610e74575b8015610e64575b610e55578451965192516001600160801b0319608091821b81166001600160401b039099166fffffffffffffffff0000000000000000604096871b161798909817600255955160038054925162010000600160b01b0360109190911b1661ffff9092166001600160b01b0319909316929092171790555191516001600160801b039092169190931b90931692909217600455517fe77db91f0962e193cf44a9aada60261c3a2bb364aba8eb88791631c64e556ca1918190610e509082611305565b0390a1005b631a44e05560e11b5f5260045ffd5b5061271061ffff87511611610d8f565b506001600160801b0383511615610d88565b5062278d006001600160401b0388511611610d81565b506001600160401b0387511615610d7a565b63d92e233d60e01b5f5260045ffd5b34610173575f36600319011261017357335f526005602052600160405f200180546001600160801b038116908115610b53576001600160401b039060801c1691824210610f6a5761059692506001600160801b031981541690556040518181527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a2337f000000000000000000000000000000000000000000000000000000000000000061171f565b826358bf276560e11b5f5260045260245ffd5b34610173576040366003190112610173576020610f986112ef565b6004355f526006825260405f2060405191610fb2836113d8565b81549260406001600160801b0360016001600160401b03818060a01b0388169788865260a01c1695868986015201541691015260018060a01b03168092149182611014575b5081611009575b506040519015158152f35b905042111582610ffe565b1515915083610ff7565b34610173576020366003190112610173576004358015610b5357335f52600560205260405f2080546001600160801b0361105e8183169260801c83611378565b1680841161110957506001600160801b0361109f60016001600160401b03948361108b8189168097611378565b168419825416178155019282845416611398565b166001600160801b03198254161781556110bf82600254168342166113b8565b9080548360801b8360801b16908460801b19161790556040519283521660208201527fac526a10172f0bbd1328fce8b1172f31af97437a814307d519c9d755b39efa8c60403392a2005b83906340179d2160e11b5f5260045260245260445ffd5b34610173575f36600319011261017357602060405162278d008152f35b34610173575f366003190112610173576001546040516001600160a01b039091168152602090f35b346101735760403660031901126101735761117e6112ef565b336001600160a01b0382160361119a576105969060043561169f565b63334bd91960e11b5f5260045ffd5b34610173576040366003190112610173576105966004356111c86112ef565b906111e161058c825f525f602052600160405f20015490565b611617565b346101735760203660031901126101735760206112106004355f525f602052600160405f20015490565b604051908152f35b34610173576020366003190112610173576001600160a01b036112396112d9565b165f526005602052608060405f206001600160401b0360018254920154604051926001600160801b0381168452841c60208401526001600160801b0381166040840152831c166060820152f35b34610173576020366003190112610173576004359063ffffffff60e01b821680920361017357602091637965db0b60e01b81149081156112c8575b5015158152f35b6301ffc9a760e01b149050836112c1565b600435906001600160a01b038216820361017357565b602435906001600160a01b038216820361017357565b91909160c06001600160801b038160e08401956001600160401b0381511685526001600160401b03602082015116602086015282604082015116604086015261ffff606082015116606086015260018060a01b0360808201511660808601528260a08201511660a0860152015116910152565b906001600160801b03809116911603906001600160801b0382116104bf57565b906001600160801b03809116911601906001600160801b0382116104bf57565b906001600160401b03809116911601906001600160401b0382116104bf57565b606081019081106001600160401b0382111761020e57604052565b60e081019081106001600160401b0382111761020e57604052565b6001546001600160a01b03163303610a0057805f52600660205260405f2060405192611439846113d8565b8154916001600160801b0360016001600160401b03818060a01b0386169586895260a01c169283602089015201541692604086019384521590811561150e575b5061150757506001600160801b036114c491835f5260066020525f6001604082208281550155511660018060a01b038451165f52600560205261073560405f2091825460801c611378565b60018060a01b03825116907fab0cc0fb98015ec42f1e9ad4558a228f8803b20d33656709bf61831413d23320602060405160018152a3516001600160a01b031690565b9250505090565b905042115f611479565b60405190611525826113f3565b6002546001600160401b038082168452604082811c9091166020850152608091821c9084015260035461ffff8116606085015260101c6001600160a01b0316818401526004546001600160801b03811660a0850152901c60c0830152565b919082018092116104bf57565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156115c857565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156116015750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611699575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611699575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f511482161561175f575b60405215610b125750565b906001811516610b4a57823b15153d15161690611754565b906001600160801b0381166001600160801b038316105f14611797575090565b90509056ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// ProverRegistry is an auto generated Go binding around an Ethereum contract.
type ProverRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProverRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewProverRegistry creates a new instance of ProverRegistry.
func NewProverRegistry() *ProverRegistry {
	parsed, err := ProverRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProverRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProverRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address token_, (uint64,uint64,uint128,uint16,address,uint128,uint128) p) returns()
func (proverRegistry *ProverRegistry) PackConstructor(admin common.Address, token_ common.Address, p ProverRegistryParams) []byte {
	enc, err := proverRegistry.abi.Pack("", admin, token_, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (proverRegistry *ProverRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := proverRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (proverRegistry *ProverRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return proverRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (proverRegistry *ProverRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := proverRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCLAIMWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517aaad7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CLAIM_WINDOW() view returns(uint64)
func (proverRegistry *ProverRegistry) PackMAXCLAIMWINDOW() []byte {
	enc, err := proverRegistry.abi.Pack("MAX_CLAIM_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCLAIMWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517aaad7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CLAIM_WINDOW() view returns(uint64)
func (proverRegistry *ProverRegistry) TryPackMAXCLAIMWINDOW() ([]byte, error) {
	return proverRegistry.abi.Pack("MAX_CLAIM_WINDOW")
}

// UnpackMAXCLAIMWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x517aaad7.
//
// Solidity: function MAX_CLAIM_WINDOW() view returns(uint64)
func (proverRegistry *ProverRegistry) UnpackMAXCLAIMWINDOW(data []byte) (uint64, error) {
	out, err := proverRegistry.abi.Unpack("MAX_CLAIM_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXUNBONDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2a9b1ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (proverRegistry *ProverRegistry) PackMAXUNBONDING() []byte {
	enc, err := proverRegistry.abi.Pack("MAX_UNBONDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2a9b1ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (proverRegistry *ProverRegistry) TryPackMAXUNBONDING() ([]byte, error) {
	return proverRegistry.abi.Pack("MAX_UNBONDING")
}

// UnpackMAXUNBONDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2a9b1ae.
//
// Solidity: function MAX_UNBONDING() view returns(uint64)
func (proverRegistry *ProverRegistry) UnpackMAXUNBONDING(data []byte) (uint64, error) {
	out, err := proverRegistry.abi.Unpack("MAX_UNBONDING", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 key) returns(uint64 deadline)
func (proverRegistry *ProverRegistry) PackClaim(key [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("claim", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 key) returns(uint64 deadline)
func (proverRegistry *ProverRegistry) TryPackClaim(key [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("claim", key)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd66528a.
//
// Solidity: function claim(bytes32 key) returns(uint64 deadline)
func (proverRegistry *ProverRegistry) UnpackClaim(data []byte) (uint64, error) {
	out, err := proverRegistry.abi.Unpack("claim", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff0f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims(bytes32 key) view returns(address prover, uint64 deadline, uint128 bond)
func (proverRegistry *ProverRegistry) PackClaims(key [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("claims", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff0f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims(bytes32 key) view returns(address prover, uint64 deadline, uint128 bond)
func (proverRegistry *ProverRegistry) TryPackClaims(key [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("claims", key)
}

// ClaimsOutput serves as a container for the return parameters of contract
// method Claims.
type ClaimsOutput struct {
	Prover   common.Address
	Deadline uint64
	Bond     *big.Int
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeff0f592.
//
// Solidity: function claims(bytes32 key) view returns(address prover, uint64 deadline, uint128 bond)
func (proverRegistry *ProverRegistry) UnpackClaims(data []byte) (ClaimsOutput, error) {
	out, err := proverRegistry.abi.Unpack("claims", data)
	outstruct := new(ClaimsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Prover = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deadline = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Bond = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa6739c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeStake(address prover) view returns(uint256)
func (proverRegistry *ProverRegistry) PackFreeStake(prover common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("freeStake", prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa6739c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeStake(address prover) view returns(uint256)
func (proverRegistry *ProverRegistry) TryPackFreeStake(prover common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("freeStake", prover)
}

// UnpackFreeStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa6739c1.
//
// Solidity: function freeStake(address prover) view returns(uint256)
func (proverRegistry *ProverRegistry) UnpackFreeStake(data []byte) (*big.Int, error) {
	out, err := proverRegistry.abi.Unpack("freeStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (proverRegistry *ProverRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (proverRegistry *ProverRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (proverRegistry *ProverRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := proverRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (proverRegistry *ProverRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (proverRegistry *ProverRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (proverRegistry *ProverRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (proverRegistry *ProverRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (proverRegistry *ProverRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := proverRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAssigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da0b7e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (proverRegistry *ProverRegistry) PackIsAssigned(key [32]byte, prover common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("isAssigned", key, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAssigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da0b7e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (proverRegistry *ProverRegistry) TryPackIsAssigned(key [32]byte, prover common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("isAssigned", key, prover)
}

// UnpackIsAssigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da0b7e6.
//
// Solidity: function isAssigned(bytes32 key, address prover) view returns(bool)
func (proverRegistry *ProverRegistry) UnpackIsAssigned(data []byte) (bool, error) {
	out, err := proverRegistry.abi.Unpack("isAssigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6516e12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onCancelled(bytes32 key) returns()
func (proverRegistry *ProverRegistry) PackOnCancelled(key [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("onCancelled", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6516e12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onCancelled(bytes32 key) returns()
func (proverRegistry *ProverRegistry) TryPackOnCancelled(key [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("onCancelled", key)
}

// PackOnSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97128103.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address)
func (proverRegistry *ProverRegistry) PackOnSettled(key [32]byte, settler common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("onSettled", key, settler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97128103.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address)
func (proverRegistry *ProverRegistry) TryPackOnSettled(key [32]byte, settler common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("onSettled", key, settler)
}

// UnpackOnSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97128103.
//
// Solidity: function onSettled(bytes32 key, address settler) returns(address)
func (proverRegistry *ProverRegistry) UnpackOnSettled(data []byte) (common.Address, error) {
	out, err := proverRegistry.abi.Unpack("onSettled", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint64,uint64,uint128,uint16,address,uint128,uint128))
func (proverRegistry *ProverRegistry) PackParams() []byte {
	enc, err := proverRegistry.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint64,uint64,uint128,uint16,address,uint128,uint128))
func (proverRegistry *ProverRegistry) TryPackParams() ([]byte, error) {
	return proverRegistry.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint64,uint64,uint128,uint16,address,uint128,uint128))
func (proverRegistry *ProverRegistry) UnpackParams(data []byte) (ProverRegistryParams, error) {
	out, err := proverRegistry.abi.Unpack("params", data)
	if err != nil {
		return *new(ProverRegistryParams), err
	}
	out0 := *abi.ConvertType(out[0], new(ProverRegistryParams)).(*ProverRegistryParams)
	return out0, nil
}

// PackProvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dec844b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provers(address prover) view returns(uint128 staked, uint128 locked, uint128 unbonding, uint64 unbondAt)
func (proverRegistry *ProverRegistry) PackProvers(prover common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("provers", prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dec844b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provers(address prover) view returns(uint128 staked, uint128 locked, uint128 unbonding, uint64 unbondAt)
func (proverRegistry *ProverRegistry) TryPackProvers(prover common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("provers", prover)
}

// ProversOutput serves as a container for the return parameters of contract
// method Provers.
type ProversOutput struct {
	Staked    *big.Int
	Locked    *big.Int
	Unbonding *big.Int
	UnbondAt  uint64
}

// UnpackProvers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1dec844b.
//
// Solidity: function provers(address prover) view returns(uint128 staked, uint128 locked, uint128 unbonding, uint64 unbondAt)
func (proverRegistry *ProverRegistry) UnpackProvers(data []byte) (ProversOutput, error) {
	out, err := proverRegistry.abi.Unpack("provers", data)
	outstruct := new(ProversOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Staked = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UnbondAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (proverRegistry *ProverRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (proverRegistry *ProverRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (proverRegistry *ProverRegistry) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := proverRegistry.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (proverRegistry *ProverRegistry) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return proverRegistry.abi.Pack("requestUnbond", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (proverRegistry *ProverRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (proverRegistry *ProverRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d32907c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint64,uint64,uint128,uint16,address,uint128,uint128) p) returns()
func (proverRegistry *ProverRegistry) PackSetParams(p ProverRegistryParams) []byte {
	enc, err := proverRegistry.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d32907c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint64,uint64,uint128,uint16,address,uint128,uint128) p) returns()
func (proverRegistry *ProverRegistry) TryPackSetParams(p ProverRegistryParams) ([]byte, error) {
	return proverRegistry.abi.Pack("setParams", p)
}

// PackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettlement(address s) returns()
func (proverRegistry *ProverRegistry) PackSetSettlement(s common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("setSettlement", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettlement(address s) returns()
func (proverRegistry *ProverRegistry) TryPackSetSettlement(s common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("setSettlement", s)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (proverRegistry *ProverRegistry) PackSettlement() []byte {
	enc, err := proverRegistry.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (proverRegistry *ProverRegistry) TryPackSettlement() ([]byte, error) {
	return proverRegistry.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (proverRegistry *ProverRegistry) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := proverRegistry.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf415ed14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(bytes32 key) returns(uint256 toReporter, uint256 toSink)
func (proverRegistry *ProverRegistry) PackSlash(key [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("slash", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf415ed14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(bytes32 key) returns(uint256 toReporter, uint256 toSink)
func (proverRegistry *ProverRegistry) TryPackSlash(key [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("slash", key)
}

// SlashOutput serves as a container for the return parameters of contract
// method Slash.
type SlashOutput struct {
	ToReporter *big.Int
	ToSink     *big.Int
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf415ed14.
//
// Solidity: function slash(bytes32 key) returns(uint256 toReporter, uint256 toSink)
func (proverRegistry *ProverRegistry) UnpackSlash(data []byte) (SlashOutput, error) {
	out, err := proverRegistry.abi.Unpack("slash", data)
	outstruct := new(SlashOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ToReporter = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ToSink = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (proverRegistry *ProverRegistry) PackStake(amount *big.Int) []byte {
	enc, err := proverRegistry.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (proverRegistry *ProverRegistry) TryPackStake(amount *big.Int) ([]byte, error) {
	return proverRegistry.abi.Pack("stake", amount)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (proverRegistry *ProverRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := proverRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (proverRegistry *ProverRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (proverRegistry *ProverRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := proverRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (proverRegistry *ProverRegistry) PackToken() []byte {
	enc, err := proverRegistry.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (proverRegistry *ProverRegistry) TryPackToken() ([]byte, error) {
	return proverRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (proverRegistry *ProverRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := proverRegistry.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded() returns()
func (proverRegistry *ProverRegistry) PackWithdrawUnbonded() []byte {
	enc, err := proverRegistry.abi.Pack("withdrawUnbonded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded() returns()
func (proverRegistry *ProverRegistry) TryPackWithdrawUnbonded() ([]byte, error) {
	return proverRegistry.abi.Pack("withdrawUnbonded")
}

// ProverRegistryClaimClosed represents a ClaimClosed event raised by the ProverRegistry contract.
type ProverRegistryClaimClosed struct {
	Key     [32]byte
	Prover  common.Address
	Settled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProverRegistryClaimClosedEventName = "ClaimClosed"

// ContractEventName returns the user-defined event name.
func (ProverRegistryClaimClosed) ContractEventName() string {
	return ProverRegistryClaimClosedEventName
}

// UnpackClaimClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimClosed(bytes32 indexed key, address indexed prover, bool settled)
func (proverRegistry *ProverRegistry) UnpackClaimClosedEvent(log *types.Log) (*ProverRegistryClaimClosed, error) {
	event := "ClaimClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryClaimClosed)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryClaimed represents a Claimed event raised by the ProverRegistry contract.
type ProverRegistryClaimed struct {
	Key      [32]byte
	Prover   common.Address
	Deadline uint64
	Bond     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProverRegistryClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (ProverRegistryClaimed) ContractEventName() string {
	return ProverRegistryClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(bytes32 indexed key, address indexed prover, uint64 deadline, uint128 bond)
func (proverRegistry *ProverRegistry) UnpackClaimedEvent(log *types.Log) (*ProverRegistryClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryClaimed)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryParamsSet represents a ParamsSet event raised by the ProverRegistry contract.
type ProverRegistryParamsSet struct {
	Params ProverRegistryParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (ProverRegistryParamsSet) ContractEventName() string {
	return ProverRegistryParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((uint64,uint64,uint128,uint16,address,uint128,uint128) params)
func (proverRegistry *ProverRegistry) UnpackParamsSetEvent(log *types.Log) (*ProverRegistryParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryParamsSet)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ProverRegistry contract.
type ProverRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ProverRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ProverRegistryRoleAdminChanged) ContractEventName() string {
	return ProverRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (proverRegistry *ProverRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*ProverRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryRoleGranted represents a RoleGranted event raised by the ProverRegistry contract.
type ProverRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProverRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ProverRegistryRoleGranted) ContractEventName() string {
	return ProverRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (proverRegistry *ProverRegistry) UnpackRoleGrantedEvent(log *types.Log) (*ProverRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryRoleRevoked represents a RoleRevoked event raised by the ProverRegistry contract.
type ProverRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProverRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ProverRegistryRoleRevoked) ContractEventName() string {
	return ProverRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (proverRegistry *ProverRegistry) UnpackRoleRevokedEvent(log *types.Log) (*ProverRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistrySettlementSet represents a SettlementSet event raised by the ProverRegistry contract.
type ProverRegistrySettlementSet struct {
	Settlement common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProverRegistrySettlementSetEventName = "SettlementSet"

// ContractEventName returns the user-defined event name.
func (ProverRegistrySettlementSet) ContractEventName() string {
	return ProverRegistrySettlementSetEventName
}

// UnpackSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementSet(address settlement)
func (proverRegistry *ProverRegistry) UnpackSettlementSetEvent(log *types.Log) (*ProverRegistrySettlementSet, error) {
	event := "SettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistrySettlementSet)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistrySlashed represents a Slashed event raised by the ProverRegistry contract.
type ProverRegistrySlashed struct {
	Key        [32]byte
	Prover     common.Address
	Reporter   common.Address
	ToReporter *big.Int
	ToSink     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProverRegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (ProverRegistrySlashed) ContractEventName() string {
	return ProverRegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(bytes32 indexed key, address indexed prover, address indexed reporter, uint256 toReporter, uint256 toSink)
func (proverRegistry *ProverRegistry) UnpackSlashedEvent(log *types.Log) (*ProverRegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistrySlashed)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryStaked represents a Staked event raised by the ProverRegistry contract.
type ProverRegistryStaked struct {
	Prover common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (ProverRegistryStaked) ContractEventName() string {
	return ProverRegistryStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed prover, uint256 amount)
func (proverRegistry *ProverRegistry) UnpackStakedEvent(log *types.Log) (*ProverRegistryStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryStaked)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryUnbondRequested represents a UnbondRequested event raised by the ProverRegistry contract.
type ProverRegistryUnbondRequested struct {
	Prover   common.Address
	Amount   *big.Int
	UnbondAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProverRegistryUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (ProverRegistryUnbondRequested) ContractEventName() string {
	return ProverRegistryUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed prover, uint256 amount, uint64 unbondAt)
func (proverRegistry *ProverRegistry) UnpackUnbondRequestedEvent(log *types.Log) (*ProverRegistryUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryUnbondRequested)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProverRegistryUnbonded represents a Unbonded event raised by the ProverRegistry contract.
type ProverRegistryUnbonded struct {
	Prover common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryUnbondedEventName = "Unbonded"

// ContractEventName returns the user-defined event name.
func (ProverRegistryUnbonded) ContractEventName() string {
	return ProverRegistryUnbondedEventName
}

// UnpackUnbondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonded(address indexed prover, uint256 amount)
func (proverRegistry *ProverRegistry) UnpackUnbondedEvent(log *types.Log) (*ProverRegistryUnbonded, error) {
	event := "Unbonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryUnbonded)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (proverRegistry *ProverRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ClaimExists"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackClaimExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NoClaim"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNoClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NoSettlement"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNoSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NotSettlement"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNotSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NotUnbonded"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNotUnbondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ParamsInvalid"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackParamsInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["RequestNotOpen"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackRequestNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProverRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ProverRegistry contract.
type ProverRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ProverRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (proverRegistry *ProverRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*ProverRegistryAccessControlBadConfirmation, error) {
	out := new(ProverRegistryAccessControlBadConfirmation)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ProverRegistry contract.
type ProverRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ProverRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (proverRegistry *ProverRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ProverRegistryAccessControlUnauthorizedAccount, error) {
	out := new(ProverRegistryAccessControlUnauthorizedAccount)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryClaimExists represents a ClaimExists error raised by the ProverRegistry contract.
type ProverRegistryClaimExists struct {
	Key      [32]byte
	Prover   common.Address
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimExists(bytes32 key, address prover, uint64 deadline)
func ProverRegistryClaimExistsErrorID() common.Hash {
	return common.HexToHash("0x050963625da9f7bed7655d7ff365ac1ee43f46ed7a12511c722e1877490af092")
}

// UnpackClaimExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimExists(bytes32 key, address prover, uint64 deadline)
func (proverRegistry *ProverRegistry) UnpackClaimExistsError(raw []byte) (*ProverRegistryClaimExists, error) {
	out := new(ProverRegistryClaimExists)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ClaimExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryDeadlineNotPassed represents a DeadlineNotPassed error raised by the ProverRegistry contract.
type ProverRegistryDeadlineNotPassed struct {
	Key      [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(bytes32 key, uint64 deadline)
func ProverRegistryDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0xc30ad16d08fd14506d70f140e725802f81d2e8d1b412afcf6f78ce71fd9dce60")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(bytes32 key, uint64 deadline)
func (proverRegistry *ProverRegistry) UnpackDeadlineNotPassedError(raw []byte) (*ProverRegistryDeadlineNotPassed, error) {
	out := new(ProverRegistryDeadlineNotPassed)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryInsufficientFreeStake represents a InsufficientFreeStake error raised by the ProverRegistry contract.
type ProverRegistryInsufficientFreeStake struct {
	Free   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func ProverRegistryInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x802f3a423cea712dbebecc8f1c7ad9a357d722179ad2025178cd6f812e465c77")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 needed)
func (proverRegistry *ProverRegistry) UnpackInsufficientFreeStakeError(raw []byte) (*ProverRegistryInsufficientFreeStake, error) {
	out := new(ProverRegistryInsufficientFreeStake)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNoClaim represents a NoClaim error raised by the ProverRegistry contract.
type ProverRegistryNoClaim struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClaim(bytes32 key)
func ProverRegistryNoClaimErrorID() common.Hash {
	return common.HexToHash("0xb29e8f6dc44591fec73a815e20013a3c08fbc2a306dd49eec5440e2cc265a206")
}

// UnpackNoClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClaim(bytes32 key)
func (proverRegistry *ProverRegistry) UnpackNoClaimError(raw []byte) (*ProverRegistryNoClaim, error) {
	out := new(ProverRegistryNoClaim)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NoClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNoSettlement represents a NoSettlement error raised by the ProverRegistry contract.
type ProverRegistryNoSettlement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSettlement()
func ProverRegistryNoSettlementErrorID() common.Hash {
	return common.HexToHash("0xd6cc54e6747299740b132dc153f8a508d75bef4c25a4f8e30bd30c836ca77bc9")
}

// UnpackNoSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSettlement()
func (proverRegistry *ProverRegistry) UnpackNoSettlementError(raw []byte) (*ProverRegistryNoSettlement, error) {
	out := new(ProverRegistryNoSettlement)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NoSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNotSettlement represents a NotSettlement error raised by the ProverRegistry contract.
type ProverRegistryNotSettlement struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettlement(address caller)
func ProverRegistryNotSettlementErrorID() common.Hash {
	return common.HexToHash("0x4afb55c5b90c62d67b56a9da9cdc7440c2d0a03a02eb2fc8da65c2e9f4945a80")
}

// UnpackNotSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettlement(address caller)
func (proverRegistry *ProverRegistry) UnpackNotSettlementError(raw []byte) (*ProverRegistryNotSettlement, error) {
	out := new(ProverRegistryNotSettlement)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NotSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNotUnbonded represents a NotUnbonded error raised by the ProverRegistry contract.
type ProverRegistryNotUnbonded struct {
	UnbondAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonded(uint64 unbondAt)
func ProverRegistryNotUnbondedErrorID() common.Hash {
	return common.HexToHash("0xb17e4eca3bd17c761376109a1cc756fe8cb6272eb236720d227f001b65fe6146")
}

// UnpackNotUnbondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonded(uint64 unbondAt)
func (proverRegistry *ProverRegistry) UnpackNotUnbondedError(raw []byte) (*ProverRegistryNotUnbonded, error) {
	out := new(ProverRegistryNotUnbonded)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NotUnbonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryParamsInvalid represents a ParamsInvalid error raised by the ProverRegistry contract.
type ProverRegistryParamsInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamsInvalid()
func ProverRegistryParamsInvalidErrorID() common.Hash {
	return common.HexToHash("0x3489c0aa414b2692ae170304bf68428b9fda25811ea936198f44ccc247edd8f8")
}

// UnpackParamsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamsInvalid()
func (proverRegistry *ProverRegistry) UnpackParamsInvalidError(raw []byte) (*ProverRegistryParamsInvalid, error) {
	out := new(ProverRegistryParamsInvalid)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ParamsInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryRequestNotOpen represents a RequestNotOpen error raised by the ProverRegistry contract.
type ProverRegistryRequestNotOpen struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotOpen(bytes32 key)
func ProverRegistryRequestNotOpenErrorID() common.Hash {
	return common.HexToHash("0xc99a51a5b8d32b90fdf7c9142f19968335904ef4f623d87c2d2737247b63cea5")
}

// UnpackRequestNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotOpen(bytes32 key)
func (proverRegistry *ProverRegistry) UnpackRequestNotOpenError(raw []byte) (*ProverRegistryRequestNotOpen, error) {
	out := new(ProverRegistryRequestNotOpen)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "RequestNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ProverRegistry contract.
type ProverRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ProverRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (proverRegistry *ProverRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ProverRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(ProverRegistrySafeCastOverflowedUintDowncast)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ProverRegistry contract.
type ProverRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ProverRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (proverRegistry *ProverRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*ProverRegistrySafeERC20FailedOperation, error) {
	out := new(ProverRegistrySafeERC20FailedOperation)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryStakeBelowMinimum represents a StakeBelowMinimum error raised by the ProverRegistry contract.
type ProverRegistryStakeBelowMinimum struct {
	Staked   *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 staked, uint256 minStake)
func ProverRegistryStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 staked, uint256 minStake)
func (proverRegistry *ProverRegistry) UnpackStakeBelowMinimumError(raw []byte) (*ProverRegistryStakeBelowMinimum, error) {
	out := new(ProverRegistryStakeBelowMinimum)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryZeroAddress represents a ZeroAddress error raised by the ProverRegistry contract.
type ProverRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProverRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (proverRegistry *ProverRegistry) UnpackZeroAddressError(raw []byte) (*ProverRegistryZeroAddress, error) {
	out := new(ProverRegistryZeroAddress)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryZeroAmount represents a ZeroAmount error raised by the ProverRegistry contract.
type ProverRegistryZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ProverRegistryZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (proverRegistry *ProverRegistry) UnpackZeroAmountError(raw []byte) (*ProverRegistryZeroAmount, error) {
	out := new(ProverRegistryZeroAmount)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
