package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
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
			"A proof bundle with an attribution section can be given as BUNDLE: its int8 input is then audited unless --input/--sample is set.",
		Flags: append([]cli.Flag{
			required(datanetFlag), required(artifactsFlag), modelFlag, claimFlag, jsonFlag,
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
	} else {
		err = rep.WriteText(e.stdout)
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
	claim, err := auditClaim(c)
	if err != nil {
		return in, nil, err
	}
	in = artifacts.AuditInput{Datanet: d, Artifacts: art, Plan: pl}
	if claim != nil && claim.Input != nil && !c.IsSet(inputFlag.Name) && !c.IsSet(sampleFlag.Name) {
		if len(claim.Input) != firstIn(base) {
			return in, nil, usageErr("BUNDLE %s: input has %d values, the model takes %d", c.Args().First(), len(claim.Input), firstIn(base))
		}
		in.Input = claim.Input
	} else {
		x, _, err := readInput(c, firstIn(base))
		if err != nil {
			return in, nil, err
		}
		in.Input = quant.QuantizeInput(x, pl.Model.InputExp)
	}
	if claim != nil {
		in.ClaimedRoot, in.ClaimedDigest = claim.DatanetRoot, claim.Digest
	}
	return in, claim, nil
}

// auditClaim reads the claim: BUNDLE or --claim (nil: neither).
func auditClaim(c *cli.Context) (*artifacts.Claim, error) {
	switch {
	case c.NArg() == 1 && c.IsSet(claimFlag.Name):
		return nil, usageErr("audit takes BUNDLE or --claim, not both")
	case c.NArg() == 1:
		return readClaim(c.Args().First(), "BUNDLE")
	case c.IsSet(claimFlag.Name):
		return readClaim(c.String(claimFlag.Name), "--claim")
	}
	return nil, nil
}

// readClaim reads the claim file of flag (exit 2 on any error).
func readClaim(path, flag string) (*artifacts.Claim, error) {
	cl, err := artifacts.ReadClaim(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return cl, nil
}
