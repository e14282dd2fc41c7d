// Package bundle is openproof's proof bundle: a versioned JSON file with the
// proof (in the Solidity verifier's byte layout), its public inputs, and what
// they stand for (circuit, model, adapter, input and output digests).
package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/prover"
)

// Format and Version identify the bundle format.
const (
	Format  = "openproof.bundle"
	Version = 1
)

// MaxSize bounds the bundle files Read accepts.
const MaxSize = 64 << 20

// ErrBadInput marks a malformed bundle; the error names the file and field.
// It wraps prover.ErrBadInput.
var ErrBadInput = fmt.Errorf("bad proof bundle: %w", prover.ErrBadInput)

// PublicInput is one public input of the proof, in the circuit's order.
type PublicInput struct {
	Name  string `json:"name"`
	Value string `json:"value"` // 0x-prefixed 32-byte big-endian hex of the field element
}

// Circuit identifies the circuit proven.
type Circuit struct {
	Name        string `json:"name"`
	Digest      string `json:"digest"` // hex SHA-256 of the constraint system (prover.CircuitDigest)
	Constraints int    `json:"constraints"`
}

// Model identifies the base model.
type Model struct {
	Name   string `json:"name"`
	Digest string `json:"digest"` // field element, 0x hex
}

// Adapter identifies the LoRA adapter; empty for the base model alone.
type Adapter struct {
	Name       string `json:"name"`
	Commitment string `json:"commitment"` // field element, 0x hex
}

// Bundle is a proof bundle.
type Bundle struct {
	Format       string            `json:"format"`
	Version      int               `json:"version"`
	Circuit      Circuit           `json:"circuit"`
	Backend      string            `json:"backend"`
	Model        Model             `json:"model"`
	Adapter      Adapter           `json:"adapter"`
	InputDigest  string            `json:"input_digest"`
	OutputDigest string            `json:"output_digest"`
	Input        []int64           `json:"input,omitempty"`
	Output       []int64           `json:"output"`
	Prediction   *int              `json:"prediction,omitempty"`
	PublicInputs []PublicInput     `json:"public_inputs"`
	Proof        string            `json:"proof"` // 0x hex of (*groth16_bn254.Proof).MarshalSolidity()
	VKSHA256     string            `json:"vk_sha256"`
	Attribution  *Attribution      `json:"attribution,omitempty"` // attributed proofs only
	Extra        map[string]string `json:"extra,omitempty"`
}

// Attribution is the attribution an attributed proof carries: the Datanet
// root and every contributor's weight, in contributor order. The public
// inputs datanet_root and attribution_digest bind them: the digest is
// attribution/influence.Digest of the weights, which the verifier recomputes.
type Attribution struct {
	DatanetRoot string   `json:"datanet_root"` // field element, 0x hex
	Digest      string   `json:"digest"`       // field element, 0x hex
	Weights     []Weight `json:"weights"`
}

// Weight is one contributor's attribution weight. ID is the contributor's
// name from the artifacts, informative only: the proof binds the index
// (through the Datanet root), an audit against the Datanet binds the name.
type Weight struct {
	Contributor int    `json:"contributor"`
	ID          string `json:"id,omitempty"`
	PPM         uint32 `json:"ppm"`
}

// PPM is the total of a non-zero weight list (parts per million).
const PPM = 1_000_000

// MaxContributors bounds an attribution's weight list (the circuit's limit).
const MaxContributors = 1 << 16

// PPMs returns the weights in contributor order.
func (a *Attribution) PPMs() []uint32 {
	w := make([]uint32, len(a.Weights))
	for i, x := range a.Weights {
		w[i] = x.PPM
	}
	return w
}

