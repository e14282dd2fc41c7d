package verifier_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover/bundle"
)

// TestGenerationTestdataRecipe: the committed generation fixtures were
// proven on gpt2qtest.TextModel (the Update tests' recipe): both bundles
// state its model digest, its adapter's owned commitment (salt 11,
// commit.DemoOwner) and its greedy output, and the committed text artifacts
// are, byte for byte, textattrtest.TextArtifacts on it (attrGenStatement).
func TestGenerationTestdataRecipe(t *testing.T) {
	ctx := context.Background()
	q, art := attrGenStatement(t)
	inner, err := gpt2.InnerCommitment(q, commit.Uint(11))
	if err != nil {
		t.Fatal(err)
	}
	model := bundle.FormatElement(gpt2.ModelDigest(q))
	adapter := bundle.FormatElement(commit.OwnedCommitment(inner, commit.DemoKey().Owner))
	for _, path := range []string{genBundle, attrGenBundle} {
		g, err := bundle.ReadGeneration(path)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := q.Generate(ctx, g.Prompt, len(g.Output), gpt2q.Decoding{Mode: gpt2q.Greedy})
		if err != nil {
			t.Fatal(err)
		}
		if g.Model.Digest != model || g.Adapter.Commitment != adapter || !slices.Equal(g.Output, tr.Output) {
			t.Errorf("%s: model %s adapter %s output %v; the recipe gives %s %s %v", path,
				g.Model.Digest, g.Adapter.Commitment, g.Output, model, adapter, tr.Output)
		}
	}
	out := filepath.Join(t.TempDir(), "attribution-text.json")
	if err := art.Save(out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(attrGenArtifacts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not the recipe's artifacts", attrGenArtifacts)
	}
}
