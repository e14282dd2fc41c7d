package contracts

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strings"
	"text/template"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"golang.org/x/crypto/sha3"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
)

// ErrBadInput marks verifying keys the exporter cannot turn into a verifier.
var ErrBadInput = fmt.Errorf("contracts: %w", errs.ErrBadInput)

// FoldDomain separates the folded verifier's challenge from every other
// Keccak-256 use: r = keccak256(FoldDomain ‖ proof ‖ inputs) mod R.
const FoldDomain = "openproof.groth16.fold.v1"

// ProofSize is the length of a one-commitment proof in MarshalSolidity's
// layout: A, B, C, the commitment and its proof of knowledge.
const ProofSize = 384

// Option configures ExportVerifier.
type Option func(*exportConfig)

type exportConfig struct {
	name     string
	fixed    map[int]fr.Element
	ceremony *Ceremony
	err      error // an option's mistake, reported by ExportVerifier
}

// Ceremony is the signed MPC ceremony a verifying key was sealed by, for the
// verifier's header comment (prover/ceremony.VerifySigned; the key store
// manifest's transcript).
type Ceremony struct {
	TranscriptHash string   // the final transcript hash (hex SHA-256)
	Contributors   []string // the contributors' addresses, in order
	Note           string   // one line, e.g. "TEST ceremony: all contributors local"
}

// WithCeremony names, in the generated source's header comment, the
// ceremony whose transcript hash anyone can check the key against. Comments
// do not change the bytecode (contracts/compile.js writes no metadata hash).
func WithCeremony(c Ceremony) Option {
	return func(cfg *exportConfig) {
		if err := c.check(); err != nil && cfg.err == nil {
			cfg.err = err
		}
		cfg.ceremony = &c
	}
}

var (
	hashRe    = regexp.MustCompile(`^[0-9a-f]{64}$`)
	addressRe = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
)

func (c *Ceremony) check() error {
	if !hashRe.MatchString(c.TranscriptHash) {
		return fmt.Errorf("ceremony transcript hash %q is not hex SHA-256: %w", c.TranscriptHash, ErrBadInput)
	}
	if len(c.Contributors) == 0 {
		return fmt.Errorf("ceremony without contributors: %w", ErrBadInput)
	}
	for _, a := range c.Contributors {
		if !addressRe.MatchString(a) {
			return fmt.Errorf("ceremony contributor %q is not an address: %w", a, ErrBadInput)
		}
	}
	for _, r := range c.Note {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("ceremony note %q: one line of printable text: %w", c.Note, ErrBadInput)
		}
	}
	return nil
}

// WithContractName names the generated contract (default OpenProofVerifier).
func WithContractName(name string) Option { return func(c *exportConfig) { c.name = name } }

// WithFixedInput fixes public input index (0-based, in circuit order) to
// value: the verifier accepts a proof only with that value there, and folds
// value·K_index into the key's constant point at export time instead of
// multiplying on chain (6,000 gas less per fixed input). For inputs the
// circuit itself fixes, e.g. the model digest of an inference circuit, whose
// base weights are circuit constants: the verifier then accepts exactly the
// proofs it accepted before. The verify interface is unchanged.
func WithFixedInput(index int, value fr.Element) Option {
	return func(c *exportConfig) {
		if c.fixed == nil {
			c.fixed = map[int]fr.Element{}
		}
		if _, ok := c.fixed[index]; ok && c.err == nil {
			c.err = fmt.Errorf("public input %d fixed twice: %w", index, ErrBadInput)
		}
		c.fixed[index] = value
	}
}

// FixedModel fixes the public input model_digest to b's value: for the
// inference circuits, whose base weights (hence model digest) are circuit
// constants.
func FixedModel(b *bundle.Bundle) (Option, error) {
	for i, p := range b.PublicInputs {
		if p.Name != "model_digest" {
			continue
		}
		v, err := bundle.ParseElement(p.Value)
		if err != nil {
			return nil, fmt.Errorf("model_digest: %w: %w", err, ErrBadInput)
		}
		return WithFixedInput(i, v), nil
	}
	return nil, fmt.Errorf("the bundle has no public input model_digest: %w", ErrBadInput)
}

