// Package verifier checks openproof proof bundles offline: that the bundle
// was made for the verifying key its circuit has (looked up in a
// keystore.VerifyingKeys, such as the key store, or one given key), that its public inputs are the
// statement it claims (model, adapter, input and output digests, and for
// attributed proofs the Datanet root and the digest of the listed
// attribution weights), and that
// the Groth16 proof verifies (with the Solidity verifier's hash-to-field, as
// on chain).
package verifier

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Errors. ErrBadInput means the bundle or key is malformed; the others mean
// a well-formed bundle failed verification.
var (
	ErrBadInput            = bundle.ErrBadInput // wraps prover.ErrBadInput
	ErrVKMismatch          = fmt.Errorf("bundle was not made for this verifying key: %w", errs.ErrNotVerified)
	ErrPublicInputMismatch = fmt.Errorf("public inputs do not match the bundle's statement: %w", errs.ErrNotVerified)
	ErrOutputMismatch      = fmt.Errorf("output does not match the output digest: %w", errs.ErrNotVerified)
	ErrAttributionMismatch = fmt.Errorf("attribution weights do not match the attribution digest: %w", errs.ErrNotVerified)
	ErrProofInvalid        = prover.ErrProofInvalid
)

// Checks VerifyBundle reports, in the order it makes them.
const (
	CheckVK        = "vk_sha256"
	CheckStatement = "statement"
	CheckOutput    = "output_digest"
	CheckWeights   = "attribution_weights"
	CheckGroth16   = "groth16"
)

// Report says what a successful VerifyBundle checked.
type Report struct {
	Circuit      bundle.Circuit
	Backend      string
	VKSHA256     string
	PublicInputs int
	Checks       []string
}

// Option configures VerifyBundle.
type Option func(*options)

type options struct {
	outputDigest func(output []int64) (string, error)
}

// WithOutputCheck makes VerifyBundle recompute the output digest from the
// bundle's claimed output with digest and require it to equal the bundle's
// output_digest (which the statement check ties to the proof). Without it,
// the output values are the prover's word.
func WithOutputCheck(digest func(output []int64) (string, error)) Option {
	return func(o *options) { o.outputDigest = digest }
}

// statement pairs the public inputs with the bundle fields they stand for.
func statement(b *bundle.Bundle) []struct{ input, field, value string } {
	s := []struct{ input, field, value string }{
		{"model_digest", "model.digest", b.Model.Digest},
		{"adapter_commitment", "adapter.commitment", b.Adapter.Commitment},
		{"input_digest", "input_digest", b.InputDigest},
		{"output_digest", "output_digest", b.OutputDigest},
	}
	var root, digest string
	if a := b.Attribution; a != nil {
		root, digest = a.DatanetRoot, a.Digest
	}
	return append(s,
		struct{ input, field, value string }{"datanet_root", "attribution.datanet_root", root},
		struct{ input, field, value string }{"attribution_digest", "attribution.digest", digest})
}

