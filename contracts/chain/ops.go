package chain

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/prover/bundle"
)

// L2StandardBridge is the OP Stack's bridge predeploy: the only account that
// may mint and burn an OptimismMintableERC20 on L2.
var L2StandardBridge = common.HexToAddress("0x4200000000000000000000000000000000000010")

var (
	settlementABI = bindings.NewOpenProofSettlement()
	tokenABI      = bindings.NewOptimismMintableERC20()
)

// SplitConfig is the fee split fixed at deployment (the admin may change it).
type SplitConfig struct {
	BetaBps        uint16   // model (adapter) owner's share of F_net, basis points
	GammaBps       uint16   // stakers' share
	ProverBps      uint16   // the settler's share (msg.sender of settle); contributors get the rest
	PlatformFee    *big.Int // F_platform, wei
	RequestTimeout uint64   // seconds before a requester may cancel an open request
}

// DeployConfig is the settlement contract's constructor.
type DeployConfig struct {
	Admin       common.Address // DEFAULT_ADMIN, REGISTRAR and PAUSER roles
	Token       common.Address // zero: native OPEN (custom gas token); else the OPEN ERC-20
	Hasher      common.Address // commit.Hash on chain: a deployed AttributionDigest (DeployAttributionDigest)
	Treasury    common.Address // receives F_platform
	StakingPool common.Address // receives the stakers' share
	Split       SplitConfig
}

// DeploySettlement deploys OpenProofSettlement.
func DeploySettlement(cfg DeployConfig) (Call, error) {
	if cfg.Split.PlatformFee == nil || cfg.Split.PlatformFee.Sign() < 0 {
		return Call{}, fmt.Errorf("deploy: platform fee must be a non-negative amount: %w", ErrBadInput)
	}
	code, err := hexutilDecode(bindings.OpenProofSettlementMetaData.Bin)
	if err != nil {
		return Call{}, err
	}
	args := settlementABI.PackConstructor(cfg.Admin, cfg.Token, cfg.Hasher, cfg.Treasury, cfg.StakingPool,
		bindings.OpenProofSettlementSplitConfig{
			BetaBps: cfg.Split.BetaBps, GammaBps: cfg.Split.GammaBps, ProverBps: cfg.Split.ProverBps,
			PlatformFee: cfg.Split.PlatformFee, RequestTimeout: cfg.Split.RequestTimeout,
		})
	return Call{What: "deploy settlement", Data: append(code, args...)}, nil
}

// ErrDevKeys marks a verifier whose verifying key came from a development
// setup (prover.DevSetup): its setup randomness was never destroyed, so
// anyone can forge proofs it accepts. Such a verifier is deployed only with
// VerifierOptions.AllowDevKeys.
var ErrDevKeys = fmt.Errorf("chain: the verifier's keys come from a development setup, anyone can forge proofs it accepts "+
	"(deploy a verifier exported from ceremony keys, or allow development keys for a demonstration): %w", ErrBadInput)

// VerifierOptions are DeployVerifier's options.
type VerifierOptions struct {
	// AllowDevKeys permits a verifier with development-setup keys: one of
	// the committed verifiers (contracts.Artifact.DevKeys, e.g. the demo's).
	// For demonstrations and tests only; a caller that sets it should say
	// so loudly.
	AllowDevKeys bool
}

// DeployVerifier deploys a verifier from its creation bytecode (see
// DemoVerifierBytecode, or compile ExportVerifier's output with build.sh).
// Bytecode of a committed development-key verifier is refused with
// ErrDevKeys unless opts.AllowDevKeys. Other bytecode cannot be traced to
// its keys here: deploy only verifiers exported from ceremony keys.
func DeployVerifier(bytecode []byte, opts VerifierOptions) (Call, error) {
	if len(bytecode) == 0 {
		return Call{}, fmt.Errorf("deploy verifier: no bytecode: %w", ErrBadInput)
	}
	name, dev, err := contracts.DevKeyVerifier(bytecode)
	if err != nil {
		return Call{}, err
	}
	if dev && !opts.AllowDevKeys {
		return Call{}, fmt.Errorf("deploy verifier %s: %w", name, ErrDevKeys)
	}
	return Call{What: "deploy verifier", Data: append([]byte(nil), bytecode...)}, nil
}

