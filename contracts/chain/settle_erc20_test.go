//go:build prover_checks

package chain_test

import "testing"

// TestSettleERC20 is TestSettle with OPEN as an OptimismMintableERC20
// bridged in by the L2 bridge stand-in: the same flow and reverts, with
// token transfers instead of native value (the longer half of the flow,
// so it runs with -tags prover_checks, as `make test` sets).
func TestSettleERC20(t *testing.T) { testSettle(t, true) }
