package trace

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

var update = flag.Bool("update", false, "rewrite the committed fuzz seed corpus")

// testModel is a 6→5→4→3 model (ReLU, GELU, none) with random weights.
func testModel(seed uint64) *quant.Model {
	rng := rand.New(rand.NewPCG(seed, 1))
	dims := []int{6, 5, 4, 3}
	acts := []quant.Activation{quant.ActReLU, quant.ActGELU, quant.ActNone}
	m := &quant.Model{Name: "tiny", InputExp: 5}
	in := 5
	for i, act := range acts {
		l := quant.Layer{
			Name: fmt.Sprintf("fc%d", i), In: dims[i], Out: dims[i+1], Act: act,
			WExp: 7, InExp: in, OutExp: 4, Shift: uint(in + 7 - 4),
		}
		l.W = make([]int8, l.In*l.Out)
		for j := range l.W {
			l.W[j] = int8(rng.IntN(255) - 127)
		}
		l.Bias = make([]int32, l.Out)
		for j := range l.Bias {
			l.Bias[j] = int32(rng.IntN(4000) - 2000)
		}
		if act == quant.ActGELU {
			l.GELU = quant.GELUTable(l.OutExp)
		}
		m.Layers = append(m.Layers, l)
		in = l.OutExp
	}
	return m
}

// testAdapter adapts layers 0 (rank 2) and 2 (rank 1), leaving layer 1 plain.
func testAdapter(m *quant.Model, seed uint64) *quant.Adapter {
	rng := rand.New(rand.NewPCG(seed, 2))
	a := &quant.Adapter{Name: "ad"}
	// A slice, not a map: map order would draw the random values in a
	// different order from run to run.
	for _, lr := range [][2]int{{0, 2}, {2, 1}} {
		li, r := lr[0], lr[1]
		l := &m.Layers[li]
		al := quant.AdapterLayer{Layer: li, Rank: r, M: uint32(rng.IntN(1 << 26)), AExp: 6, BExp: 8}
		al.A = make([]int8, r*l.In)
		al.B = make([]int8, l.Out*r)
		for j := range al.A {
			al.A[j] = int8(rng.IntN(255) - 127)
		}
		for j := range al.B {
			al.B[j] = int8(rng.IntN(255) - 127)
		}
		a.Layers = append(a.Layers, al)
	}
	return a
}

func makeTrace(t testing.TB, m *quant.Model, a *quant.Adapter) *Trace {
	t.Helper()
	x := []int8{-128, 127, 3, -7, 64, 0}
	trs, err := m.Forward(context.Background(), x, a)
	if err != nil {
		t.Fatal(err)
	}
	var salt fr.Element
	salt.SetUint64(0xdecafbad)
	tr, err := New(m, a, commit.AdapterKey{Salt: salt, Owner: commit.DemoKey().Owner}, x, trs)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func copyTrace(t testing.TB, tr *Trace) *Trace {
	t.Helper()
	b, err := json.Marshal(tr)
	if err != nil {
		t.Fatal(err)
	}
	var c Trace
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

func TestRoundTrip(t *testing.T) {
	m := testModel(1)
	for _, tc := range []struct {
		name string
		a    *quant.Adapter
	}{{"adapter", testAdapter(m, 1)}, {"base", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			tr := makeTrace(t, m, tc.a)
			path := filepath.Join(t.TempDir(), "t.json")
			if err := tr.Write(path); err != nil {
				t.Fatal(err)
			}
			got, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tr) {
				t.Fatal("trace changed in a write/read round trip")
			}
			if err := got.Check(context.Background(), m); err != nil {
				t.Fatalf("Check of a genuine trace: %v", err)
			}
			qa, key, err := got.QuantAdapter()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(qa, tc.a) {
				t.Fatalf("QuantAdapter = %+v, want %+v", qa, tc.a)
			}
			if tc.a != nil && (key.Salt.Uint64() != 0xdecafbad || key.Owner != commit.DemoKey().Owner) {
				t.Fatalf("key %v", key)
			}
			if (tc.a == nil) != (got.Adapter == nil) || len(got.Output) != 3 {
				t.Fatal("adapter presence or output size wrong")
			}
		})
	}
}

func TestWriteLeavesNoTempFiles(t *testing.T) {
	tr := makeTrace(t, testModel(1), nil)
	dir := t.TempDir()
	if err := tr.Write(filepath.Join(dir, "missing", "t.json")); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
	if err := tr.Write(filepath.Join(dir, "t.json")); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != "t.json" {
		t.Fatalf("directory holds %v, want only t.json", ents)
	}
}

