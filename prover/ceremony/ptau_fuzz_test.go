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

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/ceremony"
)

var writePtauSeeds = flag.Bool("write-ptau-seeds", false, "rewrite testdata/fuzz/FuzzParsePtau seed files")

// ptauSeeds are the committed power-1 .ptau files and hostile variants of
// the prepared one.
func ptauSeeds(t testing.TB) map[string][]byte {
	t.Helper()
	orig := ptauRead(t, ptau1Prep)
	mutate := func(f func(b []byte, s map[uint32][]byte)) []byte {
		b := append([]byte(nil), orig...)
		f(b, ptauSections(t, b))
		return b
	}
	return map[string][]byte{
		"valid-prepared":     orig,
		"no-contributions":   ptauRead(t, ptau1Fresh),
		"empty":              nil,
		"bad-magic":          mutate(func(b []byte, _ map[uint32][]byte) { b[1] = 'T' }),
		"truncated":          orig[:len(orig)-1],
		"trailing":           append(append([]byte(nil), orig...), 0),
		"huge-section-count": mutate(func(b []byte, _ map[uint32][]byte) { binary.LittleEndian.PutUint32(b[8:], 0xffffffff) }),
		"huge-section":       mutate(func(b []byte, _ map[uint32][]byte) { binary.LittleEndian.PutUint64(b[16:], 1<<63) }),
		"wrong-prime":        mutate(func(_ []byte, s map[uint32][]byte) { s[1][5] ^= 0x80 }),
		"header-power-28":    mutate(func(_ []byte, s map[uint32][]byte) { s[1][36], s[1][40] = 28, 28 }),
		"infinity":           mutate(func(_ []byte, s map[uint32][]byte) { clear(s[2][64:128]) }),
		"swapped-tau":        mutate(func(_ []byte, s map[uint32][]byte) { copy(s[2][128:192], s[2][64:128]) }),
		"swapped-tau-g2":     mutate(func(_ []byte, s map[uint32][]byte) { copy(s[3][0:128], s[3][128:256]) }),
	}
}

func TestWritePtauSeeds(t *testing.T) {
	if !*writePtauSeeds {
		t.Skip("run with -write-ptau-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParsePtau", ptauSeeds(t))
}

// FuzzParsePtau checks that reading a .ptau file never panics, that every
// refusal wraps one of the root errors and names the file, and that what it
// accepts makes an SRS file the ceremony reads back.
func FuzzParsePtau(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.ptau")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		refused := func(err error, kinds ...error) {
			t.Helper()
			for _, k := range kinds {
				if errors.Is(err, k) {
					if !strings.Contains(err.Error(), p) {
						t.Fatalf("error %q does not name the file", err)
					}
					return
				}
			}
			t.Fatalf("error %v wraps none of %v", err, kinds)
		}
		info, err := ceremony.InspectPtau(p)
		if err != nil {
			refused(err, errs.ErrBadInput)
			return
		}
		if info.Power < ceremony.MinPower || info.Power > ceremony.MaxPower || info.CeremonyPower < info.Power {
			t.Fatalf("accepted file described as %+v", info)
		}
		out := filepath.Join(dir, "srs")
		imp, err := ceremony.ImportPtau(context.Background(), p, ceremony.MinPower, out)
		if err != nil {
			refused(err, errs.ErrBadInput, errs.ErrNotVerified)
			return
		}
		if imp.Power != info.Power || imp.Contributions != info.Contributions || len(imp.SHA256) != 64 {
			t.Fatalf("import %+v, inspect %+v", imp, info)
		}
		c, err := ceremony.Inspect(out)
		if err != nil || c != imp.SRS || c.Kind != ceremony.KindSRS || c.Power != ceremony.MinPower {
			t.Fatalf("SRS %+v, %v; import said %+v", c, err, imp.SRS)
		}
	})
}
