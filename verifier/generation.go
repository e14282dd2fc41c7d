package verifier

import (
	"fmt"
	"strings"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Errors of VerifyGeneration besides the bundle ones.
var (
	ErrPromptMismatch = fmt.Errorf("prompt does not match the prompt digest: %w", errs.ErrNotVerified)
	ErrTextMismatch   = fmt.Errorf("text does not match the tokens: %w", errs.ErrNotVerified)
)

// GenerationPublics are the public inputs of circuits/gpt2, in order; a
// sampled circuit (gpt2.NewSampled) has SampledSeedPublic fifth.
var GenerationPublics = []string{"ModelDigest", "AdapterCommitment", "PromptDigest", "OutputDigest"}

// SampledSeedPublic is the name of a sampled generation's seed input.
const SampledSeedPublic = "Seed_0"

// GenerationStatement is what a verified generation bundle proves, or what
// the verifier recomputed from it.
type GenerationStatement struct {
	Kind string // the bundle's kind (bundle.KindGPT2Greedy)
	// Circuit, CircuitDigest, Constraints and Setup: as Statement's (only
	// with a key store's manifest).
	Circuit       string
	CircuitDigest string
	Constraints   int
	Setup         string
	VKSHA256      string
	// The public inputs, 0x hex: the model digest (gpt2.ModelDigest: the
	// weights the circuit embeds), the owned adapter commitment, the digests
	// of the prompt's and the output's tokens.
	ModelDigest, AdapterCommitment, PromptDigest, OutputDigest string
	// Model is the model's name when WithModel's digest is the proof's.
	Model string
	// Prompt and Output are the tokens, which hash to the digests; their
	// text (when the bundle names a known vocabulary) decodes from them.
	Prompt, Output         []int
	PromptText, OutputText string
	// Attributed kinds only (AttributedGenerationStatement): the Datanet
	// root and attribution digest (public inputs), the weights by
	// contributor index (ppm), which hash to the digest, and the Datanet's
	// name when WithDatanet's root is the proof's.
	DatanetRoot, AttributionDigest string
	Weights                        []uint32
	Datanet                        string
	// Seed is a sampled generation's seed (a public input, 0x hex): with
	// the circuit, whose name fixes the top-k and the temperature's
	// multiplier, it determines every sampled token.
	Seed string
}

// GenerationLabels are a generation bundle's claims nothing checked.
type GenerationLabels struct {
	Circuit       string
	CircuitDigest string
	Constraints   int
	Model         string
	Adapter       string
	Backend       string
	// Contributors are the attribution weights' ids by contributor index
	// (attributed kinds); the proof binds indices, the Datanet binds names.
	Contributors []string
	// DatanetRoot is the bundle's Datanet root when no WithDatanet root
	// was given to compare it with: proven, but of a Datanet the verifier
	// has not seen.
	DatanetRoot string
	// Sampling is a sampled generation's stated temperature and top-k: the
	// proof fixes them through the circuit (its name in the key store's
	// manifest), not through these numbers.
	Sampling string
}

// GenerationReport says what a successful VerifyGeneration checked.
type GenerationReport struct {
	Statement GenerationStatement
	Labels    GenerationLabels
	Checks    []string
}

// Checks VerifyGeneration reports besides the bundle ones (CheckCircuit,
// CheckVK, CheckStatement, CheckModel, CheckGroth16, CheckOutput).
const (
	CheckPrompt = "prompt_digest"
	CheckText   = "text"
)

// VerifyGeneration verifies generation bundle g with the verifying key keys
// holds for its circuit (as Verify does a bundle): the key and its
// manifest, the public inputs bound by position to the statement (model
// digest, adapter commitment, prompt and output digests), WithModel's
// model, the Groth16 proof, then what it recomputes: the prompt and output
// tokens hash to their digests and, for a known vocabulary, the text is the
// tokens'. Failures wrap errs.ErrNotVerified, a malformed bundle
// ErrBadInput. An attributed generation (bundle.KindGPT2GreedyAttributed)
// binds six public inputs and recomputes the attribution digest from the
// shown weights; with WithDatanet its Datanet root must be the given one,
// otherwise the root stays a label. A sampled generation
// (bundle.KindGPT2Sampled, KindGPT2SampledAttributed) binds its seed, the
// fifth public input; its temperature and top-k are the circuit's (a
// label besides the circuit name). Other options than WithModel and
// WithDatanet are ignored.
func VerifyGeneration(g *bundle.Generation, keys keystore.VerifyingKeys, opts ...Option) (*GenerationReport, error) {
	if g == nil || keys == nil {
		return nil, fmt.Errorf("nil generation bundle or keys: %w", ErrBadInput)
	}
	if err := g.Check(); err != nil {
		return nil, err
	}
	vk, m, err := keys.VerifyingKeyFor(g.Circuit.Digest, g.Circuit.Name, strings.ToLower(g.VKSHA256))
	if err != nil {
		return nil, err
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	r := &GenerationReport{Labels: GenerationLabels{Circuit: g.Circuit.Name, CircuitDigest: g.Circuit.Digest,
		Constraints: g.Circuit.Constraints, Model: g.Model.Name, Adapter: g.Adapter.Name, Backend: g.Backend}}
	if sm := g.Sampling; sm != nil {
		r.Labels.Sampling = fmt.Sprintf("temperature %g, top-k %d", sm.Temperature, sm.TopK)
	}
	if err := generationKey(g, vk, m, r); err != nil {
		return nil, err
	}
	if err := bindGeneration(g, &r.Statement); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckStatement)
	if o.model != nil {
		if d := bundle.FormatElement(o.model.digest); d != r.Statement.ModelDigest {
			return nil, fmt.Errorf("%w: the proof is for model digest %s, %s has %s", ErrLabelMismatch, r.Statement.ModelDigest, o.model.name, d)
		}
		r.Statement.Model = o.model.name
		if r.Labels.Model == o.model.name {
			r.Labels.Model = ""
		}
		r.Checks = append(r.Checks, CheckModel)
	}
	if err := checkGenerationAttribution(g, &o, r); err != nil {
		return nil, err
	}
	if err := checkProof(&bundle.Bundle{Proof: g.Proof, PublicInputs: g.PublicInputs}, vk); err != nil {
		return nil, err
	}
	r.Checks = append(r.Checks, CheckGroth16)
	if err := recomputeGeneration(g, r); err != nil {
		return nil, err
	}
	return r, nil
}

// generationKey checks the key against g's vk hash and the manifest (if
// any), and the number of public inputs.
func generationKey(g *bundle.Generation, vk groth16.VerifyingKey, m *keystore.Manifest, r *GenerationReport) error {
	vkHash, err := bundle.VKSHA256(vk)
	if err != nil {
		return err
	}
	r.Statement.VKSHA256 = vkHash
	if m != nil {
		if err := checkManifest(&bundle.Bundle{Circuit: g.Circuit}, m, vkHash); err != nil {
			return err
		}
		s := &r.Statement
		s.Circuit, s.CircuitDigest, s.Constraints, s.Setup = m.CircuitName, m.CircuitDigest, m.NbConstraints, m.Setup
		r.Labels.Circuit, r.Labels.CircuitDigest, r.Labels.Constraints = "", "", 0
		r.Checks = append(r.Checks, CheckCircuit)
	}
	if !strings.EqualFold(vkHash, g.VKSHA256) {
		return fmt.Errorf("%w: bundle vk_sha256 %s, verifying key %s", ErrVKMismatch, g.VKSHA256, vkHash)
	}
	r.Checks = append(r.Checks, CheckVK)
	nb, err := prover.NbPublic(vk)
	if err != nil {
		return err
	}
	if nb != len(g.PublicInputs) {
		return fmt.Errorf("%w: bundle has %d public inputs, the verifying key expects %d", ErrPublicInputMismatch, len(g.PublicInputs), nb)
	}
	return nil
}

// bindGeneration ties the public inputs, by position and name, to the
// statement fields of g's kind.
func bindGeneration(g *bundle.Generation, s *GenerationStatement) error {
	want := generationWant(g)
	if len(g.PublicInputs) != len(want) {
		return fmt.Errorf("%w: %d public inputs, a %s generation has %d", ErrPublicInputMismatch, len(g.PublicInputs), g.Kind, len(want))
	}
	vals := make([]string, len(want))
	for i, w := range want {
		p := g.PublicInputs[i]
		if p.Name != w.name {
			return fmt.Errorf("%w: public input %d is %q, want %q", ErrPublicInputMismatch, i, p.Name, w.name)
		}
		if !sameElement(p.Value, w.v) {
			return fmt.Errorf("%w: public input %s is %s, the bundle states %s", ErrPublicInputMismatch, w.name, p.Value, w.v)
		}
		e, _ := bundle.ParseElement(p.Value) // Check parsed it
		vals[i] = bundle.FormatElement(e)
	}
	s.Kind = g.Kind
	s.ModelDigest, s.AdapterCommitment, s.PromptDigest, s.OutputDigest = vals[0], vals[1], vals[2], vals[3]
	rest := vals[4:]
	if g.Sampled() {
		s.Seed, rest = rest[0], rest[1:]
	}
	if g.Attributed() {
		s.DatanetRoot, s.AttributionDigest = rest[0], rest[1]
	}
	return nil
}

// generationWant is the statement field of each public input of g's kind,
// in order: the four of a generation (inside Gen for an attributed kind),
// then a sampled kind's seed, then an attributed kind's Datanet root and
// attribution digest.
func generationWant(g *bundle.Generation) []struct{ name, v string } {
	names := GenerationPublics
	if g.Attributed() {
		names = AttributedGenerationPublics
	}
	want := []struct{ name, v string }{{names[0], g.Model.Digest}, {names[1], g.Adapter.Commitment},
		{names[2], g.PromptDigest}, {names[3], g.OutputDigest}}
	if g.Sampled() {
		n := SampledSeedPublic
		if g.Attributed() {
			n = "Gen_" + n
		}
		want = append(want, struct{ name, v string }{n, g.Sampling.Seed})
	}
	if g.Attributed() {
		want = append(want, struct{ name, v string }{names[4], g.Attribution.DatanetRoot}, struct{ name, v string }{names[5], g.Attribution.Digest})
	}
	return want
}

// recomputeGeneration checks that the tokens hash to the proven digests and
// that the text is the tokens', and reports them as verified.
func recomputeGeneration(g *bundle.Generation, r *GenerationReport) error {
	if d := bundle.FormatElement(gpt2.TokenDigest(gpt2.TagPrompt, g.Prompt)); !sameElement(d, g.PromptDigest) {
		return fmt.Errorf("%w: the prompt hashes to %s, prompt_digest is %s", ErrPromptMismatch, d, g.PromptDigest)
	}
	r.Checks = append(r.Checks, CheckPrompt)
	if d := bundle.FormatElement(gpt2.TokenDigest(gpt2.TagOutput, g.Output)); !sameElement(d, g.OutputDigest) {
		return fmt.Errorf("%w: the output hashes to %s, output_digest is %s", ErrOutputMismatch, d, g.OutputDigest)
	}
	r.Checks = append(r.Checks, CheckOutput)
	s := &r.Statement
	s.Prompt, s.Output = append([]int(nil), g.Prompt...), append([]int(nil), g.Output...)
	if g.Vocabulary == "" {
		if g.PromptText != "" || g.OutputText != "" {
			return fmt.Errorf("%w: text without a vocabulary", ErrTextMismatch)
		}
		return nil
	}
	for _, t := range []struct {
		name string
		toks []int
		text string
		dst  *string
	}{{"prompt", g.Prompt, g.PromptText, &s.PromptText}, {"output", g.Output, g.OutputText, &s.OutputText}} {
		want, err := bundle.DecodeTokens(g.Vocabulary, t.toks)
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrTextMismatch, t.name, err)
		}
		if want != t.text {
			return fmt.Errorf("%w: the %s tokens read %q, %s_text is %q", ErrTextMismatch, t.name, want, t.name, t.text)
		}
		*t.dst = want
	}
	r.Checks = append(r.Checks, CheckText)
	return nil
}
