package runtime

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

func TestInferRequests(t *testing.T) {
	e, f := newEngine(t, 0)
	rng := rand.New(rand.NewPCG(5, 5))
	load(t, e, f, "a", randAdapter(rng, []int{0, 2}, 2, 0.5))
	load(t, e, f, "b", randAdapter(rng, []int{1}, 1, 0.5))
	x := randInput(rng)
	xq := quant.QuantizeInput(x, e.Model().InputExp)
	nan := slices.Clone(x)
	nan[3] = float32(nanValue())
	tests := []struct {
		name    string
		req     Request
		wantErr error
		want    string // substring of the error
	}{
		{"base", Request{Input: x}, nil, ""},
		{"base int8 input", Request{InputQ: xq, Float: true}, nil, ""},
		{"single", Request{Adapter: "a", Input: x, Float: true}, nil, ""},
		{"single traced", Request{Adapter: "a", Input: x, Trace: true}, nil, ""},
		{"base traced", Request{Input: x, Trace: true}, nil, ""},
		{"merged", Request{Adapter: "a", Merged: true, Input: x, Float: true}, nil, ""},
		{"ensemble", Request{Ensemble: []Weighted{{"a", 0.7}, {"b", 1.5}}, Input: x, Float: true}, nil, ""},
		{"unknown adapter", Request{Adapter: "zz", Input: x}, ErrNotFound, "zz"},
		{"unknown member", Request{Ensemble: []Weighted{{"a", 1}, {"zz", 1}}, Input: x}, ErrNotFound, "zz"},
		{"adapter and ensemble", Request{Adapter: "a", Ensemble: []Weighted{{"b", 1}}, Input: x}, ErrBadInput, "both"},
		{"trace of ensemble", Request{Ensemble: []Weighted{{"a", 1}}, Input: x, Trace: true}, ErrBadInput, "trace"},
		{"trace of merged", Request{Adapter: "a", Merged: true, Input: x, Trace: true}, ErrBadInput, "trace"},
		{"merged ensemble", Request{Ensemble: []Weighted{{"a", 1}}, Merged: true, Input: x}, ErrBadInput, "merged"},
		{"repeated member", Request{Ensemble: []Weighted{{"a", 1}, {"a", 1}}, Input: x}, ErrBadInput, "repeated"},
		{"negative weight", Request{Ensemble: []Weighted{{"a", -1}}, Input: x}, ErrBadInput, "weight"},
		{"huge weight", Request{Ensemble: []Weighted{{"a", 1e12}}, Input: x}, ErrBadInput, "overflows"},
		{"no input", Request{Adapter: "a"}, ErrBadInput, "no input"},
		{"two inputs", Request{Input: x, InputQ: xq}, ErrBadInput, "both Input and InputQ"},
		{"short input", Request{Input: x[1:]}, ErrBadInput, "7 values"},
		{"short int8 input", Request{InputQ: xq[1:]}, ErrBadInput, "7 values"},
		{"NaN input", Request{Input: nan}, ErrBadInput, "element 3"},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := e.Infer(ctx, tc.req)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("Infer = %v, want %v naming %q", err, tc.wantErr, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Output) != dims[len(dims)-1] || res.Prediction != quant.Argmax(res.Output) {
				t.Fatalf("output %v, prediction %d", res.Output, res.Prediction)
			}
			if (res.Trace != nil) != tc.req.Trace || (res.Float != nil) != tc.req.Float {
				t.Fatalf("trace %v / float %v not as requested", res.Trace != nil, res.Float != nil)
			}
		})
	}
}

func nanValue() float64 {
	var z float64
	return z / z
}

