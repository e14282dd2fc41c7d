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

var update = flag.Bool("update", false, "rewrite mnist/attribution.json from the converted MNIST file")

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
	art, err := MNISTArtifactsOf(context.Background(), d)
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
	if art.Params != influence.DefaultParams() {
		t.Fatalf("params %+v, want the defaults", art.Params)
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
	if len(art.Contribs[0].Sketch) != pl.Dim() {
		t.Fatalf("sketch dimension %d, the embedded adapter's plan has %d", len(art.Contribs[0].Sketch), pl.Dim())
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
