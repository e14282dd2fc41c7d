package demo

import (
	"embed"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/inference/gpt2q"
)

// The text Datanet of the embedded GPT-2 (one contributor per fortune
// category) and its attribution artifacts, written by scripts/gptattr
// (`make gpt-attribution`); docs/attribution-text.md describes them.
//
//go:embed gpt/datanet-text.opdn gpt/attribution-text.json
var gptTextFiles embed.FS

// File names of the text Datanet and its artifacts under demo/gpt.
const (
	GPTTextDatanetFile   = "datanet-text.opdn"
	GPTTextArtifactsFile = "attribution-text.json"
)

// GPTQuantized returns the embedded base with its adapter, quantized (the
// int8 model a generation proof runs).
func GPTQuantized() (*gpt2q.Model, error) {
	base, err := GPTBase()
	if err != nil {
		return nil, err
	}
	ad, err := GPTAdapter()
	if err != nil {
		return nil, err
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		return nil, err
	}
	return gpt2q.Quantize(m)
}

// GPTTextDatanet returns the embedded text Datanet.
func GPTTextDatanet() (*datanet.Datanet, error) {
	b, err := gptTextFiles.ReadFile("gpt/" + GPTTextDatanetFile)
	if err != nil {
		return nil, err
	}
	return datanet.ParseBinary(GPTTextDatanetFile, b)
}

// GPTTextArtifacts returns the embedded text attribution artifacts.
func GPTTextArtifacts() (*textattr.Artifacts, error) {
	b, err := gptTextFiles.ReadFile("gpt/" + GPTTextArtifactsFile)
	if err != nil {
		return nil, err
	}
	return textattr.Parse(GPTTextArtifactsFile, b)
}
