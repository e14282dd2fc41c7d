package artifacts

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
)

// Claim is an attribution an audit is asked to confirm: the part of an
// Attribution that Audit and Check compare. Every field is optional, but a
// parsed claim has a root, a digest or weights.
type Claim struct {
	DatanetRoot string
	Digest      string
	Weights     []uint32 // ppm, in contributor order
	Prediction  *int
	// Input is the int8 input of the proof bundle the claim came from (nil:
	// the claim carries none).
	Input []int8
}

// claimJSON is a claim as files hold it: provenance's weights JSON
// (weights_ppm) or a proof bundle's attribution section (weights as a list).
type claimJSON struct {
	DatanetRoot string   `json:"datanet_root"`
	Digest      string   `json:"digest"`
	Weights     []uint32 `json:"weights_ppm"`
	Prediction  *int     `json:"prediction"`
	List        []struct {
		Contributor int    `json:"contributor"`
		PPM         uint32 `json:"ppm"`
	} `json:"weights"`
}

// ReadClaim reads the claim file at path (at most MaxBytes) with ParseClaim.
func ReadClaim(path string) (*Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadInput, path, err)
	}
	if len(b) > MaxBytes {
		return nil, fmt.Errorf("%w: %s: larger than %d bytes", ErrBadInput, path, MaxBytes)
	}
	return ParseClaim(path, b)
}

// ParseClaim decodes a claim: a weights JSON as provenance writes it, or the
// "attribution" section of a larger JSON object, a proof bundle (whose int8
// "input" becomes the claim's Input) or an audit report. name (a file name)
// prefixes errors; every error wraps ErrBadInput.
func ParseClaim(name string, data []byte) (*Claim, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrBadInput, name, fmt.Sprintf(format, args...))
	}
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(data, &outer); err != nil {
		return nil, bad("not a JSON object: %v", err)
	}
	var cl Claim
	if sec, ok := outer["attribution"]; ok {
		data = sec
		if in, ok := outer["input"]; ok {
			x, err := claimInput(in)
			if err != nil {
				return nil, bad("input: %v", err)
			}
			cl.Input = x
		}
	}
	var cj claimJSON
	if err := json.Unmarshal(data, &cj); err != nil {
		return nil, bad("attribution: %v", err)
	}
	cl.DatanetRoot, cl.Digest, cl.Weights, cl.Prediction = cj.DatanetRoot, cj.Digest, cj.Weights, cj.Prediction
	if cl.Weights == nil && cj.List != nil {
		for i, w := range cj.List {
			if w.Contributor != i {
				return nil, bad("weights[%d].contributor = %d, want %d", i, w.Contributor, i)
			}
			cl.Weights = append(cl.Weights, w.PPM)
		}
	}
	if cl.DatanetRoot == "" && cl.Digest == "" && cl.Weights == nil {
		return nil, bad("no datanet_root, digest or weights to check")
	}
	return &cl, nil
}

// claimInput decodes a bundle's input: a JSON array of int8 values.
func claimInput(raw json.RawMessage) ([]int8, error) {
	var v []int64
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	var out []int8 // nil for an empty array: no input, as no "input"
	for i, x := range v {
		if x < -128 || x > 127 {
			return nil, fmt.Errorf("input[%d] = %d is not an int8", i, x)
		}
		out = append(out, int8(x))
	}
	return out, nil
}

// Check adds to r the comparisons Audit does not make: the claimed weights
// themselves, their digest, and the prediction. A failed comparison is a
// failed check in r (r.OK false), as in Audit.
func (cl *Claim) Check(r *AuditReport) {
	add := func(name string, err error) {
		ch := Check{Name: name, OK: err == nil}
		if err != nil {
			ch.Detail = err.Error()
			r.OK = false
		}
		r.Checks = append(r.Checks, ch)
	}
	a := r.Attribution
	if a == nil {
		return
	}
	if cl.Weights != nil {
		add("claimed weights match the recomputed weights", cl.checkWeights(a, r.IDs))
		if cl.Digest != "" {
			var err error
			if got := commit.Hex(influence.Digest(cl.Weights)); !strings.EqualFold(got, cl.Digest) {
				err = fmt.Errorf("claimed weights hash to %s, claim states %s", got, cl.Digest)
			}
			add("claimed digest is the digest of the claimed weights", err)
		}
	}
	if cl.Prediction != nil {
		var err error
		if *cl.Prediction != a.Prediction {
			err = fmt.Errorf("claimed prediction %d, recomputed %d", *cl.Prediction, a.Prediction)
		}
		add("claimed prediction matches", err)
	}
}

// checkWeights compares the claimed weights with a's; ids name the
// contributors in the message.
func (cl *Claim) checkWeights(a *Attribution, ids []string) error {
	if len(cl.Weights) != len(a.Weights) {
		return fmt.Errorf("claim has %d weights, the Datanet %d contributors", len(cl.Weights), len(a.Weights))
	}
	for i := range a.Weights {
		if cl.Weights[i] != a.Weights[i] {
			id := fmt.Sprint(i)
			if i < len(ids) {
				id = ids[i]
			}
			return fmt.Errorf("contributor %s: claimed %d ppm, recomputed %d ppm", id, cl.Weights[i], a.Weights[i])
		}
	}
	return nil
}
