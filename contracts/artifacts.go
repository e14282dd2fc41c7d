package contracts

import (
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed build/combined.json
var combinedJSON []byte

// Artifact is one compiled contract of build/combined.json.
type Artifact struct {
	Name    string          // contract name
	ABI     json.RawMessage // JSON ABI
	Bin     []byte          // creation bytecode
	Runtime []byte          // deployed bytecode
}

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

// LoadArtifact returns the compiled contract called name (for example
// "OpenProofSettlement" or "MnistDemoGnarkVerifier").
func LoadArtifact(name string) (*Artifact, error) {
	var c combined
	if err := json.Unmarshal(combinedJSON, &c); err != nil {
		return nil, fmt.Errorf("contracts: build/combined.json: %w", err)
	}
	for key, v := range c.Contracts {
		if _, n, ok := strings.Cut(key, ":"); !ok || n != name {
			continue
		}
		bin, err := hex.DecodeString(v.Bin)
		if err != nil {
			return nil, fmt.Errorf("contracts: %s bytecode: %w", name, err)
		}
		rt, err := hex.DecodeString(v.Runtime)
		if err != nil {
			return nil, fmt.Errorf("contracts: %s runtime bytecode: %w", name, err)
		}
		return &Artifact{Name: name, ABI: v.ABI, Bin: bin, Runtime: rt}, nil
	}
	return nil, fmt.Errorf("contracts: no compiled contract %q: %w", name, ErrBadInput)
}
