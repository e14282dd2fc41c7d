//go:build release_checks

package demo

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/fortunes"
)

// TestGPTTextArtifactsReproduce recomputes the text Datanet and its
// artifacts from the corpus and the embedded model (textattr.Build with the
// defaults, as `make gpt-attribution`) and checks both embedded files are
// byte-identical. About a minute of CPU; skips when the corpus is absent.
func TestGPTTextArtifactsReproduce(t *testing.T) {
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skipf("fortunes corpus absent (make data): %v", err)
	}
	q, err := GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	_, d, a, err := textattr.Build(context.Background(), c, q, textattr.ParamsFor(q))
	if err != nil {
		t.Fatal(err)
	}
	if a.Model, err = FileDigests(GPTFS(), GPTBaseDir); err != nil {
		t.Fatal(err)
	}
	if a.Adapter, err = FileDigests(GPTFS(), GPTAdapterDir); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := d.Save(filepath.Join(dir, GPTTextDatanetFile)); err != nil {
		t.Fatal(err)
	}
	if err := a.Save(filepath.Join(dir, GPTTextArtifactsFile)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{GPTTextDatanetFile, GPTTextArtifactsFile} {
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := gptTextFiles.ReadFile("gpt/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the recomputation (make gpt-attribution)", f)
		}
	}
}
