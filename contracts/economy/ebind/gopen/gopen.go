// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gopen

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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// GOpenMetaData contains all meta data concerning the GOpen contract.
var GOpenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"open\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ERC20InvalidUnderlying\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"underlying\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "b8fdf355020a2c4f0ab1e97258bf22dbee",
	Bin: "0x61018080604052346104a7576020816122ea803803809161002082856104ab565b8339810103126104a757516001600160a01b0381168082036104a75760405161004a6040826104ab565b600f8152602081016e23b7bb32b93730b731b29027a822a760891b8152604051906100766040836104ab565b600f82526e23b7bb32b93730b731b29027a822a760891b6020830152604051926100a16040856104ab565b600584526433a7a822a760d91b6020850152604051936100c26040866104ab565b60018552603160f81b60208601908152845190946001600160401b0382116103aa5760035490600182811c9216801561049d575b602083101461038c5781601f84931161042f575b50602090601f83116001146103c9575f926103be575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103aa5760045490600182811c921680156103a0575b602083101461038c5781601f84931161031e575b50602090601f83116001146102b8575f926102ad575b50508160011b915f199060031b1c1916176004555b6101a0816104ce565b610120526101ad846104ce565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261021660c0826104ab565b5190206080523060c052301461029a5761016052604051611db0908161053a823960805181611258015260a05181611315015260c05181611222015260e051816112a7015261010051816112cd0152610120518161095d0152610140518161098601526101605181818161040d0152818161054a0152818161062501526108440152f35b63438d6fe360e01b5f523060045260245ffd5b015190505f80610182565b60045f9081528281209350601f198516905b81811061030657509084600195949392106102ee575b505050811b01600455610197565b01515f1960f88460031b161c191690555f80806102e0565b929360206001819287860151815501950193016102ca565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c81019160208510610382575b90601f859493920160051c01905b818110610374575061016c565b5f8155849350600101610367565b9091508190610359565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610158565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610120565b60035f9081528281209350601f198516905b81811061041757509084600195949392106103ff575b505050811b01600355610135565b01515f1960f88460031b161c191690555f80806103f1565b929360206001819287860151815501950193016103db565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c81019160208510610493575b90601f859493920160051c01905b818110610485575061010a565b5f8155849350600101610478565b909150819061046a565b91607f16916100f6565b5f80fd5b601f909101601f19168101906001600160401b038211908210176103aa57604052565b601f8151116104f95760208151910151602082106104ea571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde03146101b4578063095ea7b3146101af57806318160ddd146101aa578063205c2878146101a557806323b872dd146101a05780632f4f21e21461019b578063313ce567146101965780633644e515146101915780633a46b1a81461018c5780634bf5d7e914610187578063587cde1e146101825780635c19a95c1461017d5780636f307dc3146101785780636fcfff451461017357806370a082311461016e5780637ecebe001461016957806384b0196e146101645780638e539e8c1461015f57806391ddadf41461015a57806395d89b41146101555780639ab24eb014610150578063a9059cbb1461014b578063c3cda52014610146578063d505accf14610141578063dd62ed3e1461013c5763f1127ed814610137575f80fd5b610eef565b610e98565b610d74565b610c65565b610c1f565b610bd8565b610b23565b610b01565b610a42565b610945565b61090d565b6108d5565b610873565b61082f565b61080b565b6107cb565b61077b565b610696565b610674565b610601565b610513565b61047f565b610362565b610345565b610314565b6101f1565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9060206101ee9281815201906101b9565b90565b346102e4575f3660031901126102e4576040515f6003548060011c90600181169081156102da575b6020831082146102c65782855260208501919081156102ad575060011461025b575b6102578461024b81860382610fd6565b604051918291826101dd565b0390f35b60035f9081529250907fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5b8184106102995750500161024b8261023b565b805484840152602090930192600101610286565b60ff191682525090151560051b01905061024b8261023b565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610219565b5f80fd5b600435906001600160a01b03821682036102e457565b602435906001600160a01b03821682036102e457565b346102e45760403660031901126102e45761033a6103306102e8565b60243590336114a2565b602060405160018152f35b346102e4575f3660031901126102e4576020600254604051908152f35b346102e45760403660031901126102e45761037b6102e8565b6024356001600160a01b03821630811461046d5750331561045a57335f908152602081905260409020549181831061043d57335f9081526020819052604090206104319383900390556103d18260025403600255565b6040518281525f9033907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a361040b8233611b0b565b7f0000000000000000000000000000000000000000000000000000000000000000611021565b60405160018152602090f35b5063391434e360e21b5f523360045260249190915260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b63ec442f0560e01b5f5260045260245ffd5b346102e45760603660031901126102e4576104986102e8565b6104a06102fe565b6001600160a01b0382165f9081526001602090815260408083203384529091529020549160443591905f1984106104dc575b6104319350611094565b8284106104f8576104f3836104319503338361153d565b6104d2565b8284637dc7a0d960e11b5f523360045260245260445260645ffd5b346102e45760403660031901126102e45761052c6102e8565b6024353033146105ee576001600160a01b03821630811461046d57507f0000000000000000000000000000000000000000000000000000000000000000916040516323b872dd60e01b5f5233600452306024528260445260205f60648180885af160015f51148116156105cf575b6040919091525f606052156105b3576104319250611180565b635274afe760e01b5f526001600160a01b03831660045260245ffd5b60018115166105e5573d15853b1515161661059a565b503d5f823e3d90fd5b634b637e8f60e11b5f523060045260245ffd5b346102e4575f3660031901126102e45763313ce56760e01b5f5260ff60205f6004817f00000000000000000000000000000000000000000000000000000000000000005afa5f51604051601f3d119092166101008210169081028316601290811891151591909102189091168152602090f35b346102e4575f3660031901126102e457602061068e61121f565b604051908152f35b346102e45760403660031901126102e4576106af6102e8565b6001600160a01b03165f9081526009602052604090206106d060243561133b565b8154905f829160058411610723575b6106ea9350846116ff565b908161070857505060205f5b6040516001600160d01b039091168152f35b6107136020926113a6565b905f52815f20015460301c6106f6565b919261072e816115a1565b8103908111610776576106ea93855f5265ffffffffffff8260205f2001541665ffffffffffff8516105f146107645750916106df565b929150610770906113b4565b906106df565b611392565b346102e4575f3660031901126102e45761025760405161079c604082610fd6565b600e81526d06d6f64653d74696d657374616d760941b60208201526040519182916020835260208301906101b9565b346102e45760203660031901126102e4576001600160a01b036107ec6102e8565b165f526008602052602060018060a01b0360405f205416604051908152f35b346102e45760203660031901126102e45761082d6108276102e8565b336113c2565b005b346102e4575f3660031901126102e4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e45760203660031901126102e4576001600160a01b036108946102e8565b165f52600960205260405f205463ffffffff81116108be5760405163ffffffff9091168152602090f35b6306dfcc6560e41b5f52602060045260245260445ffd5b346102e45760203660031901126102e457602061068e6108f36102e8565b6001600160a01b03165f9081526020819052604090205490565b346102e45760203660031901126102e4576001600160a01b0361092e6102e8565b165f526007602052602060405f2054604051908152f35b346102e4575f3660031901126102e4576109e96109817f000000000000000000000000000000000000000000000000000000000000000061187a565b6109aa7f000000000000000000000000000000000000000000000000000000000000000061187a565b60206040516109b98282610fd6565b5f8152816109f781830194601f198301368737604051978897600f60f81b895260e0858a015260e08901906101b9565b9087820360408901526101b9565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b828110610a2b57505050500390f35b835185528695509381019392810192600101610a1c565b346102e45760203660031901126102e457610a5e60043561133b565b600a54905f829160058411610aad575b610a7a9350600a6116ff565b80610a8b57506040515f8152602090f35b610aa8610a996020926113a6565b600a5f52825f20015460301c90565b6106f6565b9192610ab8816115a1565b810390811161077657610a7a93600a5f5265ffffffffffff8260205f2001541665ffffffffffff8516105f14610aef575091610a6e565b929150610afb906113b4565b90610a6e565b346102e4575f3660031901126102e457602060405165ffffffffffff42168152f35b346102e4575f3660031901126102e4576040515f6004548060011c9060018116908115610bce575b6020831082146102c65782855260208501919081156102ad5750600114610b7c576102578461024b81860382610fd6565b60045f9081529250907f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b818410610bba5750500161024b8261023b565b805484840152602090930192600101610ba7565b91607f1691610b4b565b346102e45760203660031901126102e4576001600160a01b03610bf96102e8565b165f526009602052602060018060d01b03610c1660405f20611443565b16604051908152f35b346102e45760403660031901126102e45761033a610c3b6102e8565b6024359033611094565b6064359060ff821682036102e457565b6084359060ff821682036102e457565b346102e45760c03660031901126102e457610c7e6102e8565b60243590604435610c8d610c45565b6084359060a43592804211610d625791610d129391610d04610d099460405160208101917fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf835260018060a01b038a1660408301528a6060830152608082015260808152610cfc60a082610fd6565b51902061146d565b6118b8565b90929192611963565b6001600160a01b0381165f908152600760205260409020805460018101909155809303610d435761082d92506113c2565b90506301d4b62360e61b5f5260018060a01b031660045260245260445ffd5b632341d78760e11b5f5260045260245ffd5b346102e45760e03660031901126102e457610d8d6102e8565b610d956102fe565b6044359060643592610da5610c55565b60a43560c43590864211610e85576001600160a01b0384165f908152600760205260409020805460018101909155610e4a9390610e45909860405160208101917f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9835260018060a01b0389169b8c604084015260018060a01b038b1660608401528b608084015260a083015260c082015260c08152610cfc60e082610fd6565b611493565b936001600160a01b03851603610e645761082d93506114a2565b6325c0072360e11b5f526001600160a01b038085166004521660245260445ffd5b8663313c898160e11b5f5260045260245ffd5b346102e45760403660031901126102e4576020610ee6610eb66102e8565b610ebe6102fe565b6001600160a01b039182165f9081526001855260408082209290931681526020919091522090565b54604051908152f35b346102e45760403660031901126102e457610f086102e8565b6024359063ffffffff821682036102e45761025791610f5791610f29611009565b50610f32611009565b506001600160a01b03165f908152600960205260409020610f51611009565b506119df565b5060405190610f6582610fb5565b5465ffffffffffff811680835260309190911c60209283019081526040805192835290516001600160d01b031692820192909252918291820190565b634e487b7160e01b5f52604160045260245ffd5b6040810190811067ffffffffffffffff821117610fd157604052565b610fa1565b90601f8019910116810190811067ffffffffffffffff821117610fd157604052565b60405190611007604083610fd6565b565b6040519061101682610fb5565b5f6020838281520152565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f511481161561107e575b604091909152156110635750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b60018115166105e5573d15833b15151616611055565b6001600160a01b03811693929190841561045a576001600160a01b038216801561116d576001600160a01b0382165f908152602081905260409020549584871061114757846110079697036110f88460018060a01b03165f525f60205260405f2090565b556001600160a01b0384165f9081526020819052604090208054860190556040518581527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a3611c09565b63391434e360e21b5f526001600160a01b0383166004526024879052604485905260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b91906001600160a01b038316801561116d57600254828101809111610776576002556001600160a01b0384165f90815260208181526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9190a36002546001600160d01b0393908481116112085750611007929350611b90565b8490630e58ae9360e11b5f5260045260245260445ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480611312575b1561127a577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261130c60c082610fd6565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611251565b65ffffffffffff42168082101561137c575065ffffffffffff81116113655765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b90637669fc0f60e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b5f1981019190821161077657565b906001820180921161077657565b6001600160a01b038181165f81815260086020526040812080548685166001600160a01b0319821681179092556110079694169461143d9390928691907f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9080a46001600160a01b03165f9081526020819052604090205490565b91611758565b805490816114515750505f90565b815f19810111610776575f525f199060205f2001015460301c90565b60429061147861121f565b906040519161190160f01b8352600283015260228201522090565b916101ee9391610d09936118b8565b6001600160a01b031690811561152a576001600160a01b038116928315611517578061150a7f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92593855f52600160205260405f209060018060a01b03165f5260205260405f2090565b55604051908152602090a3565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b6001600160a01b031690811561152a576001600160a01b0381161561151757611580915f52600160205260405f209060018060a01b03165f5260205260405f2090565b55565b811561158d570490565b634e487b7160e01b5f52601260045260245ffd5b60018111156101ee57806001600160801b8210156116c2575b61166861165e61165461164a61164061163661162561166f9760048a600160401b6116749c10156116b5575b6401000000008110156116a8575b6201000081101561169b575b61010081101561168e575b6010811015611681575b1015611679575b60030260011c90565b61162f818b611583565b0160011c90565b61162f818a611583565b61162f8189611583565b61162f8188611583565b61162f8187611583565b61162f8186611583565b8093611583565b821190565b900390565b60011b61161c565b60041c9160021b91611615565b60081c9160041b9161160b565b60101c9160081b91611600565b60201c9160101b916115f4565b60401c9160201b916115e6565b505061167461166f61166861165e61165461164a6116406116366116256116e98a60801c90565b9850600160401b97506115ba9650505050505050565b905b83831061170e5750505090565b90919280841860011c8185160190835f5265ffffffffffff8260205f2001541665ffffffffffff8416105f146117485750925b9190611701565b9350611753906113b4565b611741565b6001600160a01b03808316939291908116908185141580611871575b611780575b5050505050565b81611804575b505082611795575b8080611779565b6001600160a01b03165f9081526009602052604090207fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724916117e1916117db9091611a08565b90611a70565b604080516001600160d01b039384168152919092166020820152a25f808061178e565b6001600160a01b03165f9081526009602052604090207fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7249061184f9061184986611a08565b90611a39565b604080516001600160d01b039384168152919092166020820152a25f80611786565b50831515611774565b60ff811690601f82116118a95760405191611896604084610fd6565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161193a579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561192f575f516001600160a01b0381161561192557905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004111561194f57565b634e487b7160e01b5f52602160045260245ffd5b61196c81611945565b80611975575050565b61197e81611945565b600181036119955763f645eedf60e01b5f5260045ffd5b61199e81611945565b600281036119b9575063fce698f760e01b5f5260045260245ffd5b806119c5600392611945565b146119cd5750565b6335e2f38360e21b5f5260045260245ffd5b80548210156119f4575f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b038111611a22576001600160d01b031690565b6306dfcc6560e41b5f5260d060045260245260445ffd5b90611a4382611443565b6001600160d01b039182169082160390811161077657611a6c9165ffffffffffff421690611cda565b9091565b90611a7a82611443565b6001600160d01b039182169082160190811161077657611a6c9165ffffffffffff421690611cda565b611aad600a611443565b6001600160d01b039182169082160190811161077657611a6c904265ffffffffffff16600a611cda565b611ae1600a611443565b6001600160d01b039182169082160390811161077657611a6c904265ffffffffffff16600a611cda565b61100791906001600160a01b03168015611b78575b611b31611b2c83611a08565b611ad7565b50505f908152600860205260408120549080527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7546001600160a01b039081169116611758565b611b89611b8483611a08565b611aa3565b5050611b20565b9061100791611ba1611b8483611a08565b50506001600160a01b03168015611bf6575b60086020527f5eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7545f9182526040909120546001600160a01b039081169116611758565b611c02611b2c83611a08565b5050611bb3565b61100792916001600160a01b03909116908115611c6c575b6001600160a01b0316908115611c59575b5f90815260086020526040808220549282529020546001600160a01b039081169116611758565b611c65611b2c84611a08565b5050611c32565b611c78611b8484611a08565b5050611c21565b8054600160401b811015610fd157611c9c916001820181556119df565b611cc757815160209092015160301b65ffffffffffff191665ffffffffffff92909216919091179055565b634e487b7160e01b5f525f60045260245ffd5b80549293928015611d8657611cf1611cfc916113a6565b825f5260205f200190565b8054603081901c9365ffffffffffff91821692918116808411611d7757879303611d435750611d3f92509065ffffffffffff82549181199060301b169116179055565b9190565b915050611d3f91611d63611d55610ff8565b65ffffffffffff9093168352565b6001600160d01b0386166020830152611c7f565b632520601d60e01b5f5260045ffd5b5090611dab91611d97611d55610ff8565b6001600160d01b0385166020830152611c7f565b5f919056",
}

