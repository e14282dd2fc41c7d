package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
)

// squareCircuit (x = y², one constraint) fits the committed 2^4 .ptau.
type squareCircuit struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable `gnark:"y"`
}

func (c *squareCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y))
	return nil
}

// TestCeremonySigned: `ceremony contribute` signs with --key-file or
// $OPENPROOF_PRIVATE_KEY and refuses a ceremony whose receipts were
// tampered with (exit 1); `ceremony transcript` checks a summary (exit 0)
// and refuses an edited one (exit 1); `ceremony init` will not overwrite a
// ceremony (exit 2).
func TestCeremonySigned(t *testing.T) {
	ctx := context.Background()
	cache, tmp := t.TempDir(), t.TempDir()
	ptau := filepath.Join("..", "..", "prover", "ceremony", "testdata", "ptau", "pot4.ptau")
	ccs, err := prover.Compile(ctx, &squareCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "ceremony")
	if _, err := ceremony.Coordinate(ctx, dir, ptau, "square", "TEST", ccs); err != nil {
		t.Fatal(err)
	}
	var addrs []string
	for i, who := range []string{"alice", "bob"} {
		seed := sha256.Sum256([]byte(who))
		k, err := crypto.ToECDSA(seed[:])
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey).Hex())
		if i == 0 {
			file := filepath.Join(tmp, who+".key")
			if err := os.WriteFile(file, []byte(hex.EncodeToString(seed[:])), 0o600); err != nil {
				t.Fatal(err)
			}
			out := mustCode(t, exitOK, cache, "ceremony", "contribute", "--dir", dir, "--key-file", file)
			if !strings.Contains(out, "contribution 1 by "+addrs[0]) {
				t.Errorf("contribute output: %s", out)
			}
			continue
		}
		t.Setenv(keyEnv, hex.EncodeToString(seed[:]))
		if out := mustCode(t, exitOK, cache, "ceremony", "contribute", "--dir", dir); !strings.Contains(out, "contribution 2 by "+addrs[1]) {
			t.Errorf("contribute output: %s", out)
		}
	}
	mustCode(t, exitBadInput, cache, "ceremony", "init", "--dir", dir, "--ptau", ptau)

	s, err := ceremony.VerifySigned(ctx, dir, ptau, tmp, ccs, []byte("beacon"))
	if err != nil {
		t.Fatal(err)
	}
	summary := filepath.Join(tmp, "transcript.json")
	if err := ceremony.WriteSummary(summary, s.Summary); err != nil {
		t.Fatal(err)
	}
	out := mustCode(t, exitOK, cache, "ceremony", "transcript", summary)
	for _, want := range append([]string{s.Summary.TranscriptHash, "unverified"}, addrs...) {
		if !strings.Contains(out, want) {
			t.Errorf("transcript output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(tmp, "edited.json")
	if err := os.WriteFile(edited, []byte(strings.Replace(string(b), addrs[1], addrs[0], 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitVerify, cache, "ceremony", "transcript", edited)

	// Bob's receipt claimed by alice: the next contributor refuses.
	rec := filepath.Join(dir, ceremony.ReceiptFile(2))
	if b, err = os.ReadFile(rec); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rec, []byte(strings.Replace(string(b), addrs[1], addrs[0], 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitVerify, cache, "ceremony", "contribute", "--dir", dir)
}
