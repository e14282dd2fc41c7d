package bundle_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/internal/toy"
)

// square has no commitment, unlike the toy circuits.
type square struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y))
	return nil
}

type proved struct {
	proof *groth16_bn254.Proof
	pub   witness.Witness
	vkSHA string
}

func prove(circuit, assignment frontend.Circuit) (*proved, error) {
	ctx := context.Background()
	ccs, err := prover.Compile(ctx, circuit)
	if err != nil {
		return nil, err
	}
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	proof, err := prover.CPU().Prove(ctx, ccs, pk, w)
	if err != nil {
		return nil, err
	}
	pub, err := w.Public()
	if err != nil {
		return nil, err
	}
	h, err := bundle.VKSHA256(vk)
	if err != nil {
		return nil, err
	}
	return &proved{proof.(*groth16_bn254.Proof), pub, h}, nil
}

var (
	statementProof = sync.OnceValues(func() (*proved, error) {
		return prove(&toy.Statement{}, toy.StatementAssignment(3, 5, 7, 11))
	})
	squareProof = sync.OnceValues(func() (*proved, error) { return prove(&square{}, &square{X: 49, Y: 7}) })
)

// must unwraps the fixtures' results; a failure there is a broken test setup.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// validBundle is a bundle for toy.Statement's proof.
func validBundle(t testing.TB) *bundle.Bundle {
	t.Helper()
	p := must(statementProof())
	names := must(prover.PublicNames(&toy.Statement{}))
	pubs := must(bundle.PublicInputs(names, p.pub))
	pred := 1
	return &bundle.Bundle{
		Format:       bundle.Format,
		Version:      bundle.Version,
		Circuit:      bundle.Circuit{Name: "toy.statement", Digest: strings.Repeat("ab", 32), Constraints: 20},
		Backend:      "cpu",
		Model:        bundle.Model{Name: "m", Digest: pubs[0].Value},
		Adapter:      bundle.Adapter{Name: "a", Commitment: pubs[1].Value},
		InputDigest:  pubs[2].Value,
		OutputDigest: pubs[3].Value,
		Input:        []int64{1, -2},
		Output:       []int64{-5, 9, 0},
		Prediction:   &pred,
		PublicInputs: pubs,
		Proof:        must(bundle.EncodeProof(p.proof)),
		VKSHA256:     p.vkSHA,
		Extra:        map[string]string{"datanet": "d1"},
	}
}

func TestProofSolidityRoundTrip(t *testing.T) {
	for _, get := range []func() (*proved, error){statementProof, squareProof} {
		p := must(get())
		b := p.proof.MarshalSolidity()
		got, err := bundle.ProofFromSolidity(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.MarshalSolidity(), b) {
			t.Fatal("MarshalSolidity(ProofFromSolidity(b)) != b")
		}
		if !got.Ar.Equal(&p.proof.Ar) || !got.Bs.Equal(&p.proof.Bs) || !got.Krs.Equal(&p.proof.Krs) ||
			len(got.Commitments) != len(p.proof.Commitments) || !got.CommitmentPok.Equal(&p.proof.CommitmentPok) {
			t.Fatalf("decoded proof differs from the original")
		}
		for i := range got.Commitments {
			if !got.Commitments[i].Equal(&p.proof.Commitments[i]) {
				t.Fatalf("commitment %d differs", i)
			}
		}
	}
	if n := len(must(statementProof()).proof.Commitments); n != 1 {
		t.Fatalf("statement proof has %d commitments, want 1", n)
	}
}

