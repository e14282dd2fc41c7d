package commit

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// OwnerBits is the width of an adapter owner: an Ethereum address.
const OwnerBits = 160

// DemoOwner owns the embedded demo adapter and every adapter whose owner
// is not given: anvil's (and the simulated chain's) test account #1, which
// registers adapters in the contract tests. Its key is public: an adapter
// meant to be paid for needs its owner's own address.
const DemoOwner = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"

// AdapterKey is what a prover needs besides the weights to open an adapter
// commitment: the blinding salt and the owner's address (a field element
// below 2^160).
type AdapterKey struct {
	Salt  fr.Element
	Owner fr.Element
}

// DemoKey is salt 0 and DemoOwner.
func DemoKey() AdapterKey {
	o, err := ParseOwner(DemoOwner)
	if err != nil {
		panic(err) // a package constant
	}
	return AdapterKey{Owner: o}
}

// ParseOwner parses a 0x-prefixed 20-byte hex Ethereum address (any case)
// into its field element.
func ParseOwner(s string) (fr.Element, error) {
	var e fr.Element
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return e, fmt.Errorf("owner %q: want a 0x-prefixed 20-byte hex address", s)
	}
	v, ok := new(big.Int).SetString(s[2:], 16)
	if !ok {
		return e, fmt.Errorf("owner %q: not hex", s)
	}
	e.SetBigInt(v)
	return e, nil
}

// OwnerHex formats an owner element as a 0x-prefixed lowercase 20-byte
// address; it fails if the element is not below 2^160.
func OwnerHex(e fr.Element) (string, error) {
	v := e.BigInt(new(big.Int))
	if v.BitLen() > OwnerBits {
		return "", fmt.Errorf("owner %s: not below 2^160", Hex(e))
	}
	return fmt.Sprintf("0x%040x", v), nil
}

// OwnedCommitment is the public adapter commitment: Poseidon2 over
// (TagAdapterOwned, inner, owner), with inner the salted
// AdapterInnerCommitment and owner the owner's address. The settlement
// contract computes it from inner and the registering address, so only the
// owner a proof names can register what the proof settles.
func OwnedCommitment(inner, owner fr.Element) fr.Element {
	return Hash(Tag(TagAdapterOwned), inner, owner)
}

// OwnedCommitmentVars is OwnedCommitment in a circuit; it range-checks
// owner to OwnerBits bits.
func OwnedCommitmentVars(api frontend.API, inner, owner frontend.Variable) (frontend.Variable, error) {
	api.ToBinary(owner, OwnerBits) // mutant:commit-owner-range
	return HashVars(api, append(Const(Tag(TagAdapterOwned)), inner, owner)...)
}
