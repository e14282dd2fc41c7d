package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate fails when the committed Solidity digest or its
// vectors differ from what digestgen writes now (after a change to the
// digest, the packing or gnark-crypto's constants).
func TestGeneratedUpToDate(t *testing.T) {
	for _, c := range []struct {
		path   string
		render func() ([]byte, error)
	}{
		{solidityPath, renderSolidity},
		{vectorsPath, renderVectors},
	} {
		want, err := c.render()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", c.path))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("contracts/%s differs from the generator's output: run `go run ./contracts/internal/digestgen` and `bash contracts/build.sh`", c.path)
		}
	}
}
