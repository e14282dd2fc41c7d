// Package ceremony runs the Groth16 MPC setup of gnark's
// backend/groth16/bn254/mpcsetup over files, for the CLI's ceremony commands.
//
// Phase 1 (powers of tau) depends only on the domain size; phase 2 on the
// circuit. Each phase is: a coordinator writes the initial file (Init), each
// contributor in turn reads the latest file and writes a new one
// (Contribute), and the coordinator checks every contribution in order and
// seals the result with a public random beacon chosen after the last
// contribution (Verify). The keys are safe if at least one contributor
// discarded their randomness (gnark samples it from crypto/rand and never
// stores it).
//
// Every file carries the hash of its parameters; each contribution signs the
// previous one's hash as its challenge, so a contributor who publishes the
// hash Contribute returned can later find it in the transcript.
//
// Files from others are untrusted: their layout is checked against the file
// size before gnark decodes them, and gnark checks every point is on the curve
// and in the right subgroup. gnark's calls are not cancellable: the context is
// checked between files.
package ceremony

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs_bn254 "github.com/consensys/gnark/constraint/bn254"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
)

// ErrInvalidContribution marks a contribution that fails verification.
// Malformed files wrap prover.ErrBadInput instead.
var ErrInvalidContribution = fmt.Errorf("invalid contribution: %w", errs.ErrNotVerified)

// Domain sizes the ceremony handles: 2^MinPower to 2^MaxPower.
const (
	MinPower = 1
	MaxPower = 28 // the 2-adicity of BN254's scalar field
)

// Contribution describes a ceremony file.
type Contribution struct {
	Path  string
	Kind  string // KindPhase1, KindSRS or KindPhase2
	Power int    // log2 of the domain size
	Index int    // contributions so far: 0 is the initial state
	Hash  string // hex SHA-256 of the parameters, what the next contribution signs
}

// Power is the phase-1 power (log2 of the domain size) for a circuit of
// nbConstraints constraints.
func Power(nbConstraints int) (int, error) {
	if nbConstraints < 1 {
		return 0, fmt.Errorf("ceremony: %d constraints: %w", nbConstraints, prover.ErrBadInput)
	}
	p := max(bits.Len64(ecc.NextPowerOfTwo(uint64(nbConstraints))-1), MinPower)
	if p > MaxPower {
		return 0, fmt.Errorf("ceremony: %d constraints need a domain of 2^%d, more than 2^%d: %w", nbConstraints, p, MaxPower, prover.ErrBadInput)
	}
	return p, nil
}

