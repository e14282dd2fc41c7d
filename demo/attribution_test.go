package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

var (
	update    = flag.Bool("update", false, "rewrite mnist/attribution.json from the converted MNIST file")
	classBeta = flag.Uint("class-beta-ppm", 0, "with -update: the class term's β·10^6 (0: the embedded file's)")
	refStride = flag.Uint("ref-stride", 0, "with -update: every n-th Datanet record is a reference query (0: the embedded file's)")
	classBits = flag.Int("class-shift", -1, "with -update: class values in units of 2^s (-1: the embedded file's)")
	classTau  = flag.Int("class-tau-shift", -1, "with -update: τ = 2^t of the smoothed class term (-1: the embedded file's)")
	classN    = flag.Uint("class-adapters", 0, "with -update: the class table averages this many adapters (0: the embedded file's)")
	reproduce = flag.Bool("reproduce", false, "recompute mnist/attribution.json (retraining its nine extra class-table adapters) and compare it byte for byte")
)

// regenSettings are the embedded file's settings with the flags applied
// (-update only); an embedded file on another statement than
// robust-softclass/v1 contributes nothing (the MNIST* constants and the
// flags' values are used).
func regenSettings(t *testing.T) (influence.Params, influence.Method) {
	t.Helper()
	p, m, err := MNISTSettings()
	if err != nil {
		t.Fatal(err)
	}
	if !*update {
		return p, m
	}
	beta, stride, shift, tau, n := uint32(MNISTClassBetaPPM), uint32(8), uint(MNISTClassShift), uint(1), uint32(MNISTClassAdapters)
	if m.ID == influence.MethodRobustSoftClass {
		beta, stride, shift, tau, n = m.ClassBetaPPM, m.RefStride, p.ClassShift, p.ClassTauShift, uint32(m.Adapters())
	}
	if *classBeta != 0 {
		beta = uint32(*classBeta)
	}
	if *refStride != 0 {
		stride = uint32(*refStride)
	}
	if *classBits >= 0 {
		shift = uint(*classBits)
	}
	if *classTau >= 0 {
		tau = uint(*classTau)
	}
	if *classN != 0 {
		n = uint32(*classN)
	}
	return MNISTSoftClass(beta, stride, shift, tau, n, MNISTClassSeedFrom)
}

// classAdapters trains m's extra class-table adapters from d with the
// embedded adapter's recipe (attribution/provenance.ClassAdapters), as an
// auditor does.
func classAdapters(t *testing.T, d *datanet.Datanet, m influence.Method) []*peft.Adapter {
	t.Helper()
	base, a := embeddedModel(t)
	if m.Adapters() > 1 && m.ClassAdaptersSHA256 == "" {
		m.ClassAdaptersSHA256 = strings.Repeat("0", 64) // -update: the digest is not known yet
	}
	start := time.Now()
	ex, err := provenance.ClassAdapters(context.Background(), base, d, m, provenance.Recipe(MNISTTraining(a)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d class-table adapters trained in %s", len(ex), time.Since(start).Round(time.Millisecond))
	return ex
}

// TestEmbeddedAttributionReproduces rebuilds the Datanet of the adapter's
// training digits from the MNIST data, recomputes the attribution artifacts
// and compares them byte for byte with the embedded attribution.json. With
// -update it rewrites the file instead.
//
// It runs only with -update or -reproduce: the same full recomputation
// (nine retrained adapters, ten robust/v1 vector sets over 8,004 digits)
// is what `openproof audit` does in cmd/openproof's TestDatanetMNIST, which
// compares every vector, commitment, root and the retrained adapters'
// digest; TestEmbeddedAttributionCanonical checks the rest of the file
// (its training record and encoding) without the MNIST data.
func TestEmbeddedAttributionReproduces(t *testing.T) {
	if !*update && !*reproduce {
		t.Skip("skipping: the full recomputation runs with -reproduce or -update (and as cmd/openproof's TestDatanetMNIST audit)")
	}
	ds := mnisttest.Data(t)
	d, err := MNISTDatanet(ds)
	if err != nil {
		t.Fatal(err)
	}
	p, m := regenSettings(t)
	ex := classAdapters(t, d, m)
	start := time.Now()
	art, err := MNISTArtifactsWith(context.Background(), d, p, m, ex)
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
	b := savedBytes(t, art)
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
	am := art.MethodOf()
	p, m := MNISTSoftClass(am.ClassBetaPPM, am.RefStride, art.Params.ClassShift, art.Params.ClassTauShift, MNISTClassAdapters, MNISTClassSeedFrom)
	m.ClassAdaptersSHA256 = am.ClassAdaptersSHA256
	if art.Params != p || am != m {
		t.Fatalf("params %+v, method %+v: want the defaults with the smoothed class term alone over %d adapters and the largest-remainder rule", art.Params, am, MNISTClassAdapters)
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
	base, a := embeddedModel(t)
	pl, err := artifacts.Plan(base, a, art.Params)
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

// TestEmbeddedAttributionCanonical checks what the audit of the embedded
// artifacts (cmd/openproof's TestDatanetMNIST) does not recompute: the file
// is Save's encoding of its content, its training record is the embedded
// adapter's (MNISTTraining), and every sketch commitment and the root
// follow from the vectors and the data commitments.
func TestEmbeddedAttributionCanonical(t *testing.T) {
	art, err := MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	want, err := MNISTAttributionJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(savedBytes(t, art), want) {
		t.Fatal("Save of the embedded artifacts does not reproduce their bytes")
	}
	base, a := embeddedModel(t)
	if got, w := mustJSON(t, art.Training), mustJSON(t, MNISTTraining(a)); !bytes.Equal(got, w) {
		t.Fatalf("training record %s, want %s", got, w)
	}
	pl, err := artifacts.Plan(base, a, art.Params)
	if err != nil {
		t.Fatal(err)
	}
	data := make([]fr.Element, len(art.Contribs))
	coms := make([]fr.Element, len(art.Contribs))
	for i, c := range art.Contribs {
		if data[i], err = commit.ParseHex(c.DataCommitment); err != nil {
			t.Fatal(err)
		}
		if coms[i], err = pl.Commitment(c.Sketch); err != nil {
			t.Fatal(err)
		}
		if commit.Hex(coms[i]) != c.SketchCommitment {
			t.Fatalf("contributor %d: sketch commitment %s, the vector commits to %s", i, c.SketchCommitment, commit.Hex(coms[i]))
		}
	}
	for _, r := range []struct {
		name string
		coms []fr.Element
		want string
	}{{"data root", nil, art.Datanet.DataRoot}, {"root", coms, art.Datanet.Root}} {
		root, err := datanet.RootOf(art.Datanet.InputDim, art.Datanet.Classes, data, r.coms)
		if err != nil {
			t.Fatal(err)
		}
		if commit.Hex(root) != r.want {
			t.Fatalf("%s %s, recomputed %s", r.name, r.want, commit.Hex(root))
		}
	}
}

// embeddedModel is the embedded base model and adapter.
func embeddedModel(t *testing.T) (*model.Model, *peft.Adapter) {
	t.Helper()
	base, err := MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	a, err := MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	return base, a
}

// savedBytes is the file art.Save writes.
func savedBytes(t *testing.T, art *artifacts.Artifacts) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "attribution.json")
	if err := art.Save(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
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
