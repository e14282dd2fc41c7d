package gpt2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/circuits/attribution"
	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
)

// AttributedCircuit proves a greedy generation (Circuit) together with its
// attribution to a text Datanet (attribution/textattr): the query sketch is
// computed in the circuit from the generation's own variables (the last
// block's ln_1 output at every position, the one-hot of the token that
// follows it, the committed adapter), scored against every contributor's
// committed sketch, and the weights are bound to the attribution digest.
//
// Public inputs, in order: the generation's four (model digest, adapter
// commitment, prompt digest, output digest), the Datanet root (with sketch
// commitments, datanet.RootOf over (Window, Vocab)) and the attribution
// digest (influence.Digest of the ppm weights).
type AttributedCircuit struct {
	Gen          Circuit
	Contributors []attribution.ContributorVars

	DatanetRoot       frontend.Variable `gnark:",public"`
	AttributionDigest frontend.Variable `gnark:",public"`

	plan *textattr.Plan
}

// genTap receives the values of the generation the attribution reads. Its
// methods are no-ops on a nil tap (a plain Circuit).
type genTap struct {
	last   int                   // the last block
	ln1s   [][]frontend.Variable // the last block's ln_1 output, per position
	tokens [][]frontend.Variable // the one-hot of the token at each position
	chosen []frontend.Variable   // the one-hot of the last chosen token
	done   func(api frontend.API, g *gadgets.Gadgets, t *genTap) error
}

func (t *genTap) ln1(block int, h []frontend.Variable) {
	if t != nil && block == t.last {
		t.ln1s = append(t.ln1s, h)
	}
}

func (t *genTap) token(hot []frontend.Variable) {
	if t != nil {
		t.tokens = append(t.tokens, hot)
	}
}

func (t *genTap) chose(hot []frontend.Variable) {
	if t != nil {
		t.chosen = hot
	}
}

func (t *genTap) finish(api frontend.API, g *gadgets.Gadgets) error {
	if t == nil || t.done == nil {
		return nil
	}
	return t.done(api, g, t)
}

// sites pairs each position's ln_1 output with the token that follows it:
// the next position's token, and for the last position the token chosen
// there (textattr.Plan.GenerationSites).
func (t *genTap) sites() ([]attribution.TextSite, error) {
	n := len(t.ln1s)
	if n == 0 || len(t.tokens) != n || t.chosen == nil {
		return nil, fmt.Errorf("gpt2 attributed circuit: tapped %d ln_1 outputs, %d tokens", n, len(t.tokens))
	}
	out := make([]attribution.TextSite, n)
	for p := range n {
		hot := t.chosen
		if p+1 < n {
			hot = t.tokens[p+1]
		}
		out[p] = attribution.TextSite{H: t.ln1s[p], Hot: hot}
	}
	return out, nil
}