// InitPhase1 writes the initial phase-1 file for a domain of 2^power to out.
func InitPhase1(ctx context.Context, power int, out string) (Contribution, error) {
	if power < MinPower || power > MaxPower {
		return Contribution{}, fmt.Errorf("ceremony: power %d out of [%d, %d]: %w", power, MinPower, MaxPower, prover.ErrBadInput)
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p := mpcsetup.NewPhase1(1 << power)
	return write(out, header{Kind: KindPhase1, Power: power}, p)
}

// ContributePhase1 reads the phase-1 file in, adds fresh randomness, and
// writes the result to out.
func ContributePhase1(ctx context.Context, in, out string) (Contribution, error) {
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p, h, _, err := readPhase1(in)
	if err != nil {
		return Contribution{}, err
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p.Contribute()
	h.Index++
	return write(out, h, p)
}

// VerifyPhase1 checks the phase-1 contributions, in order (the first built
// on InitPhase1's file), seals them with beacon, and writes the resulting
// parameters (the SRS, input to InitPhase2) to out. The returned transcript
// has its phase-1 fields set.
func VerifyPhase1(ctx context.Context, beacon []byte, out string, contributions ...string) (*keystore.Transcript, error) {
	if len(contributions) == 0 {
		return nil, fmt.Errorf("ceremony: phase 1 has no contributions; with none, the beacon alone makes the keys and anyone can forge proofs: %w", prover.ErrBadInput)
	}
	if len(beacon) == 0 {
		return nil, fmt.Errorf("ceremony: empty beacon: %w", prover.ErrBadInput)
	}
	var (
		prev   *mpcsetup.Phase1
		power  int
		hashes []string
	)
	for i, path := range contributions {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, h, hash, err := readPhase1(path)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			power = h.Power
			prev = mpcsetup.NewPhase1(1 << power)
		}
		if h.Power != power {
			return nil, fmt.Errorf("%s: power %d, the first contribution's is %d: %w", path, h.Power, power, prover.ErrBadInput)
		}
		if h.Index != i+1 {
			return nil, fmt.Errorf("%s: contribution %d, expected %d at this place: %w", path, h.Index, i+1, prover.ErrBadInput)
		}
		if err := prev.Verify(next); err != nil {
			return nil, fmt.Errorf("%s: phase-1 contribution %d: %w: %w", path, i+1, ErrInvalidContribution, err)
		}
		prev = next
		hashes = append(hashes, hash)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	srs := prev.Seal(beacon)
	c, err := write(out, header{Kind: KindSRS, Power: power, Phase1: hashes, Phase1Beacon: hex.EncodeToString(beacon)}, &srs)
	if err != nil {
		return nil, err
	}
	return &keystore.Transcript{Phase1: hashes, Phase1Beacon: hex.EncodeToString(beacon), SRS: c.Hash}, nil
}

// InitPhase2 writes the initial phase-2 file for ccs, built on the sealed
// phase-1 parameters in srs, to out.
func InitPhase2(ctx context.Context, srs string, ccs constraint.ConstraintSystem, out string) (Contribution, error) {
	return initPhase2(ctx, srs, ccs, out, nil)
}

// initPhase2 is InitPhase2; when keep is not nil it also keeps the SRS,
// the initial state and its evaluations there.
func initPhase2(ctx context.Context, srs string, ccs constraint.ConstraintSystem, out string, keep *Initial) (Contribution, error) {
	commons, sh, srsHash, r, digest, err := phase2Inputs(ctx, srs, ccs)
	if err != nil {
		return Contribution{}, err
	}
	p := new(mpcsetup.Phase2)
	evals := p.Initialize(r, commons)
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	c, err := write(out, header{Kind: KindPhase2, Power: sh.Power, CircuitDigest: digest, SRS: srsHash}, p)
	if err != nil {
		return Contribution{}, err
	}
	if keep != nil {
		keep.commons, keep.phase2, keep.evals = commons, p, evals
	}
	return c, nil
}

// ContributePhase2 reads the phase-2 file in, adds fresh randomness, and
// writes the result to out.
func ContributePhase2(ctx context.Context, in, out string) (Contribution, error) {
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p, h, _, err := readPhase2(in)
	if err != nil {
		return Contribution{}, err
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p.Contribute()
	h.Index++
	return write(out, h, p)
}

// VerifyPhase2 checks the phase-2 contributions for ccs, in order, on the
// SRS written by VerifyPhase1, seals them with beacon, and returns the keys
// and the whole transcript, ready for keystore.Put with SetupMPC.
func VerifyPhase2(ctx context.Context, srs string, ccs constraint.ConstraintSystem, beacon []byte, contributions ...string) (groth16.ProvingKey, groth16.VerifyingKey, *keystore.Transcript, error) {
	if len(contributions) == 0 {
		return nil, nil, nil, fmt.Errorf("ceremony: phase 2 has no contributions; with none, the beacon alone makes the keys and anyone can forge proofs: %w", prover.ErrBadInput)
	}
	if len(beacon) == 0 {
		return nil, nil, nil, fmt.Errorf("ceremony: empty beacon: %w", prover.ErrBadInput)
	}
	commons, sh, srsHash, r, digest, err := phase2Inputs(ctx, srs, ccs)
	if err != nil {
		return nil, nil, nil, err
	}
	prev := new(mpcsetup.Phase2)
	evals := prev.Initialize(r, commons)
	var hashes []string
	for i, path := range contributions {
		if err := ctx.Err(); err != nil {
			return nil, nil, nil, err
		}
		next, h, hash, err := readPhase2(path)
		if err != nil {
			return nil, nil, nil, err
		}
		switch {
		case h.CircuitDigest != digest:
			return nil, nil, nil, fmt.Errorf("%s: for circuit %s, not %s: %w", path, h.CircuitDigest, digest, prover.ErrBadInput)
		case h.SRS != srsHash:
			return nil, nil, nil, fmt.Errorf("%s: built on SRS %s, not %s: %w", path, h.SRS, srsHash, prover.ErrBadInput)
		case h.Index != i+1:
			return nil, nil, nil, fmt.Errorf("%s: contribution %d, expected %d at this place: %w", path, h.Index, i+1, prover.ErrBadInput)
		}
		if err := prev.Verify(next); err != nil {
			return nil, nil, nil, fmt.Errorf("%s: phase-2 contribution %d: %w: %w", path, i+1, ErrInvalidContribution, err)
		}
		prev = next
		hashes = append(hashes, hash)
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	pk, vk := prev.Seal(commons, &evals, beacon)
	t := &keystore.Transcript{
		Phase1:       sh.Phase1,
		Phase1Beacon: sh.Phase1Beacon,
		SRS:          srsHash,
		Phase2:       hashes,
		Phase2Beacon: hex.EncodeToString(beacon),
	}
	return pk, vk, t, nil
}

// CheckPhase2Contribution checks the phase-2 contribution in next against
// the file it builds on, prev (an earlier contribution or the initial
// state): the same circuit and SRS, the next index, and gnark's update
// proof. It checks this one step only, without the .ptau or the circuit:
// a contributor can check the file they were handed before building on it,
// in seconds where VerifyPhase2 and VerifySigned first recompute the
// initial state (minutes for a 2^16 circuit). It does not show that prev
// itself descends from the circuit's initial state.
func CheckPhase2Contribution(ctx context.Context, prev, next string) (Contribution, error) {
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	p, ph, _, err := readPhase2(prev)
	if err != nil {
		return Contribution{}, err
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	n, nh, hash, err := readPhase2(next)
	if err != nil {
		return Contribution{}, err
	}
	if nh.CircuitDigest != ph.CircuitDigest || nh.SRS != ph.SRS || nh.Power != ph.Power || nh.Index != ph.Index+1 {
		return Contribution{}, fmt.Errorf("%s (circuit %s, SRS %s, index %d) does not follow %s (circuit %s, SRS %s, index %d): %w",
			next, nh.CircuitDigest, nh.SRS, nh.Index, prev, ph.CircuitDigest, ph.SRS, ph.Index, ErrInvalidContribution)
	}
	if err := p.Verify(n); err != nil {
		return Contribution{}, fmt.Errorf("%s: phase-2 contribution %d: %w: %w", next, nh.Index, ErrInvalidContribution, err)
	}
	return Contribution{Path: next, Kind: KindPhase2, Power: nh.Power, Index: nh.Index, Hash: hash}, nil
}

// Inspect checks a ceremony file of any kind and describes it. It decodes
// the parameters, so it is as slow as reading them for a contribution.
func Inspect(path string) (Contribution, error) {
	_, h, hash, err := read(path, "")
	if err != nil {
		return Contribution{}, err
	}
	return Contribution{Path: path, Kind: h.Kind, Power: h.Power, Index: h.Index, Hash: hash}, nil
}

func phase2Inputs(ctx context.Context, srs string, ccs constraint.ConstraintSystem) (*mpcsetup.SrsCommons, header, string, *cs_bn254.R1CS, string, error) {
	fail := func(err error) (*mpcsetup.SrsCommons, header, string, *cs_bn254.R1CS, string, error) {
		return nil, header{}, "", nil, "", err
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	r, ok := ccs.(*cs_bn254.R1CS)
	if !ok || r == nil {
		return fail(fmt.Errorf("ceremony: constraint system is %T, want a BN254 R1CS: %w", ccs, prover.ErrBadInput))
	}
	digest, err := prover.CircuitDigest(r)
	if err != nil {
		return fail(err)
	}
	power, err := Power(r.GetNbConstraints())
	if err != nil {
		return fail(err)
	}
	obj, h, hash, err := read(srs, KindSRS)
	if err != nil {
		return fail(err)
	}
	if h.Power != power {
		return fail(fmt.Errorf("%s: domain 2^%d, the circuit's %d constraints need exactly 2^%d: %w", srs, h.Power, r.GetNbConstraints(), power, prover.ErrBadInput))
	}
	return obj.(*mpcsetup.SrsCommons), h, hash, r, digest, ctx.Err()
}

func readPhase1(path string) (*mpcsetup.Phase1, header, string, error) {
	obj, h, hash, err := read(path, KindPhase1)
	if err != nil {
		return nil, h, "", err
	}
	return obj.(*mpcsetup.Phase1), h, hash, nil
}

func readPhase2(path string) (*mpcsetup.Phase2, header, string, error) {
	obj, h, hash, err := read(path, KindPhase2)
	if err != nil {
		return nil, h, "", err
	}
	return obj.(*mpcsetup.Phase2), h, hash, nil
}

// read opens, checks and decodes a ceremony file of the given kind ("": any).
func read(path, kind string) (any, header, string, error) {
	f, h, hash, r, size, err := openFile(path, kind)
	if err != nil {
		return nil, h, "", err
	}
	defer f.Close()
	var obj interface {
		ReadFrom(r io.Reader) (int64, error)
		WriteTo(w io.Writer) (int64, error)
	}
	switch h.Kind {
	case KindPhase1:
		obj = new(mpcsetup.Phase1)
	case KindSRS:
		obj = new(mpcsetup.SrsCommons)
	default:
		obj = new(mpcsetup.Phase2)
	}
	if err := decode(path, r, size, hash, obj); err != nil {
		return nil, h, "", err
	}
	return obj, h, hash, nil
}

func write(out string, h header, params interface {
	WriteTo(w io.Writer) (int64, error)
}) (Contribution, error) {
	hash, err := writeFile(out, h, params)
	if err != nil {
		return Contribution{}, err
	}
	return Contribution{Path: out, Kind: h.Kind, Power: h.Power, Index: h.Index, Hash: hash}, nil
}
