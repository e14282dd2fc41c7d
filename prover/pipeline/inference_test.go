package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

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

// testModel is a 6→5→4→3 model (ReLU, GELU, none) with random weights: its
// circuit is a few thousand constraints, far below the 2^15 limit for
// setups in tests.
func testModel() *quant.Model {
	rng := rand.New(rand.NewPCG(7, 1))
	dims := []int{6, 5, 4, 3}
	acts := []quant.Activation{quant.ActReLU, quant.ActGELU, quant.ActNone}
	m := &quant.Model{Name: "tiny", InputExp: 5}
	in := 5
	for i, act := range acts {
		l := quant.Layer{
			Name: fmt.Sprintf("fc%d", i), In: dims[i], Out: dims[i+1], Act: act,
			WExp: 7, InExp: in, OutExp: 4, Shift: uint(in + 7 - 4),
		}
		l.W = make([]int8, l.In*l.Out)
		for j := range l.W {
			l.W[j] = int8(rng.IntN(255) - 127)
		}
		l.Bias = make([]int32, l.Out)
		for j := range l.Bias {
			l.Bias[j] = int32(rng.IntN(4000) - 2000)
		}
		if act == quant.ActGELU {
			l.GELU = quant.GELUTable(l.OutExp)
		}
		m.Layers = append(m.Layers, l)
		in = l.OutExp
	}
	return m
}

// testAdapter adapts layer 0 (rank 2) and layer 2 (rank 1).
func testAdapter(m *quant.Model) *quant.Adapter {
	rng := rand.New(rand.NewPCG(7, 2))
	a := &quant.Adapter{Name: "ad"}
	for _, lr := range []struct{ layer, rank int }{{0, 2}, {2, 1}} {
		l := &m.Layers[lr.layer]
		al := quant.AdapterLayer{Layer: lr.layer, Rank: lr.rank, M: uint32(1<<22 + rng.IntN(1<<22)),
			A: make([]int8, lr.rank*l.In), B: make([]int8, l.Out*lr.rank)}
		for _, v := range [][]int8{al.A, al.B} {
			for j := range v {
				v[j] = int8(rng.IntN(255) - 127)
			}
		}
		a.Layers = append(a.Layers, al)
	}
	return a
}

var testInput = []int8{17, -3, 90, -128, 127, 5}

// phaseLog records the phases a PhaseFunc hears.
type phaseLog struct{ events []string }

func (p *phaseLog) phase(name string) func(error) {
	p.events = append(p.events, name)
	return func(err error) { p.events = append(p.events, "end "+name) }
}

// TestProveInference proves one inference of the small test model through
// the key store: the bundle verifies with the store's key, and tampered
// public inputs fail. A second proof reuses the compiled circuit and the
// stored keys; a proof from a recorded trace is the same statement.
func TestProveInference(t *testing.T) {
	ctx := context.Background()
	m := testModel()
	a := testAdapter(m)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var log phaseLog
	req := pipeline.InferenceRequest{Model: m, ModelName: "tiny-model", Adapter: a, Input: testInput, Salt: commit.Uint(9), Phase: log.phase}
	res, err := pipeline.ProveInference(ctx, prover.CPU(), ks.Provider(true), req)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Circuit.Constraints(); n > 1<<15 {
		t.Fatalf("%d constraints: above the 2^15 limit for test setups", n)
	}
	if want := []string{"compile", "end compile", "keys", "end keys", "prove", "end prove"}; !slices.Equal(log.events, want) {
		t.Errorf("phases %v, want %v", log.events, want)
	}
	b := res.Bundle
	if !res.Keys.Made || b.Model.Name != "tiny-model" || b.Adapter.Name != "ad" || b.Circuit.Digest != res.Circuit.Digest {
		t.Errorf("keys made %v, bundle model %q adapter %q circuit %+v", res.Keys.Made, b.Model.Name, b.Adapter.Name, b.Circuit)
	}
	if *b.Prediction != quant.Argmax(res.Trace.Output) || res.ProofSize == 0 || b.Attribution != nil {
		t.Errorf("prediction %d (trace %v), proof size %d, attribution %v", *b.Prediction, res.Trace.Output, res.ProofSize, b.Attribution)
	}
	if _, err := verifier.Verify(b, ks, verifier.WithOutputCheck(verifier.OutputDigest)); err != nil {
		t.Fatalf("the bundle does not verify: %v", err)
	}
	testTampered(t, b, ks)

	// The same statement again from its recorded trace, with the compiled
	// circuit reused and the stored keys.
	tr := roundTrip(t, res.Trace)
	log.events = nil
	again, err := pipeline.ProveInference(ctx, prover.CPU(), ks.Provider(false),
		pipeline.InferenceRequest{Model: m, ModelName: "tiny-model", Adapter: a, Trace: tr, Circuit: res.Circuit, Phase: log.phase})
	if err != nil {
		t.Fatal(err)
	}
	if again.Keys.Made || slices.Contains(log.events, "compile") {
		t.Errorf("second proof: keys made %v, phases %v", again.Keys.Made, log.events)
	}
	if !slices.Equal(again.Bundle.PublicInputs, b.PublicInputs) {
		t.Errorf("the trace's statement %v differs from the run's %v", again.Bundle.PublicInputs, b.PublicInputs)
	}
	if _, err := verifier.Verify(again.Bundle, ks); err != nil {
		t.Fatal(err)
	}
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
	m := testModel()
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		req  pipeline.InferenceRequest
		keys keystore.Provider
		want error
	}{
		"no model":                  {pipeline.InferenceRequest{Input: testInput}, ks.Provider(true), errs.ErrBadInput},
		"short input":               {pipeline.InferenceRequest{Model: m, Input: testInput[:3]}, ks.Provider(true), errs.ErrBadInput},
		"no keys, no setup":         {pipeline.InferenceRequest{Model: m, Input: testInput}, ks.Provider(false), keystore.ErrNotFound},
		"trace without the adapter": {pipeline.InferenceRequest{Model: m, Adapter: testAdapter(m), Trace: baseTrace(t, m)}, ks.Provider(false), errs.ErrBadInput},
	} {
		if _, err := pipeline.ProveInference(ctx, prover.CPU(), tc.keys, tc.req); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

// baseTrace is the trace of m alone (no adapter) on testInput.
func baseTrace(t *testing.T, m *quant.Model) *trace.Trace {
	t.Helper()
	layers, err := m.Forward(context.Background(), testInput, nil)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := trace.New(m, nil, commit.Uint(0), testInput, layers)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
