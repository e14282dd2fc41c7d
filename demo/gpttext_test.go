package demo

import (
	"context"
	"slices"
	"sort"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
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
	if art.Params != textattr.DefaultParams() {
		t.Fatalf("artifacts params %+v, defaults %+v", art.Params, textattr.DefaultParams())
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
