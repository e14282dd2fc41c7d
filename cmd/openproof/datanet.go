package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

func datanetCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "datanet",
		Usage: "build and inspect Datanets (contributors' labelled records, committed under one Merkle root)",
		Subcommands: []*cli.Command{
			{
				Name:  "build",
				Usage: "validate a Datanet (JSONL or binary) and write it in the compact binary form (or JSONL)",
				Description: "Reads --in (JSONL: a header line, then one {\"contributor\",\"label\",\"input\"} record per line; " +
					"or the binary form), checks every record and writes --out atomically: JSONL when --out ends in .jsonl, " +
					"the binary form otherwise. A malformed record is an error naming the file, line and field; nothing is written then.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "in", Required: true, Usage: "Datanet to read (.jsonl or binary)"},
					&cli.StringFlag{Name: "out", Required: true, Usage: "file to write (.jsonl: JSONL form; anything else: binary form)"},
				},
				Action: func(c *cli.Context) error {
					if c.NArg() != 0 {
						return usageErr("datanet build takes no arguments (use --in and --out)")
					}
					d, err := loadDatanet(c.String("in"), "--in")
					if err != nil {
						return err
					}
					return e.saveDatanet(d, c.String("out"))
				},
			},
			{
				Name:  "sample",
				Usage: "write the embedded MNIST test digits as a Datanet (contributor c<k> holds the digits with label mod --contributors = k)",
				Description: "A small Datanet for trying datanet, train --datanet and audit without downloads. " +
					"Pixels become bytes round(255·v).",
				Flags: []cli.Flag{
					&cli.IntFlag{Name: "contributors", Value: 4, Usage: "number of contributors (1…10)"},
					&cli.StringFlag{Name: "out", Required: true, Usage: "file to write (.jsonl: JSONL form; anything else: binary form)"},
				},
				Action: func(c *cli.Context) error {
					n := c.Int("contributors")
					if n < 1 || n > 10 {
						return usageErr("--contributors %d: want 1…10", n)
					}
					s, err := demo.MNISTSamples()
					if err != nil {
						return err
					}
					b := datanet.NewBuilder("embedded-mnist", len(s.Images[0]), 10)
					for i, img := range s.Images {
						px := make([]uint8, len(img))
						for j, v := range img {
							px[j] = uint8(math.Round(float64(v) * 255))
						}
						b.Add(fmt.Sprintf("c%d", int(s.Labels[i])%n), s.Labels[i], px)
					}
					d, err := b.Build()
					if err != nil {
						return err
					}
					return e.saveDatanet(d, c.String("out"))
				},
			},
			datanetMNISTCommand(e),
			{
				Name:      "inspect",
				Usage:     "list a Datanet's contributors, record counts, per-contributor commitments and root",
				ArgsUsage: "FILE",
				Flags:     []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON"}},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usageErr("datanet inspect takes one FILE, got %d arguments", c.NArg())
					}
					d, err := loadDatanet(c.Args().First(), "FILE")
					if err != nil {
						return err
					}
					s, err := d.Inspect()
					if err != nil {
						return err
					}
					if c.Bool("json") {
						return writeJSON(e.stdout, s)
					}
					tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintf(tw, "datanet %s (v%d): input_dim %d, %d classes, %d records\n  root\t%s\n\n",
						s.Name, s.Version, s.InputDim, s.Classes, s.Records, s.Root)
					fmt.Fprintf(tw, "#\tcontributor\trecords\tlabels\tcommitment\n")
					for _, cs := range s.Contributors {
						fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\n", cs.Index, cs.ID, cs.Records, labelList(cs.Labels), cs.Commitment)
					}
					return tw.Flush()
				},
			},
		},
	})
}

// saveDatanet writes d atomically: JSONL when out ends in .jsonl, the
// binary form otherwise (datanet.Save would pick JSONL for any name not
// ending in .opdn, and users name binary files freely).
func (e *env) saveDatanet(d *datanet.Datanet, out string) error {
	var b []byte
	if strings.HasSuffix(out, datanet.ExtJSONL) {
		var buf bytes.Buffer
		if err := d.MarshalJSONL(&buf); err != nil {
			return fmt.Errorf("datanet: encode %s: %w", out, err)
		}
		b = buf.Bytes()
	} else {
		var err error
		if b, err = d.MarshalBinary(); err != nil {
			return fmt.Errorf("datanet: encode %s: %w", out, err)
		}
	}
	s, err := d.Inspect()
	if err != nil {
		return err
	}
	if err := renameio.WriteFile(out, b, 0o644); err != nil {
		return writeErr("out", out, err)
	}
	fmt.Fprintf(e.stdout, "datanet %s: %d contributors, %d records, root %s → %s (%d bytes)\n",
		s.Name, len(s.Contributors), s.Records, s.Root, out, len(b))
	return nil
}

