package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/verifier"
)

func auditCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "audit",
		ArgsUsage: "[BUNDLE]",
		Usage:     "recompute an inference's attribution from the public Datanet and artifacts and check a claimed one (exit 1 on a mismatch)",
		Description: "The auditor's tool. From the Datanet, the training output (<dir>/adapter and <dir>/attribution.json, as " +
			"`train --datanet` writes them) and the inference's input, it recomputes every contributor's sketch, the Datanet " +
			"roots and the attribution weights, and compares them with --claim: a weights JSON as provenance writes it " +
			"({datanet_root, weights_ppm, digest, …}), or any JSON object with such an \"attribution\" section (an audit report). " +
			"A proof bundle with an attribution section can be given as BUNDLE: it is read strictly and verified first with the key of " +
			"--vk or --keys (or the default key store when it holds the key; otherwise the bundle's digests are audited as its claims, " +
			"with a warning), so that what is audited is what the proof binds. Its int8 input, checked against its input_digest, is audited " +
			"unless --input/--sample is set; a bundle without its input needs --input or --sample, checked against input_digest the same way. " +
			"With a class table over N adapters (the method's class_adapters), the N−1 extra adapters are retrained from the Datanet " +
			"with the recorded seeds and the artifacts' training record, or read from --class-adapters (their training is then printed " +
			"as unverified); either way their weights must hash to the recorded class_adapters_sha256.",
		Flags: append([]cli.Flag{
			required(datanetFlag), required(artifactsFlag), modelFlag, claimFlag, keysFlag, vkFlag, jsonFlag, classAdaptersFlag,
		}, inputFlags...),
		Action: e.audit,
	})
}

func (e *env) audit(c *cli.Context) error {
	if c.NArg() > 1 {
		return usageErr("audit takes at most one BUNDLE, got %d arguments", c.NArg())
	}
	in, claim, err := auditInput(c)
	if err != nil {
		return err
	}
	var rep *artifacts.AuditReport
	if _, err := e.phase("audit", func() (err error) {
		rep, err = artifacts.Audit(c.Context, in)
		return err
	}); err != nil {
		return err
	}
	if claim != nil {
		claim.Check(rep)
	}
	if c.Bool(jsonFlag.Name) {
		err = rep.WriteJSON(e.stdout)
	} else if err = rep.WriteText(e.stdout); err == nil {
		err = writeDuplicates(e.stdout, in.Datanet.Duplicates())
	}
	if err != nil {
		return err
	}
	if !rep.OK {
		return verifyFailed{errors.New("audit: the recomputed attribution does not match")}
	}
	return nil
}

// auditInput reads what audit recomputes from (Datanet, artifacts, base
// model, input) and the claim to compare with (nil: none).
func auditInput(c *cli.Context) (artifacts.AuditInput, *artifacts.Claim, error) {
	var in artifacts.AuditInput
	d, err := loadDatanet(c.String(datanetFlag.Name), "--datanet")
	if err != nil {
		return in, nil, err
	}
	dir := c.String(artifactsFlag.Name)
	art, err := artifacts.Load(filepath.Join(dir, provenance.ArtifactsFile))
	if err != nil {
		return in, nil, badInput{fmt.Errorf("--artifacts %s: %w", dir, err)}
	}
	adapter, err := peft.Load(filepath.Join(dir, provenance.AdapterDir))
	if err != nil {
		return in, nil, badInput{fmt.Errorf("--artifacts %s: %w", dir, err)}
	}
	base, name, err := loadFloatBase(c.String(modelFlag.Name))
	if err != nil {
		return in, nil, err
	}
	pl, err := artifacts.Plan(base, adapter, art.Params)
	if err != nil {
		return in, nil, badInput{fmt.Errorf("base model %s with adapter %s: %w", name, dir, err)}
	}
	src, err := auditClaim(c)
	if err != nil {
		return in, nil, err
	}
	in = artifacts.AuditInput{Datanet: d, Artifacts: art, Plan: pl}
	if in.Input, err = auditX(c, src, firstIn(base), pl.Model.InputExp); err != nil {
		return in, nil, err
	}
	if err := auditClassAdapters(c, &in, base); err != nil { // last: it may retrain
		return in, nil, err
	}
	if src.claim != nil {
		in.ClaimedRoot, in.ClaimedDigest = src.claim.DatanetRoot, src.claim.Digest
	}
	return in, src.claim, nil
}

