package main

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// tinyParams keep the attributed test circuit small: K = 1 gives a sketch
// of 2·r values for the rank-2 adapter of smallStack.
var tinyParams = influence.Params{Seed: 5, K: 1, DeltaBits: 16, SketchBits: 16, NormBits: 12}

// writeArtifacts computes attribution artifacts for the base model in
// modelDir (embedded when empty) with the adapter in adapterDir (embedded
// when empty), over the embedded digits split among n contributors, and
// writes them to a file.
func writeArtifacts(t *testing.T, modelDir, adapterDir string, n int) string {
	t.Helper()
	var base *model.Model
	var err error
	if modelDir == "" {
		base, err = demo.MNISTBase()
	} else {
		base, err = model.Load(modelDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var a *peft.Adapter
	if adapterDir == "" {
		a, err = demo.MNISTAdapter()
	} else {
		a, err = peft.Load(adapterDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	qm, err := quant.FromModel(base)
	if err != nil {
		t.Fatal(err)
	}
	qa, err := quant.FromPEFT(qm, a, "a")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := influence.NewPlan(qm, qa, tinyParams)
	if err != nil {
		t.Fatal(err)
	}
	s, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	b := datanet.NewBuilder("tiny", 784, 10)
	for i, img := range s.Images {
		px := make([]uint8, len(img))
		for j, v := range img {
			px[j] = uint8(math.Round(float64(v) * 255))
		}
		b.Add(fmt.Sprintf("contrib-%d", int(s.Labels[i])%n), s.Labels[i], px)
	}
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	art, err := artifacts.Sketch(context.Background(), pl, d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "attribution.json")
	if err := art.Save(path); err != nil {
		t.Fatal(err)
	}
	return path
}