func TestParseRejects(t *testing.T) {
	m := testModel(1)
	good := makeTrace(t, m, testAdapter(m, 1))
	goodJSON, err := json.Marshal(good)
	if err != nil {
		t.Fatal(err)
	}
	structural := []struct {
		name, want string
		mut        func(*Trace)
	}{
		{"format", "format", func(t *Trace) { t.Format = "other" }},
		{"version", "version 3", func(t *Trace) { t.Version = 3 }},
		{"model digest not hex", "model.digest", func(t *Trace) { t.Model.Digest = "0xzz" }},
		{"model digest no prefix", "model.digest", func(t *Trace) { t.Model.Digest = t.Model.Digest[2:] }},
		{"input digest uppercase", "input_digest", func(t *Trace) { t.InputDigest = "0x" + strings.ToUpper(t.InputDigest[2:]) }},
		{"input digest padded", "input_digest", func(t *Trace) { t.InputDigest = "0x0" + t.InputDigest[2:] }},
		{"output digest short", "output_digest", func(t *Trace) { t.OutputDigest = "0x1" }},
		{"digest above modulus", "input_digest", func(t *Trace) { t.InputDigest = "0x" + strings.Repeat("f", 64) }},
		{"salt", "adapter.salt", func(t *Trace) { t.Adapter.Salt = "" }},
		{"owner", "adapter.owner", func(t *Trace) { t.Adapter.Owner = "0x1234" }},
		{"owner above 2^160", "adapter.owner", func(t *Trace) { t.Adapter.Owner = "0x01" + strings.Repeat("0", 40) }},
		{"inner commitment", "adapter.inner_commitment", func(t *Trace) { t.Adapter.Inner = "" }},
		{"commitment", "adapter.commitment", func(t *Trace) { t.Adapter.Commitment = "0x00" }},
		{"empty input", "input is empty", func(t *Trace) { t.Input = nil; t.Layers[0].X = nil }},
		{"no layers", "layers is empty", func(t *Trace) { t.Layers = nil; t.Adapter = nil }},
		{"x length", "layers[1].x", func(t *Trace) { t.Layers[1].X = t.Layers[1].X[1:] }},
		{"x0 length", "layers[0].x", func(t *Trace) { t.Input = append(t.Input, 1) }},
		{"acc empty", "layers[1].acc", func(t *Trace) { t.Layers[1].Acc = nil }},
		{"q length", "layers[0].q", func(t *Trace) { t.Layers[0].Q = t.Layers[0].Q[1:] }},
		{"rem length", "layers[1].rem", func(t *Trace) { t.Layers[1].Rem = append(t.Layers[1].Rem, 0) }},
		{"y length", "layers[2].y", func(t *Trace) { t.Layers[2].Y = nil }},
		{"out length", "layers[0].out", func(t *Trace) { t.Layers[0].Out = t.Layers[0].Out[:1] }},
		{"h length", "layers[0].h", func(t *Trace) { t.Layers[0].H = t.Layers[0].H[:1] }},
		{"h on plain layer", "layers[1].h", func(t *Trace) { t.Layers[1].H = []int64{1} }},
		{"delta on plain layer", "layers[1].delta", func(t *Trace) { t.Layers[1].Delta = make([]int64, 4) }},
		{"delta missing", "layers[2].delta", func(t *Trace) { t.Layers[2].Delta = nil }},
		{"output length", "output", func(t *Trace) { t.Output = t.Output[1:] }},
		{"adapter without h", "layers[0].h", func(t *Trace) { t.Adapter = nil; t.Layers[2].H, t.Layers[2].Delta = nil, nil }},
		{"shape length", "adapter.shape", func(t *Trace) { t.Adapter.Shape = t.Adapter.Shape[1:] }},
		{"shape negative", "adapter.shape[1]", func(t *Trace) { t.Adapter.Shape[1] = -1 }},
		{"shape count", "adapter.layers", func(t *Trace) { t.Adapter.Shape[1] = 3 }},
		{"layer order", "adapter.layers[1].layer", func(t *Trace) { t.Adapter.Layers[1].Layer = 0 }},
		{"layer range", "adapter.layers[1].layer", func(t *Trace) { t.Adapter.Layers[1].Layer = 3 }},
		{"rank", "adapter.layers[0].rank", func(t *Trace) { t.Adapter.Layers[0].Rank = 1 }},
		{"a length", "adapter.layers[0].a", func(t *Trace) { t.Adapter.Layers[0].A = t.Adapter.Layers[0].A[1:] }},
		{"b length", "adapter.layers[1].b", func(t *Trace) { t.Adapter.Layers[1].B = append(t.Adapter.Layers[1].B, 1) }},
	}
	for _, tc := range structural {
		t.Run(tc.name, func(t *testing.T) {
			c := copyTrace(t, good)
			tc.mut(c)
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Equal(b, goodJSON) {
				t.Fatal("mutation did not apply")
			}
			expectBad(t, b, tc.want)
		})
	}
	raw := []struct {
		name, want string
		mut        func([]byte) []byte
	}{
		{"truncated", "f.json", func(b []byte) []byte { return b[:len(b)/2] }},
		{"empty", "f.json", func(b []byte) []byte { return nil }},
		{"trailing data", "after the trace", func(b []byte) []byte { return append(b, []byte(" {}")...) }},
		{"unknown field", "unknown field", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"format"`), []byte(`"extra":1,"format"`), 1)
		}},
		{"int8 out of range", "input", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"input":[-128`), []byte(`"input":[-129`), 1)
		}},
		{"string for number", "version", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"version":2`), []byte(`"version":"2"`), 1)
		}},
		{"null", "format", func(b []byte) []byte { return []byte("null") }},
	}
	for _, tc := range raw {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.mut(bytes.Clone(goodJSON))
			if bytes.Equal(b, goodJSON) {
				t.Fatal("mutation did not apply")
			}
			expectBad(t, b, tc.want)
		})
	}
}

func expectBad(t *testing.T, b []byte, want string) {
	t.Helper()
	_, err := Parse("f.json", b)
	if !errors.Is(err, ErrBadInput) {
		t.Fatalf("Parse = %v, want ErrBadInput", err)
	}
	if !strings.Contains(err.Error(), "f.json") || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q does not name the file and %q", err, want)
	}
}

// TestCheckDetectsFlips changes one integer of every field of every layer and
// expects Check to name the layer and field.
func TestCheckDetectsFlips(t *testing.T) {
	m := testModel(1)
	good := makeTrace(t, m, testAdapter(m, 1))
	if err := good.Check(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	flip8 := func(v []int8, i int) {
		if v[i] == 127 {
			v[i]--
		} else {
			v[i]++
		}
	}
	type tcase struct {
		name, want string
		mut        func(*Trace)
	}
	var cases []tcase
	for li := range good.Layers {
		layer := fmt.Sprintf("layer %d ", li)
		last := len(good.Layers[li].Acc) - 1
		cases = append(cases,
			tcase{layer + "x", "x[1]", func(t *Trace) { flip8(t.Layers[li].X, 1) }},
			tcase{layer + "acc", "acc[0]", func(t *Trace) { t.Layers[li].Acc[0]++ }},
			tcase{layer + "q", fmt.Sprintf("q[%d]", last), func(t *Trace) { t.Layers[li].Q[last]-- }},
			tcase{layer + "rem", "rem[1]", func(t *Trace) { t.Layers[li].Rem[1]++ }},
			tcase{layer + "y", "y[0]", func(t *Trace) { flip8(t.Layers[li].Y, 0) }},
			tcase{layer + "out", "out[2]", func(t *Trace) { flip8(t.Layers[li].Out, 2) }},
		)
		if good.Layers[li].H != nil {
			cases = append(cases,
				tcase{layer + "h", "h[0]", func(t *Trace) { t.Layers[li].H[0] += 1 << 20 }},
				tcase{layer + "delta", "delta[1]", func(t *Trace) { t.Layers[li].Delta[1]-- }},
			)
		}
	}
	other := testModel(2)
	otherDigest := makeTrace(t, other, nil).Model.Digest
	cases = append(cases,
		tcase{"input", "input_digest", func(t *Trace) { flip8(t.Input, 0) }},
		tcase{"output", "output_digest", func(t *Trace) { flip8(t.Output, 0) }},
		tcase{"input and digest", "layer 0 (fc0) x[0]", func(t *Trace) {
			flip8(t.Input, 0)
			t.InputDigest = makeDigest(t.Input, true)
		}},
		tcase{"output and digest", "layer 2 (fc2) output[0]", func(t *Trace) {
			flip8(t.Output, 0)
			t.OutputDigest = makeDigest(t.Output, false)
		}},
		tcase{"adapter a", "adapter.inner_commitment", func(t *Trace) { flip8(t.Adapter.Layers[0].A, 3) }},
		tcase{"adapter b", "adapter.inner_commitment", func(t *Trace) { flip8(t.Adapter.Layers[1].B, 0) }},
		tcase{"adapter m", "adapter.inner_commitment", func(t *Trace) { t.Adapter.Layers[0].M++ }},
		tcase{"salt", "adapter.inner_commitment", func(t *Trace) { t.Adapter.Salt = t.Adapter.Commitment }},
		tcase{"owner", "adapter.commitment", func(t *Trace) { t.Adapter.Owner = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc" }},
		tcase{"model name", "model.name", func(t *Trace) { t.Model.Name = "other" }},
		tcase{"model digest", "model.digest", func(t *Trace) { t.Model.Digest = otherDigest }},
	)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := copyTrace(t, good)
			tc.mut(c)
			err := c.Check(context.Background(), m)
			if !errors.Is(err, ErrMismatch) {
				t.Fatalf("Check = %v, want ErrMismatch", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not name %q", err, tc.want)
			}
		})
	}
}

func makeDigest(v []int8, input bool) string {
	if input {
		return commit.Hex(commit.InputDigest(v))
	}
	return commit.Hex(commit.OutputDigest(v))
}

func TestCheckRejectsOtherModel(t *testing.T) {
	m := testModel(1)
	tr := makeTrace(t, m, testAdapter(m, 1))
	tests := []struct {
		name string
		m    func() *quant.Model
		want string
	}{
		{"weights", func() *quant.Model { o := testModel(2); o.Name = m.Name; return o }, "model.digest"},
		{"layers", func() *quant.Model { o := testModel(1); o.Layers = o.Layers[:2]; return o }, "model.digest"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tr.Check(context.Background(), tc.m())
			if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check = %v, want ErrMismatch naming %q", err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := tr.Check(ctx, m); !errors.Is(err, context.Canceled) {
		t.Fatalf("Check with a cancelled context = %v", err)
	}
}

func TestNewRejects(t *testing.T) {
	m := testModel(1)
	a := testAdapter(m, 1)
	trs, err := m.Forward(context.Background(), []int8{1, 2, 3, 4, 5, 6}, a)
	if err != nil {
		t.Fatal(err)
	}
	var salt fr.Element
	if _, err := New(m, a, commit.AdapterKey{Salt: salt}, []int8{1, 2, 3, 4, 5, 6}, trs[:2]); !errors.Is(err, ErrBadInput) {
		t.Fatalf("New with missing layers = %v", err)
	}
	if _, err := New(m, a, commit.AdapterKey{Salt: salt}, []int8{1, 2, 3}, trs); !errors.Is(err, ErrBadInput) {
		t.Fatalf("New with a short input = %v", err)
	}
	bad := &quant.Adapter{Name: "x", Layers: append([]quant.AdapterLayer(nil), a.Layers...)}
	bad.Layers[1].Layer = 7 // outside the model: no shape can hold it
	if _, err := New(m, bad, commit.AdapterKey{Salt: salt}, []int8{1, 2, 3, 4, 5, 6}, trs); !errors.Is(err, ErrBadInput) {
		t.Fatalf("New with an adapter outside the model = %v", err)
	}
}

// TestSeedCorpus keeps the committed fuzz seeds current: run with -update to
// rewrite them after a format change.
func TestSeedCorpus(t *testing.T) {
	m := testModel(1)
	valid, err := json.Marshal(makeTrace(t, m, testAdapter(m, 1)))
	if err != nil {
		t.Fatal(err)
	}
	base, err := json.Marshal(makeTrace(t, m, nil))
	if err != nil {
		t.Fatal(err)
	}
	seeds := map[string][]byte{
		"valid":         valid,
		"valid_base":    base,
		"truncated":     valid[:len(valid)/3],
		"truncated_end": valid[:len(valid)-1],
		"version3":      bytes.Replace(valid, []byte(`"version":2`), []byte(`"version":3`), 1),
		"unknown_field": bytes.Replace(valid, []byte(`"format"`), []byte(`"x":0,"format"`), 1),
		"bad_rank":      bytes.Replace(valid, []byte(`"rank":2`), []byte(`"rank":3`), 1),
		"empty":         {},
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzParse")
	for name, b := range seeds {
		want := "go test fuzz v1\n[]byte(" + strconv.Quote(string(b)) + ")\n"
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("seed %s is stale or missing (%v): run go test -run TestSeedCorpus -update", path, err)
		}
	}
	if _, err := Parse("valid", valid); err != nil {
		t.Fatalf("valid seed does not parse: %v", err)
	}
}

// FuzzParse: Parse never panics; what it accepts re-encodes to a trace it
// accepts again, and Check on it does not panic.
func FuzzParse(f *testing.F) {
	m := testModel(1)
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := Parse("fuzz", b)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("error without ErrBadInput: %v", err)
			}
			return
		}
		enc, err := json.Marshal(tr)
		if err != nil {
			t.Fatal(err)
		}
		tr2, err := Parse("re-encoded", enc)
		if err != nil {
			t.Fatalf("re-encoded trace rejected: %v", err)
		}
		if !reflect.DeepEqual(tr, tr2) {
			t.Fatal("re-encoding changed the trace")
		}
		if err := tr.Check(context.Background(), m); err != nil && !errors.Is(err, ErrMismatch) && !errors.Is(err, ErrBadInput) {
			t.Fatalf("Check error of unexpected kind: %v", err)
		}
	})
}
