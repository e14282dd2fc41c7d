package bundle

import (
	"cmp"
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/circuits/delta"
)

// DeltaFormat and DeltaVersion identify the delta bundle format.
const (
	DeltaFormat  = "openproof.delta-bundle"
	DeltaVersion = 1
)

// Delta is a delta bundle: the proofs that a LoRA adapter's output Δy is
// what the adapter computes on every module and token of an engine trace
// (circuits/delta), one part per proof.
type Delta struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	Trace   DeltaTrace  `json:"trace"`
	Adapter string      `json:"adapter"` // the adapter directory's name, informative
	Backend string      `json:"backend"`
	Parts   []DeltaPart `json:"parts"`
}

// DeltaTrace describes the trace proven, informative: a verifier checks the
// parts against the trace it holds.
type DeltaTrace struct {
	ModelID   string   `json:"model_id"`
	AdapterID string   `json:"adapter_id"`
	Tokens    int      `json:"tokens"`
	Modules   []string `json:"modules"`
}

// DeltaPart is one proof: its circuit, the modules and token run it covers,
// and its public inputs.
type DeltaPart struct {
	Circuit           string `json:"circuit"`
	Digest            string `json:"circuit_digest"`
	Constraints       int    `json:"constraints"`
	Modules           []int  `json:"modules"`
	First             int    `json:"first_token"`
	Tokens            int    `json:"tokens"`
	Mode              string `json:"mode"`
	Pinned            bool   `json:"pinned,omitempty"`
	Binding           string `json:"binding,omitempty"` // "fingerprint", or absent for hash
	AdapterCommitment string `json:"adapter_commitment"`
	XDigest           string `json:"x_digest"`
	DeltaDigest       string `json:"delta_digest"`
	// The fingerprint binding's public inputs: the proof's challenge, and
	// the fingerprints of x and Δy at it (a verifier recomputes these).
	Rho       string `json:"rho,omitempty"`
	XEval     string `json:"x_fingerprint,omitempty"`
	DeltaEval string `json:"delta_fingerprint,omitempty"`
	Proof     string `json:"proof"`
	VKSHA256  string `json:"vk_sha256"`
}

// ReadDelta reads and checks the delta bundle file at path (at most MaxSize
// bytes).
func ReadDelta(path string) (*Delta, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return ParseDelta(path, data)
}

// ParseDelta decodes and checks a delta bundle; name (a file name) prefixes
// errors. It is as strict as Parse: unknown fields, data after the bundle,
// another format or version and malformed fields are errors wrapping
// ErrBadInput.
func ParseDelta(name string, data []byte) (*Delta, error) {
	var d Delta
	if err := DecodeStrict(name, data, &d); err != nil {
		return nil, err
	}
	if err := d.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &d, nil
}

// WriteDelta writes d to path atomically, in the layout prove-delta has
// always written (one-space indent).
func WriteDelta(path string, d *Delta) error {
	data, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return fmt.Errorf("delta bundle: encode: %w", err)
	}
	if err := renameio.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("delta bundle: %w", err)
	}
	return nil
}

// Check checks d's structure as ParseDelta does: the format, and each
// part's mode, binding, field elements and proof encoding. Whether the
// parts fit a trace, cover it and verify is the verifier's job.
func (d *Delta) Check() error {
	if d.Format != DeltaFormat || d.Version != DeltaVersion {
		return fmt.Errorf("format %q v%d, want %s v%d: %w", d.Format, d.Version, DeltaFormat, DeltaVersion, ErrBadInput)
	}
	for k := range d.Parts {
		if err := d.Parts[k].check(); err != nil {
			return fmt.Errorf("part %d: %w", k, err)
		}
	}
	return nil
}

func (p *DeltaPart) check() error {
	if _, _, err := p.Kind(); err != nil {
		return err
	}
	if _, err := p.Public(); err != nil {
		return err
	}
	if err := checkSHA256(p.Digest); err != nil {
		return fmt.Errorf("circuit_digest: %v: %w", err, ErrBadInput)
	}
	if _, err := decodeHex(p.Proof); err != nil {
		return fmt.Errorf("proof: %v: %w", err, ErrBadInput)
	}
	return nil
}

// Kind returns the part's mode and binding (an absent binding is hash).
func (p *DeltaPart) Kind() (delta.Mode, delta.Binding, error) {
	mode, err := delta.ParseMode(p.Mode)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %w", err, ErrBadInput)
	}
	binding, err := delta.ParseBinding(cmp.Or(p.Binding, delta.Hashed.String()))
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %w", err, ErrBadInput)
	}
	return mode, binding, nil
}

// Public returns the part's public statement as the bundle states it; the
// fingerprint fields must be present exactly when the binding is
// fingerprint.
func (p *DeltaPart) Public() (delta.Public, error) {
	var pub delta.Public
	_, binding, err := p.Kind()
	if err != nil {
		return pub, err
	}
	fields := []elemField{
		{"adapter_commitment", p.AdapterCommitment, &pub.AdapterCommitment},
		{"x_digest", p.XDigest, &pub.XDigest},
		{"delta_digest", p.DeltaDigest, &pub.DeltaDigest},
	}
	fp := []elemField{
		{"rho", p.Rho, &pub.Rho},
		{"x_fingerprint", p.XEval, &pub.XEval},
		{"delta_fingerprint", p.DeltaEval, &pub.DeltaEval},
	}
	if binding == delta.Fingerprinted {
		fields = append(fields, fp...)
	} else if p.Rho != "" || p.XEval != "" || p.DeltaEval != "" {
		return pub, fmt.Errorf("fingerprint fields in a hash-bound part: %w", ErrBadInput)
	}
	for _, f := range fields {
		if *f.dst, err = ParseElement(f.text); err != nil {
			return pub, fmt.Errorf("%s: %v: %w", f.name, err, ErrBadInput)
		}
	}
	return pub, nil
}

// elemField is a field element's field name, text and destination.
type elemField struct {
	name, text string
	dst        *fr.Element
}

// NewDeltaPart returns the part of a proven statement: the fingerprint
// fields are set with the Fingerprinted binding only.
func NewDeltaPart(s delta.Shape, pub delta.Public, pinned bool) DeltaPart {
	p := DeltaPart{First: s.First, Tokens: s.Tokens, Mode: s.Mode.String(), Pinned: pinned,
		AdapterCommitment: FormatElement(pub.AdapterCommitment),
		XDigest:           FormatElement(pub.XDigest), DeltaDigest: FormatElement(pub.DeltaDigest)}
	if s.Binding == delta.Fingerprinted {
		p.Binding = s.Binding.String()
		p.Rho, p.XEval, p.DeltaEval = FormatElement(pub.Rho), FormatElement(pub.XEval), FormatElement(pub.DeltaEval)
	}
	for _, m := range s.Group {
		p.Modules = append(p.Modules, m.Index)
	}
	return p
}
