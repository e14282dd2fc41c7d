//go:build release_checks

package demo

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/inference/mnist"
)

// TestEmbeddedReproduces retrains from the converted MNIST file and checks
// that the result is byte-identical to the embedded files. A release check
// (-tags release_checks, as `make test` sets): retraining takes a minute on
// a loaded machine.
func TestEmbeddedReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: retraining takes 10–30 s")
	}
	cache := os.Getenv("OPENPROOF_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			t.Skip("skipping: no home directory to find the converted MNIST file in")
		}
		cache = filepath.Join(home, ".cache", "openproof")
	}
	data := filepath.Join(cache, "mnist", "mnist.bin")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("skipping: converted MNIST file %s is absent (make data creates it)", data)
	}
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
