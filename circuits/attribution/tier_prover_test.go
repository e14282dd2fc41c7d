//go:build prover_checks

package attribution

// everySite: see tier_test.go.
const everySite = true
