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
	Bin: "0x6080806040523460155761113d908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108ec57806375080f27146108b2578063770cbbc61461089757639649daae14610045575f80fd5b346108935760403660031901126108935760043567ffffffffffffffff8111610893576100769036906004016110ae565b6024359167ffffffffffffffff831161089357366023840112156108935782600401359167ffffffffffffffff83116108935760248401923660248260051b87010111610893576006810361087c57506101800361047f5760019160405190610100830160408184375f51602061111d5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f51602061111d5f395f51905f526102608620069360408601907f022f2cebcff5ad4e0358215d34f934eea6e6317657f3687cc7bf627ab9ec857787527f0515b201d7062d5c08080d16154c2dc0df6546fd5ad3a0a71ebf6ed778745fea8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f0606715a20dbd8dbbafcb3da8864e02a5a8d7e21dcec1453b2546fc789e0459a6101c08601527f2b9ed888f605abf2431af7d3e5ac898a27ff4698d1b5ad2647513eb841fbcc066101e08601527f1d3da22a0e19958b66f1133755c54ffb60742b4df2b5b63483ee898a1733f3716102008601527f17451f3ca7729d2e5cb068a88ec3204b8808a89a5c8cadbcc999e2c72462de876102208601527f2c4b2bcad4892c1cc7c75c762129e3d4df50ec4135d4cf4869284dfd5f1423466102408601527f23b8b4c07528df542fa84ce9dedb4293b05853e0489f91a268244eace623dc3e6102608601527f2d2d8acb6c9afaa78738b44ef571257453e0a545bf2a5521268efcb43a599a9d6102808601527f2b108c646b524cd8bc352d48846e7f67c741de69ff9937b52decb8b197c506c06102a08601527f218b710b0f7c1f20601851e7d49e21eed1c61c421d736379b33ca7e9b4ae105e6102c08601527f2908e9e5f648c9f1fd5d60f19e31287eda0802850f238c0ac53ae690dcb4b6806102e08601526103008501526103208401527f1d2f41909b819c3fec25f6a79470ae6d9f73db606bf7efc474ffccee32fd06956103408401527f0332c6b3f537f48247cc9a7fa5d944eb4ad2379aeb110eb5b8696734ed38033a6103608401527f296e1ca72252c45d159afc78e58fb9231608e074d2d4ae46a94726748424a12b6103808401527f1d45694cd19c9cbc45bd4f14be16b7238ead0c2cd6a41e27ac61b84d398469376103a084015260406103c084019182378561040084019283526104b5575b5061046085925f5160206110dd5f395f51905f525f5160206110fd5f395f51905f5293527f07d16829a95f0bf6081e3276f68cd77c735fb93301629808d3aaba46ec75cf906104208201527f1d61dd891251ded6b0fe186c239ed19a5b50370c1725f678c7d09a69d5b938de610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f5160206110dd5f395f51905f5295505f5160206110fd5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f236a589db722d5f8a9a4d3d3bfe0b47fdeb3ff7e37b6d06129f66560016b3a41839a949a5260608701917f06624a51995d5695a832bd576e0225e0ea4d15a5e0e6c28459b027a00631adc58352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f1c373431838d831a6479d1f8adbc2d1bc280519540f84bf32af387be79c1f0de85527f10f101f775c94c6b9e78e47e7702cc1079d390f6b4751e399aa9dfad47884af5845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f03d9bb7f096c3a359ea69afab64b84293dd29aa4acfcff400bd38b582c84cc4086527f2b789d50f1311bd623c716abe581ac87a8f66885b47d215e93910650e0d06ed4855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f07236d1d43da6d3f7c82be16e8f91f2a18be51cce18b5bf4e4374733869ee0b687527f0fea022acd487dde074b1811d0be16574e7c61c3617adc5815ffa44329b48420865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f0d060df428906a988453af42aa1b5293b4a5ea7b2034e826d604c1ddd6887ec288527f23ee0fe96ab3a8150603312e74f1d75076e6417ec259b28eccf5ea46fb76a76b875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f1b4b46ef1b5179644e73046f673e8beb0d757a4c4a0ea83622d8e395fdf0303489527f0c8a2704e647cf6f029a244aadc520811b0cf99740b5084efb9bd62209ffe2b0885260c401359d5f51602061111d5f395f51905f528f10945f51602061111d5f395f51905f5211935f51602061111d5f395f51905f5211925f51602061111d5f395f51905f5211915f51602061111d5f395f51905f5211905f51602061111d5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f198ed9b7bb86f539887d2d1253199d3599d2b8ee3a5e2bb766c838ac20fbd14e84527f1f63e46a05f3bbf612daa32799275a09a288e422a028e3a8137e857803b7265d9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111d5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610893575f36600319011261089357602060405160068152f35b34610893575f3660031901126108935760206040517ffe312a3ddff989c408945db6601f6b5436946a10467692dedc95243a139bff7f8152f35b346108935760e03660031901126108935760043567ffffffffffffffff81116108935761091d9036906004016110ae565b3660e411610893576101800361047f5760016040519161010081019260408482375f51602061111d5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f51602061111d5f395f51905f526102608420069160408401967f022f2cebcff5ad4e0358215d34f934eea6e6317657f3687cc7bf627ab9ec857785527f0515b201d7062d5c08080d16154c2dc0df6546fd5ad3a0a71ebf6ed778745fea8252604083893760408560808160065afa841515169788610d2b575b5050835190519061010060c086019687377f0606715a20dbd8dbbafcb3da8864e02a5a8d7e21dcec1453b2546fc789e0459a6101c08601527f2b9ed888f605abf2431af7d3e5ac898a27ff4698d1b5ad2647513eb841fbcc066101e08601527f1d3da22a0e19958b66f1133755c54ffb60742b4df2b5b63483ee898a1733f3716102008601527f17451f3ca7729d2e5cb068a88ec3204b8808a89a5c8cadbcc999e2c72462de876102208601527f2c4b2bcad4892c1cc7c75c762129e3d4df50ec4135d4cf4869284dfd5f1423466102408601527f23b8b4c07528df542fa84ce9dedb4293b05853e0489f91a268244eace623dc3e6102608601527f2d2d8acb6c9afaa78738b44ef571257453e0a545bf2a5521268efcb43a599a9d6102808601527f2b108c646b524cd8bc352d48846e7f67c741de69ff9937b52decb8b197c506c06102a08601527f218b710b0f7c1f20601851e7d49e21eed1c61c421d736379b33ca7e9b4ae105e6102c08601527f2908e9e5f648c9f1fd5d60f19e31287eda0802850f238c0ac53ae690dcb4b6806102e08601526103008501526103208401527f1d2f41909b819c3fec25f6a79470ae6d9f73db606bf7efc474ffccee32fd06956103408401527f0332c6b3f537f48247cc9a7fa5d944eb4ad2379aeb110eb5b8696734ed38033a6103608401527f296e1ca72252c45d159afc78e58fb9231608e074d2d4ae46a94726748424a12b6103808401527f1d45694cd19c9cbc45bd4f14be16b7238ead0c2cd6a41e27ac61b84d398469376103a084015260406103c08401918237856104008401928352610cf4575b5061046085925f5160206110dd5f395f51905f525f5160206110fd5f395f51905f5293527f07d16829a95f0bf6081e3276f68cd77c735fb93301629808d3aaba46ec75cf906104208201527f1d61dd891251ded6b0fe186c239ed19a5b50370c1725f678c7d09a69d5b938de6104408201520152610cdc57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f5160206110dd5f395f51905f5295505f5160206110fd5f395f51905f52919260408260606104609460075afa9650929150610c57565b9096507f236a589db722d5f8a9a4d3d3bfe0b47fdeb3ff7e37b6d06129f66560016b3a418198929852606085017f06624a51995d5695a832bd576e0225e0ea4d15a5e0e6c28459b027a00631adc5815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f1c373431838d831a6479d1f8adbc2d1bc280519540f84bf32af387be79c1f0de84527f10f101f775c94c6b9e78e47e7702cc1079d390f6b4751e399aa9dfad47884af583526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f03d9bb7f096c3a359ea69afab64b84293dd29aa4acfcff400bd38b582c84cc4085527f2b789d50f1311bd623c716abe581ac87a8f66885b47d215e93910650e0d06ed484526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f07236d1d43da6d3f7c82be16e8f91f2a18be51cce18b5bf4e4374733869ee0b686527f0fea022acd487dde074b1811d0be16574e7c61c3617adc5815ffa44329b4842085526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f0d060df428906a988453af42aa1b5293b4a5ea7b2034e826d604c1ddd6887ec287527f23ee0fe96ab3a8150603312e74f1d75076e6417ec259b28eccf5ea46fb76a76b865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f1b4b46ef1b5179644e73046f673e8beb0d757a4c4a0ea83622d8e395fdf0303488527f0c8a2704e647cf6f029a244aadc520811b0cf99740b5084efb9bd62209ffe2b0875260c4359d5f51602061111d5f395f51905f528f10945f51602061111d5f395f51905f5211935f51602061111d5f395f51905f5211925f51602061111d5f395f51905f5211915f51602061111d5f395f51905f5211905f51602061111d5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f198ed9b7bb86f539887d2d1253199d3599d2b8ee3a5e2bb766c838ac20fbd14e84527f1f63e46a05f3bbf612daa32799275a09a288e422a028e3a8137e857803b7265d9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111d5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16958780610a00565b9181601f840112156108935782359167ffffffffffffffff831161089357602083818601950101116108935756fe18637ef2a9316f0f86e8e25fd446acc45ef9a977f4e6003e1fd5027e3cddacd30333f69bd32a51fd1daec0164c3b9614ba7e50d5d28472de3f30b7b46ff5ed5630644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
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
	Bin: "0x6080806040523460155761113b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108eb57806375080f27146108b1578063770cbbc61461089657639649daae14610045575f80fd5b346108925760403660031901126108925760043567ffffffffffffffff8111610892576100769036906004016110ac565b6024359167ffffffffffffffff831161089257366023840112156108925782600401359167ffffffffffffffff83116108925760248401923660248260051b87010111610892576006810361087b57506101800361047f5760019160405190610100830160408184375f5160206110fb5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110fb5f395f51905f526102608620069360408601907f11243a011faf262ed91da5f49077e83f4eb8397cbcc30165c1fdaecb20e8c96d87527f1ae5e9c9366a2b2bfabe96725608cbaf819e3b7a868991e76d65dc888e6fb5968452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f1b816654ac619cd4b1d8e33ba2d311adb742f34a6a4811cc01ba4bbd759506e36101c08601527f122357f301dfaf4ec4f4f6c8d22d5cd9746e50abc86e2814e4682e8391d579746101e08601527f22daa75643c4504b46702aa22d83dc5e845c402b20141a6fae78f90f89a2e2676102008601527f17ffce139927a26fafe79d8462e4dc8f567025edae58502f94a690e38d5ac1776102208601527f2435c0efc0bd774ca42ad69c3e3d7c251224c0637829b012ae4a3fc090ce71686102408601527f29ff63a104cf58f887606dd6d84284855c524fbaae8cda0a9f8adb9c347d95b76102608601527f1969852094b0ff08cf91a254e2f24042ee9ff77dc8cbe31d52aad9241f3db88d6102808601527f2a3c6691000325ea5c95e358922f9005592fc2d522febcce1a5fb03c5038300b6102a08601527f186704645d9932c3f1e0487f2c7c5343189adbb34b6abc6c4d68cf723f69fa026102c08601527f04583c5faab3ebddcaa49ccd1174ed19fe37d8f572b8e9b5fd8af13560a5fb086102e08601526103008501526103208401527f2b04fe5f6f9f6e9befb9eeb89803a9d637a5353d7bcd3ef54cfc93c6253841c86103408401527f048eaa41b1d639605bdc85c793c6d07b3244ff0f80308a1ed0157b19477666e86103608401527f2576835d841b5b12fe8984e8d3c27739b1f457561a177e2317fc601ca3d948fc6103808401527f290113f9b8239a30ee444fd0539b0a5fb7dd26ceae3b86b5b5ba6bcfe8b5ce7d6103a084015260406103c084019182378561040084019283526104b5575b5061046085925f5160206110db5f395f51905f525f51602061111b5f395f51905f5293527f2db268d0e8b2f382deda28b79e2f71b4c0717fc444ebc76ea427eb8c4135717c6104208201527f2d356afda49cf0f2256d2b81504120387ff06b592a6403fcc2bbfe2513395c6b610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f5160206110db5f395f51905f5295505f51602061111b5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f2eb840a40bee505dd677d54f4b3ef4185e9835d78887ffeb2831e324bbd2af2e839a949a5260608701917f01d68ea05a3cc1ae0a73729486baee1538e1ea1110e067f1d46287c648412e2c8352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f101a4565f1e30c96e4b918da161de4e604234af77d2b693f42d37991542b21d885527f188b0eabd21013deb223878c23cbc158550cbf83e38636c28a0ce32e2ac4914d845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f1f78d6da422f14fc1e4f1d68c9e8d0f514b2b895513193dc2266fa82294862fb86527eb334b785ad028d4cb87c08043c9959008571b96bb6e7641e9e841db1fd9813855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f03c365a23fe434e0218e23004e11f75934d0c396a114b00ccc698623f3d6efb187527f086f04a31d0cf2efde419ef468b86e216976611aa5dba72b212136364cb1b0c5865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f067a03fa5cda33e0345b6ff71008cf866ff1b71e924fbd9e62374f03851a94fe88527f0d2e4f389c981f5c1706f0df345ecdb284b69a6b21f7f51e87a1a2caef64fd83875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f1e96a9805387ab8d7ac50de4d251eff68b2a3df4f98bab3b79d22b5e60af69fe89527f117fb154316531a7b70e1ab139835a3ccc511b7f35ab192ef7ef50482d58d440885260c401359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f1901192b6aec7ada66ec900505ac4b5ca5a5884af22fd7170ef0df6a659fd34684527f211367a42674c801865a471bff6a3e727a4c96c7b831e707df91890df096b7909052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610892575f36600319011261089257602060405160068152f35b34610892575f3660031901126108925760206040517fceba4fd6b3d66f4f184c8088775a61bfcf523ad1b8d4a7a8bbbb0cfffad599958152f35b346108925760e03660031901126108925760043567ffffffffffffffff81116108925761091c9036906004016110ac565b3660e411610892576101800361047f5760016040519161010081019260408482375f5160206110fb5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110fb5f395f51905f526102608420069160408401967f11243a011faf262ed91da5f49077e83f4eb8397cbcc30165c1fdaecb20e8c96d85527f1ae5e9c9366a2b2bfabe96725608cbaf819e3b7a868991e76d65dc888e6fb5968252604083893760408560808160065afa841515169788610d2a575b5050835190519061010060c086019687377f1b816654ac619cd4b1d8e33ba2d311adb742f34a6a4811cc01ba4bbd759506e36101c08601527f122357f301dfaf4ec4f4f6c8d22d5cd9746e50abc86e2814e4682e8391d579746101e08601527f22daa75643c4504b46702aa22d83dc5e845c402b20141a6fae78f90f89a2e2676102008601527f17ffce139927a26fafe79d8462e4dc8f567025edae58502f94a690e38d5ac1776102208601527f2435c0efc0bd774ca42ad69c3e3d7c251224c0637829b012ae4a3fc090ce71686102408601527f29ff63a104cf58f887606dd6d84284855c524fbaae8cda0a9f8adb9c347d95b76102608601527f1969852094b0ff08cf91a254e2f24042ee9ff77dc8cbe31d52aad9241f3db88d6102808601527f2a3c6691000325ea5c95e358922f9005592fc2d522febcce1a5fb03c5038300b6102a08601527f186704645d9932c3f1e0487f2c7c5343189adbb34b6abc6c4d68cf723f69fa026102c08601527f04583c5faab3ebddcaa49ccd1174ed19fe37d8f572b8e9b5fd8af13560a5fb086102e08601526103008501526103208401527f2b04fe5f6f9f6e9befb9eeb89803a9d637a5353d7bcd3ef54cfc93c6253841c86103408401527f048eaa41b1d639605bdc85c793c6d07b3244ff0f80308a1ed0157b19477666e86103608401527f2576835d841b5b12fe8984e8d3c27739b1f457561a177e2317fc601ca3d948fc6103808401527f290113f9b8239a30ee444fd0539b0a5fb7dd26ceae3b86b5b5ba6bcfe8b5ce7d6103a084015260406103c08401918237856104008401928352610cf3575b5061046085925f5160206110db5f395f51905f525f51602061111b5f395f51905f5293527f2db268d0e8b2f382deda28b79e2f71b4c0717fc444ebc76ea427eb8c4135717c6104208201527f2d356afda49cf0f2256d2b81504120387ff06b592a6403fcc2bbfe2513395c6b6104408201520152610cdb57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f5160206110db5f395f51905f5295505f51602061111b5f395f51905f52919260408260606104609460075afa9650929150610c56565b9096507f2eb840a40bee505dd677d54f4b3ef4185e9835d78887ffeb2831e324bbd2af2e8198929852606085017f01d68ea05a3cc1ae0a73729486baee1538e1ea1110e067f1d46287c648412e2c815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f101a4565f1e30c96e4b918da161de4e604234af77d2b693f42d37991542b21d884527f188b0eabd21013deb223878c23cbc158550cbf83e38636c28a0ce32e2ac4914d83526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f1f78d6da422f14fc1e4f1d68c9e8d0f514b2b895513193dc2266fa82294862fb85527eb334b785ad028d4cb87c08043c9959008571b96bb6e7641e9e841db1fd981384526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f03c365a23fe434e0218e23004e11f75934d0c396a114b00ccc698623f3d6efb186527f086f04a31d0cf2efde419ef468b86e216976611aa5dba72b212136364cb1b0c585526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f067a03fa5cda33e0345b6ff71008cf866ff1b71e924fbd9e62374f03851a94fe87527f0d2e4f389c981f5c1706f0df345ecdb284b69a6b21f7f51e87a1a2caef64fd83865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f1e96a9805387ab8d7ac50de4d251eff68b2a3df4f98bab3b79d22b5e60af69fe88527f117fb154316531a7b70e1ab139835a3ccc511b7f35ab192ef7ef50482d58d440875260c4359d5f5160206110fb5f395f51905f528f10945f5160206110fb5f395f51905f5211935f5160206110fb5f395f51905f5211925f5160206110fb5f395f51905f5211915f5160206110fb5f395f51905f5211905f5160206110fb5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f1901192b6aec7ada66ec900505ac4b5ca5a5884af22fd7170ef0df6a659fd34684527f211367a42674c801865a471bff6a3e727a4c96c7b831e707df91890df096b7909052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fb5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109ff565b9181601f840112156108925782359167ffffffffffffffff831161089257602083818601950101116108925756fe094016d8954862cce2e8a5f94115f08c2a37f9dfba5460ab0a7e2a424504454c30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001013eb3c77ec0c4057680d0a35eb83b70eb59f4090d30e74c13798e83835283dd",
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
	Bin: "0x6080806040523460155761113d908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108ec57806375080f27146108b2578063770cbbc61461089757639649daae14610045575f80fd5b346108935760403660031901126108935760043567ffffffffffffffff8111610893576100769036906004016110ae565b6024359167ffffffffffffffff831161089357366023840112156108935782600401359167ffffffffffffffff83116108935760248401923660248260051b87010111610893576006810361087c57506101800361047f5760019160405190610100830160408184375f5160206110dd5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110dd5f395f51905f526102608620069360408601907f1bf7e941608f134e1cac520f074d661a2451996fb4f0a2761ab473092438064487527f219130422441d68ae5c6fba766bd9b1292461ba48692a5ed51cd1b0655e8666e8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f2bb8f29eeb848f10296d8c821432e739877ff109573d1484695f8dd7b1203d9f6101c08601527f1c1cf75b4b6faf97290df3c49a4207449eeba906445c4ca5330e25b547dbedc36101e08601527f030ca81f1dc45fca02b0eaa51fe9da73d0487d2404fce141974c3b0c7c0bc7a56102008601527f2b4a78666e1b2395c2e4d5563e2f219870e17f2d8e500fad72ca6279f926ba4a6102208601527f253db62f4ecd492193a2e612ad1f19a35159000322729469f5f68bf9a0ea656b6102408601527f0697f4bd5650f67534bceab3e73ee3d47a0b9e389da4f5761812a6c1dc24adb86102608601527f1842d7cbeddc7b21e18c9f7ceef2ad924a7d2ca9bd988db6785c3085bfd8f85d6102808601527f01d7a67fbf644871bfed08bdeee49eb9983d34a7ba83099f7bd5fdcd361018ef6102a08601527f088e3064654c2552cd629596ca12780a390af48cd4ac924af263f6826d563afe6102c08601527f1956d9250af56e6bf6baca43ca96ff2fa45974a4304c7ba9f831a682f3ef201c6102e08601526103008501526103208401527f2aee852657bb10b60f25e72d34812f58a2acb9950d4f0abd165c4a405d9a766c6103408401527f03afc4c625b962eebb9b4d16e438a18b54c2001a1ab52c45de22c42cff4bb0bf6103608401527f30203e6bcfd6eb61324076e8ac1c88495a9c119e4e951cc9cc549e423e27b91c6103808401527f2c696ee22d549744131ecba8de91a8a83c70f3f98e59e1c4e3ae9cf7528cc9b56103a084015260406103c084019182378561040084019283526104b5575b5061046085925f51602061111d5f395f51905f525f5160206110fd5f395f51905f5293527f197de8218e5ff28213cfaa403a8d3aad68cb538898fe541b631758c9d6f63fa16104208201527f2517bfa6b6c5a05accfc0299a98261c3830eb8711c94c8726d92663bead56eb0610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f51602061111d5f395f51905f5295505f5160206110fd5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f29fe3cfe3efe0a84ff26bb3b304a5168d28148b234e367582cfc64d162178fac839a949a5260608701917f2048b14900e95d90efdb1ac5a14cf082b0a4708784e0adddcac9969ef8a0092b8352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f2bf0de51b28fd22f00f5ba6be265a366d3305b26d6852839ce8de45275f1338285527f198d0fbec5ea845a79cb40bdb31b5e4946819735a75c7ad0128753a43e4358c8845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f258606db1604518ec2294ab52ec867e5c517227f46d58f04488d058b4b920e7086527f2e004ae93910ef36ac83169cc20bcc42f946275d9d6b0b7804451f19cf144395855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f053fc135b2a0bd5f9531ccd95397223099adb43ee2e4c9d789ad26fc38f018e287527f1335a01f71851f9e535be10de9edaf92f9f82d3e0a9e5a1509c6fc50dcfc1cb7865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f06c65e133aa9de13ee2cb2bca564d0927e8824e5c89482587c9cd14caaf8012c88527f0bc2e9999e8cb33593046af01403df0ae39b471fce4abc529d0a78218928f9a8875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f0cf1dc875fedcf74c1f4a8015c2fb3357cdd39ecc8e3c14bae9e660e0110fec789527f028e39a6a080ac633b583f1fdf0ec5f8a1adb46043ca30bd976967c35e2b2590885260c401359d5f5160206110dd5f395f51905f528f10945f5160206110dd5f395f51905f5211935f5160206110dd5f395f51905f5211925f5160206110dd5f395f51905f5211915f5160206110dd5f395f51905f5211905f5160206110dd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f1a5a2842412566a46911ab4445b206f38ba2818648c7b18f41b47bc2e75700b384527f15ad5fabe23f29f6ef83b1c29170ae06497bbab722e734313de8a1871cfa833d9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110dd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610893575f36600319011261089357602060405160068152f35b34610893575f3660031901126108935760206040517ff3a2c9da4e8b4bff3c834a51e43f737e36f20c40206dad3bfb461500a5c81b218152f35b346108935760e03660031901126108935760043567ffffffffffffffff81116108935761091d9036906004016110ae565b3660e411610893576101800361047f5760016040519161010081019260408482375f5160206110dd5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110dd5f395f51905f526102608420069160408401967f1bf7e941608f134e1cac520f074d661a2451996fb4f0a2761ab473092438064485527f219130422441d68ae5c6fba766bd9b1292461ba48692a5ed51cd1b0655e8666e8252604083893760408560808160065afa841515169788610d2b575b5050835190519061010060c086019687377f2bb8f29eeb848f10296d8c821432e739877ff109573d1484695f8dd7b1203d9f6101c08601527f1c1cf75b4b6faf97290df3c49a4207449eeba906445c4ca5330e25b547dbedc36101e08601527f030ca81f1dc45fca02b0eaa51fe9da73d0487d2404fce141974c3b0c7c0bc7a56102008601527f2b4a78666e1b2395c2e4d5563e2f219870e17f2d8e500fad72ca6279f926ba4a6102208601527f253db62f4ecd492193a2e612ad1f19a35159000322729469f5f68bf9a0ea656b6102408601527f0697f4bd5650f67534bceab3e73ee3d47a0b9e389da4f5761812a6c1dc24adb86102608601527f1842d7cbeddc7b21e18c9f7ceef2ad924a7d2ca9bd988db6785c3085bfd8f85d6102808601527f01d7a67fbf644871bfed08bdeee49eb9983d34a7ba83099f7bd5fdcd361018ef6102a08601527f088e3064654c2552cd629596ca12780a390af48cd4ac924af263f6826d563afe6102c08601527f1956d9250af56e6bf6baca43ca96ff2fa45974a4304c7ba9f831a682f3ef201c6102e08601526103008501526103208401527f2aee852657bb10b60f25e72d34812f58a2acb9950d4f0abd165c4a405d9a766c6103408401527f03afc4c625b962eebb9b4d16e438a18b54c2001a1ab52c45de22c42cff4bb0bf6103608401527f30203e6bcfd6eb61324076e8ac1c88495a9c119e4e951cc9cc549e423e27b91c6103808401527f2c696ee22d549744131ecba8de91a8a83c70f3f98e59e1c4e3ae9cf7528cc9b56103a084015260406103c08401918237856104008401928352610cf4575b5061046085925f51602061111d5f395f51905f525f5160206110fd5f395f51905f5293527f197de8218e5ff28213cfaa403a8d3aad68cb538898fe541b631758c9d6f63fa16104208201527f2517bfa6b6c5a05accfc0299a98261c3830eb8711c94c8726d92663bead56eb06104408201520152610cdc57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f51602061111d5f395f51905f5295505f5160206110fd5f395f51905f52919260408260606104609460075afa9650929150610c57565b9096507f29fe3cfe3efe0a84ff26bb3b304a5168d28148b234e367582cfc64d162178fac8198929852606085017f2048b14900e95d90efdb1ac5a14cf082b0a4708784e0adddcac9969ef8a0092b815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f2bf0de51b28fd22f00f5ba6be265a366d3305b26d6852839ce8de45275f1338284527f198d0fbec5ea845a79cb40bdb31b5e4946819735a75c7ad0128753a43e4358c883526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f258606db1604518ec2294ab52ec867e5c517227f46d58f04488d058b4b920e7085527f2e004ae93910ef36ac83169cc20bcc42f946275d9d6b0b7804451f19cf14439584526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f053fc135b2a0bd5f9531ccd95397223099adb43ee2e4c9d789ad26fc38f018e286527f1335a01f71851f9e535be10de9edaf92f9f82d3e0a9e5a1509c6fc50dcfc1cb785526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f06c65e133aa9de13ee2cb2bca564d0927e8824e5c89482587c9cd14caaf8012c87527f0bc2e9999e8cb33593046af01403df0ae39b471fce4abc529d0a78218928f9a8865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f0cf1dc875fedcf74c1f4a8015c2fb3357cdd39ecc8e3c14bae9e660e0110fec788527f028e39a6a080ac633b583f1fdf0ec5f8a1adb46043ca30bd976967c35e2b2590875260c4359d5f5160206110dd5f395f51905f528f10945f5160206110dd5f395f51905f5211935f5160206110dd5f395f51905f5211925f5160206110dd5f395f51905f5211915f5160206110dd5f395f51905f5211905f5160206110dd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f1a5a2842412566a46911ab4445b206f38ba2818648c7b18f41b47bc2e75700b384527f15ad5fabe23f29f6ef83b1c29170ae06497bbab722e734313de8a1871cfa833d9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110dd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16958780610a00565b9181601f840112156108935782359167ffffffffffffffff831161089357602083818601950101116108935756fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000100a99f064e667554e049ade25270b31ceed282b87b728df7d8676707297a8d620ab5f00de0564db35522f18197865e203f6e2e921213f7b67c9bf1d444f59950",
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
	Bin: "0x6080806040523460155761113b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108eb57806375080f27146108b1578063770cbbc61461089657639649daae14610045575f80fd5b346108925760403660031901126108925760043567ffffffffffffffff8111610892576100769036906004016110ac565b6024359167ffffffffffffffff831161089257366023840112156108925782600401359167ffffffffffffffff83116108925760248401923660248260051b87010111610892576006810361087b57506101800361047e5760019160405190610100830160408184375f51602061111b5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f51602061111b5f395f51905f526102608620069360408601907f147f2ca767d2020802669e1e468a9c1a5404767719f4c7ceba1f311ab12d5a0887527f02b3b68d9c95e79c9a826d173ee2eac23030af566a6c81ade936edc6546530b78452604085833760408760808160065afa86151516998a6104eb575b50505050835190519061010060c086019687377f2382010a88cd4c4dd94030780073799be5be8da9f84c3de7922f060f83e62bf66101c08601527f1e6b8f75cc1aee5c9ac536df4b8b4d2bd229bf5154075a98170389cc898740656101e08601527f1ed7d1a5be54e49cb43522f8eb671112f633afda7a6fc75064dd08bd686ebf926102008601527eba95240d139aa80e4eac7e4c0cfc935fc5e4f48064cfc6283d2c5637e6791d6102208601527f1502d4cfe207a4d815db360006c9af9d8de3a849506d885820dfb84421222f0d6102408601527f14f8520f6c64d90945c8c97f4d103f6522c96795386e8f44af49a1c40afb15396102608601527f1271c3fff171d886264cc66773f0b5cc568b8ac953ebe4c3e33a25be937aa9946102808601527f151e429238b7aecf24dcbda0146595ed6d462789a3d81a2b0a3c138cfd69aab86102a08601527f17fc0fd9ec9b571d693e1999fb30fd90d675193bdf1828675e18f5215b0461146102c08601527f04a6de28822b637a5b7ab8ff3c680c86ea50b48c80001447997381e4a88c6f1e6102e08601526103008501526103208401527f20495cf7db8850f6a2adfad7d01dc7ae567d2244d4432806b6d7116fe68b6b436103408401527f21282df4be38399813ee39e9873b57240145cc1b40597717780d375ead7a2c966103608401527f20fe7790a5b3bb6890f07a2a6a8893ffc3b3564d02601fc591719f6286c79fba6103808401527f0de4932fa53f5e46ebcefbe36a04e5e73170f2f9115ca33386194c82a7524f256103a084015260406103c084019182378561040084019283526104b4575b5061046085925f5160206110db5f395f51905f525f5160206110fb5f395f51905f5293527f1bffe68de4894f2fdc443c88125b1e96fa79be97d2f719aeca09affe723006b36104208201527f2f403ba5f13ab36608501753c175aa4570a953429936ad3c639f7362794e0db6610440820152015261049c575b501561048d571561047e57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610471565b5f5160206110db5f395f51905f5295505f5160206110fb5f395f51905f52919260408260606104609460075afa96509291506103f8565b90919298507f269ec8deb74e2b5e9d58f059ecaecf9ae569ee85e0a5f73d2de6d13049ff8512839a949a5260608701917f06464ab60e94f62518938dbdb9dd0b942ea221bfbcbb99654112fa1c285f6d908352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f1873558d6942269b70c5547392eba06a37cd4ec8b78ff6508db95364802486da85527f142c787810535dc95424e6cb6f8c11af81225911fce8495d38d4635f9f09247d845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f02b3267846e0b0b7c185e55d0fd120ded68c261541b7c854ac77d5f54fa4390c86527f165a744c3eba31dc367c6e1b9adebc6f868c94a8e98e0bbc8a997cf3d494f875855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f14b26d6c25f6de55338572e679435708408985252646dabde3b6e6f1b24ad20487527f17a731b67cd0a6907d3876189119d6e172c214f44366663b7de622c0023a5b48865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f14db774c2425a101d0e3e1deb2ae500a4dc9c7914f58c91a7e4fe19eb2ab14c788527f0f834ae5a43828cbb37d444833d68fd0ee59c675373de07921af10aec600e577875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f189e126c4aedd6648393bed77d61dadc85c89216f2fa4d753e43fd1c96f5565489527f1f5de97fbe74a0a0a493a0dd2e44f6d94d56df6b07a4daa0c9f245d3813f016d885260c401359d5f51602061111b5f395f51905f528f10945f51602061111b5f395f51905f5211935f51602061111b5f395f51905f5211925f51602061111b5f395f51905f5211915f51602061111b5f395f51905f5211905f51602061111b5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f035c320c4122f726ba182383ccdcd1d59c045ed14ceb8a46692ff5aa5d7b9f4684527f1ad39cf08e86559f61ba92d955095b44f14a20a50a8f0a147af554fd3242002a9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610892575f36600319011261089257602060405160068152f35b34610892575f3660031901126108925760206040517f26674e3230212fe0971fc396fa714e50b38dc5c537a5b021ebcf730657d9c8bc8152f35b346108925760e03660031901126108925760043567ffffffffffffffff81116108925761091c9036906004016110ac565b3660e411610892576101800361047e5760016040519161010081019260408482375f51602061111b5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f51602061111b5f395f51905f526102608420069160408401967f147f2ca767d2020802669e1e468a9c1a5404767719f4c7ceba1f311ab12d5a0885527f02b3b68d9c95e79c9a826d173ee2eac23030af566a6c81ade936edc6546530b78252604083893760408560808160065afa841515169788610d29575b5050835190519061010060c086019687377f2382010a88cd4c4dd94030780073799be5be8da9f84c3de7922f060f83e62bf66101c08601527f1e6b8f75cc1aee5c9ac536df4b8b4d2bd229bf5154075a98170389cc898740656101e08601527f1ed7d1a5be54e49cb43522f8eb671112f633afda7a6fc75064dd08bd686ebf926102008601527eba95240d139aa80e4eac7e4c0cfc935fc5e4f48064cfc6283d2c5637e6791d6102208601527f1502d4cfe207a4d815db360006c9af9d8de3a849506d885820dfb84421222f0d6102408601527f14f8520f6c64d90945c8c97f4d103f6522c96795386e8f44af49a1c40afb15396102608601527f1271c3fff171d886264cc66773f0b5cc568b8ac953ebe4c3e33a25be937aa9946102808601527f151e429238b7aecf24dcbda0146595ed6d462789a3d81a2b0a3c138cfd69aab86102a08601527f17fc0fd9ec9b571d693e1999fb30fd90d675193bdf1828675e18f5215b0461146102c08601527f04a6de28822b637a5b7ab8ff3c680c86ea50b48c80001447997381e4a88c6f1e6102e08601526103008501526103208401527f20495cf7db8850f6a2adfad7d01dc7ae567d2244d4432806b6d7116fe68b6b436103408401527f21282df4be38399813ee39e9873b57240145cc1b40597717780d375ead7a2c966103608401527f20fe7790a5b3bb6890f07a2a6a8893ffc3b3564d02601fc591719f6286c79fba6103808401527f0de4932fa53f5e46ebcefbe36a04e5e73170f2f9115ca33386194c82a7524f256103a084015260406103c08401918237856104008401928352610cf2575b5061046085925f5160206110db5f395f51905f525f5160206110fb5f395f51905f5293527f1bffe68de4894f2fdc443c88125b1e96fa79be97d2f719aeca09affe723006b36104208201527f2f403ba5f13ab36608501753c175aa4570a953429936ad3c639f7362794e0db66104408201520152610cda57501561048d571561047e57005b9091506020816103c08160085afa9051169082610471565b5f5160206110db5f395f51905f5295505f5160206110fb5f395f51905f52919260408260606104609460075afa9650929150610c55565b9096507f269ec8deb74e2b5e9d58f059ecaecf9ae569ee85e0a5f73d2de6d13049ff85128198929852606085017f06464ab60e94f62518938dbdb9dd0b942ea221bfbcbb99654112fa1c285f6d90815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f1873558d6942269b70c5547392eba06a37cd4ec8b78ff6508db95364802486da84527f142c787810535dc95424e6cb6f8c11af81225911fce8495d38d4635f9f09247d83526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f02b3267846e0b0b7c185e55d0fd120ded68c261541b7c854ac77d5f54fa4390c85527f165a744c3eba31dc367c6e1b9adebc6f868c94a8e98e0bbc8a997cf3d494f87584526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f14b26d6c25f6de55338572e679435708408985252646dabde3b6e6f1b24ad20486527f17a731b67cd0a6907d3876189119d6e172c214f44366663b7de622c0023a5b4885526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f14db774c2425a101d0e3e1deb2ae500a4dc9c7914f58c91a7e4fe19eb2ab14c787527f0f834ae5a43828cbb37d444833d68fd0ee59c675373de07921af10aec600e577865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f189e126c4aedd6648393bed77d61dadc85c89216f2fa4d753e43fd1c96f5565488527f1f5de97fbe74a0a0a493a0dd2e44f6d94d56df6b07a4daa0c9f245d3813f016d875260c4359d5f51602061111b5f395f51905f528f10945f51602061111b5f395f51905f5211935f51602061111b5f395f51905f5211925f51602061111b5f395f51905f5211915f51602061111b5f395f51905f5211905f51602061111b5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f035c320c4122f726ba182383ccdcd1d59c045ed14ceb8a46692ff5aa5d7b9f4684527f1ad39cf08e86559f61ba92d955095b44f14a20a50a8f0a147af554fd3242002a9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f51602061111b5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806109ff565b9181601f840112156108925782359167ffffffffffffffff831161089257602083818601950101116108925756fe0008cb75a6bfbb778f06426ee9a6e6cc93ed1d9a0ec53440ed7e057b7e297f7626bde34d6fe75ea3b12ba883162fe323ccf3a467dcd1254162101695b8d589ca30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
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
	Bin: "0x60808060405234601557610eb5908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80636bf062b2146107a657806375080f271461076c578063770cbbc61461075157639649daae14610045575f80fd5b3461074d57604036600319011261074d5760043567ffffffffffffffff811161074d57610076903690600401610e26565b906024359067ffffffffffffffff821161074d573660238301121561074d5781600401359267ffffffffffffffff841161074d5760248301933660248260051b8601011161074d57600481036107365750610180036104805760019160405190610100830160408184375f516020610e955f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b845260208401906101808683376080816101a08701375f516020610e955f395f51905f526102208620069360408601907f09f18141e5ebbe59495a25156facb4adef27aceb9688fd09f46e05fac1de5ec287527f285c2939b867ad4a72589904d99b7ebb8ffe4d02db8f89ee64407b6920eb48bd8452604085833760408760808160065afa86151516998a6104ed575b50505050835190519061010060c086019687377f13b2e6b2f9378a1b2527ba56d2085e1c5e3e639183f6bccabd612832d98451586101c08601527f155a1bd4586e41f2a02fed73afa15613ee2a36a4981c0a4a502f43c8f09217886101e08601527f233cc443517deece1bab2649b034ca659a23a724e8443abb97e75d314589f8db6102008601527f07b70150508dc00b1a4b2ac284776f2e0cad87e622e6bf21725f7014af0d98eb6102208601527f0e2ee2b740c76dbb3cb4f9399d1dbf1db825938eae7bde83a6ab4aa746d3c9fd6102408601527f1457600f577d4facfa82850b07de01ff54203d5e6a4d25a5a9af85bd922772366102608601527f192a96f2819f8ecbe23b3c044ac5ba56f514b9c7a35487f636c9e4137384428c6102808601527f117414b5f65bc3ce480eaa6d0efb82a6d12bf15c003b2ecc4459aabb13e970496102a08601527f2acf5c1da1fcce4e631442491ba3746ac88f1c2f58f58b9780b89d5027290e4c6102c08601527f1bc2b08fa66cbedc225a99b01fc2f1efa854996660c06c9329d78fe85616f0bb6102e08601526103008501526103208401527f03413054e7bb2fbb46b2a5dfab26c3a1f5e36281ab29f34ba6634222daf1d24f6103408401527f2c51be7aa47513e7a0d6b000b2547f2544615e45a466c8ab1745c1304a7dc4226103608401527f2c8668bf4e1b576c9c7ad4600eef7cea1acc6d597a3f65c22a8edfab565964d56103808401527f13def7d236fb6b8354ededecd20e9b491d0d7c8d32dce13065f4faa3d720a9946103a084015260406103c084019182378561040084019283526104b6575b5061046085925f516020610e755f395f51905f525f516020610e555f395f51905f5293527f13014290bd67428244896114fd243bcc7b16892639688eeaeb033e3e63b940506104208201527f2f3c73d748d0249c9c3dd13678fadb32fbd66b1ccaa3a1086fd02c5c8253d311610440820152015261049e575b501561048f571561048057005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610473565b5f516020610e755f395f51905f5295505f516020610e555f395f51905f52919260408260606104609460075afa96509291506103fa565b90919298507f09f8feae16b06b4ca9d865aa2a8c7aad8d62b4cefe0899c02590a32c016d3be5839a949a5260608701917f1632cdd2f837c4e5d76384855282608869867ed4efeb6b333afbe46410244e68835260448101359960808901958b875285805a6040926007606092fa91357f1e5ddaaf974fc40a271d11190f9eb27bdc9826d519e1358d9824332aedf2805a14161688805a6040926006608092fa167f101a857a20fdabae5a3a5ec1f16b0ef61b36be84de8a6c84d32b75f71b00847a85527f21a4e6b7f32144837251fdee8d6890094e8439dbef74cd784f4d9efa32c92d9a845260648201359081875285805a6040926007606092fa1689805a6040926006608092fa16917f28d91ad480d64ae2c76abc5cdd67db97891a526d65d5ab1399003f133899a82486527f1d3797afdb3115fcdbbbada64d6c0dc11c93fd64b577c28a3bcabb28db99f88d8552608401359a5f516020610e955f395f51905f528c10915f516020610e955f395f51905f5211905f516020610e955f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f17df99bb032ee70911cade1dd2aee0fee861f0eeda42bbf646b4a3a4efb57a4584527f1223458306c72edf9fd5e704dc830391fa2ec4ba55d474f7d1222cb0dd4eed0f9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e955f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a1565b63c3296de760e01b5f52600452600460245260445ffd5b5f80fd5b3461074d575f36600319011261074d57602060405160048152f35b3461074d575f36600319011261074d5760206040517ff08678f70361689a58ab5865b70cdd4de8c26ee6eda187a931d853b6e49797dd8152f35b3461074d5760a036600319011261074d5760043567ffffffffffffffff811161074d576107d7903690600401610e26565b3660a41161074d57610180036104805760016040519161010081019260408482375f516020610e955f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b82526020820190610180848337608060246101a08501375f516020610e955f395f51905f526102208420069160408401967f09f18141e5ebbe59495a25156facb4adef27aceb9688fd09f46e05fac1de5ec285527f285c2939b867ad4a72589904d99b7ebb8ffe4d02db8f89ee64407b6920eb48bd8252604083893760408560808160065afa841515169788610be5575b5050835190519061010060c086019687377f13b2e6b2f9378a1b2527ba56d2085e1c5e3e639183f6bccabd612832d98451586101c08601527f155a1bd4586e41f2a02fed73afa15613ee2a36a4981c0a4a502f43c8f09217886101e08601527f233cc443517deece1bab2649b034ca659a23a724e8443abb97e75d314589f8db6102008601527f07b70150508dc00b1a4b2ac284776f2e0cad87e622e6bf21725f7014af0d98eb6102208601527f0e2ee2b740c76dbb3cb4f9399d1dbf1db825938eae7bde83a6ab4aa746d3c9fd6102408601527f1457600f577d4facfa82850b07de01ff54203d5e6a4d25a5a9af85bd922772366102608601527f192a96f2819f8ecbe23b3c044ac5ba56f514b9c7a35487f636c9e4137384428c6102808601527f117414b5f65bc3ce480eaa6d0efb82a6d12bf15c003b2ecc4459aabb13e970496102a08601527f2acf5c1da1fcce4e631442491ba3746ac88f1c2f58f58b9780b89d5027290e4c6102c08601527f1bc2b08fa66cbedc225a99b01fc2f1efa854996660c06c9329d78fe85616f0bb6102e08601526103008501526103208401527f03413054e7bb2fbb46b2a5dfab26c3a1f5e36281ab29f34ba6634222daf1d24f6103408401527f2c51be7aa47513e7a0d6b000b2547f2544615e45a466c8ab1745c1304a7dc4226103608401527f2c8668bf4e1b576c9c7ad4600eef7cea1acc6d597a3f65c22a8edfab565964d56103808401527f13def7d236fb6b8354ededecd20e9b491d0d7c8d32dce13065f4faa3d720a9946103a084015260406103c08401918237856104008401928352610bae575b5061046085925f516020610e755f395f51905f525f516020610e555f395f51905f5293527f13014290bd67428244896114fd243bcc7b16892639688eeaeb033e3e63b940506104208201527f2f3c73d748d0249c9c3dd13678fadb32fbd66b1ccaa3a1086fd02c5c8253d3116104408201520152610b9657501561048f571561048057005b9091506020816103c08160085afa9051169082610473565b5f516020610e755f395f51905f5295505f516020610e555f395f51905f52919260408260606104609460075afa9650929150610b11565b9096507f09f8feae16b06b4ca9d865aa2a8c7aad8d62b4cefe0899c02590a32c016d3be58198929852606085017f1632cdd2f837c4e5d76384855282608869867ed4efeb6b333afbe46410244e68815260443597608087019389855283805a6040926007606092fa906024357f1e5ddaaf974fc40a271d11190f9eb27bdc9826d519e1358d9824332aedf2805a14161687805a6040926006608092fa167f101a857a20fdabae5a3a5ec1f16b0ef61b36be84de8a6c84d32b75f71b00847a84527f21a4e6b7f32144837251fdee8d6890094e8439dbef74cd784f4d9efa32c92d9a83526064359081865284805a6040926007606092fa1688805a6040926006608092fa16907f28d91ad480d64ae2c76abc5cdd67db97891a526d65d5ab1399003f133899a82485527f1d3797afdb3115fcdbbbada64d6c0dc11c93fd64b577c28a3bcabb28db99f88d84526084359a5f516020610e955f395f51905f528c10915f516020610e955f395f51905f5211905f516020610e955f395f51905f5211161660011699855283805a6040926007606092fa1687805a6040926006608092fa16917f17df99bb032ee70911cade1dd2aee0fee861f0eeda42bbf646b4a3a4efb57a4584527f1223458306c72edf9fd5e704dc830391fa2ec4ba55d474f7d1222cb0dd4eed0f9052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f516020610e955f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa169587806108ba565b9181601f8401121561074d5782359167ffffffffffffffff831161074d576020838186019501011161074d5756fe2232bdc6754240cb9a2ed14d777ed99de1c78a77af982c0deae60274dd29ffda23c11e1e4910e0ad8dcb490fb4d43b88723267ef37a34364d236a1d2b49877ac30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
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

