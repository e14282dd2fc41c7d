package influence

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/openproof/openproof/errs"
)

// CurvatureCorrect is robust/v1's curvature step on given vectors: compared
// per block with a float64 solve of (m·G/tr G + λ·I)·x = b; bad shapes are
// refused.
func TestCurvatureCorrect(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const dim, recs = 6, 20
	units := make([]Sketch, recs)
	for i := range units {
		units[i] = make(Sketch, dim)
		for j := range units[i] {
			units[i][j] = int64(rng.IntN(1<<21) - 1<<20)
		}
	}
	b := []Sketch{make(Sketch, dim), make(Sketch, dim)}
	for i, u := range units {
		for j, v := range u {
			b[i%2][j] += v
		}
	}
	m := RobustMethod()
	blocks := [][2]int{{0, 4}, {4, 6}}
	got, err := CurvatureCorrect(context.Background(), units, b, blocks, m)
	if err != nil {
		t.Fatal(err)
	}
	lambda := float64(m.DampPPM) / PPM
	for _, bl := range blocks {
		n := bl[1] - bl[0]
		g := make([]float64, n*n)
		var tr float64
		for _, u := range units {
			for i := range n {
				for j := range n {
					g[i*n+j] += float64(u[bl[0]+i]) * float64(u[bl[0]+j])
				}
			}
		}
		for i := range n {
			tr += g[i*n+i]
		}
		for i := range g {
			g[i] *= float64(n) / tr
		}
		for i := range n {
			g[i*n+i] += lambda
		}
		for c := range b {
			rhs := make([]float64, n)
			for i := range n {
				rhs[i] = float64(b[c][bl[0]+i])
			}
			// S = round(2^P·H_q⁻¹·b) with H_q ≈ 2^P·H: S ≈ H⁻¹·b.
			want := floatSolve(g, n, rhs)
			for i, w := range want {
				if d := math.Abs(float64(got[c][bl[0]+i]) - w); d > 1e-6*math.Abs(w)+2 {
					t.Fatalf("block %v vector %d entry %d: %d, float %.3f", bl, c, i, got[c][bl[0]+i], w)
				}
			}
		}
	}
	for name, blk := range map[string][][2]int{"gap": {{0, 3}, {4, 6}}, "short": {{0, 4}}, "empty": {{0, 0}, {0, 6}}} {
		if _, err := CurvatureCorrect(context.Background(), units, b, blk, m); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("blocks %s: err %v", name, err)
		}
	}
	if _, err := CurvatureCorrect(context.Background(), units, []Sketch{make(Sketch, 5)}, [][2]int{{0, 5}}, m); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("mismatched lengths: err %v", err)
	}
}
