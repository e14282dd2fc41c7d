package bundle_test

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/bundle"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParse seed files")

// seedFiles are a valid bundle and hostile variants of it.
func seedFiles(t *testing.T) map[string][]byte {
	good, err := os.ReadFile(writeValid(t))
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	replace := func(old, repl string) []byte {
		if !strings.Contains(g, old) {
			t.Fatalf("seed: %q not in the valid bundle", old)
		}
		return []byte(strings.Replace(g, old, repl, 1))
	}
	b := validBundle(t)
	att, err := json.MarshalIndent(attributedBundle(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	a := string(att)
	replaceA := func(old, repl string) []byte {
		if !strings.Contains(a, old) {
			t.Fatalf("seed: %q not in the attributed bundle", old)
		}
		return []byte(strings.Replace(a, old, repl, 1))
	}
	return map[string][]byte{
		"valid":            good,
		"empty":            nil,
		"null":             []byte("null"),
		"truncated":        good[:len(good)/2],
		"version-2":        replace(`"version": 1`, `"version": 2`),
		"unknown-field":    replace(`"backend"`, `"zzz": 0, "backend"`),
		"proof-odd-hex":    replace(b.Proof, b.Proof+"0"),
		"proof-short":      replace(b.Proof, b.Proof[:len(b.Proof)-128]),
		"proof-off-curve":  replace(b.Proof, b.Proof[:len(b.Proof)-1]+"0"),
		"value-too-big":    replace(b.PublicInputs[0].Value, "0x"+strings.Repeat("ff", 32)),
		"duplicate-name":   replace(`"name": "adapter_commitment"`, `"name": "model_digest"`),
		"huge-int":         replace(`-5,`, `99999999999999999999,`),
		"no-prediction":    replace(`"prediction": 1,`, ``),
		"prediction-range": replace(`"prediction": 1,`, `"prediction": 7,`),
		"trailing":         append([]byte(g), '}'),

		// Attributed bundles: a valid one and broken attribution sections.
		"attributed":             att,
		"attribution-sum":        replaceA(`"ppm": 250000`, `"ppm": 250001`),
		"attribution-index":      replaceA(`"contributor": 1,`, `"contributor": 2,`),
		"attribution-ppm-range":  replaceA(`"ppm": 750000`, `"ppm": 4294967295`),
		"attribution-no-weights": replaceA(`"weights": [`, `"weights": [], "x": [`),
		"attribution-root-hex":   replaceA(`"datanet_root": "0x`, `"datanet_root": "0xzz`),
	}
}

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParse", seedFiles(t))
}

// FuzzParse checks that Parse never panics, and that what it accepts
// survives a write and a re-parse unchanged and yields a public witness.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := bundle.Parse("fuzz.json", data)
		if err != nil {
			return
		}
		enc, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("accepted bundle does not encode: %v", err)
		}
		again, err := bundle.Parse("again.json", enc)
		if err != nil {
			t.Fatalf("re-encoded bundle refused: %v", err)
		}
		if !reflect.DeepEqual(b, again) {
			t.Fatalf("bundle changed on re-encoding")
		}
		if _, err := b.PublicWitness(); err != nil {
			t.Fatalf("accepted bundle has no public witness: %v", err)
		}
		raw, err := hex.DecodeString(strings.TrimPrefix(b.Proof, "0x"))
		if err != nil {
			t.Fatalf("accepted proof is not hex: %v", err)
		}
		_, _ = bundle.ProofFromSolidity(raw) // may refuse the points, must not panic
	})
}
