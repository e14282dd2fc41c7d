package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/mnist/mnisttest"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/pipeline"
)

// demoStatement is the demo's statement for its digit: the embedded stack
// (model + adapter), its embedded attribution, the sample digits, and the
// trace of digit 0 under the demo key (the --salt default, the demo owner).
func demoStatement(t *testing.T) (*runtime.Stack, *pipeline.Attribution, *mnist.Dataset, *trace.Trace) {
	t.Helper()
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		t.Fatal(err)
	}
	da, err := embeddedAttribution(s)
	if err != nil {
		t.Fatal(err)
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	key := commit.AdapterKey{Owner: commit.DemoKey().Owner}
	if key.Salt, err = commit.ParseHex(saltFlag.Value); err != nil {
		t.Fatal(err)
	}
	tr, err := s.Trace(context.Background(), quant.QuantizeInput(samples.Images[0], s.Model.InputExp), key)
	if err != nil {
		t.Fatal(err)
	}
	return s, da, samples, tr
}

// TestDemoAttributedSolves checks the demo's default (attributed) statement
// without its setup: the embedded artifacts fit the embedded model and
// adapter, the circuit fits a 2^16 domain, the assignment for the demo's
// digit satisfies it, and a changed weight or Datanet root does not.
func TestDemoAttributedSolves(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: compiles the 57k-constraint demo circuit")
	}
	ctx := context.Background()
	s, da, samples, tr := demoStatement(t)
	circuit, err := lora.NewAttributed(s.Model, s.Shape(), da.Plan, da.Artifacts.Datanet.Classes, len(da.Artifacts.Contribs))
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := prover.Compile(ctx, circuit)
	if err != nil {
		t.Fatal(err)
	}
	n := ccs.GetNbConstraints()
	t.Logf("demo circuit %s: %d constraints", lora.AttributedName(s.Model, s.Shape(), da.Plan.P, len(da.Artifacts.Contribs)), n)
	if n > 1<<16 {
		t.Errorf("the demo circuit has %d constraints, more than 2^16: its setup no longer fits make demo's time", n)
	}

	assign := func() (*lora.AttributedCircuit, *lora.Attribution) {
		t.Helper()
		a, att, err := lora.AssignAttributedFromTrace(s.Model, tr, da.Artifacts)
		if err != nil {
			t.Fatal(err)
		}
		return a, att
	}
	solved := func(a *lora.AttributedCircuit) error {
		t.Helper()
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		return ccs.IsSolved(w)
	}
	a, att := assign()
	if err := solved(a); err != nil {
		t.Fatalf("the demo's attributed assignment is rejected: %v", err)
	}
	if att.Prediction != int(samples.Labels[0]) {
		t.Errorf("attributed at label %d, the demo digit is a %d", att.Prediction, samples.Labels[0])
	}
	root, err := commit.ParseHex(da.Artifacts.Datanet.Root)
	if err != nil {
		t.Fatal(err)
	}
	if !att.Root.Equal(&root) {
		t.Fatalf("proven root %s, artifacts %s", commit.Hex(att.Root), da.Artifacts.Datanet.Root)
	}
	// The top contributor holds the demo digit's class.
	top := 0
	for c, w := range att.Weights {
		if w > att.Weights[top] {
			top = c
		}
	}
	if want := demo.MNISTContributorID(int(samples.Labels[0])); da.Artifacts.Contribs[top].ID != want {
		t.Errorf("top contributor %s (weights %v), want %s", da.Artifacts.Contribs[top].ID, att.Weights, want)
	}

	from, to := top, (top+1)%len(att.Weights)
	moved := append([]uint32(nil), att.Weights...)
	moved[from]--
	moved[to]++ // still sums to 10^6
	dataRoot, err := commit.ParseHex(da.Artifacts.Datanet.DataRoot)
	if err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(c *lora.AttributedCircuit){
		"one ppm moved between contributors": func(c *lora.AttributedCircuit) { c.AttributionDigest = toBig(influence.Digest(moved)) },
		"Datanet root without sketches":      func(c *lora.AttributedCircuit) { c.DatanetRoot = toBig(dataRoot) },
	} {
		t.Run(name, func(t *testing.T) {
			c, _ := assign()
			mut(c)
			if err := solved(c); err == nil {
				t.Fatal("the demo circuit accepted the change")
			}
		})
	}
}

