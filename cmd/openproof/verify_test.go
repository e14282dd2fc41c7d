package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyCommittedBundles runs `verify` on the committed real demo proofs
// (plain and attributed) with their verifying keys, and on copies whose
// claimed output no longer matches the proven output digest: the fast tier's
// end-to-end check of the verifier command (no proving).
func TestVerifyCommittedBundles(t *testing.T) {
	cache := t.TempDir()
	for _, fx := range []string{"demo", "demo-attributed"} {
		dir := filepath.Join(contractsDir, "testdata", "fixtures", fx)
		b, vk := filepath.Join(dir, "bundle-0.json"), filepath.Join(dir, "vk.bin")
		t.Run(fx, func(t *testing.T) {
			if out := mustCode(t, exitOK, cache, "verify", "--vk", vk, b); !strings.Contains(out, "verified") {
				t.Errorf("verify: %s", out)
			}
			data, err := os.ReadFile(b)
			if err != nil {
				t.Fatal(err)
			}
			// The output vector's first entry, changed: the proof's output
			// digest no longer matches it.
			i := strings.Index(string(data), `"output": [`)
			if i < 0 {
				t.Fatalf("%s has no output", b)
			}
			j := i + len(`"output": [`)
			for data[j] == ' ' || data[j] == '\n' {
				j++
			}
			k := j
			for data[k] == '-' || (data[k] >= '0' && data[k] <= '9') {
				k++
			}
			lied := string(data[:j]) + "99" + string(data[k:])
			if string(data[j:k]) == "99" {
				lied = string(data[:j]) + "98" + string(data[k:])
			}
			bad := filepath.Join(t.TempDir(), "bundle.json")
			if err := os.WriteFile(bad, []byte(lied), 0o644); err != nil {
				t.Fatal(err)
			}
			mustCode(t, exitVerify, cache, "verify", "--vk", vk, bad)
		})
	}
}

// The adapter owner is verified only when --adapter-inner and
// --adapter-owner recompute the proven commitment.
func TestVerifyAdapterOwner(t *testing.T) {
	cache := t.TempDir()
	dir := filepath.Join(contractsDir, "testdata", "fixtures", "demo-attributed")
	b, vk := filepath.Join(dir, "bundle-0.json"), filepath.Join(dir, "vk.bin")
	inner := demoAdapterInner(t)
	if out := mustCode(t, exitOK, cache, "verify", "--vk", vk, b); !strings.Contains(out, "adapter owner: unverified") {
		t.Errorf("verify without owner flags: %s", out)
	}
	out := mustCode(t, exitOK, cache, "verify", "--vk", vk, "--adapter-inner", inner, "--adapter-owner", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", b)
	if !strings.Contains(out, "adapter owner 0x70997970c51812dc3a010c7d01b50e0d17dc79c8 verified") {
		t.Errorf("verify with the demo owner: %s", out)
	}
	mustCode(t, exitVerify, cache, "verify", "--vk", vk, "--adapter-inner", inner, "--adapter-owner", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", b)
	mustCode(t, exitBadInput, cache, "verify", "--vk", vk, "--adapter-inner", inner, b)
}
