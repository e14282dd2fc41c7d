package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
)

// TestVerifiersUpToDate regenerates every committed verifier from its
// committed verifying key: the Solidity must match byte for byte.
func TestVerifiersUpToDate(t *testing.T) {
	for _, f := range fixtures.All {
		t.Run(f.Name, func(t *testing.T) {
			vk, bundles, err := f.Load(".")
			if err != nil {
				t.Fatal(err)
			}
			folded, gnark, err := f.Render(vk, bundles)
			if err != nil {
				t.Fatal(err)
			}
			for path, want := range map[string][]byte{f.VerifierPath(): folded, f.GnarkVerifierPath(): gnark} {
				got, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from ExportVerifier's output for %s: run `go run ./contracts/internal/fixturegen` and `make contracts`", path, filepath.Join(f.Dir(), "vk.bin"))
				}
			}
		})
	}
}

func TestExportVerifierRejects(t *testing.T) {
	f, _ := fixtures.Get("tiny")
	vk, _, err := f.Load(".")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := contracts.ExportVerifier(vk, &buf, contracts.WithContractName("bad name")); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("a contract name with a space: got %v, want ErrBadInput", err)
	}
	if err := contracts.ExportVerifier(nil, &buf); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("nil key: got %v, want ErrBadInput", err)
	}
	noCommit := groth16.NewVerifyingKey(vk.CurveID())
	if err := contracts.ExportVerifier(noCommit, &buf); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("key without commitment: got %v, want ErrBadInput", err)
	}
	// Fixed inputs: tiny has one public input (index 0).
	var v fr.Element
	for name, opts := range map[string][]contracts.Option{
		"negative index":     {contracts.WithFixedInput(-1, v)},
		"index past the end": {contracts.WithFixedInput(1, v)},
		"fixed twice":        {contracts.WithFixedInput(0, v), contracts.WithFixedInput(0, v)},
	} {
		if err := contracts.ExportVerifier(vk, &buf, opts...); !errors.Is(err, contracts.ErrBadInput) {
			t.Errorf("fixed input, %s: got %v, want ErrBadInput", name, err)
		}
	}
	_, bundles, err := f.Load(".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.FixedModel(bundles[0]); !errors.Is(err, contracts.ErrBadInput) {
		t.Errorf("FixedModel of a circuit without model_digest: got %v, want ErrBadInput", err)
	}
}

// verdict is one verifier's answer: "" for accept, else the error name.
type verdict struct{ folded, gnark string }

