// Package contractstest holds the contracts that exist for tests only: test
// doubles (a FeeSplit harness, a reentrant payee, an L2 bridge stand-in) and
// the verifiers of the test fixtures under contracts/testdata/fixtures, with
// gnark's own verifier beside each folded one for comparison. Their sources
// are in src/, their solc output in build/combined.json and their abigen
// bindings in bindings.go, all made by contracts/build.sh. Production code
// must not import this package.
package contractstest

import (
	_ "embed"

	"github.com/openproof/openproof/contracts"
)

//go:embed build/combined.json
var combinedJSON []byte

// LoadArtifact returns the test contract called name (for example
// "TestL2Bridge" or "TinyGnarkVerifier").
func LoadArtifact(name string) (*contracts.Artifact, error) {
	return contracts.FindArtifact(combinedJSON, name)
}
