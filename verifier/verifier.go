// Package verifier checks openproof proof bundles offline: that the bundle
// was made for the verifying key its circuit has (looked up in a
// keystore.VerifyingKeys, such as the key store, or one given key), that its
// public inputs, bound by position in the order the circuit defines them,
// are the statement it claims (model, adapter, input and output digests,
// and for attributed proofs the Datanet root and the digest of the listed
// attribution weights), that the Groth16 proof verifies (with the Solidity
// verifier's hash-to-field, as on chain), and that what the bundle derives
// from the statement is what the statement commits to: the output and the
// clear input hash to their digests, the prediction is the output's argmax.
//
// A Report separates the two kinds of content a bundle has: Statement is
// what was proven or recomputed; Labels are the bundle's other claims
// (names, backend, contributor ids) that nothing checked. A caller that
// prints a verified bundle prints Statement as verified and Labels apart,
// as unverified.
package verifier

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Errors. ErrBadInput means the bundle or key is malformed; the others mean
// a well-formed bundle failed verification (they wrap errs.ErrNotVerified).
var (
	ErrBadInput            = bundle.ErrBadInput // wraps prover.ErrBadInput
	ErrVKMismatch          = fmt.Errorf("bundle was not made for this verifying key: %w", errs.ErrNotVerified)
	ErrPublicInputMismatch = fmt.Errorf("public inputs do not match the bundle's statement: %w", errs.ErrNotVerified)
	ErrOutputMismatch      = fmt.Errorf("output does not match the output digest: %w", errs.ErrNotVerified)
	ErrAttributionMismatch = fmt.Errorf("attribution weights do not match the attribution digest: %w", errs.ErrNotVerified)
	ErrProofInvalid        = prover.ErrProofInvalid
	ErrPredictionMismatch  = fmt.Errorf("prediction is not the output's argmax: %w", errs.ErrNotVerified)
	ErrInputMismatch       = fmt.Errorf("input does not match the input digest: %w", errs.ErrNotVerified)
	// ErrLabelMismatch: a label the verifier can check (the circuit against
	// the key store's manifest, the model against WithModel) is wrong.
	ErrLabelMismatch = fmt.Errorf("bundle label does not match what the verifier holds: %w", errs.ErrNotVerified)
)

// Checks VerifyBundle reports, in the order it makes them (CheckCircuit
// with a key store's manifest, CheckModel with WithModel, CheckWeights for
// attributed bundles, CheckInputDigest when the bundle carries its input).
const (
	CheckCircuit     = "circuit"
	CheckVK          = "vk_sha256"
	CheckStatement   = "statement"
	CheckModel       = "model"
	CheckWeights     = "attribution_weights"
	CheckGroth16     = "groth16"
	CheckOutput      = "output_digest"
	CheckPrediction  = "prediction"
	CheckInputDigest = "input_digest"
)

// Report says what a successful VerifyBundle checked: Statement is
// verified, Labels are not.
type Report struct {
	Statement Statement
	Labels    Labels
	Checks    []string

	// Deprecated: the bundle's circuit claim, unverified without a key
	// store's manifest; use Statement.Circuit and Labels.Circuit.
	Circuit bundle.Circuit
	// Deprecated: unverified; use Labels.Backend.
	Backend string
	// Deprecated: use Statement.VKSHA256.
	VKSHA256 string
	// PublicInputs is the number of public inputs.
	PublicInputs int
}

// Option configures VerifyBundle.
type Option func(*options)

type options struct {
	outputDigest func(output []int64) (string, error)
	model        *modelClaim
	datanet      *modelClaim // WithDatanet: the Datanet's name and root
}

type modelClaim struct {
	name   string
	digest fr.Element
}

// WithOutputCheck replaces the function that recomputes the output digest
// from the bundle's claimed output (default OutputDigest, the inference
// circuits' commit.OutputDigest; nil keeps the default). The output is
// always checked: a bundle's output is printed only as its digest proves it.
func WithOutputCheck(digest func(output []int64) (string, error)) Option {
	return func(o *options) { o.outputDigest = digest }
}

