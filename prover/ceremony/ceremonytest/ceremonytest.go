//go:build unix

// Package ceremonytest makes Powers of Tau files with snarkjs from npm for
// the prover_checks tests of the ceremony (prover/ceremony, contracts).
// Test support only.
package ceremonytest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/openproof/openproof/prover/ceremony"
)

// SnarkjsVersion is the snarkjs the tests make .ptau files with.
const SnarkjsVersion = "0.7.6"

// Snarkjs installs snarkjs from npm once into the user cache (a file lock
// keeps parallel test processes from installing twice) and returns its
// command. It skips the test only when npm is missing.
func Snarkjs(t testing.TB) string {
	t.Helper()
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not found: the .ptau tests make their Powers of Tau with snarkjs from npm")
	}
	dir := filepath.Join(CacheDir(t), "npm", "snarkjs@"+SnarkjsVersion)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	defer lock(t, dir+".lock")()
	bin := filepath.Join(dir, "node_modules", ".bin", "snarkjs")
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "install", "--prefix", dir, "--no-audit", "--no-fund", "--save-exact", "snarkjs@"+SnarkjsVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install snarkjs@%s: %v\n%s", SnarkjsVersion, err, out)
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("npm installed snarkjs@%s without %s: %v", SnarkjsVersion, bin, err)
	}
	return bin
}

// CacheDir is openproof's cache directory, as `make` and the command see
// it: $OPENPROOF_CACHE, by default openproof in the user cache directory.
func CacheDir(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("OPENPROOF_CACHE"); dir != "" {
		return dir
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(cache, "openproof")
}

// lock takes an exclusive lock on path (created if missing), which keeps
// parallel test processes from making the same file twice; it returns the
// unlock.
func lock(t testing.TB, path string) func() {
	t.Helper()
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatal(err)
	}
	return func() { f.Close() } // closing unlocks
}

// Run runs one snarkjs command in dir.
func Run(t testing.TB, bin, dir string, args ...string) {
	t.Helper()
	run(t, 5*time.Minute, bin, dir, args...)
}

// run runs one snarkjs command in dir, for at most timeout.
func run(t testing.TB, timeout time.Duration, bin, dir string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("snarkjs %v: %v\n%s", args, err, out)
	}
}

// MakePtau makes a .ptau of the given power in dir the way a public
// ceremony does: two contributions, a beacon, and the phase-2 preparation.
func MakePtau(t testing.TB, dir string, power int) string {
	t.Helper()
	bin := Snarkjs(t)
	Run(t, bin, dir, "powersoftau", "new", "bn128", fmt.Sprint(power), "pot0.ptau")
	Run(t, bin, dir, "powersoftau", "contribute", "pot0.ptau", "pot1.ptau", "--name=first", "-e=first contributor's entropy")
	Run(t, bin, dir, "powersoftau", "contribute", "pot1.ptau", "pot2.ptau", "--name=second", "-e=second contributor's entropy")
	Run(t, bin, dir, "powersoftau", "beacon", "pot2.ptau", "pot3.ptau", "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "10", "-n=beacon")
	Run(t, bin, dir, "powersoftau", "prepare", "phase2", "pot3.ptau", "final.ptau")
	return filepath.Join(dir, "final.ptau")
}

// CachedPtau returns a .ptau of the given power that snarkjs made with one
// contribution of fresh random entropy (`powersoftau new`, then
// `contribute`), kept in the cache directory as
// ptau/snarkjs@VERSION/potPOWER.ptau: at power 16 snarkjs takes minutes,
// and only the first run pays them. Nothing trusts the cached file: the
// ceremony imports it as it does any .ptau, checking its sections and
// every power against each other. `make ceremony-verifiers`
// (scripts/ceremony/test-ceremony.sh) makes and uses the same file.
func CachedPtau(t testing.TB, power int) string {
	t.Helper()
	dir := filepath.Join(CacheDir(t), "ptau", "snarkjs@"+SnarkjsVersion)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("pot%d.ptau", power))
	defer lock(t, path+".lock")()
	if _, err := os.Stat(path); err == nil {
		return path
	}
	bin := Snarkjs(t)
	tmp, err := os.MkdirTemp(dir, "make-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	entropy := make([]byte, 32)
	if _, err := rand.Read(entropy); err != nil {
		t.Fatal(err)
	}
	// At power 16 on a loaded machine a contribution takes over 5 minutes.
	run(t, 30*time.Minute, bin, tmp, "powersoftau", "new", "bn128", fmt.Sprint(power), "pot0.ptau")
	run(t, 30*time.Minute, bin, tmp, "powersoftau", "contribute", "pot0.ptau", "pot1.ptau", "--name=local", "-e="+hex.EncodeToString(entropy))
	if err := os.Rename(filepath.Join(tmp, "pot1.ptau"), path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TamperPtau writes to dst a copy of the .ptau src with [τ¹]₁ and [τ²]₁
// swapped: both are still valid points, only the check of the powers
// against each other finds the swap.
func TamperPtau(t testing.TB, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	const g1 = 64 // an uncompressed G1 point in a .ptau
	pos := 12     // "ptau" | version u32 | nSections u32
	for range binary.LittleEndian.Uint32(b[8:]) {
		typ, size := binary.LittleEndian.Uint32(b[pos:]), int(binary.LittleEndian.Uint64(b[pos+4:]))
		if typ == 2 { // [τⁱ]₁
			swap(b[pos+12+g1:pos+12+2*g1], b[pos+12+2*g1:pos+12+3*g1])
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		pos += 12 + size
	}
	t.Fatalf("%s has no [τⁱ]₁ section", src)
}

// TamperContribution swaps [δ]₁ and PKK[0] (both valid G1
// points) in phase-2 contribution i of the signed ceremony in dir, and has
// key sign its receipt again for the new hash: every signature and the
// hash chain check, only gnark's update proof can refuse it. Later
// receipts, which build on the old chain, are left as they are: refuse the
// ceremony at contribution i (the last one) only.
func TamperContribution(t testing.TB, dir string, i int, key *ecdsa.PrivateKey) {
	t.Helper()
	path := filepath.Join(dir, ceremony.Phase2File(i))
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const magic = "openproof.mpc\n"
	if !bytes.HasPrefix(b, []byte(magic)) {
		t.Fatalf("%s is not a ceremony file", path)
	}
	// The parameters, after the header: [δ]₁ at 2 and PKK[0] at 38, 32
	// bytes each (compressed), as prover/ceremony's tests tamper them.
	params := b[len(magic)+4+int(binary.BigEndian.Uint32(b[len(magic):])):]
	swap(params[2:34], params[38:70])
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ceremony.Inspect(path)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := ceremony.ReadPlan(filepath.Join(dir, ceremony.PlanFile))
	if err != nil {
		t.Fatal(err)
	}
	rpath := filepath.Join(dir, ceremony.ReceiptFile(i))
	rb, err := os.ReadFile(rpath)
	if err != nil {
		t.Fatal(err)
	}
	var r ceremony.Receipt
	if err := ceremony.ParseReceipt(rb, &r); err != nil {
		t.Fatal(err)
	}
	r.Hash = c.Hash
	if r.Signature, err = ceremony.Sign(key, ceremony.Message(plan.CircuitDigest, &r)); err != nil {
		t.Fatal(err)
	}
	if rb, err = json.Marshal(&r); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rpath, rb, 0o644); err != nil {
		t.Fatal(err)
	}
}

func swap(a, b []byte) {
	tmp := append([]byte(nil), a...)
	copy(a, b)
	copy(b, tmp)
}
