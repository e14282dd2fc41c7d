package bundle

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/consensys/gnark/backend/witness"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/inference/fortunes"
)

// GenerationFormat and GenerationVersion identify the generation bundle.
const (
	GenerationFormat  = "openproof.generation"
	GenerationVersion = 1
)

// Generation kinds: which circuit proved the generation. The kind fixes the
// public inputs' layout (see the verifier); an attributed generation adds
// its own kind and fills Attribution.
const (
	// KindGPT2Greedy is circuits/gpt2: a whole greedy generation, public
	// inputs model digest, adapter commitment, prompt digest, output digest.
	KindGPT2Greedy = "gpt2-greedy"
	// KindGPT2GreedyAttributed is circuits/gpt2's AttributedCircuit: the
	// greedy generation's four public inputs, then the Datanet root and the
	// attribution digest; its Attribution section is required.
	KindGPT2GreedyAttributed = "gpt2-greedy-attributed"
	// KindGPT2Sampled is circuits/gpt2's NewSampled: a generation sampled
	// from a public seed (Poseidon2 uniforms, temperature and top-k fixed in
	// the circuit); the greedy kind's four public inputs, then the seed. Its
	// Sampling section is required.
	KindGPT2Sampled = "gpt2-sampled"
	// KindGPT2SampledAttributed is NewAttributedSampled: the sampled kind's
	// five public inputs, then the Datanet root and the attribution digest.
	KindGPT2SampledAttributed = "gpt2-sampled-attributed"
)

// generationKinds are the kinds this reader knows.
var generationKinds = []string{KindGPT2Greedy, KindGPT2GreedyAttributed, KindGPT2Sampled, KindGPT2SampledAttributed}

// Sampling is a sampled generation's decoding: the seed is a public input;
// temperature and top-k are fixed in the circuit the key belongs to.
type Sampling struct {
	Temperature float64 `json:"temperature"`
	TopK        int     `json:"top_k"` // ≥ the vocabulary: no top-k
	Seed        string  `json:"seed"`  // a BN254 scalar, 0x hex
}

// MaxGenerationTokens bounds a generation bundle's prompt and output.
const MaxGenerationTokens = 1 << 16

// Generation is a proof bundle of a text generation: from the prompt's
// tokens, the model (with the adapter, if any) generated the output's
// tokens. PromptText and OutputText are the tokens decoded in Vocabulary,
// for people; the verifier checks them against the tokens when it knows
// the vocabulary.
type Generation struct {
	Format       string        `json:"format"`
	Version      int           `json:"version"`
	Kind         string        `json:"kind"`
	Circuit      Circuit       `json:"circuit"`
	Backend      string        `json:"backend"`
	Model        Model         `json:"model"`
	Adapter      Adapter       `json:"adapter"`
	Decoding     string        `json:"decoding"`           // "greedy" or "sample"
	Sampling     *Sampling     `json:"sampling,omitempty"` // sampled kinds only
	Vocabulary   string        `json:"vocabulary,omitempty"`
	Prompt       []int         `json:"prompt"`
	Output       []int         `json:"output"`
	PromptText   string        `json:"prompt_text,omitempty"`
	OutputText   string        `json:"output_text,omitempty"`
	PromptDigest string        `json:"prompt_digest"`
	OutputDigest string        `json:"output_digest"`
	PublicInputs []PublicInput `json:"public_inputs"`
	Proof        string        `json:"proof"`
	VKSHA256     string        `json:"vk_sha256"`
	Attribution  *Attribution  `json:"attribution,omitempty"`
}

// ReadGeneration reads and checks the generation bundle at path (at most
// MaxSize bytes).
func ReadGeneration(path string) (*Generation, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return ParseGeneration(path, data)
}

// ParseGeneration decodes and checks a generation bundle strictly, as
// Parse does a bundle; errors wrap ErrBadInput and name the field.
func ParseGeneration(name string, data []byte) (*Generation, error) {
	var g Generation
	if err := DecodeStrict(name, data, &g); err != nil {
		return nil, err
	}
	if err := g.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &g, nil
}

// Check checks g's structure: format, version, kind, hex fields, token
// lists, public inputs and the proof's layout. Whether the proof and the
// digests hold is the verifier's job.
func (g *Generation) Check() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("field %q: %s: %w", field, fmt.Sprintf(format, args...), ErrBadInput)
	}
	switch {
	case g.Format != GenerationFormat:
		return bad("format", "%q, want %q", g.Format, GenerationFormat)
	case g.Version != GenerationVersion:
		return bad("version", "%d, this reader knows %d", g.Version, GenerationVersion)
	case !slices.Contains(generationKinds, g.Kind):
		return bad("kind", "%q, this reader knows %s", g.Kind, strings.Join(generationKinds, ", "))
	case g.Decoding != map[bool]string{false: "greedy", true: "sample"}[g.Sampled()]:
		return bad("decoding", "%q is not the decoding a %s circuit proves", g.Decoding, g.Kind)
	case g.Backend == "":
		return bad("backend", "empty")
	case g.Circuit.Constraints < 0:
		return bad("circuit.constraints", "%d is negative", g.Circuit.Constraints)
	}
	if err := checkSHA256(g.Circuit.Digest); err != nil {
		return bad("circuit.digest", "%v", err)
	}
	for _, d := range []struct{ field, v string }{{"model.digest", g.Model.Digest}, {"adapter.commitment", g.Adapter.Commitment},
		{"prompt_digest", g.PromptDigest}, {"output_digest", g.OutputDigest}} {
		if _, err := ParseElement(d.v); err != nil {
			return bad(d.field, "%v", err)
		}
	}
	for _, l := range []struct {
		field string
		v     []int
	}{{"prompt", g.Prompt}, {"output", g.Output}} {
		if len(l.v) == 0 || len(l.v) > MaxGenerationTokens {
			return bad(l.field, "%d tokens, want 1…%d", len(l.v), MaxGenerationTokens)
		}
		for i, t := range l.v {
			if t < 0 || t >= MaxGenerationTokens {
				return bad(fmt.Sprintf("%s[%d]", l.field, i), "token %d is not in [0, %d)", t, MaxGenerationTokens)
			}
		}
	}
	if err := checkLabels(bad, g); err != nil {
		return err
	}
	if err := g.checkSampling(bad); err != nil {
		return err
	}
	if err := checkPublicInputs(bad, g.PublicInputs); err != nil {
		return err
	}
	proof, err := decodeHex(g.Proof)
	if err != nil {
		return bad("proof", "%v", err)
	}
	if _, err := nbCommitments(len(proof)); err != nil {
		return bad("proof", "%v", err)
	}
	if err := checkSHA256(g.VKSHA256); err != nil {
		return bad("vk_sha256", "%v", err)
	}
	return g.checkAttribution(bad)
}

