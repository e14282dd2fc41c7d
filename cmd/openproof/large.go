package main

import (
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover"
)

// Defaults and file names of the large-model commands (delta, merge, peftgen).
const (
	// defaultMaxConstraints keeps each proof just under 2^23 (crossing a
	// power of two doubles the prover's FFTs; 2^23 fits a 24 GB machine).
	defaultMaxConstraints = 1<<23 - 1<<19
	// Files `merge` writes into --out.
	mergedFile     = "merged.safetensors"
	mergeProofFile = "merge-proof.json"
	// Files `peftgen` writes into --out.
	genAdapterDir = "adapter"
	genTraceDir   = "trace"
	genBaseFile   = "base.safetensors"
)

var (
	maxConstraintsFlag = &cli.IntFlag{Name: "max-constraints", Value: defaultMaxConstraints, Usage: "largest proof (estimated constraints); proofs are chunked below it"}
	setupFlag          = &cli.BoolFlag{Name: "setup", Usage: "run the development setup for circuits without stored keys (otherwise that is an error)"}
)

func backendOf(c *cli.Context) (prover.Backend, func(), error) {
	b, err := prover.NewBackend(c.String("accel"))
	if err != nil {
		return nil, nil, usageErr("--accel: %v", err)
	}
	closeFn := func() {}
	if cl, ok := b.(interface{ Close() error }); ok {
		closeFn = func() { _ = cl.Close() }
	}
	return b, closeFn, nil
}
