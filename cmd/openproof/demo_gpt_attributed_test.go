package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2train"
	"github.com/openproof/openproof/inference/peft"
)

// tinyAttributedGPT saves a 1-layer, d = 8 GPT-2 over the fortunes
// vocabulary with a rank-2 c_attn adapter (base and PEFT adapter
// directories, calibrated on both) and the text artifacts of a
// 3-contributor Datanet for it: an attributed generation of 2 + 3
// characters is ≈19k constraints.
func tinyAttributedGPT(t *testing.T) (model, adapter, artifacts string) {
	t.Helper()
	ctx := context.Background()
	c := infgpt2.Config{NLayer: 1, NHead: 2, NEmbd: 8, NPositions: 8, VocabSize: fortunes.VocabSize, Epsilon: 1e-5, Activation: infgpt2.ActGELUNew}
	data := fortunes.Encode(strings.Repeat("the cat sat on the mat. ", 20))
	base, err := gpt2train.Init(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = gpt2train.Train(ctx, base, data, gpt2train.Options{Seed: 2, Steps: 15, BatchSize: 2, SeqLen: 7, LR: 1e-2, Warmup: 2, Clip: 1, Base: true}); err != nil {
		t.Fatal(err)
	}
	base.RoundToFloat32()
	adapted := base.Clone()
	if err = gpt2train.AttachLoRA(adapted, infgpt2.ModAttn, 2, 4, 5); err != nil {
		t.Fatal(err)
	}
	if _, err = gpt2train.Train(ctx, adapted, data[3:], gpt2train.Options{Seed: 5, Steps: 8, BatchSize: 2, SeqLen: 7, LR: 3e-2}); err != nil {
		t.Fatal(err)
	}
	cal, err := gpt2q.Calibrate(ctx, []gpt2q.CalibrationRun{{Model: base, Windows: gpt2q.Windows(data, 4, 8)}, {Model: adapted, Windows: gpt2q.Windows(data, 4, 8)}})
	if err != nil {
		t.Fatal(err)
	}
	base.Config.Quantization = cal
	dir := t.TempDir()
	model, adapter, artifacts = filepath.Join(dir, "tiny-gpt"), filepath.Join(dir, "tiny-lora"), filepath.Join(dir, "attribution-text.json")
	if err := base.Save(model); err != nil {
		t.Fatal(err)
	}
	a, err := fortunes.ToPEFT(adapted, "tiny-gpt", 4)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Save(adapter); err != nil {
		t.Fatal(err)
	}
	// The artifacts are sketched on the model as the CLI loads it.
	q := loadTinyAdapted(t, model, adapter)
	p := textattr.Params{Seed: 7, K: 4, ShiftB: 6, ShiftA: 6, NormBits: 20, Window: 4, Records: 3,
		DampPPM: influence.RobustMethod().DampPPM, CurvBits: influence.RobustMethod().CurvBits}
	pl, err := textattr.NewPlan(q, p)
	if err != nil {
		t.Fatal(err)
	}
	b := datanet.NewBuilder("tiny-text", 4, fortunes.VocabSize)
	for _, src := range []struct{ id, text string }{{"cats", "the cat sat on the mat."}, {"dogs", "a dog ran to the log."}, {"shouts", "HEY! WHAT? NO WAY!!"}} {
		toks := fortunes.Encode(src.text)
		for rec := range 3 {
			in := make([]uint8, 4)
			for j := range in {
				in[j] = uint8(toks[rec*5+j])
			}
			b.Add(src.id, uint8(toks[rec*5+4]), in)
		}
	}
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	art, err := textattr.Compute(ctx, pl, d)
	if err != nil {
		t.Fatal(err)
	}
	if art.Model, err = demo.FileDigests(os.DirFS(model), "."); err != nil {
		t.Fatal(err)
	}
	if art.Adapter, err = demo.FileDigests(os.DirFS(adapter), "."); err != nil {
		t.Fatal(err)
	}
	if err := art.Save(artifacts); err != nil {
		t.Fatal(err)
	}
	return model, adapter, artifacts
}

func loadTinyAdapted(t *testing.T, model, adapter string) *gpt2q.Model {
	t.Helper()
	base, err := infgpt2.Load(model)
	if err != nil {
		t.Fatal(err)
	}
	a, err := peft.Load(adapter)
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(a)
	if err != nil {
		t.Fatal(err)
	}
	q, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestDemoGPTAttributionRefuses: demo --gpt's attribution requests that
// cannot work exit 2 before any setup.
func TestDemoGPTAttributionRefuses(t *testing.T) {
	cache := t.TempDir()
	model, adapter, artifacts := tinyAttributedGPT(t)
	other := filepath.Join(t.TempDir(), "other.json")
	raw, err := os.ReadFile(artifacts)
	if err != nil {
		t.Fatal(err)
	}
	// Another seed: the sketches no longer open the stated root under the plan.
	if err := os.WriteFile(other, []byte(strings.Replace(string(raw), `"seed": 7`, `"seed": 8`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		want string
		args []string
	}{
		{"exclude", []string{"demo", "--gpt", "--attribution", "embedded", "--no-attribution"}},
		{"no such file", []string{"demo", "--gpt", "--model", model, "--adapter", adapter, "--attribution", "missing.json"}},
		{"adapter", []string{"demo", "--gpt", "--model", model, "--attribution", artifacts}}, // base model: nothing to attribute
		{"embedded", []string{"demo", "--gpt", "--model", model, "--adapter", adapter, "--attribution", "embedded"}},
		{"root", []string{"demo", "--gpt", "--model", model, "--adapter", adapter, "--attribution", other}},
	} {
		if out := mustCode(t, 2, cache, tc.args...); !strings.Contains(out, tc.want) {
			t.Errorf("openproof %v: output lacks %q:\n%s", tc.args, tc.want, out)
		}
	}
}

// TestEmbeddedGPTAttribution: the embedded text artifacts belong to the
// embedded model and adapter (their sketches open the stated root under
// its plan) and to the embedded Datanet (CheckDatanet), so --attribution
// embedded binds the contributor names; the verifier option is that root.
func TestEmbeddedGPTAttribution(t *testing.T) {
	q, err := demo.GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	a, err := embeddedGPTAttribution(q)
	if err != nil {
		t.Fatal(err)
	}
	d, err := demo.GPTTextDatanet()
	if err != nil {
		t.Fatal(err)
	}
	if !a.namesBound || len(a.ta.Artifacts.Contribs) != len(d.Contributors) || a.name != d.Name+" (embedded)" {
		t.Errorf("attribution %q, names bound %v, %d contributors", a.name, a.namesBound, len(a.ta.Artifacts.Contribs))
	}
	if opts, err := a.verifyOptions(); err != nil || len(opts) != 1 {
		t.Errorf("verify options %d, err %v", len(opts), err)
	}
}