// check checks the section's structure: elements, a dense index list, and
// weights that sum to PPM or are all zero (the only lists the circuit can
// prove). That the digest is the weights' is the verifier's check.
func (a *Attribution) check(bad func(field, format string, args ...any) error) error {
	for _, d := range []struct{ field, v string }{{"attribution.datanet_root", a.DatanetRoot}, {"attribution.digest", a.Digest}} {
		if _, err := ParseElement(d.v); err != nil {
			return bad(d.field, "%v", err)
		}
	}
	if len(a.Weights) == 0 || len(a.Weights) > MaxContributors {
		return bad("attribution.weights", "%d entries, want 1…%d", len(a.Weights), MaxContributors)
	}
	var sum uint64
	for i, w := range a.Weights {
		if w.Contributor != i {
			return bad(fmt.Sprintf("attribution.weights[%d].contributor", i), "%d, want %d (one entry per contributor, in order)", w.Contributor, i)
		}
		if w.PPM > PPM {
			return bad(fmt.Sprintf("attribution.weights[%d].ppm", i), "%d exceeds %d", w.PPM, PPM)
		}
		if len(w.ID) > 256 || strings.ContainsFunc(w.ID, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return bad(fmt.Sprintf("attribution.weights[%d].id", i), "longer than 256 bytes or has control characters")
		}
		sum += uint64(w.PPM)
	}
	if sum != 0 && sum != PPM {
		return bad("attribution.weights", "sum to %d ppm, want %d (or all zero)", sum, PPM)
	}
	return nil
}

// Read reads and checks the bundle file at path (at most MaxSize bytes).
func Read(path string) (*Bundle, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes and checks a bundle; name (a file name) prefixes errors.
// It is strict (DecodeStrict): unknown fields, duplicate keys, another
// format or version, malformed hex or wrong lengths are errors wrapping
// ErrBadInput that name the field. It checks the proof's layout, not its
// points: that is the verifier's job.
func Parse(name string, data []byte) (*Bundle, error) {
	var b Bundle
	if err := DecodeStrict(name, data, &b); err != nil {
		return nil, err
	}
	if err := b.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &b, nil
}

// Check checks b as Parse does.
func (b *Bundle) Check() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("field %q: %s: %w", field, fmt.Sprintf(format, args...), ErrBadInput)
	}
	if b.Format != Format {
		return bad("format", "%q, want %q", b.Format, Format)
	}
	if b.Version != Version {
		return bad("version", "%d, this reader knows %d", b.Version, Version)
	}
	if err := checkSHA256(b.Circuit.Digest); err != nil {
		return bad("circuit.digest", "%v", err)
	}
	if b.Circuit.Constraints < 0 {
		return bad("circuit.constraints", "%d is negative", b.Circuit.Constraints)
	}
	if b.Backend == "" {
		return bad("backend", "empty")
	}
	digests := []struct{ field, v string }{
		{"model.digest", b.Model.Digest},
		{"input_digest", b.InputDigest},
		{"output_digest", b.OutputDigest},
	}
	if b.Adapter.Commitment != "" || b.Adapter.Name != "" {
		digests = append(digests, struct{ field, v string }{"adapter.commitment", b.Adapter.Commitment})
	}
	for _, d := range digests {
		if _, err := ParseElement(d.v); err != nil {
			return bad(d.field, "%v", err)
		}
	}
	if b.Output == nil {
		return bad("output", "missing")
	}
	if b.Prediction != nil && (*b.Prediction < 0 || *b.Prediction >= len(b.Output)) {
		return bad("prediction", "%d is not an index of output (%d values)", *b.Prediction, len(b.Output))
	}
	if len(b.PublicInputs) == 0 {
		return bad("public_inputs", "empty")
	}
	seen := make(map[string]bool, len(b.PublicInputs))
	for i, p := range b.PublicInputs {
		if p.Name == "" {
			return bad(fmt.Sprintf("public_inputs[%d].name", i), "empty")
		}
		if seen[p.Name] {
			return bad(fmt.Sprintf("public_inputs[%d].name", i), "%q repeated", p.Name)
		}
		seen[p.Name] = true
		if _, err := ParseElement(p.Value); err != nil {
			return bad(fmt.Sprintf("public_inputs[%d].value", i), "%v", err)
		}
	}
	proof, err := decodeHex(b.Proof)
	if err != nil {
		return bad("proof", "%v", err)
	}
	if _, err := nbCommitments(len(proof)); err != nil {
		return bad("proof", "%v", err)
	}
	if err := checkSHA256(b.VKSHA256); err != nil {
		return bad("vk_sha256", "%v", err)
	}
	if b.Attribution != nil {
		if err := b.Attribution.check(bad); err != nil {
			return err
		}
	}
	for k := range b.Extra {
		if k == "" {
			return bad("extra", "empty key")
		}
	}
	return nil
}

