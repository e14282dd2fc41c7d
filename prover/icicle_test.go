//go:build icicle

package prover

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/openproof/openproof/bench/gpu/chain"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover/internal/toy"
)

// These tests run on ICICLE's CPU device (scripts/icicle/test.sh builds it; CI runs
// them). gnark's ICICLE prover runs every MSM with a 2^16-bucket window unless
// ICICLE_MSM_MAX_WINDOW says otherwise: right for a GPU, but on the CPU device it
// costs seconds per MSM whatever its size (a 1,024-constraint proof took 38 s).
// 11 is the CPU backend's own choice for 2^16 points (log2 n − 5); gnark reads the
// variable once per process, so it is set before any proof.
const cpuMSMWindow = "11"

func TestMain(m *testing.M) {
	if os.Getenv("ICICLE_MSM_MAX_WINDOW") == "" {
		if err := os.Setenv("ICICLE_MSM_MAX_WINDOW", cpuMSMWindow); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	os.Exit(m.Run())
}

// icicleFixture is a compiled circuit with its keys and witness.
type icicleFixture struct {
	ccs    constraint.ConstraintSystem
	pk     groth16.ProvingKey
	vk     groth16.VerifyingKey
	full   witness.Witness
	public witness.Witness
	muls   int // chain circuits: the number of squarings
}

func setupFixture(t testing.TB, ccs constraint.ConstraintSystem, full witness.Witness) *icicleFixture {
	t.Helper()
	start := time.Now()
	pk, vk, err := DevSetup(context.Background(), ccs)
	if err != nil {
		t.Fatal(err)
	}
	public, err := full.Public()
	if err != nil {
		t.Fatalf("public witness: %v", err)
	}
	t.Logf("%d constraints: setup %v", ccs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))
	return &icicleFixture{ccs: ccs, pk: pk, vk: vk, full: full, public: public}
}

// chainFixture is a chain circuit of exactly n constraints with one commitment.
func chainFixture(t testing.TB, n int) *icicleFixture {
	t.Helper()
	in, err := chain.Build(context.Background(), n)
	if err != nil {
		t.Fatal(err)
	}
	fx := setupFixture(t, in.CCS, in.Full)
	fx.muls = in.Muls
	return fx
}

// demoFixture is the demo's inference circuit (the embedded MNIST model with its
// LoRA adapter) with the witness for the first embedded digit.
func demoFixture(t testing.TB) *icicleFixture {
	t.Helper()
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	q, err := quant.FromModel(base)
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	qa, err := quant.FromPEFT(q, ad, "embedded")
	if err != nil {
		t.Fatal(err)
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	shape := qa.Shape(len(q.Layers))
	circuit, err := lora.New(q, shape)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := Compile(context.Background(), circuit)
	if err != nil {
		t.Fatal(err)
	}
	key := commit.DemoKey()
	key.Salt.SetUint64(0x2a)
	assignment, err := lora.Assign(q, shape, quant.QuantizeInput(samples.Images[0], q.InputExp), qa, key)
	if err != nil {
		t.Fatal(err)
	}
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return setupFixture(t, ccs, full)
}

func newIcicleCPU(t testing.TB, pin bool) *icicleBackend {
	t.Helper()
	b, err := newIcicleWith(icicleConfig{device: icicle.CPU, pin: pin})
	if err != nil {
		t.Fatalf("ICICLE CPU backend: %v", err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return b
}

// proveChecked proves with b, and checks that the proof verifies with the standard
// verifier, has the Solidity byte layout, and still verifies when parsed back from
// those bytes.
func proveChecked(t *testing.T, b Backend, fx *icicleFixture) *groth16_bn254.Proof {
	t.Helper()
	start := time.Now()
	proof, err := b.Prove(context.Background(), fx.ccs, fx.pk, fx.full)
	if err != nil {
		t.Fatalf("%s prove: %v", b.Name(), err)
	}
	t.Logf("%s proved %d constraints in %v", b.Name(), fx.ccs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))
	if err := Verify(fx.vk, proof, fx.public); err != nil {
		t.Fatalf("verify: %v", err)
	}
	back := solidityRoundTrip(t, proof, 1)
	if err := Verify(fx.vk, back, fx.public); err != nil {
		t.Fatalf("verify the proof parsed from its Solidity bytes: %v", err)
	}
	return proof.(*groth16_bn254.Proof)
}

// solidityRoundTrip checks the Solidity calldata layout of proof (A, B, C, then the
// commitments and their proof of knowledge, 64 bytes per G1 point and 128 per G2) and
// parses it back into a proof.
func solidityRoundTrip(t *testing.T, proof groth16.Proof, nbCommitments int) *groth16_bn254.Proof {
	t.Helper()
	p, ok := proof.(*groth16_bn254.Proof)
	if !ok {
		t.Fatalf("proof is %T, want *groth16_bn254.Proof", proof)
	}
	if len(p.Commitments) != nbCommitments {
		t.Fatalf("proof has %d commitments, want %d", len(p.Commitments), nbCommitments)
	}
	sol := p.MarshalSolidity()
	want := 64 + 128 + 64
	if nbCommitments > 0 {
		want += 64*nbCommitments + 64
	}
	if len(sol) != want {
		t.Fatalf("MarshalSolidity: %d bytes, want %d", len(sol), want)
	}
	// The points must sit where the Solidity verifier reads them.
	at := map[int][]byte{0: p.Ar.Marshal(), 64: p.Bs.Marshal(), 192: p.Krs.Marshal()}
	if nbCommitments > 0 {
		at[256] = p.Commitments[0].Marshal()
		at[256+64*nbCommitments] = p.CommitmentPok.Marshal()
	}
	for off, m := range at {
		if !bytes.Equal(sol[off:off+len(m)], m) {
			t.Errorf("Solidity bytes at offset %d are not the expected point", off)
		}
	}
	// MarshalSolidity is WriteRawTo without the commitment count; put it back.
	raw := append([]byte{}, sol[:256]...)
	if nbCommitments > 0 {
		raw = binary.BigEndian.AppendUint32(raw, uint32(nbCommitments))
	}
	raw = append(raw, sol[256:]...)
	var back groth16_bn254.Proof
	if _, err := back.ReadFrom(bytes.NewReader(raw)); err != nil {
		t.Fatalf("parse Solidity bytes: %v", err)
	}
	if got := back.MarshalSolidity(); !bytes.Equal(got, sol) {
		t.Fatal("Solidity bytes changed in a round trip")
	}
	return &back
}

// The demo circuit, through NewBackend as the CLI gets it: the proof verifies with
// the standard verifier and has the Solidity layout; every tampered proof part and
// every wrong public input is rejected.
func TestIcicleDemoCircuit(t *testing.T) {
	if testing.Short() {
		t.Skip("demo circuit (42,302 constraints) on ICICLE's CPU device skipped in -short mode")
	}
	fx := demoFixture(t)
	t.Setenv(EnvIcicleDevice, "cpu")
	b, err := NewBackend("icicle")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.(interface{ Close() error }).Close() })
	if got := b.Name(); got != "icicle-cpu" {
		t.Errorf("Name() = %q, want icicle-cpu", got)
	}
	proof := proveChecked(t, b, fx)
	checkTamperedRejected(t, fx, proof)
}

