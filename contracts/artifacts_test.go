package contracts_test

import (
	"errors"
	"os/exec"
	"testing"

	"github.com/openproof/openproof/contracts"
)

// TestArtifactsUpToDate rebuilds build/combined.json and the Go bindings
// from src/ with the pinned compiler and fails on any difference. It needs
// node (and, once, npm and the network to fill the cache); without them it
// skips, and the committed artifacts stay what the other tests use.
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

func TestLoadArtifact(t *testing.T) {
	for _, name := range []string{"OpenProofSettlement", "MnistDemoVerifier", "MnistDemoGnarkVerifier", "OptimismMintableERC20"} {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Bin) == 0 || len(a.Runtime) == 0 || len(a.ABI) == 0 {
			t.Errorf("%s: empty artifact", name)
		}
	}
	if _, err := contracts.LoadArtifact("NoSuchContract"); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("unknown contract: got %v, want ErrBadInput", err)
	}
	if v, err := contracts.CompilerVersion(); err != nil || v == "" {
		t.Errorf("compiler version %q, %v", v, err)
	}
}
