// Package textattrtest builds the tiny text Datanets and sketch parameters
// of openproof's attributed-generation tests and committed fixtures: the
// 3-contributor fortunes Datanet (TextDatanet) for gpt2qtest.TextModel and
// the 4-contributor periodic Datanet (PeriodicDatanet) for
// gpt2qtest.PeriodicModels, both sketched with Params (TextArtifacts,
// PeriodicArtifacts).
//
// Committed fixtures depend on them byte for byte (verifier's
// testdata/generation-attributed and contracts/internal/fixturegen's
// generation-attributed fixture): a change here changes the artifacts and
// attributions they were proven on, and their tests then fail.
//
// Test support: imported by tests and tools, never by production code.
package textattrtest

import (
	"context"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
)

// Params are the tiny sketch parameters (seed 7, K = 4: 16 values per
// sketch of a rank-2 adapter; 4-token windows, 3 records a contributor;
// robust/v1's curvature damping and bits).
func Params() textattr.Params {
	return textattr.Params{Seed: 7, K: 4, ShiftB: 6, ShiftA: 6, NormBits: 20, Window: 4, Records: 3,
		DampPPM: influence.RobustMethod().DampPPM, CurvBits: influence.RobustMethod().CurvBits}
}

// ParamsFor is Params for q: both shifts grow by textattr.ExtraShift(q)
// (0 at 8 bits, so the committed 8-bit fixtures keep Params).
func ParamsFor(q *gpt2q.Model) textattr.Params { return Params().For(q) }

// TextDatanet has three contributors ("cats", "dogs", "shouts") of three
// 4-character windows each (and the character after each), from three
// short texts, over the fortunes vocabulary.
func TextDatanet() (*datanet.Datanet, error) {
	texts := []struct{ id, text string }{{"cats", "the cat sat on the mat."}, {"dogs", "a dog ran to the log."}, {"shouts", "HEY! WHAT? NO WAY!!"}}
	b := datanet.NewBuilder("tiny-text", 4, fortunes.VocabSize)
	for _, src := range texts {
		toks := fortunes.Encode(src.text)
		addWindows(b, src.id, func(i int) int { return toks[i] })
	}
	return b.Build()
}

// PeriodicDatanet has four contributors of three 4-token windows each over
// the periodic model's 32-token vocabulary: two from its training sequence
// (gpt2qtest.Periodic, at offsets 0 and 17), one from a copy shifted by 3,
// one from an unrelated sequence.
func PeriodicDatanet() (*datanet.Datanet, error) {
	seqs := map[string]func(i int) int{
		"periodic":  gpt2qtest.Periodic,
		"periodic2": func(i int) int { return gpt2qtest.Periodic(i + 17) },
		"shifted":   func(i int) int { return (i*7 + i%5 + 3) % gpt2qtest.PeriodicVocab },
		"other":     func(i int) int { return (i*i + 11) % gpt2qtest.PeriodicVocab },
	}
	b := datanet.NewBuilder("tiny-text", 4, gpt2qtest.PeriodicVocab)
	for id, f := range seqs {
		addWindows(b, id, f)
	}
	return b.Build()
}

// addWindows adds id's three records: tokens 5r … 5r+3 of seq, labeled
// with token 5r+4.
func addWindows(b *datanet.Builder, id string, seq func(i int) int) {
	for rec := range 3 {
		in := make([]uint8, 4)
		for j := range in {
			in[j] = uint8(seq(rec*5 + j))
		}
		b.Add(id, uint8(seq(rec*5+4)), in)
	}
}

// TextArtifacts plans ParamsFor(q) on q (a model over the fortunes vocabulary,
// such as gpt2qtest.TextModel) and computes TextDatanet's artifacts under
// the plan.
func TextArtifacts(ctx context.Context, q *gpt2q.Model) (*textattr.Plan, *textattr.Artifacts, error) {
	d, err := TextDatanet()
	if err != nil {
		return nil, nil, err
	}
	return sketch(ctx, q, d)
}

// PeriodicArtifacts plans ParamsFor(q) on q (gpt2qtest.PeriodicModels' adapted
// model) and computes PeriodicDatanet's artifacts under the plan.
func PeriodicArtifacts(ctx context.Context, q *gpt2q.Model) (*textattr.Plan, *textattr.Artifacts, error) {
	d, err := PeriodicDatanet()
	if err != nil {
		return nil, nil, err
	}
	return sketch(ctx, q, d)
}

// sketch plans ParamsFor(q) on q and computes d's artifacts under the plan.
func sketch(ctx context.Context, q *gpt2q.Model, d *datanet.Datanet) (*textattr.Plan, *textattr.Artifacts, error) {
	pl, err := textattr.NewPlan(q, ParamsFor(q))
	if err != nil {
		return nil, nil, err
	}
	art, err := textattr.Compute(ctx, pl, d)
	if err != nil {
		return nil, nil, err
	}
	return pl, art, nil
}
