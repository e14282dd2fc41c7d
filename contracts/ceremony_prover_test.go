//go:build prover_checks && unix

package contracts_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/ethereum/go-ethereum"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/ceremony/ceremonytest"
)

// ceremonyCube proves knowledge of a 16-bit y with y³ = x; the range check
// gives it the one commitment the Solidity verifier wants.
type ceremonyCube struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable `gnark:"y"`
}

func (c *ceremonyCube) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, api.Mul(c.Y, c.Y, c.Y))
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

// TestSignedCeremonyOnChain is the production path on a small circuit (a
// 16-bit cube root with a range check: a domain of 2^5; TestDemoCeremony
// runs it for the demo's 2^16):
// a .ptau made by snarkjs, a phase 2 with two contributions signed by two
// Ethereum keys, verified back to the .ptau and sealed; the keys prove and
// the proof verifies in Go and with the exported Solidity verifier (header:
// the transcript hash) on the simulated chain, which refuses another public
// input.
func TestSignedCeremonyOnChain(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ccs, err := prover.Compile(ctx, &ceremonyCube{})
	if err != nil {
		t.Fatal(err)
	}
	power, err := ceremony.Power(ccs.GetNbConstraints())
	if err != nil {
		t.Fatal(err)
	}
	ptau := ceremonytest.MakePtau(t, dir, power)
	cdir := filepath.Join(dir, "ceremony")
	if _, err := ceremony.Coordinate(ctx, cdir, ptau, "cube", "TEST ceremony: all contributors local", ccs); err != nil {
		t.Fatal(err)
	}
	for _, who := range []string{"alice", "bob"} {
		if _, err := ceremony.ContributeSigned(ctx, cdir, simchain.Key(who)); err != nil {
			t.Fatal(err)
		}
	}
	s, err := ceremony.VerifySigned(ctx, cdir, ptau, dir, ccs, []byte("block 0xabc… hash"))
	if err != nil {
		t.Fatal(err)
	}

	w, err := frontend.NewWitness(&ceremonyCube{X: 11 * 11 * 11, Y: 11}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	proof, err := prover.CPU().Prove(ctx, ccs, s.PK, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(s.VK, proof, pub); err != nil {
		t.Fatalf("Go verifier refuses the ceremony keys' proof: %v", err)
	}

	var src bytes.Buffer
	cer := contracts.Ceremony{TranscriptHash: s.Transcript.Hash, Contributors: s.Contributors, Note: s.Plan.Note}
	if err := contracts.ExportVerifier(s.VK, &src, contracts.WithContractName("CeremonyCubeVerifier"), contracts.WithCeremony(cer)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src.String(), s.Transcript.Hash) {
		t.Fatal("the verifier's header lacks the transcript hash")
	}
	art := compileVerifier(t, "CeremonyCubeVerifier", src.Bytes())
	c := simchain.New(t, []string{"deployer"}, nil)
	addr, _ := c.DeployVerifier(t, "deployer", art.Bin)
	sol := proof.(*groth16_bn254.Proof).MarshalSolidity()
	for _, tc := range []struct {
		x    int64
		want bool
	}{{11 * 11 * 11, true}, {11*11*11 + 1, false}} {
		data := packVerifyProof(t, 1, sol, []*big.Int{big.NewInt(tc.x)})
		_, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: c.Addr("deployer"), To: &addr, Data: data, Gas: 2_000_000}, nil)
		if (err == nil) != tc.want {
			t.Errorf("x = %d: on-chain verifier says %v, want accepted = %v", tc.x, err, tc.want)
		}
	}
}

// compileVerifier compiles one Solidity source with build.sh's pinned solc
// and settings (compile.js over a scratch contracts directory).
func compileVerifier(t *testing.T, name string, src []byte) *contracts.Artifact {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed: cannot compile the exported verifier")
	}
	pkg := solcPackage(t)
	tmp := t.TempDir()
	for _, d := range []string{"src/verifiers", "contractstest/src", "out"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, "src", "verifiers", name+".sol"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	// compile.js compiles the test sources too: give it one.
	if err := os.WriteFile(filepath.Join(tmp, "contractstest", "src", "Empty.sol"), []byte("// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\ncontract Empty {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("node", "compile.js", filepath.Join(pkg, "node_modules"), tmp, filepath.Join(tmp, "out")).CombinedOutput(); err != nil {
		t.Fatalf("compile.js: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(tmp, "out", "build", "combined.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := contracts.FindArtifact(b, name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// solcPackage is build.sh's npm directory (solc, OpenZeppelin, bedrock at
// versions.env's versions), installed by build.sh when missing.
func solcPackage(t *testing.T) string {
	t.Helper()
	f, err := os.Open("versions.env")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v := map[string]string{}
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if k, val, ok := strings.Cut(sc.Text(), "="); ok {
			v[k] = val
		}
	}
	cache := os.Getenv("OPENPROOF_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			t.Fatal(err)
		}
		cache = filepath.Join(home, ".cache", "openproof")
	}
	pkg := filepath.Join(cache, "npm-contracts", "solc-"+v["SOLC_VERSION"]+"-oz-"+v["OZ_VERSION"]+"-bedrock-"+v["BEDROCK_VERSION"])
	if _, err := os.Stat(filepath.Join(pkg, ".installed")); err == nil {
		return pkg
	}
	out, err := exec.Command("bash", "build.sh", "--check").CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 3 {
		t.Skipf("contracts toolchain unavailable:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(pkg, ".installed")); err != nil {
		t.Fatalf("build.sh did not install %s: %s", pkg, out)
	}
	return pkg
}
