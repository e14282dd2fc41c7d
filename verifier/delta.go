package verifier

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

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
	// CheckDeltaCommitment: every module is proven in one group of modules
	// only, and every part over that group names the same adapter
	// commitment (one adapter and salt per group; the commitment covers the
	// group's modules, so groups have different ones).
	CheckDeltaCommitment = "adapter_commitment"
	// CheckDeltaOnce: no module and token is proven twice.
	CheckDeltaOnce = "once"
	// CheckDeltaDigests: x_digest and delta_digest are the trace's.
	CheckDeltaDigests = "digests"
	// CheckDeltaFingerprints: with the fingerprint binding, the
	// fingerprints are the trace's at the part's ρ.
	CheckDeltaFingerprints = "fingerprints"
	// CheckDeltaVK: the key source holds the named circuit's verifying key,
	// and the key hashes to the part's vk_sha256 (recomputed here).
	CheckDeltaVK = "vk"
	// CheckDeltaGroth16: the proof verifies against that key and the
	// part's public inputs.
	CheckDeltaGroth16 = "groth16"
	// CheckDeltaCoverage: every module and token of the trace is proven.
	CheckDeltaCoverage = "coverage"
)

// DeltaReport says what a successful VerifyDelta checked. Everything but
// Labels (and the deprecated ModelID and AdapterID) is verified: the
// counts are the verifier's trace's, the groups what the proofs bind.
type DeltaReport struct {
	Proofs          int
	Modules, Tokens int // the trace's
	// Groups are the proven module groups in order of first appearance:
	// each group's modules (the trace's names) are proven for every token
	// under one adapter commitment.
	Groups []DeltaGroup
	// AdapterCommitments are the groups' commitments, sorted, as
	// 0x-prefixed lowercase hex.
	AdapterCommitments []string
	Checks             []string
	Labels             DeltaLabels

	// Deprecated: unverified labels; use Labels.TraceModelID and
	// Labels.TraceAdapterID.
	ModelID, AdapterID string
}

// DeltaGroup is one group of modules and the adapter commitment its proofs
// bind.
type DeltaGroup struct {
	Modules    []string
	Commitment string
}

// DeltaLabels are the names a delta proof does not bind: print them apart,
// marked unverified.
type DeltaLabels struct {
	// TraceModelID and TraceAdapterID are the trace manifest's ids: the
	// proofs bind the trace's x and Δy, not who says which model and
	// adapter made them.
	TraceModelID, TraceAdapterID string
	// Adapter and Backend are the bundle's.
	Adapter, Backend string
}

// VerifyDelta checks a delta bundle against the engine trace it claims to
// prove (tr, which the verifier holds): the bundle's structure, then per
// part that it fits the trace and names its circuit, that parts over the
// same modules name one adapter commitment, that no module and token is
// proven twice, that its digests (and fingerprints) are the trace's, that
// keys holds its verifying key (whose hash it recomputes), and the pairing;
// finally that every module and token is proven. It relies on no check by
// the caller or by keys. A malformed bundle or trace, or a missing key,
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
	v := &deltaVerifier{tr: tr, keys: keys, commitments: map[string]fr.Element{}, groupOf: map[int]string{}, covered: make([][]bool, len(tr.Modules))}
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
	r := &DeltaReport{Proofs: len(b.Parts), Modules: len(tr.Modules), Tokens: tr.Tokens, Groups: v.groups, Checks: v.checks,
		Labels:  DeltaLabels{TraceModelID: tr.ModelID, TraceAdapterID: tr.AdapterID, Adapter: b.Adapter, Backend: b.Backend},
		ModelID: tr.ModelID, AdapterID: tr.AdapterID}
	for _, g := range v.groups {
		r.AdapterCommitments = append(r.AdapterCommitments, g.Commitment)
	}
	slices.Sort(r.AdapterCommitments)
	return r, nil
}

// deltaVerifier is VerifyDelta's state across parts.
type deltaVerifier struct {
	tr          *enginetrace.Trace
	keys        keystore.VerifyingKeys
	commitments map[string]fr.Element // adapter commitment by module group
	groupOf     map[int]string        // each proven module's group
	groups      []DeltaGroup          // in order of first appearance
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
	if err := v.commitment(p.Modules, pub.AdapterCommitment); err != nil {
		return err
	}
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
	vk, _, err := v.keys.VerifyingKeyFor(p.Digest, p.Circuit, strings.ToLower(p.VKSHA256))
	if err != nil {
		return err
	}
	if err := sameVK(vk, p.VKSHA256); err != nil {
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

// commitment checks that the part's modules are a group no module of
// which was proven in another group, and that the group's parts name one
// adapter commitment: then each module and token is proven under one
// commitment.
func (v *deltaVerifier) commitment(modules []int, c fr.Element) error {
	group := fmt.Sprint(modules)
	for _, m := range modules {
		if g, ok := v.groupOf[m]; ok && g != group {
			return errs.NotVerified("proves module %s in group %s, an earlier part in group %s", v.tr.Modules[m].Name, group, g)
		}
	}
	if prev, ok := v.commitments[group]; ok {
		if prev != c {
			return errs.NotVerified("adapter commitment %s for modules %s, an earlier part names %s", bundle.FormatElement(c), group, bundle.FormatElement(prev))
		}
		return nil
	}
	v.commitments[group] = c
	g := DeltaGroup{Commitment: bundle.FormatElement(c)}
	for _, m := range modules {
		v.groupOf[m] = group
		g.Modules = append(g.Modules, v.tr.Modules[m].Name)
	}
	v.groups = append(v.groups, g)
	return nil
}

// sameVK checks that vk hashes to the stated vk_sha256: a key source that
// answers for every circuit (Key) must not stand in for the named one.
func sameVK(vk groth16.VerifyingKey, stated string) error {
	h, err := bundle.VKSHA256(vk)
	if err != nil {
		return err
	}
	if !strings.EqualFold(h, stated) {
		return fmt.Errorf("%w: vk_sha256 %s, the verifying key hashes to %s", ErrVKMismatch, stated, h)
	}
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
