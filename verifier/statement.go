package verifier

import (
	"fmt"
	"maps"
	"strings"
	"sync"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
)

// Statement kinds: the public-input layouts of the inference circuits.
const (
	// KindInference is lora.InferenceCircuit's statement: model_digest,
	// adapter_commitment, input_digest, output_digest.
	KindInference = "inference"
	// KindAttributed is lora.AttributedCircuit's: the inference statement,
	// then datanet_root and attribution_digest.
	KindAttributed = "attributed"
)

// Statement is what a verified bundle proves, or what the verifier
// recomputed from it: everything here may be printed as verified.
type Statement struct {
	// Kind is KindInference or KindAttributed: the layout of the verifying
	// key's public inputs.
	Kind string
	// Circuit, CircuitDigest, Constraints and Setup ("dev" or "mpc") are
	// the key store's manifest's, set only when the key came with one
	// (Verify with a key store); otherwise the bundle's circuit is a label.
	Circuit       string
	CircuitDigest string
	Constraints   int
	Setup         string
	// VKSHA256 is the hash of the verifying key the proof verified under.
	VKSHA256 string
	// The public inputs, by position, as 0x-prefixed lowercase hex.
	ModelDigest, AdapterCommitment, InputDigest, OutputDigest string
	DatanetRoot, AttributionDigest                            string // attributed only
	// Model is the model's name when WithModel's digest is the proof's.
	Model string
	// Input is the bundle's clear int8 input, which hashes to InputDigest;
	// nil when the bundle carries none (only its digest is known then).
	Input []int8
	// Output hashes to OutputDigest (the output check's function).
	Output []int64
	// Prediction is the output's argmax (first maximum), recomputed; nil
	// for an empty output.
	Prediction *int
	// Weights are the attribution weights by contributor index (ppm), which
	// hash to AttributionDigest; attributed only.
	Weights []uint32
}

// Labels are the bundle's claims that nothing checked: print them apart
// from the Statement, marked unverified. A label the verifier could check
// is empty here (the circuit with a key store's manifest, the model with
// WithModel).
type Labels struct {
	Circuit       string
	CircuitDigest string
	Constraints   int
	Model         string
	Adapter       string
	Backend       string
	// Contributors are the attribution weights' ids, by contributor index
	// (attributed bundles); the proof binds indices, not names.
	Contributors []string
	Extra        map[string]string
}

func labelsOf(b *bundle.Bundle) Labels {
	l := Labels{Circuit: b.Circuit.Name, CircuitDigest: b.Circuit.Digest, Constraints: b.Circuit.Constraints,
		Model: b.Model.Name, Adapter: b.Adapter.Name, Backend: b.Backend, Extra: maps.Clone(b.Extra)}
	if a := b.Attribution; a != nil {
		for _, w := range a.Weights {
			l.Contributors = append(l.Contributors, w.ID)
		}
	}
	return l
}

// layout is one statement kind's public inputs in circuit order and the
// prefix of its circuits' names.
type layout struct {
	kind, prefix string
	names        []string
}

// layouts are the inference circuits' layouts by number of public inputs,
// read from the circuit definitions so that they cannot drift apart.
var layouts = sync.OnceValues(func() (map[int]layout, error) {
	out := map[int]layout{}
	for _, l := range []struct {
		kind, prefix string
		circuit      frontend.Circuit
	}{
		{KindInference, "lora-inference/", &lora.InferenceCircuit{}},
		{KindAttributed, "lora-attributed/", &lora.AttributedCircuit{}},
	} {
		names, err := prover.PublicNames(l.circuit)
		if err != nil {
			return nil, err
		}
		out[len(names)] = layout{l.kind, l.prefix, names}
	}
	return out, nil
})

