package chain_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/openproof/openproof/contracts/chain"
)

func TestFastLZLen(t *testing.T) {
	rnd := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(r.Uint32())
	}
	cases := []struct {
		name   string
		in     []byte
		lo, hi uint32
	}{
		{"empty", nil, 0, 0},
		{"short literal", []byte("abc"), 4, 4},            // one literal run: 1 + 3
		{"12 bytes", bytes.Repeat([]byte{1}, 12), 13, 13}, // shorter than the match window: all literal
		{"zeros compress", make([]byte, 4096), 1, 100},
		// Incompressible data costs one byte per 32 literals extra.
		{"random", rnd, 4096 + 4096/32, 4096 + 4096/32 + 1},
	}
	for _, tc := range cases {
		if got := chain.FastLZLen(tc.in); got < tc.lo || got > tc.hi {
			t.Errorf("%s: FastLZLen = %d, want in [%d, %d]", tc.name, got, tc.lo, tc.hi)
		}
	}
}

func TestL1DataFee(t *testing.T) {
	p := chain.L1Prices{BaseFee: big.NewInt(10e9), BlobBaseFee: big.NewInt(1e9), BaseFeeScalar: 5227, BlobBaseFeeScalar: 1014213}
	// Tiny transactions pay for the 100-byte floor.
	floor, _ := chain.L1DataFee([]byte{1, 2, 3}, p)
	want := new(big.Int).Mul(big.NewInt(100e6), big.NewInt(16*5227*10e9+1014213*1e9))
	want.Quo(want, big.NewInt(1e12))
	if floor.Cmp(want) != 0 {
		t.Fatalf("floor fee %s, want %s", floor, want)
	}
	// Above the floor: the linear model of the compressed length.
	in := make([]byte, 2000)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range in {
		in[i] = byte(r.Uint32())
	}
	fee, n := chain.L1DataFee(in, p)
	size := big.NewInt(-42_585_600 + 836_500*int64(n))
	want = new(big.Int).Mul(size, big.NewInt(16*5227*10e9+1014213*1e9))
	want.Quo(want, big.NewInt(1e12))
	if fee.Cmp(want) != 0 || n < 2000 {
		t.Fatalf("fee %s for FastLZ length %d, want %s", fee, n, want)
	}
}
