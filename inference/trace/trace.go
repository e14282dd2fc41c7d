// Package trace defines openproof's execution trace: every integer of one
// quantized forward pass, as the fixed-point recipe in inference/quant
// computes it, together with the digests the circuit exposes. The circuit
// witness is built from a trace alone, so any engine (CPU runtime, a GPU
// engine, …) that writes the same trace can be proven.
//
// The file is JSON with snake_case keys, format "openproof.trace", version 1.
// A trace holds the adapter's integer weights and its blinding salt: it is
// private to the prover and must not be published.
//
// Two levels of checking: Parse/Read reject malformed files (ErrBadInput: bad
// JSON, unknown fields, wrong format or version, inconsistent lengths,
// non-canonical field elements); Check rejects well-formed traces that do not
// match a model (ErrMismatch: digests, shapes, the adapter commitment, and every
// integer, recomputed with quant's Forward).
package trace

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/strictjson"
)

// Format and Version identify the file format.
const (
	Format  = "openproof.trace"
	Version = 2 // 2: adapter.owner and adapter.inner_commitment
)

var (
	// ErrBadInput marks a malformed trace file.
	ErrBadInput = fmt.Errorf("trace: %w", errs.ErrBadInput)
	// ErrMismatch marks a well-formed trace that does not match the model.
	ErrMismatch = fmt.Errorf("trace: does not match the model: %w", errs.ErrBadInput)
)

// AdapterLayer is one adapted layer's quantized LoRA weights (quant.AdapterLayer).
type AdapterLayer struct {
	Layer int    `json:"layer"`
	Rank  int    `json:"rank"`
	M     uint32 `json:"m"`
	AExp  int    `json:"a_exp"`
	BExp  int    `json:"b_exp"`
	A     []int8 `json:"a"` // [Rank][In]
	B     []int8 `json:"b"` // [Out][Rank]
}

// Adapter is the quantized adapter of the pass, its public commitment, the
// inner commitment its owner registers on chain, the salt that blinds it
// (0x-hex field elements) and its owner's address (commit.OwnedCommitment).
type Adapter struct {
	Name       string         `json:"name"`
	Commitment string         `json:"commitment"`
	Inner      string         `json:"inner_commitment"`
	Salt       string         `json:"salt"`
	Owner      string         `json:"owner"`
	Shape      []int          `json:"shape"` // rank per model layer, 0 where not adapted
	Layers     []AdapterLayer `json:"layers"`
}

// Layer holds one layer's integers (quant.LayerTrace). H and Delta are absent
// for layers the adapter does not touch.
type Layer struct {
	X     []int8   `json:"x"`
	H     []int64  `json:"h,omitempty"`
	Delta []int64  `json:"delta,omitempty"`
	Acc   []int64  `json:"acc"`
	Q     []int64  `json:"q"`
	Rem   []uint64 `json:"rem"`
	Y     []int8   `json:"y"`
	Out   []int8   `json:"out"`
}

// ModelRef names the base model and its digest (commit.ModelDigest).
type ModelRef struct {
	Name   string `json:"name"`
	Digest string `json:"digest"`
}

// Trace is one quantized forward pass. Adapter is nil for the base model.
type Trace struct {
	Format       string   `json:"format"`
	Version      int      `json:"version"`
	Model        ModelRef `json:"model"`
	Adapter      *Adapter `json:"adapter,omitempty"`
	Input        []int8   `json:"input"`
	Layers       []Layer  `json:"layers"`
	Output       []int8   `json:"output"`
	InputDigest  string   `json:"input_digest"`
	OutputDigest string   `json:"output_digest"`
}

