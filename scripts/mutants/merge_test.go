package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestMergeKeep: -keep reads an earlier table back (caught, error and
// survived rows, † marks), and merged takes this run's result where there
// is one, the recorded one else, and a not-run row for a mutant neither has.
func TestMergeKeep(t *testing.T) {
	table := "| circuit | constraint | `marker` | caught by | time |\n|---|---|---|---|---|\n" +
		"| attr | root | `attr-root` | TestA, TestB | 12s |\n" +
		"| gpt2 | digest | `gpt2-digest` | **ERROR** build failed \\| exit 2 | 3s † |\n" +
		"| tf | range | `tf-range` | **SURVIVED** | 40s |\n" +
		"not a row\n"
	path := filepath.Join(t.TempDir(), "mutants.md")
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := readTable(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]recorded{
		rowKey("attr", "attr-root"):   {caughtBy: []string{"TestA", "TestB"}, took: 12 * time.Second},
		rowKey("gpt2", "gpt2-digest"): {err: "build failed | exit 2", took: 3 * time.Second},
		rowKey("tf", "tf-range"):      {took: 40 * time.Second},
	}
	if !reflect.DeepEqual(old, want) {
		t.Fatalf("read %+v, want %+v", old, want)
	}
	if none, err := readTable(filepath.Join(t.TempDir(), "absent.md")); err != nil || none != nil {
		t.Fatalf("absent table: %v, %v", none, err)
	}

	all := []mutant{{Circuit: "attr", Marker: "attr-root"}, {Circuit: "gpt2", Marker: "gpt2-digest"}, {Circuit: "tf", Marker: "tf-new"}}
	run := []result{{m: all[0], caughtBy: []string{"TestC"}, took: time.Second}}
	got := merged(all, run, old)
	tests := []struct {
		name          string
		r             result
		kept, notRun  bool
		caught, isErr bool
	}{
		{"ran now", got[0], false, false, true, false},
		{"kept with its error", got[1], true, false, false, true},
		{"neither", got[2], false, true, false, false},
	}
	for _, tc := range tests {
		if tc.r.kept != tc.kept || tc.r.notRun != tc.notRun || (len(tc.r.caughtBy) > 0) != tc.caught || (tc.r.err != nil) != tc.isErr {
			t.Errorf("%s: %+v", tc.name, tc.r)
		}
	}
	if got[0].caughtBy[0] != "TestC" {
		t.Errorf("this run's result not used: %+v", got[0])
	}
	if p := provenance(got, "^attr", 5*time.Second); p == "" {
		t.Error("a merged table without its provenance sentence")
	}
	if p := provenance(got[:1], "", time.Second); p != "" {
		t.Errorf("a full run with a provenance sentence: %q", p)
	}
}