// DemoVerifierBytecode is the committed verifier of the embedded demo
// circuit (a development setup's key: for demonstrations only, and
// DeployVerifier wants AllowDevKeys for it).
func DemoVerifierBytecode() ([]byte, error) {
	return hexutilDecode(bindings.MnistDemoVerifierMetaData.Bin)
}

// DeployAttributionDigest deploys AttributionDigest, the on-chain
// attribution/influence.Digest that a circuit with an attribution-digest
// public input names at registration, and inference/commit.Hash that the
// settlement contract checks Datanets with (DeployConfig.Hasher); stateless:
// one per chain serves every circuit.
func DeployAttributionDigest() (Call, error) {
	code, err := hexutilDecode(bindings.AttributionDigestMetaData.Bin)
	if err != nil {
		return Call{}, err
	}
	return Call{What: "deploy attribution digest", Data: code}, nil
}

// DeployOPENToken deploys the OP Stack's OptimismMintableERC20 as OPEN on
// an L2, with the Standard Bridge predeploy as its bridge and remoteToken
// the OPEN contract on L1.
func DeployOPENToken(remoteToken common.Address) (Call, error) {
	code, err := hexutilDecode(bindings.OptimismMintableERC20MetaData.Bin)
	if err != nil {
		return Call{}, err
	}
	args := tokenABI.PackConstructor(L2StandardBridge, remoteToken, "OpenLedger", "OPEN", 18)
	return Call{What: "deploy OPEN token", Data: append(code, args...)}, nil
}

// RegisterModel registers a base model digest (REGISTRAR_ROLE); one
// inference is billed as tokensIn input and tokensOut output tokens;
// attributed: its circuits must carry an attribution digest (its adapters
// are trained on Datanets).
func RegisterModel(settlement common.Address, modelDigest *big.Int, tokensIn, tokensOut uint32, attributed bool) Call {
	return Call{What: "registerModel", To: to(settlement), Data: settlementABI.PackRegisterModel(modelDigest, tokensIn, tokensOut, attributed)}
}

// SetModelActive switches a model on or off (REGISTRAR_ROLE).
func SetModelActive(settlement common.Address, modelDigest *big.Int, active bool) Call {
	return Call{What: "setModelActive", To: to(settlement), Data: settlementABI.PackSetModelActive(modelDigest, active)}
}

// CircuitConfig registers one circuit (verifier) of a base model: one per
// adapter shape.
type CircuitConfig struct {
	ModelDigest         *big.Int
	Verifier            common.Address
	DatanetRootIndex    uint8    // position of the Datanet root among the public inputs; 0: none
	AttributionIndex    uint8    // position of the attribution digest; 0: none
	CircuitDigest       [32]byte // bundle circuit.digest
	VKSHA256            [32]byte // bundle vk_sha256 (the verifier must report the same)
	AttributionDigester common.Address
}

// RegisterCircuit registers a circuit (REGISTRAR_ROLE); CircuitID reads the
// id it got from the receipt.
func RegisterCircuit(settlement common.Address, c CircuitConfig) Call {
	return Call{What: "registerCircuit", To: to(settlement), Data: settlementABI.PackRegisterCircuit(
		bindings.OpenProofSettlementCircuitConfig{
			ModelDigest: c.ModelDigest, Verifier: c.Verifier, DatanetRootIndex: c.DatanetRootIndex,
			AttributionIndex: c.AttributionIndex, CircuitDigest: c.CircuitDigest, VkSha256: c.VKSHA256,
			AttributionDigester: c.AttributionDigester,
		})}
}

// CircuitID is the id registerCircuit assigned, from its receipt.
func CircuitID(rec *types.Receipt) (uint32, error) {
	for _, l := range rec.Logs {
		ev, err := settlementABI.UnpackCircuitRegisteredEvent(l)
		if err == nil {
			return ev.CircuitId, nil
		}
	}
	return 0, fmt.Errorf("receipt %s has no CircuitRegistered event: %w", rec.TxHash, ErrBadInput)
}

