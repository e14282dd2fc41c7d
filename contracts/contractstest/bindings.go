// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contractstest

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

// FeeSplitHarnessBps is an auto generated low-level Go binding around an user-defined struct.
type FeeSplitHarnessBps struct {
	Beta   *big.Int
	Gamma  *big.Int
	Prover *big.Int
	Delta  *big.Int
}

// FeeSplitParts is an auto generated low-level Go binding around an user-defined struct.
type FeeSplitParts struct {
	Fee          *big.Int
	Platform     *big.Int
	Owner        *big.Int
	Stakers      *big.Int
	Prover       *big.Int
	Contributors *big.Int
}

// Attributed1024VerifierMetaData contains all meta data concerning the Attributed1024Verifier contract.
var Attributed1024VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "0415460c30a3264579f8740b44b058200b",
	Bin: "0x6080806040523460155761113b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108eb57806375080f27146108b1578063770cbbc61461089657639649daae14610045575f80fd5b346108925760403660031901126108925760043567ffffffffffffffff8111610892576100769036906004016110ac565b6024359167ffffffffffffffff831161089257366023840112156108925782600401359167ffffffffffffffff83116108925760248401923660248260051b87010111610892576006810361087b57506101800361047e5760019160405190610100830160408184375f51602061111b5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f51602061111b5f395f51905f526102608620069360408601907f067a9de4b79cc5a9c043a252f0071594e7e1fd5fbead1fd013bc69821c99623987527f013da62e827e9197d137056cb8efa8985e5d3a15d2fba8f73b644dd7dc88cc8f8452604085833760408760808160065afa86151516998a6104eb575b50505050835190519061010060c086019687377f2c82fa4fd707e6f6fc884996671a3dc2da5fd6efdf74772de46f5bb6926ac0916101c08601527f1e5eb572bf253167ece8b8fdd9411081eb815153b6059a35af9ec6afaf47897d6101e08601527f2fc80aa79f1410f6e7e08328421f295642ee8804377a4ead66a9a5081ae4ae086102008601527f1b07f30a5e513a70f4fcef68103fc31a2d9d6e8eee52f3287d7c4a935af4eece6102208601527f2cfdae2bbda321b40f03060b92e44a8e0bc90e7f9666249d04539502f082022f6102408601527eb0375246ae33db15a6c8e9318097249d0bb0fd0182257bf3e553ede1cd0e796102608601527f07b15f1c4c4f70d0c39f87fdc0ca025f9f01643230561470bc2795b348fae8a16102808601527f235dd8f4d831ca2650cd9ed1eaa48c577321c938f35854e0a03f94137665c5766102a08601527f1a601384c90aa6d9637ab2cc88ab92dfcd2e01dbb008d00e6e9972641ff04bb46102c08601527f2ea38964bdbb695d682cec3a69f90462e562caf98c0f149118beda7e815dc8936102e08601526103008501526103208401527f1b79533dd48bd96b4f2fa8947eeb4a7c9167dcfec06f5f0b3aa417bee4f12e126103408401527f2000757b5c26b2d7eb393ed244bde3fe628fb912347346442b585ec6f1d7dd506103608401527f224f448dbd973f45a8cb6e4a87f434d8d5d4119ef0b974d2f10379806875131f6103808401527f1ea8b6ad12ce8854cfd702f42cf7727374ecb638a22c02a62d3ca7e92db003436103a084015260406103c084019182378561040084019283526104b4575b5061046085925f5160206110db5f395f51905f525f5160206110fb5f395f51905f5293527f29053bdb6523965f89549fbd12176747fc826007bfddaefeff5e91503ce54c866104208201527f0a2c7761b9f6acc29e49112fc2f79b203485139d18db1e60b08f0f632282e264610440820152015261049c575b501561048d571561047e57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610471565b5f5160206110db5f395f51905f5295505f5160206110fb5f395f51905f52919260408260606104609460075afa96509291506103f8565b90919298507f282f3bbf32be2b8f135fc1b7c5ff6cff04bebd576d6a6241d26a9f278d245d96839a949a5260608701917f229a6b5aebc350315cdaba0ba3ea677127499adc5ec7a4d0d07a9f22336acf588352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f0f06b99cc31d1fdaa4a95e72cfce20c0d436d716e9db16572193138d99a431c785527f1db02f0a1e4615b657ae9b47a41138006556436a258a0242990e2ef33cbecb21845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f2e1b3b465f79dbad844a8b2da143df96ca4dc67826ac433c45655034a91e3b8286527f2e4cfb43a0bbf4b51ef40353621b9159292756ffe27c005741f1a81b5d212d12855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f03d72e02317cd6c08d9cf87903bb70f1869e18d834a46e3d730c1c818ba4acbb87527f1bef4cbc85731b0ae8f8df2034b614688259b45a4e648ea598f99f50a594d95c865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f2636a7e7490308520d833433a5494ed7c58894451df728468251bad5fd87827288527f24777042e43ae26efef4733966a740c3cec2068b90192fda8afd2764ed514714875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f081f62870e5972ecd55a264ccb15a275b7f9cf45bc14637280ad08d8120fc0b689527f0123111e853b6018496ce4b5331df5f4a8a3dd6b0eaeb2af5f6cf000cf5d342f885260c401359d5f51602061111b5f395f51905f528f10945f51602061111b5f395f51905f5211935f51602061111b5f395f51905f5211925f51602061111b5f395f51905f5211915f51602061111b5f395f51905f5211905f51602061111b5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f29f2b42c4e416d38b42e878f922566d11b7eea00d3bdfe4873a4f9668bd4b5e584527f241617925894ed67a93f927549833da69916a948ab58983af4e4f28033a599229052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610892575f36600319011261089257602060405160068152f35b34610892575f3660031901126108925760206040517f6dbbdfcf0c2e732c818f55b3a002efb9431500132c3a8a43c4a758e5e9abcf708152f35b346108925760e03660031901126108925760043567ffffffffffffffff81116108925761091c9036906004016110ac565b3660e411610892576101800361047e5760016040519161010081019260408482375f51602061111b5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f51602061111b5f395f51905f526102608420069160408401967f067a9de4b79cc5a9c043a252f0071594e7e1fd5fbead1fd013bc69821c99623985527f013da62e827e9197d137056cb8efa8985e5d3a15d2fba8f73b644dd7dc88cc8f8252604083893760408560808160065afa841515169788610d29575b5050835190519061010060c086019687377f2c82fa4fd707e6f6fc884996671a3dc2da5fd6efdf74772de46f5bb6926ac0916101c08601527f1e5eb572bf253167ece8b8fdd9411081eb815153b6059a35af9ec6afaf47897d6101e08601527f2fc80aa79f1410f6e7e08328421f295642ee8804377a4ead66a9a5081ae4ae086102008601527f1b07f30a5e513a70f4fcef68103fc31a2d9d6e8eee52f3287d7c4a935af4eece6102208601527f2cfdae2bbda321b40f03060b92e44a8e0bc90e7f9666249d04539502f082022f6102408601527eb0375246ae33db15a6c8e9318097249d0bb0fd0182257bf3e553ede1cd0e796102608601527f07b15f1c4c4f70d0c39f87fdc0ca025f9f01643230561470bc2795b348fae8a16102808601527f235dd8f4d831ca2650cd9ed1eaa48c577321c938f35854e0a03f94137665c5766102a08601527f1a601384c90aa6d9637ab2cc88ab92dfcd2e01dbb008d00e6e9972641ff04bb46102c08601527f2ea38964bdbb695d682cec3a69f90462e562caf98c0f149118beda7e815dc8936102e08601526103008501526103208401527f1b79533dd48bd96b4f2fa8947eeb4a7c9167dcfec06f5f0b3aa417bee4f12e126103408401527f2000757b5c26b2d7eb393ed244bde3fe628fb912347346442b585ec6f1d7dd506103608401527f224f448dbd973f45a8cb6e4a87f434d8d5d4119ef0b974d2f10379806875131f6103808401527f1ea8b6ad12ce8854cfd702f42cf7727374ecb638a22c02a62d3ca7e92db003436103a084015260406103c08401918237856104008401928352610cf2575b5061046085925f5160206110db5f395f51905f525f5160206110fb5f395f51905f5293527f29053bdb6523965f89549fbd12176747fc826007bfddaefeff5e91503ce54c866104208201527f0a2c7761b9f6acc29e49112fc2f79b203485139d18db1e60b08f0f632282e2646104408201520152610cda57501561048d571561047e57005b9091506020816103c08160085afa9051169082610471565b5f5160206110db5f395f51905f5295505f5160206110fb5f395f51905f52919260408260606104609460075afa9650929150610c55565b9096507f282f3bbf32be2b8f135fc1b7c5ff6cff04bebd576d6a6241d26a9f278d245d968198929852606085017f229a6b5aebc350315cdaba0ba3ea677127499adc5ec7a4d0d07a9f22336acf58815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f0f06b99cc31d1fdaa4a95e72cfce20c0d436d716e9db16572193138d99a431c784527f1db02f0a1e4615b657ae9b47a41138006556436a258a0242990e2ef33cbecb2183526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f2e1b3b465f79dbad844a8b2da143df96ca4dc67826ac433c45655034a91e3b8285527f2e4cfb43a0bbf4b51ef40353621b9159292756ffe27c005741f1a81b5d212d1284526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f03d72e02317cd6c08d9cf87903bb70f1869e18d834a46e3d730c1c818ba4acbb86527f1bef4cbc85731b0ae8f8df2034b614688259b45a4e648ea598f99f50a594d95c85526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f2636a7e7490308520d833433a5494ed7c58894451df728468251bad5fd87827287527f24777042e43ae26efef4733966a740c3cec2068b90192fda8afd2764ed514714865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f081f62870e5972ecd55a264ccb15a275b7f9cf45bc14637280ad08d8120fc0b688527f0123111e853b6018496ce4b5331df5f4a8a3dd6b0eaeb2af5f6cf000cf5d342f875260c4359d5f51602061111b5f395f51905f528f10945f51602061111b5f395f51905f5211935f51602061111b5f395f51905f5211925f51602061111b5f395f51905f5211915f51602061111b5f395f51905f5211905f51602061111b5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f29f2b42c4e416d38b42e878f922566d11b7eea00d3bdfe4873a4f9668bd4b5e584527f241617925894ed67a93f927549833da69916a948ab58983af4e4f28033a599229052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109ff565b9181601f840112156108925782359167ffffffffffffffff831161089257602083818601950101116108925756fe175b83334dcf2ed99fd36707f28a3d3c6e79e9c38ee617ce3e4a4b37c1371d8e00e724906e980bbf97acde10c653c4e5fcbd278285fa61b8531e3f4158e217e930644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Attributed1024Verifier is an auto generated Go binding around an Ethereum contract.