// checkTamperedRejected checks that Verify rejects proof with any one part replaced
// by another valid curve point, and with any one public input changed.
func checkTamperedRejected(t *testing.T, fx *icicleFixture, proof *groth16_bn254.Proof) {
	t.Helper()
	_, _, g1, g2 := bn254.Generators()
	tampers := []struct {
		name string
		edit func(p *groth16_bn254.Proof)
	}{
		{"A", func(p *groth16_bn254.Proof) { p.Ar.Add(&p.Ar, &g1) }},
		{"B", func(p *groth16_bn254.Proof) { p.Bs.Add(&p.Bs, &g2) }},
		{"C", func(p *groth16_bn254.Proof) { p.Krs.Add(&p.Krs, &g1) }},
		{"commitment", func(p *groth16_bn254.Proof) { p.Commitments[0].Add(&p.Commitments[0], &g1) }},
		{"commitment proof of knowledge", func(p *groth16_bn254.Proof) { p.CommitmentPok.Add(&p.CommitmentPok, &g1) }},
		{"A negated", func(p *groth16_bn254.Proof) { p.Ar.Neg(&p.Ar) }},
	}
	for _, tc := range tampers {
		t.Run("tampered "+tc.name, func(t *testing.T) {
			bad := *proof
			bad.Commitments = append([]bn254.G1Affine(nil), proof.Commitments...)
			tc.edit(&bad)
			if err := Verify(fx.vk, &bad, fx.public); !errors.Is(err, ErrProofInvalid) {
				t.Errorf("Verify = %v, want ErrProofInvalid", err)
			}
		})
	}
	vec := fx.public.Vector().(fr.Vector)
	for i := range vec {
		t.Run(fmt.Sprintf("public input %d changed", i), func(t *testing.T) {
			w := copyWitness(t, fx.public)
			v := w.Vector().(fr.Vector)
			var one fr.Element
			one.SetOne()
			v[i].Add(&v[i], &one)
			if err := Verify(fx.vk, proof, w); !errors.Is(err, ErrProofInvalid) {
				t.Errorf("Verify = %v, want ErrProofInvalid", err)
			}
		})
	}
	if err := Verify(fx.vk, proof, fx.public); err != nil {
		t.Errorf("the untampered proof no longer verifies: %v", err)
	}
}

