package demo

import (
	"context"
	"math"
	"math/big"
	"os"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
)

// softSite is a site with the model's softmax at it.
type softSite struct {
	h []int32
	y int
	p []float64
}

// softSketch is Plan.Sketch with the centred output gradient e_y − 1/V
// replaced by cross-entropy's e_y − softmax (g = G[y] − Σ_v p_v G[v],
// rounded): an experiment, not in the circuit.
func softSketch(pl *textattr.Plan, sites []softSite) influence.Sketch {
	K, r, d := pl.P.K, pl.R, pl.D
	accB, accA := make([]*big.Int, K*r), make([]*big.Int, r*K)
	for i := range accB {
		accB[i], accA[i] = new(big.Int), new(big.Int)
	}
	for _, s := range sites {
		g := make([]int64, d)
		for j := range g {
			f := float64(pl.G[s.y][j])
			for v, pv := range s.p {
				f -= pv * float64(pl.G[v][j])
			}
			g[j] = int64(math.Round(f))
		}
		for k := 0; k < K; k++ {
			var pg, ph int64
			for j := 0; j < d; j++ {
				pg += int64(pl.POut[k*d+j]) * g[j]
				ph += int64(pl.PIn[k*d+j]) * int64(s.h[j])
			}
			for tt := 0; tt < r; tt++ {
				var z, u int64
				for j := 0; j < d; j++ {
					z += int64(pl.A[tt*d+j]) * int64(s.h[j])
					u += int64(pl.BV[j*r+tt]) * g[j]
				}
				accB[k*r+tt].Add(accB[k*r+tt], new(big.Int).Mul(big.NewInt(pg), big.NewInt(z)))
				accA[tt*K+k].Add(accA[tt*K+k], new(big.Int).Mul(big.NewInt(u), big.NewInt(ph)))
			}
		}
	}
	out := make(influence.Sketch, 0, 2*K*r)
	for i, a := range append(accB, accA...) {
		k := pl.P.ShiftB
		if i >= len(accB) {
			k = pl.P.ShiftA
		}
		n := new(big.Int).Add(a, new(big.Int).Lsh(big.NewInt(1), k-1))
		out = append(out, n.Rsh(n, k).Int64())
	}
	return out
}

func softmaxOf(l []int64, exp int) []float64 {
	m := l[0]
	for _, v := range l {
		m = max(m, v)
	}
	p := make([]float64, len(l))
	var s float64
	for i, v := range l {
		p[i] = math.Exp(math.Ldexp(float64(v-m), -exp))
		s += p[i]
	}
	for i := range p {
		p[i] /= s
	}
	return p
}

// runSites runs toks through q and returns the sites 0…len−2 scored on the
// next token, plus the last position scored on last.
func runSites(t *testing.T, q *gpt2q.Model, pl *textattr.Plan, toks []int, last int) []softSite {
	s := q.NewSession()
	var out []softSite
	for i, tok := range toks {
		st, err := s.Step(tok)
		if err != nil {
			t.Fatal(err)
		}
		y := last
		if i+1 < len(toks) {
			y = toks[i+1]
		}
		h := append([]int32(nil), st.Blocks[pl.Block].Ln1.Y...)
		out = append(out, softSite{h: h, y: y, p: softmaxOf(st.Logits, q.LogitExp())})
	}
	return out
}

// TestGPTTextSoftmaxExperiment: TestGPTTextOwnCategory with the softmax
// output gradient (OPENPROOF_GPT_EVAL_SOFTMAX=1; about a minute).
func TestGPTTextSoftmaxExperiment(t *testing.T) {
	if os.Getenv("OPENPROOF_GPT_EVAL_SOFTMAX") != "1" {
		t.Skip("set OPENPROOF_GPT_EVAL_SOFTMAX=1")
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skipf("fortunes corpus absent: %v", err)
	}
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := textattr.NewPlan(q, textattr.ParamsFor(q))
	if err != nil {
		t.Fatal(err)
	}
	d, err := GPTTextDatanet()
	if err != nil {
		t.Fatal(err)
	}
	units := make([][]influence.Sketch, len(d.Contributors))
	for ci, con := range d.Contributors {
		for _, e := range con.Examples {
			win := make([]int, len(e.Input))
			for i, v := range e.Input {
				win[i] = int(v)
			}
			ss := runSites(t, q, pl, win, int(e.Label))
			units[ci] = append(units[ci], pl.Normalize(softSketch(pl, ss[len(ss)-1:])))
		}
	}
	for _, damp := range []uint32{0, pl.P.DampPPM} {
		pl.P.DampPPM = damp
		sks, err := pl.Combine(context.Background(), units)
		if err != nil {
			t.Fatal(err)
		}
		n, top1, top5 := 0, 0, 0
		for ci, cat := range c.Categories {
			taken := 0
			for i, f := range cat.Fortunes {
				if i%fortunes.HeldOutEvery != fortunes.HeldOutEvery-1 || len(f) < 24 || taken == 4 {
					continue
				}
				taken++
				tr, err := q.Generate(context.Background(), fortunes.Encode(f[:24]), 8, gpt2q.Decoding{Mode: gpt2q.Greedy})
				if err != nil {
					t.Fatal(err)
				}
				toks := append(append([]int(nil), tr.Prompt...), tr.Output[:len(tr.Output)-1]...)
				T := softSketch(pl, runSites(t, q, pl, toks, tr.Output[len(tr.Output)-1]))
				sc, err := influence.Scores(T, sks)
				if err != nil {
					t.Fatal(err)
				}
				w, _ := influence.Weights(sc)
				rank := 0
				for _, x := range w {
					if x > w[ci] {
						rank++
					}
				}
				n++
				if rank == 0 {
					top1++
				}
				if rank < 5 {
					top5++
				}
			}
		}
		t.Logf("softmax gradient, damping %d ppm: %d prompts: own category top-1 %d (%.1f%%), top-5 %d (%.1f%%)",
			damp, n, top1, 100*float64(top1)/float64(n), top5, 100*float64(top5)/float64(n))
	}
}
