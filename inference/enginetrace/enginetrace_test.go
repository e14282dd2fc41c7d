package enginetrace

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
)

func rand8(rng *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(rng.IntN(256) - 128)
	}
	return v
}

// testTrace returns a two-module trace with deltas filled from a random
// adapter (module i ↔ adapter layer i).
func testTrace(t testing.TB, seed uint64, tokens int) (*Trace, *quant.Adapter) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 5))
	tr := &Trace{ModelID: "test/model", AdapterID: "test/adapter", Tokens: tokens}
	a := &quant.Adapter{Name: "test"}
	for i, s := range []struct{ in, out, r int }{{12, 9, 2}, {9, 5, 3}} {
		tr.Modules = append(tr.Modules, Module{Name: fmt.Sprintf("layers.%d.q_proj", i), In: s.in, Out: s.out, Rank: s.r,
			XExp: 4, WExp: 7, DeltaExp: 3, X: rand8(rng, tokens*s.in)})
		a.Layers = append(a.Layers, quant.AdapterLayer{Layer: i, Rank: s.r, A: rand8(rng, s.r*s.in), B: rand8(rng, s.out*s.r),
			M: uint32(1<<30 + rng.IntN(1<<30))})
	}
	if err := tr.FillDeltas(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return tr, a
}

func TestRoundTripAndCheck(t *testing.T) {
	tr, a := testTrace(t, 1, 3)
	dir := t.TempDir()
	if err := tr.Write(dir); err != nil {
		t.Fatal(err)
	}
	got, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, tr) {
		t.Fatalf("round trip changed the trace")
	}
	if err := got.Check(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	nonzero := false
	for _, d := range got.Modules[0].Delta {
		nonzero = nonzero || d != 0
	}
	if !nonzero {
		t.Fatal("fixture deltas are all zero: the check would be vacuous")
	}
	got.Modules[1].Delta[4]++
	if err := got.Check(context.Background(), a); !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "token 0 delta[4]") {
		t.Fatalf("changed delta: %v", err)
	}
}

// Delta is quant's recipe: for an openproof layer it agrees with the
// runtime's own δ requantized with acc = 0.
func TestFromForward(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	m := &quant.Model{Name: "mlp", InputExp: 4}
	for i, s := range [][2]int{{10, 8}, {8, 6}, {6, 4}} {
		l := quant.Layer{Name: fmt.Sprintf("fc%d", i), In: s[0], Out: s[1], W: rand8(rng, s[0]*s[1]), Bias: make([]int32, s[1]),
			WExp: 7, InExp: 4, OutExp: 6, Shift: 5}
		m.Layers = append(m.Layers, l)
	}
	a := &quant.Adapter{Name: "a", Layers: []quant.AdapterLayer{
		{Layer: 0, Rank: 2, A: rand8(rng, 20), B: rand8(rng, 16), M: 1 << 29},
		{Layer: 2, Rank: 1, A: rand8(rng, 6), B: rand8(rng, 4), M: 3 << 28},
	}}
	var passes [][]*quant.LayerTrace
	for range 4 {
		p, err := m.Forward(context.Background(), rand8(rng, 10), a)
		if err != nil {
			t.Fatal(err)
		}
		passes = append(passes, p)
	}
	tr, re, err := FromForward(m, a, "mlp", "a", passes)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Modules) != 2 || tr.Modules[1].Name != "fc2" || re.Layers[1].Layer != 1 {
		t.Fatalf("modules %+v, re-indexed layers %+v", tr.Modules, re.Layers)
	}
	if !reflect.DeepEqual(tr.Modules[1].X[6:12], passes[1][2].X) {
		t.Fatal("x of token 1 is not the layer input")
	}
	l := m.Layers[0]
	for tok, p := range passes {
		for j, d := range p[0].Delta {
			q, _ := l.Requantize(0, d, a.Layers[0].M, true)
			if int64(tr.Modules[0].Delta[tok*8+j]) != q {
				t.Fatalf("token %d delta[%d] = %d, want %d", tok, j, tr.Modules[0].Delta[tok*8+j], q)
			}
		}
	}
	if err := tr.Check(context.Background(), re); err != nil {
		t.Fatal(err)
	}
}

// rewrite returns the trace's files after editing the manifest JSON and/or
// the tensors, keeping the hash consistent unless told otherwise.
func rewrite(t *testing.T, tr *Trace, editM func(map[string]any), editT func(*safetensors.File), rehash bool) ([]byte, []byte) {
	t.Helper()
	mb, tb, err := tr.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if editT != nil {
		st, err := safetensors.Parse("t", tb)
		if err != nil {
			t.Fatal(err)
		}
		editT(st)
		if tb, err = safetensors.Encode(st); err != nil {
			t.Fatal(err)
		}
	}
	var m map[string]any
	if err := json.Unmarshal(mb, &m); err != nil {
		t.Fatal(err)
	}
	if rehash {
		sum := sha256.Sum256(tb)
		m["tensors_sha256"] = hex.EncodeToString(sum[:])
	}
	if editM != nil {
		editM(m)
	}
	if mb, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	return mb, tb
}

