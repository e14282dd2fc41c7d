package prover_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/internal/toy"
)

type fixture struct {
	ccs  constraint.ConstraintSystem
	pk   groth16.ProvingKey
	vk   groth16.VerifyingKey
	full witness.Witness
	pub  witness.Witness
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	ccs, err := prover.Compile(ctx, &toy.Cube{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	full := mustWitness(t, toy.CubeAssignment(7))
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{ccs: ccs, pk: pk, vk: vk, full: full, pub: pub}
}

func mustWitness(t *testing.T, a frontend.Circuit) witness.Witness {
	t.Helper()
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestCompileOneCommitment(t *testing.T) {
	ccs, err := prover.Compile(context.Background(), &toy.Cube{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("toy circuit has %d commitments, want exactly 1 (as the real circuits)", n)
	}
}

func TestCircuitDigestDeterministic(t *testing.T) {
	ctx := context.Background()
	digest := func(c frontend.Circuit) string {
		ccs, err := prover.Compile(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		d, err := prover.CircuitDigest(ccs)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b := digest(&toy.Cube{}), digest(&toy.Cube{})
	if a != b {
		t.Fatalf("two compilations of the same circuit differ: %s vs %s", a, b)
	}
	if len(a) != 64 {
		t.Fatalf("digest %q is not 64 hex characters", a)
	}
	if c := digest(&toy.Statement{}); c == a {
		t.Fatal("different circuits have the same digest")
	}
}

func TestProveVerify(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	proof, err := prover.CPU().Prove(ctx, f.ccs, f.pk, f.full)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(f.vk, proof, f.pub); err != nil {
		t.Fatalf("valid proof refused: %v", err)
	}
	// The proof is bound to the Solidity target's hash-to-field: gnark's
	// default verifier (another hash) must refuse it.
	if err := groth16.Verify(proof, f.vk, f.pub); err == nil {
		t.Fatal("proof verified with gnark's default hash-to-field: prover is not using the Solidity target")
	}

	otherPub, err := mustWitness(t, toy.CubeAssignment(8)).Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(f.vk, proof, otherPub); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof against another public input: got %v, want ErrProofInvalid", err)
	}

	_, vk2, err := prover.DevSetup(ctx, f.ccs)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk2, proof, f.pub); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof against another setup's key: got %v, want ErrProofInvalid", err)
	}
}

func TestProveBadInputs(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	otherCCS, err := prover.Compile(ctx, &toy.Statement{})
	if err != nil {
		t.Fatal(err)
	}
	otherPK, _, err := prover.DevSetup(ctx, otherCCS)
	if err != nil {
		t.Fatal(err)
	}
	unsatisfied := mustWitness(t, &toy.Cube{X: 9, Y: 2})
	tooBig := mustWitness(t, &toy.Cube{X: 1 << 48, Y: 1 << 16}) // y³ = x holds, the range check does not

	tests := []struct {
		name    string
		ccs     constraint.ConstraintSystem
		pk      groth16.ProvingKey
		w       witness.Witness
		wantBad bool // ErrBadInput; otherwise any error
	}{
		{"nil ccs", nil, f.pk, f.full, true},
		{"nil pk", f.ccs, nil, f.full, true},
		{"nil witness", f.ccs, f.pk, nil, true},
		{"key of another circuit", f.ccs, otherPK, f.full, true},
		{"unsatisfied", f.ccs, f.pk, unsatisfied, false},
		{"range check fails", f.ccs, f.pk, tooBig, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := prover.CPU().Prove(ctx, tc.ccs, tc.pk, tc.w)
			if err == nil {
				t.Fatal("proved")
			}
			if tc.wantBad && !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("got %v, want ErrBadInput", err)
			}
		})
	}
}

func TestVerifyBadInputs(t *testing.T) {
	f := newFixture(t)
	proof, err := prover.CPU().Prove(context.Background(), f.ccs, f.pk, f.full)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		vk    groth16.VerifyingKey
		proof groth16.Proof
		pub   witness.Witness
	}{
		{"nil vk", nil, proof, f.pub},
		{"nil proof", f.vk, nil, f.pub},
		{"nil witness", f.vk, proof, nil},
		{"full witness", f.vk, proof, f.full},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := prover.Verify(tc.vk, tc.proof, tc.pub); !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("got %v, want ErrBadInput", err)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := prover.Compile(ctx, &toy.Cube{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Compile: got %v, want context.Canceled", err)
	}
	if _, _, err := prover.DevSetup(ctx, f.ccs); !errors.Is(err, context.Canceled) {
		t.Errorf("DevSetup: got %v, want context.Canceled", err)
	}
	if _, err := prover.CPU().Prove(ctx, f.ccs, f.pk, f.full); !errors.Is(err, context.Canceled) {
		t.Errorf("Prove: got %v, want context.Canceled", err)
	}
}

func TestNewBackend(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"cpu", true},
		{"CPU", false},
		{"", false},
		{"gpu", false},
	}
	for _, tc := range tests {
		b, err := prover.NewBackend(tc.name)
		if tc.ok {
			if err != nil || b.Name() != tc.name {
				t.Errorf("NewBackend(%q) = %v, %v", tc.name, b, err)
			}
			continue
		}
		if !errors.Is(err, prover.ErrBadInput) {
			t.Errorf("NewBackend(%q): got %v, want ErrBadInput", tc.name, err)
		}
	}
}

