package bundle_test

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/bundle"
)

// validGeneration is a well-formed generation bundle (the toy statement's
// proof and public inputs: Check looks at the structure only).
func validGeneration(t testing.TB) *bundle.Generation {
	t.Helper()
	b := validBundle(t)
	return &bundle.Generation{Format: bundle.GenerationFormat, Version: bundle.GenerationVersion, Kind: bundle.KindGPT2Greedy,
		Circuit: b.Circuit, Backend: "cpu", Model: b.Model, Adapter: b.Adapter, Decoding: "greedy",
		Vocabulary: bundle.VocabFortunes, Prompt: fortunes.Encode("The "), Output: fortunes.Encode("cat\n"),
		PromptText: "The ", OutputText: "cat\n", PromptDigest: b.InputDigest, OutputDigest: b.OutputDigest,
		PublicInputs: b.PublicInputs, Proof: b.Proof, VKSHA256: b.VKSHA256}
}

// validAttribution is a well-formed attribution section (two
// contributors; Check does not recompute the digest).
func validAttribution(g *bundle.Generation) *bundle.Attribution {
	return &bundle.Attribution{DatanetRoot: g.Model.Digest, Digest: g.OutputDigest,
		Weights: []bundle.Weight{{Contributor: 0, ID: "art", PPM: 250_000}, {Contributor: 1, ID: "wisdom", PPM: 750_000}}}
}

func TestGenerationCheck(t *testing.T) {
	if err := validGeneration(t).Check(); err != nil {
		t.Fatalf("valid generation bundle refused: %v", err)
	}
	attributed := validGeneration(t)
	attributed.Kind, attributed.Attribution = bundle.KindGPT2GreedyAttributed, validAttribution(attributed)
	if err := attributed.Check(); err != nil {
		t.Fatalf("valid attributed generation bundle refused: %v", err)
	}
	tests := []struct {
		name, field string
		mut         func(g *bundle.Generation)
	}{
		{"format", "format", func(g *bundle.Generation) { g.Format = bundle.Format }},
		{"version", "version", func(g *bundle.Generation) { g.Version = 2 }},
		{"kind", "kind", func(g *bundle.Generation) { g.Kind = "gpt2-beam" }},
		{"decoding", "decoding", func(g *bundle.Generation) { g.Decoding = "sample" }},
		{"no backend", "backend", func(g *bundle.Generation) { g.Backend = "" }},
		{"circuit digest", "circuit.digest", func(g *bundle.Generation) { g.Circuit.Digest = "ab" }},
		{"model digest", "model.digest", func(g *bundle.Generation) { g.Model.Digest = "0x12" }},
		{"adapter commitment", "adapter.commitment", func(g *bundle.Generation) { g.Adapter.Commitment = "" }},
		{"prompt digest", "prompt_digest", func(g *bundle.Generation) { g.PromptDigest = "0x" + strings.Repeat("ff", 32) }},
		{"empty prompt", "prompt", func(g *bundle.Generation) { g.Prompt = nil }},
		{"negative token", "output[1]", func(g *bundle.Generation) { g.Output[1] = -1 }},
		{"huge token", "prompt[0]", func(g *bundle.Generation) { g.Prompt[0] = 1 << 20 }},
		{"control character", "output_text", func(g *bundle.Generation) { g.OutputText = "\x1b[2J" }},
		{"no public inputs", "public_inputs", func(g *bundle.Generation) { g.PublicInputs = nil }},
		{"repeated public input", "public_inputs[1].name", func(g *bundle.Generation) { g.PublicInputs[1].Name = g.PublicInputs[0].Name }},
		{"proof", "proof", func(g *bundle.Generation) { g.Proof = g.Proof[:len(g.Proof)-2] }},
		{"vk hash", "vk_sha256", func(g *bundle.Generation) { g.VKSHA256 = "x" }},
		{"attribution on a plain kind", "attribution", func(g *bundle.Generation) { g.Attribution = &bundle.Attribution{} }},
		{"attributed kind without attribution", "attribution", func(g *bundle.Generation) { g.Kind = bundle.KindGPT2GreedyAttributed }},
		{"attributed weights sum", "attribution.weights", func(g *bundle.Generation) {
			g.Kind, g.Attribution = bundle.KindGPT2GreedyAttributed, validAttribution(g)
			g.Attribution.Weights[1].PPM--
		}},
		{"attributed root", "attribution.datanet_root", func(g *bundle.Generation) {
			g.Kind, g.Attribution = bundle.KindGPT2GreedyAttributed, validAttribution(g)
			g.Attribution.DatanetRoot = "0x1"
		}},
		{"attributed index", "attribution.weights[1].contributor", func(g *bundle.Generation) {
			g.Kind, g.Attribution = bundle.KindGPT2GreedyAttributed, validAttribution(g)
			g.Attribution.Weights[1].Contributor = 0
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := validGeneration(t)
			tc.mut(g)
			err := g.Check()
			if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), `"`+tc.field+`"`) {
				t.Fatalf("err = %v, want bad input naming %q", err, tc.field)
			}
		})
	}
}

