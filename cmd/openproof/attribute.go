package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
)

// attributionFlag selects the attributed circuit (setup, prove).
var attributionFlag = &cli.StringFlag{
	Name: "attribution",
	Usage: "attribution artifacts (attribution.json written beside the adapter by training on a Datanet): " +
		"use the attributed circuit, which also proves the contributors' weights (public inputs datanet_root, attribution_digest)",
}

// loadArtifacts reads --attribution and checks it against model m and
// adapter a; every error names the file and exits 2.
func loadArtifacts(path string, m *quant.Model, a *quant.Adapter) (*artifacts.Artifacts, *influence.Plan, error) {
	art, err := artifacts.Load(path)
	if err != nil {
		return nil, nil, badInput{fmt.Errorf("--attribution %s: %w", path, err)}
	}
	if a == nil {
		return nil, nil, usageErr("--attribution %s: attribution scores the adapter's parameters: it needs an adapter (drop --no-adapter)", path)
	}
	pl, err := lora.AttributionPlan(m, a, art)
	if err != nil {
		return nil, nil, badInput{fmt.Errorf("--attribution %s does not fit model %s with this adapter: %w", path, m.Name, err)}
	}
	return art, pl, nil
}

// compileAttributed compiles the attributed circuit for stack s and plan pl.
func (e *env) compileAttributed(ctx context.Context, s *stack, pl *influence.Plan, art *artifacts.Artifacts) (*compiled, error) {
	n := len(art.Contribs)
	circuit, err := lora.NewAttributed(s.q, s.shape(), pl, art.Datanet.Classes, n)
	if err != nil {
		return nil, badInput{fmt.Errorf("attributed circuit for %s: %w", s.modelName, err)}
	}
	return e.compileCircuit(ctx, circuit, lora.AttributedName(s.q, s.shape(), pl.P, n))
}

// proveAttributed proves trace t with the attributed circuit cc and the
// contributors of art, and assembles the bundle with its attribution.
func (e *env) proveAttributed(ctx context.Context, b prover.Backend, s *stack, cc *compiled, pk groth16.ProvingKey, vk groth16.VerifyingKey,
	t *trace.Trace, art *artifacts.Artifacts, artPath string) (*proved, error) {
	assignment, att, err := lora.AssignAttributedFromTrace(s.q, t, art)
	if err != nil {
		return nil, badInput{fmt.Errorf("witness from trace and --attribution %s: %w", artPath, err)}
	}
	section := &bundle.Attribution{DatanetRoot: bundle.FormatElement(att.Root), Digest: bundle.FormatElement(att.Digest)}
	for c, w := range att.Weights {
		section.Weights = append(section.Weights, bundle.Weight{Contributor: c, ID: art.Contribs[c].ID, PPM: w})
	}
	return e.proveAssignment(ctx, b, s, cc, pk, vk, t, assignment, section)
}

// writeWeights prints an attribution's root, digest and non-zero weights
// (in contributor order) for verify and inspect.
func writeWeights(w io.Writer, a *bundle.Attribution) {
	fmt.Fprintf(w, "  datanet_root\t%s\n  attribution_digest\t%s\n", a.DatanetRoot, a.Digest)
	nonzero := 0
	for _, x := range a.Weights {
		if x.PPM == 0 {
			continue
		}
		nonzero++
		fmt.Fprintf(w, "  contributor %d\t%-16s %7d ppm  %8.4f%%\n", x.Contributor, orDash(x.ID), x.PPM, float64(x.PPM)/1e4)
	}
	if nonzero == 0 {
		fmt.Fprintf(w, "  weights\tall zero (no contributor scored positive)\n")
	}
	fmt.Fprintf(w, "  contributors\t%d (%d with weight)\n", len(a.Weights), nonzero)
}

// feeFlags are attribute's billing inputs (attribution/split); amounts are
// decimal integers in wei, rates in wei per 1,000 tokens.
var feeFlags = []cli.Flag{
	&cli.StringFlag{Name: "tokens-in", Value: "0", Usage: "input tokens billed"},
	&cli.StringFlag{Name: "tokens-out", Value: "0", Usage: "output tokens billed"},
	&cli.StringFlag{Name: "rate-in", Value: "0", Usage: "wei per 1,000 input tokens"},
	&cli.StringFlag{Name: "rate-out", Value: "0", Usage: "wei per 1,000 output tokens"},
	&cli.StringFlag{Name: "platform-fee", Value: "0", Usage: "platform fee in wei"},
	&cli.UintFlag{Name: "owner-bps", Value: 5000, Usage: "model owner's share of the net fee, basis points"},
	&cli.UintFlag{Name: "staker-bps", Value: 2000, Usage: "stakers' share, basis points"},
	&cli.UintFlag{Name: "contributor-bps", Value: 3000, Usage: "contributors' share, basis points (owner + stakers + contributors = 10000)"},
}

func attributeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "attribute",
		Usage: "compute an inference's attribution weights (and the fee split) without proving",
		Description: "Runs one inference (or reads it with --trace) and attributes it to the contributors of --attribution " +
			"with the fixed-point method the attributed circuit proves: scores ⟨S_c, T⟩, weights in ppm summing to 1,000,000. " +
			"Any fee flag also splits the fee among platform, owner, stakers and contributors (attribution/split). " +
			"`openproof prove --attribution` proves the same weights.",
		Flags: append(append([]cli.Flag{
			modelFlag, adapterFlag,
			&cli.StringFlag{Name: "attribution", Required: true, Usage: attributionFlag.Usage},
			&cli.StringFlag{Name: "trace", Usage: "trace file from `openproof infer --trace` (carries the adapter and input)"},
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
		}, inputFlags...), feeFlags...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErr("attribute takes no arguments, got %q", c.Args().Slice())
			}
			var (
				s   *stack
				x   []int8
				err error
			)
			if path := c.String("trace"); path != "" {
				if c.String("adapter") != "" || c.IsSet("input") || c.IsSet("sample") {
					return usageErr("--trace carries the adapter and input: drop --adapter/--input/--sample")
				}
				t, err := trace.Read(path)
				if err != nil {
					return err
				}
				if s, err = loadBase(c); err != nil {
					return err
				}
				if err := t.Check(c.Context, s.q); err != nil {
					return badInput{fmt.Errorf("trace %s: %w", path, err)}
				}
				if t.Adapter == nil {
					return usageErr("trace %s has no adapter: attribution scores the adapter's parameters", path)
				}
				if s.qa, _, err = t.QuantAdapter(); err != nil {
					return badInput{fmt.Errorf("trace %s: %w", path, err)}
				}
				x = t.Input
			} else {
				if s, err = loadStack(c); err != nil {
					return err
				}
				f, _, err := readInput(c, s.q.Layers[0].In)
				if err != nil {
					return err
				}
				x = quant.QuantizeInput(f, s.q.InputExp)
			}
			path := c.String("attribution")
			art, pl, err := loadArtifacts(path, s.q, s.qa)
			if err != nil {
				return err
			}
			att, err := artifacts.Attribute(c.Context, pl, art, x)
			if err != nil {
				return badInput{fmt.Errorf("attribution with --attribution %s: %w", path, err)}
			}
			var sp *split.Split
			if anySet(c, feeFlags) {
				req, err := feeRequest(c)
				if err != nil {
					return err
				}
				if sp, err = att.Payouts(*req); err != nil {
					return badInput{fmt.Errorf("fee split: %w", err)}
				}
			}
			return writeAttribution(e, c.Bool("json"), art, att, sp)
		},
	})
}

func anySet(c *cli.Context, flags []cli.Flag) bool {
	for _, f := range flags {
		if c.IsSet(f.Names()[0]) {
			return true
		}
	}
	return false
}

func feeRequest(c *cli.Context) (*split.Request, error) {
	r := &split.Request{}
	for _, f := range []struct {
		name string
		dst  **big.Int
	}{{"tokens-in", &r.TokensIn}, {"tokens-out", &r.TokensOut}, {"rate-in", &r.RateIn}, {"rate-out", &r.RateOut}, {"platform-fee", &r.PlatformFee}} {
		v, err := wei(c, f.name)
		if err != nil {
			return nil, err
		}
		*f.dst = v
	}
	for _, f := range []struct {
		name string
		dst  *uint32
	}{{"owner-bps", &r.OwnerBps}, {"staker-bps", &r.StakerBps}, {"contributor-bps", &r.ContributorBps}} {
		v := c.Uint(f.name)
		if v > split.BasisPoints {
			return nil, usageErr("--%s %d: at most %d basis points", f.name, v, split.BasisPoints)
		}
		*f.dst = uint32(v)
	}
	return r, nil
}

func writeAttribution(e *env, asJSON bool, art *artifacts.Artifacts, att *artifacts.Attribution, sp *split.Split) error {
	type row struct {
		Contributor int      `json:"contributor"`
		ID          string   `json:"id"`
		Score       *big.Int `json:"score"`
		PPM         uint32   `json:"ppm"`
		Payout      *big.Int `json:"payout_wei,omitempty"`
	}
	rows := make([]row, len(att.Weights))
	for i, w := range att.Weights {
		rows[i] = row{Contributor: i, ID: art.Contribs[i].ID, Score: att.Scores[i], PPM: w}
		if sp != nil {
			rows[i].Payout = sp.Contributors[i]
		}
	}
	if asJSON {
		out := map[string]any{"prediction": att.Prediction, "datanet_root": att.DatanetRoot, "digest": att.Digest,
			"remainder_to": att.RemainderTo, "contributors": rows}
		if sp != nil {
			out["split"] = sp
		}
		return writeJSON(e.stdout, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "attribution of prediction %d to %d contributors (Datanet %s)\n", att.Prediction, len(rows), art.Datanet.Name)
	fmt.Fprintf(tw, "  datanet_root\t%s\n  attribution_digest\t%s\n\n#\tcontributor\tscore\tppm\tshare", att.DatanetRoot, att.Digest)
	if sp != nil {
		fmt.Fprintf(tw, "\tpayout (wei)")
	}
	fmt.Fprintln(tw)
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%.4f%%", r.Contributor, r.ID, r.Score, r.PPM, float64(r.PPM)/1e4)
		if sp != nil {
			fmt.Fprintf(tw, "\t%s", r.Payout)
		}
		fmt.Fprintln(tw)
	}
	if sp != nil {
		fmt.Fprintf(tw, "\nfee %s wei: platform %s, owner %s, stakers %s, contributors' pool %s", sp.Fee, sp.Platform, sp.Owner, sp.Stakers, sp.Pool)
		if sp.PoolToOwner {
			fmt.Fprintf(tw, " (no contributor scored positive: the pool went to the owner)")
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
