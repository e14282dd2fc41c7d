package bundle_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/prover/bundle"
)

// attributedBundle is validBundle with an attribution section and its two
// public inputs (the toy proof does not cover them: Parse does not check
// proofs).
func attributedBundle(t testing.TB) *bundle.Bundle {
	t.Helper()
	b := validBundle(t)
	var root fr.Element
	root.SetUint64(77)
	w := []uint32{250000, 750000, 0}
	b.Attribution = &bundle.Attribution{
		DatanetRoot: bundle.FormatElement(root),
		Digest:      bundle.FormatElement(influence.Digest(w)),
		Weights:     []bundle.Weight{{Contributor: 0, ID: "alice", PPM: w[0]}, {Contributor: 1, ID: "bob", PPM: w[1]}, {Contributor: 2, PPM: w[2]}},
	}
	b.PublicInputs = append(b.PublicInputs,
		bundle.PublicInput{Name: "datanet_root", Value: b.Attribution.DatanetRoot},
		bundle.PublicInput{Name: "attribution_digest", Value: b.Attribution.Digest})
	return b
}

func TestAttributionRoundTrip(t *testing.T) {
	b := attributedBundle(t)
	path := filepath.Join(t.TempDir(), "a.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := bundle.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Attribution == nil || len(got.Attribution.Weights) != 3 || got.Attribution.Weights[1].ID != "bob" ||
		got.Attribution.Digest != b.Attribution.Digest || len(got.PublicInputs) != 6 {
		t.Fatalf("read back %+v", got.Attribution)
	}
	if w := got.Attribution.PPMs(); w[0] != 250000 || w[1] != 750000 || w[2] != 0 {
		t.Fatalf("PPMs() = %v", w)
	}
	// All zero is a valid attribution (no contributor had a positive score).
	for i := range b.Attribution.Weights {
		b.Attribution.Weights[i].PPM = 0
	}
	if err := b.Check(); err != nil {
		t.Fatalf("all-zero weights refused: %v", err)
	}
}

func TestAttributionRejects(t *testing.T) {
	tests := []struct {
		field  string
		mutate func(a *bundle.Attribution)
	}{
		{"attribution.datanet_root", func(a *bundle.Attribution) { a.DatanetRoot = "0x12" }},
		{"attribution.digest", func(a *bundle.Attribution) { a.Digest = "" }},
		{"attribution.weights", func(a *bundle.Attribution) { a.Weights = nil }},
		{"attribution.weights", func(a *bundle.Attribution) { a.Weights[0].PPM++ }},
		{"attribution.weights[1].contributor", func(a *bundle.Attribution) { a.Weights[1].Contributor = 2 }},
		{"attribution.weights[2].ppm", func(a *bundle.Attribution) { a.Weights[2].PPM = 1_000_001 }},
		{"attribution.weights[0].id", func(a *bundle.Attribution) { a.Weights[0].ID = "a\nb" }},
	}
	for _, tc := range tests {
		t.Run(tc.field, func(t *testing.T) {
			b := attributedBundle(t)
			tc.mutate(b.Attribution)
			err := b.Check()
			if !errors.Is(err, bundle.ErrBadInput) || !strings.Contains(err.Error(), `"`+tc.field+`"`) {
				t.Fatalf("got %v, want ErrBadInput naming %q", err, tc.field)
			}
		})
	}
}

// The committed "attributed" fuzz seed is a bundle Parse accepts, so that
// fuzzing starts from the accepting path of attribution sections.
func TestAttributedSeedParses(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "fuzz", "FuzzParse", "attributed"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(strings.TrimSpace(string(raw)), "\n")
	if !ok || !strings.HasPrefix(body, "[]byte(") {
		t.Fatalf("seed file layout: %q", raw[:min(len(raw), 40)])
	}
	data, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(body, "[]byte("), ")"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := bundle.Parse("attributed", []byte(data))
	if err != nil {
		t.Fatalf("seed refused: %v", err)
	}
	if b.Attribution == nil || len(b.Attribution.Weights) != 3 {
		t.Fatalf("seed has no attribution section: %+v", b.Attribution)
	}
}
