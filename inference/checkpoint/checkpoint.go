// Package checkpoint reads the base weights an adapter merge starts from and
// writes the merged weights, in the int8 power-of-two form of
// inference/quant:
//
//   - Open reads a base: an openproof model directory (config.json +
//     model.safetensors, quantized as quant.FromModel does) or a bare
//     safetensors checkpoint whose tensors "<module>.weight" are the
//     adapted modules' float weights (quantized by quant.QuantizeTensor,
//     [in][out] for GPT-2 Conv1D modules, which Layer transposes).
//   - (*Base).Adapt quantizes a PEFT adapter against the base: the model and
//     adapter that quant.MergeLayer, the merge prover and the merge verifier
//     take.
//   - Merged lays the merged int8 weights out as a safetensors file in the
//     base's layout, MatrixOf reads one back as [out][in].
//
// It sits in the inference layer, beside quant, model and peft which it
// combines: files in, quantized weights out. It knows nothing of circuits or
// proofs, so the prover (which proves a merge of these weights) and the
// verifier (which recomputes W0 from the same base) both build on it.
package checkpoint

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
)

// MergedFormat is the "format" metadata of a merged-weights file.
const MergedFormat = "openproof-int8-pow2-v1"

// bad wraps err with errs.ErrBadInput unless it already does.
func bad(err error) error {
	if errors.Is(err, errs.ErrBadInput) {
		return err
	}
	return fmt.Errorf("%w: %w", err, errs.ErrBadInput)
}

// Base is the base weights of a merge: a model directory or a checkpoint.
type Base struct {
	path string
	q    *quant.Model      // model directory
	st   *safetensors.File // checkpoint
}

// Open reads the base at path: a model directory or a safetensors checkpoint
// file. Errors wrap errs.ErrBadInput and name the path.
func Open(path string) (*Base, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, bad(err)
	}
	b := &Base{path: path}
	if fi.IsDir() {
		m, err := model.Load(path)
		if err != nil {
			return nil, bad(fmt.Errorf("%s: %w", path, err))
		}
		if b.q, err = quant.FromModel(m); err != nil {
			return nil, bad(fmt.Errorf("%s: %w", path, err))
		}
		return b, nil
	}
	if b.st, err = safetensors.Read(path); err != nil {
		return nil, bad(fmt.Errorf("%s: %w", path, err))
	}
	return b, nil
}

// Path is the path Open read.
func (b *Base) Path() string { return b.path }

// Layer returns the int8 base weights of a module, [out][in], quantized by
// quant.QuantizeTensor (checkpoints; fanInFanOut: stored [in][out]) or as
// quant.FromModel does (model directories, always [out][in]).
func (b *Base) Layer(name string, in, out int, fanInFanOut bool) (*quant.Layer, error) {
	if b.q != nil {
		for i := range b.q.Layers {
			if l := b.q.Layers[i]; l.Name == name {
				if l.In != in || l.Out != out {
					return nil, errs.BadInput("%s: layer %s is %d→%d, want %d→%d", b.path, name, l.In, l.Out, in, out)
				}
				return &l, nil
			}
		}
		return nil, errs.BadInput("%s: no layer %q", b.path, name)
	}
	key, err := peft.ResolveTensor(name, ".weight", func(k string) bool { _, ok := b.st.Tensors[k]; return ok })
	if err != nil {
		return nil, bad(fmt.Errorf("%s: %w", b.path, err))
	}
	t := b.st.Tensors[key]
	shape := []int{out, in}
	if fanInFanOut {
		shape = []int{in, out}
	}
	if !slices.Equal(t.Shape, shape) {
		return nil, errs.BadInput("%s: tensor %s has shape %v, want %v", b.path, t.Name, t.Shape, shape)
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, bad(fmt.Errorf("%s: %w", b.path, err))
	}
	if fanInFanOut {
		v = Transpose(v, in, out)
	}
	w, wexp, err := quant.QuantizeTensor(v)
	if err != nil {
		return nil, bad(fmt.Errorf("%s: tensor %s: %w", b.path, t.Name, err))
	}
	// A merge reads only W and WExp; the activation exponents just have to
	// give a valid shift for quant's bound checks.
	return &quant.Layer{Name: name, In: in, Out: out, W: w, WExp: wexp, InExp: 0, OutExp: wexp - 1, Shift: 1}, nil
}