// New builds the trace of a forward pass of m on input with adapter a (nil for
// the base model) whose per-layer traces are layers (quant.Model.Forward's
// result), and fills in every digest. key blinds the adapter commitment and
// names its owner.
func New(m *quant.Model, a *quant.Adapter, key commit.AdapterKey, input []int8, layers []*quant.LayerTrace) (*Trace, error) {
	if len(layers) != len(m.Layers) || len(layers) == 0 {
		return nil, fmt.Errorf("%w: %d layer traces for a %d-layer model", ErrBadInput, len(layers), len(m.Layers))
	}
	t := &Trace{
		Format:  Format,
		Version: Version,
		Model:   ModelRef{Name: m.Name, Digest: commit.Hex(commit.ModelDigest(m))},
		Input:   clone(input),
		Layers:  make([]Layer, len(layers)),
	}
	for i, l := range layers {
		if l == nil {
			return nil, fmt.Errorf("%w: layer %d has no trace", ErrBadInput, i)
		}
		t.Layers[i] = Layer{
			X: clone(l.X), H: clone(l.H), Delta: clone(l.Delta), Acc: clone(l.Acc),
			Q: clone(l.Q), Rem: clone(l.Rem), Y: clone(l.Y), Out: clone(l.Out),
		}
	}
	t.Output = clone(t.Layers[len(t.Layers)-1].Out)
	t.InputDigest = commit.Hex(commit.InputDigest(t.Input))
	t.OutputDigest = commit.Hex(commit.OutputDigest(t.Output))
	if a != nil {
		shape := a.Shape(len(m.Layers))
		inner, err := commit.AdapterInnerCommitment(a, shape, key.Salt)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		owner, err := commit.OwnerHex(key.Owner)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		c := commit.OwnedCommitment(inner, key.Owner)
		ta := &Adapter{Name: a.Name, Commitment: commit.Hex(c), Inner: commit.Hex(inner), Salt: commit.Hex(key.Salt), Owner: owner, Shape: shape}
		for _, al := range a.Layers {
			ta.Layers = append(ta.Layers, AdapterLayer{
				Layer: al.Layer, Rank: al.Rank, M: al.M, AExp: al.AExp, BExp: al.BExp,
				A: clone(al.A), B: clone(al.B),
			})
		}
		t.Adapter = ta
	}
	// A writer must only produce what a reader accepts.
	if err := t.validate("trace"); err != nil {
		return nil, err
	}
	return t, nil
}

func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append([]T(nil), s...)
}

// Read reads and structurally validates a trace file.
func Read(path string) (*Trace, error) {
	b, err := strictjson.ReadFile(path, strictjson.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	return Parse(path, b)
}

// Parse decodes and structurally validates a trace; name (usually the file
// path) prefixes every error.
func Parse(name string, b []byte) (*Trace, error) {
	dec := strictjson.NewDecoder(b)
	dec.DisallowUnknownFields()
	var t Trace
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: %s: data after the trace object", ErrBadInput, name)
	}
	if err := t.validate(name); err != nil {
		return nil, err
	}
	return &t, nil
}

// validate performs the checks that need no model.
func (t *Trace) validate(name string) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrBadInput, name, fmt.Sprintf(format, args...))
	}
	if t.Format != Format {
		return bad("format %q, want %q", t.Format, Format)
	}
	if t.Version != Version {
		return bad("version %d, want %d", t.Version, Version)
	}
	for _, f := range []struct{ field, v string }{
		{"model.digest", t.Model.Digest}, {"input_digest", t.InputDigest}, {"output_digest", t.OutputDigest},
	} {
		if err := canonical(f.v); err != nil {
			return bad("%s: %v", f.field, err)
		}
	}
	if len(t.Input) == 0 {
		return bad("input is empty")
	}
	if len(t.Layers) == 0 {
		return bad("layers is empty")
	}
	var shape []int
	if t.Adapter != nil {
		var err error
		if shape, err = t.Adapter.validate(t.Layers); err != nil {
			return bad("%v", err)
		}
	} else {
		shape = make([]int, len(t.Layers))
	}
	in := len(t.Input)
	for i := range t.Layers {
		l := &t.Layers[i]
		if len(l.X) != in {
			return bad("layers[%d].x: %d values, want %d (the previous layer's output)", i, len(l.X), in)
		}
		n := len(l.Acc)
		if n == 0 {
			return bad("layers[%d].acc is empty", i)
		}
		for _, f := range []struct {
			field string
			n     int
		}{{"q", len(l.Q)}, {"rem", len(l.Rem)}, {"y", len(l.Y)}, {"out", len(l.Out)}} {
			if f.n != n {
				return bad("layers[%d].%s: %d values, want %d (len acc)", i, f.field, f.n, n)
			}
		}
		if len(l.H) != shape[i] {
			return bad("layers[%d].h: %d values, want the adapter rank %d", i, len(l.H), shape[i])
		}
		wantDelta := 0
		if shape[i] > 0 {
			wantDelta = n
		}
		if len(l.Delta) != wantDelta {
			return bad("layers[%d].delta: %d values, want %d", i, len(l.Delta), wantDelta)
		}
		in = n
	}
	if len(t.Output) != in {
		return bad("output: %d values, want %d (the last layer's output)", len(t.Output), in)
	}
	return nil
}