// Verify verifies b with the verifying key that keys holds for b's circuit.
// keys looks the key up by the bundle's circuit digest and checks that it
// belongs to the named circuit and has the bundle's vk_sha256 (the key store
// does; Key takes one key as it is); then VerifyBundle makes every check,
// reported in order. A missing key wraps errs.ErrBadInput, a key of another
// circuit keystore.ErrKeyMismatch (errs.ErrNotVerified).
func Verify(b *bundle.Bundle, keys keystore.VerifyingKeys, opts ...Option) (*Report, error) {
	if b == nil {
		return nil, fmt.Errorf("nil bundle: %w", ErrBadInput)
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	// Check accepts either case of hex; the store writes lower case.
	vk, _, err := keys.VerifyingKeyFor(b.Circuit.Digest, b.Circuit.Name, strings.ToLower(b.VKSHA256))
	if err != nil {
		return nil, err
	}
	return VerifyBundle(b, vk, opts...)
}

// Key is one verifying key as a keystore.VerifyingKeys (a key file the user
// names): it answers for every circuit, and VerifyBundle's vk_sha256 check
// decides whether it is the bundle's key.
type Key struct{ VK groth16.VerifyingKey }

// VerifyingKeyFor returns k.VK, with no manifest.
func (k Key) VerifyingKeyFor(digest, name, vkHash string) (groth16.VerifyingKey, *keystore.Manifest, error) {
	if k.VK == nil {
		return nil, nil, fmt.Errorf("no verifying key: %w", ErrBadInput)
	}
	return k.VK, nil, nil
}

// VerifyBundle verifies b against vk. Each statement field must be bound by
// the public input of the same role, both ways: a field stated without its
// public input, or a public input whose field is missing or different, is
// ErrPublicInputMismatch.
func VerifyBundle(b *bundle.Bundle, vk groth16.VerifyingKey, opts ...Option) (*Report, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if b == nil {
		return nil, fmt.Errorf("nil bundle: %w", ErrBadInput)
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	vkHash, err := bundle.VKSHA256(vk)
	if err != nil {
		return nil, err
	}
	r := &Report{Circuit: b.Circuit, Backend: b.Backend, VKSHA256: vkHash, PublicInputs: len(b.PublicInputs)}

	if !strings.EqualFold(vkHash, b.VKSHA256) {
		return nil, fmt.Errorf("%w: bundle vk_sha256 %s, verifying key %s", ErrVKMismatch, b.VKSHA256, vkHash)
	}
	r.Checks = append(r.Checks, CheckVK)

	nb, err := prover.NbPublic(vk)
	if err != nil {
		return nil, err
	}
	if nb != len(b.PublicInputs) {
		return nil, fmt.Errorf("%w: bundle has %d public inputs, the verifying key expects %d", ErrPublicInputMismatch, len(b.PublicInputs), nb)
	}
	if err := checkStatement(b); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckStatement)

	// The weights are the bundle's claim; the digest the statement check tied
	// to the proof must be theirs.
	if a := b.Attribution; a != nil {
		d := bundle.FormatElement(influence.Digest(a.PPMs()))
		if !sameElement(d, a.Digest) {
			return nil, fmt.Errorf("%w: the %d weights hash to %s, attribution_digest is %s", ErrAttributionMismatch, len(a.Weights), d, a.Digest)
		}
		r.Checks = append(r.Checks, CheckWeights)
	}

	if o.outputDigest != nil {
		d, err := o.outputDigest(b.Output)
		if err != nil {
			return nil, fmt.Errorf("%w: recompute from output: %w", ErrOutputMismatch, err)
		}
		if !sameElement(d, b.OutputDigest) {
			return nil, fmt.Errorf("%w: output hashes to %s, output_digest is %s", ErrOutputMismatch, d, b.OutputDigest)
		}
		r.Checks = append(r.Checks, CheckOutput)
	}

	raw, err := hex.DecodeString(strings.TrimPrefix(b.Proof, "0x"))
	if err != nil { // Check accepted it: cannot happen
		return nil, fmt.Errorf("field \"proof\": %v: %w", err, ErrBadInput)
	}
	// Points off the curve are a failed proof, not a malformed file: the
	// layout was fine, the content is not a proof.
	proof, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrProofInvalid, strings.TrimSuffix(err.Error(), ": "+ErrBadInput.Error()))
	}
	public, err := b.PublicWitness()
	if err != nil {
		return nil, err
	}
	if err := prover.Verify(vk, proof, public); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckGroth16)
	return r, nil
}

func checkStatement(b *bundle.Bundle) error {
	inputs := make(map[string]string, len(b.PublicInputs))
	for _, p := range b.PublicInputs {
		inputs[p.Name] = p.Value
	}
	for _, s := range statement(b) {
		v, bound := inputs[s.input]
		switch {
		case !bound && s.value == "":
		case !bound:
			return fmt.Errorf("%w: bundle states %s %s, but the proof has no public input %q", ErrPublicInputMismatch, s.field, s.value, s.input)
		case s.value == "":
			return fmt.Errorf("%w: public input %q is %s, but the bundle states no %s", ErrPublicInputMismatch, s.input, v, s.field)
		case !sameElement(v, s.value):
			return fmt.Errorf("%w: public input %q is %s, the bundle's %s is %s", ErrPublicInputMismatch, s.input, v, s.field, s.value)
		}
	}
	return nil
}

// sameElement compares two field elements' texts by value.
func sameElement(a, b string) bool {
	x, err := bundle.ParseElement(a)
	if err != nil {
		return false
	}
	y, err := bundle.ParseElement(b)
	return err == nil && x.Equal(&y)
}

// OutputDigest recomputes an inference bundle's output digest from its
// claimed int8 output (commit.OutputDigest), for WithOutputCheck.
func OutputDigest(output []int64) (string, error) {
	y := make([]int8, len(output))
	for i, v := range output {
		if v < -128 || v > 127 {
			return "", fmt.Errorf("output[%d] = %d is not an int8", i, v)
		}
		y[i] = int8(v)
	}
	return bundle.FormatElement(commit.OutputDigest(y)), nil
}
