package main

import (
	"context"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
)

// TestStack checks the stacks the inference fixtures prove: the model and
// adapter names the committed bundles carry, and the small cut's shape.
func TestStack(t *testing.T) {
	for _, tc := range []struct {
		small          bool
		model, adapter string
		shape          []int
	}{
		{false, demo.EmbeddedModelName, demo.EmbeddedAdapterName, []int{8, 8}},
		{true, demo.EmbeddedModelName, "mnist-rot90-lora-fc2-r2", []int{0, 2}},
	} {
		s, err := stack(tc.small)
		if err != nil {
			t.Fatal(err)
		}
		if s.ModelName != tc.model || s.AdapterName != tc.adapter || s.Adapter.Name != tc.adapter || !slices.Equal(s.Shape(), tc.shape) {
			t.Errorf("small %v: model %q, adapter %q (%q), shape %v; want %q, %q, %v",
				tc.small, s.ModelName, s.AdapterName, s.Adapter.Name, s.Shape(), tc.model, tc.adapter, tc.shape)
		}
	}
}

// TestTinyFixtures makes both tiny fixtures in a scratch contracts folder and
// checks their proofs with the keys written beside them (the tiny circuit
// has no inference statement, so only the Groth16 check applies); a proof
// under the other fixture's key fails.
func TestTinyFixtures(t *testing.T) {
	dir := t.TempDir()
	keys := map[string]groth16.VerifyingKey{}
	for _, name := range []string{"tiny", "tiny-gnark-setup"} {
		if err := run(context.Background(), dir, name); err != nil {
			t.Fatal(err)
		}
		f, err := fixtures.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		vk, bundles, err := f.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(bundles) != f.Bundles {
			t.Fatalf("%s: %d bundles, want %d", name, len(bundles), f.Bundles)
		}
		for i, b := range bundles {
			if err := verifyProof(b, vk); err != nil {
				t.Errorf("%s bundle %d: %v", name, i, err)
			}
		}
		keys[name] = vk
	}
	f, _ := fixtures.Get("tiny")
	_, bundles, err := f.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := verifyProof(bundles[0], keys["tiny-gnark-setup"]); !errors.Is(err, prover.ErrProofInvalid) {
		t.Errorf("tiny proof under the gnark-setup key: %v, want %v", err, prover.ErrProofInvalid)
	}
}

// verifyProof checks b's Groth16 proof alone against vk.
func verifyProof(b *bundle.Bundle, vk groth16.VerifyingKey) error {
	raw, err := hex.DecodeString(strings.TrimPrefix(b.Proof, "0x"))
	if err != nil {
		return err
	}
	proof, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		return err
	}
	public, err := b.PublicWitness()
	if err != nil {
		return err
	}
	return prover.Verify(vk, proof, public)
}
