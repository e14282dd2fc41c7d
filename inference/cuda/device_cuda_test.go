//go:build cuda

package cuda

import (
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// hostLibrary compiles testdata/host_abi.c, a host implementation of the kernel
// library's ABI, so that the dlopen binding is tested without a GPU.
func hostLibrary(t *testing.T) string {
	t.Helper()
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler to build the host reference library")
	}
	lib := filepath.Join(t.TempDir(), "libopenproof_host.so")
	out, err := exec.Command(cc, "-O2", "-shared", "-fPIC", "-o", lib, filepath.Join("testdata", "host_abi.c")).CombinedOutput()
	if err != nil {
		t.Fatalf("cc: %v\n%s", err, out)
	}
	return lib
}

func TestBindingWithHostLibrary(t *testing.T) {
	lib := hostLibrary(t)
	dev, err := Open(Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dev.Name(), "host reference (device 0)"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	checkDevice(t, dev)

	for _, o := range []Options{{Library: lib, Device: 1}, {Library: filepath.Join(t.TempDir(), "missing.so")}} {
		if d, err := Open(o); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Open(%+v) = %v, %v; want ErrUnavailable", o, d, err)
		}
	}
	if d, err := Open(Options{Library: lib, Device: -1}); !errors.Is(err, ErrBadInput) {
		t.Errorf("Open(device -1) = %v, %v; want ErrBadInput", d, err)
	}
}

// TestDevice runs the same checks on the library named by OPENPROOF_CUDA_LIB (a
// GPU machine: `go test -tags cuda ./inference/cuda/` after bench/gpu.sh build).
func TestDevice(t *testing.T) {
	if os.Getenv(EnvLibrary) == "" {
		t.Skip(EnvLibrary + " not set: no GPU kernel library to test")
	}
	o, err := OptionsFromEnv(nil)
	if err != nil {
		t.Fatal(err)
	}
	dev, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("device: %s", dev.Name())
	checkDevice(t, dev)
}

// checkDevice compares the device's traces with quant.Forward for the demo model
// and random odd-shaped models.
func checkDevice(t *testing.T, dev *Device) {
	t.Helper()
	q, qa, xs := demoModel(t)
	m, err := dev.Load(q)
	if err != nil {
		t.Fatal(err)
	}
	checkSame(t, m, q, xs, qa)
	checkSame(t, m, q, xs[:3], nil)
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(10, 10))
	for _, widths := range [][]int{{37, 19, 5, 3}, {200, 64, 17, 10}} {
		q, a := randModel(rng, widths)
		m, err := dev.Load(q)
		if err != nil {
			t.Fatal(err)
		}
		xs := make([][]int8, 5)
		for i := range xs {
			xs[i] = rand8(rng, widths[0])
		}
		checkSame(t, m, q, xs, a)
		_ = m.Close()
	}
	w := make([]int8, 3*maxCols)
	x := make([]int8, maxCols)
	for i := range w {
		w[i] = -128
	}
	for i := range x {
		x[i] = -128
	}
	mat, err := dev.Upload(w, 3, maxCols)
	if err != nil {
		t.Fatal(err)
	}
	defer mat.Free()
	got, err := mat.Mul(x, 1)
	if err != nil {
		t.Fatal(err)
	}
	for r, v := range got {
		if int64(v) != int64(maxCols)*128*128 {
			t.Errorf("widest row %d: sum %d, want %d", r, v, int64(maxCols)*128*128)
		}
	}
}