func TestPublicNames(t *testing.T) {
	tests := []struct {
		circuit frontend.Circuit
		want    []string
	}{
		{&toy.Cube{}, []string{"x"}},
		{&toy.Statement{}, []string{"model_digest", "adapter_commitment", "input_digest", "output_digest"}},
	}
	for _, tc := range tests {
		got, err := prover.PublicNames(tc.circuit)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%T: got %v, want %v", tc.circuit, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Fatalf("%T: got %v, want %v", tc.circuit, got, tc.want)
			}
		}
	}
}

// TestDevSetupAlignsCommitmentKey: DevSetup's commitment key has the key's γ
// as its G2 point (gnark's own setup draws another), its proofs verify
// (TestProveVerify), and a proof whose commitment or proof of knowledge moved
// does not.
func TestDevSetupAlignsCommitmentKey(t *testing.T) {
	f := newFixture(t)
	if !prover.CommitmentKeyAligned(f.vk.(*groth16_bn254.VerifyingKey)) {
		t.Fatal("DevSetup's commitment key does not use the key's γ")
	}
	_, rawVK, err := groth16.Setup(f.ccs)
	if err != nil {
		t.Fatal(err)
	}
	if prover.CommitmentKeyAligned(rawVK.(*groth16_bn254.VerifyingKey)) {
		t.Fatal("gnark's own setup reported aligned: the check cannot tell keys apart")
	}
	if prover.CommitmentKeyAligned(&groth16_bn254.VerifyingKey{}) {
		t.Fatal("a key without commitments reported aligned")
	}

	proof, err := prover.CPU().Prove(context.Background(), f.ccs, f.pk, f.full)
	if err != nil {
		t.Fatal(err)
	}
	_, _, g1, _ := curve.Generators()
	for _, tc := range []struct {
		name string
		move func(p *groth16_bn254.Proof)
	}{
		{"commitment", func(p *groth16_bn254.Proof) { p.Commitments[0].Add(&p.Commitments[0], &g1) }},
		{"proof of knowledge", func(p *groth16_bn254.Proof) { p.CommitmentPok.Add(&p.CommitmentPok, &g1) }},
	} {
		p := *proof.(*groth16_bn254.Proof)
		p.Commitments = append([]curve.G1Affine(nil), p.Commitments...)
		tc.move(&p)
		if err := prover.Verify(f.vk, &p, f.pub); !errors.Is(err, prover.ErrProofInvalid) {
			t.Errorf("%s moved: got %v, want ErrProofInvalid", tc.name, err)
		}
	}
}

// TestSolveLearnsChallenge: Solve computes the commitment as the prover
// does, so the challenge it reveals (through a hint override) is the one
// the proof uses: a proof with it as a public input verifies, one with any
// other value cannot be made.
func TestSolveLearnsChallenge(t *testing.T) {
	ctx := context.Background()
	ccs, err := prover.Compile(ctx, &toy.Fingerprint{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	const y = 1234
	a := &toy.Fingerprint{Seed: 77, Rho: 0, Eval: 0, Y: y}
	var rho *big.Int
	record := solver.OverrideHint(solver.GetHintID(toy.Capture), func(m *big.Int, in, out []*big.Int) error {
		rho = new(big.Int).Set(in[0])
		return toy.Capture(m, in, out)
	})
	mask, err := prover.FixedMask()
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Solve(ctx, ccs, pk, mustWitness(t, a), mask, record); err == nil {
		t.Fatal("solved with placeholder public inputs")
	}
	if rho == nil {
		t.Fatal("the capture hint never ran")
	}
	a.Rho = rho
	a.Eval = new(big.Int).Mod(new(big.Int).Mul(rho, big.NewInt(y)), ecc.BN254.ScalarField())
	full := mustWitness(t, a)
	proof, err := prover.CPU().Prove(ctx, ccs, pk, full, mask)
	if err != nil {
		t.Fatalf("prove with the learned challenge: %v", err)
	}
	// Without the same mask the commitment, hence the challenge, differs.
	if _, err := prover.CPU().Prove(ctx, ccs, pk, full); err == nil {
		t.Fatal("proved with a fresh mask and the old challenge")
	}
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk, proof, pub); err != nil {
		t.Fatalf("verify: %v", err)
	}
	// Another seed changes the commitment's hash, so the old challenge fails.
	a.Seed = 78
	if _, err := prover.CPU().Prove(ctx, ccs, pk, mustWitness(t, a), mask); err == nil {
		t.Fatal("proved with a stale challenge")
	}
}
