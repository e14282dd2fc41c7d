package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

func demoCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "demo",
		Usage: "prove and verify one MNIST prediction of the embedded model + LoRA adapter, with its attribution (or --model/--adapter)",
		Description: "Runs the embedded base MLP with its LoRA adapter on an embedded (rotated) MNIST test digit, " +
			"compiles the circuit, runs the development setup unless keys are stored, proves, writes the bundle and verifies it. " +
			"With the embedded model and adapter the proof is attributed: it also proves the weights of the ten contributors " +
			"digit-0 … digit-9 of the Datanet the adapter was trained on (the embedded attribution artifacts; " +
			"`openproof datanet mnist` rebuilds that Datanet for `openproof audit`). --no-attribution proves the plain statement; " +
			"with --model/--adapter/--no-adapter the proof is plain unless --attribution names artifacts for that adapter. " +
			"--out is the bundle file to write (default: <cache>/demo/bundle.json). " +
			"--gpt proves a text generation of the embedded GPT-2 (fortunes) + LoRA adapter instead " +
			"(--prompt, --tokens; bundle default <cache>/demo/generation.json), greedy or, with --temperature, --top-k and --sample-seed, " +
			"sampled from a public seed; with its attribution to the embedded fortunes Datanet (contributors' weights proven in the same circuit) " +
			"unless --no-attribution, --attribution names other text artifacts, or --model/--adapter give another model.",
		Flags: []cli.Flag{
			demoSampleFlag, outFlag, noAttributionFlag,
			accelFlag, keysFlag, saltFlag, ownerFlag, modelFlag, adapterFlag, noAdapter, attributionFlag,
			gptFlag, gptPromptFlag, gptTokensFlag, temperatureFlag, topKFlag, sampleSeedFlag,
		},
		Action: e.demo,
	})
}

// demo is `demo`: one embedded digit proven by pipeline.ProveInference
// (development keys unless stored), written and verified.
func (e *env) demo(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErr("demo takes no arguments, got %q", c.Args().Slice())
	}
	if c.Bool(gptFlag.Name) {
		return e.demoGPT(c)
	}
	for _, f := range []string{temperatureFlag.Name, topKFlag.Name, sampleSeedFlag.Name} {
		if c.IsSet(f) {
			return usageErr("--%s is for demo --gpt", f)
		}
	}
	// An ICICLE backend holds device memory and pinned keys until Close.
	backend, closeBackend, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeBackend()
	salt, err := parseKey(c)
	if err != nil {
		return err
	}
	s, digit, err := e.demoInput(c)
	if err != nil {
		return err
	}
	att, err := demoAttribution(c, s)
	if err != nil {
		return err
	}
	start := time.Now()
	keys, err := e.keyProvider(c, true)
	if err != nil {
		return err
	}
	res, err := pipeline.ProveInference(c.Context, backend, keys, pipeline.InferenceRequest{
		Model: s.Model, ModelName: s.ModelName, Adapter: s.Adapter, Input: digit.x, Key: salt, Attribution: att, Phase: e.phases(),
	})
	if err != nil {
		return err
	}
	e.logCompiled(res.Circuit)
	out, err := demoOut(c)
	if err != nil {
		return err
	}
	if err := res.Bundle.Write(out); err != nil {
		return writeErr(outFlag.Name, out, err)
	}
	e.log.Info().Str("bundle", out).Msg("bundle written")
	var rep *verifier.Report
	vd, err := e.phase("verify", func() error {
		var err error
		// The demo holds the model and the keys with their manifest: the
		// circuit and the model are confirmed, not labels.
		rep, err = verifier.Verify(res.Bundle, heldKeys{res.Keys}, verifier.WithModel(s.ModelName, commit.ModelDigest(s.Model)))
		return err
	})
	if err != nil {
		return verifyFailed{err}
	}
	summary := demoSummary{stack: s, digit: digit, att: att, res: res, rep: rep, backend: backend.Name(), out: out, verify: vd, total: time.Since(start)}
	summary.write(e.stdout)
	return nil
}

// heldKeys are the keys the demo proved with, as the verifier's key source:
// the key and its manifest, whatever circuit the bundle names (Verify checks
// the manifest against the bundle).
type heldKeys struct{ k *keystore.Keys }

func (h heldKeys) VerifyingKeyFor(digest, name, vkHash string) (groth16.VerifyingKey, *keystore.Manifest, error) {
	return h.k.VK, h.k.Manifest, nil
}

// demoDigit is the embedded test digit the demo proves.
type demoDigit struct {
	index int
	label uint8
	x     []int8
}

// demoInput loads the stack of --model/--adapter and the embedded digit of
// --sample, quantized for it.
func (e *env) demoInput(c *cli.Context) (*runtime.Stack, *demoDigit, error) {
	samples, err := demo.MNISTSamples()
	if err != nil {
		return nil, nil, err
	}
	idx := c.Int(demoSampleFlag.Name)
	if idx < 0 || idx >= samples.Len() {
		return nil, nil, usageErr("%s %d: the embedded set has digits 0…%d", e.flagName(demoSampleFlag), idx, samples.Len()-1)
	}
	s, err := loadStack(c)
	if err != nil {
		return nil, nil, err
	}
	if len(samples.Images[idx]) != s.Model.Layers[0].In {
		return nil, nil, usageErr("the embedded digits have %d pixels, model %s takes %d inputs: use `openproof prove --input`", len(samples.Images[idx]), s.ModelName, s.Model.Layers[0].In)
	}
	return s, &demoDigit{index: idx, label: samples.Labels[idx], x: quant.QuantizeInput(samples.Images[idx], s.Model.InputExp)}, nil
}