// Attributed says whether g's kind proves an attribution.
func (g *Generation) Attributed() bool {
	return g.Kind == KindGPT2GreedyAttributed || g.Kind == KindGPT2SampledAttributed
}

// Sampled says whether g's kind proves a seeded sampling.
func (g *Generation) Sampled() bool {
	return g.Kind == KindGPT2Sampled || g.Kind == KindGPT2SampledAttributed
}

// checkSampling requires the sampling section of a sampled kind, with a
// positive finite temperature, a top-k in [0, MaxGenerationTokens] and a
// canonical seed, and refuses it on the others.
func (g *Generation) checkSampling(bad func(field, format string, args ...any) error) error {
	sm := g.Sampling
	switch {
	case !g.Sampled() && sm != nil:
		return bad("sampling", "a %s generation has none", g.Kind)
	case !g.Sampled():
		return nil
	case sm == nil:
		return bad("sampling", "a %s generation needs one", g.Kind)
	case !(sm.Temperature > 0) || math.IsInf(sm.Temperature, 0):
		return bad("sampling.temperature", "%v is not a positive finite number", sm.Temperature)
	case sm.TopK < 0 || sm.TopK > MaxGenerationTokens:
		return bad("sampling.top_k", "%d is not in [0, %d]", sm.TopK, MaxGenerationTokens)
	}
	if _, err := ParseElement(sm.Seed); err != nil {
		return bad("sampling.seed", "%v", err)
	}
	return nil
}

// checkAttribution requires the attribution section of an attributed kind,
// checked as a bundle's (Attribution.check), and refuses it on the others.
func (g *Generation) checkAttribution(bad func(field, format string, args ...any) error) error {
	switch {
	case !g.Attributed() && g.Attribution != nil:
		return bad("attribution", "a %s generation has none", g.Kind)
	case g.Attributed() && g.Attribution == nil:
		return bad("attribution", "a %s generation needs one", g.Kind)
	case g.Attribution != nil:
		return g.Attribution.check(bad)
	}
	return nil
}

// checkLabels refuses control characters other than newline in the
// labels a terminal prints.
func checkLabels(bad func(field, format string, args ...any) error, g *Generation) error {
	for _, l := range []struct{ field, v string }{{"model.name", g.Model.Name}, {"adapter.name", g.Adapter.Name},
		{"vocabulary", g.Vocabulary}, {"prompt_text", g.PromptText}, {"output_text", g.OutputText}} {
		if strings.ContainsFunc(l.v, func(r rune) bool { return (r < 0x20 && r != '\n') || r == 0x7f }) {
			return bad(l.field, "has control characters")
		}
	}
	return nil
}

// checkPublicInputs checks a non-empty list of named, distinct elements.
func checkPublicInputs(bad func(field, format string, args ...any) error, in []PublicInput) error {
	if len(in) == 0 {
		return bad("public_inputs", "empty")
	}
	seen := make(map[string]bool, len(in))
	for i, p := range in {
		if p.Name == "" || seen[p.Name] {
			return bad(fmt.Sprintf("public_inputs[%d].name", i), "%q is empty or repeated", p.Name)
		}
		seen[p.Name] = true
		if _, err := ParseElement(p.Value); err != nil {
			return bad(fmt.Sprintf("public_inputs[%d].value", i), "%v", err)
		}
	}
	return nil
}

// PublicWitness is the public witness of g's public inputs, in order.
func (g *Generation) PublicWitness() (witness.Witness, error) {
	return (&Bundle{PublicInputs: g.PublicInputs}).PublicWitness()
}

// Write writes g, indented, to path atomically.
func (g *Generation) Write(path string) error {
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return fmt.Errorf("generation bundle: encode: %w", err)
	}
	if err := renameio.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("generation bundle: %w", err)
	}
	return nil
}

// VocabFortunes names inference/fortunes' 96-character vocabulary.
const VocabFortunes = "openproof/fortunes-96"

// DecodeTokens decodes toks in the named vocabulary (only VocabFortunes is
// known); errors wrap ErrBadInput.
func DecodeTokens(vocab string, toks []int) (string, error) {
	if vocab != VocabFortunes {
		return "", fmt.Errorf("vocabulary %q: this build knows only %q: %w", vocab, VocabFortunes, ErrBadInput)
	}
	s, err := fortunes.Decode(toks)
	if err != nil {
		return "", fmt.Errorf("%v: %w", err, ErrBadInput)
	}
	return s, nil
}
