package safetensors

import (
	"bytes"
	"flag"
	"fmt"
	"testing"

	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParse seed files")

// seedFiles are the committed seeds of FuzzParse: valid files and the
// classic hostile shapes.
func seedFiles() map[string][]byte {
	f32 := `"dtype":"F32","shape":[2]`
	valid := &File{Metadata: map[string]string{"format": "pt"}}
	_ = valid.Add(NewF32("fc1.weight", []int{2, 3}, []float32{1, 2, 3, 4, 5, 6}))
	_ = valid.Add(NewF32("fc1.bias", []int{2}, []float32{-1, 1}))
	_ = valid.Add(NewI8("q", []int{3}, []int8{-1, 0, 1}))
	_ = valid.Add(NewI32("s", nil, []int32{7}))
	vb, _ := Encode(valid)
	return map[string][]byte{
		"valid":         vb,
		"valid-f16":     raw(`{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"b":{"dtype":"BF16","shape":[1],"data_offsets":[4,6]}}`, []byte{0, 0x3c, 0x01, 0x7c, 0x80, 0x3f}),
		"empty-header":  raw(`{}`, nil),
		"truncated":     vb[:len(vb)-3],
		"short":         vb[:5],
		"overlap":       raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"b":{`+f32+`,"data_offsets":[4,12]}}`, make([]byte, 12)),
		"gap":           raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"b":{`+f32+`,"data_offsets":[12,20]}}`, make([]byte, 20)),
		"trailing":      raw(`{"a":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 9)),
		"size-mismatch": raw(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, make([]byte, 8)),
		"duplicate":     raw(`{"a":{`+f32+`,"data_offsets":[0,8]},"a":{`+f32+`,"data_offsets":[0,8]}}`, make([]byte, 8)),
		"overflow":      raw(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}}`, make([]byte, 8)),
		"huge-header":   []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, '{', '}'},
		"bad-metadata":  raw(`{"__metadata__":{"k":1}}`, nil),
		"zero-size":     raw(`{"z":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}}`, nil),
	}
}

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParse", seedFiles())
}

// FuzzParse checks that Parse never panics and that whatever it accepts
// re-encodes to a file that parses to the same content, byte-stable.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Parse("fuzz", b)
		if err != nil {
			return
		}
		for _, tn := range file.Tensors {
			if _, err := tn.Float32s(); err != nil {
				t.Fatalf("accepted tensor %q fails to convert: %v", tn.Name, err)
			}
		}
		enc, err := Encode(file)
		if err != nil {
			t.Fatalf("accepted file fails to encode: %v", err)
		}
		again, err := Parse("fuzz-reencoded", enc)
		if err != nil {
			t.Fatalf("re-encoded file rejected: %v", err)
		}
		if len(again.Tensors) != len(file.Tensors) || len(again.Metadata) != len(file.Metadata) {
			t.Fatal("re-encoding changed the tensor or metadata count")
		}
		for name, tn := range file.Tensors {
			got := again.Tensors[name]
			if got == nil || got.DType != tn.DType || fmt.Sprint(got.Shape) != fmt.Sprint(tn.Shape) || !bytes.Equal(got.Data, tn.Data) {
				t.Fatalf("tensor %q changed on re-encoding", name)
			}
		}
		enc2, err := Encode(again)
		if err != nil || !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding is not stable: %v", err)
		}
	})
}
