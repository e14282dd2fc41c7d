package pipeline

import (
	"context"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// mergeFixture is a 3-layer model whose layer 1 (10→7) carries a rank-2
// adapter, and the chunk limit that proves it in 3-row chunks: two full
// chunks sharing a circuit and a last one of one row.
func mergeFixture(t *testing.T) (*quant.Model, *quant.Adapter, fr.Element, int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(5, 21))
	const in, out, r = 10, 7, 2
	l := quant.Layer{Name: "fc1", In: in, Out: out, W: gadgetstest.Rand8(rng, in*out), Bias: make([]int32, out), WExp: 7, InExp: 4, OutExp: 4, Shift: 7}
	a := quant.AdapterLayer{Layer: 1, Rank: r, A: gadgetstest.Rand8(rng, r*in), B: gadgetstest.Rand8(rng, out*r), M: 1<<24 + uint32(rng.IntN(1<<24))}
	m := &quant.Model{Name: "m", InputExp: 4, Layers: []quant.Layer{{Name: "fc0"}, l, {Name: "fc2"}}}
	full := merge.Shape{NLayers: 3, Layer: 1, In: in, Out: out, Rank: r, Rows: 3}
	return m, &quant.Adapter{Name: "a", Layers: []quant.AdapterLayer{a}}, commit.Uint(385), full.Estimate()
}

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

func decodeMergeProof(t *testing.T, s string) groth16.Proof {
	t.Helper()
	raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// ProveMerge refuses what it cannot prove before any setup.
func TestProveMergeBadInput(t *testing.T) {
	m, a, salt, maxC := mergeFixture(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	outside := &quant.Adapter{Layers: []quant.AdapterLayer{a.Layers[0]}}
	outside.Layers[0].Layer = 3
	shortA := &quant.Adapter{Layers: []quant.AdapterLayer{a.Layers[0]}}
	shortA.Layers[0].A = shortA.Layers[0].A[1:]
	keys := ks.Provider(false)
	tests := []struct {
		name  string
		keys  keystore.Provider
		m     *quant.Model
		a     *quant.Adapter
		maxC  int
		wantS string
	}{
		{"no model", keys, nil, a, maxC, "no model"},
		{"no keys", nil, m, a, maxC, "no backend or key provider"},
		{"no constraint budget", keys, m, a, 0, "max constraints"},
		{"adapter layer outside the model", keys, m, outside, maxC, "outside the model"},
		{"adapter shapes", keys, m, shortA, maxC, "mismatched adapter shapes"},
		{"no stored keys without setup", keys, m, a, maxC, "no keys for circuit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ProveMerge(context.Background(), prover.CPU(), tc.keys, tc.m, tc.a, salt, MergeOptions{MaxConstraints: tc.maxC})
			if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), tc.wantS) {
				t.Fatalf("got %v, want bad input mentioning %q", err, tc.wantS)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ProveMerge(ctx, prover.CPU(), ks.Provider(true), m, a, salt, MergeOptions{MaxConstraints: maxC}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}
