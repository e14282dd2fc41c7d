package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
)

// TestExitCode: one table for every exit code the binary returns.
func TestExitCode(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, exitOK},
		{"command's bad input", usageErr("--x: bad"), exitBadInput},
		{"command's failed verification", verifyFailed{errors.New("no")}, exitVerify},
		{"library bad input", fmt.Errorf("read: %w", errs.BadInput("trailing data")), exitBadInput},
		{"library not verified", errs.NotVerified("pairing"), exitVerify},
		{"missing file", fmt.Errorf("open: %w", fs.ErrNotExist), exitBadInput},
		{"unreadable file", fs.ErrPermission, exitBadInput},
		{"unknown flag", errors.New("flag provided but not defined: -bogus"), exitBadInput},
		{"missing required flag", errors.New(`Required flag "out" not set`), exitBadInput},
		// The command's verdict wins over the library error it wraps.
		{"verification failed on a shape error", verifyFailed{errs.BadInput("does not fit the trace")}, exitVerify},
		{"bad input wrapping a failed check", badInput{verifyFailed{errors.New("x")}}, exitBadInput},
		{"interrupt", context.Canceled, exitInternal},
		{"anything else", errors.New("disk on fire"), exitInternal},
	} {
		if got := exitCode(tc.err); got != tc.want {
			t.Errorf("%s: exitCode(%v) = %d, want %d", tc.name, tc.err, got, tc.want)
		}
	}
}

// TestExitCodesDocumented: `openproof --help` lists every exit code.
func TestExitCodesDocumented(t *testing.T) {
	out := mustCode(t, exitOK, t.TempDir(), "--help")
	for _, code := range []int{exitOK, exitVerify, exitBadInput, exitInternal} {
		if !regexp.MustCompile(fmt.Sprintf(`(?m)^\s+%d  \S`, code)).MatchString(out) {
			t.Errorf("--help does not document exit code %d:\n%s", code, out)
		}
	}
}

// TestFlagAliases: old flag names parse as the flag they were merged into,
// and help shows only the new name.
func TestFlagAliases(t *testing.T) {
	cache := t.TempDir()
	base := embeddedDir(t, demo.MNISTBaseDir)
	// --base is --model: the same inference, printed the same.
	byModel := mustCode(t, exitOK, cache, "infer", "--model", base, "--no-adapter", "--sample", "3", "--json")
	byBase := mustCode(t, exitOK, cache, "infer", "--base", base, "--no-adapter", "--sample", "3", "--json")
	if byModel != byBase {
		t.Errorf("infer --base differs from --model:\n%s\n%s", byBase, byModel)
	}
	// --circuit is --circuit-digest: with --bundle, two key sources.
	msg := mustCode(t, exitBadInput, cache, "export-solidity", "--circuit", strings.Repeat("a", 64), "--bundle", demoBundle, "--out", filepath.Join(t.TempDir(), "v.sol"))
	if !strings.Contains(msg, "exactly one of") {
		t.Errorf("export-solidity --circuit --bundle: %s", msg)
	}
	for _, tc := range []struct{ args, want, hidden []string }{
		{[]string{"infer", "--help"}, []string{"--model value", "MODEL AND INPUT", "OUTPUT"}, []string{"--base"}},
		{[]string{"audit", "--help"}, []string{"--model value"}, []string{"--base"}},
		{[]string{"train", "--help"}, []string{"--model value", "--datanet value"}, []string{"--base"}},
		{[]string{"export-solidity", "--help"}, []string{"--circuit-digest value"}, []string{", --circuit"}},
	} {
		helpShows(t, cache, tc.args, tc.want, tc.hidden)
	}
}

// cube is a tiny circuit with the one Groth16 commitment the Solidity
// verifier needs.
type cube struct {
	X, Y frontend.Variable `gnark:",public"`
}

func (c *cube) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X, c.X), c.Y)
	r, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(r, 0)
	return nil
}

// TestChainDeployDevKeys: chain deploy refuses a verifier with development
// (or unknown) keys unless --dev, and warns when it deploys one; a key from
// the MPC ceremony needs no flag. Nothing listens at --rpc: a verifier that
// passes the check fails to connect (still exit 2, naming the node).
func TestChainDeployDevKeys(t *testing.T) {
	keys, digest, put := cubeKeys(t)
	bin := filepath.Join(t.TempDir(), "verifier.bin")
	if err := os.WriteFile(bin, []byte("0x6080"), 0o644); err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(key, []byte(strings.Repeat("11", 32)), 0o600); err != nil {
		t.Fatal(err)
	}
	dead := "http://127.0.0.1:1"
	addr := "0x000000000000000000000000000000000000bEEF"
	deploy := []string{"chain", "deploy", "--rpc", dead, "--key-file", key, "--treasury", addr, "--staking-pool", addr, "--keys", keys}
	check := func(name string, args []string, want, wantWarning bool, msg string) {
		t.Helper()
		code, out, stderr := runCLI(t, t.TempDir(), append(append([]string(nil), deploy...), args...)...)
		if code != exitBadInput || !strings.Contains(out+stderr, msg) {
			t.Errorf("%s: exit %d, want %d with %q:\n%s%s", name, code, exitBadInput, msg, out, stderr)
		}
		if got := strings.Contains(stderr, "WARNING: --dev"); got != wantWarning {
			t.Errorf("%s: warning printed %v, want %v:\n%s", name, got, wantWarning, stderr)
		}
		_ = want
	}
	check("committed fixture", []string{"--verifier", "MnistDemoVerifier"}, false, false, "--dev")
	check("committed fixture with --dev", []string{"--verifier", "MnistDemoVerifier", "--dev"}, true, true, dead)
	check("committed ceremony verifier", []string{"--verifier", "MnistDemoCeremonyVerifier"}, true, false, dead)
	check("bytecode of unknown keys", []string{"--verifier-bin", bin}, false, false, "--circuit-digest")
	check("bytecode of unknown keys with --dev", []string{"--verifier-bin", bin, "--dev"}, true, true, dead)
	check("digest without bytecode", []string{"--circuit-digest", digest}, false, false, "--verifier-bin")
	check("missing key store entry", []string{"--verifier-bin", bin, "--circuit-digest", strings.Repeat("b", 64)}, false, false, "key store")
	put(keystore.Info{Setup: keystore.SetupDev})
	check("development keys", []string{"--verifier-bin", bin, "--circuit-digest", digest}, false, false, "development")
	check("development keys with --dev", []string{"--verifier-bin", bin, "--circuit-digest", digest, "--dev"}, true, true, dead)
	put(keystore.Info{Setup: keystore.SetupMPC, Transcript: &keystore.Transcript{Phase1: []string{"aa"}, Phase2: []string{"bb"}}})
	check("ceremony keys", []string{"--verifier-bin", bin, "--circuit-digest", digest}, true, false, dead)
}

