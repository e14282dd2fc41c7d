package verifier_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/attribution/textattr/textattrtest"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// The committed attributed generation fixture (TestUpdateAttributedGenerationTestdata
// writes it): a proven greedy generation of a 1-layer, d = 8 text model
// over the fortunes vocabulary, attributed to a 3-contributor text Datanet
// (its artifacts committed beside it), and the verifying key of its
// circuit (a key store entry without pk.bin).
var (
	attrGenDir       = filepath.Join("testdata", "generation-attributed")
	attrGenKeys      = filepath.Join(attrGenDir, "keys")
	attrGenBundle    = filepath.Join(attrGenDir, "generation.json")
	attrGenArtifacts = filepath.Join(attrGenDir, "attribution-text.json")
)

// attrGenStatement is the attributed fixture's model and artifacts: the
// plain generation fixture's model (gpt2qtest.TextModel) and the
// 3-contributor text Datanet sketched on it (textattrtest.TextArtifacts),
// its files named by stand-ins.
func attrGenStatement(t *testing.T) (*gpt2q.Model, *textattr.Artifacts) {
	t.Helper()
	q, err := gpt2qtest.TextModel(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_, art, err := textattrtest.TextArtifacts(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	art.Model, art.Adapter, art.Scheme = map[string]string{"tiny-gpt": "-"}, map[string]string{"tiny-lora": "-"}, q.Cal.Scheme
	return q, art
}

// TestUpdateAttributedGenerationTestdata proves the committed fixture (run
// with -update -run TestUpdateAttributedGenerationTestdata).
func TestUpdateAttributedGenerationTestdata(t *testing.T) {
	if !*update {
		t.Skip("run with -update to prove the attributed generation fixture again")
	}
	ctx := context.Background()
	q, art := attrGenStatement(t)
	ta, err := pipeline.NewTextAttribution(q, art)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(attrGenDir); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(attrGenKeys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.ProveAttributedGeneration(ctx, prover.CPU(), ks.Provider(true), pipeline.GenerationRequest{Model: q, ModelName: "tiny-gpt",
		AdapterName: "tiny-lora", Key: commit.AdapterKey{Salt: commit.Uint(11), Owner: commit.DemoKey().Owner},
		Prompt: fortunes.Encode("th"), Tokens: 3, Vocabulary: bundle.VocabFortunes}, ta)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d constraints", res.Circuit.Name, res.Bundle.Circuit.Constraints)
	if err := res.Bundle.Write(attrGenBundle); err != nil {
		t.Fatal(err)
	}
	if err := art.Save(attrGenArtifacts); err != nil {
		t.Fatal(err)
	}
	pks, err := filepath.Glob(filepath.Join(attrGenKeys, "*", keystore.PKFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pks {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
}

// fixtureRoot recomputes the fixture's Datanet root from its committed
// artifacts without the model (textattr.Artifacts.RecomputeRoot); it must be the
// root Compute stated with the model's plan.
func fixtureRoot(t *testing.T) fr.Element {
	t.Helper()
	raw, err := os.ReadFile(attrGenArtifacts)
	if err != nil {
		t.Fatal(err)
	}
	art, err := textattr.Parse(attrGenArtifacts, raw)
	if err != nil {
		t.Fatal(err)
	}
	root, err := art.RecomputeRoot()
	if err != nil {
		t.Fatal(err)
	}
	if got := commit.Hex(root); got != art.Root {
		t.Fatalf("artifacts' root recomputed without the model %s, stated (with the model's plan) %s", got, art.Root)
	}
	return root
}

// TestVerifyAttributedGeneration verifies the committed attributed
// generation with the committed key and the Datanet root recomputed from
// the committed artifacts, and refuses each tampered copy (weights, root,
// digest, tokens, public inputs) with the error of the check it breaks.
func TestVerifyAttributedGeneration(t *testing.T) {
	ks, err := keystore.Open(attrGenKeys)
	if err != nil {
		t.Fatal(err)
	}
	g, err := bundle.ReadGeneration(attrGenBundle)
	if err != nil {
		t.Fatal(err)
	}
	root := fixtureRoot(t)
	rep, err := verifier.VerifyGeneration(g, ks, verifier.WithDatanet("tiny-text", root))
	if err != nil {
		t.Fatalf("the committed attributed generation does not verify: %v", err)
	}
	st, l := rep.Statement, rep.Labels
	if st.Kind != bundle.KindGPT2GreedyAttributed || st.Datanet != "tiny-text" || st.DatanetRoot != bundle.FormatElement(root) ||
		!slices.Equal(st.Weights, g.Attribution.PPMs()) || st.PromptText != "th" || len(st.Output) != 3 || l.DatanetRoot != "" ||
		!slices.Equal(l.Contributors, []string{"cats", "dogs", "shouts"}) || !slices.Contains(rep.Checks, verifier.CheckDatanet) {
		t.Errorf("statement %+v, labels %+v, checks %v", st, l, rep.Checks)
	}
	var sum uint32
	for _, w := range st.Weights {
		sum += w
	}
	if sum != bundle.PPM {
		t.Errorf("weights %v sum to %d", st.Weights, sum)
	}
	// Without the artifacts the root is proven but stays a label.
	rep, err = verifier.VerifyGeneration(g, ks)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Labels.DatanetRoot != bundle.FormatElement(root) || rep.Statement.Datanet != "" || slices.Contains(rep.Checks, verifier.CheckDatanet) {
		t.Errorf("without WithDatanet: statement %+v, labels %+v", rep.Statement, rep.Labels)
	}
	testAttributedTampered(t, g, ks, root)
}

func testAttributedTampered(t *testing.T, g *bundle.Generation, ks *keystore.Store, root fr.Element) {
	setPublic := func(b *bundle.Generation, name, v string) {
		for i := range b.PublicInputs {
			if b.PublicInputs[i].Name == name {
				b.PublicInputs[i].Value = v
			}
		}
	}
	// moved shifts 1,000 ppm from the top contributor to another: still a
	// valid weight list, no longer the proven one.
	moved := func(a *bundle.Attribution) []bundle.Weight {
		w := slices.Clone(a.Weights)
		top := 0
		for i := range w {
			if w[i].PPM > w[top].PPM {
				top = i
			}
		}
		w[top].PPM -= 1000
		w[(top+1)%len(w)].PPM += 1000
		return w
	}
	otherRoot := bundle.FormatElement(fr.NewElement(42))
	tests := []struct {
		name string
		mut  func(b *bundle.Generation)
		want error
	}{
		{"weights moved", func(b *bundle.Generation) { b.Attribution.Weights = moved(b.Attribution) }, verifier.ErrAttributionMismatch},
		{"weights moved, digest following", func(b *bundle.Generation) {
			b.Attribution.Weights = moved(b.Attribution)
			b.Attribution.Digest = bundle.FormatElement(influence.Digest(b.Attribution.PPMs()))
			setPublic(b, "AttributionDigest", b.Attribution.Digest)
		}, verifier.ErrProofInvalid},
		{"digest not the public input", func(b *bundle.Generation) {
			b.Attribution.Digest = bundle.FormatElement(fr.NewElement(5))
		}, verifier.ErrPublicInputMismatch},
		{"another root", func(b *bundle.Generation) { b.Attribution.DatanetRoot = otherRoot }, verifier.ErrPublicInputMismatch},
		{"another root, public input following", func(b *bundle.Generation) {
			b.Attribution.DatanetRoot = otherRoot
			setPublic(b, "DatanetRoot", otherRoot)
		}, verifier.ErrDatanetMismatch},
		{"flipped token", func(b *bundle.Generation) {
			b.Output = slices.Clone(b.Output)
			b.Output[0] = (b.Output[0] + 1) % fortunes.VocabSize
		}, verifier.ErrOutputMismatch},
		{"public inputs reordered", func(b *bundle.Generation) {
			b.PublicInputs[4], b.PublicInputs[5] = b.PublicInputs[5], b.PublicInputs[4]
		}, verifier.ErrPublicInputMismatch},
		{"attribution dropped", func(b *bundle.Generation) { b.Attribution = nil }, errs.ErrBadInput},
		{"plain kind", func(b *bundle.Generation) { b.Kind = bundle.KindGPT2Greedy }, errs.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := *g
			b.PublicInputs = slices.Clone(g.PublicInputs)
			a := *g.Attribution
			a.Weights = slices.Clone(a.Weights)
			b.Attribution = &a
			tc.mut(&b)
			if _, err := verifier.VerifyGeneration(&b, ks, verifier.WithDatanet("tiny-text", root)); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	// The proven root is another Datanet's: refused with WithDatanet, and
	// the public input still binds it without (a changed public input fails
	// the proof).
	if _, err := verifier.VerifyGeneration(g, ks, verifier.WithDatanet("other", fr.NewElement(42))); !errors.Is(err, verifier.ErrDatanetMismatch) {
		t.Fatalf("another Datanet: err = %v", err)
	}
	b := *g
	b.PublicInputs = slices.Clone(g.PublicInputs)
	a := *g.Attribution
	a.DatanetRoot = otherRoot
	b.Attribution = &a
	setPublic(&b, "DatanetRoot", otherRoot)
	if _, err := verifier.VerifyGeneration(&b, ks); !errors.Is(err, verifier.ErrProofInvalid) {
		t.Fatalf("another root without WithDatanet: err = %v", err)
	}
}