// Write writes b, indented, to path atomically.
func (b *Bundle) Write(path string) (err error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return fmt.Errorf("bundle: encode: %w", err)
	}
	data = append(data, '\n')
	if err := renameio.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	return nil
}

// PublicWitness is the public witness of the bundle's public inputs, in order.
func (b *Bundle) PublicWitness() (witness.Witness, error) {
	values := make([]fr.Element, len(b.PublicInputs))
	for i, p := range b.PublicInputs {
		v, err := ParseElement(p.Value)
		if err != nil {
			return nil, fmt.Errorf("field \"public_inputs[%d].value\": %v: %w", i, err, ErrBadInput)
		}
		values[i] = v
	}
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	ch := make(chan any, len(values))
	for _, v := range values {
		ch <- v
	}
	close(ch)
	if err := w.Fill(len(values), 0, ch); err != nil {
		return nil, fmt.Errorf("bundle: public witness: %w", err)
	}
	return w, nil
}

// PublicInputs names the values of a public witness, for a new bundle.
func PublicInputs(names []string, public witness.Witness) ([]PublicInput, error) {
	if public == nil {
		return nil, fmt.Errorf("bundle: nil public witness: %w", ErrBadInput)
	}
	v, ok := public.Vector().(fr.Vector)
	if !ok {
		return nil, fmt.Errorf("bundle: public witness over %T, want BN254 scalars: %w", public.Vector(), ErrBadInput)
	}
	if len(v) != len(names) {
		return nil, fmt.Errorf("bundle: %d names for %d public values: %w", len(names), len(v), ErrBadInput)
	}
	out := make([]PublicInput, len(v))
	for i := range v {
		out[i] = PublicInput{Name: names[i], Value: FormatElement(v[i])}
	}
	return out, nil
}

// FormatElement is the bundle's text for a field element: 0x and 64
// lowercase hex digits, big-endian.
func FormatElement(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// ParseElement parses FormatElement's text (either case), refusing values
// that are not below the field's modulus.
func ParseElement(s string) (fr.Element, error) {
	var e fr.Element
	b, err := decodeHex(s)
	if err != nil {
		return e, err
	}
	if len(b) != fr.Bytes {
		return e, fmt.Errorf("%d bytes, want %d", len(b), fr.Bytes)
	}
	if err := e.SetBytesCanonical(b); err != nil {
		return e, errors.New("not below the BN254 scalar field modulus")
	}
	return e, nil
}

// EncodeProof is the bundle's text for a proof: 0x hex of MarshalSolidity.
func EncodeProof(p groth16.Proof) (string, error) {
	proof, ok := p.(*groth16_bn254.Proof)
	if !ok || proof == nil {
		return "", fmt.Errorf("bundle: proof is %T, want a BN254 Groth16 proof: %w", p, ErrBadInput)
	}
	return "0x" + hex.EncodeToString(proof.MarshalSolidity()), nil
}

// VKSHA256 is the hex SHA-256 of vk's WriteTo encoding, as in a bundle.
func VKSHA256(vk groth16.VerifyingKey) (string, error) {
	if v, ok := vk.(*groth16_bn254.VerifyingKey); !ok || v == nil {
		return "", fmt.Errorf("bundle: verifying key is %T, want a BN254 Groth16 key: %w", vk, ErrBadInput)
	}
	h := sha256.New()
	if _, err := vk.WriteTo(h); err != nil {
		return "", fmt.Errorf("bundle: encode verifying key: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func decodeHex(s string) ([]byte, error) {
	rest, ok := strings.CutPrefix(s, "0x")
	if !ok {
		return nil, errors.New("missing 0x prefix")
	}
	b, err := hex.DecodeString(rest)
	if err != nil {
		return nil, fmt.Errorf("bad hex: %v", err)
	}
	return b, nil
}

func checkSHA256(s string) error {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != sha256.Size {
		return fmt.Errorf("%q is not %d hex characters", s, 2*sha256.Size)
	}
	return nil
}
