package textattr_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"testing"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the seed corpora under testdata/fuzz")

// sample is a small, well-formed artifact file (K = 2, rank 1: 4 values).
func sample() *textattr.Artifacts {
	p := textattr.DefaultParams()
	p.K = 2
	return &textattr.Artifacts{Format: textattr.Format, Method: textattr.Method, Scheme: "openproof-int8-tf-v1",
		Model: map[string]string{"model.safetensors": "00"}, Adapter: map[string]string{"adapter_model.safetensors": "11"},
		Params: p, Datanet: "t", Classes: 96,
		DataRoot: "0x01", Root: "0x02", Contribs: []textattr.ContributorInfo{
			{Index: 0, ID: "art", Records: 1, DataCommitment: "0x03", SketchCommitment: "0x04", Sketch: influence.Sketch{1, -2, 3, 4}},
			{Index: 1, ID: "perl", Records: 2, DataCommitment: "0x05", SketchCommitment: "0x06", Sketch: influence.Sketch{0, 0, 7, -1 << 40}},
		}}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParse(t *testing.T) {
	good := mustJSON(t, sample())
	if _, err := textattr.Parse("good", good); err != nil {
		t.Fatalf("valid artifacts refused: %v", err)
	}
	for name, b := range map[string][]byte{
		"unknown field": bytes.Replace(good, []byte(`"format"`), []byte(`"x":1,"format"`), 1),
		"other format":  bytes.Replace(good, []byte(textattr.Format), []byte("openproof-attribution"), 1),
		"other method":  bytes.Replace(good, []byte(textattr.Method), []byte("renorm-tracin/v1"), 1),
		"bad index":     bytes.Replace(good, []byte(`"index":1`), []byte(`"index":3`), 1),
		"short sketch":  bytes.Replace(good, []byte(`[0,0,7,`), []byte(`[0,7,`), 1),
		"huge value":    bytes.Replace(good, []byte(`[1,`), []byte(`[999999999999999999,`), 1),
		"no contributors": mustJSON(t, func() *textattr.Artifacts {
			a := sample()
			a.Contribs = nil
			return a
		}()),
		"truncated": good[:len(good)/2],
		"no model":  bytes.Replace(good, []byte(`"model":{"model.safetensors":"00"}`), []byte(`"model":{}`), 1),
		"trailing":  append(append([]byte(nil), good...), []byte(" {}")...),
	} {
		if _, err := textattr.Parse(name, b); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err %v, want ErrBadInput", name, err)
		}
	}
}

// FuzzParse fuzzes the artifact parser from the committed corpus
// (testdata/fuzz/FuzzParse); -write-seeds regenerates it.
func FuzzParse(f *testing.F) {
	if *writeSeeds {
		good := mustJSON(f, sample())
		fuzzseed.Write(f, "FuzzParse", map[string][]byte{
			"valid":     good,
			"truncated": good[:len(good)/2],
			"unknown":   bytes.Replace(good, []byte(`"format"`), []byte(`"x":1,"format"`), 1),
			"empty":     []byte("{}"),
			"huge":      bytes.Replace(good, []byte(`[1,`), []byte(`[999999999999999999,`), 1),
		})
	}
	f.Add([]byte("{}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := textattr.Parse("fuzz", b)
		if err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		if _, err := textattr.Parse("again", mustJSON(t, a)); err != nil {
			t.Fatalf("accepted artifacts do not re-parse: %v", err)
		}
	})
}

// TestRootLayout: RecomputeRoot refuses artifacts whose sketches have no layout
// under their K.
func TestRootLayout(t *testing.T) {
	for name, mut := range map[string]func(a *textattr.Artifacts){
		"k zero":          func(a *textattr.Artifacts) { a.Params.K = 0 },
		"odd sketch":      func(a *textattr.Artifacts) { a.Contribs[0].Sketch = a.Contribs[0].Sketch[:3] },
		"no contributors": func(a *textattr.Artifacts) { a.Contribs = nil },
	} {
		a := sample()
		mut(a)
		if _, err := a.RecomputeRoot(); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: err %v, want ErrBadInput", name, err)
		}
	}
}