// NewAttributed returns the circuit of a greedy generation of tokens tokens
// from a prompt of prompt tokens on pl.Q (which carries the adapter),
// attributed to contributors contributors under pl.
func NewAttributed(pl *textattr.Plan, prompt, tokens, contributors int) (*AttributedCircuit, error) {
	if Positions(prompt, tokens) > textattr.MaxSites {
		return nil, fmt.Errorf("gpt2 attributed circuit: %d positions, at most %d: %w", Positions(prompt, tokens), textattr.MaxSites, gpt2q.ErrBadInput)
	}
	if contributors < 1 || contributors > 1<<16 {
		return nil, fmt.Errorf("gpt2 attributed circuit: %d contributors: %w", contributors, gpt2q.ErrBadInput)
	}
	gen, err := New(pl.Q, prompt, tokens)
	if err != nil {
		return nil, err
	}
	if len(gen.Adapter) == 0 && len(gen.AdapterBits) == 0 {
		return nil, fmt.Errorf("gpt2 attributed circuit: the model has no adapter: %w", gpt2q.ErrBadInput)
	}
	c := &AttributedCircuit{Gen: *gen, plan: pl, Contributors: make([]attribution.ContributorVars, contributors)}
	for i := range c.Contributors {
		c.Contributors[i].Sketch = make([]frontend.Variable, pl.Dim())
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *AttributedCircuit) Define(api frontend.API) error {
	if c.plan == nil || c.Gen.model != c.plan.Q {
		return fmt.Errorf("gpt2 attributed circuit: built without NewAttributed")
	}
	c.Gen.tap = &genTap{last: len(c.Gen.model.Blocks) - 1, done: c.attribute}
	defer func() { c.Gen.tap = nil }()
	return c.Gen.Define(api)
}

func (c *AttributedCircuit) attribute(api frontend.API, g *gadgets.Gadgets, t *genTap) error {
	sites, err := t.sites()
	if err != nil {
		return err
	}
	var A, B []frontend.Variable // the last block's c_attn adapter, range-checked and committed by Gen
	switch {
	case len(c.Gen.Adapter) > t.last:
		A, B = c.Gen.Adapter[t.last].A, c.Gen.Adapter[t.last].B
	case len(c.Gen.AdapterBits) > t.last:
		A, B = c.Gen.AdapterBits[t.last].A, c.Gen.AdapterBits[t.last].B
	default:
		return fmt.Errorf("gpt2 attributed circuit: no adapter on block %d", t.last)
	}
	out, err := attribution.TextGadget(api, g, c.plan, sites, A, B, c.Contributors)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out.Root, c.DatanetRoot)         // mutant:gpt2-attr-root
	api.AssertIsEqual(out.Digest, c.AttributionDigest) // mutant:gpt2-attr-digest
	return nil
}

// AttributedPublics are an attributed generation's public inputs.
type AttributedPublics struct {
	Publics
	DatanetRoot, AttributionDigest fr.Element
}

// AssignAttributed returns the witness of trace t (a greedy generation on
// pl.Q with the adapter key: salt and owner) attributed to the contributors of art, and
// the attribution the Go reference computes (textattr.Attribute over
// pl.GenerationSites). The trace is recomputed (Assign); art's sketches must
// open its root under pl.
func AssignAttributed(ctx context.Context, pl *textattr.Plan, art *textattr.Artifacts, t *gpt2q.Trace, key commit.AdapterKey) (*AttributedCircuit, *textattr.Attribution, error) {
	gen, err := Assign(ctx, pl.Q, t, key)
	if err != nil {
		return nil, nil, err
	}
	sites, err := pl.GenerationSites(ctx, t)
	if err != nil {
		return nil, nil, err
	}
	at, err := textattr.Attribute(pl, art, sites)
	if err != nil {
		return nil, nil, err
	}
	root, err := art.RootWith(pl)
	if err != nil {
		return nil, nil, err
	}
	data, err := art.Data()
	if err != nil {
		return nil, nil, err
	}
	c := &AttributedCircuit{Gen: *gen, DatanetRoot: root.BigInt(new(big.Int)), AttributionDigest: at.Digest.BigInt(new(big.Int))}
	for i, con := range art.Contribs {
		c.Contributors = append(c.Contributors, attribution.ContributorVars{Data: data[i].BigInt(new(big.Int)), Sketch: sketchVars(con.Sketch)})
	}
	return c, at, nil
}

// AttributedPublicsOf returns the public inputs of an attributed generation.
func AttributedPublicsOf(pl *textattr.Plan, art *textattr.Artifacts, t *gpt2q.Trace, key commit.AdapterKey, at *textattr.Attribution) (AttributedPublics, error) {
	pub, err := PublicsOf(pl.Q, t, key)
	if err != nil {
		return AttributedPublics{}, err
	}
	root, err := art.RootWith(pl)
	if err != nil {
		return AttributedPublics{}, err
	}
	return AttributedPublics{Publics: pub, DatanetRoot: root, AttributionDigest: at.Digest}, nil
}

func sketchVars(s influence.Sketch) []frontend.Variable {
	out := make([]frontend.Variable, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
