package cuda

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
)

// hostKernels does on the CPU what the CUDA kernel does, including its int32
// accumulator, so that these tests check everything but the kernel itself: the
// trace assembly, the batching and the bounds that make int32 exact.
type hostKernels struct{ uploads, frees int }

func (h *hostKernels) name() string { return "host" }

func (h *hostKernels) upload(w []int8, rows, cols int) (matrix, error) {
	if rows < 1 || cols < 1 || cols > maxCols || len(w) != rows*cols {
		return nil, fmt.Errorf("%w: %d×%d matrix with %d values", ErrBadInput, rows, cols, len(w))
	}
	h.uploads++
	return &hostMatrix{h: h, w: append([]int8(nil), w...), rows: rows, cols: cols}, nil
}

type hostMatrix struct {
	h          *hostKernels
	w          []int8
	rows, cols int
}

func (m *hostMatrix) mul(xs []int8, batch int, out []int32) error {
	if len(xs) != batch*m.cols || len(out) != batch*m.rows {
		return fmt.Errorf("%w: bad product shapes", ErrBadInput)
	}
	for b := 0; b < batch; b++ {
		x := xs[b*m.cols : (b+1)*m.cols]
		for r := 0; r < m.rows; r++ {
			var acc int32 // wraps like the device's would
			for c, w := range m.w[r*m.cols : (r+1)*m.cols] {
				acc += int32(w) * int32(x[c])
			}
			out[b*m.rows+r] = acc
		}
	}
	return nil
}

func (m *hostMatrix) free() { m.h.frees++ }

func hostDevice() (*Device, *hostKernels) {
	h := &hostKernels{}
	return &Device{k: h}, h
}

// checkSame runs xs through the device model and quant.Model.Forward and
// requires identical traces.
func checkSame(t *testing.T, m *Model, q *quant.Model, xs [][]int8, a *quant.Adapter) {
	t.Helper()
	got, err := m.Forward(context.Background(), xs, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(xs) {
		t.Fatalf("%d traces for %d inputs", len(got), len(xs))
	}
	for b, x := range xs {
		want, err := q.Forward(context.Background(), x, a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[b], want) {
			for i := range want {
				if !reflect.DeepEqual(got[b][i], want[i]) {
					t.Fatalf("input %d, layer %d: trace differs from quant.Forward:\n got %+v\nwant %+v", b, i, got[b][i], want[i])
				}
			}
			t.Fatalf("input %d: traces differ", b)
		}
	}
}

func demoModel(t *testing.T) (*quant.Model, *quant.Adapter, [][]int8) {
	t.Helper()
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	q, err := quant.FromModel(base)
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	qa, err := quant.FromPEFT(q, ad, "embedded")
	if err != nil {
		t.Fatal(err)
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	xs := make([][]int8, samples.Len())
	for i, img := range samples.Images {
		xs[i] = quant.QuantizeInput(img, q.InputExp)
	}
	return q, qa, xs
}

func TestDemoModelMatchesCPU(t *testing.T) {
	q, qa, xs := demoModel(t)
	dev, h := hostDevice()
	m, err := dev.Load(q)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		a    *quant.Adapter
	}{{"with adapter", qa}, {"base model", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			checkSame(t, m, q, xs, tc.a)     // the whole batch at once
			checkSame(t, m, q, xs[:1], tc.a) // and alone
		})
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if h.uploads != h.frees {
		t.Errorf("%d uploads, %d frees: device memory leaks", h.uploads, h.frees)
	}
	if _, err := m.Forward(context.Background(), xs[:1], nil); err == nil {
		t.Error("Forward after Close succeeded")
	}
}

// randModel is a model with odd widths (rows not a multiple of the kernel's
// 16-byte pitch), every activation, and an adapter on two of its three layers.
func randModel(rng *rand.Rand, widths []int) (*quant.Model, *quant.Adapter) {
	acts := []quant.Activation{quant.ActReLU, quant.ActGELU, quant.ActNone}
	q := &quant.Model{Name: "rand", InputExp: 4}
	a := &quant.Adapter{Name: "rand-adapter"}
	inExp := q.InputExp
	for i := 0; i+1 < len(widths); i++ {
		in, out := widths[i], widths[i+1]
		l := quant.Layer{Name: fmt.Sprintf("fc%d", i), In: in, Out: out, W: rand8(rng, in*out), Bias: make([]int32, out),
			WExp: 7, InExp: inExp, Act: acts[i%len(acts)], Shift: uint(8 + i)}
		l.OutExp = inExp + l.WExp - int(l.Shift)
		for j := range l.Bias {
			l.Bias[j] = int32(rng.IntN(20001) - 10000)
		}
		if l.Act == quant.ActGELU {
			l.GELU = quant.GELUTable(l.OutExp)
		}
		q.Layers = append(q.Layers, l)
		inExp = l.OutExp
		if i != 1 {
			r := 1 + i*3
			a.Layers = append(a.Layers, quant.AdapterLayer{Layer: i, Rank: r, A: rand8(rng, r*in), B: rand8(rng, out*r),
				M: uint32(rng.Uint64N(1 << 32))})
		}
	}
	return q, a
}

func rand8(rng *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(rng.IntN(256) - 128)
	}
	return v
}

