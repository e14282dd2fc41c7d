package ceremony_test

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/internal/toy"
	"github.com/openproof/openproof/prover/keystore"
)

func compile(t *testing.T, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := prover.Compile(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// run is a ceremony's files: phase-1 contributions, the SRS, phase-2 contributions.
type run struct {
	dir    string
	ccs    constraint.ConstraintSystem
	p1     []ceremony.Contribution // index 0 is the initial file
	srs    string
	tr1    *keystore.Transcript
	p2     []ceremony.Contribution
	beacon []byte
}

func (r *run) paths(cs []ceremony.Contribution) []string {
	var out []string
	for _, c := range cs[1:] {
		out = append(out, c.Path)
	}
	return out
}

// newRun runs both phases with two contributors each, up to (not including)
// the phase-2 verification.
func newRun(t *testing.T) *run {
	t.Helper()
	ctx := context.Background()
	r := &run{dir: t.TempDir(), ccs: compile(t, &toy.Cube{}), beacon: []byte("beacon: block 123456 hash")}
	power, err := ceremony.Power(r.ccs.GetNbConstraints())
	if err != nil {
		t.Fatal(err)
	}
	file := func(name string) string { return filepath.Join(r.dir, name) }

	c, err := ceremony.InitPhase1(ctx, power, file("phase1.0"))
	if err != nil {
		t.Fatal(err)
	}
	r.p1 = append(r.p1, c)
	for i := 1; i <= 2; i++ {
		c, err := ceremony.ContributePhase1(ctx, r.p1[i-1].Path, file("phase1."+string(rune('0'+i))))
		if err != nil {
			t.Fatal(err)
		}
		if c.Index != i || c.Kind != ceremony.KindPhase1 || c.Power != power || len(c.Hash) != 64 {
			t.Fatalf("contribution %d described as %+v", i, c)
		}
		r.p1 = append(r.p1, c)
	}
	r.srs = file("srs")
	if r.tr1, err = ceremony.VerifyPhase1(ctx, r.beacon, r.srs, r.paths(r.p1)...); err != nil {
		t.Fatal(err)
	}

	c, err = ceremony.InitPhase2(ctx, r.srs, r.ccs, file("phase2.0"))
	if err != nil {
		t.Fatal(err)
	}
	r.p2 = append(r.p2, c)
	for i := 1; i <= 2; i++ {
		c, err := ceremony.ContributePhase2(ctx, r.p2[i-1].Path, file("phase2."+string(rune('0'+i))))
		if err != nil {
			t.Fatal(err)
		}
		r.p2 = append(r.p2, c)
	}
	return r
}

func TestCeremony(t *testing.T) {
	ctx := context.Background()
	r := newRun(t)
	pk, vk, tr, err := ceremony.VerifyPhase2(ctx, r.srs, r.ccs, []byte("second beacon"), r.paths(r.p2)...)
	if err != nil {
		t.Fatal(err)
	}
	// gnark's MPC setup puts the commitment key on γ (the generator), so
	// the exported Solidity verifier takes its five-pair form.
	if v, ok := vk.(*groth16_bn254.VerifyingKey); !ok || !prover.CommitmentKeyAligned(v) {
		t.Error("ceremony key's commitment generator is not its γ")
	}

	// The transcript lists exactly the hashes the contributors were given.
	for i, c := range r.p1[1:] {
		if tr.Phase1[i] != c.Hash {
			t.Errorf("transcript phase1[%d] = %s, contributor got %s", i, tr.Phase1[i], c.Hash)
		}
	}
	for i, c := range r.p2[1:] {
		if tr.Phase2[i] != c.Hash {
			t.Errorf("transcript phase2[%d] = %s, contributor got %s", i, tr.Phase2[i], c.Hash)
		}
	}
	if tr.Phase1Beacon != hex.EncodeToString(r.beacon) || tr.Phase2Beacon != hex.EncodeToString([]byte("second beacon")) || tr.SRS != r.tr1.SRS {
		t.Errorf("transcript %+v does not record the beacons and SRS", tr)
	}
	for _, c := range append(r.p1, r.p2...) {
		got, err := ceremony.Inspect(c.Path)
		if err != nil || got != c {
			t.Errorf("Inspect(%s) = %+v, %v; want %+v", c.Path, got, err, c)
		}
	}
	srs, err := ceremony.Inspect(r.srs)
	if err != nil || srs.Kind != ceremony.KindSRS || srs.Hash != tr.SRS {
		t.Errorf("Inspect(srs) = %+v, %v", srs, err)
	}

	// The keys prove and verify.
	w, err := frontend.NewWitness(toy.CubeAssignment(11), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	proof, err := prover.CPU().Prove(ctx, r.ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(vk, proof, pub); err != nil {
		t.Fatalf("proof with ceremony keys refused: %v", err)
	}

	// And they go into the key store as an mpc setup.
	digest, _ := prover.CircuitDigest(r.ccs)
	ks, err := keystore.Open(filepath.Join(r.dir, "keys"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Put(digest, keystore.Info{CircuitName: "toy.cube", Setup: keystore.SetupMPC, Transcript: tr}, pk, vk); err != nil {
		t.Fatal(err)
	}
	if _, _, m, err := ks.Get(digest); err != nil || m.Setup != keystore.SetupMPC || m.Transcript.Phase2[1] != r.p2[2].Hash {
		t.Fatalf("key store entry: %+v, %v", m, err)
	}
}

// swapPoints rewrites a copy of a ceremony file with two equal-size chunks of
// its parameters exchanged: both stay valid points, so only the
// contribution's checks can notice.
func swapPoints(t *testing.T, src, dst string, off1, off2, size int) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	start := paramsOffset(t, b)
	p1, p2 := b[start+off1:start+off1+size], b[start+off2:start+off2+size]
	tmp := append([]byte(nil), p1...)
	copy(p1, p2)
	copy(p2, tmp)
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func paramsOffset(t *testing.T, b []byte) int {
	t.Helper()
	const magic = "openproof.mpc\n"
	if !strings.HasPrefix(string(b), magic) {
		t.Fatal("not a ceremony file")
	}
	return len(magic) + 4 + int(binary.BigEndian.Uint32(b[len(magic):]))
}

func TestTamperedContributions(t *testing.T) {
	ctx := context.Background()
	r := newRun(t)
	file := func(name string) string { return filepath.Join(r.dir, name) }

	// Phase-1 layout: 3 update proofs (96 bytes each), N (8), [β]₂ (64), then [τⁱ]₁ from i=1.
	const tau1 = 3*96 + 8 + 64
	swapPoints(t, r.p1[2].Path, file("p1-swapped-tau"), tau1+32, tau1+64, 32) // [τ²]₁ ↔ [τ³]₁
	swapPoints(t, r.p1[2].Path, file("p1-swapped-proof"), 0, 96, 96)          // τ and α update proofs

	// A contribution built on the initial file instead of contribution 1.
	fork, err := ceremony.ContributePhase1(ctx, r.p1[0].Path, file("p1-fork"))
	if err != nil {
		t.Fatal(err)
	}
	// Rename its index so only the challenge chain can catch it.
	forkAt2 := file("p1-fork-at-2")
	{
		b, _ := os.ReadFile(fork.Path)
		s := strings.Replace(string(b), `"index":1`, `"index":2`, 1)
		if err := os.WriteFile(forkAt2, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Phase-2 layout: nb commitments (2), [δ]₁ (32), len(PKK) (4), PKK, len(Z) (4), Z.
	b, err := os.ReadFile(r.p2[2].Path)
	if err != nil {
		t.Fatal(err)
	}
	params := b[paramsOffset(t, b):]
	nbPKK := int(binary.BigEndian.Uint32(params[34:]))
	z := 38 + 32*nbPKK + 4
	swapPoints(t, r.p2[2].Path, file("p2-swapped-z"), z, z+32, 32)
	swapPoints(t, r.p2[2].Path, file("p2-swapped-delta"), 2, 38, 32) // [δ]₁ ↔ PKK[0]

	otherCCS := compile(t, &toy.Statement{})
	other, err := ceremony.InitPhase2(ctx, r.srs, otherCCS, file("other.0"))
	if err != nil {
		t.Fatal(err)
	}
	otherContrib, err := ceremony.ContributePhase2(ctx, other.Path, file("other.1"))
	if err != nil {
		t.Fatal(err)
	}

	srs2 := file("srs2")
	if _, err := ceremony.VerifyPhase1(ctx, r.beacon, srs2, r.p1[1].Path, file("p1-swapped-tau")); !errors.Is(err, ceremony.ErrInvalidContribution) {
		t.Fatalf("phase 1, swapped powers of tau: got %v, want ErrInvalidContribution", err)
	}
	tests := []struct {
		name  string
		phase int
		files []string
		want  error
	}{
		{"p1 swapped powers", 1, []string{r.p1[1].Path, file("p1-swapped-tau")}, ceremony.ErrInvalidContribution},
		{"p1 swapped proofs", 1, []string{r.p1[1].Path, file("p1-swapped-proof")}, ceremony.ErrInvalidContribution},
		{"p1 fork", 1, []string{r.p1[1].Path, forkAt2}, ceremony.ErrInvalidContribution},
		{"p1 out of order", 1, []string{r.p1[2].Path, r.p1[1].Path}, prover.ErrBadInput},
		{"p1 initial file as contribution", 1, []string{r.p1[0].Path}, prover.ErrBadInput},
		{"p1 none", 1, nil, prover.ErrBadInput},
		{"p1 phase-2 file", 1, []string{r.p2[1].Path}, prover.ErrBadInput},
		{"p2 swapped Z", 2, []string{r.p2[1].Path, file("p2-swapped-z")}, ceremony.ErrInvalidContribution},
		{"p2 swapped delta", 2, []string{r.p2[1].Path, file("p2-swapped-delta")}, ceremony.ErrInvalidContribution},
		{"p2 skipped contribution", 2, []string{r.p2[2].Path}, prover.ErrBadInput},
		{"p2 other circuit", 2, []string{otherContrib.Path}, prover.ErrBadInput},
		{"p2 none", 2, nil, prover.ErrBadInput},
		{"p2 phase-1 file", 2, []string{r.p1[1].Path}, prover.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.phase == 1 {
				_, err = ceremony.VerifyPhase1(ctx, r.beacon, srs2, tc.files...)
			} else {
				_, _, _, err = ceremony.VerifyPhase2(ctx, r.srs, r.ccs, r.beacon, tc.files...)
			}
			t.Log(err)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if len(tc.files) > 0 && !strings.Contains(err.Error(), filepath.Base(tc.files[len(tc.files)-1])) &&
				!strings.Contains(err.Error(), filepath.Base(tc.files[0])) {
				t.Fatalf("error %q names no file", err)
			}
		})
	}
	if _, err := os.Stat(srs2); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a refused phase 1 wrote an SRS")
	}
}

// TestCheckPhase2Contribution: one step of phase 2 checks against the file
// before it, without the SRS or the circuit; a tampered, skipped,
// reordered or foreign step is refused.
func TestCheckPhase2Contribution(t *testing.T) {
	ctx := context.Background()
	r := newRun(t)
	file := func(name string) string { return filepath.Join(r.dir, name) }
	swapPoints(t, r.p2[2].Path, file("p2-swapped-delta"), 2, 38, 32) // [δ]₁ ↔ PKK[0]
	other, err := ceremony.InitPhase2(ctx, r.srs, compile(t, &toy.Statement{}), file("other.0"))
	if err != nil {
		t.Fatal(err)
	}
	otherContrib, err := ceremony.ContributePhase2(ctx, other.Path, file("other.1"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		prev, next string
		want       error
	}{
		{"first contribution", r.p2[0].Path, r.p2[1].Path, nil},
		{"second contribution", r.p2[1].Path, r.p2[2].Path, nil},
		{"tampered", r.p2[1].Path, file("p2-swapped-delta"), ceremony.ErrInvalidContribution},
		{"skipped", r.p2[0].Path, r.p2[2].Path, ceremony.ErrInvalidContribution},
		{"reversed", r.p2[2].Path, r.p2[1].Path, ceremony.ErrInvalidContribution},
		{"other circuit", r.p2[0].Path, otherContrib.Path, ceremony.ErrInvalidContribution},
		{"phase-1 file", r.p2[0].Path, r.p1[1].Path, prover.ErrBadInput},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ceremony.CheckPhase2Contribution(ctx, tc.prev, tc.next)
			if tc.want == nil {
				if err != nil || c != r.p2[i+1] {
					t.Fatalf("got %+v, %v; want %+v", c, err, r.p2[i+1])
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ceremony.CheckPhase2Contribution(cancelled, r.p2[0].Path, r.p2[1].Path); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

func TestBadArguments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ccs := compile(t, &toy.Cube{})
	init1, err := ceremony.InitPhase1(ctx, 3, filepath.Join(dir, "p1.0"))
	if err != nil {
		t.Fatal(err)
	}
	c1, err := ceremony.ContributePhase1(ctx, init1.Path, filepath.Join(dir, "p1.1"))
	if err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "srs-small")
	if _, err := ceremony.VerifyPhase1(ctx, []byte("b"), small, c1.Path); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name string
		run  func() error
		want error
	}{
		{"power 0", func() error { _, err := ceremony.InitPhase1(ctx, 0, filepath.Join(dir, "x")); return err }, prover.ErrBadInput},
		{"power 29", func() error { _, err := ceremony.InitPhase1(ctx, 29, filepath.Join(dir, "x")); return err }, prover.ErrBadInput},
		{"empty beacon", func() error { _, err := ceremony.VerifyPhase1(ctx, nil, filepath.Join(dir, "x"), c1.Path); return err }, prover.ErrBadInput},
		{"srs too small for circuit", func() error {
			_, err := ceremony.InitPhase2(ctx, small, ccs, filepath.Join(dir, "x"))
			return err
		}, prover.ErrBadInput},
		{"srs is a phase-1 file", func() error {
			_, err := ceremony.InitPhase2(ctx, c1.Path, ccs, filepath.Join(dir, "x"))
			return err
		}, prover.ErrBadInput},
		{"nil circuit", func() error { _, err := ceremony.InitPhase2(ctx, small, nil, filepath.Join(dir, "x")); return err }, prover.ErrBadInput},
		{"missing file", func() error {
			_, err := ceremony.ContributePhase1(ctx, filepath.Join(dir, "nope"), filepath.Join(dir, "x"))
			return err
		}, os.ErrNotExist},
		{"cancelled", func() error {
			_, err := ceremony.ContributePhase1(cancelled, c1.Path, filepath.Join(dir, "x"))
			return err
		}, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a refused call wrote its output")
	}
}

func TestPower(t *testing.T) {
	tests := []struct{ n, want int }{{1, 1}, {2, 1}, {3, 2}, {18, 5}, {32, 5}, {33, 6}, {1 << 20, 20}, {1<<20 + 1, 21}}
	for _, tc := range tests {
		if got, err := ceremony.Power(tc.n); err != nil || got != tc.want {
			t.Errorf("Power(%d) = %d, %v; want %d", tc.n, got, err, tc.want)
		}
	}
	for _, n := range []int{0, -1, 1<<28 + 1} {
		if _, err := ceremony.Power(n); !errors.Is(err, prover.ErrBadInput) {
			t.Errorf("Power(%d): got %v, want ErrBadInput", n, err)
		}
	}
}
