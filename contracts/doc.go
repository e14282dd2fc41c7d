// Package contracts holds openproof's on-chain side: the Solidity sources
// under src/, their compiled artifacts (build/combined.json) and Go bindings
// (package bindings), and the exporter that turns a Groth16 verifying key
// into the Solidity verifier the settlement contract calls.
//
// build.sh regenerates build/ and bindings/ from src/ with the npm solc
// pinned in versions.env; the Go tests need neither node nor npm.
package contracts
