package bench

import (
	"context"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
)

// Breakdown attributes a circuit's constraints to its parts. Each part is
// measured by compiling the repository's own gadgets, never estimated:
//
//   - Base: the inference circuit minus the same circuit with every base
//     weight zero (gadgets.Dense then emits no term), i.e. what the constant
//     base matrix costs inside the real circuit (gnark's compression of long
//     sums, one equality per output).
//   - LoRA: gadgets.LoRA alone for every adapted layer (private x, A, B, M):
//     one constraint per adapter MAC plus one per rank for h·M (and one per
//     rank when gnark compresses h_t, a sum of more than 300 products).
//   - Requant: per layer, the marginal cost of one more gadgets.Requantize
//     with that layer's parameters (200 outputs minus 100, over 100), times
//     the layer's outputs. It includes the lookup queries of its bytes.
//   - Commit: the adapter's range checks and commitment with its weights
//     minus the same with empty A and B (headers, M and its range check
//     stay): one byte-table query per weight plus the Poseidon2 absorption
//     of 31 weights per field element.
//   - Other: the rest — the byte table itself (256 entries), the input's
//     range checks and digest, the output digest, headers, M range checks and
//     the Groth16 commitment.
type Breakdown struct {
	Base, LoRA, Requant, Commit, Other int

	// Sizes: base MACs Σ in·out, adapter MACs Σ r·(in+out), requantized
	// activations Σ out, committed adapter weights Σ r·(in+out).
	BaseMACs, AdapterMACs, Activations, AdapterWeights int

	// RequantLayers is the marginal cost of one requantized output of each
	// layer, with its parts (see RequantParts).
	RequantLayers []RequantLayer
}

// RequantLayer is one layer's requantization cost per output.
type RequantLayer struct {
	Layer    string
	Adapted  bool
	FracBits int // bits divided away: k, or k+32 when adapted
	Measured float64
	Parts    RequantParts
}

// PerBaseMAC is Base/BaseMACs (target TargetBaseMAC).
func (b Breakdown) PerBaseMAC() float64 { return ratio(b.Base, b.BaseMACs) }

// PerAdapterMAC is LoRA/AdapterMACs (target TargetAdapterMAC).
func (b Breakdown) PerAdapterMAC() float64 { return ratio(b.LoRA, b.AdapterMACs) }

// PerActivation is Requant/Activations (target TargetActivation).
func (b Breakdown) PerActivation() float64 { return ratio(b.Requant, b.Activations) }

// PerAdapterWeight is Commit/AdapterWeights (target TargetAdapterWeight).
func (b Breakdown) PerAdapterWeight() float64 { return ratio(b.Commit, b.AdapterWeights) }

func ratio(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(a) / float64(n)
}

// Constraint targets per component (the "Targets" section of bench/results.md).
const (
	TargetBaseMAC       = 0.01
	TargetAdapterMAC    = 1.1
	TargetActivation    = 3.0
	TargetAdapterWeight = 8.0
)

// RequantParts splits the cost of one gadgets.Requantize as its
// documentation and code lay it out: it is the explanation of the measured
// figure, and the tests check that the parts add up to the measurement.
type RequantParts struct {
	Saturation int // p·(hi−y) = 0 and n·(y−lo) = 0: a product and an equality each
	Remainder  int // rem·2^e over ⌈FracBits/8⌉ bytes: one query per byte + the recomposition
	Slack      int // p+n over ⌈SlackBits/8⌉ bytes: one query per byte (the sum is linear)
	Output     int // y ∈ [lo, hi]: 1 query (none), 2 (ReLU: 7 bits), a 2-query lookup (GELU)
}

// Total is the sum of the parts.
func (p RequantParts) Total() int { return p.Saturation + p.Remainder + p.Slack + p.Output }

// requantParts returns the parts for r.
func requantParts(r gadgets.Requant) RequantParts {
	p := RequantParts{
		Saturation: 4,
		Remainder:  (int(r.FracBits)+7)/8 + 1,
		Slack:      (r.SlackBits + 7) / 8,
	}
	switch r.Act {
	case quant.ActReLU:
		p.Output = 2 // 7 bits: the value and the value·2 are bytes
	case quant.ActGELU:
		p.Output = 2 // logderivlookup: a query and its inverse
	default:
		p.Output = 1 // 8 bits: one query
	}
	return p
}

// compileCount compiles c and returns its constraint count.
func compileCount(ctx context.Context, c frontend.Circuit) (int, error) {
	ccs, err := prover.Compile(ctx, c)
	if err != nil {
		return 0, err
	}
	return ccs.GetNbConstraints(), nil
}