// validate checks the adapter against the trace's layer sizes and returns its
// shape.
func (a *Adapter) validate(layers []Layer) ([]int, error) {
	for _, f := range []struct{ field, v string }{{"adapter.commitment", a.Commitment}, {"adapter.inner_commitment", a.Inner}, {"adapter.salt", a.Salt}} {
		if err := canonical(f.v); err != nil {
			return nil, fmt.Errorf("%s: %v", f.field, err)
		}
	}
	if _, err := commit.ParseOwner(a.Owner); err != nil {
		return nil, fmt.Errorf("adapter.owner: %v", err)
	}
	if len(a.Shape) != len(layers) {
		return nil, fmt.Errorf("adapter.shape: %d entries for %d layers", len(a.Shape), len(layers))
	}
	adapted := 0
	for i, r := range a.Shape {
		if r < 0 {
			return nil, fmt.Errorf("adapter.shape[%d]: negative rank %d", i, r)
		}
		if r > 0 {
			adapted++
		}
	}
	if len(a.Layers) != adapted {
		return nil, fmt.Errorf("adapter.layers: %d layers, shape adapts %d", len(a.Layers), adapted)
	}
	prev := -1
	for k, al := range a.Layers {
		if al.Layer <= prev || al.Layer >= len(layers) {
			return nil, fmt.Errorf("adapter.layers[%d].layer: %d out of order or range", k, al.Layer)
		}
		prev = al.Layer
		if al.Rank != a.Shape[al.Layer] {
			return nil, fmt.Errorf("adapter.layers[%d].rank: %d, shape says %d", k, al.Rank, a.Shape[al.Layer])
		}
		in, out := len(layers[al.Layer].X), len(layers[al.Layer].Acc)
		if len(al.A) != al.Rank*in {
			return nil, fmt.Errorf("adapter.layers[%d].a: %d values, want rank %d × in %d", k, len(al.A), al.Rank, in)
		}
		if len(al.B) != out*al.Rank {
			return nil, fmt.Errorf("adapter.layers[%d].b: %d values, want out %d × rank %d", k, len(al.B), out, al.Rank)
		}
	}
	return a.Shape, nil
}

// canonical accepts exactly commit.Hex's form of a field element, so that one
// element has one spelling.
func canonical(s string) error {
	e, err := commit.ParseHex(s)
	if err != nil {
		return err
	}
	if commit.Hex(e) != s {
		return fmt.Errorf("%q is not canonical (want 0x + 64 lowercase hex digits)", s)
	}
	return nil
}

// Write writes the trace atomically (temporary file in the same directory,
// then rename).
func (t *Trace) Write(path string) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("trace: %s: %w", path, err)
	}
	b = append(b, '\n')
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("trace: %w", err)
	}
	return nil
}

// QuantAdapter returns the trace's adapter in quant's form and its key (salt
// and owner); nil and zero for a base-model trace.
func (t *Trace) QuantAdapter() (*quant.Adapter, commit.AdapterKey, error) {
	var key commit.AdapterKey
	if t.Adapter == nil {
		return nil, key, nil
	}
	var err error
	if key.Salt, err = commit.ParseHex(t.Adapter.Salt); err != nil {
		return nil, key, fmt.Errorf("%w: adapter.salt: %v", ErrBadInput, err)
	}
	if key.Owner, err = commit.ParseOwner(t.Adapter.Owner); err != nil {
		return nil, key, fmt.Errorf("%w: adapter.owner: %v", ErrBadInput, err)
	}
	a := &quant.Adapter{Name: t.Adapter.Name, Layers: make([]quant.AdapterLayer, len(t.Adapter.Layers))}
	for i, al := range t.Adapter.Layers {
		a.Layers[i] = quant.AdapterLayer{
			Layer: al.Layer, Rank: al.Rank, M: al.M, AExp: al.AExp, BExp: al.BExp,
			A: clone(al.A), B: clone(al.B),
		}
	}
	return a, key, nil
}

