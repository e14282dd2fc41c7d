package verifier_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/verifier"
)

// The committed demo bundles (real proofs of the embedded MNIST model with
// its rot90 adapter, plain and attributed) and their verifying keys.
var demoFixtures = []string{"demo", "demo-attributed"}

func demoPath(name, file string) string {
	return filepath.Join("..", "contracts", "testdata", "fixtures", name, file)
}

// demoBundle reads a fresh copy of a committed demo bundle and its key.
func demoBundle(t *testing.T, name string) (*bundle.Bundle, groth16.VerifyingKey) {
	t.Helper()
	b, err := bundle.Read(demoPath(name, "bundle-0.json"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(demoPath(name, "vk.bin"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	return b, vk
}

// demoStore is a key store holding the demo key under the manifest the
// prover would have written (without the proving key, as a verifier's).
func demoStore(t *testing.T, b *bundle.Bundle, name string) *keystore.Store {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, b.Circuit.Digest)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	vk, err := os.ReadFile(demoPath(name, "vk.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, keystore.VKFile), vk, 0o644); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(vk)
	m := keystore.Manifest{Format: keystore.Format, Version: keystore.Version, CircuitName: b.Circuit.Name, CircuitDigest: b.Circuit.Digest,
		NbConstraints: b.Circuit.Constraints, NbPublic: len(b.PublicInputs), Setup: keystore.SetupDev,
		Files: map[string]string{keystore.PKFile: strings.Repeat("0", 64), keystore.VKFile: hex.EncodeToString(h[:])}}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, keystore.ManifestFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

// TestDemoVerified: the honest demo bundles verify, and the report's
// statement is the proof's public inputs by position and what was
// recomputed from them; the names are labels.
func TestDemoVerified(t *testing.T) {
	for _, name := range demoFixtures {
		t.Run(name, func(t *testing.T) {
			b, vk := demoBundle(t, name)
			for keys, src := range map[string]keystore.VerifyingKeys{"key": verifier.Key{VK: vk}, "store": demoStore(t, b, name)} {
				r, err := verifier.Verify(b, src)
				if err != nil {
					t.Fatalf("%s: %v", keys, err)
				}
				s, l := r.Statement, r.Labels
				pub := func(i int) string { return b.PublicInputs[i].Value }
				if s.ModelDigest != pub(0) || s.AdapterCommitment != pub(1) || s.InputDigest != pub(2) || s.OutputDigest != pub(3) {
					t.Fatalf("%s: statement %+v, public inputs %+v", keys, s, b.PublicInputs)
				}
				if s.Prediction == nil || *s.Prediction != *b.Prediction || !slices.Equal(s.Output, b.Output) || len(s.Input) != len(b.Input) {
					t.Fatalf("%s: statement %+v", keys, s)
				}
				if !slices.Contains(r.Checks, verifier.CheckInputDigest) || !slices.Contains(r.Checks, verifier.CheckPrediction) {
					t.Fatalf("%s: checks %v", keys, r.Checks)
				}
				if l.Model != b.Model.Name || l.Adapter != b.Adapter.Name || l.Backend != b.Backend {
					t.Fatalf("%s: labels %+v", keys, l)
				}
				// Only the store's manifest confirms the circuit.
				if confirmed := keys == "store"; (s.Circuit == b.Circuit.Name) != confirmed || (l.Circuit == "") != confirmed || (s.Setup == keystore.SetupDev) != confirmed {
					t.Fatalf("%s: circuit in statement %q, in labels %q", keys, s.Circuit, l.Circuit)
				}
				if a := b.Attribution; a != nil {
					if s.Kind != verifier.KindAttributed || s.DatanetRoot != pub(4) || s.AttributionDigest != pub(5) || !slices.Equal(s.Weights, a.PPMs()) || len(l.Contributors) != len(a.Weights) {
						t.Fatalf("%s: attributed statement %+v, labels %+v", keys, s, l)
					}
				} else if s.Kind != verifier.KindInference || s.DatanetRoot != "" || s.Weights != nil {
					t.Fatalf("%s: statement %+v", keys, s)
				}
			}
		})
	}
}

// swapInputs swaps the names of public inputs i and j and the statement
// fields they stand for, leaving the values in place: the pairing (list
// order) still passes, a name-matched statement would not notice.
func swapInputs(i, j int) func(b *bundle.Bundle) {
	return func(b *bundle.Bundle) {
		fields := []*string{&b.Model.Digest, &b.Adapter.Commitment, &b.InputDigest, &b.OutputDigest}
		if a := b.Attribution; a != nil {
			fields = append(fields, &a.DatanetRoot, &a.Digest)
		}
		field := func(k int) *string { return fields[k] }
		p := b.PublicInputs
		p[i].Name, p[j].Name = p[j].Name, p[i].Name
		*field(i), *field(j) = *field(j), *field(i)
	}
}

// TestDemoLies: each way a bundle can lie about what was proven, built from a committed
// real bundle, is refused (not verified, never bad input), with the key
// alone and with the key store.
func TestDemoLies(t *testing.T) {
	tests := []struct {
		name     string
		fixtures []string // default: every demo fixture
		edit     func(b *bundle.Bundle)
		want     error
		// storeWant, when set, is the refusal with the key store (which
		// checks the circuit's name before the statement).
		storeWant error
	}{
		{"prediction edited", nil, func(b *bundle.Bundle) { p := 7; b.Prediction = &p }, verifier.ErrPredictionMismatch, nil},
		{"input edited", nil, func(b *bundle.Bundle) { b.Input[300]++ }, verifier.ErrInputMismatch, nil},
		{"input replaced by another image", nil, func(b *bundle.Bundle) { b.Input = make([]int64, len(b.Input)) }, verifier.ErrInputMismatch, nil},
		{"input truncated", nil, func(b *bundle.Bundle) { b.Input = b.Input[:len(b.Input)-1] }, verifier.ErrInputMismatch, nil},
		{"input emptied", nil, func(b *bundle.Bundle) { b.Input = []int64{} }, verifier.ErrInputMismatch, nil},
		{"input not int8", nil, func(b *bundle.Bundle) { b.Input[0] = 300 }, verifier.ErrInputMismatch, nil},
		{"output edited", nil, func(b *bundle.Bundle) { b.Output[0], b.Output[7] = b.Output[7], b.Output[0] }, verifier.ErrOutputMismatch, nil},
		{"model digest and adapter commitment names swapped with the statement", nil, swapInputs(0, 1), verifier.ErrPublicInputMismatch, nil},
		{"input and output digest names swapped with the statement", nil, swapInputs(2, 3), verifier.ErrPublicInputMismatch, nil},
		{"datanet root and adapter commitment names swapped with the statement", []string{"demo-attributed"}, swapInputs(1, 4), verifier.ErrPublicInputMismatch, nil},
		{"datanet root and attribution digest names swapped with the statement", []string{"demo-attributed"}, swapInputs(4, 5), verifier.ErrPublicInputMismatch, nil},
		{"attributed circuit name on a plain proof", []string{"demo"}, func(b *bundle.Bundle) {
			b.Circuit.Name = strings.Replace(b.Circuit.Name, "lora-inference/", "lora-attributed/", 1)
		}, verifier.ErrPublicInputMismatch, keystore.ErrKeyMismatch},
	}
	for _, name := range demoFixtures {
		for _, tc := range tests {
			if tc.fixtures != nil && !slices.Contains(tc.fixtures, name) {
				continue
			}
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				b, vk := demoBundle(t, name)
				ks := demoStore(t, b, name)
				tc.edit(b)
				for keys, src := range map[string]keystore.VerifyingKeys{"key": verifier.Key{VK: vk}, "store": ks} {
					want := tc.want
					if keys == "store" && tc.storeWant != nil {
						want = tc.storeWant
					}
					r, err := verifier.Verify(b, src)
					if !errors.Is(err, want) || errors.Is(err, errs.ErrBadInput) || r != nil {
						t.Fatalf("%s: got %v (report %v), want %v only", keys, err, r, want)
					}
				}
			})
		}
	}
}

// TestDemoInputAbsent: a bundle without its clear input verifies, and the
// report says the input is absent; Input hands an audit nothing to use.
func TestDemoInputAbsent(t *testing.T) {
	b, vk := demoBundle(t, "demo")
	want, err := verifier.Input(b)
	if err != nil || len(want) != len(b.Input) {
		t.Fatalf("honest input: %v (%d values)", err, len(want))
	}
	if err := verifier.CheckInput(b, want); err != nil {
		t.Fatal(err)
	}
	other := slices.Clone(want)
	other[100]++
	if err := verifier.CheckInput(b, other); !errors.Is(err, verifier.ErrInputMismatch) {
		t.Fatalf("another input: %v", err)
	}
	b.Input = nil
	r, err := verifier.Verify(b, verifier.Key{VK: vk})
	if err != nil {
		t.Fatal(err)
	}
	if r.Statement.Input != nil || slices.Contains(r.Checks, verifier.CheckInputDigest) {
		t.Fatalf("absent input reported as %v, checks %v", r.Statement.Input, r.Checks)
	}
	if x, err := verifier.Input(b); x != nil || err != nil {
		t.Fatalf("Input of a bundle without one: %v, %v", x, err)
	}
}

// lyingKeys returns the demo key with a manifest that does not match the
// bundle, as a key source that checks nothing might: Verify checks again.
type lyingKeys struct {
	vk groth16.VerifyingKey
	m  keystore.Manifest
}

func (k lyingKeys) VerifyingKeyFor(string, string, string) (groth16.VerifyingKey, *keystore.Manifest, error) {
	return k.vk, &k.m, nil
}

// TestDemoLabels: relabelled names are refused where the verifier holds
// what they name (the key store's manifest, WithModel's model) and are
// otherwise reported only as unverified labels, never in the statement.
func TestDemoLabels(t *testing.T) {
	s, err := demo.LoadStack("", "", false)
	if err != nil {
		t.Fatal(err)
	}
	modelDigest := commit.ModelDigest(s.Model)
	for _, name := range demoFixtures {
		t.Run(name, func(t *testing.T) {
			b, vk := demoBundle(t, name)
			ks := demoStore(t, b, name)
			if _, err := verifier.Verify(b, ks, verifier.WithModel("mnist-mlp", modelDigest)); err != nil {
				t.Fatalf("the demo model: %v", err)
			}
			relabel := func(edit func(b *bundle.Bundle)) *bundle.Bundle {
				c, _ := demoBundle(t, name)
				edit(c)
				return c
			}
			_, stored, err := ks.VerifyingKeyFor(b.Circuit.Digest, b.Circuit.Name, b.VKSHA256)
			if err != nil {
				t.Fatal(err)
			}
			other := *stored
			other.CircuitName = "other"
			refused := []struct {
				name string
				b    *bundle.Bundle
				keys keystore.VerifyingKeys
				opts []verifier.Option
				want error
			}{
				{"circuit renamed", relabel(func(b *bundle.Bundle) { b.Circuit.Name += "-big" }), ks, nil, keystore.ErrKeyMismatch},
				{"constraints restated", relabel(func(b *bundle.Bundle) { b.Circuit.Constraints++ }), ks, nil, verifier.ErrLabelMismatch},
				{"manifest of another circuit", b, lyingKeys{vk, other}, nil, verifier.ErrLabelMismatch},
				{"another model held", b, ks, []verifier.Option{verifier.WithModel("other", commit.Uint(1))}, verifier.ErrLabelMismatch},
			}
			for _, tc := range refused {
				if _, err := verifier.Verify(tc.b, tc.keys, tc.opts...); !errors.Is(err, tc.want) || errors.Is(err, errs.ErrBadInput) {
					t.Errorf("%s: %v, want %v only", tc.name, err, tc.want)
				}
			}

			// Names nothing holds verify, as labels only.
			c := relabel(func(b *bundle.Bundle) {
				b.Circuit.Name += "-big"
				b.Model.Name, b.Adapter.Name, b.Backend = "gpt-5", "someone-elses-adapter", "icicle"
				if a := b.Attribution; a != nil {
					for i := range a.Weights {
						a.Weights[i].ID = "mallory"
					}
				}
				b.Extra = map[string]string{"note": "verified by the foundation"}
			})
			r, err := verifier.Verify(c, verifier.Key{VK: vk}, verifier.WithModel("mnist-mlp", modelDigest))
			if err != nil {
				t.Fatal(err)
			}
			st, l := r.Statement, r.Labels
			if st.Circuit != "" || st.Model != "mnist-mlp" || l.Circuit != c.Circuit.Name || l.Model != "gpt-5" || l.Adapter != "someone-elses-adapter" ||
				l.Backend != "icicle" || l.Extra["note"] == "" {
				t.Fatalf("statement %+v, labels %+v", st, l)
			}
			if c.Attribution != nil && (l.Contributors[0] != "mallory" || !slices.Equal(st.Weights, c.Attribution.PPMs())) {
				t.Fatalf("contributors %v, weights %v", l.Contributors, st.Weights)
			}
		})
	}
}