// GOpen is an auto generated Go binding around an Ethereum contract.
type GOpen struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GOpen) GetABI() abi.ABI {
	return c.abi
}

// NewGOpen creates a new instance of GOpen.
func NewGOpen() *GOpen {
	parsed, err := GOpenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GOpen{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GOpen) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address open) returns()
func (gOpen *GOpen) PackConstructor(open common.Address) []byte {
	enc, err := gOpen.abi.Pack("", open)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOpen *GOpen) PackCLOCKMODE() []byte {
	enc, err := gOpen.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOpen *GOpen) TryPackCLOCKMODE() ([]byte, error) {
	return gOpen.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOpen *GOpen) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := gOpen.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gOpen *GOpen) PackDOMAINSEPARATOR() []byte {
	enc, err := gOpen.abi.Pack("DOMAIN_SEPARATOR")
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
func (gOpen *GOpen) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return gOpen.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gOpen *GOpen) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := gOpen.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (gOpen *GOpen) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := gOpen.abi.Pack("allowance", owner, spender)
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
func (gOpen *GOpen) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return gOpen.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gOpen *GOpen) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("allowance", data)
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
func (gOpen *GOpen) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := gOpen.abi.Pack("approve", spender, value)
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
func (gOpen *GOpen) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gOpen *GOpen) UnpackApprove(data []byte) (bool, error) {
	out, err := gOpen.abi.Unpack("approve", data)
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
func (gOpen *GOpen) PackBalanceOf(account common.Address) []byte {
	enc, err := gOpen.abi.Pack("balanceOf", account)
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
func (gOpen *GOpen) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return gOpen.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gOpen *GOpen) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOpen *GOpen) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := gOpen.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOpen *GOpen) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return gOpen.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOpen *GOpen) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := gOpen.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (gOpen *GOpen) PackClock() []byte {
	enc, err := gOpen.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (gOpen *GOpen) TryPackClock() ([]byte, error) {
	return gOpen.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (gOpen *GOpen) UnpackClock(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("clock", data)
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
func (gOpen *GOpen) PackDecimals() []byte {
	enc, err := gOpen.abi.Pack("decimals")
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
func (gOpen *GOpen) TryPackDecimals() ([]byte, error) {
	return gOpen.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (gOpen *GOpen) UnpackDecimals(data []byte) (uint8, error) {
	out, err := gOpen.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (gOpen *GOpen) PackDelegate(delegatee common.Address) []byte {
	enc, err := gOpen.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (gOpen *GOpen) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return gOpen.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (gOpen *GOpen) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := gOpen.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (gOpen *GOpen) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return gOpen.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (gOpen *GOpen) PackDelegates(account common.Address) []byte {
	enc, err := gOpen.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (gOpen *GOpen) TryPackDelegates(account common.Address) ([]byte, error) {
	return gOpen.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (gOpen *GOpen) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := gOpen.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOpen *GOpen) PackDepositFor(account common.Address, value *big.Int) []byte {
	enc, err := gOpen.abi.Pack("depositFor", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOpen *GOpen) TryPackDepositFor(account common.Address, value *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("depositFor", account, value)
}

// UnpackDepositFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f4f21e2.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOpen *GOpen) UnpackDepositFor(data []byte) (bool, error) {
	out, err := gOpen.abi.Unpack("depositFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gOpen *GOpen) PackEip712Domain() []byte {
	enc, err := gOpen.abi.Pack("eip712Domain")
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
func (gOpen *GOpen) TryPackEip712Domain() ([]byte, error) {
	return gOpen.abi.Pack("eip712Domain")
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
func (gOpen *GOpen) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := gOpen.abi.Unpack("eip712Domain", data)
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

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := gOpen.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := gOpen.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOpen *GOpen) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOpen *GOpen) PackGetVotes(account common.Address) []byte {
	enc, err := gOpen.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOpen *GOpen) TryPackGetVotes(account common.Address) ([]byte, error) {
	return gOpen.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOpen *GOpen) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("getVotes", data)
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
func (gOpen *GOpen) PackName() []byte {
	enc, err := gOpen.abi.Pack("name")
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
func (gOpen *GOpen) TryPackName() ([]byte, error) {
	return gOpen.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gOpen *GOpen) UnpackName(data []byte) (string, error) {
	out, err := gOpen.abi.Unpack("name", data)
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
func (gOpen *GOpen) PackNonces(owner common.Address) []byte {
	enc, err := gOpen.abi.Pack("nonces", owner)
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
func (gOpen *GOpen) TryPackNonces(owner common.Address) ([]byte, error) {
	return gOpen.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gOpen *GOpen) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOpen *GOpen) PackNumCheckpoints(account common.Address) []byte {
	enc, err := gOpen.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOpen *GOpen) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return gOpen.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOpen *GOpen) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := gOpen.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (gOpen *GOpen) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := gOpen.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (gOpen *GOpen) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return gOpen.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gOpen *GOpen) PackSymbol() []byte {
	enc, err := gOpen.abi.Pack("symbol")
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
func (gOpen *GOpen) TryPackSymbol() ([]byte, error) {
	return gOpen.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gOpen *GOpen) UnpackSymbol(data []byte) (string, error) {
	out, err := gOpen.abi.Unpack("symbol", data)
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
func (gOpen *GOpen) PackTotalSupply() []byte {
	enc, err := gOpen.abi.Pack("totalSupply")
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
func (gOpen *GOpen) TryPackTotalSupply() ([]byte, error) {
	return gOpen.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gOpen *GOpen) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gOpen.abi.Unpack("totalSupply", data)
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
func (gOpen *GOpen) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := gOpen.abi.Pack("transfer", to, value)
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
func (gOpen *GOpen) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gOpen *GOpen) UnpackTransfer(data []byte) (bool, error) {
	out, err := gOpen.abi.Unpack("transfer", data)
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
func (gOpen *GOpen) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := gOpen.abi.Pack("transferFrom", from, to, value)
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
func (gOpen *GOpen) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gOpen *GOpen) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := gOpen.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function underlying() view returns(address)
func (gOpen *GOpen) PackUnderlying() []byte {
	enc, err := gOpen.abi.Pack("underlying")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function underlying() view returns(address)
func (gOpen *GOpen) TryPackUnderlying() ([]byte, error) {
	return gOpen.abi.Pack("underlying")
}

// UnpackUnderlying is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (gOpen *GOpen) UnpackUnderlying(data []byte) (common.Address, error) {
	out, err := gOpen.abi.Unpack("underlying", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOpen *GOpen) PackWithdrawTo(account common.Address, value *big.Int) []byte {
	enc, err := gOpen.abi.Pack("withdrawTo", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOpen *GOpen) TryPackWithdrawTo(account common.Address, value *big.Int) ([]byte, error) {
	return gOpen.abi.Pack("withdrawTo", account, value)
}

// UnpackWithdrawTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x205c2878.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOpen *GOpen) UnpackWithdrawTo(data []byte) (bool, error) {
	out, err := gOpen.abi.Unpack("withdrawTo", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// GOpenApproval represents a Approval event raised by the GOpen contract.
type GOpenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GOpenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GOpenApproval) ContractEventName() string {
	return GOpenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (gOpen *GOpen) UnpackApprovalEvent(log *types.Log) (*GOpenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOpen.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOpenApproval)
	if len(log.Data) > 0 {
		if err := gOpen.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOpen.abi.Events[event].Inputs {
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

// GOpenDelegateChanged represents a DelegateChanged event raised by the GOpen contract.
type GOpenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const GOpenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (GOpenDelegateChanged) ContractEventName() string {
	return GOpenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (gOpen *GOpen) UnpackDelegateChangedEvent(log *types.Log) (*GOpenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOpen.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOpenDelegateChanged)
	if len(log.Data) > 0 {
		if err := gOpen.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOpen.abi.Events[event].Inputs {
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

// GOpenDelegateVotesChanged represents a DelegateVotesChanged event raised by the GOpen contract.
type GOpenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const GOpenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (GOpenDelegateVotesChanged) ContractEventName() string {
	return GOpenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (gOpen *GOpen) UnpackDelegateVotesChangedEvent(log *types.Log) (*GOpenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOpen.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOpenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := gOpen.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOpen.abi.Events[event].Inputs {
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

// GOpenEIP712DomainChanged represents a EIP712DomainChanged event raised by the GOpen contract.
type GOpenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GOpenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GOpenEIP712DomainChanged) ContractEventName() string {
	return GOpenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (gOpen *GOpen) UnpackEIP712DomainChangedEvent(log *types.Log) (*GOpenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOpen.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOpenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := gOpen.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOpen.abi.Events[event].Inputs {
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

// GOpenTransfer represents a Transfer event raised by the GOpen contract.
type GOpenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GOpenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GOpenTransfer) ContractEventName() string {
	return GOpenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (gOpen *GOpen) UnpackTransferEvent(log *types.Log) (*GOpenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOpen.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOpenTransfer)
	if len(log.Data) > 0 {
		if err := gOpen.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOpen.abi.Events[event].Inputs {
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
func (gOpen *GOpen) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gOpen.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return gOpen.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return gOpen.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return gOpen.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return gOpen.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC20InvalidUnderlying"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC20InvalidUnderlyingError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return gOpen.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return gOpen.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return gOpen.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return gOpen.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return gOpen.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return gOpen.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOpen.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return gOpen.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GOpenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the GOpen contract.
type GOpenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func GOpenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (gOpen *GOpen) UnpackCheckpointUnorderedInsertionError(raw []byte) (*GOpenCheckpointUnorderedInsertion, error) {
	out := new(GOpenCheckpointUnorderedInsertion)
	if err := gOpen.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the GOpen contract.
type GOpenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func GOpenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (gOpen *GOpen) UnpackECDSAInvalidSignatureError(raw []byte) (*GOpenECDSAInvalidSignature, error) {
	out := new(GOpenECDSAInvalidSignature)
	if err := gOpen.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the GOpen contract.
type GOpenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func GOpenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (gOpen *GOpen) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*GOpenECDSAInvalidSignatureLength, error) {
	out := new(GOpenECDSAInvalidSignatureLength)
	if err := gOpen.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the GOpen contract.
type GOpenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func GOpenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (gOpen *GOpen) UnpackECDSAInvalidSignatureSError(raw []byte) (*GOpenECDSAInvalidSignatureS, error) {
	out := new(GOpenECDSAInvalidSignatureS)
	if err := gOpen.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the GOpen contract.
type GOpenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func GOpenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (gOpen *GOpen) UnpackERC20ExceededSafeSupplyError(raw []byte) (*GOpenERC20ExceededSafeSupply, error) {
	out := new(GOpenERC20ExceededSafeSupply)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GOpen contract.
type GOpenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GOpenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (gOpen *GOpen) UnpackERC20InsufficientAllowanceError(raw []byte) (*GOpenERC20InsufficientAllowance, error) {
	out := new(GOpenERC20InsufficientAllowance)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GOpen contract.
type GOpenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GOpenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (gOpen *GOpen) UnpackERC20InsufficientBalanceError(raw []byte) (*GOpenERC20InsufficientBalance, error) {
	out := new(GOpenERC20InsufficientBalance)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GOpen contract.
type GOpenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GOpenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (gOpen *GOpen) UnpackERC20InvalidApproverError(raw []byte) (*GOpenERC20InvalidApprover, error) {
	out := new(GOpenERC20InvalidApprover)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GOpen contract.
type GOpenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GOpenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (gOpen *GOpen) UnpackERC20InvalidReceiverError(raw []byte) (*GOpenERC20InvalidReceiver, error) {
	out := new(GOpenERC20InvalidReceiver)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InvalidSender represents a ERC20InvalidSender error raised by the GOpen contract.
type GOpenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GOpenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (gOpen *GOpen) UnpackERC20InvalidSenderError(raw []byte) (*GOpenERC20InvalidSender, error) {
	out := new(GOpenERC20InvalidSender)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GOpen contract.
type GOpenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GOpenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (gOpen *GOpen) UnpackERC20InvalidSpenderError(raw []byte) (*GOpenERC20InvalidSpender, error) {
	out := new(GOpenERC20InvalidSpender)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC20InvalidUnderlying represents a ERC20InvalidUnderlying error raised by the GOpen contract.
type GOpenERC20InvalidUnderlying struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidUnderlying(address token)
func GOpenERC20InvalidUnderlyingErrorID() common.Hash {
	return common.HexToHash("0x438d6fe34193b439efbab782534ca7fefd5f4aadc000b978c2422cbc1ac4d25d")
}

// UnpackERC20InvalidUnderlyingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidUnderlying(address token)
func (gOpen *GOpen) UnpackERC20InvalidUnderlyingError(raw []byte) (*GOpenERC20InvalidUnderlying, error) {
	out := new(GOpenERC20InvalidUnderlying)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC20InvalidUnderlying", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the GOpen contract.
type GOpenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func GOpenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (gOpen *GOpen) UnpackERC2612ExpiredSignatureError(raw []byte) (*GOpenERC2612ExpiredSignature, error) {
	out := new(GOpenERC2612ExpiredSignature)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the GOpen contract.
type GOpenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func GOpenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (gOpen *GOpen) UnpackERC2612InvalidSignerError(raw []byte) (*GOpenERC2612InvalidSigner, error) {
	out := new(GOpenERC2612InvalidSigner)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the GOpen contract.
type GOpenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func GOpenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (gOpen *GOpen) UnpackERC5805FutureLookupError(raw []byte) (*GOpenERC5805FutureLookup, error) {
	out := new(GOpenERC5805FutureLookup)
	if err := gOpen.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenInvalidAccountNonce represents a InvalidAccountNonce error raised by the GOpen contract.
type GOpenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GOpenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (gOpen *GOpen) UnpackInvalidAccountNonceError(raw []byte) (*GOpenInvalidAccountNonce, error) {
	out := new(GOpenInvalidAccountNonce)
	if err := gOpen.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenInvalidShortString represents a InvalidShortString error raised by the GOpen contract.
type GOpenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func GOpenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (gOpen *GOpen) UnpackInvalidShortStringError(raw []byte) (*GOpenInvalidShortString, error) {
	out := new(GOpenInvalidShortString)
	if err := gOpen.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GOpen contract.
type GOpenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GOpenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (gOpen *GOpen) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GOpenSafeCastOverflowedUintDowncast, error) {
	out := new(GOpenSafeCastOverflowedUintDowncast)
	if err := gOpen.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the GOpen contract.
type GOpenSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func GOpenSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (gOpen *GOpen) UnpackSafeERC20FailedOperationError(raw []byte) (*GOpenSafeERC20FailedOperation, error) {
	out := new(GOpenSafeERC20FailedOperation)
	if err := gOpen.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenStringTooLong represents a StringTooLong error raised by the GOpen contract.
type GOpenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func GOpenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (gOpen *GOpen) UnpackStringTooLongError(raw []byte) (*GOpenStringTooLong, error) {
	out := new(GOpenStringTooLong)
	if err := gOpen.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOpenVotesExpiredSignature represents a VotesExpiredSignature error raised by the GOpen contract.
type GOpenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func GOpenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (gOpen *GOpen) UnpackVotesExpiredSignatureError(raw []byte) (*GOpenVotesExpiredSignature, error) {
	out := new(GOpenVotesExpiredSignature)
	if err := gOpen.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