// SetCircuitActive switches a circuit on or off (REGISTRAR_ROLE).
func SetCircuitActive(settlement common.Address, id uint32, active bool) Call {
	return Call{What: "setCircuitActive", To: to(settlement), Data: settlementABI.PackSetCircuitActive(id, active)}
}

// RegisterAdapter registers the adapter whose inner (salted) commitment is
// inner with the sender as owner: the contract registers the public
// commitment commit.OwnedCommitment(inner, sender), which proofs carry only
// if they name the sender as owner. It is verified by circuit circuitID;
// rIn and rOut are wei per 1000 tokens; datanetRoot 0 means none.
func RegisterAdapter(settlement common.Address, inner *big.Int, circuitID uint32, rIn, rOut, datanetRoot *big.Int) Call {
	return Call{What: "registerAdapter", To: to(settlement), Data: settlementABI.PackRegisterAdapter(inner, circuitID, rIn, rOut, datanetRoot)}
}

// AdapterCommitmentOf asks the settlement contract for the public adapter
// commitment of inner owned by owner (commit.OwnedCommitment on chain).
func AdapterCommitmentOf(ctx context.Context, b Backend, settlement common.Address, inner *big.Int, owner common.Address) (*big.Int, error) {
	return call(ctx, b, settlement, settlementABI.PackAdapterCommitment(inner, owner), settlementABI.UnpackAdapterCommitment)
}

// SetAdapterActive switches an adapter on or off (its owner or a registrar).
func SetAdapterActive(settlement common.Address, commitment *big.Int, active bool) Call {
	return Call{What: "setAdapterActive", To: to(settlement), Data: settlementABI.PackSetAdapterActive(commitment, active)}
}

// RegisterDatanet registers a Datanet from its root's preimage (anyone
// may; see DatanetTree).
func RegisterDatanet(settlement common.Address, p DatanetPreimage) Call {
	return Call{What: "registerDatanet", To: to(settlement), Data: settlementABI.PackRegisterDatanet(
		p.Root, p.Size, p.InputDim, p.Classes, p.LeavesRoot)}
}

// BindPayout records contributor index's payout address, proven by its
// leaf (see DatanetTree.BindPayout).
func BindPayout(settlement common.Address, root *big.Int, index uint32, payout common.Address, dataInner, sketch *big.Int, siblings []*big.Int) Call {
	return Call{What: "bindPayout", To: to(settlement), Data: settlementABI.PackBindPayout(
		root, new(big.Int).SetUint64(uint64(index)), payout, dataInner, sketch, siblings)}
}

// SetPayout moves a contributor's payout address (the current payout sends it).
func SetPayout(settlement common.Address, root *big.Int, index uint32, payout common.Address) Call {
	return Call{What: "setPayout", To: to(settlement), Data: settlementABI.PackSetPayout(root, new(big.Int).SetUint64(uint64(index)), payout)}
}

// Approve lets spender (the settlement contract) take amount of an ERC-20.
func Approve(token, spender common.Address, amount *big.Int) Call {
	return Call{What: "approve", To: to(token), Data: tokenABI.PackApprove(spender, amount)}
}

// Deposit escrows amount: with native OPEN the call carries it as value;
// with an ERC-20, Approve the settlement contract first (native false).
func Deposit(settlement common.Address, amount *big.Int, native bool) Call {
	c := Call{What: "deposit", To: to(settlement), Data: settlementABI.PackDeposit(amount)}
	if native {
		c.Value = new(big.Int).Set(amount)
	}
	return c
}

// WithdrawEscrow takes back unlocked escrow.
func WithdrawEscrow(settlement common.Address, amount *big.Int) Call {
	return Call{What: "withdrawEscrow", To: to(settlement), Data: settlementABI.PackWithdrawEscrow(amount)}
}

// OpenRequest opens the sender's next request (key RequestKey(sender,
// nonce); RequestKeyFromReceipt reads it back): it locks the fee under the
// terms in force, and fails with MaxFeeTooLow if that is above maxFee.
func OpenRequest(settlement common.Address, modelDigest, adapterCommitment, inputDigest, maxFee *big.Int) Call {
	return Call{What: "openRequest", To: to(settlement), Data: settlementABI.PackOpenRequest(modelDigest, adapterCommitment, inputDigest, maxFee)}
}

