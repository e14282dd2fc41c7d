package ceremony_test

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover/ceremony"
)

// Committed .ptau files, made by snarkjs 0.7.6:
//
//	pot4.ptau:          new bn128 4, contribute -e=entropy1, beacon 0102…1f 10
//	pot1_prepared.ptau: new bn128 1, contribute -e=entropy2, prepare phase2
//	pot1_new.ptau:      new bn128 1 (no contribution: τ = 1)
var (
	ptau4      = filepath.Join("testdata", "ptau", "pot4.ptau")
	ptau1Prep  = filepath.Join("testdata", "ptau", "pot1_prepared.ptau")
	ptau1Fresh = filepath.Join("testdata", "ptau", "pot1_new.ptau")
)

func ptauRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ptauSections maps each section type of a .ptau file to its data.
func ptauSections(t testing.TB, b []byte) map[uint32][]byte {
	t.Helper()
	out := map[uint32][]byte{}
	pos := 12
	for range binary.LittleEndian.Uint32(b[8:]) {
		typ, size := binary.LittleEndian.Uint32(b[pos:]), int(binary.LittleEndian.Uint64(b[pos+4:]))
		out[typ] = b[pos+12 : pos+12+size]
		pos += 12 + size
	}
	if pos != len(b) {
		t.Fatalf("section walk ended at %d of %d", pos, len(b))
	}
	return out
}

// ptauPutG1 and ptauPutG2 write a point as a .ptau file holds it:
// coordinates little-endian in Montgomery form.
func ptauPutG1(b []byte, p *curve.G1Affine) {
	for i, e := range []*fp.Element{&p.X, &p.Y} {
		for k := range e {
			binary.LittleEndian.PutUint64(b[32*i+8*k:], e[k])
		}
	}
}

func ptauPutG2(b []byte, p *curve.G2Affine) {
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		for k := range e {
			binary.LittleEndian.PutUint64(b[32*i+8*k:], e[k])
		}
	}
}

func ptauG1At(t testing.TB, s []byte, i int) curve.G1Affine {
	t.Helper()
	var p curve.G1Affine
	for k := range 4 {
		p.X[k] = binary.LittleEndian.Uint64(s[64*i+8*k:])
		p.Y[k] = binary.LittleEndian.Uint64(s[64*i+32+8*k:])
	}
	return p
}

func TestImportPtau(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		file          string
		power         int
		contributions int
		prepared      bool
	}{
		{ptau4, 4, 2, false},
		{ptau4, 2, 2, false},
		{ptau4, 1, 2, false},
		{ptau1Prep, 1, 1, true},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.file)+"/"+string(rune('0'+tc.power)), func(t *testing.T) {
			out := filepath.Join(dir, filepath.Base(tc.file)+"-srs"+string(rune('0'+tc.power)))
			info, err := ceremony.ImportPtau(ctx, tc.file, tc.power, out)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(ptauRead(t, tc.file))
			sha := hex.EncodeToString(sum[:])
			inspected, err := ceremony.InspectPtau(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			filePower := 4
			if tc.file == ptau1Prep {
				filePower = 1
			}
			switch {
			case info.SHA256 != sha || len(info.BLAKE2b) != 128:
				t.Errorf("hashes %s %s, want sha256 %s", info.SHA256, info.BLAKE2b, sha)
			case info.Power != filePower || info.CeremonyPower != filePower || info.Contributions != tc.contributions || info.Prepared != tc.prepared:
				t.Errorf("described as %+v", info)
			case inspected.Power != info.Power || inspected.Contributions != info.Contributions || inspected.Prepared != info.Prepared || inspected.SHA256 != "":
				t.Errorf("InspectPtau: %+v, ImportPtau: %+v", inspected, info)
			case info.SRS.Kind != ceremony.KindSRS || info.SRS.Power != tc.power || info.SRS.Path != out:
				t.Errorf("SRS described as %+v", info.SRS)
			case len(info.Transcript.Phase1) != 1 || info.Transcript.Phase1[0] != ceremony.PtauTranscriptPrefix+sha ||
				info.Transcript.SRS != info.SRS.Hash || info.Transcript.Phase1Beacon != "":
				t.Errorf("transcript %+v", info.Transcript)
			}
			// The SRS file reads back as VerifyPhase1's do.
			if got, err := ceremony.Inspect(out); err != nil || got != info.SRS {
				t.Errorf("Inspect(SRS) = %+v, %v; want %+v", got, err, info.SRS)
			}
			// Importing is deterministic: the SRS hash is a function of the file.
			again, err := ceremony.ImportPtau(ctx, tc.file, tc.power, out+".again")
			if err != nil || again.SRS.Hash != info.SRS.Hash {
				t.Errorf("second import: %v, hash %s vs %s", err, again.SRS.Hash, info.SRS.Hash)
			}
		})
	}
}

