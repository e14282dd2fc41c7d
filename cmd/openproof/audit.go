package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/commit"
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
	var rep *provenance.AuditReport
	if _, err := e.phase("audit", func() (err error) {
		rep, err = provenance.Audit(c.Context, in)
		return err
	}); err != nil {
		return err
	}
	if claim != nil {
		claim.check(rep)
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
func auditInput(c *cli.Context) (provenance.AuditInput, *claimedAttribution, error) {
	var in provenance.AuditInput
	d, err := loadDatanet(c.String(datanetFlag.Name), "--datanet")
	if err != nil {
		return in, nil, err
	}
	dir := c.String(artifactsFlag.Name)
	art, err := provenance.LoadArtifacts(filepath.Join(dir, provenance.ArtifactsFile))
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
	pl, err := provenance.Plan(base, adapter, art.Params)
	if err != nil {
		return in, nil, badInput{fmt.Errorf("base model %s with adapter %s: %w", name, dir, err)}
	}
	claim, err := auditClaim(c)
	if err != nil {
		return in, nil, err
	}
	in = provenance.AuditInput{Datanet: d, Artifacts: art, Plan: pl}
	if claim != nil && claim.input != nil && !c.IsSet(inputFlag.Name) && !c.IsSet(sampleFlag.Name) {
		if len(claim.input) != firstIn(base) {
			return in, nil, usageErr("BUNDLE %s: input has %d values, the model takes %d", c.Args().First(), len(claim.input), firstIn(base))
		}
		in.Input = claim.input
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
func auditClaim(c *cli.Context) (*claimedAttribution, error) {
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

// claimedAttribution is the part of a provenance.Attribution an audit
// compares; every field is optional.
type claimedAttribution struct {
	DatanetRoot string   `json:"datanet_root"`
	Digest      string   `json:"digest"`
	Weights     []uint32 `json:"weights_ppm"`
	Prediction  *int     `json:"prediction"`
	// List is a proof bundle's form of the weights.
	List []struct {
		Contributor int    `json:"contributor"`
		PPM         uint32 `json:"ppm"`
	} `json:"weights"`
	// input is the int8 input of a proof bundle, if it carries one.
	input []int8
}

// readClaim reads a weights JSON as provenance writes it, or the
// "attribution" section of a larger JSON object: a proof bundle (whose int8
// "input" it also returns) or an audit report.
func readClaim(path, flag string) (*claimedAttribution, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("%s: %w", flag, err)}
	}
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(b, &outer); err != nil {
		return nil, usageErr("%s %s: not a JSON object: %v", flag, path, err)
	}
	var cl claimedAttribution
	if sec, ok := outer["attribution"]; ok {
		b = sec
		if in, ok := outer["input"]; ok {
			var v []int64
			if err := json.Unmarshal(in, &v); err != nil {
				return nil, usageErr("%s %s: input: %v", flag, path, err)
			}
			for i, x := range v {
				if x < -128 || x > 127 {
					return nil, usageErr("%s %s: input[%d] = %d is not an int8", flag, path, i, x)
				}
				cl.input = append(cl.input, int8(x))
			}
		}
	}
	if err := json.Unmarshal(b, &cl); err != nil {
		return nil, usageErr("%s %s: attribution: %v", flag, path, err)
	}
	if cl.Weights == nil && cl.List != nil {
		for i, w := range cl.List {
			if w.Contributor != i {
				return nil, usageErr("%s %s: weights[%d].contributor = %d, want %d", flag, path, i, w.Contributor, i)
			}
			cl.Weights = append(cl.Weights, w.PPM)
		}
	}
	if cl.DatanetRoot == "" && cl.Digest == "" && cl.Weights == nil {
		return nil, usageErr("%s %s: no datanet_root, digest or weights to check", flag, path)
	}
	return &cl, nil
}

// check adds the comparisons provenance.Audit does not make: the claimed
// weights themselves, their digest, and the prediction.
func (cl *claimedAttribution) check(r *provenance.AuditReport) {
	add := func(name string, err error) {
		ch := provenance.Check{Name: name, OK: err == nil}
		if err != nil {
			ch.Detail = err.Error()
			r.OK = false
		}
		r.Checks = append(r.Checks, ch)
	}
	a := r.Attribution
	if cl.Weights != nil && a != nil {
		var err error
		if len(cl.Weights) != len(a.Weights) {
			err = fmt.Errorf("claim has %d weights, the Datanet %d contributors", len(cl.Weights), len(a.Weights))
		} else {
			for i := range a.Weights {
				if cl.Weights[i] != a.Weights[i] {
					id := fmt.Sprint(i)
					if i < len(r.IDs) {
						id = r.IDs[i]
					}
					err = fmt.Errorf("contributor %s: claimed %d ppm, recomputed %d ppm", id, cl.Weights[i], a.Weights[i])
					break
				}
			}
		}
		add("claimed weights match the recomputed weights", err)
		if cl.Digest != "" {
			var derr error
			if got := commit.Hex(influence.Digest(cl.Weights)); !strings.EqualFold(got, cl.Digest) {
				derr = fmt.Errorf("claimed weights hash to %s, claim states %s", got, cl.Digest)
			}
			add("claimed digest is the digest of the claimed weights", derr)
		}
	}
	if cl.Prediction != nil && a != nil {
		var err error
		if *cl.Prediction != a.Prediction {
			err = fmt.Errorf("claimed prediction %d, recomputed %d", *cl.Prediction, a.Prediction)
		}
		add("claimed prediction matches", err)
	}
}
