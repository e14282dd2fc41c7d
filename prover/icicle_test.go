//go:build icicle

package prover

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/std/rangecheck"
)

// chainCircuit is a chain of squarings (one constraint each) ending in a public
// output, plus 8-bit range checks whose lookup argument gives the circuit exactly one
// Groth16 commitment, like the inference circuit. Its size is set by Muls.
type chainCircuit struct {
	In    frontend.Variable `gnark:",public"`
	Out   frontend.Variable `gnark:",public"`
	Bytes []frontend.Variable
	Muls  int `gnark:"-"`
}

func (c *chainCircuit) Define(api frontend.API) error {
	acc := c.In
	for i := 0; i < c.Muls; i++ {
		acc = api.Add(api.Mul(acc, acc), i+1)
	}
	api.AssertIsEqual(acc, c.Out)
	rc := rangecheck.New(api)
	for _, b := range c.Bytes {
		rc.Check(b, 8)
	}
	return nil
}

// chainAssignment is a satisfying assignment for a circuit of the given shape.
func chainAssignment(muls, nbBytes int) *chainCircuit {
	var acc fr.Element
	acc.SetUint64(3)
	a := &chainCircuit{In: 3, Bytes: make([]frontend.Variable, nbBytes)}
	for i := 0; i < muls; i++ {
		var c fr.Element
		c.SetUint64(uint64(i + 1))
		acc.Square(&acc).Add(&acc, &c)
	}
	a.Out = acc
	for i := range a.Bytes {
		a.Bytes[i] = (i * 37) % 256
	}
	return a
}

// chainOfSize compiles a chain circuit of exactly target constraints, an eighth of
// them spent on range checks. The range-check part is compiled alone first to learn
// its cost, since the squarings add exactly one constraint each.
func chainOfSize(target int) (constraint.ConstraintSystem, witness.Witness, error) {
	nbBytes := target / 16
	compile := func(muls int) (constraint.ConstraintSystem, error) {
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder,
			&chainCircuit{Bytes: make([]frontend.Variable, nbBytes), Muls: muls})
	}
	base, err := compile(0)
	if err != nil {
		return nil, nil, fmt.Errorf("compile range checks: %w", err)
	}
	muls := target - base.GetNbConstraints()
	if muls < 1 {
		return nil, nil, fmt.Errorf("target %d below the %d constraints of the range checks", target, base.GetNbConstraints())
	}
	ccs, err := compile(muls)
	if err != nil {
		return nil, nil, fmt.Errorf("compile chain: %w", err)
	}
	if n := ccs.GetNbConstraints(); n != target {
		return nil, nil, fmt.Errorf("compiled %d constraints, want %d", n, target)
	}
	full, err := frontend.NewWitness(chainAssignment(muls, nbBytes), ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, fmt.Errorf("witness: %w", err)
	}
	return ccs, full, nil
}

// icicleFixture is a compiled circuit with its keys and witness.
type icicleFixture struct {
	ccs    constraint.ConstraintSystem
	pk     groth16.ProvingKey
	vk     groth16.VerifyingKey
	full   witness.Witness
	public witness.Witness
}

