package contracts_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/contractstest"
)

func TestLoadArtifact(t *testing.T) {
	for _, tc := range []struct {
		name string
		load func(string) (*contracts.Artifact, error)
		dev  bool
	}{
		{"OpenProofSettlement", contracts.LoadArtifact, false},
		{"AttributionDigest", contracts.LoadArtifact, false},
		{"MnistDemoVerifier", contracts.LoadArtifact, true},
		{"MnistDemoAttributedVerifier", contracts.LoadArtifact, true},
		{"MnistDemoCeremonyVerifier", contracts.LoadArtifact, false}, // src/verifiers/ceremony: a signed ceremony's keys
		{"OptimismMintableERC20", contracts.LoadArtifact, false},
		{"TestL2Bridge", contractstest.LoadArtifact, false},
		{"TinyVerifier", contractstest.LoadArtifact, true},
		{"MnistDemoGnarkVerifier", contractstest.LoadArtifact, true},
	} {
		a, err := tc.load(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Bin) == 0 || len(a.Runtime) == 0 || len(a.ABI) == 0 {
			t.Errorf("%s: empty artifact", tc.name)
		}
		if a.DevKeys() != tc.dev {
			t.Errorf("%s (%s): DevKeys %v, want %v", tc.name, a.Source, a.DevKeys(), tc.dev)
		}
		// DevKeyVerifier knows the production artifact's verifiers.
		production := strings.HasPrefix(a.Source, "src/")
		name, dev, err := contracts.DevKeyVerifier(a.Bin)
		if err != nil || dev != (tc.dev && production) || (dev && name != tc.name) {
			t.Errorf("DevKeyVerifier(%s) = %q, %v, %v; want dev %v", tc.name, name, dev, err, tc.dev && production)
		}
	}
	// Test contracts are not production artifacts, and the reverse.
	for _, name := range []string{"NoSuchContract", "TestL2Bridge", "TinyVerifier", "FeeSplitHarness", "MnistDemoGnarkVerifier"} {
		if _, err := contracts.LoadArtifact(name); !errors.Is(err, contracts.ErrBadInput) {
			t.Errorf("contracts.LoadArtifact(%s): got %v, want ErrBadInput", name, err)
		}
	}
	if _, err := contractstest.LoadArtifact("OpenProofSettlement"); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("contractstest.LoadArtifact(OpenProofSettlement): got %v, want ErrBadInput", err)
	}
	if v, err := contracts.CompilerVersion(); err != nil || v == "" {
		t.Errorf("compiler version %q, %v", v, err)
	}
}
