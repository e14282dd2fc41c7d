package tfblock

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

// TestWideBlockRefused: a tfops.Block whose LayerNorms are at 12 bits
// (scheme openproof-fx12-tf-v3) is refused as bad input by the 8-bit
// step (NewBits proves the 12-bit step, wide_test.go).
func TestWideBlockRefused(t *testing.T) {
	b := randomBlock(t, 1, 8, 2, 16)
	g, beta := make([]float32, 8), make([]float32, 8)
	for i := range g {
		g[i] = 1
	}
	ln, err := tfops.NewLayerNormBits(g, beta, 1e-5, 8, 8, tfops.ActBits12)
	if err != nil {
		t.Fatal(err)
	}
	b.LN1, b.LN2 = ln, ln
	for name, f := range map[string]func() error{
		"New":        func() error { _, err := New(b, 0, 1); return err },
		"NewAdapted": func() error { _, err := NewAdapted(b, 0, 1, 2); return err },
		"Assign":     func() error { _, err := Assign(b, 0, make([]int8, 8), &tfops.KV{}); return err },
	} {
		if err := f(); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "NewBits proves the wide step") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

type kv12Circuit struct {
	C, Next frontend.Variable `gnark:",public"`
	K, V    []frontend.Variable
}

func (c *kv12Circuit) Define(api frontend.API) error {
	g := gadgets.New(api)
	for _, x := range append(append([]frontend.Variable(nil), c.K...), c.V...) {
		if err := g.AssertTableBits(api.Add(x, 2048), 12); err != nil {
			return err
		}
	}
	n, err := KVNextBits(api, c.C, c.K, c.V, 12)
	if err != nil {
		return err
	}
	api.AssertIsEqual(n, c.Next)
	return nil
}

// TestKVNextBits: the in-circuit 12-bit cache link equals
// tfops.KVNextBits; another commitment, or one cache value changed, is
// refused; at 8 bits it is KVNext.
func TestKVNextBits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	k, v := make([]int32, 24), make([]int32, 24)
	for i := range k {
		k[i], v[i] = int32(r.IntN(4096)-2048), int32(r.IntN(4096)-2048)
	}
	k[0], v[23] = 2047, -2048
	c0 := tfops.KVStart(1)
	next, err := tfops.KVNextBits(c0, k, v, 12)
	if err != nil {
		t.Fatal(err)
	}
	vars := func(x []int32) []frontend.Variable {
		out := make([]frontend.Variable, len(x))
		for i, y := range x {
			out[i] = int64(y)
		}
		return out
	}
	blank := &kv12Circuit{K: make([]frontend.Variable, 24), V: make([]frontend.Variable, 24)}
	field := ecc.BN254.ScalarField()
	if err := test.IsSolved(blank, &kv12Circuit{C: c0.BigInt(new(big.Int)), Next: next.BigInt(new(big.Int)), K: vars(k), V: vars(v)}, field); err != nil {
		t.Fatalf("honest link refused: %v", err)
	}
	other := tfops.KVStart(2)
	v2 := append([]int32(nil), v...)
	v2[5]++
	for name, w := range map[string]*kv12Circuit{
		"other commitment": {C: c0.BigInt(new(big.Int)), Next: other.BigInt(new(big.Int)), K: vars(k), V: vars(v)},
		"value changed":    {C: c0.BigInt(new(big.Int)), Next: next.BigInt(new(big.Int)), K: vars(k), V: vars(v2)},
	} {
		if test.IsSolved(blank, w, field) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
