package verifier

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Checks VerifyDelta reports: each part's, prefixed "part k: ", in the
// order it makes them, then CheckDeltaCoverage.
const (
	// CheckDeltaShape: the part's modules and token run fit the trace and
	// name the part's circuit (pinned circuits are named after the
	// commitment they pin).
	CheckDeltaShape = "shape"
	// CheckDeltaCommitment: every part over the same modules names the same
	// adapter commitment (one adapter and salt per bundle).
	CheckDeltaCommitment = "adapter_commitment"
	// CheckDeltaOnce: no module and token is proven twice.
	CheckDeltaOnce = "once"
	// CheckDeltaDigests: x_digest and delta_digest are the trace's.
	CheckDeltaDigests = "digests"
	// CheckDeltaFingerprints: with the fingerprint binding, the
	// fingerprints are the trace's at the part's ρ.
	CheckDeltaFingerprints = "fingerprints"
	// CheckDeltaVK: the key source holds the named circuit's verifying key
	// with the part's vk_sha256.
	CheckDeltaVK = "vk"
	// CheckDeltaGroth16: the proof verifies against that key and the
	// part's public inputs.
	CheckDeltaGroth16 = "groth16"
	// CheckDeltaCoverage: every module and token of the trace is proven.
	CheckDeltaCoverage = "coverage"
)

// DeltaReport says what a successful VerifyDelta checked.
type DeltaReport struct {
	Proofs             int
	Modules, Tokens    int    // the trace's
	ModelID, AdapterID string // the trace's
	AdapterCommitments []string
	Checks             []string
}