func newIcicleFixture(t testing.TB, constraints int) *icicleFixture {
	t.Helper()
	start := time.Now()
	ccs, full, err := chainOfSize(constraints)
	if err != nil {
		t.Fatal(err)
	}
	compiled := time.Since(start)
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	public, err := full.Public()
	if err != nil {
		t.Fatalf("public witness: %v", err)
	}
	t.Logf("%d constraints: compile %v, setup %v", constraints, compiled.Round(time.Millisecond), (time.Since(start) - compiled).Round(time.Millisecond))
	return &icicleFixture{ccs: ccs, pk: pk, vk: vk, full: full, public: public}
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

func TestIcicleProveSmall(t *testing.T) {
	fx := newIcicleFixture(t, 1<<10)
	ctx := context.Background()
	for _, pin := range []bool{false, true} {
		t.Run(fmt.Sprintf("pin=%v", pin), func(t *testing.T) {
			b := newIcicleCPU(t, pin)
			if got := b.Name(); got != "icicle-cpu" {
				t.Errorf("Name() = %q, want icicle-cpu", got)
			}
			// Twice: the second proof reuses the cached device key.
			for i := 0; i < 2; i++ {
				proof, err := b.Prove(ctx, fx.ccs, fx.pk, fx.full)
				if err != nil {
					t.Fatalf("prove %d: %v", i, err)
				}
				if err := Verify(fx.vk, proof, fx.public); err != nil {
					t.Fatalf("verify proof %d: %v", i, err)
				}
				back := solidityRoundTrip(t, proof, 1)
				if err := Verify(fx.vk, back, fx.public); err != nil {
					t.Fatalf("verify proof %d parsed from Solidity bytes: %v", i, err)
				}
			}
		})
	}
}

// The proof must carry the Solidity hash-to-field: gnark's default verifier, which
// hashes the commitment differently, must reject it, and a wrong public input too.
func TestIcicleProofIsSolidityTargeted(t *testing.T) {
	fx := newIcicleFixture(t, 1<<10)
	b := newIcicleCPU(t, false)
	proof, err := b.Prove(context.Background(), fx.ccs, fx.pk, fx.full)
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, fx.vk, fx.public); err == nil {
		t.Error("gnark's default verifier accepted the proof: it was not made for the Solidity verifier")
	}
	wrong, err := frontend.NewWitness(&chainCircuit{In: 4, Out: 0, Bytes: []frontend.Variable{}}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(fx.vk, proof, wrong); err == nil {
		t.Error("proof verified against wrong public inputs")
	}
}

func TestIcicleProve2to16(t *testing.T) {
	if testing.Short() {
		t.Skip("2^16-constraint setup and ICICLE CPU proof skipped in -short mode")
	}
	fx := newIcicleFixture(t, 1<<16)
	b := newIcicleCPU(t, false)
	start := time.Now()
	proof, err := b.Prove(context.Background(), fx.ccs, fx.pk, fx.full)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ICICLE CPU prove of %d constraints: %v", fx.ccs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))
	if err := Verify(fx.vk, proof, fx.public); err != nil {
		t.Fatalf("verify: %v", err)
	}
	back := solidityRoundTrip(t, proof, 1)
	if err := Verify(fx.vk, back, fx.public); err != nil {
		t.Fatalf("verify proof parsed from Solidity bytes: %v", err)
	}
}

// Inputs that do not belong together must give errors, not crash a device goroutine.
func TestIcicleRejectsMismatchedInputs(t *testing.T) {
	small := newIcicleFixture(t, 1<<10)
	other := newIcicleFixture(t, 1<<11)
	plonkCCS, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &chainCircuit{Muls: 4})
	if err != nil {
		t.Fatal(err)
	}
	blsWitness, err := frontend.NewWitness(chainAssignment(4, 0), ecc.BLS12_381.ScalarField())
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
		{name: "key of another circuit", ctx: context.Background(), ccs: small.ccs, pk: other.pk, full: small.full},
		{name: "PLONK constraint system", ctx: context.Background(), ccs: plonkCCS, pk: small.pk, full: small.full},
		{name: "BLS12-381 witness", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: blsWitness},
		{name: "witness of another circuit", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: other.full},
		{name: "nil witness", ctx: context.Background(), ccs: small.ccs, pk: small.pk, full: nil},
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
	proof, err := b.Prove(context.Background(), small.ccs, small.pk, small.full)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(small.vk, proof, small.public); err != nil {
		t.Fatal(err)
	}
}

// A key cache of bounded size: more keys than it holds, a reused key after eviction,
// and a proof after Close all still give valid proofs.
func TestIcicleKeyCache(t *testing.T) {
	var fxs []*icicleFixture
	for i := 0; i < icicleKeyCacheSize+1; i++ {
		fxs = append(fxs, newIcicleFixture(t, 1<<9+64*i))
	}
	b := newIcicleCPU(t, true)
	prove := func(fx *icicleFixture) {
		t.Helper()
		proof, err := b.Prove(context.Background(), fx.ccs, fx.pk, fx.full)
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(fx.vk, proof, fx.public); err != nil {
			t.Fatal(err)
		}
	}
	for _, fx := range fxs {
		prove(fx)
	}
	if len(b.keys) != icicleKeyCacheSize {
		t.Errorf("cache holds %d keys, want %d", len(b.keys), icicleKeyCacheSize)
	}
	prove(fxs[0]) // evicted above
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if len(b.keys) != 0 {
		t.Errorf("cache holds %d keys after Close", len(b.keys))
	}
	prove(fxs[1])
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

func TestIcicleConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    icicleConfig
		wantErr bool
	}{
		{name: "defaults", env: nil, want: icicleConfig{device: icicle.CUDA}},
		{name: "cpu pinned", env: map[string]string{EnvIcicleDevice: "CPU", EnvIciclePin: "true"}, want: icicleConfig{device: icicle.CPU, pin: true}},
		{name: "second gpu", env: map[string]string{EnvIcicleDevice: "cuda", EnvIcicleDeviceID: "1", EnvIciclePin: "0"}, want: icicleConfig{device: icicle.CUDA, deviceID: 1}},
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
