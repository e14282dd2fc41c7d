package main

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover/bundle"
)

// Parsers of flag values; each error names the flag and exits 2.

func addressFlag(c *cli.Context, name string) (common.Address, error) {
	return parseAddress("--"+name, c.String(name))
}

func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, usageErr("%s %q: not a 0x-prefixed 20-byte hex address", what, s)
	}
	return common.HexToAddress(s), nil
}

// wei parses a non-negative decimal amount.
func wei(c *cli.Context, name string) (*big.Int, error) {
	s := c.String(name)
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, usageErr("--%s %q: want a non-negative integer amount in wei", name, s)
	}
	return v, nil
}

// field parses a BN254 scalar given as 0x hex or decimal.
func field(what, s string) (*big.Int, error) {
	var v *big.Int
	var ok bool
	if h, isHex := strings.CutPrefix(s, "0x"); isHex {
		v, ok = new(big.Int).SetString(h, 16)
	} else {
		v, ok = new(big.Int).SetString(s, 10)
	}
	if !ok || v.Sign() < 0 || v.Cmp(ecc.BN254.ScalarField()) >= 0 {
		return nil, usageErr("%s %q: want a BN254 scalar (0x hex or decimal, below the field modulus)", what, s)
	}
	return v, nil
}

func hash32(what, s string) ([32]byte, error) {
	var out [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return out, usageErr("%s %q: want 32 bytes of hex", what, s)
	}
	copy(out[:], b)
	return out, nil
}

// readBundle reads --bundle; nil without one.
func readBundle(c *cli.Context) (*bundle.Bundle, error) {
	path := c.String(bundleFlag.Name)
	if path == "" {
		return nil, nil
	}
	b, err := bundle.Read(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--bundle: %w", err)}
	}
	return b, nil // bundle.Read has run Check
}

// digestOf takes a field element from its flag, or else from the bundle.
func digestOf(c *cli.Context, flag string, b *bundle.Bundle, fromBundle func(*bundle.Bundle) string) (*big.Int, error) {
	if s := c.String(flag); s != "" {
		return field("--"+flag, s)
	}
	if b == nil {
		return nil, usageErr("give --%s or --bundle", flag)
	}
	return field(fmt.Sprintf("--bundle %s: %s", c.String(bundleFlag.Name), flag), fromBundle(b))
}

// hashOf takes 32 bytes of hex from its flag, or else from the bundle.
func hashOf(c *cli.Context, flag string, b *bundle.Bundle, fromBundle func(*bundle.Bundle) string) ([32]byte, error) {
	v := c.String(flag)
	if v == "" {
		if b == nil {
			return [32]byte{}, usageErr("give --%s or --bundle", flag)
		}
		v = fromBundle(b)
	}
	return hash32("--"+flag, v)
}

// uint32List parses "1,2,3".
func uint32List(c *cli.Context, name string) ([]uint32, error) {
	s := strings.TrimSpace(c.String(name))
	if s == "" {
		return nil, nil
	}
	var out []uint32
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 32)
		if err != nil {
			return nil, usageErr("--%s: %q is not a uint32", name, f)
		}
		out = append(out, uint32(v))
	}
	return out, nil
}

// uint32Flag reads a uint flag that must fit 32 bits.
func uint32Flag(c *cli.Context, name string) (uint32, error) {
	v := c.Uint(name)
	if uint64(v) > 1<<32-1 {
		return 0, usageErr("--%s %d: at most 2^32−1", name, v)
	}
	return uint32(v), nil
}

// nonNil prints an empty list as [] rather than null.
func nonNil(v []uint32) []uint32 {
	if v == nil {
		return []uint32{}
	}
	return v
}

// Bundle fields the chain commands take as defaults.
func bundleModel(b *bundle.Bundle) string   { return b.Model.Digest }
func bundleAdapter(b *bundle.Bundle) string { return b.Adapter.Commitment }
func bundleInput(b *bundle.Bundle) string   { return b.InputDigest }
func bundleCircuit(b *bundle.Bundle) string { return b.Circuit.Digest }
func bundleVK(b *bundle.Bundle) string      { return b.VKSHA256 }