// CancelRequest returns an expired request's escrow to its requester.
func CancelRequest(settlement common.Address, key [32]byte) Call {
	return Call{What: "cancelRequest", To: to(settlement), Data: settlementABI.PackCancelRequest(key)}
}

// SettleArgs is what settle takes.
type SettleArgs struct {
	Request      [32]byte // the request the proof settles (RequestOpened's key)
	PublicInputs []*big.Int
	Proof        []byte
	Indices      []uint32 // contributor indices, strictly increasing
	WeightsPPM   []uint32 // their weights, summing to 1,000,000
}

// SettleArgsFromBundle takes the proof and public inputs of a proof bundle,
// to settle request key.
func SettleArgsFromBundle(key [32]byte, b *bundle.Bundle, indices, weightsPPM []uint32) (SettleArgs, error) {
	if err := b.Check(); err != nil {
		return SettleArgs{}, fmt.Errorf("settle: %w", err)
	}
	return settleArgs(key, b.Proof, b.PublicInputs, indices, weightsPPM)
}

// SettleArgsFromGeneration takes the proof and public inputs of a
// generation bundle (model digest, adapter commitment, prompt digest,
// output digest: the positions settle reads as model, adapter, input and
// output; then a sampled generation's seed; then the Datanet root and
// attribution digest of an attributed generation — a sampled attributed
// circuit is registered with root and digest indices 5 and 6), to settle
// request key.
func SettleArgsFromGeneration(key [32]byte, g *bundle.Generation, indices, weightsPPM []uint32) (SettleArgs, error) {
	if err := g.Check(); err != nil {
		return SettleArgs{}, fmt.Errorf("settle: %w", err)
	}
	return settleArgs(key, g.Proof, g.PublicInputs, indices, weightsPPM)
}

func settleArgs(key [32]byte, proofHex string, pubs []bundle.PublicInput, indices, weightsPPM []uint32) (SettleArgs, error) {
	proof, err := hexutilDecode(proofHex)
	if err != nil {
		return SettleArgs{}, fmt.Errorf("settle: bundle proof: %w", err)
	}
	a := SettleArgs{Request: key, Proof: proof, Indices: indices, WeightsPPM: weightsPPM}
	for i, p := range pubs {
		e, err := bundle.ParseElement(p.Value)
		if err != nil {
			return SettleArgs{}, fmt.Errorf("settle: public input %d (%s): %v: %w", i, p.Name, err, ErrBadInput)
		}
		var v big.Int
		a.PublicInputs = append(a.PublicInputs, e.BigInt(&v))
	}
	return a, nil
}

// ErrNoAttribution marks a proof bundle without an attribution section: it
// carries no weights to settle with.
var ErrNoAttribution = errors.New("chain: the bundle has no attribution section")

// BundleWeights returns the weights of an attributed proof bundle in the
// form settle takes: the contributors with a non-zero weight, in index order,
// and their ppm (none when every weight is zero: the pool goes to the
// owner). These are the weights the proof's attribution digest binds, so a
// circuit registered with an attribution index accepts them from anyone. The
// section's Datanet root and digest must be the bundle's public inputs of
// those names, where it has them.
func BundleWeights(b *bundle.Bundle) (indices, weightsPPM []uint32, err error) {
	if err := b.Check(); err != nil {
		return nil, nil, fmt.Errorf("settle: %w", err)
	}
	a := b.Attribution
	if a == nil {
		return nil, nil, ErrNoAttribution
	}
	for _, p := range b.PublicInputs {
		var want string
		switch p.Name {
		case "datanet_root":
			want = a.DatanetRoot
		case "attribution_digest":
			want = a.Digest
		default:
			continue
		}
		pv, err := bundle.ParseElement(p.Value)
		if err != nil {
			return nil, nil, fmt.Errorf("settle: public input %s: %v: %w", p.Name, err, ErrBadInput)
		}
		wv, err := bundle.ParseElement(want)
		if err != nil {
			return nil, nil, fmt.Errorf("settle: attribution section: %v: %w", err, ErrBadInput)
		}
		if !pv.Equal(&wv) {
			return nil, nil, fmt.Errorf("settle: the attribution section's %s %s is not the proof's %s: %w", p.Name, want, p.Value, ErrBadInput)
		}
	}
	for _, w := range a.Weights {
		if w.PPM != 0 {
			indices, weightsPPM = append(indices, uint32(w.Contributor)), append(weightsPPM, w.PPM)
		}
	}
	return indices, weightsPPM, nil
}

