package ceremony_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover/ceremony"
)

// initialRun is signedRun with CoordinateInitial: it also returns the
// initial state the coordinator computed.
func initialRun(t *testing.T, note string, names ...string) (string, *ceremony.Initial) {
	t.Helper()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ceremony")
	_, init, err := ceremony.CoordinateInitial(ctx, dir, ptau4, "square", note, compile(t, &square{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if _, err := ceremony.ContributeSigned(ctx, dir, testKey(t, n)); err != nil {
			t.Fatal(err)
		}
	}
	return dir, init
}

// TestVerifySignedFrom: verifying from the coordinator's initial state
// seals the same keys and transcript as VerifySigned, which recomputes it
// from the .ptau.
func TestVerifySignedFrom(t *testing.T) {
	ctx := context.Background()
	dir, init := initialRun(t, "TEST ceremony", "alice", "bob")
	beacon := []byte("beacon")
	from, err := ceremony.VerifySignedFrom(ctx, dir, init, beacon)
	if err != nil {
		t.Fatal(err)
	}
	full, err := ceremony.VerifySigned(ctx, dir, ptau4, t.TempDir(), compile(t, &square{}), beacon)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if _, err := from.VK.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := full.VK.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) || from.Transcript.Hash != full.Transcript.Hash || from.Summary.VKSHA256 != full.Summary.VKSHA256 {
		t.Errorf("VerifySignedFrom sealed another key or transcript (%s, %s) than VerifySigned (%s, %s)",
			from.Transcript.Hash, from.Summary.VKSHA256, full.Transcript.Hash, full.Summary.VKSHA256)
	}
}

// TestVerifySignedFromRefuses: the chain is checked as VerifySigned checks
// it, and an initial state from another ceremony is refused.
func TestVerifySignedFromRefuses(t *testing.T) {
	ctx := context.Background()
	bob := testKey(t, "bob")
	_, other := initialRun(t, "another TEST ceremony")
	tests := []struct {
		name   string
		tamper func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial
		beacon []byte
		want   error
	}{
		{"untampered", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial { return init }, []byte("b"), nil},
		{"tampered contribution signed again", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial {
			// [δ]₁ ↔ PKK[0] in contribution 2, receipt signed again: only
			// gnark's update proof can refuse it.
			p := filepath.Join(dir, ceremony.Phase2File(2))
			swapPoints(t, p, p, 2, 38, 32)
			h := hashOf(t, p)
			rewriteReceipt(t, dir, 2, bob, func(r *ceremony.Receipt) { r.Hash = h })
			return init
		}, nil, ceremony.ErrInvalidContribution},
		{"contribution missing", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial {
			if err := os.Remove(filepath.Join(dir, ceremony.Phase2File(1))); err != nil {
				t.Fatal(err)
			}
			return init
		}, nil, ceremony.ErrInvalidContribution},
		{"bad signature", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial {
			rewriteReceipt(t, dir, 1, nil, func(r *ceremony.Receipt) { r.Contributor = address(bob) })
			return init
		}, nil, ceremony.ErrInvalidContribution},
		{"initial state of another ceremony", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial {
			return other
		}, nil, ceremony.ErrInvalidContribution},
		{"no initial state", func(t *testing.T, dir string, init *ceremony.Initial) *ceremony.Initial { return nil }, nil, errs.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, init := initialRun(t, "TEST ceremony", "alice", "bob")
			_, err := ceremony.VerifySignedFrom(ctx, dir, tc.tamper(t, dir, init), tc.beacon)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("VerifySignedFrom: %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("VerifySignedFrom: %v, want %v", err, tc.want)
			}
			t.Logf("refused: %v", err)
		})
	}
}
