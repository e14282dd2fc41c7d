// Package prover proves and verifies Groth16 statements on BN254 for openproof.
//
// Every proof is made and checked with gnark's Solidity target (Keccak-256 as
// the commitment's hash-to-field), so the same proof verifies in Go and in the
// exported Solidity verifier.
//
// gnark's own calls (compile, setup, prove, verify) cannot be interrupted: the
// functions here check their context before and after each of them, so a
// cancellation takes effect at the next boundary, not in the middle of one.
package prover

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs_bn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/schema"

	"github.com/openproof/openproof/errs"
)

// ErrBadInput marks errors caused by the caller's input: a constraint system,
// key, proof or witness of the wrong kind or shape.
var ErrBadInput = errs.ErrBadInput

// ErrProofInvalid marks a proof that does not verify.
var ErrProofInvalid = fmt.Errorf("invalid proof: %w", errs.ErrNotVerified)

// DevSetupWarning is what the CLI logs whenever it runs DevSetup.
const DevSetupWarning = "DEVELOPMENT SETUP: the Groth16 keys come from a single-party setup whose " +
	"toxic waste existed in this process; whoever controlled it can forge proofs. " +
	"Use an MPC ceremony (`openproof ceremony`) for keys anyone else should trust."

// Backend proves a full witness for a compiled R1CS. The GPU backend plugs in here.
type Backend interface {
	Name() string
	// Prove proves full; opts go to gnark's solver (e.g. FixedMask).
	Prove(ctx context.Context, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, opts ...solver.Option) (groth16.Proof, error)
}

// NewBackend returns the backend called name: "cpu" or "icicle" (the latter
// only in binaries built with -tags icicle).
func NewBackend(name string) (Backend, error) {
	switch name {
	case "cpu":
		return CPU(), nil
	case "icicle":
		return newIcicle()
	}
	return nil, fmt.Errorf("prover backend %q: want cpu or icicle: %w", name, ErrBadInput)
}

// CPU returns gnark's CPU prover.
func CPU() Backend { return cpuBackend{} }

type cpuBackend struct{}

func (cpuBackend) Name() string { return "cpu" }

func (cpuBackend) Prove(ctx context.Context, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, opts ...solver.Option) (groth16.Proof, error) {
	r, p, err := CheckProverInputs(ccs, pk, full)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	proof, err := guard(func() (*groth16_bn254.Proof, error) {
		return groth16_bn254.Prove(r, p, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16), backend.WithSolverOptions(opts...))
	})
	if err != nil {
		return nil, fmt.Errorf("groth16 prove: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return proof, nil
}

// CheckProverInputs checks that ccs, pk and full are BN254 Groth16 objects
// that fit together, so that a backend can hand them to code that would
// otherwise panic on a mismatch. It returns the concrete types.
func CheckProverInputs(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness) (*cs_bn254.R1CS, *groth16_bn254.ProvingKey, error) {
	r, ok := ccs.(*cs_bn254.R1CS)
	if !ok || r == nil {
		return nil, nil, fmt.Errorf("constraint system is %T, want a BN254 R1CS: %w", ccs, ErrBadInput)
	}
	p, ok := pk.(*groth16_bn254.ProvingKey)
	if !ok || p == nil {
		return nil, nil, fmt.Errorf("proving key is %T, want a BN254 Groth16 key: %w", pk, ErrBadInput)
	}
	if isNil(full) {
		return nil, nil, fmt.Errorf("witness is nil: %w", ErrBadInput)
	}
	if _, ok := full.Vector().(fr.Vector); !ok {
		return nil, nil, fmt.Errorf("witness is over %T, want BN254 scalars: %w", full.Vector(), ErrBadInput)
	}
	nbInternal, nbSecret, nbPublic := r.GetNbVariables()
	if got, want := len(p.InfinityA), nbInternal+nbSecret+nbPublic; got != want {
		return nil, nil, fmt.Errorf("proving key has %d wires, the constraint system %d: key and circuit do not match: %w", got, want, ErrBadInput)
	}
	if got, want := p.Domain.Cardinality, uint64(r.GetNbConstraints()); got < want {
		return nil, nil, fmt.Errorf("proving key domain is %d, smaller than the constraint system's %d constraints: key and circuit do not match: %w", got, want, ErrBadInput)
	}
	if got, want := len(p.CommitmentKeys), len(r.CommitmentInfo.(constraint.Groth16Commitments)); got != want {
		return nil, nil, fmt.Errorf("proving key has %d commitment keys, the constraint system %d commitments: %w", got, want, ErrBadInput)
	}
	return r, p, nil
}

// Verify checks proof against vk and the public witness, with the Solidity
// verifier's hash-to-field. A proof that does not verify wraps ErrProofInvalid;
// keys, proofs or witnesses of the wrong kind wrap ErrBadInput.
func Verify(vk groth16.VerifyingKey, proof groth16.Proof, public witness.Witness) error {
	v, ok := vk.(*groth16_bn254.VerifyingKey)
	if !ok || v == nil {
		return fmt.Errorf("verifying key is %T, want a BN254 Groth16 key: %w", vk, ErrBadInput)
	}
	p, ok := proof.(*groth16_bn254.Proof)
	if !ok || p == nil {
		return fmt.Errorf("proof is %T, want a BN254 Groth16 proof: %w", proof, ErrBadInput)
	}
	if isNil(public) {
		return fmt.Errorf("public witness is nil: %w", ErrBadInput)
	}
	w, ok := public.Vector().(fr.Vector)
	if !ok {
		return fmt.Errorf("public witness is over %T, want BN254 scalars: %w", public.Vector(), ErrBadInput)
	}
	if got, want := len(w), nbPublic(v); got != want {
		return fmt.Errorf("public witness has %d values, the verifying key expects %d: %w", got, want, ErrBadInput)
	}
	if got, want := len(p.Commitments), len(v.CommitmentKeys); got != want {
		return fmt.Errorf("proof has %d commitments, the verifying key expects %d: %w", got, want, ErrProofInvalid)
	}
	_, err := guard(func() (struct{}, error) {
		return struct{}{}, groth16_bn254.Verify(p, v, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16))
	})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrProofInvalid, err)
	}
	return nil
}

