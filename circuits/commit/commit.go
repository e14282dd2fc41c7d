// Package commit defines how openproof turns integers into field elements and
// digests: the packing, the domain tags and the Poseidon2 hash. Each digest
// has a native form (gnark-crypto) and an in-circuit form (gnark std) built
// from the same preimage layout in this package, so they cannot drift apart.
//
// Packing: values v_i ∈ [0, 2^bits) are packed little-endian, ⌊248/bits⌋ per
// field element: e = Σ v_i·2^(bits·i). int8 values are offset by 128 (31 per
// element), int32 by 2^31 (7 per element); 248 bits keep every packed element
// below the BN254 scalar modulus, so packing of range-checked values is
// injective.
//
// Hash: Poseidon2 (width 2, 6 full + 50 partial rounds) in Merkle–Damgård mode
// with a zero IV, as gnark-crypto's poseidon2.NewMerkleDamgardHasher and
// gnark's std/hash/poseidon2.New compute it. Every preimage starts with a
// domain tag and carries its lengths, so digests of different kinds or sizes
// never collide by construction.
package commit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Domain tags. Changing one changes every digest of that kind.
const (
	TagModel   = "openproof/model/v1"
	TagAdapter = "openproof/adapter/v1"
	TagInput   = "openproof/input/v1"
	TagOutput  = "openproof/output/v1"
)

// PackBits is the number of bits a packed field element carries.
const PackBits = 248

// Tag maps a domain tag (≤ 31 bytes) to a field element: its big-endian bytes.
func Tag(s string) fr.Element {
	if len(s) > 31 {
		// Tags are package constants; a long one is a programming error.
		panic(fmt.Sprintf("commit: tag %q longer than 31 bytes", s))
	}
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes([]byte(s)))
	return e
}

// PerElement is how many bits-wide values one field element holds.
func PerElement(bits int) int { return PackBits / bits }

// Pack packs values v_i < 2^bits (1 ≤ bits ≤ 64) into field elements.
func Pack(vals []uint64, bits int) []fr.Element {
	per := PerElement(bits)
	out := make([]fr.Element, 0, (len(vals)+per-1)/per)
	for i := 0; i < len(vals); i += per {
		acc := new(big.Int)
		end := min(i+per, len(vals))
		for j := end - 1; j >= i; j-- {
			acc.Lsh(acc, uint(bits))
			acc.Or(acc, new(big.Int).SetUint64(vals[j]))
		}
		var e fr.Element
		e.SetBigInt(acc)
		out = append(out, e)
	}
	return out
}

// PackInt8 packs int8 values offset by 128, 31 per element.
func PackInt8(v []int8) []fr.Element {
	u := make([]uint64, len(v))
	for i, x := range v {
		u[i] = uint64(int64(x) + 128)
	}
	return Pack(u, 8)
}

// PackInt32 packs int32 values offset by 2^31, 7 per element.
func PackInt32(v []int32) []fr.Element {
	u := make([]uint64, len(v))
	for i, x := range v {
		u[i] = uint64(int64(x) + 1<<31)
	}
	return Pack(u, 32)
}

// Hash is Poseidon2 Merkle–Damgård over field elements.
func Hash(elems ...fr.Element) fr.Element {
	h := poseidon2.NewMerkleDamgardHasher()
	for i := range elems {
		b := elems[i].Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Uint returns the field element of a non-negative integer.
func Uint(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// Hex formats a field element as 0x-prefixed 32-byte big-endian hex.
func Hex(e fr.Element) string {
	b := e.Bytes()
	return fmt.Sprintf("0x%x", b[:])
}

// ParseHex parses the Hex form (or any 0x hex of a canonical element).
func ParseHex(s string) (fr.Element, error) {
	var e fr.Element
	if len(s) < 3 || s[:2] != "0x" {
		return e, fmt.Errorf("field element %q: want 0x-prefixed hex", s)
	}
	v, ok := new(big.Int).SetString(s[2:], 16)
	if !ok {
		return e, fmt.Errorf("field element %q: not hex", s)
	}
	if v.Cmp(fr.Modulus()) >= 0 {
		return e, fmt.Errorf("field element %q: not below the BN254 scalar modulus", s)
	}
	e.SetBigInt(v)
	return e, nil
}
