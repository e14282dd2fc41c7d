//go:build unix

// Package ceremonytest makes Powers of Tau files with snarkjs from npm for
// the prover_checks tests of the ceremony (prover/ceremony, contracts).
// Test support only.
package ceremonytest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
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
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(cache, "openproof", "npm", "snarkjs@"+SnarkjsVersion)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	lock, err := os.OpenFile(dir+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing unlocks too
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

// Run runs one snarkjs command in dir.
func Run(t testing.TB, bin, dir string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
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