// labelList prints the non-zero per-class counts as "class:count".
func labelList(counts []int) string {
	var parts []string
	for k, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d:%d", k, n))
		}
	}
	return strings.Join(parts, " ")
}

// loadDatanet reads a Datanet; flag names what the path came from in errors.
func loadDatanet(path, flag string) (*datanet.Datanet, error) {
	d, err := datanet.Load(path)
	if err != nil {
		if errors.Is(err, datanet.ErrBadInput) {
			return nil, badInput{err}
		}
		return nil, badInput{fmt.Errorf("%s %s: %w", flag, path, err)}
	}
	return d, nil
}

// trainDatanetFlags are `train`'s flags for training on a Datanet.
var trainDatanetFlags = []cli.Flag{
	&cli.StringFlag{Name: "datanet", Usage: "train a LoRA adapter with provenance on this Datanet (instead of --data)"},
	&cli.StringFlag{Name: "base", Usage: "with --datanet: base model directory (default: the embedded MNIST base model)"},
	&cli.Float64Flag{Name: "alpha", Value: provenance.DefaultAlpha, Usage: "with --datanet: lora_alpha"},
	&cli.IntFlag{Name: "epochs", Value: provenance.DefaultEpochs, Usage: "with --datanet: training epochs"},
	&cli.IntFlag{Name: "batch-size", Value: provenance.DefaultBatchSize, Usage: "with --datanet: minibatch size"},
	&cli.Float64Flag{Name: "lr", Value: provenance.DefaultLR, Usage: "with --datanet: Adam learning rate"},
	&cli.IntFlag{Name: "sketch-k", Value: influence.DefaultParams().K, Usage: "with --datanet: projected rows per side of the gradient sketches"},
	&cli.Uint64Flag{Name: "sketch-seed", Value: influence.DefaultParams().Seed, Usage: "with --datanet: seed of the sketch projections"},
}

// datanetOnly refuses the --datanet training flags without --datanet.
func datanetOnly(c *cli.Context) error {
	for _, f := range trainDatanetFlags {
		if n := f.Names()[0]; c.IsSet(n) {
			return usageErr("--%s applies only with --datanet", n)
		}
	}
	return nil
}

// trainDatanet is `train --datanet`: it fine-tunes a LoRA adapter on the
// Datanet with provenance and writes <out>/adapter and <out>/attribution.json.
func (e *env) trainDatanet(c *cli.Context) error {
	if c.IsSet("data") {
		return usageErr("--data and --datanet exclude each other")
	}
	for _, f := range []string{"epochs", "batch-size", "rank", "sketch-k"} {
		if c.Int(f) < 1 {
			return usageErr("--%s %d: want a positive number", f, c.Int(f))
		}
	}
	if a := c.Float64("alpha"); !(a > 0) || math.IsInf(a, 0) {
		return usageErr("--alpha %v: want a positive number", a)
	}
	if lr := c.Float64("lr"); !(lr > 0) || math.IsInf(lr, 0) {
		return usageErr("--lr %v: want a positive number", lr)
	}
	d, err := loadDatanet(c.String("datanet"), "--datanet")
	if err != nil {
		return err
	}
	base, name, err := loadFloatBase(c.String("base"))
	if err != nil {
		return err
	}
	if len(base.Config.Layers) == 0 || base.Config.Layers[0].In != d.InputDim {
		return usageErr("--datanet %s has input_dim %d, base model %s takes %d inputs", c.String("datanet"), d.InputDim, name, firstIn(base))
	}
	opts := provenance.TrainOptions{Seed: c.Uint64("seed"), Rank: c.Int("rank"), Alpha: c.Float64("alpha"),
		Epochs: c.Int("epochs"), BatchSize: c.Int("batch-size"), LR: c.Float64("lr")}
	p := influence.DefaultParams()
	p.K, p.Seed = c.Int("sketch-k"), c.Uint64("sketch-seed")
	var res *provenance.Result
	if _, err := e.phase("train", func() error {
		var err error
		res, err = provenance.Train(c.Context, base, d, opts, p)
		return err
	}); err != nil {
		return err
	}
	out := c.String("out")
	if err := res.Save(out); err != nil {
		return writeErr("out", out, err)
	}
	a := res.Artifacts
	t := a.Training
	fmt.Fprintf(e.stdout, "trained LoRA r=%d alpha=%g on %s (%d contributors, %d records), %d epochs, seed %d\n",
		t.Rank, t.Alpha, d.Name, len(d.Contributors), d.Records(), t.Epochs, t.Seed)
	if n := len(t.Losses); n > 0 {
		fmt.Fprintf(e.stdout, "  training loss %.4f → %.4f\n", t.Losses[0], t.Losses[n-1])
	}
	fmt.Fprintf(e.stdout, "  datanet root (data + sketches) %s\n  data root %s\n  adapter %s\n  artifacts %s\n",
		a.Datanet.Root, a.Datanet.DataRoot, filepath.Join(out, provenance.AdapterDir), filepath.Join(out, provenance.ArtifactsFile))
	return nil
}