// TinyGnarkSetupVerifierMetaData contains all meta data concerning the TinyGnarkSetupVerifier contract.
var TinyGnarkSetupVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "cbccdc32bf8ebfc0e570ebc14e3f22fd99",
	Bin: "0x60808060405234601557610da6908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610cbf57508063770cbbc614610ca45780638d8f8a5c146106b457639649daae14610048575f80fd5b346106b05760403660031901126106b05760043567ffffffffffffffff81116106b057610079903690600401610cf7565b6024359067ffffffffffffffff82116106b057366023830112156106b057816004013567ffffffffffffffff81116106b0576024830192602436918360051b0101116106b05760018103610699575061018003610526576001906040516101008401604081833782359460408301918683525f516020610d265f395f51905f52606085200696786f70656e70726f6f662e67726f746831362e666f6c642e763160381b85526020808601966101808589376101a08701375f516020610d265f395f51905f526101c0862006937f10ef27011dbb16b07c0f59e1d7ddfb70614bb7c01c328b90a4080962c7f2370486527f1b42759b93605c79949c8f06ff6a8fb6611e97ba9c3f14ad45cd926e3f513d168752604083823760408660808160065afa8515151698896105b5575b5050508351945160c08501956101008488377f20703597fc35871d75b21b4ab915534d64ec2fec5cff2cc43e3493f2afe09a6b6101c08701527f011eb23c777a54c26d9379b5760405c84687c9338936f61ba3ee0dda36de900b6101e08701527f108d9ef4d7365b0b2f2690ec357fabaeb6dfada49dc98708cd0ab6ae92cd50826102008701527f113cb9e98ab34912fa4ed556c2051cdd0d619510beb8d8e8aaffa98c05312fa46102208701527f1a0a23f664a65ec335aa1fa05add8347603e6ec849a8de8de614d580f7c86f766102408701527f230e0ac295bf306bbec5f0c3ccc15c1f077885eebcb59680443f80390df531846102608701527f21afcfb24b807a922aa7eeac0836895c758e6041a84014735c373c15769152c86102808701527f0f21b433666c4e01263958a99b352f580efacbceb287ddcb01f206a7dca89ed96102a08701527f138b705ffc6dacf8d762eb9dbaba613168163a1f39633b98a831fb8cda5ff51c6102c08701527f2e9e919ff56f42e411e8f0e276c40681c1f6fac8cb25f203de0ce91929e12aa76102e08701526103008601526103208501527f26f7e33f7094bab2abf9c29006471539079499dca62090605859d5ae6c0198356103408501527f09c16a4f0ebf89bb74e0545a84cd2195848656e8995dce8db0866462bb8a8a3d6103608501527f2c676f16ddfcd4a447ad686be9393ce497468877568f8b8ac2f29622eee303406103808501527f2130aec85edf7e4121523331a402d732082389055a59aaa534286dc2951961116103a085015260406103c0850191823761040084019087848352610593575b505f516020610d865f395f51905f5290527f1231d16317be8c67665b91e128092c21df0d271ea6997e6f4f90c9fabbbff2636104208401527f16c8ba192adc601a1ed031e163963fadc3c9f5b31cf5bc00ac21218c8e9f99bd6104408401527f150bdd10ba6ac0a7b1c02fe59a417c30477a5a2b27fffdf617289c75ca4288066104608401526040610140610480850192018237856104c0840192835261055c575b5061052085925f516020610d665f395f51905f525f516020610d465f395f51905f5293527f2753e7261a285599f9b90bfa05f2eeeac49dee5b9156c9483362034ed3293ddc6104e08201527f2168a2406d61033b33d01398516eff47dc708737d07cc819ff11177e465b8f3b6105008201520152610544575b5015610535571561052657005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816104808160085afa905116905f610519565b5f516020610d665f395f51905f5295505f516020610d465f395f51905f52919260408260606105209460075afa96509291506104a0565b5f516020610d865f395f51905f5291975080606060409260075afa96906103fe565b604092939998507f19359f3e2ee2c0f5976a65eac38bc898d788b9214337d873f8b1bcd1a6068638825260608701937f29c9e2eb4555b7ec327087c486885201f37527d6bb92dd1597a8e8aadb6513f085527f16d968932e757cefdff52735daf8af5e7bba2746e20741c2294f7e3c139be9155f516020610d265f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f2e0a128cf0c10f93d12a931f7978805608e18f5fc32ad2bfebcfdcf3428fe3fc8552525260608160075afa1660408460808160065afa16955f80806101a5565b63c3296de760e01b5f52600452600160245260445ffd5b5f80fd5b346106b05760403660031901126106b05760043567ffffffffffffffff81116106b0576106e5903690600401610cf7565b366044116106b057610180036105265760016040519161010081019260408482376024359160408201908382525f516020610d265f395f51905f52606084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b84526020840194610180838737602060246101a08701375f516020610d265f395f51905f526101c0862006937f10ef27011dbb16b07c0f59e1d7ddfb70614bb7c01c328b90a4080962c7f2370486527f1b42759b93605c79949c8f06ff6a8fb6611e97ba9c3f14ad45cd926e3f513d168752604083823760408660808160065afa851515169889610bc0575b5050508351945160c08501956101008488377f20703597fc35871d75b21b4ab915534d64ec2fec5cff2cc43e3493f2afe09a6b6101c08701527f011eb23c777a54c26d9379b5760405c84687c9338936f61ba3ee0dda36de900b6101e08701527f108d9ef4d7365b0b2f2690ec357fabaeb6dfada49dc98708cd0ab6ae92cd50826102008701527f113cb9e98ab34912fa4ed556c2051cdd0d619510beb8d8e8aaffa98c05312fa46102208701527f1a0a23f664a65ec335aa1fa05add8347603e6ec849a8de8de614d580f7c86f766102408701527f230e0ac295bf306bbec5f0c3ccc15c1f077885eebcb59680443f80390df531846102608701527f21afcfb24b807a922aa7eeac0836895c758e6041a84014735c373c15769152c86102808701527f0f21b433666c4e01263958a99b352f580efacbceb287ddcb01f206a7dca89ed96102a08701527f138b705ffc6dacf8d762eb9dbaba613168163a1f39633b98a831fb8cda5ff51c6102c08701527f2e9e919ff56f42e411e8f0e276c40681c1f6fac8cb25f203de0ce91929e12aa76102e08701526103008601526103208501527f26f7e33f7094bab2abf9c29006471539079499dca62090605859d5ae6c0198356103408501527f09c16a4f0ebf89bb74e0545a84cd2195848656e8995dce8db0866462bb8a8a3d6103608501527f2c676f16ddfcd4a447ad686be9393ce497468877568f8b8ac2f29622eee303406103808501527f2130aec85edf7e4121523331a402d732082389055a59aaa534286dc2951961116103a085015260406103c0850191823761040084019087848352610b9e575b505f516020610d865f395f51905f5290527f1231d16317be8c67665b91e128092c21df0d271ea6997e6f4f90c9fabbbff2636104208401527f16c8ba192adc601a1ed031e163963fadc3c9f5b31cf5bc00ac21218c8e9f99bd6104408401527f150bdd10ba6ac0a7b1c02fe59a417c30477a5a2b27fffdf617289c75ca4288066104608401526040610140610480850192018237856104c08401928352610b67575b5061052085925f516020610d665f395f51905f525f516020610d465f395f51905f5293527f2753e7261a285599f9b90bfa05f2eeeac49dee5b9156c9483362034ed3293ddc6104e08201527f2168a2406d61033b33d01398516eff47dc708737d07cc819ff11177e465b8f3b6105008201520152610b4f575015610535571561052657005b9091506020816104808160085afa9051169082610519565b5f516020610d665f395f51905f5295505f516020610d465f395f51905f52919260408260606105209460075afa9650929150610aca565b5f516020610d865f395f51905f5291975080606060409260075afa9690610a28565b604092939998507f19359f3e2ee2c0f5976a65eac38bc898d788b9214337d873f8b1bcd1a6068638825260608701937f29c9e2eb4555b7ec327087c486885201f37527d6bb92dd1597a8e8aadb6513f085527f16d968932e757cefdff52735daf8af5e7bba2746e20741c2294f7e3c139be9155f516020610d265f395f51905f5282106001169a60808a01928352858560608160075afa16858a60808160065afa16957f2e0a128cf0c10f93d12a931f7978805608e18f5fc32ad2bfebcfdcf3428fe3fc8552525260608160075afa1660408460808160065afa16958780806107cf565b346106b0575f3660031901126106b057602060405160018152f35b346106b0575f3660031901126106b057807fc2263e7a2de1a24c53222f1c141ee880768d26d3eeb24aa142c462f94c9b915760209252f35b9181601f840112156106b05782359167ffffffffffffffff83116106b057602083818601950101116106b05756fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000010fdfcd8bf5086ad342325456ed4f363fe2b1b83e6b1f8afad41f8f1218907e90153e612e81d02b940ba81f014e476534ff25a95ab1078f93e394310de253eee72bfb0c1df3e5e0ca253dce2a1b4c736fdeb57ad8a8239163ecab5fca290e4a9c",
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
	Bin: "0x60808060405234601557610c5e908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816375080f2714610b9757508063770cbbc614610b7c5780638d8f8a5c1461062157639649daae14610048575f80fd5b3461061d57604036600319011261061d5760043567ffffffffffffffff811161061d57610079903690600401610bcf565b906024359167ffffffffffffffff831161061d573660238401121561061d57826004013567ffffffffffffffff811161061d576024840193602436918360051b01011161061d576001810361060657506101800361048557600190604051610100820193604085833780359460408301918683525f516020610c1e5f395f51905f52606085200696786f70656e70726f6f662e67726f746831362e666f6c642e763160381b85526020808601926101808885376101a08701375f516020610c1e5f395f51905f526101c0862006937f225858c54692c9a6cd1ec180aa751d076548287c167256af854fa4720028acdb86527f03453686f6da60c6985e23a4a4630c07db6af294c6519d54456241afce4dca698352604084823760408660808160065afa8515151698896104f2575b505050835190519061010060c086019687377f152886b73dfa74702f304d80c491b1ed782cbe021fc77df3ce6ce5e7049a240a6101c08601527f2f33f369ff60e524c5e9d7321480e390161ce0723b717bd3a33fc3bb40b2ff456101e08601527f2d3bc6503c3742a8fe4df68cb916ab6eb94844815ed73434d6d49b40e8718a6c6102008601527f22439c76af522762b7f8b0e661ba183e7297b4e653f91ea920069103e9638d946102208601527f13792b83557133ba24fc1920546d14996c13d79fa5548e1a1a1bc77fec4e16e66102408601527f1ed72aa6787f2291cb170cee35c5431f473d47c45187c6eb1b68d77a803329846102608601527f282c8737a9b8e32ec2d4d63a74e89896d584accfa60006fca0affc5a3beac8ad6102808601527f14356fb3515c4d5a4afb9cfe218695868d918bafb94dc3878e35da646351654b6102a08601527f20d84ef4e2728af53a2bce37a5309b93a1f2078448049ccb6abe87d2291584e46102c08601527f234c00c13cc2fe9ca9608a1f8af7584d2ebe604872d2d50abffdbef5b1b930636102e08601526103008501526103208401527f1885022f5b157f221e8e434011a7854b45e2ed10119b44f08b72b6bb34ad996e6103408401527f19dd370617267444a4ab9f762a4c291ca4853fc1f7f7022c06228b7a9954f9c76103608401527f20c042a660acf7e283afca76958218a3b6671e921a13a9703df8455f555920876103808401527f1419c4fce61912bbddbfc4a025a1c31d73bf3b83beba7b966c837f46e03cd7476103a084015260406103c084019182378561040084019283526104bb575b5061046085925f516020610bfe5f395f51905f525f516020610c3e5f395f51905f5293527f09ebba871354dfb36cb25aa59fde59ede03b346691eb86e6da9b8bbe2e49966e6104208201527f08d2919aa53bb11375015ecebb53007e333f354c1616c1c563dd5463f07dbf6b61044082015201526104a3575b5015610494571561048557005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610478565b5f516020610bfe5f395f51905f5295505f516020610c3e5f395f51905f52919260408260606104609460075afa96509291506103ff565b604092939998507f17655af3733943ad57cb4609d7ce0b3601d70133e9401487632bcbd50174ece6825260608701907f275b6d388a5175ffce2d9a4dff9759f444891e0255645e72d1a266af5f8c421a82527f26a8cb005ad6e8508af61845fda1305114472ca5c5ab012c1d849eb13340c1d85f516020610c1e5f395f51905f5286106001169a60808a01968752858560608160075afa16858a60808160065afa16927f209d8b1c7d7657a95550549e6a6721b70e35fed618667cae38e45bc87d6820ca8552528452828260608160075afa16828760808160065afa16928261014089018337855f516020610c1e5f395f51905f5203905260608160075afa1660408460808160065afa16955f80806101a7565b63c3296de760e01b5f52600452600160245260445ffd5b5f80fd5b3461061d57604036600319011261061d5760043567ffffffffffffffff811161061d57610652903690600401610bcf565b3660441161061d57610180036104855760016040519161010081019260408482376024359360408201908582525f516020610c1e5f395f51905f52606084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b84526020840190610180868337602060246101a08701375f516020610c1e5f395f51905f526101c0862006937f225858c54692c9a6cd1ec180aa751d076548287c167256af854fa4720028acdb86527f03453686f6da60c6985e23a4a4630c07db6af294c6519d54456241afce4dca698352604084823760408660808160065afa851515169889610a68575b505050835190519061010060c086019687377f152886b73dfa74702f304d80c491b1ed782cbe021fc77df3ce6ce5e7049a240a6101c08601527f2f33f369ff60e524c5e9d7321480e390161ce0723b717bd3a33fc3bb40b2ff456101e08601527f2d3bc6503c3742a8fe4df68cb916ab6eb94844815ed73434d6d49b40e8718a6c6102008601527f22439c76af522762b7f8b0e661ba183e7297b4e653f91ea920069103e9638d946102208601527f13792b83557133ba24fc1920546d14996c13d79fa5548e1a1a1bc77fec4e16e66102408601527f1ed72aa6787f2291cb170cee35c5431f473d47c45187c6eb1b68d77a803329846102608601527f282c8737a9b8e32ec2d4d63a74e89896d584accfa60006fca0affc5a3beac8ad6102808601527f14356fb3515c4d5a4afb9cfe218695868d918bafb94dc3878e35da646351654b6102a08601527f20d84ef4e2728af53a2bce37a5309b93a1f2078448049ccb6abe87d2291584e46102c08601527f234c00c13cc2fe9ca9608a1f8af7584d2ebe604872d2d50abffdbef5b1b930636102e08601526103008501526103208401527f1885022f5b157f221e8e434011a7854b45e2ed10119b44f08b72b6bb34ad996e6103408401527f19dd370617267444a4ab9f762a4c291ca4853fc1f7f7022c06228b7a9954f9c76103608401527f20c042a660acf7e283afca76958218a3b6671e921a13a9703df8455f555920876103808401527f1419c4fce61912bbddbfc4a025a1c31d73bf3b83beba7b966c837f46e03cd7476103a084015260406103c08401918237856104008401928352610a31575b5061046085925f516020610bfe5f395f51905f525f516020610c3e5f395f51905f5293527f09ebba871354dfb36cb25aa59fde59ede03b346691eb86e6da9b8bbe2e49966e6104208201527f08d2919aa53bb11375015ecebb53007e333f354c1616c1c563dd5463f07dbf6b6104408201520152610a19575015610494571561048557005b9091506020816103c08160085afa9051169082610478565b5f516020610bfe5f395f51905f5295505f516020610c3e5f395f51905f52919260408260606104609460075afa9650929150610994565b604092939998507f17655af3733943ad57cb4609d7ce0b3601d70133e9401487632bcbd50174ece6825260608701907f275b6d388a5175ffce2d9a4dff9759f444891e0255645e72d1a266af5f8c421a82527f26a8cb005ad6e8508af61845fda1305114472ca5c5ab012c1d849eb13340c1d85f516020610c1e5f395f51905f5286106001169a60808a01968752858560608160075afa16858a60808160065afa16927f209d8b1c7d7657a95550549e6a6721b70e35fed618667cae38e45bc87d6820ca8552528452828260608160075afa16828760808160065afa16928261014089018337855f516020610c1e5f395f51905f5203905260608160075afa1660408460808160065afa169587808061073c565b3461061d575f36600319011261061d57602060405160018152f35b3461061d575f36600319011261061d57807f64984e3cdb8520228d9272b32f7a48745fd478607b3e902d9b31910e9386e9ad60209252f35b9181601f8401121561061d5782359167ffffffffffffffff831161061d576020838186019501011161061d5756fe3036ea7b79ff12cb649c3a94464f7e6ba157aa46a7482d87de0d3ec1f3d3bf8a30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000012e03af28ec9a019a31e0e8c13be9e55cbc455a95f6c248453731c9a61e947d05",
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