func toBig(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// TestDemoAttributionFlags checks the demo's attribution choices that fail
// before any circuit is compiled.
func TestDemoAttributionFlags(t *testing.T) {
	cache := t.TempDir()
	garbage := filepath.Join(t.TempDir(), "garbage.json")
	if err := os.WriteFile(garbage, []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"demo", "--no-attribution", "--attribution", garbage}, "exclude"},
		{[]string{"demo", "--attribution", garbage}, "garbage.json"},
		{[]string{"demo", "--no-adapter", "--attribution", garbage}, "garbage.json"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(out, tc.want) {
				t.Fatalf("message does not mention %q:\n%s", tc.want, out)
			}
		})
	}
}

// TestDatanetMNIST rebuilds the demo's Datanet from the converted MNIST file
// (skipping when `make data` has not run) and audits the embedded artifacts
// against it; bad --data files exit 2.
func TestDatanetMNIST(t *testing.T) {
	cache := t.TempDir()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.bin")
	if err := os.WriteFile(garbage, []byte("OPMNIST1 but not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustCode(t, exitBadInput, cache, "datanet", "mnist", "--out", filepath.Join(dir, "dn.opdn"))
	if !strings.Contains(out, "make data") {
		t.Fatalf("missing default data file: message does not point to make data:\n%s", out)
	}
	out = mustCode(t, exitBadInput, cache, "datanet", "mnist", "--data", garbage, "--out", filepath.Join(dir, "dn.opdn"))
	if !strings.Contains(out, "garbage.bin") {
		t.Fatalf("message does not name the file:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "dn.opdn")); !os.IsNotExist(err) {
		t.Fatalf("a failed datanet mnist wrote its output (stat: %v)", err)
	}

	if testing.Short() {
		t.Skip("skipping the rebuild and audit in -short mode")
	}
	data := mnisttest.Path(t)
	dn := filepath.Join(dir, "dn.opdn")
	out = mustCode(t, exitOK, cache, "datanet", "mnist", "--data", data, "--out", dn)
	art, err := demo.MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, art.Datanet.DataRoot) || !strings.Contains(out, "8004 records") {
		t.Fatalf("datanet mnist output lacks the data root %s or the record count:\n%s", art.Datanet.DataRoot, out)
	}
	// The one full audit of the embedded artifacts in this package (it
	// retrains the nine class-table adapters and recomputes ten robust/v1
	// vector sets): the demo's proof bundle, verified with its key.
	bundle, vk := demoFixture("demo-attributed")
	out = mustCode(t, exitOK, cache, "audit", "--datanet", dn, "--artifacts", filepath.Join("..", "..", "demo", "mnist"), "--vk", vk, bundle)
	m := art.MethodOf()
	for _, want := range []string{"audit passed", "digit-0", "claimed weights match", "method " + influence.MethodRobustSoftClass,
		fmt.Sprintf("class table over %d adapters", m.Adapters()), "retrained from the Datanet"} {
		if !strings.Contains(out, want) || strings.Contains(out, "unverified:") {
			t.Fatalf("audit of the embedded artifacts lacks %q:\n%s", want, out)
		}
	}
	// Class-table adapters from files that are not the recorded ones: refused
	// by their digest before any vector is recomputed, and their training is
	// printed unverified. (A changed seed, adapter, N or class value is
	// attribution/artifacts' TestVerifyClassAdapters.)
	out = mustCode(t, exitVerify, cache, "audit", "--datanet", dn, "--artifacts", filepath.Join("..", "..", "demo", "mnist"), "--sample", "0", "--class-adapters", wrongClassAdapters(t, m))
	if !strings.Contains(out, "FAIL artifacts match the Datanet and adapter") || !strings.Contains(out, "the method records") || !strings.Contains(out, "unverified: the 9 class-table adapters' training") {
		t.Fatalf("audit of %s artifacts with other class-table adapters:\n%s", influence.MethodRobustSoftClass, out)
	}
}

// wrongClassAdapters writes the embedded adapter as every extra
// class-table adapter of m (DIR/seed-<s>) and returns DIR: files that do
// not hash to m's class_adapters_sha256.
func wrongClassAdapters(t *testing.T, m influence.Method) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "class-adapters")
	a, err := demo.MNISTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range m.ClassSeeds() {
		if err := a.Save(filepath.Join(dir, provenance.ClassAdapterDir(s))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
