package economy

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/prover/bundle"
)

// Large-model settlement (OpenProofDeltaBook with OpenProofSettlement's
// openDeltaRequest and settleDelta): a delta request buys a DeltaStatement,
// an adapter group's commitment, the trace's modules and tokens and the hash
// of the requester's digest table; settleDelta pays it for a set of delta
// proofs that covers every module and token once (the book's checkDelta).
type (
	DeltaStatement = bindings.IDeltaBookDeltaStatement
	DeltaRow       = bindings.IDeltaBookDeltaRow
	DeltaPart      = bindings.IDeltaBookDeltaPart
)

// The delta book's bounds (OpenProofDeltaBook's constants).
const (
	MaxDeltaModules = 256 // module indices below 256: one bit each in a word
	MaxDeltaTokens  = 1024
	MaxDeltaRows    = 64
	MaxDeltaParts   = 16
)

var deltaBookABI = bindings.NewOpenProofDeltaBook()

// DeployDeltaBook deploys OpenProofDeltaBook with admin as its
// DEFAULT_ADMIN and registrar (hand it to the timelock like the others)
// over the settlement's commit.Hash contract.
func DeployDeltaBook(admin, hasher common.Address) (chain.Call, error) {
	if admin == (common.Address{}) || hasher == (common.Address{}) {
		return chain.Call{}, fmt.Errorf("deploy delta book: zero address: %w", ErrBadInput)
	}
	return deployCall("deploy delta book", bindings.OpenProofDeltaBookMetaData.Bin, deltaBookABI.PackConstructor(admin, hasher))
}

// SetDeltaBook names the delta book the settlement contract asks
// (DEFAULT_ADMIN: the timelock after the hand-over).
func SetDeltaBook(settlement, book common.Address) chain.Call {
	return chain.Call{What: "setDeltaBook", To: to(settlement), Data: settlementABI.PackSetDeltaBook(book)}
}

// RegisterDeltaCircuit registers the delta circuit (its verifier has three
// public inputs) of the module group modules over runs of tokens tokens
// (REGISTRAR).
func RegisterDeltaCircuit(book, verifier common.Address, modules []int, tokens uint32, circuitDigest, vkSHA256 [32]byte) (chain.Call, error) {
	mask, err := ModuleMask(modules)
	if err != nil {
		return chain.Call{}, err
	}
	return chain.Call{What: "registerDeltaCircuit", To: to(book),
		Data: deltaBookABI.PackRegisterDeltaCircuit(verifier, mask, tokens, circuitDigest, vkSHA256)}, nil
}

// DeltaCircuitID reads the id registerDeltaCircuit assigned from its receipt.
func DeltaCircuitID(rec *types.Receipt) (uint32, error) {
	for _, l := range rec.Logs {
		if ev, err := deltaBookABI.UnpackDeltaCircuitRegisteredEvent(l); err == nil {
			return ev.Id, nil
		}
	}
	return 0, fmt.Errorf("receipt %s has no DeltaCircuitRegistered event: %w", rec.TxHash, ErrBadInput)
}

// RegisterDeltaAdapter registers the sender's adapter group whose inner
// commitment is inner, at rate wei per 1000 module-tokens.
func RegisterDeltaAdapter(book common.Address, inner, rate *big.Int) chain.Call {
	return chain.Call{What: "registerDeltaAdapter", To: to(book), Data: deltaBookABI.PackRegisterDeltaAdapter(inner, rate)}
}

// OpenDeltaRequest opens the sender's next request for s, locking at most
// maxFee of its escrow.
func OpenDeltaRequest(settlement common.Address, s DeltaStatement, maxFee *big.Int) chain.Call {
	return chain.Call{What: "openDeltaRequest", To: to(settlement), Data: settlementABI.PackOpenDeltaRequest(s, maxFee)}
}

// SettleDelta settles delta request key with parts against the table.
func SettleDelta(settlement common.Address, key [32]byte, s DeltaStatement, table []DeltaRow, parts []DeltaPart) chain.Call {
	return chain.Call{What: "settleDelta", To: to(settlement), Data: settlementABI.PackSettleDelta(key, s, table, parts)}
}

// DeltaRequestKey reads the key of the request openDeltaRequest opened.
func DeltaRequestKey(rec *types.Receipt) ([32]byte, error) {
	for _, l := range rec.Logs {
		if ev, err := settlementABI.UnpackDeltaRequestOpenedEvent(l); err == nil {
			return ev.Key, nil
		}
	}
	return [32]byte{}, fmt.Errorf("receipt %s has no DeltaRequestOpened event: %w", rec.TxHash, ErrBadInput)
}

// ModuleMask is the statement's and rows' bit set of module indices (each
// in [0, MaxDeltaModules), none twice, at least one).
func ModuleMask(modules []int) (*big.Int, error) {
	m := new(big.Int)
	for _, i := range modules {
		if i < 0 || i >= MaxDeltaModules || m.Bit(i) == 1 {
			return nil, fmt.Errorf("delta: module index %d: want distinct indices in [0, %d): %w", i, MaxDeltaModules, ErrBadInput)
		}
		m.SetBit(m, i, 1)
	}
	if m.Sign() == 0 {
		return nil, fmt.Errorf("delta: no module: %w", ErrBadInput)
	}
	return m, nil
}

