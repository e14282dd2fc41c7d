// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// FeeSplitParts is an auto generated low-level Go binding around an user-defined struct.
type FeeSplitParts struct {
	Fee          *big.Int
	Platform     *big.Int
	Owner        *big.Int
	Stakers      *big.Int
	Contributors *big.Int
}

// OpenProofSettlementCircuitConfig is an auto generated low-level Go binding around an user-defined struct.
type OpenProofSettlementCircuitConfig struct {
	ModelDigest         *big.Int
	Verifier            common.Address
	DatanetRootIndex    uint8
	AttributionIndex    uint8
	CircuitDigest       [32]byte
	VkSha256            [32]byte
	AttributionDigester common.Address
}

// OpenProofSettlementSplitConfig is an auto generated low-level Go binding around an user-defined struct.
type OpenProofSettlementSplitConfig struct {
	BetaBps        uint16
	GammaBps       uint16
	PlatformFee    *big.Int
	RequestTimeout uint64
}

// FeeSplitMetaData contains all meta data concerning the FeeSplit contract.
var FeeSplitMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "23150095e9904361ec42d76115b806a087",
	Bin: "0x6080806040523460175760039081601c823930815050f35b5f80fdfe5f80fd",
}

// FeeSplit is an auto generated Go binding around an Ethereum contract.
type FeeSplit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeSplit) GetABI() abi.ABI {
	return c.abi
}

// NewFeeSplit creates a new instance of FeeSplit.
func NewFeeSplit() *FeeSplit {
	parsed, err := FeeSplitMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeSplit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeSplit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// FeeSplitHarnessMetaData contains all meta data concerning the FeeSplitHarness contract.
var FeeSplitHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"betaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gammaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint32[]\",\"name\":\"weightsPpm\",\"type\":\"uint32[]\"}],\"name\":\"compute\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platform\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"}],\"internalType\":\"structFeeSplit.Parts\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "d89aa529e75b874a97a6ba4e4f47f20c41",
	Bin: "0x6080806040523460155761031e908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c63b4772ac214610024575f80fd5b346101c9576101003660031901126101c95760843560e43567ffffffffffffffff81116101c957366023820112156101c95780600401359067ffffffffffffffff82116101c9573660248360051b830101116101c957610082610262565b506100b5836103e86100af61009b60443560043561030b565b6100a960643560243561030b565b906102dd565b046102dd565b926100be610262565b916100c982866102fe565b948352602083019182526127106100e260a4358761030b565b04916040840192835261011961011161271061010060c4358a61030b565b0497606087019889528551906102fe565b8751906102fe565b608085019081526101298661029d565b6040519590601f01601f1916860167ffffffffffffffff81118782101761024e576040528686526101598761029d565b602087019290601f19013684378051985f96875b8a8910156101cd5760248960051b8901013563ffffffff81168091036101c9576001918b6101af8f620f42406101a88f92966101c19761030b565b04926102b5565b526101ba8b8d6102b5565b51906102dd565b98019761016d565b5f80fd5b91826101ea6101e38c958f9a999897959a6102fe565b89516102dd565b8852825260405196879660c088019551885251602088015251604087015251606086015251608085015260c060a08501525180915260e0830191905f5b818110610235575050500390f35b8251845285945060209384019390920191600101610227565b634e487b7160e01b5f52604160045260245ffd5b6040519060a0820182811067ffffffffffffffff82111761024e576040525f6080838281528260208201528260408201528260608201520152565b67ffffffffffffffff811161024e5760051b60200190565b80518210156102c95760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b919082018092116102ea57565b634e487b7160e01b5f52601160045260245ffd5b919082039182116102ea57565b818102929181159184041417156102ea5756",
}

// FeeSplitHarness is an auto generated Go binding around an Ethereum contract.
type FeeSplitHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeSplitHarness) GetABI() abi.ABI {
	return c.abi
}

// NewFeeSplitHarness creates a new instance of FeeSplitHarness.
func NewFeeSplitHarness() *FeeSplitHarness {
	parsed, err := FeeSplitHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeSplitHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeSplitHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4772ac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) PackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, betaBps *big.Int, gammaBps *big.Int, weightsPpm []uint32) []byte {
	enc, err := feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, betaBps, gammaBps, weightsPpm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4772ac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) TryPackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, betaBps *big.Int, gammaBps *big.Int, weightsPpm []uint32) ([]byte, error) {
	return feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, betaBps, gammaBps, weightsPpm)
}

// ComputeOutput serves as a container for the return parameters of contract
// method Compute.
type ComputeOutput struct {
	P       FeeSplitParts
	Amounts []*big.Int
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4772ac2.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) UnpackCompute(data []byte) (ComputeOutput, error) {
	out, err := feeSplitHarness.abi.Unpack("compute", data)
	outstruct := new(ComputeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.P = *abi.ConvertType(out[0], new(FeeSplitParts)).(*FeeSplitParts)
	outstruct.Amounts = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// IAttributionDigestMetaData contains all meta data concerning the IAttributionDigest contract.
var IAttributionDigestMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint32[]\",\"name\":\"indices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"weightsPpm\",\"type\":\"uint32[]\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "58a6e344a4eec0b443fba2cb17b471ebe3",
}

// IAttributionDigest is an auto generated Go binding around an Ethereum contract.
type IAttributionDigest struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAttributionDigest) GetABI() abi.ABI {
	return c.abi
}

