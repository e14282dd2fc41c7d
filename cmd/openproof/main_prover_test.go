//go:build prover_checks

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