func TestRandomModelsMatchCPU(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 1))
	for _, widths := range [][]int{{37, 19, 5, 3}, {1, 1, 1, 1}, {200, 64, 17, 10}, {16, 32, 48, 64}} {
		t.Run(fmt.Sprint(widths), func(t *testing.T) {
			q, a := randModel(rng, widths)
			dev, _ := hostDevice()
			m, err := dev.Load(q)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			xs := make([][]int8, 9)
			for i := range xs {
				xs[i] = rand8(rng, widths[0])
			}
			xs[0] = make([]int8, widths[0]) // all zero
			for j := range xs[1] {
				xs[1][j] = -128 // the extreme the int32 bound is about
			}
			checkSame(t, m, q, xs, a)
			checkSame(t, m, q, xs, nil)
		})
	}
}

// At the widest accepted layer every product sum still fits int32.
func TestWidestRowIsExact(t *testing.T) {
	dev, _ := hostDevice()
	w := make([]int8, maxCols)
	x := make([]int8, maxCols)
	for i := range w {
		w[i], x[i] = -128, -128
	}
	mat, err := dev.Upload(w, 1, maxCols)
	if err != nil {
		t.Fatal(err)
	}
	defer mat.Free()
	got, err := mat.Mul(x, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(maxCols) * 128 * 128; int64(got[0]) != want {
		t.Errorf("sum %d, want %d", got[0], want)
	}
	if _, err := dev.Upload(make([]int8, maxCols+1), 1, maxCols+1); !errors.Is(err, ErrBadInput) {
		t.Errorf("a row of %d columns: error %v, want ErrBadInput", maxCols+1, err)
	}
}

func TestMatrix(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	dev, h := hostDevice()
	const rows, cols, batch = 13, 29, 4
	w, xs := rand8(rng, rows*cols), rand8(rng, batch*cols)
	mat, err := dev.Upload(w, rows, cols)
	if err != nil {
		t.Fatal(err)
	}
	got, err := mat.Mul(xs, batch)
	if err != nil {
		t.Fatal(err)
	}
	for b := 0; b < batch; b++ {
		for r := 0; r < rows; r++ {
			var want int64
			for c := 0; c < cols; c++ {
				want += int64(w[r*cols+c]) * int64(xs[b*cols+c])
			}
			if int64(got[b*rows+r]) != want {
				t.Fatalf("out[%d][%d] = %d, want %d", b, r, got[b*rows+r], want)
			}
		}
	}
	for _, bad := range []struct {
		xs    []int8
		batch int
	}{{xs, 0}, {xs, batch + 1}, {xs[:cols], batch}, {nil, MaxBatch + 1}} {
		if _, err := mat.Mul(bad.xs, bad.batch); !errors.Is(err, ErrBadInput) {
			t.Errorf("Mul(%d values, batch %d): error %v, want ErrBadInput", len(bad.xs), bad.batch, err)
		}
	}
	mat.Free()
	mat.Free()
	if h.frees != 1 {
		t.Errorf("%d frees after Free twice, want 1", h.frees)
	}
	if _, err := mat.Mul(xs, batch); err == nil {
		t.Error("Mul after Free succeeded")
	}
	for _, shape := range [][3]int{{0, 5, 0}, {5, 0, 0}, {2, 3, 5}} {
		if _, err := dev.Upload(make([]int8, shape[2]), shape[0], shape[1]); !errors.Is(err, ErrBadInput) {
			t.Errorf("Upload %v: error %v, want ErrBadInput", shape, err)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	good := func() *quant.Model { q, _ := randModel(rng, []int{8, 6, 4, 2}); return q }
	tests := []struct {
		name string
		edit func(q *quant.Model)
	}{
		{"no layers", func(q *quant.Model) { q.Layers = nil }},
		{"short W", func(q *quant.Model) { q.Layers[1].W = q.Layers[1].W[1:] }},
		{"short bias", func(q *quant.Model) { q.Layers[0].Bias = q.Layers[0].Bias[1:] }},
		{"GELU table missing", func(q *quant.Model) { q.Layers[1].GELU = nil }},
		{"widths do not chain", func(q *quant.Model) {
			q.Layers[2].In, q.Layers[2].W = 5, make([]int8, 5*q.Layers[2].Out)
		}},
		{"shift 0", func(q *quant.Model) { q.Layers[0].Shift = 0 }},
		{"too wide", func(q *quant.Model) {
			q.Layers = q.Layers[:1]
			q.Layers[0].In, q.Layers[0].W = maxCols+1, make([]int8, (maxCols+1)*q.Layers[0].Out)
		}},
		{"accumulator bound", func(q *quant.Model) {
			q.Layers = q.Layers[:1]
			q.Layers[0].Bias[0] = 1<<31 - 1
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := good()
			tc.edit(q)
			dev, h := hostDevice()
			if m, err := dev.Load(q); !errors.Is(err, ErrBadInput) {
				t.Errorf("Load = %v, %v; want ErrBadInput", m, err)
			}
			if h.uploads != h.frees {
				t.Errorf("%d uploads, %d frees after a failed Load", h.uploads, h.frees)
			}
		})
	}
	if _, err := (&Device{k: &hostKernels{}}).Load(nil); !errors.Is(err, ErrBadInput) {
		t.Errorf("Load(nil): %v", err)
	}
}

func TestForwardRejects(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	q, a := randModel(rng, []int{8, 6, 4, 2})
	dev, _ := hostDevice()
	m, err := dev.Load(q)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	x := rand8(rng, 8)
	badRank := *a
	badRank.Layers = append([]quant.AdapterLayer(nil), a.Layers...)
	badRank.Layers[0].B = badRank.Layers[0].B[1:]
	outside := &quant.Adapter{Layers: []quant.AdapterLayer{{Layer: 3, Rank: 1, A: make([]int8, 4), B: make([]int8, 2)}}}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		xs   [][]int8
		a    *quant.Adapter
		is   error
	}{
		{"empty batch", context.Background(), nil, nil, ErrBadInput},
		{"batch too large", context.Background(), make([][]int8, MaxBatch+1), nil, ErrBadInput},
		{"short input", context.Background(), [][]int8{x, x[1:]}, nil, ErrBadInput},
		{"adapter B shape", context.Background(), [][]int8{x}, &badRank, ErrBadInput},
		{"adapter layer outside model", context.Background(), [][]int8{x}, outside, ErrBadInput},
		{"cancelled", cancelled, [][]int8{x}, a, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if trs, err := m.Forward(tc.ctx, tc.xs, tc.a); !errors.Is(err, tc.is) {
				t.Errorf("Forward = %d traces, %v; want %v", len(trs), err, tc.is)
			}
		})
	}
}

func TestOptionsFromEnv(t *testing.T) {
	tests := []struct {
		env     map[string]string
		want    Options
		wantErr bool
	}{
		{env: nil, want: Options{}},
		{env: map[string]string{EnvLibrary: " /opt/lib/libopenproof_cuda.so ", EnvDevice: "2"}, want: Options{Library: "/opt/lib/libopenproof_cuda.so", Device: 2}},
		{env: map[string]string{EnvDevice: "-1"}, wantErr: true},
		{env: map[string]string{EnvDevice: "gpu"}, wantErr: true},
	}
	for _, tc := range tests {
		got, err := OptionsFromEnv(func(k string) string { return tc.env[k] })
		if (err != nil) != tc.wantErr || (!tc.wantErr && got != tc.want) {
			t.Errorf("env %v: got %+v, %v; want %+v (error %v)", tc.env, got, err, tc.want, tc.wantErr)
		}
	}
}
