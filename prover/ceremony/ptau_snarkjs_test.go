//go:build prover_checks && unix

package ceremony_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/ceremony/ceremonytest"
	"github.com/openproof/openproof/prover/internal/toy"
	"github.com/openproof/openproof/prover/keystore"
)

// TestPtauCeremony imports a snarkjs Powers of Tau larger than the circuit
// needs, runs a two-party phase 2 on it, and proves and verifies with the
// keys.
func TestPtauCeremony(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := func(name string) string { return filepath.Join(dir, name) }
	ccs, err := prover.Compile(ctx, &toy.Cube{})
	if err != nil {
		t.Fatal(err)
	}
	power, err := ceremony.Power(ccs.GetNbConstraints())
	if err != nil {
		t.Fatal(err)
	}
	ptauPath := ceremonytest.MakePtau(t, dir, power+1) // only a prefix is used

	info, err := ceremony.ImportPtau(ctx, ptauPath, power, file("srs"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Power != power+1 || info.Contributions != 3 || !info.Prepared || info.SRS.Power != power {
		t.Fatalf("import described as %+v", info)
	}
	c0, err := ceremony.InitPhase2(ctx, info.SRS.Path, ccs, file("p2.0"))
	if err != nil {
		t.Fatal(err)
	}
	c1, err := ceremony.ContributePhase2(ctx, c0.Path, file("p2.1"))
	if err != nil {
		t.Fatal(err)
	}
	c2, err := ceremony.ContributePhase2(ctx, c1.Path, file("p2.2"))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, tr, err := ceremony.VerifyPhase2(ctx, info.SRS.Path, ccs, []byte("phase-2 beacon"), c1.Path, c2.Path)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Phase1) != 1 || tr.Phase1[0] != ceremony.PtauTranscriptPrefix+info.SHA256 || tr.SRS != info.SRS.Hash || tr.Phase2[1] != c2.Hash {
		t.Fatalf("transcript %+v does not record the .ptau %s and SRS %s", tr, info.SHA256, info.SRS.Hash)
	}

	// The keys prove and verify, and the proof is bound to its public input.
	w, err := frontend.NewWitness(toy.CubeAssignment(11), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	proof, err := prover.CPU().Prove(ctx, ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk, proof, pub); err != nil {
		t.Fatalf("proof with keys from the imported .ptau refused: %v", err)
	}
	other, err := frontend.NewWitness(toy.CubeAssignment(12), ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk, proof, other); err == nil {
		t.Fatal("proof verified against another public input")
	}

	// The transcript goes into the key store as an MPC setup.
	digest, err := prover.CircuitDigest(ccs)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(file("keys"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Put(digest, keystore.Info{CircuitName: "toy.cube", Setup: keystore.SetupMPC, Transcript: tr}, pk, vk); err != nil {
		t.Fatal(err)
	}

	// A tampered copy of the same file is refused: tauG2[2] ↔ tauG2[3] are
	// still valid points, only the powers check sees the swap.
	b := ptauRead(t, ptauPath)
	g2 := ptauSections(t, b)[3]
	tmp := append([]byte(nil), g2[2*128:3*128]...)
	copy(g2[2*128:], g2[3*128:4*128])
	copy(g2[3*128:], tmp)
	if err := os.WriteFile(file("tampered.ptau"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ceremony.ImportPtau(ctx, file("tampered.ptau"), power, file("srs2")); !errors.Is(err, ceremony.ErrInvalidContribution) {
		t.Fatalf("tampered .ptau: got %v, want ErrInvalidContribution", err)
	}
}
