package provenance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/models"
	"github.com/openproof/openproof/inference/peft"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the seed corpora under testdata/fuzz")

// embedded returns the base model and a Datanet of the 64 embedded digits
// split among four contributors by class.
func embedded(t testing.TB) (*model.Model, *datanet.Datanet) {
	t.Helper()
	base, err := models.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	s, err := models.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	b := datanet.NewBuilder("embedded", 784, 10)
	for i, img := range s.Images {
		px := make([]uint8, len(img))
		for j, v := range img {
			px[j] = uint8(math.Round(float64(v) * 255))
		}
		b.Add(fmt.Sprintf("c%d", int(s.Labels[i])%4), s.Labels[i], px)
	}
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return base, d
}

var opts = TrainOptions{Seed: 3, Epochs: 4}

func train(t testing.TB) (*model.Model, *datanet.Datanet, *Result) {
	t.Helper()
	base, d := embedded(t)
	r, err := Train(context.Background(), base, d, opts, influence.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return base, d, r
}

func TestTrainIsDeterministicAndLearns(t *testing.T) {
	_, _, r1 := train(t)
	_, _, r2 := train(t)
	if !reflect.DeepEqual(r1.Adapter.Modules, r2.Adapter.Modules) || !reflect.DeepEqual(r1.Artifacts, r2.Artifacts) {
		t.Fatal("two runs with the same seed differ")
	}
	l := r1.Artifacts.Training.Losses
	if len(l) != opts.Epochs || !(l[len(l)-1] < l[0]) {
		t.Fatalf("training losses %v do not decrease", l)
	}
	o := opts
	o.Seed++
	base, d := embedded(t)
	a3, _, err := FitAdapter(context.Background(), base, d, o)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(a3.Modules, r1.Adapter.Modules) {
		t.Fatal("the seed does not matter")
	}
	o.Seed--
	o.Exclude = []int{0}
	a4, _, err := FitAdapter(context.Background(), base, d, o)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(a4.Modules, r1.Adapter.Modules) {
		t.Fatal("Exclude does not change training")
	}
}

func TestFitAdapterRejects(t *testing.T) {
	base, d := embedded(t)
	tests := map[string]TrainOptions{
		"rank too big":   {Rank: 11},
		"negative lr":    {LR: -1},
		"infinite alpha": {Alpha: math.Inf(1)},
		"no examples":    {Exclude: []int{0, 1, 2, 3}},
	}
	for name, o := range tests {
		t.Run(name, func(t *testing.T) {
			if _, _, err := FitAdapter(context.Background(), base, d, o); !errors.Is(err, ErrBadInput) {
				t.Fatalf("error %v, want ErrBadInput", err)
			}
		})
	}
	small := datanet.NewBuilder("x", 4, 10)
	small.Add("a", 1, []uint8{1, 2, 3, 4})
	d2, _ := small.Build()
	if _, _, err := FitAdapter(context.Background(), base, d2, TrainOptions{}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("accepted a Datanet of the wrong shape: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := FitAdapter(ctx, base, d, TrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled training: %v", err)
	}
}

func TestSaveLoadVerify(t *testing.T) {
	base, d, r := train(t)
	dir := t.TempDir()
	if err := r.Save(dir); err != nil {
		t.Fatal(err)
	}
	art, err := LoadArtifacts(filepath.Join(dir, ArtifactsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(art, r.Artifacts) {
		t.Fatal("artifacts changed through Save/Load")
	}
	ad, err := peft.Load(filepath.Join(dir, AdapterDir))
	if err != nil {
		t.Fatal(err)
	}
	pl, err := Plan(base, ad, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := art.Verify(ctx, pl, d); err != nil {
		t.Fatalf("auditor rejects honest artifacts: %v", err)
	}
	// The root with sketches is the Datanet root over these commitments.
	dataRoot, _ := d.Root(nil)
	if art.Datanet.DataRoot != commit.Hex(dataRoot) || art.Datanet.Root == art.Datanet.DataRoot {
		t.Fatal("roots wrong")
	}

	tamper := map[string]func(a *Artifacts, d *datanet.Datanet){
		"sketch value": func(a *Artifacts, d *datanet.Datanet) { a.Contribs[1].Sketch[7]++ },
		"sketch commitment": func(a *Artifacts, d *datanet.Datanet) {
			a.Contribs[0].SketchCommitment = a.Contribs[1].SketchCommitment
		},
		"root":          func(a *Artifacts, d *datanet.Datanet) { a.Datanet.Root = a.Datanet.DataRoot },
		"datanet label": func(a *Artifacts, d *datanet.Datanet) { d.Contributors[2].Examples[0].Label ^= 1 },
		"datanet pixel": func(a *Artifacts, d *datanet.Datanet) { d.Contributors[3].Examples[1].Input[300] ^= 0x40 },
		"params":        func(a *Artifacts, d *datanet.Datanet) { a.Params.K = 4 },
	}
	for name, f := range tamper {
		t.Run(name, func(t *testing.T) {
			a2, _ := ParseArtifacts("copy", mustJSON(t, art))
			_, d2 := embedded(t)
			f(a2, d2)
			if err := a2.Verify(ctx, pl, d2); !errors.Is(err, ErrBadInput) {
				t.Fatalf("Verify accepted a tampered %s: %v", name, err)
			}
		})
	}
	t.Run("other adapter", func(t *testing.T) {
		o := opts
		o.Seed = 99
		other, _, err := FitAdapter(ctx, base, d, o)
		if err != nil {
			t.Fatal(err)
		}
		pl2, err := Plan(base, other, art.Params)
		if err != nil {
			t.Fatal(err)
		}
		if err := art.Verify(ctx, pl2, d); err == nil {
			t.Fatal("artifacts verified against a different adapter")
		}
	})
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAttributeAuditPayouts(t *testing.T) {
	_, d, r := train(t)
	ctx := context.Background()
	x := r.Plan.Input(d.Contributors[2].Examples[0].Input)
	att, err := Attribute(ctx, r.Plan, r.Artifacts, x)
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

	in := AuditInput{Datanet: d, Artifacts: r.Artifacts, Plan: r.Plan, Input: x, ClaimedRoot: r.Artifacts.Datanet.Root, ClaimedDigest: att.Digest}
	rep, err := Audit(ctx, in)
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
	for name, f := range map[string]func(in *AuditInput){
		"digest": func(in *AuditInput) {
			in.ClaimedDigest = commit.Hex(influence.Digest(make([]uint32, len(att.Weights))))
		},
		"root":    func(in *AuditInput) { in.ClaimedRoot = r.Artifacts.Datanet.DataRoot },
		"datanet": func(in *AuditInput) { _, d2 := embedded(t); d2.Contributors[0].Examples[0].Label ^= 1; in.Datanet = d2 },
	} {
		t.Run(name, func(t *testing.T) {
			bad := in
			f(&bad)
			rep, err := Audit(ctx, bad)
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

func FuzzParseArtifacts(f *testing.F) {
	_, _, r := train(f)
	good := mustJSON(f, r.Artifacts)
	seeds := map[string][]byte{
		"valid":       good,
		"truncated":   good[:len(good)/2],
		"bad-root":    bytes.Replace(good, []byte(`"root":"0x`), []byte(`"root":"0xzz`), 1),
		"unknown":     bytes.Replace(good, []byte(`"format"`), []byte(`"x":1,"format"`), 1),
		"empty":       []byte("{}"),
		"huge-sketch": bytes.Replace(good, []byte(`"sketch":[`), []byte(`"sketch":[999999999999999999,`), 1),
	}
	if *writeSeeds {
		dir := filepath.Join("testdata", "fuzz", "FuzzParseArtifacts")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			f.Fatal(err)
		}
		for k, v := range seeds {
			if err := os.WriteFile(filepath.Join(dir, k), []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", v)), 0o644); err != nil {
				f.Fatal(err)
			}
		}
	}
	for _, v := range seeds {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseArtifacts("fuzz", b)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		if _, err := ParseArtifacts("again", mustJSON(t, a)); err != nil {
			t.Fatalf("accepted artifacts do not re-parse: %v", err)
		}
	})
}
