package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchCLI: bench counts a small case's constraints, prints the report
// and writes the raw results to --json-out; bad cases and counts are bad
// input.
func TestBenchCLI(t *testing.T) {
	cache := t.TempDir()
	js := filepath.Join(t.TempDir(), "results.json")
	out := mustCode(t, exitOK, cache, "bench", "--constraints-only", "--case", "16x16-r2", "--json-out", js)
	if !strings.Contains(out, "16x16-r2") {
		t.Errorf("report lacks the case:\n%s", out)
	}
	var rs []map[string]any
	if err := json.Unmarshal(mustRead(t, js), &rs); err != nil || len(rs) != 1 {
		t.Fatalf("--json-out: %v, %d results:\n%s", err, len(rs), mustRead(t, js))
	}
	for _, args := range [][]string{
		{"bench", "--case", "16x16"},
		{"bench", "--case", "0x16-r2"},
		{"bench", "--proves", "0"},
		{"bench", "extra"},
		{"bench", "--json", js},
	} {
		mustCode(t, exitBadInput, cache, args...)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(js), "prove.svg")); err == nil {
		t.Errorf("prove.svg written without --out")
	}

	// --constraints-only with --out replaces the section and plots nothing.
	md := filepath.Join(t.TempDir(), "results.md")
	if err := os.WriteFile(md, []byte("# r\n<!-- bench:foundation:begin -->\nold\n<!-- bench:foundation:end -->\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, cache, "bench", "--constraints-only", "--case", "16x16-r2", "--out", md)
	if got := string(mustRead(t, md)); !strings.Contains(got, "16x16-r2") || strings.Contains(got, "old") {
		t.Errorf("--out not updated:\n%s", got)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(md), "prove.svg")); err == nil {
		t.Errorf("prove.svg written without proofs")
	}
}
