package ceremony_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/keystore"
)

// square proves x = y² in one constraint: a domain
// of 2^1, which both committed .ptau files (pot4, pot1_prepared) serve.
type square struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable `gnark:"y"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y))
	return nil
}

// testKey is a contributor's deterministic test key.
func testKey(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	seed := sha256.Sum256([]byte("openproof ceremony test key " + name))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func address(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }

// signedRun coordinates a ceremony for square from pot4.ptau in a fresh
// directory and adds one signed contribution per name.
func signedRun(t *testing.T, names ...string) (string, constraint.ConstraintSystem) {
	t.Helper()
	ctx := context.Background()
	ccs := compile(t, &square{})
	dir := filepath.Join(t.TempDir(), "ceremony")
	plan, err := ceremony.Coordinate(ctx, dir, ptau4, "square", "TEST ceremony", ccs)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Power != 1 || plan.Circuit != "square" || plan.Note != "TEST ceremony" {
		t.Fatalf("plan %+v", plan)
	}
	for i, n := range names {
		r, err := ceremony.ContributeSigned(ctx, dir, testKey(t, n))
		if err != nil {
			t.Fatal(err)
		}
		if r.Index != i+1 || r.Contributor != address(testKey(t, n)) {
			t.Fatalf("receipt %+v", r)
		}
	}
	return dir, ccs
}

// TestSignedCeremony runs two signed contributions from a snarkjs .ptau,
// verifies the chain, seals it, and proves and verifies with the keys; the
// summary checks without the files and the keys go into the key store with
// the transcript hash and the contributors.
func TestSignedCeremony(t *testing.T) {
	ctx := context.Background()
	dir, ccs := signedRun(t, "alice", "bob")
	beacon := []byte("beacon: block 123456 hash")
	s, err := ceremony.VerifySigned(ctx, dir, ptau4, t.TempDir(), ccs, beacon)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{address(testKey(t, "alice")), address(testKey(t, "bob"))}
	if strings.Join(s.Contributors, ",") != strings.Join(want, ",") {
		t.Errorf("contributors %v, want %v", s.Contributors, want)
	}
	if s.Transcript.Hash != ceremony.FinalHash(s.Head, beacon) || s.Summary.TranscriptHash != s.Transcript.Hash ||
		s.Transcript.Phase1[0] != ceremony.PtauTranscriptPrefix+s.Plan.PtauSHA256 || len(s.Transcript.Phase2) != 2 {
		t.Errorf("transcript %+v, summary %+v", s.Transcript, s.Summary)
	}
	addrs, err := ceremony.CheckSummary(s.Summary)
	if err != nil || strings.Join(addrs, ",") != strings.Join(want, ",") {
		t.Errorf("CheckSummary: %v, %v", addrs, err)
	}
	// A summary written and read back still checks.
	path := filepath.Join(t.TempDir(), ceremony.SummaryFile)
	if err := ceremony.WriteSummary(path, s.Summary); err != nil {
		t.Fatal(err)
	}
	back, err := ceremony.ReadSummary(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ceremony.CheckSummary(back); err != nil {
		t.Errorf("summary read back: %v", err)
	}

	w, err := frontend.NewWitness(&square{X: 9, Y: 3}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	proof, err := prover.CPU().Prove(ctx, ccs, s.PK, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(s.VK, proof, pub); err != nil {
		t.Fatalf("proof with the signed ceremony's keys refused: %v", err)
	}
	other, _ := frontend.NewWitness(&square{X: 10}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err := prover.Verify(s.VK, proof, other); err == nil {
		t.Fatal("proof verified against another public input")
	}

	digest, _ := prover.CircuitDigest(ccs)
	ks, err := keystore.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Put(digest, keystore.Info{CircuitName: "square", Setup: keystore.SetupMPC, Transcript: s.Transcript}, s.PK, s.VK); err != nil {
		t.Fatal(err)
	}
	if _, m, err := ks.VerifyingKey(digest); err != nil || m.Transcript.Hash != s.Transcript.Hash || len(m.Transcript.Contributors) != 2 ||
		m.Files[keystore.VKFile] != s.Summary.VKSHA256 {
		t.Fatalf("key store entry %+v, %v", m, err)
	}
}

// TestSignedCeremonyNeedsTwo: one contribution verifies but is not sealed.
func TestSignedCeremonyNeedsTwo(t *testing.T) {
	ctx := context.Background()
	dir, ccs := signedRun(t, "alice")
	s, err := ceremony.VerifySigned(ctx, dir, ptau4, t.TempDir(), ccs, nil)
	if err != nil || len(s.Contributors) != 1 || s.PK != nil {
		t.Fatalf("unsealed check: %+v, %v", s, err)
	}
	if _, err := ceremony.VerifySigned(ctx, dir, ptau4, t.TempDir(), ccs, []byte("beacon")); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("sealed with one contribution: %v", err)
	}
}

// rewriteReceipt edits receipt i of dir and, with key, signs it again.
func rewriteReceipt(t *testing.T, dir string, i int, key *ecdsa.PrivateKey, edit func(r *ceremony.Receipt)) {
	t.Helper()
	path := filepath.Join(dir, ceremony.ReceiptFile(i))
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r ceremony.Receipt
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	edit(&r)
	if key != nil {
		plan, err := ceremony.ReadPlan(filepath.Join(dir, ceremony.PlanFile))
		if err != nil {
			t.Fatal(err)
		}
		r.Contributor = address(key)
		if r.Signature, err = ceremony.Sign(key, ceremony.Message(plan.CircuitDigest, &r)); err != nil {
			t.Fatal(err)
		}
	}
	if b, err = json.Marshal(&r); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// resignAll rebuilds the whole receipt chain of dir from its plan, each
// receipt signed again by the key at its place: what a coordinator who
// controls every key could do.
func resignAll(t *testing.T, dir string, keys ...*ecdsa.PrivateKey) {
	t.Helper()
	plan, err := ceremony.ReadPlan(filepath.Join(dir, ceremony.PlanFile))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(ceremony.SeedText(plan)))
	head := hex.EncodeToString(sum[:])
	for i, k := range keys {
		var sig string
		rewriteReceipt(t, dir, i+1, k, func(r *ceremony.Receipt) { r.Previous = head })
		b, err := os.ReadFile(filepath.Join(dir, ceremony.ReceiptFile(i+1)))
		if err != nil {
			t.Fatal(err)
		}
		var r ceremony.Receipt
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		sig = r.Signature
		sum = sha256.Sum256([]byte(ceremony.Message(plan.CircuitDigest, &r) + "signature " + sig + "\n"))
		head = hex.EncodeToString(sum[:])
	}
}

func hashOf(t *testing.T, path string) string {
	t.Helper()
	c, err := ceremony.Inspect(path)
	if err != nil {
		t.Fatal(err)
	}
	return c.Hash
}

func mv(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

// TestSignedCeremonyRefuses: each way of tampering with a signed ceremony
// is refused, by VerifySigned and (for the receipts) by the next
// ContributeSigned.
func TestSignedCeremonyRefuses(t *testing.T) {
	ctx := context.Background()
	alice, bob, mallory := testKey(t, "alice"), testKey(t, "bob"), testKey(t, "mallory")
	tamperedPtau := filepath.Join(t.TempDir(), "tampered.ptau")
	b := ptauRead(t, ptau4)
	g1 := ptauSections(t, b)[2] // [τⁱ]₁: swap τ¹ and τ², both valid points
	tmp := append([]byte(nil), g1[64:128]...)
	copy(g1[64:128], g1[128:192])
	copy(g1[128:192], tmp)
	if err := os.WriteFile(tamperedPtau, b, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		ptau   string
		tamper func(t *testing.T, dir string)
		want   error
	}{
		{"tampered contribution", ptau4, func(t *testing.T, dir string) {
			// [δ]₁ ↔ PKK[0] in contribution 1: its receipt signs another hash.
			p := filepath.Join(dir, ceremony.Phase2File(1))
			swapPoints(t, p, p, 2, 38, 32)
		}, ceremony.ErrInvalidContribution},
		{"tampered contribution signed again", ptau4, func(t *testing.T, dir string) {
			// The same in contribution 2, whose receipt bob signs again:
			// every signature checks, gnark's update proof does not.
			p := filepath.Join(dir, ceremony.Phase2File(2))
			swapPoints(t, p, p, 2, 38, 32)
			h := hashOf(t, p)
			rewriteReceipt(t, dir, 2, bob, func(r *ceremony.Receipt) { r.Hash = h })
		}, ceremony.ErrInvalidContribution},
		{"bad signature", ptau4, func(t *testing.T, dir string) {
			rewriteReceipt(t, dir, 1, nil, func(r *ceremony.Receipt) {
				r.Signature = r.Signature[:10] + strings.Map(func(c rune) rune {
					if c == 'a' {
						return 'b'
					}
					return 'a'
				}, r.Signature[10:12]) + r.Signature[12:]
			})
		}, ceremony.ErrInvalidContribution},
		{"signature by another key", ptau4, func(t *testing.T, dir string) {
			rewriteReceipt(t, dir, 1, nil, func(r *ceremony.Receipt) { r.Contributor = address(mallory) })
		}, ceremony.ErrInvalidContribution},
		{"contribution re-signed by another key", ptau4, func(t *testing.T, dir string) {
			// Mallory claims alice's contribution: later signatures break.
			rewriteReceipt(t, dir, 1, mallory, func(*ceremony.Receipt) {})
		}, ceremony.ErrInvalidContribution},
		{"reordered", ptau4, func(t *testing.T, dir string) {
			for _, f := range []func(int) string{ceremony.Phase2File, ceremony.ReceiptFile} {
				mv(t, dir, f(1), "x")
				mv(t, dir, f(2), f(1))
				mv(t, dir, "x", f(2))
			}
		}, ceremony.ErrInvalidContribution},
		{"reordered and renumbered", ptau4, func(t *testing.T, dir string) {
			for _, f := range []func(int) string{ceremony.Phase2File, ceremony.ReceiptFile} {
				mv(t, dir, f(1), "x")
				mv(t, dir, f(2), f(1))
				mv(t, dir, "x", f(2))
			}
			rewriteReceipt(t, dir, 1, bob, func(r *ceremony.Receipt) { r.Index = 1 })
			rewriteReceipt(t, dir, 2, alice, func(r *ceremony.Receipt) { r.Index = 2 })
		}, ceremony.ErrInvalidContribution},
		{"dropped", ptau4, func(t *testing.T, dir string) {
			for _, f := range []string{ceremony.Phase2File(1), ceremony.ReceiptFile(1)} {
				if err := os.Remove(filepath.Join(dir, f)); err != nil {
					t.Fatal(err)
				}
			}
		}, ceremony.ErrInvalidContribution},
		{"dropped and renumbered", ptau4, func(t *testing.T, dir string) {
			mv(t, dir, ceremony.Phase2File(2), ceremony.Phase2File(1))
			mv(t, dir, ceremony.ReceiptFile(2), ceremony.ReceiptFile(1))
			rewriteReceipt(t, dir, 1, bob, func(r *ceremony.Receipt) { r.Index = 1 })
		}, ceremony.ErrInvalidContribution},
		{"unsigned contribution", ptau4, func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, ceremony.ReceiptFile(2))); err != nil {
				t.Fatal(err)
			}
		}, ceremony.ErrInvalidContribution},
		{"tampered ptau", tamperedPtau, func(*testing.T, string) {}, ceremony.ErrInvalidContribution},
		{"another ptau", ptau1Prep, func(*testing.T, string) {}, ceremony.ErrInvalidContribution},
		{"plan edited", ptau4, func(t *testing.T, dir string) {
			p := filepath.Join(dir, ceremony.PlanFile)
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(strings.Replace(string(b), "TEST ceremony", "production ceremony", 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}, ceremony.ErrInvalidContribution},
		{"initial state replaced, chain signed again", ptau4, func(t *testing.T, dir string) {
			// The plan names another initial file (here contribution 1's
			// parameters) and every receipt is signed again on top of it:
			// the recomputed initial state refuses it.
			p := filepath.Join(dir, ceremony.PlanFile)
			plan, err := ceremony.ReadPlan(p)
			if err != nil {
				t.Fatal(err)
			}
			plan.Init = hashOf(t, filepath.Join(dir, ceremony.Phase2File(1)))
			b, _ := json.Marshal(plan)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			resignAll(t, dir, alice, bob)
		}, ceremony.ErrInvalidContribution},
		{"chain signed again", ptau4, func(t *testing.T, dir string) {
			// Control: the same re-signing without a change verifies.
			resignAll(t, dir, alice, bob)
		}, nil},
		{"receipt with unknown field", ptau4, func(t *testing.T, dir string) {
			p := filepath.Join(dir, ceremony.ReceiptFile(1))
			b, _ := os.ReadFile(p)
			if err := os.WriteFile(p, []byte(strings.Replace(string(b), "{", `{"x":1,`, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}, errs.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, ccs := signedRun(t, "alice", "bob")
			tc.tamper(t, dir)
			_, err := ceremony.VerifySigned(ctx, dir, tc.ptau, t.TempDir(), ccs, []byte("beacon"))
			if tc.want == nil {
				if err != nil {
					t.Fatalf("VerifySigned: %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("VerifySigned: %v, want %v", err, tc.want)
			}
			t.Logf("refused: %v", err)
			if tc.ptau != ptau4 || strings.HasPrefix(tc.name, "tampered contribution") || strings.HasPrefix(tc.name, "initial") {
				// The receipts are consistent: a contributor checks them and
				// the file it builds on, not the earlier contributions or the
				// initial state.
				return
			}
			if _, err := ceremony.ContributeSigned(ctx, dir, mallory); err == nil {
				t.Error("ContributeSigned built on the tampered ceremony")
			}
		})
	}
}

// TestSignedCeremonyWrongCircuit: a ceremony checks against its own
// circuit only.
func TestSignedCeremonyWrongCircuit(t *testing.T) {
	dir, _ := signedRun(t, "alice", "bob")
	other := compile(t, &squareTwice{})
	if _, err := ceremony.VerifySigned(context.Background(), dir, ptau4, t.TempDir(), other, []byte("b")); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("another circuit: %v", err)
	}
}

type squareTwice struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable `gnark:"y"`
}

func (c *squareTwice) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y, 2))
	return nil
}

// TestCheckSummaryRefuses: a summary whose chain or signatures do not
// check is refused without the files.
func TestCheckSummaryRefuses(t *testing.T) {
	dir, ccs := signedRun(t, "alice", "bob")
	s, err := ceremony.VerifySigned(context.Background(), dir, ptau4, t.TempDir(), ccs, []byte("beacon"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(s *ceremony.Summary)
	}{
		{"transcript hash", func(s *ceremony.Summary) { s.TranscriptHash = strings.Repeat("0", 64) }},
		{"beacon", func(s *ceremony.Summary) { s.Beacon = "00" }},
		{"contributor", func(s *ceremony.Summary) { s.Contributions[1].Contributor = address(testKey(t, "mallory")) }},
		{"contribution hash", func(s *ceremony.Summary) { s.Contributions[0].Hash = s.Contributions[1].Hash }},
		{"ptau", func(s *ceremony.Summary) { s.Plan.PtauSHA256 = strings.Repeat("1", 64) }},
		{"dropped", func(s *ceremony.Summary) { s.Contributions = s.Contributions[1:] }},
		{"reordered", func(s *ceremony.Summary) {
			s.Contributions[0], s.Contributions[1] = s.Contributions[1], s.Contributions[0]
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := *s.Summary
			c.Contributions = append([]ceremony.Receipt(nil), s.Summary.Contributions...)
			tc.edit(&c)
			if _, err := ceremony.CheckSummary(&c); !errors.Is(err, ceremony.ErrInvalidContribution) {
				t.Fatalf("CheckSummary: %v", err)
			}
		})
	}
}
