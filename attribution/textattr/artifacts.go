package textattr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/strictjson"
)

// DatanetName is the name of the text Datanet.
const DatanetName = "fortunes-text"

// Format names the artifact file (attribution-text.json).
const Format = "openproof-text-attribution"

// MaxBytes bounds an artifact file.
const MaxBytes = 16 << 20

// BuildDatanet returns the text Datanet of corpus c: one contributor per
// category (its name the id), p.Records windows of p.Window tokens of its
// training text at offsets ⌊i·(n − Window − 1)/(Records − 1)⌋ (n its
// training-text tokens; one window at 0 when Records = 1), each labelled
// with the token after it.
func BuildDatanet(c *fortunes.Corpus, p Params) (*datanet.Datanet, error) {
	if p.Window < 1 || p.Records < 1 {
		return nil, fmt.Errorf("%w: window %d, records %d", ErrBadInput, p.Window, p.Records)
	}
	b := datanet.NewBuilder(DatanetName, p.Window, fortunes.VocabSize)
	for _, cat := range c.Categories {
		one := &fortunes.Corpus{Categories: []fortunes.Category{cat}}
		toks := fortunes.Encode(one.Text(false))
		n := len(toks)
		if n < p.Window+1 {
			return nil, fmt.Errorf("%w: category %q has %d training tokens, fewer than a window", ErrBadInput, cat.Name, n)
		}
		span := n - p.Window - 1
		in := make([]uint8, p.Window)
		for i := 0; i < p.Records; i++ {
			off := 0
			if p.Records > 1 {
				off = i * span / (p.Records - 1)
			}
			for j := range in {
				in[j] = uint8(toks[off+j])
			}
			b.Add(cat.Name, uint8(toks[off+p.Window]), in)
		}
	}
	return b.Build()
}

// Artifacts are the text Datanet's committed sketches.
type Artifacts struct {
	Format string `json:"format"`
	Method string `json:"method"`
	// Scheme, Model and Adapter name the int8 model the sketches were
	// computed on: its fixed-point scheme and the SHA-256 (hex) of each
	// model and adapter file, by name (as a generation trace names them).
	Scheme   string            `json:"scheme"`
	Model    map[string]string `json:"model"`
	Adapter  map[string]string `json:"adapter"`
	Params   Params            `json:"params"`
	Datanet  string            `json:"datanet"`
	Classes  int               `json:"classes"`
	DataRoot string            `json:"data_root"` // datanet root without sketches
	Root     string            `json:"root"`      // with the sketch commitments: the proof's public input
	Contribs []ContributorInfo `json:"contributors"`
}

// ContributorInfo is one contributor's line.
type ContributorInfo struct {
	Index            int              `json:"index"`
	ID               string           `json:"id"`
	Records          int              `json:"records"`
	DataCommitment   string           `json:"data_commitment"`
	SketchCommitment string           `json:"sketch_commitment"`
	Sketch           influence.Sketch `json:"sketch"`
}

// Compute sketches every contributor of d under pl.
func Compute(ctx context.Context, pl *Plan, d *datanet.Datanet) (*Artifacts, error) {
	sks, err := pl.Contributors(ctx, d)
	if err != nil {
		return nil, err
	}
	data := d.Commitments()
	skc := make([]fr.Element, len(sks))
	a := &Artifacts{Format: Format, Method: Method, Scheme: pl.Q.Cal.Scheme, Params: pl.P, Datanet: d.Name, Classes: d.Classes}
	for c, s := range sks {
		if skc[c], err = pl.Commitment(s); err != nil {
			return nil, err
		}
		a.Contribs = append(a.Contribs, ContributorInfo{Index: c, ID: d.Contributors[c].ID, Records: len(d.Contributors[c].Examples),
			DataCommitment: commit.Hex(data[c]), SketchCommitment: commit.Hex(skc[c]), Sketch: s})
	}
	plain, err := datanet.RootOf(d.InputDim, d.Classes, data, nil)
	if err != nil {
		return nil, err
	}
	root, err := datanet.RootOf(d.InputDim, d.Classes, data, skc)
	if err != nil {
		return nil, err
	}
	a.DataRoot, a.Root = commit.Hex(plain), commit.Hex(root)
	return a, nil
}

// Sketches returns the contributors' sketches in index order.
func (a *Artifacts) Sketches() []influence.Sketch {
	out := make([]influence.Sketch, len(a.Contribs))
	for i, c := range a.Contribs {
		out[i] = c.Sketch
	}
	return out
}

// Data returns the contributors' data commitments.
func (a *Artifacts) Data() ([]fr.Element, error) {
	out := make([]fr.Element, len(a.Contribs))
	for i, c := range a.Contribs {
		e, err := commit.ParseHex(c.DataCommitment)
		if err != nil {
			return nil, fmt.Errorf("%w: contributor %d data commitment: %v", ErrBadInput, i, err)
		}
		out[i] = e
	}
	return out, nil
}

// RootWith recomputes the Datanet root from the data commitments and the
// sketches under pl (the root a proof binds).
func (a *Artifacts) RootWith(pl *Plan) (fr.Element, error) {
	data, err := a.Data()
	if err != nil {
		return fr.Element{}, err
	}
	skc := make([]fr.Element, len(a.Contribs))
	for i, c := range a.Contribs {
		if skc[i], err = pl.Commitment(c.Sketch); err != nil {
			return fr.Element{}, err
		}
	}
	return datanet.RootOf(pl.P.Window, a.Classes, data, skc)
}

