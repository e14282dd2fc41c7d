package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
)

// The claim audit compares with: its file format and its checks are
// library logic that belongs beside artifacts.Audit (and moves with it).

// claimedAttribution is the part of a artifacts.Attribution an audit
// compares; every field is optional.
type claimedAttribution struct {
	DatanetRoot string   `json:"datanet_root"`
	Digest      string   `json:"digest"`
	Weights     []uint32 `json:"weights_ppm"`
	Prediction  *int     `json:"prediction"`
	// List is a proof bundle's form of the weights.
	List []struct {
		Contributor int    `json:"contributor"`
		PPM         uint32 `json:"ppm"`
	} `json:"weights"`
	// input is the int8 input of a proof bundle, if it carries one.
	input []int8
}

// readClaim reads a weights JSON as provenance writes it, or the
// "attribution" section of a larger JSON object: a proof bundle (whose int8
// "input" it also returns) or an audit report.
func readClaim(path, flag string) (*claimedAttribution, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("%s: %w", flag, err)}
	}
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(b, &outer); err != nil {
		return nil, usageErr("%s %s: not a JSON object: %v", flag, path, err)
	}
	var cl claimedAttribution
	if sec, ok := outer["attribution"]; ok {
		b = sec
		if in, ok := outer["input"]; ok {
			var v []int64
			if err := json.Unmarshal(in, &v); err != nil {
				return nil, usageErr("%s %s: input: %v", flag, path, err)
			}
			for i, x := range v {
				if x < -128 || x > 127 {
					return nil, usageErr("%s %s: input[%d] = %d is not an int8", flag, path, i, x)
				}
				cl.input = append(cl.input, int8(x))
			}
		}
	}
	if err := json.Unmarshal(b, &cl); err != nil {
		return nil, usageErr("%s %s: attribution: %v", flag, path, err)
	}
	if cl.Weights == nil && cl.List != nil {
		for i, w := range cl.List {
			if w.Contributor != i {
				return nil, usageErr("%s %s: weights[%d].contributor = %d, want %d", flag, path, i, w.Contributor, i)
			}
			cl.Weights = append(cl.Weights, w.PPM)
		}
	}
	if cl.DatanetRoot == "" && cl.Digest == "" && cl.Weights == nil {
		return nil, usageErr("%s %s: no datanet_root, digest or weights to check", flag, path)
	}
	return &cl, nil
}

// check adds the comparisons artifacts.Audit does not make: the claimed
// weights themselves, their digest, and the prediction.
func (cl *claimedAttribution) check(r *artifacts.AuditReport) {
	add := func(name string, err error) {
		ch := artifacts.Check{Name: name, OK: err == nil}
		if err != nil {
			ch.Detail = err.Error()
			r.OK = false
		}
		r.Checks = append(r.Checks, ch)
	}
	a := r.Attribution
	if cl.Weights != nil && a != nil {
		var err error
		if len(cl.Weights) != len(a.Weights) {
			err = fmt.Errorf("claim has %d weights, the Datanet %d contributors", len(cl.Weights), len(a.Weights))
		} else {
			for i := range a.Weights {
				if cl.Weights[i] != a.Weights[i] {
					id := fmt.Sprint(i)
					if i < len(r.IDs) {
						id = r.IDs[i]
					}
					err = fmt.Errorf("contributor %s: claimed %d ppm, recomputed %d ppm", id, cl.Weights[i], a.Weights[i])
					break
				}
			}
		}
		add("claimed weights match the recomputed weights", err)
		if cl.Digest != "" {
			var derr error
			if got := commit.Hex(influence.Digest(cl.Weights)); !strings.EqualFold(got, cl.Digest) {
				derr = fmt.Errorf("claimed weights hash to %s, claim states %s", got, cl.Digest)
			}
			add("claimed digest is the digest of the claimed weights", derr)
		}
	}
	if cl.Prediction != nil && a != nil {
		var err error
		if *cl.Prediction != a.Prediction {
			err = fmt.Errorf("claimed prediction %d, recomputed %d", *cl.Prediction, a.Prediction)
		}
		add("claimed prediction matches", err)
	}
}
