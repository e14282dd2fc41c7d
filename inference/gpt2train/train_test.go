package gpt2train

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/openproof/openproof/inference/gpt2"
)

func tiny(t *testing.T, lora bool) *gpt2.Model {
	t.Helper()
	c := gpt2.Config{NLayer: 2, NHead: 2, NEmbd: 8, NPositions: 10, VocabSize: 7, Epsilon: 1e-5, Activation: gpt2.ActGELUNew}
	m, err := Init(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	// Larger weights than GPT-2's init so that every path matters.
	r := NewRNG(9)
	for _, p := range m.Params() {
		for i := range p.Data {
			p.Data[i] += 0.3 * r.Normal()
		}
	}
	if lora {
		for _, mod := range []gpt2.Module{gpt2.ModAttn, gpt2.ModFc} {
			if err := AttachLoRA(m, mod, 2, 4, 3); err != nil {
				t.Fatal(err)
			}
		}
		for _, l := range loras(m) {
			for i := range l.B {
				l.B[i] = 0.3 * r.Normal()
			}
		}
	}
	return m
}

// refLoss is the mean cross-entropy by the reference forward of package gpt2.
func refLoss(t *testing.T, m *gpt2.Model, seq []int) float64 {
	t.Helper()
	logits, err := m.Forward(seq[:len(seq)-1])
	if err != nil {
		t.Fatal(err)
	}
	var loss float64
	for p, l := range logits {
		mx := slices.Max(l)
		var z float64
		for _, v := range l {
			z += math.Exp(v - mx)
		}
		loss += -(l[seq[p+1]] - mx - math.Log(z))
	}
	return loss / float64(len(logits))
}

// TestGradientsNumerically compares the hand-written gradients with
// central differences of the reference forward's loss, for a spread of
// entries of every tensor: base weights (base training) and LoRA matrices
// (adapter training, base frozen: base gradients stay zero).
func TestGradientsNumerically(t *testing.T) {
	seq := []int{1, 4, 2, 6, 0, 3, 3, 5, 1, 2}
	for _, base := range []bool{true, false} {
		m := tiny(t, !base)
		g := zeroLike(m)
		loss := Gradients(m, g, seq, base)
		if want := refLoss(t, m, seq); math.Abs(loss-want) > 1e-10 {
			t.Fatalf("loss %v, reference forward %v", loss, want)
		}
		check := func(name string, p, gp []float64) {
			for _, i := range []int{0, len(p) / 3, len(p) / 2, len(p) - 1} {
				old := p[i]
				const h = 1e-5
				p[i] = old + h
				lp := refLoss(t, m, seq)
				p[i] = old - h
				lm := refLoss(t, m, seq)
				p[i] = old
				num := (lp - lm) / (2 * h)
				if math.Abs(num-gp[i]) > 1e-6+1e-4*math.Abs(num) {
					t.Errorf("base=%v %s[%d]: gradient %.9g, numerical %.9g", base, name, i, gp[i], num)
				}
			}
		}
		mp, gpar := m.Params(), g.Params()
		for k := range mp {
			if base {
				check(mp[k].Name, mp[k].Data, gpar[k].Data)
			} else if slices.ContainsFunc(gpar[k].Data, func(v float64) bool { return v != 0 }) {
				t.Errorf("adapter training wrote a gradient into base %s", mp[k].Name)
			}
		}
		ml, gl := loras(m), loras(g)
		for k := range ml {
			check("lora.A", ml[k].A, gl[k].A)
			check("lora.B", ml[k].B, gl[k].B)
		}
	}
}

// TestTrainDeterministicAndLearns: two runs give identical weights, and the
// loss falls on a repetitive sequence; LoRA training leaves the base alone.
func TestTrainDeterministicAndLearns(t *testing.T) {
	data := make([]int, 200)
	for i := range data {
		data[i] = (i * 3) % 7
	}
	var runs []*gpt2.Model
	for range 2 {
		m := tiny(t, false)
		losses, err := Train(context.Background(), m, data, Options{Seed: 5, Steps: 40, BatchSize: 2, SeqLen: 9, LR: 1e-2, Warmup: 5, Clip: 1, Base: true})
		if err != nil {
			t.Fatal(err)
		}
		if losses[len(losses)-1] > 0.5*losses[0] {
			t.Errorf("loss %v → %v: not learning", losses[0], losses[len(losses)-1])
		}
		runs = append(runs, m)
	}
	for k, p := range runs[0].Params() {
		if !slices.Equal(p.Data, runs[1].Params()[k].Data) {
			t.Fatalf("%s differs between identical runs", p.Name)
		}
	}
	m := tiny(t, true)
	before := m.Clone()
	if _, err := Train(context.Background(), m, data, Options{Seed: 5, Steps: 3, BatchSize: 1, SeqLen: 9, LR: 1e-2}); err != nil {
		t.Fatal(err)
	}
	for k, p := range m.Params() {
		if !slices.Equal(p.Data, before.Params()[k].Data) {
			t.Fatalf("LoRA training changed base %s", p.Name)
		}
	}
	if slices.Equal(loras(m)[0].B, loras(before)[0].B) {
		t.Fatal("LoRA training did not change B")
	}
}