var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ExportVerifier writes openproof's Solidity verifier for vk: gnark's
// Groth16 verifier with the commitment's proof-of-knowledge check folded into
// the Groth16 pairing check. vk must be a BN254 key with exactly one
// commitment, and proofs must be made with the Solidity-target options (the
// prover package does).
//
// gnark's verifier runs two pairing checks, P₁ = e(A,B)·e(C,−δ)·e(α,−β)·
// e(L,−γ) = 1 and P₂ = e(D,−σG)·e(K,G) = 1 (D the commitment, K its proof
// of knowledge). This one checks P₁·P₂ʳ = 1 in a single pairing call (six
// pairs; five where G is γ, below), with
// r = keccak256(FoldDomain ‖ proof ‖ inputs) mod R. Valid proofs pass (both
// factors are 1). If either check fails, P₁·P₂ʳ = 1 holds for at most one r
// out of R, and r is fixed by the very bytes being checked, so a forger has
// to find a Keccak output hitting that value: the same work as finding a
// preimage. It saves one pairing call's base price (45,000 gas) for two
// scalar multiplications (12,000).
//
// Where the commitment key's G2 generator G is the key's γ (keys from
// prover.DevSetup or gnark's MPC setup), e(L,−γ)·e(r·K,G) = e(L − r·K,−γ)
// and the call has five pairs: another 34,000 gas less.
func ExportVerifier(vk groth16.VerifyingKey, w io.Writer, opts ...Option) error {
	cfg := exportConfig{name: "OpenProofVerifier"}
	for _, o := range opts {
		o(&cfg)
	}
	if !identRe.MatchString(cfg.name) {
		return fmt.Errorf("contract name %q is not a Solidity identifier: %w", cfg.name, ErrBadInput)
	}
	v, err := bn254Key(vk)
	if err != nil {
		return err
	}
	if cfg.err != nil {
		return cfg.err
	}
	data, err := templateData(v, cfg.name, cfg.fixed)
	if err != nil {
		return err
	}
	data.Ceremony = cfg.ceremony
	var buf bytes.Buffer
	if err := foldedTemplate.Execute(&buf, data); err != nil {
		return fmt.Errorf("contracts: render verifier: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("contracts: write verifier: %w", err)
	}
	return nil
}

// ExportGnarkVerifier writes gnark's own Solidity verifier for vk (Keccak-256
// hash to field, as the prover's Solidity target uses), with its contract
// renamed to name. openproof deploys ExportVerifier's contract; this one is
// the reference the tests and gas figures compare it with.
func ExportGnarkVerifier(vk groth16.VerifyingKey, w io.Writer, name string) error {
	if !identRe.MatchString(name) {
		return fmt.Errorf("contract name %q is not a Solidity identifier: %w", name, ErrBadInput)
	}
	v, err := bn254Key(vk)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := v.ExportSolidity(&buf,
		solidity.WithPragmaVersion("^0.8.20"),
		solidity.WithHashToFieldFunction(sha3.NewLegacyKeccak256()),
	); err != nil {
		return fmt.Errorf("contracts: gnark export: %w", err)
	}
	src := buf.String()
	const decl = "\ncontract Verifier {"
	if strings.Count(src, decl) != 1 {
		return fmt.Errorf("contracts: gnark's verifier has no unique %q", strings.TrimSpace(decl))
	}
	src = strings.Replace(src, decl, "\ncontract "+name+" {", 1)
	if _, err := io.WriteString(w, src); err != nil {
		return fmt.Errorf("contracts: write verifier: %w", err)
	}
	return nil
}

func bn254Key(vk groth16.VerifyingKey) (*groth16_bn254.VerifyingKey, error) {
	v, ok := vk.(*groth16_bn254.VerifyingKey)
	if !ok || v == nil {
		return nil, fmt.Errorf("verifying key is %T, want a BN254 Groth16 key: %w", vk, ErrBadInput)
	}
	if len(v.CommitmentKeys) != 1 || len(v.PublicAndCommitmentCommitted) != 1 {
		return nil, fmt.Errorf("verifying key has %d commitments: the Solidity verifier supports exactly one: %w", len(v.CommitmentKeys), ErrBadInput)
	}
	// K holds the constant, the public inputs and the commitment's hash.
	if len(v.G1.K) < 3 {
		return nil, fmt.Errorf("verifying key has %d K points, want at least 3: %w", len(v.G1.K), ErrBadInput)
	}
	nb := len(v.G1.K) - 2
	for _, idx := range v.PublicAndCommitmentCommitted[0] {
		if idx < 1 || idx > nb {
			return nil, fmt.Errorf("verifying key commits to public input %d of %d: %w", idx, nb, ErrBadInput)
		}
	}
	return v, nil
}

type g1 struct{ X, Y string }

// pub is one public input's point, or its fixed value.
type pub struct {
	g1
	Fixed bool
	Value string
}
type g2 struct{ X0, X1, Y0, Y1 string }

type tmplData struct {
	Name        string
	NbPublic    int
	VKSHA256    string
	FoldDomain  string
	Alpha       g1
	BetaNeg     g2
	GammaNeg    g2
	DeltaNeg    g2
	PedersenG   g2
	PedersenGSN g2
	K0          g1
	Pub         []pub // the public inputs' points, then the commitment hash's
	Fixed       bool  // len(fixed) > 0: some public input is fixed (WithFixedInput)
	Committed   []int
	HashLen     string // bytes hashed for the commitment's public input
	FoldLen     string // bytes hashed for the folding challenge
	Aligned     bool   // the commitment key's G is γ: five pairs, not six
	PairsLen    string // bytes passed to the pairing precompile
	Ceremony    *Ceremony
}

func fpStr(x fp.Element) string {
	var b big.Int
	x.BigInt(&b)
	return b.String()
}

func mkG1(p curve.G1Affine) g1 { return g1{fpStr(p.X), fpStr(p.Y)} }

func mkG2(p curve.G2Affine) g2 {
	return g2{X0: fpStr(p.X.A0), X1: fpStr(p.X.A1), Y0: fpStr(p.Y.A0), Y1: fpStr(p.Y.A1)}
}

func templateData(v *groth16_bn254.VerifyingKey, name string, fixed map[int]fr.Element) (*tmplData, error) {
	h, err := bundle.VKSHA256(v)
	if err != nil {
		return nil, err
	}
	var betaNeg, gammaNeg, deltaNeg curve.G2Affine
	betaNeg.Neg(&v.G2.Beta)
	gammaNeg.Neg(&v.G2.Gamma)
	deltaNeg.Neg(&v.G2.Delta)
	var dom [32]byte
	copy(dom[:], FoldDomain)
	d := &tmplData{
		Name:        name,
		NbPublic:    len(v.G1.K) - 2,
		VKSHA256:    "0x" + h,
		FoldDomain:  "0x" + hex.EncodeToString(dom[:]),
		Alpha:       mkG1(v.G1.Alpha),
		BetaNeg:     mkG2(betaNeg),
		GammaNeg:    mkG2(gammaNeg),
		DeltaNeg:    mkG2(deltaNeg),
		PedersenG:   mkG2(v.CommitmentKeys[0].G),
		PedersenGSN: mkG2(v.CommitmentKeys[0].GSigmaNeg),
		K0:          mkG1(v.G1.K[0]),
		Committed:   append([]int(nil), v.PublicAndCommitmentCommitted[0]...),
	}
	d.HashLen = fmt.Sprintf("0x%x", 32*(2+len(d.Committed)))
	d.FoldLen = fmt.Sprintf("0x%x", 32+ProofSize+32*d.NbPublic)
	d.Aligned = prover.CommitmentKeyAligned(v)
	pairs := 6
	if d.Aligned {
		pairs = 5
	}
	d.PairsLen = fmt.Sprintf("0x%x", 0xc0*pairs)
	for i := range fixed {
		if i < 0 || i >= d.NbPublic {
			return nil, fmt.Errorf("fixed public input %d: the key has %d public inputs: %w", i, d.NbPublic, ErrBadInput)
		}
	}
	d.Fixed = len(fixed) > 0
	k0 := v.G1.K[0]
	for i, k := range v.G1.K[1:] {
		val, ok := fixed[i] // the last K (the commitment's hash) is never fixed: i = NbPublic
		if !ok {
			d.Pub = append(d.Pub, pub{g1: mkG1(k)})
			continue
		}
		var term curve.G1Affine
		term.ScalarMultiplication(&k, val.BigInt(new(big.Int)))
		k0.Add(&k0, &term)
		d.Pub = append(d.Pub, pub{Fixed: true, Value: val.String()})
	}
	d.K0 = mkG1(k0)
	return d, nil
}

var foldedTemplate = template.Must(template.New("folded").Funcs(template.FuncMap{
	"mul32": func(i int) string { return fmt.Sprintf("0x%x", 32*i) },
	"add":   func(a, b int) int { return a + b },
	"sub":   func(a, b int) int { return a - b },
}).Parse(foldedSolidity))