// NewIAttributionDigest creates a new instance of IAttributionDigest.
func NewIAttributionDigest() *IAttributionDigest {
	parsed, err := IAttributionDigestMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAttributionDigest{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAttributionDigest) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549da992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest(uint256 datanetRoot, uint32[] indices, uint32[] weightsPpm) view returns(uint256)
func (iAttributionDigest *IAttributionDigest) PackDigest(datanetRoot *big.Int, indices []uint32, weightsPpm []uint32) []byte {
	enc, err := iAttributionDigest.abi.Pack("digest", datanetRoot, indices, weightsPpm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549da992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest(uint256 datanetRoot, uint32[] indices, uint32[] weightsPpm) view returns(uint256)
func (iAttributionDigest *IAttributionDigest) TryPackDigest(datanetRoot *big.Int, indices []uint32, weightsPpm []uint32) ([]byte, error) {
	return iAttributionDigest.abi.Pack("digest", datanetRoot, indices, weightsPpm)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x549da992.
//
// Solidity: function digest(uint256 datanetRoot, uint32[] indices, uint32[] weightsPpm) view returns(uint256)
func (iAttributionDigest *IAttributionDigest) UnpackDigest(data []byte) (*big.Int, error) {
	out, err := iAttributionDigest.abi.Unpack("digest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IMintableMetaData contains all meta data concerning the IMintable contract.
var IMintableMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "316602f99c038151c65a89e7d14872bdc6",
}

// IMintable is an auto generated Go binding around an Ethereum contract.
type IMintable struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IMintable) GetABI() abi.ABI {
	return c.abi
}

// NewIMintable creates a new instance of IMintable.
func NewIMintable() *IMintable {
	parsed, err := IMintableMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IMintable{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IMintable) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (iMintable *IMintable) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := iMintable.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (iMintable *IMintable) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return iMintable.abi.Pack("mint", to, amount)
}

// IOpenProofVerifierMetaData contains all meta data concerning the IOpenProofVerifier contract.
var IOpenProofVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "c65bd6d8718864bbad63e700ca4e43f531",
}

// IOpenProofVerifier is an auto generated Go binding around an Ethereum contract.
type IOpenProofVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IOpenProofVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewIOpenProofVerifier creates a new instance of IOpenProofVerifier.
func NewIOpenProofVerifier() *IOpenProofVerifier {
	parsed, err := IOpenProofVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IOpenProofVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IOpenProofVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (iOpenProofVerifier *IOpenProofVerifier) PackPublicInputCount() []byte {
	enc, err := iOpenProofVerifier.abi.Pack("publicInputCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (iOpenProofVerifier *IOpenProofVerifier) TryPackPublicInputCount() ([]byte, error) {
	return iOpenProofVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (iOpenProofVerifier *IOpenProofVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := iOpenProofVerifier.abi.Unpack("publicInputCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (iOpenProofVerifier *IOpenProofVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := iOpenProofVerifier.abi.Pack("verify", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (iOpenProofVerifier *IOpenProofVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return iOpenProofVerifier.abi.Pack("verify", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (iOpenProofVerifier *IOpenProofVerifier) PackVkSha256() []byte {
	enc, err := iOpenProofVerifier.abi.Pack("vkSha256")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (iOpenProofVerifier *IOpenProofVerifier) TryPackVkSha256() ([]byte, error) {
	return iOpenProofVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (iOpenProofVerifier *IOpenProofVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := iOpenProofVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// IWithdrawMetaData contains all meta data concerning the IWithdraw contract.
var IWithdrawMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "04626b8e9f8582c51770c7ada690dda58e",
}

// IWithdraw is an auto generated Go binding around an Ethereum contract.
type IWithdraw struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IWithdraw) GetABI() abi.ABI {
	return c.abi
}

// NewIWithdraw creates a new instance of IWithdraw.
func NewIWithdraw() *IWithdraw {
	parsed, err := IWithdrawMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IWithdraw{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IWithdraw) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (iWithdraw *IWithdraw) PackWithdraw() []byte {
	enc, err := iWithdraw.abi.Pack("withdraw")
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
func (iWithdraw *IWithdraw) TryPackWithdraw() ([]byte, error) {
	return iWithdraw.abi.Pack("withdraw")
}

// MnistDemoVerifierMetaData contains all meta data concerning the MnistDemoVerifier contract.
var MnistDemoVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "5d9675d74d5ee47860507a8573c9dfc2b4",
	Bin: "0x60808060405234601557611091908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80636bf062b21461088357806375080f2714610849578063770cbbc61461082e57639649daae14610045575f80fd5b3461082a57604036600319011261082a5760043567ffffffffffffffff811161082a57610076903690600401610fe2565b60243567ffffffffffffffff811161082a573660238201121561082a5780600401359167ffffffffffffffff831161082a5760248201923660248260051b8501011161082a5760048103610813575061018003610521576001916040519061010085019460408684375f5160206110315f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401946101808387376080846101a08701375f5160206110315f395f51905f5261022086200693604086017f0c70555613beab1096ff97a7afa101f3d1d09630d9839dcddca15595487f387487527f0657b322386aa4a5dde854f69a66ad5d7a79035fc690281c160ce38a664ef1f48852604084823760408760808160065afa86151516998a6105b0575b505050508351945160c08501956101008488377f09dd898df2ad9a33c0000fce9ac9d65c82e1eb354a83a5ebc758a309b585c67e6101c08701527f28e0ba2e3de2d1a807df0c6215222f8f91b7d864c78ff4056359d0b16e6189656101e08701527f061d61c918b96c7c0266b120f0e69dfc950df0ec45526dec8ec7583e1cf7b1c46102008701527f24bf12989eee02573b5a363363e3fdd24ccede65e3562298c03eb6b22b5fe4e36102208701527f25bda49ad94626543a818bcc67d916cbb0eec74495474700245511106c259e0f6102408701527f17387f46b47e241ae594bf1d515bc826f0d256016aa0a3f5c77acc22fef929526102608701527f1cf79f2d7cded08732c445b0ee0c4bc138b75317f9d6548d113647c31b877cac6102808701527f1b3031c717ff076132561c5bdc0e855adb6862c8a566bb10f94ecfb39ed361ae6102a08701527f049c6eafedfebd22b0d909e577f19d900802e59d8f4d91fd608473f8b80fbb836102c08701527f2cee6cfe725a28f6db6ef63f934ee4403a5dd1d1b1f13b9da480def301bbcc4b6102e08701526103008601526103208501527f106549b54bbc468a3cc351610a540c88ded412466bdd426539418135490765ad6103408501527f29d3bc9120d675193392db00f423861bdf0fefb154025f43f871b3d57a9d67416103608501527f102b487a0954743ac751b233396bac64304e0c117adbe2fd50f12eb7308675c26103808501527f170ff9bbd58817b65e6c0cbeb285ad855d786e277c99e0f9a4b11f1e1494a0e96103a085015260406103c085019182376104008401908784835261058e575b505f5160206110515f395f51905f5290527f2f86a543e7f55934f0912da208b2f1c8c2709c1536302bdea3b9a07cfc068dd46104208401527f05a5e5450133e62e5ba370aa022f8869e12675776f901ab09beb28db05ffbb836104408401527f0af419d3aa0f068225da1de820d9388f0d27b08dc4e7eea3c58aa3a6dd90c6556104608401526040610140610480850192018237856104c08401928352610557575b5061052085925f5160206110715f395f51905f525f5160206110115f395f51905f5293527f1ab1fb78f66de41ad753769b97793fcf88a7e51721ccda0fdf106bc8f5fe4a426104e08201527f2a8e62c0f0b7494fc43accfbf9ec711ad464e58e5d357fb6ed8ed0943865ff7b610500820152015261053f575b5015610530571561052157005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816104808160085afa905116905f610514565b5f5160206110715f395f51905f5295505f5160206110115f395f51905f52919260408260606105209460075afa965092915061049b565b5f5160206110515f395f51905f5291975080606060409260075afa96906103f9565b919399909298507f2c49f15a4c2e6bc500d02cb16b526795a343ae69ef7f620a15598c0ed964437a835260608701937f1175816e4935b01f304134d24568a408868bf0874cc94071a8f5936807eeb2948552359860808801918a835284805a6040926007606092fa1688805a6040926006608092fa167f2d46b1d43ba6fa3b173f0dc3bb990390352aee23d79f07cd37518b3e9f00301f85527f1594953c052e34145419ed83fc51a97b38f66f8f1cc5f59a6c370ba1b34ce260865260448201359081845285805a6040926007606092fa1689805a6040926006608092fa16907f09292c4624df0d26d7ccb28509b4a024e53493c46125af5d509f24bf75549bc586527f0aa694c2b1f0572a0829f6aeb15bfeb8f98c6327f0c59758a4bd54675d0a715d875260648301359182855286805a6040926007606092fa168a805a6040926006608092fa16927f206dd1014563a1272a29ccbb9b0efaa5a3c528002164f1799c68d717b268ad0b87527f1cd2d5e5817dabdfe2a28fb02cbdf02d38e51f2892e13d4e3c07cb9313822c258852608401359b5f5160206110315f395f51905f528d10925f5160206110315f395f51905f5211915f5160206110315f395f51905f5211905f5160206110315f395f51905f521116161660011699825283805a6040926007606092fa1687805a6040926006608092fa16937f29193c3a41d2850959e759d77dc3ac77566aaa8af8f6306ae41aca694ce7abc384527f263d7688151d24c3f97d8902c4788cd528fc483c6162f29f4169b33ba71a3d4a905252805a6040926007606092fa1683805a6040926006608092fa16955f80808061019f565b63c3296de760e01b5f52600452600460245260445ffd5b5f80fd5b3461082a575f36600319011261082a57602060405160048152f35b3461082a575f36600319011261082a5760206040517fadb85343c134ed4186f800624023114df08f25ae686b3a449e8df2459f4151108152f35b3461082a5760a036600319011261082a5760043567ffffffffffffffff811161082a576108b4903690600401610fe2565b3660a41161082a57610180036105215760016040519161010081019260408482375f5160206110315f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820192610180818537608060246101a08501375f5160206110315f395f51905f526102208420069160408401967f0c70555613beab1096ff97a7afa101f3d1d09630d9839dcddca15595487f387485527f0657b322386aa4a5dde854f69a66ad5d7a79035fc690281c160ce38a664ef1f48652604082893760408560808160065afa841515169788610d87575b50508351945160c08501956101008488377f09dd898df2ad9a33c0000fce9ac9d65c82e1eb354a83a5ebc758a309b585c67e6101c08701527f28e0ba2e3de2d1a807df0c6215222f8f91b7d864c78ff4056359d0b16e6189656101e08701527f061d61c918b96c7c0266b120f0e69dfc950df0ec45526dec8ec7583e1cf7b1c46102008701527f24bf12989eee02573b5a363363e3fdd24ccede65e3562298c03eb6b22b5fe4e36102208701527f25bda49ad94626543a818bcc67d916cbb0eec74495474700245511106c259e0f6102408701527f17387f46b47e241ae594bf1d515bc826f0d256016aa0a3f5c77acc22fef929526102608701527f1cf79f2d7cded08732c445b0ee0c4bc138b75317f9d6548d113647c31b877cac6102808701527f1b3031c717ff076132561c5bdc0e855adb6862c8a566bb10f94ecfb39ed361ae6102a08701527f049c6eafedfebd22b0d909e577f19d900802e59d8f4d91fd608473f8b80fbb836102c08701527f2cee6cfe725a28f6db6ef63f934ee4403a5dd1d1b1f13b9da480def301bbcc4b6102e08701526103008601526103208501527f106549b54bbc468a3cc351610a540c88ded412466bdd426539418135490765ad6103408501527f29d3bc9120d675193392db00f423861bdf0fefb154025f43f871b3d57a9d67416103608501527f102b487a0954743ac751b233396bac64304e0c117adbe2fd50f12eb7308675c26103808501527f170ff9bbd58817b65e6c0cbeb285ad855d786e277c99e0f9a4b11f1e1494a0e96103a085015260406103c0850191823761040084019087848352610d65575b505f5160206110515f395f51905f5290527f2f86a543e7f55934f0912da208b2f1c8c2709c1536302bdea3b9a07cfc068dd46104208401527f05a5e5450133e62e5ba370aa022f8869e12675776f901ab09beb28db05ffbb836104408401527f0af419d3aa0f068225da1de820d9388f0d27b08dc4e7eea3c58aa3a6dd90c6556104608401526040610140610480850192018237856104c08401928352610d2e575b5061052085925f5160206110715f395f51905f525f5160206110115f395f51905f5293527f1ab1fb78f66de41ad753769b97793fcf88a7e51721ccda0fdf106bc8f5fe4a426104e08201527f2a8e62c0f0b7494fc43accfbf9ec711ad464e58e5d357fb6ed8ed0943865ff7b6105008201520152610d16575015610530571561052157005b9091506020816104808160085afa9051169082610514565b5f5160206110715f395f51905f5295505f5160206110115f395f51905f52919260408260606105209460075afa9650929150610c91565b5f5160206110515f395f51905f5291975080606060409260075afa9690610bef565b90919796507f2c49f15a4c2e6bc500d02cb16b526795a343ae69ef7f620a15598c0ed964437a815260608501917f1175816e4935b01f304134d24568a408868bf0874cc94071a8f5936807eeb294835260243597608087019089825283805a6040926007606092fa1687805a6040926006608092fa167f2d46b1d43ba6fa3b173f0dc3bb990390352aee23d79f07cd37518b3e9f00301f84527f1594953c052e34145419ed83fc51a97b38f66f8f1cc5f59a6c370ba1b34ce26085526044359081835284805a6040926007606092fa1688805a6040926006608092fa167f09292c4624df0d26d7ccb28509b4a024e53493c46125af5d509f24bf75549bc585527f0aa694c2b1f0572a0829f6aeb15bfeb8f98c6327f0c59758a4bd54675d0a715d86526064359081845285805a6040926007606092fa1689805a6040926006608092fa16917f206dd1014563a1272a29ccbb9b0efaa5a3c528002164f1799c68d717b268ad0b86527f1cd2d5e5817dabdfe2a28fb02cbdf02d38e51f2892e13d4e3c07cb9313822c2587526084359b5f5160206110315f395f51905f528d10925f5160206110315f395f51905f5211915f5160206110315f395f51905f5211905f5160206110315f395f51905f521116161660011699825283805a6040926007606092fa1687805a6040926006608092fa16937f29193c3a41d2850959e759d77dc3ac77566aaa8af8f6306ae41aca694ce7abc384527f263d7688151d24c3f97d8902c4788cd528fc483c6162f29f4169b33ba71a3d4a905252805a6040926007606092fa1683805a6040926006608092fa16958780610997565b9181601f8401121561082a5782359167ffffffffffffffff831161082a576020838186019501011161082a5756fe2b12bdc3b5134ead754da7c895458d8d721f4acfb97fd63c4ce028664504a09a30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011a16faeba08b926a49fc8bf379f76e979766ae2c70386264c09284b85d80d866235c0e35b7555626bea15cdf590c038357af9357ce336197d08cdd38a456d9e0",
}

// MnistDemoVerifier is an auto generated Go binding around an Ethereum contract.
type MnistDemoVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MnistDemoVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMnistDemoVerifier creates a new instance of MnistDemoVerifier.
func NewMnistDemoVerifier() *MnistDemoVerifier {
	parsed, err := MnistDemoVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MnistDemoVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MnistDemoVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistDemoVerifier *MnistDemoVerifier) PackPublicInputCount() []byte {
	enc, err := mnistDemoVerifier.abi.Pack("publicInputCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistDemoVerifier *MnistDemoVerifier) TryPackPublicInputCount() ([]byte, error) {
	return mnistDemoVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistDemoVerifier *MnistDemoVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := mnistDemoVerifier.abi.Unpack("publicInputCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (mnistDemoVerifier *MnistDemoVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := mnistDemoVerifier.abi.Pack("verify", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (mnistDemoVerifier *MnistDemoVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return mnistDemoVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (mnistDemoVerifier *MnistDemoVerifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := mnistDemoVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (mnistDemoVerifier *MnistDemoVerifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return mnistDemoVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistDemoVerifier *MnistDemoVerifier) PackVkSha256() []byte {
	enc, err := mnistDemoVerifier.abi.Pack("vkSha256")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistDemoVerifier *MnistDemoVerifier) TryPackVkSha256() ([]byte, error) {
	return mnistDemoVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistDemoVerifier *MnistDemoVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := mnistDemoVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mnistDemoVerifier *MnistDemoVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mnistDemoVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return mnistDemoVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistDemoVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return mnistDemoVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistDemoVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return mnistDemoVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MnistDemoVerifierProofInvalid represents a ProofInvalid error raised by the MnistDemoVerifier contract.
type MnistDemoVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func MnistDemoVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (mnistDemoVerifier *MnistDemoVerifier) UnpackProofInvalidError(raw []byte) (*MnistDemoVerifierProofInvalid, error) {
	out := new(MnistDemoVerifierProofInvalid)
	if err := mnistDemoVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistDemoVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the MnistDemoVerifier contract.
type MnistDemoVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func MnistDemoVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (mnistDemoVerifier *MnistDemoVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*MnistDemoVerifierPublicInputCountInvalid, error) {
	out := new(MnistDemoVerifierPublicInputCountInvalid)
	if err := mnistDemoVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistDemoVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the MnistDemoVerifier contract.
type MnistDemoVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func MnistDemoVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (mnistDemoVerifier *MnistDemoVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*MnistDemoVerifierPublicInputNotInField, error) {
	out := new(MnistDemoVerifierPublicInputNotInField)
	if err := mnistDemoVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistSmallVerifierMetaData contains all meta data concerning the MnistSmallVerifier contract.
var MnistSmallVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "aa30223428fd89a174dc54108881c89970",
	Bin: "0x6080806040523460155761108f908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80636bf062b21461088257806375080f2714610848578063770cbbc61461082d57639649daae14610045575f80fd5b346108295760403660031901126108295760043567ffffffffffffffff811161082957610076903690600401610fe0565b60243567ffffffffffffffff811161082957366023820112156108295780600401359167ffffffffffffffff83116108295760248201923660248260051b850101116108295760048103610812575061018003610521576001916040519061010085019460408684375f51602061104f5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401946101808387376080846101a08701375f51602061104f5f395f51905f5261022086200693604086017f17dc16680aedb7a1cfb7eb7bd300766e0ce846012e021f022454925ccd59924187527f2232e080b4066874cc55d3e482e81d492697c1221df959ba86e346b36885c9fa8852604084823760408760808160065afa86151516998a6105b0575b505050508351945160c08501956101008488377f1f489c27a2b7483fe1c9bf538aacfad56da4e259b26330c615fbcf640d7ff4b96101c08701527f235715fcd42c56f7db081346e831ef3a2a624b4f2e25ae93f5ebae4f5dd785876101e08701527f1b9dfc5a213033ed8339c5fc7e23ab238911ecc4e0d7c1122a4d402003d5c0e06102008701527f0543c858602d37bdb349e641ce38a12b0ebe92b43e30cadfa51831cf5ca2fdad6102208701527f0436b91924e2eec2f67f86ace3950a8e17ac5aeab40c0ec5e212855962dda6166102408701527f0ca9e63b5c2f3a451a58f80ab49417769dfd1013ea8aae84dce216d4e48691ab6102608701527f2ca494b8248614db125bb8ccc27317b298434369aa0bf7a802805aa861bfbc7d6102808701527f0f29e8af01b4a93faf183f2d5a6ef8ac8b13ecbad61c3903fef2c970de5aa6e26102a08701527f0a6f9dbe80317e8c2bfb0e76ad95caf528bdb489b9017e2045db9efe59aa7f1c6102c08701527f02f7081e91e454668478ec751a8004ead51123067b202a862438f5d1a708dec76102e08701526103008601526103208501527f0e37f8f5bc784893ec272917086db88c5615e6bbb13a2870c2080a25803e6df06103408501527f2ef56616139d75e39ed8a435c05a2b067ecef2f5659afed136cfddea590c9abe6103608501527f163d0da8ea01b4449d686babc27d343c3c291c69a401a8a8ab65da45c1ce73c36103808501527f2921a0cf51f4686e162e482e7708c42ae0ce9837182b3151f95255bcaa4565c16103a085015260406103c085019182376104008401908784835261058e575b505f51602061102f5f395f51905f5290527f1aecdeb2f63210d8ac01b7840c722319527c6041b5de31b8be801f8c7757689d6104208401527f238e233a3fd81f8c5dbec4448626ed65dda4e2c3f69f5c87f8e67cd7502e5e8c6104408401527f06aba8f66d00a672940ecb9d40d1cb591b10df1476e0b4de97bb28acb365ec116104608401526040610140610480850192018237856104c08401928352610557575b5061052085925f51602061106f5f395f51905f525f51602061100f5f395f51905f5293527f2ac47b2f6d96dcc8be77c02545187d327f22d8a6bef9ee25b8b5b310c19d3d176104e08201527f0a38437c89ae128d5398c9a5268d984033f419453b5c0e4e63f12c460c1b5142610500820152015261053f575b5015610530571561052157005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816104808160085afa905116905f610514565b5f51602061106f5f395f51905f5295505f51602061100f5f395f51905f52919260408260606105209460075afa965092915061049b565b5f51602061102f5f395f51905f5291975080606060409260075afa96906103f9565b919399909298507f2f1ad5a0377972559518dafd6de1aecb2233656a67addeec9a35ae2534be71e1835260608701937f1807c0663e864729630e1e3250b6e48c7f8af6a7510b992f67ab392c6a306a118552359860808801918a835284805a6040926007606092fa1688805a6040926006608092fa167e19787c6536ea76ffb52f0c9d1acd14a029a320779e4efb1c1328fa1abb7fa685527f08c2d55b5a8626ff3bf53e297ad185bd615d4bfda29b6377472ffbe9d90b769c865260448201359081845285805a6040926007606092fa1689805a6040926006608092fa16907f2b89d099e2236e41dd61ca3b8b8f19ab4bf9699fa7c44e1fab445e3fc77f45be86527f20cd28f0becad6465916372cdab5ff9ae5421485f7dc4f7bfd9560aeffba06b5875260648301359182855286805a6040926007606092fa168a805a6040926006608092fa16927f1d150434523c1f24d89ffcf1c0e7df6cddbdd0c91769ad00fbccacb670b49d3487527f0ae849da0134a796f9b5456a7ff9b82e62c804c4f5df92d1cb2c077b0b19bcb38852608401359b5f51602061104f5f395f51905f528d10925f51602061104f5f395f51905f5211915f51602061104f5f395f51905f5211905f51602061104f5f395f51905f521116161660011699825283805a6040926007606092fa1687805a6040926006608092fa16937f09ed49095ca5ed22a9b5009b1ef7014dd10caaf4d43dcc29e70cfae20a41a01384527f169e998edce90849ad0c1f647587e2be177ac6132f1c9a25b775323e3568b1e3905252805a6040926007606092fa1683805a6040926006608092fa16955f80808061019f565b63c3296de760e01b5f52600452600460245260445ffd5b5f80fd5b34610829575f36600319011261082957602060405160048152f35b34610829575f3660031901126108295760206040517feb470d2d846044a8cdd37a94ed49deed163197f17e446b0a97b4948f8b7e02958152f35b346108295760a03660031901126108295760043567ffffffffffffffff8111610829576108b3903690600401610fe0565b3660a41161082957610180036105215760016040519161010081019260408482375f51602061104f5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820192610180818537608060246101a08501375f51602061104f5f395f51905f526102208420069160408401967f17dc16680aedb7a1cfb7eb7bd300766e0ce846012e021f022454925ccd59924185527f2232e080b4066874cc55d3e482e81d492697c1221df959ba86e346b36885c9fa8652604082893760408560808160065afa841515169788610d86575b50508351945160c08501956101008488377f1f489c27a2b7483fe1c9bf538aacfad56da4e259b26330c615fbcf640d7ff4b96101c08701527f235715fcd42c56f7db081346e831ef3a2a624b4f2e25ae93f5ebae4f5dd785876101e08701527f1b9dfc5a213033ed8339c5fc7e23ab238911ecc4e0d7c1122a4d402003d5c0e06102008701527f0543c858602d37bdb349e641ce38a12b0ebe92b43e30cadfa51831cf5ca2fdad6102208701527f0436b91924e2eec2f67f86ace3950a8e17ac5aeab40c0ec5e212855962dda6166102408701527f0ca9e63b5c2f3a451a58f80ab49417769dfd1013ea8aae84dce216d4e48691ab6102608701527f2ca494b8248614db125bb8ccc27317b298434369aa0bf7a802805aa861bfbc7d6102808701527f0f29e8af01b4a93faf183f2d5a6ef8ac8b13ecbad61c3903fef2c970de5aa6e26102a08701527f0a6f9dbe80317e8c2bfb0e76ad95caf528bdb489b9017e2045db9efe59aa7f1c6102c08701527f02f7081e91e454668478ec751a8004ead51123067b202a862438f5d1a708dec76102e08701526103008601526103208501527f0e37f8f5bc784893ec272917086db88c5615e6bbb13a2870c2080a25803e6df06103408501527f2ef56616139d75e39ed8a435c05a2b067ecef2f5659afed136cfddea590c9abe6103608501527f163d0da8ea01b4449d686babc27d343c3c291c69a401a8a8ab65da45c1ce73c36103808501527f2921a0cf51f4686e162e482e7708c42ae0ce9837182b3151f95255bcaa4565c16103a085015260406103c0850191823761040084019087848352610d64575b505f51602061102f5f395f51905f5290527f1aecdeb2f63210d8ac01b7840c722319527c6041b5de31b8be801f8c7757689d6104208401527f238e233a3fd81f8c5dbec4448626ed65dda4e2c3f69f5c87f8e67cd7502e5e8c6104408401527f06aba8f66d00a672940ecb9d40d1cb591b10df1476e0b4de97bb28acb365ec116104608401526040610140610480850192018237856104c08401928352610d2d575b5061052085925f51602061106f5f395f51905f525f51602061100f5f395f51905f5293527f2ac47b2f6d96dcc8be77c02545187d327f22d8a6bef9ee25b8b5b310c19d3d176104e08201527f0a38437c89ae128d5398c9a5268d984033f419453b5c0e4e63f12c460c1b51426105008201520152610d15575015610530571561052157005b9091506020816104808160085afa9051169082610514565b5f51602061106f5f395f51905f5295505f51602061100f5f395f51905f52919260408260606105209460075afa9650929150610c90565b5f51602061102f5f395f51905f5291975080606060409260075afa9690610bee565b90919796507f2f1ad5a0377972559518dafd6de1aecb2233656a67addeec9a35ae2534be71e1815260608501917f1807c0663e864729630e1e3250b6e48c7f8af6a7510b992f67ab392c6a306a11835260243597608087019089825283805a6040926007606092fa1687805a6040926006608092fa167e19787c6536ea76ffb52f0c9d1acd14a029a320779e4efb1c1328fa1abb7fa684527f08c2d55b5a8626ff3bf53e297ad185bd615d4bfda29b6377472ffbe9d90b769c85526044359081835284805a6040926007606092fa1688805a6040926006608092fa167f2b89d099e2236e41dd61ca3b8b8f19ab4bf9699fa7c44e1fab445e3fc77f45be85527f20cd28f0becad6465916372cdab5ff9ae5421485f7dc4f7bfd9560aeffba06b586526064359081845285805a6040926007606092fa1689805a6040926006608092fa16917f1d150434523c1f24d89ffcf1c0e7df6cddbdd0c91769ad00fbccacb670b49d3486527f0ae849da0134a796f9b5456a7ff9b82e62c804c4f5df92d1cb2c077b0b19bcb387526084359b5f51602061104f5f395f51905f528d10925f51602061104f5f395f51905f5211915f51602061104f5f395f51905f5211905f51602061104f5f395f51905f521116161660011699825283805a6040926007606092fa1687805a6040926006608092fa16937f09ed49095ca5ed22a9b5009b1ef7014dd10caaf4d43dcc29e70cfae20a41a01384527f169e998edce90849ad0c1f647587e2be177ac6132f1c9a25b775323e3568b1e3905252805a6040926007606092fa1683805a6040926006608092fa16958780610996565b9181601f840112156108295782359167ffffffffffffffff831161082957602083818601950101116108295756fe2b3b77634c9640cda797d98c33690857a7c3b31b409cf99331420a6ef73018a421c8f109e6b236127058a37b6643ef152ddd6eb086317f45eb91dc4c424bb3b630644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000118385ccce95a75b111047565179ccc2adf1f1aa43c0109a15508e01ca54fa96d",
}

// MnistSmallVerifier is an auto generated Go binding around an Ethereum contract.
type MnistSmallVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MnistSmallVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMnistSmallVerifier creates a new instance of MnistSmallVerifier.
func NewMnistSmallVerifier() *MnistSmallVerifier {
	parsed, err := MnistSmallVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MnistSmallVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MnistSmallVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistSmallVerifier *MnistSmallVerifier) PackPublicInputCount() []byte {
	enc, err := mnistSmallVerifier.abi.Pack("publicInputCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistSmallVerifier *MnistSmallVerifier) TryPackPublicInputCount() ([]byte, error) {
	return mnistSmallVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (mnistSmallVerifier *MnistSmallVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := mnistSmallVerifier.abi.Unpack("publicInputCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (mnistSmallVerifier *MnistSmallVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := mnistSmallVerifier.abi.Pack("verify", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (mnistSmallVerifier *MnistSmallVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return mnistSmallVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (mnistSmallVerifier *MnistSmallVerifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := mnistSmallVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (mnistSmallVerifier *MnistSmallVerifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return mnistSmallVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistSmallVerifier *MnistSmallVerifier) PackVkSha256() []byte {
	enc, err := mnistSmallVerifier.abi.Pack("vkSha256")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistSmallVerifier *MnistSmallVerifier) TryPackVkSha256() ([]byte, error) {
	return mnistSmallVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (mnistSmallVerifier *MnistSmallVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := mnistSmallVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mnistSmallVerifier *MnistSmallVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mnistSmallVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return mnistSmallVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistSmallVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return mnistSmallVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistSmallVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return mnistSmallVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MnistSmallVerifierProofInvalid represents a ProofInvalid error raised by the MnistSmallVerifier contract.
type MnistSmallVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func MnistSmallVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (mnistSmallVerifier *MnistSmallVerifier) UnpackProofInvalidError(raw []byte) (*MnistSmallVerifierProofInvalid, error) {
	out := new(MnistSmallVerifierProofInvalid)
	if err := mnistSmallVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistSmallVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the MnistSmallVerifier contract.
type MnistSmallVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func MnistSmallVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (mnistSmallVerifier *MnistSmallVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*MnistSmallVerifierPublicInputCountInvalid, error) {
	out := new(MnistSmallVerifierPublicInputCountInvalid)
	if err := mnistSmallVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistSmallVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the MnistSmallVerifier contract.
type MnistSmallVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func MnistSmallVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (mnistSmallVerifier *MnistSmallVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*MnistSmallVerifierPublicInputNotInField, error) {
	out := new(MnistSmallVerifierPublicInputNotInField)
	if err := mnistSmallVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementMetaData contains all meta data concerning the OpenProofSettlement contract.
var OpenProofSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stakingPool_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"betaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"gammaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"platformFee\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"internalType\":\"structOpenProofSettlement.SplitConfig\",\"name\":\"split_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"AdapterAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"AdapterInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"AdapterNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"computed\",\"type\":\"uint256\"}],\"name\":\"AttributionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"}],\"name\":\"CircuitInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"}],\"name\":\"CircuitNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"DatanetAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"DatanetInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"registered\",\"type\":\"uint256\"}],\"name\":\"DatanetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"DatanetNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"}],\"name\":\"ModelAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"}],\"name\":\"ModelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proven\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"circuitModel\",\"type\":\"uint256\"}],\"name\":\"ModelMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"}],\"name\":\"ModelNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAdapterOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPayoutAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PublicInputIndexInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"RequestExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"betaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gammaBps\",\"type\":\"uint256\"}],\"name\":\"SplitInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"StatementAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"publicInputs\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"vkSha256\",\"type\":\"bytes32\"}],\"name\":\"VerifierMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WeightsInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"WeightsUnbound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"AdapterActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rIn\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rOut\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"datanetRoot\",\"type\":\"uint256\"}],\"name\":\"AdapterRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rIn\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rOut\",\"type\":\"uint128\"}],\"name\":\"AdapterTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AdapterTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"CircuitActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"datanetRootIndex\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"attributionIndex\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"circuitDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vkSha256\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attributionDigester\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structOpenProofSettlement.CircuitConfig\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"CircuitRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ContributorWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"indices\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"ContributorsCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"payouts\",\"type\":\"address[]\"}],\"name\":\"DatanetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ModelActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tokensIn\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tokensOut\",\"type\":\"uint32\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stakingPool\",\"type\":\"address\"}],\"name\":\"PayeesConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"PayoutChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"RequestCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"adapterCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputDigest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"statementHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputDigest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ownerAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stakingPool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakersAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"platformAmount\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"betaBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"gammaBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"platformFee\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"name\":\"SplitConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"adapters\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"rIn\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rOut\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"datanetRoot\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"cancelRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"circuitCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"}],\"name\":\"circuitMeta\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vkSha256\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attributionDigester\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"}],\"name\":\"circuits\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"nbPublic\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"datanetRootIndex\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"attributionIndex\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"contributorCreditOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"creditOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"datanets\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"lockedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"}],\"name\":\"models\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"tokensIn\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tokensOut\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputDigest\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"openRequest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"payoutOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"circuitId\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"rIn\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rOut\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"datanetRoot\",\"type\":\"uint256\"}],\"name\":\"registerAdapter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"datanetRootIndex\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"attributionIndex\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"circuitDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vkSha256\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attributionDigester\",\"type\":\"address\"}],\"internalType\":\"structOpenProofSettlement.CircuitConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"registerCircuit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"payouts\",\"type\":\"address[]\"}],\"name\":\"registerDatanet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"tokensIn\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tokensOut\",\"type\":\"uint32\"}],\"name\":\"registerModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputDigest\",\"type\":\"uint256\"}],\"name\":\"requestKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"enumOpenProofSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setAdapterActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"rIn\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rOut\",\"type\":\"uint128\"}],\"name\":\"setAdapterTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setCircuitActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelDigest\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setModelActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stakingPool_\",\"type\":\"address\"}],\"name\":\"setPayees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"setPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"betaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"gammaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"platformFee\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"internalType\":\"structOpenProofSettlement.SplitConfig\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"setSplitConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"indices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"weightsPpm\",\"type\":\"uint32[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"splitConfig\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"betaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"gammaBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"platformFee\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferAdapter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"withdrawContributor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "704f02181dfc478c00d11c56cf78b6501e",
	Bin: "0x60a0604052346102ec5760405161390f38819003601f8101601f191683016001600160401b038111848210176102f0578392829160405283398101039061010082126102ec5761004e81610304565b6020820151926001600160a01b03841684036102ec5761007060408401610304565b90608061007f60608601610304565b91607f1901126102ec5760405191608083016001600160401b038111848210176102f0576040526100b260808601610318565b83526100c060a08601610318565b6020840190815260c0860151909690956001600160801b03871687036102ec576040850196875260e00151946001600160401b03861686036102ec57606085019586526001600160a01b038116156102cc576101329160805261012281610327565b5061012c8161039d565b50610430565b506001600160a01b031690811580156102db575b6102cc57600380546001600160a01b03199081168417909155600480549091166001600160a01b0390921691821790556040805192835260208301919091527fb064d0f767104db725cafd1f9d2fe1fd4def149c255db1bc85b858848e457e7191a161ffff81511661ffff85511681018091116102b85761271010610296575160028054945193519251602084811b600160201b600160a01b0316601087901b63ffff0000166001600160e01b031990981661ffff958616908117989098171760a083901b600160a01b600160e01b0316179092556040805196875294909216908501526001600160801b03909116918301919091526001600160401b031660608201527f9f5e404363978a2acbd2e919149260dd1ebea4b570421a69c83c937cc2b9474790608090a16040516133cb90816104c4823960805181818161024e01528181610f060152612e4a0152f35b5183516332406b6360e01b5f90815261ffff9283166004529116602452604490fd5b634e487b7160e01b5f52601160045260245ffd5b63d92e233d60e01b5f5260045ffd5b506001600160a01b03811615610146565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036102ec57565b519061ffff821682036102ec57565b6001600160a01b0381165f9081525f5160206138ef5f395f51905f52602052604090205460ff16610398576001600160a01b03165f8181525f5160206138ef5f395f51905f5260205260408120805460ff191660011790553391905f51602061388f5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206138af5f395f51905f52602052604090205460ff16610398576001600160a01b03165f8181525f5160206138af5f395f51905f5260205260408120805460ff191660011790553391907fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238905f51602061388f5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206138cf5f395f51905f52602052604090205460ff16610398576001600160a01b03165f8181525f5160206138cf5f395f51905f5260205260408120805460ff191660011790553391907f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a905f51602061388f5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461293057508063049c80a51461280057806304d683271461237d5780630bf73796146121715780630c56ae3b146121495780630de582331461211a5780630eb495a114611fb0578063122ef83714611f5b578063123b152414611ec457806316a1614b14611e665780631a990ba314611d86578063248a9ca314611d5c5780632f2ff15d14611d1f57806336568abe14611cd95780633ccfd60b14611c575780633f4ba83a14611bf1578063431400e314611b815780634c3ddb6814611b575780634ef501ac14611adf57806350125546146119cf5780635329dcea146119905780635c975abb1461196e57806361d027b314611946578063651dd5d71461188a5780636a030ca9146118335780637445e85c146117f957806375807250146117c15780637ac4b30b146115dc5780637c475859146113bd5780638456cb5914611365578063876512d0146112c157806391d1485414611279578063926885fc146111875780639d8669851461112c578063a19b6ff6146110f5578063a217fddf146110db578063b4b9b2521461103f578063b6b55f2514610ee5578063d1febd10146105e4578063d27c3c6e146105b7578063d2c4f21214610500578063d547741f146104b9578063d6766d1914610441578063d88b1f221461041d578063e038c3da146103e4578063e63ab1e9146103a9578063f68e95531461036e578063f7341c44146102805763fc0c546a14610239575f80fd5b3461027d578060031936011261027d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b503461027d5761028f366129bf565b9190610299612e13565b808252600b602090815260408084208585529091528220546001600160a01b031633036103545780825260106020526040822083835260205260408220549081156103415782938161032e9452601060205260408520818652602052846040812055604051918383527f3ceea8068edfc004a700cee4e7190e7d039aa499a67af10e255adf52c67a6c7b60203394a433612e48565b805f5160206133ab5f395f51905f525d80f35b636e34ee0b60e11b835233600452602483fd5b91606492630132915360e21b835260045260245233604452fd5b503461027d578060031936011261027d5760206040517fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092388152f35b503461027d578060031936011261027d5760206040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8152f35b503461027d57602036600319011261027d576020906040906001600160a01b0361040c6129fa565b168152600c83522054604051908152f35b503461027d578060031936011261027d57602063ffffffff60065416604051908152f35b503461027d57602036600319011261027d57604060c09163ffffffff610465612996565b1681526007602052206001815491015460ff6040519260018060a01b0381168452818160a01c166020850152818160a81c166040850152818160b01c16606085015260b81c161515608083015260a0820152f35b503461027d57604036600319011261027d576104fc6004356104d96129e4565b906104f76104f2825f525f602052600160405f20015490565b612cb8565b612d93565b5080f35b503461027d57604036600319011261027d5761051a612996565b63ffffffff6105276129d5565b91610530612b8b565b16808352600760205260408320549091906001600160a01b0316156105a3578183526007602090815260408420805460ff60b81b191683151560b81b60ff60b81b161790557f1f8e698833261f062c97632035cd18eadbec6c380a1df5e5ccfe7c86adfec83f916040519015158152a280f35b637fc7098560e01b83526004829052602483fd5b503461027d57606036600319011261027d5760206105dc604435602435600435612b60565b604051908152f35b5034610c7c576080366003190112610c7c576004356001600160401b038111610c7c57610615903690600401612a10565b906001600160401b0360243511610c7c57366023602435011215610c7c576001600160401b036024356004013511610c7c573660248035600401358135010111610c7c576044356001600160401b038111610c7c57610678903690600401612a10565b916064356001600160401b038111610c7c57610698903690600401612a10565b9290936106a3612cf0565b6106ab612e13565b60048610610ecd578560011015610ea3576020830135916106cb83612f74565b63ffffffff604082015116918815610ea3576106e98635809461300b565b9460ff602087015116808b03610eb75750610703846130ba565b938a60021015610ea35761071c91604089013591612b60565b96875f52600d60205260405f209860ff6040519a6107398c612a76565b5460018060a01b0381168c526001600160401b038160a01c1660208d015260e01c1660408b01906004811015610e7c578082526004811015610e7c57600214610e9057516004811015610e7c575f1901610e6957818603610d9d5760a084015180610dac575085610d9d575b6040870160ff8151168015159081610d83575b50610d565750606087015160ff1615610cfd5763ffffffff6040850151165f52600860205260018060a01b03600260405f20015416602060a0860151604051928391632a4ed4c960e11b835260048301526060602483015281806108376108248d60648401908c61315a565b828103600319016044840152898961315a565b03915afa908115610cf2575f91610cc0575b5061085c60ff60608a0151168d8b612b2c565b358103610c9757505b6040519461087286612a40565b6001600160401b0360025461ffff8116885261ffff8160101c1660208901526001600160801b038160201c16604089015260a01c166060870152895f52600e60205261091160405f2054916103e861090b63ffffffff606081604086015116940151166109058b6108ff8c6001600160801b0360408160808160608601511694015116940151169761319c565b9261319c565b90612b12565b04612b12565b97818911610c8057516001600160a01b0316803b15610c7c575f8a61099d928f604051809581948293634b24ed5760e11b845260406004850152602435600401356044850152602435600401356024803501606486013787606460243560040135860101526064601f19601f602435600401350116850160031982878303010160248701520191612b3c565b03915afa9081610c67575b506109bc57631ff3747d60e21b8d5260048dfd5b876109f1918e8c8152600d60205260408120600160e11b60ff60e01b198254161790558c8152600e6020526040812055612b1f565b9586610c3d575b6001600160801b036040870151169361ffff60208189511698015116604051908160a08101106001600160401b0360a084011117610c2857928f949192838e9560a08e9a999601604052878252602082019b888d526040830199898b52606084019b8a8d52608085019a8b52610a6e8282612b1f565b94528d52610a7c908361319c565b61271090048952610a8d908261319c565b612710900489528751610a9f91612b1f565b8851610aaa91612b1f565b80875260a08a0151610abb966131c6565b905190610ac791612b1f565b815190610ad391612b12565b80825260045460035485516001600160a01b039081168f52600f60205260408f20805492821699939091169692939091610b0d9190612b12565b90558351858e52600f60205260408e2080549091610b2a91612b12565b90558551878e52600f60205260408e2080549091610b4791612b12565b90558b604051808b6020820193602085526040830190610b6692612b3c565b03601f1981018252610b789082612a91565b5190209a516001600160a01b03169b60031015610c145791610120979593917f36a763103192f24529b26185f389b1637a0cf7b4ee44bf02d04bb36355f0489f9997959360018060a01b039051169151925194519660606040519901358952602089015260408801526060870152608086015260a085015260c084015260e0830152610100820152a4805f5160206133ab5f395f51905f525d80f35b634e487b7160e01b8d52603260045260248dfd5b50634e487b7160e01b8f52604160045260248ffd5b8a516001600160a01b03168d52600c60205260408d208054610c60908990612b12565b90556109f8565b610c74919e505f90612a91565b5f9c5f6109a8565b5f80fd5b888263180e21d960e31b5f5260045260245260445ffd5b610caa898d60ff60608c01511691612b2c565b35632ba8d29360e01b5f5260045260245260445ffd5b90506020813d602011610cea575b81610cdb60209383612a91565b81010312610c7c57515f610849565b3d9150610cce565b6040513d5f823e3d90fd5b85151580610d1e575b1561086557630690aeb960e51b5f523360045260245ffd5b50335f9081527fa5c179faa98d86951875f38e98a405912d7f90d5dfc4d9d9c0ab0ae0d8aa85a0602052604090205460ff1615610d06565b60a0610d698a8e60ff8995511691612b2c565b3591015190632bbdf59f60e01b5f5260045260245260445ffd5b610d8f91508d8b612b2c565b3560a086015114155f6107b8565b63124955fb60e01b5f5260045ffd5b5f52600a60205263ffffffff60405f205460a01c165f5f915f925b898410610deb575050620f4240915003156107a55763124955fb60e01b5f5260045ffd5b63ffffffff610e06610e01868d8b979697612b2c565b613149565b169081108015610e5f575b610d9d5760018101809111610e4b57610e416001919263ffffffff610e3a610e01888b8b612b2c565b1690612b12565b9301929190610dc7565b634e487b7160e01b5f52601160045260245ffd5b5082811015610e11565b8863c99a51a560e01b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b89631d0c41d560e11b5f5260045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b8a63c3296de760e01b5f5260045260245260445ffd5b8563c3296de760e01b5f52600452600460245260445ffd5b6020366003190112610c7c57600435610efc612cf0565b610f04612e13565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381169081610fac575050803403610f96575b335f52600c60205260405f20610f56828254612b12565b90556040519081527f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c460203392a25f5f5160206133ab5f395f51905f525d005b63195a3ca160e01b5f523460045260245260445ffd5b3461102857604051906323b872dd60e01b5f5233600452306024528360445260205f60648180855af19060015f5114821615611009575b50906040525f60605215610ff75750610f3f565b635274afe760e01b5f5260045260245ffd5b600182151661101f573b15153d15161684610fe3565b823d5f823e3d90fd5b63195a3ca160e01b5f52346004525f60245260445ffd5b34610c7c576060366003190112610c7c576004356024356001600160801b038116809103610c7c5760407fdb16c1496019c9e70a8d9c7c10043303e2627f2d1b0868845f837c3f06cc2fac916001600160801b0361109b6129a9565b60016110a687612ef0565b0180546001600160801b0316608083901b6001600160801b0319161781558383198254161790558351928352166020820152a2005b34610c7c575f366003190112610c7c5760206040515f8152f35b34610c7c57611103366129bf565b905f52600b60205260405f20905f52602052602060018060a01b0360405f205416604051908152f35b34610c7c576020366003190112610c7c576004355f52600d60205260405f205460ff8160e01c16906001600160401b036040519160018060a01b038116835260a01c1660208201526004821015610e7c576060916040820152f35b34610c7c576040366003190112610c7c576004356111a36129d5565b5f82815260096020526040902080546001600160a01b03168015611266573314158061122e575b61121757805460ff60a01b191682151560a01b60ff60a01b161790557f7734275f42978e31900661bb0983c8a356db45afc1105cfec7b1173107f067fe906020905b6040519015158152a2005b826306814aef60e01b5f526004523360245260445ffd5b50335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff16156111ca565b8363e1e9bce560e01b5f5260045260245ffd5b34610c7c576040366003190112610c7c576112926129e4565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610c7c576020366003190112610c7c576004356112dd612e13565b335f52600c60205260405f205480821161135057906112ff8161133e93612b1f565b335f52600c60205260405f20556040518181527f67ba03b899c1b0009c08c2717653a5a03a8730cc17a1a8c0c57b4728991672f360203392a233612e48565b5f5f5160206133ab5f395f51905f525d005b63180e21d960e31b5f5260045260245260445ffd5b34610c7c575f366003190112610c7c5761137d612c49565b611385612cf0565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610c7c576040366003190112610c7c576004356024356001600160401b038111610c7c576113f0903690600401612a10565b6113fb929192612cf0565b5f828152600a60205260409020546001600160a01b03166115c957811580156115c1575b80156115b6575b6115a3575f5b8181106115285750604051604081018181106001600160401b0382111761151457604090815233825263ffffffff831660208084019182525f868152600a82528381209451855493516001600160c01b03199094166001600160a01b03919091161760a09390931b63ffffffff60a01b169290921790935581518381529283018490529082019491925b8082106114ea57505050807fede2bd539832435fe6790242915a5d0bc75218aade78e3edf52a5c2ca0159e169133940390a3005b90919485359060018060a01b038216809203610c7c576020816001938293520196019201906114b6565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0361154361153e838588612b2c565b612ade565b1615611594578061155a61153e6001938588612b2c565b845f52600b60205260405f20825f5260205260405f2090838060a01b03166bffffffffffffffffffffffff60a01b8254161790550161142c565b63d92e233d60e01b5f5260045ffd5b50635affc77160e11b5f5260045260245ffd5b506104008111611426565b50801561141f565b506332abdd3960e01b5f5260045260245ffd5b34610c7c576080366003190112610c7c57602435606435600435604435611601612cf0565b61161d8263ffffffff604061161588612f74565b01511661300b565b50611627826130ba565b50611633818584612b60565b92835f52600d60205260ff60405f205460e01c166004811015610e7c57600181149081156117b6575b506117a357335f52600c60205260405f2054808211611350578161167f91612b1f565b335f52600c60205260405f2055835f52600e6020528060405f20556001600160401b0360025460a01c166001600160401b03421601916001600160401b038311610e4b57604051956116d087612a76565b3387526001600160401b0393909316602080880182815260016040808b019182525f8a8152600d9094529092209851895491516001600160e01b03199092166001600160a01b03919091161760a09190911b67ffffffffffffffff60a01b1617885551969093906004881015610e7c5760209781549060ff60e01b9060e01b169060ff60e01b191617905560405194855286850152604084015260608301526080820152817f3a0e27d9aa016c031338cddbef18b60b9af240e2d3098483e98257345b8cbbc260a03393a3604051908152f35b8363a4a99c6160e01b5f5260045260245ffd5b60029150148661165c565b34610c7c576020366003190112610c7c576001600160a01b036117e26129fa565b165f52600f602052602060405f2054604051908152f35b34610c7c575f366003190112610c7c5760206040517f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f8152f35b34610c7c576020366003190112610c7c576004355f526005602052608060405f205463ffffffff6040519160ff81161515835260ff8160081c1615156020840152818160101c16604084015260301c166060820152f35b34610c7c576040366003190112610c7c576118a36129fa565b6118ab6129e4565b6118b3612bfa565b6001600160a01b0382169182158015611935575b61159457600380546001600160a01b0319908116949094179055600480546001600160a01b039384169416841790556040805191909216815260208101929092527fb064d0f767104db725cafd1f9d2fe1fd4def149c255db1bc85b858848e457e719190819081015b0390a1005b506001600160a01b038216156118c7565b34610c7c575f366003190112610c7c576003546040516001600160a01b039091168152602090f35b34610c7c575f366003190112610c7c57602060ff600154166040519015158152f35b34610c7c576020366003190112610c7c576004355f52600a6020526040805f205463ffffffff82519160018060a01b038116835260a01c166020820152f35b34610c7c576020366003190112610c7c57600435805f52600d60205260405f20805460ff8160e01c166004811015610e7c57600103611acc57336001600160a01b03821603611ab5576001600160401b039060a01c16804210611a9f5750805460ff60e01b1916600360e01b1790555f818152600e60209081526040808320805490849055338452600c9092529091208054919291611a6f908490612b12565b90556040519182527f2593da10bf78bcf0d6cdc9578f09c4e7bea2e0557700d32ac232f3c156e93cbb60203393a3005b826329c6419b60e11b5f5260045260245260445ffd5b8263ada9265360e01b5f526004523360245260445ffd5b8263c99a51a560e01b5f5260045260245ffd5b34610c7c576020366003190112610c7c576004355f52600960205260c060405f20805490600260018201549101549063ffffffff6040519360018060a01b038116855260ff8160a01c161515602086015260a81c1660408401526001600160801b038116606084015260801c608083015260a0820152f35b34610c7c576020366003190112610c7c576004355f52600e602052602060405f2054604051908152f35b34610c7c576040366003190112610c7c57600435611b9d6129e4565b90611ba781612ef0565b6001600160a01b039092169182156115945780546001600160a01b0319168317905533907fe450160e145ca2d343c6c38b368ae921c3c00333c1d50986a907d56b1dbd20cc5f80a4005b34610c7c575f366003190112610c7c57611c09612c49565b60015460ff811615611c485760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b34610c7c575f366003190112610c7c57611c6f612e13565b335f52600f60205260405f20548015611cc65761133e90335f52600f6020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a233612e48565b636e34ee0b60e11b5f523360045260245ffd5b34610c7c576040366003190112610c7c57611cf26129e4565b336001600160a01b03821603611d1057611d0e90600435612d93565b005b63334bd91960e11b5f5260045ffd5b34610c7c576040366003190112610c7c57611d0e600435611d3e6129e4565b90611d576104f2825f525f602052600160405f20015490565b612d0b565b34610c7c576020366003190112610c7c5760206105dc6004355f525f602052600160405f20015490565b34610c7c576060366003190112610c7c576024356004356044356001600160a01b03811690818103610c7c57825f52600b60205260405f20845f5260205260018060a01b0360405f205416338103611e4a578215611594575f848152600b6020908152604080832088845282529182902080546001600160a01b0319169590951790945580516001600160a01b03928316815292909116928201929092527f8c040585e123b6a62b26eab5349c9b185b21bac66dba11d19016e316333d55869190a3005b505050630132915360e21b5f526004526024523360445260645ffd5b34610c7c575f366003190112610c7c576002546040805161ffff8084168252601084901c1660208083019190915283901c6001600160801b03169181019190915260a09190911c6001600160401b0316606082015280608081010390f35b34610c7c576040366003190112610c7c57600435611ee06129d5565b611ee8612b8b565b815f52600560205260ff60405f20541615611f48575f828152600560209081526040909120805461ff00191683151560081b61ff00161790557f03081a7360632dc3ab95c14b377e0724d6e59767c819b9a150df96a6e841234b9161120c565b506339a90c3960e11b5f5260045260245ffd5b34610c7c576020366003190112610c7c5763ffffffff611f79612996565b165f526008602052606060405f20805490600181015490600260018060a01b03910154169060405192835260208301526040820152f35b34610c7c576080366003190112610c7c57611fc9612bfa565b604051611fd581612a40565b60043561ffff811690818103610c7c5782526024359161ffff831690818403610c7c57602081019384526120076129a9565b9160408201928352606435936001600160401b0385168503610c7c57612710916120379160608501968752612b12565b116120f85751600280549451925193516001600160e01b031990951661ffff928316908117601085901b63ffff00001617602086811b73ffffffffffffffffffffffffffffffff00000000169190911760a088901b67ffffffffffffffff60a01b16179092556040805191825293909216908201526001600160801b03909216908201526001600160401b039190911660608201527f9f5e404363978a2acbd2e919149260dd1ebea4b570421a69c83c937cc2b94747908060808101611930565b5183516332406b6360e01b5f90815261ffff9283166004529116602452604490fd5b34610c7c57612128366129bf565b905f52601060205260405f20905f52602052602060405f2054604051908152f35b34610c7c575f366003190112610c7c576004546040516001600160a01b039091168152602090f35b34610c7c5760a0366003190112610c7c5760043561218d612983565b906121966129a9565b916064356001600160801b038116809103610c7c57608435916121b7612cf0565b5f848152600960205260409020546001600160a01b031661236a5763ffffffff165f818152600760205260409020549094906001600160a01b0316156123575782151580612339575b6123265760405161221081612a5b565b3381526001602080830191825260408084018981526001600160801b03958616606086018181526080870189815260a08089018c81525f8e81526009909852959096209751885497516001600160a81b03199098166001600160a01b03919091161796151590951b60ff60a01b169590951786559560029492936122e5939251875463ffffffff60a81b191660a89190911b63ffffffff60a81b16178755915160018701805493516001600160801b038419959095169284169290921793909316911660801b6001600160801b031916179055565b519101556040519485526020850152604084015260608301527fba50f57aa6ea404776926b2b2a2b24918fdbe1a828d479edaf08dbc1acd4482960803393a3005b82630f8e04a960e11b5f5260045260245ffd5b505f838152600a60205260409020546001600160a01b031615612200565b84637fc7098560e01b5f5260045260245ffd5b836311fdd8e760e11b5f5260045260245ffd5b34610c7c5760e0366003190112610c7c57612396612b8b565b61239e612cf0565b600435805f52600560205260ff60405f205416156127ee576001600160a01b036123c6612ab2565b1615611594576001600160a01b036123dc612ab2565b604051633b865de360e11b81529116602082600481845afa918215610cf2575f926127ba575b50600482109081156127af575b8115612748575b506127305760ff612425612af2565b16151580612707575b6126fd5760ff61243c612b02565b16612651575b6006549063ffffffff821663ffffffff8114610e4b57600163ffffffff910116809263ffffffff1916176006556001612479612ab2565b9161254e612485612af2565b61248d612b02565b906040519561249b87612a5b565b60a086811b879003918216885260ff9586166020808a019182529387166040808b019182529590971660608a0190815260808a018981528a84018d81525f8d815260079097529690952099518a54925198519151955163ffffffff60a01b1991909516166001600160c01b0319909216919091179690911b60ff60a01b169590951760a89590951b60ff60a81b169490941760b09190911b60ff60b01b161792151560b81b60ff60b81b16929092178455565b519101556084359160a435612561612ac8565b60026040519161257083612a76565b86835260208084018581526001600160a01b0392831660408087019182525f8a81526008909452928390209551865590516001860155519290930180546001600160a01b03191692821692909217909155905183815294906125d06129e4565b16602086015260443560ff8116809103610c7c57604086015260643560ff8116809103610c7c576060860152608085015260a084015260c4356001600160a01b03811690819003610c7c577f156f175385ea497f7117c190f9c84d9de2eaf5c3cf2b72a2bf898a383607fc1d60e085859360c06020980152a3604051908152f35b600360ff61265d612b02565b16118015906126e9575b80156126d7575b80156126ba575b61269d576001600160a01b03612689612ac8565b166124425763d92e233d60e01b5f5260045ffd5b60ff6126a7612b02565b6355614b1f60e01b5f521660045260245ffd5b506126c3612b02565b60ff806126ce612af2565b16911614612675565b5060ff6126e2612af2565b161561266e565b508060ff6126f5612b02565b161015612667565b60ff6126a7612af2565b50600360ff612714612af2565b1611158061242e57508060ff612728612af2565b16101561242e565b631ba4f74560e11b5f5260045260a43560245260445ffd5b6040516375080f2760e01b81529150602090829060049082905afa908115610cf2575f9161277d575b5060a435141583612416565b90506020813d6020116127a7575b8161279860209383612a91565b81010312610c7c575183612771565b3d915061278b565b60ff8311915061240f565b9091506020813d6020116127e6575b816127d660209383612a91565b81010312610c7c57519083612402565b3d91506127c9565b6339a90c3960e11b5f5260045260245ffd5b34610c7c576060366003190112610c7c5760043561281c612983565b60443563ffffffff8116809103610c7c57612835612b8b565b61283d612cf0565b825f52600560205260ff60405f20541661291d577f5082a220b0dc1cbc497f9d5fec27b50de3b96038164c6b7de1653e22dba7c7f191604091825161288181612a40565b60018152602081016001815263ffffffff8583019416938481526128dd6060840192858452895f526005602052875f209451151560ff80198754169116178555511515849061ff00825491151560081b169061ff001916179055565b519065ffffffff000069ffffffff0000000000008454925160301b169260101b169069ffffffffffffffff000019161717905582519182526020820152a2005b82635a032e5b60e11b5f5260045260245ffd5b34610c7c576020366003190112610c7c576004359063ffffffff60e01b8216809203610c7c57602091637965db0b60e01b8114908115612972575b5015158152f35b6301ffc9a760e01b1490508361296b565b6024359063ffffffff82168203610c7c57565b6004359063ffffffff82168203610c7c57565b604435906001600160801b0382168203610c7c57565b6040906003190112610c7c576004359060243590565b602435908115158203610c7c57565b602435906001600160a01b0382168203610c7c57565b600435906001600160a01b0382168203610c7c57565b9181601f84011215610c7c578235916001600160401b038311610c7c576020808501948460051b010111610c7c57565b608081019081106001600160401b0382111761151457604052565b60c081019081106001600160401b0382111761151457604052565b606081019081106001600160401b0382111761151457604052565b90601f801991011681019081106001600160401b0382111761151457604052565b6024356001600160a01b0381168103610c7c5790565b60c4356001600160a01b0381168103610c7c5790565b356001600160a01b0381168103610c7c5790565b60443560ff81168103610c7c5790565b60643560ff81168103610c7c5790565b91908201809211610e4b57565b91908203918211610e4b57565b9190811015610ea35760051b0190565b81835290916001600160fb1b038311610c7c5760209260051b809284830137010190565b9160405191602083019384526040830152606082015260608152612b85608082612a91565b51902090565b335f9081527f01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519602052604090205460ff1615612bc357565b63e2517d3f60e01b5f52336004527fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923860245260445ffd5b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615612c3257565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527ff7c9542c591017a21c74b6f3fab6263c7952fc0aaf9db4c22a2a04ddc7f8674f602052604090205460ff1615612c8157565b63e2517d3f60e01b5f52336004527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a60245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615612cda5750565b63e2517d3f60e01b5f523360045260245260445ffd5b60ff60015416612cfc57565b63d93c066560e01b5f5260045ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16612d8d575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615612d8d575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b5f5160206133ab5f395f51905f525c612e395760015f5160206133ab5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811692919083612e915750612e8f92506001600160a01b0316613333565b565b60405163a9059cbb60e01b5f9081526001600160a01b039093166004526024939093529060209060448180855af19060015f5114821615612eda575b509060405215610ff75750565b600182151661101f573b15153d1516165f612ecd565b5f8181526009602052604090208054909291906001600160a01b03168015612f31573303612f1b5750565b6306814aef60e01b5f526004523360245260445ffd5b5063e1e9bce560e01b5f5260045260245ffd5b60405190612f5182612a5b565b5f60a0838281528260208201528260408201528260608201528260808201520152565b90612f7d612f44565b50815f52600960205260405f2091604051612f9781612a5b565b835490600260018060a01b0383169586835263ffffffff602084019460ff8160a01c161515865260a81c16604084015260018101546001600160801b038116606085015260801c6080840152015460a08201529315612f31575115612ff95750565b631b1da44b60e21b5f5260045260245ffd5b63ffffffff9092919261301c612f44565b501691825f52600760205260405f20926040519061303982612a5b565b600160ff8654828060a01b0381168552818160a01c166020860152818160a81c166040860152818160b01c16606086015260b81c1615958615608085015201549160a08101928352946130a957505190808203613094575050565b631f9feba360e11b5f5260045260245260445ffd5b62b2efd160e31b5f5260045260245ffd5b905f60606040516130ca81612a40565b8281528260208201528260408201520152815f52600560205260405f2091604051926130f584612a40565b5460ff811615938415815263ffffffff602082019260ff8160081c1615158452818160101c16604084015260301c16606082015293611f485751156131375750565b631748853160e11b5f5260045260245ffd5b3563ffffffff81168103610c7c5790565b916020908281520191905f905b8082106131745750505090565b90919283359063ffffffff8216809203610c7c57602081600193829352019401920190613167565b81810292918115918404141715610e4b57565b6001600160401b0381116115145760051b60200190565b939296959094965f97841561332757916131df856131af565b926131ed6040519485612a91565b8584526131f9866131af565b602085019590601f1901368737885f52601060205260405f20905f935b88851061329557505050505061323a6020916040519560408752604087019161315a565b918483038286015251918281520191905f5b81811061327f5750505090807fb503dcd84051c01b8bf02dc171ace622620978182081bf1ca7818626a187a635920390a3565b825184526020938401939092019160010161324c565b909192939b620f42406132bc63ffffffff8f610e016132b591878b612b2c565b168561319c565b049c8751811015610ea3576132de8e6001938160208560051b8d010152612b12565b9d8a82826132f4575b5050500193929190613216565b610e016133079163ffffffff938c612b2c565b165f528560205261331d60405f20918254612b12565b90555f8a826132e7565b505f9750505050505050565b8147106133935760405160208101908082106001600160401b03831117611514575f9384938480949381946040525260018060a01b03165af11561337357565b3d15613384576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f002f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d01ddc098da42acdf4176da08ec75800bc0fb2bce2be978b2037bcb0ae6966519f7c9542c591017a21c74b6f3fab6263c7952fc0aaf9db4c22a2a04ddc7f8674fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// OpenProofSettlement is an auto generated Go binding around an Ethereum contract.
type OpenProofSettlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenProofSettlement) GetABI() abi.ABI {
	return c.abi
}

// NewOpenProofSettlement creates a new instance of OpenProofSettlement.
func NewOpenProofSettlement() *OpenProofSettlement {
	parsed, err := OpenProofSettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenProofSettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenProofSettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address token_, address treasury_, address stakingPool_, (uint16,uint16,uint128,uint64) split_) returns()
func (openProofSettlement *OpenProofSettlement) PackConstructor(admin common.Address, token_ common.Address, treasury_ common.Address, stakingPool_ common.Address, split_ OpenProofSettlementSplitConfig) []byte {
	enc, err := openProofSettlement.abi.Pack("", admin, token_, treasury_, stakingPool_, split_)
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
func (openProofSettlement *OpenProofSettlement) PackDEFAULTADMINROLE() []byte {
	enc, err := openProofSettlement.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (openProofSettlement *OpenProofSettlement) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return openProofSettlement.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) PackPAUSERROLE() []byte {
	enc, err := openProofSettlement.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) TryPackPAUSERROLE() ([]byte, error) {
	return openProofSettlement.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) PackREGISTRARROLE() []byte {
	enc, err := openProofSettlement.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) TryPackREGISTRARROLE() ([]byte, error) {
	return openProofSettlement.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSETTLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7445e85c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) PackSETTLERROLE() []byte {
	enc, err := openProofSettlement.abi.Pack("SETTLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7445e85c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) TryPackSETTLERROLE() ([]byte, error) {
	return openProofSettlement.abi.Pack("SETTLER_ROLE")
}

// UnpackSETTLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackSETTLERROLE(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("SETTLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAdapters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef501ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function adapters(uint256 commitment) view returns(address owner, bool active, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
func (openProofSettlement *OpenProofSettlement) PackAdapters(commitment *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("adapters", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdapters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef501ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function adapters(uint256 commitment) view returns(address owner, bool active, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
func (openProofSettlement *OpenProofSettlement) TryPackAdapters(commitment *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("adapters", commitment)
}

// AdaptersOutput serves as a container for the return parameters of contract
// method Adapters.
type AdaptersOutput struct {
	Owner       common.Address
	Active      bool
	CircuitId   uint32
	RIn         *big.Int
	ROut        *big.Int
	DatanetRoot *big.Int
}

// UnpackAdapters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ef501ac.
//
// Solidity: function adapters(uint256 commitment) view returns(address owner, bool active, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
func (openProofSettlement *OpenProofSettlement) UnpackAdapters(data []byte) (AdaptersOutput, error) {
	out, err := openProofSettlement.abi.Unpack("adapters", data)
	outstruct := new(AdaptersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.CircuitId = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.RIn = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.ROut = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.DatanetRoot = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequest(bytes32 key) returns()
func (openProofSettlement *OpenProofSettlement) PackCancelRequest(key [32]byte) []byte {
	enc, err := openProofSettlement.abi.Pack("cancelRequest", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50125546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequest(bytes32 key) returns()
func (openProofSettlement *OpenProofSettlement) TryPackCancelRequest(key [32]byte) ([]byte, error) {
	return openProofSettlement.abi.Pack("cancelRequest", key)
}

// PackCircuitCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88b1f22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitCount() view returns(uint32)
func (openProofSettlement *OpenProofSettlement) PackCircuitCount() []byte {
	enc, err := openProofSettlement.abi.Pack("circuitCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88b1f22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitCount() view returns(uint32)
func (openProofSettlement *OpenProofSettlement) TryPackCircuitCount() ([]byte, error) {
	return openProofSettlement.abi.Pack("circuitCount")
}

// UnpackCircuitCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd88b1f22.
//
// Solidity: function circuitCount() view returns(uint32)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitCount(data []byte) (uint32, error) {
	out, err := openProofSettlement.abi.Unpack("circuitCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCircuitMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122ef837.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitMeta(uint32 circuitId) view returns(bytes32 circuitDigest, bytes32 vkSha256, address attributionDigester)
func (openProofSettlement *OpenProofSettlement) PackCircuitMeta(circuitId uint32) []byte {
	enc, err := openProofSettlement.abi.Pack("circuitMeta", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122ef837.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitMeta(uint32 circuitId) view returns(bytes32 circuitDigest, bytes32 vkSha256, address attributionDigester)
func (openProofSettlement *OpenProofSettlement) TryPackCircuitMeta(circuitId uint32) ([]byte, error) {
	return openProofSettlement.abi.Pack("circuitMeta", circuitId)
}

// CircuitMetaOutput serves as a container for the return parameters of contract
// method CircuitMeta.
type CircuitMetaOutput struct {
	CircuitDigest       [32]byte
	VkSha256            [32]byte
	AttributionDigester common.Address
}

// UnpackCircuitMeta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x122ef837.
//
// Solidity: function circuitMeta(uint32 circuitId) view returns(bytes32 circuitDigest, bytes32 vkSha256, address attributionDigester)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitMeta(data []byte) (CircuitMetaOutput, error) {
	out, err := openProofSettlement.abi.Unpack("circuitMeta", data)
	outstruct := new(CircuitMetaOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CircuitDigest = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.VkSha256 = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.AttributionDigester = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackCircuits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6766d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuits(uint32 circuitId) view returns(address verifier, uint8 nbPublic, uint8 datanetRootIndex, uint8 attributionIndex, bool active, uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) PackCircuits(circuitId uint32) []byte {
	enc, err := openProofSettlement.abi.Pack("circuits", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6766d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuits(uint32 circuitId) view returns(address verifier, uint8 nbPublic, uint8 datanetRootIndex, uint8 attributionIndex, bool active, uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) TryPackCircuits(circuitId uint32) ([]byte, error) {
	return openProofSettlement.abi.Pack("circuits", circuitId)
}

// CircuitsOutput serves as a container for the return parameters of contract
// method Circuits.
type CircuitsOutput struct {
	Verifier         common.Address
	NbPublic         uint8
	DatanetRootIndex uint8
	AttributionIndex uint8
	Active           bool
	ModelDigest      *big.Int
}

// UnpackCircuits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6766d19.
//
// Solidity: function circuits(uint32 circuitId) view returns(address verifier, uint8 nbPublic, uint8 datanetRootIndex, uint8 attributionIndex, bool active, uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) UnpackCircuits(data []byte) (CircuitsOutput, error) {
	out, err := openProofSettlement.abi.Unpack("circuits", data)
	outstruct := new(CircuitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.NbPublic = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.DatanetRootIndex = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.AttributionIndex = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Active = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.ModelDigest = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackContributorCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0de58233.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorCreditOf(uint256 root, uint256 index) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) PackContributorCreditOf(root *big.Int, index *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("contributorCreditOf", root, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0de58233.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorCreditOf(uint256 root, uint256 index) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) TryPackContributorCreditOf(root *big.Int, index *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("contributorCreditOf", root, index)
}

// UnpackContributorCreditOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0de58233.
//
// Solidity: function contributorCreditOf(uint256 root, uint256 index) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) UnpackContributorCreditOf(data []byte) (*big.Int, error) {
	out, err := openProofSettlement.abi.Unpack("contributorCreditOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75807250.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditOf(address account) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) PackCreditOf(account common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("creditOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75807250.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditOf(address account) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) TryPackCreditOf(account common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("creditOf", account)
}

// UnpackCreditOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75807250.
//
// Solidity: function creditOf(address account) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) UnpackCreditOf(data []byte) (*big.Int, error) {
	out, err := openProofSettlement.abi.Unpack("creditOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatanets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5329dcea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanets(uint256 root) view returns(address owner, uint32 size)
func (openProofSettlement *OpenProofSettlement) PackDatanets(root *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("datanets", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatanets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5329dcea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datanets(uint256 root) view returns(address owner, uint32 size)
func (openProofSettlement *OpenProofSettlement) TryPackDatanets(root *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("datanets", root)
}

// DatanetsOutput serves as a container for the return parameters of contract
// method Datanets.
type DatanetsOutput struct {
	Owner common.Address
	Size  uint32
}

// UnpackDatanets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5329dcea.
//
// Solidity: function datanets(uint256 root) view returns(address owner, uint32 size)
func (openProofSettlement *OpenProofSettlement) UnpackDatanets(data []byte) (DatanetsOutput, error) {
	out, err := openProofSettlement.abi.Unpack("datanets", data)
	outstruct := new(DatanetsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Size = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) payable returns()
func (openProofSettlement *OpenProofSettlement) PackDeposit(amount *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) payable returns()
func (openProofSettlement *OpenProofSettlement) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("deposit", amount)
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(address requester) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) PackEscrowOf(requester common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("escrowOf", requester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(address requester) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) TryPackEscrowOf(requester common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("escrowOf", requester)
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe038c3da.
//
// Solidity: function escrowOf(address requester) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) UnpackEscrowOf(data []byte) (*big.Int, error) {
	out, err := openProofSettlement.abi.Unpack("escrowOf", data)
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
func (openProofSettlement *OpenProofSettlement) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := openProofSettlement.abi.Pack("getRoleAdmin", role)
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
func (openProofSettlement *OpenProofSettlement) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return openProofSettlement.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("getRoleAdmin", data)
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
func (openProofSettlement *OpenProofSettlement) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("grantRole", role, account)
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
func (openProofSettlement *OpenProofSettlement) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openProofSettlement *OpenProofSettlement) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("hasRole", role, account)
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
func (openProofSettlement *OpenProofSettlement) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (openProofSettlement *OpenProofSettlement) UnpackHasRole(data []byte) (bool, error) {
	out, err := openProofSettlement.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLockedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c3ddb68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedOf(bytes32 key) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) PackLockedOf(key [32]byte) []byte {
	enc, err := openProofSettlement.abi.Pack("lockedOf", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c3ddb68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedOf(bytes32 key) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) TryPackLockedOf(key [32]byte) ([]byte, error) {
	return openProofSettlement.abi.Pack("lockedOf", key)
}

// UnpackLockedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c3ddb68.
//
// Solidity: function lockedOf(bytes32 key) view returns(uint256)
func (openProofSettlement *OpenProofSettlement) UnpackLockedOf(data []byte) (*big.Int, error) {
	out, err := openProofSettlement.abi.Unpack("lockedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a030ca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function models(uint256 modelDigest) view returns(bool registered, bool active, uint32 tokensIn, uint32 tokensOut)
func (openProofSettlement *OpenProofSettlement) PackModels(modelDigest *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("models", modelDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a030ca9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function models(uint256 modelDigest) view returns(bool registered, bool active, uint32 tokensIn, uint32 tokensOut)
func (openProofSettlement *OpenProofSettlement) TryPackModels(modelDigest *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("models", modelDigest)
}

// ModelsOutput serves as a container for the return parameters of contract
// method Models.
type ModelsOutput struct {
	Registered bool
	Active     bool
	TokensIn   uint32
	TokensOut  uint32
}

// UnpackModels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a030ca9.
//
// Solidity: function models(uint256 modelDigest) view returns(bool registered, bool active, uint32 tokensIn, uint32 tokensOut)
func (openProofSettlement *OpenProofSettlement) UnpackModels(data []byte) (ModelsOutput, error) {
	out, err := openProofSettlement.abi.Unpack("models", data)
	outstruct := new(ModelsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Registered = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.TokensIn = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.TokensOut = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac4b30b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openRequest(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee) returns(bytes32 key)
func (openProofSettlement *OpenProofSettlement) PackOpenRequest(modelDigest *big.Int, adapterCommitment *big.Int, inputDigest *big.Int, maxFee *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("openRequest", modelDigest, adapterCommitment, inputDigest, maxFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac4b30b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openRequest(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee) returns(bytes32 key)
func (openProofSettlement *OpenProofSettlement) TryPackOpenRequest(modelDigest *big.Int, adapterCommitment *big.Int, inputDigest *big.Int, maxFee *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("openRequest", modelDigest, adapterCommitment, inputDigest, maxFee)
}

// UnpackOpenRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ac4b30b.
//
// Solidity: function openRequest(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee) returns(bytes32 key)
func (openProofSettlement *OpenProofSettlement) UnpackOpenRequest(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("openRequest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (openProofSettlement *OpenProofSettlement) PackPause() []byte {
	enc, err := openProofSettlement.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (openProofSettlement *OpenProofSettlement) TryPackPause() ([]byte, error) {
	return openProofSettlement.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (openProofSettlement *OpenProofSettlement) PackPaused() []byte {
	enc, err := openProofSettlement.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (openProofSettlement *OpenProofSettlement) TryPackPaused() ([]byte, error) {
	return openProofSettlement.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (openProofSettlement *OpenProofSettlement) UnpackPaused(data []byte) (bool, error) {
	out, err := openProofSettlement.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19b6ff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutOf(uint256 root, uint256 index) view returns(address)
func (openProofSettlement *OpenProofSettlement) PackPayoutOf(root *big.Int, index *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("payoutOf", root, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19b6ff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutOf(uint256 root, uint256 index) view returns(address)
func (openProofSettlement *OpenProofSettlement) TryPackPayoutOf(root *big.Int, index *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("payoutOf", root, index)
}

// UnpackPayoutOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa19b6ff6.
//
// Solidity: function payoutOf(uint256 root, uint256 index) view returns(address)
func (openProofSettlement *OpenProofSettlement) UnpackPayoutOf(data []byte) (common.Address, error) {
	out, err := openProofSettlement.abi.Unpack("payoutOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bf73796.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAdapter(uint256 commitment, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot) returns()
func (openProofSettlement *OpenProofSettlement) PackRegisterAdapter(commitment *big.Int, circuitId uint32, rIn *big.Int, rOut *big.Int, datanetRoot *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("registerAdapter", commitment, circuitId, rIn, rOut, datanetRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bf73796.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAdapter(uint256 commitment, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot) returns()
func (openProofSettlement *OpenProofSettlement) TryPackRegisterAdapter(commitment *big.Int, circuitId uint32, rIn *big.Int, rOut *big.Int, datanetRoot *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("registerAdapter", commitment, circuitId, rIn, rOut, datanetRoot)
}

// PackRegisterCircuit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d68327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerCircuit((uint256,address,uint8,uint8,bytes32,bytes32,address) c) returns(uint32 id)
func (openProofSettlement *OpenProofSettlement) PackRegisterCircuit(c OpenProofSettlementCircuitConfig) []byte {
	enc, err := openProofSettlement.abi.Pack("registerCircuit", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterCircuit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d68327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerCircuit((uint256,address,uint8,uint8,bytes32,bytes32,address) c) returns(uint32 id)
func (openProofSettlement *OpenProofSettlement) TryPackRegisterCircuit(c OpenProofSettlementCircuitConfig) ([]byte, error) {
	return openProofSettlement.abi.Pack("registerCircuit", c)
}

// UnpackRegisterCircuit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04d68327.
//
// Solidity: function registerCircuit((uint256,address,uint8,uint8,bytes32,bytes32,address) c) returns(uint32 id)
func (openProofSettlement *OpenProofSettlement) UnpackRegisterCircuit(data []byte) (uint32, error) {
	out, err := openProofSettlement.abi.Unpack("registerCircuit", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRegisterDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c475859.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDatanet(uint256 root, address[] payouts) returns()
func (openProofSettlement *OpenProofSettlement) PackRegisterDatanet(root *big.Int, payouts []common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("registerDatanet", root, payouts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c475859.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDatanet(uint256 root, address[] payouts) returns()
func (openProofSettlement *OpenProofSettlement) TryPackRegisterDatanet(root *big.Int, payouts []common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("registerDatanet", root, payouts)
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049c80a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(uint256 modelDigest, uint32 tokensIn, uint32 tokensOut) returns()
func (openProofSettlement *OpenProofSettlement) PackRegisterModel(modelDigest *big.Int, tokensIn uint32, tokensOut uint32) []byte {
	enc, err := openProofSettlement.abi.Pack("registerModel", modelDigest, tokensIn, tokensOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049c80a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(uint256 modelDigest, uint32 tokensIn, uint32 tokensOut) returns()
func (openProofSettlement *OpenProofSettlement) TryPackRegisterModel(modelDigest *big.Int, tokensIn uint32, tokensOut uint32) ([]byte, error) {
	return openProofSettlement.abi.Pack("registerModel", modelDigest, tokensIn, tokensOut)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (openProofSettlement *OpenProofSettlement) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("renounceRole", role, callerConfirmation)
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
func (openProofSettlement *OpenProofSettlement) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd27c3c6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestKey(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest) pure returns(bytes32)
func (openProofSettlement *OpenProofSettlement) PackRequestKey(modelDigest *big.Int, adapterCommitment *big.Int, inputDigest *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("requestKey", modelDigest, adapterCommitment, inputDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd27c3c6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestKey(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest) pure returns(bytes32)
func (openProofSettlement *OpenProofSettlement) TryPackRequestKey(modelDigest *big.Int, adapterCommitment *big.Int, inputDigest *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("requestKey", modelDigest, adapterCommitment, inputDigest)
}

// UnpackRequestKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd27c3c6e.
//
// Solidity: function requestKey(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest) pure returns(bytes32)
func (openProofSettlement *OpenProofSettlement) UnpackRequestKey(data []byte) ([32]byte, error) {
	out, err := openProofSettlement.abi.Unpack("requestKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d866985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requests(bytes32 key) view returns(address requester, uint64 expiresAt, uint8 status)
func (openProofSettlement *OpenProofSettlement) PackRequests(key [32]byte) []byte {
	enc, err := openProofSettlement.abi.Pack("requests", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d866985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requests(bytes32 key) view returns(address requester, uint64 expiresAt, uint8 status)
func (openProofSettlement *OpenProofSettlement) TryPackRequests(key [32]byte) ([]byte, error) {
	return openProofSettlement.abi.Pack("requests", key)
}

// RequestsOutput serves as a container for the return parameters of contract
// method Requests.
type RequestsOutput struct {
	Requester common.Address
	ExpiresAt uint64
	Status    uint8
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d866985.
//
// Solidity: function requests(bytes32 key) view returns(address requester, uint64 expiresAt, uint8 status)
func (openProofSettlement *OpenProofSettlement) UnpackRequests(data []byte) (RequestsOutput, error) {
	out, err := openProofSettlement.abi.Unpack("requests", data)
	outstruct := new(RequestsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ExpiresAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (openProofSettlement *OpenProofSettlement) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("revokeRole", role, account)
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
func (openProofSettlement *OpenProofSettlement) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("revokeRole", role, account)
}

// PackSetAdapterActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926885fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdapterActive(uint256 commitment, bool active) returns()
func (openProofSettlement *OpenProofSettlement) PackSetAdapterActive(commitment *big.Int, active bool) []byte {
	enc, err := openProofSettlement.abi.Pack("setAdapterActive", commitment, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdapterActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926885fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdapterActive(uint256 commitment, bool active) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetAdapterActive(commitment *big.Int, active bool) ([]byte, error) {
	return openProofSettlement.abi.Pack("setAdapterActive", commitment, active)
}

// PackSetAdapterTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b9b252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdapterTerms(uint256 commitment, uint128 rIn, uint128 rOut) returns()
func (openProofSettlement *OpenProofSettlement) PackSetAdapterTerms(commitment *big.Int, rIn *big.Int, rOut *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("setAdapterTerms", commitment, rIn, rOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdapterTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b9b252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdapterTerms(uint256 commitment, uint128 rIn, uint128 rOut) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetAdapterTerms(commitment *big.Int, rIn *big.Int, rOut *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("setAdapterTerms", commitment, rIn, rOut)
}

// PackSetCircuitActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c4f212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCircuitActive(uint32 id, bool active) returns()
func (openProofSettlement *OpenProofSettlement) PackSetCircuitActive(id uint32, active bool) []byte {
	enc, err := openProofSettlement.abi.Pack("setCircuitActive", id, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCircuitActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c4f212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCircuitActive(uint32 id, bool active) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetCircuitActive(id uint32, active bool) ([]byte, error) {
	return openProofSettlement.abi.Pack("setCircuitActive", id, active)
}

// PackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b1524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModelActive(uint256 modelDigest, bool active) returns()
func (openProofSettlement *OpenProofSettlement) PackSetModelActive(modelDigest *big.Int, active bool) []byte {
	enc, err := openProofSettlement.abi.Pack("setModelActive", modelDigest, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b1524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModelActive(uint256 modelDigest, bool active) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetModelActive(modelDigest *big.Int, active bool) ([]byte, error) {
	return openProofSettlement.abi.Pack("setModelActive", modelDigest, active)
}

// PackSetPayees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651dd5d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayees(address treasury_, address stakingPool_) returns()
func (openProofSettlement *OpenProofSettlement) PackSetPayees(treasury common.Address, stakingPool common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("setPayees", treasury, stakingPool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651dd5d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayees(address treasury_, address stakingPool_) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetPayees(treasury common.Address, stakingPool common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("setPayees", treasury, stakingPool)
}

// PackSetPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a990ba3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayout(uint256 root, uint256 index, address to) returns()
func (openProofSettlement *OpenProofSettlement) PackSetPayout(root *big.Int, index *big.Int, to common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("setPayout", root, index, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a990ba3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayout(uint256 root, uint256 index, address to) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetPayout(root *big.Int, index *big.Int, to common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("setPayout", root, index, to)
}

// PackSetSplitConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eb495a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSplitConfig((uint16,uint16,uint128,uint64) s) returns()
func (openProofSettlement *OpenProofSettlement) PackSetSplitConfig(s OpenProofSettlementSplitConfig) []byte {
	enc, err := openProofSettlement.abi.Pack("setSplitConfig", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSplitConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eb495a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSplitConfig((uint16,uint16,uint128,uint64) s) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSetSplitConfig(s OpenProofSettlementSplitConfig) ([]byte, error) {
	return openProofSettlement.abi.Pack("setSplitConfig", s)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1febd10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256[] publicInputs, bytes proof, uint32[] indices, uint32[] weightsPpm) returns()
func (openProofSettlement *OpenProofSettlement) PackSettle(publicInputs []*big.Int, proof []byte, indices []uint32, weightsPpm []uint32) []byte {
	enc, err := openProofSettlement.abi.Pack("settle", publicInputs, proof, indices, weightsPpm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1febd10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256[] publicInputs, bytes proof, uint32[] indices, uint32[] weightsPpm) returns()
func (openProofSettlement *OpenProofSettlement) TryPackSettle(publicInputs []*big.Int, proof []byte, indices []uint32, weightsPpm []uint32) ([]byte, error) {
	return openProofSettlement.abi.Pack("settle", publicInputs, proof, indices, weightsPpm)
}

// PackSplitConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16a1614b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function splitConfig() view returns(uint16 betaBps, uint16 gammaBps, uint128 platformFee, uint64 requestTimeout)
func (openProofSettlement *OpenProofSettlement) PackSplitConfig() []byte {
	enc, err := openProofSettlement.abi.Pack("splitConfig")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplitConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16a1614b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function splitConfig() view returns(uint16 betaBps, uint16 gammaBps, uint128 platformFee, uint64 requestTimeout)
func (openProofSettlement *OpenProofSettlement) TryPackSplitConfig() ([]byte, error) {
	return openProofSettlement.abi.Pack("splitConfig")
}

// SplitConfigOutput serves as a container for the return parameters of contract
// method SplitConfig.
type SplitConfigOutput struct {
	BetaBps        uint16
	GammaBps       uint16
	PlatformFee    *big.Int
	RequestTimeout uint64
}

// UnpackSplitConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16a1614b.
//
// Solidity: function splitConfig() view returns(uint16 betaBps, uint16 gammaBps, uint128 platformFee, uint64 requestTimeout)
func (openProofSettlement *OpenProofSettlement) UnpackSplitConfig(data []byte) (SplitConfigOutput, error) {
	out, err := openProofSettlement.abi.Unpack("splitConfig", data)
	outstruct := new(SplitConfigOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BetaBps = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.GammaBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.PlatformFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.RequestTimeout = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackStakingPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c56ae3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingPool() view returns(address)
func (openProofSettlement *OpenProofSettlement) PackStakingPool() []byte {
	enc, err := openProofSettlement.abi.Pack("stakingPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c56ae3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingPool() view returns(address)
func (openProofSettlement *OpenProofSettlement) TryPackStakingPool() ([]byte, error) {
	return openProofSettlement.abi.Pack("stakingPool")
}

// UnpackStakingPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (openProofSettlement *OpenProofSettlement) UnpackStakingPool(data []byte) (common.Address, error) {
	out, err := openProofSettlement.abi.Unpack("stakingPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openProofSettlement *OpenProofSettlement) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := openProofSettlement.abi.Pack("supportsInterface", interfaceId)
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
func (openProofSettlement *OpenProofSettlement) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return openProofSettlement.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openProofSettlement *OpenProofSettlement) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := openProofSettlement.abi.Unpack("supportsInterface", data)
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
func (openProofSettlement *OpenProofSettlement) PackToken() []byte {
	enc, err := openProofSettlement.abi.Pack("token")
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
func (openProofSettlement *OpenProofSettlement) TryPackToken() ([]byte, error) {
	return openProofSettlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (openProofSettlement *OpenProofSettlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := openProofSettlement.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431400e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAdapter(uint256 commitment, address to) returns()
func (openProofSettlement *OpenProofSettlement) PackTransferAdapter(commitment *big.Int, to common.Address) []byte {
	enc, err := openProofSettlement.abi.Pack("transferAdapter", commitment, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431400e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAdapter(uint256 commitment, address to) returns()
func (openProofSettlement *OpenProofSettlement) TryPackTransferAdapter(commitment *big.Int, to common.Address) ([]byte, error) {
	return openProofSettlement.abi.Pack("transferAdapter", commitment, to)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (openProofSettlement *OpenProofSettlement) PackTreasury() []byte {
	enc, err := openProofSettlement.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (openProofSettlement *OpenProofSettlement) TryPackTreasury() ([]byte, error) {
	return openProofSettlement.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (openProofSettlement *OpenProofSettlement) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := openProofSettlement.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (openProofSettlement *OpenProofSettlement) PackUnpause() []byte {
	enc, err := openProofSettlement.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (openProofSettlement *OpenProofSettlement) TryPackUnpause() ([]byte, error) {
	return openProofSettlement.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (openProofSettlement *OpenProofSettlement) PackWithdraw() []byte {
	enc, err := openProofSettlement.abi.Pack("withdraw")
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
func (openProofSettlement *OpenProofSettlement) TryPackWithdraw() ([]byte, error) {
	return openProofSettlement.abi.Pack("withdraw")
}

// PackWithdrawContributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7341c44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawContributor(uint256 root, uint256 index) returns()
func (openProofSettlement *OpenProofSettlement) PackWithdrawContributor(root *big.Int, index *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("withdrawContributor", root, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawContributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7341c44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawContributor(uint256 root, uint256 index) returns()
func (openProofSettlement *OpenProofSettlement) TryPackWithdrawContributor(root *big.Int, index *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("withdrawContributor", root, index)
}

// PackWithdrawEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x876512d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEscrow(uint256 amount) returns()
func (openProofSettlement *OpenProofSettlement) PackWithdrawEscrow(amount *big.Int) []byte {
	enc, err := openProofSettlement.abi.Pack("withdrawEscrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x876512d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEscrow(uint256 amount) returns()
func (openProofSettlement *OpenProofSettlement) TryPackWithdrawEscrow(amount *big.Int) ([]byte, error) {
	return openProofSettlement.abi.Pack("withdrawEscrow", amount)
}

// OpenProofSettlementAdapterActiveSet represents a AdapterActiveSet event raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterActiveSet struct {
	Commitment *big.Int
	Active     bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementAdapterActiveSetEventName = "AdapterActiveSet"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementAdapterActiveSet) ContractEventName() string {
	return OpenProofSettlementAdapterActiveSetEventName
}

// UnpackAdapterActiveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdapterActiveSet(uint256 indexed commitment, bool active)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterActiveSetEvent(log *types.Log) (*OpenProofSettlementAdapterActiveSet, error) {
	event := "AdapterActiveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementAdapterActiveSet)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementAdapterRegistered represents a AdapterRegistered event raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterRegistered struct {
	Commitment  *big.Int
	Owner       common.Address
	CircuitId   uint32
	RIn         *big.Int
	ROut        *big.Int
	DatanetRoot *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementAdapterRegisteredEventName = "AdapterRegistered"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementAdapterRegistered) ContractEventName() string {
	return OpenProofSettlementAdapterRegisteredEventName
}

// UnpackAdapterRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdapterRegistered(uint256 indexed commitment, address indexed owner, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterRegisteredEvent(log *types.Log) (*OpenProofSettlementAdapterRegistered, error) {
	event := "AdapterRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementAdapterRegistered)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementAdapterTermsSet represents a AdapterTermsSet event raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterTermsSet struct {
	Commitment *big.Int
	RIn        *big.Int
	ROut       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementAdapterTermsSetEventName = "AdapterTermsSet"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementAdapterTermsSet) ContractEventName() string {
	return OpenProofSettlementAdapterTermsSetEventName
}

// UnpackAdapterTermsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdapterTermsSet(uint256 indexed commitment, uint128 rIn, uint128 rOut)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterTermsSetEvent(log *types.Log) (*OpenProofSettlementAdapterTermsSet, error) {
	event := "AdapterTermsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementAdapterTermsSet)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementAdapterTransferred represents a AdapterTransferred event raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterTransferred struct {
	Commitment *big.Int
	From       common.Address
	To         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementAdapterTransferredEventName = "AdapterTransferred"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementAdapterTransferred) ContractEventName() string {
	return OpenProofSettlementAdapterTransferredEventName
}

// UnpackAdapterTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdapterTransferred(uint256 indexed commitment, address indexed from, address indexed to)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterTransferredEvent(log *types.Log) (*OpenProofSettlementAdapterTransferred, error) {
	event := "AdapterTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementAdapterTransferred)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementCircuitActiveSet represents a CircuitActiveSet event raised by the OpenProofSettlement contract.
type OpenProofSettlementCircuitActiveSet struct {
	CircuitId uint32
	Active    bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementCircuitActiveSetEventName = "CircuitActiveSet"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementCircuitActiveSet) ContractEventName() string {
	return OpenProofSettlementCircuitActiveSetEventName
}

// UnpackCircuitActiveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CircuitActiveSet(uint32 indexed circuitId, bool active)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitActiveSetEvent(log *types.Log) (*OpenProofSettlementCircuitActiveSet, error) {
	event := "CircuitActiveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementCircuitActiveSet)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementCircuitRegistered represents a CircuitRegistered event raised by the OpenProofSettlement contract.
type OpenProofSettlementCircuitRegistered struct {
	CircuitId   uint32
	ModelDigest *big.Int
	Config      OpenProofSettlementCircuitConfig
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementCircuitRegisteredEventName = "CircuitRegistered"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementCircuitRegistered) ContractEventName() string {
	return OpenProofSettlementCircuitRegisteredEventName
}

// UnpackCircuitRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CircuitRegistered(uint32 indexed circuitId, uint256 indexed modelDigest, (uint256,address,uint8,uint8,bytes32,bytes32,address) config)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitRegisteredEvent(log *types.Log) (*OpenProofSettlementCircuitRegistered, error) {
	event := "CircuitRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementCircuitRegistered)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementContributorWithdrawn represents a ContributorWithdrawn event raised by the OpenProofSettlement contract.
type OpenProofSettlementContributorWithdrawn struct {
	Root   *big.Int
	Index  *big.Int
	Payout common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementContributorWithdrawnEventName = "ContributorWithdrawn"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementContributorWithdrawn) ContractEventName() string {
	return OpenProofSettlementContributorWithdrawnEventName
}

// UnpackContributorWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributorWithdrawn(uint256 indexed root, uint256 indexed index, address indexed payout, uint256 amount)
func (openProofSettlement *OpenProofSettlement) UnpackContributorWithdrawnEvent(log *types.Log) (*OpenProofSettlementContributorWithdrawn, error) {
	event := "ContributorWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementContributorWithdrawn)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementContributorsCredited represents a ContributorsCredited event raised by the OpenProofSettlement contract.
type OpenProofSettlementContributorsCredited struct {
	Key         [32]byte
	DatanetRoot *big.Int
	Indices     []uint32
	Amounts     []*big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementContributorsCreditedEventName = "ContributorsCredited"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementContributorsCredited) ContractEventName() string {
	return OpenProofSettlementContributorsCreditedEventName
}

// UnpackContributorsCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributorsCredited(bytes32 indexed key, uint256 indexed datanetRoot, uint32[] indices, uint256[] amounts)
func (openProofSettlement *OpenProofSettlement) UnpackContributorsCreditedEvent(log *types.Log) (*OpenProofSettlementContributorsCredited, error) {
	event := "ContributorsCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementContributorsCredited)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementDatanetRegistered represents a DatanetRegistered event raised by the OpenProofSettlement contract.
type OpenProofSettlementDatanetRegistered struct {
	Root    *big.Int
	Owner   common.Address
	Payouts []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementDatanetRegisteredEventName = "DatanetRegistered"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementDatanetRegistered) ContractEventName() string {
	return OpenProofSettlementDatanetRegisteredEventName
}

// UnpackDatanetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetRegistered(uint256 indexed root, address indexed owner, address[] payouts)
func (openProofSettlement *OpenProofSettlement) UnpackDatanetRegisteredEvent(log *types.Log) (*OpenProofSettlementDatanetRegistered, error) {
	event := "DatanetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementDatanetRegistered)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementDeposited represents a Deposited event raised by the OpenProofSettlement contract.
type OpenProofSettlementDeposited struct {
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementDeposited) ContractEventName() string {
	return OpenProofSettlementDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed requester, uint256 amount)
func (openProofSettlement *OpenProofSettlement) UnpackDepositedEvent(log *types.Log) (*OpenProofSettlementDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementDeposited)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementEscrowWithdrawn represents a EscrowWithdrawn event raised by the OpenProofSettlement contract.
type OpenProofSettlementEscrowWithdrawn struct {
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementEscrowWithdrawn) ContractEventName() string {
	return OpenProofSettlementEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(address indexed requester, uint256 amount)
func (openProofSettlement *OpenProofSettlement) UnpackEscrowWithdrawnEvent(log *types.Log) (*OpenProofSettlementEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementModelActiveSet represents a ModelActiveSet event raised by the OpenProofSettlement contract.
type OpenProofSettlementModelActiveSet struct {
	ModelDigest *big.Int
	Active      bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementModelActiveSetEventName = "ModelActiveSet"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementModelActiveSet) ContractEventName() string {
	return OpenProofSettlementModelActiveSetEventName
}

// UnpackModelActiveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelActiveSet(uint256 indexed modelDigest, bool active)
func (openProofSettlement *OpenProofSettlement) UnpackModelActiveSetEvent(log *types.Log) (*OpenProofSettlementModelActiveSet, error) {
	event := "ModelActiveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementModelActiveSet)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementModelRegistered represents a ModelRegistered event raised by the OpenProofSettlement contract.
type OpenProofSettlementModelRegistered struct {
	ModelDigest *big.Int
	TokensIn    uint32
	TokensOut   uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementModelRegistered) ContractEventName() string {
	return OpenProofSettlementModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelDigest, uint32 tokensIn, uint32 tokensOut)
func (openProofSettlement *OpenProofSettlement) UnpackModelRegisteredEvent(log *types.Log) (*OpenProofSettlementModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementModelRegistered)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementPaused represents a Paused event raised by the OpenProofSettlement contract.
type OpenProofSettlementPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementPaused) ContractEventName() string {
	return OpenProofSettlementPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (openProofSettlement *OpenProofSettlement) UnpackPausedEvent(log *types.Log) (*OpenProofSettlementPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementPaused)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementPayeesConfigured represents a PayeesConfigured event raised by the OpenProofSettlement contract.
type OpenProofSettlementPayeesConfigured struct {
	Treasury    common.Address
	StakingPool common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementPayeesConfiguredEventName = "PayeesConfigured"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementPayeesConfigured) ContractEventName() string {
	return OpenProofSettlementPayeesConfiguredEventName
}

// UnpackPayeesConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayeesConfigured(address treasury, address stakingPool)
func (openProofSettlement *OpenProofSettlement) UnpackPayeesConfiguredEvent(log *types.Log) (*OpenProofSettlementPayeesConfigured, error) {
	event := "PayeesConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementPayeesConfigured)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementPayoutChanged represents a PayoutChanged event raised by the OpenProofSettlement contract.
type OpenProofSettlementPayoutChanged struct {
	Root  *big.Int
	Index *big.Int
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementPayoutChangedEventName = "PayoutChanged"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementPayoutChanged) ContractEventName() string {
	return OpenProofSettlementPayoutChangedEventName
}

// UnpackPayoutChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutChanged(uint256 indexed root, uint256 indexed index, address from, address to)
func (openProofSettlement *OpenProofSettlement) UnpackPayoutChangedEvent(log *types.Log) (*OpenProofSettlementPayoutChanged, error) {
	event := "PayoutChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementPayoutChanged)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementRequestCancelled represents a RequestCancelled event raised by the OpenProofSettlement contract.
type OpenProofSettlementRequestCancelled struct {
	Key       [32]byte
	Requester common.Address
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementRequestCancelledEventName = "RequestCancelled"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementRequestCancelled) ContractEventName() string {
	return OpenProofSettlementRequestCancelledEventName
}

// UnpackRequestCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCancelled(bytes32 indexed key, address indexed requester, uint256 refund)
func (openProofSettlement *OpenProofSettlement) UnpackRequestCancelledEvent(log *types.Log) (*OpenProofSettlementRequestCancelled, error) {
	event := "RequestCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementRequestCancelled)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementRequestOpened represents a RequestOpened event raised by the OpenProofSettlement contract.
type OpenProofSettlementRequestOpened struct {
	Key               [32]byte
	Requester         common.Address
	ModelDigest       *big.Int
	AdapterCommitment *big.Int
	InputDigest       *big.Int
	MaxFee            *big.Int
	ExpiresAt         uint64
	Raw               *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementRequestOpenedEventName = "RequestOpened"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementRequestOpened) ContractEventName() string {
	return OpenProofSettlementRequestOpenedEventName
}

// UnpackRequestOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestOpened(bytes32 indexed key, address indexed requester, uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee, uint64 expiresAt)
func (openProofSettlement *OpenProofSettlement) UnpackRequestOpenedEvent(log *types.Log) (*OpenProofSettlementRequestOpened, error) {
	event := "RequestOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementRequestOpened)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementRoleAdminChanged represents a RoleAdminChanged event raised by the OpenProofSettlement contract.
type OpenProofSettlementRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementRoleAdminChanged) ContractEventName() string {
	return OpenProofSettlementRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (openProofSettlement *OpenProofSettlement) UnpackRoleAdminChangedEvent(log *types.Log) (*OpenProofSettlementRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementRoleGranted represents a RoleGranted event raised by the OpenProofSettlement contract.
type OpenProofSettlementRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementRoleGranted) ContractEventName() string {
	return OpenProofSettlementRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (openProofSettlement *OpenProofSettlement) UnpackRoleGrantedEvent(log *types.Log) (*OpenProofSettlementRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementRoleGranted)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementRoleRevoked represents a RoleRevoked event raised by the OpenProofSettlement contract.
type OpenProofSettlementRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementRoleRevoked) ContractEventName() string {
	return OpenProofSettlementRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (openProofSettlement *OpenProofSettlement) UnpackRoleRevokedEvent(log *types.Log) (*OpenProofSettlementRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementRoleRevoked)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementSettled represents a Settled event raised by the OpenProofSettlement contract.
type OpenProofSettlementSettled struct {
	Key            [32]byte
	StatementHash  [32]byte
	Requester      common.Address
	OutputDigest   *big.Int
	Fee            *big.Int
	Refund         *big.Int
	Owner          common.Address
	OwnerAmount    *big.Int
	StakingPool    common.Address
	StakersAmount  *big.Int
	Treasury       common.Address
	PlatformAmount *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementSettled) ContractEventName() string {
	return OpenProofSettlementSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(bytes32 indexed key, bytes32 indexed statementHash, address indexed requester, uint256 outputDigest, uint256 fee, uint256 refund, address owner, uint256 ownerAmount, address stakingPool, uint256 stakersAmount, address treasury, uint256 platformAmount)
func (openProofSettlement *OpenProofSettlement) UnpackSettledEvent(log *types.Log) (*OpenProofSettlementSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementSettled)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementSplitConfigured represents a SplitConfigured event raised by the OpenProofSettlement contract.
type OpenProofSettlementSplitConfigured struct {
	BetaBps        uint16
	GammaBps       uint16
	PlatformFee    *big.Int
	RequestTimeout uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementSplitConfiguredEventName = "SplitConfigured"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementSplitConfigured) ContractEventName() string {
	return OpenProofSettlementSplitConfiguredEventName
}

// UnpackSplitConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SplitConfigured(uint16 betaBps, uint16 gammaBps, uint128 platformFee, uint64 requestTimeout)
func (openProofSettlement *OpenProofSettlement) UnpackSplitConfiguredEvent(log *types.Log) (*OpenProofSettlementSplitConfigured, error) {
	event := "SplitConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementSplitConfigured)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementUnpaused represents a Unpaused event raised by the OpenProofSettlement contract.
type OpenProofSettlementUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementUnpaused) ContractEventName() string {
	return OpenProofSettlementUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (openProofSettlement *OpenProofSettlement) UnpackUnpausedEvent(log *types.Log) (*OpenProofSettlementUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementUnpaused)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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

// OpenProofSettlementWithdrawn represents a Withdrawn event raised by the OpenProofSettlement contract.
type OpenProofSettlementWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OpenProofSettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (OpenProofSettlementWithdrawn) ContractEventName() string {
	return OpenProofSettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (openProofSettlement *OpenProofSettlement) UnpackWithdrawnEvent(log *types.Log) (*OpenProofSettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openProofSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenProofSettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := openProofSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openProofSettlement.abi.Events[event].Inputs {
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
func (openProofSettlement *OpenProofSettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AdapterAlreadyRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAdapterAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AdapterInactive"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAdapterInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AdapterNotRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAdapterNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["AttributionMismatch"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackAttributionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["CircuitInactive"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackCircuitInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["CircuitNotRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackCircuitNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["DatanetAlreadyRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackDatanetAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["DatanetInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackDatanetInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["DatanetMismatch"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackDatanetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["DatanetNotRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackDatanetNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ModelAlreadyRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackModelAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ModelInactive"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ModelMismatch"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackModelMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ModelNotRegistered"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackModelNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["NotAdapterOwner"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackNotAdapterOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["NotPayoutAddress"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackNotPayoutAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["PublicInputIndexInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackPublicInputIndexInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["RequestExists"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackRequestExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["RequestNotExpired"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackRequestNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["RequestNotOpen"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackRequestNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["SplitInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackSplitInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["StatementAlreadySettled"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackStatementAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["VerifierMismatch"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackVerifierMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["WeightsInvalid"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackWeightsInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["WeightsUnbound"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackWeightsUnboundError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], openProofSettlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return openProofSettlement.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenProofSettlementAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the OpenProofSettlement contract.
type OpenProofSettlementAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func OpenProofSettlementAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (openProofSettlement *OpenProofSettlement) UnpackAccessControlBadConfirmationError(raw []byte) (*OpenProofSettlementAccessControlBadConfirmation, error) {
	out := new(OpenProofSettlementAccessControlBadConfirmation)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the OpenProofSettlement contract.
type OpenProofSettlementAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func OpenProofSettlementAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (openProofSettlement *OpenProofSettlement) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*OpenProofSettlementAccessControlUnauthorizedAccount, error) {
	out := new(OpenProofSettlementAccessControlUnauthorizedAccount)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementAdapterAlreadyRegistered represents a AdapterAlreadyRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterAlreadyRegistered struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdapterAlreadyRegistered(uint256 commitment)
func OpenProofSettlementAdapterAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x23fbb1ce22c566010d5b491b342488bb6ac7d9708dbd5e988e5ea64f16d19741")
}

// UnpackAdapterAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdapterAlreadyRegistered(uint256 commitment)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterAlreadyRegisteredError(raw []byte) (*OpenProofSettlementAdapterAlreadyRegistered, error) {
	out := new(OpenProofSettlementAdapterAlreadyRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AdapterAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementAdapterInactive represents a AdapterInactive error raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterInactive struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdapterInactive(uint256 commitment)
func OpenProofSettlementAdapterInactiveErrorID() common.Hash {
	return common.HexToHash("0x6c76912cd217607024d9cf214263c88447b7469d414464a8c99cbda1ee9b3fb8")
}

// UnpackAdapterInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdapterInactive(uint256 commitment)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterInactiveError(raw []byte) (*OpenProofSettlementAdapterInactive, error) {
	out := new(OpenProofSettlementAdapterInactive)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AdapterInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementAdapterNotRegistered represents a AdapterNotRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementAdapterNotRegistered struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdapterNotRegistered(uint256 commitment)
func OpenProofSettlementAdapterNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xe1e9bce587dfe1092f4ed316dcf6f417b58aedf20105d4e9797b6c1a1a42e323")
}

// UnpackAdapterNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdapterNotRegistered(uint256 commitment)
func (openProofSettlement *OpenProofSettlement) UnpackAdapterNotRegisteredError(raw []byte) (*OpenProofSettlementAdapterNotRegistered, error) {
	out := new(OpenProofSettlementAdapterNotRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AdapterNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementAttributionMismatch represents a AttributionMismatch error raised by the OpenProofSettlement contract.
type OpenProofSettlementAttributionMismatch struct {
	Proven   *big.Int
	Computed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttributionMismatch(uint256 proven, uint256 computed)
func OpenProofSettlementAttributionMismatchErrorID() common.Hash {
	return common.HexToHash("0x2ba8d293c5b7ad0dd13e64047274e1502c114eef9f8d57fcbaec3821cad3b2e7")
}

// UnpackAttributionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttributionMismatch(uint256 proven, uint256 computed)
func (openProofSettlement *OpenProofSettlement) UnpackAttributionMismatchError(raw []byte) (*OpenProofSettlementAttributionMismatch, error) {
	out := new(OpenProofSettlementAttributionMismatch)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "AttributionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementCircuitInactive represents a CircuitInactive error raised by the OpenProofSettlement contract.
type OpenProofSettlementCircuitInactive struct {
	CircuitId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CircuitInactive(uint32 circuitId)
func OpenProofSettlementCircuitInactiveErrorID() common.Hash {
	return common.HexToHash("0x05977e884dd2df1a5cead0a39cf9a152c12d4b34bd22c8a0042c16bd5bbf0cdc")
}

// UnpackCircuitInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CircuitInactive(uint32 circuitId)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitInactiveError(raw []byte) (*OpenProofSettlementCircuitInactive, error) {
	out := new(OpenProofSettlementCircuitInactive)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "CircuitInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementCircuitNotRegistered represents a CircuitNotRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementCircuitNotRegistered struct {
	CircuitId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CircuitNotRegistered(uint32 circuitId)
func OpenProofSettlementCircuitNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x7fc70985688d5e5b1f9a68c5e4782f98f76cfc2baf04a882830e599fca20d337")
}

// UnpackCircuitNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CircuitNotRegistered(uint32 circuitId)
func (openProofSettlement *OpenProofSettlement) UnpackCircuitNotRegisteredError(raw []byte) (*OpenProofSettlementCircuitNotRegistered, error) {
	out := new(OpenProofSettlementCircuitNotRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "CircuitNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementDatanetAlreadyRegistered represents a DatanetAlreadyRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementDatanetAlreadyRegistered struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetAlreadyRegistered(uint256 root)
func OpenProofSettlementDatanetAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x32abdd39c06c33f0ff5ef7800fb32fdd364667549091fbf95c106616aa768d2b")
}

// UnpackDatanetAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetAlreadyRegistered(uint256 root)
func (openProofSettlement *OpenProofSettlement) UnpackDatanetAlreadyRegisteredError(raw []byte) (*OpenProofSettlementDatanetAlreadyRegistered, error) {
	out := new(OpenProofSettlementDatanetAlreadyRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "DatanetAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementDatanetInvalid represents a DatanetInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementDatanetInvalid struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetInvalid(uint256 root)
func OpenProofSettlementDatanetInvalidErrorID() common.Hash {
	return common.HexToHash("0xb5ff8ee275bea8d8203c686c32ba25fdbee4f6f96531bbe8b85e30e51c669337")
}

// UnpackDatanetInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetInvalid(uint256 root)
func (openProofSettlement *OpenProofSettlement) UnpackDatanetInvalidError(raw []byte) (*OpenProofSettlementDatanetInvalid, error) {
	out := new(OpenProofSettlementDatanetInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "DatanetInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementDatanetMismatch represents a DatanetMismatch error raised by the OpenProofSettlement contract.
type OpenProofSettlementDatanetMismatch struct {
	Proven     *big.Int
	Registered *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetMismatch(uint256 proven, uint256 registered)
func OpenProofSettlementDatanetMismatchErrorID() common.Hash {
	return common.HexToHash("0x2bbdf59f551f540f72d8297571da993d8e952139110b5f747e750618e3c3cdfb")
}

// UnpackDatanetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetMismatch(uint256 proven, uint256 registered)
func (openProofSettlement *OpenProofSettlement) UnpackDatanetMismatchError(raw []byte) (*OpenProofSettlementDatanetMismatch, error) {
	out := new(OpenProofSettlementDatanetMismatch)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "DatanetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementDatanetNotRegistered represents a DatanetNotRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementDatanetNotRegistered struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetNotRegistered(uint256 root)
func OpenProofSettlementDatanetNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x1f1c09523ce6dd9dca61ea07d2fdc65f1b1afd490122a67df87d604a28cf7fa6")
}

// UnpackDatanetNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetNotRegistered(uint256 root)
func (openProofSettlement *OpenProofSettlement) UnpackDatanetNotRegisteredError(raw []byte) (*OpenProofSettlementDatanetNotRegistered, error) {
	out := new(OpenProofSettlementDatanetNotRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "DatanetNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementEnforcedPause represents a EnforcedPause error raised by the OpenProofSettlement contract.
type OpenProofSettlementEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func OpenProofSettlementEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (openProofSettlement *OpenProofSettlement) UnpackEnforcedPauseError(raw []byte) (*OpenProofSettlementEnforcedPause, error) {
	out := new(OpenProofSettlementEnforcedPause)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementExpectedPause represents a ExpectedPause error raised by the OpenProofSettlement contract.
type OpenProofSettlementExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func OpenProofSettlementExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (openProofSettlement *OpenProofSettlement) UnpackExpectedPauseError(raw []byte) (*OpenProofSettlementExpectedPause, error) {
	out := new(OpenProofSettlementExpectedPause)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementFailedCall represents a FailedCall error raised by the OpenProofSettlement contract.
type OpenProofSettlementFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func OpenProofSettlementFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (openProofSettlement *OpenProofSettlement) UnpackFailedCallError(raw []byte) (*OpenProofSettlementFailedCall, error) {
	out := new(OpenProofSettlementFailedCall)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementInsufficientBalance represents a InsufficientBalance error raised by the OpenProofSettlement contract.
type OpenProofSettlementInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func OpenProofSettlementInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (openProofSettlement *OpenProofSettlement) UnpackInsufficientBalanceError(raw []byte) (*OpenProofSettlementInsufficientBalance, error) {
	out := new(OpenProofSettlementInsufficientBalance)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementInsufficientEscrow represents a InsufficientEscrow error raised by the OpenProofSettlement contract.
type OpenProofSettlementInsufficientEscrow struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 available, uint256 needed)
func OpenProofSettlementInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xc0710ec85093bc42a85790b3e7960a058f1e6b21003b2de03ec7502e28018cd1")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 available, uint256 needed)
func (openProofSettlement *OpenProofSettlement) UnpackInsufficientEscrowError(raw []byte) (*OpenProofSettlementInsufficientEscrow, error) {
	out := new(OpenProofSettlementInsufficientEscrow)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementModelAlreadyRegistered represents a ModelAlreadyRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementModelAlreadyRegistered struct {
	ModelDigest *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelAlreadyRegistered(uint256 modelDigest)
func OpenProofSettlementModelAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xb4065cb6d533b6d4892019c1ade60250b49eacf3247b8132eae27ceb4567f435")
}

// UnpackModelAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelAlreadyRegistered(uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) UnpackModelAlreadyRegisteredError(raw []byte) (*OpenProofSettlementModelAlreadyRegistered, error) {
	out := new(OpenProofSettlementModelAlreadyRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ModelAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementModelInactive represents a ModelInactive error raised by the OpenProofSettlement contract.
type OpenProofSettlementModelInactive struct {
	ModelDigest *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelInactive(uint256 modelDigest)
func OpenProofSettlementModelInactiveErrorID() common.Hash {
	return common.HexToHash("0x2e910a624e5962e8448c9ece639b625ec6a27b10accc1313c4348ff7e61f42a3")
}

// UnpackModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelInactive(uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) UnpackModelInactiveError(raw []byte) (*OpenProofSettlementModelInactive, error) {
	out := new(OpenProofSettlementModelInactive)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementModelMismatch represents a ModelMismatch error raised by the OpenProofSettlement contract.
type OpenProofSettlementModelMismatch struct {
	Proven       *big.Int
	CircuitModel *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelMismatch(uint256 proven, uint256 circuitModel)
func OpenProofSettlementModelMismatchErrorID() common.Hash {
	return common.HexToHash("0x3f3fd74682a604da5dcac5baba9e4d767fd6e2868ad116ceffd79bbbebebdf87")
}

// UnpackModelMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelMismatch(uint256 proven, uint256 circuitModel)
func (openProofSettlement *OpenProofSettlement) UnpackModelMismatchError(raw []byte) (*OpenProofSettlementModelMismatch, error) {
	out := new(OpenProofSettlementModelMismatch)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ModelMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementModelNotRegistered represents a ModelNotRegistered error raised by the OpenProofSettlement contract.
type OpenProofSettlementModelNotRegistered struct {
	ModelDigest *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotRegistered(uint256 modelDigest)
func OpenProofSettlementModelNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x735218729741ff1546838ffa85c9936f7f8631101d133fec4fac20069e3e778c")
}

// UnpackModelNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotRegistered(uint256 modelDigest)
func (openProofSettlement *OpenProofSettlement) UnpackModelNotRegisteredError(raw []byte) (*OpenProofSettlementModelNotRegistered, error) {
	out := new(OpenProofSettlementModelNotRegistered)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ModelNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementNotAdapterOwner represents a NotAdapterOwner error raised by the OpenProofSettlement contract.
type OpenProofSettlementNotAdapterOwner struct {
	Commitment *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdapterOwner(uint256 commitment, address caller)
func OpenProofSettlementNotAdapterOwnerErrorID() common.Hash {
	return common.HexToHash("0x06814aef4a992571b15f55fc0f14b8bae8a5b0eb1f19faab2b669e44d317508c")
}

// UnpackNotAdapterOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdapterOwner(uint256 commitment, address caller)
func (openProofSettlement *OpenProofSettlement) UnpackNotAdapterOwnerError(raw []byte) (*OpenProofSettlementNotAdapterOwner, error) {
	out := new(OpenProofSettlementNotAdapterOwner)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "NotAdapterOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementNotPayoutAddress represents a NotPayoutAddress error raised by the OpenProofSettlement contract.
type OpenProofSettlementNotPayoutAddress struct {
	Root   *big.Int
	Index  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPayoutAddress(uint256 root, uint256 index, address caller)
func OpenProofSettlementNotPayoutAddressErrorID() common.Hash {
	return common.HexToHash("0x04ca454c3cca710f543b9735216e926c4f35b0bcae0aa1807cfbdb030394b7ad")
}

// UnpackNotPayoutAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPayoutAddress(uint256 root, uint256 index, address caller)
func (openProofSettlement *OpenProofSettlement) UnpackNotPayoutAddressError(raw []byte) (*OpenProofSettlementNotPayoutAddress, error) {
	out := new(OpenProofSettlementNotPayoutAddress)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "NotPayoutAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementNotRequester represents a NotRequester error raised by the OpenProofSettlement contract.
type OpenProofSettlementNotRequester struct {
	Key    [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(bytes32 key, address caller)
func OpenProofSettlementNotRequesterErrorID() common.Hash {
	return common.HexToHash("0xada9265355a388e8b54b75923bac49d7e900d570feba64605200e9889f820f5c")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(bytes32 key, address caller)
func (openProofSettlement *OpenProofSettlement) UnpackNotRequesterError(raw []byte) (*OpenProofSettlementNotRequester, error) {
	out := new(OpenProofSettlementNotRequester)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementNothingToWithdraw represents a NothingToWithdraw error raised by the OpenProofSettlement contract.
type OpenProofSettlementNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func OpenProofSettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (openProofSettlement *OpenProofSettlement) UnpackNothingToWithdrawError(raw []byte) (*OpenProofSettlementNothingToWithdraw, error) {
	out := new(OpenProofSettlementNothingToWithdraw)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementProofInvalid represents a ProofInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func OpenProofSettlementProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (openProofSettlement *OpenProofSettlement) UnpackProofInvalidError(raw []byte) (*OpenProofSettlementProofInvalid, error) {
	out := new(OpenProofSettlementProofInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func OpenProofSettlementPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (openProofSettlement *OpenProofSettlement) UnpackPublicInputCountInvalidError(raw []byte) (*OpenProofSettlementPublicInputCountInvalid, error) {
	out := new(OpenProofSettlementPublicInputCountInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementPublicInputIndexInvalid represents a PublicInputIndexInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementPublicInputIndexInvalid struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputIndexInvalid(uint256 index)
func OpenProofSettlementPublicInputIndexInvalidErrorID() common.Hash {
	return common.HexToHash("0x55614b1ff05ffae84075d7aaa8f127025b0d04b9319c5a78235d8ba84172024b")
}

// UnpackPublicInputIndexInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputIndexInvalid(uint256 index)
func (openProofSettlement *OpenProofSettlement) UnpackPublicInputIndexInvalidError(raw []byte) (*OpenProofSettlementPublicInputIndexInvalid, error) {
	out := new(OpenProofSettlementPublicInputIndexInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "PublicInputIndexInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the OpenProofSettlement contract.
type OpenProofSettlementReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func OpenProofSettlementReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (openProofSettlement *OpenProofSettlement) UnpackReentrancyGuardReentrantCallError(raw []byte) (*OpenProofSettlementReentrancyGuardReentrantCall, error) {
	out := new(OpenProofSettlementReentrancyGuardReentrantCall)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementRequestExists represents a RequestExists error raised by the OpenProofSettlement contract.
type OpenProofSettlementRequestExists struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExists(bytes32 key)
func OpenProofSettlementRequestExistsErrorID() common.Hash {
	return common.HexToHash("0xa4a99c616d02e5fa46d76c49d9c2b5b27f0113bffe42915cbd5fac4371c3f97f")
}

// UnpackRequestExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExists(bytes32 key)
func (openProofSettlement *OpenProofSettlement) UnpackRequestExistsError(raw []byte) (*OpenProofSettlementRequestExists, error) {
	out := new(OpenProofSettlementRequestExists)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "RequestExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementRequestNotExpired represents a RequestNotExpired error raised by the OpenProofSettlement contract.
type OpenProofSettlementRequestNotExpired struct {
	Key       [32]byte
	ExpiresAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotExpired(bytes32 key, uint256 expiresAt)
func OpenProofSettlementRequestNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x538c833633d18e3e08c33be9f28c46a4952320601b2a9de5d5841e1e63ad3485")
}

// UnpackRequestNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotExpired(bytes32 key, uint256 expiresAt)
func (openProofSettlement *OpenProofSettlement) UnpackRequestNotExpiredError(raw []byte) (*OpenProofSettlementRequestNotExpired, error) {
	out := new(OpenProofSettlementRequestNotExpired)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "RequestNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementRequestNotOpen represents a RequestNotOpen error raised by the OpenProofSettlement contract.
type OpenProofSettlementRequestNotOpen struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotOpen(bytes32 key)
func OpenProofSettlementRequestNotOpenErrorID() common.Hash {
	return common.HexToHash("0xc99a51a5b8d32b90fdf7c9142f19968335904ef4f623d87c2d2737247b63cea5")
}

// UnpackRequestNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotOpen(bytes32 key)
func (openProofSettlement *OpenProofSettlement) UnpackRequestNotOpenError(raw []byte) (*OpenProofSettlementRequestNotOpen, error) {
	out := new(OpenProofSettlementRequestNotOpen)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "RequestNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the OpenProofSettlement contract.
type OpenProofSettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func OpenProofSettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (openProofSettlement *OpenProofSettlement) UnpackSafeERC20FailedOperationError(raw []byte) (*OpenProofSettlementSafeERC20FailedOperation, error) {
	out := new(OpenProofSettlementSafeERC20FailedOperation)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementSplitInvalid represents a SplitInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementSplitInvalid struct {
	BetaBps  *big.Int
	GammaBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitInvalid(uint256 betaBps, uint256 gammaBps)
func OpenProofSettlementSplitInvalidErrorID() common.Hash {
	return common.HexToHash("0x32406b63f8b669b6868c2704c78a1c6a6049b1b9604c0755dac2801bf32d8d76")
}

// UnpackSplitInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitInvalid(uint256 betaBps, uint256 gammaBps)
func (openProofSettlement *OpenProofSettlement) UnpackSplitInvalidError(raw []byte) (*OpenProofSettlementSplitInvalid, error) {
	out := new(OpenProofSettlementSplitInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "SplitInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementStatementAlreadySettled represents a StatementAlreadySettled error raised by the OpenProofSettlement contract.
type OpenProofSettlementStatementAlreadySettled struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StatementAlreadySettled(bytes32 key)
func OpenProofSettlementStatementAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x3a1883aa52fa97a27315ed40729993347dd25344b9a416f1277bf670dd7e70a2")
}

// UnpackStatementAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StatementAlreadySettled(bytes32 key)
func (openProofSettlement *OpenProofSettlement) UnpackStatementAlreadySettledError(raw []byte) (*OpenProofSettlementStatementAlreadySettled, error) {
	out := new(OpenProofSettlementStatementAlreadySettled)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "StatementAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementVerifierMismatch represents a VerifierMismatch error raised by the OpenProofSettlement contract.
type OpenProofSettlementVerifierMismatch struct {
	PublicInputs *big.Int
	VkSha256     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierMismatch(uint256 publicInputs, bytes32 vkSha256)
func OpenProofSettlementVerifierMismatchErrorID() common.Hash {
	return common.HexToHash("0x3749ee8ab2f86dfee11af0b67035a67cbd7e004cecb33bec09f0172b9d8debb4")
}

// UnpackVerifierMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierMismatch(uint256 publicInputs, bytes32 vkSha256)
func (openProofSettlement *OpenProofSettlement) UnpackVerifierMismatchError(raw []byte) (*OpenProofSettlementVerifierMismatch, error) {
	out := new(OpenProofSettlementVerifierMismatch)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "VerifierMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementWeightsInvalid represents a WeightsInvalid error raised by the OpenProofSettlement contract.
type OpenProofSettlementWeightsInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightsInvalid()
func OpenProofSettlementWeightsInvalidErrorID() common.Hash {
	return common.HexToHash("0x124955fbfde6a81bd625c16138929dded5d5e1cf7a0969b70c531156fa3f541e")
}

// UnpackWeightsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightsInvalid()
func (openProofSettlement *OpenProofSettlement) UnpackWeightsInvalidError(raw []byte) (*OpenProofSettlementWeightsInvalid, error) {
	out := new(OpenProofSettlementWeightsInvalid)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "WeightsInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementWeightsUnbound represents a WeightsUnbound error raised by the OpenProofSettlement contract.
type OpenProofSettlementWeightsUnbound struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightsUnbound(address caller)
func OpenProofSettlementWeightsUnboundErrorID() common.Hash {
	return common.HexToHash("0xd215d72015bfb429c20edc6cfa12ce838a2c1d1f4f21406ba5e3c14efdde0693")
}

// UnpackWeightsUnboundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightsUnbound(address caller)
func (openProofSettlement *OpenProofSettlement) UnpackWeightsUnboundError(raw []byte) (*OpenProofSettlementWeightsUnbound, error) {
	out := new(OpenProofSettlementWeightsUnbound)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "WeightsUnbound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementWrongValue represents a WrongValue error raised by the OpenProofSettlement contract.
type OpenProofSettlementWrongValue struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValue(uint256 sent, uint256 expected)
func OpenProofSettlementWrongValueErrorID() common.Hash {
	return common.HexToHash("0x195a3ca12ac3744ef64727effb118b3b203c382e49c7a7d24d450eae5e3b889a")
}

// UnpackWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValue(uint256 sent, uint256 expected)
func (openProofSettlement *OpenProofSettlement) UnpackWrongValueError(raw []byte) (*OpenProofSettlementWrongValue, error) {
	out := new(OpenProofSettlementWrongValue)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenProofSettlementZeroAddress represents a ZeroAddress error raised by the OpenProofSettlement contract.
type OpenProofSettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func OpenProofSettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (openProofSettlement *OpenProofSettlement) UnpackZeroAddressError(raw []byte) (*OpenProofSettlementZeroAddress, error) {
	out := new(OpenProofSettlementZeroAddress)
	if err := openProofSettlement.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimismMintableERC20MetaData contains all meta data concerning the OptimismMintableERC20 contract.
var OptimismMintableERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_bridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_remoteToken\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"_name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"_symbol\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"_decimals\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REMOTE_TOKEN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"remoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"_interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Mint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"}]",
	ID:  "8a70a1e9f263c0783a6acb89cf402845ed",
	Bin: "0x60e06040523480156200001157600080fd5b506040516200178a3803806200178a833981016040819052620000349162000163565b828260036200004483826200029e565b5060046200005382826200029e565b5050506001600160a01b039384166080529390921660a052505060ff1660c0526200036a565b80516001600160a01b03811681146200009157600080fd5b919050565b634e487b7160e01b600052604160045260246000fd5b600082601f830112620000be57600080fd5b81516001600160401b0380821115620000db57620000db62000096565b604051601f8301601f19908116603f0116810190828211818310171562000106576200010662000096565b816040528381526020925086838588010111156200012357600080fd5b600091505b8382101562000147578582018301518183018401529082019062000128565b83821115620001595760008385830101525b9695505050505050565b600080600080600060a086880312156200017c57600080fd5b620001878662000079565b9450620001976020870162000079565b60408701519094506001600160401b0380821115620001b557600080fd5b620001c389838a01620000ac565b94506060880151915080821115620001da57600080fd5b50620001e988828901620000ac565b925050608086015160ff811681146200020157600080fd5b809150509295509295909350565b600181811c908216806200022457607f821691505b6020821081036200024557634e487b7160e01b600052602260045260246000fd5b50919050565b601f8211156200029957600081815260208120601f850160051c81016020861015620002745750805b601f850160051c820191505b81811015620002955782815560010162000280565b5050505b505050565b81516001600160401b03811115620002ba57620002ba62000096565b620002d281620002cb84546200020f565b846200024b565b602080601f8311600181146200030a5760008415620002f15750858301515b600019600386901b1c1916600185901b17855562000295565b600085815260208120601f198616915b828110156200033b578886015182559484019460019091019084016200031a565b50858210156200035a5787850151600019600388901b60f8161c191681555b5050505050600190811b01905550565b60805160a05160c0516113d4620003b6600039600061024401526000818161034b015281816103e001528181610625015261075c0152600081816101a9015261037101526113d46000f3fe608060405234801561001057600080fd5b50600436106101775760003560e01c806370a08231116100d8578063ae1f6aaf1161008c578063dd62ed3e11610066578063dd62ed3e14610395578063e78cea9214610349578063ee9a31a2146103db57600080fd5b8063ae1f6aaf14610349578063c01e1bd61461036f578063d6c0b2c41461036f57600080fd5b80639dc29fac116100bd5780639dc29fac14610310578063a457c2d714610323578063a9059cbb1461033657600080fd5b806370a08231146102d257806395d89b411461030857600080fd5b806323b872dd1161012f5780633950935111610114578063395093511461026e57806340c10f191461028157806354fd4d501461029657600080fd5b806323b872dd1461022a578063313ce5671461023d57600080fd5b806306fdde031161016057806306fdde03146101f0578063095ea7b31461020557806318160ddd1461021857600080fd5b806301ffc9a71461017c578063033964be146101a4575b600080fd5b61018f61018a36600461117d565b610402565b60405190151581526020015b60405180910390f35b6101cb7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161019b565b6101f86104f3565b60405161019b91906111c6565b61018f610213366004611262565b610585565b6002545b60405190815260200161019b565b61018f61023836600461128c565b61059d565b60405160ff7f000000000000000000000000000000000000000000000000000000000000000016815260200161019b565b61018f61027c366004611262565b6105c1565b61029461028f366004611262565b61060d565b005b6101f86040518060400160405280600581526020017f312e332e3000000000000000000000000000000000000000000000000000000081525081565b61021c6102e03660046112c8565b73ffffffffffffffffffffffffffffffffffffffff1660009081526020819052604090205490565b6101f8610735565b61029461031e366004611262565b610744565b61018f610331366004611262565b61085b565b61018f610344366004611262565b61092c565b7f00000000000000000000000000000000000000000000000000000000000000006101cb565b7f00000000000000000000000000000000000000000000000000000000000000006101cb565b61021c6103a33660046112e3565b73ffffffffffffffffffffffffffffffffffffffff918216600090815260016020908152604080832093909416825291909152205490565b6101cb7f000000000000000000000000000000000000000000000000000000000000000081565b60007f01ffc9a7000000000000000000000000000000000000000000000000000000007f1d1d8b63000000000000000000000000000000000000000000000000000000007fec4fc8e3000000000000000000000000000000000000000000000000000000007fffffffff0000000000000000000000000000000000000000000000000000000085168314806104bb57507fffffffff00000000000000000000000000000000000000000000000000000000858116908316145b806104ea57507fffffffff00000000000000000000000000000000000000000000000000000000858116908216145b95945050505050565b60606003805461050290611316565b80601f016020809104026020016040519081016040528092919081815260200182805461052e90611316565b801561057b5780601f106105505761010080835404028352916020019161057b565b820191906000526020600020905b81548152906001019060200180831161055e57829003601f168201915b5050505050905090565b60003361059381858561093a565b5060019392505050565b6000336105ab858285610aee565b6105b6858585610bc5565b506001949350505050565b33600081815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff871684529091528120549091906105939082908690610608908790611398565b61093a565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146106d7576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603460248201527f4f7074696d69736d4d696e7461626c6545524332303a206f6e6c79206272696460448201527f67652063616e206d696e7420616e64206275726e00000000000000000000000060648201526084015b60405180910390fd5b6106e18282610e78565b8173ffffffffffffffffffffffffffffffffffffffff167f0f6798a560793a54c3bcfe86a93cde1e73087d944c0ea20544137d41213968858260405161072991815260200190565b60405180910390a25050565b60606004805461050290611316565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610809576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603460248201527f4f7074696d69736d4d696e7461626c6545524332303a206f6e6c79206272696460448201527f67652063616e206d696e7420616e64206275726e00000000000000000000000060648201526084016106ce565b6108138282610f98565b8173ffffffffffffffffffffffffffffffffffffffff167fcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca58260405161072991815260200190565b33600081815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff871684529091528120549091908381101561091f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602560248201527f45524332303a2064656372656173656420616c6c6f77616e63652062656c6f7760448201527f207a65726f00000000000000000000000000000000000000000000000000000060648201526084016106ce565b6105b6828686840361093a565b600033610593818585610bc5565b73ffffffffffffffffffffffffffffffffffffffff83166109dc576040517f08c379a0000000000000000000000000000000000000000000000000000000008152602060048201526024808201527f45524332303a20617070726f76652066726f6d20746865207a65726f2061646460448201527f726573730000000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff8216610a7f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602260248201527f45524332303a20617070726f766520746f20746865207a65726f20616464726560448201527f737300000000000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff83811660008181526001602090815260408083209487168084529482529182902085905590518481527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591015b60405180910390a3505050565b73ffffffffffffffffffffffffffffffffffffffff8381166000908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610bbf5781811015610bb2576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e636500000060448201526064016106ce565b610bbf848484840361093a565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8316610c68576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602560248201527f45524332303a207472616e736665722066726f6d20746865207a65726f20616460448201527f647265737300000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff8216610d0b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201527f657373000000000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff831660009081526020819052604090205481811015610dc1576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e742065786365656473206260448201527f616c616e6365000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff808516600090815260208190526040808220858503905591851681529081208054849290610e05908490611398565b925050819055508273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051610e6b91815260200190565b60405180910390a3610bbf565b73ffffffffffffffffffffffffffffffffffffffff8216610ef5576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f20616464726573730060448201526064016106ce565b8060026000828254610f079190611398565b909155505073ffffffffffffffffffffffffffffffffffffffff821660009081526020819052604081208054839290610f41908490611398565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316906000907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b73ffffffffffffffffffffffffffffffffffffffff821661103b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602160248201527f45524332303a206275726e2066726f6d20746865207a65726f2061646472657360448201527f730000000000000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff8216600090815260208190526040902054818110156110f1576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602260248201527f45524332303a206275726e20616d6f756e7420657863656564732062616c616e60448201527f636500000000000000000000000000000000000000000000000000000000000060648201526084016106ce565b73ffffffffffffffffffffffffffffffffffffffff8316600090815260208190526040812083830390556002805484929061112d9084906113b0565b909155505060405182815260009073ffffffffffffffffffffffffffffffffffffffff8516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602001610ae1565b60006020828403121561118f57600080fd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146111bf57600080fd5b9392505050565b600060208083528351808285015260005b818110156111f3578581018301518582016040015282016111d7565b81811115611205576000604083870101525b50601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016929092016040019392505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461125d57600080fd5b919050565b6000806040838503121561127557600080fd5b61127e83611239565b946020939093013593505050565b6000806000606084860312156112a157600080fd5b6112aa84611239565b92506112b860208501611239565b9150604084013590509250925092565b6000602082840312156112da57600080fd5b6111bf82611239565b600080604083850312156112f657600080fd5b6112ff83611239565b915061130d60208401611239565b90509250929050565b600181811c9082168061132a57607f821691505b602082108103611363577f4e487b7100000000000000000000000000000000000000000000000000000000600052602260045260246000fd5b50919050565b7f4e487b7100000000000000000000000000000000000000000000000000000000600052601160045260246000fd5b600082198211156113ab576113ab611369565b500190565b6000828210156113c2576113c2611369565b50039056fea164736f6c634300080f000a",
}

// OptimismMintableERC20 is an auto generated Go binding around an Ethereum contract.
type OptimismMintableERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OptimismMintableERC20) GetABI() abi.ABI {
	return c.abi
}

// NewOptimismMintableERC20 creates a new instance of OptimismMintableERC20.
func NewOptimismMintableERC20() *OptimismMintableERC20 {
	parsed, err := OptimismMintableERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OptimismMintableERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OptimismMintableERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _bridge, address _remoteToken, string _name, string _symbol, uint8 _decimals) returns()
func (optimismMintableERC20 *OptimismMintableERC20) PackConstructor(_bridge common.Address, _remoteToken common.Address, _name string, _symbol string, _decimals uint8) []byte {
	enc, err := optimismMintableERC20.abi.Pack("", _bridge, _remoteToken, _name, _symbol, _decimals)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9a31a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BRIDGE() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackBRIDGE() []byte {
	enc, err := optimismMintableERC20.abi.Pack("BRIDGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9a31a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BRIDGE() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackBRIDGE() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("BRIDGE")
}

// UnpackBRIDGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee9a31a2.
//
// Solidity: function BRIDGE() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackBRIDGE(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("BRIDGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackREMOTETOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x033964be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REMOTE_TOKEN() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackREMOTETOKEN() []byte {
	enc, err := optimismMintableERC20.abi.Pack("REMOTE_TOKEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREMOTETOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x033964be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REMOTE_TOKEN() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackREMOTETOKEN() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("REMOTE_TOKEN")
}

// UnpackREMOTETOKEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x033964be.
//
// Solidity: function REMOTE_TOKEN() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackREMOTETOKEN(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("REMOTE_TOKEN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (optimismMintableERC20 *OptimismMintableERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := optimismMintableERC20.abi.Pack("allowance", owner, spender)
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := optimismMintableERC20.abi.Unpack("allowance", data)
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
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("approve", data)
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
func (optimismMintableERC20 *OptimismMintableERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := optimismMintableERC20.abi.Pack("balanceOf", account)
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := optimismMintableERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackBridge() []byte {
	enc, err := optimismMintableERC20.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackBridge() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackBridge(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address _from, uint256 _amount) returns()
func (optimismMintableERC20 *OptimismMintableERC20) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address _from, uint256 _amount) returns()
func (optimismMintableERC20 *OptimismMintableERC20) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("burn", from, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (optimismMintableERC20 *OptimismMintableERC20) PackDecimals() []byte {
	enc, err := optimismMintableERC20.abi.Pack("decimals")
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackDecimals() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := optimismMintableERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("decreaseAllowance", spender, subtractedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("decreaseAllowance", spender, subtractedValue)
}

// UnpackDecreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackDecreaseAllowance(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("decreaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackIncreaseAllowance(spender common.Address, addedValue *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("increaseAllowance", spender, addedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackIncreaseAllowance(spender common.Address, addedValue *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("increaseAllowance", spender, addedValue)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("increaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL1Token is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01e1bd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1Token() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackL1Token() []byte {
	enc, err := optimismMintableERC20.abi.Pack("l1Token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1Token is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01e1bd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1Token() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackL1Token() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("l1Token")
}

// UnpackL1Token is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01e1bd6.
//
// Solidity: function l1Token() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackL1Token(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("l1Token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL2Bridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1f6aaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackL2Bridge() []byte {
	enc, err := optimismMintableERC20.abi.Pack("l2Bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Bridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1f6aaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackL2Bridge() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("l2Bridge")
}

// UnpackL2Bridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae1f6aaf.
//
// Solidity: function l2Bridge() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackL2Bridge(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("l2Bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address _to, uint256 _amount) returns()
func (optimismMintableERC20 *OptimismMintableERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address _to, uint256 _amount) returns()
func (optimismMintableERC20 *OptimismMintableERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) PackName() []byte {
	enc, err := optimismMintableERC20.abi.Pack("name")
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackName() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackName(data []byte) (string, error) {
	out, err := optimismMintableERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRemoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c0b2c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remoteToken() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) PackRemoteToken() []byte {
	enc, err := optimismMintableERC20.abi.Pack("remoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c0b2c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remoteToken() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackRemoteToken() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("remoteToken")
}

// UnpackRemoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6c0b2c4.
//
// Solidity: function remoteToken() view returns(address)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackRemoteToken(data []byte) (common.Address, error) {
	out, err := optimismMintableERC20.abi.Unpack("remoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 _interfaceId) pure returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := optimismMintableERC20.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 _interfaceId) pure returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 _interfaceId) pure returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("supportsInterface", data)
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
func (optimismMintableERC20 *OptimismMintableERC20) PackSymbol() []byte {
	enc, err := optimismMintableERC20.abi.Pack("symbol")
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackSymbol() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := optimismMintableERC20.abi.Unpack("symbol", data)
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
func (optimismMintableERC20 *OptimismMintableERC20) PackTotalSupply() []byte {
	enc, err := optimismMintableERC20.abi.Pack("totalSupply")
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
func (optimismMintableERC20 *OptimismMintableERC20) TryPackTotalSupply() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := optimismMintableERC20.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("transfer", data)
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
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := optimismMintableERC20.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return optimismMintableERC20.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := optimismMintableERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) PackVersion() []byte {
	enc, err := optimismMintableERC20.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) TryPackVersion() ([]byte, error) {
	return optimismMintableERC20.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackVersion(data []byte) (string, error) {
	out, err := optimismMintableERC20.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// OptimismMintableERC20Approval represents a Approval event raised by the OptimismMintableERC20 contract.
type OptimismMintableERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OptimismMintableERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (OptimismMintableERC20Approval) ContractEventName() string {
	return OptimismMintableERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackApprovalEvent(log *types.Log) (*OptimismMintableERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimismMintableERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimismMintableERC20Approval)
	if len(log.Data) > 0 {
		if err := optimismMintableERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimismMintableERC20.abi.Events[event].Inputs {
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

// OptimismMintableERC20Burn represents a Burn event raised by the OptimismMintableERC20 contract.
type OptimismMintableERC20Burn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OptimismMintableERC20BurnEventName = "Burn"

// ContractEventName returns the user-defined event name.
func (OptimismMintableERC20Burn) ContractEventName() string {
	return OptimismMintableERC20BurnEventName
}

// UnpackBurnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burn(address indexed account, uint256 amount)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackBurnEvent(log *types.Log) (*OptimismMintableERC20Burn, error) {
	event := "Burn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimismMintableERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimismMintableERC20Burn)
	if len(log.Data) > 0 {
		if err := optimismMintableERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimismMintableERC20.abi.Events[event].Inputs {
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

// OptimismMintableERC20Mint represents a Mint event raised by the OptimismMintableERC20 contract.
type OptimismMintableERC20Mint struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OptimismMintableERC20MintEventName = "Mint"

// ContractEventName returns the user-defined event name.
func (OptimismMintableERC20Mint) ContractEventName() string {
	return OptimismMintableERC20MintEventName
}

// UnpackMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Mint(address indexed account, uint256 amount)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackMintEvent(log *types.Log) (*OptimismMintableERC20Mint, error) {
	event := "Mint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimismMintableERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimismMintableERC20Mint)
	if len(log.Data) > 0 {
		if err := optimismMintableERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimismMintableERC20.abi.Events[event].Inputs {
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

// OptimismMintableERC20Transfer represents a Transfer event raised by the OptimismMintableERC20 contract.
type OptimismMintableERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OptimismMintableERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (OptimismMintableERC20Transfer) ContractEventName() string {
	return OptimismMintableERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (optimismMintableERC20 *OptimismMintableERC20) UnpackTransferEvent(log *types.Log) (*OptimismMintableERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimismMintableERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimismMintableERC20Transfer)
	if len(log.Data) > 0 {
		if err := optimismMintableERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimismMintableERC20.abi.Events[event].Inputs {
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

// ReentrantWithdrawerMetaData contains all meta data concerning the ReentrantWithdrawer contract.
var ReentrantWithdrawerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"t\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ab89d425bba9b6f807437c1050bc77ccf6",
	Bin: "0x60a034606b57601f6101a538819003918201601f19168301916001600160401b03831184841017606f57808492602094604052833981010312606b57516001600160a01b0381168103606b576080526040516101219081610084823960805181818160510152609a0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610022575b3615610018575f80fd5b610020610098565b005b5f3560e01c80639e5faafc146100845763d4b839920361000e5734610080575f366003190112610080576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b34610080575f366003190112610080576100205b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b15610080575f8091600460405180948193633ccfd60b60e01b83525af18015610116576100ee5750565b67ffffffffffffffff811161010257604052565b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd",
}

// ReentrantWithdrawer is an auto generated Go binding around an Ethereum contract.
type ReentrantWithdrawer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantWithdrawer) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantWithdrawer creates a new instance of ReentrantWithdrawer.
func NewReentrantWithdrawer() *ReentrantWithdrawer {
	parsed, err := ReentrantWithdrawerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantWithdrawer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantWithdrawer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address t) returns()
func (reentrantWithdrawer *ReentrantWithdrawer) PackConstructor(t common.Address) []byte {
	enc, err := reentrantWithdrawer.abi.Pack("", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack() returns()
func (reentrantWithdrawer *ReentrantWithdrawer) PackAttack() []byte {
	enc, err := reentrantWithdrawer.abi.Pack("attack")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack() returns()
func (reentrantWithdrawer *ReentrantWithdrawer) TryPackAttack() ([]byte, error) {
	return reentrantWithdrawer.abi.Pack("attack")
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantWithdrawer *ReentrantWithdrawer) PackTarget() []byte {
	enc, err := reentrantWithdrawer.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantWithdrawer *ReentrantWithdrawer) TryPackTarget() ([]byte, error) {
	return reentrantWithdrawer.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantWithdrawer *ReentrantWithdrawer) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantWithdrawer.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TestL2BridgeMetaData contains all meta data concerning the TestL2Bridge contract.
var TestL2BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMintable\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"finalizeDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "bb4a1217b83945995ac43ec8775006c45a",
	Bin: "0x6080806040523460135760c7908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f905f3560e01c634ddf75e6146025575f80fd5b3460c357606036600319011260c3576004356001600160a01b0381169081900360c3576024356001600160a01b038116919082900360c357803b1560c3576044835f819381956340c10f1960e01b84526004840152833560248401525af1801560b857608f575080f35b905067ffffffffffffffff811160a457604052005b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd",
}

// TestL2Bridge is an auto generated Go binding around an Ethereum contract.
type TestL2Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestL2Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewTestL2Bridge creates a new instance of TestL2Bridge.
func NewTestL2Bridge() *TestL2Bridge {
	parsed, err := TestL2BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestL2Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestL2Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackFinalizeDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ddf75e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeDeposit(address token, address to, uint256 amount) returns()
func (testL2Bridge *TestL2Bridge) PackFinalizeDeposit(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := testL2Bridge.abi.Pack("finalizeDeposit", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ddf75e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeDeposit(address token, address to, uint256 amount) returns()
func (testL2Bridge *TestL2Bridge) TryPackFinalizeDeposit(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return testL2Bridge.abi.Pack("finalizeDeposit", token, to, amount)
}

// TinyVerifierMetaData contains all meta data concerning the TinyVerifier contract.
var TinyVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "5809f78d45009f5e2efae9a7056b12c3c3",
	Bin: "0x60808060405234601557610da6908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610cbf57508063770cbbc614610ca45780638d8f8a5c146106b457639649daae14610048575f80fd5b346106b05760403660031901126106b05760043567ffffffffffffffff81116106b057610079903690600401610cf7565b6024359067ffffffffffffffff82116106b057366023830112156106b057816004013567ffffffffffffffff81116106b0576024830192602436918360051b0101116106b05760018103610699575061018003610526576001906040516101008401604081833782359460408301918683525f516020610d665f395f51905f52606085200696786f70656e70726f6f662e67726f746831362e666f6c642e763160381b85526020808601966101808589376101a08701375f516020610d665f395f51905f526101c0862006937f1bf4d20a9f741ae2ef0680f1b5aebfae40bfbcbb768bd9ac9b77e502df62092e86527f19449c0f7b065afd63d1fa92ee7d00372ac11c94b7638cf9eb87a18bcfde0acf8752604083823760408660808160065afa8515151698896105b5575b5050508351945160c08501956101008488377f2a936ee86d2cdc1eda571badb783e737790ab34beb9d23a38d7e706a816e18136101c08701527f1b731a705927f1658dad8607c2643b48851f97571c73ebf5190ea55b61433fcf6101e08701527f084fca8148daf6834e127f1b9a5b69a18658a6d4399e99cc845bf502746519366102008701527f273e95e2569f7cddd3b7732345aee9b0b0a9911638977fc5b32e0df68e7cb8796102208701527f0ce729c9f04004bc2700aa834fdfd039555b6dc539079ec368cb6354687cbe4e6102408701527f021656a601871ff5356aab574be5295c65160ef2b43f8aa9ffdc15dd2ec0770d6102608701527f29d0fb834320350443b281b42080e0adf01ee4925caea92b3787888a829d5b896102808701527f277a9be3a43d0101c22109c0bccef560368ef930ecd401a34fac7e9916c586046102a08701527f0f8ee2add7f23878533eb9b1bea3734c547d07c96b7b7c209937ffe76ba8eaab6102c08701527f195b10476dcd616c87ee9254e94a9666325763be24d751cc22784df3045bc1af6102e08701526103008601526103208501527f2d34649857076f2f851fdcdb8871b17f3faa0d569ebc802bdb0cb24ab71ba2df6103408501527f0e6e5b4be4b85976f71666ab8757ec3d9e731cbbee21820048ff5df596417d5b6103608501527f26b8357c293e635ce3d81de651cb6257fc4132c799eb69a62bcdba65052d80786103808501527f08a7be83e3335a5b66ff0d06c5f02bd7d8f33acf933117ddf82771bc24daa2286103a085015260406103c0850191823761040084019087848352610593575b505f516020610d865f395f51905f5290527f0a98751f19a4aaca82e85b13c55f4c4b3e4d06fdded62b0735757d7afa6d3b756104208401527f1eaa87b2e2b9f3b58b44bb32c2a2783364ae480558fef2a18fa112df655fe9d16104408401527f0556d7000b93bcef62780fda689fad1f4365c79a50f94132c70dc83d0c1078fb6104608401526040610140610480850192018237856104c0840192835261055c575b5061052085925f516020610d265f395f51905f525f516020610d465f395f51905f5293527f0959562fc0223ec9acf5568e0ae3a50973fa351d1da5e03e83a9fd2ff90196b26104e08201527f2305f18d3129e5f897d66a5cb44e2de18c064433fe3812e7b353a0fc1bf879706105008201520152610544575b5015610535571561052657005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816104808160085afa905116905f610519565b5f516020610d265f395f51905f5295505f516020610d465f395f51905f52919260408260606105209460075afa96509291506104a0565b5f516020610d865f395f51905f5291975080606060409260075afa96906103fe565b604092939998507f023cb1117a429eb63606eae80cc06b332ba645747c8ec46bbcf3323d8c921084825260608701937f101c4c7ab6b4d665c2026ca0a7db4c37720053b502c3eee271321a8e398bcfe185527f1649f05b35a21bb4774b116a4e44b2b5fcebbc47e11345dd27e147830c9386905f516020610d665f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f1904c2e2f14c2b3fd12068499996a630f799a10600f868824f2004c5b240485d8552525260608160075afa1660408460808160065afa16955f80806101a5565b63c3296de760e01b5f52600452600160245260445ffd5b5f80fd5b346106b05760403660031901126106b05760043567ffffffffffffffff81116106b0576106e5903690600401610cf7565b366044116106b057610180036105265760016040519161010081019260408482376024359160408201908382525f516020610d665f395f51905f52606084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b84526020840194610180838737602060246101a08701375f516020610d665f395f51905f526101c0862006937f1bf4d20a9f741ae2ef0680f1b5aebfae40bfbcbb768bd9ac9b77e502df62092e86527f19449c0f7b065afd63d1fa92ee7d00372ac11c94b7638cf9eb87a18bcfde0acf8752604083823760408660808160065afa851515169889610bc0575b5050508351945160c08501956101008488377f2a936ee86d2cdc1eda571badb783e737790ab34beb9d23a38d7e706a816e18136101c08701527f1b731a705927f1658dad8607c2643b48851f97571c73ebf5190ea55b61433fcf6101e08701527f084fca8148daf6834e127f1b9a5b69a18658a6d4399e99cc845bf502746519366102008701527f273e95e2569f7cddd3b7732345aee9b0b0a9911638977fc5b32e0df68e7cb8796102208701527f0ce729c9f04004bc2700aa834fdfd039555b6dc539079ec368cb6354687cbe4e6102408701527f021656a601871ff5356aab574be5295c65160ef2b43f8aa9ffdc15dd2ec0770d6102608701527f29d0fb834320350443b281b42080e0adf01ee4925caea92b3787888a829d5b896102808701527f277a9be3a43d0101c22109c0bccef560368ef930ecd401a34fac7e9916c586046102a08701527f0f8ee2add7f23878533eb9b1bea3734c547d07c96b7b7c209937ffe76ba8eaab6102c08701527f195b10476dcd616c87ee9254e94a9666325763be24d751cc22784df3045bc1af6102e08701526103008601526103208501527f2d34649857076f2f851fdcdb8871b17f3faa0d569ebc802bdb0cb24ab71ba2df6103408501527f0e6e5b4be4b85976f71666ab8757ec3d9e731cbbee21820048ff5df596417d5b6103608501527f26b8357c293e635ce3d81de651cb6257fc4132c799eb69a62bcdba65052d80786103808501527f08a7be83e3335a5b66ff0d06c5f02bd7d8f33acf933117ddf82771bc24daa2286103a085015260406103c0850191823761040084019087848352610b9e575b505f516020610d865f395f51905f5290527f0a98751f19a4aaca82e85b13c55f4c4b3e4d06fdded62b0735757d7afa6d3b756104208401527f1eaa87b2e2b9f3b58b44bb32c2a2783364ae480558fef2a18fa112df655fe9d16104408401527f0556d7000b93bcef62780fda689fad1f4365c79a50f94132c70dc83d0c1078fb6104608401526040610140610480850192018237856104c08401928352610b67575b5061052085925f516020610d265f395f51905f525f516020610d465f395f51905f5293527f0959562fc0223ec9acf5568e0ae3a50973fa351d1da5e03e83a9fd2ff90196b26104e08201527f2305f18d3129e5f897d66a5cb44e2de18c064433fe3812e7b353a0fc1bf879706105008201520152610b4f575015610535571561052657005b9091506020816104808160085afa9051169082610519565b5f516020610d265f395f51905f5295505f516020610d465f395f51905f52919260408260606105209460075afa9650929150610aca565b5f516020610d865f395f51905f5291975080606060409260075afa9690610a28565b604092939998507f023cb1117a429eb63606eae80cc06b332ba645747c8ec46bbcf3323d8c921084825260608701937f101c4c7ab6b4d665c2026ca0a7db4c37720053b502c3eee271321a8e398bcfe185527f1649f05b35a21bb4774b116a4e44b2b5fcebbc47e11345dd27e147830c9386905f516020610d665f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f1904c2e2f14c2b3fd12068499996a630f799a10600f868824f2004c5b240485d8552525260608160075afa1660408460808160065afa16958780806107cf565b346106b0575f3660031901126106b057602060405160018152f35b346106b0575f3660031901126106b057807f26cc292f3ebe69f8f5df096edd2c53fe576de0291df0b93640349798edfec73760209252f35b9181601f840112156106b05782359167ffffffffffffffff83116106b057602083818601950101116106b05756fe2b835f87892d6ac7bb1d1796ee0dbf876b2a5e8a256017bc74707244473ea30a0bcdbbc9756024884953b4e18720b1aa736f6c0b3916ed1c5a87be458f63dc0b30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000128502e8c749c14bc6e6d065ca7814e754bff164e94941fe8c52d454d04575819",
}

// TinyVerifier is an auto generated Go binding around an Ethereum contract.
type TinyVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TinyVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTinyVerifier creates a new instance of TinyVerifier.
func NewTinyVerifier() *TinyVerifier {
	parsed, err := TinyVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TinyVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TinyVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (tinyVerifier *TinyVerifier) PackPublicInputCount() []byte {
	enc, err := tinyVerifier.abi.Pack("publicInputCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (tinyVerifier *TinyVerifier) TryPackPublicInputCount() ([]byte, error) {
	return tinyVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (tinyVerifier *TinyVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := tinyVerifier.abi.Unpack("publicInputCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (tinyVerifier *TinyVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := tinyVerifier.abi.Pack("verify", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] input) view returns()
func (tinyVerifier *TinyVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return tinyVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (tinyVerifier *TinyVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := tinyVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (tinyVerifier *TinyVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return tinyVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (tinyVerifier *TinyVerifier) PackVkSha256() []byte {
	enc, err := tinyVerifier.abi.Pack("vkSha256")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (tinyVerifier *TinyVerifier) TryPackVkSha256() ([]byte, error) {
	return tinyVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (tinyVerifier *TinyVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := tinyVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tinyVerifier *TinyVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tinyVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return tinyVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], tinyVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return tinyVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], tinyVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return tinyVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TinyVerifierProofInvalid represents a ProofInvalid error raised by the TinyVerifier contract.
type TinyVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func TinyVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (tinyVerifier *TinyVerifier) UnpackProofInvalidError(raw []byte) (*TinyVerifierProofInvalid, error) {
	out := new(TinyVerifierProofInvalid)
	if err := tinyVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TinyVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the TinyVerifier contract.
type TinyVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func TinyVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (tinyVerifier *TinyVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*TinyVerifierPublicInputCountInvalid, error) {
	out := new(TinyVerifierPublicInputCountInvalid)
	if err := tinyVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TinyVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the TinyVerifier contract.
type TinyVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func TinyVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (tinyVerifier *TinyVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*TinyVerifierPublicInputNotInField, error) {
	out := new(TinyVerifierPublicInputNotInField)
	if err := tinyVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