// auditClassAdapters gets the extra adapters of a class table over N
// adapters: from --class-adapters (loaded; their training unverified) or
// retrained from the Datanet with the method's seeds and the artifacts'
// training record. Their digest is checked by the audit itself.
func auditClassAdapters(c *cli.Context, in *artifacts.AuditInput, base *model.Model) error {
	m := in.Artifacts.MethodOf()
	if m.Adapters() < 2 {
		if c.IsSet(classAdaptersFlag.Name) {
			return usageErr("--class-adapters: the artifacts' class table is over one adapter")
		}
		return nil
	}
	var err error
	if dir := c.String(classAdaptersFlag.Name); dir != "" {
		in.ClassFrom = fmt.Sprintf("%s/seed-<s>", dir)
		if in.ClassAdapters, err = provenance.LoadClassAdapters(dir, m); err != nil {
			return badInput{fmt.Errorf("--class-adapters %s: %w", dir, err)}
		}
		return nil
	}
	tr := in.Artifacts.Training
	in.ClassRetrained = true
	in.ClassFrom = fmt.Sprintf("recipe of the artifacts' training record: rank %d, alpha %g, %d epochs, batch %d, lr %g", tr.Rank, tr.Alpha, tr.Epochs, tr.BatchSize, tr.LR)
	if in.ClassAdapters, err = provenance.ClassAdapters(c.Context, base, in.Datanet, m, provenance.Recipe(tr)); err != nil {
		return fmt.Errorf("retraining the class-table adapters: %w", err)
	}
	return nil
}

// auditSource is the claim audit compares with (nil: none) and, when it
// came from a proof bundle, the bundle and its input checked against its
// input_digest (nil: the bundle carries none).
type auditSource struct {
	claim *artifacts.Claim
	b     *bundle.Bundle
	input []int8
}

// auditX is the int8 input to audit: a bundle's checked input unless
// --input/--sample is set, which is then checked against the bundle's
// input_digest; a claim file's input; or --input/--sample.
func auditX(c *cli.Context, src auditSource, n, inputExp int) ([]int8, error) {
	flagged := c.IsSet(inputFlag.Name) || c.IsSet(sampleFlag.Name)
	var given []int8 // the claim's or bundle's own input
	switch {
	case src.b != nil && src.input == nil && !flagged:
		return nil, usageErr("BUNDLE %s carries no input: pass --input or --sample (it is checked against the bundle's input_digest)", c.Args().First())
	case src.b != nil:
		given = src.input
	case src.claim != nil:
		given = src.claim.Input
	}
	if given != nil && !flagged {
		if len(given) != n {
			return nil, usageErr("BUNDLE %s: input has %d values, the model takes %d", c.Args().First(), len(given), n)
		}
		return given, nil
	}
	x, _, err := readInput(c, n)
	if err != nil {
		return nil, err
	}
	q := quant.QuantizeInput(x, inputExp)
	if src.b != nil {
		if err := verifier.CheckInput(src.b, q); err != nil {
			return nil, fmt.Errorf("BUNDLE %s: %w", c.Args().First(), err)
		}
	}
	return q, nil
}

// auditClaim reads the claim: BUNDLE or --claim (none: neither). A proof
// bundle is read strictly and verified (auditBundle); any other BUNDLE is
// a claim file.
func auditClaim(c *cli.Context) (auditSource, error) {
	var (
		src auditSource
		err error
	)
	switch {
	case c.NArg() == 1 && c.IsSet(claimFlag.Name):
		return src, usageErr("audit takes BUNDLE or --claim, not both")
	case c.NArg() == 1 && formatOf(c.Args().First()) == bundle.Format:
		return auditBundle(c, c.Args().First())
	case c.NArg() == 1:
		src.claim, err = readClaim(c.Args().First(), "BUNDLE")
	case c.IsSet(claimFlag.Name):
		src.claim, err = readClaim(c.String(claimFlag.Name), "--claim")
	}
	return src, err
}

// auditBundle reads the proof bundle at path strictly and takes the claim
// from it: from its verified statement when a key source has its key
// (verifier.Verify), else, with a warning, from the bundle's own fields.
// Its input is taken only when it hashes to the input_digest.
func auditBundle(c *cli.Context, path string) (auditSource, error) {
	b, err := bundle.Read(path)
	if err != nil {
		return auditSource{}, err
	}
	if b.Attribution == nil {
		return auditSource{}, usageErr("BUNDLE %s is a plain proof: it has no attribution to audit", path)
	}
	rep, err := verifyRead(c, b, nil)
	explicit := c.IsSet(vkFlag.Name) || c.IsSet(keysFlag.Name)
	switch {
	case err == nil:
		s := &rep.Statement
		return auditSource{b: b, input: s.Input,
			claim: &artifacts.Claim{DatanetRoot: s.DatanetRoot, Digest: s.AttributionDigest, Weights: s.Weights, Prediction: s.Prediction}}, nil
	case explicit || !keystore.IsNotFound(err):
		return auditSource{}, fmt.Errorf("BUNDLE %s: %w", path, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "warning: BUNDLE %s is not verified (the key store has no key for its circuit; pass --vk or --keys): its digests and weights are audited as the bundle states them\n", path)
	x, err := verifier.Input(b)
	if err != nil {
		return auditSource{}, fmt.Errorf("BUNDLE %s: %w", path, err)
	}
	a := b.Attribution
	return auditSource{b: b, input: x, claim: &artifacts.Claim{DatanetRoot: a.DatanetRoot, Digest: a.Digest, Weights: a.PPMs(), Prediction: b.Prediction}}, nil
}

// readClaim reads the claim file of flag (exit 2 on any error).
func readClaim(path, flag string) (*artifacts.Claim, error) {
	cl, err := artifacts.ReadClaim(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return cl, nil
}
