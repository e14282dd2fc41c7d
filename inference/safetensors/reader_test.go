package safetensors

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// readerFile reads b through NewReader and ReadAll.
func readerFile(name string, b []byte) (*File, error) {
	r, err := NewReader(name, bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	return r.ReadAll()
}

// TestReaderMatchesParse: the tensor-by-tensor reader accepts exactly the
// files Parse accepts (every hostile-file check applies to both) and reads
// the same tensors.
func TestReaderMatchesParse(t *testing.T) {
	for name, b := range seedFiles() {
		t.Run(name, func(t *testing.T) {
			want, perr := Parse("x", b)
			got, rerr := readerFile("x", b)
			if (perr == nil) != (rerr == nil) {
				t.Fatalf("Parse error %v, Reader error %v", perr, rerr)
			}
			if perr != nil {
				if !errors.Is(rerr, ErrBadInput) {
					t.Fatalf("Reader error %v does not wrap ErrBadInput", rerr)
				}
				return
			}
			if !reflect.DeepEqual(got.Metadata, want.Metadata) || !reflect.DeepEqual(got.Order, want.Order) {
				t.Fatalf("metadata/order %v %v, want %v %v", got.Metadata, got.Order, want.Metadata, want.Order)
			}
			for n, wt := range want.Tensors {
				gt := got.Tensors[n]
				if gt == nil || gt.DType != wt.DType || !reflect.DeepEqual(gt.Shape, wt.Shape) || !bytes.Equal(gt.Data, wt.Data) {
					t.Errorf("tensor %q: got %+v, want %+v", n, gt, wt)
				}
			}
		})
	}
}

func TestOpenGetInfo(t *testing.T) {
	f := &File{Metadata: map[string]string{"format": "pt"}}
	if err := f.Add(NewF32("w", []int{2, 2}, []float32{1, 2, 3, 4})); err != nil {
		t.Fatal(err)
	}
	if err := f.Add(NewI8("q", []int{3}, []int8{-1, 0, 1})); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := r.Names(); !reflect.DeepEqual(got, []string{"q", "w"}) {
		t.Errorf("names %v", got)
	}
	if r.Metadata()["format"] != "pt" {
		t.Errorf("metadata %v", r.Metadata())
	}
	info, err := r.Info("w")
	if err != nil || info.Data != nil || !reflect.DeepEqual(info.Shape, []int{2, 2}) {
		t.Errorf("info %+v, %v", info, err)
	}
	w, err := r.Get("w")
	if err != nil {
		t.Fatal(err)
	}
	if v, err := w.Float32s(); err != nil || !reflect.DeepEqual(v, []float32{1, 2, 3, 4}) {
		t.Errorf("w = %v, %v", v, err)
	}
	if _, err := r.Get("nope"); !errors.Is(err, ErrBadInput) {
		t.Errorf("missing tensor: %v", err)
	}
}

// TestReaderShrunkFile: a file that loses bytes after its header was
// checked fails on Get with ErrBadInput instead of returning short data.
func TestReaderShrunkFile(t *testing.T) {
	f := &File{}
	if err := f.Add(NewF32("w", []int{4}, []float32{1, 2, 3, 4})); err != nil {
		t.Fatal(err)
	}
	b, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReader("x", bytes.NewReader(b[:len(b)-4]), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Get("w"); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Get on a shrunk file: %v", err)
	}
}

// TestReadExactSize: Read's tensors alias one buffer of the file's size
// (the memory bound is measured by internal/stmem on a 2 GiB file).
func TestReadExactSize(t *testing.T) {
	f := &File{}
	if err := f.Add(NewI8("q", []int{5}, []int8{1, 2, 3, 4, 5})); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "q.safetensors")
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	q := got.Tensors["q"]
	if cap(q.Data) != len(q.Data) || len(q.Data) != 5 || st.Size() < 5 {
		t.Errorf("q data len %d cap %d", len(q.Data), cap(q.Data))
	}
}

// FuzzReader: on any input NewReader and Parse agree on acceptance and on
// every tensor's bytes. Seeds: FuzzParse's hostile shapes.
func FuzzReader(f *testing.F) {
	for _, b := range seedFiles() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want, perr := Parse("x", b)
		got, rerr := readerFile("x", b)
		if (perr == nil) != (rerr == nil) {
			t.Fatalf("Parse error %v, Reader error %v", perr, rerr)
		}
		if perr != nil {
			return
		}
		for n, wt := range want.Tensors {
			if gt := got.Tensors[n]; gt == nil || !bytes.Equal(gt.Data, wt.Data) || !reflect.DeepEqual(gt.Shape, wt.Shape) {
				t.Fatalf("tensor %q differs", n)
			}
		}
	})
}
