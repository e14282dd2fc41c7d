//go:build prover_checks

package pipeline

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
)

// The whole path the CLI takes: a PEFT adapter directory and an engine
// trace directory, planned into proofs, each proved with Groth16 and
// verified; a changed public input fails verification.
func TestProveDeltaGroth16(t *testing.T) {
	ctx := context.Background()
	tr, qa := deltaFixture(t, 2, 6)
	salt := commit.AdapterKey{Salt: commit.Uint(42), Owner: commit.DemoKey().Owner}
	keys := &devKeys{}
	// A budget that fits one module for all tokens but not both modules.
	opts := DeltaOptions{MaxConstraints: estimate(t, tr, []int{0}, 6, delta.Hashed), Adapter: "adapter"}
	d, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Parts) != 2 || d.Parts[1].Tokens != 6 || !slices.Equal(d.Parts[1].Modules, []int{1}) {
		t.Fatalf("%d parts, last %+v", len(d.Parts), d.Parts[len(d.Parts)-1])
	}
	if d.Check() != nil || d.Adapter != "adapter" || d.Backend != prover.CPU().Name() || d.Trace.Tokens != 6 || len(d.Trace.Modules) != 2 {
		t.Fatalf("bundle %+v", d)
	}
	for _, p := range d.Parts {
		if p.Constraints > 1<<15 || p.Pinned || p.Binding != "" || len(p.Digest) != 64 {
			t.Fatalf("part %+v", p)
		}
	}
	// Pinned: the plan of the committed circuits in Direct mode, the same
	// statements, smaller circuits.
	opts.Mode = delta.Direct
	direct, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Mode, opts.Pinned = delta.Auto, true
	pinned, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	pp, dp := pinned.Parts[0], direct.Parts[0]
	if len(pinned.Parts) != len(direct.Parts) || !pp.Pinned || pp.Mode != "direct" || pp.AdapterCommitment != dp.AdapterCommitment ||
		pp.XDigest != dp.XDigest || pp.DeltaDigest != dp.DeltaDigest || pp.Constraints >= dp.Constraints {
		t.Fatalf("pinned part %+v, committed %+v", pp, dp)
	}
	// Equal token runs share one circuit and one key, pinned or not.
	for _, pin := range []bool{false, true} {
		keys.setups = 0
		runs, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, DeltaOptions{MaxConstraints: estimate(t, tr, []int{0}, 3, delta.Hashed), Pinned: pin})
		if err != nil {
			t.Fatal(err)
		}
		names := circuitNames(runs.Parts)
		if len(runs.Parts) <= len(names) || keys.setups != len(names) {
			t.Fatalf("pinned %v: %d parts, %d circuits, %d setups", pin, len(runs.Parts), len(names), keys.setups)
		}
	}
	s, pub, proof := decoded(t, tr, d.Parts[0])
	if err := verifyDeltaProof(s, pub, keys.vks[d.Parts[0].Circuit], proof); err != nil {
		t.Fatalf("the bundle's part does not verify: %v", err)
	}
	_, other, _ := decoded(t, tr, d.Parts[1])
	pub.DeltaDigest = other.DeltaDigest
	if err := verifyDeltaProof(s, pub, keys.vks[d.Parts[0].Circuit], proof); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified against another part's delta digest: %v", err)
	}
}

// The Fingerprinted binding with Groth16: the challenge learned by the
// solve before proving is the proof's own (the proofs verify), the circuits
// are smaller than the hashed ones, and the proof does not verify with
// another ρ, or with the fingerprints of another trace at its ρ.
func TestProveDeltaFingerprintGroth16(t *testing.T) {
	ctx := context.Background()
	tr, qa := deltaFixture(t, 2, 4)
	salt := commit.AdapterKey{Salt: commit.Uint(21), Owner: commit.DemoKey().Owner}
	keys := &devKeys{}
	opts := DeltaOptions{MaxConstraints: estimate(t, tr, []int{0, 1}, 4, delta.Hashed), Binding: delta.Fingerprinted}
	fp, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Binding = delta.Hashed
	hashed, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(fp.Parts) != 1 || len(hashed.Parts) != 1 || fp.Parts[0].Constraints >= hashed.Parts[0].Constraints || fp.Parts[0].Binding != "fingerprint" {
		t.Fatalf("%d fingerprinted parts, %d hashed", len(fp.Parts), len(hashed.Parts))
	}
	p := fp.Parts[0]
	if p.XDigest != hashed.Parts[0].XDigest || p.DeltaDigest != hashed.Parts[0].DeltaDigest {
		t.Fatal("the bindings disagree on the digests")
	}
	s, pub, proof := decoded(t, tr, p)
	x, y, err := delta.Fingerprints(s, tr, pub.Rho)
	if err != nil {
		t.Fatal(err)
	}
	if x != pub.XEval || y != pub.DeltaEval {
		t.Fatal("the part's fingerprints are not the trace's at its ρ")
	}
	opts.Binding, opts.Pinned = delta.Fingerprinted, true
	if _, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts); err != nil {
		t.Fatalf("pinned, fingerprinted: %v", err)
	}
	vk := keys.vks[p.Circuit]
	bad := pub
	bad.Rho.SetUint64(12345)
	if bad.XEval, bad.DeltaEval, err = delta.Fingerprints(s, tr, bad.Rho); err != nil {
		t.Fatal(err)
	}
	if err := verifyDeltaProof(s, bad, vk, proof); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified with another ρ: %v", err)
	}
	other := *tr
	other.Modules = slices.Clone(tr.Modules)
	other.Modules[1].Delta = slices.Clone(tr.Modules[1].Delta)
	other.Modules[1].Delta[5]++
	bad = pub
	if bad.XEval, bad.DeltaEval, err = delta.Fingerprints(s, &other, pub.Rho); err != nil {
		t.Fatal(err)
	}
	if err := verifyDeltaProof(s, bad, vk, proof); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified with another trace's fingerprints: %v", err)
	}
}
