package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCeremonyPtauImport: `ceremony phase1 import` writes an SRS from the
// committed snarkjs file that `ceremony inspect` reads back, and refuses a
// domain the file cannot serve, a truncated file and a tampered point with
// nothing written (exit 2 for malformed, 1 for points that are not powers of
// one τ).
func TestCeremonyPtauImport(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	ptau := filepath.Join("..", "..", "prover", "ceremony", "testdata", "ptau", "pot4.ptau")
	good, err := os.ReadFile(ptau)
	if err != nil {
		t.Fatal(err)
	}
	srs := filepath.Join(dir, "srs")
	out := mustCode(t, exitOK, cache, "ceremony", "phase1", "import", "--ptau", ptau, "--power", "3", "--out", srs)
	for _, want := range []string{"2^4 powers", "sha256  e97159eb", "srs #0 (2^3)"} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	if out := mustCode(t, exitOK, cache, "ceremony", "inspect", srs); !strings.Contains(out, "srs #0 (2^3)") {
		t.Errorf("inspect of the imported SRS: %s", out)
	}
	truncated := filepath.Join(dir, "truncated.ptau")
	tampered := filepath.Join(dir, "tampered.ptau")
	if err := os.WriteFile(truncated, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	// Swap two τ^i·G1 points (section 2 starts after the 12-byte file
	// header, the 12+44-byte header section and its own 12-byte header):
	// every point stays valid, the powers no longer are.
	bad := append([]byte(nil), good...)
	const tauG1, g1 = 12 + 12 + 44 + 12, 64
	p1, p2 := bad[tauG1+g1:tauG1+2*g1], bad[tauG1+2*g1:tauG1+3*g1]
	tmp := append([]byte(nil), p1...)
	copy(p1, p2)
	copy(p2, tmp)
	if err := os.WriteFile(tampered, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		code  int
		args  []string
		wants string
	}{
		{"domain too large", exitBadInput, []string{"--ptau", ptau, "--power", "9"}, "2^9"},
		{"truncated", exitBadInput, []string{"--ptau", truncated, "--power", "2"}, "truncated"},
		{"tampered", exitVerify, []string{"--ptau", tampered, "--power", "2"}, "tampered.ptau"},
		{"missing file", exitBadInput, []string{"--ptau", filepath.Join(dir, "none"), "--power", "2"}, "none"},
		{"no --out", exitBadInput, []string{"--ptau", ptau, "--power", "2"}, "out"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".srs")
			args := append([]string{"ceremony", "phase1", "import"}, tc.args...)
			if tc.name != "no --out" {
				args = append(args, "--out", out)
			}
			msg := mustCode(t, tc.code, cache, args...)
			if !strings.Contains(msg, tc.wants) {
				t.Errorf("message lacks %q: %s", tc.wants, msg)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s written although the import failed", out)
			}
		})
	}
}
