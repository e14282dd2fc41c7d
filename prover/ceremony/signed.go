package ceremony

// The signed multi-party phase 2: a coordinator directory of files.
//
// The coordinator imports a public Powers of Tau (ImportPtau) and initialises
// phase 2 for one circuit in a directory (Coordinate). Each contributor in
// turn takes the directory, adds a contribution and signs it with an
// Ethereum (secp256k1) key (ContributeSigned). Anyone holding the directory,
// the .ptau file and the circuit checks the whole chain (VerifySigned): the
// SRS comes from that .ptau, every contribution builds on the one before and
// is signed by the address its receipt names. The coordinator then seals it
// with a public beacon chosen after the last contribution.
//
// Layout of the directory:
//
//	ceremony.json        Plan: circuit, .ptau hashes, SRS and initial hashes
//	srs.mpc              the SRS imported from the .ptau (input to phase 2)
//	phase2-0000.mpc      the initial phase-2 file (no randomness)
//	phase2-NNNN.mpc      contribution NNNN (1, 2, …)
//	phase2-NNNN.json     its Receipt: contributor, hashes, signature
//	transcript.json      Summary, written by the coordinator after sealing
//
// The transcript hash chains everything a contribution depends on:
//
//	T₀ = SHA-256(SeedText(plan))
//	Tᵢ = SHA-256(Message(i) ‖ "signature 0x…\n")
//	T  = SHA-256(Tₙ ‖ "beacon " hex ‖ "\n")        (the final transcript hash)
//
// where Message(i) is the text contributor i signs (EIP-191 personal_sign,
// so any Ethereum wallet can make or check the signature): the circuit
// digest, the index, Tᵢ₋₁ and the SHA-256 of the contribution's parameters.
// Tᵢ₋₁ covers the .ptau's SHA-256, the SRS and every earlier contribution
// and signature, so a signature cannot be moved to another place, circuit
// or ceremony, and a dropped, reordered or replaced contribution breaks
// every later signature.

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs_bn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
)

// Files of a ceremony directory.
const (
	PlanFile    = "ceremony.json"
	SRSFile     = "srs.mpc"
	SummaryFile = "transcript.json"
)

// PlanFormat names ceremony.json; SummaryFormat names transcript.json.
const (
	PlanFormat    = "openproof.ceremony.plan"
	SummaryFormat = "openproof.ceremony.transcript"
	SignedVersion = 1
)

// MinSignedContributions is how many signed contributions VerifySigned
// wants before it seals: with one, a single party's honesty is the whole
// guarantee.
const MinSignedContributions = 2

// maxSignedFile bounds ceremony.json, a receipt and transcript.json.
const maxSignedFile = 1 << 20

// Plan is ceremony.json: what every contribution builds on.
type Plan struct {
	Format        string `json:"format"`
	Version       int    `json:"version"`
	Note          string `json:"note,omitempty"` // e.g. "TEST ceremony: all contributors local"
	Circuit       string `json:"circuit"`        // the circuit's name
	CircuitDigest string `json:"circuit_digest"` // prover.CircuitDigest
	Constraints   int    `json:"nb_constraints"`
	Power         int    `json:"power"`
	PtauSHA256    string `json:"ptau_sha256"`
	PtauBLAKE2b   string `json:"ptau_blake2b"` // as the Perpetual Powers of Tau publishes it
	SRS           string `json:"srs"`          // hash of srs.mpc's parameters
	Init          string `json:"init"`         // hash of phase2-0000.mpc's parameters
}

// Receipt is phase2-NNNN.json: contribution Index, signed by Contributor.
type Receipt struct {
	Index       int    `json:"index"`
	Contributor string `json:"contributor"` // EIP-55 address
	Previous    string `json:"previous"`    // transcript hash Tᵢ₋₁
	Hash        string `json:"hash"`        // SHA-256 of the contribution's parameters
	Signature   string `json:"signature"`   // 0x r ‖ s ‖ v (v = 27 or 28), personal_sign of Message
}

