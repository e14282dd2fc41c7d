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

// FeeSplitParts is an auto generated low-level Go binding around an user-defined struct.
type FeeSplitParts struct {
	Fee          *big.Int
	Platform     *big.Int
	Owner        *big.Int
	Stakers      *big.Int
	Contributors *big.Int
}

// AttributedVerifierMetaData contains all meta data concerning the AttributedVerifier contract.
var AttributedVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"PublicInputCountInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"publicInputCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"input\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkSha256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "e64f6aab9d45aae41c3ec7e4d1580e50be",
	Bin: "0x6080806040523460155761113d908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063695ef6f9146108ec57806375080f27146108b2578063770cbbc61461089757639649daae14610045575f80fd5b346108935760403660031901126108935760043567ffffffffffffffff8111610893576100769036906004016110ae565b6024359167ffffffffffffffff831161089357366023840112156108935782600401359167ffffffffffffffff83116108935760248401923660248260051b87010111610893576006810361087c57506101800361047f5760019160405190610100830160408184375f5160206110fd5f395f51905f52604084200695786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8452602084019061018086833760c0846101a08701375f5160206110fd5f395f51905f526102608620069360408601907f0dfb5d8c39ce4cd04c2414ed4cf37aa9127e80445e458683d009c8d6dc39e4c287527f044dabe0201573b7d5c9d78ae97e4283405ad5656a23e65c3d210e3529ccc9ab8452604085833760408760808160065afa86151516998a6104ec575b50505050835190519061010060c086019687377f1c92c1ff931fef9d3b61df1da325bbcd789dcb7a20b18dc8245bbf882dfff3966101c08601527f2bb6ef27144d4c69b22b783bd05c74fc6ed73b86f01a61f5ebfcfd8efacccdda6101e08601527f2807a2d8139e64f94ee63f94f5eb9cb2a9136dfc2c1d1cbb0b301bab4795328a6102008601527f06d14186f636bdfa333c2b2a09adf75921be4d6cbf17962cbb96a692d5484e5b6102208601527f0f9f29f746aba92b1702c3cd630c085a87c4cca2f16f42320cce76cb0eb4ae6e6102408601527f27eba5fd647afd3fc757549e0e496be04985c3cee8d47a2e85d64102344ad4746102608601527f07b4ab3ec2b91124484e00a9fd817a6a7ce2c74a8851422fb967a45e0c659bd06102808601527f2b8887fb503675f50db88e215bda527ecf6223cba178104b610f9c565ba532436102a08601527f1d58f835f6e67a393a35802df4bb9d373f28abe83960ae3206963a66566205aa6102c08601527f1e6f52f7f4443738478f9fdfcf1ad4fbd6bd43e7f85a7e489c2ac54ad3ff80516102e08601526103008501526103208401527f295aae7ca304a25cc175bd9f800bc952a51a0b0f8005d4dfe7aaed1ade3abef36103408401527f2ca26f20fcb6027e44ebc27fbd31287046a5ec5050576a145c530aa014c0c2586103608401527f0293275beb6ffb6f7aa3edeed26d8a26070471d904b766e26a4781987e52aea96103808401527f2114fdbe736088f5d9b47c9c162626a6286a0add845937c6cfdf43936ef2e6086103a084015260406103c084019182378561040084019283526104b5575b5061046085925f5160206110dd5f395f51905f525f51602061111d5f395f51905f5293527f13bd9b20b04a97c2b490c69fa1372f83b9f8ff0510496eff85a18c08b60a8aac6104208201527f27d603c40848a4078e7fa3d90cf47f179888ba88c0b03b2ca60e0e8dfb3a47cf610440820152015261049d575b501561048e571561047f57005b631ff3747d60e21b5f5260045ffd5b63a54f8e2760e01b5f5260045ffd5b9091506020816103c08160085afa905116905f610472565b5f5160206110dd5f395f51905f5295505f51602061111d5f395f51905f52919260408260606104609460075afa96509291506103f9565b90919298507f2910104104830459797eff4e64046897fd445bef91a10a64df3db82c6c04e133839a949a5260608701917f224c8c5a0d1b914c7d89e99d6c58d02f2675002888881e92c42ad4a4acb707ab8352359860808801948a865284805a6040926007606092fa1688805a6040926006608092fa167f2dae47b2aa601442cae0777da30797f3804e33279c73bfbe776254ecd88963ef85527f031e462459b1d7c1d74b4146aaf5794f9da1a573fe0e639ee96886fb1430dbfa845260448201359081875285805a6040926007606092fa1689805a6040926006608092fa167f0b1e138ca75ea1c3628ca39275024a69bbac5cffc365b8b1f41fd31549d3042c86527f2791b3225a755bc8a2e1176dbac40af70ecddc5e91b5e1196172c48c33edd9a6855260648301359081885286805a6040926007606092fa168a805a6040926006608092fa16907f207ca0e2a4bd3d1af78101f20e7c0a802b22c8f700a85725092837e1fa08479787527f102f12c3c0ad0d544f8b3c8ced921d58f188fc49c073359065d21ac465fde8a1865260848401359182895287805a6040926007606092fa168b805a6040926006608092fa16927f19a2ee0cb9eb77584cf07d71af0f7db0facf21885228544b5c04218db329a47a88527f14ec339570ab60dfd3fcb41b5eb9fdb6186f3a7e48630192b1aa116531751b6f875260a485013593848a5288805a6040926007606092fa168c805a6040926006608092fa16947f2035a72005a3ae6a7f0fe1e82500c5d02d7d48e19fa1ffae12cf233acf3e6b5489527f06faad18a3f94f0f19c422973553cd4b2ba57b838e7d1b9d0e5c6c13298eeb24885260c401359d5f5160206110fd5f395f51905f528f10945f5160206110fd5f395f51905f5211935f5160206110fd5f395f51905f5211925f5160206110fd5f395f51905f5211915f5160206110fd5f395f51905f5211905f5160206110fd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f2d6b6a93b53720f6811ec109240101ff986757764e19baec596cb60a9e38e84c84527f0faf65c9bf5fb0119d2e4aa863969f740bdae8fe6617f526bf50f798dc6098119052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16955f8080806101a0565b63c3296de760e01b5f52600452600660245260445ffd5b5f80fd5b34610893575f36600319011261089357602060405160068152f35b34610893575f3660031901126108935760206040517ffa1a9fb3d5f342154e5afa43e38f5551ec6ff3abdfb6564e7b96f62856f7e2ef8152f35b346108935760e03660031901126108935760043567ffffffffffffffff81116108935761091d9036906004016110ae565b3660e411610893576101800361047f5760016040519161010081019260408482375f5160206110fd5f395f51905f52604082200693786f70656e70726f6f662e67726f746831362e666f6c642e763160381b8252602082019061018084833760c060246101a08501375f5160206110fd5f395f51905f526102608420069160408401967f0dfb5d8c39ce4cd04c2414ed4cf37aa9127e80445e458683d009c8d6dc39e4c285527f044dabe0201573b7d5c9d78ae97e4283405ad5656a23e65c3d210e3529ccc9ab8252604083893760408560808160065afa841515169788610d2b575b5050835190519061010060c086019687377f1c92c1ff931fef9d3b61df1da325bbcd789dcb7a20b18dc8245bbf882dfff3966101c08601527f2bb6ef27144d4c69b22b783bd05c74fc6ed73b86f01a61f5ebfcfd8efacccdda6101e08601527f2807a2d8139e64f94ee63f94f5eb9cb2a9136dfc2c1d1cbb0b301bab4795328a6102008601527f06d14186f636bdfa333c2b2a09adf75921be4d6cbf17962cbb96a692d5484e5b6102208601527f0f9f29f746aba92b1702c3cd630c085a87c4cca2f16f42320cce76cb0eb4ae6e6102408601527f27eba5fd647afd3fc757549e0e496be04985c3cee8d47a2e85d64102344ad4746102608601527f07b4ab3ec2b91124484e00a9fd817a6a7ce2c74a8851422fb967a45e0c659bd06102808601527f2b8887fb503675f50db88e215bda527ecf6223cba178104b610f9c565ba532436102a08601527f1d58f835f6e67a393a35802df4bb9d373f28abe83960ae3206963a66566205aa6102c08601527f1e6f52f7f4443738478f9fdfcf1ad4fbd6bd43e7f85a7e489c2ac54ad3ff80516102e08601526103008501526103208401527f295aae7ca304a25cc175bd9f800bc952a51a0b0f8005d4dfe7aaed1ade3abef36103408401527f2ca26f20fcb6027e44ebc27fbd31287046a5ec5050576a145c530aa014c0c2586103608401527f0293275beb6ffb6f7aa3edeed26d8a26070471d904b766e26a4781987e52aea96103808401527f2114fdbe736088f5d9b47c9c162626a6286a0add845937c6cfdf43936ef2e6086103a084015260406103c08401918237856104008401928352610cf4575b5061046085925f5160206110dd5f395f51905f525f51602061111d5f395f51905f5293527f13bd9b20b04a97c2b490c69fa1372f83b9f8ff0510496eff85a18c08b60a8aac6104208201527f27d603c40848a4078e7fa3d90cf47f179888ba88c0b03b2ca60e0e8dfb3a47cf6104408201520152610cdc57501561048e571561047f57005b9091506020816103c08160085afa9051169082610472565b5f5160206110dd5f395f51905f5295505f51602061111d5f395f51905f52919260408260606104609460075afa9650929150610c57565b9096507f2910104104830459797eff4e64046897fd445bef91a10a64df3db82c6c04e1338198929852606085017f224c8c5a0d1b914c7d89e99d6c58d02f2675002888881e92c42ad4a4acb707ab815260243597608087019389855283805a6040926007606092fa1687805a6040926006608092fa167f2dae47b2aa601442cae0777da30797f3804e33279c73bfbe776254ecd88963ef84527f031e462459b1d7c1d74b4146aaf5794f9da1a573fe0e639ee96886fb1430dbfa83526044359081865284805a6040926007606092fa1688805a6040926006608092fa167f0b1e138ca75ea1c3628ca39275024a69bbac5cffc365b8b1f41fd31549d3042c85527f2791b3225a755bc8a2e1176dbac40af70ecddc5e91b5e1196172c48c33edd9a684526064359081875285805a6040926007606092fa1689805a6040926006608092fa167f207ca0e2a4bd3d1af78101f20e7c0a802b22c8f700a85725092837e1fa08479786527f102f12c3c0ad0d544f8b3c8ced921d58f188fc49c073359065d21ac465fde8a185526084359081885286805a6040926007606092fa168a805a6040926006608092fa16917f19a2ee0cb9eb77584cf07d71af0f7db0facf21885228544b5c04218db329a47a87527f14ec339570ab60dfd3fcb41b5eb9fdb6186f3a7e48630192b1aa116531751b6f865260a4359283895287805a6040926007606092fa168b805a6040926006608092fa16937f2035a72005a3ae6a7f0fe1e82500c5d02d7d48e19fa1ffae12cf233acf3e6b5488527f06faad18a3f94f0f19c422973553cd4b2ba57b838e7d1b9d0e5c6c13298eeb24875260c4359d5f5160206110fd5f395f51905f528f10945f5160206110fd5f395f51905f5211935f5160206110fd5f395f51905f5211925f5160206110fd5f395f51905f5211915f5160206110fd5f395f51905f5211905f5160206110fd5f395f51905f5211161616600116161699855283805a6040926007606092fa1687805a6040926006608092fa16917f2d6b6a93b53720f6811ec109240101ff986757764e19baec596cb60a9e38e84c84527f0faf65c9bf5fb0119d2e4aa863969f740bdae8fe6617f526bf50f798dc6098119052835281805a6040926007606092fa1685805a6040926006608092fa1691604061014088018337845f5160206110fd5f395f51905f52039052805a6040926007606092fa1683805a6040926006608092fa16958780610a00565b9181601f840112156108935782359167ffffffffffffffff831161089357602083818601950101116108935756fe2b65855693636ea19194665e01b7b77fdef077b8b171236266c4e472c1e79d0230644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000122c3c57c50c13f994f51045f4944ada8741b655776e34904f9c412eb1d4712d0",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"betaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gammaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaBps\",\"type\":\"uint256\"}],\"name\":\"BpsInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumPpm\",\"type\":\"uint256\"}],\"name\":\"WeightsSumInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"betaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gammaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deltaBps\",\"type\":\"uint256\"},{\"internalType\":\"uint32[]\",\"name\":\"weightsPpm\",\"type\":\"uint32[]\"}],\"name\":\"compute\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platform\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"}],\"internalType\":\"structFeeSplit.Parts\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "463306fed5a2e718811fb37d40267f9061",
	Bin: "0x60808060405234601557610455908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c63d289cdc014610024575f80fd5b3461025057610120366003190112610250576084356101043560a43560c43560e43567ffffffffffffffff841161025057366023850112156102505783600401359067ffffffffffffffff8211610250576024850194602436918460051b01011161025057610091610254565b506127106100a8826100a386886102a3565b6102a3565b0361023657505f5f5b8281106102095750801515806101fc575b6101ea575061018485858561016d839561015f610157612710610146816101376101148b6103e861010e6100fa604435600435610306565b610108606435602435610306565b906102a3565b046102a3565b98610127610120610254565b9c8b6102c4565b998c5260208c019d8e5289610306565b049b60408a019c8d5287610306565b0494606088019586528a51906102c4565b8451906102c4565b936080860194808652610345565b61017b8189979397516102a3565b885283516102c4565b825260405195869560c087019451875251602087015251604086015251606085015251608084015260c060a08401528151809152602060e084019201905f5b8181106101d1575050500390f35b82518452859450602093840193909201916001016101c3565b63663ce7e960e11b5f5260045260245ffd5b50620f42408114156100c2565b9061022f60019163ffffffff61022861022386888c6102d1565b6102f5565b16906102a3565b91016100b1565b82846347bfc85160e11b5f5260045260245260445260645ffd5b5f80fd5b6040519060a0820182811067ffffffffffffffff82111761028f576040525f6080838281528260208201528260408201528260608201520152565b634e487b7160e01b5f52604160045260245ffd5b919082018092116102b057565b634e487b7160e01b5f52601160045260245ffd5b919082039182116102b057565b91908110156102e15760051b0190565b634e487b7160e01b5f52603260045260245ffd5b3563ffffffff811681036102505790565b818102929181159184041417156102b057565b67ffffffffffffffff811161028f5760051b60200190565b80518210156102e15760209160051b010190565b9290915f9261035382610319565b6040519590601f01601f1916860167ffffffffffffffff81118782101761028f57604052828652909190601f1961038983610319565b01366020880137855f905f935f955f5f925b8084106103ec575050505081156103e25750620f424081036101ea57506103c86103df926103d8926102c4565b6103d28488610331565b516102a3565b9185610331565b52565b9650909450505050565b9091929663ffffffff6104036102238a85886102d1565b1695838711610448575b600191620f424061042b6104248a61043e956102a3565b998b610306565b0490816104388c8a610331565b526102a3565b970192919061039b565b979850889786935061040d56",
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
// the contract method with ID 0xd289cdc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint256 deltaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) PackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, betaBps *big.Int, gammaBps *big.Int, deltaBps *big.Int, weightsPpm []uint32) []byte {
	enc, err := feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, betaBps, gammaBps, deltaBps, weightsPpm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd289cdc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint256 deltaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
func (feeSplitHarness *FeeSplitHarness) TryPackCompute(tIn *big.Int, tOut *big.Int, rIn *big.Int, rOut *big.Int, platformFee *big.Int, betaBps *big.Int, gammaBps *big.Int, deltaBps *big.Int, weightsPpm []uint32) ([]byte, error) {
	return feeSplitHarness.abi.Pack("compute", tIn, tOut, rIn, rOut, platformFee, betaBps, gammaBps, deltaBps, weightsPpm)
}

// ComputeOutput serves as a container for the return parameters of contract
// method Compute.
type ComputeOutput struct {
	P       FeeSplitParts
	Amounts []*big.Int
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd289cdc0.
//
// Solidity: function compute(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint256 deltaBps, uint32[] weightsPpm) pure returns((uint256,uint256,uint256,uint256,uint256) p, uint256[] amounts)
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
	BetaBps  *big.Int
	GammaBps *big.Int
	DeltaBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 deltaBps)
func FeeSplitHarnessBpsInvalidErrorID() common.Hash {
	return common.HexToHash("0x8f7f90a22f3c7d9b528f63098a7545705cdc1a75d251d6fd455d9a21373611b8")
}

// UnpackBpsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 deltaBps)
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
