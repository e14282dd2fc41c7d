//go:build prover_checks

package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// ProveMerge proves a module in chained chunks, keys each distinct circuit
// once, and returns a bundle that survives a write and a read and whose
// proofs verify for their own chunk only.
func TestProveMergeGroth16(t *testing.T) {
	m, a, salt, maxC := mergeFixture(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var keyed []string
	opts := MergeOptions{MaxConstraints: maxC, OnKeys: func(k *keystore.Keys) { keyed = append(keyed, k.Name) }}
	b, err := ProveMerge(context.Background(), prover.CPU(), ks.Provider(true), m, a, salt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(keyed) != 2 {
		t.Fatalf("keys of %v, want the full and the last chunk's circuit", keyed)
	}
	mod := &merge.Module{NLayers: 3, Layer: &m.Layers[1], Adapter: &a.Layers[0]}
	_, st, err := mod.Statements(3, salt)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Modules) != 1 || len(b.Modules[0].Chunks) != 3 || b.Backend != "cpu" || b.Adapter != "a" {
		t.Fatalf("bundle %+v", b)
	}
	mm := b.Modules[0]
	if mm.Rows != 3 || mm.W0 != bundle.FormatElement(st.W0) || mm.W != bundle.FormatElement(st.W) || mm.FanInFanOut {
		t.Fatalf("module %+v: not the statement's commitments", mm)
	}
	for _, ch := range mm.Chunks {
		if ch.Constraints > 1<<15 {
			t.Fatalf("test setup of %d constraints", ch.Constraints)
		}
	}
	path := filepath.Join(t.TempDir(), "merge-proof.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := bundle.ReadMerge(path)
	if err != nil || !reflect.DeepEqual(back, b) {
		t.Fatalf("read back: %v", err)
	}
	// Chunk 1's proof verifies as chunk 1, not as chunk 0.
	vk, _, err := ks.VerifyingKeyFor(mm.Chunks[1].Digest, mm.Chunks[1].Circuit, mm.Chunks[1].VKSHA256)
	if err != nil {
		t.Fatal(err)
	}
	proof := decodeMergeProof(t, mm.Chunks[1].Proof)
	shape := merge.Shape{NLayers: 3, Layer: 1, In: 10, Out: 7, Rank: 2, Rows: 3, First: 3}
	for _, tc := range []struct {
		chunk int
		want  error
	}{{1, nil}, {0, prover.ErrProofInvalid}} {
		p := st.Chunks[1]
		p.Chunk = tc.chunk
		w, err := merge.PublicWitness(shape, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := prover.Verify(vk, proof, w); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Fatalf("chunk 1's proof as chunk %d: %v, want %v", tc.chunk, err, tc.want)
		}
	}
}