// Settle pays request a.Request for its proven inference; the prover's
// share goes to the sender.
func Settle(settlement common.Address, a SettleArgs) Call {
	return Call{What: "settle", To: to(settlement), Data: settlementABI.PackSettle(a.Request, a.PublicInputs, a.Proof, PackWeights(a.Indices, a.WeightsPPM))}
}

// PackWeights is settle's packed weights: per entry the index then the
// weight, big-endian uint32s. Lists of different lengths pack their common
// entries and then the longer list's rest, 4 bytes each: a length that is
// not a multiple of 8, which settle refuses (WeightsInvalid).
func PackWeights(indices, weightsPPM []uint32) []byte {
	out := make([]byte, 0, 8*max(len(indices), len(weightsPPM)))
	for i := range max(len(indices), len(weightsPPM)) {
		if i < len(indices) {
			out = binary.BigEndian.AppendUint32(out, indices[i])
		}
		if i < len(weightsPPM) {
			out = binary.BigEndian.AppendUint32(out, weightsPPM[i])
		}
	}
	return out
}

// Withdraw pays the sender its credit (owners, provers, contributors'
// payout addresses, staking pool, treasury).
func Withdraw(settlement common.Address) Call {
	return Call{What: "withdraw", To: to(settlement), Data: settlementABI.PackWithdraw()}
}

// ClaimContributor moves contributor index's credit of settlement key into
// its payout address's credit (anyone may send it); proof from CreditTree.
func ClaimContributor(settlement common.Address, key [32]byte, index uint32, amount *big.Int, proof [][32]byte) Call {
	return Call{What: "claimContributor", To: to(settlement), Data: settlementABI.PackClaimContributor(
		key, new(big.Int).SetUint64(uint64(index)), amount, proof)}
}

// Pause and Unpause stop and restart settlement (PAUSER_ROLE).
func Pause(settlement common.Address) Call {
	return Call{What: "pause", To: to(settlement), Data: settlementABI.PackPause()}
}

func Unpause(settlement common.Address) Call {
	return Call{What: "unpause", To: to(settlement), Data: settlementABI.PackUnpause()}
}

// GrantRole grants a role (DEFAULT_ADMIN_ROLE); role is one of
// "DEFAULT_ADMIN_ROLE", "REGISTRAR_ROLE", "PAUSER_ROLE" (a timelock may hold them).
func GrantRole(settlement common.Address, role string, account common.Address) (Call, error) {
	var r [32]byte
	switch role {
	case "DEFAULT_ADMIN_ROLE":
		return Call{What: "grantRole", To: to(settlement), Data: settlementABI.PackGrantRole(r, account)}, nil
	case "REGISTRAR_ROLE", "PAUSER_ROLE":
	default:
		return Call{}, fmt.Errorf("role %q: want DEFAULT_ADMIN_ROLE, REGISTRAR_ROLE or PAUSER_ROLE: %w", role, ErrBadInput)
	}
	copy(r[:], keccak([]byte(role)))
	return Call{What: "grantRole", To: to(settlement), Data: settlementABI.PackGrantRole(r, account)}, nil
}

// Balances is one account's standing with the settlement contract.
type Balances struct {
	Wallet *big.Int // native balance, or the OPEN ERC-20 balance
	Escrow *big.Int // free escrow
	Credit *big.Int // withdrawable credit
}

