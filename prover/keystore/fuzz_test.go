package keystore_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/keystore"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParseManifest seed files")

func seedFiles(t *testing.T) map[string][]byte {
	t.Helper()
	s, k := putToy(t)
	dev, err := os.ReadFile(filepath.Join(s.Dir(k.digest), keystore.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	tr := &keystore.Transcript{Phase1: []string{strings.Repeat("1", 64)}, Phase1Beacon: "aa", SRS: strings.Repeat("2", 64), Phase2: []string{strings.Repeat("3", 64)}, Phase2Beacon: "bb"}
	if err := s.Put(k.digest, keystore.Info{CircuitName: "toy.cube", Setup: keystore.SetupMPC, Transcript: tr}, k.pk, k.vk); err != nil {
		t.Fatal(err)
	}
	mpc, err := os.ReadFile(filepath.Join(s.Dir(k.digest), keystore.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	d := string(dev)
	replace := func(old, repl string) []byte {
		if !strings.Contains(d, old) {
			t.Fatalf("seed: %q not in the manifest", old)
		}
		return []byte(strings.Replace(d, old, repl, 1))
	}
	return map[string][]byte{
		"dev":          dev,
		"mpc":          mpc,
		"empty":        nil,
		"truncated":    dev[:len(dev)/2],
		"version":      replace(`"version": 1`, `"version": 7`),
		"setup":        replace(`"setup": "dev"`, `"setup": "mpc"`),
		"digest-path":  replace(`"circuit_digest": "`, `"circuit_digest": "../`),
		"extra-file":   replace(`"files": {`, `"files": {"x.bin": "00",`),
		"negative":     replace(`"nb_public": 1`, `"nb_public": -1`),
		"unknown-key":  replace(`"setup"`, `"owner": "x", "setup"`),
		"two-objects":  append(dev, dev...),
		"created-junk": replace(`"created": "`, `"created": "x`),
	}
}

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseManifest", seedFiles(t))
}

// FuzzParseManifest checks that ParseManifest never panics and that what it
// accepts re-encodes to a manifest it accepts unchanged.
func FuzzParseManifest(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := keystore.ParseManifest("manifest.json", b)
		if err != nil {
			if !errors.Is(err, keystore.ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		enc, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		again, err := keystore.ParseManifest("again.json", enc)
		if err != nil {
			t.Fatalf("re-encoded manifest refused: %v", err)
		}
		if !reflect.DeepEqual(m, again) {
			t.Fatalf("manifest changed on re-encoding: %+v vs %+v", m, again)
		}
	})
}
