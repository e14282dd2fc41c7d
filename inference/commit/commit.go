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
// Hash: a sponge over the Poseidon2 permutation of width 4 (rate 3, capacity
// 1; 8 full + 56 partial rounds, the HorizenLabs 128-bit parameters that
// gnark-crypto ships for t = 4 and gnark's std/permutation/poseidon2 uses in
// circuits). The capacity starts at the number of elements, so the zero
// padding of the last block is unambiguous; the digest is the first state
// element after the last permutation. Width 4 costs 265 constraints per 3
// absorbed elements, 88 per element against 186 for width-2 Merkle–Damgård
// (measured with gnark v0.16.0): hashing the committed adapter dominates the
// inference circuit, so this halves it. Every preimage starts with a domain
// tag and carries its lengths, so digests of different kinds or sizes never
// collide by construction.
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
	// TagAdapterOwned prefixes the public adapter commitment, which binds
	// the salted adapter commitment to its owner's address (owner.go).
	TagAdapterOwned = "openproof/adapter-owned/v1"
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

// Sponge parameters of Hash.
const (
	HashWidth         = 4
	HashRate          = HashWidth - 1
	HashFullRounds    = 8
	HashPartialRounds = 56
)

// Hash is the Poseidon2 sponge (see the package doc) over field elements.
func Hash(elems ...fr.Element) fr.Element {
	perm := poseidon2.NewPermutation(HashWidth, HashFullRounds, HashPartialRounds)
	var st [HashWidth]fr.Element
	st[HashRate].SetUint64(uint64(len(elems)))
	for i := 0; i == 0 || i < len(elems); i += HashRate {
		for j := 0; j < HashRate && i+j < len(elems); j++ {
			st[j].Add(&st[j], &elems[i+j])
		}
		// The width is HashWidth by construction: Permutation cannot fail.
		_ = perm.Permutation(st[:])
	}
	return st[0]
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
