// Package strictjson decodes JSON read from outside files strictly, closing the
// gaps encoding/json leaves open:
//
//   - a duplicate object key, at any depth, is an error (encoding/json keeps
//     the last one silently, other parsers the first: the same file would
//     mean two things); inside an object decoded into a struct, two keys
//     that select the same field (encoding/json matches names without
//     regard to case) are duplicates too;
//   - null where the destination is a number (int, uint, float, big.Int,
//     json.Number, through any pointers) is an error (encoding/json leaves
//     the number at zero or the pointer nil: "absent" and "0" are easy to
//     confuse with a value the author never wrote);
//   - input larger than MaxBytes is refused, and ReadFile refuses a file
//     larger than its cap before reading it.
//
// Decode semantics are otherwise encoding/json's: Unmarshal and Decoder
// check the value first, then let encoding/json decode it, so unknown
// fields, trailing data and type errors behave as before at every call site.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"reflect"
	"strings"

	"github.com/openproof/openproof/errs"
)

// ErrBadInput is wrapped by every error this package reports about input.
var ErrBadInput = fmt.Errorf("JSON: %w", errs.ErrBadInput)

// MaxBytes bounds the JSON that Unmarshal and Decoder accept, as a backstop
// behind the tighter caps of each file format.
const MaxBytes = 256 << 20

// maxDepth bounds nesting, as encoding/json does.
const maxDepth = 10000

// Check checks the first JSON value in data against v's type (v is what
// would be passed to json.Unmarshal): no duplicate keys, no null numbers.
// It does not decode and ignores what follows the first value.
func Check(data []byte, v any) error {
	strict, err := check(data, v)
	if err != nil && !strict {
		// A syntax error: report it in encoding/json's words.
		var raw json.RawMessage
		if derr := json.NewDecoder(bytes.NewReader(data)).Decode(&raw); derr != nil {
			return fmt.Errorf("%v: %w", derr, ErrBadInput)
		}
		return fmt.Errorf("%v: %w", err, ErrBadInput)
	}
	return err
}

// check is Check; strict reports that err is a strictness error (duplicate,
// null number, size, depth) rather than malformed JSON.
func check(data []byte, v any) (strict bool, err error) {
	if len(data) > MaxBytes {
		return true, fmt.Errorf("%d bytes, more than the %d allowed: %w", len(data), MaxBytes, ErrBadInput)
	}
	c := checker{dec: json.NewDecoder(bytes.NewReader(data))}
	c.dec.UseNumber()
	var t reflect.Type
	if v != nil {
		t = reflect.TypeOf(v)
	}
	if err := c.value(t, "", 0); err != nil {
		var se strictError
		if errors.As(err, &se) {
			return true, fmt.Errorf("%v: %w", err, ErrBadInput)
		}
		return false, err
	}
	return false, nil
}

// strictError is a refusal of this package, as opposed to a syntax error.
type strictError string

func (e strictError) Error() string { return string(e) }

func strictf(format string, args ...any) error { return strictError(fmt.Sprintf(format, args...)) }

// Unmarshal is json.Unmarshal after Check. Malformed JSON gets
// json.Unmarshal's own error.
func Unmarshal(data []byte, v any) error {
	if strict, err := check(data, v); err != nil {
		if !strict {
			if uerr := json.Unmarshal(data, v); uerr != nil {
				return uerr
			}
		}
		return err
	}
	return json.Unmarshal(data, v)
}

// ReadFile reads the file at path, refusing it before reading when it is
// larger than max bytes (and, should it grow meanwhile, after max+1 bytes).
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > max {
		return nil, fmt.Errorf("%s: %d bytes, more than the %d allowed: %w", path, st.Size(), max, ErrBadInput)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: more than the %d bytes allowed: %w", path, max, ErrBadInput)
	}
	return b, nil
}

// Decoder is a json.Decoder over a byte slice whose Decode checks each
// value (see Check) before decoding it. The methods not listed here are
// reached through Std.
type Decoder struct {
	data []byte
	dec  *json.Decoder
	err  error
}

