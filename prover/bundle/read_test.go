package bundle_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover/bundle"
)

// TestReadLimits: each format's reader refuses, as bad input, a file one
// byte over MaxSize (sparse, no 64 MiB write), a missing file and a
// directory.
func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(bundle.MaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	readers := map[string]func(string) error{
		"bundle": func(p string) error { _, err := bundle.Read(p); return err },
		"delta":  func(p string) error { _, err := bundle.ReadDelta(p); return err },
		"merge":  func(p string) error { _, err := bundle.ReadMerge(p); return err },
	}
	for format, read := range readers {
		for name, path := range map[string]string{"too large": big, "missing": filepath.Join(dir, "none.json"), "directory": dir} {
			if err := read(path); !errors.Is(err, errs.ErrBadInput) {
				t.Errorf("%s, %s: %v, want bad input", format, name, err)
			}
		}
	}
}