// TestFoldedVerifierEquivalence deploys gnark's verifier and the folded one
// for each fixture circuit and checks that they accept and reject the same
// proofs: the real ones, malleated but valid ones, and tampered ones (proof
// points moved to other curve points, bytes flipped, public inputs changed or
// out of the field, wrong lengths). The Go verifier is the third opinion.
func TestFoldedVerifierEquivalence(t *testing.T) {
	c := simchain.New(t, []string{"deployer"}, nil)
	ctx := context.Background()
	for _, f := range fixtures.All {
		t.Run(f.Name, func(t *testing.T) {
			vk, bundles, err := f.Load(".")
			if err != nil {
				t.Fatal(err)
			}
			folded, err := f.VerifierArtifact()
			if err != nil {
				t.Fatal(err)
			}
			gnark, err := f.GnarkVerifierArtifact()
			if err != nil {
				t.Fatal(err)
			}
			fAddr, _ := c.DeployVerifier(t, "deployer", folded.Bin)
			gAddr, _ := c.DeployVerifier(t, "deployer", gnark.Bin)
			run := func(proof []byte, inputs []*big.Int) verdict {
				var v verdict
				data := packVerifyProof(t, len(inputs), proof, inputs)
				for _, target := range []struct {
					addr common.Address
					out  *string
				}{{fAddr, &v.folded}, {gAddr, &v.gnark}} {
					// A fixed gas budget: a precompile fed a bad point burns
					// all the gas it gets, so some rejections are out-of-gas.
					_, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: c.Addr("deployer"), To: &target.addr, Data: data, Gas: 2_000_000}, nil)
					switch {
					case err == nil:
						*target.out = ""
					default:
						*target.out = "rejected: " + chain.DecodeRevertErr("verifyProof", err).Error()
					}
				}
				return v
			}
			for bi, b := range bundles {
				proof := common.FromHex(b.Proof)
				inputs := publicInputs(t, b)
				goAccepts := func(proof []byte, inputs []*big.Int) bool {
					p, err := bundle.ProofFromSolidity(proof)
					if err != nil {
						return false
					}
					w, err := witnessOf(inputs)
					if err != nil {
						return false
					}
					pw, err := w.PublicWitness()
					if err != nil {
						return false
					}
					return prover.Verify(vk, p, pw) == nil
				}
				for _, tc := range tamperings(t, proof, inputs) {
					v := run(tc.proof, tc.inputs)
					if bi == 0 && testing.Verbose() {
						t.Logf("%s: folded %q, gnark %q", tc.name, v.folded, v.gnark)
					}
					if (v.folded == "") != (v.gnark == "") {
						t.Errorf("bundle %d, %s: folded %q, gnark %q: the verifiers disagree", bi, tc.name, v.folded, v.gnark)
					}
					if (v.folded == "") != tc.valid {
						t.Errorf("bundle %d, %s: folded verifier says %q, want valid=%v", bi, tc.name, v.folded, tc.valid)
					}
					if tc.goCheck && goAccepts(tc.proof, tc.inputs) != tc.valid {
						t.Errorf("bundle %d, %s: the Go verifier disagrees (want valid=%v)", bi, tc.name, tc.valid)
					}
				}
				if f.Bundles > 1 && bi > 0 {
					// A valid proof of another statement.
					other := common.FromHex(bundles[0].Proof)
					if v := run(other, inputs); v.folded == "" || v.gnark == "" {
						t.Errorf("bundle %d with bundle 0's proof: folded %q, gnark %q: want both to reject", bi, v.folded, v.gnark)
					}
				}
			}
		})
	}
}

type tampering struct {
	name    string
	proof   []byte
	inputs  []*big.Int
	valid   bool
	goCheck bool // the Go verifier can judge it (it parses the bytes strictly)
}

