// Package lora is openproof's inference circuit: it proves that a committed
// LoRA adapter applied to a fixed quantized base model maps an input to an
// output, exactly as inference/quant computes it.
//
// The statement has four public inputs, in this order: the model digest, the
// adapter commitment, the input digest and the output digest (inference/commit
// defines all four). The base model's weights are circuit constants (one
// circuit, and one proving key, per base model and adapter shape); the input,
// the adapter's int8 weights and multipliers and the commitment salt are
// private.
//
// Per layer the circuit computes acc = bias + W0·x with constant W0 (no
// multiplication constraints), adds the LoRA path z = acc·2^32 + (B·A·x)·M on
// adapted layers and requantizes, saturates and activates each output with
// circuits/gadgets. Every private int8 value is range-checked once: the input
// and the adapter weights explicitly, every layer output by its
// requantization, so the next layer and the output digest need no check.
//
// AttributedCircuit (attributed.go) is the same circuit with the inference's
// attribution proven too: two more public inputs, the Datanet root and the
// attribution digest.
package lora

import (
	"fmt"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// ErrBadInput marks models, shapes, adapters, inputs and traces the circuit
// cannot represent or that do not fit each other.
var ErrBadInput = fmt.Errorf("lora circuit: %w", errs.ErrBadInput)

// AdapterWitness is one adapted layer's private adapter: A [rank][in] and
// B [out][rank] int8-valued, M < 2^32.
type AdapterWitness struct {
	A, B []frontend.Variable
	M    frontend.Variable
}

// InferenceCircuit proves one forward pass of a quantized model with a
// committed LoRA adapter. Build it with New (to compile) or Assign (a
// witness); the zero value has no model and does not compile.
type InferenceCircuit struct {
	ModelDigest       frontend.Variable `gnark:"model_digest,public"`
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	InputDigest       frontend.Variable `gnark:"input_digest,public"`
	OutputDigest      frontend.Variable `gnark:"output_digest,public"`

	Input   []frontend.Variable // int8 model input
	Adapter []AdapterWitness    // one per adapted layer (shape[i] > 0), in layer order
	Salt    frontend.Variable   // adapter commitment blinding
	Owner   frontend.Variable   // the adapter owner's address (commit.OwnedCommitment)

	model    *quant.Model
	shape    []int
	digest   fr.Element        // commit.ModelDigest(model)
	requants []gadgets.Requant // per layer
}

// New returns an unassigned circuit for model m and adapter shape (the rank
// of each model layer, 0 where not adapted), ready to compile. It rejects
// models and shapes the circuit cannot prove soundly.
func New(m *quant.Model, shape []int) (*InferenceCircuit, error) {
	if err := validateModel(m); err != nil {
		return nil, err
	}
	if len(shape) != len(m.Layers) {
		return nil, fmt.Errorf("%w: shape has %d ranks for %d layers", ErrBadInput, len(shape), len(m.Layers))
	}
	c := &InferenceCircuit{
		Input:    make([]frontend.Variable, m.Layers[0].In),
		model:    m,
		shape:    append([]int(nil), shape...),
		digest:   commit.ModelDigest(m),
		requants: make([]gadgets.Requant, len(m.Layers)),
	}
	for i, r := range shape {
		l := &m.Layers[i]
		if r < 0 {
			return nil, fmt.Errorf("%w: shape[%d]: negative rank %d", ErrBadInput, i, r)
		}
		rq, err := gadgets.RequantFor(l, r)
		if err != nil {
			return nil, fmt.Errorf("%w: layer %d (%s) with rank %d: %w", ErrBadInput, i, l.Name, r, err)
		}
		c.requants[i] = rq
		if r > 0 {
			c.Adapter = append(c.Adapter, AdapterWitness{
				A: make([]frontend.Variable, r*l.In),
				B: make([]frontend.Variable, l.Out*r),
			})
		}
	}
	return c, nil
}

func validateModel(m *quant.Model) error {
	if m == nil || len(m.Layers) == 0 {
		return fmt.Errorf("%w: model has no layers", ErrBadInput)
	}
	for i := range m.Layers {
		l := &m.Layers[i]
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%w: model %q layer %d (%s): %s", ErrBadInput, m.Name, i, l.Name, fmt.Sprintf(format, args...))
		}
		switch {
		case l.In < 1 || l.Out < 1:
			return bad("shape %d→%d", l.In, l.Out)
		case i > 0 && l.In != m.Layers[i-1].Out:
			return bad("takes %d inputs, previous layer has %d outputs", l.In, m.Layers[i-1].Out)
		case len(l.W) != l.In*l.Out:
			return bad("%d weights, want %d×%d", len(l.W), l.Out, l.In)
		case len(l.Bias) != l.Out:
			return bad("%d biases, want %d", len(l.Bias), l.Out)
		}
	}
	return nil
}

// Name names the circuit for bundles and the key store, e.g.
// "lora-inference/mnist-mlp/r8-r8". The circuit embeds the model's weights,
// so keys must also be told apart by the model digest.
func Name(m *quant.Model, shape []int) string {
	ranks := make([]string, len(shape))
	for i, r := range shape {
		ranks[i] = fmt.Sprintf("r%d", r)
	}
	name := ""
	if m != nil {
		name = m.Name
	}
	return fmt.Sprintf("lora-inference/%s/%s", name, strings.Join(ranks, "-"))
}