// VerifyDelta checks a delta bundle against the engine trace it claims to
// prove (tr, which the verifier holds): the bundle's structure, then per
// part that it fits the trace and names its circuit, that parts over the
// same modules name one adapter commitment, that no module and token is
// proven twice, that its digests (and fingerprints) are the trace's, that
// keys holds its verifying key, and the pairing; finally that every module
// and token is proven. A malformed bundle or trace, or a missing key,
// wraps errs.ErrBadInput; a failed check wraps errs.ErrNotVerified. It
// proves nothing about the base model: that x is what the base model fed
// each module.
func VerifyDelta(b *bundle.Delta, keys keystore.VerifyingKeys, tr *enginetrace.Trace) (*DeltaReport, error) {
	if b == nil || keys == nil || tr == nil {
		return nil, fmt.Errorf("delta: nil bundle, keys or trace: %w", errs.ErrBadInput)
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	if err := tr.Validate(); err != nil {
		return nil, fmt.Errorf("delta: trace: %w: %w", err, errs.ErrBadInput)
	}
	v := &deltaVerifier{tr: tr, keys: keys, commitments: map[string]fr.Element{}, stated: map[string]bool{}, covered: make([][]bool, len(tr.Modules))}
	for i := range v.covered {
		v.covered[i] = make([]bool, tr.Tokens)
	}
	for k := range b.Parts {
		if err := v.part(k, &b.Parts[k]); err != nil {
			return nil, fmt.Errorf("part %d: %w", k, err)
		}
	}
	for m := range v.covered {
		if t := slices.Index(v.covered[m], false); t >= 0 {
			return nil, errs.NotVerified("module %s token %d is not proven", tr.Modules[m].Name, t)
		}
	}
	v.checks = append(v.checks, CheckDeltaCoverage)
	return &DeltaReport{Proofs: len(b.Parts), Modules: len(tr.Modules), Tokens: tr.Tokens, ModelID: tr.ModelID, AdapterID: tr.AdapterID,
		AdapterCommitments: slices.Sorted(maps.Keys(v.stated)), Checks: v.checks}, nil
}

// deltaVerifier is VerifyDelta's state across parts.
type deltaVerifier struct {
	tr          *enginetrace.Trace
	keys        keystore.VerifyingKeys
	commitments map[string]fr.Element // adapter commitment by module group
	stated      map[string]bool       // the commitments as the bundle writes them
	covered     [][]bool              // [module][token]
	checks      []string
}

// part checks part k.
func (v *deltaVerifier) part(k int, p *bundle.DeltaPart) error {
	passed := func(check string) { v.checks = append(v.checks, fmt.Sprintf("part %d: %s", k, check)) }
	s, pub, err := v.shape(p)
	if err != nil {
		return err
	}
	passed(CheckDeltaShape)
	group := fmt.Sprint(p.Modules)
	if c, ok := v.commitments[group]; ok && c != pub.AdapterCommitment {
		return errs.NotVerified("adapter commitment %s for modules %s, an earlier part names %s", p.AdapterCommitment, group, bundle.FormatElement(c))
	}
	v.commitments[group], v.stated[p.AdapterCommitment] = pub.AdapterCommitment, true
	passed(CheckDeltaCommitment)
	for _, m := range p.Modules {
		for t := p.First; t < p.First+p.Tokens; t++ {
			if v.covered[m][t] {
				return errs.NotVerified("proves module %s token %d again", v.tr.Modules[m].Name, t)
			}
			v.covered[m][t] = true
		}
	}
	passed(CheckDeltaOnce)
	if err := v.statement(s, pub); err != nil {
		return err
	}
	passed(CheckDeltaDigests)
	if s.Binding == delta.Fingerprinted {
		passed(CheckDeltaFingerprints)
	}
	proof, err := bundle.DecodeProof(p.Proof)
	if err != nil {
		return err
	}
	vk, _, err := v.keys.VerifyingKeyFor(p.Digest, p.Circuit, p.VKSHA256)
	if err != nil {
		return err
	}
	passed(CheckDeltaVK)
	w, err := delta.PublicWitness(s, pub)
	if err == nil {
		err = prover.Verify(vk, proof, w)
	}
	if err != nil {
		return notVerified(err)
	}
	passed(CheckDeltaGroth16)
	return nil
}

// shape returns the part's shape and its statement as the bundle states
// it, after checking that the shape fits the trace and names the part's
// circuit.
func (v *deltaVerifier) shape(p *bundle.DeltaPart) (delta.Shape, delta.Public, error) {
	mode, binding, err := p.Kind()
	if err != nil {
		return delta.Shape{}, delta.Public{}, err
	}
	pub, err := p.Public()
	if err != nil {
		return delta.Shape{}, delta.Public{}, err
	}
	s, err := delta.ShapeOf(v.tr, p.Modules, p.First, p.Tokens, mode)
	if err != nil {
		return s, pub, errs.NotVerified("does not fit the trace: %v", err)
	}
	s.Binding = binding
	c, err := delta.New(s)
	if err != nil {
		return s, pub, errs.NotVerified("%v", err)
	}
	name := c.Name()
	if p.Pinned {
		if mode != delta.Direct {
			return s, pub, errs.NotVerified("a pinned proof in mode %s", mode)
		}
		name = delta.PinnedName(s, pub.AdapterCommitment)
	}
	if name != p.Circuit {
		return s, pub, errs.NotVerified("names circuit %s, its shape is %s", p.Circuit, name)
	}
	return s, pub, nil
}

// statement checks that the part's digests, and with the fingerprint
// binding its fingerprints at its ρ, are the trace's. ρ comes from the
// bundle: the proof fails unless it is its commitment's challenge.
func (v *deltaVerifier) statement(s delta.Shape, pub delta.Public) error {
	x, y, err := delta.Digests(s, v.tr)
	if err != nil {
		return err
	}
	if x != pub.XDigest || y != pub.DeltaDigest {
		return errs.NotVerified("digests do not match the trace's x and Δy")
	}
	if s.Binding != delta.Fingerprinted {
		return nil
	}
	if x, y, err = delta.Fingerprints(s, v.tr, pub.Rho); err != nil {
		return err
	}
	if x != pub.XEval || y != pub.DeltaEval {
		return errs.NotVerified("fingerprints do not match the trace's x and Δy")
	}
	return nil
}

// notVerified returns err wrapping errs.ErrNotVerified only: a failed
// check whose cause also wraps errs.ErrBadInput must still read as not
// verified.
func notVerified(err error) error {
	if errors.Is(err, errs.ErrNotVerified) && !errors.Is(err, errs.ErrBadInput) {
		return err
	}
	return errs.NotVerified("%v", err)
}