func copyWitness(t *testing.T, w witness.Witness) witness.Witness {
	t.Helper()
	b, err := w.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	c, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return c
}

// A circuit of 2^16 constraints, the size CI must cover.
func TestIcicleProve2to16(t *testing.T) {
	if testing.Short() {
		t.Skip("2^16-constraint ICICLE CPU proof skipped in -short mode")
	}
	fx := chainFixture(t, 1<<16)
	proof := proveChecked(t, newIcicleCPU(t, true), fx)
	checkTamperedRejected(t, fx, proof)
}

func TestIcicleProveSmall(t *testing.T) {
	fx := chainFixture(t, 1<<10)
	for _, pin := range []bool{false, true} {
		t.Run(fmt.Sprintf("pin=%v", pin), func(t *testing.T) {
			b := newIcicleCPU(t, pin)
			if got := b.Name(); got != "icicle-cpu" {
				t.Errorf("Name() = %q, want icicle-cpu", got)
			}
			// Twice: the second proof reuses the cached device key.
			first := proveChecked(t, b, fx)
			second := proveChecked(t, b, fx)
			if first.Ar.Equal(&second.Ar) {
				t.Error("two proofs share A: the prover's randomness is not fresh")
			}
			if len(b.keys) != 1 {
				t.Errorf("cache holds %d keys after two proofs with one key, want 1", len(b.keys))
			}
		})
	}
}

// The proof must carry the Solidity hash-to-field: gnark's default verifier, which
// hashes the commitment differently, must reject it, and a wrong statement too.
func TestIcicleProofIsSolidityTargeted(t *testing.T) {
	fx := chainFixture(t, 1<<10)
	proof := proveChecked(t, newIcicleCPU(t, false), fx)
	if err := groth16.Verify(proof, fx.vk, fx.public); err == nil {
		t.Error("gnark's default verifier accepted the proof: it was not made for the Solidity verifier")
	}
	wrong, err := chain.PublicWitness(3, chain.Output(3, fx.muls+1))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(fx.vk, proof, wrong); !errors.Is(err, ErrProofInvalid) {
		t.Errorf("Verify against another output = %v, want ErrProofInvalid", err)
	}
}

// Inputs that do not belong together must give errors, not crash a device goroutine.
func TestIcicleRejectsMismatchedInputs(t *testing.T) {
	small := chainFixture(t, 1<<10)
	other := chainFixture(t, 1<<11)
	plonkCCS, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &chain.Circuit{Muls: 4})
	if err != nil {
		t.Fatal(err)
	}
	blsWitness, err := frontend.NewWitness(&chain.Circuit{In: 3, Out: 5}, ecc.BLS12_381.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	b := newIcicleCPU(t, false)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	tests := []struct {
		name string
		ctx  context.Context
		ccs  constraint.ConstraintSystem
		pk   groth16.ProvingKey
		full witness.Witness
		is   error
	}{
		{name: "key of another circuit", ctx: context.Background(), ccs: small.ccs, pk: other.pk, full: small.full, is: ErrBadInput},
		{name: "PLONK constraint system", ctx: context.Background(), ccs: plonkCCS, pk: small.pk, full: small.full, is: ErrBadInput},
		{name: "BLS12-381 witness", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: blsWitness, is: ErrBadInput},
		{name: "witness of another circuit", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: other.full},
		{name: "nil witness", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: nil, is: ErrBadInput},
		{name: "nil key", ctx: context.Background(), ccs: small.ccs, pk: nil, full: small.full, is: ErrBadInput},
		{name: "cancelled context", ctx: cancelled, ccs: small.ccs, pk: small.pk, full: small.full, is: context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			proof, err := b.Prove(tc.ctx, tc.ccs, tc.pk, tc.full)
			if err == nil {
				t.Fatalf("Prove = %v, want an error", proof)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %q does not wrap %v", err, tc.is)
			}
		})
	}
	// The backend still works after the rejections.
	proveChecked(t, b, small)
}

// A key cache of bounded size: more keys than it holds, a reused key after eviction,
// a key value overwritten by a new setup, and a proof after Close all give valid
// proofs.
func TestIcicleKeyCache(t *testing.T) {
	var fxs []*icicleFixture
	for i := 0; i < icicleKeyCacheSize+1; i++ {
		fxs = append(fxs, chainFixture(t, 1<<9+64*i))
	}
	b := newIcicleCPU(t, true)
	for _, fx := range fxs {
		proveChecked(t, b, fx)
	}
	if len(b.keys) != icicleKeyCacheSize {
		t.Errorf("cache holds %d keys, want %d", len(b.keys), icicleKeyCacheSize)
	}
	proveChecked(t, b, fxs[0]) // evicted above

	// Same *ProvingKey, new setup of the same circuit: the device copy is stale.
	fx := fxs[0]
	pk2, vk2, err := DevSetup(context.Background(), fx.ccs)
	if err != nil {
		t.Fatal(err)
	}
	*fx.pk.(*groth16_bn254.ProvingKey) = *pk2.(*groth16_bn254.ProvingKey)
	fx.vk = vk2
	proveChecked(t, b, fx)

	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if len(b.keys) != 0 {
		t.Errorf("cache holds %d keys after Close", len(b.keys))
	}
	proveChecked(t, b, fxs[1])
}

