package demo

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

func load(t *testing.T) (*model.Model, *peft.Adapter, *mnist.Dataset) {
	t.Helper()
	m, err := MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	a, err := MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	s, err := MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	return m, a, s
}

func TestEmbeddedFiles(t *testing.T) {
	m, a, s := load(t)
	c := m.Config
	if c.Name != mnist.DefaultName || len(m.Layers) != 2 ||
		c.Layers[0] != (model.LayerConfig{Name: "fc1", Type: "linear", In: 784, Out: 64, Bias: true, Activation: model.ActReLU}) ||
		c.Layers[1] != (model.LayerConfig{Name: "fc2", Type: "linear", In: 64, Out: 10, Bias: true, Activation: model.ActNone}) {
		t.Fatalf("base config %+v", c)
	}
	if q := c.Quantization; q == nil || q.Scheme != quant.Scheme || q.InputExponent != 7 || len(q.ActivationExponents) != 2 {
		t.Fatalf("quantization %+v", c.Quantization)
	}
	if a.Config.BaseModel != c.Name || a.Config.R != 8 || a.Config.LoraAlpha != 16 || !slices.Equal(a.Config.TargetModules, []string{"fc1", "fc2"}) || len(a.Modules) != 2 {
		t.Fatalf("adapter config %+v", a.Config)
	}
	if s.Len() != 64 {
		t.Fatalf("%d samples, want 64", s.Len())
	}
	for i, l := range s.Labels {
		if int(l) != i%10 {
			t.Fatalf("sample %d: label %d, want %d", i, l, i%10)
		}
	}
}

// TestEmbeddedAccuracy checks that the adapter does its job on the demo
// digits, in float and through the fixed-point recipe the circuit proves.
func TestEmbeddedAccuracy(t *testing.T) {
	m, a, s := load(t)
	lora := map[string]*model.LoRA{}
	for _, mod := range a.Modules {
		lora[mod.Name] = &model.LoRA{Module: mod.Name, Rank: mod.Rank, Scaling: mod.Scaling, A: mod.A, B: mod.B}
	}
	qm, err := quant.FromModel(m)
	if err != nil {
		t.Fatal(err)
	}
	qa, err := quant.FromPEFT(qm, a, "rotated")
	if err != nil {
		t.Fatal(err)
	}
	var floatBase, floatAdapted, intBase, intAdapted int
	for i, x := range s.Images {
		want := int(s.Labels[i])
		for _, c := range []struct {
			lora  map[string]*model.LoRA
			count *int
		}{{nil, &floatBase}, {lora, &floatAdapted}} {
			y, err := m.Forward(x, c.lora)
			if err != nil {
				t.Fatal(err)
			}
			if argmax(y) == want {
				*c.count++
			}
		}
		for _, c := range []struct {
			ad    *quant.Adapter
			count *int
		}{{nil, &intBase}, {qa, &intAdapted}} {
			trs, err := qm.Forward(context.Background(), quant.QuantizeInput(x, qm.InputExp), c.ad)
			if err != nil {
				t.Fatal(err)
			}
			if quant.Argmax(quant.Output(trs)) == want {
				*c.count++
			}
		}
	}
	t.Logf("of 64 rotated digits: float base %d, float base+adapter %d, int8 base %d, int8 base+adapter %d", floatBase, floatAdapted, intBase, intAdapted)
	if floatAdapted < 54 || intAdapted < 54 {
		t.Errorf("base+adapter: %d (float) and %d (int8) of 64 right, want ≥ 54", floatAdapted, intAdapted)
	}
	if floatBase > 25 || intBase > 25 {
		t.Errorf("base alone: %d (float) and %d (int8) of 64 right; the shifted task should defeat it", floatBase, intBase)
	}
}

func argmax(v []float32) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

func TestMaterialize(t *testing.T) {
	dir := t.TempDir()
	if err := Materialize(dir, FS()); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		want, _ := fs.ReadFile(FS(), p)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs after Materialize", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 {
		t.Fatalf("%d embedded files, want 6", n)
	}
	if _, err := model.Load(filepath.Join(dir, MNISTBaseDir)); err != nil {
		t.Fatalf("materialized base does not load: %v", err)
	}
	if err := Materialize(filepath.Join(dir, MNISTSamplesFile), FS()); err == nil {
		t.Fatal("Materialize into a path under a file succeeded")
	}
}