// BalancesOf reads who's wallet (in OPEN: native, or token if non-zero),
// escrow and credit.
func BalancesOf(ctx context.Context, b Backend, settlement, token, who common.Address) (Balances, error) {
	var out Balances
	var err error
	if token == (common.Address{}) {
		out.Wallet, err = b.BalanceAt(ctx, who, nil)
	} else {
		out.Wallet, err = call(ctx, b, token, tokenABI.PackBalanceOf(who), tokenABI.UnpackBalanceOf)
	}
	if err != nil {
		return out, fmt.Errorf("balance of %s: %w", who, err)
	}
	if out.Escrow, err = call(ctx, b, settlement, settlementABI.PackEscrowOf(who), settlementABI.UnpackEscrowOf); err != nil {
		return out, err
	}
	if out.Credit, err = call(ctx, b, settlement, settlementABI.PackWithdrawable(who), settlementABI.UnpackWithdrawable); err != nil {
		return out, err
	}
	return out, nil
}

// Locked is the escrow a request holds.
func Locked(ctx context.Context, b Backend, settlement common.Address, key [32]byte) (*big.Int, error) {
	return call(ctx, b, settlement, settlementABI.PackLockedOf(key), settlementABI.UnpackLockedOf)
}

// RequestKey is the key of requester's request number nonce (0, 1, …):
// keccak256(abi.encode(requester, nonce)).
func RequestKey(requester common.Address, nonce uint64) [32]byte {
	var buf [64]byte
	copy(buf[12:32], requester[:])
	new(big.Int).SetUint64(nonce).FillBytes(buf[32:64])
	var k [32]byte
	copy(k[:], keccak(buf[:]))
	return k
}

// NextRequestKey is the key requester's next OpenRequest will get.
func NextRequestKey(ctx context.Context, b Backend, settlement, requester common.Address) ([32]byte, error) {
	n, err := call(ctx, b, settlement, settlementABI.PackRequestNonce(requester), settlementABI.UnpackRequestNonce)
	if err != nil {
		return [32]byte{}, err
	}
	if !n.IsUint64() {
		return [32]byte{}, fmt.Errorf("request nonce %s of %s: %w", n, requester, ErrBadInput)
	}
	return RequestKey(requester, n.Uint64()), nil
}

// RequestKeyFromReceipt is the key of the request an OpenRequest receipt opened.
func RequestKeyFromReceipt(rec *types.Receipt) ([32]byte, error) {
	for _, l := range rec.Logs {
		if ev, err := settlementABI.UnpackRequestOpenedEvent(l); err == nil {
			return ev.Key, nil
		}
	}
	return [32]byte{}, fmt.Errorf("receipt %s has no RequestOpened event: %w", rec.TxHash, ErrBadInput)
}

func call[T any](ctx context.Context, b Backend, addr common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	c := bind.NewBoundContract(addr, settlementABI.GetABI(), b, b, b)
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, revertOr("call", err)
	}
	return v, nil
}

func hexutilDecode(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, fmt.Errorf("hex: %v: %w", err, ErrBadInput)
	}
	return b, nil
}

func to(a common.Address) *common.Address { return &a }

// TokenOf is the settlement contract's OPEN token: zero in native mode.
func TokenOf(ctx context.Context, b Backend, settlement common.Address) (common.Address, error) {
	return call(ctx, b, settlement, settlementABI.PackToken(), settlementABI.UnpackToken)
}

// SetAdapterTerms changes an adapter's rates (its owner) for requests
// opened from now on.
func SetAdapterTerms(settlement common.Address, commitment, rIn, rOut *big.Int) Call {
	return Call{What: "setAdapterTerms", To: to(settlement), Data: settlementABI.PackSetAdapterTerms(commitment, rIn, rOut)}
}

// SetSplitConfig changes the split (DEFAULT_ADMIN_ROLE) for requests opened
// from now on.
func SetSplitConfig(settlement common.Address, s SplitConfig) (Call, error) {
	if s.PlatformFee == nil || s.PlatformFee.Sign() < 0 {
		return Call{}, fmt.Errorf("setSplitConfig: platform fee must be a non-negative amount: %w", ErrBadInput)
	}
	return Call{What: "setSplitConfig", To: to(settlement), Data: settlementABI.PackSetSplitConfig(bindings.OpenProofSettlementSplitConfig{
		BetaBps: s.BetaBps, GammaBps: s.GammaBps, ProverBps: s.ProverBps, PlatformFee: s.PlatformFee, RequestTimeout: s.RequestTimeout,
	})}, nil
}
