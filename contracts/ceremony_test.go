package contracts_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/pipeline"
)

// ceremonyVerifiers are the committed verifiers of `make
// ceremony-verifiers` (scripts/ceremony/test-ceremony.sh): the transcript,
// verifying key and one proof under ceremony/<dir>, the Solidity under
// src/verifiers/ceremony.
var ceremonyVerifiers = []struct {
	dir, contract string
	// circuit compiles the circuit the ceremony is for, as the code builds
	// it now (TestCeremonyVerifierCircuits).
	circuit func(context.Context) (*pipeline.Compiled, error)
}{
	{"mnist-demo", "MnistDemoCeremonyVerifier", demoCircuit},
}

// demoCircuit is `openproof prove`'s circuit for the embedded model and
// adapter (no attribution): the circuit of `make ceremony-verifiers`.
func demoCircuit(ctx context.Context) (*pipeline.Compiled, error) {
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		return nil, err
	}
	return pipeline.CompileInference(ctx, s.Model, s.Adapter, nil)
}

// TestCeremonyVerifierCircuits compiles each committed ceremony's circuit
// as the code builds it today and checks it is the circuit the ceremony
// ran for (name, digest, constraint count): a change to the circuit makes
// the committed keys and verifier stale, and `make ceremony-verifiers`
// must run again.
func TestCeremonyVerifierCircuits(t *testing.T) {
	for _, cv := range ceremonyVerifiers {
		t.Run(cv.dir, func(t *testing.T) {
			s, err := ceremony.ReadSummary(filepath.Join("ceremony", cv.dir, ceremony.SummaryFile))
			if err != nil {
				t.Fatal(err)
			}
			cc, err := cv.circuit(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if cc.Name != s.Plan.Circuit || cc.Digest != s.Plan.CircuitDigest || cc.Constraints() != s.Plan.Constraints {
				t.Fatalf("the ceremony in ceremony/%s ran for circuit %s (digest %s, %d constraints); the code builds %s (digest %s, %d constraints): run `make ceremony-verifiers` and commit its files",
					cv.dir, s.Plan.Circuit, s.Plan.CircuitDigest, s.Plan.Constraints, cc.Name, cc.Digest, cc.Constraints())
			}
		})
	}
}

// TestCeremonyVerifiers checks each committed ceremony verifier (and that
// src/verifiers/ceremony holds no other file) against its
// committed transcript without the ceremony's files: the transcript's
// signatures and hash chain check (at least two contributors), the
// verifying key is the one the transcript sealed, the Solidity is exactly
// what ExportVerifier writes for that key with the transcript in its
// header, the compiled contract is not a development-key verifier, and on
// the simulated chain it accepts the committed proof and refuses it with
// another output digest.
func TestCeremonyVerifiers(t *testing.T) {
	// DevKeys exempts the whole directory: every file in it must be one
	// checked here.
	files, err := filepath.Glob(filepath.Join(contracts.CeremonyVerifiers, "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(ceremonyVerifiers) {
		t.Fatalf("%s holds %v; every file there must be a ceremony verifier listed in ceremonyVerifiers", contracts.CeremonyVerifiers, files)
	}
	for i, cv := range ceremonyVerifiers {
		if filepath.Base(files[i]) != cv.contract+".sol" {
			t.Fatalf("%s holds %v; every file there must be a ceremony verifier listed in ceremonyVerifiers", contracts.CeremonyVerifiers, files)
		}
	}
	c := simchain.New(t, []string{"deployer"}, nil)
	for _, cv := range ceremonyVerifiers {
		t.Run(cv.dir, func(t *testing.T) {
			dir := filepath.Join("ceremony", cv.dir)
			s, err := ceremony.ReadSummary(filepath.Join(dir, ceremony.SummaryFile))
			if err != nil {
				t.Fatal(err)
			}
			addrs, err := ceremony.CheckSummary(s)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(s.Plan.Note, "TEST ceremony") {
				t.Errorf("note %q: the committed ceremonies are local test ceremonies and must say so", s.Plan.Note)
			}
			raw, err := os.ReadFile(filepath.Join(dir, "vk.bin"))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(raw)
			vk := groth16.NewVerifyingKey(ecc.BN254)
			if _, err := vk.ReadFrom(bytes.NewReader(raw)); err != nil {
				t.Fatal(err)
			}
			b, err := bundle.Read(filepath.Join(dir, "bundle-0.json"))
			if err != nil {
				t.Fatal(err)
			}
			if h := hex.EncodeToString(sum[:]); h != s.VKSHA256 || b.VKSHA256 != h || b.Circuit.Digest != s.Plan.CircuitDigest {
				t.Fatalf("vk.bin %s, transcript vk %s, bundle vk %s (circuit %s, transcript %s)", h, s.VKSHA256, b.VKSHA256, b.Circuit.Digest, s.Plan.CircuitDigest)
			}

			fix, err := contracts.FixedModel(b)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := contracts.ExportVerifier(vk, &want, contracts.WithContractName(cv.contract), fix,
				contracts.WithCeremony(contracts.Ceremony{TranscriptHash: s.TranscriptHash, Contributors: addrs, Note: s.Plan.Note})); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(contracts.CeremonyVerifiers, cv.contract+".sol"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("%s differs from ExportVerifier's output for %s and its transcript: run `make ceremony-verifiers`", cv.contract, dir)
			}

			a, err := contracts.LoadArtifact(cv.contract)
			if err != nil {
				t.Fatal(err)
			}
			if a.DevKeys() {
				t.Fatalf("%s (%s) counts as a development-key verifier", cv.contract, a.Source)
			}
			if _, err := chain.DeployVerifier(a.Bin, chain.VerifierOptions{}); err != nil {
				t.Fatalf("DeployVerifier without AllowDevKeys: %v", err)
			}
			addr, _ := c.DeployVerifier(t, "deployer", a.Bin)
			proof := common.FromHex(b.Proof)
			inputs := publicInputs(t, b)
			call := func(inputs []*big.Int) error {
				_, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{
					From: c.Addr("deployer"), To: &addr, Data: packVerifyProof(t, len(inputs), proof, inputs), Gas: 2_000_000,
				}, nil)
				return err
			}
			if err := call(inputs); err != nil {
				t.Fatalf("the committed proof is refused: %v", chain.DecodeRevertErr("verifyProof", err))
			}
			other := append([]*big.Int(nil), inputs...)
			other[len(other)-1] = new(big.Int).Add(other[len(other)-1], big.NewInt(1))
			if err := call(other); err == nil {
				t.Fatal("the proof verifies with another output digest")
			}
		})
	}
}
