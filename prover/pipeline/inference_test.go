package pipeline_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// smallStack is the embedded base model with the rank-2 adapter on fc2 cut
// from the embedded adapter (about 6k constraints, below the 2^15 limit for
// setups in tests) and the first embedded digit, quantized.
func smallStack(t *testing.T) (*quant.Model, *quant.Adapter, []int8) {
	t.Helper()
	s, err := demo.LoadStack("", "", false)
	if err != nil {
		t.Fatal(err)
	}
	pa, err := demo.MNISTSmallAdapter()
	if err != nil {
		t.Fatal(err)
	}
	a, err := quant.FromPEFT(s.Model, pa, demo.MNISTSmallAdapterName)
	if err != nil {
		t.Fatal(err)
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	return s.Model, a, quant.QuantizeInput(samples.Images[0], s.Model.InputExp)
}

// phaseLog records the phases a PhaseFunc hears.
type phaseLog struct{ events []string }

func (p *phaseLog) phase(name string) func(error) {
	p.events = append(p.events, name)
	return func(err error) { p.events = append(p.events, "end "+name) }
}

// testTampered changes one public input of b (with the statement field it
// stands for, so that only the proof can refuse it) and expects a failed
// verification.
func testTampered(t *testing.T, b *bundle.Bundle, keys keystore.VerifyingKeys) {
	t.Helper()
	for i, p := range b.PublicInputs {
		c := *b
		c.PublicInputs = slices.Clone(b.PublicInputs)
		v, err := bundle.ParseElement(p.Value)
		if err != nil {
			t.Fatal(err)
		}
		one := commit.Uint(1)
		v.Add(&v, &one)
		c.PublicInputs[i].Value = bundle.FormatElement(v)
		switch p.Name {
		case "model_digest":
			c.Model.Digest = c.PublicInputs[i].Value
		case "adapter_commitment":
			c.Adapter.Commitment = c.PublicInputs[i].Value
		case "input_digest":
			c.InputDigest = c.PublicInputs[i].Value
		case "output_digest":
			c.OutputDigest = c.PublicInputs[i].Value
		}
		_, err = verifier.Verify(&c, keys)
		if !errors.Is(err, verifier.ErrProofInvalid) {
			t.Errorf("public input %s tampered: %v, want %v", p.Name, err, verifier.ErrProofInvalid)
		}
	}
}

// roundTrip writes tr and reads it back, as a trace file is proven.
func roundTrip(t *testing.T, tr *trace.Trace) *trace.Trace {
	t.Helper()
	path := filepath.Join(t.TempDir(), "trace.json")
	if err := tr.Write(path); err != nil {
		t.Fatal(err)
	}
	out, err := trace.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestProveInferenceRefuses checks the request errors, before any proof.
func TestProveInferenceRefuses(t *testing.T) {
	ctx := context.Background()
	m, a, x := smallStack(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		req  pipeline.InferenceRequest
		keys keystore.Provider
		want error
	}{
		"no model":                  {pipeline.InferenceRequest{Input: x}, ks.Provider(true), errs.ErrBadInput},
		"short input":               {pipeline.InferenceRequest{Model: m, Input: x[:3]}, ks.Provider(true), errs.ErrBadInput},
		"no keys, no setup":         {pipeline.InferenceRequest{Model: m, Adapter: a, Input: x}, ks.Provider(false), keystore.ErrNotFound},
		"another circuit":           {pipeline.InferenceRequest{Model: m, Adapter: a, Input: x, Circuit: &pipeline.Compiled{Name: "other"}}, ks.Provider(true), errs.ErrBadInput},
		"trace without the adapter": {pipeline.InferenceRequest{Model: m, Adapter: a, Trace: baseTrace(t, m, x)}, ks.Provider(false), errs.ErrBadInput},
	} {
		if _, err := pipeline.ProveInference(ctx, prover.CPU(), tc.keys, tc.req); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

// baseTrace is the trace of m alone (no adapter) on x.
func baseTrace(t *testing.T, m *quant.Model, x []int8) *trace.Trace {
	t.Helper()
	layers, err := m.Forward(context.Background(), x, nil)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := trace.New(m, nil, commit.AdapterKey{}, x, layers)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