func module(m map[string]any, i int) map[string]any {
	return m["modules"].([]any)[i].(map[string]any)
}

func TestParseRejects(t *testing.T) {
	tr, _ := testTrace(t, 2, 2)
	x0 := tr.Modules[0].Name + ".x"
	tests := []struct {
		name   string
		editM  func(map[string]any)
		editT  func(*safetensors.File)
		rehash bool
		want   string // a substring naming the field or tensor
	}{
		{"format", func(m map[string]any) { m["format"] = "x" }, nil, true, "format"},
		{"version", func(m map[string]any) { m["version"] = 2 }, nil, true, "version"},
		{"scheme", func(m map[string]any) { m["scheme"] = "fp16" }, nil, true, "scheme"},
		{"tokens zero", func(m map[string]any) { m["tokens"] = 0 }, nil, true, "tokens"},
		{"tokens mismatch", func(m map[string]any) { m["tokens"] = 3 }, nil, true, "shape"},
		{"unknown field", func(m map[string]any) { m["extra"] = 1 }, nil, true, "extra"},
		{"no modules", func(m map[string]any) { m["modules"] = []any{} }, nil, true, "modules"},
		{"duplicate module", func(m map[string]any) {
			m["modules"] = append(m["modules"].([]any), m["modules"].([]any)[0])
		}, nil, true, "twice"},
		{"in mismatch", func(m map[string]any) { module(m, 0)["in"] = 13 }, nil, true, x0},
		{"rank zero", func(m map[string]any) { module(m, 1)["rank"] = 0 }, nil, true, "rank"},
		{"shift zero", func(m map[string]any) { module(m, 0)["delta_exp"] = 11 }, nil, true, "shift"},
		{"shift too large", func(m map[string]any) { module(m, 0)["delta_exp"] = -40 }, nil, true, "shift"},
		{"exponent", func(m map[string]any) { module(m, 0)["x_exp"] = 100 }, nil, true, "exponents"},
		{"empty name", func(m map[string]any) { module(m, 0)["name"] = "" }, nil, true, "name"},
		{"path in tensors_file", func(m map[string]any) { m["tensors_file"] = "../x" }, nil, true, "tensors_file"},
		{"hash", nil, func(st *safetensors.File) { st.Tensors[x0].Data[0]++ }, false, "tensors_sha256"},
		{"missing tensor", nil, func(st *safetensors.File) { delete(st.Tensors, x0) }, true, x0},
		{"extra tensor", nil, func(st *safetensors.File) {
			_ = st.Add(safetensors.NewI8("other.x", []int{1}, []int8{1}))
		}, true, "other.x"},
		{"wrong dtype", nil, func(st *safetensors.File) {
			st.Tensors[x0] = safetensors.NewI32(x0, []int{2, 6}, make([]int32, 12))
		}, true, "dtype"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mb, tb := rewrite(t, tr, tc.editM, tc.editT, tc.rehash)
			_, err := Parse("dir/manifest.json", mb, "dir/activations.safetensors", tb)
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("accepted or wrong error: %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "dir/") {
				t.Fatalf("error %q does not name the file and %q", err, tc.want)
			}
		})
	}
}

func TestReadRejectsMissingFiles(t *testing.T) {
	tr, _ := testTrace(t, 3, 1)
	dir := t.TempDir()
	if err := tr.Write(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, TensorsFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir); err == nil {
		t.Fatal("trace without tensors accepted")
	}
	if _, err := Read(t.TempDir()); err == nil {
		t.Fatal("empty dir accepted")
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), ManifestFile) {
		t.Fatalf("truncated manifest: %v", err)
	}
}