// Save writes a as indented JSON.
func (a *Artifacts) Save(path string) error {
	b, err := json.MarshalIndent(a, "", " ")
	if err != nil {
		return fmt.Errorf("textattr: %w", err)
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Parse reads an artifact file's bytes (strictjson, unknown fields and
// trailing data refused).
func Parse(name string, b []byte) (*Artifacts, error) {
	if len(b) > MaxBytes {
		return nil, fmt.Errorf("%w: %s: %d bytes, at most %d", ErrBadInput, name, len(b), MaxBytes)
	}
	var a Artifacts
	if err := strictjson.Check(b, &a); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s: data after the JSON value", ErrBadInput, name)
	}
	if a.Format != Format || a.Method != Method {
		return nil, fmt.Errorf("%w: %s: format %q method %q, want %q %q", ErrBadInput, name, a.Format, a.Method, Format, Method)
	}
	if len(a.Contribs) == 0 {
		return nil, fmt.Errorf("%w: %s: no contributors", ErrBadInput, name)
	}
	if a.Scheme == "" || len(a.Model) == 0 || len(a.Adapter) == 0 {
		return nil, fmt.Errorf("%w: %s: no scheme, model or adapter file digests", ErrBadInput, name)
	}
	p := a.Params
	if p.K < 1 || p.K > 64 || len(a.Contribs[0].Sketch) == 0 || len(a.Contribs[0].Sketch)%(2*p.K) != 0 || len(a.Contribs) > 1<<16 {
		return nil, fmt.Errorf("%w: %s: k %d, sketch of %d values, %d contributors", ErrBadInput, name, p.K, len(a.Contribs[0].Sketch), len(a.Contribs))
	}
	for i, c := range a.Contribs {
		if c.Index != i || len(c.Sketch) != len(a.Contribs[0].Sketch) {
			return nil, fmt.Errorf("%w: %s: contributor %d has index %d and %d sketch values", ErrBadInput, name, i, c.Index, len(c.Sketch))
		}
		if err := c.Sketch.Check(); err != nil {
			return nil, fmt.Errorf("%s: contributor %d: %w", name, i, err)
		}
	}
	return &a, nil
}

// Attribution is one generation's attribution.
type Attribution struct {
	Query   influence.Sketch
	Scores  []*big.Int
	Weights []uint32 // ppm (influence.Weights)
	Top     int      // the index that received the remainder, −1 when every score ≤ 0
	Digest  fr.Element
}

// Attribute scores sites against the artifacts' sketches: T = Sketch(sites),
// scores ⟨S_c, T⟩, influence.Weights and influence.Digest.
func Attribute(pl *Plan, a *Artifacts, sites []Site) (*Attribution, error) {
	T, err := pl.Sketch(sites)
	if err != nil {
		return nil, err
	}
	sc, err := influence.Scores(T, a.Sketches())
	if err != nil {
		return nil, err
	}
	w, top := influence.Weights(sc)
	return &Attribution{Query: T, Scores: sc, Weights: w, Top: top, Digest: influence.Digest(w)}, nil
}

// Build is the whole text-Datanet computation from the corpus and the
// quantized adapted model: the plan, the Datanet (BuildDatanet) and its
// artifacts (Compute). It is deterministic.
func Build(ctx context.Context, c *fortunes.Corpus, q *gpt2q.Model, p Params) (*Plan, *datanet.Datanet, *Artifacts, error) {
	pl, err := NewPlan(q, p)
	if err != nil {
		return nil, nil, nil, err
	}
	d, err := BuildDatanet(c, p)
	if err != nil {
		return nil, nil, nil, err
	}
	a, err := Compute(ctx, pl, d)
	if err != nil {
		return nil, nil, nil, err
	}
	return pl, d, a, nil
}

// CheckDatanet reports whether a's data commitments, record counts, ids
// and roots are d's and its sketches open a's root under pl (what an auditor
// checks before recomputing the sketches themselves).
func (a *Artifacts) CheckDatanet(pl *Plan, d *datanet.Datanet) error {
	if a.Params != pl.P || a.Datanet != d.Name || a.Classes != d.Classes || d.InputDim != pl.P.Window || len(a.Contribs) != len(d.Contributors) {
		return fmt.Errorf("%w: artifacts (params %+v, %q, %d contributors) do not fit the plan or the Datanet (%q, %d)", ErrBadInput, a.Params, a.Datanet, len(a.Contribs), d.Name, len(d.Contributors))
	}
	data := d.Commitments()
	for i, c := range a.Contribs {
		if c.ID != d.Contributors[i].ID || c.Records != len(d.Contributors[i].Examples) || c.DataCommitment != commit.Hex(data[i]) {
			return fmt.Errorf("%w: contributor %d (%q) differs from the Datanet's", ErrBadInput, i, c.ID)
		}
		k, err := pl.Commitment(c.Sketch)
		if err != nil {
			return err
		}
		if commit.Hex(k) != c.SketchCommitment {
			return fmt.Errorf("%w: contributor %d (%q): sketch commitment differs", ErrBadInput, i, c.ID)
		}
	}
	plain, err := datanet.RootOf(d.InputDim, d.Classes, data, nil)
	if err != nil {
		return err
	}
	root, err := a.RootWith(pl)
	if err != nil {
		return err
	}
	if commit.Hex(plain) != a.DataRoot || commit.Hex(root) != a.Root {
		return fmt.Errorf("%w: Datanet roots differ from the artifacts'", ErrBadInput)
	}
	return nil
}
