package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
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

// smallStack writes the embedded base model and a rank-2 adapter on fc2 cut
// from the embedded adapter, and returns the flags that select them: the
// embedded adapter's circuit (≈42k constraints) is above the 2^15 limit for
// setups in tests, this one is far below it.
func smallStack(t *testing.T) []string {
	t.Helper()
	base := filepath.Join(t.TempDir(), "base")
	sub, err := fs.Sub(demo.FS(), demo.MNISTBaseDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Materialize(base, sub); err != nil {
		t.Fatal(err)
	}
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

// TestPipeline runs the whole CLI flow: demo (setup, prove, verify), a trace
// written by infer and proven from the trace alone, inspect, and
// verification failures of tampered bundles (exit 1).
func TestPipeline(t *testing.T) {
	cache := t.TempDir()
	dir := t.TempDir()
	stack := smallStack(t)
	demoBundle := filepath.Join(dir, "demo.json")
	out := mustCode(t, exitOK, cache, append([]string{"demo", "--index", "1", "--out", demoBundle}, stack...)...)
	if !strings.Contains(out, "verified") || !strings.Contains(out, "prediction") {
		t.Fatalf("demo summary lacks the verdict:\n%s", out)
	}
	i := strings.Index(out, " constraints")
	if i < 0 {
		t.Fatalf("demo summary lacks the constraint count:\n%s", out)
	}
	f := strings.Fields(out[:i])
	var n int
	if _, err := fmt.Sscan(f[len(f)-1], &n); err != nil || n < 1 || n > 1<<15 {
		t.Fatalf("test circuit has %d constraints (%v): setups in tests stay ≤ 2^15", n, err)
	}
	mustCode(t, exitOK, cache, "verify", demoBundle)

	// Same circuit, proven from a trace: the stored keys are reused.
	tr := filepath.Join(dir, "trace.json")
	mustCode(t, exitOK, cache, append([]string{"infer", "--sample", "5", "--salt", "0x1234", "--trace", tr}, stack...)...)
	fromTrace := filepath.Join(dir, "trace-bundle.json")
	mustCode(t, exitOK, cache, "prove", "--trace", tr, "--model", stack[1], "--out", fromTrace)
	mustCode(t, exitOK, cache, "verify", "--json", fromTrace)
	for _, p := range []string{tr, fromTrace} {
		mustCode(t, exitOK, cache, "inspect", p)
	}

	// A trace whose output was changed no longer matches the model.
	raw, err := os.ReadFile(tr)
	if err != nil {
		t.Fatal(err)
	}
	var tj map[string]any
	if err := json.Unmarshal(raw, &tj); err != nil {
		t.Fatal(err)
	}
	outVals := tj["output"].([]any)
	outVals[0] = outVals[0].(float64) + 1
	forged, _ := json.Marshal(tj)
	forgedPath := filepath.Join(dir, "forged-trace.json")
	if err := os.WriteFile(forgedPath, forged, 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitBadInput, cache, "prove", "--trace", forgedPath, "--model", stack[1], "--out", filepath.Join(dir, "never.json"))
	if _, err := os.Stat(filepath.Join(dir, "never.json")); !os.IsNotExist(err) {
		t.Fatalf("a failed prove left a bundle behind (stat: %v)", err)
	}

	// Tampered bundles: each must fail verification with exit code 1.
	good, err := os.ReadFile(demoBundle)
	if err != nil {
		t.Fatal(err)
	}
	tamper := map[string]func(b map[string]any){
		"proof": func(b map[string]any) {
			p := []byte(b["proof"].(string))
			if p[10] == '1' {
				p[10] = '2'
			} else {
				p[10] = '1'
			}
			b["proof"] = string(p)
		},
		"output": func(b map[string]any) {
			o := b["output"].([]any)
			o[0], o[1] = o[1], o[0]
			if o[0] == o[1] {
				o[0] = o[0].(float64) + 1
			}
		},
		"input digest": func(b map[string]any) {
			pi := b["public_inputs"].([]any)
			pi[2].(map[string]any)["value"] = "0x" + strings.Repeat("0", 63) + "7"
			b["input_digest"] = pi[2].(map[string]any)["value"]
		},
		"adapter commitment": func(b map[string]any) {
			pi := b["public_inputs"].([]any)
			pi[1].(map[string]any)["value"] = "0x" + strings.Repeat("0", 63) + "5"
			b["adapter"].(map[string]any)["commitment"] = pi[1].(map[string]any)["value"]
		},
		"vk hash": func(b map[string]any) { b["vk_sha256"] = strings.Repeat("ab", 32) },
		"statement only": func(b map[string]any) {
			b["output_digest"] = "0x" + strings.Repeat("0", 63) + "9"
		},
	}
	for name, f := range tamper {
		t.Run("tampered "+name, func(t *testing.T) {
			var b map[string]any
			if err := json.Unmarshal(good, &b); err != nil {
				t.Fatal(err)
			}
			f(b)
			data, _ := json.Marshal(b)
			p := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			// A changed vk hash names no stored key: pass the key itself.
			args := []string{"verify", p}
			if name == "vk hash" {
				var m map[string]any
				_ = json.Unmarshal(good, &m)
				digest := m["circuit"].(map[string]any)["digest"].(string)
				args = []string{"verify", "--vk", filepath.Join(cache, "keys", digest, "vk.bin"), p}
			}
			mustCode(t, exitVerify, cache, args...)
		})
	}
}

// TestCeremony runs a complete two-phase MPC ceremony through the CLI for the
// base model's (small) circuit, then proves and verifies with its keys.
func TestCeremony(t *testing.T) {
	if testing.Short() {
		t.Skip("ceremony: -short")
	}
	cache, dir := t.TempDir(), t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	mustCode(t, exitOK, cache, "ceremony", "phase1", "init", "--no-adapter", p("p1.0"))
	mustCode(t, exitOK, cache, "ceremony", "phase1", "contribute", p("p1.0"), p("p1.1"))
	mustCode(t, exitOK, cache, "ceremony", "phase1", "contribute", p("p1.1"), p("p1.2"))
	mustCode(t, exitOK, cache, "ceremony", "phase1", "verify", "--beacon", "0x0badbeef", "--out", p("srs"), p("p1.1"), p("p1.2"))
	// Out of order contributions are refused.
	mustCode(t, exitBadInput, cache, "ceremony", "phase1", "verify", "--beacon", "0x0badbeef", "--out", p("srs2"), p("p1.2"))
	mustCode(t, exitOK, cache, "ceremony", "phase2", "init", "--no-adapter", "--srs", p("srs"), p("p2.0"))
	mustCode(t, exitOK, cache, "ceremony", "phase2", "contribute", p("p2.0"), p("p2.1"))
	mustCode(t, exitOK, cache, "ceremony", "inspect", p("p2.1"))
	// Without keys, prove refuses unless told to run a development setup.
	mustCode(t, exitBadInput, cache, "prove", "--no-adapter", "--out", p("b0.json"))
	mustCode(t, exitOK, cache, "ceremony", "phase2", "verify", "--no-adapter", "--srs", p("srs"), "--beacon", "0x01", p("p2.1"))
	mustCode(t, exitOK, cache, "prove", "--no-adapter", "--sample", "2", "--out", p("b.json"))
	mustCode(t, exitOK, cache, "verify", p("b.json"))
	manifests, _ := filepath.Glob(filepath.Join(cache, "keys", "*", "manifest.json"))
	if len(manifests) != 1 {
		t.Fatalf("want one key store entry, got %v", manifests)
	}
	m, err := os.ReadFile(manifests[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(m, []byte(`"setup": "mpc"`)) || !bytes.Contains(m, []byte(`"phase2_beacon": "01"`)) {
		t.Fatalf("manifest does not record the ceremony:\n%s", m)
	}
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
		{[]string{"verify", deltaFile}, "verify-delta"},
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
	dir := t.TempDir()
	sub, err := fs.Sub(demo.FS(), demo.MNISTAdapterDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Materialize(dir, sub); err != nil {
		t.Fatal(err)
	}
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
		{[]string{"export-solidity", "--vk", "../../contracts/testdata/fixtures/tiny/vk.bin", "--out", under}, "--out"},
	} {
		t.Run(tc.args[0], func(t *testing.T) {
			out := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(out, tc.flag) {
				t.Fatalf("message %q does not name %s", out, tc.flag)
			}
		})
	}
}
