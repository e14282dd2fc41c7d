package ceremony_test

import (
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/internal/toy"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzInspect seed files")

// seedFiles are valid ceremony files of every kind (the toy circuit, domain
// 2^5) and hostile variants of them.
func seedFiles(t *testing.T) map[string][]byte {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	path := func(n string) string { return filepath.Join(dir, n) }
	ccs := compile(t, &toy.Cube{})
	must := func(_ ceremony.Contribution, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ceremony.InitPhase1(ctx, 5, path("p1.0")))
	must(ceremony.ContributePhase1(ctx, path("p1.0"), path("p1.1")))
	if _, err := ceremony.VerifyPhase1(ctx, []byte("beacon"), path("srs"), path("p1.1")); err != nil {
		t.Fatal(err)
	}
	must(ceremony.InitPhase2(ctx, path("srs"), ccs, path("p2.0")))
	must(ceremony.ContributePhase2(ctx, path("p2.0"), path("p2.1")))

	read := func(n string) []byte {
		b, err := os.ReadFile(path(n))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	p2 := read("p2.1")
	off := paramsOffset(t, p2)
	header := func(b []byte, old, repl string) []byte {
		s := strings.Replace(string(b), old, repl, 1)
		out := []byte(s)
		binary.BigEndian.PutUint32(out[len("openproof.mpc\n"):], uint32(int(binary.BigEndian.Uint32(b[len("openproof.mpc\n"):]))+len(repl)-len(old)))
		return out
	}
	mutate := func(b []byte, f func([]byte)) []byte {
		c := append([]byte(nil), b...)
		f(c)
		return c
	}
	return map[string][]byte{
		"phase1-init":       read("p1.0"),
		"phase1-contrib":    read("p1.1"),
		"srs":               read("srs"),
		"phase2-init":       read("p2.0"),
		"phase2-contrib":    p2,
		"empty":             nil,
		"bad-magic":         mutate(p2, func(c []byte) { c[0] = 'O' }),
		"truncated":         p2[:len(p2)-1],
		"trailing":          append(append([]byte(nil), p2...), 0),
		"header-huge":       mutate(p2, func(c []byte) { binary.BigEndian.PutUint32(c[len("openproof.mpc\n"):], 0xffffffff) }),
		"header-version":    header(p2, `"version":1`, `"version":2`),
		"header-unknown":    header(p2, `"version":1`, `"version":1,"x":0`),
		"header-power":      header(p2, `"power":5`, `"power":20`),
		"header-kind":       header(p2, `"kind":"phase2"`, `"kind":"phase1"`),
		"uncompressed":      mutate(p2, func(c []byte) { c[off+2] &= 0x3f }),
		"huge-slice":        mutate(p2, func(c []byte) { binary.BigEndian.PutUint32(c[off+34:], 0xffffffff) }),
		"flipped-point":     mutate(p2, func(c []byte) { offCurve(t, c[off+2:off+2+bn254.SizeOfG1AffineCompressed]) }),
		"phase1-bad-domain": mutate(read("p1.1"), func(c []byte) { binary.BigEndian.PutUint64(c[paramsOffset(t, c)+3*96:], 1<<40) }),
	}
}

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzInspect", seedFiles(t))
}

// TestHostileFiles checks each hostile seed is refused as bad input (and
// each valid one accepted), without panicking or allocating what a length
// field claims.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	for name, b := range seedFiles(t) {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := ceremony.Inspect(p)
			valid := strings.HasPrefix(name, "phase") && !strings.Contains(name, "bad") || name == "srs"
			if valid {
				if err != nil {
					t.Fatalf("valid file refused: %v", err)
				}
				return
			}
			t.Log(err)
			if !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("got %+v, %v; want ErrBadInput", c, err)
			}
			if !strings.Contains(err.Error(), p) {
				t.Fatalf("error %q does not name the file", err)
			}
		})
	}
}

// FuzzInspect checks that reading a ceremony file never panics and that
// what it accepts it describes consistently.
func FuzzInspect(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "f")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := ceremony.Inspect(p)
		if err != nil {
			if !errors.Is(err, prover.ErrBadInput) {
				t.Fatalf("error %v does not wrap ErrBadInput", err)
			}
			return
		}
		if len(c.Hash) != 64 || c.Power < ceremony.MinPower || c.Power > ceremony.MaxPower {
			t.Fatalf("accepted file described as %+v", c)
		}
		again, err := ceremony.Inspect(p)
		if err != nil || again != c {
			t.Fatalf("second read: %+v, %v; first %+v", again, err, c)
		}
	})
}

// offCurve flips one low bit of a compressed G1 point's x coordinate such
// that no curve point has the new x. About half of all x are on BN254's G1,
// so a fixed flip of a random contribution's point would sometimes still be
// a valid point.
func offCurve(t *testing.T, p []byte) {
	t.Helper()
	for bit := 0; bit < 64; bit++ {
		p[len(p)-1-bit/8] ^= 1 << (bit % 8)
		var q bn254.G1Affine
		if _, err := q.SetBytes(p); err != nil {
			return
		}
		p[len(p)-1-bit/8] ^= 1 << (bit % 8)
	}
	t.Fatal("no single bit flip moved the point off the curve")
}
