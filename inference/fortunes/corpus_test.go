package fortunes

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2"
)

func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadSplitEncode(t *testing.T) {
	var body string
	for i := range 12 {
		body += string(rune('a'+i)) + " line\n\tsecond\n%\n"
	}
	dir := writeCorpus(t, map[string]string{
		"zen": body, "zen.dat": "", "zen.u8": body, // .u8 skipped
		"art": "one\n%\ntwo\xc3\xa9\n", "art.dat": "",
		"noindex": "skipped\n%\n", // no .dat: not a category
	})
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Categories) != 2 || c.Categories[0].Name != "art" || c.Categories[1].Name != "zen" {
		t.Fatalf("categories %+v", c.Categories)
	}
	if got := c.Categories[0].Fortunes; len(got) != 2 || got[1] != "two\xc3\xa9\n" {
		t.Fatalf("art fortunes %q", got)
	}
	zen, err := c.Select([]string{"zen"})
	if err != nil {
		t.Fatal(err)
	}
	if held := zen.Text(true); held != "j line\n\tsecond\n%\n" {
		t.Errorf("held-out text %q (fortune 9 of 12)", held)
	}
	if train := zen.Text(false); len(train) != 11*len("a line\n\tsecond\n%\n") {
		t.Errorf("training text has %d bytes", len(train))
	}
	toks := Encode("a\tb\n~\xc3")
	if s, err := Decode(toks); err != nil || s != "a b\n~?" {
		t.Errorf("round trip %q %v", s, err)
	}
	for _, tk := range toks {
		if tk < 0 || tk >= VocabSize {
			t.Fatalf("token %d", tk)
		}
	}
	if _, err := Decode([]int{VocabSize}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("decode 96: %v", err)
	}
	if _, err := c.Select([]string{"nope"}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("select: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("missing dir: %v", err)
	}
	if _, err := Load(t.TempDir()); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("empty dir: %v", err)
	}
	if c.Digest() == zen.Digest() {
		t.Error("different corpora share a digest")
	}
}

// TestTrainSmall runs the whole pipeline at toy size: it trains, the adapter
// loads back through PEFT and the calibration lands in both models.
func TestTrainSmall(t *testing.T) {
	var body string
	for i := range 40 {
		body += "fortune number " + string(rune('a'+i%26)) + "\n%\n"
	}
	c, err := Load(writeCorpus(t, map[string]string{"one": body, "one.dat": "", "two": body[:200], "two.dat": ""}))
	if err != nil {
		t.Fatal(err)
	}
	o := TrainOptions{Layers: 1, Heads: 2, Embd: 8, Context: 16, Steps: 5, Batch: 2, AdapterSteps: 3, Rank: 2, Alpha: 4,
		AdapterCategories: []string{"two"}}
	r, err := Train(context.Background(), c, o)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	base, err := gpt2.Load(filepath.Join(dir, BaseDir))
	if err != nil {
		t.Fatal(err)
	}
	if base.Config.Quantization == nil || len(base.Config.Quantization.Blocks) != 1 {
		t.Fatalf("saved config lacks the calibration: %+v", base.Config)
	}
	if len(r.BaseLosses) != 5 || len(r.AdapterLosses) != 3 || len(r.Adapter.Modules) != 1 || r.Adapter.Modules[0].Name != "transformer.h.0.attn.c_attn" {
		t.Fatalf("result %d %d %+v", len(r.BaseLosses), len(r.AdapterLosses), r.Adapter.Modules)
	}
	if _, err := Train(context.Background(), c, TrainOptions{AdapterCategories: []string{"three"}}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("unknown adapter category: %v", err)
	}
}