// tableArgs is abi.encode(DeltaRow[])'s type, from checkDelta's inputs.
var tableArgs = func() abi.Arguments {
	m, ok := deltaBookABI.GetABI().Methods["checkDelta"]
	if !ok || len(m.Inputs) != 3 {
		panic("economy: generated delta book ABI has no checkDelta(s, table, parts)") // a build defect every test catches
	}
	return abi.Arguments{m.Inputs[1]}
}()

// TableHash is keccak256(abi.encode(table)), the statement's tableHash.
func TableHash(table []DeltaRow) ([32]byte, error) {
	enc, err := tableArgs.Pack(table)
	if err != nil {
		return [32]byte{}, fmt.Errorf("delta: table: %v: %w", err, ErrBadInput)
	}
	return crypto.Keccak256Hash(enc), nil
}

// DeltaSettlement is what a delta bundle gives settleDelta: the statement
// of the whole trace it covers (its one adapter commitment, every module
// of the trace, every token), a digest table with one row per part, and
// the parts (row k proven by part k with circuit circuits[k]).
type DeltaSettlement struct {
	Statement DeltaStatement
	Table     []DeltaRow
	Parts     []DeltaPart
}

// DeltaSettlementFromBundle builds the settlement of d, whose part k
// verifies with the registered delta circuit circuits[k]. Its table is
// the bundle's digests: a requester settles against digests it computed
// from its own trace (circuits/delta.Digests), which these equal only for
// the trace d proves. Every part must carry one adapter commitment (one
// module group: a trace proven in several groups is one request per group).
func DeltaSettlementFromBundle(d *bundle.Delta, circuits []uint32) (*DeltaSettlement, error) {
	if d == nil || len(d.Parts) == 0 || len(circuits) != len(d.Parts) {
		return nil, fmt.Errorf("delta: %d circuit ids for the bundle's parts: %w", len(circuits), ErrBadInput)
	}
	if len(d.Trace.Modules) > MaxDeltaModules || d.Trace.Tokens < 1 || d.Trace.Tokens > MaxDeltaTokens || len(d.Parts) > MaxDeltaParts {
		return nil, fmt.Errorf("delta: %d modules, %d tokens, %d parts exceed the delta book's bounds: %w",
			len(d.Trace.Modules), d.Trace.Tokens, len(d.Parts), ErrBadInput)
	}
	all := make([]int, len(d.Trace.Modules))
	for i := range all {
		all[i] = i
	}
	out := &DeltaSettlement{}
	var err error
	if out.Statement.ModuleMask, err = ModuleMask(all); err != nil {
		return nil, err
	}
	out.Statement.Tokens = uint32(d.Trace.Tokens)
	for k := range d.Parts {
		p := &d.Parts[k]
		if p.Binding != "" {
			return nil, fmt.Errorf("delta: part %d: binding %q: only hashed delta proofs settle on chain: %w", k, p.Binding, ErrBadInput)
		}
		row, c, err := deltaRow(p)
		if err != nil {
			return nil, fmt.Errorf("delta: part %d: %w", k, err)
		}
		if k == 0 {
			out.Statement.AdapterCommitment = c
		} else if c.Cmp(out.Statement.AdapterCommitment) != 0 {
			return nil, fmt.Errorf("delta: part %d names another adapter commitment (another module group): %w", k, ErrBadInput)
		}
		proof, err := hex.DecodeString(strings.TrimPrefix(p.Proof, "0x"))
		if err != nil {
			return nil, fmt.Errorf("delta: part %d: proof: %v: %w", k, err, ErrBadInput)
		}
		out.Table = append(out.Table, row)
		out.Parts = append(out.Parts, DeltaPart{Row: uint32(k), CircuitId: circuits[k], Proof: proof})
	}
	if out.Statement.TableHash, err = TableHash(out.Table); err != nil {
		return nil, err
	}
	return out, nil
}

// deltaRow is part p's table row and its adapter commitment.
func deltaRow(p *bundle.DeltaPart) (DeltaRow, *big.Int, error) {
	mask, err := ModuleMask(p.Modules)
	if err != nil {
		return DeltaRow{}, nil, err
	}
	var vals [3]*big.Int
	for i, s := range []string{p.AdapterCommitment, p.XDigest, p.DeltaDigest} {
		e, err := bundle.ParseElement(s)
		if err != nil {
			return DeltaRow{}, nil, err
		}
		vals[i] = e.BigInt(new(big.Int))
	}
	if p.First < 0 || p.Tokens < 1 || p.First+p.Tokens > MaxDeltaTokens {
		return DeltaRow{}, nil, fmt.Errorf("tokens [%d, %d): %w", p.First, p.First+p.Tokens, ErrBadInput)
	}
	return DeltaRow{ModuleMask: mask, First: uint32(p.First), Tokens: uint32(p.Tokens), XDigest: vals[1], DeltaDigest: vals[2]}, vals[0], nil
}
