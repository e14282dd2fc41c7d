// Package cuda runs the integer matrix products of openproof's fixed-point runtime
// (inference/quant) on an NVIDIA GPU and produces the same layer traces, bit for bit,
// as quant.Model.Forward.
//
// Only the products move to the GPU: W0·x and A·x, int8 × int8 summed in int32 by
// the kernel in kernel/openproof_cuda.cu. That is exact, not approximately equal: a
// layer is accepted only if quant's bounds hold (|acc| < 2^31), so every partial sum
// fits int32, and integer sums do not depend on their order. Everything after the
// products — bias, B·h, requantization, saturation, activation — runs on the CPU
// through quant's own functions (Layer.Requantize, Saturate, Activate), the single
// source of truth for every rounding.
//
// Builds with the cuda tag load the kernel library (libopenproof_cuda.so, built
// with nvcc by bench/gpu.sh) with dlopen at Open, so a binary built on a machine
// without CUDA runs on one with it. Without the tag, Open returns ErrUnavailable.
package cuda

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
)

// ErrUnavailable is wrapped by Open's errors when there is no usable GPU kernel:
// a build without the cuda tag, a missing kernel library, or no CUDA device.
var ErrUnavailable = errors.New("cuda: GPU inference unavailable")

// ErrBadInput marks models, adapters and inputs this package cannot run.
var ErrBadInput = fmt.Errorf("cuda: %w", errs.ErrBadInput)

// Environment variables read by OptionsFromEnv.
const (
	// EnvLibrary is the path of libopenproof_cuda.so (default: that name,
	// found through LD_LIBRARY_PATH).
	EnvLibrary = "OPENPROOF_CUDA_LIB"
	// EnvDevice is the CUDA device index (default 0).
	EnvDevice = "OPENPROOF_CUDA_DEVICE"
)

// DefaultLibrary is the kernel library's file name.
const DefaultLibrary = "libopenproof_cuda.so"

// MaxBatch is the most input vectors one Forward call takes (the kernel's grid).
const MaxBatch = 65535

// maxCols bounds a matrix's columns so that |Σ w·x| ≤ cols·2^14 < 2^31.
const maxCols = 1<<17 - 1

// Options selects the kernel library and the device.
type Options struct {
	Library string // path of the kernel library; "" means DefaultLibrary
	Device  int
}

// OptionsFromEnv reads EnvLibrary and EnvDevice through getenv (os.Getenv if nil).
func OptionsFromEnv(getenv func(string) string) (Options, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	o := Options{Library: strings.TrimSpace(getenv(EnvLibrary))}
	if v := strings.TrimSpace(getenv(EnvDevice)); v != "" {
		d, err := strconv.Atoi(v)
		if err != nil || d < 0 {
			return o, fmt.Errorf("%w: %s=%q: want a device index >= 0", ErrBadInput, EnvDevice, v)
		}
		o.Device = d
	}
	return o, nil
}

// kernels is what a device offers: int8 matrices resident on it and their
// products with batches of int8 vectors.
type kernels interface {
	name() string
	// upload copies the row-major rows×cols matrix w to the device.
	upload(w []int8, rows, cols int) (matrix, error)
}

// matrix is a matrix resident on the device.
type matrix interface {
	// mul computes out[b·rows+r] = Σ_c w[r][c]·xs[b·cols+c] for b < batch.
	mul(xs []int8, batch int, out []int32) error
	free()
}

// Device is an opened GPU with the kernel library.
type Device struct {
	k kernels
}

// Name describes the device, e.g. "NVIDIA H100 80GB HBM3 (device 0)".
func (d *Device) Name() string { return d.k.name() }

// Model is a quantized model whose base weights are resident on the device. Its
// Forward calls are serialized; Close frees the device memory.
type Model struct {
	q *quant.Model
	k kernels

	mu     sync.Mutex
	w      []matrix // per layer; nil after Close
	closed bool
}

