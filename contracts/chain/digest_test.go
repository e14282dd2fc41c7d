package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/inference/commit"
)

// digestVectors are written by contracts/internal/digestgen from
// attribution/influence.Digest (its test keeps them current).
const digestVectors = "../testdata/attribution-digest.json"

type digestVector struct {
	Name         string   `json:"name"`
	Contributors int64    `json:"contributors"`
	Indices      []uint32 `json:"indices"`
	Weights      []uint32 `json:"weights_ppm"`
	Digest       string   `json:"digest"`
}

func deployDigest(t testing.TB) (*simchain.Chain, common.Address) {
	t.Helper()
	c := simchain.New(t, []string{"deployer"}, nil)
	call, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := c.Deploy(t, "deployer", call)
	return c, addr
}

func onChainDigest(c *simchain.Chain, addr common.Address, n int64, idx, w []uint32) (*big.Int, error) {
	d := bindings.NewAttributionDigest()
	return bind.Call(d.Instance(c.Client, addr), &bind.CallOpts{Context: context.Background()},
		d.PackDigest(big.NewInt(n), idx, w), d.UnpackDigest)
}

// TestAttributionDigestVectors computes every shared vector's digest in
// Solidity and compares it with the Go digest (the file's, and
// influence.Digest recomputed here from the dense weights).
func TestAttributionDigestVectors(t *testing.T) {
	raw, err := os.ReadFile(digestVectors)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []digestVector `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Vectors) < 50 {
		t.Fatalf("%d digest vectors, want at least 50", len(file.Vectors))
	}
	c, addr := deployDigest(t)
	for _, v := range file.Vectors {
		dense := make([]uint32, v.Contributors)
		for i, ix := range v.Indices {
			dense[ix] = v.Weights[i]
		}
		if goHex := commit.Hex(influence.Digest(dense)); goHex != v.Digest {
			t.Fatalf("%s: file %s, influence.Digest %s", v.Name, v.Digest, goHex)
		}
		got, err := onChainDigest(c, addr, v.Contributors, v.Indices, v.Weights)
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		want, _ := new(big.Int).SetString(v.Digest[2:], 16)
		if got.Cmp(want) != 0 {
			t.Fatalf("%s (n=%d): Solidity %#x, Go %s", v.Name, v.Contributors, got, v.Digest)
		}
		packed, err := onChainDigestPacked(c, addr, v.Contributors, chain.PackWeights(v.Indices, v.Weights))
		if err != nil || packed.Cmp(want) != 0 {
			t.Fatalf("%s (n=%d): digestPacked %v (%v), Go %s", v.Name, v.Contributors, packed, err, v.Digest)
		}
	}
}

func onChainDigestPacked(c *simchain.Chain, addr common.Address, n int64, packed []byte) (*big.Int, error) {
	d := bindings.NewAttributionDigest()
	return bind.Call(d.Instance(c.Client, addr), &bind.CallOpts{Context: context.Background()},
		d.PackDigestPacked(big.NewInt(n), packed), d.UnpackDigestPacked)
}

// TestPoseidon2Hash: AttributionDigest.hash is commit.Hash for 0 … 8
// elements (one to three absorptions), and refuses an element ≥ the field
// modulus (it would alias its reduction).
func TestPoseidon2Hash(t *testing.T) {
	c, addr := deployDigest(t)
	d := bindings.NewAttributionDigest()
	hash := func(xs []*big.Int) (*big.Int, error) {
		return bind.Call(d.Instance(c.Client, addr), &bind.CallOpts{Context: context.Background()}, d.PackHash(xs), d.UnpackHash)
	}
	for n := range 9 {
		var xs []*big.Int
		var es []fr.Element
		for i := range n {
			e := commit.Hash(commit.Uint(uint64(n)), commit.Uint(uint64(i))) // full-width elements
			es, xs = append(es, e), append(xs, e.BigInt(new(big.Int)))
		}
		got, err := hash(xs)
		if err != nil {
			t.Fatalf("%d elements: %v", n, err)
		}
		want := commit.Hash(es...)
		if got.Cmp(want.BigInt(new(big.Int))) != 0 {
			t.Fatalf("%d elements: Solidity %#x, commit.Hash %s", n, got, commit.Hex(want))
		}
	}
	_, err := hash([]*big.Int{big.NewInt(1), fr.Modulus()})
	if data := revertData(err); !bytes.HasPrefix(data, selector(t, &bindings.AttributionDigestMetaData, "ElementInvalid")) {
		t.Fatalf("element = modulus: revert %x (%v), want ElementInvalid", data, err)
	}
}

// TestAttributionDigestRejects: sparse weights that do not describe one
// dense list revert with the named error.
func TestAttributionDigestRejects(t *testing.T) {
	c, addr := deployDigest(t)
	for _, tc := range []struct {
		name   string
		n      int64
		idx, w []uint32
	}{
		{"index not below n", 3, []uint32{3}, []uint32{1_000_000}},
		{"indices decrease", 4, []uint32{2, 1}, []uint32{1, 999_999}},
		{"index repeated", 4, []uint32{1, 1}, []uint32{1, 999_999}},
		{"lengths differ", 4, []uint32{1, 2}, []uint32{1_000_000}},
		{"too many contributors", 1 << 28, []uint32{0}, []uint32{1_000_000}},
		// c·2^20 + w must be injective: a weight of 2^20 would set index bits.
		{"weight of 2^20", 4, []uint32{1}, []uint32{1 << 20}},
		{"weight of 2^32 − 1", 4, []uint32{0, 1}, []uint32{0xffffffff, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := selector(t, &bindings.AttributionDigestMetaData, "DigestInputInvalid")
			if len(tc.idx) == len(tc.w) {
				_, err := onChainDigestPacked(c, addr, tc.n, chain.PackWeights(tc.idx, tc.w))
				if data := revertData(err); !bytes.Equal(data, want) {
					t.Fatalf("digestPacked: revert %x (%v), want DigestInputInvalid()", data, err)
				}
			}
			_, err := onChainDigest(c, addr, tc.n, tc.idx, tc.w)
			if err == nil {
				t.Fatal("accepted")
			}
			if data := revertData(err); !bytes.Equal(data, want) {
				t.Fatalf("revert %x (%v), want DigestInputInvalid()", data, err)
			}
		})
	}
	// A packed list whose length is not a multiple of 8.
	_, err := onChainDigestPacked(c, addr, 4, []byte{0, 0, 0, 1, 0, 0, 0})
	if data := revertData(err); !bytes.Equal(data, selector(t, &bindings.AttributionDigestMetaData, "DigestInputInvalid")) {
		t.Fatalf("7 packed bytes: revert %x (%v)", data, err)
	}
}

// selector is the 4-byte id of a contract's custom error.
func selector(t testing.TB, md *bind.MetaData, name string) []byte {
	t.Helper()
	a, err := md.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s in the ABI", name)
	}
	return e.ID[:4]
}
