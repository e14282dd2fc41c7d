package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

func proveCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "prove",
		Usage: "prove an inference (from a trace file, or run one now) and write a proof bundle",
		Description: "With --trace (a trace file from `openproof infer --trace`, which carries the adapter and salt), the witness " +
			"comes from the trace alone (any engine that writes the same trace can be proven); the trace is first checked against " +
			"--model by re-running it. Without --trace, the inference of --sample/--input runs now. --out is the bundle file to write.",
		Flags: append([]cli.Flag{
			modelFlag, adapterFlag, noAdapter, saltFlag, ownerFlag, accelFlag, keysFlag, attributionFlag,
			traceFlag, required(outFlag), allowSetupFlag,
		}, inputFlags...),
		Action: e.proveInference,
	})
}

// proveInference is `prove`: the inference of --trace, or of --input/--sample
// run now, proven by pipeline.ProveInference and written to --out.
func (e *env) proveInference(c *cli.Context) error {
	// An ICICLE backend holds device memory and pinned keys until Close.
	backend, closeBackend, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeBackend()
	s, t, err := proveInput(c)
	if err != nil {
		return err
	}
	var att *pipeline.Attribution
	path := c.String(attributionFlag.Name)
	if path != "" {
		if att, err = loadAttribution(path, s); err != nil {
			return err
		}
	}
	keys, err := e.keyProvider(c, c.Bool(allowSetupFlag.Name))
	if err != nil {
		return err
	}
	res, err := pipeline.ProveInference(c.Context, backend, keys, pipeline.InferenceRequest{
		Model: s.Model, ModelName: s.ModelName, Adapter: s.Adapter, Trace: t, Attribution: att, Phase: e.phases(),
	})
	if err != nil {
		if att != nil && keystore.IsNotFound(err) { // the circuit depends on the artifacts too
			return badInput{fmt.Errorf("--attribution %s (%d contributors): %w (setup takes --attribution as well)", path, len(att.Artifacts.Contribs), err)}
		}
		return err
	}
	if res.Circuit.Time > 0 {
		e.logCompiled(res.Circuit)
	}
	out := c.String(outFlag.Name)
	if err := res.Bundle.Write(out); err != nil {
		return writeErr(outFlag.Name, out, err)
	}
	printProved(e.stdout, res, backend.Name(), out)
	return nil
}

// proveInput is the inference prove proves: the trace of --trace with the
// stack it names, or the trace of --input/--sample run now on
// --model/--adapter with --salt.
func proveInput(c *cli.Context) (*runtime.Stack, *trace.Trace, error) {
	if path := c.String(traceFlag.Name); path != "" {
		if c.String(adapterFlag.Name) != "" || c.Bool(noAdapter.Name) || c.IsSet(inputFlag.Name) || c.IsSet(sampleFlag.Name) || c.IsSet(saltFlag.Name) || c.IsSet(ownerFlag.Name) {
			return nil, nil, usageErr("--trace carries the adapter, salt and input: drop --adapter/--no-adapter/--input/--sample/--salt/--adapter-owner")
		}
		return loadTrace(c, path)
	}
	s, err := loadStack(c)
	if err != nil {
		return nil, nil, err
	}
	salt, err := parseKey(c)
	if err != nil {
		return nil, nil, err
	}
	x, _, err := readInput(c, s.Model.Layers[0].In)
	if err != nil {
		return nil, nil, err
	}
	t, err := s.Trace(c.Context, quant.QuantizeInput(x, s.Model.InputExp), salt)
	if err != nil {
		return nil, nil, err
	}
	return s, t, nil
}

// printProved prints prove's summary line.
func printProved(w io.Writer, res *pipeline.InferenceProof, backend, out string) {
	b := res.Bundle
	took := res.Proof.ProveTime.Round(1e6)
	a := b.Attribution
	if a == nil {
		fmt.Fprintf(w, "proved: prediction %d, %d constraints, %s on %s, %d-byte proof → %s\n",
			*b.Prediction, res.Circuit.Constraints(), took, backend, res.ProofSize, out)
		return
	}
	top := 0
	for i, w := range a.Weights {
		if w.PPM > a.Weights[top].PPM {
			top = i
		}
	}
	fmt.Fprintf(w, "proved: prediction %d with attribution to %d contributors (top: #%d %s, %d ppm), %d constraints, %s on %s, %d-byte proof → %s\n",
		*b.Prediction, len(a.Weights), top, orDash(a.Weights[top].ID), a.Weights[top].PPM, res.Circuit.Constraints(),
		took, backend, res.ProofSize, out)
}

func verifyCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "verify",
		Usage:     "verify a proof bundle offline (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "BUNDLE",
		Description: "The verifying key is --vk, or else the key store's key for the bundle's circuit digest (whose manifest " +
			"confirms the circuit). With --model DIR the proof must be for that model, whose name is then printed as verified. " +
			"Only what the proof binds or the verifier recomputed is printed as verified; the bundle's other claims " +
			"(names, backend, contributor ids) are printed apart as unverified labels. The adapter commitment binds its " +
			"owner's address: with --adapter-inner and --adapter-owner the owner is recomputed and printed as verified.",
		Flags:  []cli.Flag{keysFlag, vkFlag, modelFlag, innerFlag, ownerFlag, jsonFlag, attributionFlag},
		Action: e.verifyBundle,
	})
}

// verifyBundle is `verify`: verifier.Verify with the key of --vk or the
// key store's key for the bundle's circuit, and the model of --model.
func (e *env) verifyBundle(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("verify takes one BUNDLE, got %d arguments", c.NArg())
	}
	if formatOf(c.Args().First()) == bundle.GenerationFormat {
		return e.verifyGeneration(c, c.Args().First())
	}
	if c.String(attributionFlag.Name) != "" {
		return usageErr("--attribution with verify names the text artifacts of an attributed generation bundle")
	}
	rep, err := verifyBundleFile(c, c.Args().First())
	if err != nil {
		return err
	}
	owner, err := adapterOwner(c, rep.Statement.AdapterCommitment)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		v := verifiedJSONOf(rep)
		v.Statement.AdapterOwner = owner
		return writeJSON(e.stdout, v)
	}
	if err := printVerified(e.stdout, rep); err != nil {
		return err
	}
	_, err = fmt.Fprintln(e.stdout, ownerText(owner))
	return err
}

// verifyBundleFile reads the bundle at path strictly and verifies it with
// the key source of --vk/--keys and the model of --model (when set).
func verifyBundleFile(c *cli.Context, path string) (*verifier.Report, error) {
	if err := otherProofKind(path); err != nil {
		return nil, err
	}
	b, err := bundle.Read(path)
	if err != nil {
		return nil, err
	}
	var opts []verifier.Option
	if dir := c.String(modelFlag.Name); dir != "" {
		s, err := demo.LoadStack(dir, "", false)
		if err != nil {
			return nil, fmt.Errorf("--model: %w", err)
		}
		opts = append(opts, verifier.WithModel(s.ModelName, commit.ModelDigest(s.Model)))
	}
	return verifyRead(c, b, opts)
}

// verifyRead verifies b with the key source of --vk/--keys; a failed check
// is verifyFailed (exit 1), a missing key says to pass --vk.
func verifyRead(c *cli.Context, b *bundle.Bundle, opts []verifier.Option) (*verifier.Report, error) {
	keys, err := verifyingKeys(c)
	if err != nil {
		return nil, err
	}
	rep, err := verifier.Verify(b, keys, opts...)
	switch {
	case keystore.IsNotFound(err):
		return nil, fmt.Errorf("%w: pass --vk", err)
	case errors.Is(err, errs.ErrBadInput):
		return nil, err
	case err != nil:
		return nil, verifyFailed{err}
	}
	return rep, nil
}

// verifyingKeys is the key of --vk, or the key store of --keys.
func verifyingKeys(c *cli.Context) (keystore.VerifyingKeys, error) {
	if path := c.String(vkFlag.Name); path != "" {
		vk, err := readVK(path)
		if err != nil {
			return nil, err
		}
		return verifier.Key{VK: vk}, nil
	}
	return keystore.Open(keysDir(c))
}

func readVK(path string) (groth16.VerifyingKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--vk: %w", err)}
	}
	defer f.Close()
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(f); err != nil {
		return nil, badInput{fmt.Errorf("--vk %s: not a BN254 Groth16 verifying key: %w", path, err)}
	}
	return vk, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// otherProofKind points a user who hands `verify` a delta or merge proof file
// to the command that checks it (those need the trace or the base checkpoint
// besides the file). Anything else is left to bundle.Read's strict parser.
func otherProofKind(path string) error {
	switch formatOf(path) {
	case bundle.DeltaFormat:
		return usageErr("%s is a delta proof file: check it with `openproof delta verify --trace TRACE_DIR %s`", path, path)
	case bundle.MergeFormat:
		return usageErr("%s is a merge proof file: check it with `openproof merge verify --model BASE MERGE_DIR`", path)
	}
	return nil
}

// formatOf is the "format" of the JSON object in the file at path, or ""
// when it has none or cannot be read (the strict parsers report why).
func formatOf(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var head struct {
		Format string `json:"format"`
	}
	if json.NewDecoder(io.LimitReader(f, 1<<26)).Decode(&head) != nil {
		return ""
	}
	return head.Format
}
