package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/google/renameio/v2"
)

// Encode serializes f deterministically: metadata keys and tensors sorted
// by name, data packed in that order, and the JSON header padded with
// spaces to a multiple of 8 bytes as the reference implementation does.
func Encode(f *File) ([]byte, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s: %w", f.label(), fmt.Sprintf(format, args...), ErrBadInput)
	}
	var h bytes.Buffer
	h.WriteByte('{')
	first := true
	if f.Metadata != nil {
		h.WriteString(quote(MetadataKey) + ":{")
		keys := make([]string, 0, len(f.Metadata))
		for k := range f.Metadata {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			v := f.Metadata[k]
			if !utf8.ValidString(k) || !utf8.ValidString(v) {
				return nil, bad("%s: key %q: not valid UTF-8", MetadataKey, k)
			}
			if i > 0 {
				h.WriteByte(',')
			}
			h.WriteString(quote(k) + ":" + quote(v))
		}
		h.WriteByte('}')
		first = false
	}
	names := f.Names()
	size := 0
	for _, name := range names {
		t := f.Tensors[name]
		if t == nil {
			return nil, bad("tensor %q is nil", name)
		}
		if t.Name != name {
			return nil, bad("tensor %q is stored under key %q", t.Name, name)
		}
		if err := checkName(name); err != nil {
			return nil, bad("%v", err)
		}
		if !utf8.ValidString(name) {
			return nil, bad("tensor %q: name is not valid UTF-8", name)
		}
		if err := t.check(); err != nil {
			return nil, bad("%v", err)
		}
		if !first {
			h.WriteByte(',')
		}
		first = false
		h.WriteString(quote(name) + `:{"dtype":` + quote(string(t.DType)) + `,"shape":[`)
		for i, d := range t.Shape {
			if i > 0 {
				h.WriteByte(',')
			}
			h.WriteString(strconv.Itoa(d))
		}
		end := size + len(t.Data)
		fmt.Fprintf(&h, `],"data_offsets":[%d,%d]}`, size, end)
		size = end
	}
	h.WriteByte('}')
	for h.Len()%8 != 0 {
		h.WriteByte(' ')
	}
	if h.Len() > MaxHeaderSize {
		return nil, bad("header of %d bytes exceeds the %d-byte limit", h.Len(), MaxHeaderSize)
	}
	out := make([]byte, 8, 8+h.Len()+size)
	binary.LittleEndian.PutUint64(out, uint64(h.Len()))
	out = append(out, h.Bytes()...)
	for _, name := range names {
		out = append(out, f.Tensors[name].Data...)
	}
	return out, nil
}

// quote returns s as a JSON string without HTML escaping.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string cannot fail
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// Write encodes f and writes it to path atomically: the bytes go to a
// temporary file in the same directory that is renamed over path.
func Write(path string, f *File) error {
	if f.name == "" {
		g := *f
		g.name = path
		f = &g
	}
	b, err := Encode(f)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, b)
}

// writeFileAtomic writes b to path atomically (renameio: temporary file,
// fsync, rename), so readers never see a partial file.
func writeFileAtomic(path string, b []byte) error {
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("safetensors: write %s: %w", path, err)
	}
	return nil
}
