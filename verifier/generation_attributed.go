package verifier

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/prover/bundle"
)

// AttributedGenerationPublics are the public inputs of circuits/gpt2's
// AttributedCircuit, in order: the generation's four (inside Gen; a
// sampled one's seed, Gen_Seed_0, follows them), then the Datanet root and
// the attribution digest.
var AttributedGenerationPublics = []string{"Gen_ModelDigest", "Gen_AdapterCommitment", "Gen_PromptDigest", "Gen_OutputDigest",
	"DatanetRoot", "AttributionDigest"}

// ErrDatanetMismatch: the proof is for another Datanet root than the one the
// verifier holds.
var ErrDatanetMismatch = fmt.Errorf("datanet root differs: %w", ErrLabelMismatch)

// CheckDatanet is reported when WithDatanet's root is the proof's.
const CheckDatanet = "datanet_root"

// WithDatanet makes VerifyGeneration require that an attributed
// generation's proof is for the Datanet root the verifier holds (root, e.g.
// textattr.Artifacts.RootWith recomputed from the artifacts), and then
// reports name as the verified Statement.Datanet. Another root is
// ErrDatanetMismatch; a plain generation ignores it.
func WithDatanet(name string, root fr.Element) Option {
	return func(o *options) { o.datanet = &modelClaim{name, root} }
}

// checkGenerationAttribution recomputes an attributed generation's digest
// from its weights and compares its root with WithDatanet's; the ids, and
// the root without WithDatanet, become labels.
func checkGenerationAttribution(g *bundle.Generation, o *options, r *GenerationReport) error {
	a := g.Attribution
	if !g.Attributed() || a == nil {
		return nil
	}
	if d := bundle.FormatElement(influence.Digest(a.PPMs())); !sameElement(d, a.Digest) {
		return fmt.Errorf("%w: the %d weights hash to %s, attribution digest is %s", ErrAttributionMismatch, len(a.Weights), d, a.Digest)
	}
	r.Statement.Weights = a.PPMs()
	r.Checks = append(r.Checks, CheckWeights)
	r.Labels.Contributors = make([]string, len(a.Weights))
	for i, w := range a.Weights {
		r.Labels.Contributors[i] = w.ID
	}
	if o.datanet == nil {
		r.Labels.DatanetRoot = r.Statement.DatanetRoot
		return nil
	}
	if d := bundle.FormatElement(o.datanet.digest); d != r.Statement.DatanetRoot {
		return fmt.Errorf("%w: the proof is for Datanet root %s, %s has %s", ErrDatanetMismatch, r.Statement.DatanetRoot, o.datanet.name, d)
	}
	r.Statement.Datanet = o.datanet.name
	r.Checks = append(r.Checks, CheckDatanet)
	return nil
}