// Merge is a base and an adapter quantized against it.
type Merge struct {
	Model   *quant.Model
	Adapter *quant.Adapter
	// FanInFanOut[l] is true when model layer l is stored [in][out] in the
	// base (GPT-2 Conv1D): the merged file keeps that layout.
	FanInFanOut map[int]bool
}

// Adapt quantizes the PEFT adapter a (named name) against the base. For a
// checkpoint the model holds one layer per adapter module, in the adapter's
// module order.
func (b *Base) Adapt(a *peft.Adapter, name string) (*Merge, error) {
	if a == nil {
		return nil, errs.BadInput("no adapter")
	}
	m := &Merge{FanInFanOut: map[int]bool{}}
	if b.q != nil {
		qa, err := quant.FromPEFT(b.q, a, name)
		if err != nil {
			return nil, bad(fmt.Errorf("on %s: %w", b.path, err))
		}
		m.Model, m.Adapter = b.q, qa
		return m, nil
	}
	m.Model = &quant.Model{Name: filepath.Base(b.path)}
	m.Adapter = &quant.Adapter{Name: name}
	for i, pm := range a.Modules {
		l, err := b.Layer(pm.Name, pm.In, pm.Out, pm.FanInFanOut)
		if err != nil {
			return nil, err
		}
		al, err := quant.QuantizeLoRA(l, i, pm.Rank, pm.Scaling, pm.A, pm.B)
		if err != nil {
			return nil, bad(fmt.Errorf("module %s: %w", pm.Name, err))
		}
		m.Model.Layers = append(m.Model.Layers, *l)
		m.Adapter.Layers = append(m.Adapter.Layers, *al)
		m.FanInFanOut[i] = pm.FanInFanOut
	}
	return m, nil
}

// Merged computes every adapted layer's merged weights (quant.MergeLayer) and
// lays them out as a safetensors file: "<layer>.weight" int8 tensors in the
// base's layout, each weight exponent in the metadata as
// "w_exp:<layer>.weight".
func (m *Merge) Merged() (*safetensors.File, error) {
	f := &safetensors.File{Metadata: map[string]string{"format": MergedFormat, "adapter": m.Adapter.Name}}
	for i := range m.Adapter.Layers {
		al := &m.Adapter.Layers[i]
		if al.Layer < 0 || al.Layer >= len(m.Model.Layers) {
			return nil, errs.BadInput("adapter layer %d outside the model", al.Layer)
		}
		l := &m.Model.Layers[al.Layer]
		w, shape := quant.MergeLayer(l, al), []int{l.Out, l.In}
		if m.FanInFanOut[al.Layer] {
			w, shape = Transpose(w, l.Out, l.In), []int{l.In, l.Out}
		}
		if err := f.Add(safetensors.NewI8(l.Name+".weight", shape, w)); err != nil {
			return nil, err
		}
		f.Metadata["w_exp:"+l.Name+".weight"] = fmt.Sprint(l.WExp)
	}
	return f, nil
}

// MatrixOf reads the int8 tensor "<name>.weight" of a merged file as an
// [out][in] matrix (transposing a fanInFanOut tensor).
func MatrixOf(f *safetensors.File, name string, in, out int, fanInFanOut bool) ([]int8, error) {
	t, err := f.Get(name + ".weight")
	if err != nil {
		return nil, bad(err)
	}
	w, err := t.Int8s()
	if err != nil || len(w) != in*out || in < 1 || out < 1 {
		return nil, errs.BadInput("tensor %s is not an int8 %d×%d matrix", t.Name, out, in)
	}
	if fanInFanOut {
		w = Transpose(w, in, out)
	}
	return w, nil
}

// Transpose turns a rows×cols row-major matrix into cols×rows.
func Transpose[T any](v []T, rows, cols int) []T {
	out := make([]T, len(v))
	for i := range rows {
		for j := range cols {
			out[j*rows+i] = v[i*cols+j]
		}
	}
	return out
}
