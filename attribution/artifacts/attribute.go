package artifacts

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// Attribution is the attribution of one inference.
type Attribution struct {
	DatanetRoot string     `json:"datanet_root"`
	Prediction  int        `json:"prediction"`
	Scores      []*big.Int `json:"scores"`       // ⟨S_c, T⟩, units 2^−(G+U)
	Weights     []uint32   `json:"weights_ppm"`  // sum 10^6, or all 0
	RemainderTo int        `json:"remainder_to"` // −1: none, or spread (influence.RuleLargestRemainder)
	Digest      string     `json:"digest"`       // influence.Digest(Weights)
}

// AttributeTrace attributes the inference whose quantized trace is trs.
func AttributeTrace(pl *influence.Plan, art *Artifacts, trs []*quant.LayerTrace) (*Attribution, error) {
	if pl.P != art.Params {
		return nil, fmt.Errorf("%w: artifacts use params %+v, plan %+v", ErrBadInput, art.Params, pl.P)
	}
	g, err := pl.TestGradient(trs)
	if err != nil {
		return nil, err
	}
	sc, err := influence.Scores(g.Sketch, art.Sketches())
	if err != nil {
		return nil, err
	}
	w, top, err := influence.WeightsBy(art.Params.WeightRule, sc)
	if err != nil {
		return nil, err
	}
	return &Attribution{
		DatanetRoot: art.Datanet.Root, Prediction: g.Label, Scores: sc, Weights: w, RemainderTo: top,
		Digest: commit.Hex(influence.Digest(w)),
	}, nil
}

// Attribute runs the quantized model on the int8 input x and attributes it.
func Attribute(ctx context.Context, pl *influence.Plan, art *Artifacts, x []int8) (*Attribution, error) {
	trs, err := pl.Model.Forward(ctx, x, pl.Adapter)
	if err != nil {
		return nil, err
	}
	return AttributeTrace(pl, art, trs)
}

// Payouts splits a fee by the attribution's weights (attribution/split).
func (a *Attribution) Payouts(req split.Request) (*split.Split, error) {
	req.Weights = a.Weights
	return split.Compute(&req)
}

// Check is one line of an audit.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// AuditReport is the result of Audit.
type AuditReport struct {
	OK          bool         `json:"ok"`
	Checks      []Check      `json:"checks"`
	Attribution *Attribution `json:"attribution,omitempty"`
	IDs         []string     `json:"contributors"`
	// Method is the method under which the vectors were recomputed.
	Method influence.Method `json:"method"`
	// ClassTable says, for a class table over N ≥ 2 adapters, where the
	// N − 1 extra adapters came from and what was recomputed.
	ClassTable string `json:"class_table,omitempty"`
	// Unverified lists what the audit took as given (neither proven nor
	// recomputed).
	Unverified []string `json:"unverified,omitempty"`
}

// AuditInput is what an auditor holds: the public Datanet, the published
// artifacts, the model and adapter (as a plan), the inference's input and
// the digests the proof claims (hex; empty to skip that comparison).
type AuditInput struct {
	Datanet       *datanet.Datanet
	Artifacts     *Artifacts
	Plan          *influence.Plan
	Input         []int8
	ClaimedRoot   string
	ClaimedDigest string
	// ClassAdapters are, for a class table over N ≥ 2 adapters
	// (influence.Method.ClassAdapters), the N − 1 extra adapters in seed
	// order; ClassRetrained says the caller retrained them from the Datanet
	// with the method's seeds and the artifacts' training record (else
	// they were loaded from files); ClassFrom says how, for the report.
	ClassAdapters  []*peft.Adapter
	ClassRetrained bool
	ClassFrom      string
}

// Audit recomputes the sketches from the Datanet, the roots, and the
// attribution of the input, and compares them with the artifacts and the
// proof's claims. A failed check is reported, not returned as an error;
// errors mean the audit could not run.
func Audit(ctx context.Context, in AuditInput) (*AuditReport, error) {
	r := &AuditReport{OK: true, Method: in.Artifacts.MethodOf()}
	add := func(name string, err error) {
		c := Check{Name: name, OK: err == nil}
		if err != nil {
			c.Detail = err.Error()
			r.OK = false
		}
		r.Checks = append(r.Checks, c)
	}
	for _, c := range in.Datanet.Contributors {
		r.IDs = append(r.IDs, c.ID)
	}
	if m := r.Method; m.Adapters() > 1 {
		seeds := fmt.Sprintf("seeds %d…%d", m.ClassSeedFrom, m.ClassSeedFrom+uint64(m.Adapters()-2))
		if in.ClassRetrained {
			r.ClassTable = fmt.Sprintf("class table over %d adapters: the artifacts' adapter and %d retrained from the Datanet by %s with %s (%s); their weights' sha256 checked against the method's, the table recomputed", m.Adapters(), m.Adapters()-1, m.ClassTrainer, seeds, in.ClassFrom)
		} else {
			r.ClassTable = fmt.Sprintf("class table over %d adapters: the artifacts' adapter and %d loaded from files (%s); their weights' sha256 checked against the method's, the table recomputed", m.Adapters(), m.Adapters()-1, in.ClassFrom)
			r.Unverified = append(r.Unverified, fmt.Sprintf("the %d class-table adapters' training from the Datanet (%s, %s): loaded, not retrained", m.Adapters()-1, m.ClassTrainer, seeds))
		}
	}
	add("artifacts match the Datanet and adapter", in.Artifacts.VerifyWith(ctx, in.Plan, in.Datanet, in.ClassAdapters))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if in.ClaimedRoot != "" {
		var err error
		if !strings.EqualFold(in.ClaimedRoot, in.Artifacts.Datanet.Root) {
			err = fmt.Errorf("proof claims Datanet root %s, artifacts have %s", in.ClaimedRoot, in.Artifacts.Datanet.Root)
		}
		add("Datanet root matches the proof", err)
	}
	att, err := Attribute(ctx, in.Plan, in.Artifacts, in.Input)
	if err != nil {
		return nil, err
	}
	r.Attribution = att
	if in.ClaimedDigest != "" {
		var err error
		if !strings.EqualFold(in.ClaimedDigest, att.Digest) {
			err = fmt.Errorf("proof claims attribution digest %s, recomputed %s", in.ClaimedDigest, att.Digest)
		}
		add("attribution digest matches the proof", err)
	}
	return r, nil
}

// WriteText prints the report for humans.
func (r *AuditReport) WriteText(w io.Writer) error {
	var b strings.Builder
	b.WriteString(r.Method.String() + "\n")
	if r.ClassTable != "" {
		b.WriteString(r.ClassTable + "\n")
	}
	for _, c := range r.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(&b, "%s %s", mark, c.Name)
		if c.Detail != "" {
			fmt.Fprintf(&b, ": %s", c.Detail)
		}
		b.WriteByte('\n')
	}
	if a := r.Attribution; a != nil {
		fmt.Fprintf(&b, "prediction %d, attribution digest %s\n", a.Prediction, a.Digest)
		for c, wt := range a.Weights {
			if wt == 0 {
				continue
			}
			id := fmt.Sprint(c)
			if c < len(r.IDs) {
				id = r.IDs[c]
			}
			fmt.Fprintf(&b, "  %-24s %8.4f%%\n", id, float64(wt)/1e4)
		}
	}
	for _, u := range r.Unverified {
		fmt.Fprintf(&b, "unverified: %s\n", u)
	}
	if r.OK {
		b.WriteString("audit passed\n")
	} else {
		b.WriteString("audit FAILED\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON prints the report as JSON.
func (r *AuditReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