type Attributed1024Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Attributed1024Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttributed1024Verifier creates a new instance of Attributed1024Verifier.
func NewAttributed1024Verifier() *Attributed1024Verifier {
	parsed, err := Attributed1024VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Attributed1024Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Attributed1024Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed1024Verifier *Attributed1024Verifier) PackPublicInputCount() []byte {
	enc, err := attributed1024Verifier.abi.Pack("publicInputCount")
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
func (attributed1024Verifier *Attributed1024Verifier) TryPackPublicInputCount() ([]byte, error) {
	return attributed1024Verifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed1024Verifier *Attributed1024Verifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := attributed1024Verifier.abi.Unpack("publicInputCount", data)
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
func (attributed1024Verifier *Attributed1024Verifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := attributed1024Verifier.abi.Pack("verify", proof, input)
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
func (attributed1024Verifier *Attributed1024Verifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return attributed1024Verifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed1024Verifier *Attributed1024Verifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := attributed1024Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed1024Verifier *Attributed1024Verifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return attributed1024Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed1024Verifier *Attributed1024Verifier) PackVkSha256() []byte {
	enc, err := attributed1024Verifier.abi.Pack("vkSha256")
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
func (attributed1024Verifier *Attributed1024Verifier) TryPackVkSha256() ([]byte, error) {
	return attributed1024Verifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed1024Verifier *Attributed1024Verifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := attributed1024Verifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attributed1024Verifier *Attributed1024Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attributed1024Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return attributed1024Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed1024Verifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return attributed1024Verifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed1024Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return attributed1024Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Attributed1024VerifierProofInvalid represents a ProofInvalid error raised by the Attributed1024Verifier contract.
type Attributed1024VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Attributed1024VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (attributed1024Verifier *Attributed1024Verifier) UnpackProofInvalidError(raw []byte) (*Attributed1024VerifierProofInvalid, error) {
	out := new(Attributed1024VerifierProofInvalid)
	if err := attributed1024Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed1024VerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the Attributed1024Verifier contract.
type Attributed1024VerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func Attributed1024VerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (attributed1024Verifier *Attributed1024Verifier) UnpackPublicInputCountInvalidError(raw []byte) (*Attributed1024VerifierPublicInputCountInvalid, error) {
	out := new(Attributed1024VerifierPublicInputCountInvalid)
	if err := attributed1024Verifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed1024VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Attributed1024Verifier contract.
type Attributed1024VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Attributed1024VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (attributed1024Verifier *Attributed1024Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Attributed1024VerifierPublicInputNotInField, error) {
	out := new(Attributed1024VerifierPublicInputNotInField)
	if err := attributed1024Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed4096VerifierMetaData contains all meta data concerning the Attributed4096Verifier contract.
var Attributed4096VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "a73b13277ec9f2efa66ba301704ae3141c",
	Bin: "0x6080806040523460155761113b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108eb57806375080f27146108b1578063770cbbc61461089657639649daae14610045575f80fd5b346108925760403660031901126108925760043567ffffffffffffffff8111610892576100769036906004016110ac565b6024359167ffffffffffffffff831161089257366023840112156108925782600401359167ffffffffffffffff83116108925760248401923660248260051b87010111610892576006810361087b57506101800361047e5760019160405190610100830160408184375f5160206110fb5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110fb5f395f51905f526102608620069360408601907f16b0dcbdb69cee5afe487db381618fa13b42702835d0f9a351da35c5067068fb87527f1afc0785e895ba10a3ab0e7153333ee2242437e0f214ab26be6dbecc7451f75d8452604085833760408760808160065afa86151516998a6104eb575b50505050835190519061010060c086019687377f1851c29faa6b5c8b43da202e235df4d770267da2fb757a3e010e77cf240418336101c08601527f25a8839e652c48c290370837f829940c845ed4979d1b7b70b15aea159e8564c56101e08601527f04b999aef0ed10755640374d47bc095c9274ddca5a4c161014ed51489273b9ff6102008601527f058fe19ec59945348f3752c50df678a2867396e0d17a62cb27cdb0414fe534f36102208601527f057a8aeceaae3fcfafb3e2774d2f12880ae145d8a0aa0ec5be9362988de82e4a6102408601527f2b4aa20e090d024c1340a8dfffe0552288ec84d30913fe152f53c457d6ecd1916102608601527f0225141a7f0514dc9ee40045df63d58a242075b01788a2a3d4072068901637b06102808601527f0715987d6dd5194b9ab06e56309b4f6151e43f8503090c1f0ab6e63c2a80106d6102a08601527eb36fb443f9f5f99009a4aeee37158203330c7b4c8fc804fc861510f27571196102c08601527f2db097b1cd88af7fa8f8d78e077b18071fec446c594d1c240d28a05a0a5857de6102e08601526103008501526103208401527f23f3c4ef15da523b0117c65ee7ea70e3331cbd7de5a7a3bddd9bded6537e07b26103408401527f01d830c676a15b0672927233eecf8ea7462c52a9dad2233151c0f6a09cd2dcfd6103608401527f22b3c42056a6607c7e808772bb65f788aa2801f742fc6d3842e94d360f3684dd6103808401527f04b47b255c1d1d7599d1b9517863faf6e9367efbfdf0c3d19293d2b257a8dab56103a084015260406103c084019182378561040084019283526104b4575b5061046085925f51602061111b5f395f51905f525f5160206110db5f395f51905f5293527f1d6eb2daef0dde819802a7ed9cddcbf34859e059a7be66a8d266fcbca563f1626104208201527f189fdefd39b1519ddfae809ba346171aff2910e7787662408c4e8ad06d9d9132610440820152015261049c575b501561048d571561047e57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610471565b5f51602061111b5f395f51905f5295505f5160206110db5f395f51905f52919260408260606104609460075afa96509291506103f8565b90919298507f1baff9271b81c06933533ff85c0245262cbebfbf9227362cd9fa4ae4ac51b5fa839a949a5260608701917f0f40dfde38f13b044810f31fa1b7b9425ff25c178dc1694036d06b2b90a6cfd78352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f10a43ed8ce40397686b9c9c0e6c149ffdea01d7524e4cbf77f3dad098a20eaa485527f0c8097d25159ab6c504001714ad50f2dc2ca76ca71b89fbe4abd619b982f37a0845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f045890776aabddafb9aaedf75331817b05d6bb6cf8968c3ab418c9058108938486527f2d483ef962037187cfbed1f59c2e92f46eecab4890001b32dd8aaff8ae7143bb855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f088442eb42e5e63411624945954b1907439d5ab52dd6f76414e920d42751c4a987527f080da5553cf27e13437e899827701cf17a32d6a36080a337e442fb5196be2296865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f2098263105bfa497b421ce842ed226b3ea337b02b29f3f4357ba3a43e006d13c88527f135676753d7ad336e6a57795fcd6a2c77862b34ee9eb23a19fa0d4f4dcb0b988875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f01929b41ccf91239b1824f6db33a5d5c0f25a0915eba9b6ecae13f72086035e789527f26db179b2602432ec96eedb2c54b0ad0fd1f6df00279477ce52e8bffaf5318bb885260c401359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f11a81a9fadbb04b1efe9b68f6c544758d40d4de29cf6ffc5eb59ca44961ceb3d84527f1511a041b0b7b492323428e00440ec2bb74bc144e54e024aaadaa3ff2bf5e16b9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610892575f36600319011261089257602060405160068152f35b34610892575f3660031901126108925760206040517f9432bea46beab891a732bb41314a17483a9e7caea7bc91da62bf2b6670eef39a8152f35b346108925760e03660031901126108925760043567ffffffffffffffff81116108925761091c9036906004016110ac565b3660e411610892576101800361047e5760016040519161010081019260408482375f5160206110fb5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110fb5f395f51905f526102608420069160408401967f16b0dcbdb69cee5afe487db381618fa13b42702835d0f9a351da35c5067068fb85527f1afc0785e895ba10a3ab0e7153333ee2242437e0f214ab26be6dbecc7451f75d8252604083893760408560808160065afa841515169788610d29575b5050835190519061010060c086019687377f1851c29faa6b5c8b43da202e235df4d770267da2fb757a3e010e77cf240418336101c08601527f25a8839e652c48c290370837f829940c845ed4979d1b7b70b15aea159e8564c56101e08601527f04b999aef0ed10755640374d47bc095c9274ddca5a4c161014ed51489273b9ff6102008601527f058fe19ec59945348f3752c50df678a2867396e0d17a62cb27cdb0414fe534f36102208601527f057a8aeceaae3fcfafb3e2774d2f12880ae145d8a0aa0ec5be9362988de82e4a6102408601527f2b4aa20e090d024c1340a8dfffe0552288ec84d30913fe152f53c457d6ecd1916102608601527f0225141a7f0514dc9ee40045df63d58a242075b01788a2a3d4072068901637b06102808601527f0715987d6dd5194b9ab06e56309b4f6151e43f8503090c1f0ab6e63c2a80106d6102a08601527eb36fb443f9f5f99009a4aeee37158203330c7b4c8fc804fc861510f27571196102c08601527f2db097b1cd88af7fa8f8d78e077b18071fec446c594d1c240d28a05a0a5857de6102e08601526103008501526103208401527f23f3c4ef15da523b0117c65ee7ea70e3331cbd7de5a7a3bddd9bded6537e07b26103408401527f01d830c676a15b0672927233eecf8ea7462c52a9dad2233151c0f6a09cd2dcfd6103608401527f22b3c42056a6607c7e808772bb65f788aa2801f742fc6d3842e94d360f3684dd6103808401527f04b47b255c1d1d7599d1b9517863faf6e9367efbfdf0c3d19293d2b257a8dab56103a084015260406103c08401918237856104008401928352610cf2575b5061046085925f51602061111b5f395f51905f525f5160206110db5f395f51905f5293527f1d6eb2daef0dde819802a7ed9cddcbf34859e059a7be66a8d266fcbca563f1626104208201527f189fdefd39b1519ddfae809ba346171aff2910e7787662408c4e8ad06d9d91326104408201520152610cda57501561048d571561047e57005b9091506020816103c08160085afa9051169082610471565b5f51602061111b5f395f51905f5295505f5160206110db5f395f51905f52919260408260606104609460075afa9650929150610c55565b9096507f1baff9271b81c06933533ff85c0245262cbebfbf9227362cd9fa4ae4ac51b5fa8198929852606085017f0f40dfde38f13b044810f31fa1b7b9425ff25c178dc1694036d06b2b90a6cfd7815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f10a43ed8ce40397686b9c9c0e6c149ffdea01d7524e4cbf77f3dad098a20eaa484527f0c8097d25159ab6c504001714ad50f2dc2ca76ca71b89fbe4abd619b982f37a083526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f045890776aabddafb9aaedf75331817b05d6bb6cf8968c3ab418c9058108938485527f2d483ef962037187cfbed1f59c2e92f46eecab4890001b32dd8aaff8ae7143bb84526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f088442eb42e5e63411624945954b1907439d5ab52dd6f76414e920d42751c4a986527f080da5553cf27e13437e899827701cf17a32d6a36080a337e442fb5196be229685526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f2098263105bfa497b421ce842ed226b3ea337b02b29f3f4357ba3a43e006d13c87527f135676753d7ad336e6a57795fcd6a2c77862b34ee9eb23a19fa0d4f4dcb0b988865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f01929b41ccf91239b1824f6db33a5d5c0f25a0915eba9b6ecae13f72086035e788527f26db179b2602432ec96eedb2c54b0ad0fd1f6df00279477ce52e8bffaf5318bb875260c4359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f11a81a9fadbb04b1efe9b68f6c544758d40d4de29cf6ffc5eb59ca44961ceb3d84527f1511a041b0b7b492323428e00440ec2bb74bc144e54e024aaadaa3ff2bf5e16b9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109ff565b9181601f840112156108925782359167ffffffffffffffff831161089257602083818601950101116108925756fe0fc283ca92a7b8e37e00d96154b53566892b1ec01c625dbbca56709b5a9088c330644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000124ddb56aa77a491b3f0af0d95d0d37c695ee7acb794d955645dd6ca7100ddcf4",
}

// Attributed4096Verifier is an auto generated Go binding around an Ethereum contract.
type Attributed4096Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Attributed4096Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttributed4096Verifier creates a new instance of Attributed4096Verifier.
func NewAttributed4096Verifier() *Attributed4096Verifier {
	parsed, err := Attributed4096VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Attributed4096Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Attributed4096Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed4096Verifier *Attributed4096Verifier) PackPublicInputCount() []byte {
	enc, err := attributed4096Verifier.abi.Pack("publicInputCount")
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
func (attributed4096Verifier *Attributed4096Verifier) TryPackPublicInputCount() ([]byte, error) {
	return attributed4096Verifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed4096Verifier *Attributed4096Verifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := attributed4096Verifier.abi.Unpack("publicInputCount", data)
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
func (attributed4096Verifier *Attributed4096Verifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := attributed4096Verifier.abi.Pack("verify", proof, input)
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
func (attributed4096Verifier *Attributed4096Verifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return attributed4096Verifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed4096Verifier *Attributed4096Verifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := attributed4096Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed4096Verifier *Attributed4096Verifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return attributed4096Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed4096Verifier *Attributed4096Verifier) PackVkSha256() []byte {
	enc, err := attributed4096Verifier.abi.Pack("vkSha256")
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
func (attributed4096Verifier *Attributed4096Verifier) TryPackVkSha256() ([]byte, error) {
	return attributed4096Verifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed4096Verifier *Attributed4096Verifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := attributed4096Verifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attributed4096Verifier *Attributed4096Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attributed4096Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return attributed4096Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed4096Verifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return attributed4096Verifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed4096Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return attributed4096Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Attributed4096VerifierProofInvalid represents a ProofInvalid error raised by the Attributed4096Verifier contract.
type Attributed4096VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Attributed4096VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (attributed4096Verifier *Attributed4096Verifier) UnpackProofInvalidError(raw []byte) (*Attributed4096VerifierProofInvalid, error) {
	out := new(Attributed4096VerifierProofInvalid)
	if err := attributed4096Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed4096VerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the Attributed4096Verifier contract.
type Attributed4096VerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func Attributed4096VerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (attributed4096Verifier *Attributed4096Verifier) UnpackPublicInputCountInvalidError(raw []byte) (*Attributed4096VerifierPublicInputCountInvalid, error) {
	out := new(Attributed4096VerifierPublicInputCountInvalid)
	if err := attributed4096Verifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed4096VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Attributed4096Verifier contract.
type Attributed4096VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Attributed4096VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (attributed4096Verifier *Attributed4096Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Attributed4096VerifierPublicInputNotInField, error) {
	out := new(Attributed4096VerifierPublicInputNotInField)
	if err := attributed4096Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed8VerifierMetaData contains all meta data concerning the Attributed8Verifier contract.
var Attributed8VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "7c2a2857646f0047004222d20cae882e96",
	Bin: "0x6080806040523460155761113d908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108ec57806375080f27146108b2578063770cbbc61461089757639649daae14610045575f80fd5b346108935760403660031901126108935760043567ffffffffffffffff8111610893576100769036906004016110ae565b6024359167ffffffffffffffff831161089357366023840112156108935782600401359167ffffffffffffffff83116108935760248401923660248260051b87010111610893576006810361087c57506101800361047f5760019160405190610100830160408184375f5160206110dd5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110dd5f395f51905f526102608620069360408601907f0d76d139a6f9dbb7968f35f99b43e36226835285d1b610cbc4f2b85bbeb9528e87527f11257d21f9fd88a8ca0931d4e01e624fd9d1f6cb7d064c10889be2c788da17028452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f1ba4a472afcc2ae7ad8d1ce8eaee881e973e1bf706b09f316560d954aeb5db896101c08601527f05e490d973e569f9e228a966c371f2c6bf15a175d8d9d56d9c2c033deb6cdc366101e08601527f24b120afb04173aaa3a504f3c0519914c118fea5f8aad5eccafec8c084bd866b6102008601527f12b71c815415612ec35442ec12d69698f29a82c68fafa4beee16650356d216336102208601527f0a8c2b48b355e2e21d6b6720dbaffa1f5d43355f1b83ef80f1bd798bdbd72c336102408601527f1d737e1d08335d01b2cd92b00750c5d6b99a7a54f8961c7291b340d59baa04466102608601527f2ad54eeb6615a355b29d2e93d2824e29c6f29e4de851626a7ad1b781e87c8a3f6102808601527f1b2c776defbb95ac8048d9e2fd57c3929c82a2ac1db5f4b18b0516eced8039606102a08601527f08958d57cf2f66409f7ba58e01905cf6c887a656c3c0079fcdf33d2d9fa9e16a6102c08601527f019e65ab0aa677faec3ec2e856663f8532f6b1211305eb0ebe9ddf541ebbaf966102e08601526103008501526103208401527f1b2c37698f61e2e7a052c2b1890e95a068c125533d3a2c35c5480766804930056103408401527f20543cc1f73fd0744a65e72cf6858729f75b6d53ac08131faa27e6786718280c6103608401527f090f6c044fd5f625e909b14e6fbd5df4f661acff977ee9d3168b0a672ca9502f6103808401527f1f3dd752f3d46ed821bfa4a02db17d7401d35d294beda30692226813225d585e6103a084015260406103c084019182378561040084019283526104b5575b5061046085925f5160206110fd5f395f51905f525f51602061111d5f395f51905f5293527f0802533b43e6e6f4d4444192d29826c8685382a5a735bd9b2e63bb23a0de48c06104208201527f01c8919e8a964a24ab55f3dd5cae2db3baa2e14483ce3e522f2eecbd529121f5610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f5160206110fd5f395f51905f5295505f51602061111d5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f25d851f8ed9a11accfd95920d18bcad542db1dfcaa61f10ead998b74bd50124c839a949a5260608701917f08b5d282b59be19ce84ffbe1749872f23da07514f94a24f0db4daefa5bd76a058352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f0406f7566a2ba9b1238984b2f4b1af2092f5be503317c0717eada1641d46867385527f23d1b6c4d3afd58421d025a1e4ea5fdaf5e6f661031602e2517656d2855a3515845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f115456ebe0ab441a5018ea46045940e5675d2ffe43115066d28d0514e9a3d38886527f08330f0432454785e11ab84867e76e7a165f2e2089fee44803c1d7aaaf1931fd855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f0f67e0e3cb210a0704f1e9bf04fb72cb805d3fe86d228878922e2b6a1999015a87527f0e3e5b87966488318d301d19962cc60c3c4d239bc349622acec0e2854976b06c865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f21e6aaddf9638044c3f301c534c25e1a02485d9fc451961122712e6a92eabb8688527f091ecf166078924e00a032f52a8f7c88e35965bdbed41759fee373237d965834875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f0837062fa4f953ba7c827025adc2760102ec8be4493a6b0f8762c5e853625a1289527f077f66f42be146e47eda4e20b114ba56c5821396a151df7e0a41d75c9528a631885260c401359d5f5160206110dd5f395f51905f528f10945f5160206110dd5f395f51905f5211935f5160206110dd5f395f51905f5211925f5160206110dd5f395f51905f5211915f5160206110dd5f395f51905f5211905f5160206110dd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f15089f756caffbc6569c55c216b639bd742d2ebf2e5eb0ecf8516aa11a75144484527f07e988d032d198baaa7655c5f50a4f15cb0d4f4365b336ca615067b8888436249052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110dd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610893575f36600319011261089357602060405160068152f35b34610893575f3660031901126108935760206040517f68f8bf3f18557a58e03cdacb03de18fb916c85fd3b09f11b0e457c7997b939e88152f35b346108935760e03660031901126108935760043567ffffffffffffffff81116108935761091d9036906004016110ae565b3660e411610893576101800361047f5760016040519161010081019260408482375f5160206110dd5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110dd5f395f51905f526102608420069160408401967f0d76d139a6f9dbb7968f35f99b43e36226835285d1b610cbc4f2b85bbeb9528e85527f11257d21f9fd88a8ca0931d4e01e624fd9d1f6cb7d064c10889be2c788da17028252604083893760408560808160065afa841515169788610d2b575b5050835190519061010060c086019687377f1ba4a472afcc2ae7ad8d1ce8eaee881e973e1bf706b09f316560d954aeb5db896101c08601527f05e490d973e569f9e228a966c371f2c6bf15a175d8d9d56d9c2c033deb6cdc366101e08601527f24b120afb04173aaa3a504f3c0519914c118fea5f8aad5eccafec8c084bd866b6102008601527f12b71c815415612ec35442ec12d69698f29a82c68fafa4beee16650356d216336102208601527f0a8c2b48b355e2e21d6b6720dbaffa1f5d43355f1b83ef80f1bd798bdbd72c336102408601527f1d737e1d08335d01b2cd92b00750c5d6b99a7a54f8961c7291b340d59baa04466102608601527f2ad54eeb6615a355b29d2e93d2824e29c6f29e4de851626a7ad1b781e87c8a3f6102808601527f1b2c776defbb95ac8048d9e2fd57c3929c82a2ac1db5f4b18b0516eced8039606102a08601527f08958d57cf2f66409f7ba58e01905cf6c887a656c3c0079fcdf33d2d9fa9e16a6102c08601527f019e65ab0aa677faec3ec2e856663f8532f6b1211305eb0ebe9ddf541ebbaf966102e08601526103008501526103208401527f1b2c37698f61e2e7a052c2b1890e95a068c125533d3a2c35c5480766804930056103408401527f20543cc1f73fd0744a65e72cf6858729f75b6d53ac08131faa27e6786718280c6103608401527f090f6c044fd5f625e909b14e6fbd5df4f661acff977ee9d3168b0a672ca9502f6103808401527f1f3dd752f3d46ed821bfa4a02db17d7401d35d294beda30692226813225d585e6103a084015260406103c08401918237856104008401928352610cf4575b5061046085925f5160206110fd5f395f51905f525f51602061111d5f395f51905f5293527f0802533b43e6e6f4d4444192d29826c8685382a5a735bd9b2e63bb23a0de48c06104208201527f01c8919e8a964a24ab55f3dd5cae2db3baa2e14483ce3e522f2eecbd529121f56104408201520152610cdc57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f5160206110fd5f395f51905f5295505f51602061111d5f395f51905f52919260408260606104609460075afa9650929150610c57565b9096507f25d851f8ed9a11accfd95920d18bcad542db1dfcaa61f10ead998b74bd50124c8198929852606085017f08b5d282b59be19ce84ffbe1749872f23da07514f94a24f0db4daefa5bd76a05815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f0406f7566a2ba9b1238984b2f4b1af2092f5be503317c0717eada1641d46867384527f23d1b6c4d3afd58421d025a1e4ea5fdaf5e6f661031602e2517656d2855a351583526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f115456ebe0ab441a5018ea46045940e5675d2ffe43115066d28d0514e9a3d38885527f08330f0432454785e11ab84867e76e7a165f2e2089fee44803c1d7aaaf1931fd84526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f0f67e0e3cb210a0704f1e9bf04fb72cb805d3fe86d228878922e2b6a1999015a86527f0e3e5b87966488318d301d19962cc60c3c4d239bc349622acec0e2854976b06c85526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f21e6aaddf9638044c3f301c534c25e1a02485d9fc451961122712e6a92eabb8687527f091ecf166078924e00a032f52a8f7c88e35965bdbed41759fee373237d965834865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f0837062fa4f953ba7c827025adc2760102ec8be4493a6b0f8762c5e853625a1288527f077f66f42be146e47eda4e20b114ba56c5821396a151df7e0a41d75c9528a631875260c4359d5f5160206110dd5f395f51905f528f10945f5160206110dd5f395f51905f5211935f5160206110dd5f395f51905f5211925f5160206110dd5f395f51905f5211915f5160206110dd5f395f51905f5211905f5160206110dd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f15089f756caffbc6569c55c216b639bd742d2ebf2e5eb0ecf8516aa11a75144484527f07e988d032d198baaa7655c5f50a4f15cb0d4f4365b336ca615067b8888436249052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110dd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16958780610a00565b9181601f840112156108935782359167ffffffffffffffff831161089357602083818601950101116108935756fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001233fbe984968de39d3d890438baed7e6f60f22949ef4b17bda2c46c8a70e98d517691a9eb8f0cc8fb8f3561688783a9ae669faa104198b2c96a60c6b74baac3b",
}

// Attributed8Verifier is an auto generated Go binding around an Ethereum contract.
type Attributed8Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Attributed8Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttributed8Verifier creates a new instance of Attributed8Verifier.
func NewAttributed8Verifier() *Attributed8Verifier {
	parsed, err := Attributed8VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Attributed8Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Attributed8Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed8Verifier *Attributed8Verifier) PackPublicInputCount() []byte {
	enc, err := attributed8Verifier.abi.Pack("publicInputCount")
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
func (attributed8Verifier *Attributed8Verifier) TryPackPublicInputCount() ([]byte, error) {
	return attributed8Verifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributed8Verifier *Attributed8Verifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := attributed8Verifier.abi.Unpack("publicInputCount", data)
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
func (attributed8Verifier *Attributed8Verifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := attributed8Verifier.abi.Pack("verify", proof, input)
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
func (attributed8Verifier *Attributed8Verifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return attributed8Verifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed8Verifier *Attributed8Verifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := attributed8Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributed8Verifier *Attributed8Verifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return attributed8Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed8Verifier *Attributed8Verifier) PackVkSha256() []byte {
	enc, err := attributed8Verifier.abi.Pack("vkSha256")
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
func (attributed8Verifier *Attributed8Verifier) TryPackVkSha256() ([]byte, error) {
	return attributed8Verifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributed8Verifier *Attributed8Verifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := attributed8Verifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attributed8Verifier *Attributed8Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attributed8Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return attributed8Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed8Verifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return attributed8Verifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributed8Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return attributed8Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Attributed8VerifierProofInvalid represents a ProofInvalid error raised by the Attributed8Verifier contract.
type Attributed8VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Attributed8VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (attributed8Verifier *Attributed8Verifier) UnpackProofInvalidError(raw []byte) (*Attributed8VerifierProofInvalid, error) {
	out := new(Attributed8VerifierProofInvalid)
	if err := attributed8Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed8VerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the Attributed8Verifier contract.
type Attributed8VerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func Attributed8VerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (attributed8Verifier *Attributed8Verifier) UnpackPublicInputCountInvalidError(raw []byte) (*Attributed8VerifierPublicInputCountInvalid, error) {
	out := new(Attributed8VerifierPublicInputCountInvalid)
	if err := attributed8Verifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Attributed8VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Attributed8Verifier contract.
type Attributed8VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Attributed8VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (attributed8Verifier *Attributed8Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Attributed8VerifierPublicInputNotInField, error) {
	out := new(Attributed8VerifierPublicInputNotInField)
	if err := attributed8Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttributedVerifierMetaData contains all meta data concerning the AttributedVerifier contract.
var AttributedVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "e64f6aab9d45aae41c3ec7e4d1580e50be",
	Bin: "0x6080806040523460155761113b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108eb57806375080f27146108b1578063770cbbc61461089657639649daae14610045575f80fd5b346108925760403660031901126108925760043567ffffffffffffffff8111610892576100769036906004016110ac565b6024359167ffffffffffffffff831161089257366023840112156108925782600401359167ffffffffffffffff83116108925760248401923660248260051b87010111610892576006810361087b57506101800361047f5760019160405190610100830160408184375f5160206110fb5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110fb5f395f51905f526102608620069360408601907f0722c3145367660a3672b1672e41ae5b176bfff289c912cf521a16bc5aed20cd87527f0937c18ff75f9bc1a690a6ce62f768734aa45bf3734dd45d140a5d727ef72fcd8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f1d952b7ebe8f74a53dc617e7713cd1f0d257e71ffaae952a0e6c08532d31740f6101c08601527f06af45effd77af71fbb172a5eb47d61bf4bc0b73089cec68428184a61e882e6e6101e08601527f217bc72609d34cca2468a06b0e869c2c5a40db1a6914c11979d6321ecf7d9f1c6102008601527f095c5109f8ab568d0a802532356b958f10c3fb9c6b3b2341af7c22bb9641f8f06102208601527f2e9d33895927e8e681c83e6be00f54ca2e3b464430b8ed3f928fd8673aedf4106102408601527f106cd234742505bd0fad60cd4fa21891b88bd40ec10164482895ff27916729306102608601527f2d6c71a6f605845f83007402920787ea7d05c15a7efd95e08e208fb146ee84df6102808601527f2173619aec0c32fb2127bd2c5a1791d18745d8085e36347a86d68c0d80900b9d6102a08601527f101f3733b265e7fea7201bd4af6265307142dfca791227011adb308f395533d06102c08601527f057b25687feac645414114482df9fdbce2a4855a4131a25ed04f96ef9fb57c8c6102e08601526103008501526103208401527f171bc8bacf5ef55c0132235a4d95b9bafbaefd664285968b8debee59ee4bee5a6103408401527f030b764898b2953d84f3b66346a99289be7d9ef5aa30b080ae7d91ed1f9c6f066103608401527f1720e95a717afc3748d3cc1a9d193cb466f9c197b86f9a716f6ee941afc7afc06103808401527f0a280adcbf1f8dac2c64f08b6e0f7a508f7f65d2fc82a661dcd7b253407c8d366103a084015260406103c084019182378561040084019283526104b5575b5061046085925f5160206110db5f395f51905f525f51602061111b5f395f51905f5293527f18df73cc67fb763ef5d8e282ec466080015bb6ca35a6c9fe4cfd1f934b8d380e6104208201527f065acebe67632171f999cad0fee721cee6d98216353583499cd3cae92b121305610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f5160206110db5f395f51905f5295505f51602061111b5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f241b97b291ddbaed83b796f4918909e2aa2a77f438520ccd0c3f12a4bcda0a11839a949a5260608701917f2e8bb6369576974ed3dec404634033539b07f586d9aacb6b1498fa16b9d09bab8352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f2212676809904988dbc37b95421a5331f239e75b14d94390dd1f9e6a82beebfc85527f2fdd24a1cd7830589aa3cd7f57ac08e02ccef3ba5f5167bb503f54a106c6693e845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f167bc4dc44a35d47a45ec9ee07f1ad1e1babcc22e0a865df6477293d82bc53c986527f2176664dba29da6d531bc94054e60a8f29544aa9cce7cfd667f8e7a6a7a645b9855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f204f94f96785876ca1dfcb5f8282bc86b2ab823138a1976042a4477d5a6b85a787527f11cb9f42121c8fc3d168833a7f1b7118a9bd01a2fda92e2fa4ce9fcb962c8106865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f1773b4989a0e0c863b8d94956b3d0ed8ce2d766c8502bf7a3c028b69071ee90d88527f18f161c331c34db4dc95063f393951de7d1fa765d8803d15b3f701537415c293875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f0738aa3ee49fd10c2c626e202344295802a2f45060c11e96bace2fc0573c07f589527e1e3e69c330cba5ac4d682b440c5ef1bc93b31eff8ecdcc5bdec4946809c1e0885260c401359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f254ef2d4f7b5b33e7f7dbbed604fea8e175d904073cff72e84f5a0adf90ec95184527f0f6d22e5b2d1ca602feae8694f74e281e7c38cff43b15f2237e7b138da94458a9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610892575f36600319011261089257602060405160068152f35b34610892575f3660031901126108925760206040517fe1e7fa17f3198ece41d823f2cdac9492fa2898867dc170b6940bc5e6875b20328152f35b346108925760e03660031901126108925760043567ffffffffffffffff81116108925761091c9036906004016110ac565b3660e411610892576101800361047f5760016040519161010081019260408482375f5160206110fb5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110fb5f395f51905f526102608420069160408401967f0722c3145367660a3672b1672e41ae5b176bfff289c912cf521a16bc5aed20cd85527f0937c18ff75f9bc1a690a6ce62f768734aa45bf3734dd45d140a5d727ef72fcd8252604083893760408560808160065afa841515169788610d2a575b5050835190519061010060c086019687377f1d952b7ebe8f74a53dc617e7713cd1f0d257e71ffaae952a0e6c08532d31740f6101c08601527f06af45effd77af71fbb172a5eb47d61bf4bc0b73089cec68428184a61e882e6e6101e08601527f217bc72609d34cca2468a06b0e869c2c5a40db1a6914c11979d6321ecf7d9f1c6102008601527f095c5109f8ab568d0a802532356b958f10c3fb9c6b3b2341af7c22bb9641f8f06102208601527f2e9d33895927e8e681c83e6be00f54ca2e3b464430b8ed3f928fd8673aedf4106102408601527f106cd234742505bd0fad60cd4fa21891b88bd40ec10164482895ff27916729306102608601527f2d6c71a6f605845f83007402920787ea7d05c15a7efd95e08e208fb146ee84df6102808601527f2173619aec0c32fb2127bd2c5a1791d18745d8085e36347a86d68c0d80900b9d6102a08601527f101f3733b265e7fea7201bd4af6265307142dfca791227011adb308f395533d06102c08601527f057b25687feac645414114482df9fdbce2a4855a4131a25ed04f96ef9fb57c8c6102e08601526103008501526103208401527f171bc8bacf5ef55c0132235a4d95b9bafbaefd664285968b8debee59ee4bee5a6103408401527f030b764898b2953d84f3b66346a99289be7d9ef5aa30b080ae7d91ed1f9c6f066103608401527f1720e95a717afc3748d3cc1a9d193cb466f9c197b86f9a716f6ee941afc7afc06103808401527f0a280adcbf1f8dac2c64f08b6e0f7a508f7f65d2fc82a661dcd7b253407c8d366103a084015260406103c08401918237856104008401928352610cf3575b5061046085925f5160206110db5f395f51905f525f51602061111b5f395f51905f5293527f18df73cc67fb763ef5d8e282ec466080015bb6ca35a6c9fe4cfd1f934b8d380e6104208201527f065acebe67632171f999cad0fee721cee6d98216353583499cd3cae92b1213056104408201520152610cdb57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f5160206110db5f395f51905f5295505f51602061111b5f395f51905f52919260408260606104609460075afa9650929150610c56565b9096507f241b97b291ddbaed83b796f4918909e2aa2a77f438520ccd0c3f12a4bcda0a118198929852606085017f2e8bb6369576974ed3dec404634033539b07f586d9aacb6b1498fa16b9d09bab815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f2212676809904988dbc37b95421a5331f239e75b14d94390dd1f9e6a82beebfc84527f2fdd24a1cd7830589aa3cd7f57ac08e02ccef3ba5f5167bb503f54a106c6693e83526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f167bc4dc44a35d47a45ec9ee07f1ad1e1babcc22e0a865df6477293d82bc53c985527f2176664dba29da6d531bc94054e60a8f29544aa9cce7cfd667f8e7a6a7a645b984526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f204f94f96785876ca1dfcb5f8282bc86b2ab823138a1976042a4477d5a6b85a786527f11cb9f42121c8fc3d168833a7f1b7118a9bd01a2fda92e2fa4ce9fcb962c810685526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f1773b4989a0e0c863b8d94956b3d0ed8ce2d766c8502bf7a3c028b69071ee90d87527f18f161c331c34db4dc95063f393951de7d1fa765d8803d15b3f701537415c293865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f0738aa3ee49fd10c2c626e202344295802a2f45060c11e96bace2fc0573c07f588527e1e3e69c330cba5ac4d682b440c5ef1bc93b31eff8ecdcc5bdec4946809c1e0875260c4359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f254ef2d4f7b5b33e7f7dbbed604fea8e175d904073cff72e84f5a0adf90ec95184527f0f6d22e5b2d1ca602feae8694f74e281e7c38cff43b15f2237e7b138da94458a9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109ff565b9181601f840112156108925782359167ffffffffffffffff831161089257602083818601950101116108925756fe19fa42544d171a8725315440bcc3f4e661c245ce7e4824f579adfd6cb2c0818230644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000012ef81eb7311a9f37af5aff106b325eabf526e0ef3a273b344007d198fd9a059d",
}

// AttributedVerifier is an auto generated Go binding around an Ethereum contract.
type AttributedVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttributedVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttributedVerifier creates a new instance of AttributedVerifier.
func NewAttributedVerifier() *AttributedVerifier {
	parsed, err := AttributedVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttributedVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttributedVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributedVerifier *AttributedVerifier) PackPublicInputCount() []byte {
	enc, err := attributedVerifier.abi.Pack("publicInputCount")
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
func (attributedVerifier *AttributedVerifier) TryPackPublicInputCount() ([]byte, error) {
	return attributedVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (attributedVerifier *AttributedVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := attributedVerifier.abi.Unpack("publicInputCount", data)
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
func (attributedVerifier *AttributedVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := attributedVerifier.abi.Pack("verify", proof, input)
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
func (attributedVerifier *AttributedVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return attributedVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributedVerifier *AttributedVerifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := attributedVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (attributedVerifier *AttributedVerifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return attributedVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributedVerifier *AttributedVerifier) PackVkSha256() []byte {
	enc, err := attributedVerifier.abi.Pack("vkSha256")
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
func (attributedVerifier *AttributedVerifier) TryPackVkSha256() ([]byte, error) {
	return attributedVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (attributedVerifier *AttributedVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := attributedVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attributedVerifier *AttributedVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attributedVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return attributedVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributedVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return attributedVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attributedVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return attributedVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttributedVerifierProofInvalid represents a ProofInvalid error raised by the AttributedVerifier contract.
type AttributedVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func AttributedVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (attributedVerifier *AttributedVerifier) UnpackProofInvalidError(raw []byte) (*AttributedVerifierProofInvalid, error) {
	out := new(AttributedVerifierProofInvalid)
	if err := attributedVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttributedVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the AttributedVerifier contract.
type AttributedVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func AttributedVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (attributedVerifier *AttributedVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*AttributedVerifierPublicInputCountInvalid, error) {
	out := new(AttributedVerifierPublicInputCountInvalid)
	if err := attributedVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttributedVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the AttributedVerifier contract.
type AttributedVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func AttributedVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (attributedVerifier *AttributedVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*AttributedVerifierPublicInputNotInField, error) {
	out := new(AttributedVerifierPublicInputNotInField)
	if err := attributedVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaFixtureVerifierMetaData contains all meta data concerning the DeltaFixtureVerifier contract.
var DeltaFixtureVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ad6dd73aac5401c7e40b9e7d033084dfa8",
	Bin: "0x60808060405234601557610e65908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610d9e57508063770cbbc614610d835780639649daae146106c45763f219ed6f14610048575f80fd5b346106c05760803660031901126106c05760043567ffffffffffffffff81116106c057610079903690600401610dd6565b366084116106c057610180036104395760016040519161010081019260408482375f516020610e255f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820190610180848337606060246101a08501375f516020610e255f395f51905f526102008420069160408401967f0a78107c8aa1f01d33dec244228fdb0ea3aba753decfdab20515d2c1a0e83efb85527f2cba699c0f0c7994ded0c9f03f3cd754b10f5c750a614caf1ebf2314b4395e988252604083893760408560808160065afa8415151697886104a6575b5050835190519061010060c086019687377f1c3d0663794feca0c3c052d6dc46c2991e7fe1d1d6ab8740c2c9bc51cf0df99c6101c08601527f0c3f784e6a725967e3f600c8f6cb422bec830831414821957a88e6417eefc5a06101e08601527f18261431ec76109514f83db090a7f0f22958d1c49adf9b43f8a7dd0c184526f56102008601527f0bf0924675ce4030c9f8ff8356d69b166dde93d3b3f9bb3535ed2e580e34f0486102208601527f288afc2ead4a87014f51b8b38ba944247bad2e556c9943c68a31904ba43a2ff76102408601527f17a05e68d77b86e87743dd372786af15dd25c5874797080f63b12f1593c3b03b6102608601527f104fa85a7c9c91656180446f97e85449c17f129e417827c7ee3efb3b2632d4b96102808601527f1aab86947b8b1a306dfe699bfdb6f7b461652491d834bbf93358d56e442f20f56102a08601527f0ab5a091223da7ad258561ac99aafd1135d4cca0dd94dfdd051169b687a7ea086102c08601527f11483fd6039f9bb5029753a1e859d438623e7338c70ba40b943d9b3b201b7bee6102e08601526103008501526103208401527f284dec4fd2aeeae73060a45183591235d9be33de1ce3a664401481b1802044296103408401527f06a8ebd6981e65cdc680ddd59a15f54521f9ed0c9342c4814bf0dc6c12fc1f966103608401527f1d33206958e3d245f934a845399679a2dfdb531d439cf24f03f1c635693619ff6103808401527f0e087cdbd8d985629db565f1582a0b53dad7731ae72636bcd37c6660c4a4ed9a6103a084015260406103c0840191823785610400840192835261046f575b5061046085925f516020610e455f395f51905f525f516020610e055f395f51905f5293527f07a8ddb381e1219412fcf34556c008d7b6f6298194eb7a0b3c7e70f604732e3e6104208201527f0bc5a0439de50159ce26a08cdf2873452f20e47f75da8457a08c871c3466f32e6104408201520152610457575b5015610448571561043957005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f61042c565b5f516020610e455f395f51905f5295505f516020610e055f395f51905f52919260408260606104609460075afa96509291506103b3565b9096507f1e1866fbda89775591543ea384aa8e14771c1dee2cc8e3dcab2e651fdf7b19328198929852606085017f1eddf4177f6254c2c744ab020b43326ad6e5d58afbfdfbba6ecfe7712c0e59bc815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f1949dbc0d6e0dd42cd11658e814a05b468644f5a880b2c6aea05420423ed760b84527f136c361234cb3bc1db63111577b91c68e46114081caeb9b734c6fd3818e4eb0383526044359081865284805a6040926007606092fa1688805a6040926006608092fa16907f123eb3128b9c744469ec509d5db3277d8d92b0d0e967cc2755075b61c0039b2f85527f0d743023d7ab946fc27e1efb784f94202b1c67d9258e9b105ed092d80d2a152184526064359a5f516020610e255f395f51905f528c10915f516020610e255f395f51905f5211905f516020610e255f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f1e3505cbc265e48326db709018f9cf71cb2a72785b7263f341f09ff14d8f7df284527f1ad540d11fb435c714ac0ee454d15bf6d60684876bb7deabcf7bf79b7ab5d3d89052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e255f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8061015c565b5f80fd5b346106c05760403660031901126106c05760043567ffffffffffffffff81116106c0576106f5903690600401610dd6565b6024359167ffffffffffffffff83116106c057366023840112156106c05782600401359167ffffffffffffffff83116106c05760248401923660248260051b870101116106c05760038103610d6c5750610180036104395760019160405190610100830160408184375f516020610e255f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401906101808683376060846101a08701375f516020610e255f395f51905f526102008620069360408601907f0a78107c8aa1f01d33dec244228fdb0ea3aba753decfdab20515d2c1a0e83efb87527f2cba699c0f0c7994ded0c9f03f3cd754b10f5c750a614caf1ebf2314b4395e988452604085833760408760808160065afa86151516998a610b4c575b50505050835190519061010060c086019687377f1c3d0663794feca0c3c052d6dc46c2991e7fe1d1d6ab8740c2c9bc51cf0df99c6101c08601527f0c3f784e6a725967e3f600c8f6cb422bec830831414821957a88e6417eefc5a06101e08601527f18261431ec76109514f83db090a7f0f22958d1c49adf9b43f8a7dd0c184526f56102008601527f0bf0924675ce4030c9f8ff8356d69b166dde93d3b3f9bb3535ed2e580e34f0486102208601527f288afc2ead4a87014f51b8b38ba944247bad2e556c9943c68a31904ba43a2ff76102408601527f17a05e68d77b86e87743dd372786af15dd25c5874797080f63b12f1593c3b03b6102608601527f104fa85a7c9c91656180446f97e85449c17f129e417827c7ee3efb3b2632d4b96102808601527f1aab86947b8b1a306dfe699bfdb6f7b461652491d834bbf93358d56e442f20f56102a08601527f0ab5a091223da7ad258561ac99aafd1135d4cca0dd94dfdd051169b687a7ea086102c08601527f11483fd6039f9bb5029753a1e859d438623e7338c70ba40b943d9b3b201b7bee6102e08601526103008501526103208401527f284dec4fd2aeeae73060a45183591235d9be33de1ce3a664401481b1802044296103408401527f06a8ebd6981e65cdc680ddd59a15f54521f9ed0c9342c4814bf0dc6c12fc1f966103608401527f1d33206958e3d245f934a845399679a2dfdb531d439cf24f03f1c635693619ff6103808401527f0e087cdbd8d985629db565f1582a0b53dad7731ae72636bcd37c6660c4a4ed9a6103a084015260406103c08401918237856104008401928352610b15575b5061046085925f516020610e455f395f51905f525f516020610e055f395f51905f5293527f07a8ddb381e1219412fcf34556c008d7b6f6298194eb7a0b3c7e70f604732e3e6104208201527f0bc5a0439de50159ce26a08cdf2873452f20e47f75da8457a08c871c3466f32e6104408201520152610afd575015610448571561043957005b9091506020816103c08160085afa905116908261042c565b5f516020610e455f395f51905f5295505f516020610e055f395f51905f52919260408260606104609460075afa9650929150610a78565b90919298507f1e1866fbda89775591543ea384aa8e14771c1dee2cc8e3dcab2e651fdf7b1932839a949a5260608701917f1eddf4177f6254c2c744ab020b43326ad6e5d58afbfdfbba6ecfe7712c0e59bc8352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f1949dbc0d6e0dd42cd11658e814a05b468644f5a880b2c6aea05420423ed760b85527f136c361234cb3bc1db63111577b91c68e46114081caeb9b734c6fd3818e4eb03845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa16917f123eb3128b9c744469ec509d5db3277d8d92b0d0e967cc2755075b61c0039b2f86527f0d743023d7ab946fc27e1efb784f94202b1c67d9258e9b105ed092d80d2a15218552606401359a5f516020610e255f395f51905f528c10915f516020610e255f395f51905f5211905f516020610e255f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f1e3505cbc265e48326db709018f9cf71cb2a72785b7263f341f09ff14d8f7df284527f1ad540d11fb435c714ac0ee454d15bf6d60684876bb7deabcf7bf79b7ab5d3d89052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e255f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16958780808061081f565b63c3296de760e01b5f52600452600360245260445ffd5b346106c0575f3660031901126106c057602060405160038152f35b346106c0575f3660031901126106c057807fbde5025fe675c85e44c0712b400d3de3663c6ec99940f61964ff5c7384577e1260209252f35b9181601f840112156106c05782359167ffffffffffffffff83116106c057602083818601950101116106c05756fe2685746b55d2ba35429d79cc4fa9936eceda256c9f5e57527671c39bd12eb30830644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011f004738bd3765c887b08431e89cb729e928a26fbfa8137aabeb8027f6179f3e",
}

// DeltaFixtureVerifier is an auto generated Go binding around an Ethereum contract.
type DeltaFixtureVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeltaFixtureVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewDeltaFixtureVerifier creates a new instance of DeltaFixtureVerifier.
func NewDeltaFixtureVerifier() *DeltaFixtureVerifier {
	parsed, err := DeltaFixtureVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeltaFixtureVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeltaFixtureVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (deltaFixtureVerifier *DeltaFixtureVerifier) PackPublicInputCount() []byte {
	enc, err := deltaFixtureVerifier.abi.Pack("publicInputCount")
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
func (deltaFixtureVerifier *DeltaFixtureVerifier) TryPackPublicInputCount() ([]byte, error) {
	return deltaFixtureVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := deltaFixtureVerifier.abi.Unpack("publicInputCount", data)
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
func (deltaFixtureVerifier *DeltaFixtureVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := deltaFixtureVerifier.abi.Pack("verify", proof, input)
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
func (deltaFixtureVerifier *DeltaFixtureVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return deltaFixtureVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (deltaFixtureVerifier *DeltaFixtureVerifier) PackVerifyProof(proof []byte, input [3]*big.Int) []byte {
	enc, err := deltaFixtureVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (deltaFixtureVerifier *DeltaFixtureVerifier) TryPackVerifyProof(proof []byte, input [3]*big.Int) ([]byte, error) {
	return deltaFixtureVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (deltaFixtureVerifier *DeltaFixtureVerifier) PackVkSha256() []byte {
	enc, err := deltaFixtureVerifier.abi.Pack("vkSha256")
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
func (deltaFixtureVerifier *DeltaFixtureVerifier) TryPackVkSha256() ([]byte, error) {
	return deltaFixtureVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := deltaFixtureVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deltaFixtureVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return deltaFixtureVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaFixtureVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return deltaFixtureVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], deltaFixtureVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return deltaFixtureVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeltaFixtureVerifierProofInvalid represents a ProofInvalid error raised by the DeltaFixtureVerifier contract.
type DeltaFixtureVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func DeltaFixtureVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackProofInvalidError(raw []byte) (*DeltaFixtureVerifierProofInvalid, error) {
	out := new(DeltaFixtureVerifierProofInvalid)
	if err := deltaFixtureVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaFixtureVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the DeltaFixtureVerifier contract.
type DeltaFixtureVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func DeltaFixtureVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*DeltaFixtureVerifierPublicInputCountInvalid, error) {
	out := new(DeltaFixtureVerifierPublicInputCountInvalid)
	if err := deltaFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeltaFixtureVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the DeltaFixtureVerifier contract.
type DeltaFixtureVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func DeltaFixtureVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (deltaFixtureVerifier *DeltaFixtureVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*DeltaFixtureVerifierPublicInputNotInField, error) {
	out := new(DeltaFixtureVerifierPublicInputNotInField)
	if err := deltaFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeSplitHarnessMetaData contains all meta data concerning the FeeSplitHarness contract.
var FeeSplitHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"betaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gammaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proverBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaBps\",\"type\":\"uint256\"}],\"name\":\"BpsInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumPpm\",\"type\":\"uint256\"}],\"name\":\"WeightsSumInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"beta\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gamma\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"prover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delta\",\"type\":\"uint256\"}],\"internalType\":\"structFeeSplitHarness.Bps\",\"name\":\"bps\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"weightsPpm\",\"type\":\"uint32[]\"}],\"name\":\"compute\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platform\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"prover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"}],\"internalType\":\"structFeeSplit.Parts\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "463306fed5a2e718811fb37d40267f9061",
	Bin: "0x60808060405234601557610507908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c637c2e156514610024575f80fd5b346102c9576101403660031901126102c95760843560803660a31901126102c957610124359067ffffffffffffffff82116102c957366023830112156102c957816004013567ffffffffffffffff81116102c9576024830192602436918360051b0101116102c957610094610307565b5060a4359160c4356100a68185610348565b936100b460e4358096610348565b6127106100c5610104358093610348565b036102a157506100d6368588610381565b935f965f975b865189101561010a5761010260019163ffffffff6100fa8c8b6103e1565b511690610348565b9801976100dc565b879080151580610294575b610282575091859391846044356004359061012f91610409565b61013d606435602435610409565b61014691610348565b6103e890049061015591610348565b9061015e610307565b9361016987846103d4565b9285526020850196875261017d9083610409565b612710900496604085019788526101949083610409565b612710900494606085019586526101ab9083610409565b6127109004916080850192835287516101c3916103d4565b85516101ce916103d4565b82516101d9916103d4565b9060a085019382855236906101ed92610381565b6101f69161041c565b8088969296519061020691610348565b8852835190610214916103d4565b835260405196879660e08801955188525160208801525160408701525160608601525160808501525160a084015260c0830160e090528151809152610100830191602001905f5b818110610269575050500390f35b825184528594506020938401939092019160010161025b565b63663ce7e960e11b5f5260045260245ffd5b50620f4240811415610115565b856084936040519363bfd5f5e360e01b85526004850152602484015260448301526064820152fd5b5f80fd5b6040519190601f01601f1916820167ffffffffffffffff8111838210176102f357604052565b634e487b7160e01b5f52604160045260245ffd5b6040519060c0820182811067ffffffffffffffff8211176102f3576040525f60a0838281528260208201528260408201528260608201528260808201520152565b9190820180921161035557565b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff81116102f35760051b60200190565b929161039461038f83610369565b6102cd565b93828552602085019260051b81019182116102c957915b8183106103b757505050565b823563ffffffff811681036102c9578152602092830192016103ab565b9190820391821161035557565b80518210156103f55760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561035557565b915f9180519061042e61038f83610369565b82815294601f1961043e84610369565b01366020880137855f905f935f955f5f925b8284106104a1575050505081156104975750620f42408103610282575061047d6104949261048d926103d4565b61048784886103e1565b51610348565b91856103e1565b52565b9650909450505050565b9091929663ffffffff6104b489846103e1565b5116958387116104fa575b600191620f42406104dd6104d68a6104f095610348565b998b610409565b0490816104ea8c8a6103e1565b52610348565b9701929190610450565b97985088978693506104bf56",
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
// the contract method with ID 0x7c2e1565.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, (uint256,uint256,uint256,uint256) bps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) PackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, bps FeeSplitHarnessBps, weightsPpm []uint32) []byte {
	enc, err := feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, bps, weightsPpm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c2e1565.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, (uint256,uint256,uint256,uint256) bps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) TryPackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, bps FeeSplitHarnessBps, weightsPpm []uint32) ([]byte, error) {
	return feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, bps, weightsPpm)
}

// ComputeOutput serves as a container for the return parameters of contract
// method Compute.
type ComputeOutput struct {
	P       FeeSplitParts
	Amounts []*big.Int
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c2e1565.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, (uint256,uint256,uint256,uint256) bps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (feeSplitHarness *FeeSplitHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feeSplitHarness.abi.Errors["BpsInvalid"].ID.Bytes()[:4]) {
		return feeSplitHarness.UnpackBpsInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeSplitHarness.abi.Errors["WeightsSumInvalid"].ID.Bytes()[:4]) {
		return feeSplitHarness.UnpackWeightsSumInvalidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeeSplitHarnessBpsInvalid represents a BpsInvalid error raised by the FeeSplitHarness contract.
type FeeSplitHarnessBpsInvalid struct {
	BetaBps   *big.Int
	GammaBps  *big.Int
	ProverBps *big.Int
	DeltaBps  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 proverBps, uint256 deltaBps)
func FeeSplitHarnessBpsInvalidErrorID() common.Hash {
	return common.HexToHash("0xbfd5f5e3d00f7851872ff524f56e862c264cecf8965eb9d7b9d8df69304a1aef")
}

// UnpackBpsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 proverBps, uint256 deltaBps)
func (feeSplitHarness *FeeSplitHarness) UnpackBpsInvalidError(raw []byte) (*FeeSplitHarnessBpsInvalid, error) {
	out := new(FeeSplitHarnessBpsInvalid)
	if err := feeSplitHarness.abi.UnpackIntoInterface(out, "BpsInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeSplitHarnessWeightsSumInvalid represents a WeightsSumInvalid error raised by the FeeSplitHarness contract.
type FeeSplitHarnessWeightsSumInvalid struct {
	SumPpm *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightsSumInvalid(uint256 sumPpm)
func FeeSplitHarnessWeightsSumInvalidErrorID() common.Hash {
	return common.HexToHash("0xcc79cfd227f32b0175158938a9f0076e40d097851727b9ae429bd7c4a90c0d45")
}

// UnpackWeightsSumInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightsSumInvalid(uint256 sumPpm)
func (feeSplitHarness *FeeSplitHarness) UnpackWeightsSumInvalidError(raw []byte) (*FeeSplitHarnessWeightsSumInvalid, error) {
	out := new(FeeSplitHarnessWeightsSumInvalid)
	if err := feeSplitHarness.abi.UnpackIntoInterface(out, "WeightsSumInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationAttributedFixtureVerifierMetaData contains all meta data concerning the GenerationAttributedFixtureVerifier contract.
var GenerationAttributedFixtureVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "fa68e11b5ea9ed8b4a1644b1051ae6fd28",
	Bin: "0x6080806040523460155761109b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f91461089b57806375080f2714610861578063770cbbc61461084657639649daae14610045575f80fd5b346108425760403660031901126108425760043567ffffffffffffffff81116108425761007690369060040161100c565b906024359067ffffffffffffffff821161084257366023830112156108425781600401359267ffffffffffffffff84116108425760248301933660248260051b86010111610842576006810361082b5750610180036104805760019160405190610100830160408184375f51602061103b5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0816101a08701375f51602061103b5f395f51905f526102608620069360408601907f178612d726609163a3f5779647c5f99217d9e8525f1dd9a873677857890b15d287527f19ab627da0b1fab3fdb11328ce614092123f469c615114e8fd68cc037a0cdecc8452604085833760408760808160065afa86151516998a6104ed575b50505050835190519061010060c086019687377f2a57b4fa5f3f28c458be96e87ab2f34abde106b914e2683cf36b5ebefc3571886101c08601527f259d95b7d88fd12366ba71be4a4e5b1d4572c04576c2f0a8bbdeb439f95d22126101e08601527f25a4e8dbe23d1a1dccfc3fef2e4f48bdaeae4827d2ad7ee4301754e5a712518b6102008601527f16896eda37f3090de8f9950b1db43fdd47614001c4a315e8c398b86bc7df37da6102208601527f0435469108e6bd70dccb2cb00153d499d6c3579daef7a905d787f8aa3f29c1926102408601527f0f6c4c6e3fa815b6cbe2366ab627ab8ea97c9a89f2f61d01193e2471df6465446102608601527f159e4e162ca5cf28b792cf8f20402eabfe82ad326546f5520b11ca1d8ac2aadb6102808601527f04a71838a367f755b5b65c47a5e7e4843d86755cc8c44ba5587b8223d1edd1a96102a08601527f0c2987b3614088d4c305e17d8af23c893a958c74a19ed84a38c99e5f036a2d946102c08601527f2e73615686b7c9e6d923beb6f8e27c68f967b23da822920603d1be34fecc6fd56102e08601526103008501526103208401527f296bec9679716ea5671bed2ca9a0788e420a1b24975d0788ef286a5f91c4aa476103408401527f19c429dab549783b4da21c598e0f22115aa3c9dc1c133d2193649b24bd4996406103608401527f098b67bfe2e2a092ec51a9c7fe593588153b2755c7277e389ef934a5d961e5e16103808401527f16d8bccb00c2ef240629b7f3a60e3ebe6ca64fc9247bd8008a3ab25d25c0dbb16103a084015260406103c084019182378561040084019283526104b6575b5061046085925f51602061107b5f395f51905f525f51602061105b5f395f51905f5293527f2f148532318ac10b3854a7570cf7a05bbb30d65d86b7cf4d92bd7e4b4e1504c16104208201527f2fbe3a66da989cda97abb746f60a0dac2fc10d35777b80e0f5ffd09d0814562f610440820152015261049e575b501561048f571561048057005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610473565b5f51602061107b5f395f51905f5295505f51602061105b5f395f51905f52919260408260606104609460075afa96509291506103fa565b90919298507f0b70164f7dacb6e46bb009df7ee677c4b382f8964a317d0d89e2d714e123be18839a949a5260608701917f06014429c6333d1da60cfdfdc74bed063f1582d07faf294ed58bff6c72b11bdd835260448101359960808901958b875285805a6040926007606092fa91357f24212c05abb399f63de41c88a4317bd00d39510b67e99665ff367fdc9ac5fd6b14161688805a6040926006608092fa167f2330f1bfd99964bea867c01d273e9ea48e1841ae7306216159f497c4022b7afc85527f27c5b3bf90c2260c7340de3e20a817245fe6f019193a531c614122657f44ea4a845260648201359081875285805a6040926007606092fa1689805a6040926006608092fa167f0b75cfcd857a2ff51e578efdf84720e70ea97ab85b06e146c4fcf2ef21ce18b386527f0386c999147858262d16b433eb39f8de35c894eca3422131aadc7722fd42d2ae855260848301359081885286805a6040926007606092fa168a805a6040926006608092fa16917f22228d3086198555e41a1c12d67c18437d45185dcc38d8688da29103c18d480887527f20f2e85eb7231b48c85a7c369d22c29dd6e6097efe6dc5280ea5d5c74dd1191f865260a48401359283895287805a6040926007606092fa168b805a6040926006608092fa16937f2b5208f4158353a3e80c4bd3c7f5784b20e8f8b749126df7a1a38ea34a33fc0288527f1762f907cf076ca640bfd052beb1448bca654cf9d02a239a80cf0954862c9d46875260c401359c5f51602061103b5f395f51905f528e10935f51602061103b5f395f51905f5211925f51602061103b5f395f51905f5211915f51602061103b5f395f51905f5211905f51602061103b5f395f51905f52111616166001161699855283805a6040926007606092fa1687805a6040926006608092fa16917f2f37dec5a627834824a3b1a4420a341cc6ebeae64d890c5d004807c895dcaa7284527f1692a5e2c360db7feccf2d35ad94909714d432a5693b5a2d883a8ee74f4117d29052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061103b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a1565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610842575f36600319011261084257602060405160068152f35b34610842575f3660031901126108425760206040517f64cf01682e08dba0f33fea301d8f749660f785978cf4ed79501fc44b9944befa8152f35b346108425760e03660031901126108425760043567ffffffffffffffff8111610842576108cc90369060040161100c565b3660e41161084257610180036104805760016040519161010081019260408482375f51602061103b5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f51602061103b5f395f51905f526102608420069160408401967f178612d726609163a3f5779647c5f99217d9e8525f1dd9a873677857890b15d285527f19ab627da0b1fab3fdb11328ce614092123f469c615114e8fd68cc037a0cdecc8252604083893760408560808160065afa841515169788610cda575b5050835190519061010060c086019687377f2a57b4fa5f3f28c458be96e87ab2f34abde106b914e2683cf36b5ebefc3571886101c08601527f259d95b7d88fd12366ba71be4a4e5b1d4572c04576c2f0a8bbdeb439f95d22126101e08601527f25a4e8dbe23d1a1dccfc3fef2e4f48bdaeae4827d2ad7ee4301754e5a712518b6102008601527f16896eda37f3090de8f9950b1db43fdd47614001c4a315e8c398b86bc7df37da6102208601527f0435469108e6bd70dccb2cb00153d499d6c3579daef7a905d787f8aa3f29c1926102408601527f0f6c4c6e3fa815b6cbe2366ab627ab8ea97c9a89f2f61d01193e2471df6465446102608601527f159e4e162ca5cf28b792cf8f20402eabfe82ad326546f5520b11ca1d8ac2aadb6102808601527f04a71838a367f755b5b65c47a5e7e4843d86755cc8c44ba5587b8223d1edd1a96102a08601527f0c2987b3614088d4c305e17d8af23c893a958c74a19ed84a38c99e5f036a2d946102c08601527f2e73615686b7c9e6d923beb6f8e27c68f967b23da822920603d1be34fecc6fd56102e08601526103008501526103208401527f296bec9679716ea5671bed2ca9a0788e420a1b24975d0788ef286a5f91c4aa476103408401527f19c429dab549783b4da21c598e0f22115aa3c9dc1c133d2193649b24bd4996406103608401527f098b67bfe2e2a092ec51a9c7fe593588153b2755c7277e389ef934a5d961e5e16103808401527f16d8bccb00c2ef240629b7f3a60e3ebe6ca64fc9247bd8008a3ab25d25c0dbb16103a084015260406103c08401918237856104008401928352610ca3575b5061046085925f51602061107b5f395f51905f525f51602061105b5f395f51905f5293527f2f148532318ac10b3854a7570cf7a05bbb30d65d86b7cf4d92bd7e4b4e1504c16104208201527f2fbe3a66da989cda97abb746f60a0dac2fc10d35777b80e0f5ffd09d0814562f6104408201520152610c8b57501561048f571561048057005b9091506020816103c08160085afa9051169082610473565b5f51602061107b5f395f51905f5295505f51602061105b5f395f51905f52919260408260606104609460075afa9650929150610c06565b9096507f0b70164f7dacb6e46bb009df7ee677c4b382f8964a317d0d89e2d714e123be188198929852606085017f06014429c6333d1da60cfdfdc74bed063f1582d07faf294ed58bff6c72b11bdd815260443597608087019389855283805a6040926007606092fa906024357f24212c05abb399f63de41c88a4317bd00d39510b67e99665ff367fdc9ac5fd6b14161687805a6040926006608092fa167f2330f1bfd99964bea867c01d273e9ea48e1841ae7306216159f497c4022b7afc84527f27c5b3bf90c2260c7340de3e20a817245fe6f019193a531c614122657f44ea4a83526064359081865284805a6040926007606092fa1688805a6040926006608092fa167f0b75cfcd857a2ff51e578efdf84720e70ea97ab85b06e146c4fcf2ef21ce18b385527f0386c999147858262d16b433eb39f8de35c894eca3422131aadc7722fd42d2ae84526084359081875285805a6040926007606092fa1689805a6040926006608092fa16907f22228d3086198555e41a1c12d67c18437d45185dcc38d8688da29103c18d480886527f20f2e85eb7231b48c85a7c369d22c29dd6e6097efe6dc5280ea5d5c74dd1191f855260a4359182885286805a6040926007606092fa168a805a6040926006608092fa16927f2b5208f4158353a3e80c4bd3c7f5784b20e8f8b749126df7a1a38ea34a33fc0287527f1762f907cf076ca640bfd052beb1448bca654cf9d02a239a80cf0954862c9d46865260c4359c5f51602061103b5f395f51905f528e10935f51602061103b5f395f51905f5211925f51602061103b5f395f51905f5211915f51602061103b5f395f51905f5211905f51602061103b5f395f51905f52111616166001161699855283805a6040926007606092fa1687805a6040926006608092fa16917f2f37dec5a627834824a3b1a4420a341cc6ebeae64d890c5d004807c895dcaa7284527f1692a5e2c360db7feccf2d35ad94909714d432a5693b5a2d883a8ee74f4117d29052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061103b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109af565b9181601f840112156108425782359167ffffffffffffffff831161084257602083818601950101116108425756fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011eafa81b1aac89a1b9961da82b2ad7c151f79f700bfd6646956051f44b8943d31ede51df64d03cec52817833253bdc7fef20a347d17a859a5d294d541f209f04",
}

// GenerationAttributedFixtureVerifier is an auto generated Go binding around an Ethereum contract.
type GenerationAttributedFixtureVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GenerationAttributedFixtureVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGenerationAttributedFixtureVerifier creates a new instance of GenerationAttributedFixtureVerifier.
func NewGenerationAttributedFixtureVerifier() *GenerationAttributedFixtureVerifier {
	parsed, err := GenerationAttributedFixtureVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GenerationAttributedFixtureVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GenerationAttributedFixtureVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) PackPublicInputCount() []byte {
	enc, err := generationAttributedFixtureVerifier.abi.Pack("publicInputCount")
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
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) TryPackPublicInputCount() ([]byte, error) {
	return generationAttributedFixtureVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := generationAttributedFixtureVerifier.abi.Unpack("publicInputCount", data)
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
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := generationAttributedFixtureVerifier.abi.Pack("verify", proof, input)
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
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return generationAttributedFixtureVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := generationAttributedFixtureVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return generationAttributedFixtureVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) PackVkSha256() []byte {
	enc, err := generationAttributedFixtureVerifier.abi.Pack("vkSha256")
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
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) TryPackVkSha256() ([]byte, error) {
	return generationAttributedFixtureVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := generationAttributedFixtureVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], generationAttributedFixtureVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return generationAttributedFixtureVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], generationAttributedFixtureVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return generationAttributedFixtureVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], generationAttributedFixtureVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return generationAttributedFixtureVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GenerationAttributedFixtureVerifierProofInvalid represents a ProofInvalid error raised by the GenerationAttributedFixtureVerifier contract.
type GenerationAttributedFixtureVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GenerationAttributedFixtureVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackProofInvalidError(raw []byte) (*GenerationAttributedFixtureVerifierProofInvalid, error) {
	out := new(GenerationAttributedFixtureVerifierProofInvalid)
	if err := generationAttributedFixtureVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationAttributedFixtureVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the GenerationAttributedFixtureVerifier contract.
type GenerationAttributedFixtureVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func GenerationAttributedFixtureVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*GenerationAttributedFixtureVerifierPublicInputCountInvalid, error) {
	out := new(GenerationAttributedFixtureVerifierPublicInputCountInvalid)
	if err := generationAttributedFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationAttributedFixtureVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GenerationAttributedFixtureVerifier contract.
type GenerationAttributedFixtureVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GenerationAttributedFixtureVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (generationAttributedFixtureVerifier *GenerationAttributedFixtureVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GenerationAttributedFixtureVerifierPublicInputNotInField, error) {
	out := new(GenerationAttributedFixtureVerifierPublicInputNotInField)
	if err := generationAttributedFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationFixtureVerifierMetaData contains all meta data concerning the GenerationFixtureVerifier contract.
var GenerationFixtureVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "357e3557ba542388062c974011249df1cc",
	Bin: "0x60808060405234601557610eb3908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80636bf062b2146107a557806375080f271461076b578063770cbbc61461075057639649daae14610045575f80fd5b3461074c57604036600319011261074c5760043567ffffffffffffffff811161074c57610076903690600401610e24565b906024359067ffffffffffffffff821161074c573660238301121561074c5781600401359267ffffffffffffffff841161074c5760248301933660248260051b8601011161074c576004810361073557506101800361047f5760019160405190610100830160408184375f516020610e535f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401906101808683376080816101a08701375f516020610e535f395f51905f526102208620069360408601907f169011ce6a7c8079a11ebcbc47c83fb12857071b7e4732d4f35842a454789efe87527f1536c64c0c33f826f6900c5d15fad91d793596917915bee8fbea7ab87a3e58df8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f19049705279b76e9b01830e2496d1f011467f24699aae8395c9cbfef61cc53686101c08601527f177f15f1c65f8325126e386d0088315a3842a448ac7383929f1de07005c3c3a66101e08601527f193dbff3a825b956428fcbf6372fc2cde9392725c49de5fde24efb9b64aee87c6102008601527f010c68ba3cd43b2b7d2e4b3ade2205b27204a4e90227d4c7411fb3cdc03e94426102208601527e54cf864ca119a27646e079c67b10118e05ea4848cc93b5822e1ef809423abf6102408601527f0742074fd68139274339a339bba67c0c5366f01142c454cc1898f8eab64d95ae6102608601527f0845b768a6744aedaaf3cefca4002b3104e2eb0ef942022be078abeb463361236102808601527f191b13f7bcc2df9aac1c6fc2df4e82ccf5576329eb9fbfef247827153580c7876102a08601527f0fdfef36678eae595969bb3cf949197c0ecd2f1bbcebe9b3966d69fda5ec361e6102c08601527f239394f371b40d2bec5fd0daa541b5a27b43739885b6da48a5d2e98c39a26ac86102e08601526103008501526103208401527f0cb0942b666a4e30188c4d735cf2f201d5b28100eb4c1a178ad310cafc1f19156103408401527f2cd75b079cbf951c09162a8e42a89e53aba7cf9536ac37dbe373e4a93b8168986103608401527f23dd05429139063acaaf15a9ba19da62365be1616580cc62217d2236c8dc7d8e6103808401527f1b88ed436f40ee987ebf98f4781e5db1eea0088847eaeafa176f52a2b164b4c96103a084015260406103c084019182378561040084019283526104b5575b5061046085925f516020610e735f395f51905f525f516020610e935f395f51905f5293527f2f52f136c157d0fa3720477818ae69d650461c572a03e7467d72d54f141b49f86104208201527f2c66d02e7f185f46090b545f19a390736129dd1c1c43dd625b2eb56f77cfbc94610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f516020610e735f395f51905f5295505f516020610e935f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f28e83479c30fbbc0d0ed7c0cb446e3f2d25296ec92fd2d031744454b3055e5bb839a949a5260608701917f190efee8d169eb4d5cb544c6f6ab620289bf0061e42831527cf274a8192dbb9b835260448101359960808901958b875285805a6040926007606092fa91357f1d49129340655dee07f2f193feffb6d3e9e4584d71311022a8851889ec7c03ca14161688805a6040926006608092fa167f0e753a440c0407ea69dc7d93ce60a3b6815acb7f2b2983549f4cff401b43054785527f10fb1277e437ab41d98a1ff2f47abd9ec5f3955b7484f4eda4cdef2b1781ca37845260648201359081875285805a6040926007606092fa1689805a6040926006608092fa16917f12b85704e6b44e524b45755adc92d7feea5b1e0bbde58c9aec6d3697df2ac7b386527f0b78056dea2113edb9f15aa681b7c0da306a67e18980bc7b9745579141bbc5d48552608401359a5f516020610e535f395f51905f528c10915f516020610e535f395f51905f5211905f516020610e535f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f2534a713497aa7efaf0f93f1c278f5470e343915ad507dc9cc050bff8326399e84527f111f2703e33d6dcb719715dc40fc233b3d312a1084959ed6a7d98356033722549052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e535f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a1565b63c3296de760e01b5f52600452600460245260445ffd5b5f80fd5b3461074c575f36600319011261074c57602060405160048152f35b3461074c575f36600319011261074c5760206040517f9c11b2ad41f6965b5229960e88a0994170540ca3b1f5fae5eeb7f7412ebe39eb8152f35b3461074c5760a036600319011261074c5760043567ffffffffffffffff811161074c576107d6903690600401610e24565b3660a41161074c576101800361047f5760016040519161010081019260408482375f516020610e535f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820190610180848337608060246101a08501375f516020610e535f395f51905f526102208420069160408401967f169011ce6a7c8079a11ebcbc47c83fb12857071b7e4732d4f35842a454789efe85527f1536c64c0c33f826f6900c5d15fad91d793596917915bee8fbea7ab87a3e58df8252604083893760408560808160065afa841515169788610be3575b5050835190519061010060c086019687377f19049705279b76e9b01830e2496d1f011467f24699aae8395c9cbfef61cc53686101c08601527f177f15f1c65f8325126e386d0088315a3842a448ac7383929f1de07005c3c3a66101e08601527f193dbff3a825b956428fcbf6372fc2cde9392725c49de5fde24efb9b64aee87c6102008601527f010c68ba3cd43b2b7d2e4b3ade2205b27204a4e90227d4c7411fb3cdc03e94426102208601527e54cf864ca119a27646e079c67b10118e05ea4848cc93b5822e1ef809423abf6102408601527f0742074fd68139274339a339bba67c0c5366f01142c454cc1898f8eab64d95ae6102608601527f0845b768a6744aedaaf3cefca4002b3104e2eb0ef942022be078abeb463361236102808601527f191b13f7bcc2df9aac1c6fc2df4e82ccf5576329eb9fbfef247827153580c7876102a08601527f0fdfef36678eae595969bb3cf949197c0ecd2f1bbcebe9b3966d69fda5ec361e6102c08601527f239394f371b40d2bec5fd0daa541b5a27b43739885b6da48a5d2e98c39a26ac86102e08601526103008501526103208401527f0cb0942b666a4e30188c4d735cf2f201d5b28100eb4c1a178ad310cafc1f19156103408401527f2cd75b079cbf951c09162a8e42a89e53aba7cf9536ac37dbe373e4a93b8168986103608401527f23dd05429139063acaaf15a9ba19da62365be1616580cc62217d2236c8dc7d8e6103808401527f1b88ed436f40ee987ebf98f4781e5db1eea0088847eaeafa176f52a2b164b4c96103a084015260406103c08401918237856104008401928352610bac575b5061046085925f516020610e735f395f51905f525f516020610e935f395f51905f5293527f2f52f136c157d0fa3720477818ae69d650461c572a03e7467d72d54f141b49f86104208201527f2c66d02e7f185f46090b545f19a390736129dd1c1c43dd625b2eb56f77cfbc946104408201520152610b9457501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f516020610e735f395f51905f5295505f516020610e935f395f51905f52919260408260606104609460075afa9650929150610b0f565b9096507f28e83479c30fbbc0d0ed7c0cb446e3f2d25296ec92fd2d031744454b3055e5bb8198929852606085017f190efee8d169eb4d5cb544c6f6ab620289bf0061e42831527cf274a8192dbb9b815260443597608087019389855283805a6040926007606092fa906024357f1d49129340655dee07f2f193feffb6d3e9e4584d71311022a8851889ec7c03ca14161687805a6040926006608092fa167f0e753a440c0407ea69dc7d93ce60a3b6815acb7f2b2983549f4cff401b43054784527f10fb1277e437ab41d98a1ff2f47abd9ec5f3955b7484f4eda4cdef2b1781ca3783526064359081865284805a6040926007606092fa1688805a6040926006608092fa16907f12b85704e6b44e524b45755adc92d7feea5b1e0bbde58c9aec6d3697df2ac7b385527f0b78056dea2113edb9f15aa681b7c0da306a67e18980bc7b9745579141bbc5d484526084359a5f516020610e535f395f51905f528c10915f516020610e535f395f51905f5211905f516020610e535f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f2534a713497aa7efaf0f93f1c278f5470e343915ad507dc9cc050bff8326399e84527f111f2703e33d6dcb719715dc40fc233b3d312a1084959ed6a7d98356033722549052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e535f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806108b9565b9181601f8401121561074c5782359167ffffffffffffffff831161074c576020838186019501011161074c5756fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000104c55cfa6f6b8026282d4ae3bad2f1d2ec965793d229763b987620dad79f08f11fe86394e396cc4e70a4b3ec6f23a90240c66752a9708a29ce3ec0edd61cd96c",
}

// GenerationFixtureVerifier is an auto generated Go binding around an Ethereum contract.
type GenerationFixtureVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GenerationFixtureVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGenerationFixtureVerifier creates a new instance of GenerationFixtureVerifier.
func NewGenerationFixtureVerifier() *GenerationFixtureVerifier {
	parsed, err := GenerationFixtureVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GenerationFixtureVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GenerationFixtureVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (generationFixtureVerifier *GenerationFixtureVerifier) PackPublicInputCount() []byte {
	enc, err := generationFixtureVerifier.abi.Pack("publicInputCount")
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
func (generationFixtureVerifier *GenerationFixtureVerifier) TryPackPublicInputCount() ([]byte, error) {
	return generationFixtureVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := generationFixtureVerifier.abi.Unpack("publicInputCount", data)
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
func (generationFixtureVerifier *GenerationFixtureVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := generationFixtureVerifier.abi.Pack("verify", proof, input)
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
func (generationFixtureVerifier *GenerationFixtureVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return generationFixtureVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (generationFixtureVerifier *GenerationFixtureVerifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := generationFixtureVerifier.abi.Pack("verifyProof", proof, input)
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
func (generationFixtureVerifier *GenerationFixtureVerifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return generationFixtureVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (generationFixtureVerifier *GenerationFixtureVerifier) PackVkSha256() []byte {
	enc, err := generationFixtureVerifier.abi.Pack("vkSha256")
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
func (generationFixtureVerifier *GenerationFixtureVerifier) TryPackVkSha256() ([]byte, error) {
	return generationFixtureVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := generationFixtureVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], generationFixtureVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return generationFixtureVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], generationFixtureVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return generationFixtureVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], generationFixtureVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return generationFixtureVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GenerationFixtureVerifierProofInvalid represents a ProofInvalid error raised by the GenerationFixtureVerifier contract.
type GenerationFixtureVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GenerationFixtureVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackProofInvalidError(raw []byte) (*GenerationFixtureVerifierProofInvalid, error) {
	out := new(GenerationFixtureVerifierProofInvalid)
	if err := generationFixtureVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationFixtureVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the GenerationFixtureVerifier contract.
type GenerationFixtureVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func GenerationFixtureVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*GenerationFixtureVerifierPublicInputCountInvalid, error) {
	out := new(GenerationFixtureVerifierPublicInputCountInvalid)
	if err := generationFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerationFixtureVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GenerationFixtureVerifier contract.
type GenerationFixtureVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GenerationFixtureVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (generationFixtureVerifier *GenerationFixtureVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GenerationFixtureVerifierPublicInputNotInField, error) {
	out := new(GenerationFixtureVerifierPublicInputNotInField)
	if err := generationFixtureVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMintableMetaData contains all meta data concerning the IMintable contract.
var IMintableMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "15d40a1149fa87ddd166eb6b9cf54cb161",
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

// IWithdrawMetaData contains all meta data concerning the IWithdraw contract.
var IWithdrawMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "429bf6032ef996f5cdd7af86764e47019c",
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

// MnistSmallVerifierMetaData contains all meta data concerning the MnistSmallVerifier contract.
var MnistSmallVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "4e10abf89ef228eb9416e1a2ebb4a79e2e",
	Bin: "0x60808060405234601557610eb3908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80636bf062b2146107a557806375080f271461076b578063770cbbc61461075057639649daae14610045575f80fd5b3461074c57604036600319011261074c5760043567ffffffffffffffff811161074c57610076903690600401610e24565b906024359067ffffffffffffffff821161074c573660238301121561074c5781600401359267ffffffffffffffff841161074c5760248301933660248260051b8601011161074c576004810361073557506101800361047f5760019160405190610100830160408184375f516020610e735f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401906101808683376080816101a08701375f516020610e735f395f51905f526102208620069360408601907f0f4d6ec54d2fb51d3edffd7266329ba3d39d6b7bafdbcf53dc85628cd6b2aecd87527f1aa805e8cb0edecb329a54df57822a68a23a8e4839f5afafe7e6418951e26afb8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f039c552667d8ac8e23b2bf01e1de5f7dc1b99beb79f08100463e228ac75a82176101c08601527f1c2fa0a50b11b7ed33ea397c54929e8589139694e4b75910ea42659915507d9f6101e08601527f21c557890f4eb2f36020fd55ae5e718f58c5870943ea17786d32ad9d4d7560bf6102008601527f05405a56f79c4c388be4fc0e3434d57cad1417e9b871932c1a3d9232590334716102208601527f012f885742afd38582b34e155444be7628432affe1e26319a195ae1f3c6470db6102408601527f1532773f1bf6c65db9a2040ed7b199d79ec9ea35cd2e6baee6e6c8d8ee2a764b6102608601527f14b754f6d8cab99bfe5849cae162379d908661815bd6453b2a16fdd3e65d65936102808601527f1699d5d68b21c98c339704ff52df022744542d5edabb7d93786686c27138a7426102a08601527f146b78ca682add9ac36f435f146bbb490b1fd47830273b4f74d2f3258ad599806102c08601527f2008c26e3966ec5a321204d6cf14afa185c277a76d12773b747502e6bd1bc0ee6102e08601526103008501526103208401527f18e52075d60fea60112058f715c93206b579c39634a88846abf238e7c950e2086103408401527f0d480d0e87db82e81dbf0b0bc5e15997ba4ae97eebd85e37636fb8c42532a7bd6103608401527f23e0f5657853bcb7efdeea67e1a5d5063ed0d2577f6292cd3053e2992774c0706103808401527f2685e21ac852a23405a65e9c36e5d4d7274a4f1277cab6716b1c5942ffc4945a6103a084015260406103c084019182378561040084019283526104b5575b5061046085925f516020610e535f395f51905f525f516020610e935f395f51905f5293527e41d7bca42a5c596c514c6faba63e8197000bd22bfd3d63b2b97a0a4c8d768b6104208201527f167fce050257cdd2d7303da8cf8591180068598a27ed530f68c98d2476404a66610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f516020610e535f395f51905f5295505f516020610e935f395f51905f52919260408260606104609460075afa96509291506103fa565b90919298507f024608a7a49330034f4a06d5e1e57e4246d8a0627477cfdf38a6ad7175099afe839a949a5260608701917f2957268336f5bfc45527c237a7b9764b7bac3c4e1feb737cb96fb5c3c85a27e9835260448101359960808901958b875285805a6040926007606092fa91357f1e5ddaaf974fc40a271d11190f9eb27bdc9826d519e1358d9824332aedf2805a14161688805a6040926006608092fa167f2b815c9ed0339aacfd700b48295201f3bfd4973b70efc9e326c80cc39f1abb8885527f201ebcca272d47b3d4851f5455583503227f1b7aade82eeb2a22181f89292479845260648201359081875285805a6040926007606092fa1689805a6040926006608092fa16917f08e68ca314b989d4a0333dab38cc26eb10ba120636ab3ea09b31e12da0718ffc86527f19c280caa925dfef76f96623ace1245208d9a1689f5d492519696da816c64c148552608401359a5f516020610e735f395f51905f528c10915f516020610e735f395f51905f5211905f516020610e735f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f1b4f5df8ddccdadd17768caa30de66f912264b9906a8b1fef7781731e12e194a84527f2bcd14daad5d3048c99173e81b46aa3e0e5fbd83b1e19ea8f9b84a805062254b9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e735f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a1565b63c3296de760e01b5f52600452600460245260445ffd5b5f80fd5b3461074c575f36600319011261074c57602060405160048152f35b3461074c575f36600319011261074c5760206040517f3076b9edc927a426914a558844f170fd3b93f8003d9c61db590f3f40f727f4728152f35b3461074c5760a036600319011261074c5760043567ffffffffffffffff811161074c576107d6903690600401610e24565b3660a41161074c576101800361047f5760016040519161010081019260408482375f516020610e735f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820190610180848337608060246101a08501375f516020610e735f395f51905f526102208420069160408401967f0f4d6ec54d2fb51d3edffd7266329ba3d39d6b7bafdbcf53dc85628cd6b2aecd85527f1aa805e8cb0edecb329a54df57822a68a23a8e4839f5afafe7e6418951e26afb8252604083893760408560808160065afa841515169788610be3575b5050835190519061010060c086019687377f039c552667d8ac8e23b2bf01e1de5f7dc1b99beb79f08100463e228ac75a82176101c08601527f1c2fa0a50b11b7ed33ea397c54929e8589139694e4b75910ea42659915507d9f6101e08601527f21c557890f4eb2f36020fd55ae5e718f58c5870943ea17786d32ad9d4d7560bf6102008601527f05405a56f79c4c388be4fc0e3434d57cad1417e9b871932c1a3d9232590334716102208601527f012f885742afd38582b34e155444be7628432affe1e26319a195ae1f3c6470db6102408601527f1532773f1bf6c65db9a2040ed7b199d79ec9ea35cd2e6baee6e6c8d8ee2a764b6102608601527f14b754f6d8cab99bfe5849cae162379d908661815bd6453b2a16fdd3e65d65936102808601527f1699d5d68b21c98c339704ff52df022744542d5edabb7d93786686c27138a7426102a08601527f146b78ca682add9ac36f435f146bbb490b1fd47830273b4f74d2f3258ad599806102c08601527f2008c26e3966ec5a321204d6cf14afa185c277a76d12773b747502e6bd1bc0ee6102e08601526103008501526103208401527f18e52075d60fea60112058f715c93206b579c39634a88846abf238e7c950e2086103408401527f0d480d0e87db82e81dbf0b0bc5e15997ba4ae97eebd85e37636fb8c42532a7bd6103608401527f23e0f5657853bcb7efdeea67e1a5d5063ed0d2577f6292cd3053e2992774c0706103808401527f2685e21ac852a23405a65e9c36e5d4d7274a4f1277cab6716b1c5942ffc4945a6103a084015260406103c08401918237856104008401928352610bac575b5061046085925f516020610e535f395f51905f525f516020610e935f395f51905f5293527e41d7bca42a5c596c514c6faba63e8197000bd22bfd3d63b2b97a0a4c8d768b6104208201527f167fce050257cdd2d7303da8cf8591180068598a27ed530f68c98d2476404a666104408201520152610b9457501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f516020610e535f395f51905f5295505f516020610e935f395f51905f52919260408260606104609460075afa9650929150610b10565b9096507f024608a7a49330034f4a06d5e1e57e4246d8a0627477cfdf38a6ad7175099afe8198929852606085017f2957268336f5bfc45527c237a7b9764b7bac3c4e1feb737cb96fb5c3c85a27e9815260443597608087019389855283805a6040926007606092fa906024357f1e5ddaaf974fc40a271d11190f9eb27bdc9826d519e1358d9824332aedf2805a14161687805a6040926006608092fa167f2b815c9ed0339aacfd700b48295201f3bfd4973b70efc9e326c80cc39f1abb8884527f201ebcca272d47b3d4851f5455583503227f1b7aade82eeb2a22181f8929247983526064359081865284805a6040926007606092fa1688805a6040926006608092fa16907f08e68ca314b989d4a0333dab38cc26eb10ba120636ab3ea09b31e12da0718ffc85527f19c280caa925dfef76f96623ace1245208d9a1689f5d492519696da816c64c1484526084359a5f516020610e735f395f51905f528c10915f516020610e735f395f51905f5211905f516020610e735f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f1b4f5df8ddccdadd17768caa30de66f912264b9906a8b1fef7781731e12e194a84527f2bcd14daad5d3048c99173e81b46aa3e0e5fbd83b1e19ea8f9b84a805062254b9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e735f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806108b9565b9181601f8401121561074c5782359167ffffffffffffffff831161074c576020838186019501011161074c5756fe0682e0822ae8ca2192a7774b4285c08f64adcafbce6c80d5ea6fc95843fa784330644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000112f6e680bc1fcc38cf40438b59f4c9ed625c9d7505d2b92f3cac9603f6e02000",
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

// ReentrantWithdrawerMetaData contains all meta data concerning the ReentrantWithdrawer contract.
var ReentrantWithdrawerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"t\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "5a2a1330e2a8daa6054ec2347866508e63",
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

// TestAcceptingVerifierMetaData contains all meta data concerning the TestAcceptingVerifier contract.
var TestAcceptingVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"Rejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VK_SHA256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "73f8b21e4203d1daa19ea051db184c8542",
	Bin: "0x60808060405234601557610194908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816313141b6a1461015c5750806375080f2714610122578063770cbbc61461010757639649daae14610048575f80fd5b346101035760403660031901126101035760043567ffffffffffffffff811161010357366023820112156101035780600401359067ffffffffffffffff82116101035760248236920101116101035760243567ffffffffffffffff811161010357366023820112156101035780600401359067ffffffffffffffff821161010357602436918360051b01011161010357600314908115916100fa575b506100eb57005b63efde6dcf60e01b5f5260045ffd5b9050155f6100e4565b5f80fd5b34610103575f36600319011261010357602060405160038152f35b34610103575f3660031901126101035760206040517f4279d254399158a6c67b3db589281345d72a6b77772bd1e959cce64f074184f28152f35b34610103575f36600319011261010357807f4279d254399158a6c67b3db589281345d72a6b77772bd1e959cce64f074184f260209252f3",
}

// TestAcceptingVerifier is an auto generated Go binding around an Ethereum contract.
type TestAcceptingVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestAcceptingVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTestAcceptingVerifier creates a new instance of TestAcceptingVerifier.
func NewTestAcceptingVerifier() *TestAcceptingVerifier {
	parsed, err := TestAcceptingVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestAcceptingVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestAcceptingVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVKSHA256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13141b6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VK_SHA256() view returns(bytes32)
func (testAcceptingVerifier *TestAcceptingVerifier) PackVKSHA256() []byte {
	enc, err := testAcceptingVerifier.abi.Pack("VK_SHA256")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVKSHA256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13141b6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VK_SHA256() view returns(bytes32)
func (testAcceptingVerifier *TestAcceptingVerifier) TryPackVKSHA256() ([]byte, error) {
	return testAcceptingVerifier.abi.Pack("VK_SHA256")
}

// UnpackVKSHA256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13141b6a.
//
// Solidity: function VK_SHA256() view returns(bytes32)
func (testAcceptingVerifier *TestAcceptingVerifier) UnpackVKSHA256(data []byte) ([32]byte, error) {
	out, err := testAcceptingVerifier.abi.Unpack("VK_SHA256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (testAcceptingVerifier *TestAcceptingVerifier) PackPublicInputCount() []byte {
	enc, err := testAcceptingVerifier.abi.Pack("publicInputCount")
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
func (testAcceptingVerifier *TestAcceptingVerifier) TryPackPublicInputCount() ([]byte, error) {
	return testAcceptingVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (testAcceptingVerifier *TestAcceptingVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := testAcceptingVerifier.abi.Unpack("publicInputCount", data)
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
// Solidity: function verify(bytes proof, uint256[] input) pure returns()
func (testAcceptingVerifier *TestAcceptingVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := testAcceptingVerifier.abi.Pack("verify", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] input) pure returns()
func (testAcceptingVerifier *TestAcceptingVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return testAcceptingVerifier.abi.Pack("verify", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (testAcceptingVerifier *TestAcceptingVerifier) PackVkSha256() []byte {
	enc, err := testAcceptingVerifier.abi.Pack("vkSha256")
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
func (testAcceptingVerifier *TestAcceptingVerifier) TryPackVkSha256() ([]byte, error) {
	return testAcceptingVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (testAcceptingVerifier *TestAcceptingVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := testAcceptingVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testAcceptingVerifier *TestAcceptingVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testAcceptingVerifier.abi.Errors["Rejected"].ID.Bytes()[:4]) {
		return testAcceptingVerifier.UnpackRejectedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestAcceptingVerifierRejected represents a Rejected error raised by the TestAcceptingVerifier contract.
type TestAcceptingVerifierRejected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rejected()
func TestAcceptingVerifierRejectedErrorID() common.Hash {
	return common.HexToHash("0xefde6dcf3c2196c5705e848c09f0659d33de3ca0248be3ab40852d1bafc0f1e3")
}

// UnpackRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rejected()
func (testAcceptingVerifier *TestAcceptingVerifier) UnpackRejectedError(raw []byte) (*TestAcceptingVerifierRejected, error) {
	out := new(TestAcceptingVerifierRejected)
	if err := testAcceptingVerifier.abi.UnpackIntoInterface(out, "Rejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestL2BridgeMetaData contains all meta data concerning the TestL2Bridge contract.
var TestL2BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMintable\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"finalizeDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7ea476e3820c12a5f88c0b12bfb6287784",
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

// TestPortalMetaData contains all meta data concerning the TestPortal contract.
var TestPortalMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"opaqueData\",\"type\":\"bytes\"}],\"name\":\"TransactionDeposited\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"_gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"_isCreation\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"depositTransaction\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasPayingToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"addr_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "bd4ed141a27756eadc7979bc394e03cef5",
	Bin: "0x60808060405234601557610258908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081634397dfef14610203575080635c975abb146101e95763e9e05c421461003d575f80fd5b60a03660031901126101d1576004356001600160a01b038116908190036101d1576044359067ffffffffffffffff821682036101d157606435918215158093036101d15760843567ffffffffffffffff81116101d157366023820112156101d15780600401359367ffffffffffffffff85116101d557604051906100cb601f8701601f191660200183610236565b858252602082019136602488860101116101d1575f602088829960247fb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c32980187378301015233913233036101aa575b606961017391604094958551948592602084019a348c526024358986015267ffffffffffffffff60c01b9060c01b16606085015260f81b60688401525180918484015e81018a838201520301601f198101835282610236565b8151928391602083525180968160208501528484015e81860183018890526001600160a01b031694601f01601f19168101030190a4005b33731111000000000000000000000000000000001111016001600160a01b0316925061011a565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b346101d1575f3660031901126101d15760206040515f8152f35b346101d1575f3660031901126101d1578073eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee6040925260126020820152f35b90601f8019910116810190811067ffffffffffffffff8211176101d55760405256",
}

// TestPortal is an auto generated Go binding around an Ethereum contract.
type TestPortal struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestPortal) GetABI() abi.ABI {
	return c.abi
}

// NewTestPortal creates a new instance of TestPortal.
func NewTestPortal() *TestPortal {
	parsed, err := TestPortalMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestPortal{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestPortal) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDepositTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9e05c42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes _data) payable returns()
func (testPortal *TestPortal) PackDepositTransaction(to common.Address, value *big.Int, gasLimit uint64, isCreation bool, data []byte) []byte {
	enc, err := testPortal.abi.Pack("depositTransaction", to, value, gasLimit, isCreation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9e05c42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes _data) payable returns()
func (testPortal *TestPortal) TryPackDepositTransaction(to common.Address, value *big.Int, gasLimit uint64, isCreation bool, data []byte) ([]byte, error) {
	return testPortal.abi.Pack("depositTransaction", to, value, gasLimit, isCreation, data)
}

// PackGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4397dfef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasPayingToken() pure returns(address addr_, uint8 decimals_)
func (testPortal *TestPortal) PackGasPayingToken() []byte {
	enc, err := testPortal.abi.Pack("gasPayingToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4397dfef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasPayingToken() pure returns(address addr_, uint8 decimals_)
func (testPortal *TestPortal) TryPackGasPayingToken() ([]byte, error) {
	return testPortal.abi.Pack("gasPayingToken")
}

// GasPayingTokenOutput serves as a container for the return parameters of contract
// method GasPayingToken.
type GasPayingTokenOutput struct {
	Addr     common.Address
	Decimals uint8
}

// UnpackGasPayingToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4397dfef.
//
// Solidity: function gasPayingToken() pure returns(address addr_, uint8 decimals_)
func (testPortal *TestPortal) UnpackGasPayingToken(data []byte) (GasPayingTokenOutput, error) {
	out, err := testPortal.abi.Unpack("gasPayingToken", data)
	outstruct := new(GasPayingTokenOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addr = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Decimals = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() pure returns(bool)
func (testPortal *TestPortal) PackPaused() []byte {
	enc, err := testPortal.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() pure returns(bool)
func (testPortal *TestPortal) TryPackPaused() ([]byte, error) {
	return testPortal.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() pure returns(bool)
func (testPortal *TestPortal) UnpackPaused(data []byte) (bool, error) {
	out, err := testPortal.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestPortalTransactionDeposited represents a TransactionDeposited event raised by the TestPortal contract.
type TestPortalTransactionDeposited struct {
	From       common.Address
	To         common.Address
	Version    *big.Int
	OpaqueData []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TestPortalTransactionDepositedEventName = "TransactionDeposited"

// ContractEventName returns the user-defined event name.
func (TestPortalTransactionDeposited) ContractEventName() string {
	return TestPortalTransactionDepositedEventName
}

// UnpackTransactionDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransactionDeposited(address indexed from, address indexed to, uint256 indexed version, bytes opaqueData)
func (testPortal *TestPortal) UnpackTransactionDepositedEvent(log *types.Log) (*TestPortalTransactionDeposited, error) {
	event := "TransactionDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testPortal.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestPortalTransactionDeposited)
	if len(log.Data) > 0 {
		if err := testPortal.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testPortal.abi.Events[event].Inputs {
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

// TestRequestBookMetaData contains all meta data concerning the TestRequestBook contract.
var TestRequestBookMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proverFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakersFee\",\"type\":\"uint256\"}],\"name\":\"SettledFor\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"creditOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"isOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"open\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIProverRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIProverRegistry\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"proverFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakersFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"stakingPool\",\"type\":\"address\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "8af1e452bf631277564b65e777bf2579c5",
	Bin: "0x60a034607357601f61066638819003918201601f19168301916001600160401b03831184841017607757808492602094604052833981010312607357516001600160a01b03811681036073576080526040516105da908161008c823960805181818160960152818161024201526104c20152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c9081633ccfd60b1461046657508063758072501461042a5780637b103999146104035780637c35be7a146103d4578063a91ee0dc14610394578063b3a688e01461019e578063c4d252f5146100f6578063d3b3f73a146100c85763fc0c546a14610081575f80fd5b346100c557806003193601126100c5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100c55760203660031901126100c5576004358152600160205260408120600160ff1982541617905580f35b503461019a57602036600319011261019a57600435805f52600160205261012360ff60405f205416610582565b5f818152600160205260408120805460ff19169055546001600160a01b0316908161014c578280f35b813b1561019a575f91602483926040519485938492635b28b70960e11b845260048401525af1801561018f5761018157808280f35b61018d91505f90610534565b005b6040513d5f823e3d90fd5b5f80fd5b3461019a57608036600319011261019a576004356024356044356064356001600160a01b0381169081900361019a57835f5260016020526101e560ff60405f205416610582565b5f848152600160205260408120805460ff19169055546001600160a01b031680610318575033915b61021781856105b9565b6040516323b872dd60e01b81523360048201523060248201526044810191909152936020856064815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af193841561018f577f2f98b3472bcea64bebcf8e3cee9368f338e253d85e2e76dce8acd008d48f69cd956060956102eb575b5060018060a01b031692835f52600260205260405f206102be8382546105b9565b90555f52600260205260405f206102d68382546105b9565b905560405192835260208301526040820152a2005b61030c9060203d602011610311575b6103048183610534565b81019061056a565b61029d565b503d6102fa565b60205f91604460405180948193639712810360e01b83528a60048401523360248401525af190811561018f575f91610352575b509161020d565b90506020813d60201161038c575b8161036d60209383610534565b8101031261019a57516001600160a01b038116810361019a578561034b565b3d9150610360565b3461019a57602036600319011261019a576004356001600160a01b0381169081900361019a576bffffffffffffffffffffffff60a01b5f5416175f555f80f35b3461019a57602036600319011261019a576004355f526001602052602060ff60405f2054166040519015158152f35b3461019a575f36600319011261019a575f546040516001600160a01b039091168152602090f35b3461019a57602036600319011261019a576004356001600160a01b0381169081900361019a575f526002602052602060405f2054604051908152f35b3461019a575f36600319011261019a57335f52600260205260405f20549081156105085750335f5260026020525f60408120556040519063a9059cbb60e01b825233600483015260248201526020816044815f60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af1801561018f576104f057005b61018d9060203d602011610311576103048183610534565b62461bcd60e51b81526020600482015260076024820152666e6f7468696e6760c81b6044820152606490fd5b90601f8019910116810190811067ffffffffffffffff82111761055657604052565b634e487b7160e01b5f52604160045260245ffd5b9081602091031261019a5751801515810361019a5790565b1561058957565b60405162461bcd60e51b81526020600482015260086024820152673737ba1037b832b760c11b6044820152606490fd5b919082018092116105c657565b634e487b7160e01b5f52601160045260245ffd",
}

// TestRequestBook is an auto generated Go binding around an Ethereum contract.
type TestRequestBook struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestRequestBook) GetABI() abi.ABI {
	return c.abi
}

// NewTestRequestBook creates a new instance of TestRequestBook.
func NewTestRequestBook() *TestRequestBook {
	parsed, err := TestRequestBookMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestRequestBook{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestRequestBook) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (testRequestBook *TestRequestBook) PackConstructor(token_ common.Address) []byte {
	enc, err := testRequestBook.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 key) returns()
func (testRequestBook *TestRequestBook) PackCancel(key [32]byte) []byte {
	enc, err := testRequestBook.abi.Pack("cancel", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 key) returns()
func (testRequestBook *TestRequestBook) TryPackCancel(key [32]byte) ([]byte, error) {
	return testRequestBook.abi.Pack("cancel", key)
}

// PackCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75807250.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditOf(address ) view returns(uint256)
func (testRequestBook *TestRequestBook) PackCreditOf(arg0 common.Address) []byte {
	enc, err := testRequestBook.abi.Pack("creditOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75807250.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditOf(address ) view returns(uint256)
func (testRequestBook *TestRequestBook) TryPackCreditOf(arg0 common.Address) ([]byte, error) {
	return testRequestBook.abi.Pack("creditOf", arg0)
}

// UnpackCreditOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75807250.
//
// Solidity: function creditOf(address ) view returns(uint256)
func (testRequestBook *TestRequestBook) UnpackCreditOf(data []byte) (*big.Int, error) {
	out, err := testRequestBook.abi.Unpack("creditOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c35be7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOpen(bytes32 ) view returns(bool)
func (testRequestBook *TestRequestBook) PackIsOpen(arg0 [32]byte) []byte {
	enc, err := testRequestBook.abi.Pack("isOpen", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c35be7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOpen(bytes32 ) view returns(bool)
func (testRequestBook *TestRequestBook) TryPackIsOpen(arg0 [32]byte) ([]byte, error) {
	return testRequestBook.abi.Pack("isOpen", arg0)
}

// UnpackIsOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c35be7a.
//
// Solidity: function isOpen(bytes32 ) view returns(bool)
func (testRequestBook *TestRequestBook) UnpackIsOpen(data []byte) (bool, error) {
	out, err := testRequestBook.abi.Unpack("isOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b3f73a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(bytes32 key) returns()
func (testRequestBook *TestRequestBook) PackOpen(key [32]byte) []byte {
	enc, err := testRequestBook.abi.Pack("open", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b3f73a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(bytes32 key) returns()
func (testRequestBook *TestRequestBook) TryPackOpen(key [32]byte) ([]byte, error) {
	return testRequestBook.abi.Pack("open", key)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (testRequestBook *TestRequestBook) PackRegistry() []byte {
	enc, err := testRequestBook.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (testRequestBook *TestRequestBook) TryPackRegistry() ([]byte, error) {
	return testRequestBook.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (testRequestBook *TestRequestBook) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := testRequestBook.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa91ee0dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistry(address r) returns()
func (testRequestBook *TestRequestBook) PackSetRegistry(r common.Address) []byte {
	enc, err := testRequestBook.abi.Pack("setRegistry", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa91ee0dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistry(address r) returns()
func (testRequestBook *TestRequestBook) TryPackSetRegistry(r common.Address) ([]byte, error) {
	return testRequestBook.abi.Pack("setRegistry", r)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3a688e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 key, uint256 proverFee, uint256 stakersFee, address stakingPool) returns()
func (testRequestBook *TestRequestBook) PackSettle(key [32]byte, proverFee *big.Int, stakersFee *big.Int, stakingPool common.Address) []byte {
	enc, err := testRequestBook.abi.Pack("settle", key, proverFee, stakersFee, stakingPool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3a688e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 key, uint256 proverFee, uint256 stakersFee, address stakingPool) returns()
func (testRequestBook *TestRequestBook) TryPackSettle(key [32]byte, proverFee *big.Int, stakersFee *big.Int, stakingPool common.Address) ([]byte, error) {
	return testRequestBook.abi.Pack("settle", key, proverFee, stakersFee, stakingPool)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (testRequestBook *TestRequestBook) PackToken() []byte {
	enc, err := testRequestBook.abi.Pack("token")
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
func (testRequestBook *TestRequestBook) TryPackToken() ([]byte, error) {
	return testRequestBook.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (testRequestBook *TestRequestBook) UnpackToken(data []byte) (common.Address, error) {
	out, err := testRequestBook.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (testRequestBook *TestRequestBook) PackWithdraw() []byte {
	enc, err := testRequestBook.abi.Pack("withdraw")
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
func (testRequestBook *TestRequestBook) TryPackWithdraw() ([]byte, error) {
	return testRequestBook.abi.Pack("withdraw")
}

// TestRequestBookSettledFor represents a SettledFor event raised by the TestRequestBook contract.
type TestRequestBookSettledFor struct {
	Key        [32]byte
	Prover     common.Address
	ProverFee  *big.Int
	StakersFee *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TestRequestBookSettledForEventName = "SettledFor"

// ContractEventName returns the user-defined event name.
func (TestRequestBookSettledFor) ContractEventName() string {
	return TestRequestBookSettledForEventName
}

// UnpackSettledForEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettledFor(bytes32 indexed key, address prover, uint256 proverFee, uint256 stakersFee)
func (testRequestBook *TestRequestBook) UnpackSettledForEvent(log *types.Log) (*TestRequestBookSettledFor, error) {
	event := "SettledFor"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testRequestBook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestRequestBookSettledFor)
	if len(log.Data) > 0 {
		if err := testRequestBook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testRequestBook.abi.Events[event].Inputs {
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

// TinyGnarkSetupVerifierMetaData contains all meta data concerning the TinyGnarkSetupVerifier contract.
var TinyGnarkSetupVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "cbccdc32bf8ebfc0e570ebc14e3f22fd99",
	Bin: "0x60808060405234601557610da4908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610cbd57508063770cbbc614610ca25780638d8f8a5c146106b357639649daae14610048575f80fd5b346106af5760403660031901126106af5760043567ffffffffffffffff81116106af57610079903690600401610cf5565b6024359067ffffffffffffffff82116106af57366023830112156106af57816004013567ffffffffffffffff81116106af576024830192602436918360051b0101116106af5760018103610698575061018003610525576001906040516101008401604081833782359460408301918683525f516020610d645f395f51905f52606085200696786f70656e70726f6f662e67726f746831362e666f6c642e763160381b85526020808601966101808589376101a08701375f516020610d645f395f51905f526101c0862006937f15296fa287bd50f46df9ca855bc1c8515c153e12417f389c43f9a61d4669af3886527f1a539b64ae91b25bab198a46db545ed96b3d971dcbc93c5859f84dfe17aa27038752604083823760408660808160065afa8515151698896105b4575b5050508351945160c08501956101008488377f160123c71b7a0ed45f15b58747e113d2b5ec6bc3d052cdec15c9d4875082a6866101c08701527f19b6012e511b725265c40ffd1495dc8528ffbdbeabcbf38e4c23c011a10efdb46101e08701527f0df4dfe0572c167176df2c82899ad09a64a838e0fe866d732dff2ceeb68a640a6102008701527f1b2c06202a9f8f911886945781e4b48ed6d5877a617af389462b530098a9f3596102208701527f1877bae4105e5ca6cf1b19d79d61233bdb74b7e87038fe643b533410265789946102408701527f03c2bf1182d54082a30e27da298e65742ab5d60bfdef4f344bdf6cc01bbf59f16102608701527f160b0087987b51509f5d06a994138cc14b6e7c4f632c1bfb74ed3de8269b8e926102808701527f1756f6b4d32bab0b489f6826cb0453fb55e0e39cdcf13e9ff85c66389d9196086102a08701527f1086e58f1047567db3d14a78bbc0ee6083c663d0c7c40df3126b566307dd95b66102c08701527f0c768a9968c394a1dbea255f17739ac038a57a23d3fd835dfb4b69312ae174336102e08701526103008601526103208501527f23fda74f1d534283d76a58eb43352b535116861deaef7750961c002d96b18b266103408501527f16e1277b4f874d62cab8d15e361b8ffdd23553fd6a8aba934f12032b617d33bb6103608501527f2527e2d8c1f384b99b405ca8f3ca189ff41cf4d364bf382684e3a40c3b12220d6103808501527f0aeca2cf6a9fe9c912f00ace3936ffe5924e9323253afd76d5852f0d988bfb756103a085015260406103c0850191823761040084019087848352610592575b505f516020610d445f395f51905f5290527f03d565995a35f45adab81e4d3967cf2c81cd658e6a55fe75cc857a3aab4a96f96104208401527f1d6d4852fdbe8c7d303f338070f60adc33b6365758ce99d177d8ec06f53a55646104408401527f01ea78c65e790b55f0c0b74e54db3ee657dda44c9a50000ad67d02cf5f43b0536104608401526040610140610480850192018237856104c0840192835261055b575b5061052085925f516020610d245f395f51905f525f516020610d845f395f51905f5293527f2660dc329ac3bce92d2ad439128ec1d1290d3ff2c33b4bf1b7c74bca2cfe1b2a6104e08201527ee36c4e572bf461d6809b2f4fbc4a8ef934150252d36ac6bf47cdc92002a8c76105008201520152610543575b5015610534571561052557005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816104808160085afa905116905f610518565b5f516020610d245f395f51905f5295505f516020610d845f395f51905f52919260408260606105209460075afa96509291506104a0565b5f516020610d445f395f51905f5291975080606060409260075afa96906103fe565b604092939998507f0ae54ec31a4e2481c1b0efb27f54f77790f69b5995d9f69e609eb19f86f4efda825260608701937f0774b0a8788a54811b1930f530364fb6c882e02d5f367d5b44f1ebd41192352585527f2acb99a5206e422cf69f3322dcb14811aaec18eedd7c53d4dd6762d3683a3a8c5f516020610d645f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f2cf5f7e62cded21326a9e1e753c591eb4522cfee28026ba493a2e9e498a654608552525260608160075afa1660408460808160065afa16955f80806101a5565b63c3296de760e01b5f52600452600160245260445ffd5b5f80fd5b346106af5760403660031901126106af5760043567ffffffffffffffff81116106af576106e4903690600401610cf5565b366044116106af57610180036105255760016040519161010081019260408482376024359160408201908382525f516020610d645f395f51905f52606084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b84526020840194610180838737602060246101a08701375f516020610d645f395f51905f526101c0862006937f15296fa287bd50f46df9ca855bc1c8515c153e12417f389c43f9a61d4669af3886527f1a539b64ae91b25bab198a46db545ed96b3d971dcbc93c5859f84dfe17aa27038752604083823760408660808160065afa851515169889610bbe575b5050508351945160c08501956101008488377f160123c71b7a0ed45f15b58747e113d2b5ec6bc3d052cdec15c9d4875082a6866101c08701527f19b6012e511b725265c40ffd1495dc8528ffbdbeabcbf38e4c23c011a10efdb46101e08701527f0df4dfe0572c167176df2c82899ad09a64a838e0fe866d732dff2ceeb68a640a6102008701527f1b2c06202a9f8f911886945781e4b48ed6d5877a617af389462b530098a9f3596102208701527f1877bae4105e5ca6cf1b19d79d61233bdb74b7e87038fe643b533410265789946102408701527f03c2bf1182d54082a30e27da298e65742ab5d60bfdef4f344bdf6cc01bbf59f16102608701527f160b0087987b51509f5d06a994138cc14b6e7c4f632c1bfb74ed3de8269b8e926102808701527f1756f6b4d32bab0b489f6826cb0453fb55e0e39cdcf13e9ff85c66389d9196086102a08701527f1086e58f1047567db3d14a78bbc0ee6083c663d0c7c40df3126b566307dd95b66102c08701527f0c768a9968c394a1dbea255f17739ac038a57a23d3fd835dfb4b69312ae174336102e08701526103008601526103208501527f23fda74f1d534283d76a58eb43352b535116861deaef7750961c002d96b18b266103408501527f16e1277b4f874d62cab8d15e361b8ffdd23553fd6a8aba934f12032b617d33bb6103608501527f2527e2d8c1f384b99b405ca8f3ca189ff41cf4d364bf382684e3a40c3b12220d6103808501527f0aeca2cf6a9fe9c912f00ace3936ffe5924e9323253afd76d5852f0d988bfb756103a085015260406103c0850191823761040084019087848352610b9c575b505f516020610d445f395f51905f5290527f03d565995a35f45adab81e4d3967cf2c81cd658e6a55fe75cc857a3aab4a96f96104208401527f1d6d4852fdbe8c7d303f338070f60adc33b6365758ce99d177d8ec06f53a55646104408401527f01ea78c65e790b55f0c0b74e54db3ee657dda44c9a50000ad67d02cf5f43b0536104608401526040610140610480850192018237856104c08401928352610b65575b5061052085925f516020610d245f395f51905f525f516020610d845f395f51905f5293527f2660dc329ac3bce92d2ad439128ec1d1290d3ff2c33b4bf1b7c74bca2cfe1b2a6104e08201527ee36c4e572bf461d6809b2f4fbc4a8ef934150252d36ac6bf47cdc92002a8c76105008201520152610b4d575015610534571561052557005b9091506020816104808160085afa9051169082610518565b5f516020610d245f395f51905f5295505f516020610d845f395f51905f52919260408260606105209460075afa9650929150610ac9565b5f516020610d445f395f51905f5291975080606060409260075afa9690610a27565b604092939998507f0ae54ec31a4e2481c1b0efb27f54f77790f69b5995d9f69e609eb19f86f4efda825260608701937f0774b0a8788a54811b1930f530364fb6c882e02d5f367d5b44f1ebd41192352585527f2acb99a5206e422cf69f3322dcb14811aaec18eedd7c53d4dd6762d3683a3a8c5f516020610d645f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f2cf5f7e62cded21326a9e1e753c591eb4522cfee28026ba493a2e9e498a654608552525260608160075afa1660408460808160065afa16958780806107ce565b346106af575f3660031901126106af57602060405160018152f35b346106af575f3660031901126106af57807fc2c55e02360060747972712985a4e1716fcb9859c8645a7f5593128a7672817560209252f35b9181601f840112156106af5782359167ffffffffffffffff83116106af57602083818601950101116106af5756fe2846f18385eddd2090e7d2dd69188c2a94063563166a4170924e9f4bfc8d14070df608e5391465755fe35d4507c2cf499a1bb67c7549b190131094c2f4b7c46730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000125ef6f9711b59314d6e8be1215be9d4d38a2f39da7522072554da746387a17b9",
}

// TinyGnarkSetupVerifier is an auto generated Go binding around an Ethereum contract.
type TinyGnarkSetupVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TinyGnarkSetupVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTinyGnarkSetupVerifier creates a new instance of TinyGnarkSetupVerifier.
func NewTinyGnarkSetupVerifier() *TinyGnarkSetupVerifier {
	parsed, err := TinyGnarkSetupVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TinyGnarkSetupVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TinyGnarkSetupVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPublicInputCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x770cbbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) PackPublicInputCount() []byte {
	enc, err := tinyGnarkSetupVerifier.abi.Pack("publicInputCount")
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
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) TryPackPublicInputCount() ([]byte, error) {
	return tinyGnarkSetupVerifier.abi.Pack("publicInputCount")
}

// UnpackPublicInputCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x770cbbc6.
//
// Solidity: function publicInputCount() pure returns(uint256)
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackPublicInputCount(data []byte) (*big.Int, error) {
	out, err := tinyGnarkSetupVerifier.abi.Unpack("publicInputCount", data)
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
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) PackVerify(proof []byte, input []*big.Int) []byte {
	enc, err := tinyGnarkSetupVerifier.abi.Pack("verify", proof, input)
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
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) TryPackVerify(proof []byte, input []*big.Int) ([]byte, error) {
	return tinyGnarkSetupVerifier.abi.Pack("verify", proof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := tinyGnarkSetupVerifier.abi.Pack("verifyProof", proof, input)
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
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return tinyGnarkSetupVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVkSha256 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75080f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) PackVkSha256() []byte {
	enc, err := tinyGnarkSetupVerifier.abi.Pack("vkSha256")
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
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) TryPackVkSha256() ([]byte, error) {
	return tinyGnarkSetupVerifier.abi.Pack("vkSha256")
}

// UnpackVkSha256 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75080f27.
//
// Solidity: function vkSha256() pure returns(bytes32)
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackVkSha256(data []byte) ([32]byte, error) {
	out, err := tinyGnarkSetupVerifier.abi.Unpack("vkSha256", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tinyGnarkSetupVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return tinyGnarkSetupVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], tinyGnarkSetupVerifier.abi.Errors["PublicInputCountInvalid"].ID.Bytes()[:4]) {
		return tinyGnarkSetupVerifier.UnpackPublicInputCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], tinyGnarkSetupVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return tinyGnarkSetupVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TinyGnarkSetupVerifierProofInvalid represents a ProofInvalid error raised by the TinyGnarkSetupVerifier contract.
type TinyGnarkSetupVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func TinyGnarkSetupVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackProofInvalidError(raw []byte) (*TinyGnarkSetupVerifierProofInvalid, error) {
	out := new(TinyGnarkSetupVerifierProofInvalid)
	if err := tinyGnarkSetupVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TinyGnarkSetupVerifierPublicInputCountInvalid represents a PublicInputCountInvalid error raised by the TinyGnarkSetupVerifier contract.
type TinyGnarkSetupVerifierPublicInputCountInvalid struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func TinyGnarkSetupVerifierPublicInputCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xc3296de7f7d2619b4102895457a6e8d79d4a81a58e099d0393f874a7b01e82a3")
}

// UnpackPublicInputCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputCountInvalid(uint256 got, uint256 want)
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackPublicInputCountInvalidError(raw []byte) (*TinyGnarkSetupVerifierPublicInputCountInvalid, error) {
	out := new(TinyGnarkSetupVerifierPublicInputCountInvalid)
	if err := tinyGnarkSetupVerifier.abi.UnpackIntoInterface(out, "PublicInputCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TinyGnarkSetupVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the TinyGnarkSetupVerifier contract.
type TinyGnarkSetupVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func TinyGnarkSetupVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (tinyGnarkSetupVerifier *TinyGnarkSetupVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*TinyGnarkSetupVerifierPublicInputNotInField, error) {
	out := new(TinyGnarkSetupVerifierPublicInputNotInField)
	if err := tinyGnarkSetupVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TinyVerifierMetaData contains all meta data concerning the TinyVerifier contract.
var TinyVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "8e6b1db1f9adbcec69130a6723fc3f8eef",
	Bin: "0x60808060405234601557610c5e908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610b9757508063770cbbc614610b7c5780638d8f8a5c1461062157639649daae14610048575f80fd5b3461061d57604036600319011261061d5760043567ffffffffffffffff811161061d57610079903690600401610bcf565b906024359167ffffffffffffffff831161061d573660238401121561061d57826004013567ffffffffffffffff811161061d576024840193602436918360051b01011161061d576001810361060657506101800361048557600190604051610100820193604085833780359460408301918683525f516020610c3e5f395f51905f52606085200696786f70656e70726f6f662e67726f746831362e666f6c642e763160381b85526020808601926101808885376101a08701375f516020610c3e5f395f51905f526101c0862006937f2142bd5dad97468fc16048414b7f2b652446328dc967ba4bf69ae6dd6c6e93a486527f2e3f57760083252fd59304897729d26d01ec2db5be74b09a9fc3463c6d1aef568352604084823760408660808160065afa8515151698896104f2575b505050835190519061010060c086019687377f0dd6236584e69635ffe7cfa10da8c867ed0507252cd1bb00f04846ce4024eb456101c08601527f0105857eedc63c7d1efb164bc734fe95bc9cd3217313af17c448b5bd0ec2f9be6101e08601527f1e28262d16560c2cdacf4d767ddc28954178460a0d2015b884fa5a20ef2d8d546102008601527f095d0e643517abc1657d0582d0c578e66c7d133556327be1ecf20ce6a819cd1f6102208601527f0e98d02c46bf7bf37b7f5723621076c83fe9d32ac72d74c13d490fd4be3982986102408601527f1c6cd3889a87390d0939c0356042afa96afdbccca7a7585d4d75b03571af2f386102608601527f048273a74b906463709fd8116ac37a29ca3a872a4b08e2d157438c22b15be7086102808601527f06c266d3fa81a64c55b37ebf75899e8445cd70f80e7faa0dde3671e2bf4a41a16102a08601527f1d576b69accfd7be67abe72cc6c23ae7baeee4e22d515f9d7d8f4124f75f30f26102c08601527f0f574c27d5e216f6dd8385ad0cbfc2b61e47296ea32f0e10dd999f8954d5633a6102e08601526103008501526103208401527f266bc572a1ab94eafbc77388543d5005042f1da0d2953283e2f275e48c8088246103408401527f2882b22d517537c01173621596a532d8f3b4bf8f318fcb04a6e33a6b6951616c6103608401527f1d06d5723a2861b34acf4213526e6a5a0a8998bccc77fb49561a38b246669ac66103808401527f28b84b8ed9b6f3df71c3a1e64ccec4bd000584f7344d4abb32dad0479a45743f6103a084015260406103c084019182378561040084019283526104bb575b5061046085925f516020610bfe5f395f51905f525f516020610c1e5f395f51905f5293527f1e12ee0c6370bd5092cf4177ca4f42e34de882e48d1e735f7f8f3a47d3db009d6104208201527f1d1df1e9c5244b3b212d14e3950d5372e383a959021b642476c9fcd75740095361044082015201526104a3575b5015610494571561048557005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610478565b5f516020610bfe5f395f51905f5295505f516020610c1e5f395f51905f52919260408260606104609460075afa96509291506103ff565b604092939998507f15d8ea9e6ac9d86c04b1c98cae398d98d723be054c99c18b294bf5b17406a9c7825260608701907f23e72480fe06258969bcfae768158963628d5177d8cfbefc2e38bcce758f0d5782527f122e54205385a82666e0c7cadd7e1ec5e01f164344bb9cca83266cfdb33d70b15f516020610c3e5f395f51905f5286106001169a60808a01968752858560608160075afa16858a60808160065afa16927f305e614cd8cf10585fc9f99b9ea498f1a4a93c8588033d8f81cf337732c968f18552528452828260608160075afa16828760808160065afa16928261014089018337855f516020610c3e5f395f51905f5203905260608160075afa1660408460808160065afa16955f80806101a7565b63c3296de760e01b5f52600452600160245260445ffd5b5f80fd5b3461061d57604036600319011261061d5760043567ffffffffffffffff811161061d57610652903690600401610bcf565b3660441161061d57610180036104855760016040519161010081019260408482376024359360408201908582525f516020610c3e5f395f51905f52606084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b84526020840190610180868337602060246101a08701375f516020610c3e5f395f51905f526101c0862006937f2142bd5dad97468fc16048414b7f2b652446328dc967ba4bf69ae6dd6c6e93a486527f2e3f57760083252fd59304897729d26d01ec2db5be74b09a9fc3463c6d1aef568352604084823760408660808160065afa851515169889610a68575b505050835190519061010060c086019687377f0dd6236584e69635ffe7cfa10da8c867ed0507252cd1bb00f04846ce4024eb456101c08601527f0105857eedc63c7d1efb164bc734fe95bc9cd3217313af17c448b5bd0ec2f9be6101e08601527f1e28262d16560c2cdacf4d767ddc28954178460a0d2015b884fa5a20ef2d8d546102008601527f095d0e643517abc1657d0582d0c578e66c7d133556327be1ecf20ce6a819cd1f6102208601527f0e98d02c46bf7bf37b7f5723621076c83fe9d32ac72d74c13d490fd4be3982986102408601527f1c6cd3889a87390d0939c0356042afa96afdbccca7a7585d4d75b03571af2f386102608601527f048273a74b906463709fd8116ac37a29ca3a872a4b08e2d157438c22b15be7086102808601527f06c266d3fa81a64c55b37ebf75899e8445cd70f80e7faa0dde3671e2bf4a41a16102a08601527f1d576b69accfd7be67abe72cc6c23ae7baeee4e22d515f9d7d8f4124f75f30f26102c08601527f0f574c27d5e216f6dd8385ad0cbfc2b61e47296ea32f0e10dd999f8954d5633a6102e08601526103008501526103208401527f266bc572a1ab94eafbc77388543d5005042f1da0d2953283e2f275e48c8088246103408401527f2882b22d517537c01173621596a532d8f3b4bf8f318fcb04a6e33a6b6951616c6103608401527f1d06d5723a2861b34acf4213526e6a5a0a8998bccc77fb49561a38b246669ac66103808401527f28b84b8ed9b6f3df71c3a1e64ccec4bd000584f7344d4abb32dad0479a45743f6103a084015260406103c08401918237856104008401928352610a31575b5061046085925f516020610bfe5f395f51905f525f516020610c1e5f395f51905f5293527f1e12ee0c6370bd5092cf4177ca4f42e34de882e48d1e735f7f8f3a47d3db009d6104208201527f1d1df1e9c5244b3b212d14e3950d5372e383a959021b642476c9fcd7574009536104408201520152610a19575015610494571561048557005b9091506020816103c08160085afa9051169082610478565b5f516020610bfe5f395f51905f5295505f516020610c1e5f395f51905f52919260408260606104609460075afa9650929150610994565b604092939998507f15d8ea9e6ac9d86c04b1c98cae398d98d723be054c99c18b294bf5b17406a9c7825260608701907f23e72480fe06258969bcfae768158963628d5177d8cfbefc2e38bcce758f0d5782527f122e54205385a82666e0c7cadd7e1ec5e01f164344bb9cca83266cfdb33d70b15f516020610c3e5f395f51905f5286106001169a60808a01968752858560608160075afa16858a60808160065afa16927f305e614cd8cf10585fc9f99b9ea498f1a4a93c8588033d8f81cf337732c968f18552528452828260608160075afa16828760808160065afa16928261014089018337855f516020610c3e5f395f51905f5203905260608160075afa1660408460808160065afa169587808061073c565b3461061d575f36600319011261061d57602060405160018152f35b3461061d575f36600319011261061d57807fda5b8fb3809809e56d334ba2e144e1c6d503e98049e8ce9f80fe7767774de48660209252f35b9181601f8401121561061d5782359167ffffffffffffffff831161061d576020838186019501011161061d5756fe225aca855d6cfec61847ffbf0384ccd854b5ebe1a34e4625eafd905fd38045da07264980d9a270cf2c14c9131fdac541875c164b1ea51b78a0489d0914b1d64730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
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