// demoOut is --out, or <cache>/demo/bundle.json (its folder made).
func demoOut(c *cli.Context) (string, error) {
	if out := c.String(outFlag.Name); out != "" {
		return out, nil
	}
	out := filepath.Join(c.String("cache"), "demo", "bundle.json")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", writeErr(cacheFlag.Name, out, err)
	}
	return out, nil
}

// demoSummary is what the demo prints.
type demoSummary struct {
	stack         *runtime.Stack
	digit         *demoDigit
	att           *pipeline.Attribution
	res           *pipeline.InferenceProof
	rep           *verifier.Report
	backend, out  string
	verify, total time.Duration
}

// write prints the summary: the prediction, circuit and attribution are
// the verified statement's; the labels nothing checked come last.
func (d *demoSummary) write(w io.Writer) {
	st := &d.rep.Statement
	pred := *st.Prediction // the demo's output is never empty
	fmt.Fprintf(w, "openproof demo: %s + %s, embedded test digit #%d\n", d.stack.ModelName, orDash(d.stack.AdapterName), d.digit.index)
	fmt.Fprintf(w, "  prediction    %d (label %d, %s)\n", pred, d.digit.label, map[bool]string{true: "correct", false: "wrong"}[pred == int(d.digit.label)])
	fmt.Fprintf(w, "  circuit       %s, %d constraints, %d public inputs\n", st.Circuit, st.Constraints, d.rep.PublicInputs)
	if st.Kind == verifier.KindAttributed && d.att != nil {
		writeDemoAttribution(w, d.att.Artifacts, d.rep)
	}
	fmt.Fprintf(w, "  keys          %s setup (%s)\n", st.Setup, map[bool]string{true: "development only, not for production", false: "MPC ceremony"}[st.Setup == "dev"])
	fmt.Fprintf(w, "  prove         %s on %s\n", d.res.Proof.ProveTime.Round(time.Millisecond), d.backend)
	fmt.Fprintf(w, "  proof         %d bytes (Solidity layout)\n", d.res.ProofSize)
	fmt.Fprintf(w, "  verify        %s\n", d.verify.Round(time.Millisecond))
	fmt.Fprintf(w, "  bundle        %s\n", d.out)
	fmt.Fprintf(w, "  total         %s\n", d.total.Round(time.Millisecond))
	fmt.Fprintf(w, "unverified labels: %s\n", labelsText(d.rep.Labels))
	fmt.Fprintf(w, "verified: model %s, prediction %d\n", st.Model, pred)
}

// demoAttribution picks the demo's attribution artifacts: --attribution, or
// the embedded artifacts when the stack is the embedded model and adapter
// (they belong to that adapter). It returns nil for the plain statement:
// --no-attribution, or --model/--adapter/--no-adapter without --attribution.
func demoAttribution(c *cli.Context, s *runtime.Stack) (*pipeline.Attribution, error) {
	path := c.String(attributionFlag.Name)
	switch {
	case c.Bool(noAttributionFlag.Name) && path != "":
		return nil, usageErr("--attribution and --no-attribution exclude each other")
	case c.Bool(noAttributionFlag.Name):
		return nil, nil
	case path != "":
		return loadAttribution(path, s)
	case c.String(modelFlag.Name) != "" || c.String(adapterFlag.Name) != "" || c.Bool(noAdapter.Name):
		return nil, nil
	}
	return embeddedAttribution(s)
}

// embeddedAttribution returns the embedded attribution artifacts with their
// plan for stack s, the embedded model and adapter.
func embeddedAttribution(s *runtime.Stack) (*pipeline.Attribution, error) {
	art, err := demo.MNISTArtifacts()
	if err != nil {
		return nil, err
	}
	att, err := pipeline.NewAttribution(s.Model, s.Adapter, art)
	if err != nil {
		// Embedded files that do not fit each other are a build defect.
		return nil, fmt.Errorf("embedded %s: %w", demo.MNISTAttributionFile, err)
	}
	return att, nil
}

// demoTop is how many contributors the demo summary names.
const demoTop = 3

// writeDemoAttribution prints the proven attribution for the demo summary:
// the Datanet (the demo's artifacts), the proven root and digest and the
// top contributors by proven weight, named by their unverified ids.
func writeDemoAttribution(w io.Writer, art *artifacts.Artifacts, rep *verifier.Report) {
	records := 0
	for _, c := range art.Contribs {
		records += c.Records
	}
	st := &rep.Statement
	fmt.Fprintf(w, "  datanet       %s, %d contributors, %d records\n", art.Datanet.Name, len(art.Contribs), records)
	fmt.Fprintf(w, "  datanet root  %s\n", st.DatanetRoot)
	fmt.Fprintf(w, "  attr. digest  %s\n", st.AttributionDigest)
	var top []int // contributor indices with weight
	for i, ppm := range st.Weights {
		if ppm > 0 {
			top = append(top, i)
		}
	}
	nonzero := len(top)
	if nonzero == 0 {
		fmt.Fprintf(w, "  weights       all zero (no contributor scored positive)\n")
		return
	}
	sort.SliceStable(top, func(i, j int) bool { return st.Weights[top[i]] > st.Weights[top[j]] })
	top = top[:min(demoTop, len(top))]
	parts := make([]string, len(top))
	for k, i := range top {
		id := "-"
		if i < len(rep.Labels.Contributors) {
			id = orDash(rep.Labels.Contributors[i])
		}
		parts[k] = fmt.Sprintf("#%d %s %.4f%%", i, id, float64(st.Weights[i])/1e4)
	}
	fmt.Fprintf(w, "  weights       %s (%d of %d contributors with weight; ids unverified)\n", strings.Join(parts, ", "), nonzero, len(st.Weights))
}