// Load checks q and uploads its base weights. Layers must satisfy quant's bounds
// (quant.Layer.LayerBounds), which also guarantee that the kernel's int32 sums
// are exact.
func (d *Device) Load(q *quant.Model) (*Model, error) {
	if q == nil || len(q.Layers) == 0 {
		return nil, fmt.Errorf("%w: model has no layers", ErrBadInput)
	}
	for i := range q.Layers {
		if err := checkLayer(&q.Layers[i], i, q.Layers); err != nil {
			return nil, err
		}
	}
	m := &Model{q: q, k: d.k}
	for i := range q.Layers {
		l := &q.Layers[i]
		w, err := d.k.upload(l.W, l.Out, l.In)
		if err != nil {
			_ = m.Close()
			return nil, fmt.Errorf("cuda: upload layer %d (%s, %d×%d): %w", i, l.Name, l.Out, l.In, err)
		}
		m.w = append(m.w, w)
	}
	return m, nil
}

func checkLayer(l *quant.Layer, i int, layers []quant.Layer) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: layer %d (%s): %s", ErrBadInput, i, l.Name, fmt.Sprintf(format, args...))
	}
	switch {
	case l.In < 1 || l.Out < 1:
		return bad("shape %d×%d", l.Out, l.In)
	case l.In > maxCols:
		return bad("%d inputs, at most %d", l.In, maxCols)
	case len(l.W) != l.In*l.Out:
		return bad("W has %d values, want %d", len(l.W), l.In*l.Out)
	case len(l.Bias) != l.Out:
		return bad("bias has %d values, want %d", len(l.Bias), l.Out)
	case l.Act == quant.ActGELU && len(l.GELU) != 256:
		return bad("GELU table has %d entries, want 256", len(l.GELU))
	case i > 0 && layers[i-1].Out != l.In:
		return bad("takes %d inputs, the previous layer gives %d", l.In, layers[i-1].Out)
	}
	if _, err := l.LayerBounds(0); err != nil {
		return fmt.Errorf("%w: layer %d: %w", ErrBadInput, i, err)
	}
	return nil
}

// Close frees the model's device memory. Forward fails afterwards.
func (m *Model) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, w := range m.w {
		w.free()
	}
	m.w, m.closed = nil, true
	return nil
}

// Forward runs the model on each input of xs with adapter a (nil for the base
// model) and returns each input's layer traces, equal to what quant.Model.Forward
// returns for it. The products of a layer for the whole batch are one kernel call.
func (m *Model) Forward(ctx context.Context, xs [][]int8, a *quant.Adapter) ([][]*quant.LayerTrace, error) {
	if len(xs) == 0 || len(xs) > MaxBatch {
		return nil, fmt.Errorf("%w: batch of %d inputs, want 1…%d", ErrBadInput, len(xs), MaxBatch)
	}
	in := m.q.Layers[0].In
	for b, x := range xs {
		if len(x) != in {
			return nil, fmt.Errorf("%w: input %d has %d values, model %q takes %d", ErrBadInput, b, len(x), m.q.Name, in)
		}
	}
	for _, al := range adapterLayers(a) {
		if al.Layer < 0 || al.Layer >= len(m.q.Layers) {
			return nil, fmt.Errorf("%w: adapter layer index %d outside the model's %d layers", ErrBadInput, al.Layer, len(m.q.Layers))
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, fmt.Errorf("cuda: model %q: forward after Close", m.q.Name)
	}
	trs := make([][]*quant.LayerTrace, len(xs))
	for b := range trs {
		trs[b] = make([]*quant.LayerTrace, len(m.q.Layers))
	}
	cur := xs
	for i := range m.q.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		layer, err := m.layer(i, cur, a.ForLayer(i))
		if err != nil {
			return nil, err
		}
		next := make([][]int8, len(xs))
		for b, tr := range layer {
			trs[b][i] = tr
			next[b] = tr.Out
		}
		cur = next
	}
	return trs, nil
}

func adapterLayers(a *quant.Adapter) []quant.AdapterLayer {
	if a == nil {
		return nil
	}
	return a.Layers
}