// Compile compiles circuit to a BN254 R1CS. Panics inside the circuit's
// Define are returned as errors by gnark.
func Compile(ctx context.Context, circuit frontend.Circuit) (constraint.ConstraintSystem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if isNil(circuit) {
		return nil, fmt.Errorf("circuit is nil: %w", ErrBadInput)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		return nil, fmt.Errorf("compile circuit: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return ccs, nil
}

// CircuitDigest is the hex SHA-256 of the serialized constraint system: the
// circuit's identity in the key store and in proof bundles.
func CircuitDigest(ccs constraint.ConstraintSystem) (string, error) {
	if isNil(ccs) {
		return "", fmt.Errorf("constraint system is nil: %w", ErrBadInput)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return "", fmt.Errorf("serialize constraint system: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// DevSetup runs gnark's single-party Groth16 setup, with each commitment's
// Pedersen key drawn on the key's γ as gnark's MPC setup draws it (see
// alignCommitmentKeys): the exported Solidity verifier then needs five
// pairings, not six.
//
// For development only: the toxic waste is sampled in this process, so
// whoever could read its memory can forge proofs for the circuit. Callers
// must show DevSetupWarning; keys for others to trust come from an MPC
// ceremony (package prover/ceremony).
func DevSetup(ctx context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	r, ok := ccs.(*cs_bn254.R1CS)
	if !ok || r == nil {
		return nil, nil, fmt.Errorf("constraint system is %T, want a BN254 R1CS: %w", ccs, ErrBadInput)
	}
	var (
		pk groth16_bn254.ProvingKey
		vk groth16_bn254.VerifyingKey
	)
	if _, err := guard(func() (struct{}, error) { return struct{}{}, groth16_bn254.Setup(r, &pk, &vk) }); err != nil {
		return nil, nil, fmt.Errorf("groth16 setup: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if err := alignCommitmentKeys(&pk, &vk); err != nil {
		return nil, nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return &pk, &vk, nil
}

// PublicNames lists the names of circuit's public inputs in witness order,
// as gnark names them (struct tags, with parent fields joined by "_").
func PublicNames(circuit frontend.Circuit) ([]string, error) {
	if isNil(circuit) {
		return nil, fmt.Errorf("circuit is nil: %w", ErrBadInput)
	}
	var names []string
	tVar := reflect.TypeFor[frontend.Variable]()
	_, err := schema.Walk(ecc.BN254.ScalarField(), circuit, tVar, func(f schema.LeafInfo, _ reflect.Value) error {
		if f.Visibility == schema.Public {
			names = append(names, f.FullName())
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk circuit: %w", err)
	}
	return names, nil
}

// NbPublic is the number of public inputs vk expects (without the constant
// one wire and without commitments, which gnark's NbPublicWitness counts).
func NbPublic(vk groth16.VerifyingKey) (int, error) {
	v, ok := vk.(*groth16_bn254.VerifyingKey)
	if !ok || v == nil {
		return 0, fmt.Errorf("verifying key is %T, want a BN254 Groth16 key: %w", vk, ErrBadInput)
	}
	return nbPublic(v), nil
}

func nbPublic(v *groth16_bn254.VerifyingKey) int {
	return len(v.G1.K) - 1 - len(v.PublicAndCommitmentCommitted)
}

// guard turns a panic in gnark code running on this goroutine into an error:
// gnark panics on some malformed inputs that its API types allow.
func guard[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gnark panicked: %v: %w", r, ErrBadInput)
		}
	}()
	return f()
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return rv.IsNil()
	}
	return false
}
