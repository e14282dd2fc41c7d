package contracts

import (
	"bytes"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed build/combined.json
var combinedJSON []byte

// Artifact is one compiled contract of a solc combined JSON file.
type Artifact struct {
	Name    string          // contract name
	Source  string          // source unit, e.g. "src/verifiers/MnistDemoVerifier.sol"
	ABI     json.RawMessage // JSON ABI
	Bin     []byte          // creation bytecode
	Runtime []byte          // deployed bytecode
}

// DevKeys reports whether the contract is one of the committed fixture
// verifiers (src/verifiers, contractstest/src/verifiers). Their verifying
// keys come from prover.DevSetup (the fixtures under testdata/fixtures),
// whose randomness is not destroyed: anyone can forge proofs they accept.
// They serve demonstrations and tests only. The verifiers under
// src/verifiers/ceremony come from a signed MPC ceremony instead (their
// header and contracts/ceremony hold its transcript; `make
// ceremony-verifiers`).
func (a *Artifact) DevKeys() bool {
	if strings.HasPrefix(a.Source, CeremonyVerifiers) {
		return false
	}
	return strings.HasPrefix(a.Source, "src/verifiers/") || strings.HasPrefix(a.Source, "contractstest/src/verifiers/")
}

// CeremonyVerifiers is the source directory of the committed verifiers whose
// keys come from a signed MPC ceremony.
const CeremonyVerifiers = "src/verifiers/ceremony/"

type combined struct {
	Contracts map[string]struct {
		ABI     json.RawMessage `json:"abi"`
		Bin     string          `json:"bin"`
		Runtime string          `json:"bin-runtime"`
	} `json:"contracts"`
	Version string `json:"version"`
}

// CompilerVersion is the solc version build/combined.json was made with.
func CompilerVersion() (string, error) {
	var c combined
	if err := json.Unmarshal(combinedJSON, &c); err != nil {
		return "", fmt.Errorf("contracts: build/combined.json: %w", err)
	}
	return c.Version, nil
}

// LoadArtifact returns the production contract called name (for example
// "OpenProofSettlement" or "MnistDemoVerifier") from build/combined.json.
// Test contracts live in package contractstest.
func LoadArtifact(name string) (*Artifact, error) {
	return FindArtifact(combinedJSON, name)
}

// FindArtifact returns the contract called name from a solc combined JSON
// file (build.sh's output).
func FindArtifact(combinedJSON []byte, name string) (*Artifact, error) {
	as, err := parseArtifacts(combinedJSON)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		if a.Name == name {
			return a, nil
		}
	}
	return nil, fmt.Errorf("contracts: no compiled contract %q: %w", name, ErrBadInput)
}

// DevKeyVerifier returns the name of the production artifact's
// development-key verifier (see Artifact.DevKeys: the demo's) whose creation
// bytecode is code, if there is one.
func DevKeyVerifier(code []byte) (name string, ok bool, err error) {
	as, err := parseArtifacts(combinedJSON)
	if err != nil {
		return "", false, err
	}
	for _, a := range as {
		if a.DevKeys() && bytes.Equal(a.Bin, code) {
			return a.Name, true, nil
		}
	}
	return "", false, nil
}

func parseArtifacts(data []byte) ([]*Artifact, error) {
	var c combined
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("contracts: combined JSON: %w", err)
	}
	out := make([]*Artifact, 0, len(c.Contracts))
	for key, v := range c.Contracts {
		src, name, ok := strings.Cut(key, ":")
		if !ok {
			return nil, fmt.Errorf("contracts: combined JSON: contract key %q is not FILE:NAME", key)
		}
		bin, err := hex.DecodeString(v.Bin)
		if err != nil {
			return nil, fmt.Errorf("contracts: %s bytecode: %w", name, err)
		}
		rt, err := hex.DecodeString(v.Runtime)
		if err != nil {
			return nil, fmt.Errorf("contracts: %s runtime bytecode: %w", name, err)
		}
		out = append(out, &Artifact{Name: name, Source: src, ABI: v.ABI, Bin: bin, Runtime: rt})
	}
	return out, nil
}
