package lora

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/attribution"
	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// AttributedCircuit is InferenceCircuit with the attribution of its
// inference (attribution/influence) proven in the same circuit: the
// attribution gadget (circuits/attribution) runs on the variables the
// inference already constrains (every layer's input, A·x, the logits and
// the committed adapter), so the weights belong to the proven pass.
//
// Public inputs, in this order: model_digest, adapter_commitment,
// input_digest, output_digest (as InferenceCircuit), datanet_root (the
// Datanet root over the contributors' data and sketch commitments) and
// attribution_digest (influence.Digest of the weights). The contributors'
// data commitments and sketches are private. Everything draws its challenge
// through std/multicommit: one Groth16 commitment.
//
// The circuit depends on the model, the adapter shape, the adapter's
// fixed-point exponents (they fix the sketch shifts), the attribution
// parameters, the class count and the number of contributors.
type AttributedCircuit struct {
	ModelDigest       frontend.Variable `gnark:"model_digest,public"`
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	InputDigest       frontend.Variable `gnark:"input_digest,public"`
	OutputDigest      frontend.Variable `gnark:"output_digest,public"`
	DatanetRoot       frontend.Variable `gnark:"datanet_root,public"`
	AttributionDigest frontend.Variable `gnark:"attribution_digest,public"`

	Input   []frontend.Variable   // int8 model input
	Adapter []AdapterWitness      // one per adapted layer, in layer order
	Salt    frontend.Variable     // adapter commitment blinding
	Owner   frontend.Variable     // the adapter owner's address
	Data    []frontend.Variable   // per contributor: datanet.ContributorCommitment
	Sketch  [][]frontend.Variable // per contributor: its influence.Sketch

	base    *InferenceCircuit `gnark:"-"` // model, shape and constants (its witness fields are unused)
	plan    *influence.Plan   `gnark:"-"`
	classes int
}

// MaxContributors bounds the contributors of an attributed circuit (the
// gadget's one-hot and digest packing assume it).
const MaxContributors = 1 << 16

// NewAttributed returns an unassigned attributed circuit for model m,
// adapter shape, attribution plan pl (for m and an adapter of that shape),
// classes outputs and n contributors.
func NewAttributed(m *quant.Model, shape []int, pl *influence.Plan, classes, n int) (*AttributedCircuit, error) {
	base, err := New(m, shape)
	if err != nil {
		return nil, err
	}
	if pl == nil || pl.Model == nil {
		return nil, fmt.Errorf("%w: no attribution plan", ErrBadInput)
	}
	if pl.Model != m && commit.ModelDigest(pl.Model) != base.digest {
		return nil, fmt.Errorf("%w: attribution plan is for model %q, circuit for %q", ErrBadInput, pl.Model.Name, m.Name)
	}
	for i, r := range shape {
		rank := 0
		for _, b := range pl.Blocks {
			if b.Layer == i {
				rank = b.R
			}
		}
		if rank != r {
			return nil, fmt.Errorf("%w: attribution plan has rank %d at layer %d, shape %d", ErrBadInput, rank, i, r)
		}
	}
	if out := m.Layers[len(m.Layers)-1].Out; classes != out {
		return nil, fmt.Errorf("%w: %d classes, model %q has %d outputs", ErrBadInput, classes, m.Name, out)
	}
	if n < 1 || n > MaxContributors {
		return nil, fmt.Errorf("%w: %d contributors, want 1…%d", ErrBadInput, n, MaxContributors)
	}
	c := &AttributedCircuit{
		Input:   make([]frontend.Variable, len(base.Input)),
		Adapter: make([]AdapterWitness, len(base.Adapter)),
		Data:    make([]frontend.Variable, n),
		Sketch:  make([][]frontend.Variable, n),
		base:    base,
		plan:    pl,
		classes: classes,
	}
	for i, a := range base.Adapter {
		c.Adapter[i] = AdapterWitness{A: make([]frontend.Variable, len(a.A)), B: make([]frontend.Variable, len(a.B))}
	}
	for i := range c.Sketch {
		c.Sketch[i] = make([]frontend.Variable, pl.CommittedDim())
	}
	return c, nil
}

// AttributedName names the attributed circuit for bundles and the key
// store, e.g. "lora-attributed/mnist-mlp/r8-r8/n16-k8".
func AttributedName(m *quant.Model, shape []int, p influence.Params, n int) string {
	return "lora-attributed/" + strings.TrimPrefix(Name(m, shape), "lora-inference/") + fmt.Sprintf("/n%d-k%d", n, p.K)
}

