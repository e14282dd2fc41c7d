// Package pipeline holds openproof's prove entry points, one per statement.
// Each compiles its circuit, gets the circuit's keys through a
// keystore.Provider (stored keys, or a development setup where the provider
// allows it), proves with a prover.Backend, checks the proof against its own
// verifying key (a backend whose proof its key rejects has a bug: the proof
// is never handed out) and assembles the statement's bundle value:
//
//   - ProveInference (inference.go): one LoRA inference, optionally with its
//     attribution to the contributors of a Datanet, as a prover/bundle.Bundle.
//   - ProveDelta (delta.go): the per-token delta proofs of an adapter run.
//   - ProveMerge (merge.go): the merge of an adapter into its base model.
//
// The steps ProveInference is made of are exported for callers that time or
// reuse them (bench, fixturegen): Compile and CompileInference, NewWitness,
// Prove (prove and self-check), Assemble (the bundle without its statement)
// and ProveAssignment (the three for one assignment).
//
// The package never logs: long steps are reported through an optional
// PhaseFunc, and timings come back in the returned values.
package pipeline
