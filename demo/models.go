// Package demo embeds openproof's demo, so that it runs with nothing on disk:
// the MNIST base MLP (784→64 ReLU →10, float32, calibrated for the
// fixed-point recipe), its LoRA adapter for digits turned 90° clockwise, 64
// such digits from the held-out test split, and the adapter's attribution
// artifacts over the Datanet of its training digits, with the code that
// rebuilds that Datanet from the MNIST data and recomputes the artifacts.
//
// The pieces sit together because they are one fixture: the artifacts are
// only meaningful for this adapter and this Datanet, and the tests that
// reproduce them byte for byte check all of them at once. In the import rule
// (internal/layers) the package sits just above attribution: it imports
// inference (inference/mnist reads the data and trains the model files) and
// attribution (attribution/artifacts computes and parses the artifacts),
// which is why it is not under inference/: no inference package imports
// attribution. Production callers are the CLI, bench and the contract
// fixture generator; circuit and prover tests use it as their model.
//
// `make train` produces the model files (inference/mnist), and
// TestEmbeddedAttributionReproduces -update the artifacts;
// mnist/TRAINING.md records the commands, the accuracies and the sizes.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// The list is explicit so that nothing else in mnist/ (TRAINING.md, stray
// files) ends up in the binary.
//
//go:embed mnist/base/config.json mnist/base/model.safetensors
//go:embed mnist/adapter/adapter_config.json mnist/adapter/adapter_model.safetensors
//go:embed mnist/samples.bin mnist/attribution.json
var embedded embed.FS // read-only: embed.FS cannot be modified

// Paths inside FS.
const (
	MNISTBaseDir     = "mnist/base"        // config.json, model.safetensors
	MNISTAdapterDir  = "mnist/adapter"     // adapter_config.json, adapter_model.safetensors
	MNISTSamplesFile = "mnist/samples.bin" // mnist converted-file format
)

// FS returns the embedded files, for callers that need their bytes (digests,
// copies).
func FS() fs.FS { return embedded }

// MNISTBase loads the embedded base model.
func MNISTBase() (*model.Model, error) {
	var m *model.Model
	err := withDir(MNISTBaseDir, func(dir string) (err error) {
		m, err = model.Load(dir)
		return err
	})
	return m, err
}

// MNISTAdapter loads the embedded LoRA adapter (fc1 and fc2, r = 8).
func MNISTAdapter() (*peft.Adapter, error) {
	var a *peft.Adapter
	err := withDir(MNISTAdapterDir, func(dir string) (err error) {
		a, err = peft.Load(dir)
		return err
	})
	return a, err
}

// MNISTSamples returns the embedded demo digits (rotated, with labels).
func MNISTSamples() (*mnist.Dataset, error) {
	b, err := embedded.ReadFile(MNISTSamplesFile)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return mnist.Parse("embedded "+MNISTSamplesFile, b)
}

// withDir materializes the embedded directory sub into a temporary
// directory, runs load on it and removes it: model and peft load from
// directories, and their validation should not be duplicated here.
func withDir(sub string, load func(dir string) error) error {
	return withDirFS(embedded, sub, load)
}

// withDirFS is withDir over another embedded file system.
func withDirFS(root fs.FS, sub string, load func(dir string) error) error {
	fsys, err := fs.Sub(root, sub)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	tmp, err := os.MkdirTemp("", "openproof-demo-*")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := Materialize(tmp, fsys); err != nil {
		return err
	}
	if err := load(tmp); err != nil {
		return fmt.Errorf("demo: embedded %s: %w", sub, err)
	}
	return nil
}

// Materialize copies every file of fsys into the directory dst (created if
// needed), keeping relative paths; each file is written atomically. With
// sub, _ := fs.Sub(FS(), MNISTBaseDir), Materialize(dir, sub) gives a model
// directory for tools that take paths.
func Materialize(dst string, fsys fs.FS) error {
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path.Clean(p))
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return writeFileAtomic(target, b)
	})
	if err != nil {
		return fmt.Errorf("demo: materialize into %s: %w", dst, err)
	}
	return nil
}

// writeFileAtomic writes b to path atomically (renameio: temporary file,
// fsync, rename), so readers never see a partial file.
func writeFileAtomic(path string, b []byte) error {
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("demo: write %s: %w", path, err)
	}
	return nil
}
