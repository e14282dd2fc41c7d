package bundle

import (
	"encoding/json"
	"fmt"

	"github.com/google/renameio/v2"
)

// MergeFormat and MergeVersion identify the merge bundle format.
const (
	MergeFormat  = "openproof.merge-bundle"
	MergeVersion = 1
)

// Merge is a merge bundle (merge-proof.json): per adapted module, the
// row-chunk proofs of W' = W0 + s·B·A whose chain values link the whole-matrix
// commitments of W0 and of W' (package circuits/merge).
type Merge struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	Adapter string        `json:"adapter"`
	Backend string        `json:"backend"`
	Modules []MergeModule `json:"modules"`
}

// MergeModule is one merged module: its shape, the commitments and its
// chunk proofs in row order.
type MergeModule struct {
	Name              string       `json:"name"`
	Layer             int          `json:"layer"`
	NLayers           int          `json:"n_layers"`
	In                int          `json:"in"`
	Out               int          `json:"out"`
	Rank              int          `json:"rank"`
	FanInFanOut       bool         `json:"fan_in_fan_out"` // stored [in][out] in the base and the merged file
	Rows              int          `json:"rows"`           // rows per chunk
	AdapterCommitment string       `json:"adapter_commitment"`
	W0                string       `json:"w0_commitment"`
	W                 string       `json:"w_commitment"`
	Chunks            []MergeChunk `json:"chunks"`
}

// MergeChunk is one chunk proof and its chain values.
type MergeChunk struct {
	Circuit     string `json:"circuit"`
	Digest      string `json:"circuit_digest"`
	Constraints int    `json:"constraints"`
	First       int    `json:"first_row"`
	W0Before    string `json:"w0_before"`
	W0After     string `json:"w0_after"`
	WBefore     string `json:"w_before"`
	WAfter      string `json:"w_after"`
	Proof       string `json:"proof"`
	VKSHA256    string `json:"vk_sha256"`
}

// ReadMerge reads and checks the merge bundle file at path (at most MaxSize
// bytes). Every error wraps ErrBadInput.
func ReadMerge(path string) (*Merge, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return ParseMerge(path, data)
}

// ParseMerge decodes and checks a merge bundle; name (a file name) prefixes
// errors. As Parse it refuses unknown fields and data after the JSON value.
func ParseMerge(name string, data []byte) (*Merge, error) {
	var m Merge
	if err := DecodeStrict(name, data, &m); err != nil {
		return nil, err
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &m, nil
}

// Check checks the bundle's form: format and version, at least one module,
// positive sizes, field elements, hex digests and proofs of a valid length.
// Whether the values are a proven merge of given weights is the verifier's
// question (verifier.VerifyMerge); so is whether the chunks' shapes are
// circuits at all.
func (m *Merge) Check() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("field %q: %s: %w", field, fmt.Sprintf(format, args...), ErrBadInput)
	}
	if m.Format != MergeFormat || m.Version != MergeVersion {
		return bad("format", "%q v%d, want %s v%d", m.Format, m.Version, MergeFormat, MergeVersion)
	}
	if len(m.Modules) == 0 {
		return bad("modules", "empty")
	}
	for k := range m.Modules {
		if err := m.Modules[k].check(fmt.Sprintf("modules[%d]", k), bad); err != nil {
			return err
		}
	}
	return nil
}

func (mm *MergeModule) check(at string, bad func(field, format string, args ...any) error) error {
	if mm.Name == "" {
		return bad(at+".name", "empty")
	}
	for _, f := range []struct {
		field string
		v     int
	}{{"in", mm.In}, {"out", mm.Out}, {"rows", mm.Rows}} {
		if f.v < 1 {
			return bad(at+"."+f.field, "%d, want a positive number", f.v)
		}
	}
	for _, e := range []struct{ field, v string }{{"adapter_commitment", mm.AdapterCommitment}, {"w0_commitment", mm.W0}, {"w_commitment", mm.W}} {
		if _, err := ParseElement(e.v); err != nil {
			return bad(at+"."+e.field, "%v", err)
		}
	}
	for j, ch := range mm.Chunks {
		cat := fmt.Sprintf("%s.chunks[%d]", at, j)
		if ch.Constraints < 0 || ch.First < 0 {
			return bad(cat, "negative constraints %d or first_row %d", ch.Constraints, ch.First)
		}
		for _, e := range []struct{ field, v string }{{"w0_before", ch.W0Before}, {"w0_after", ch.W0After}, {"w_before", ch.WBefore}, {"w_after", ch.WAfter}} {
			if _, err := ParseElement(e.v); err != nil {
				return bad(cat+"."+e.field, "%v", err)
			}
		}
		for _, d := range []struct{ field, v string }{{"circuit_digest", ch.Digest}, {"vk_sha256", ch.VKSHA256}} {
			if err := checkSHA256(d.v); err != nil {
				return bad(cat+"."+d.field, "%v", err)
			}
		}
		proof, err := decodeHex(ch.Proof)
		if err != nil {
			return bad(cat+".proof", "%v", err)
		}
		if _, err := nbCommitments(len(proof)); err != nil {
			return bad(cat+".proof", "%v", err)
		}
	}
	return nil
}

// Write writes m, indented, to path atomically.
func (m *Merge) Write(path string) error {
	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return fmt.Errorf("merge bundle: encode: %w", err)
	}
	if err := renameio.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("merge bundle: %w", err)
	}
	return nil
}
