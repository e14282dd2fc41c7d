package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover/bundle"
)

// tinyGPTDir saves a 1-layer, d = 8 GPT-2 over the fortunes vocabulary,
// trained a little and calibrated (gpt2qtest.TextBase, without an adapter),
// into a temporary directory: a model whose generation circuit proves in
// seconds.
func tinyGPTDir(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	m, err := gpt2qtest.TextBase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m.Config.Quantization, err = gpt2qtest.CalibrateText(ctx, m); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "tiny-gpt")
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDemoGPTRefuses: demo --gpt's bad requests exit 2 before any setup.
func TestDemoGPTRefuses(t *testing.T) {
	cache := t.TempDir()
	dir := tinyGPTDir(t)
	for _, tc := range []struct {
		want string
		args []string
	}{
		{"attribution", []string{"demo", "--gpt", "--attribution", "x.json"}},
		{"do not fit", []string{"demo", "--gpt", "--model", dir, "--tokens", "8"}}, // 4 + 8 − 1 positions > 8
		{"tokens", []string{"demo", "--gpt", "--model", dir, "--tokens", "0"}},
		{"owner", []string{"demo", "--gpt", "--model", dir, "--owner", "0x12"}},
	} {
		if out := mustCode(t, 2, cache, tc.args...); !strings.Contains(out, tc.want) {
			t.Errorf("openproof %v: output lacks %q:\n%s", tc.args, tc.want, out)
		}
	}
}

// TestDemoGPTOwner: the demo's owner line recomputes the proven adapter
// commitment from the embedded adapter and the demo key, and refuses
// another commitment.
func TestDemoGPTOwner(t *testing.T) {
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	q, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	key := commit.DemoKey()
	com, err := gpt2.AdapterCommitment(q, key)
	if err != nil {
		t.Fatal(err)
	}
	line, err := demoGPTOwner(q, key, bundle.FormatElement(com))
	if err != nil || !strings.Contains(line, strings.ToLower(commit.DemoOwner)) {
		t.Fatalf("owner line %q, err %v", line, err)
	}
	if _, err := demoGPTOwner(q, key, bundle.FormatElement(commit.Uint(5))); !errors.Is(err, errs.ErrNotVerified) {
		t.Fatalf("another commitment: err = %v", err)
	}
}
