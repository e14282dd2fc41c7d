// Package mnistdemo is the attribution side of openproof's embedded demo:
// the Datanet the embedded MNIST adapter was trained on (Datanet) and the
// adapter's attribution artifacts over it (Artifacts, embedded by
// inference/models as mnist/attribution.json; ArtifactsOf recomputes them).
// It lives here, not in inference/models, so that inference stays below
// attribution in the import graph.
package mnistdemo

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/models"
)

// DatanetName is the name of the Datanet that Datanet builds.
const DatanetName = "mnist-rot90-train"

// SplitSeed is the split seed of the embedded model and adapter
// (mnist.Train with seed 0): its training split is the adapter's data.
const SplitSeed = 0

// ContributorID names the contributor that holds the digits of class k
// in Datanet: "digit-0" … "digit-9".
func ContributorID(k int) string { return fmt.Sprintf("digit-%d", k) }

// Datanet builds the Datanet the embedded adapter was trained on, from
// the converted MNIST file's digits ds (`make data`): the training split of
// mnist.Train (ds.Split(SplitSeed)), turned 90° clockwise (Rotate90),
// exactly the digits and labels the adapter was fitted to. Contributor
// "digit-k" (ContributorID) holds every training digit labelled k, in
// file order. Inputs are the converted file's pixel bytes.
func Datanet(ds *mnist.Dataset) (*datanet.Datanet, error) {
	if ds == nil || ds.Len() == 0 {
		return nil, fmt.Errorf("mnistdemo: MNIST Datanet: no digits")
	}
	train, _ := ds.Split(SplitSeed)
	rot := train.Rotate90()
	b := datanet.NewBuilder(DatanetName, mnist.Pixels, mnist.Classes)
	px := make([]uint8, mnist.Pixels)
	for i, img := range rot.Images {
		if len(img) != mnist.Pixels {
			return nil, fmt.Errorf("mnistdemo: MNIST Datanet: training digit %d has %d pixels, want %d", i, len(img), mnist.Pixels)
		}
		l := int(rot.Labels[i])
		if l >= mnist.Classes {
			return nil, fmt.Errorf("mnistdemo: MNIST Datanet: training digit %d has label %d", i, l)
		}
		for j, v := range img {
			p, err := pixelByte(v)
			if err != nil {
				return nil, fmt.Errorf("mnistdemo: MNIST Datanet: training digit %d pixel %d: %w", i, j, err)
			}
			px[j] = p
		}
		b.Add(ContributorID(l), rot.Labels[i], px) // Add copies px
	}
	d, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("mnistdemo: MNIST Datanet: %w", err)
	}
	return d, nil
}

// pixelByte returns the byte b with b/255 = v (as float32, the converted
// file's decoding), and an error for a value off that grid.
func pixelByte(v float32) (uint8, error) {
	if !(v >= 0 && v <= 1) { // also rejects NaN
		return 0, fmt.Errorf("value %v outside [0, 1]", v)
	}
	b := uint8(math.Round(float64(v) * 255))
	if float32(b)/255 != v {
		return 0, fmt.Errorf("value %v is not a multiple of 1/255", v)
	}
	return b, nil
}

// ArtifactsOf computes the embedded base model's and adapter's
// attribution artifacts over d (Datanet) with the default attribution
// parameters: provenance.Sketch, plus the record of how the adapter was
// trained (mnist.Train's defaults, seed 0; its losses are in
// mnist/TRAINING.md, not here). The embedded models.MNISTAttributionFile is its
// output for the converted MNIST file, saved with provenance.Artifacts.Save.
func ArtifactsOf(ctx context.Context, d *datanet.Datanet) (*provenance.Artifacts, error) {
	base, err := models.MNISTBase()
	if err != nil {
		return nil, err
	}
	a, err := models.MNISTAdapter()
	if err != nil {
		return nil, err
	}
	pl, err := provenance.Plan(base, a, influence.DefaultParams())
	if err != nil {
		return nil, fmt.Errorf("mnistdemo: %w", err)
	}
	art, err := provenance.Sketch(ctx, pl, d)
	if err != nil {
		return nil, fmt.Errorf("mnistdemo: attribution artifacts of %s: %w", d.Name, err)
	}
	art.Training = provenance.TrainingInfo{
		Seed: SplitSeed, Rank: a.Config.R, Alpha: a.Config.LoraAlpha,
		Epochs: mnist.DefaultAdapterEpochs, BatchSize: mnist.DefaultBatchSize, LR: mnist.DefaultAdapterLR,
		Losses: []float64{},
	}
	return art, nil
}

// Artifacts returns the embedded attribution artifacts of the
// embedded adapter (models.MNISTAttributionFile), for `openproof demo`'s
// attributed proof.
func Artifacts() (*provenance.Artifacts, error) {
	b, err := models.MNISTAttributionJSON()
	if err != nil {
		return nil, fmt.Errorf("mnistdemo: %w", err)
	}
	art, err := provenance.ParseArtifacts("embedded "+models.MNISTAttributionFile, b)
	if err != nil {
		return nil, fmt.Errorf("mnistdemo: %w", err)
	}
	return art, nil
}
