// Command digestgen writes the Solidity twin of attribution/influence.Digest
// (contracts/src/AttributionDigest.sol: gnark-crypto's width-4 BN254
// Poseidon2 permutation in assembly with its round constants, see yul.go) and
// the shared test vectors the Go tests run through it
// (contracts/testdata/attribution-digest.json).
//
// Run it from the repository root after a change to the digest or to
// gnark-crypto, then rebuild the artifacts:
//
//	go run ./contracts/internal/digestgen
//	bash contracts/build.sh
//
// TestGeneratedUpToDate fails when the committed files differ from what
// this command writes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"text/template"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
)

// Paths relative to contracts/.
const (
	solidityPath = "src/AttributionDigest.sol"
	vectorsPath  = "testdata/attribution-digest.json"
)

func main() {
	dir := flag.String("dir", "contracts", "the contracts directory")
	flag.Parse()
	if err := write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "digestgen:", err)
		os.Exit(1)
	}
}

func write(dir string) error {
	sol, err := renderSolidity()
	if err != nil {
		return err
	}
	vec, err := renderVectors()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, solidityPath), sol, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, vectorsPath), vec, 0o644)
}

// hexOf is an element's canonical value as a 0x-prefixed Yul literal.
func hexOf(e fr.Element) string {
	var v big.Int
	return "0x" + e.BigInt(&v).Text(16)
}

type solData struct {
	Modulus   string
	Tag       string
	TagString string
	Width     int
	Full      int
	Partial   int
	Permute   string // the assembly block's body (yul.go)
	SlotOnes  string // Σ 2^(20+SlotBits·k), k < 5
	SlotIndex string // Σ k·2^(20+SlotBits·k), k < 5
	SlotBits  int
	// InvalidSelector is DigestInputInvalid()'s selector.
	InvalidSelector string
}