// tamperings derives variants of a valid proof.
func tamperings(t *testing.T, proof []byte, inputs []*big.Int) []tampering {
	t.Helper()
	p, err := bundle.ProofFromSolidity(proof)
	if err != nil {
		t.Fatal(err)
	}
	enc := func(q *groth16Proof) []byte { return q.MarshalSolidity() }
	_, _, g1, g2 := curve.Generators()
	var out []tampering
	add := func(name string, pr []byte, in []*big.Int, valid bool, goCheck bool) {
		out = append(out, tampering{name: name, proof: pr, inputs: in, valid: valid, goCheck: goCheck})
	}
	add("valid", proof, inputs, true, true)

	// Groth16 malleability: (sA, s⁻¹B, C) is another valid proof.
	var s, sInv fr.Element
	s.SetUint64(7)
	sInv.Inverse(&s)
	m := *p
	m.Ar.ScalarMultiplication(&p.Ar, s.BigInt(new(big.Int)))
	m.Bs.ScalarMultiplication(&p.Bs, sInv.BigInt(new(big.Int)))
	add("malleated A and B", enc(&m), inputs, true, true)

	// Each point moved to another valid curve point.
	moves := []struct {
		name string
		mut  func(q *groth16Proof)
	}{
		{"A+G", func(q *groth16Proof) { q.Ar.Add(&q.Ar, &g1) }},
		{"B+G2", func(q *groth16Proof) { q.Bs.Add(&q.Bs, &g2) }},
		{"C+G", func(q *groth16Proof) { q.Krs.Add(&q.Krs, &g1) }},
		{"commitment+G", func(q *groth16Proof) { q.Commitments[0].Add(&q.Commitments[0], &g1) }},
		{"PoK+G", func(q *groth16Proof) { q.CommitmentPok.Add(&q.CommitmentPok, &g1) }},
		{"PoK=G", func(q *groth16Proof) { q.CommitmentPok = g1 }},
		{"commitment and PoK at infinity", func(q *groth16Proof) {
			q.Commitments[0] = curve.G1Affine{}
			q.CommitmentPok = curve.G1Affine{}
		}},
		{"commitment doubled, PoK doubled", func(q *groth16Proof) {
			q.Commitments[0].Double(&q.Commitments[0])
			q.CommitmentPok.Double(&q.CommitmentPok)
		}},
	}
	for _, mv := range moves {
		q := *p
		q.Commitments = append([]curve.G1Affine(nil), p.Commitments...)
		mv.mut(&q)
		add(mv.name, enc(&q), inputs, false, true)
	}
	// Bytes flipped: off-curve points or unreduced coordinates.
	for _, off := range []int{31, 0x40 + 31, 0xc0 + 31, 0x100 + 31, 0x140 + 31, 0x17f} {
		b := append([]byte(nil), proof...)
		b[off] ^= 1
		add("byte flipped at "+big.NewInt(int64(off)).String(), b, inputs, false, false)
	}
	add("proof truncated", proof[:len(proof)-32], inputs, false, false)
	add("proof extended", append(append([]byte(nil), proof...), make([]byte, 32)...), inputs, false, false)
	rMod := fr.Modulus()
	for i := range inputs {
		in := append([]*big.Int(nil), inputs...)
		in[i] = new(big.Int).Add(inputs[i], big.NewInt(1))
		in[i].Mod(in[i], rMod)
		add("public input "+big.NewInt(int64(i)).String()+" + 1", proof, in, false, true)
		in2 := append([]*big.Int(nil), inputs...)
		in2[i] = new(big.Int).Add(inputs[i], rMod) // same residue, not reduced
		add("public input "+big.NewInt(int64(i)).String()+" + R", proof, in2, false, false)
	}
	return out
}

type groth16Proof = groth16_bn254.Proof

// packVerifyProof encodes verifyProof(bytes, uint256[n]): gnark's interface,
// which both verifiers have.
func packVerifyProof(t *testing.T, n int, proof []byte, inputs []*big.Int) []byte {
	t.Helper()
	tb, err := abi.NewType("bytes", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	ta, err := abi.NewType(fmt.Sprintf("uint256[%d]", n), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	arr := reflect.New(reflect.ArrayOf(n, reflect.TypeOf(&big.Int{}))).Elem()
	for i, v := range inputs {
		arr.Index(i).Set(reflect.ValueOf(v))
	}
	packed, err := abi.Arguments{{Type: tb}, {Type: ta}}.Pack(proof, arr.Interface())
	if err != nil {
		t.Fatal(err)
	}
	sel := crypto.Keccak256([]byte(fmt.Sprintf("verifyProof(bytes,uint256[%d])", n)))[:4]
	return append(sel, packed...)
}

func publicInputs(t *testing.T, b *bundle.Bundle) []*big.Int {
	t.Helper()
	var out []*big.Int
	for _, p := range b.PublicInputs {
		e, err := bundle.ParseElement(p.Value)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e.BigInt(new(big.Int)))
	}
	return out
}

// witnessOf is a bundle holding only inputs as public inputs (each below R).
func witnessOf(inputs []*big.Int) (*bundle.Bundle, error) {
	b := &bundle.Bundle{}
	for i, v := range inputs {
		if v.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("input %d not reduced", i)
		}
		var e fr.Element
		e.SetBigInt(v)
		b.PublicInputs = append(b.PublicInputs, bundle.PublicInput{Name: fmt.Sprint(i), Value: bundle.FormatElement(e)})
	}
	return b, nil
}
