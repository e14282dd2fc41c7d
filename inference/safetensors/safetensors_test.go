package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// raw builds a file from a literal header and data region.
func raw(header string, data []byte) []byte {
	b := make([]byte, 8, 8+len(header)+len(data))
	binary.LittleEndian.PutUint64(b, uint64(len(header)))
	b = append(b, header...)
	return append(b, data...)
}

func sample(t *testing.T) *File {
	t.Helper()
	f := &File{Metadata: map[string]string{"format": "pt", "<&>": "x"}}
	for _, tn := range []*Tensor{
		NewF32("w", []int{2, 3}, []float32{1, -2, 3.5, 0, float32(math.Inf(1)), -0.25}),
		NewI8("q", []int{4}, []int8{-128, -1, 0, 127}),
		NewI32("b", []int{2}, []int32{math.MinInt32, 7}),
		NewF32("scalar", nil, []float32{42}),
		NewF32("empty", []int{0, 5}, nil),
	} {
		if err := f.Add(tn); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func TestRoundTrip(t *testing.T) {
	f := sample(t)
	b, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse("rt.safetensors", b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.Metadata, f.Metadata) {
		t.Errorf("metadata %v, want %v", g.Metadata, f.Metadata)
	}
	if len(g.Tensors) != len(f.Tensors) {
		t.Fatalf("%d tensors, want %d", len(g.Tensors), len(f.Tensors))
	}
	for name, want := range f.Tensors {
		got, err := g.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		if got.DType != want.DType || len(got.Shape) != len(want.Shape) || !bytes.Equal(got.Data, want.Data) {
			t.Errorf("tensor %q: got %s%v %x, want %s%v %x", name, got.DType, got.Shape, got.Data, want.DType, want.Shape, want.Data)
		}
	}
	// Encode packs by name, so offset order is name order.
	if want := []string{"b", "empty", "q", "scalar", "w"}; !reflect.DeepEqual(g.Order, want) {
		t.Errorf("order %v, want %v", g.Order, want)
	}
	b2, err := Encode(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("re-encoding a parsed file changed its bytes")
	}
	w, _ := g.Get("w")
	vals, err := w.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	if vals[4] != float32(math.Inf(1)) || vals[5] != -0.25 {
		t.Errorf("w = %v", vals)
	}
}

// TestEncodeLayout pins the exact bytes: header layout as the reference
// implementation writes it, space padding to 8 bytes, little-endian data.
func TestEncodeLayout(t *testing.T) {
	f := &File{Metadata: map[string]string{"format": "pt"}}
	if err := f.Add(NewI8("b", []int{3}, []int8{1, 2, 3})); err != nil {
		t.Fatal(err)
	}
	if err := f.Add(NewF32("a", []int{1}, []float32{1})); err != nil {
		t.Fatal(err)
	}
	b, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	header := `{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"I8","shape":[3],"data_offsets":[4,7]}}`
	header += strings.Repeat(" ", (8-len(header)%8)%8)
	want := raw(header, []byte{0, 0, 0x80, 0x3f, 1, 2, 3})
	if !bytes.Equal(b, want) {
		t.Errorf("encoded\n%q\nwant\n%q", b, want)
	}
}

func TestParseRejects(t *testing.T) {
	f32 := `"dtype":"F32","shape":[2]`
	tests := []struct {
		name   string
		file   []byte
		substr string // must appear in the error (besides the file name)
	}{
		{"empty", nil, "too short"},
		{"short", []byte{1, 2, 3}, "too short"},
		{"header too long for file", append(binary.LittleEndian.AppendUint64(nil, 100), '{', '}'), "exceeds the 2 bytes"},
		{"header over limit", binary.LittleEndian.AppendUint64(nil, MaxHeaderSize+1), "limit"},
		{"header length huge", binary.LittleEndian.AppendUint64(nil, math.MaxUint64), "limit"},
		{"not json", raw("{nope", nil), "invalid JSON"},
		{"not object", raw(`[1,2]`, nil), "not a JSON object"},
		{"trailing json", raw(`{}{}`, nil), "trailing data"},
		{"invalid utf8", raw("{\"\xff\":1}", nil), "UTF-8"},
		{"duplicate tensor", raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"a":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 8)), `duplicate key "a"`},
		{"duplicate field", raw(`{"a":{"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)), `duplicate key "dtype"`},
		{"unknown field", raw(`{"a":{`+f32+`,"data_offsets":[0,8],"x":1}}`, make([]byte, 8)), `unknown field "x"`},
		{"entry not object", raw(`{"a":[1]}`, nil), `tensor "a": not a JSON object`},
		{"missing dtype", raw(`{"a":{"shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)), "missing dtype"},
		{"missing shape", raw(`{"a":{"dtype":"F32","data_offsets":[0,8]}}`, make([]byte, 8)), "missing shape"},
		{"missing offsets", raw(`{"a":{`+f32+`}}`, make([]byte, 8)), "missing data_offsets"},
		{"unknown dtype", raw(`{"a":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]}}`, make([]byte, 2)), "unknown dtype"},
		{"dtype not string", raw(`{"a":{"dtype":4,"shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)), "dtype: want a string"},
		{"dtype null", raw(`{"a":{"dtype":null,"shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)), "dtype: want a string"},
		{"shape null", raw(`{"a":{"dtype":"F32","shape":null,"data_offsets":[0,8]}}`, make([]byte, 8)), "shape: want an array"},
		{"negative dim", raw(`{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}`, make([]byte, 8)), "not a non-negative integer"},
		{"float dim", raw(`{"a":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}}`, make([]byte, 8)), "not a non-negative integer"},
		{"exponent dim", raw(`{"a":{"dtype":"F32","shape":[2e0],"data_offsets":[0,8]}}`, make([]byte, 8)), "not a non-negative integer"},
		{"string dim", raw(`{"a":{"dtype":"F32","shape":["2"],"data_offsets":[0,8]}}`, make([]byte, 8)), "not a non-negative integer"},
		{"dim out of range", raw(`{"a":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,8]}}`, make([]byte, 8)), "out of range"},
		{"too many dims", raw(`{"a":{"dtype":"F32","shape":[`+strings.Repeat("1,", MaxRank)+`1],"data_offsets":[0,4]}}`, make([]byte, 4)), "at most 64"},
		{"shape overflow", raw(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}}`, make([]byte, 8)), "overflows"},
		{"byte size overflow", raw(`{"a":{"dtype":"F64","shape":[2305843009213693952],"data_offsets":[0,8]}}`, make([]byte, 8)), "overflows"},
		{"one offset", raw(`{"a":{`+f32+`,"data_offsets":[8]}}`, make([]byte, 8)), "want [begin, end]"},
		{"three offsets", raw(`{"a":{`+f32+`,"data_offsets":[0,8,8]}}`, make([]byte, 8)), "at most 2"},
		{"begin after end", raw(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}`, make([]byte, 8)), "begin after end"},
		{"size mismatch", raw(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, make([]byte, 8)), "needs 12 bytes"},
		{"past data", raw(`{"a":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 4)), "run past"},
		{"gap at start", raw(`{"a":{`+f32+`,"data_offsets":[4,12]}}`, make([]byte, 12)), "gap of 4 bytes"},
		{"gap between", raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"b":{`+f32+`,"data_offsets":[12,20]}}`, make([]byte, 20)), `tensor "b": gap`},
		{"overlap", raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"b":{`+f32+`,"data_offsets":[4,12]}}`, make([]byte, 12)), "overlaps"},
		{"same span", raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"b":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 8)), "overlaps"},
		{"trailing bytes", raw(`{"a":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 9)), "1 trailing bytes"},
		{"data without tensors", raw(`{}`, make([]byte, 1)), "1 trailing bytes"},
		{"empty name", raw(`{"":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 8)), "empty tensor name"},
		{"metadata not object", raw(`{"__metadata__":"x"}`, nil), "__metadata__: not a JSON object"},
		{"metadata non-string", raw(`{"__metadata__":{"k":1}}`, nil), `key "k": want a string`},
		{"metadata duplicate", raw(`{"__metadata__":{"k":"a","k":"b"}}`, nil), `duplicate key "k"`},
		{"metadata twice", raw(`{"__metadata__":{},"__metadata__":{}}`, nil), "duplicate key"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse("bad.safetensors", tc.file)
			if err == nil {
				t.Fatalf("parsed %+v, want error", f)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "bad.safetensors: ") || !strings.Contains(msg, tc.substr) {
				t.Errorf("error %q: want file name and %q", msg, tc.substr)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name  string
		file  []byte
		order []string
	}{
		{"empty header", raw(`{}`, nil), nil},
		{"padded header", raw(`{}      `, nil), nil},
		{"null metadata", raw(`{"__metadata__":null}`, nil), nil},
		{"whitespace in arrays", raw(`{"a":{"dtype":"U8","shape":[ 2 ],"data_offsets":[ 0 , 2 ]}}`, []byte{1, 2}), []string{"a"}},
		{"out of order header", raw(`{"b":{"dtype":"U8","shape":[1],"data_offsets":[1,2]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{1, 2}), []string{"a", "b"}},
		{"zero-size tensors share offsets", raw(`{"z":{"dtype":"F32","shape":[0],"data_offsets":[1,1]},"y":{"dtype":"F32","shape":[0,3],"data_offsets":[1,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{9}), []string{"a", "y", "z"}},
		{"scalar", raw(`{"s":{"dtype":"BOOL","shape":[],"data_offsets":[0,1]}}`, []byte{1}), []string{"s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse("ok.safetensors", tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(f.Order, tc.order) {
				t.Errorf("order %v, want %v", f.Order, tc.order)
			}
		})
	}
}

func TestFloat32s(t *testing.T) {
	le := binary.LittleEndian
	u16 := func(vs ...uint16) []byte {
		var b []byte
		for _, v := range vs {
			b = le.AppendUint16(b, v)
		}
		return b
	}
	f64 := func(vs ...float64) []byte {
		var b []byte
		for _, v := range vs {
			b = le.AppendUint64(b, math.Float64bits(v))
		}
		return b
	}
	i64 := func(vs ...int64) []byte {
		var b []byte
		for _, v := range vs {
			b = le.AppendUint64(b, uint64(v))
		}
		return b
	}
	inf := float32(math.Inf(1))
	tests := []struct {
		dt   DType
		data []byte
		want []float32
	}{
		// 1, -2, max, min subnormal, max subnormal, min normal, +Inf, -Inf
		{F16, u16(0x3c00, 0xc000, 0x7bff, 0x0001, 0x03ff, 0x0400, 0x7c00, 0xfc00),
			[]float32{1, -2, 65504, 0x1p-24, 1023 * 0x1p-24, 0x1p-14, inf, -inf}},
		{BF16, u16(0x3f80, 0x4049, 0xc2f7, 0x0001, 0x7f80), []float32{1, 3.140625, -123.5, 0x1p-133, inf}},
		// Round to nearest, ties to even; overflow to Inf.
		{F64, f64(1+0x1p-24, 1+3*0x1p-24, -0.1, 1e300, 1e-50), []float32{1, 1 + 0x1p-22, -0.1, inf, 0}},
		{I64, i64(1<<24+1, 1<<24+3, -(1 << 40), math.MinInt64), []float32{1 << 24, 1<<24 + 4, -(1 << 40), -0x1p63}},
		{U64, i64(-1), []float32{0x1p64}},
		{I32, le.AppendUint32(le.AppendUint32(nil, 0xffffffff), 1<<24+1), []float32{-1, 1 << 24}},
		{U32, le.AppendUint32(nil, 0xffffffff), []float32{0x1p32}},
		{I16, u16(0x8000, 0x7fff), []float32{-32768, 32767}},
		{U16, u16(0xffff), []float32{65535}},
		{I8, []byte{0x80, 0xff, 0x7f}, []float32{-128, -1, 127}},
		{U8, []byte{0, 255}, []float32{0, 255}},
		{BOOL, []byte{0, 1, 2}, []float32{0, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(string(tc.dt), func(t *testing.T) {
			tn := &Tensor{Name: "x", DType: tc.dt, Shape: []int{len(tc.want)}, Data: tc.data}
			got, err := tn.Float32s()
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(tc.want[i]) {
					t.Errorf("element %d = %v (%#x), want %v", i, got[i], math.Float32bits(got[i]), tc.want[i])
				}
			}
		})
	}
}

func TestF16Special(t *testing.T) {
	if b := math.Float32bits(f16ToF32(0x8000)); b != 0x80000000 {
		t.Errorf("-0 widened to %#x", b)
	}
	if v := f16ToF32(0x7e01); !math.IsNaN(float64(v)) || math.Float32bits(v) != 0x7fc02000 {
		t.Errorf("NaN widened to %#x", math.Float32bits(v))
	}
	// Every finite half value must widen to the value it encodes.
	for h := range uint32(1 << 16) {
		exp, mant := int(h>>10&0x1f), float64(h&0x3ff)
		if exp == 0x1f {
			continue
		}
		want := math.Ldexp(mant, -24)
		if exp > 0 {
			want = math.Ldexp(1024+mant, exp-25)
		}
		if h&0x8000 != 0 {
			want = -want
		}
		if got := f16ToF32(uint16(h)); float64(got) != want {
			t.Fatalf("f16 %#04x = %v, want %v", h, got, want)
		}
	}
}

func TestTypedAccessors(t *testing.T) {
	i8 := NewI8("q", []int{3}, []int8{-128, 0, 127})
	if v, err := i8.Int8s(); err != nil || !reflect.DeepEqual(v, []int8{-128, 0, 127}) {
		t.Errorf("Int8s = %v, %v", v, err)
	}
	i32 := NewI32("b", []int{2}, []int32{math.MinInt32, math.MaxInt32})
	if v, err := i32.Int32s(); err != nil || !reflect.DeepEqual(v, []int32{math.MinInt32, math.MaxInt32}) {
		t.Errorf("Int32s = %v, %v", v, err)
	}
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"Int8s on I32", func() error { _, err := i32.Int8s(); return err }},
		{"Int32s on I8", func() error { _, err := i8.Int32s(); return err }},
		{"Int8s short data", func() error { _, err := NewI8("s", []int{4}, []int8{1}).Int8s(); return err }},
		{"Float32s short data", func() error { _, err := NewF32("s", []int{2, 2}, []float32{1}).Float32s(); return err }},
		{"Float32s bad dtype", func() error { _, err := (&Tensor{Name: "s", DType: "F8"}).Float32s(); return err }},
	} {
		if err := tc.call(); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: error %v, want ErrBadInput", tc.name, err)
		}
	}
	if n := (&Tensor{Shape: []int{1 << 40, 1 << 40}}).NumElements(); n != -1 {
		t.Errorf("overflowing NumElements = %d, want -1", n)
	}
	if n := (&Tensor{Shape: []int{2, 3, 4}}).NumElements(); n != 24 {
		t.Errorf("NumElements = %d, want 24", n)
	}
}

func TestAddAndEncodeReject(t *testing.T) {
	f := &File{}
	if err := f.Add(NewF32("a", []int{1}, []float32{1})); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		t    *Tensor
	}{
		{"nil", nil},
		{"duplicate", NewF32("a", []int{1}, []float32{2})},
		{"empty name", NewF32("", []int{1}, []float32{2})},
		{"reserved name", NewF32(MetadataKey, []int{1}, []float32{2})},
		{"length mismatch", NewF32("b", []int{2}, []float32{2})},
		{"negative dim", &Tensor{Name: "c", DType: U8, Shape: []int{-1}}},
		{"unknown dtype", &Tensor{Name: "d", DType: "X"}},
	} {
		if err := f.Add(tc.t); !errors.Is(err, ErrBadInput) {
			t.Errorf("Add %s: error %v, want ErrBadInput", tc.name, err)
		}
	}
	for _, tc := range []struct {
		name string
		f    *File
	}{
		{"key mismatch", &File{Tensors: map[string]*Tensor{"x": NewF32("y", nil, []float32{1})}}},
		{"nil tensor", &File{Tensors: map[string]*Tensor{"x": nil}}},
		{"bad length", &File{Tensors: map[string]*Tensor{"x": NewF32("x", []int{3}, []float32{1})}}},
		{"invalid utf8 name", &File{Tensors: map[string]*Tensor{"\xff": NewF32("\xff", nil, []float32{1})}}},
		{"invalid utf8 metadata", &File{Metadata: map[string]string{"k": "\xff"}}},
	} {
		if _, err := Encode(tc.f); !errors.Is(err, ErrBadInput) {
			t.Errorf("Encode %s: error %v, want ErrBadInput", tc.name, err)
		}
	}
}

func TestGetNamesFileAndTensor(t *testing.T) {
	f, err := Parse("model.safetensors", raw(`{}`, nil))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Get("fc1.weight")
	if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "model.safetensors") || !strings.Contains(err.Error(), `"fc1.weight"`) {
		t.Errorf("Get error %v", err)
	}
}

func TestWriteRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.safetensors")
	f := sample(t)
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	// Overwrite to exercise replacing an existing file.
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	g, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Encode(f)
	got, _ := Encode(g)
	if !bytes.Equal(got, want) {
		t.Error("file read back differs")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want just the file (temp files left?)", len(entries))
	}
	// A failing encode must leave the existing file alone.
	bad := &File{Tensors: map[string]*Tensor{"x": NewF32("x", []int{3}, nil)}}
	if err := Write(path, bad); !errors.Is(err, ErrBadInput) {
		t.Errorf("Write bad file: %v", err)
	}
	if _, err := Read(path); err != nil {
		t.Errorf("file damaged by failed write: %v", err)
	}

	if _, err := Read(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Read missing file: %v", err)
	}
	huge := filepath.Join(dir, "huge.safetensors")
	if err := os.WriteFile(huge, binary.LittleEndian.AppendUint64(nil, 1<<40), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(huge); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), huge) {
		t.Errorf("Read huge header: %v", err)
	}
}