// Summary is transcript.json: a sealed ceremony without its (large)
// parameter files. CheckSummary verifies its signatures and hash chain; the
// contributions themselves need the files (VerifySigned).
type Summary struct {
	Format         string    `json:"format"`
	Version        int       `json:"version"`
	Plan           Plan      `json:"plan"`
	Contributions  []Receipt `json:"contributions"`
	Beacon         string    `json:"beacon"`          // hex
	TranscriptHash string    `json:"transcript_hash"` // the final T
	VKSHA256       string    `json:"vk_sha256"`       // SHA-256 of the sealed verifying key (gnark WriteTo)
}

// Signed is what VerifySigned found.
type Signed struct {
	Plan     Plan
	Receipts []Receipt
	// Contributors are the receipts' addresses, in order (an address may
	// appear more than once).
	Contributors []string
	// Head is Tₙ, the transcript hash the next contribution would sign.
	Head string
	// Set when a beacon was given: the sealed keys, the final transcript
	// hash, the key store transcript and the summary.
	PK         groth16.ProvingKey
	VK         groth16.VerifyingKey
	Transcript *keystore.Transcript
	Summary    *Summary
}

// Phase2File and ReceiptFile name contribution i's files in a directory.
func Phase2File(i int) string  { return fmt.Sprintf("phase2-%04d.mpc", i) }
func ReceiptFile(i int) string { return fmt.Sprintf("phase2-%04d.json", i) }

// SeedText is what T₀ hashes: the plan's fields a contribution depends on.
func SeedText(p *Plan) string {
	return fmt.Sprintf("openproof ceremony phase 2 v%d\nnote %q\ncircuit %s\nptau-sha256 %s\nsrs %s\ninit %s\n",
		SignedVersion, p.Note, p.CircuitDigest, p.PtauSHA256, p.SRS, p.Init)
}

// Message is the text contributor r.Index signs (EIP-191 personal_sign).
func Message(circuitDigest string, r *Receipt) string {
	return fmt.Sprintf("openproof ceremony: phase-2 contribution\ncircuit %s\nindex %d\nprevious %s\nhash %s\n",
		circuitDigest, r.Index, r.Previous, r.Hash)
}

func sha256Hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// seedHash is T₀.
func seedHash(p *Plan) string { return sha256Hex(SeedText(p)) }

// nextHash is Tᵢ after receipt r.
func nextHash(circuitDigest string, r *Receipt) string {
	return sha256Hex(Message(circuitDigest, r) + "signature " + r.Signature + "\n")
}

// FinalHash is the transcript hash after sealing Tₙ with beacon.
func FinalHash(head string, beacon []byte) string {
	return sha256Hex(head + "beacon " + hex.EncodeToString(beacon) + "\n")
}

// signer recovers the address that signed msg (EIP-191) with sig.
func signer(msg, sig string) (common.Address, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(sig, "0x"))
	if err != nil || len(b) != crypto.SignatureLength || !strings.HasPrefix(sig, "0x") {
		return common.Address{}, fmt.Errorf("signature %q: want 0x and %d bytes of hex", sig, crypto.SignatureLength)
	}
	if b[64] != 27 && b[64] != 28 {
		return common.Address{}, fmt.Errorf("signature v = %d, want 27 or 28", b[64])
	}
	b[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), b)
	if err != nil {
		return common.Address{}, fmt.Errorf("signature: %v", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Sign signs msg as personal_sign does and returns 0x r ‖ s ‖ v, v = 27 or 28.
func Sign(key *ecdsa.PrivateKey, msg string) (string, error) {
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		return "", fmt.Errorf("ceremony: sign: %w", err)
	}
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig), nil
}

// Coordinate starts a signed ceremony for ccs (called name) in dir, which
// must not hold one: it imports the .ptau at ptauPath for the circuit's
// domain into dir/srs.mpc, writes the initial phase-2 file and ceremony.json.
// note is recorded in the plan and in every signed message's chain (T₀).
func Coordinate(ctx context.Context, dir, ptauPath, name, note string, ccs constraint.ConstraintSystem) (*Plan, error) {
	p, _, err := CoordinateInitial(ctx, dir, ptauPath, name, note, ccs)
	return p, err
}

// Initial is a ceremony's starting point as CoordinateInitial computed it
// from the .ptau: the imported SRS, the circuit, and gnark's initial
// phase-2 state with its evaluations (the costly part, minutes at 2^16).
// It lives in memory only; anyone else recomputes it with VerifySigned.
type Initial struct {
	plan    Plan
	commons *mpcsetup.SrsCommons
	phase2  *mpcsetup.Phase2
	evals   mpcsetup.Phase2Evaluations
}

