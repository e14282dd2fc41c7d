package gpt2q_test

import (
	"context"
	"flag"
	"math"
	"reflect"
	"testing"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/quant"
)

var diagnose = flag.Bool("gpt2q.diagnose", false, "measure where the embedded model's int8 error comes from (needs the fortunes corpus)")

// TestDiagnoseEmbedded (opt-in: -gpt2q.diagnose) splits the embedded
// model's int8-vs-float greedy disagreement on 1,024 held-out positions into
// its causes: the float model with weights rounded to their int8 grid (no
// activation rounding), and the runtime with each activation exponent moved
// by ±1. Its figures are in demo/gpt/TRAINING.md.
// embedded8 is the embedded base model at 8 bits: its committed 12-bit
// calibration narrowed by gpt2q.CalibrationAt (the v2 calibration the
// studies of this package's *_test files were run on).
func embedded8(t *testing.T) *gpt2.Model {
	t.Helper()
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	cal, err := gpt2q.CalibrationAt(base.Config.Quantization, 8)
	if err != nil {
		t.Fatal(err)
	}
	base.Config.Quantization = &cal
	return base
}

func TestDiagnoseEmbedded(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -gpt2q.diagnose")
	}
	ctx := context.Background()
	base := embedded8(t) // these studies are of the 8-bit scheme
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skip(err)
	}
	w := gpt2q.Windows(fortunes.Encode(c.Text(true)), 16, 65)

	grid := m.Clone()
	onGrid := func(v []float64) {
		f := make([]float32, len(v))
		for i, x := range v {
			f[i] = float32(x)
		}
		q, e, err := quant.QuantizeTensor(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range v {
			v[i] = math.Ldexp(float64(q[i]), -e)
		}
	}
	onGrid(grid.Wte)
	onGrid(grid.Wpe)
	for i := range grid.Blocks {
		for _, mod := range gpt2.Modules() {
			l, _ := grid.Blocks[i].Linear(mod)
			onGrid(l.W)
			if l.LoRA != nil {
				onGrid(l.LoRA.A)
				onGrid(l.LoRA.B)
			}
		}
	}
	agree, n := 0, 0
	for _, win := range w {
		a, _ := m.Forward(win[:len(win)-1])
		b, _ := grid.Forward(win[:len(win)-1])
		for p := range a {
			n++
			if argmax(a[p]) == argmax(b[p]) {
				agree++
			}
		}
	}
	t.Logf("float vs float with int8-grid weights: %d/%d = %.2f%%", agree, n, 100*float64(agree)/float64(n))

	cal := *m.Config.Quantization
	try := func(name string, q gpt2.Quantization) {
		mm := m.Clone()
		mm.Config.Quantization = &q
		qm, err := gpt2q.Quantize(mm)
		if err != nil {
			t.Logf("%-18s %v", name, err)
			return
		}
		cmp, err := gpt2q.Compare(ctx, mm, qm, w)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-18s int8 agreement %.2f%%, bits/char float %.4f int8 %.4f", name, 100*cmp.Agreement(), cmp.FloatBits, cmp.Int8Bits)
	}
	try("calibrated", cal)
	for _, d := range []int{-1, 1} {
		for b := range cal.Blocks {
			v := reflect.ValueOf(cal.Blocks[b])
			for f := 0; f < v.NumField(); f++ {
				q := cal
				q.Blocks = append([]gpt2.BlockExponents(nil), cal.Blocks...)
				fv := reflect.ValueOf(&q.Blocks[b]).Elem().Field(f)
				fv.SetInt(fv.Int() + int64(d))
				try(v.Type().Field(f).Name+" "+string(rune('0'+b))+map[int]string{-1: " −1", 1: " +1"}[d], q)
			}
		}
	}
}

func argmax(v []float64) int {
	b := 0
	for i, x := range v {
		if x > v[b] {
			b = i
		}
	}
	return b
}

// TestGELUSchemes (opt-in: -gpt2q.diagnose) measures the embedded model
// (base + adapter) on TestHeldOutAgreement's held-out positions with the
// v2 GELU table (tfops.GELUTable, tanh, the float reference's function)
// and with v1's (quant.GELUTable, erf), everything else equal.
func TestGELUSchemes(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -gpt2q.diagnose")
	}
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	c, err := fortunes.Load(fortunes.DefaultDir)
	if err != nil {
		t.Skip(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	w := gpt2q.Windows(fortunes.Encode(c.Text(true)), 16, m.Config.NPositions+1)
	for _, model := range []struct {
		name string
		m    *gpt2.Model
	}{{"base", base}, {"base+adapter", m}} {
		for _, v1 := range []bool{false, true} {
			q, err := gpt2q.Quantize(model.m)
			if err != nil {
				t.Fatal(err)
			}
			if v1 {
				for i := range q.Blocks {
					// Fc.GELU shares its array with Ref.FC.GELU: both paths change.
					copy(q.Blocks[i].Fc.GELU, quant.GELUTable(q.Blocks[i].Fc.OutExp))
				}
			}
			cmp, err := gpt2q.Compare(context.Background(), model.m, q, w)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-13s %s: agreement %d/%d = %.2f%%, bits/char float %.4f int8 %.4f", model.name,
				map[bool]string{false: "v2 tanh GELU", true: "v1 erf GELU "}[v1], cmp.Agree, cmp.Positions, 100*cmp.Agreement(), cmp.FloatBits, cmp.Int8Bits)
		}
	}
}
