package datanet

import (
	"encoding/hex"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/commit"
)

// TagPayout is the domain tag of PayoutCommitment.
const TagPayout = "openproof/datanet/payout/v1"

// PayoutAddress reads a contributor id of the form 0x followed by 40 hex
// digits (either case) as the contributor's 20-byte payout address.
func PayoutAddress(id string) ([20]byte, bool) {
	var a [20]byte
	if len(id) != 42 || id[0] != '0' || (id[1] != 'x' && id[1] != 'X') {
		return a, false
	}
	if _, err := hex.Decode(a[:], []byte(id[2:])); err != nil {
		return a, false
	}
	return a, true
}

// PayoutCommitment binds a contributor's data commitment to its payout
// address: Hash(tag, payout, data), the payout as a 160-bit integer. It is
// the data element of the contributor's leaf, so a Datanet root fixes every
// payout address; the settlement contract recomputes it in bindPayout.
func PayoutCommitment(payout [20]byte, data fr.Element) fr.Element {
	var p fr.Element
	p.SetBytes(payout[:])
	return commit.Hash(commit.Tag(TagPayout), p, data)
}
