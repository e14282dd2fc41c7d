package demo

import (
	"context"
	"errors"
	"maps"
	"math/big"
	"slices"
	"sort"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
)

// TestGPTTextArtifacts: the embedded text Datanet and artifacts fit each
// other and the embedded adapter (data commitments, sketch commitments,
// both roots), and a sample prompt about Linux and Debian ranks the
// adapter's categories high: the best-ranked adapter category is among the
// first four of 43, and the four adapter categories together get more than
// their share (4/43) of the weight. A sanity check of the method on the
// embedded model, not an evaluation (docs/attribution-text.md).
func TestGPTTextArtifacts(t *testing.T) {
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	art, err := GPTTextArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	d, err := GPTTextDatanet()
	if err != nil {
		t.Fatal(err)
	}
	// The sketches depend on every integer of the int8 model: artifacts
	// computed on other model files or another scheme are stale (make
	// gpt-attribution).
	for dir, want := range map[string]map[string]string{GPTBaseDir: art.Model, GPTAdapterDir: art.Adapter} {
		got, err := FileDigests(GPTFS(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(got, want) {
			t.Fatalf("artifacts computed on %s files %v, embedded %v: run make gpt-attribution", dir, want, got)
		}
	}
	if art.Scheme != q.Cal.Scheme {
		t.Fatalf("artifacts computed under scheme %q, the model is %q: run make gpt-attribution", art.Scheme, q.Cal.Scheme)
	}
	if art.Params != textattr.ParamsFor(q) {
		t.Fatalf("artifacts params %+v, defaults %+v", art.Params, textattr.ParamsFor(q))
	}
	pl, err := textattr.NewPlan(q, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	if err := art.CheckDatanet(pl, d); err != nil {
		t.Fatal(err)
	}
	if len(art.Contribs) != 43 {
		t.Fatalf("%d contributors, want the 43 categories", len(art.Contribs))
	}
	const prompt = "Linux kernel and Debian GNU/Linux"
	tr, err := q.Generate(context.Background(), fortunes.Encode(prompt), 16, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	sites, err := pl.GenerationSites(context.Background(), tr)
	if err != nil {
		t.Fatal(err)
	}
	at, err := textattr.Attribute(pl, art, sites)
	if err != nil {
		t.Fatal(err)
	}
	order := make([]int, len(at.Weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return at.Weights[order[i]] > at.Weights[order[j]] })
	best, adapterWeight := -1, uint64(0)
	for rank, c := range order {
		if slices.Contains(fortunes.DefaultAdapterCategories, art.Contribs[c].ID) {
			adapterWeight += uint64(at.Weights[c])
			if best < 0 {
				best = rank
			}
		}
	}
	out, _ := fortunes.Decode(tr.Output)
	for _, c := range order[:6] {
		t.Logf("%q → %q: %s %d ppm", prompt, out, art.Contribs[c].ID, at.Weights[c])
	}
	t.Logf("adapter categories: best rank %d, %d ppm together", best+1, adapterWeight)
	share := uint64(len(fortunes.DefaultAdapterCategories)) * influence.PPM / uint64(len(art.Contribs))
	if best < 0 || best >= 4 || adapterWeight <= share {
		t.Fatalf("adapter categories: best rank %d, weight %d ppm (share %d): the attribution does not favour them", best+1, adapterWeight, share)
	}
}

// TestGPTTextSketchDirect recomputes a generation's query sketch from the
// model's own tensors (wte, the last block's attn.c_proj with its column
// exponents, the adapter's A and B), entry by entry as
// docs/attribution-text.md states it, without the plan's precomputed
// tables, and compares it with Plan.Sketch.
func TestGPTTextSketchDirect(t *testing.T) {
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := textattr.NewPlan(q, textattr.ParamsFor(q))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := q.Generate(context.Background(), fortunes.Encode("Q: Why"), 6, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	sites, err := pl.GenerationSites(context.Background(), tr)
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != len(tr.Prompt)+len(tr.Output)-1 {
		t.Fatalf("%d sites for %d positions", len(sites), len(tr.Prompt)+len(tr.Output)-1)
	}
	got, err := pl.Sketch(sites)
	if err != nil {
		t.Fatal(err)
	}
	blk := &q.Blocks[len(q.Blocks)-1]
	lora, wp := blk.Attn.Wide.LoRA, blk.AttnProj.Wide
	d, V, r, K := q.Config.NEmbd, q.Config.VocabSize, lora.Rank, pl.P.K
	top := slices.Max(wp.WExp) // column i's weights at 2^−WExp_i: scaled to the finest
	pOut := influence.Rademacher(pl.P.Seed, 0, K*d)
	pIn := influence.Rademacher(pl.P.Seed, 1, K*d)
	accB, accA := make([]*big.Int, K*r), make([]*big.Int, r*K)
	for i := range accB {
		accB[i], accA[i] = new(big.Int), new(big.Int)
	}
	for _, s := range sites {
		g := make([]int64, d) // W_projᵀ (V·wte[y] − Σ_v wte[v])
		for j := 0; j < d; j++ {
			for i := 0; i < d; i++ {
				var e int64
				for v := 0; v < V; v++ {
					e -= int64(q.WteW[v*d+i])
				}
				e += int64(V) * int64(q.WteW[s.Y*d+i])
				g[j] += int64(wp.W[i*d+j]) * e << (top - wp.WExp[i])
			}
		}
		for k := 0; k < K; k++ {
			var pg, ph int64
			for j := 0; j < d; j++ {
				pg += int64(pOut[k*d+j]) * g[j]
				ph += int64(pIn[k*d+j]) * int64(s.H[j])
			}
			for tt := 0; tt < r; tt++ {
				var z, u int64
				for j := 0; j < d; j++ {
					z += int64(lora.A[tt*d+j]) * int64(s.H[j])
					u += int64(lora.B[(2*d+j)*r+tt]) * g[j]
				}
				accB[k*r+tt].Add(accB[k*r+tt], new(big.Int).Mul(big.NewInt(pg), big.NewInt(z)))
				accA[tt*K+k].Add(accA[tt*K+k], new(big.Int).Mul(big.NewInt(u), big.NewInt(ph)))
			}
		}
	}
	round := func(a *big.Int, k uint) int64 {
		n := new(big.Int).Add(a, new(big.Int).Lsh(big.NewInt(1), k-1))
		return n.Rsh(n, k).Int64()
	}
	for i := range accB {
		if w := round(accB[i], pl.P.ShiftB); got[i] != w {
			t.Fatalf("B entry %d: Sketch %d, direct %d", i, got[i], w)
		}
		if w := round(accA[i], pl.P.ShiftA); got[K*r+i] != w {
			t.Fatalf("A entry %d: Sketch %d, direct %d", i, got[K*r+i], w)
		}
	}
	nz := 0
	for _, v := range got {
		if v != 0 {
			nz++
		}
	}
	if nz < len(got)/2 {
		t.Fatalf("only %d of %d sketch values are non-zero", nz, len(got))
	}
}

// TestGPTTextPlanRejects: a model without an adapter, parameters out of
// range and malformed sites are refused as bad input.
func TestGPTTextPlanRejects(t *testing.T) {
	base, err := GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	qb, err := gpt2q.Quantize(base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := textattr.NewPlan(qb, textattr.DefaultParams()); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("base model without adapter: err %v", err)
	}
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(p *textattr.Params){
		"k 0":           func(p *textattr.Params) { p.K = 0 },
		"window > ctx":  func(p *textattr.Params) { p.Window = 65 },
		"shift 0":       func(p *textattr.Params) { p.ShiftA = 0 },
		"shift 49":      func(p *textattr.Params) { p.ShiftB = 49 },
		"damp > 10^6":   func(p *textattr.Params) { p.DampPPM = 2_000_000 },
		"curv bits low": func(p *textattr.Params) { p.CurvBits = 2 },
	} {
		p := textattr.ParamsFor(q)
		mut(&p)
		if _, err := textattr.NewPlan(q, p); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err %v", name, err)
		}
	}
	pl, err := textattr.NewPlan(q, textattr.ParamsFor(q))
	if err != nil {
		t.Fatal(err)
	}
	h := make([]int32, q.Config.NEmbd)
	wide := append([]int32(nil), h...)
	wide[1] = 1 << (q.Bits - 1) // one past the activation range
	for name, sites := range map[string][]textattr.Site{
		"no sites":   nil,
		"h too wide": {{H: wide, Y: 1}},
		"short h":    {{H: h[:3], Y: 1}},
		"y too big":  {{H: h, Y: q.Config.VocabSize}},
		"y negative": {{H: h, Y: -1}},
		"too many":   make([]textattr.Site, textattr.MaxSites+1),
	} {
		if _, err := pl.Sketch(sites); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err %v", name, err)
		}
	}
}