// CoordinateInitial is Coordinate that also returns the initial state it
// computed, for VerifySignedFrom in the same process.
func CoordinateInitial(ctx context.Context, dir, ptauPath, name, note string, ccs constraint.ConstraintSystem) (*Plan, *Initial, error) {
	if _, err := os.Stat(filepath.Join(dir, PlanFile)); err == nil {
		return nil, nil, fmt.Errorf("ceremony: %s already holds a ceremony (%s): %w", dir, PlanFile, errs.ErrBadInput)
	}
	digest, err := prover.CircuitDigest(ccs)
	if err != nil {
		return nil, nil, err
	}
	power, err := Power(ccs.GetNbConstraints())
	if err != nil {
		return nil, nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("ceremony: %w", err)
	}
	info, err := ImportPtau(ctx, ptauPath, power, filepath.Join(dir, SRSFile))
	if err != nil {
		return nil, nil, err
	}
	in := &Initial{}
	c, err := initPhase2(ctx, info.SRS.Path, ccs, filepath.Join(dir, Phase2File(0)), in)
	if err != nil {
		return nil, nil, err
	}
	in.plan = Plan{
		Format: PlanFormat, Version: SignedVersion, Note: note, Circuit: name, CircuitDigest: digest,
		Constraints: ccs.GetNbConstraints(), Power: power, PtauSHA256: info.SHA256, PtauBLAKE2b: info.BLAKE2b,
		SRS: info.SRS.Hash, Init: c.Hash,
	}
	p := in.plan
	return &p, in, writeJSONFile(filepath.Join(dir, PlanFile), &p)
}