// cubeKeys is a key store with no entry yet for the tiny cube circuit: put
// stores its (development-made) keys under the setup kind info names.
func cubeKeys(t *testing.T) (keys, digest string, put func(keystore.Info)) {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &cube{})
	if err != nil {
		t.Fatal(err)
	}
	if digest, err = prover.CircuitDigest(ccs); err != nil {
		t.Fatal(err)
	}
	pk, vk, err := prover.DevSetup(context.Background(), ccs)
	if err != nil {
		t.Fatal(err)
	}
	keys = t.TempDir()
	ks, err := keystore.Open(keys)
	if err != nil {
		t.Fatal(err)
	}
	return keys, digest, func(info keystore.Info) {
		t.Helper()
		info.CircuitName = "cube"
		if err := ks.Put(digest, info, pk, vk); err != nil {
			t.Fatal(err)
		}
	}
}

// TestExportSolidityDevKeys: export-solidity refuses keys whose manifest
// says development setup, and --vk files (origin unknown), unless --dev,
// which warns; ceremony keys export with no flag. Nothing is written when
// refused.
func TestExportSolidityDevKeys(t *testing.T) {
	keys, digest, put := cubeKeys(t)
	vkFile := filepath.Join(keys, digest, keystore.VKFile)
	check := func(name string, args []string, want int, msg string, warning bool) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "V.sol")
		code, stdout, stderr := runCLI(t, t.TempDir(), append([]string{"export-solidity", "--keys", keys, "--out", out}, args...)...)
		if code != want || !strings.Contains(stdout+stderr, msg) {
			t.Errorf("%s: exit %d, want %d with %q:\n%s%s", name, code, want, msg, stdout, stderr)
		}
		if got := strings.Contains(stderr, "WARNING: --dev: exporting"); got != warning {
			t.Errorf("%s: warning printed %v, want %v:\n%s", name, got, warning, stderr)
		}
		if _, err := os.Stat(out); (err == nil) != (want == exitOK) {
			t.Errorf("%s: verifier written: %v, want %v", name, err == nil, want == exitOK)
		}
	}
	put(keystore.Info{Setup: keystore.SetupDev})
	check("development keys", []string{"--circuit-digest", digest}, exitBadInput, "--dev", false)
	check("development keys with --dev", []string{"--circuit-digest", digest, "--dev"}, exitOK, "verifier", true)
	check("vk file", []string{"--vk", vkFile}, exitBadInput, "--vk file", false)
	check("vk file with --dev", []string{"--vk", vkFile, "--dev"}, exitOK, "verifier", true)
	put(keystore.Info{Setup: keystore.SetupMPC, Transcript: &keystore.Transcript{Phase1: []string{"aa"}, Phase2: []string{"bb"}}})
	check("ceremony keys", []string{"--circuit-digest", digest}, exitOK, "verifier", false)
}

// TestUnprovenTensorsWarn: an adapter with a modules_to_save head loads,
// and infer names the tensor it does not apply or prove on stderr, leaving
// the --json output on stdout unchanged.
func TestUnprovenTensorsWarn(t *testing.T) {
	cache := t.TempDir()
	base, dir := embeddedDir(t, demo.MNISTBaseDir), embeddedDir(t, demo.MNISTAdapterDir)
	args := []string{"infer", "--model", base, "--adapter", dir, "--sample", "2", "--json"}
	code, plain, _ := runCLI(t, cache, args...)
	if code != exitOK {
		t.Fatalf("infer: exit %d", code)
	}
	cfgPath := filepath.Join(dir, "adapter_config.json")
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg = bytes.Replace(cfg, []byte(`"modules_to_save": null`), []byte(`"modules_to_save": ["score"]`), 1)
	if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	wPath := filepath.Join(dir, "adapter_model.safetensors")
	f, err := safetensors.Read(wPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Add(safetensors.NewF32("base_model.model.score.weight", []int{2, 2}, []float32{1, 2, 3, 4})); err != nil {
		t.Fatal(err)
	}
	if err := safetensors.Write(wPath, f); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, cache, args...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != plain {
		t.Errorf("--json output changed:\n%s\nwant\n%s", stdout, plain)
	}
	if !strings.Contains(stderr, "warning:") || !strings.Contains(stderr, "base_model.model.score.weight") {
		t.Errorf("stderr does not name the unproven tensor:\n%s", stderr)
	}
}