// layer runs layer i on the batch xs: the products on the device, the rest as
// quant.Layer.Forward does it.
func (m *Model) layer(i int, xs [][]int8, a *quant.AdapterLayer) ([]*quant.LayerTrace, error) {
	l := &m.q.Layers[i]
	batch := len(xs)
	flat := make([]int8, 0, batch*l.In)
	for _, x := range xs {
		flat = append(flat, x...)
	}
	wx := make([]int32, batch*l.Out)
	if err := m.w[i].mul(flat, batch, wx); err != nil {
		return nil, fmt.Errorf("cuda: layer %d (%s) W·x: %w", i, l.Name, err)
	}
	var ax []int32
	if a != nil {
		if a.Rank < 1 || len(a.A) != a.Rank*l.In || len(a.B) != l.Out*a.Rank {
			return nil, fmt.Errorf("%w: layer %d (%s): adapter shapes A %d, B %d do not match rank %d", ErrBadInput, i, l.Name, len(a.A), len(a.B), a.Rank)
		}
		am, err := m.k.upload(a.A, a.Rank, l.In)
		if err != nil {
			return nil, fmt.Errorf("cuda: layer %d (%s) upload A: %w", i, l.Name, err)
		}
		ax = make([]int32, batch*a.Rank)
		err = am.mul(flat, batch, ax)
		am.free()
		if err != nil {
			return nil, fmt.Errorf("cuda: layer %d (%s) A·x: %w", i, l.Name, err)
		}
	}
	out := make([]*quant.LayerTrace, batch)
	for b, x := range xs {
		out[b] = assemble(l, a, x, wx[b*l.Out:(b+1)*l.Out], rowOf(ax, a, b))
	}
	return out, nil
}

func rowOf(ax []int32, a *quant.AdapterLayer, b int) []int32 {
	if a == nil {
		return nil
	}
	return ax[b*a.Rank : (b+1)*a.Rank]
}

// assemble builds the layer trace from the products wx = W0·x and ax = A·x (nil
// without adapter), field by field as quant.Layer.Forward does.
func assemble(l *quant.Layer, a *quant.AdapterLayer, x []int8, wx, ax []int32) *quant.LayerTrace {
	tr := &quant.LayerTrace{
		X:   append([]int8(nil), x...),
		Acc: make([]int64, l.Out),
		Q:   make([]int64, l.Out),
		Rem: make([]uint64, l.Out),
		Y:   make([]int8, l.Out),
		Out: make([]int8, l.Out),
	}
	if a != nil {
		tr.H = make([]int64, a.Rank)
		for t, v := range ax {
			tr.H[t] = int64(v)
		}
		tr.Delta = make([]int64, l.Out)
		for i := range tr.Delta {
			var d int64
			for t := 0; t < a.Rank; t++ {
				d += int64(a.B[i*a.Rank+t]) * tr.H[t]
			}
			tr.Delta[i] = d
		}
	}
	for i := 0; i < l.Out; i++ {
		acc := int64(l.Bias[i]) + int64(wx[i])
		tr.Acc[i] = acc
		var q int64
		var rem uint64
		if a != nil {
			q, rem = l.Requantize(acc, tr.Delta[i], a.M, true)
		} else {
			q, rem = l.Requantize(acc, 0, 0, false)
		}
		y, _, _ := l.Saturate(q)
		tr.Q[i], tr.Rem[i], tr.Y[i], tr.Out[i] = q, rem, int8(y), l.Activate(y)
	}
	return tr
}

// Matrix is an int8 matrix resident on the device, for repeated products (the
// throughput check uses it). Its methods are safe for concurrent use.
type Matrix struct {
	rows, cols int

	mu sync.Mutex
	m  matrix // nil after Free
}

// Upload copies the row-major rows×cols matrix w to the device.
func (d *Device) Upload(w []int8, rows, cols int) (*Matrix, error) {
	if rows < 1 || cols < 1 || cols > maxCols || len(w) != rows*cols {
		return nil, fmt.Errorf("%w: %d×%d matrix with %d values (at most %d columns)", ErrBadInput, rows, cols, len(w), maxCols)
	}
	m, err := d.k.upload(w, rows, cols)
	if err != nil {
		return nil, err
	}
	return &Matrix{m: m, rows: rows, cols: cols}, nil
}

// Mul returns the products of the matrix with the batch vectors xs
// (batch×cols, row-major): out[b·rows+r] = Σ_c w[r][c]·xs[b·cols+c].
func (m *Matrix) Mul(xs []int8, batch int) ([]int32, error) {
	if batch < 1 || batch > MaxBatch || len(xs) != batch*m.cols {
		return nil, fmt.Errorf("%w: %d inputs with %d values for %d columns", ErrBadInput, batch, len(xs), m.cols)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		return nil, errors.New("cuda: matrix used after Free")
	}
	out := make([]int32, batch*m.rows)
	if err := m.m.mul(xs, batch, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Free releases the device memory; later calls do nothing.
func (m *Matrix) Free() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m != nil {
		m.m.free()
		m.m = nil
	}
}
