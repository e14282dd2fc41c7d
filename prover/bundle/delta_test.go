package bundle_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/bundle"
)

// testdata/delta.json is a real delta bundle (one hashed part), written by
// verifier's TestUpdateDeltaTestdata.
func validDelta(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "delta.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// deltaSeeds are the valid delta bundle and variants that ParseDelta must
// refuse.
func deltaSeeds(t testing.TB) map[string][]byte {
	good := validDelta(t)
	g := string(good)
	var d bundle.Delta
	if err := json.Unmarshal(good, &d); err != nil {
		t.Fatal(err)
	}
	p := d.Parts[0]
	replace := func(old, repl string) []byte {
		if !strings.Contains(g, old) {
			t.Fatalf("seed: %q not in the valid delta bundle", old)
		}
		return []byte(strings.Replace(g, old, repl, 1))
	}
	return map[string][]byte{
		"valid":               good,
		"empty":               nil,
		"null":                []byte("null"),
		"truncated":           good[:len(good)/2],
		"trailing":            append(bytes.Clone(good), []byte("{}")...),
		"format":              replace(`"openproof.delta-bundle"`, `"openproof.bundle"`),
		"version-2":           replace(`"version": 1`, `"version": 2`),
		"unknown-field":       replace(`"backend"`, `"zzz": 0, "backend"`),
		"unknown-part-field":  replace(`"first_token"`, `"last_token": 1, "first_token"`),
		"mode":                replace(`"mode": "`+p.Mode+`"`, `"mode": "fast"`),
		"binding":             replace(`"mode": "`+p.Mode+`"`, `"mode": "`+p.Mode+`", "binding": "merkle"`),
		"fingerprint-field":   replace(`"mode": "`+p.Mode+`"`, `"mode": "`+p.Mode+`", "rho": "`+p.XDigest+`"`),
		"fingerprint-missing": replace(`"mode": "`+p.Mode+`"`, `"mode": "`+p.Mode+`", "binding": "fingerprint"`),
		"commitment-hex":      replace(p.AdapterCommitment, "0xzz"),
		"x-digest-too-big":    replace(p.XDigest, "0x"+strings.Repeat("ff", 32)),
		"delta-digest-short":  replace(p.DeltaDigest, p.DeltaDigest[:20]),
		"circuit-digest":      replace(p.Digest, "../keys"),
		"proof-hex":           replace(p.Proof, p.Proof+"0"),
		"proof-prefix":        replace(p.Proof, strings.TrimPrefix(p.Proof, "0x")),
		"parts-object":        replace(`"parts": [`, `"parts": {"x": [`),
	}
}

func TestParseDelta(t *testing.T) {
	for name, data := range deltaSeeds(t) {
		t.Run(name, func(t *testing.T) {
			d, err := bundle.ParseDelta(name+".json", data)
			if name == "valid" {
				if err != nil || len(d.Parts) != 1 || d.Format != bundle.DeltaFormat {
					t.Fatalf("%v %+v", err, d)
				}
				return
			}
			if !errors.Is(err, bundle.ErrBadInput) || !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), name+".json") {
				t.Fatalf("want a bad-input error naming the file, got %v", err)
			}
		})
	}
}

// WriteDelta writes the layout prove-delta has always written: the
// committed bundle comes back byte for byte.
func TestWriteDelta(t *testing.T) {
	good := validDelta(t)
	d, err := bundle.ParseDelta("delta.json", good)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "delta.json")
	if err := bundle.WriteDelta(path, d); err != nil {
		t.Fatal(err)
	}
	again, err := bundle.ReadDelta(path)
	if err != nil {
		t.Fatal(err)
	}
	written, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(written, good) || !reflect.DeepEqual(again, d) {
		t.Fatal("a written delta bundle differs from the one read")
	}
	if err := bundle.WriteDelta(filepath.Join(path, "sub"), d); err == nil {
		t.Fatal("wrote below a file")
	}
}

func TestWriteDeltaSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseDelta", deltaSeeds(t))
}

// FuzzParseDelta checks that ParseDelta never panics, refuses only with
// ErrBadInput, and that what it accepts survives a write and a re-parse
// unchanged, with parts whose statement and proof text decode.
func FuzzParseDelta(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := bundle.ParseDelta("fuzz.json", data)
		if err != nil {
			if !errors.Is(err, bundle.ErrBadInput) {
				t.Fatalf("refused without ErrBadInput: %v", err)
			}
			return
		}
		path := filepath.Join(t.TempDir(), "delta.json")
		if err := bundle.WriteDelta(path, d); err != nil {
			t.Fatalf("accepted bundle does not write: %v", err)
		}
		again, err := bundle.ReadDelta(path)
		if err != nil {
			t.Fatalf("written bundle refused: %v", err)
		}
		if !reflect.DeepEqual(d, again) {
			t.Fatal("bundle changed on re-writing")
		}
		for k := range d.Parts {
			if _, err := d.Parts[k].Public(); err != nil {
				t.Fatalf("accepted part %d has no statement: %v", k, err)
			}
			if _, err := bundle.DecodeProof(d.Parts[k].Proof); errors.Is(err, bundle.ErrBadInput) {
				t.Fatalf("accepted part %d's proof is not hex: %v", k, err)
			}
		}
	})
}
