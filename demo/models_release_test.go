//go:build release_checks

package demo

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
)

// TestEmbeddedReproduces retrains from the converted MNIST file and checks
// that the result is byte-identical to the embedded files. A release check
// (-tags release_checks, as `make test` sets): retraining takes a minute on
// a loaded machine.
func TestEmbeddedReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: retraining takes 10–30 s")
	}
	// The converted MNIST file, fetched into the cache when absent (as the
	// other MNIST tests do), so this check runs rather than skips in CI.
	data := mnisttest.Path(t)
	ds, err := mnist.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := mnist.Train(context.Background(), ds, mnist.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	if err := Materialize(filepath.Join(dir, "embedded"), FS()); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"base/config.json", "base/model.safetensors", "adapter/adapter_config.json", "adapter/adapter_model.safetensors", "samples.bin"} {
		got, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dir, "embedded", "mnist", p))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: retrained bytes differ from the embedded file (run make train and commit)", p)
		}
	}
}
