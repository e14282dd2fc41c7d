// Package fuzzseed writes a fuzz target's committed seed corpus in the
// format `go test` replays (testdata/fuzz/<Target>/<name>), for the
// flag-gated tests that regenerate corpora. Test-only.
package fuzzseed

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Write writes each seed of a fuzz target with one []byte argument to
// testdata/fuzz/<target>/<name> of the calling test's package.
func Write[S ~string | ~[]byte](t testing.TB, target string, seeds map[string]S) {
	t.Helper()
	dir := filepath.Join("testdata", "fuzz", target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range seeds {
		if err := os.WriteFile(filepath.Join(dir, name), Encode([]byte(b)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Encode is one corpus file holding the []byte argument b.
func Encode(b []byte) []byte {
	return fmt.Appendf(nil, "go test fuzz v1\n[]byte(%q)\n", b)
}
