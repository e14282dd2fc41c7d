package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/ceremony"
)

func inspectCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "inspect",
		Usage:     "describe a PEFT adapter, model directory, safetensors file, trace, proof bundle, delta bundle, merge bundle or ceremony file",
		ArgsUsage: "PATH",
		Action:    e.inspect,
	})
}

func (e *env) inspect(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("inspect takes one PATH, got %d arguments", c.NArg())
	}
	return inspect(e.stdout, c.Args().First())
}

// fileKind is a file inspect knows: how to recognize it from its path and
// first bytes, and how to describe it.
type fileKind struct {
	match    func(path string, head []byte) bool
	describe func(w io.Writer, path string) error
}

// fileKinds are tried in order; the first match describes the file.
var fileKinds = []fileKind{
	{func(_ string, h []byte) bool { return bytes.HasPrefix(h, []byte("openproof.mpc\n")) }, describeCeremony},
	{func(_ string, h []byte) bool { return bytes.Contains(h, []byte(`"`+trace.Format+`"`)) }, describeTrace},
	{func(_ string, h []byte) bool { return bytes.Contains(h, []byte(`"`+bundle.Format+`"`)) }, describeBundle},
	{func(_ string, h []byte) bool { return bytes.Contains(h, []byte(`"`+bundle.MergeFormat+`"`)) }, describeMerge},
	{func(_ string, h []byte) bool { return bytes.Contains(h, []byte(`"`+bundle.DeltaFormat+`"`)) }, describeDelta},
	{func(p string, h []byte) bool { return strings.HasSuffix(p, ".safetensors") || looksLikeSafetensors(h) }, describeSafetensors},
}

func inspect(w io.Writer, path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return badInput{err}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	if st.IsDir() {
		return describeDir(tw, path)
	}
	head := make([]byte, 512)
	f, err := os.Open(path)
	if err != nil {
		return badInput{err}
	}
	n, _ := io.ReadFull(f, head)
	f.Close()
	head = head[:n]
	for _, k := range fileKinds {
		if k.match(path, head) {
			return k.describe(tw, path)
		}
	}
	return usageErr("%s: not a file openproof knows (trace, bundle, delta bundle, merge bundle, safetensors, ceremony file)", path)
}

// describeDir describes a PEFT adapter or a model directory.
func describeDir(tw io.Writer, path string) error {
	switch {
	case exists(filepath.Join(path, "adapter_config.json")):
		return describeAdapter(tw, path)
	case exists(filepath.Join(path, "config.json")):
		return describeModel(tw, path)
	}
	return usageErr("%s: a directory without adapter_config.json or config.json", path)
}

func describeAdapter(tw io.Writer, path string) error {
	a, err := peft.Load(path)
	if err != nil {
		return err
	}
	cfg := a.Config
	fmt.Fprintf(tw, "PEFT %s adapter %s\n", cfg.PeftType, path)
	fmt.Fprintf(tw, "  base model\t%s\n  r, lora_alpha\t%d, %g\n  use_rslora\t%v\n  fan_in_fan_out\t%v\n", orDash(cfg.BaseModel), cfg.R, cfg.LoraAlpha, cfg.UseRSLoRA, cfg.FanInFanOut)
	fmt.Fprintf(tw, "\nmodule\tin\tout\trank\talpha\tscaling\tparams\n")
	total := 0
	for _, m := range a.Summary() {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%g\t%.6g\t%d\n", m.Name, m.In, m.Out, m.Rank, m.Alpha, m.Scaling, m.Params)
		total += m.Params
	}
	fmt.Fprintf(tw, "total\t\t\t\t\t\t%d\n", total)
	if len(a.Extra) > 0 {
		fmt.Fprintf(tw, "\nother tensors (modules_to_save etc.): %s\n", strings.Join(a.Extra, ", "))
	}
	return nil
}

func describeModel(tw io.Writer, path string) error {
	m, err := model.Load(path)
	if err != nil {
		return err
	}
	cfg := m.Config
	fmt.Fprintf(tw, "model %s (%s)\n", orDash(cfg.Name), cfg.ModelType)
	if q := cfg.Quantization; q != nil {
		fmt.Fprintf(tw, "  quantization\t%s, input exponent %d, activation exponents %v\n", q.Scheme, q.InputExponent, q.ActivationExponents)
	}
	fmt.Fprintf(tw, "\nlayer\ttype\tin\tout\tbias\tactivation\n")
	for _, l := range cfg.Layers {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%v\t%s\n", l.Name, l.Type, l.In, l.Out, l.Bias, l.Activation)
	}
	return nil
}

