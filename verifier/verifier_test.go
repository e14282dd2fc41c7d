package verifier_test

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// statementCircuit has the inference circuit's public statement and, like
// it, exactly one commitment: out = y³ + model·adapter + in, y < 2^16.
type statementCircuit struct {
	ModelDigest       frontend.Variable `gnark:"model_digest,public"`
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	InputDigest       frontend.Variable `gnark:"input_digest,public"`
	OutputDigest      frontend.Variable `gnark:"output_digest,public"`
	Y                 frontend.Variable
}

func (c *statementCircuit) Define(api frontend.API) error {
	y3 := api.Mul(c.Y, c.Y, c.Y)
	api.AssertIsEqual(c.OutputDigest, api.Add(y3, api.Mul(c.ModelDigest, c.AdapterCommitment), c.InputDigest))
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

type fixture struct {
	keys        *keystore.Keys
	vk, otherVK groth16.VerifyingKey
	bundle      *bundle.Bundle
}

// The output "digest" of the fixture: out = 11³ + 3·5 + 7.
const outputDigest = 11*11*11 + 3*5 + 7

var newFixture = sync.OnceValues(func() (*fixture, error) {
	ccs, keys, b, err := proveBundle(&statementCircuit{},
		&statementCircuit{ModelDigest: 3, AdapterCommitment: 5, InputDigest: 7, OutputDigest: outputDigest, Y: 11}, "test.statement")
	if err != nil {
		return nil, err
	}
	_, otherVK, err := prover.DevSetup(context.Background(), ccs)
	if err != nil {
		return nil, err
	}
	return &fixture{keys: keys, vk: keys.VK, otherVK: otherVK, bundle: b}, nil
})

// proveBundle compiles circuit, proves assignment under a development setup
// (prover/pipeline's steps) and returns the compiled circuit, the keys and
// the bundle of the proof, whose circuit is called name.
func proveBundle(circuit, assignment frontend.Circuit, name string) (constraint.ConstraintSystem, *keystore.Keys, *bundle.Bundle, error) {
	ctx := context.Background()
	cc, err := pipeline.Compile(ctx, circuit, name)
	if err != nil {
		return nil, nil, nil, err
	}
	pk, vk, err := prover.DevSetup(ctx, cc.CCS)
	if err != nil {
		return nil, nil, nil, err
	}
	keys := &keystore.Keys{Name: name, Digest: cc.Digest, PK: pk, VK: vk}
	b, _, err := pipeline.ProveAssignment(ctx, prover.CPU(), cc, keys, assignment)
	if err != nil {
		return nil, nil, nil, err
	}
	pubs := b.PublicInputs
	b.Model = bundle.Model{Name: "m", Digest: pubs[0].Value}
	b.Adapter = bundle.Adapter{Name: "a", Commitment: pubs[1].Value}
	b.InputDigest, b.OutputDigest = pubs[2].Value, pubs[3].Value
	b.Output = []int64{1, 2, 3}
	return cc.CCS, keys, b, nil
}

// fresh returns the fixture with a deep copy of its bundle to mutate.
func fresh(t *testing.T) (*fixture, *bundle.Bundle) {
	t.Helper()
	f, err := newFixture()
	if err != nil {
		t.Fatal(err)
	}
	b := *f.bundle
	b.PublicInputs = slices.Clone(b.PublicInputs)
	b.Output = slices.Clone(b.Output)
	return f, &b
}

func element(v uint64) string {
	var e fr.Element
	e.SetUint64(v)
	return bundle.FormatElement(e)
}

// fakeOutput is the fixtures' output check: their output digest is not
// commit.OutputDigest of their output, so the default check refuses them.
var fakeOutput = verifier.WithOutputCheck(func(out []int64) (string, error) {
	if !slices.Equal(out, []int64{1, 2, 3}) {
		return "", fmt.Errorf("unexpected output %v", out)
	}
	return element(outputDigest), nil
})

func TestValid(t *testing.T) {
	f, b := fresh(t)
	r, err := verifier.VerifyBundle(b, f.vk, fakeOutput)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{verifier.CheckVK, verifier.CheckStatement, verifier.CheckGroth16, verifier.CheckOutput, verifier.CheckPrediction}; !slices.Equal(r.Checks, want) {
		t.Fatalf("checks %v, want %v", r.Checks, want)
	}
	if r.PublicInputs != 4 || r.VKSHA256 != b.VKSHA256 || r.Circuit != b.Circuit {
		t.Fatalf("report %+v", r)
	}
	s := r.Statement
	if s.Kind != verifier.KindInference || s.ModelDigest != element(3) || s.AdapterCommitment != element(5) || s.InputDigest != element(7) ||
		s.OutputDigest != element(outputDigest) || s.Prediction == nil || *s.Prediction != 2 || s.Input != nil || s.Circuit != "" {
		t.Fatalf("statement %+v", s)
	}
	if l := r.Labels; l.Circuit != b.Circuit.Name || l.Model != "m" || l.Adapter != "a" {
		t.Fatalf("labels %+v", l)
	}
	// Without the fixture's check, the default recomputes commit.OutputDigest.
	if _, err := verifier.VerifyBundle(b, f.vk); !errors.Is(err, verifier.ErrOutputMismatch) {
		t.Fatalf("default output check: %v", err)
	}
}

func TestRefused(t *testing.T) {
	f, _ := fresh(t)
	otherHash, err := bundle.VKSHA256(f.otherVK)
	if err != nil {
		t.Fatal(err)
	}
	// editProof decodes the proof, changes it, and re-encodes valid points.
	editProof := func(edit func(p *groth16_bn254.Proof)) func(b *bundle.Bundle) {
		return func(b *bundle.Bundle) {
			raw, _ := hex.DecodeString(b.Proof[2:])
			p, err := bundle.ProofFromSolidity(raw)
			if err != nil {
				t.Fatal(err)
			}
			edit(p)
			b.Proof = "0x" + hex.EncodeToString(p.MarshalSolidity())
		}
	}
	flip := func(i int) func(b *bundle.Bundle) {
		return func(b *bundle.Bundle) {
			raw, _ := hex.DecodeString(b.Proof[2:])
			raw[i] ^= 0x01
			b.Proof = "0x" + hex.EncodeToString(raw)
		}
	}
	// setInput changes public input i; with statement, the bundle's field too,
	// so that only the proof can tell.
	setInput := func(i int, statement bool) func(b *bundle.Bundle) {
		return func(b *bundle.Bundle) {
			v := element(1000 + uint64(i))
			b.PublicInputs[i].Value = v
			if !statement {
				return
			}
			switch b.PublicInputs[i].Name {
			case "model_digest":
				b.Model.Digest = v
			case "adapter_commitment":
				b.Adapter.Commitment = v
			case "input_digest":
				b.InputDigest = v
			case "output_digest":
				b.OutputDigest = v
			}
		}
	}

	tests := []struct {
		name   string
		mutate func(b *bundle.Bundle)
		vk     groth16.VerifyingKey
		opts   []verifier.Option
		want   error
	}{
		{"proof byte flipped (Ar)", flip(40), nil, nil, verifier.ErrProofInvalid},
		{"proof byte flipped (Bs)", flip(64 + 100), nil, nil, verifier.ErrProofInvalid},
		{"proof byte flipped (Krs)", flip(255), nil, nil, verifier.ErrProofInvalid},
		{"proof byte flipped (commitment)", flip(256 + 31), nil, nil, verifier.ErrProofInvalid},
		{"proof byte flipped (pok)", flip(320 + 63), nil, nil, verifier.ErrProofInvalid},
		{"Ar doubled", editProof(func(p *groth16_bn254.Proof) { p.Ar.Double(&p.Ar) }), nil, nil, verifier.ErrProofInvalid},
		{"Ar and Krs swapped", editProof(func(p *groth16_bn254.Proof) { p.Ar, p.Krs = p.Krs, p.Ar }), nil, nil, verifier.ErrProofInvalid},
		{"commitment replaced", editProof(func(p *groth16_bn254.Proof) {
			_, _, g1, _ := curve.Generators()
			p.Commitments[0] = g1
		}), nil, nil, verifier.ErrProofInvalid},
		{"model_digest input", setInput(0, false), nil, nil, verifier.ErrPublicInputMismatch},
		{"adapter_commitment input", setInput(1, false), nil, nil, verifier.ErrPublicInputMismatch},
		{"input_digest input", setInput(2, false), nil, nil, verifier.ErrPublicInputMismatch},
		{"output_digest input", setInput(3, false), nil, nil, verifier.ErrPublicInputMismatch},
		{"model_digest input and statement", setInput(0, true), nil, nil, verifier.ErrProofInvalid},
		{"adapter_commitment input and statement", setInput(1, true), nil, nil, verifier.ErrProofInvalid},
		{"input_digest input and statement", setInput(2, true), nil, nil, verifier.ErrProofInvalid},
		{"output_digest input and statement", setInput(3, true), nil, nil, verifier.ErrProofInvalid},
		{"model.digest statement", func(b *bundle.Bundle) { b.Model.Digest = element(1) }, nil, nil, verifier.ErrPublicInputMismatch},
		{"adapter dropped from statement", func(b *bundle.Bundle) { b.Adapter = bundle.Adapter{} }, nil, nil, verifier.ErrPublicInputMismatch},
		{"public input renamed", func(b *bundle.Bundle) { b.PublicInputs[2].Name = "salt" }, nil, nil, verifier.ErrPublicInputMismatch},
		{"public input dropped", func(b *bundle.Bundle) { b.PublicInputs = b.PublicInputs[:3] }, nil, nil, verifier.ErrPublicInputMismatch},
		{"public inputs reordered", func(b *bundle.Bundle) {
			b.PublicInputs[0], b.PublicInputs[1] = b.PublicInputs[1], b.PublicInputs[0]
		}, nil, nil, verifier.ErrPublicInputMismatch},
		{"public input names and statement swapped", func(b *bundle.Bundle) {
			b.PublicInputs[0].Name, b.PublicInputs[1].Name = b.PublicInputs[1].Name, b.PublicInputs[0].Name
			b.Model.Digest, b.Adapter.Commitment = b.Adapter.Commitment, b.Model.Digest
		}, nil, nil, verifier.ErrPublicInputMismatch},
		{"vk hash changed", func(b *bundle.Bundle) { b.VKSHA256 = strings.Repeat("0", 64) }, nil, nil, verifier.ErrVKMismatch},
		{"another vk", nil, f.otherVK, nil, verifier.ErrVKMismatch},
		{"another vk, hash to match", func(b *bundle.Bundle) { b.VKSHA256 = otherHash }, f.otherVK, nil, verifier.ErrProofInvalid},
		{"output digest recomputed differently", nil, nil, []verifier.Option{verifier.WithOutputCheck(func([]int64) (string, error) {
			return element(outputDigest + 1), nil
		})}, verifier.ErrOutputMismatch},
		{"output digest not computable", nil, nil, []verifier.Option{verifier.WithOutputCheck(func([]int64) (string, error) {
			return "", errors.New("output has the wrong length")
		})}, verifier.ErrOutputMismatch},
		{"output changed", func(b *bundle.Bundle) { b.Output[0] = 9 }, nil, []verifier.Option{verifier.WithOutputCheck(func(out []int64) (string, error) {
			if out[0] != 1 {
				return element(uint64(out[0])), nil
			}
			return element(outputDigest), nil
		})}, verifier.ErrOutputMismatch},
		{"malformed bundle", func(b *bundle.Bundle) { b.Version = 9 }, nil, nil, verifier.ErrBadInput},
		{"nil vk", nil, groth16.VerifyingKey(nil), nil, verifier.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, b := fresh(t)
			if tc.mutate != nil {
				tc.mutate(b)
			}
			vk := f.vk
			if tc.vk != nil || tc.name == "nil vk" {
				vk = tc.vk
			}
			_, err := verifier.VerifyBundle(b, vk, append([]verifier.Option{fakeOutput}, tc.opts...)...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			// Every failure other than bad input must not pass for bad input,
			// so the CLI can tell "verification failed" (exit 1) from exit 2.
			if tc.want != verifier.ErrBadInput && errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("%v also wraps ErrBadInput", err)
			}
		})
	}
	if _, err := verifier.VerifyBundle(nil, f.vk); !errors.Is(err, verifier.ErrBadInput) {
		t.Fatalf("nil bundle: got %v, want ErrBadInput", err)
	}
}