// WithModel makes VerifyBundle require that the proof is for the model the
// verifier holds (digest, commit.ModelDigest of it), and then reports name
// as the verified Statement.Model. A proof for another model is
// ErrLabelMismatch.
func WithModel(name string, digest fr.Element) Option {
	return func(o *options) { o.model = &modelClaim{name, digest} }
}

// Verify verifies b with the verifying key that keys holds for b's circuit.
// keys looks the key up by the bundle's circuit digest and checks that it
// belongs to the named circuit and has the bundle's vk_sha256 (the key store
// does; Key takes one key as it is); Verify checks the manifest keys return
// again (circuit name, digest, constraints and vk hash) and reports the
// circuit as verified, then VerifyBundle makes every other check, reported
// in order. A missing key wraps errs.ErrBadInput, a key of another circuit
// keystore.ErrKeyMismatch or ErrLabelMismatch (errs.ErrNotVerified).
func Verify(b *bundle.Bundle, keys keystore.VerifyingKeys, opts ...Option) (*Report, error) {
	if b == nil || keys == nil {
		return nil, fmt.Errorf("nil bundle or keys: %w", ErrBadInput)
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	// Check accepts either case of hex; the store writes lower case.
	vk, m, err := keys.VerifyingKeyFor(b.Circuit.Digest, b.Circuit.Name, strings.ToLower(b.VKSHA256))
	if err != nil {
		return nil, err
	}
	return verifyBundle(b, vk, m, opts)
}

// Key is one verifying key as a keystore.VerifyingKeys (a key file the user
// names): it answers for every circuit, and VerifyBundle's vk_sha256 check
// decides whether it is the bundle's key. It has no manifest, so the
// circuit's name stays an unverified label.
type Key struct{ VK groth16.VerifyingKey }

// VerifyingKeyFor returns k.VK, with no manifest.
func (k Key) VerifyingKeyFor(digest, name, vkHash string) (groth16.VerifyingKey, *keystore.Manifest, error) {
	if k.VK == nil {
		return nil, nil, fmt.Errorf("no verifying key: %w", ErrBadInput)
	}
	return k.VK, nil, nil
}

// VerifyBundle verifies b against vk, which has no manifest: the circuit's
// name, digest and size stay unverified labels. The public inputs are bound
// by position: their names must be the circuit's in its order (the key's
// number of public inputs picks the inference or the attributed layout) and
// each value must be the statement field of that position, both ways (a
// field stated without its public input, or a public input whose field is
// missing or different, is ErrPublicInputMismatch).
func VerifyBundle(b *bundle.Bundle, vk groth16.VerifyingKey, opts ...Option) (*Report, error) {
	return verifyBundle(b, vk, nil, opts)
}

func verifyBundle(b *bundle.Bundle, vk groth16.VerifyingKey, m *keystore.Manifest, opts []Option) (*Report, error) {
	o := options{outputDigest: OutputDigest}
	for _, opt := range opts {
		opt(&o)
	}
	if o.outputDigest == nil {
		o.outputDigest = OutputDigest
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
	r := &Report{Circuit: b.Circuit, Backend: b.Backend, VKSHA256: vkHash, PublicInputs: len(b.PublicInputs), Labels: labelsOf(b)}
	r.Statement.VKSHA256 = vkHash
	if m != nil {
		if err := checkManifest(b, m, vkHash); err != nil {
			return nil, err
		}
		r.Statement.Circuit, r.Statement.CircuitDigest, r.Statement.Constraints, r.Statement.Setup = m.CircuitName, m.CircuitDigest, m.NbConstraints, m.Setup
		r.Labels.Circuit, r.Labels.CircuitDigest, r.Labels.Constraints = "", "", 0
		r.Checks = append(r.Checks, CheckCircuit)
	}

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
	if err := bindStatement(b, &r.Statement); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckStatement)

	if o.model != nil {
		d := bundle.FormatElement(o.model.digest)
		if d != r.Statement.ModelDigest {
			return nil, fmt.Errorf("%w: the proof is for model digest %s, %s has %s", ErrLabelMismatch, r.Statement.ModelDigest, o.model.name, d)
		}
		r.Statement.Model = o.model.name
		if r.Labels.Model == o.model.name {
			r.Labels.Model = ""
		}
		r.Checks = append(r.Checks, CheckModel)
	}

	// The weights are the bundle's claim; the digest the statement check tied
	// to the proof must be theirs.
	if a := b.Attribution; a != nil {
		d := bundle.FormatElement(influence.Digest(a.PPMs()))
		if !sameElement(d, a.Digest) {
			return nil, fmt.Errorf("%w: the %d weights hash to %s, attribution_digest is %s", ErrAttributionMismatch, len(a.Weights), d, a.Digest)
		}
		r.Statement.Weights = a.PPMs()
		r.Checks = append(r.Checks, CheckWeights)
	}

	if err := checkProof(b, vk); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckGroth16)

	// What the bundle derives from the proven digests: recomputed after the
	// proof, so that a tampered public input reads as a failed proof.
	d, err := o.outputDigest(b.Output)
	if err != nil {
		return nil, fmt.Errorf("%w: recompute from output: %w", ErrOutputMismatch, err)
	}
	if !sameElement(d, b.OutputDigest) {
		return nil, fmt.Errorf("%w: output hashes to %s, output_digest is %s", ErrOutputMismatch, d, b.OutputDigest)
	}
	r.Statement.Output = append([]int64{}, b.Output...)
	r.Checks = append(r.Checks, CheckOutput)

	if len(b.Output) > 0 {
		p := argmax(b.Output)
		if b.Prediction != nil && *b.Prediction != p {
			return nil, fmt.Errorf("%w: bundle states %d, the output's argmax is %d", ErrPredictionMismatch, *b.Prediction, p)
		}
		r.Statement.Prediction = &p
	} else if b.Prediction != nil { // Check refuses it: cannot happen
		return nil, fmt.Errorf("%w: a prediction without an output", ErrPredictionMismatch)
	}
	r.Checks = append(r.Checks, CheckPrediction)

	if r.Statement.Input, err = Input(b); err != nil {
		return nil, err
	}
	if r.Statement.Input != nil {
		r.Checks = append(r.Checks, CheckInputDigest)
	}
	return r, nil
}

