package safetensors

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Read reads and parses the safetensors file at path into one buffer of
// exactly the file's size, so reading costs the file's size in memory and
// no more. Files larger than MaxFileSize are refused before being read; Open
// reads tensors one at a time instead.
func Read(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: file is %d bytes, more than the %d allowed: %w", path, st.Size(), int64(MaxFileSize), ErrBadInput)
	}
	// One exact-size allocation: a growing buffer would briefly hold the
	// file twice (and round its capacity up to twice the size).
	b := make([]byte, st.Size())
	if _, err := io.ReadFull(fh, b); err != nil {
		return nil, fmt.Errorf("safetensors: read %s: %w", path, err)
	}
	// The file must not have grown after Stat: the data region would be
	// cut short and the spans checked against the wrong length.
	var one [1]byte
	if n, _ := fh.Read(one[:]); n != 0 {
		return nil, fmt.Errorf("%s: file grew while being read: %w", path, ErrBadInput)
	}
	return Parse(path, b)
}

// Parse parses a safetensors file held in b; name identifies it in errors.
// Tensor data aliases b. Every structural defect is an error wrapping
// ErrBadInput that names the file and, where there is one, the tensor.
func Parse(name string, b []byte) (*File, error) {
	f := &File{name: name}
	if len(b) < 8 {
		return nil, f.bad("%d bytes, too short for the 8-byte header length", len(b))
	}
	n, err := f.headerLen(binary.LittleEndian.Uint64(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	data := b[8+n:]
	spans, err := f.parseHeader(b[8:8+n], int64(len(data)))
	if err != nil {
		return nil, err
	}
	for _, s := range spans {
		f.Tensors[s.name].Data = data[s.begin:s.end:s.end]
	}
	return f, nil
}

func (f *File) bad(format string, args ...any) error {
	return fmt.Errorf("%s: %s: %w", f.label(), fmt.Sprintf(format, args...), ErrBadInput)
}

// headerLen checks the header length n read from a file of size bytes.
func (f *File) headerLen(n uint64, size int64) (int, error) {
	if n > MaxHeaderSize {
		return 0, f.bad("header length %d exceeds the %d-byte limit", n, MaxHeaderSize)
	}
	if n > uint64(size-8) {
		return 0, f.bad("header length %d exceeds the %d bytes that follow", n, size-8)
	}
	return int(n), nil
}

// span is where a tensor's bytes lie in the data region.
type span struct {
	name       string
	begin, end int
}

// parseHeader decodes the JSON header of a file whose data region is
// dataLen bytes long, fills f.Metadata, f.Tensors (without Data) and
// f.Order, and returns the tensors' spans in data order. The spans must tile
// the data region exactly: no gap, no overlap, no trailing bytes.
func (f *File) parseHeader(header []byte, dataLen int64) ([]span, error) {
	bad := f.bad
	if !utf8.Valid(header) {
		return nil, bad("header is not valid UTF-8")
	}
	keys, vals, err := objectFields(header)
	if err != nil {
		return nil, bad("header: %v", err)
	}
	spans := make([]span, 0, len(keys))
	f.Tensors = make(map[string]*Tensor, len(keys))
	for i, key := range keys {
		if key == MetadataKey {
			md, err := parseMetadata(vals[i])
			if err != nil {
				return nil, bad("%s: %v", MetadataKey, err)
			}
			f.Metadata = md
			continue
		}
		if key == "" {
			return nil, bad("empty tensor name")
		}
		t, begin, end, err := parseEntry(key, vals[i])
		if err != nil {
			return nil, bad("tensor %q: %v", key, err)
		}
		if int64(end) > dataLen {
			return nil, bad("tensor %q: data_offsets [%d, %d] run past the %d-byte data region", key, begin, end, dataLen)
		}
		f.Tensors[key] = t
		spans = append(spans, span{key, begin, end})
	}

	// The spans must tile the data region: sort, then walk without gaps.
	slices.SortFunc(spans, func(x, y span) int {
		return cmp.Or(cmp.Compare(x.begin, y.begin), cmp.Compare(x.end, y.end), cmp.Compare(x.name, y.name))
	})
	pos := 0
	prev := ""
	for _, s := range spans {
		switch {
		case s.begin < pos:
			return nil, bad("tensor %q: data [%d, %d] overlaps tensor %q ending at %d", s.name, s.begin, s.end, prev, pos)
		case s.begin > pos:
			return nil, bad("tensor %q: gap of %d bytes before its data at %d", s.name, s.begin-pos, s.begin)
		}
		pos, prev = s.end, s.name
		f.Order = append(f.Order, s.name)
	}
	if int64(pos) != dataLen {
		return nil, bad("%d trailing bytes after the last tensor's data", dataLen-int64(pos))
	}
	return spans, nil
}

// parseEntry decodes {"dtype", "shape", "data_offsets"}; each field exactly once.
func parseEntry(name string, raw []byte) (*Tensor, int, int, error) {
	keys, vals, err := objectFields(raw)
	if err != nil {
		return nil, 0, 0, err
	}
	t := &Tensor{Name: name}
	var offs []int
	var haveDType, haveShape bool
	for i, k := range keys {
		switch k {
		case "dtype":
			var s string
			if err := unmarshalString(vals[i], &s); err != nil {
				return nil, 0, 0, fmt.Errorf("dtype: %v", err)
			}
			t.DType, haveDType = DType(s), true
		case "shape":
			if t.Shape, err = parseInts(vals[i], MaxRank); err != nil {
				return nil, 0, 0, fmt.Errorf("shape: %v", err)
			}
			haveShape = true
		case "data_offsets":
			if offs, err = parseInts(vals[i], 2); err != nil {
				return nil, 0, 0, fmt.Errorf("data_offsets: %v", err)
			}
			if len(offs) != 2 {
				return nil, 0, 0, fmt.Errorf("data_offsets has %d entries, want [begin, end]", len(offs))
			}
		default:
			return nil, 0, 0, fmt.Errorf("unknown field %q", k)
		}
	}
	switch {
	case !haveDType:
		return nil, 0, 0, errors.New("missing dtype")
	case !haveShape:
		return nil, 0, 0, errors.New("missing shape")
	case offs == nil:
		return nil, 0, 0, errors.New("missing data_offsets")
	case !t.DType.Valid():
		return nil, 0, 0, fmt.Errorf("unknown dtype %q", t.DType)
	}
	begin, end := offs[0], offs[1]
	if begin > end {
		return nil, 0, 0, fmt.Errorf("data_offsets [%d, %d]: begin after end", begin, end)
	}
	size, ok := byteSize(t.DType, t.Shape)
	if !ok {
		return nil, 0, 0, fmt.Errorf("shape %v of %s overflows", t.Shape, t.DType)
	}
	if size != end-begin {
		return nil, 0, 0, fmt.Errorf("%s%v needs %d bytes but data_offsets [%d, %d] hold %d", t.DType, t.Shape, size, begin, end, end-begin)
	}
	return t, begin, end, nil
}

// parseMetadata decodes null or a string→string object without duplicates.
func parseMetadata(raw []byte) (map[string]string, error) {
	if string(raw) == "null" {
		return nil, nil
	}
	keys, vals, err := objectFields(raw)
	if err != nil {
		return nil, err
	}
	md := make(map[string]string, len(keys))
	for i, k := range keys {
		var s string
		if err := unmarshalString(vals[i], &s); err != nil {
			return nil, fmt.Errorf("key %q: %v", k, err)
		}
		md[k] = s
	}
	return md, nil
}

// objectFields splits a JSON object into its keys and raw values, rejecting
// duplicate keys (which encoding/json would silently collapse) and anything
// after the object other than whitespace.
func objectFields(raw []byte) ([]string, []json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, nil, errors.New("not a JSON object")
	}
	var keys []string
	var vals []json.RawMessage
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("invalid JSON: %v", err)
		}
		k, ok := tok.(string)
		if !ok {
			return nil, nil, errors.New("invalid JSON: object key is not a string")
		}
		if seen[k] {
			return nil, nil, fmt.Errorf("duplicate key %q", k)
		}
		seen[k] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil, fmt.Errorf("key %q: invalid JSON: %v", k, err)
		}
		keys = append(keys, k)
		vals = append(vals, v)
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, errors.New("trailing data after the JSON object")
	}
	return keys, vals, nil
}

// unmarshalString decodes a JSON string, refusing null and other types.
func unmarshalString(raw []byte, s *string) error {
	if len(raw) == 0 || raw[0] != '"' {
		return fmt.Errorf("want a string, got %.20s", raw)
	}
	return json.Unmarshal(raw, s)
}

// parseInts decodes an array of at most max non-negative JSON integers.
// Only plain digit strings are accepted ("1.0", "1e3", "-1", "\"1\"" are not).
func parseInts(raw []byte, max int) ([]int, error) {
	if len(raw) == 0 || raw[0] != '[' {
		return nil, fmt.Errorf("want an array of integers, got %.20s", raw)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, err
	}
	if len(items) > max {
		return nil, fmt.Errorf("%d entries, at most %d allowed", len(items), max)
	}
	out := make([]int, len(items))
	for i, it := range items {
		s := string(it)
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("entry %d = %.20s is not a non-negative integer", i, s)
			}
		}
		v, err := strconv.ParseUint(s, 10, strconv.IntSize-1)
		if err != nil {
			return nil, fmt.Errorf("entry %d = %.20s is out of range", i, s)
		}
		out[i] = int(v)
	}
	return out, nil
}