func TestIcicleDeviceSelection(t *testing.T) {
	if _, err := newIcicleWith(icicleConfig{device: icicle.CPU, deviceID: 1}); !errors.Is(err, ErrIcicleUnavailable) {
		t.Errorf("CPU device 1: error %v, want ErrIcicleUnavailable", err)
	}
	b, err := newIcicleWith(icicleConfig{device: icicle.CUDA})
	if err == nil {
		_ = b.Close()
		t.Skip("a CUDA device is available")
	}
	if !errors.Is(err, ErrIcicleUnavailable) {
		t.Errorf("CUDA without a GPU: error %v, want ErrIcicleUnavailable", err)
	}
}

func TestIcicleNewBackendFromEnv(t *testing.T) {
	tests := []struct {
		device string
		name   string // "": an error wrapping is
		is     error
	}{
		{device: "cpu", name: "icicle-cpu"},
		{device: "CPU", name: "icicle-cpu"},
		{device: "metal", is: ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.device, func(t *testing.T) {
			t.Setenv(EnvIcicleDevice, tc.device)
			b, err := NewBackend("icicle")
			if tc.name == "" {
				if !errors.Is(err, tc.is) {
					t.Fatalf("NewBackend = %v, %v; want an error wrapping %v", b, err, tc.is)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b.Name() != tc.name {
				t.Errorf("Name() = %q, want %q", b.Name(), tc.name)
			}
		})
	}
}

func TestIcicleConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    icicleConfig
		wantErr bool
	}{
		{name: "defaults", env: nil, want: icicleConfig{device: icicle.CUDA, pin: true}},
		{name: "cpu", env: map[string]string{EnvIcicleDevice: "CPU"}, want: icicleConfig{device: icicle.CPU, pin: true}},
		{name: "second gpu unpinned", env: map[string]string{EnvIcicleDevice: "cuda", EnvIcicleDeviceID: "1", EnvIciclePin: "0"}, want: icicleConfig{device: icicle.CUDA, deviceID: 1}},
		{name: "gpu alias", env: map[string]string{EnvIcicleDevice: " gpu ", EnvIciclePin: "false"}, want: icicleConfig{device: icicle.CUDA}},
		{name: "unknown device", env: map[string]string{EnvIcicleDevice: "metal"}, wantErr: true},
		{name: "negative id", env: map[string]string{EnvIcicleDeviceID: "-1"}, wantErr: true},
		{name: "non-numeric id", env: map[string]string{EnvIcicleDeviceID: "gpu0"}, wantErr: true},
		{name: "bad pin", env: map[string]string{EnvIciclePin: "sometimes"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := icicleConfigFromEnv(func(k string) string { return tc.env[k] })
			if tc.wantErr {
				if err == nil {
					t.Fatalf("got %+v, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestIcicleSolveThenProve: ICICLE's prover takes the solver options, so a
// proof whose public inputs depend on its own commitment's challenge
// (learned by Solve under FixedMask, as delta's fingerprint binding does)
// verifies when ICICLE proves it under the same mask.
func TestIcicleSolveThenProve(t *testing.T) {
	ctx := context.Background()
	ccs, err := Compile(ctx, &toy.Fingerprint{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	mask, err := FixedMask()
	if err != nil {
		t.Fatal(err)
	}
	const y = 4321
	a := &toy.Fingerprint{Seed: 5, Rho: 0, Eval: 0, Y: y}
	var rho *big.Int
	record := solver.OverrideHint(solver.GetHintID(toy.Capture), func(m *big.Int, in, out []*big.Int) error {
		rho = new(big.Int).Set(in[0])
		return toy.Capture(m, in, out)
	})
	w0, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	_ = Solve(ctx, ccs, pk, w0, mask, record)
	if rho == nil {
		t.Fatal("the capture hint never ran")
	}
	a.Rho = rho
	a.Eval = new(big.Int).Mod(new(big.Int).Mul(rho, big.NewInt(y)), ecc.BN254.ScalarField())
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := newIcicleCPU(t, false).Prove(ctx, ccs, pk, full, mask)
	if err != nil {
		t.Fatalf("icicle prove with the learned challenge: %v", err)
	}
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, proof, pub); err != nil {
		t.Fatalf("verify: %v", err)
	}
}
