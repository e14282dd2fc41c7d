package provenance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// Files that Result.Save writes under its directory.
const (
	AdapterDir    = "adapter"
	ArtifactsFile = "attribution.json"
)

// ArtifactsFormat and ArtifactsVersion name attribution.json's format.
const (
	ArtifactsFormat  = "openproof-attribution"
	ArtifactsVersion = 1
)

// MaxArtifactsBytes bounds attribution.json.
const MaxArtifactsBytes = 256 << 20

// Artifacts is the content of attribution.json.
type Artifacts struct {
	Format   string            `json:"format"`
	Version  int               `json:"version"`
	Params   influence.Params  `json:"params"`
	Datanet  DatanetInfo       `json:"datanet"`
	Training TrainingInfo      `json:"training"`
	Contribs []ContributorInfo `json:"contributors"`
}

// DatanetInfo identifies the Datanet: Root commits to data and sketches,
// DataRoot to the data alone (the root `datanet inspect` prints).
type DatanetInfo struct {
	Name     string `json:"name"`
	InputDim int    `json:"input_dim"`
	Classes  int    `json:"classes"`
	DataRoot string `json:"data_root"`
	Root     string `json:"root"`
}

// TrainingInfo records how the adapter was trained.
type TrainingInfo struct {
	Seed      uint64    `json:"seed"`
	Rank      int       `json:"rank"`
	Alpha     float64   `json:"alpha"`
	Epochs    int       `json:"epochs"`
	BatchSize int       `json:"batch_size"`
	LR        float64   `json:"lr"`
	Losses    []float64 `json:"losses"`
}

// ContributorInfo is one contributor's record.
type ContributorInfo struct {
	Index            int              `json:"index"`
	ID               string           `json:"id"`
	Records          int              `json:"records"`
	DataCommitment   string           `json:"data_commitment"`
	SketchCommitment string           `json:"sketch_commitment"`
	Sketch           influence.Sketch `json:"sketch"`
}

// Result is what Train produces.
type Result struct {
	Adapter   *peft.Adapter
	Quant     *quant.Adapter
	Plan      *influence.Plan
	Artifacts *Artifacts
}

// Plan quantizes base and the adapter and builds the attribution plan.
func Plan(base *model.Model, a *peft.Adapter, p influence.Params) (*influence.Plan, error) {
	qm, err := quant.FromModel(base)
	if err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	qa, err := quant.FromPEFT(qm, a, "datanet-adapter")
	if err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	return influence.NewPlan(qm, qa, p)
}

// Train fine-tunes a LoRA adapter on d (FitAdapter), then computes every
// contributor's sketch at the quantized adapter and the Datanet roots.
func Train(ctx context.Context, base *model.Model, d *datanet.Datanet, opts TrainOptions, p influence.Params) (*Result, error) {
	a, losses, err := FitAdapter(ctx, base, d, opts)
	if err != nil {
		return nil, err
	}
	pl, err := Plan(base, a, p)
	if err != nil {
		return nil, err
	}
	art, err := Sketch(ctx, pl, d)
	if err != nil {
		return nil, err
	}
	o := opts.withDefaults()
	art.Training = TrainingInfo{Seed: o.Seed, Rank: o.Rank, Alpha: o.Alpha, Epochs: o.Epochs, BatchSize: o.BatchSize, LR: o.LR, Losses: losses}
	return &Result{Adapter: a, Quant: pl.Adapter, Plan: pl, Artifacts: art}, nil
}

// Sketch computes the attribution artifacts of d under pl (everything but
// the training record).
func Sketch(ctx context.Context, pl *influence.Plan, d *datanet.Datanet) (*Artifacts, error) {
	sk, err := pl.Contributors(ctx, d)
	if err != nil {
		return nil, err
	}
	data := d.Commitments()
	coms := make([]fr.Element, len(sk))
	for c := range sk {
		if coms[c], err = pl.Commitment(sk[c]); err != nil {
			return nil, fmt.Errorf("contributor %q: %w", d.Contributors[c].ID, err)
		}
	}
	dataRoot, err := datanet.RootOf(d.InputDim, d.Classes, data, nil)
	if err != nil {
		return nil, err
	}
	root, err := datanet.RootOf(d.InputDim, d.Classes, data, coms)
	if err != nil {
		return nil, err
	}
	art := &Artifacts{
		Format: ArtifactsFormat, Version: ArtifactsVersion, Params: pl.P,
		Datanet: DatanetInfo{Name: d.Name, InputDim: d.InputDim, Classes: d.Classes, DataRoot: commit.Hex(dataRoot), Root: commit.Hex(root)},
	}
	for c, con := range d.Contributors {
		art.Contribs = append(art.Contribs, ContributorInfo{
			Index: c, ID: con.ID, Records: len(con.Examples),
			DataCommitment: commit.Hex(data[c]), SketchCommitment: commit.Hex(coms[c]), Sketch: sk[c],
		})
	}
	return art, nil
}

// Sketches returns the contributors' sketches in index order.
func (a *Artifacts) Sketches() []influence.Sketch {
	out := make([]influence.Sketch, len(a.Contribs))
	for i, c := range a.Contribs {
		out[i] = c.Sketch
	}
	return out
}

