//go:build release_checks

package demo

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/inference/fortunes"
)

// TestEmbeddedGPTReproduces retrains the text model from Debian's fortunes
// (fortunes.Train with the defaults, as `make train-gpt`) and checks that
// every embedded file comes out byte-identical. A release check: it takes
// 10–40 minutes on the shared 2-core machine (gpt/TRAINING.md), too long for
// `make test`'s budget, so it runs only with OPENPROOF_RETRAIN_GPT=1
// (`make train-gpt-check`). It skips when the corpus is not installed (`make data`).
func TestEmbeddedGPTReproduces(t *testing.T) {
	if testing.Short() || os.Getenv("OPENPROOF_RETRAIN_GPT") != "1" {
		t.Skip("skipping: retraining takes 10–40 minutes; set OPENPROOF_RETRAIN_GPT=1 (make train-gpt-check)")
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skipf("fortunes corpus absent (make data): %v", err)
	}
	r, err := fortunes.Train(context.Background(), c, fortunes.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{GPTBaseDir, GPTAdapterDir} {
		ents, err := fs.ReadDir(GPTFS(), sub)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			want, err := fs.ReadFile(GPTFS(), path.Join(sub, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(dir, path.Base(sub), e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s/%s: retrained bytes differ from the embedded file (run make train-gpt and commit)", sub, e.Name())
			}
		}
	}
}