// bindStatement binds the bundle's public inputs to its statement by
// position: the names must be the circuit's, in its order, and each value
// the statement field of its position; it fills s's digests.
func bindStatement(b *bundle.Bundle, s *Statement) error {
	all, err := layouts()
	if err != nil {
		return fmt.Errorf("verifier: circuit layouts: %w", err)
	}
	l, ok := all[len(b.PublicInputs)]
	if !ok {
		return fmt.Errorf("%w: no inference statement has %d public inputs", ErrPublicInputMismatch, len(b.PublicInputs))
	}
	for _, other := range all {
		if other.kind != l.kind && strings.HasPrefix(b.Circuit.Name, other.prefix) {
			return fmt.Errorf("%w: circuit %s is an %s circuit, the proof has the %d public inputs of an %s one",
				ErrPublicInputMismatch, b.Circuit.Name, other.kind, len(b.PublicInputs), l.kind)
		}
	}
	var root, digest string
	if a := b.Attribution; a != nil {
		root, digest = a.DatanetRoot, a.Digest
	}
	fields := []struct{ field, value string }{
		{"model.digest", b.Model.Digest},
		{"adapter.commitment", b.Adapter.Commitment},
		{"input_digest", b.InputDigest},
		{"output_digest", b.OutputDigest},
		{"attribution.datanet_root", root},
		{"attribution.digest", digest},
	}
	values := make([]string, len(fields))
	for i, f := range fields {
		if i >= len(l.names) {
			if f.value != "" {
				return fmt.Errorf("%w: bundle states %s %s, but an %s proof has no such public input", ErrPublicInputMismatch, f.field, f.value, l.kind)
			}
			continue
		}
		p := b.PublicInputs[i]
		switch {
		case p.Name != l.names[i]:
			return fmt.Errorf("%w: public input %d is named %q, the circuit's is %q", ErrPublicInputMismatch, i, p.Name, l.names[i])
		case f.value == "":
			return fmt.Errorf("%w: public input %q is %s, but the bundle states no %s", ErrPublicInputMismatch, p.Name, p.Value, f.field)
		case !sameElement(p.Value, f.value):
			return fmt.Errorf("%w: public input %q is %s, the bundle's %s is %s", ErrPublicInputMismatch, p.Name, p.Value, f.field, f.value)
		}
		e, _ := bundle.ParseElement(p.Value) // Check parsed it
		values[i] = bundle.FormatElement(e)
	}
	s.Kind = l.kind
	s.ModelDigest, s.AdapterCommitment, s.InputDigest, s.OutputDigest = values[0], values[1], values[2], values[3]
	s.DatanetRoot, s.AttributionDigest = values[4], values[5]
	return nil
}

// argmax is the index of the first maximum of a non-empty v, as
// quant.Argmax and the circuits pick it.
func argmax(v []int64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// Input returns the bundle's clear input after checking that it hashes to
// the bundle's input_digest (commit.InputDigest over the int8 values, as
// the circuit hashes them); nil, nil when the bundle carries no input. A
// caller that uses a bundle's input (an audit) takes it from here. The
// digest is the proof's only when the bundle verified.
func Input(b *bundle.Bundle) ([]int8, error) {
	if b == nil {
		return nil, fmt.Errorf("nil bundle: %w", ErrBadInput)
	}
	if b.Input == nil {
		return nil, nil
	}
	x := make([]int8, len(b.Input))
	for i, v := range b.Input {
		if v < -128 || v > 127 {
			return nil, fmt.Errorf("%w: input[%d] = %d is not an int8", ErrInputMismatch, i, v)
		}
		x[i] = int8(v)
	}
	if err := CheckInput(b, x); err != nil {
		return nil, err
	}
	return x, nil
}

// CheckInput checks that x is the input b's input_digest commits to: an
// audit given an input of its own (not the bundle's) checks it here.
func CheckInput(b *bundle.Bundle, x []int8) error {
	if b == nil {
		return fmt.Errorf("nil bundle: %w", ErrBadInput)
	}
	want, err := bundle.ParseElement(b.InputDigest)
	if err != nil {
		return fmt.Errorf("field \"input_digest\": %v: %w", err, ErrBadInput)
	}
	if got := commit.InputDigest(x); got != want {
		return fmt.Errorf("%w: the %d input values hash to %s, input_digest is %s", ErrInputMismatch, len(x), bundle.FormatElement(got), b.InputDigest)
	}
	return nil
}