// breakdown measures the parts of the inference circuit of in, whose total
// (already compiled) is total.
func breakdown(ctx context.Context, in *instance, total int) (Breakdown, error) {
	n := in.counts()
	b := Breakdown{BaseMACs: n.baseMACs, AdapterMACs: n.adapterMACs, Activations: n.activations, AdapterWeights: n.adapterWeights}

	zero := *in.m
	zero.Layers = append([]quant.Layer(nil), in.m.Layers...)
	for i := range zero.Layers {
		zero.Layers[i].W = make([]int8, len(zero.Layers[i].W))
	}
	c, err := lora.New(&zero, in.shape)
	if err != nil {
		return b, fmt.Errorf("zero-base circuit: %w", err)
	}
	noBase, err := compileCount(ctx, c)
	if err != nil {
		return b, fmt.Errorf("zero-base circuit: %w", err)
	}
	b.Base = total - noBase

	for i, r := range in.shape {
		if r == 0 {
			continue
		}
		l := &in.m.Layers[i]
		k, err := compileCount(ctx, newLoRAPath(l.In, l.Out, r))
		if err != nil {
			return b, fmt.Errorf("LoRA path of layer %s: %w", l.Name, err)
		}
		b.LoRA += k
	}

	var requant float64
	for i, r := range in.shape {
		l := &in.m.Layers[i]
		rq, err := gadgets.RequantFor(l, r)
		if err != nil {
			return b, fmt.Errorf("requantization of layer %s: %w", l.Name, err)
		}
		per, err := marginalRequant(ctx, rq)
		if err != nil {
			return b, fmt.Errorf("requantization of layer %s: %w", l.Name, err)
		}
		b.RequantLayers = append(b.RequantLayers, RequantLayer{
			Layer: l.Name, Adapted: r > 0, FracBits: int(rq.FracBits), Measured: per, Parts: requantParts(rq),
		})
		requant += per * float64(l.Out)
	}
	b.Requant = int(requant + 0.5)

	full, err := compileCount(ctx, newCommitOnly(in, true))
	if err != nil {
		return b, fmt.Errorf("adapter commitment: %w", err)
	}
	empty, err := compileCount(ctx, newCommitOnly(in, false))
	if err != nil {
		return b, fmt.Errorf("adapter commitment without weights: %w", err)
	}
	b.Commit = full - empty

	b.Other = total - b.Base - b.LoRA - b.Requant - b.Commit
	return b, nil
}

// marginalRequant is the cost of one more output requantized with r.
func marginalRequant(ctx context.Context, r gadgets.Requant) (float64, error) {
	const lo, hi = 100, 200
	a, err := compileCount(ctx, &requantOnly{Z: make([]frontend.Variable, lo), r: r})
	if err != nil {
		return 0, err
	}
	b, err := compileCount(ctx, &requantOnly{Z: make([]frontend.Variable, hi), r: r})
	if err != nil {
		return 0, err
	}
	return float64(b-a) / (hi - lo), nil
}

// loraPath is gadgets.LoRA alone on private inputs.
type loraPath struct {
	X, A, B []frontend.Variable
	M       frontend.Variable
	out     int
}

func newLoRAPath(in, out, rank int) *loraPath {
	return &loraPath{
		X: make([]frontend.Variable, in), A: make([]frontend.Variable, rank*in),
		B: make([]frontend.Variable, out*rank), out: out,
	}
}

func (c *loraPath) Define(api frontend.API) error {
	acc := make([]frontend.Variable, c.out)
	for i := range acc {
		acc[i] = 0
	}
	_, err := gadgets.LoRA(api, acc, c.X, c.A, c.B, c.M, len(c.A)/len(c.X))
	return err
}

// requantOnly requantizes private pre-activations with one parameter set.
type requantOnly struct {
	Z []frontend.Variable
	r gadgets.Requant
}

func (c *requantOnly) Define(api frontend.API) error {
	g := gadgets.New(api)
	for _, z := range c.Z {
		if _, _, err := g.Requantize(z, c.r); err != nil {
			return err
		}
	}
	return nil
}

// commitOnly is the adapter part of the inference circuit: int8 checks of
// A and B, the 32-bit check of M and the inner commitment, as
// lora.InferenceCircuit does them (circuits/lora adapterVars); the owned
// wrapper around it (commit.OwnedCommitmentVars: one more Poseidon2 block and
// a 160-bit owner check) is not counted here.
type commitOnly struct {
	Layers  []commitLayer
	Salt    frontend.Variable
	nLayers int
	index   []int
	ranks   []int
}

type commitLayer struct {
	A, B []frontend.Variable
	M    frontend.Variable
}

func newCommitOnly(in *instance, weights bool) *commitOnly {
	c := &commitOnly{nLayers: len(in.m.Layers)}
	for i, r := range in.shape {
		if r == 0 {
			continue
		}
		l := &in.m.Layers[i]
		var cl commitLayer
		if weights {
			cl.A, cl.B = make([]frontend.Variable, r*l.In), make([]frontend.Variable, l.Out*r)
		}
		c.Layers = append(c.Layers, cl)
		c.index = append(c.index, i)
		c.ranks = append(c.ranks, r)
	}
	return c
}

func (c *commitOnly) Define(api frontend.API) error {
	g := gadgets.New(api)
	layers := make([]commit.AdapterLayerVars, len(c.Layers))
	for k, l := range c.Layers {
		g.AssertInt8(l.A...)
		g.AssertInt8(l.B...)
		if err := g.AssertBits(l.M, 32); err != nil {
			return err
		}
		layers[k] = commit.AdapterLayerVars{Layer: c.index[k], Rank: c.ranks[k], M: l.M, A: l.A, B: l.B}
	}
	com, err := commit.AdapterInnerCommitmentVars(api, c.Salt, c.nLayers, layers)
	if err != nil {
		return err
	}
	// The circuit compares the digest with its public input: one equality.
	api.AssertIsEqual(com, c.Salt)
	return nil
}
