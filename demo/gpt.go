package demo

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"

	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/peft"
)

// The embedded text model (inference/fortunes: a character-level GPT-2 on
// Debian's fortunes and its LoRA adapter on the Unix categories);
// gpt/TRAINING.md records how it was made.
//
//go:embed gpt/base/config.json gpt/base/model.safetensors
//go:embed gpt/adapter/adapter_config.json gpt/adapter/adapter_model.safetensors
var gptFiles embed.FS

// Paths of the text model inside GPTFS.
const (
	GPTBaseDir    = "gpt/base"
	GPTAdapterDir = "gpt/adapter"
)

// GPTFS returns the embedded text-model files.
func GPTFS() fs.FS { return gptFiles }

// GPTBase loads the embedded GPT-2 base (with its int8 calibration).
func GPTBase() (*gpt2.Model, error) {
	var m *gpt2.Model
	err := withDirFS(gptFiles, GPTBaseDir, func(dir string) (err error) {
		m, err = gpt2.Load(dir)
		return err
	})
	return m, err
}

// GPTAdapter loads the embedded LoRA adapter (c_attn, r = 8).
func GPTAdapter() (*peft.Adapter, error) {
	var a *peft.Adapter
	err := withDirFS(gptFiles, GPTAdapterDir, func(dir string) (err error) {
		a, err = peft.Load(dir)
		return err
	})
	return a, err
}

// FileDigests returns the SHA-256 (hex) of every file directly in dir of
// fsys, by file name: the digests a generation trace names its model by.
func FileDigests(fsys fs.FS, dir string) (map[string]string, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	out := map[string]string{}
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		d := sha256.Sum256(b)
		out[e.Name()] = hex.EncodeToString(d[:])
	}
	return out, nil
}
