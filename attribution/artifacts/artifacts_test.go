package artifacts_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the seed corpora under testdata/fuzz")

// embedded returns the embedded demo base model and adapter and a Datanet of
// the 64 embedded digits split among four contributors by class. The
// artifacts need an adapter, not a trained-on-this-Datanet one, so no
// training runs here (attribution/provenance tests that path).
func embedded(t testing.TB) (*model.Model, *peft.Adapter, *datanet.Datanet) {
	t.Helper()
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	a, err := demo.MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	d, err := demo.SampleDatanet("embedded", 4)
	if err != nil {
		t.Fatal(err)
	}
	return base, a, d
}

// fixture returns the Datanet, the plan of the embedded adapter and its
// artifacts over the Datanet.
func fixture(t testing.TB) (*datanet.Datanet, *influence.Plan, *artifacts.Artifacts) {
	t.Helper()
	base, a, d := embedded(t)
	pl, err := artifacts.Plan(base, a, influence.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	art, err := artifacts.Sketch(context.Background(), pl, d)
	if err != nil {
		t.Fatal(err)
	}
	art.Training = artifacts.TrainingInfo{Seed: 3, Rank: a.Config.R, Alpha: a.Config.LoraAlpha, Epochs: 1, BatchSize: 32, LR: 1e-3, Losses: []float64{1.5}}
	return d, pl, art
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSaveLoadVerify(t *testing.T) {
	d, pl, art := fixture(t)
	path := filepath.Join(t.TempDir(), "attribution.json")
	if err := art.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := artifacts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, art) {
		t.Fatal("artifacts changed through Save/Load")
	}
	ctx := context.Background()
	if err := got.Verify(ctx, pl, d); err != nil {
		t.Fatalf("auditor rejects honest artifacts: %v", err)
	}
	// The root with sketches is the Datanet root over these commitments.
	dataRoot, _ := d.Root(nil)
	if art.Datanet.DataRoot != commit.Hex(dataRoot) || art.Datanet.Root == art.Datanet.DataRoot {
		t.Fatal("roots wrong")
	}

	tamper := map[string]func(a *artifacts.Artifacts, d *datanet.Datanet){
		"sketch value": func(a *artifacts.Artifacts, d *datanet.Datanet) { a.Contribs[1].Sketch[7]++ },
		"sketch commitment": func(a *artifacts.Artifacts, d *datanet.Datanet) {
			a.Contribs[0].SketchCommitment = a.Contribs[1].SketchCommitment
		},
		"root":          func(a *artifacts.Artifacts, d *datanet.Datanet) { a.Datanet.Root = a.Datanet.DataRoot },
		"datanet label": func(a *artifacts.Artifacts, d *datanet.Datanet) { d.Contributors[2].Examples[0].Label ^= 1 },
		"datanet pixel": func(a *artifacts.Artifacts, d *datanet.Datanet) { d.Contributors[3].Examples[1].Input[300] ^= 0x40 },
		"params":        func(a *artifacts.Artifacts, d *datanet.Datanet) { a.Params.K = 4 },
	}
	for name, f := range tamper {
		t.Run(name, func(t *testing.T) {
			a2, _ := artifacts.Parse("copy", mustJSON(t, art))
			_, _, d2 := embedded(t)
			f(a2, d2)
			if err := a2.Verify(ctx, pl, d2); !errors.Is(err, artifacts.ErrBadInput) || !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("Verify accepted a tampered %s: %v", name, err)
			}
		})
	}
	t.Run("other adapter", func(t *testing.T) {
		base, a, _ := embedded(t)
		a.Modules[0].B[0] += 0.25
		pl2, err := artifacts.Plan(base, a, art.Params)
		if err != nil {
			t.Fatal(err)
		}
		if err := art.Verify(ctx, pl2, d); err == nil {
			t.Fatal("artifacts verified against a different adapter")
		}
	})
}

