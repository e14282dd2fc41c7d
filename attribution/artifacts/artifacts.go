// Package artifacts is the read-only side of attribution: attribution.json,
// the artifacts published with an adapter trained on a Datanet (its format,
// Parse/Load/Save and structural checks), their computation from a Datanet
// and an adapter (Sketch), the auditor's recomputation (Verify, Audit), the
// claimed attribution an audit confirms (Claim: ParseClaim, ReadClaim, Check)
// and the attribution of one inference (Attribute, AttributeTrace).
//
// The training that produces an adapter and its artifacts is
// attribution/provenance, which imports this package; the circuits and the
// CLI's audit read artifacts through this package and never import the
// training code.
//
// # Format
//
// attribution.json holds the sketch parameters (influence.Params), the
// method of the per-contributor vectors (influence.Method; absent means
// influence.MethodRenormTracIn, the format before methods existed), the
// Datanet roots without and with sketches, the training record, and per
// contributor its id, record count, data commitment, sketch commitment and
// sketch (the committed vector S_c). The sketches are those of the quantized adapter (the one a proof
// commits to), so an auditor recomputes them exactly from the Datanet and the
// adapter files.
package artifacts

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/strictjson"
)

// ErrBadInput marks unusable artifact files and artifacts that do not fit a
// Datanet, a plan or a claim.
var ErrBadInput = fmt.Errorf("artifacts: %w", errs.ErrBadInput)

// Format and Version name attribution.json's format.
const (
	Format  = "openproof-attribution"
	Version = 1
)

// MaxBytes bounds attribution.json.
const MaxBytes = 256 << 20

// Artifacts is the content of attribution.json.
type Artifacts struct {
	Format  string           `json:"format"`
	Version int              `json:"version"`
	Params  influence.Params `json:"params"`
	// Method is how the per-contributor vectors were computed (method.go);
	// absent in artifacts made before it existed, which use
	// influence.MethodRenormTracIn.
	Method   *influence.Method `json:"method,omitempty"`
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

// Sketches returns the contributors' sketches in index order.
func (a *Artifacts) Sketches() []influence.Sketch {
	out := make([]influence.Sketch, len(a.Contribs))
	for i, c := range a.Contribs {
		out[i] = c.Sketch
	}
	return out
}

// Save writes the artifacts to path atomically.
func (a *Artifacts) Save(path string) error {
	b, err := json.MarshalIndent(a, "", " ")
	if err != nil {
		return fmt.Errorf("artifacts: %w", err)
	}
	if err := renameio.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("artifacts: write %s: %w", path, err)
	}
	return nil
}

// Load reads and structurally validates an attribution.json file.
func Load(path string) (*Artifacts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("artifacts: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("artifacts: %s: %w", path, err)
	}
	if len(b) > MaxBytes {
		return nil, fmt.Errorf("%w: %s: larger than %d bytes", ErrBadInput, path, MaxBytes)
	}
	return Parse(path, b)
}

// Parse decodes attribution.json bytes; name is used in errors. It checks
// the structure (format, version, indices, hex fields, sketch lengths and
// bounds); Verify checks the content against a Datanet.
func Parse(name string, b []byte) (*Artifacts, error) {
	dec := strictjson.NewDecoder(b)
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
	if a.Format != Format || a.Version != Version {
		return nil, bad("format %q version %d, want %q version %d", a.Format, a.Version, Format, Version)
	}
	if a.Method != nil {
		if err := a.Method.Check(); err != nil {
			return nil, bad("method: %v", err)
		}
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
