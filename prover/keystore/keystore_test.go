package keystore_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/internal/toy"
	"github.com/openproof/openproof/prover/keystore"
)

type keys struct {
	ccs    constraint.ConstraintSystem
	digest string
	pk     groth16.ProvingKey
	vk     groth16.VerifyingKey
}

// toyKeys compiles and sets up the toy circuit once for all tests.
var toyKeys = sync.OnceValues(func() (*keys, error) {
	ctx := context.Background()
	ccs, err := prover.Compile(ctx, &toy.Cube{})
	if err != nil {
		return nil, err
	}
	d, err := prover.CircuitDigest(ccs)
	if err != nil {
		return nil, err
	}
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		return nil, err
	}
	return &keys{ccs, d, pk, vk}, nil
})

func mustKeys(t *testing.T) *keys {
	t.Helper()
	k, err := toyKeys()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func putToy(t *testing.T) (*keystore.Store, *keys) {
	t.Helper()
	k := mustKeys(t)
	s, err := keystore.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	info := keystore.Info{CircuitName: "toy.cube", Constraints: k.ccs.GetNbConstraints(), Setup: keystore.SetupDev}
	if err := s.Put(k.digest, info, k.pk, k.vk); err != nil {
		t.Fatal(err)
	}
	return s, k
}

func TestPutGet(t *testing.T) {
	s, k := putToy(t)
	pk, vk, m, err := s.Get(k.digest)
	if err != nil {
		t.Fatal(err)
	}
	if m.CircuitName != "toy.cube" || m.CircuitDigest != k.digest || m.Setup != keystore.SetupDev ||
		m.NbPublic != 1 || m.NbConstraints != k.ccs.GetNbConstraints() || m.Transcript != nil {
		t.Fatalf("manifest %+v does not describe what was put", m)
	}

	// The loaded keys must work: prove with the loaded pk, verify with the loaded vk.
	w, err := frontend.NewWitness(toy.CubeAssignment(5), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	proof, err := prover.CPU().Prove(context.Background(), k.ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk, proof, pub); err != nil {
		t.Fatal(err)
	}

	// vk.bin is the WriteTo encoding, so its hash is a bundle's vk_sha256.
	h := sha256.New()
	if _, err := k.vk.WriteTo(h); err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); m.Files[keystore.VKFile] != got {
		t.Fatalf("manifest vk hash %s, sha256(vk.WriteTo) %s", m.Files[keystore.VKFile], got)
	}

	// Nothing but the entry is left in the root.
	entries, err := os.ReadDir(filepath.Dir(s.Dir(k.digest)))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != k.digest {
		t.Fatalf("store root holds %v, want only the entry", entries)
	}
}

func TestPutReplaces(t *testing.T) {
	s, k := putToy(t)
	tr := &keystore.Transcript{Phase1: []string{"aa"}, Phase1Beacon: "01", SRS: "bb", Phase2: []string{"cc"}, Phase2Beacon: "02"}
	if err := s.Put(k.digest, keystore.Info{CircuitName: "toy.cube", Setup: keystore.SetupMPC, Transcript: tr}, k.pk, k.vk); err != nil {
		t.Fatal(err)
	}
	_, _, m, err := s.Get(k.digest)
	if err != nil {
		t.Fatal(err)
	}
	if m.Setup != keystore.SetupMPC || m.Transcript == nil || m.Transcript.Phase2[0] != "cc" {
		t.Fatalf("entry not replaced: %+v", m)
	}
	entries, _ := os.ReadDir(filepath.Dir(s.Dir(k.digest)))
	if len(entries) != 1 {
		t.Fatalf("store root holds %d entries after a replace, want 1", len(entries))
	}
}

func TestGetNotFound(t *testing.T) {
	s, _ := putToy(t)
	_, _, _, err := s.Get(strings.Repeat("ab", 32))
	if !keystore.IsNotFound(err) {
		t.Fatalf("got %v, want ErrNotFound", err)
	}
}

func TestGetTampered(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		mutate func(b []byte) []byte
	}{
		{"pk byte flipped", keystore.PKFile, func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
		{"pk truncated", keystore.PKFile, func(b []byte) []byte { return b[:len(b)-1] }},
		{"vk byte flipped", keystore.VKFile, func(b []byte) []byte { b[40] ^= 0x10; return b }},
		{"vk appended", keystore.VKFile, func(b []byte) []byte { return append(b, 0) }},
		{"manifest nb_public", keystore.ManifestFile, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"nb_public": 1`, `"nb_public": 2`, 1))
		}},
		{"manifest version", keystore.ManifestFile, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"version": 1`, `"version": 2`, 1))
		}},
		{"manifest unknown field", keystore.ManifestFile, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `{`, `{"extra": 1,`, 1))
		}},
		{"manifest truncated", keystore.ManifestFile, func(b []byte) []byte { return b[:len(b)/2] }},
		{"manifest pk hash", keystore.ManifestFile, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"pk.bin": "`, `"pk.bin": "0`, 1)[:len(b)])
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, k := putToy(t)
			path := filepath.Join(s.Dir(k.digest), tc.file)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.mutate(b), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, _, err = s.Get(k.digest)
			if !errors.Is(err, keystore.ErrCorrupt) || !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("got %v, want ErrCorrupt (and ErrBadInput)", err)
			}
			if !strings.Contains(err.Error(), tc.file) {
				t.Fatalf("error %q does not name %s", err, tc.file)
			}
		})
	}
}

func TestGetMissingFile(t *testing.T) {
	for _, name := range []string{keystore.PKFile, keystore.VKFile, keystore.ManifestFile} {
		t.Run(name, func(t *testing.T) {
			s, k := putToy(t)
			if err := os.Remove(filepath.Join(s.Dir(k.digest), name)); err != nil {
				t.Fatal(err)
			}
			_, _, _, err := s.Get(k.digest)
			if !errors.Is(err, keystore.ErrCorrupt) || !strings.Contains(err.Error(), name) {
				t.Fatalf("got %v, want ErrCorrupt naming %s", err, name)
			}
		})
	}
}

func TestBadArguments(t *testing.T) {
	s, k := putToy(t)
	dev := keystore.Info{Setup: keystore.SetupDev}
	tests := []struct {
		name string
		run  func() error
	}{
		{"get path digest", func() error { _, _, _, err := s.Get("../" + k.digest[3:]); return err }},
		{"get uppercase digest", func() error { _, _, _, err := s.Get(strings.ToUpper(k.digest)); return err }},
		{"get short digest", func() error { _, _, _, err := s.Get(k.digest[:63]); return err }},
		{"put bad digest", func() error { return s.Put("..", dev, k.pk, k.vk) }},
		{"put nil pk", func() error { return s.Put(k.digest, dev, nil, k.vk) }},
		{"put nil vk", func() error { return s.Put(k.digest, dev, k.pk, nil) }},
		{"put unknown setup", func() error { return s.Put(k.digest, keystore.Info{Setup: "trusted"}, k.pk, k.vk) }},
		{"put mpc without transcript", func() error { return s.Put(k.digest, keystore.Info{Setup: keystore.SetupMPC}, k.pk, k.vk) }},
		{"put dev with transcript", func() error {
			return s.Put(k.digest, keystore.Info{Setup: keystore.SetupDev, Transcript: &keystore.Transcript{}}, k.pk, k.vk)
		}},
		{"open empty", func() error { _, err := keystore.Open(""); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("got %v, want ErrBadInput", err)
			}
		})
	}
	// A refused Put leaves the existing entry intact.
	if _, _, _, err := s.Get(k.digest); err != nil {
		t.Fatalf("entry damaged by refused Puts: %v", err)
	}
}
