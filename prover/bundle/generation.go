package bundle

import (
	"encoding/json"
	"fmt"
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
)

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
	Decoding     string        `json:"decoding"` // "greedy"
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
	case g.Kind != KindGPT2Greedy && g.Kind != KindGPT2GreedyAttributed:
		return bad("kind", "%q, this reader knows %q and %q", g.Kind, KindGPT2Greedy, KindGPT2GreedyAttributed)
	case g.Decoding != "greedy":
		return bad("decoding", "%q, the %s circuit proves greedy", g.Decoding, g.Kind)
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

// checkAttribution requires the attribution section of an attributed kind,
// checked as a bundle's (Attribution.check), and refuses it on the others.
func (g *Generation) checkAttribution(bad func(field, format string, args ...any) error) error {
	switch {
	case g.Kind != KindGPT2GreedyAttributed && g.Attribution != nil:
		return bad("attribution", "a %s generation has none", g.Kind)
	case g.Kind == KindGPT2GreedyAttributed && g.Attribution == nil:
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
