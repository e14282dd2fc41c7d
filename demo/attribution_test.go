package demo

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
)

var (
	update    = flag.Bool("update", false, "rewrite mnist/attribution.json from the converted MNIST file")
	classBeta = flag.Uint("class-beta-ppm", 0, "with -update: the class term's β·10^6 (0: the embedded file's)")
	refStride = flag.Uint("ref-stride", 0, "with -update: every n-th Datanet record is a reference query (0: the embedded file's)")
	classBits = flag.Int("class-shift", -1, "with -update: class values in units of 2^s (-1: the embedded file's)")
)

// regenSettings are the embedded file's settings with the flags applied.
func regenSettings(t *testing.T) (influence.Params, influence.Method) {
	t.Helper()
	p, m, err := MNISTSettings()
	if err != nil {
		t.Fatal(err)
	}
	beta, stride, shift := m.ClassBetaPPM, m.RefStride, p.ClassShift
	if *classBeta != 0 {
		beta = uint32(*classBeta)
	}
	if *refStride != 0 {
		stride = uint32(*refStride)
	}
	if *classBits >= 0 {
		shift = uint(*classBits)
	}
	if !*update || (*classBeta == 0 && *refStride == 0 && *classBits < 0) {
		return p, m
	}
	return MNISTClassTerm(beta, stride, shift)
}

// TestEmbeddedAttributionReproduces rebuilds the Datanet of the adapter's
// training digits from the MNIST data, recomputes the attribution artifacts
// and compares them byte for byte with the embedded attribution.json. With
// -update it rewrites the file instead.
func TestEmbeddedAttributionReproduces(t *testing.T) {
	if testing.Short() && !*update {
		t.Skip("skipping: sketching 8,004 training digits takes a while")
	}
	ds := mnisttest.Data(t)
	d, err := MNISTDatanet(ds)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	p, m := regenSettings(t)
	art, err := MNISTArtifactsWith(context.Background(), d, p, m)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d contributors, %d records, root %s, sketched in %s", d.Name, len(d.Contributors), d.Records(), art.Datanet.Root, time.Since(start).Round(time.Millisecond))
	if *update {
		if err := art.Save(filepath.FromSlash(MNISTAttributionFile)); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := filepath.Join(t.TempDir(), "attribution.json")
	if err := art.Save(got); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	want, err := MNISTAttributionJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Fatalf("recomputed artifacts differ from the embedded %s (go test ./demo -run TestEmbeddedAttributionReproduces -update, and commit)", MNISTAttributionFile)
	}
}

// TestEmbeddedAttribution checks the embedded artifacts without the MNIST
// data: default parameters, the ten digit-k contributors holding the 8,004
// training digits, and sketches of the embedded adapter's dimension.
func TestEmbeddedAttribution(t *testing.T) {
	art, err := MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	if p, m := MNISTClassTerm(art.MethodOf().ClassBetaPPM, art.MethodOf().RefStride, art.Params.ClassShift); art.Params != p || art.MethodOf() != m {
		t.Fatalf("params %+v, method %+v: want the defaults with the class term and the largest-remainder rule", art.Params, art.MethodOf())
	}
	if art.Datanet.Name != MNISTDatanetName || art.Datanet.InputDim != mnist.Pixels || art.Datanet.Classes != mnist.Classes {
		t.Fatalf("datanet %+v", art.Datanet)
	}
	if len(art.Contribs) != mnist.Classes {
		t.Fatalf("%d contributors, want %d", len(art.Contribs), mnist.Classes)
	}
	records := 0
	for k, c := range art.Contribs {
		if c.ID != MNISTContributorID(k) || c.Records == 0 {
			t.Fatalf("contributor %d: %q with %d records", k, c.ID, c.Records)
		}
		records += c.Records
	}
	// 10,000 digits, per class ⌊n/5⌋ held out: 8,004 training digits.
	if records != 8004 {
		t.Fatalf("%d records, want the 8,004 training digits", records)
	}
	m, err := MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	a, err := MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := artifacts.Plan(m, a, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Contribs[0].Sketch) != pl.CommittedDim() {
		t.Fatalf("sketch dimension %d, the embedded adapter's plan has %d", len(art.Contribs[0].Sketch), pl.CommittedDim())
	}
	if art.Training.Rank != a.Config.R {
		t.Fatalf("training rank %d, adapter rank %d", art.Training.Rank, a.Config.R)
	}
}

func TestMNISTDatanetRejects(t *testing.T) {
	if _, err := MNISTDatanet(nil); err == nil {
		t.Fatal("nil dataset accepted")
	}
	ds := &mnist.Dataset{Images: [][]float32{make([]float32, mnist.Pixels), make([]float32, mnist.Pixels), make([]float32, mnist.Pixels), make([]float32, mnist.Pixels), make([]float32, mnist.Pixels)}, Labels: []uint8{1, 1, 1, 1, 1}}
	if _, err := MNISTDatanet(ds); err != nil {
		t.Fatalf("valid digits rejected: %v", err)
	}
	for _, img := range ds.Images {
		img[3] = 0.5 // not k/255
	}
	if _, err := MNISTDatanet(ds); err == nil || !strings.Contains(err.Error(), "1/255") {
		t.Fatalf("off-grid pixel: %v", err)
	}
	for _, img := range ds.Images {
		img[3] = 2
	}
	if _, err := MNISTDatanet(ds); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Fatalf("pixel 2: %v", err)
	}
}
