// Package safetensors reads and writes the safetensors tensor file format
// (https://github.com/huggingface/safetensors) defensively: every length,
// offset and shape in a file is treated as hostile and checked before use.
//
// A file is an 8-byte little-endian header length N, N bytes of JSON
// {name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__":
// {string: string}}, then the data region. Offsets are relative to the data
// region, tensors are little-endian and row-major, and the spans must tile
// the data region exactly.
package safetensors

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/openproof/openproof/errs"
)

// ErrBadInput is wrapped by every error caused by malformed or inconsistent
// input (as opposed to I/O failures), so callers can map it to "bad input".
var ErrBadInput = fmt.Errorf("safetensors: %w", errs.ErrBadInput)

// DType is a safetensors element type name as written in the header.
type DType string

// Element types understood by this package.
const (
	F64  DType = "F64"
	F32  DType = "F32"
	F16  DType = "F16"
	BF16 DType = "BF16"
	I64  DType = "I64"
	I32  DType = "I32"
	I16  DType = "I16"
	I8   DType = "I8"
	U64  DType = "U64"
	U32  DType = "U32"
	U16  DType = "U16"
	U8   DType = "U8"
	BOOL DType = "BOOL"
)

// Size returns the element size in bytes, or 0 for an unknown dtype.
func (d DType) Size() int {
	switch d {
	case F64, I64, U64:
		return 8
	case F32, I32, U32:
		return 4
	case F16, BF16, I16, U16:
		return 2
	case I8, U8, BOOL:
		return 1
	}
	return 0
}

// Valid reports whether d is a dtype this package understands.
func (d DType) Valid() bool { return d.Size() > 0 }

// MetadataKey is the reserved header key holding the string→string metadata.
const MetadataKey = "__metadata__"

// Limits on hostile input.
const (
	// MaxHeaderSize bounds the JSON header (the reference implementation
	// uses the same 100 MB limit).
	MaxHeaderSize = 100 << 20
	// MaxFileSize bounds files read with Read, which loads them whole.
	MaxFileSize = 16 << 30
	// MaxRank bounds the number of dimensions of a tensor.
	MaxRank = 64
)

// Tensor is one named tensor. Data holds the raw little-endian, row-major
// bytes; len(Data) == NumElements()*DType.Size() for a valid tensor.
type Tensor struct {
	Name  string
	DType DType
	Shape []int
	Data  []byte
}

// NumElements returns the product of the shape (1 for a scalar). It returns
// -1 if a dimension is negative or the product overflows an int.
func (t *Tensor) NumElements() int {
	n, ok := numElements(t.Shape)
	if !ok {
		return -1
	}
	return n
}

// numElements multiplies dims with overflow checks.
func numElements(shape []int) (int, bool) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return 0, false
		}
		hi, lo := bits.Mul64(uint64(n), uint64(d))
		if hi != 0 || lo > math.MaxInt {
			return 0, false
		}
		n = int(lo)
	}
	return n, true
}

// byteSize returns numel*dtype size, or false on overflow or bad dtype.
func byteSize(dt DType, shape []int) (int, bool) {
	n, ok := numElements(shape)
	if !ok || !dt.Valid() {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(n), uint64(dt.Size()))
	if hi != 0 || lo > math.MaxInt {
		return 0, false
	}
	return int(lo), true
}

// check verifies that the tensor's dtype, shape and data length agree.
func (t *Tensor) check() error {
	if !t.DType.Valid() {
		return fmt.Errorf("tensor %q: unknown dtype %q", t.Name, t.DType)
	}
	if len(t.Shape) > MaxRank {
		return fmt.Errorf("tensor %q: %d dimensions, at most %d allowed", t.Name, len(t.Shape), MaxRank)
	}
	size, ok := byteSize(t.DType, t.Shape)
	if !ok {
		return fmt.Errorf("tensor %q: shape %v is negative or too large", t.Name, t.Shape)
	}
	if size != len(t.Data) {
		return fmt.Errorf("tensor %q: %s%v needs %d bytes, has %d", t.Name, t.DType, t.Shape, size, len(t.Data))
	}
	return nil
}

// File is a parsed safetensors file.
type File struct {
	// Metadata is the optional "__metadata__" map; nil when absent.
	Metadata map[string]string
	// Tensors maps each name to its tensor.
	Tensors map[string]*Tensor
	// Order lists tensor names by data offset (ties by name) after Parse;
	// Add appends to it. Encode ignores it and writes tensors by name.
	Order []string
	// name identifies the file in error messages.
	name string
}

// Get returns the named tensor or an ErrBadInput error naming the file and
// the tensor.
func (f *File) Get(name string) (*Tensor, error) {
	if t, ok := f.Tensors[name]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("%s: no tensor %q: %w", f.label(), name, ErrBadInput)
}

// Add adds t to f after checking that it is well formed and not a duplicate.
func (f *File) Add(t *Tensor) error {
	if t == nil {
		return fmt.Errorf("%s: nil tensor: %w", f.label(), ErrBadInput)
	}
	if err := checkName(t.Name); err != nil {
		return fmt.Errorf("%s: %v: %w", f.label(), err, ErrBadInput)
	}
	if err := t.check(); err != nil {
		return fmt.Errorf("%s: %v: %w", f.label(), err, ErrBadInput)
	}
	if _, dup := f.Tensors[t.Name]; dup {
		return fmt.Errorf("%s: duplicate tensor %q: %w", f.label(), t.Name, ErrBadInput)
	}
	if f.Tensors == nil {
		f.Tensors = make(map[string]*Tensor)
	}
	f.Tensors[t.Name] = t
	f.Order = append(f.Order, t.Name)
	return nil
}

// Names returns the tensor names sorted.
func (f *File) Names() []string {
	names := make([]string, 0, len(f.Tensors))
	for n := range f.Tensors {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func (f *File) label() string {
	if f.name == "" {
		return "safetensors"
	}
	return f.name
}

func checkName(name string) error {
	switch name {
	case "":
		return errors.New("empty tensor name")
	case MetadataKey:
		return fmt.Errorf("tensor name %q is reserved", name)
	}
	return nil
}