func firstIn(m *model.Model) int {
	if len(m.Config.Layers) == 0 {
		return 0
	}
	return m.Config.Layers[0].In
}

// loadFloatBase loads a base model directory, or the embedded MNIST model.
func loadFloatBase(dir string) (*model.Model, string, error) {
	if dir == "" {
		m, err := demo.MNISTBase()
		return m, demo.EmbeddedModelName, err
	}
	m, err := model.Load(dir)
	if err != nil {
		return nil, "", badInput{fmt.Errorf("base model %s: %w", dir, err)}
	}
	return m, dir, nil
}

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
			&cli.StringFlag{Name: "datanet", Required: true, Usage: "the Datanet (JSONL or binary)"},
			&cli.StringFlag{Name: "artifacts", Required: true, Usage: "directory written by `train --datanet` (adapter/ and attribution.json)"},
			&cli.StringFlag{Name: "base", Usage: "base model directory (default: the embedded MNIST base model)"},
			&cli.StringFlag{Name: "claim", Usage: "claimed attribution (weights JSON, or a JSON file with an \"attribution\" section); without it the recomputed attribution is only printed"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		}, inputFlags...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usageErr("audit takes at most one BUNDLE, got %d arguments", c.NArg())
			}
			d, err := loadDatanet(c.String("datanet"), "--datanet")
			if err != nil {
				return err
			}
			dir := c.String("artifacts")
			art, err := artifacts.Load(filepath.Join(dir, provenance.ArtifactsFile))
			if err != nil {
				return badInput{fmt.Errorf("--artifacts %s: %w", dir, err)}
			}
			adapter, err := peft.Load(filepath.Join(dir, provenance.AdapterDir))
			if err != nil {
				return badInput{fmt.Errorf("--artifacts %s: %w", dir, err)}
			}
			base, name, err := loadFloatBase(c.String("base"))
			if err != nil {
				return err
			}
			pl, err := artifacts.Plan(base, adapter, art.Params)
			if err != nil {
				return badInput{fmt.Errorf("base model %s with adapter %s: %w", name, dir, err)}
			}
			var claim *claimedAttribution
			switch {
			case c.NArg() == 1 && c.IsSet("claim"):
				return usageErr("audit takes BUNDLE or --claim, not both")
			case c.NArg() == 1:
				claim, err = readClaim(c.Args().First(), "BUNDLE")
			case c.IsSet("claim"):
				claim, err = readClaim(c.String("claim"), "--claim")
			}
			if err != nil {
				return err
			}
			in := artifacts.AuditInput{Datanet: d, Artifacts: art, Plan: pl}
			if claim != nil && claim.input != nil && !c.IsSet("input") && !c.IsSet("sample") {
				if len(claim.input) != firstIn(base) {
					return usageErr("BUNDLE %s: input has %d values, the model takes %d", c.Args().First(), len(claim.input), firstIn(base))
				}
				in.Input = claim.input
			} else {
				x, _, err := readInput(c, firstIn(base))
				if err != nil {
					return err
				}
				in.Input = quant.QuantizeInput(x, pl.Model.InputExp)
			}
			if claim != nil {
				in.ClaimedRoot, in.ClaimedDigest = claim.DatanetRoot, claim.Digest
			}
			var rep *artifacts.AuditReport
			if _, err := e.phase("audit", func() error {
				var err error
				rep, err = artifacts.Audit(c.Context, in)
				return err
			}); err != nil {
				return err
			}
			if claim != nil {
				claim.check(rep)
			}
			if c.Bool("json") {
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
		},
	})
}

// claimedAttribution is the part of a artifacts.Attribution an audit
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

// check adds the comparisons artifacts.Audit does not make: the claimed
// weights themselves, their digest, and the prediction.
func (cl *claimedAttribution) check(r *artifacts.AuditReport) {
	add := func(name string, err error) {
		ch := artifacts.Check{Name: name, OK: err == nil}
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
