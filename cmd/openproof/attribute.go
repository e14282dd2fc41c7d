package main

import (
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/prover/bundle"
)

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

// feeFlags are attribute's billing inputs (attribution/split): the chain
// commands' token counts, rates (wei per 1,000 tokens) and platform fee
// (wei), and the shares in basis points. Unset amounts are zero.
var feeFlags = []cli.Flag{
	tokensInFlag, tokensOutFlag, rateInFlag, rateOutFlag, platformFeeFlag,
	ownerBpsFlag, stakerBpsFlag, contributorBpsFlag,
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
			modelFlag, adapterFlag, required(attributionFlag), traceFlag, jsonFlag,
		}, inputFlags...), feeFlags...),
		Action: e.attribute,
	})
}

// attribute is `attribute`: artifacts.Attribute on one inference, and the
// fee split when a fee flag is set.
func (e *env) attribute(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErr("attribute takes no arguments, got %q", c.Args().Slice())
	}
	s, x, err := attributeInput(c)
	if err != nil {
		return err
	}
	path := c.String(attributionFlag.Name)
	at, err := loadAttribution(path, s)
	if err != nil {
		return err
	}
	att, err := artifacts.Attribute(c.Context, at.Plan, at.Artifacts, x)
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
	return writeAttribution(e, c.Bool(jsonFlag.Name), at.Artifacts, att, sp)
}

// attributeInput is the stack and int8 input attribute scores: those of
// --trace, or --input/--sample on --model/--adapter.
func attributeInput(c *cli.Context) (*runtime.Stack, []int8, error) {
	if path := c.String(traceFlag.Name); path != "" {
		if c.String(adapterFlag.Name) != "" || c.IsSet(inputFlag.Name) || c.IsSet(sampleFlag.Name) {
			return nil, nil, usageErr("--trace carries the adapter and input: drop --adapter/--input/--sample")
		}
		s, t, err := loadTrace(c, path)
		if err != nil {
			return nil, nil, err
		}
		if t.Adapter == nil {
			return nil, nil, usageErr("trace %s has no adapter: attribution scores the adapter's parameters", path)
		}
		return s, t.Input, nil
	}
	s, err := loadStack(c)
	if err != nil {
		return nil, nil, err
	}
	f, _, err := readInput(c, s.Model.Layers[0].In)
	if err != nil {
		return nil, nil, err
	}
	return s, quant.QuantizeInput(f, s.Model.InputExp), nil
}

func anySet(c *cli.Context, flags []cli.Flag) bool {
	for _, f := range flags {
		if c.IsSet(f.Names()[0]) {
			return true
		}
	}
	return false
}

// feeRequest is the fee split request of the fee flags.
func feeRequest(c *cli.Context) (*split.Request, error) {
	r := &split.Request{
		TokensIn:  new(big.Int).SetUint64(uint64(c.Uint(tokensInFlag.Name))),
		TokensOut: new(big.Int).SetUint64(uint64(c.Uint(tokensOutFlag.Name))),
	}
	for _, f := range []struct {
		name string
		dst  **big.Int
	}{{rateInFlag.Name, &r.RateIn}, {rateOutFlag.Name, &r.RateOut}, {platformFeeFlag.Name, &r.PlatformFee}} {
		if !c.IsSet(f.name) { // the chain commands' rates have no default
			*f.dst = new(big.Int)
			continue
		}
		v, err := wei(c, f.name)
		if err != nil {
			return nil, err
		}
		*f.dst = v
	}
	for _, f := range []struct {
		name string
		dst  *uint32
	}{{ownerBpsFlag.Name, &r.OwnerBps}, {stakerBpsFlag.Name, &r.StakerBps}, {contributorBpsFlag.Name, &r.ContributorBps}} {
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