// Define implements frontend.Circuit.
func (c *AttributedCircuit) Define(api frontend.API) error {
	if c.base == nil || c.plan == nil {
		return fmt.Errorf("%w: circuit has no model (build it with lora.NewAttributed)", ErrBadInput)
	}
	if len(c.Data) != len(c.Sketch) {
		return fmt.Errorf("%w: %d data commitments, %d sketches", ErrBadInput, len(c.Data), len(c.Sketch))
	}
	inf := *c.base
	inf.ModelDigest, inf.AdapterCommitment, inf.InputDigest, inf.OutputDigest = c.ModelDigest, c.AdapterCommitment, c.InputDigest, c.OutputDigest
	inf.Input, inf.Adapter, inf.Salt, inf.Owner = c.Input, c.Adapter, c.Salt, c.Owner
	fw, err := inf.define(api, &forward{})
	if err != nil {
		return err
	}
	L := len(c.base.model.Layers)
	tv := attribution.TraceVars{
		X: fw.x, H: fw.h, Logits: fw.logits,
		A: make([][]frontend.Variable, L), B: make([][]frontend.Variable, L), M: make([]frontend.Variable, L),
	}
	for _, a := range fw.adapter {
		tv.A[a.Layer], tv.B[a.Layer], tv.M[a.Layer] = a.A, a.B, a.M
	}
	cs := make([]attribution.ContributorVars, len(c.Data))
	for i := range cs {
		cs[i] = attribution.ContributorVars{Data: c.Data[i], Sketch: c.Sketch[i]}
	}
	out, err := attribution.Gadget(api, fw.g, c.plan, c.classes, tv, cs)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	api.AssertIsEqual(c.DatanetRoot, out.Root)         // mutant:lora-datanet-root
	api.AssertIsEqual(c.AttributionDigest, out.Digest) // mutant:lora-attribution-digest
	return nil
}

// loraH is gadgets.LoRA that also returns h = A·x, which the attribution
// gadget reads; it costs the same constraints.
func loraH(api frontend.API, acc, x, a, b []frontend.Variable, m frontend.Variable, rank int) (z, h []frontend.Variable, err error) {
	in, out := len(x), len(acc)
	if rank < 1 || len(a) != rank*in || len(b) != out*rank {
		return nil, nil, fmt.Errorf("%w: LoRA of rank %d with |A| = %d, |B| = %d for a %d→%d layer", ErrBadInput, rank, len(a), len(b), in, out)
	}
	h = make([]frontend.Variable, rank)
	hm := make([]frontend.Variable, rank)
	terms := make([]frontend.Variable, max(in, rank+1))
	for t := range h {
		for j := range x {
			terms[j] = api.Mul(a[t*in+j], x[j])
		}
		h[t] = gadgets.Sum(api, terms[:in])
		hm[t] = api.Mul(h[t], m)
	}
	shift := new(big.Int).Lsh(big.NewInt(1), quant.AdapterShift)
	z = make([]frontend.Variable, out)
	for i := range z {
		terms[0] = api.Mul(acc[i], shift)
		for t := range hm {
			terms[1+t] = api.Mul(b[i*rank+t], hm[t])
		}
		z[i] = gadgets.Sum(api, terms[:rank+1])
	}
	return z, h, nil
}

// Attribution is the native attribution an attributed assignment proves.
type Attribution struct {
	Root        fr.Element // datanet_root
	Digest      fr.Element // attribution_digest = influence.Digest(Weights)
	Weights     []uint32   // ppm per contributor index; sum 10^6 or all 0
	RemainderTo int        // contributor that received the rounding remainder, −1 if none
	Prediction  int        // the label the test gradient is taken at
	Scores      []*big.Int // ⟨S_c, T⟩
}