// Save writes dir/adapter and dir/attribution.json, each file atomically.
func (r *Result) Save(dir string) error {
	if err := r.Adapter.Save(filepath.Join(dir, AdapterDir)); err != nil {
		return fmt.Errorf("provenance: %w", err)
	}
	return r.Artifacts.Save(filepath.Join(dir, ArtifactsFile))
}

// Save writes the artifacts to path atomically.
func (a *Artifacts) Save(path string) error {
	b, err := json.MarshalIndent(a, "", " ")
	if err != nil {
		return fmt.Errorf("provenance: %w", err)
	}
	if err := renameio.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("provenance: write %s: %w", path, err)
	}
	return nil
}

// LoadArtifacts reads and structurally validates attribution.json.
func LoadArtifacts(path string) (*Artifacts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxArtifactsBytes+1))
	if err != nil {
		return nil, fmt.Errorf("provenance: %s: %w", path, err)
	}
	if len(b) > MaxArtifactsBytes {
		return nil, fmt.Errorf("%w: %s: larger than %d bytes", ErrBadInput, path, MaxArtifactsBytes)
	}
	return ParseArtifacts(path, b)
}

// ParseArtifacts decodes attribution.json bytes; name is used in errors.
// It checks the structure (format, version, indices, hex fields, sketch
// lengths and bounds); Verify checks the content against a Datanet.
func ParseArtifacts(name string, b []byte) (*Artifacts, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var a Artifacts
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s: trailing data", ErrBadInput, name)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrBadInput, name, fmt.Sprintf(format, args...))
	}
	if a.Format != ArtifactsFormat || a.Version != ArtifactsVersion {
		return nil, bad("format %q version %d, want %q version %d", a.Format, a.Version, ArtifactsFormat, ArtifactsVersion)
	}
	for _, h := range []struct{ field, v string }{{"datanet.data_root", a.Datanet.DataRoot}, {"datanet.root", a.Datanet.Root}} {
		if _, err := commit.ParseHex(h.v); err != nil {
			return nil, bad("%s: %v", h.field, err)
		}
	}
	if len(a.Contribs) == 0 {
		return nil, bad("no contributors")
	}
	dim := -1
	for i, c := range a.Contribs {
		if c.Index != i {
			return nil, bad("contributors[%d].index = %d", i, c.Index)
		}
		for _, h := range []struct{ field, v string }{{"data_commitment", c.DataCommitment}, {"sketch_commitment", c.SketchCommitment}} {
			if _, err := commit.ParseHex(h.v); err != nil {
				return nil, bad("contributors[%d].%s: %v", i, h.field, err)
			}
		}
		if dim < 0 {
			dim = len(c.Sketch)
		}
		if len(c.Sketch) != dim || dim == 0 {
			return nil, bad("contributors[%d].sketch has %d values, want %d (non-zero)", i, len(c.Sketch), dim)
		}
		if err := c.Sketch.Check(); err != nil {
			return nil, bad("contributors[%d].sketch: %v", i, err)
		}
	}
	return &a, nil
}

// Verify recomputes the artifacts from d under pl and reports the first
// difference: an auditor's check that the sketches, commitments and roots
// belong to this Datanet and this adapter.
func (a *Artifacts) Verify(ctx context.Context, pl *influence.Plan, d *datanet.Datanet) error {
	if pl.P != a.Params {
		return fmt.Errorf("%w: artifacts use params %+v, plan %+v", ErrBadInput, a.Params, pl.P)
	}
	want, err := Sketch(ctx, pl, d)
	if err != nil {
		return err
	}
	if want.Datanet.DataRoot != a.Datanet.DataRoot {
		return fmt.Errorf("%w: data root %s, the Datanet gives %s", ErrBadInput, a.Datanet.DataRoot, want.Datanet.DataRoot)
	}
	if len(want.Contribs) != len(a.Contribs) {
		return fmt.Errorf("%w: %d contributors, the Datanet has %d", ErrBadInput, len(a.Contribs), len(want.Contribs))
	}
	for i, c := range want.Contribs {
		got := a.Contribs[i]
		switch {
		case got.ID != c.ID || got.Records != c.Records || got.DataCommitment != c.DataCommitment:
			return fmt.Errorf("%w: contributor %d (%s): id, record count or data commitment differ from the Datanet", ErrBadInput, i, got.ID)
		case len(got.Sketch) != len(c.Sketch):
			return fmt.Errorf("%w: contributor %d (%s): sketch length %d, want %d", ErrBadInput, i, got.ID, len(got.Sketch), len(c.Sketch))
		case got.SketchCommitment != c.SketchCommitment:
			return fmt.Errorf("%w: contributor %d (%s): sketch commitment differs from the recomputed one", ErrBadInput, i, got.ID)
		}
		for j := range c.Sketch {
			if got.Sketch[j] != c.Sketch[j] {
				return fmt.Errorf("%w: contributor %d (%s): sketch value %d is %d, recomputed %d", ErrBadInput, i, got.ID, j, got.Sketch[j], c.Sketch[j])
			}
		}
	}
	if want.Datanet.Root != a.Datanet.Root {
		return fmt.Errorf("%w: root %s, recomputed %s", ErrBadInput, a.Datanet.Root, want.Datanet.Root)
	}
	return nil
}
