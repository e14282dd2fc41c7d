package verifier_test

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/verifier"
)

// attributedCircuit has the attributed inference circuit's six public
// inputs and one commitment; the two attribution inputs equal private
// copies, so that the proof binds them.
type attributedCircuit struct {
	ModelDigest       frontend.Variable `gnark:"model_digest,public"`
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	InputDigest       frontend.Variable `gnark:"input_digest,public"`
	OutputDigest      frontend.Variable `gnark:"output_digest,public"`
	DatanetRoot       frontend.Variable `gnark:"datanet_root,public"`
	AttributionDigest frontend.Variable `gnark:"attribution_digest,public"`
	Y, Root, Digest   frontend.Variable
}

func (c *attributedCircuit) Define(api frontend.API) error {
	y3 := api.Mul(c.Y, c.Y, c.Y)
	api.AssertIsEqual(c.OutputDigest, api.Add(y3, api.Mul(c.ModelDigest, c.AdapterCommitment), c.InputDigest))
	api.AssertIsEqual(c.DatanetRoot, c.Root)
	api.AssertIsEqual(c.AttributionDigest, c.Digest)
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

var attrWeights = []uint32{0, 600000, 400000}

var newAttrFixture = sync.OnceValues(func() (*fixture, error) {
	digest := influence.Digest(attrWeights)
	var root fr.Element
	root.SetUint64(4242)
	_, keys, b, err := proveBundle(&attributedCircuit{}, &attributedCircuit{ModelDigest: 3, AdapterCommitment: 5, InputDigest: 7, OutputDigest: outputDigest,
		DatanetRoot: root, AttributionDigest: digest, Y: 11, Root: root, Digest: digest}, "test.attributed")
	if err != nil {
		return nil, err
	}
	att := &bundle.Attribution{DatanetRoot: b.PublicInputs[4].Value, Digest: b.PublicInputs[5].Value}
	for i, x := range attrWeights {
		att.Weights = append(att.Weights, bundle.Weight{Contributor: i, PPM: x})
	}
	b.Attribution = att
	return &fixture{keys: keys, vk: keys.VK, bundle: b}, nil
})

func freshAttributed(t *testing.T) (*fixture, *bundle.Bundle) {
	t.Helper()
	f, err := newAttrFixture()
	if err != nil {
		t.Fatal(err)
	}
	b := *f.bundle
	b.PublicInputs = slices.Clone(b.PublicInputs)
	a := *b.Attribution
	a.Weights = slices.Clone(a.Weights)
	b.Attribution = &a
	return f, &b
}

func TestAttributedValid(t *testing.T) {
	f, b := freshAttributed(t)
	r, err := verifier.VerifyBundle(b, f.vk, fakeOutput)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{verifier.CheckVK, verifier.CheckStatement, verifier.CheckWeights, verifier.CheckGroth16, verifier.CheckOutput, verifier.CheckPrediction}
	if !slices.Equal(r.Checks, want) || r.PublicInputs != 6 {
		t.Fatalf("checks %v with %d public inputs, want %v with 6", r.Checks, r.PublicInputs, want)
	}
}

func TestAttributedFailures(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(b *bundle.Bundle)
		want   error
	}{
		{"weight moved", func(b *bundle.Bundle) {
			b.Attribution.Weights[1].PPM--
			b.Attribution.Weights[2].PPM++
		}, verifier.ErrAttributionMismatch},
		{"contributor appended", func(b *bundle.Bundle) {
			b.Attribution.Weights = append(b.Attribution.Weights, bundle.Weight{Contributor: 3})
		}, verifier.ErrAttributionMismatch},
		{"weights all zero", func(b *bundle.Bundle) {
			for i := range b.Attribution.Weights {
				b.Attribution.Weights[i].PPM = 0
			}
		}, verifier.ErrAttributionMismatch},
		{"section dropped", func(b *bundle.Bundle) { b.Attribution = nil }, verifier.ErrPublicInputMismatch},
		{"root differs from its public input", func(b *bundle.Bundle) { b.Attribution.DatanetRoot = element(1) }, verifier.ErrPublicInputMismatch},
		{"digest differs from its public input", func(b *bundle.Bundle) { b.Attribution.Digest = element(1) }, verifier.ErrPublicInputMismatch},
		{"other weights with their digest", func(b *bundle.Bundle) {
			w := []uint32{1000000, 0, 0}
			for i := range w {
				b.Attribution.Weights[i].PPM = w[i]
			}
			d := bundle.FormatElement(influence.Digest(w))
			b.Attribution.Digest, b.PublicInputs[5].Value = d, d
		}, verifier.ErrProofInvalid},
		{"other root in both places", func(b *bundle.Bundle) {
			b.Attribution.DatanetRoot, b.PublicInputs[4].Value = element(9), element(9)
		}, verifier.ErrProofInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, b := freshAttributed(t)
			tc.mutate(b)
			_, err := verifier.VerifyBundle(b, f.vk, fakeOutput)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if errors.Is(err, verifier.ErrBadInput) {
				t.Fatalf("a failed verification reported as bad input: %v", err)
			}
		})
	}
}

// A plain bundle that claims an attribution its proof lacks fails.
func TestPlainBundleWithAttribution(t *testing.T) {
	f, b := fresh(t)
	b.Attribution = &bundle.Attribution{DatanetRoot: element(1), Digest: bundle.FormatElement(influence.Digest([]uint32{ppmAll})),
		Weights: []bundle.Weight{{Contributor: 0, PPM: ppmAll}}}
	if _, err := verifier.VerifyBundle(b, f.vk, fakeOutput); !errors.Is(err, verifier.ErrPublicInputMismatch) {
		t.Fatalf("got %v, want ErrPublicInputMismatch", err)
	}
}

const ppmAll = bundle.PPM
