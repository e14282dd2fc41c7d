package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/textattr/textattrtest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/inference/peft"
)

// tinyAttributedGPT saves a 1-layer, d = 8 GPT-2 over the fortunes
// vocabulary with a rank-2 c_attn adapter (gpt2qtest.TextBase and
// AdaptText: base and PEFT adapter directories, calibrated on both) and the
// text artifacts of the 3-contributor textattrtest.TextDatanet for it: an
// attributed generation of 2 + 3 characters is ≈19k constraints.
func tinyAttributedGPT(t *testing.T) (model, adapter, artifacts string) {
	t.Helper()
	ctx := context.Background()
	base, err := gpt2qtest.TextBase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	adapted := base.Clone()
	if err := gpt2qtest.AdaptText(ctx, adapted); err != nil {
		t.Fatal(err)
	}
	if base.Config.Quantization, err = gpt2qtest.CalibrateText(ctx, base, adapted); err != nil {
		t.Fatal(err)
	}
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
	_, art, err := textattrtest.TextArtifacts(ctx, q)
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