func TestProofFromSolidityRejects(t *testing.T) {
	good := must(statementProof()).proof.MarshalSolidity()
	set := func(off int, v []byte) []byte {
		b := bytes.Clone(good)
		copy(b[off:], v)
		return b
	}
	modulus := fp.Modulus().FillBytes(make([]byte, fp.Bytes))

	// A point on the twist that is not in the prime-order subgroup.
	var u curve.E2
	u.A0.SetUint64(5)
	u.A1.SetUint64(7)
	outside := curve.MapToCurve2(&u)
	if !outside.IsOnCurve() || outside.IsInSubGroup() {
		t.Fatal("test point is not on the twist outside the subgroup")
	}
	var g2 [128]byte
	for i, e := range []*fp.Element{&outside.X.A1, &outside.X.A0, &outside.Y.A1, &outside.Y.A0} {
		fp.BigEndian.PutElement((*[32]byte)(g2[i*32:]), *e)
	}

	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "bytes"},
		{"short", good[:255], "bytes"},
		{"one commitment without pok", good[:256+64], "bytes"},
		{"odd length", append(bytes.Clone(good), 0), "bytes"},
		{"Ar off curve", set(63, []byte{good[63] ^ 1}), "Ar"},
		{"Ar.X not canonical", set(0, modulus), "Ar"},
		{"Bs off curve", set(64+127, []byte{good[64+127] ^ 1}), "Bs"},
		{"Bs outside subgroup", set(64, g2[:]), "Bs"},
		{"Krs off curve", set(192+63, []byte{good[192+63] ^ 1}), "Krs"},
		{"commitment off curve", set(256+63, []byte{good[256+63] ^ 1}), "commitment 0"},
		{"pok off curve", set(320+63, []byte{good[320+63] ^ 1}), "proof of knowledge"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := bundle.ProofFromSolidity(tc.b)
			if !errors.Is(err, bundle.ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrBadInput mentioning %q", err, tc.want)
			}
		})
	}
	// (0, 0) is the point at infinity, as on chain.
	if _, err := bundle.ProofFromSolidity(set(0, make([]byte, 64))); err != nil {
		t.Fatalf("infinity Ar refused: %v", err)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	b := validBundle(t)
	path := filepath.Join(t.TempDir(), "proof.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := bundle.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Proof != b.Proof || got.VKSHA256 != b.VKSHA256 || *got.Prediction != 1 || got.Extra["datanet"] != "d1" ||
		len(got.PublicInputs) != 4 || got.PublicInputs[3] != b.PublicInputs[3] || got.Circuit != b.Circuit {
		t.Fatalf("read back %+v, wrote %+v", got, b)
	}
	raw, _ := os.ReadFile(path)
	for _, key := range []string{`"public_inputs"`, `"vk_sha256"`, `"input_digest"`, `"output_digest"`, `"constraints"`} {
		if !bytes.Contains(raw, []byte(key)) {
			t.Errorf("file lacks the snake_case key %s", key)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("directory holds %d files after Write, want 1", len(entries))
	}

	// The public witness is the proof's.
	w, err := got.PublicWitness()
	if err != nil {
		t.Fatal(err)
	}
	want := must(statementProof()).pub.Vector().(fr.Vector)
	gotV := w.Vector().(fr.Vector)
	if len(gotV) != len(want) {
		t.Fatalf("public witness has %d values, want %d", len(gotV), len(want))
	}
	for i := range want {
		if !gotV[i].Equal(&want[i]) {
			t.Fatalf("public witness value %d differs", i)
		}
	}
	if err := b.Write(filepath.Join(t.TempDir(), "missing", "p.json")); err == nil {
		t.Fatal("Write into a missing directory succeeded")
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		field  string
		mutate func(b *bundle.Bundle)
	}{
		{"format", func(b *bundle.Bundle) { b.Format = "other" }},
		{"version", func(b *bundle.Bundle) { b.Version = 2 }},
		{"circuit.digest", func(b *bundle.Bundle) { b.Circuit.Digest = "ab" }},
		{"circuit.constraints", func(b *bundle.Bundle) { b.Circuit.Constraints = -1 }},
		{"backend", func(b *bundle.Bundle) { b.Backend = "" }},
		{"model.digest", func(b *bundle.Bundle) { b.Model.Digest = "0x12" }},
		{"adapter.commitment", func(b *bundle.Bundle) { b.Adapter.Commitment = "" }},
		{"input_digest", func(b *bundle.Bundle) { b.InputDigest = strings.TrimPrefix(b.InputDigest, "0x") }},
		{"output_digest", func(b *bundle.Bundle) { b.OutputDigest = "0x" + strings.Repeat("ff", 32) }},
		{"output", func(b *bundle.Bundle) { b.Output = nil }},
		{"prediction", func(b *bundle.Bundle) { p := 3; b.Prediction = &p }},
		{"public_inputs", func(b *bundle.Bundle) { b.PublicInputs = nil }},
		{"public_inputs[1].name", func(b *bundle.Bundle) { b.PublicInputs[1].Name = "" }},
		{"public_inputs[2].name", func(b *bundle.Bundle) { b.PublicInputs[2].Name = b.PublicInputs[0].Name }},
		{"public_inputs[3].value", func(b *bundle.Bundle) { b.PublicInputs[3].Value += "00" }},
		{"public_inputs[0].value", func(b *bundle.Bundle) { b.PublicInputs[0].Value = "0x" + strings.Repeat("zz", 32) }},
		{"proof", func(b *bundle.Bundle) { b.Proof = b.Proof[:len(b.Proof)-2] }},
		{"proof", func(b *bundle.Bundle) { b.Proof = b.Proof[:len(b.Proof)-1] }},
		{"proof", func(b *bundle.Bundle) { b.Proof = b.Proof[2:] }},
		{"vk_sha256", func(b *bundle.Bundle) { b.VKSHA256 = "0x" + b.VKSHA256[2:] }},
		{"extra", func(b *bundle.Bundle) { b.Extra[""] = "x" }},
	}
	for _, tc := range tests {
		t.Run(tc.field, func(t *testing.T) {
			b := validBundle(t)
			tc.mutate(b)
			path := filepath.Join(t.TempDir(), "p.json")
			if err := b.Write(path); err != nil {
				t.Fatal(err)
			}
			_, err := bundle.Read(path)
			if !errors.Is(err, bundle.ErrBadInput) {
				t.Fatalf("got %v, want ErrBadInput", err)
			}
			if !strings.Contains(err.Error(), `"`+tc.field+`"`) || !strings.Contains(err.Error(), path) {
				t.Fatalf("error %q names neither field %q nor the file", err, tc.field)
			}
		})
	}
}

func TestParseRejectsJSON(t *testing.T) {
	good, err := os.ReadFile(writeValid(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"not json", "proof"},
		{"array", "[]"},
		{"unknown field", strings.Replace(string(good), `"format"`, `"formats": 1, "format"`, 1)},
		{"trailing data", string(good) + "{}"},
		{"float output", strings.Replace(string(good), `-5,`, `-5.5,`, 1)},
		{"string version", strings.Replace(string(good), `"version": 1`, `"version": "1"`, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := bundle.Parse("x.json", []byte(tc.data)); !errors.Is(err, bundle.ErrBadInput) || !strings.Contains(err.Error(), "x.json") {
				t.Fatalf("got %v, want ErrBadInput naming x.json", err)
			}
		})
	}
	if _, err := bundle.Parse("x.json", good); err != nil {
		t.Fatalf("valid bundle refused: %v", err)
	}
}

func writeValid(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.json")
	if err := validBundle(t).Write(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestElementText(t *testing.T) {
	var e fr.Element
	e.SetUint64(0xabc)
	s := bundle.FormatElement(e)
	if s != "0x"+strings.Repeat("0", 61)+"abc" {
		t.Fatalf("FormatElement = %s", s)
	}
	back, err := bundle.ParseElement(strings.ToUpper(s[2:]))
	if err == nil {
		t.Fatalf("accepted text without 0x: %v", back)
	}
	back, err = bundle.ParseElement("0x" + strings.ToUpper(s[2:]))
	if err != nil || !back.Equal(&e) {
		t.Fatalf("ParseElement(upper case) = %v, %v", back, err)
	}
	modulus := "0x" + hex.EncodeToString(fr.Modulus().FillBytes(make([]byte, 32)))
	if _, err := bundle.ParseElement(modulus); err == nil {
		t.Fatal("accepted the modulus")
	}
}

func TestPublicInputsMismatch(t *testing.T) {
	p := must(statementProof())
	if _, err := bundle.PublicInputs([]string{"a"}, p.pub); !errors.Is(err, bundle.ErrBadInput) {
		t.Fatalf("got %v, want ErrBadInput", err)
	}
	if _, err := bundle.EncodeProof(nil); !errors.Is(err, bundle.ErrBadInput) {
		t.Fatalf("EncodeProof(nil): got %v, want ErrBadInput", err)
	}
	if _, err := bundle.VKSHA256(nil); !errors.Is(err, bundle.ErrBadInput) {
		t.Fatalf("VKSHA256(nil): got %v, want ErrBadInput", err)
	}
}
