//go:build release_checks

package contracts_test

import (
	"errors"
	"os/exec"
	"testing"
)

// TestArtifactsUpToDate rebuilds build/combined.json, the Go bindings and
// the test contracts' artifacts from their sources with the pinned compiler
// and fails on any difference. It needs node (and, once, npm and the network
// to fill the cache); without them it skips, and the committed artifacts stay
// what the other tests use. A release check (-tags release_checks, as `make
// test` sets): a rebuild takes minutes.
func TestArtifactsUpToDate(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed: cannot rebuild the contracts (the committed artifacts are used as they are)")
	}
	out, err := exec.Command("bash", "build.sh", "--check").CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 3 {
		t.Skipf("contracts toolchain unavailable, not checking the artifacts:\n%s", out)
	}
	if err != nil {
		if len(out) > 4000 {
			out = append(out[:4000], "\n…"...)
		}
		t.Fatalf("committed artifacts differ from a fresh build (run `make contracts`): %v\n%s", err, out)
	}
}
