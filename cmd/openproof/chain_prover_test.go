//go:build prover_checks

package main

import (
	"testing"
)

// TestChainAnvil drives the whole settlement through the CLI against anvil
// in both token modes: deploy, register (the Datanet from its root's
// preimage), escrow, open a request, settle the real attributed demo proof
// with the weights its bundle carries (bound by the proof's attribution
// digest) from any account, withdraw, and every balance to the wei of
// attribution/split.
func TestChainAnvil(t *testing.T) {
	for _, mode := range []string{"native", "erc20"} {
		t.Run(mode, func(t *testing.T) { testChainAnvil(t, mode) })
	}
}