func describeCeremony(tw io.Writer, path string) error {
	r, err := ceremony.Inspect(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(tw, "ceremony file %s\n  kind\t%s\n  domain\t2^%d\n  contributions\t%d\n  sha256\t%s\n", path, r.Kind, r.Power, r.Index, r.Hash)
	return nil
}

func describeTrace(tw io.Writer, path string) error {
	t, err := trace.Read(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(tw, "trace %s (v%d)\n  model\t%s %s\n", path, t.Version, t.Model.Name, t.Model.Digest)
	if t.Adapter != nil {
		fmt.Fprintf(tw, "  adapter\t%s, shape %v, commitment %s\n", t.Adapter.Name, t.Adapter.Shape, t.Adapter.Commitment)
	}
	fmt.Fprintf(tw, "  layers\t%d\n  input\t%d values, digest %s\n  output\t%v, digest %s\n", len(t.Layers), len(t.Input), t.InputDigest, t.Output, t.OutputDigest)
	return nil
}

func describeBundle(tw io.Writer, path string) error {
	b, err := bundle.Read(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(tw, "proof bundle %s (v%d)\n  circuit\t%s, %d constraints, digest %s\n  backend\t%s\n", path, b.Version, b.Circuit.Name, b.Circuit.Constraints, b.Circuit.Digest, b.Backend)
	fmt.Fprintf(tw, "  model\t%s %s\n  adapter\t%s %s\n", b.Model.Name, b.Model.Digest, orDash(b.Adapter.Name), b.Adapter.Commitment)
	fmt.Fprintf(tw, "  output\t%v\n", b.Output)
	if b.Prediction != nil {
		fmt.Fprintf(tw, "  prediction\t%d\n", *b.Prediction)
	}
	for _, p := range b.PublicInputs {
		fmt.Fprintf(tw, "  public %s\t%s\n", p.Name, p.Value)
	}
	fmt.Fprintf(tw, "  proof\t%d bytes\n  vk_sha256\t%s\n", (len(b.Proof)-2)/2, b.VKSHA256)
	if b.Attribution != nil {
		fmt.Fprintf(tw, "attribution (as stated; `openproof verify` checks it against the proof)\n")
		writeWeights(tw, b.Attribution)
	}
	return nil
}

// describeMerge describes a merge bundle's statement: per module the shape,
// the chunking and the commitments the chunk proofs chain, then the chunk
// circuits. `openproof merge verify` checks it.
func describeMerge(tw io.Writer, path string) error {
	m, err := bundle.ReadMerge(path)
	if err != nil {
		return err
	}
	chunks, total := 0, 0
	for _, mm := range m.Modules {
		chunks += len(mm.Chunks)
		for _, ch := range mm.Chunks {
			total += ch.Constraints
		}
	}
	fmt.Fprintf(tw, "merge bundle %s (v%d)\n  adapter\t%s\n  backend\t%s\n", path, m.Version, orDash(m.Adapter), m.Backend)
	fmt.Fprintf(tw, "  modules\t%d, %d chunk proofs, %d constraints\n", len(m.Modules), chunks, total)
	for _, mm := range m.Modules {
		fmt.Fprintf(tw, "module %s (layer %d of %d)\n", mm.Name, mm.Layer, mm.NLayers)
		fmt.Fprintf(tw, "  shape\t%d in × %d out, rank %d, fan_in_fan_out %v\n", mm.In, mm.Out, mm.Rank, mm.FanInFanOut)
		fmt.Fprintf(tw, "  chunks\t%d, %d rows each\n", len(mm.Chunks), mm.Rows)
		fmt.Fprintf(tw, "  adapter_commitment\t%s\n  w0_commitment\t%s\n  w_commitment\t%s\n", mm.AdapterCommitment, mm.W0, mm.W)
	}
	writeMergeCircuits(tw, m)
	return nil
}

// writeMergeCircuits lists a merge bundle's chunk circuits, each once (in
// the order of first use), with how many chunks it proves.
func writeMergeCircuits(tw io.Writer, m *bundle.Merge) {
	type circuit struct {
		ch    bundle.MergeChunk
		count int
	}
	var order []string
	seen := map[string]*circuit{}
	for _, mm := range m.Modules {
		for _, ch := range mm.Chunks {
			if c := seen[ch.Digest]; c != nil {
				c.count++
				continue
			}
			seen[ch.Digest] = &circuit{ch: ch, count: 1}
			order = append(order, ch.Digest)
		}
	}
	fmt.Fprintf(tw, "circuits (as stated; `openproof merge verify` checks the proofs)\n")
	for _, d := range order {
		c := seen[d]
		fmt.Fprintf(tw, "  %s\t%d constraints, %d chunks, digest %s, vk_sha256 %s\n", c.ch.Circuit, c.ch.Constraints, c.count, d, c.ch.VKSHA256)
	}
}

// describeDelta describes a delta bundle's statement: the trace it covers,
// per part the modules, token range, binding and public inputs, then the
// circuits. `openproof delta verify` checks it against the trace.
func describeDelta(tw io.Writer, path string) error {
	d, err := bundle.ReadDelta(path)
	if err != nil {
		return err
	}
	total := 0
	for _, p := range d.Parts {
		total += p.Constraints
	}
	tr := d.Trace
	fmt.Fprintf(tw, "delta bundle %s (v%d)\n  trace\tmodel %s, adapter %s, %d tokens\n", path, d.Version, orDash(tr.ModelID), orDash(tr.AdapterID), tr.Tokens)
	fmt.Fprintf(tw, "  adapter\t%s\n  backend\t%s\n", orDash(d.Adapter), d.Backend)
	fmt.Fprintf(tw, "  modules\t%d: %s\n", len(tr.Modules), strings.Join(tr.Modules, ", "))
	fmt.Fprintf(tw, "  parts\t%d proofs, %d constraints\n", len(d.Parts), total)
	for k, p := range d.Parts {
		fmt.Fprintf(tw, "part %d\n  modules\t%s\n  tokens\t%s\n", k, deltaModules(tr.Modules, p.Modules), tokenRange(p.First, p.Tokens))
		fmt.Fprintf(tw, "  mode\t%s, binding %s, pinned %v\n", p.Mode, cmp.Or(p.Binding, delta.Hashed.String()), p.Pinned)
		fmt.Fprintf(tw, "  adapter_commitment\t%s\n  x_digest\t%s\n  delta_digest\t%s\n", p.AdapterCommitment, p.XDigest, p.DeltaDigest)
		if p.Rho != "" {
			fmt.Fprintf(tw, "  rho\t%s\n  x_fingerprint\t%s\n  delta_fingerprint\t%s\n", p.Rho, p.XEval, p.DeltaEval)
		}
	}
	writeDeltaCircuits(tw, d)
	return nil
}

// deltaModules names a part's modules by the trace's module list (an index
// outside it, which delta verify refuses, shows as #index).
func deltaModules(names []string, idx []int) string {
	out := make([]string, len(idx))
	for i, m := range idx {
		out[i] = fmt.Sprintf("#%d", m)
		if m >= 0 && m < len(names) {
			out[i] = names[m]
		}
	}
	return strings.Join(out, ", ")
}

// tokenRange is "first–last" of n tokens from first ("first" for one).
func tokenRange(first, n int) string {
	if n == 1 {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d–%d", first, first+n-1)
}

// writeDeltaCircuits lists a delta bundle's circuits, each once (in the
// order of first use), with how many parts it proves.
func writeDeltaCircuits(tw io.Writer, d *bundle.Delta) {
	var order []string
	count := map[string]int{}
	first := map[string]bundle.DeltaPart{}
	for _, p := range d.Parts {
		if count[p.Digest] == 0 {
			order = append(order, p.Digest)
			first[p.Digest] = p
		}
		count[p.Digest]++
	}
	fmt.Fprintf(tw, "circuits (as stated; `openproof delta verify` checks the proofs)\n")
	for _, dg := range order {
		p := first[dg]
		fmt.Fprintf(tw, "  %s\t%d constraints, %d parts, digest %s, vk_sha256 %s\n", p.Circuit, p.Constraints, count[dg], dg, p.VKSHA256)
	}
}

func describeSafetensors(tw io.Writer, path string) error {
	sf, err := safetensors.Read(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(tw, "safetensors %s: %d tensors\n", path, len(sf.Tensors))
	for k, v := range sf.Metadata {
		fmt.Fprintf(tw, "  metadata %s\t%s\n", k, v)
	}
	fmt.Fprintf(tw, "\ntensor\tdtype\tshape\n")
	for _, name := range sf.Order {
		t := sf.Tensors[name]
		fmt.Fprintf(tw, "%s\t%s\t%v\n", name, t.DType, t.Shape)
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// looksLikeSafetensors: an 8-byte length followed by a JSON object.
func looksLikeSafetensors(head []byte) bool {
	return len(head) > 9 && head[8] == '{'
}

// writeJSON prints v indented.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
