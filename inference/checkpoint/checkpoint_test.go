package checkpoint

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
)

// gpt2Base writes a checkpoint with one Conv1D module (stored [in][out])
// and returns its path, the module's spec and float weights ([in][out]).
func gpt2Base(t *testing.T) (string, peftgen.Spec, []float32) {
	t.Helper()
	spec := peftgen.GPT2CAttn(1)
	spec.In, spec.Out, spec.Rank, spec.Alpha = 4, 6, 2, 4
	rng := rand.New(rand.NewPCG(1, 2))
	w := make([]float32, spec.In*spec.Out)
	for i := range w {
		w[i] = float32(0.02 * rng.NormFloat64())
	}
	f := &safetensors.File{}
	if err := f.Add(safetensors.NewF32(spec.Modules[0]+".weight", []int{spec.In, spec.Out}, w)); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "base.safetensors")
	if err := safetensors.Write(p, f); err != nil {
		t.Fatal(err)
	}
	return p, spec, w
}

// A checkpoint's Conv1D weight is read transposed to [out][in] and
// quantized; the merged file keeps the base's layout and reads back as
// quant.MergeLayer's matrix.
func TestCheckpointMerge(t *testing.T) {
	path, spec, w := gpt2Base(t)
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	name := spec.Modules[0]
	l, err := b.Layer(name, spec.In, spec.Out, true)
	if err != nil {
		t.Fatal(err)
	}
	want, wexp, err := quant.QuantizeTensor(Transpose(w, spec.In, spec.Out))
	if err != nil || !slices.Equal(l.W, want) || l.WExp != wexp {
		t.Fatalf("layer %+v: not the transposed quantized tensor (%v)", l, err)
	}
	pa, err := peftgen.Adapter(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	m, err := b.Adapt(pa, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Model.Layers) != 1 || len(m.Adapter.Layers) != 1 || !m.FanInFanOut[0] || m.Adapter.Name != "a" {
		t.Fatalf("merge inputs %+v", m)
	}
	f, err := m.Merged()
	if err != nil {
		t.Fatal(err)
	}
	tn, err := f.Get(name + ".weight")
	if err != nil || !slices.Equal(tn.Shape, []int{spec.In, spec.Out}) || f.Metadata["format"] != MergedFormat {
		t.Fatalf("merged tensor %+v: %v", tn, err)
	}
	got, err := MatrixOf(f, name, spec.In, spec.Out, true)
	if err != nil || !slices.Equal(got, quant.MergeLayer(&m.Model.Layers[0], &m.Adapter.Layers[0])) {
		t.Fatalf("merged matrix: %v", err)
	}
}

func TestCheckpointBadInput(t *testing.T) {
	path, spec, _ := gpt2Base(t)
	garbage := filepath.Join(t.TempDir(), "garbage")
	if err := os.WriteFile(garbage, []byte("not a checkpoint"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, errs.ErrBadInput) || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing base: %v", err)
	}
	if _, err := Open(garbage); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "garbage") {
		t.Fatalf("garbage base: %v", err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	name := spec.Modules[0]
	for _, tc := range []struct {
		name, module string
		fan          bool
		want         string
	}{
		{"missing tensor", "q_proj", true, "q_proj.weight"},
		{"layout", name, false, "shape"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := b.Layer(tc.module, spec.In, spec.Out, tc.fan); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want bad input mentioning %q", err, tc.want)
			}
		})
	}
	if _, err := b.Adapt(nil, "a"); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("no adapter: %v", err)
	}
	f := &safetensors.File{}
	if err := f.Add(safetensors.NewF32(name+".weight", []int{spec.In, spec.Out}, make([]float32, spec.In*spec.Out))); err != nil {
		t.Fatal(err)
	}
	if _, err := MatrixOf(f, name, spec.In, spec.Out, true); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("float merged tensor: %v", err)
	}
}