// checkProof runs the pairing check on the bundle's proof and public
// inputs, in their list order (which bindStatement tied to the circuit's).
func checkProof(b *bundle.Bundle, vk groth16.VerifyingKey) error {
	raw, err := hex.DecodeString(strings.TrimPrefix(b.Proof, "0x"))
	if err != nil { // Check accepted it: cannot happen
		return fmt.Errorf("field \"proof\": %v: %w", err, ErrBadInput)
	}
	// Points off the curve are a failed proof, not a malformed file: the
	// layout was fine, the content is not a proof.
	proof, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrProofInvalid, strings.TrimSuffix(err.Error(), ": "+ErrBadInput.Error()))
	}
	public, err := b.PublicWitness()
	if err != nil {
		return err
	}
	return prover.Verify(vk, proof, public)
}

// checkManifest checks b's circuit labels against the manifest of the key
// that verifies it. The key store checks name and vk hash itself; a
// VerifyingKeys of another kind may not, so Verify checks again.
func checkManifest(b *bundle.Bundle, m *keystore.Manifest, vkHash string) error {
	switch {
	case m.CircuitName != b.Circuit.Name:
		return fmt.Errorf("%w: the key is for circuit %s, the bundle names %s", ErrLabelMismatch, m.CircuitName, b.Circuit.Name)
	case !strings.EqualFold(m.CircuitDigest, b.Circuit.Digest):
		return fmt.Errorf("%w: the key is for circuit digest %s, the bundle names %s", ErrLabelMismatch, m.CircuitDigest, b.Circuit.Digest)
	case m.NbConstraints != b.Circuit.Constraints:
		return fmt.Errorf("%w: circuit %s has %d constraints, the bundle states %d", ErrLabelMismatch, m.CircuitName, m.NbConstraints, b.Circuit.Constraints)
	case m.Files[keystore.VKFile] != vkHash:
		return fmt.Errorf("%w: the key store lists vk hash %s for circuit %s, its key hashes to %s", ErrVKMismatch, m.Files[keystore.VKFile], m.CircuitName, vkHash)
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
