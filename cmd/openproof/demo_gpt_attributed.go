package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// gptEmbeddedAttribution is the --attribution value that names the
// embedded text artifacts in demo --gpt.
const gptEmbeddedAttribution = "embedded"

// gptAttribution is demo --gpt's text attribution: the artifacts with their
// plan, the Datanet's name and the root the verifier compares the proof's
// with (recomputed: from the embedded Datanet's records, or from a file's
// sketches), and whether the contributor names are bound (the embedded
// Datanet's commitments hash them).
type gptAttribution struct {
	ta          *pipeline.TextAttribution
	name        string
	namesBound  bool
	datanetNote string
}

// demoGPTAttribution picks demo --gpt's attribution, as demo does for the
// MNIST model: by default (and with --attribution embedded) the embedded
// text Datanet and artifacts, checked against the Datanet's records — they
// belong to the embedded model and adapter, so --model, --adapter or
// --no-adapter without --attribution, and --no-attribution, give the plain
// statement; --attribution FILE: a text artifact file (attribution/textattr)
// for the model and adapter in use.
func demoGPTAttribution(c *cli.Context, q *gpt2q.Model) (*gptAttribution, error) {
	path := c.String(attributionFlag.Name)
	switch {
	case path != "" && c.Bool(noAttributionFlag.Name):
		return nil, usageErr("--attribution and --no-attribution exclude each other")
	case c.Bool(noAttributionFlag.Name):
		return nil, nil
	case path == "" && (c.String(modelFlag.Name) != "" || c.String(adapterFlag.Name) != "" || c.Bool(noAdapter.Name)):
		return nil, nil
	case path == "" || path == gptEmbeddedAttribution:
		return embeddedGPTAttribution(q)
	}
	raw, err := readTextArtifacts(path)
	if err != nil {
		return nil, err
	}
	art, err := textattr.Parse(path, raw)
	if err != nil {
		return nil, err
	}
	ta, err := pipeline.NewTextAttribution(q, art)
	if err != nil {
		return nil, fmt.Errorf("--attribution: %w", err)
	}
	return &gptAttribution{ta: ta, name: art.Datanet, datanetNote: "root recomputed from the artifacts' sketches"}, nil
}

// readTextArtifacts reads the file --attribution names (a text artifact file is at most
// textattr.MaxBytes; Parse refuses more).
func readTextArtifacts(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageErr("--attribution: %v", err)
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, textattr.MaxBytes+1))
}

// embeddedGPTAttribution returns the embedded text artifacts for q (which
// must be the embedded model and adapter), checked against the embedded
// Datanet: every contributor's data commitment (which hashes its name and
// records) and both roots.
func embeddedGPTAttribution(q *gpt2q.Model) (*gptAttribution, error) {
	art, err := demo.GPTTextArtifacts()
	if err != nil {
		return nil, err
	}
	d, err := demo.GPTTextDatanet()
	if err != nil {
		return nil, err
	}
	ta, err := pipeline.NewTextAttribution(q, art)
	if err != nil {
		return nil, fmt.Errorf("the embedded text attribution belongs to the embedded model and adapter: %w", err)
	}
	if err := art.CheckDatanet(ta.Plan, d); err != nil {
		return nil, err
	}
	return &gptAttribution{ta: ta, name: d.Name + " (embedded)", namesBound: true,
		datanetNote: "root recomputed from the embedded Datanet's records and sketches"}, nil
}

// proveGPT proves req, attributed when a is set.
func proveGPT(c *cli.Context, backend prover.Backend, keys keystore.Provider, req pipeline.GenerationRequest, a *gptAttribution) (*pipeline.GenerationProof, error) {
	if a == nil {
		return pipeline.ProveGeneration(c.Context, backend, keys, req)
	}
	return pipeline.ProveAttributedGeneration(c.Context, backend, keys, req, a.ta)
}

// verifyOptions are the verifier options of a's Datanet (none without).
func (a *gptAttribution) verifyOptions() ([]verifier.Option, error) {
	if a == nil {
		return nil, nil
	}
	root, err := commit.ParseHex(a.ta.Artifacts.Root)
	if err != nil {
		return nil, err
	}
	return []verifier.Option{verifier.WithDatanet(a.name, root)}, nil
}

// demoTopContributors is how many contributors demo --gpt lists.
const demoTopContributors = 5

// writeAttribution prints the verified weights of an attributed
// generation, largest first, with the contributors' names (verified when
// the embedded Datanet bound them, labels otherwise).
func writeGPTAttribution(w io.Writer, rep *verifier.GenerationReport, a *gptAttribution) {
	st, l := &rep.Statement, &rep.Labels
	if a == nil || st.Weights == nil {
		return
	}
	fmt.Fprintf(w, "  datanet       %s, root %s (%s)\n", st.Datanet, st.DatanetRoot, a.datanetNote)
	fmt.Fprintf(w, "  attribution   digest %s, %d contributors (%s)\n", st.AttributionDigest, len(st.Weights), a.ta.Artifacts.Method)
	order := make([]int, len(st.Weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return int(st.Weights[y]) - int(st.Weights[x]) })
	names := "names bound by the Datanet's commitments"
	if !a.namesBound {
		names = "names are unverified labels"
	}
	fmt.Fprintf(w, "  top contributors (ppm; %s):\n", names)
	for _, i := range order[:min(demoTopContributors, len(order))] {
		fmt.Fprintf(w, "    %-14s %7d  (%.1f%%)\n", l.Contributors[i], st.Weights[i], float64(st.Weights[i])/1e4)
	}
}

// textDatanetOption is verify's --attribution for a generation bundle: the
// text artifacts' Datanet root, recomputed from their sketches and data
// commitments (no model needed), which the proof's root must be.
func textDatanetOption(path string) (verifier.Option, error) {
	raw, err := readTextArtifacts(path)
	if err != nil {
		return nil, err
	}
	art, err := textattr.Parse(path, raw)
	if err != nil {
		return nil, err
	}
	root, err := art.RecomputeRoot()
	if err != nil {
		return nil, err
	}
	if commit.Hex(root) != art.Root {
		return nil, usageErr("--attribution: the artifacts' sketches open root %s, the file states %s", commit.Hex(root), art.Root)
	}
	return verifier.WithDatanet(art.Datanet, root), nil
}

// printGenerationAttribution prints a verified attributed generation's
// weights (verified), its Datanet (verified with --attribution) and the
// contributor ids and unchecked root (labels).
func printGenerationAttribution(w io.Writer, rep *verifier.GenerationReport) {
	st, l := &rep.Statement, &rep.Labels
	if st.Weights == nil {
		return
	}
	if st.Datanet != "" {
		fmt.Fprintf(w, "  datanet            %s, root %s (recomputed from --attribution)\n", st.Datanet, st.DatanetRoot)
	}
	fmt.Fprintf(w, "  attribution digest %s\n  weights (ppm)      %v\n", st.AttributionDigest, st.Weights)
	fmt.Fprintf(w, "unverified labels: contributor ids %v", l.Contributors)
	if l.DatanetRoot != "" {
		fmt.Fprintf(w, ", datanet root %s (proven, but no --attribution to say whose)", l.DatanetRoot)
	}
	fmt.Fprintln(w)
}