// Define implements frontend.Circuit.
func (c *InferenceCircuit) Define(api frontend.API) error {
	_, err := c.define(api, nil)
	return err
}

// forward is what define constrains and the attributed circuit reads: every
// layer's int8 input, A·x per adapted layer, the logits and the adapter.
type forward struct {
	g       *gadgets.Gadgets
	x       [][]frontend.Variable // per layer
	h       [][]frontend.Variable // per layer, nil where not adapted
	logits  []frontend.Variable
	adapter []commit.AdapterLayerVars
}

// define proves the inference. With fw nil it makes exactly the API calls
// of the plain circuit (its keys and fixtures depend on them); otherwise it
// also fills fw, computing the LoRA path with loraH to expose A·x.
func (c *InferenceCircuit) define(api frontend.API, fw *forward) (*forward, error) {
	m := c.model
	if m == nil {
		return nil, fmt.Errorf("%w: circuit has no model (build it with lora.New)", ErrBadInput)
	}
	if len(c.Input) != m.Layers[0].In {
		return nil, fmt.Errorf("%w: %d inputs, model takes %d", ErrBadInput, len(c.Input), m.Layers[0].In)
	}
	g := gadgets.New(api)

	api.AssertIsEqual(c.ModelDigest, commit.Const(c.digest)[0]) // mutant:lora-model-digest

	g.AssertInt8(c.Input...) // mutant:lora-input-int8
	inDigest, err := commit.InputDigestVars(api, c.Input)
	if err != nil {
		return nil, err
	}
	api.AssertIsEqual(c.InputDigest, inDigest) // mutant:lora-input-digest

	layers, err := c.adapterVars(g)
	if err != nil {
		return nil, err
	}
	com, err := commit.AdapterCommitmentVars(api, c.Salt, c.Owner, len(m.Layers), layers)
	if err != nil {
		return nil, err
	}
	api.AssertIsEqual(c.AdapterCommitment, com) // mutant:lora-adapter-commitment

	x := c.Input
	k := 0
	for i := range m.Layers {
		l := &m.Layers[i]
		if fw != nil {
			fw.x = append(fw.x, x)
			fw.h = append(fw.h, nil)
		}
		z, err := gadgets.Dense(api, l.W, l.Bias, x)
		if err != nil {
			return nil, fmt.Errorf("layer %d (%s): %w", i, l.Name, err)
		}
		if c.shape[i] > 0 {
			a := layers[k]
			k++
			if fw == nil {
				z, err = gadgets.LoRA(api, z, x, a.A, a.B, a.M, a.Rank)
			} else {
				z, fw.h[i], err = loraH(api, z, x, a.A, a.B, a.M, a.Rank)
			}
			if err != nil {
				return nil, fmt.Errorf("layer %d (%s): %w", i, l.Name, err)
			}
		}
		next := make([]frontend.Variable, l.Out)
		for j := range next {
			if _, next[j], err = g.Requantize(z[j], c.requants[i]); err != nil {
				return nil, fmt.Errorf("layer %d (%s) output %d: %w", i, l.Name, j, err)
			}
		}
		x = next
	}
	// x is range-checked: requantized values, or entries of a GELU table.
	outDigest, err := commit.OutputDigestVars(api, x)
	if err != nil {
		return nil, err
	}
	api.AssertIsEqual(c.OutputDigest, outDigest) // mutant:lora-output-digest
	if fw != nil {
		fw.g, fw.logits, fw.adapter = g, x, layers
	}
	return fw, nil
}

// adapterVars range-checks the adapter witness and returns it in the form
// the commitment and the LoRA gadget take.
func (c *InferenceCircuit) adapterVars(g *gadgets.Gadgets) ([]commit.AdapterLayerVars, error) {
	var out []commit.AdapterLayerVars
	for i, r := range c.shape {
		if r == 0 {
			continue
		}
		k := len(out)
		if k >= len(c.Adapter) {
			return nil, fmt.Errorf("%w: %d adapter layers, shape adapts more", ErrBadInput, len(c.Adapter))
		}
		a := c.Adapter[k]
		l := &c.model.Layers[i]
		if len(a.A) != r*l.In || len(a.B) != l.Out*r {
			return nil, fmt.Errorf("%w: adapter layer %d: |A| = %d, |B| = %d, want %d and %d", ErrBadInput, i, len(a.A), len(a.B), r*l.In, l.Out*r)
		}
		g.AssertInt8(a.A...)                          // mutant:lora-a-int8
		g.AssertInt8(a.B...)                          // mutant:lora-b-int8
		if err := g.AssertBits(a.M, 32); err != nil { // mutant:lora-m-bits
			return nil, err
		}
		out = append(out, commit.AdapterLayerVars{Layer: i, Rank: r, M: a.M, A: a.A, B: a.B})
	}
	if len(out) != len(c.Adapter) {
		return nil, fmt.Errorf("%w: %d adapter layers, shape adapts %d", ErrBadInput, len(c.Adapter), len(out))
	}
	return out, nil
}
