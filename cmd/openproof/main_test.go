package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/demo"
)

// runCLI runs the command line in-process and returns its exit code and output.
func runCLI(t *testing.T, cache string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	full := append([]string{"openproof", "--cache", cache, "--log-level", "warn"}, args...)
	code := run(context.Background(), full, &out, &errb)
	return code, out.String(), errb.String()
}

func mustCode(t *testing.T, want int, cache string, args ...string) string {
	t.Helper()
	code, out, errs := runCLI(t, cache, args...)
	if code != want {
		t.Fatalf("openproof %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errs)
	}
	return out + errs
}

// embeddedDir writes the embedded demo directory src (demo.MNISTBaseDir,
// demo.MNISTAdapterDir) into a temporary directory and returns it.
func embeddedDir(t *testing.T, src string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), filepath.Base(src))
	sub, err := fs.Sub(demo.FS(), src)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Materialize(dir, sub); err != nil {
		t.Fatal(err)
	}
	return dir
}

// helpShows checks that `args --help` shows each of want and none of hidden.
func helpShows(t *testing.T, cache string, args, want, hidden []string) {
	t.Helper()
	out := mustCode(t, exitOK, cache, args...)
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: no %q in\n%s", strings.Join(args, " "), w, out)
		}
	}
	for _, h := range hidden {
		if strings.Contains(out, h) {
			t.Errorf("%s: %q shown in\n%s", strings.Join(args, " "), h, out)
		}
	}
}

// smallStack writes the embedded base model and a rank-2 adapter on fc2 cut
// from the embedded adapter, and returns the flags that select them: the
// embedded adapter's circuit (≈42k constraints) is above the 2^15 limit for
// setups in tests, this one is far below it.
func smallStack(t *testing.T) []string {
	t.Helper()
	base := embeddedDir(t, demo.MNISTBaseDir)
	cut, err := demo.MNISTSmallAdapter()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "small-adapter")
	if err := cut.Save(dir); err != nil {
		t.Fatal(err)
	}
	return []string{"--model", base, "--adapter", dir}
}

// TestBadInput: usage errors and bad files exit 2 with a message naming them.
func TestBadInput(t *testing.T) {
	cache := t.TempDir()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	deltaFile := filepath.Join(dir, "delta.json")
	if err := os.WriteFile(deltaFile, []byte(`{"format":"openproof.delta-bundle","version":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	badInputJSON := filepath.Join(dir, "input.json")
	if err := os.WriteFile(badInputJSON, []byte("[0.5, 0.25]"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string // in the output
	}{
		{[]string{"demo", "--bogus"}, "bogus"},
		{[]string{"nonsense"}, "nonsense"},
		{[]string{"--log-format", "xml", "demo"}, "log-format"},
		{[]string{"demo", "--accel", "quantum"}, "accel"},
		{[]string{"demo", "--index", "9999"}, "index"},
		{[]string{"demo", "--salt", "0xzz"}, "salt"},
		{[]string{"demo", "extra-arg"}, "no arguments"},
		{[]string{"verify"}, "BUNDLE"},
		{[]string{"verify", filepath.Join(dir, "missing.json")}, "missing.json"},
		{[]string{"verify", garbage}, "garbage.json"},
		{[]string{"verify", deltaFile}, "delta verify"},
		{[]string{"inspect", filepath.Join(dir, "missing")}, "missing"},
		{[]string{"inspect", badInputJSON}, "input.json"},
		{[]string{"infer", "--input", badInputJSON}, "2 values"},
		{[]string{"infer", "--model", dir}, "--adapter"},
		{[]string{"infer", "--no-adapter", "--adapter", dir}, "exclude"},
		{[]string{"prove", "--trace", garbage, "--out", filepath.Join(dir, "x.json")}, "garbage.json"},
		{[]string{"ceremony", "phase1", "verify", "--beacon", "zz", "--out", filepath.Join(dir, "srs")}, "beacon"},
		{[]string{"ceremony", "inspect", garbage}, "garbage.json"},
		{[]string{"train", "--data", garbage, "--out", dir}, "garbage.json"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(out, tc.want) {
				t.Fatalf("message does not mention %q:\n%s", tc.want, out)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); !os.IsNotExist(err) {
		t.Fatalf("failed prove wrote its output")
	}
}

// TestInspectAdapter lists a PEFT adapter's modules, ranks and scaling.
func TestInspectAdapter(t *testing.T) {
	dir := embeddedDir(t, demo.MNISTAdapterDir)
	out := mustCode(t, exitOK, t.TempDir(), "inspect", dir)
	for _, want := range []string{"fc1", "fc2", "784", "scaling", "2"} {
		if !strings.Contains(out, want) {
			t.Fatalf("inspect output lacks %q:\n%s", want, out)
		}
	}
	out = mustCode(t, exitOK, t.TempDir(), "inspect", filepath.Join(dir, "adapter_model.safetensors"))
	if !strings.Contains(out, "lora_A") {
		t.Fatalf("safetensors listing lacks lora_A:\n%s", out)
	}
}

// TestFailedWritesExit2: a write to a path the user named that cannot be
// written fails with exit 2 and names the flag, in every command.
func TestFailedWritesExit2(t *testing.T) {
	cache := t.TempDir()
	bad := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(bad, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	under := filepath.Join(bad, "out") // a path below a regular file
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"infer", "--sample", "1", "--trace", under}, "--trace"},
		{[]string{"peftgen", "--preset", "llama", "--dim", "16", "--rank", "2", "--tokens", "1", "--out", under}, "--out"},
		{[]string{"export-solidity", "--vk", "../../contracts/testdata/fixtures/tiny/vk.bin", "--dev", "--out", under}, "--out"},
	} {
		t.Run(tc.args[0], func(t *testing.T) {
			out := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(out, tc.flag) {
				t.Fatalf("message %q does not name %s", out, tc.flag)
			}
		})
	}
}