// Check verifies that the trace is exactly the execution of model m: the
// model digest, the shapes, the adapter commitment, the input and output
// digests, and every integer, recomputed with quant's Forward. The first
// difference is reported as ErrMismatch naming the layer, field and index.
func (t *Trace) Check(ctx context.Context, m *quant.Model) error {
	if err := t.validate("trace"); err != nil {
		return err
	}
	mis := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrMismatch, fmt.Sprintf(format, args...))
	}
	if t.Model.Name != m.Name {
		return mis("model.name %q, model is %q", t.Model.Name, m.Name)
	}
	if d := commit.Hex(commit.ModelDigest(m)); t.Model.Digest != d {
		return mis("model.digest %s, model %q has %s", t.Model.Digest, m.Name, d)
	}
	if len(t.Layers) != len(m.Layers) {
		return mis("%d layers, model has %d", len(t.Layers), len(m.Layers))
	}
	for i := range m.Layers {
		l, ml := &t.Layers[i], &m.Layers[i]
		if len(l.X) != ml.In || len(l.Acc) != ml.Out {
			return mis("layer %d (%s): %d→%d, model layer is %d→%d", i, ml.Name, len(l.X), len(l.Acc), ml.In, ml.Out)
		}
	}
	a, key, err := t.QuantAdapter()
	if err != nil {
		return err
	}
	if a != nil {
		for _, al := range a.Layers {
			if _, err := m.Layers[al.Layer].LayerBounds(al.Rank); err != nil {
				return mis("adapter layer %d: %v", al.Layer, err)
			}
		}
		inner, err := commit.AdapterInnerCommitment(a, t.Adapter.Shape, key.Salt)
		if err != nil {
			return mis("adapter: %v", err)
		}
		if commit.Hex(inner) != t.Adapter.Inner {
			return mis("adapter.inner_commitment %s, the adapter's weights and salt give %s", t.Adapter.Inner, commit.Hex(inner))
		}
		if c := commit.OwnedCommitment(inner, key.Owner); commit.Hex(c) != t.Adapter.Commitment {
			return mis("adapter.commitment %s, the adapter's weights, salt and owner give %s", t.Adapter.Commitment, commit.Hex(c))
		}
	}
	if d := commit.Hex(commit.InputDigest(t.Input)); d != t.InputDigest {
		return mis("input_digest %s, input gives %s", t.InputDigest, d)
	}
	if d := commit.Hex(commit.OutputDigest(t.Output)); d != t.OutputDigest {
		return mis("output_digest %s, output gives %s", t.OutputDigest, d)
	}
	trs, err := m.Forward(ctx, t.Input, a)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("trace: check: %w", err)
		}
		return mis("%v", err)
	}
	for i, want := range trs {
		got := &t.Layers[i]
		name := m.Layers[i].Name
		if err := firstDiff(i, name, "x", got.X, want.X); err != nil {
			return err
		}
		if err := firstDiff(i, name, "h", got.H, want.H); err != nil {
			return err
		}
		if err := firstDiff(i, name, "delta", got.Delta, want.Delta); err != nil {
			return err
		}
		if err := firstDiff(i, name, "acc", got.Acc, want.Acc); err != nil {
			return err
		}
		if err := firstDiff(i, name, "q", got.Q, want.Q); err != nil {
			return err
		}
		if err := firstDiff(i, name, "rem", got.Rem, want.Rem); err != nil {
			return err
		}
		if err := firstDiff(i, name, "y", got.Y, want.Y); err != nil {
			return err
		}
		if err := firstDiff(i, name, "out", got.Out, want.Out); err != nil {
			return err
		}
	}
	if err := firstDiff(len(trs)-1, m.Layers[len(trs)-1].Name, "output", t.Output, quant.Output(trs)); err != nil {
		return err
	}
	return nil
}

func firstDiff[T comparable](layer int, name, field string, got, want []T) error {
	if len(got) != len(want) {
		return fmt.Errorf("%w: layer %d (%s) %s: %d values, recomputed %d", ErrMismatch, layer, name, field, len(got), len(want))
	}
	for j := range got {
		if got[j] != want[j] {
			return fmt.Errorf("%w: layer %d (%s) %s[%d]: trace has %v, recomputed %v", ErrMismatch, layer, name, field, j, got[j], want[j])
		}
	}
	return nil
}