// NewDecoder returns a decoder reading data; data over MaxBytes makes every
// Decode fail.
func NewDecoder(data []byte) *Decoder {
	d := &Decoder{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	if len(data) > MaxBytes {
		d.err = fmt.Errorf("%d bytes, more than the %d allowed: %w", len(data), MaxBytes, ErrBadInput)
	}
	return d
}

// Std returns the underlying json.Decoder (reading from it skips the checks).
func (d *Decoder) Std() *json.Decoder { return d.dec }

// DisallowUnknownFields is json.Decoder's.
func (d *Decoder) DisallowUnknownFields() { d.dec.DisallowUnknownFields() }

// UseNumber is json.Decoder's.
func (d *Decoder) UseNumber() { d.dec.UseNumber() }

// More is json.Decoder's.
func (d *Decoder) More() bool { return d.dec.More() }

// Token is json.Decoder's.
func (d *Decoder) Token() (json.Token, error) {
	if d.err != nil {
		return nil, d.err
	}
	return d.dec.Token()
}

// InputOffset is json.Decoder's.
func (d *Decoder) InputOffset() int64 { return d.dec.InputOffset() }

// Decode checks the next value against v's type, then decodes it.
func (d *Decoder) Decode(v any) error {
	if d.err != nil {
		return d.err
	}
	rest := d.data[d.dec.InputOffset():]
	// Inside an array or object read with Token, the next value follows a
	// separator that json.Decoder consumes itself.
	rest = bytes.TrimLeft(rest, " \t\r\n")
	if len(rest) > 0 && (rest[0] == ',' || rest[0] == ':') {
		rest = rest[1:]
	}
	if strict, err := check(rest, v); strict {
		return err
	}
	// Malformed JSON: encoding/json reports it as it always has.
	return d.dec.Decode(v)
}

type checker struct {
	dec *json.Decoder
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	bigIntType          = reflect.TypeFor[big.Int]()
	numberType          = reflect.TypeFor[json.Number]()
)

// deref strips pointers; nil stays nil (an untyped destination).
func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// isNumber reports whether values of t (pointers stripped) are numbers.
func isNumber(t reflect.Type) bool {
	t = deref(t)
	if t == nil {
		return false
	}
	if t == bigIntType || t == numberType {
		return true
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// opaque reports whether t decodes itself: its structure is its own
// business (duplicates are still checked, types no longer followed).
func opaque(t reflect.Type) bool {
	if t == nil {
		return true
	}
	p := reflect.PointerTo(t)
	return t.Implements(unmarshalerType) || p.Implements(unmarshalerType) ||
		t.Implements(textUnmarshalerType) || p.Implements(textUnmarshalerType)
}

func where(path string) string {
	if path == "" {
		return "top level"
	}
	return path
}

// value checks one JSON value; t is its destination type (nil: unknown).
func (c *checker) value(t reflect.Type, path string, depth int) error {
	if depth > maxDepth {
		return strictf("%s: nested more than %d deep", where(path), maxDepth)
	}
	tok, err := c.dec.Token()
	if err != nil {
		if err == io.EOF {
			return errors.New("no JSON value")
		}
		return err
	}
	num := isNumber(t)
	t = deref(t)
	if t != nil && t != bigIntType && t != numberType && opaque(t) {
		t = nil
	}
	switch tok := tok.(type) {
	case nil:
		if num {
			return strictf("%s: null where a number is expected", where(path))
		}
	case json.Delim:
		switch tok {
		case '{':
			return c.object(t, path, depth)
		case '[':
			return c.array(t, path, depth)
		}
	}
	return nil
}

func (c *checker) array(t reflect.Type, path string, depth int) error {
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	for i := 0; c.dec.More(); i++ {
		if err := c.value(elem, fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
			return err
		}
	}
	_, err := c.dec.Token() // ']'
	return err
}

func (c *checker) object(t reflect.Type, path string, depth int) error {
	var fields map[string]field
	var elem reflect.Type
	if t != nil {
		switch t.Kind() {
		case reflect.Struct:
			fields = structFields(t)
		case reflect.Map:
			elem = t.Elem()
		}
	}
	seen := map[string]string{} // identity → key that claimed it
	for c.dec.More() {
		tok, err := c.dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("%s: object key is not a string", where(path))
		}
		kpath := key
		if path != "" {
			kpath = path + "." + key
		}
		id, vt := key, elem
		if fields != nil {
			if f, ok := matchField(fields, key); ok {
				id, vt = "field "+f.name, f.typ
			}
		}
		if prev, dup := seen[id]; dup {
			if prev == key {
				return strictf("%s: duplicate key %q", where(path), key)
			}
			return strictf("%s: keys %q and %q name the same field", where(path), prev, key)
		}
		seen[id] = key
		if err := c.value(vt, kpath, depth+1); err != nil {
			return err
		}
	}
	_, err := c.dec.Token() // '}'
	return err
}

type field struct {
	name string
	typ  reflect.Type
}

// structFields lists t's JSON fields by name, as encoding/json sees them
// (exported fields, json tag names, "-" skipped, untagged embedded structs
// flattened; ambiguities resolved by taking the shallowest).
func structFields(t reflect.Type) map[string]field {
	out := map[string]field{}
	var walk func(t reflect.Type, depth int, seen map[reflect.Type]bool)
	walk = func(t reflect.Type, depth int, seen map[reflect.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		var embedded []reflect.Type
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if sf.Anonymous && name == "" {
				if et := deref(sf.Type); et.Kind() == reflect.Struct {
					embedded = append(embedded, et)
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if _, ok := out[name]; !ok {
				out[name] = field{name: name, typ: sf.Type}
			}
		}
		for _, et := range embedded {
			walk(et, depth+1, seen)
		}
	}
	walk(t, 0, map[reflect.Type]bool{})
	return out
}

// matchField finds the field encoding/json would fill for key: an exact
// name first, then one equal under case folding.
func matchField(fields map[string]field, key string) (field, bool) {
	if f, ok := fields[key]; ok {
		return f, true
	}
	for name, f := range fields {
		if strings.EqualFold(name, key) {
			return f, true
		}
	}
	return field{}, false
}
