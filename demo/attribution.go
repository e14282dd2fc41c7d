package demo

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/peft"
)

// MNISTAttributionFile is the path inside the embedded files (FS) of the
// embedded adapter's attribution artifacts (attribution.json, the format of
// attribution/artifacts) over the Datanet of its training digits
// (MNISTDatanet); MNISTArtifactsOf recomputes them.
const MNISTAttributionFile = "mnist/attribution.json"

// MNISTAttributionJSON returns the bytes of MNISTAttributionFile.
func MNISTAttributionJSON() ([]byte, error) { return embedded.ReadFile(MNISTAttributionFile) }

// MNISTDatanetName is the name of the Datanet that MNISTDatanet builds.
const MNISTDatanetName = "mnist-rot90-train"

// MNISTSplitSeed is the split seed of the embedded model and adapter
// (mnist.Train with seed 0): its training split is the adapter's data.
const MNISTSplitSeed = 0

// MNISTContributorID names the contributor that holds the digits of class k
// in MNISTDatanet: "digit-0" … "digit-9".
func MNISTContributorID(k int) string { return fmt.Sprintf("digit-%d", k) }

// MNISTDatanet builds the Datanet the embedded adapter was trained on, from
// the converted MNIST file's digits ds (`make data`): the training split of
// mnist.Train (ds.Split(MNISTSplitSeed)), turned 90° clockwise (Rotate90),
// exactly the digits and labels the adapter was fitted to. Contributor
// "digit-k" (MNISTContributorID) holds every training digit labelled k, in
// file order. Inputs are the converted file's pixel bytes.
func MNISTDatanet(ds *mnist.Dataset) (*datanet.Datanet, error) {
	if ds == nil || ds.Len() == 0 {
		return nil, fmt.Errorf("demo: MNIST Datanet: no digits")
	}
	train, _ := ds.Split(MNISTSplitSeed)
	rot := train.Rotate90()
	b := datanet.NewBuilder(MNISTDatanetName, mnist.Pixels, mnist.Classes)
	px := make([]uint8, mnist.Pixels)
	for i, img := range rot.Images {
		if len(img) != mnist.Pixels {
			return nil, fmt.Errorf("demo: MNIST Datanet: training digit %d has %d pixels, want %d", i, len(img), mnist.Pixels)
		}
		l := int(rot.Labels[i])
		if l >= mnist.Classes {
			return nil, fmt.Errorf("demo: MNIST Datanet: training digit %d has label %d", i, l)
		}
		for j, v := range img {
			p, err := pixelByte(v)
			if err != nil {
				return nil, fmt.Errorf("demo: MNIST Datanet: training digit %d pixel %d: %w", i, j, err)
			}
			px[j] = p
		}
		b.Add(MNISTContributorID(l), rot.Labels[i], px) // Add copies px
	}
	d, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("demo: MNIST Datanet: %w", err)
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

// MNISTArtifactsOf computes the embedded base model's and adapter's
// attribution artifacts over d (MNISTDatanet) with the parameters and
// method that the embedded MNISTAttributionFile records (MNISTSettings):
// MNISTArtifactsWith. extras are the method's extra class-table adapters
// (MNISTClassSeeds; attribution/provenance.ClassAdapters trains them from
// d). The embedded file is its output for the converted MNIST file, saved
// with (*artifacts.Artifacts).Save.
func MNISTArtifactsOf(ctx context.Context, d *datanet.Datanet, extras []*peft.Adapter) (*artifacts.Artifacts, error) {
	p, m, err := MNISTSettings()
	if err != nil {
		return nil, err
	}
	return MNISTArtifactsWith(ctx, d, p, m, extras)
}

// MNISTArtifactsWith computes the embedded adapter's attribution artifacts
// over d under params p and method m (its class table over the embedded
// adapter and extras: artifacts.SketchWith; m's class_adapters_sha256 is
// set from extras), plus the record of how the adapter was trained
// (mnist.Train's defaults, seed 0; its losses are in mnist/TRAINING.md,
// not here).
func MNISTArtifactsWith(ctx context.Context, d *datanet.Datanet, p influence.Params, m influence.Method, extras []*peft.Adapter) (*artifacts.Artifacts, error) {
	base, err := MNISTBase()
	if err != nil {
		return nil, err
	}
	a, err := MNISTAdapter()
	if err != nil {
		return nil, err
	}
	pl, err := artifacts.Plan(base, a, p)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if m.Adapters() > 1 {
		if m.ClassAdaptersSHA256, err = artifacts.ClassAdaptersSHA256(extras); err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
	}
	art, err := artifacts.SketchWith(ctx, pl, d, &m, extras)
	if err != nil {
		return nil, fmt.Errorf("demo: attribution artifacts of %s: %w", d.Name, err)
	}
	art.Training = MNISTTraining(a)
	return art, nil
}

// MNISTTraining is the training record of the embedded adapter a:
// mnist.Train's defaults with seed 0 (the recipe the extra class-table
// adapters are trained with, attribution/provenance.Recipe).
func MNISTTraining(a *peft.Adapter) artifacts.TrainingInfo {
	return artifacts.TrainingInfo{
		Seed: MNISTSplitSeed, Rank: a.Config.R, Alpha: a.Config.LoraAlpha,
		Epochs: mnist.DefaultAdapterEpochs, BatchSize: mnist.DefaultBatchSize, LR: mnist.DefaultAdapterLR,
		Losses: []float64{},
	}
}

// MNISTSettings returns the parameters and method the embedded artifacts
// record: MNISTSoftClass's, with the τ, β, reference stride, class shift
// and adapters they were regenerated with (docs/attribution-quality.md,
// "The class table over N adapters in production").
func MNISTSettings() (influence.Params, influence.Method, error) {
	art, err := MNISTArtifacts()
	if err != nil {
		return influence.Params{}, influence.Method{}, err
	}
	return art.Params, art.MethodOf(), nil
}

// The embedded artifacts' statement as first generated on robust-softclass/v1:
// class term only, so β only scales every score (1), class values in units
// of 2^MNISTClassShift, and the class table over MNISTClassAdapters
// adapters: the embedded one and MNISTClassAdapters − 1 trained by
// attribution/provenance.FitAdapter on the Datanet with seeds
// MNISTClassSeedFrom, … (the embedded adapter is mnist.Train's, seed 0).
// The τ shift and the reference stride are the evaluation's choice
// (docs/attribution-quality.md).
const (
	MNISTClassBetaPPM  = 1_000_000
	MNISTClassShift    = 25
	MNISTClassAdapters = 10
	MNISTClassSeedFrom = 1
)

// MNISTSoftClass is the embedded artifacts' kind of settings: the default
// parameters with the smoothed class term alone (influence
// robust-softclass/v1, class_only, τ = 2^tauShift) at class shift s and
// the largest-remainder rule (influence.RuleLargestRemainder), and
// influence.RobustSoftClassMethod with β = betaPPM/10^6 over every
// refStride-th Datanet record, its class table over n adapters (extra
// seeds seedFrom, …; the digest is set when they are trained), each
// sketched under its own projection seed (Method.ClassProjPerAdapter).
func MNISTSoftClass(betaPPM, refStride uint32, s, tauShift uint, n uint32, seedFrom uint64) (influence.Params, influence.Method) {
	p := influence.DefaultParams()
	p.WeightRule, p.ClassTerm, p.ClassShift = influence.RuleLargestRemainder, true, s
	p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, tauShift, true
	m := influence.RobustSoftClassMethod(betaPPM, refStride)
	if n > 1 {
		m = m.WithClassAdapters(n, seedFrom)
		m.ClassProjPerAdapter = true
	}
	return p, m
}

// MNISTMethod is the method of the embedded artifacts' per-contributor
// vectors (influence.MethodRobustSoftClass; docs/attribution-quality.md).
func MNISTMethod() (influence.Method, error) {
	_, m, err := MNISTSettings()
	return m, err
}

// MNISTArtifacts returns the embedded attribution artifacts of the
// embedded adapter (MNISTAttributionFile), for `openproof demo`'s
// attributed proof.
func MNISTArtifacts() (*artifacts.Artifacts, error) {
	b, err := MNISTAttributionJSON()
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	art, err := artifacts.Parse("embedded "+MNISTAttributionFile, b)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return art, nil
}

// SampleDatanet is a Datanet of the embedded test digits named name, split
// among n contributors (1…10) by class: contributor "c<k>" holds the digits
// whose label ≡ k (mod n). Pixels become bytes round(255·v). It backs
// `openproof datanet sample` and the tests that need a small real Datanet
// without training.
func SampleDatanet(name string, n int) (*datanet.Datanet, error) {
	if n < 1 || n > 10 {
		return nil, fmt.Errorf("demo: %d contributors, want 1…10: %w", n, errs.ErrBadInput)
	}
	s, err := MNISTSamples()
	if err != nil {
		return nil, err
	}
	b := datanet.NewBuilder(name, len(s.Images[0]), 10)
	for i, img := range s.Images {
		px := make([]uint8, len(img))
		for j, v := range img {
			px[j] = uint8(math.Round(float64(v) * 255))
		}
		b.Add(fmt.Sprintf("c%d", int(s.Labels[i])%n), s.Labels[i], px)
	}
	return b.Build()
}