// ContributeSigned adds a contribution to the ceremony in dir, signed with
// key. It checks the receipts' chain and signatures first (not the
// contributions' proofs: that is VerifySigned's work) and that the file it
// builds on is the one the last receipt names, then writes the next
// phase-2 file and its receipt.
func ContributeSigned(ctx context.Context, dir string, key *ecdsa.PrivateKey) (*Receipt, error) {
	plan, err := ReadPlan(filepath.Join(dir, PlanFile))
	if err != nil {
		return nil, err
	}
	receipts, head, err := readReceipts(dir, plan)
	if err != nil {
		return nil, err
	}
	last := plan.Init
	if n := len(receipts); n > 0 {
		last = receipts[n-1].Hash
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	in := filepath.Join(dir, Phase2File(len(receipts)))
	p, h, hash, err := readPhase2(in)
	if err != nil {
		return nil, err
	}
	if hash != last || h.CircuitDigest != plan.CircuitDigest || h.SRS != plan.SRS || h.Index != len(receipts) {
		return nil, fmt.Errorf("%s: not the file the transcript names (hash %s, want %s): %w", in, hash, last, ErrInvalidContribution)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.Contribute()
	h.Index++
	c, err := write(filepath.Join(dir, Phase2File(h.Index)), h, p)
	if err != nil {
		return nil, err
	}
	r := &Receipt{Index: h.Index, Contributor: crypto.PubkeyToAddress(key.PublicKey).Hex(), Previous: head, Hash: c.Hash}
	if r.Signature, err = Sign(key, Message(plan.CircuitDigest, r)); err != nil {
		return nil, err
	}
	return r, writeJSONFile(filepath.Join(dir, ReceiptFile(r.Index)), r)
}

// VerifySigned checks the signed ceremony in dir for ccs against the .ptau
// at ptauPath: the .ptau is imported again (so a tampered or substituted file
// is refused, or gives another SRS hash than the plan's), the initial
// phase-2 state is recomputed, and each contribution must be the next in
// the chain, signed by its receipt's address and a valid update of the one
// before (gnark's proofs of knowledge). scratch is a directory for the
// re-imported SRS. With a beacon it seals the keys after at least
// MinSignedContributions contributions and fills the summary. A
// contribution or signature that does not check wraps
// ErrInvalidContribution; a missing or malformed file errs.ErrBadInput.
func VerifySigned(ctx context.Context, dir, ptauPath, scratch string, ccs constraint.ConstraintSystem, beacon []byte) (*Signed, error) {
	plan, receipts, head, err := readSigned(dir, beacon)
	if err != nil {
		return nil, err
	}
	commons, r, err := checkOrigin(ctx, plan, ptauPath, scratch, ccs)
	if err != nil {
		return nil, err
	}
	prev := new(mpcsetup.Phase2)
	evals := prev.Initialize(r, commons)
	h, err := paramsHash(prev)
	if err != nil {
		return nil, err
	}
	if h != plan.Init {
		return nil, fmt.Errorf("ceremony %s: the initial phase-2 state hashes to %s, the plan says %s: %w", dir, h, plan.Init, ErrInvalidContribution)
	}
	return verifyChain(ctx, dir, plan, receipts, head, prev, commons, &evals, beacon)
}

// VerifySignedFrom is VerifySigned from an initial state this process
// computed (CoordinateInitial) instead of recomputing it from the .ptau:
// the plan in dir must be the one init was made with (same .ptau hashes,
// SRS, circuit and initial hash), and every receipt's signature and place
// in the hash chain (T₀ covers the .ptau's hash) and every contribution's
// update proof are checked as VerifySigned checks them. It saves gnark's
// phase-2 initialisation, which dominates VerifySigned's cost, for the
// coordinator who has just run it; an outsider has no Initial and uses
// VerifySigned. init is not changed, but keys sealed from it share its
// evaluations: seal from one Initial once (checks without a beacon may
// repeat).
func VerifySignedFrom(ctx context.Context, dir string, init *Initial, beacon []byte) (*Signed, error) {
	if init == nil || init.phase2 == nil {
		return nil, fmt.Errorf("ceremony: no initial state (CoordinateInitial makes one): %w", errs.ErrBadInput)
	}
	plan, receipts, head, err := readSigned(dir, beacon)
	if err != nil {
		return nil, err
	}
	if *plan != init.plan {
		return nil, fmt.Errorf("ceremony %s: its plan %+v is not the one the initial state was computed for, %+v: %w", dir, *plan, init.plan, ErrInvalidContribution)
	}
	return verifyChain(ctx, dir, plan, receipts, head, init.phase2, init.commons, &init.evals, beacon)
}

// readSigned reads dir's plan and receipts (checking their signatures and
// chain), and refuses to seal with fewer than MinSignedContributions.
func readSigned(dir string, beacon []byte) (*Plan, []Receipt, string, error) {
	plan, err := ReadPlan(filepath.Join(dir, PlanFile))
	if err != nil {
		return nil, nil, "", err
	}
	receipts, head, err := readReceipts(dir, plan)
	if err != nil {
		return nil, nil, "", err
	}
	if beacon != nil && len(receipts) < MinSignedContributions {
		return nil, nil, "", fmt.Errorf("ceremony %s: %d signed contributions, at least %d before sealing: %w", dir, len(receipts), MinSignedContributions, errs.ErrBadInput)
	}
	return plan, receipts, head, nil
}

// verifyChain checks each contribution in dir against its receipt, the
// plan and the one before, starting from the initial state prev, and seals
// with beacon when it is not nil. It does not change prev or evals.
func verifyChain(ctx context.Context, dir string, plan *Plan, receipts []Receipt, head string, prev *mpcsetup.Phase2, commons *mpcsetup.SrsCommons, evals *mpcsetup.Phase2Evaluations, beacon []byte) (*Signed, error) {
	out := &Signed{Plan: *plan, Receipts: receipts, Head: head}
	for i := range receipts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		path := filepath.Join(dir, Phase2File(i+1))
		next, h, hash, err := readPhase2(path)
		if err != nil {
			return nil, err
		}
		switch {
		case hash != receipts[i].Hash:
			return nil, fmt.Errorf("%s: parameters hash to %s, its receipt signs %s: %w", path, hash, receipts[i].Hash, ErrInvalidContribution)
		case h.CircuitDigest != plan.CircuitDigest || h.SRS != plan.SRS || h.Index != i+1:
			return nil, fmt.Errorf("%s: header (circuit %s, SRS %s, index %d) does not match the plan: %w", path, h.CircuitDigest, h.SRS, h.Index, ErrInvalidContribution)
		}
		if err := prev.Verify(next); err != nil {
			return nil, fmt.Errorf("%s: phase-2 contribution %d: %w: %w", path, i+1, ErrInvalidContribution, err)
		}
		prev = next
		out.Contributors = append(out.Contributors, receipts[i].Contributor)
	}
	if beacon == nil {
		return out, ctx.Err()
	}
	return out, out.seal(ctx, prev, commons, evals, beacon)
}

// seal seals the verified contributions with beacon.
func (s *Signed) seal(ctx context.Context, last *mpcsetup.Phase2, commons *mpcsetup.SrsCommons, evals *mpcsetup.Phase2Evaluations, beacon []byte) error {
	if len(beacon) == 0 {
		return fmt.Errorf("ceremony: empty beacon: %w", errs.ErrBadInput)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.PK, s.VK = last.Seal(commons, evals, beacon)
	h := sha256.New()
	if _, err := s.VK.WriteTo(h); err != nil {
		return fmt.Errorf("ceremony: hash the verifying key: %w", err)
	}
	final := FinalHash(s.Head, beacon)
	hashes := make([]string, len(s.Receipts))
	for i, r := range s.Receipts {
		hashes[i] = r.Hash
	}
	s.Transcript = &keystore.Transcript{
		Phase1: []string{PtauTranscriptPrefix + s.Plan.PtauSHA256}, SRS: s.Plan.SRS,
		Phase2: hashes, Phase2Beacon: hex.EncodeToString(beacon),
		Hash: final, Contributors: s.Contributors, Note: s.Plan.Note,
	}
	s.Summary = &Summary{
		Format: SummaryFormat, Version: SignedVersion, Plan: s.Plan, Contributions: s.Receipts,
		Beacon: hex.EncodeToString(beacon), TranscriptHash: final, VKSHA256: hex.EncodeToString(h.Sum(nil)),
	}
	return nil
}

// checkOrigin imports the .ptau again into scratch and checks it is the
// plan's (same SHA-256, same SRS), and that ccs is the plan's circuit.
func checkOrigin(ctx context.Context, plan *Plan, ptauPath, scratch string, ccs constraint.ConstraintSystem) (*mpcsetup.SrsCommons, *cs_bn254.R1CS, error) {
	digest, err := prover.CircuitDigest(ccs)
	if err != nil {
		return nil, nil, err
	}
	if digest != plan.CircuitDigest {
		return nil, nil, fmt.Errorf("ceremony: the plan is for circuit %s, this circuit is %s: %w", plan.CircuitDigest, digest, errs.ErrBadInput)
	}
	tmp, err := os.MkdirTemp(scratch, "srs-check-")
	if err != nil {
		return nil, nil, fmt.Errorf("ceremony: %w", err)
	}
	defer os.RemoveAll(tmp)
	info, err := ImportPtau(ctx, ptauPath, plan.Power, filepath.Join(tmp, SRSFile))
	if err != nil {
		return nil, nil, err
	}
	if info.SHA256 != plan.PtauSHA256 || info.SRS.Hash != plan.SRS {
		return nil, nil, fmt.Errorf("%s: sha256 %s gives SRS %s; the ceremony was built on .ptau %s, SRS %s: %w",
			ptauPath, info.SHA256, info.SRS.Hash, plan.PtauSHA256, plan.SRS, ErrInvalidContribution)
	}
	commons, _, _, r, _, err := phase2Inputs(ctx, info.SRS.Path, ccs)
	if err != nil {
		return nil, nil, err
	}
	return commons, r, nil
}

// paramsHash is the SHA-256 of gnark's encoding of params, as files record it.
func paramsHash(params io.WriterTo) (string, error) {
	h := sha256.New()
	if _, err := params.WriteTo(h); err != nil {
		return "", fmt.Errorf("ceremony: hash parameters: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

var (
	phase2Re  = regexp.MustCompile(`^phase2-(\d{4})\.mpc$`)
	receiptRe = regexp.MustCompile(`^phase2-(\d{4})\.json$`)
)

// readReceipts reads the receipts of dir, checks that they and the phase-2
// files are numbered 1…n without gaps (the files 0…n), and checks each
// receipt's place in the chain and signature. It returns them and Tₙ.
func readReceipts(dir string, plan *Plan) ([]Receipt, string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, "", fmt.Errorf("ceremony: %w: %w", err, errs.ErrBadInput)
	}
	var files, recs []int
	for _, e := range entries {
		if m := phase2Re.FindStringSubmatch(e.Name()); m != nil {
			n, _ := strconv.Atoi(m[1])
			files = append(files, n)
		} else if m := receiptRe.FindStringSubmatch(e.Name()); m != nil {
			n, _ := strconv.Atoi(m[1])
			recs = append(recs, n)
		}
	}
	slices.Sort(files)
	slices.Sort(recs)
	for i, n := range files {
		if n != i {
			return nil, "", fmt.Errorf("ceremony %s: phase-2 files are not numbered 0…%d: %s is missing: %w", dir, len(files)-1, Phase2File(i), ErrInvalidContribution)
		}
	}
	for i, n := range recs {
		if n != i+1 {
			return nil, "", fmt.Errorf("ceremony %s: receipts are not numbered 1…%d: %s is missing: %w", dir, len(recs), ReceiptFile(i+1), ErrInvalidContribution)
		}
	}
	if len(files) != len(recs)+1 {
		return nil, "", fmt.Errorf("ceremony %s: %d phase-2 files for %d receipts (every contribution has one, and the initial file none): %w", dir, len(files), len(recs), ErrInvalidContribution)
	}
	out := make([]Receipt, len(recs))
	head := seedHash(plan)
	for i := range out {
		path := filepath.Join(dir, ReceiptFile(i+1))
		b, err := readSmall(path)
		if err != nil {
			return nil, "", err
		}
		if err := ParseReceipt(b, &out[i]); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		if head, err = checkReceipt(plan.CircuitDigest, head, i+1, &out[i]); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
	}
	return out, head, nil
}

// checkReceipt checks that r is contribution index, built on transcript
// hash head and signed by r.Contributor, and returns the next hash.
func checkReceipt(circuitDigest, head string, index int, r *Receipt) (string, error) {
	if r.Index != index {
		return "", fmt.Errorf("receipt of contribution %d at place %d: %w", r.Index, index, ErrInvalidContribution)
	}
	if r.Previous != head {
		return "", fmt.Errorf("contribution %d signs transcript %s, the chain is at %s (a contribution before it was dropped, reordered or replaced): %w", index, r.Previous, head, ErrInvalidContribution)
	}
	addr, err := signer(Message(circuitDigest, r), r.Signature)
	if err != nil {
		return "", fmt.Errorf("contribution %d: %w: %w", index, err, ErrInvalidContribution)
	}
	if addr.Hex() != r.Contributor {
		return "", fmt.Errorf("contribution %d: signed by %s, the receipt names %s: %w", index, addr.Hex(), r.Contributor, ErrInvalidContribution)
	}
	return nextHash(circuitDigest, r), nil
}

// CheckSummary checks what a transcript summary proves without the
// parameter files: every signature, the hash chain from the plan to the
// final transcript hash, and at least MinSignedContributions contributions.
// It returns the contributors' addresses. It does not check the
// contributions themselves (VerifySigned does, with the files), nor that
// VKSHA256 is what sealing them gives.
func CheckSummary(s *Summary) ([]string, error) {
	if len(s.Contributions) < MinSignedContributions {
		return nil, fmt.Errorf("transcript: %d contributions, want at least %d: %w", len(s.Contributions), MinSignedContributions, ErrInvalidContribution)
	}
	beacon, err := hex.DecodeString(s.Beacon)
	if err != nil || len(beacon) == 0 {
		return nil, fmt.Errorf("transcript: beacon %q is not non-empty hex: %w", s.Beacon, errs.ErrBadInput)
	}
	head := seedHash(&s.Plan)
	var addrs []string
	for i := range s.Contributions {
		if head, err = checkReceipt(s.Plan.CircuitDigest, head, i+1, &s.Contributions[i]); err != nil {
			return nil, fmt.Errorf("transcript: %w", err)
		}
		addrs = append(addrs, s.Contributions[i].Contributor)
	}
	if got := FinalHash(head, beacon); got != s.TranscriptHash {
		return nil, fmt.Errorf("transcript: chain ends at %s, the summary says %s: %w", got, s.TranscriptHash, ErrInvalidContribution)
	}
	return addrs, nil
}

// ReadPlan reads and checks ceremony.json.
func ReadPlan(path string) (*Plan, error) {
	b, err := readSmall(path)
	if err != nil {
		return nil, err
	}
	var p Plan
	if err := ParsePlan(b, &p); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &p, nil
}

// ReadSummary reads and checks the form of a transcript.json.
func ReadSummary(path string) (*Summary, error) {
	b, err := readSmall(path)
	if err != nil {
		return nil, err
	}
	var s Summary
	if err := ParseSummary(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &s, nil
}

// ParsePlan decodes ceremony.json strictly and checks its fields' form.
func ParsePlan(b []byte, p *Plan) error {
	if err := strictDecode(b, p); err != nil {
		return err
	}
	return p.check()
}

// ParseReceipt decodes a receipt strictly and checks its fields' form.
func ParseReceipt(b []byte, r *Receipt) error {
	if err := strictDecode(b, r); err != nil {
		return err
	}
	return r.check()
}

// ParseSummary decodes transcript.json strictly and checks its fields' form.
func ParseSummary(b []byte, s *Summary) error {
	if err := strictDecode(b, s); err != nil {
		return err
	}
	if s.Format != SummaryFormat || s.Version != SignedVersion {
		return fmt.Errorf("format %q version %d, want %q %d: %w", s.Format, s.Version, SummaryFormat, SignedVersion, errs.ErrBadInput)
	}
	if err := s.Plan.check(); err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	for i := range s.Contributions {
		if err := s.Contributions[i].check(); err != nil {
			return fmt.Errorf("contribution %d: %w", i+1, err)
		}
	}
	if !isHash(s.TranscriptHash) || !isHash(s.VKSHA256) {
		return fmt.Errorf("transcript_hash and vk_sha256 must be hex SHA-256: %w", errs.ErrBadInput)
	}
	return nil
}

func (p *Plan) check() error {
	switch {
	case p.Format != PlanFormat || p.Version != SignedVersion:
		return fmt.Errorf("format %q version %d, want %q %d: %w", p.Format, p.Version, PlanFormat, SignedVersion, errs.ErrBadInput)
	case p.Power < MinPower || p.Power > MaxPower:
		return fmt.Errorf("power %d out of [%d, %d]: %w", p.Power, MinPower, MaxPower, errs.ErrBadInput)
	case !isHash(p.CircuitDigest) || !isHash(p.PtauSHA256) || !isHash(p.SRS) || !isHash(p.Init):
		return fmt.Errorf("circuit_digest, ptau_sha256, srs and init must be hex SHA-256: %w", errs.ErrBadInput)
	}
	return nil
}

func (r *Receipt) check() error {
	switch {
	case r.Index < 1:
		return fmt.Errorf("index %d: %w", r.Index, errs.ErrBadInput)
	case !common.IsHexAddress(r.Contributor) || !strings.HasPrefix(r.Contributor, "0x"):
		return fmt.Errorf("contributor %q is not an address: %w", r.Contributor, errs.ErrBadInput)
	case !isHash(r.Previous) || !isHash(r.Hash):
		return fmt.Errorf("previous and hash must be hex SHA-256: %w", errs.ErrBadInput)
	}
	return nil
}

func isHash(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == sha256.Size && strings.ToLower(s) == s
}

func strictDecode(b []byte, v any) error {
	dec := strictjson.NewDecoder(b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%v: %w", err, errs.ErrBadInput)
	}
	if dec.More() {
		return fmt.Errorf("data after the JSON value: %w", errs.ErrBadInput)
	}
	return nil
}

func readSmall(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w: %w", err, errs.ErrBadInput)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSignedFile+1))
	if err != nil {
		return nil, fmt.Errorf("ceremony: %s: %w", path, err)
	}
	if len(b) > maxSignedFile {
		return nil, fmt.Errorf("ceremony: %s: larger than %d bytes: %w", path, maxSignedFile, errs.ErrBadInput)
	}
	return b, nil
}

// WriteSummary writes s to path as indented JSON.
func WriteSummary(path string, s *Summary) error { return writeJSONFile(path, s) }

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	if err := renameio.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	return nil
}