func renderSolidity() ([]byte, error) {
	p := poseidon2.NewParameters(commit.HashWidth, commit.HashFullRounds, commit.HashPartialRounds)
	if p.Width != 4 || len(p.DiagM1) != 4 || len(p.RoundKeys) != p.NbFullRounds+p.NbPartialRounds {
		return nil, fmt.Errorf("unexpected Poseidon2 parameters %s (diag %d, %d rounds)", p, len(p.DiagM1), len(p.RoundKeys))
	}
	half := p.NbFullRounds / 2
	for i, keys := range p.RoundKeys {
		full := i < half || i >= half+p.NbPartialRounds
		// gnark-crypto's tables give partial rounds a key per word, zero
		// beyond the first: the permutation adds the first only.
		if len(keys) == 0 || len(keys) > p.Width || full && len(keys) != p.Width {
			return nil, fmt.Errorf("round %d has %d keys", i, len(keys))
		}
	}
	body, err := permutationYul(p, "            ")
	if err != nil {
		return nil, err
	}
	d := solData{
		Modulus: fr.Modulus().String(), TagString: influence.TagAttribution, Width: p.Width,
		Full: p.NbFullRounds, Partial: p.NbPartialRounds, SlotBits: influence.DigestSlotBits, Permute: body,
	}
	d.Tag = hexOf(commit.Tag(influence.TagAttribution))
	d.InvalidSelector = fmt.Sprintf("0x%x", crypto.Keccak256([]byte("DigestInputInvalid()"))[:4])
	ones, index := new(big.Int), new(big.Int)
	for k := range 5 {
		bit := new(big.Int).Lsh(big.NewInt(1), uint(20+influence.DigestSlotBits*k))
		ones.Add(ones, bit)
		index.Add(index, bit.Mul(bit, big.NewInt(int64(k))))
	}
	d.SlotOnes, d.SlotIndex = "0x"+ones.Text(16), "0x"+index.Text(16)
	if commit.PerElement(influence.DigestSlotBits) != 5 {
		return nil, fmt.Errorf("the digest packs %d entries per element; the template assumes 5", commit.PerElement(influence.DigestSlotBits))
	}
	var b bytes.Buffer
	if err := solTemplate.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Vector is one shared test vector: sparse weights (indices strictly
// increasing, below Contributors) and the digest of the dense list.
type Vector struct {
	Name         string   `json:"name"`
	Contributors int      `json:"contributors"`
	Indices      []uint32 `json:"indices"`
	Weights      []uint32 `json:"weights_ppm"`
	Digest       string   `json:"digest"`
}

// VectorFile is testdata/attribution-digest.json.
type VectorFile struct {
	Description string   `json:"description"`
	Vectors     []Vector `json:"vectors"`
}

func vector(name string, n int, idx, w []uint32) Vector {
	dense := make([]uint32, n)
	for i, c := range idx {
		dense[c] = w[i]
	}
	d := influence.Digest(dense)
	return Vector{Name: name, Contributors: n, Indices: idx, Weights: w, Digest: commit.Hex(d)}
}

// randomWeights picks k of n contributors and weights summing to 10⁶ (some
// of them zero, as attribution leaves non-positive scores).
func randomWeights(rng *rand.Rand, n, k int) (idx, w []uint32) {
	perm := rng.Perm(n)[:k]
	chosen := make([]bool, n)
	for _, c := range perm {
		chosen[c] = true
	}
	left := uint32(influence.PPM)
	for c := range n {
		if !chosen[c] {
			continue
		}
		idx = append(idx, uint32(c))
		var v uint32
		if rng.IntN(4) != 0 && left > 0 {
			v = uint32(rng.IntN(int(left) + 1))
		}
		w = append(w, v)
		left -= v
	}
	if len(w) > 0 {
		w[rng.IntN(len(w))] += left
	}
	return idx, w
}

func renderVectors() ([]byte, error) {
	rng := rand.New(rand.NewPCG(0x0a77, 0xd16e57))
	vs := []Vector{
		vector("no contributors", 0, nil, nil),
		vector("one, all weight", 1, []uint32{0}, []uint32{1_000_000}),
		vector("one, zero weight", 1, []uint32{0}, []uint32{0}),
		vector("one, omitted (weight zero)", 1, nil, nil),
		vector("five: one full element", 5, []uint32{0, 1, 2, 3, 4}, []uint32{200_000, 200_000, 200_000, 200_000, 200_000}),
		vector("six: a second element", 6, []uint32{5}, []uint32{1_000_000}),
		vector("fifteen: three packed elements, one absorption", 15, []uint32{14}, []uint32{1_000_000}),
		vector("sixteen: a second absorption", 16, []uint32{0, 15}, []uint32{1, 999_999}),
		// The largest weight a slot holds; 2^20 and above are refused
		// (TestDigestRefusesWideWeights), so the packing is injective.
		vector("weights at 2^20 − 1", 7, []uint32{1, 6}, []uint32{1<<20 - 1, 1<<20 - 1}),
	}
	for i := range 48 {
		n := 1 + rng.IntN(130)
		k := 1 + rng.IntN(n)
		idx, w := randomWeights(rng, n, k)
		vs = append(vs, vector(fmt.Sprintf("random %d", i), n, idx, w))
	}
	for _, n := range []int{1, 8, 64, 1024, 4096} {
		idx := make([]uint32, n)
		w := make([]uint32, n)
		for i := range n {
			idx[i], w[i] = uint32(i), uint32(influence.PPM/n)
		}
		w[0] += uint32(influence.PPM % n)
		vs = append(vs, vector(fmt.Sprintf("dense %d", n), n, idx, w))
	}
	f := VectorFile{
		Description: "attribution digests (attribution/influence.Digest of the dense weight list) for sparse weights; " +
			"regenerate with `go run ./contracts/internal/digestgen`",
		Vectors: vs,
	}
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

var solTemplate = template.Must(template.New("sol").Parse(`// SPDX-License-Identifier: MIT
// Code generated by contracts/internal/digestgen from gnark-crypto's bn254
// Poseidon2 parameters. DO NOT EDIT.
pragma solidity 0.8.30;

import {IAttributionDigest} from "./IAttributionDigest.sol";
import {IPoseidon2Hash} from "./IPoseidon2Hash.sol";

/// @title AttributionDigest: attribution/influence.Digest on chain, and
/// inference/commit.Hash (hash) for the settlement's Datanet checks.
/// @notice Hash(tag, n, Pack(c·2^20 | w_c for c = 0 … n−1)), entries of
/// {{.SlotBits}} bits packed five per element (the first in the low bits), hashed
/// by circuits/commit's sponge (rate 3, the element count in the capacity
/// word) with gnark-crypto's BN254 Poseidon2 permutation, width {{.Width}}
/// ({{.Full}} full and {{.Partial}} partial rounds, x⁵). Weights come sparse, as
/// settle takes them: contributors not listed have weight zero. A weight
/// of 2^20 or more is refused, so no entry spills into its index bits and
/// the packing is injective.
contract AttributionDigest is IAttributionDigest, IPoseidon2Hash {
    /// The BN254 scalar field modulus.
    uint256 internal constant R = {{.Modulus}};
    /// commit.Tag("{{.TagString}}")
    uint256 internal constant TAG = {{.Tag}};
    uint256 internal constant MAX_CONTRIBUTORS = 1 << 28; // c·2^20 stays within its slot

    // The modulus, used hundreds of times per permutation, is an immutable:
    // as a literal, the optimizer's constant optimizer would copy it from
    // code (CODECOPY and MLOAD) at every use.
    uint256 private immutable Q = R;

    /// indices are not strictly increasing below contributors, or do not
    /// match weightsPpm in length, or a weight is 2^20 or more.
    error DigestInputInvalid();
    /// An element of hash's preimage is not below R.
    error ElementInvalid(uint256 position);

    /// commit.Hash(elements): the sponge, rate 3, the element count in the
    /// capacity word, the digest the first state word after the last
    /// permutation (one permutation for no elements).
    function hash(uint256[] calldata elements) external view returns (uint256) {
        uint256 n = elements.length;
        (uint256 s0, uint256 s1, uint256 s2, uint256 s3) = (0, 0, 0, n);
        uint256 i;
        do {
            if (i < n) s0 = addmod(s0, _element(elements, i), R);
            if (i + 1 < n) s1 = addmod(s1, _element(elements, i + 1), R);
            if (i + 2 < n) s2 = addmod(s2, _element(elements, i + 2), R);
            (s0, s1, s2, s3) = _permute(s0, s1, s2, s3);
            i += 3;
        } while (i < n);
        return s0;
    }

    function _element(uint256[] calldata elements, uint256 i) private pure returns (uint256 x) {
        x = elements[i];
        if (x >= R) revert ElementInvalid(i);
    }

    function digest(uint256 contributors, uint32[] calldata indices, uint32[] calldata weightsPpm)
        external
        view
        returns (uint256)
    {
        if (indices.length != weightsPpm.length) revert DigestInputInvalid();
        return _digest(contributors, Entries(indices.length, _offset(indices), _offset(weightsPpm), 32, 0));
    }

    /// digest of packed entries: per listed contributor its index then its
    /// weight, big-endian uint32s (8 bytes an entry; settle's format).
    function digestPacked(uint256 contributors, bytes calldata packed) external view returns (uint256) {
        if (packed.length % 8 != 0) revert DigestInputInvalid();
        uint256 off;
        assembly ("memory-safe") {
            off := packed.offset
        }
        return _digest(contributors, Entries(packed.length / 8, off, off + 4, 8, 224));
    }

    /// Where the sparse entries are: entry p's index is the word at
    /// ip + p·stride shifted right by shift, its weight the same at wp.
    struct Entries {
        uint256 len;
        uint256 ip;
        uint256 wp;
        uint256 stride;
        uint256 shift;
    }

    function _offset(uint32[] calldata a) private pure returns (uint256 off) {
        assembly ("memory-safe") {
            off := a.offset
        }
    }

    function _digest(uint256 contributors, Entries memory x) private view returns (uint256) {
        if (contributors >= MAX_CONTRIBUTORS) revert DigestInputInvalid();
        uint256 groups = (contributors + 4) / 5;
        uint256 p; // next sparse entry
        uint256 e;
        // The first absorption is the tag, n and packed element 0.
        (uint256 s0, uint256 s1, uint256 s2, uint256 s3) = (TAG, contributors, 0, groups + 2);
        if (groups != 0) (s2, p) = _group(0, contributors, p, x);
        for (uint256 g = 1; ; g += 3) {
            (s0, s1, s2, s3) = _permute(s0, s1, s2, s3);
            if (g >= groups) break;
            (e, p) = _group(g, contributors, p, x);
            s0 = addmod(s0, e, R);
            if (g + 1 < groups) {
                (e, p) = _group(g + 1, contributors, p, x);
                s1 = addmod(s1, e, R);
            }
            if (g + 2 < groups) {
                (e, p) = _group(g + 2, contributors, p, x);
                s2 = addmod(s2, e, R);
            }
        }
        // An index out of order, repeated or ≥ contributors is never reached.
        if (p != x.len) revert DigestInputInvalid();
        return s0;
    }

    /// The Poseidon2 permutation of (s0, s1, s2, s3), each below R.
    function _permute(uint256 s0, uint256 s1, uint256 s2, uint256 s3)
        private
        view
        returns (uint256, uint256, uint256, uint256)
    {
        uint256 q = Q;
        // Never taken (Q is R): a function that may call itself is never
        // inlined, and inlined into digest this one needs more than the 16
        // reachable stack slots (and duplicates its code).
        if (q == 0) return _permute(s0, s1, s2, s3);
        // Generated Yul (internal/digestgen/yul.go): the state on the stack,
        // q an immutable (3 gas a use, as a stack copy), the full rounds
        // straight-line code, each partial round one call of part; sums are
        // reduced only where an unreduced one could pass 2^256.
        assembly ("memory-safe") {
{{.Permute}}
        }
        return (s0, s1, s2, s3);
    }

    /// Packed element g: entries of contributors 5g … 5g+4 (below n).
    function _group(uint256 g, uint256 n, uint256 p, Entries memory x) private pure returns (uint256 e, uint256) {
        // Equivalent to the loop over c = 5g … end−1 (end = min(5g+5, n))
        // "if (p < indices.length && indices[p] == c) { w = weightsPpm[p];
        // ++p; } e |= ((c << 20) | w) << shift": the c·2^20 of every slot at
        // once (c0·Σ 2^(20+{{.SlotBits}}k) + Σ k·2^(20+{{.SlotBits}}k), k < 5, masked to the
        // group's slots; no slot carries into the next, c < 2^28), then the
        // weights of the listed entries, which that loop takes while they
        // increase strictly within [5g, end). Solidity's bounds checks are
        // left out (p < x.len, the entries' count); an array element that
        // is not a uint32 reverts without data, as Solidity's read does.
        (uint256 len, uint256 ip, uint256 wp, uint256 stride, uint256 sh) = (x.len, x.ip, x.wp, x.stride, x.shift);
        assembly ("memory-safe") {
            let c0 := mul(5, g)
            let end := add(c0, 5)
            if gt(end, n) { end := n }
            e := and(
                add(mul(c0, {{.SlotOnes}}), {{.SlotIndex}}),
                sub(shl(mul({{.SlotBits}}, sub(end, c0)), 1), 1)
            )
            for { let lower := c0 } lt(p, len) { p := add(p, 1) } {
                let i := shr(sh, calldataload(add(ip, mul(stride, p))))
                if gt(i, 0xffffffff) { revert(0, 0) }
                if or(lt(i, lower), iszero(lt(i, end))) { break }
                let w := shr(sh, calldataload(add(wp, mul(stride, p))))
                if gt(w, 0xffffffff) { revert(0, 0) }
                if gt(w, 0xfffff) {
                    mstore(0, shl(224, {{.InvalidSelector}})) // DigestInputInvalid()
                    revert(0, 4)
                }
                e := or(e, shl(mul({{.SlotBits}}, sub(i, c0)), w))
                lower := add(i, 1)
            }
        }
        return (e, p);
    }
}
`))
