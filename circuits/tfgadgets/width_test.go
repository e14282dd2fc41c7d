package tfgadgets

import (
	"errors"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

// TestWideLayerNormRefused: the LayerNorm gadget proves 8-bit activations
// only; a 12-bit LayerNorm (scheme openproof-fx12-tf-v3) is refused as bad
// input instead of being proven as something else.
func TestWideLayerNormRefused(t *testing.T) {
	g, b := make([]float32, 4), make([]float32, 4)
	for i := range g {
		g[i] = 1
	}
	ln, err := tfops.NewLayerNormBits(g, b, 1e-5, 8, 8, tfops.ActBits12)
	if err != nil {
		t.Fatal(err)
	}
	c := &lnCircuit{X: blank(4), Y: blank(4), ln: ln}
	_, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "has no circuit yet") {
		t.Fatalf("12-bit layernorm compiled or refused wrongly: %v", err)
	}
}
