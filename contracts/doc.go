// Package contracts holds openproof's on-chain side: the production Solidity
// sources under src/, their compiled artifacts (build/combined.json) and Go
// bindings (package bindings), and the exporter that turns a Groth16
// verifying key into the Solidity verifier the settlement contract calls.
//
// Test-only contracts (test doubles and the fixture verifiers) live in
// contractstest/, compiled into their own artifact and bindings (package
// contractstest), so nothing under src/ or bindings/ exists for tests alone.
//
// build.sh regenerates both from their sources with the npm solc pinned in
// versions.env; the Go tests need neither node nor npm.
package contracts
