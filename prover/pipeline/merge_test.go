package pipeline

import (
	"context"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

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
func mergeFixture(t *testing.T) (*quant.Model, *quant.Adapter, commit.AdapterKey, int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(5, 21))
	const in, out, r = 10, 7, 2
	l := quant.Layer{Name: "fc1", In: in, Out: out, W: gadgetstest.Rand8(rng, in*out), Bias: make([]int32, out), WExp: 7, InExp: 4, OutExp: 4, Shift: 7}
	a := quant.AdapterLayer{Layer: 1, Rank: r, A: gadgetstest.Rand8(rng, r*in), B: gadgetstest.Rand8(rng, out*r), M: 1<<24 + uint32(rng.IntN(1<<24))}
	m := &quant.Model{Name: "m", InputExp: 4, Layers: []quant.Layer{{Name: "fc0"}, l, {Name: "fc2"}}}
	full := merge.Shape{NLayers: 3, Layer: 1, In: in, Out: out, Rank: r, Rows: 3}
	return m, &quant.Adapter{Name: "a", Layers: []quant.AdapterLayer{a}}, commit.AdapterKey{Salt: commit.Uint(385), Owner: commit.DemoKey().Owner}, full.Estimate()
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
