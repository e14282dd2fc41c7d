//go:build !prover_checks

package attribution

// everySite is false in the fast tier: TestMaliciousHints lies at the first
// call site of each hint; `-tags prover_checks` (make test) lies at every
// call site (≈ 4,000 solves, minutes on 2 cores).
const everySite = false
