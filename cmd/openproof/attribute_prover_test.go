//go:build prover_checks

package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/prover/ceremony"
)

// TestAttributedProof runs setup, prove, verify and inspect of an
// attributed proof through the CLI, with the small stack and three
// contributors (a circuit below 2^15 constraints), then tampered bundles
// (exit 1) and bad artifacts (exit 2 naming the file).
func TestAttributedProof(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	stack := smallStack(t)
	art := writeArtifacts(t, stack[1], stack[3], 3)

	out := mustCode(t, exitOK, cache, append([]string{"setup", "--attribution", art}, stack...)...)
	if !strings.Contains(out, "lora-attributed/") {
		t.Fatalf("setup does not name the attributed circuit:\n%s", out)
	}
	var n int
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "constraints" {
			fmt.Sscan(f[1], &n)
		}
	}
	if n < 1 || n > 1<<15 {
		t.Fatalf("attributed test circuit has %d constraints: setups in tests stay ≤ 2^15\n%s", n, out)
	}
	t.Logf("attributed circuit: %d constraints", n)
	// A ceremony sizes its domain from the same circuit.
	power, err := ceremony.Power(n)
	if err != nil {
		t.Fatal(err)
	}
	out = mustCode(t, exitOK, cache, append(append([]string{"ceremony", "phase1", "init", "--attribution", art}, stack...), filepath.Join(dir, "p1.0"))...)
	if !strings.Contains(out, fmt.Sprintf("(2^%d)", power)) {
		t.Fatalf("phase1 init for the attributed circuit (%d constraints) does not use 2^%d:\n%s", n, power, out)
	}

	tr := filepath.Join(dir, "trace.json")
	mustCode(t, exitOK, cache, append([]string{"infer", "--sample", "3", "--salt", "0x77", "--trace", tr}, stack...)...)
	bpath := filepath.Join(dir, "bundle.json")
	out = mustCode(t, exitOK, cache, "prove", "--trace", tr, "--model", stack[1], "--attribution", art, "--out", bpath)
	if !strings.Contains(out, "attribution to 3 contributors") {
		t.Fatalf("prove summary lacks the attribution:\n%s", out)
	}
	out = mustCode(t, exitOK, cache, "verify", bpath)
	for _, want := range []string{"attribution_weights", "contributor", "ppm", "datanet_root"} {
		if !strings.Contains(out, want) {
			t.Fatalf("verify output lacks %q:\n%s", want, out)
		}
	}
	out = mustCode(t, exitOK, cache, "inspect", bpath)
	for _, want := range []string{"public datanet_root", "public attribution_digest", "contrib-"} {
		if !strings.Contains(out, want) {
			t.Fatalf("inspect output lacks %q:\n%s", want, out)
		}
	}
	good, err := os.ReadFile(bpath)
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		PublicInputs []struct{ Name string } `json:"public_inputs"`
		Attribution  struct {
			Weights []struct{ PPM uint32 } `json:"weights"`
		} `json:"attribution"`
	}
	if err := json.Unmarshal(good, &b); err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, p := range b.PublicInputs {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, ","); got != "model_digest,adapter_commitment,input_digest,output_digest,datanet_root,attribution_digest" {
		t.Fatalf("public inputs %s", got)
	}
	var sum uint32
	for _, w := range b.Attribution.Weights {
		sum += w.PPM
	}
	if len(b.Attribution.Weights) != 3 || sum != 1_000_000 {
		t.Fatalf("weights %+v", b.Attribution.Weights)
	}

	// `attribute` computes the same weights without proving, from the
	// trace or by running the inference, and splits a fee by them.
	var bd struct {
		Attribution struct {
			Digest  string `json:"digest"`
			Weights []struct {
				PPM uint32 `json:"ppm"`
			} `json:"weights"`
		} `json:"attribution"`
	}
	if err := json.Unmarshal(good, &bd); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"attribute", "--attribution", art, "--trace", tr, "--model", stack[1], "--json"},
		append([]string{"attribute", "--attribution", art, "--sample", "3", "--json", "--platform-fee", "1000", "--tokens-in", "1500", "--rate-in", "2000000"}, stack...),
	} {
		var got struct {
			Digest       string `json:"digest"`
			Contributors []struct {
				PPM    uint32   `json:"ppm"`
				Payout *big.Int `json:"payout_wei"`
			} `json:"contributors"`
			Split *struct {
				Fee, Platform, Owner, Stakers *big.Int
			} `json:"split"`
		}
		code, stdout, stderr := runCLI(t, cache, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stdout)
		}
		if !strings.EqualFold(got.Digest, bd.Attribution.Digest) || len(got.Contributors) != len(bd.Attribution.Weights) {
			t.Fatalf("attribute gives digest %s for %d contributors, the proof %s for %d", got.Digest, len(got.Contributors), bd.Attribution.Digest, len(bd.Attribution.Weights))
		}
		for i, c := range got.Contributors {
			if c.PPM != bd.Attribution.Weights[i].PPM {
				t.Fatalf("contributor %d: attribute %d ppm, proof %d ppm", i, c.PPM, bd.Attribution.Weights[i].PPM)
			}
		}
		if got.Split != nil {
			total := new(big.Int).Add(got.Split.Platform, got.Split.Owner)
			total.Add(total, got.Split.Stakers)
			for _, c := range got.Contributors {
				total.Add(total, c.Payout)
			}
			// 1500 tokens at 2,000,000 wei per 1,000 tokens: 3,000,000 wei net.
			if want := big.NewInt(3_000_000 + 1000); got.Split.Fee.Cmp(want) != 0 || total.Cmp(want) != 0 {
				t.Fatalf("fee %s, parts sum to %s, want %s", got.Split.Fee, total, want)
			}
		}
	}
	out = mustCode(t, exitOK, cache, "attribute", "--attribution", art, "--trace", tr, "--model", stack[1], "--platform-fee", "7")
	if !strings.Contains(out, "payout (wei)") || !strings.Contains(out, "contrib-0") {
		t.Fatalf("attribute table lacks payouts or contributor ids:\n%s", out)
	}
	mustCode(t, exitBadInput, cache, append([]string{"attribute", "--attribution", art, "--owner-bps", "9000"}, stack...)...)
	mustCode(t, exitBadInput, cache, append([]string{"attribute", "--attribution", art, "--rate-in", "-3"}, stack...)...)

	// Tampered attribution: exit 1.
	tamper := map[string]func(m map[string]any){
		"weight moved": func(m map[string]any) {
			ws := m["attribution"].(map[string]any)["weights"].([]any)
			from, to := 0, 1
			if ws[0].(map[string]any)["ppm"].(float64) == 0 {
				from, to = 1, 0
				if ws[1].(map[string]any)["ppm"].(float64) == 0 {
					from = 2
				}
			}
			ws[from].(map[string]any)["ppm"] = ws[from].(map[string]any)["ppm"].(float64) - 1
			ws[to].(map[string]any)["ppm"] = ws[to].(map[string]any)["ppm"].(float64) + 1
		},
		"other root": func(m map[string]any) {
			r := "0x" + strings.Repeat("0", 63) + "3"
			m["attribution"].(map[string]any)["datanet_root"] = r
			m["public_inputs"].([]any)[4].(map[string]any)["value"] = r
		},
		"section removed": func(m map[string]any) { delete(m, "attribution") },
	}
	for name, f := range tamper {
		t.Run("tampered "+name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(good, &m); err != nil {
				t.Fatal(err)
			}
			f(m)
			data, _ := json.Marshal(m)
			p := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			mustCode(t, exitVerify, cache, "verify", p)
		})
	}

	// Bad artifacts: exit 2, naming the file, nothing written.
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte(`{"format": "openproof-attribution", "version": 1, "params": {`), 0o644); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(art)
	if err != nil {
		t.Fatal(err)
	}
	var am map[string]any
	if err := json.Unmarshal(raw, &am); err != nil {
		t.Fatal(err)
	}
	cs := am["contributors"].([]any)
	am["contributors"] = cs[:len(cs)-1]
	dropped := filepath.Join(dir, "dropped.json")
	data, _ := json.Marshal(am)
	if err := os.WriteFile(dropped, data, 0o644); err != nil {
		t.Fatal(err)
	}
	otherAdapter := writeArtifacts(t, "", "", 3) // the embedded rank-8 adapter
	fourContributors := writeArtifacts(t, stack[1], stack[3], 4)
	never := filepath.Join(dir, "never.json")
	tests := []struct {
		name, file string
		args       []string
		want       string
	}{
		{"malformed", garbage, nil, "garbage.json"},
		{"contributor dropped", dropped, nil, "dropped.json"},
		{"another adapter", otherAdapter, nil, "sketch has"},
		{"missing", filepath.Join(dir, "missing.json"), nil, "missing.json"},
		{"more contributors than the keys", fourContributors, nil, "no keys"},
		{"no adapter", art, []string{"--no-adapter"}, "needs an adapter"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"prove", "--trace", tr, "--model", stack[1], "--attribution", tc.file, "--out", never}
			if tc.args != nil {
				args = append([]string{"prove", "--sample", "1", "--model", stack[1], "--attribution", tc.file, "--out", never}, tc.args...)
			}
			out := mustCode(t, exitBadInput, cache, args...)
			if !strings.Contains(out, tc.want) || !strings.Contains(out, filepath.Base(tc.file)) {
				t.Fatalf("message lacks %q or the file name %s:\n%s", tc.want, filepath.Base(tc.file), out)
			}
		})
	}
	if _, err := os.Stat(never); !os.IsNotExist(err) {
		t.Fatalf("a failed prove wrote its bundle (stat: %v)", err)
	}
}
