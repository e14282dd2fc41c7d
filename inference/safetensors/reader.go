package safetensors

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// Reader reads a safetensors file one tensor at a time: Open parses and
// checks the header (with every check Parse makes) and Get reads a single
// tensor's bytes, so a caller that converts tensors one by one holds the
// header and one tensor, never the whole file.
type Reader struct {
	f       File // Tensors without Data
	r       io.ReaderAt
	closer  io.Closer
	dataOff int64
	spans   map[string]span
}

// Open opens the safetensors file at path for reading tensor by tensor. The
// caller must Close the reader.
func Open(path string) (*Reader, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	r, err := NewReader(path, fh, st.Size())
	if err != nil {
		fh.Close()
		return nil, err
	}
	r.closer = fh
	return r, nil
}

// NewReader parses the header of the size-byte safetensors file read
// through r; name identifies it in errors.
func NewReader(name string, r io.ReaderAt, size int64) (*Reader, error) {
	rd := &Reader{f: File{name: name}, r: r}
	f := &rd.f
	if size < 8 {
		return nil, f.bad("%d bytes, too short for the 8-byte header length", size)
	}
	var nb [8]byte
	if err := readAt(r, nb[:], 0); err != nil {
		return nil, fmt.Errorf("safetensors: read %s: %w", name, err)
	}
	n, err := f.headerLen(binary.LittleEndian.Uint64(nb[:]), size)
	if err != nil {
		return nil, err
	}
	header := make([]byte, n)
	if err := readAt(r, header, 8); err != nil {
		return nil, fmt.Errorf("safetensors: read %s: %w", name, err)
	}
	rd.dataOff = 8 + int64(n)
	spans, err := f.parseHeader(header, size-rd.dataOff)
	if err != nil {
		return nil, err
	}
	rd.spans = make(map[string]span, len(spans))
	for _, s := range spans {
		rd.spans[s.name] = s
	}
	return rd, nil
}

// Close closes the file Open opened; it does nothing for NewReader.
func (r *Reader) Close() error {
	if r.closer == nil {
		return nil
	}
	return r.closer.Close()
}

// Metadata returns the "__metadata__" map (nil when absent).
func (r *Reader) Metadata() map[string]string { return r.f.Metadata }

// Names returns the tensor names sorted.
func (r *Reader) Names() []string { return r.f.Names() }

// Order returns the tensor names in data order, as File.Order after Parse.
func (r *Reader) Order() []string { return slices.Clone(r.f.Order) }

// Info returns the named tensor's dtype and shape, without its data.
func (r *Reader) Info(name string) (*Tensor, error) {
	t, ok := r.f.Tensors[name]
	if !ok {
		return nil, fmt.Errorf("%s: no tensor %q: %w", r.f.label(), name, ErrBadInput)
	}
	return &Tensor{Name: t.Name, DType: t.DType, Shape: slices.Clone(t.Shape)}, nil
}

// Get reads the named tensor, data included, into a fresh buffer.
func (r *Reader) Get(name string) (*Tensor, error) {
	t, err := r.Info(name)
	if err != nil {
		return nil, err
	}
	s := r.spans[name]
	t.Data = make([]byte, s.end-s.begin)
	if err := readAt(r.r, t.Data, r.dataOff+int64(s.begin)); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			// The header was checked against the size given: the file shrank.
			return nil, fmt.Errorf("%s: tensor %q: file ends inside its data: %w", r.f.label(), name, ErrBadInput)
		}
		return nil, fmt.Errorf("safetensors: read %s: %w", r.f.label(), err)
	}
	return t, nil
}

// ReadAll reads every tensor into a File, as Read does.
func (r *Reader) ReadAll() (*File, error) {
	f := &File{Metadata: r.f.Metadata, Tensors: make(map[string]*Tensor, len(r.spans)), Order: r.Order(), name: r.f.name}
	for _, name := range f.Order {
		t, err := r.Get(name)
		if err != nil {
			return nil, err
		}
		f.Tensors[name] = t
	}
	return f, nil
}

// readAt fills b from offset off; a ReaderAt may report io.EOF along with a
// full read at the end of its input, which is not an error here.
func readAt(r io.ReaderAt, b []byte, off int64) error {
	n, err := r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return err
}
