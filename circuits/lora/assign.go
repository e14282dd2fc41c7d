package lora

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// Assign returns the full assignment of the circuit for model m and shape:
// the forward pass of input with adapter a (nil for the base model, whose
// shape is all zeros) committed under key (salt and owner). The public
// digests are computed natively with inference/commit.
func Assign(m *quant.Model, shape []int, input []int8, a *quant.Adapter, key commit.AdapterKey) (*InferenceCircuit, error) {
	c, err := New(m, shape)
	if err != nil {
		return nil, err
	}
	if a == nil {
		a = &quant.Adapter{}
	}
	if len(input) != len(c.Input) {
		return nil, fmt.Errorf("%w: input has %d values, model %q takes %d", ErrBadInput, len(input), m.Name, len(c.Input))
	}
	com, err := commit.AdapterCommitment(a, shape, key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	layers := make([]quant.AdapterLayer, 0, len(c.Adapter))
	for i, r := range shape {
		if r > 0 {
			layers = append(layers, *a.ForLayer(i)) // present: AdapterCommitment checked the shape
		}
	}
	if err := c.setAdapter(layers); err != nil {
		return nil, err
	}
	trs, err := m.Forward(context.Background(), input, a)
	if err != nil {
		return nil, fmt.Errorf("%w: forward pass: %w", ErrBadInput, err)
	}
	if err := c.setInput(input); err != nil {
		return nil, err
	}
	c.Salt, c.Owner = key.Salt, key.Owner
	c.ModelDigest = c.digest
	c.AdapterCommitment = com
	c.InputDigest = commit.InputDigest(input)
	c.OutputDigest = commit.OutputDigest(quant.Output(trs))
	return c, nil
}

// AssignFromTrace returns the assignment of the circuit for the pass that
// trace t records, from the trace alone plus the model's constants: the
// input, the adapter, its salt and the four digests. It fails if the trace
// was made with another model, does not fit the model's shapes, or carries
// digests that do not match its own input, output or adapter. It does not
// re-run the forward pass (trace.Check does): an inconsistent trace with
// matching digests yields an assignment the circuit rejects.
func AssignFromTrace(m *quant.Model, t *trace.Trace) (*InferenceCircuit, error) {
	if t == nil {
		return nil, fmt.Errorf("%w: nil trace", ErrBadInput)
	}
	if err := validateModel(m); err != nil {
		return nil, err
	}
	d, err := commit.ParseHex(t.Model.Digest)
	if err != nil {
		return nil, fmt.Errorf("%w: trace model.digest: %w", ErrBadInput, err)
	}
	if want := commit.ModelDigest(m); d != want {
		return nil, fmt.Errorf("%w: trace is for model %q with digest %s, but model %q has digest %s",
			ErrBadInput, t.Model.Name, t.Model.Digest, m.Name, commit.Hex(want))
	}
	shape := make([]int, len(m.Layers))
	var a *quant.Adapter
	var key commit.AdapterKey
	var com fr.Element
	if t.Adapter != nil {
		if len(t.Adapter.Shape) != len(m.Layers) {
			return nil, fmt.Errorf("%w: trace adapter.shape has %d ranks, model %q has %d layers", ErrBadInput, len(t.Adapter.Shape), m.Name, len(m.Layers))
		}
		copy(shape, t.Adapter.Shape)
		if a, key, err = t.QuantAdapter(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		if com, err = commit.ParseHex(t.Adapter.Commitment); err != nil {
			return nil, fmt.Errorf("%w: trace adapter.commitment: %w", ErrBadInput, err)
		}
	} else {
		a = &quant.Adapter{}
		com = commit.BaseCommitment(len(m.Layers))
	}
	c, err := New(m, shape)
	if err != nil {
		return nil, err
	}
	if len(t.Input) != len(c.Input) {
		return nil, fmt.Errorf("%w: trace input has %d values, model %q takes %d", ErrBadInput, len(t.Input), m.Name, len(c.Input))
	}
	layers := make([]quant.AdapterLayer, 0, len(c.Adapter))
	for i, r := range shape {
		if r == 0 {
			continue
		}
		al := a.ForLayer(i)
		if al == nil || al.Rank != r {
			return nil, fmt.Errorf("%w: trace adapter.shape[%d] = %d has no matching adapter layer", ErrBadInput, i, r)
		}
		layers = append(layers, *al)
	}
	if len(layers) != len(a.Layers) {
		return nil, fmt.Errorf("%w: trace adapter has %d layers, its shape adapts %d", ErrBadInput, len(a.Layers), len(layers))
	}
	if err := c.setAdapter(layers); err != nil {
		return nil, err
	}
	got, err := commit.AdapterCommitment(a, shape, key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	if got != com {
		return nil, fmt.Errorf("%w: trace adapter.commitment %s does not match its weights, salt and owner (%s)", ErrBadInput, commit.Hex(com), commit.Hex(got))
	}
	in, err := digestField("input_digest", t.InputDigest, commit.InputDigest(t.Input))
	if err != nil {
		return nil, err
	}
	out, err := digestField("output_digest", t.OutputDigest, commit.OutputDigest(t.Output))
	if err != nil {
		return nil, err
	}
	if err := c.setInput(t.Input); err != nil {
		return nil, err
	}
	c.Salt, c.Owner = key.Salt, key.Owner
	c.ModelDigest = d
	c.AdapterCommitment = com
	c.InputDigest = in
	c.OutputDigest = out
	return c, nil
}

// digestField parses a trace digest and checks it against the digest of the
// values the trace carries.
func digestField(field, s string, want fr.Element) (fr.Element, error) {
	d, err := commit.ParseHex(s)
	if err != nil {
		return d, fmt.Errorf("%w: trace %s: %w", ErrBadInput, field, err)
	}
	if d != want {
		return d, fmt.Errorf("%w: trace %s %s does not match its values (%s)", ErrBadInput, field, s, commit.Hex(want))
	}
	return d, nil
}

// setAdapter fills the adapter witness from the adapted layers in layer order.
func (c *InferenceCircuit) setAdapter(layers []quant.AdapterLayer) error {
	if len(layers) != len(c.Adapter) {
		return fmt.Errorf("%w: %d adapter layers, shape adapts %d", ErrBadInput, len(layers), len(c.Adapter))
	}
	for k, l := range layers {
		w := &c.Adapter[k]
		if len(l.A) != len(w.A) || len(l.B) != len(w.B) {
			return fmt.Errorf("%w: adapter layer %d: |A| = %d, |B| = %d, want %d and %d", ErrBadInput, l.Layer, len(l.A), len(l.B), len(w.A), len(w.B))
		}
		w.A, w.B = gadgets.Int8Vars(l.A), gadgets.Int8Vars(l.B)
		w.M = uint64(l.M)
	}
	return nil
}

func (c *InferenceCircuit) setInput(x []int8) error {
	if len(x) != len(c.Input) {
		return fmt.Errorf("%w: input has %d values, the model takes %d", ErrBadInput, len(x), len(c.Input))
	}
	c.Input = gadgets.Int8Vars(x)
	return nil
}
