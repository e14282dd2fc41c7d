package datanet

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/renameio/v2"
)

// Magic starts the binary form; its last two bytes are the version.
const Magic = "OPDNET01"

// File extensions of the two forms.
const (
	ExtJSONL  = ".jsonl"
	ExtBinary = ".opdn"
)

// MarshalBinary returns the binary form of d.
func (d *Datanet) MarshalBinary() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	out := make([]byte, 0, 32+len(d.Name)+d.Records()*(1+d.InputDim)+len(d.Contributors)*(MaxIDLen+5))
	out = append(out, Magic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(d.InputDim))
	out = binary.LittleEndian.AppendUint16(out, uint16(d.Classes))
	out = binary.LittleEndian.AppendUint16(out, uint16(len(d.Name)))
	out = append(out, d.Name...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(d.Contributors)))
	for _, c := range d.Contributors {
		out = append(out, byte(len(c.ID)))
		out = append(out, c.ID...)
		out = binary.LittleEndian.AppendUint32(out, uint32(len(c.Examples)))
		for _, e := range c.Examples {
			out = append(out, e.Label)
			out = append(out, e.Input...)
		}
	}
	return out, nil
}

// reader is a bounds-checked cursor; every short read names its field.
type reader struct {
	name string
	b    []byte
	off  int
}

func (r *reader) take(n int, field string) ([]byte, error) {
	if n < 0 || len(r.b)-r.off < n {
		return nil, fmt.Errorf("%w: %s: offset %d: %s: want %d bytes, %d left", ErrBadInput, r.name, r.off, field, n, len(r.b)-r.off)
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s, nil
}

func (r *reader) u32(field string) (uint32, error) {
	s, err := r.take(4, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(s), nil
}

func (r *reader) u16(field string) (uint16, error) {
	s, err := r.take(2, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint16(s), nil
}

// ParseBinary decodes the binary form; name is used in errors.
func ParseBinary(name string, b []byte) (*Datanet, error) {
	r := &reader{name: name, b: b}
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: offset %d: %s: %s", ErrBadInput, name, r.off, field, fmt.Sprintf(format, args...))
	}
	m, err := r.take(len(Magic), "magic")
	if err != nil {
		return nil, err
	}
	if string(m) != Magic {
		return nil, bad("magic", "%q, want %q", m, Magic)
	}
	dim, err := r.u32("input_dim")
	if err != nil {
		return nil, err
	}
	if dim < 1 || dim > MaxInputDim {
		return nil, bad("input_dim", "%d outside [1, %d]", dim, MaxInputDim)
	}
	classes, err := r.u16("classes")
	if err != nil {
		return nil, err
	}
	nameLen, err := r.u16("name length")
	if err != nil {
		return nil, err
	}
	if nameLen > MaxNameLen {
		return nil, bad("name length", "%d, more than %d", nameLen, MaxNameLen)
	}
	dn, err := r.take(int(nameLen), "name")
	if err != nil {
		return nil, err
	}
	nc, err := r.u32("contributor count")
	if err != nil {
		return nil, err
	}
	// Each contributor takes at least 6 bytes: refuse counts the data cannot hold.
	if int64(nc)*6 > int64(len(b)-r.off) {
		return nil, bad("contributor count", "%d contributors cannot fit in %d bytes", nc, len(b)-r.off)
	}
	d := &Datanet{Name: string(dn), InputDim: int(dim), Classes: int(classes)}
	recSize := 1 + int(dim)
	for c := range int(nc) {
		field := fmt.Sprintf("contributor %d", c)
		l, err := r.take(1, field+" id length")
		if err != nil {
			return nil, err
		}
		id, err := r.take(int(l[0]), field+" id")
		if err != nil {
			return nil, err
		}
		n, err := r.u32(field + " record count")
		if err != nil {
			return nil, err
		}
		if int64(n)*int64(recSize) > int64(len(b)-r.off) {
			return nil, bad(field+" record count", "%d records of %d bytes, %d bytes left", n, recSize, len(b)-r.off)
		}
		con := Contributor{ID: string(id), Examples: make([]Example, n)}
		// One copy per contributor, so that the Datanet does not alias b.
		pix := make([]uint8, int(n)*int(dim))
		for j := range con.Examples {
			rec, _ := r.take(recSize, field+" record") // length checked above
			in := pix[j*int(dim) : (j+1)*int(dim) : (j+1)*int(dim)]
			copy(in, rec[1:])
			con.Examples[j] = Example{Label: rec[0], Input: in}
		}
		d.Contributors = append(d.Contributors, con)
	}
	if r.off != len(b) {
		return nil, bad("end", "%d trailing bytes", len(b)-r.off)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// Load reads a Datanet in either form, recognised by the binary magic.
func Load(path string) (*Datanet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("datanet: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("datanet: %w", err)
	}
	// The JSONL form spends at most 4 bytes per input value, plus per-line overhead.
	if limit := int64(4*MaxTotalBytes + 1<<20); st.Size() > limit {
		return nil, fmt.Errorf("%w: %s: %d bytes, larger than any valid Datanet", ErrBadInput, path, st.Size())
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("datanet: %s: %w", path, err)
	}
	if bytes.HasPrefix(data, []byte(Magic)) {
		return ParseBinary(path, data)
	}
	return ParseJSONL(path, bytes.NewReader(data))
}

// Save writes d atomically (temporary file, fsync, rename): the binary form
// when path ends in ExtBinary, the JSONL form otherwise.
func (d *Datanet) Save(path string) error {
	var data []byte
	if strings.EqualFold(filepath.Ext(path), ExtBinary) {
		b, err := d.MarshalBinary()
		if err != nil {
			return err
		}
		data = b
	} else {
		var buf bytes.Buffer
		if err := d.MarshalJSONL(&buf); err != nil {
			return err
		}
		data = buf.Bytes()
	}
	if err := renameio.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("datanet: write %s: %w", path, err)
	}
	return nil
}