func TestDeltaOverflow(t *testing.T) {
	const in = 8192
	m := &Module{Name: "m", In: in, Out: 1, Rank: 4, XExp: 0, WExp: 1, DeltaExp: 0}
	al := &quant.AdapterLayer{Rank: 4, A: make([]int8, 4*in), B: []int8{127, 127, 127, 127}, M: 1<<32 - 1}
	x := make([]int8, in)
	for i := range x {
		x[i] = 127
	}
	for i := range al.A {
		al.A[i] = 127
	}
	if err := Delta(m, al, x, make([]int32, 1)); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "int32") {
		t.Fatalf("overflow: %v", err)
	}
}

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParse seed files")

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	tr, _ := testTrace(t, 4, 2)
	small := &Trace{Tokens: 1, Modules: []Module{{Name: "m", In: 2, Out: 1, Rank: 1, XExp: 1, WExp: 1, DeltaExp: 1, X: []int8{1, -1}, Delta: []int32{7}}}}
	seeds := map[string][2][]byte{}
	for name, x := range map[string]*Trace{"valid": tr, "small": small} {
		mb, tb, err := x.Encode()
		if err != nil {
			t.Fatal(err)
		}
		seeds[name] = [2][]byte{mb, tb}
	}
	mb, tb := seeds["small"][0], seeds["small"][1]
	seeds["bad-hash"] = [2][]byte{mb, append(append([]byte(nil), tb[:len(tb)-1]...), tb[len(tb)-1]^1)}
	seeds["truncated-manifest"] = [2][]byte{mb[:len(mb)/2], tb}
	seeds["empty"] = [2][]byte{nil, nil}
	seeds["huge-shape"] = [2][]byte{[]byte(strings.Replace(string(mb), `"in": 2`, `"in": 1048576`, 1)), tb}
	dir := filepath.Join("testdata", "fuzz", "FuzzParse")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, s := range seeds {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n[]byte(%q)\n", s[0], s[1])
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzParse checks that Parse never panics and that an accepted trace
// encodes to files that parse back to the same trace.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, mb, tb []byte) {
		tr, err := Parse("m", mb, "t", tb)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		mb2, tb2, err := tr.Encode()
		if err != nil {
			t.Fatalf("accepted trace does not encode: %v", err)
		}
		again, err := Parse("m2", mb2, "t2", tb2)
		if err != nil || !reflect.DeepEqual(again, tr) {
			t.Fatalf("re-encoded trace: %v", err)
		}
	})
}

// An engine that records only x: the trace reads with nil deltas, which
// FillDeltas computes from the adapter; Δy for some modules only is refused.
func TestXOnlyTrace(t *testing.T) {
	tr, a := testTrace(t, 1, 3)
	mb, tb, err := tr.Encode()
	if err != nil {
		t.Fatal(err)
	}
	full, err := safetensors.Parse("t", tb)
	if err != nil {
		t.Fatal(err)
	}
	// keep returns the trace files holding the .x tensors and the .delta
	// tensors of the modules withDelta selects.
	keep := func(withDelta func(int) bool) ([]byte, []byte) {
		st := &safetensors.File{Metadata: full.Metadata}
		for i, m := range tr.Modules {
			if err := st.Add(full.Tensors[m.Name+".x"]); err != nil {
				t.Fatal(err)
			}
			if withDelta(i) {
				if err := st.Add(full.Tensors[m.Name+".delta"]); err != nil {
					t.Fatal(err)
				}
			}
		}
		b, err := safetensors.Encode(st)
		if err != nil {
			t.Fatal(err)
		}
		var mf map[string]any
		if err := json.Unmarshal(mb, &mf); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		mf["tensors_sha256"] = hex.EncodeToString(sum[:])
		m, err := json.Marshal(mf)
		if err != nil {
			t.Fatal(err)
		}
		return m, b
	}

	m, b := keep(func(int) bool { return false })
	got, err := Parse("manifest.json", m, "tensors.safetensors", b)
	if err != nil {
		t.Fatalf("x-only trace: %v", err)
	}
	if got.HasDeltas() {
		t.Fatal("x-only trace reports deltas")
	}
	if err := got.Validate(); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Validate of an x-only trace = %v, want ErrBadInput until FillDeltas", err)
	}
	if err := got.FillDeltas(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if !got.HasDeltas() || !reflect.DeepEqual(got, tr) {
		t.Fatal("FillDeltas did not restore the engine's deltas")
	}

	// Write writes an x-only trace as such, and it reads back x-only.
	xo := *got
	xo.Modules = append([]Module(nil), got.Modules...)
	for i := range xo.Modules {
		xo.Modules[i].Delta = nil
	}
	dir := t.TempDir()
	if err := xo.Write(dir); err != nil {
		t.Fatalf("writing an x-only trace: %v", err)
	}
	if back, err := Read(dir); err != nil || back.HasDeltas() || !reflect.DeepEqual(back, &xo) {
		t.Fatalf("x-only round trip: %v", err)
	}

	for _, only := range []int{0, len(tr.Modules) - 1} {
		m, b = keep(func(i int) bool { return i == only })
		if _, err := Parse("manifest.json", m, "tensors.safetensors", b); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), ".delta") {
			t.Fatalf("Δy for module %d only: %v", only, err)
		}
	}
}