// CheckArtifacts checks that the attribution artifacts fit plan pl: the
// parameters, the Datanet's input dimension and classes, every sketch's
// length, bounds and commitment, and that the contributors listed are
// exactly the ones under the Datanet root (so none was dropped or changed).
// It cannot tell artifacts made for another adapter of the same shape: the
// sketches are recomputed from the Datanet only by an audit.
func CheckArtifacts(pl *influence.Plan, art *artifacts.Artifacts) error {
	if art == nil {
		return fmt.Errorf("%w: no attribution artifacts", ErrBadInput)
	}
	m := pl.Model
	switch {
	case art.Params != pl.P:
		return fmt.Errorf("%w: artifacts use attribution params %+v, the plan %+v", ErrBadInput, art.Params, pl.P)
	case art.Datanet.InputDim != m.Layers[0].In:
		return fmt.Errorf("%w: artifacts are for a Datanet of input dimension %d, model %q takes %d", ErrBadInput, art.Datanet.InputDim, m.Name, m.Layers[0].In)
	case art.Datanet.Classes != m.Layers[len(m.Layers)-1].Out:
		return fmt.Errorf("%w: artifacts are for a Datanet of %d classes, model %q has %d outputs", ErrBadInput, art.Datanet.Classes, m.Name, m.Layers[len(m.Layers)-1].Out)
	case len(art.Contribs) == 0 || len(art.Contribs) > MaxContributors:
		return fmt.Errorf("%w: artifacts list %d contributors, want 1…%d", ErrBadInput, len(art.Contribs), MaxContributors)
	}
	if r := art.Training.Rank; r != 0 && pl.Adapter != nil {
		for _, al := range pl.Adapter.Layers {
			if al.Rank != r {
				return fmt.Errorf("%w: artifacts were made for an adapter of rank %d, this adapter has rank %d at layer %d", ErrBadInput, r, al.Rank, al.Layer)
			}
		}
	}
	data := make([]fr.Element, len(art.Contribs))
	coms := make([]fr.Element, len(art.Contribs))
	for i, c := range art.Contribs {
		if len(c.Sketch) != pl.CommittedDim() {
			return fmt.Errorf("%w: contributor %d (%s): sketch has %d values, this model and adapter need %d (artifacts for another adapter?)", ErrBadInput, i, c.ID, len(c.Sketch), pl.CommittedDim())
		}
		var err error
		if data[i], err = commit.ParseHex(c.DataCommitment); err != nil {
			return fmt.Errorf("%w: contributor %d (%s): data_commitment: %w", ErrBadInput, i, c.ID, err)
		}
		if coms[i], err = pl.Commitment(c.Sketch); err != nil {
			return fmt.Errorf("%w: contributor %d (%s): %w", ErrBadInput, i, c.ID, err)
		}
		if got, err := commit.ParseHex(c.SketchCommitment); err != nil || got != coms[i] {
			return fmt.Errorf("%w: contributor %d (%s): sketch_commitment does not match its sketch", ErrBadInput, i, c.ID)
		}
	}
	root, err := datanet.RootOf(art.Datanet.InputDim, art.Datanet.Classes, data, coms)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	if want, err := commit.ParseHex(art.Datanet.Root); err != nil || want != root {
		return fmt.Errorf("%w: datanet.root %s is not the root of the %d contributors listed (%s): a contributor was added, dropped or changed", ErrBadInput, art.Datanet.Root, len(art.Contribs), commit.Hex(root))
	}
	return nil
}

// AttributionPlan returns the attribution plan of model m with the trace's
// (or any) quantized adapter under the artifacts' parameters.
func AttributionPlan(m *quant.Model, a *quant.Adapter, art *artifacts.Artifacts) (*influence.Plan, error) {
	if art == nil {
		return nil, fmt.Errorf("%w: no attribution artifacts", ErrBadInput)
	}
	pl, err := influence.NewPlan(m, a, art.Params)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	if err := CheckArtifacts(pl, art); err != nil {
		return nil, err
	}
	return pl, nil
}

// AssignAttributedFromTrace returns the assignment of the attributed circuit
// for the pass that trace t records (AssignFromTrace's checks apply) and the
// contributors of the artifacts (CheckArtifacts), with the attribution it
// proves. It fails for a trace without an adapter: attribution scores the
// LoRA parameters.
func AssignAttributedFromTrace(m *quant.Model, t *trace.Trace, art *artifacts.Artifacts) (*AttributedCircuit, *Attribution, error) {
	inf, err := AssignFromTrace(m, t)
	if err != nil {
		return nil, nil, err
	}
	if t.Adapter == nil {
		return nil, nil, fmt.Errorf("%w: trace has no adapter: attribution scores LoRA parameters", ErrBadInput)
	}
	qa, _, err := t.QuantAdapter()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	pl, err := AttributionPlan(m, qa, art)
	if err != nil {
		return nil, nil, err
	}
	trs := make([]*quant.LayerTrace, len(t.Layers))
	for i, l := range t.Layers {
		trs[i] = &quant.LayerTrace{X: l.X, H: l.H, Delta: l.Delta, Acc: l.Acc, Q: l.Q, Rem: l.Rem, Y: l.Y, Out: l.Out}
	}
	att, err := artifacts.AttributeTrace(pl, art, trs)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: attribution: %w", ErrBadInput, err)
	}
	c, err := NewAttributed(m, inf.shape, pl, art.Datanet.Classes, len(art.Contribs))
	if err != nil {
		return nil, nil, err
	}
	root, err := commit.ParseHex(art.Datanet.Root) // CheckArtifacts parsed it
	if err != nil {
		return nil, nil, fmt.Errorf("%w: datanet.root: %w", ErrBadInput, err)
	}
	res := &Attribution{
		Root: root, Digest: influence.Digest(att.Weights), Weights: att.Weights,
		RemainderTo: att.RemainderTo, Prediction: att.Prediction, Scores: att.Scores,
	}
	c.ModelDigest, c.AdapterCommitment, c.InputDigest, c.OutputDigest = inf.ModelDigest, inf.AdapterCommitment, inf.InputDigest, inf.OutputDigest
	c.DatanetRoot, c.AttributionDigest = res.Root, res.Digest
	c.Input, c.Adapter, c.Salt, c.Owner = inf.Input, inf.Adapter, inf.Salt, inf.Owner
	for i, con := range art.Contribs {
		d, err := commit.ParseHex(con.DataCommitment)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: contributor %d: data_commitment: %w", ErrBadInput, i, err)
		}
		c.Data[i] = d
		for j, v := range con.Sketch {
			c.Sketch[i][j] = v
		}
	}
	return c, res, nil
}
