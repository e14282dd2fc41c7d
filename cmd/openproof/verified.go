package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/openproof/openproof/verifier"
)

// What verify prints keeps two things apart: a line that starts with
// "verified" (and --json's "statement") holds only what the proof binds or
// the verifier recomputed; the bundle's other claims (names, backend,
// contributor ids) appear only under "unverified labels".

// verifiedJSON is verify --json.
type verifiedJSON struct {
	Verified  bool          `json:"verified"`
	Statement statementJSON `json:"statement"`
	Labels    labelsJSON    `json:"unverified_labels"`
	Checks    []string      `json:"checks"`
}

// statementJSON is verifier.Statement: proven or recomputed.
type statementJSON struct {
	Kind              string   `json:"kind"`
	Circuit           string   `json:"circuit,omitempty"` // with a key store's manifest only
	CircuitDigest     string   `json:"circuit_digest,omitempty"`
	Constraints       int      `json:"constraints,omitempty"`
	Setup             string   `json:"setup,omitempty"`
	VKSHA256          string   `json:"vk_sha256"`
	ModelDigest       string   `json:"model_digest"`
	AdapterCommitment string   `json:"adapter_commitment"`
	AdapterOwner      string   `json:"adapter_owner,omitempty"` // with --adapter-inner and --adapter-owner only
	InputDigest       string   `json:"input_digest"`
	OutputDigest      string   `json:"output_digest"`
	DatanetRoot       string   `json:"datanet_root,omitempty"`
	AttributionDigest string   `json:"attribution_digest,omitempty"`
	Model             string   `json:"model,omitempty"` // with --model only
	InputPresent      bool     `json:"input_present"`
	Output            []int64  `json:"output"`
	Prediction        *int     `json:"prediction"`
	WeightsPPM        []uint32 `json:"weights_ppm,omitempty"` // by contributor index
}

// labelsJSON is verifier.Labels: the bundle's claims nothing checked.
type labelsJSON struct {
	Circuit       string            `json:"circuit,omitempty"`
	CircuitDigest string            `json:"circuit_digest,omitempty"`
	Constraints   int               `json:"constraints,omitempty"`
	Model         string            `json:"model,omitempty"`
	Adapter       string            `json:"adapter,omitempty"`
	Backend       string            `json:"backend,omitempty"`
	Contributors  []string          `json:"contributors,omitempty"` // by contributor index
	Extra         map[string]string `json:"extra,omitempty"`
}

func verifiedJSONOf(rep *verifier.Report) verifiedJSON {
	s, l := &rep.Statement, &rep.Labels
	return verifiedJSON{
		Verified: true,
		Statement: statementJSON{Kind: s.Kind, Circuit: s.Circuit, CircuitDigest: s.CircuitDigest, Constraints: s.Constraints,
			Setup: s.Setup, VKSHA256: s.VKSHA256, ModelDigest: s.ModelDigest, AdapterCommitment: s.AdapterCommitment,
			InputDigest: s.InputDigest, OutputDigest: s.OutputDigest, DatanetRoot: s.DatanetRoot, AttributionDigest: s.AttributionDigest,
			Model: s.Model, InputPresent: s.Input != nil, Output: s.Output, Prediction: s.Prediction, WeightsPPM: s.Weights},
		Labels: labelsJSON{Circuit: l.Circuit, CircuitDigest: l.CircuitDigest, Constraints: l.Constraints, Model: l.Model,
			Adapter: l.Adapter, Backend: l.Backend, Contributors: l.Contributors, Extra: l.Extra},
		Checks: rep.Checks,
	}
}

// printVerified prints verify's verified statement, the unverified labels
// and, for attributed proofs, the proven weights by contributor index.
func printVerified(w io.Writer, rep *verifier.Report) error {
	s := &rep.Statement
	circuit := "circuit: not confirmed (no key store manifest)"
	if s.Circuit != "" {
		circuit = fmt.Sprintf("circuit %s (%d constraints, setup %s)", s.Circuit, s.Constraints, s.Setup)
	}
	model := s.ModelDigest
	if s.Model != "" {
		model += " = " + s.Model
	}
	input := "input: absent"
	if s.Input != nil {
		input = fmt.Sprintf("input: %d values checked", len(s.Input))
	}
	fmt.Fprintf(w, "verified: %s proof; %s; model digest %s; adapter commitment %s; input digest %s (%s); output %v; prediction %s (checks: %v)\n",
		s.Kind, circuit, model, s.AdapterCommitment, s.InputDigest, input, s.Output, predictionText(s.Prediction), rep.Checks)
	fmt.Fprintf(w, "unverified labels: %s\n", labelsText(rep.Labels))
	if s.Kind != verifier.KindAttributed {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "attribution (proven weights by contributor index; ids unverified):\n")
	fmt.Fprintf(tw, "  datanet_root\t%s\n  attribution_digest\t%s\n", s.DatanetRoot, s.AttributionDigest)
	nonzero := 0
	for i, ppm := range s.Weights {
		if ppm == 0 {
			continue
		}
		nonzero++
		id := "-"
		if i < len(rep.Labels.Contributors) {
			id = orDash(rep.Labels.Contributors[i])
		}
		fmt.Fprintf(tw, "  contributor %d\t%7d ppm  %8.4f%%  id %s (unverified)\n", i, ppm, float64(ppm)/1e4, id)
	}
	if nonzero == 0 {
		fmt.Fprintf(tw, "  weights\tall zero (no contributor scored positive)\n")
	}
	fmt.Fprintf(tw, "  contributors\t%d (%d with weight)\n", len(s.Weights), nonzero)
	return tw.Flush()
}

func predictionText(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}

// labelsText lists the labels nothing checked, empty ones left out
// (contributor ids are printed with their weights), or "none".
func labelsText(l verifier.Labels) string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+" "+v)
		}
	}
	add("circuit", l.Circuit)
	add("circuit digest", l.CircuitDigest)
	if l.Constraints != 0 {
		add("constraints", fmt.Sprint(l.Constraints))
	}
	add("model", l.Model)
	add("adapter", l.Adapter)
	add("backend", l.Backend)
	for _, k := range slices.Sorted(maps.Keys(l.Extra)) {
		add("extra "+k, l.Extra[k])
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