// TestInputForms: float input and its int8 quantization give the same output.
func TestInputForms(t *testing.T) {
	e, f := newEngine(t, 0)
	rng := rand.New(rand.NewPCG(6, 6))
	load(t, e, f, "a", randAdapter(rng, []int{0, 1}, 2, 0.5))
	ctx := context.Background()
	for range 20 {
		x := randInput(rng)
		r1, err := e.Infer(ctx, Request{Adapter: "a", Input: x})
		if err != nil {
			t.Fatal(err)
		}
		r2, err := e.Infer(ctx, Request{Adapter: "a", InputQ: quant.QuantizeInput(x, e.Model().InputExp)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r1.Output, r2.Output) {
			t.Fatalf("float input %v, int8 input %v", r1.Output, r2.Output)
		}
	}
}

// TestTraceChecks: traces from Infer pass trace.Check against the model and
// carry the request's output, adapter and salt.
func TestTraceChecks(t *testing.T) {
	e, f := newEngine(t, 0)
	rng := rand.New(rand.NewPCG(7, 7))
	load(t, e, f, "a", randAdapter(rng, []int{0, 2}, 2, 0.5))
	key := commit.AdapterKey{Salt: commit.Uint(42), Owner: commit.Uint(7)}
	ctx := context.Background()
	for _, name := range []string{"", "a"} {
		res, err := e.Infer(ctx, Request{Adapter: name, Input: randInput(rng), Trace: true, Key: key})
		if err != nil {
			t.Fatal(err)
		}
		if err := res.Trace.Check(ctx, e.Model()); err != nil {
			t.Fatalf("adapter %q: %v", name, err)
		}
		if !slices.Equal(res.Trace.Output, res.Output) {
			t.Fatal("trace output differs from the result")
		}
		qa, s, err := res.Trace.QuantAdapter()
		if err != nil {
			t.Fatal(err)
		}
		if name == "" {
			if qa != nil {
				t.Fatal("base trace has an adapter")
			}
			continue
		}
		if s != key || qa.Name != "a" || !slices.Equal(res.Trace.Adapter.Shape, []int{2, 0, 2}) {
			t.Fatalf("trace adapter %q shape %v key %v", qa.Name, res.Trace.Adapter.Shape, s)
		}
	}
}

func TestCacheEvictionAndReload(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	ads := map[string]*peft.Adapter{}
	for _, n := range []string{"a", "b", "c"} {
		ads[n] = randAdapter(rng, []int{0, 1}, 2, 0.5)
	}
	// One adapter: int8 A+B (2·8+6·2 + 2·6+5·2 = 50) plus float32 copies (200).
	const size = 250
	e, f := newEngine(t, 2*size+10)
	ctx := context.Background()
	for _, n := range []string{"a", "b", "c"} {
		load(t, e, f, n, ads[n])
	}
	cached := func() []string {
		var s []string
		for _, info := range e.List() {
			if info.Bytes != size {
				t.Fatalf("%s: %d bytes, want %d", info.Name, info.Bytes, size)
			}
			if info.Cached {
				s = append(s, info.Name)
			}
		}
		return s
	}
	if got := cached(); !slices.Equal(got, []string{"b", "c"}) {
		t.Fatalf("cached %v after loading a, b, c under a 2-adapter budget", got)
	}
	x := randInput(rng)
	want, err := e.Infer(ctx, Request{Adapter: "a", Input: x})
	if err != nil {
		t.Fatal(err)
	}
	if f.count("/ad/a") != 2 {
		t.Fatalf("adapter a read %d times, want 2 (load, reload)", f.count("/ad/a"))
	}
	if got := cached(); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("cached %v after using a: b was least recently used", got)
	}
	st := e.CacheStats()
	if st.Used != 2*size || st.Entries != 2 || st.Evictions != 2 || st.Budget != 2*size+10 {
		t.Fatalf("stats %+v", st)
	}
	// Merged weights of a (6·8 + 5·6 = 78 bytes) evict the LRU adapter c.
	if _, err := e.Infer(ctx, Request{Adapter: "a", Input: x, Merged: true}); err != nil {
		t.Fatal(err)
	}
	if got := cached(); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("cached %v after merging a", got)
	}
	// Changed files are detected on reload.
	f.set("/ad/b", ads["c"])
	if _, err := e.Infer(ctx, Request{Adapter: "b", Input: x}); !errors.Is(err, ErrChanged) {
		t.Fatalf("reload of changed b = %v, want ErrChanged", err)
	}
	// Unload forgets; the name can be loaded again.
	if err := e.Unload("a"); err != nil {
		t.Fatal(err)
	}
	if err := e.Unload("a"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second Unload = %v", err)
	}
	if _, err := e.Infer(ctx, Request{Adapter: "a", Input: x}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Infer after Unload = %v", err)
	}
	load(t, e, f, "a", ads["a"])
	got, err := e.Infer(ctx, Request{Adapter: "a", Input: x})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Output, want.Output) {
		t.Fatal("reloaded adapter computes differently")
	}
}

func TestLoadErrors(t *testing.T) {
	e, f := newEngine(t, 100)
	rng := rand.New(rand.NewPCG(9, 9))
	f.set("/big", randAdapter(rng, []int{0, 1}, 2, 0.5)) // 250 bytes
	f.set("/ok", randAdapter(rng, []int{2}, 1, 0.5))     // 9 + 36 bytes
	f.set("/wrongdims", &peft.Adapter{Modules: []*peft.Module{{Name: "fc0", In: 9, Out: 6, Rank: 1, Scaling: 1, A: make([]float32, 9), B: make([]float32, 6)}}})
	f.set("/nolayer", &peft.Adapter{Modules: []*peft.Module{{Name: "fc9", In: 8, Out: 6, Rank: 1, Scaling: 1, A: make([]float32, 8), B: make([]float32, 6)}}})
	ctx := context.Background()
	if err := e.Load(ctx, "ok", "/ok"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, dir string
		wantErr   error
		want      string
	}{
		{"big", "/big", ErrTooLarge, "250 bytes"},
		{"big", "/big", ErrBadInput, "budget is 100"},
		{"ok", "/ok", ErrBadInput, "already loaded"},
		{"", "/ok", ErrBadInput, "empty adapter name"},
		{"missing", "/missing", ErrBadInput, "/missing"},
		{"wd", "/wrongdims", ErrBadInput, "fc0"},
		{"nl", "/nolayer", ErrBadInput, "fc9"},
	}
	for _, tc := range tests {
		err := e.Load(ctx, tc.name, tc.dir)
		if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q, %q) = %v, want %v naming %q", tc.name, tc.dir, err, tc.wantErr, tc.want)
		}
	}
	if l := e.List(); len(l) != 1 || l[0].Name != "ok" || !slices.Equal(l[0].Shape, []int{0, 0, 1}) {
		t.Fatalf("List = %+v", l)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := e.Load(cancelled, "late", "/ok"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load with a cancelled context = %v", err)
	}
}