// TestVerifyKeySources checks Verify with the key store and with one given
// key: the same checks as VerifyBundle when the key is the bundle's, and the
// store's refusals (no entry, another circuit's entry) otherwise.
func TestVerifyKeySources(t *testing.T) {
	f, b := fresh(t)
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifier.Verify(b, ks); !errors.Is(err, errs.ErrBadInput) || !keystore.IsNotFound(err) {
		t.Fatalf("empty store: %v, want not found (bad input)", err)
	}
	info := keystore.Info{CircuitName: b.Circuit.Name, Constraints: b.Circuit.Constraints, Setup: keystore.SetupDev}
	if err := ks.Put(b.Circuit.Digest, info, f.keys.PK, f.keys.VK); err != nil {
		t.Fatal(err)
	}
	want, err := verifier.VerifyBundle(b, f.vk, fakeOutput)
	if err != nil {
		t.Fatal(err)
	}
	upper := *b
	upper.VKSHA256 = strings.ToUpper(b.VKSHA256)
	for name, tc := range map[string]struct {
		b    *bundle.Bundle
		keys keystore.VerifyingKeys
	}{
		"store":            {b, ks},
		"store, upper hex": {&upper, ks},
		"given key":        {b, verifier.Key{VK: f.vk}},
	} {
		got, err := verifier.Verify(tc.b, tc.keys, fakeOutput)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// The store's manifest confirms the circuit: it moves from the
		// labels to the statement.
		checks, circuit := want.Checks, ""
		if tc.keys == keystore.VerifyingKeys(ks) {
			checks, circuit = append([]string{verifier.CheckCircuit}, want.Checks...), b.Circuit.Name
		}
		if !slices.Equal(got.Checks, checks) || got.VKSHA256 != want.VKSHA256 || got.Statement.Circuit != circuit || (got.Labels.Circuit == "") != (circuit != "") {
			t.Fatalf("%s: report %+v, want %+v", name, got, want)
		}
	}
	for name, tc := range map[string]struct {
		b    func() *bundle.Bundle
		keys keystore.VerifyingKeys
		want error
	}{
		"another key":           {func() *bundle.Bundle { return b }, verifier.Key{VK: f.otherVK}, verifier.ErrVKMismatch},
		"no key":                {func() *bundle.Bundle { return b }, verifier.Key{}, errs.ErrBadInput},
		"another circuit name":  {func() *bundle.Bundle { c := *b; c.Circuit.Name = "other"; return &c }, ks, keystore.ErrKeyMismatch},
		"another vk hash":       {func() *bundle.Bundle { c := *b; c.VKSHA256 = strings.Repeat("0", 64); return &c }, ks, keystore.ErrKeyMismatch},
		"tampered public input": {func() *bundle.Bundle { c := *b; c.InputDigest = element(8); return &c }, ks, verifier.ErrPublicInputMismatch},
		"nil bundle":            {func() *bundle.Bundle { return nil }, ks, errs.ErrBadInput},
	} {
		if _, err := verifier.Verify(tc.b(), tc.keys, fakeOutput); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}
