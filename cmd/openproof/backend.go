package main

import (
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover"
)

// backendOf returns the prover backend --accel names and a function that
// releases it (a GPU backend holds device memory).
func backendOf(c *cli.Context) (prover.Backend, func(), error) {
	b, err := prover.NewBackend(c.String(accelFlag.Name))
	if err != nil {
		return nil, nil, usageErr("--accel: %v", err)
	}
	closeFn := func() {}
	if cl, ok := b.(interface{ Close() error }); ok {
		closeFn = func() { _ = cl.Close() }
	}
	return b, closeFn, nil
}