// TestConcurrent runs many requests over a cache too small for all adapters
// (run with -race) and compares with sequential results.
func TestConcurrent(t *testing.T) {
	e, f := newEngine(t, 600)
	rng := rand.New(rand.NewPCG(10, 10))
	names := []string{"a", "b", "c", "d"}
	for _, n := range names {
		load(t, e, f, n, randAdapter(rng, []int{0, 1}, 2, 0.5))
	}
	ctx := context.Background()
	reqs := []Request{}
	for i := range 40 {
		x := randInput(rng)
		switch i % 4 {
		case 0:
			reqs = append(reqs, Request{Adapter: names[i%3], Input: x})
		case 1:
			reqs = append(reqs, Request{Adapter: names[3], Input: x, Merged: true})
		case 2:
			reqs = append(reqs, Request{Ensemble: []Weighted{{"a", 0.5}, {"d", 0.5}}, Input: x})
		default:
			reqs = append(reqs, Request{Input: x, Float: true})
		}
	}
	want := make([][]int8, len(reqs))
	for i, r := range reqs {
		res, err := e.Infer(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = res.Output
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(reqs))
	for i, r := range reqs {
		wg.Go(func() {
			res, err := e.Infer(ctx, r)
			if err == nil && !slices.Equal(res.Output, want[i]) {
				err = errors.New("output differs from the sequential run")
			}
			if err != nil {
				errs <- err
			}
		})
	}
	wg.Go(func() { _ = e.List(); _ = e.CacheStats() })
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if st := e.CacheStats(); st.Used > 600 {
		t.Fatalf("cache holds %d bytes over its 600-byte budget", st.Used)
	}
}

func TestEvaluate(t *testing.T) {
	e, f := newEngine(t, 0)
	rng := rand.New(rand.NewPCG(11, 11))
	load(t, e, f, "a", randAdapter(rng, []int{0, 1, 2}, 2, 0.5))
	ctx := context.Background()
	var images [][]float32
	var labels []uint8
	for range 300 {
		x := randInput(rng)
		res, err := e.Infer(ctx, Request{Adapter: "a", Input: x, Float: true})
		if err != nil {
			t.Fatal(err)
		}
		images = append(images, x)
		labels = append(labels, uint8(argmaxF(res.Float))) // float path is right by construction
	}
	for _, req := range []Request{{Adapter: "a"}, {Adapter: "a", Merged: true}, {Ensemble: []Weighted{{"a", 1}}}} {
		ev, err := e.Evaluate(ctx, images, labels, req)
		if err != nil {
			t.Fatal(err)
		}
		if ev.N != 300 || ev.FloatCorrect != 300 || ev.Agree != ev.Correct || ev.Accuracy != float64(ev.Correct)/300 {
			t.Fatalf("%+v: float path must score 100%% and agreement equal accuracy", ev)
		}
		if ev.Agreement < 0.5 {
			t.Fatalf("quantized path agrees with float on only %.2f", ev.Agreement)
		}
		t.Logf("adapter a merged=%v ensemble=%v: quantized/float agreement %.3f", req.Merged, req.Ensemble != nil, ev.Agreement)
	}
	bad := []struct {
		images [][]float32
		labels []uint8
		req    Request
	}{
		{nil, nil, Request{}},
		{images, labels[1:], Request{}},
		{images, labels, Request{Trace: true}},
		{images, labels, Request{Input: images[0]}},
		{images, labels, Request{Adapter: "zz"}},
	}
	for i, b := range bad {
		if _, err := e.Evaluate(ctx, b.images, b.labels, b.req); err == nil {
			t.Errorf("bad evaluation %d accepted", i)
		}
	}
}

func TestNewRejects(t *testing.T) {
	fm := floatModel(t, 1)
	qm, err := quant.FromModel(fm)
	if err != nil {
		t.Fatal(err)
	}
	other := floatModel(t, 1)
	other.Config.Layers[1].Name = "renamed"
	other.Layers[1].Config.Name = "renamed"
	tests := []struct {
		name string
		qm   *quant.Model
		opts Options
	}{
		{"nil model", nil, Options{}},
		{"negative budget", qm, Options{CacheBytes: -1}},
	}
	for _, tc := range tests {
		if _, err := New(tc.qm, nil, tc.opts); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: New = %v", tc.name, err)
		}
	}
	if _, err := New(qm, other, Options{}); !errors.Is(err, ErrBadInput) {
		t.Errorf("mismatched float model: New = %v", err)
	}
	e, err := New(qm, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Infer(context.Background(), Request{Input: make([]float32, 8), Float: true}); !errors.Is(err, ErrBadInput) {
		t.Errorf("float path without float model: %v", err)
	}
}