func TestGenerationRoundTrip(t *testing.T) {
	g := validGeneration(t)
	path := filepath.Join(t.TempDir(), "g.json")
	if err := g.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := bundle.ReadGeneration(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, back) {
		t.Fatalf("round trip changed the bundle:\n%+v\n%+v", g, back)
	}
	if _, err := bundle.ParseGeneration("b.json", []byte(`{"format":"openproof.generation","zzz":1}`)); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("unknown field: err = %v", err)
	}
}

func TestDecodeTokens(t *testing.T) {
	if s, err := bundle.DecodeTokens(bundle.VocabFortunes, fortunes.Encode("Hi!\n")); err != nil || s != "Hi!\n" {
		t.Fatalf("DecodeTokens = %q, %v", s, err)
	}
	for _, tc := range []struct {
		vocab string
		toks  []int
	}{{"gpt2-bpe", []int{1}}, {bundle.VocabFortunes, []int{fortunes.VocabSize}}} {
		if _, err := bundle.DecodeTokens(tc.vocab, tc.toks); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("DecodeTokens(%q, %v): err = %v, want bad input", tc.vocab, tc.toks, err)
		}
	}
}

// generationSeeds are a valid generation bundle and hostile variants.
func generationSeeds(t *testing.T) map[string][]byte {
	good, err := json.MarshalIndent(validGeneration(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	ag := validGeneration(t)
	ag.Kind, ag.Attribution = bundle.KindGPT2GreedyAttributed, validAttribution(ag)
	attributed, err := json.MarshalIndent(ag, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	sampled, err := json.MarshalIndent(validSampled(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	replace := func(old, repl string) []byte {
		if !strings.Contains(g, old) {
			t.Fatalf("seed: %q not in the valid generation bundle", old)
		}
		return []byte(strings.Replace(g, old, repl, 1))
	}
	return map[string][]byte{
		"valid":                 good,
		"empty":                 nil,
		"truncated":             good[:len(good)/2],
		"kind":                  replace(`"kind": "gpt2-greedy"`, `"kind": "gpt2-sampled"`),
		"huge-token":            replace(`"prompt": [`, `"prompt": [99999999999999999999, `),
		"negative":              replace(`"output": [`, `"output": [-3, `),
		"escape":                replace(`"output_text": "cat\n"`, `"output_text": "\u001b[2J"`),
		"unknown-field":         replace(`"backend"`, `"zzz": 0, "backend"`),
		"attribution":           replace(`"backend"`, `"attribution": {"datanet_root": "0x00", "digest": "0x00", "weights": []}, "backend"`),
		"attributed":            attributed,
		"attributed-no-section": replace(`"kind": "gpt2-greedy"`, `"kind": "gpt2-greedy-attributed"`),
		"attributed-over-ppm":   []byte(strings.Replace(string(attributed), `"ppm": 750000`, `"ppm": 4294967295`, 1)),
		"sampled":               sampled,
		"sampled-temperature":   []byte(strings.Replace(string(sampled), `"temperature": 0.8`, `"temperature": -1e309`, 1)),
	}
}

func TestWriteGenerationSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseGeneration", generationSeeds(t))
}

// FuzzParseGeneration checks that ParseGeneration never panics and that
// what it accepts survives a write and a re-parse unchanged.
func FuzzParseGeneration(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := bundle.ParseGeneration("fuzz.json", data)
		if err != nil {
			return
		}
		enc, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("accepted bundle does not encode: %v", err)
		}
		again, err := bundle.ParseGeneration("again.json", enc)
		if err != nil {
			t.Fatalf("re-encoded bundle refused: %v", err)
		}
		if !reflect.DeepEqual(g, again) {
			t.Fatalf("bundle changed on re-encoding")
		}
		if _, err := g.PublicWitness(); err != nil {
			t.Fatalf("accepted bundle has no public witness: %v", err)
		}
	})
}
