package demo

import (
	"context"
	"os"
	"testing"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
)

// TestGPTTextOwnCategory measures whether the attribution follows the
// prompt's source: for every category, prompts of 24 characters taken from
// its held-out fortunes (the first 4 held-out fortunes of at least 24
// characters), greedy 8 tokens, and the rank of the prompt's own category
// among the 43 by weight. Logs the top-1 and top-5 rates against chance;
// runs only with OPENPROOF_GPT_EVAL=1 and the corpus installed
// (docs/attribution-text.md); OPENPROOF_GPT_EVAL_NOCURV=1 recomputes the
// sketches without the curvature step first (about a minute).
func TestGPTTextOwnCategory(t *testing.T) {
	if os.Getenv("OPENPROOF_GPT_EVAL") != "1" {
		t.Skip("set OPENPROOF_GPT_EVAL=1")
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skipf("fortunes corpus absent: %v", err)
	}
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	art, err := GPTTextArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := textattr.NewPlan(q, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("OPENPROOF_GPT_EVAL_NOCURV") == "1" { // the same without the curvature step
		pl.P.DampPPM = 0
		d, err := GPTTextDatanet()
		if err != nil {
			t.Fatal(err)
		}
		if art, err = textattr.Compute(context.Background(), pl, d); err != nil {
			t.Fatal(err)
		}
	}
	n, top1, top5 := 0, 0, 0
	for ci, cat := range c.Categories {
		if art.Contribs[ci].ID != cat.Name {
			t.Fatalf("category %d is %q, contributor %q", ci, cat.Name, art.Contribs[ci].ID)
		}
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
			sites, err := pl.GenerationSites(context.Background(), tr)
			if err != nil {
				t.Fatal(err)
			}
			at, err := textattr.Attribute(pl, art, sites)
			if err != nil {
				t.Fatal(err)
			}
			rank := 0
			for _, w := range at.Weights {
				if w > at.Weights[ci] {
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
	k := len(art.Contribs)
	t.Logf("%d held-out prompts: own category top-1 %d (%.1f%%, chance %.1f%%), top-5 %d (%.1f%%, chance %.1f%%)",
		n, top1, 100*float64(top1)/float64(n), 100/float64(k), top5, 100*float64(top5)/float64(n), 500/float64(k))
}