func TestParseRejects(t *testing.T) {
	_, _, art := fixture(t)
	good := mustJSON(t, art)
	for name, b := range map[string][]byte{
		"trailing data": append(append([]byte{}, good...), "{}"...),
		"other version": bytes.Replace(good, []byte(`"version":1`), []byte(`"version":2`), 1),
	} {
		if _, err := artifacts.Parse(name, b); !errors.Is(err, artifacts.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestAttributeAuditPayouts(t *testing.T) {
	d, pl, art := fixture(t)
	ctx := context.Background()
	x := pl.Input(d.Contributors[2].Examples[0].Input)
	att, err := artifacts.Attribute(ctx, pl, art, x)
	if err != nil {
		t.Fatal(err)
	}
	var sum uint32
	for _, w := range att.Weights {
		sum += w
	}
	if sum != influence.PPM || att.Digest != commit.Hex(influence.Digest(att.Weights)) {
		t.Fatalf("attribution %+v", att)
	}
	s, err := att.Payouts(split.Request{TokensIn: big.NewInt(1000), TokensOut: big.NewInt(0), RateIn: big.NewInt(1e9),
		RateOut: big.NewInt(0), PlatformFee: big.NewInt(1), OwnerBps: 5000, StakerBps: 2000, ContributorBps: 3000})
	if err != nil || s.Total().Cmp(s.Fee) != 0 || len(s.Contributors) != len(d.Contributors) {
		t.Fatalf("payouts %+v, %v", s, err)
	}

	in := artifacts.AuditInput{Datanet: d, Artifacts: art, Plan: pl, Input: x, ClaimedRoot: art.Datanet.Root, ClaimedDigest: att.Digest}
	rep, err := artifacts.Audit(ctx, in)
	if err != nil || !rep.OK {
		t.Fatalf("honest audit: %+v, %v", rep, err)
	}
	var txt, js bytes.Buffer
	if err := rep.WriteText(&txt); err != nil || !strings.Contains(txt.String(), "audit passed") {
		t.Fatalf("text report %q", txt.String())
	}
	if err := rep.WriteJSON(&js); err != nil || !json.Valid(js.Bytes()) {
		t.Fatal("JSON report invalid")
	}
	for name, f := range map[string]func(in *artifacts.AuditInput){
		"digest": func(in *artifacts.AuditInput) {
			in.ClaimedDigest = commit.Hex(influence.Digest(make([]uint32, len(att.Weights))))
		},
		"root": func(in *artifacts.AuditInput) { in.ClaimedRoot = art.Datanet.DataRoot },
		"datanet": func(in *artifacts.AuditInput) {
			_, _, d2 := embedded(t)
			d2.Contributors[0].Examples[0].Label ^= 1
			in.Datanet = d2
		},
	} {
		t.Run(name, func(t *testing.T) {
			bad := in
			f(&bad)
			rep, err := artifacts.Audit(ctx, bad)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			rep.WriteText(&b)
			if rep.OK || !strings.Contains(b.String(), "FAIL") {
				t.Fatalf("audit passed with a wrong %s:\n%s", name, b.String())
			}
		})
	}
}

// FuzzParseArtifacts fuzzes the parser from the committed corpus
// (testdata/fuzz/FuzzParseArtifacts); -write-seeds regenerates it from the
// fixture.
func FuzzParseArtifacts(f *testing.F) {
	if *writeSeeds {
		_, _, art := fixture(f)
		good := mustJSON(f, art)
		seeds := map[string][]byte{
			"valid":       good,
			"truncated":   good[:len(good)/2],
			"bad-root":    bytes.Replace(good, []byte(`"root":"0x`), []byte(`"root":"0xzz`), 1),
			"unknown":     bytes.Replace(good, []byte(`"format"`), []byte(`"x":1,"format"`), 1),
			"empty":       []byte("{}"),
			"huge-sketch": bytes.Replace(good, []byte(`"sketch":[`), []byte(`"sketch":[999999999999999999,`), 1),
			"method-robust": bytes.Replace(good, []byte(`"params"`),
				[]byte(`"method":{"id":"robust/v1","damp_ppm":10000,"dup_cos_ppm":970000,"agree_ppm":300000,"conf_ppm":500000,"curv_bits":30},"params"`), 1),
			"method-unknown": bytes.Replace(good, []byte(`"params"`), []byte(`"method":{"id":"robust/v9"},"params"`), 1),
			"method-softclass-n": bytes.Replace(good, []byte(`"params"`),
				[]byte(`"method":{"id":"robust-softclass/v1","damp_ppm":10000,"dup_cos_ppm":970000,"agree_ppm":300000,"conf_ppm":500000,"curv_bits":30,"class_beta_ppm":1000000,"ref_stride":3,"class_adapters":10,"class_trainer":"provenance-fit/v1","class_seed_from":1,"class_adapters_sha256":"0518852f86b4d07dc708ae2a040e7e527182773cba9919162a6cef1ae8cadd65"},"params"`), 1),
			"method-softclass-n-one": bytes.Replace(good, []byte(`"params"`),
				[]byte(`"method":{"id":"robust-softclass/v1","damp_ppm":10000,"dup_cos_ppm":970000,"agree_ppm":300000,"conf_ppm":500000,"curv_bits":30,"class_beta_ppm":1000000,"ref_stride":3,"class_adapters":1,"class_trainer":"provenance-fit/v1","class_adapters_sha256":"00"},"params"`), 1),
		}
		fuzzseed.Write(f, "FuzzParseArtifacts", seeds)
	}
	f.Add([]byte("{}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := artifacts.Parse("fuzz", b)
		if err != nil {
			if !errors.Is(err, artifacts.ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		if _, err := artifacts.Parse("again", mustJSON(t, a)); err != nil {
			t.Fatalf("accepted artifacts do not re-parse: %v", err)
		}
	})
}
