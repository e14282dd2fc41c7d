package bundle_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/bundle"
)

var writeMergeSeeds = flag.Bool("write-merge-seeds", false, "rewrite testdata/fuzz/FuzzParseMerge seed files")

// mergeBundleFile is a real merge bundle (three chunk proofs of one Conv1D
// module), written by verifier's TestWriteMergeTestdata.
var mergeBundleFile = filepath.Join("testdata", "merge-bundle.json")

// mergeSeeds are the valid merge bundle and variants Parse must refuse
// (every entry but "valid").
func mergeSeeds(t *testing.T) map[string][]byte {
	t.Helper()
	good, err := os.ReadFile(mergeBundleFile)
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	b, err := bundle.ParseMerge(mergeBundleFile, good)
	if err != nil {
		t.Fatal(err)
	}
	ch := b.Modules[0].Chunks[0]
	replace := func(old, repl string) []byte {
		if !strings.Contains(g, old) {
			t.Fatalf("seed: %q not in the merge bundle", old)
		}
		return []byte(strings.Replace(g, old, repl, 1))
	}
	return map[string][]byte{
		"valid":             good,
		"empty":             nil,
		"null":              []byte("null"),
		"truncated":         good[:len(good)/2],
		"trailing":          append([]byte(g), '{', '}'),
		"format":            replace(`"openproof.merge-bundle"`, `"openproof.delta-bundle"`),
		"version-2":         replace(`"version": 1`, `"version": 2`),
		"unknown-field":     replace(`"backend"`, `"zzz": 0, "backend"`),
		"no-modules":        []byte(`{"format":"openproof.merge-bundle","version":1,"adapter":"a","backend":"cpu","modules":[]}`),
		"module-name":       replace(`"name": "`+b.Modules[0].Name+`"`, `"name": ""`),
		"rows-zero":         replace(`"rows": 4`, `"rows": 0`),
		"in-negative":       replace(`"in": 8`, `"in": -8`),
		"w0-not-element":    replace(b.Modules[0].W0, "0x"+strings.Repeat("ff", 32)),
		"adapter-hex":       replace(b.Modules[0].AdapterCommitment, "0xzz"),
		"chain-no-prefix":   replace(ch.W0Before, strings.TrimPrefix(ch.W0Before, "0x")),
		"first-row":         replace(`"first_row": 0`, `"first_row": -4`),
		"constraints":       replace(fmt.Sprintf(`"constraints": %d`, ch.Constraints), `"constraints": -1`),
		"digest-short":      replace(ch.Digest, ch.Digest[2:]),
		"vk-sha256-hex":     replace(ch.VKSHA256, "zz"+ch.VKSHA256[2:]),
		"proof-odd-hex":     replace(ch.Proof, ch.Proof+"0"),
		"proof-short":       replace(ch.Proof, ch.Proof[:len(ch.Proof)-128]),
		"chunks-not-a-list": replace(`"chunks": [`, `"chunks": 1, "x": [`),
	}
}

func TestParseMerge(t *testing.T) {
	for name, data := range mergeSeeds(t) {
		t.Run(name, func(t *testing.T) {
			b, err := bundle.ParseMerge("m.json", data)
			if name == "valid" {
				if err != nil || len(b.Modules) != 1 || len(b.Modules[0].Chunks) != 3 {
					t.Fatalf("valid bundle: %v", err)
				}
				return
			}
			if !errors.Is(err, bundle.ErrBadInput) || !errors.Is(err, errs.ErrBadInput) || !strings.HasPrefix(err.Error(), "m.json: ") {
				t.Fatalf("accepted or wrong error: %v", err)
			}
		})
	}
}

// ReadMerge checks the size cap, the file's existence and the content;
// Write writes what ReadMerge reads back.
func TestReadWriteMerge(t *testing.T) {
	b, err := bundle.ReadMerge(mergeBundleFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "merge-proof.json")
	if err := b.Write(p); err != nil {
		t.Fatal(err)
	}
	back, err := bundle.ReadMerge(p)
	if err != nil || !reflect.DeepEqual(back, b) {
		t.Fatalf("read back: %v", err)
	}
	written, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if committed, _ := os.ReadFile(mergeBundleFile); string(written) != string(committed) {
		t.Fatal("Write does not reproduce the committed bundle byte for byte")
	}
}

func TestWriteMergeSeeds(t *testing.T) {
	if !*writeMergeSeeds {
		t.Skip("run with -write-merge-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseMerge", mergeSeeds(t))
}

// FuzzParseMerge checks that ParseMerge never panics, refuses with
// ErrBadInput, and that what it accepts survives a write and a re-parse
// unchanged and has proofs ProofFromSolidity can read without panicking.
func FuzzParseMerge(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := bundle.ParseMerge("fuzz.json", data)
		if err != nil {
			if !errors.Is(err, bundle.ErrBadInput) {
				t.Fatalf("refused without ErrBadInput: %v", err)
			}
			return
		}
		enc, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("accepted bundle does not encode: %v", err)
		}
		again, err := bundle.ParseMerge("again.json", enc)
		if err != nil {
			t.Fatalf("re-encoded bundle refused: %v", err)
		}
		if !reflect.DeepEqual(b, again) {
			t.Fatal("bundle changed on re-encoding")
		}
		for _, m := range b.Modules {
			for _, ch := range m.Chunks {
				raw, err := hex.DecodeString(strings.TrimPrefix(ch.Proof, "0x"))
				if err != nil {
					t.Fatalf("accepted proof is not hex: %v", err)
				}
				_, _ = bundle.ProofFromSolidity(raw) // may refuse the points, must not panic
			}
		}
	})
}
