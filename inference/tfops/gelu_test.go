package tfops

import (
	"math"
	"testing"

	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/quant"
)

// TestGELUTable checks the v2 table against the float reference's function
// (each entry is the nearest grid value of gelu_new, up to the clamp) and
// pins the entries where it departs from v1's erf table at the exponent the
// embedded text model's c_fc uses (4).
func TestGELUTable(t *testing.T) {
	for e := -2; e <= 10; e++ {
		tab := GELUTable(e)
		erf := quant.GELUTable(e)
		for i, v := range tab {
			x := math.Ldexp(float64(i-128), -e)
			g := math.Ldexp(gpt2.GELUNew(x), e)
			if g >= -128 && g <= 127 && math.Abs(float64(v)-g) > 0.5 {
				t.Fatalf("e=%d y=%d: table %d, gelu_new on the grid %.4f", e, i-128, v, g)
			}
			if d := int(v) - int(erf[i]); d < -1 || d > 1 {
				t.Fatalf("e=%d y=%d: tanh table %d, erf table %d", e, i-128, v, erf[i])
			}
		}
	}
	tab, erf := GELUTable(4), quant.GELUTable(4)
	cases := []struct{ y, tanh, erf int8 }{{35, 35, 34}, {-35, 0, -1}, {34, 33, 33}, {0, 0, 0}}
	for _, c := range cases {
		if got, gotErf := tab[int(c.y)+128], erf[int(c.y)+128]; got != c.tanh || gotErf != c.erf {
			t.Errorf("e=4 y=%d: tanh %d (want %d), erf %d (want %d)", c.y, got, c.tanh, gotErf, c.erf)
		}
	}
}