// ptauNotInSubgroup returns a point on BN254's G2 curve outside the
// prime-order subgroup.
func ptauNotInSubgroup(t testing.TB) curve.G2Affine {
	t.Helper()
	// The twist is y² = x³ + 3/(9+u).
	var b curve.E2
	b.A0.SetUint64(9)
	b.A1.SetOne()
	b.Inverse(&b)
	var three curve.E2
	three.A0.SetUint64(3)
	b.Mul(&b, &three)
	for k := uint64(1); k < 1000; k++ {
		var p curve.G2Affine
		p.X.A0.SetUint64(k)
		p.X.A1.SetOne()
		var rhs curve.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no point outside the subgroup found")
	return curve.G2Affine{}
}

func TestImportPtauRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	orig := ptauRead(t, ptau4)
	// mutate returns a copy of pot4.ptau changed by f, given its sections.
	mutate := func(f func(b []byte, s map[uint32][]byte)) []byte {
		b := append([]byte(nil), orig...)
		f(b, ptauSections(t, b))
		return b
	}
	swap := func(sec uint32, size, i, j int) []byte {
		return mutate(func(_ []byte, s map[uint32][]byte) {
			d := s[sec]
			tmp := append([]byte(nil), d[i*size:(i+1)*size]...)
			copy(d[i*size:], d[j*size:(j+1)*size])
			copy(d[j*size:], tmp)
		})
	}
	// section header offsets: magic(4) version(4) n(4), then type(4) size(8) per section.
	sectionHeader := func(b []byte, typ uint32) int {
		pos := 12
		for {
			if binary.LittleEndian.Uint32(b[pos:]) == typ {
				return pos
			}
			pos += 12 + int(binary.LittleEndian.Uint64(b[pos+4:]))
		}
	}
	tauG1 := func(s map[uint32][]byte) []byte { return s[2] }
	offCurve := mutate(func(_ []byte, s map[uint32][]byte) {
		// Find a bit whose flip takes [τ³]₁ off the curve (about half the x do).
		for bit := range 256 {
			tauG1(s)[3*64+bit/8] ^= 1 << (bit % 8)
			p := ptauG1At(t, tauG1(s), 3)
			if !p.IsOnCurve() {
				return
			}
			tauG1(s)[3*64+bit/8] ^= 1 << (bit % 8)
		}
		t.Fatal("no bit flip moves the point off the curve")
	})
	// A valid point, the wrong power: [2τ³]₁ for [τ³]₁.
	doubled := mutate(func(_ []byte, s map[uint32][]byte) {
		p := ptauG1At(t, tauG1(s), 3)
		p.Double(&p)
		ptauPutG1(tauG1(s)[3*64:], &p)
	})
	var two fr.Element
	two.SetUint64(2)
	twoBig := two.BigInt(new(big.Int))
	badBeta := mutate(func(_ []byte, s map[uint32][]byte) {
		var p curve.G2Affine
		for k := range 4 {
			p.X.A0[k] = binary.LittleEndian.Uint64(s[6][8*k:])
			p.X.A1[k] = binary.LittleEndian.Uint64(s[6][32+8*k:])
			p.Y.A0[k] = binary.LittleEndian.Uint64(s[6][64+8*k:])
			p.Y.A1[k] = binary.LittleEndian.Uint64(s[6][96+8*k:])
		}
		p.ScalarMultiplication(&p, twoBig)
		ptauPutG2(s[6], &p)
	})
	notInSubgroup := ptauNotInSubgroup(t)

	tests := []struct {
		name  string
		data  []byte
		file  string // instead of data
		power int
		want  error
		msg   string
	}{
		{name: "empty", data: []byte{}, want: errs.ErrBadInput, msg: "not a .ptau file"},
		{name: "wrong magic", data: mutate(func(b []byte, _ map[uint32][]byte) { b[0] = 'P' }), want: errs.ErrBadInput, msg: "not a .ptau file"},
		{name: "version 2", data: mutate(func(b []byte, _ map[uint32][]byte) { b[4] = 2 }), want: errs.ErrBadInput, msg: "version 2"},
		{name: "truncated", data: orig[:len(orig)-1], want: errs.ErrBadInput, msg: "truncated"},
		{name: "truncated in tauG1", data: orig[:200], want: errs.ErrBadInput, msg: "truncated"},
		{name: "trailing byte", data: append(append([]byte(nil), orig...), 0), want: errs.ErrBadInput, msg: "after the last section"},
		{name: "too many sections", data: mutate(func(b []byte, _ map[uint32][]byte) { binary.LittleEndian.PutUint32(b[8:], 1<<31) }), want: errs.ErrBadInput, msg: "sections"},
		{name: "oversized section", data: mutate(func(b []byte, _ map[uint32][]byte) {
			binary.LittleEndian.PutUint64(b[sectionHeader(b, 2)+4:], 1<<62)
		}), want: errs.ErrBadInput, msg: "tauG1"},
		{name: "duplicate section", data: mutate(func(b []byte, _ map[uint32][]byte) {
			binary.LittleEndian.PutUint32(b[sectionHeader(b, 7):], 6)
		}), want: errs.ErrBadInput, msg: "duplicate betaG2"},
		{name: "missing section", data: mutate(func(b []byte, _ map[uint32][]byte) {
			binary.LittleEndian.PutUint32(b[sectionHeader(b, 7):], 12)
		}), want: errs.ErrBadInput, msg: "no contributions section"},
		{name: "unknown section", data: mutate(func(b []byte, _ map[uint32][]byte) {
			binary.LittleEndian.PutUint32(b[sectionHeader(b, 7):], 99)
		}), want: errs.ErrBadInput, msg: "unknown type 99"},
		{name: "wrong prime", data: mutate(func(_ []byte, s map[uint32][]byte) { s[1][4] ^= 1 }), want: errs.ErrBadInput, msg: "wrong curve"},
		{name: "wrong field size", data: mutate(func(_ []byte, s map[uint32][]byte) { s[1][0] = 48 }), want: errs.ErrBadInput, msg: "wrong curve"},
		{name: "header power", data: mutate(func(_ []byte, s map[uint32][]byte) { s[1][36], s[1][40] = 5, 5 }), want: errs.ErrBadInput, msg: "power 5 needs"},
		{name: "header power 0", data: mutate(func(_ []byte, s map[uint32][]byte) { s[1][36] = 0 }), want: errs.ErrBadInput, msg: "power 0"},
		{name: "power too small", data: orig, power: 5, want: errs.ErrBadInput, msg: "up to 2^4, the circuit needs 2^5"},
		{name: "power out of range", data: orig, power: 0, want: errs.ErrBadInput, msg: "power 0"},
		{name: "no contributions", file: ptau1Fresh, power: 1, want: errs.ErrBadInput, msg: "no contributions"},
		{name: "contribution count", data: mutate(func(_ []byte, s map[uint32][]byte) { binary.LittleEndian.PutUint32(s[7], 1<<30) }), want: errs.ErrBadInput, msg: "contributions"},
		{name: "flipped bit in tauG1", data: offCurve, want: errs.ErrBadInput, msg: "tauG1[3]: not on the curve"},
		{name: "coordinate not reduced", data: mutate(func(_ []byte, s map[uint32][]byte) {
			for i := range 32 {
				s[4][64+i] = 0xff
			}
		}), want: errs.ErrBadInput, msg: "alphaTauG1[1]: coordinate"},
		{name: "infinity in betaTauG1", data: mutate(func(_ []byte, s map[uint32][]byte) { clear(s[5][2*64 : 3*64]) }), want: errs.ErrBadInput, msg: "betaTauG1[2]: the point at infinity"},
		{name: "tauG2 not in subgroup", data: mutate(func(_ []byte, s map[uint32][]byte) { ptauPutG2(s[3][2*128:], &notInSubgroup) }), want: errs.ErrBadInput, msg: "tauG2[2]: not in the prime-order subgroup"},
		// Valid points that are not the powers of one τ: only the pairings see it.
		{name: "doubled tauG1 point", data: doubled, want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "swapped tauG1", data: swap(2, 64, 2, 3), want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "swapped tauG1 beyond 2^3", power: 3, data: swap(2, 64, 13, 14), want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "swapped tauG2", data: swap(3, 128, 2, 3), want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "swapped alphaTauG1", data: swap(4, 64, 1, 2), want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "swapped betaTauG1", data: swap(5, 64, 1, 3), want: ceremony.ErrInvalidContribution, msg: "powers of one τ"},
		{name: "betaTauG1[0] swapped", data: swap(5, 64, 0, 1), want: ceremony.ErrInvalidContribution, msg: "[β]₂"},
		{name: "betaG2 doubled", data: badBeta, want: ceremony.ErrInvalidContribution, msg: "[β]₂"},
		{name: "tauG1 generator swapped", data: swap(2, 64, 0, 1), want: ceremony.ErrInvalidContribution, msg: "generator"},
		{name: "tauG2 generator swapped", data: swap(3, 128, 0, 1), want: ceremony.ErrInvalidContribution, msg: "generator"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.file
			if path == "" {
				path = filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".ptau")
				if err := os.WriteFile(path, tc.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			power := tc.power
			if power == 0 && tc.name != "power out of range" {
				power = 4
			}
			out := filepath.Join(dir, "srs")
			_, err := ceremony.ImportPtau(ctx, path, power, out)
			t.Log(err)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
			if power >= ceremony.MinPower && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Fatal("a refused import wrote the SRS")
			}
		})
	}
}

func TestImportPtauCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(t.TempDir(), "srs")
	if _, err := ceremony.ImportPtau(ctx, ptau4, 2, out); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if _, err := ceremony.ImportPtau(context.Background(), filepath.Join(t.TempDir(), "nope"), 2, out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: got %v", err)
	}
}

// TestImportPtauPrefix checks only the powers the domain needs are read: a
// change past them leaves the SRS as it was, and only the file's hash (which
// the transcript records) tells the files apart.
func TestImportPtauPrefix(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	b := ptauRead(t, ptau4)
	g1 := ptauSections(t, b)[2]
	copy(g1[20*64:21*64], g1[21*64:22*64]) // tauG1[20]; power 2 uses [0, 7)
	changed := filepath.Join(dir, "changed.ptau")
	if err := os.WriteFile(changed, b, 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := ceremony.ImportPtau(ctx, ptau4, 2, filepath.Join(dir, "srs"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ceremony.ImportPtau(ctx, changed, 2, filepath.Join(dir, "srs-changed"))
	if err != nil {
		t.Fatal(err)
	}
	if got.SRS.Hash != want.SRS.Hash || got.SHA256 == want.SHA256 || got.BLAKE2b == want.BLAKE2b {
		t.Fatalf("SRS %s vs %s, file %s vs %s", got.SRS.Hash, want.SRS.Hash, got.SHA256, want.SHA256)
	}
	if _, err := ceremony.ImportPtau(ctx, changed, 4, filepath.Join(dir, "srs-changed-4")); !errors.Is(err, ceremony.ErrInvalidContribution) {
		t.Fatalf("power 4 reads the changed point: got %v, want ErrInvalidContribution", err)
	}
}
