package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/inference/checkpoint"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// Files `merge` writes into --out.
const (
	mergedFile     = "merged.safetensors"
	mergeProofFile = "merge-proof.json"
)

const (
	mergeUsage = "merge a PEFT adapter into base weights module by module (the runtime's merged-mode rounding), optionally proving each chunk"
	mergeDesc  = "--model is an openproof model directory or a checkpoint (safetensors with \"<module>.weight\" tensors, " +
		"[in][out] for fan_in_fan_out modules). --out is the output directory: it gets <out>/merged.safetensors (int8 merged weights in the base's layout, " +
		"exponents in the metadata) and, with --prove, <out>/merge-proof.json: per module, row-chunk Groth16 proofs whose " +
		"commitments chain to whole-matrix commitments of W0 and W'. Check it with `openproof merge verify`."
	mergeVerifyUsage = "verify a merge: W' = W0 + s·B·A for every module of <dir>/merge-proof.json (exit 0 verified, 1 failed, 2 bad input)"
	mergeVerifyDesc  = "DIR is what `merge run --prove` wrote. W0 is recomputed from --model (the base model directory or " +
		"checkpoint the merge used), W' from DIR/merged.safetensors; every " +
		"merged tensor must be proven, chunk proofs must chain to both whole-matrix commitments, and every pairing must hold. " +
		"The adapter stays private: each module's proofs share one adapter commitment."
)

// mergeRunFlags are merge run's flags. The old form `merge <flags>` takes
// them on the parent command, which urfave/cli checks for required flags
// before it looks for a subcommand: there they are optional and
// mergeCompat checks them.
func mergeRunFlags(must bool) []cli.Flag {
	flags := []cli.Flag{modelFlag, adapterFlag, outFlag}
	if must {
		flags = []cli.Flag{required(modelFlag), required(adapterFlag), required(outFlag)}
	}
	return append(flags, proveChunksFlag, maxConstraintsFlag, saltFlag, ownerFlag, accelFlag, keysFlag, allowSetupFlag)
}

// mergeCommand is `merge run|verify`; `merge <flags>` still runs a merge.
func mergeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:        "merge",
		Usage:       mergeUsage,
		Description: mergeDesc + " `openproof merge <flags>` is `openproof merge run <flags>`.",
		Flags:       mergeRunFlags(false),
		Action:      e.mergeCompat,
		Subcommands: []*cli.Command{
			{Name: "run", Usage: mergeUsage, Description: mergeDesc, Flags: mergeRunFlags(true), Action: e.mergeRun},
			mergeVerifyCommand(e, "verify", false),
		},
	})
}

// verifyMergeCommand is the old name of `merge verify`.
func verifyMergeCommand(e *env) *cli.Command {
	return command(mergeVerifyCommand(e, "verify-merge", true))
}

func mergeVerifyCommand(e *env, name string, hidden bool) *cli.Command {
	return &cli.Command{
		Name: name, Hidden: hidden, Usage: mergeVerifyUsage, ArgsUsage: "DIR", Description: mergeVerifyDesc,
		Flags:  []cli.Flag{required(modelFlag), keysFlag, jsonFlag},
		Action: e.mergeVerify,
	}
}

// mergeCompat is `merge <flags>`: merge run with its required flags checked
// here, with urfave/cli's message (which names a flag by its first name).
func (e *env) mergeCompat(c *cli.Context) error {
	var missing []string
	for _, f := range []cli.Flag{modelFlag, adapterFlag, outFlag} {
		if !c.IsSet(f.Names()[0]) {
			missing = append(missing, f.Names()[0])
		}
	}
	switch len(missing) {
	case 0:
		return e.mergeRun(c)
	case 1:
		return usageErr("Required flag %q not set", missing[0])
	}
	return usageErr("Required flags %q not set", strings.Join(missing, ", "))
}

// mergeRun merges, with --prove proves, and writes the merged weights and
// the merge bundle.
func (e *env) mergeRun(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("merge takes no arguments, got %d", c.NArg())
	}
	if n := c.Int(maxConstraintsFlag.Name); n < 1 {
		return usageErr("--max-constraints %d: want a positive number", n)
	}
	salt, err := parseKey(c)
	if err != nil {
		return err
	}
	m, err := e.mergeInputs(c)
	if err != nil {
		return err
	}
	var mb *bundle.Merge
	if c.Bool(proveChunksFlag.Name) {
		if mb, err = e.proveMerge(c, m, salt); err != nil {
			return err
		}
	}
	out := c.String(outFlag.Name)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return writeErr(outFlag.Name, out, err)
	}
	f, err := m.Merged()
	if err != nil {
		return err
	}
	if err := safetensors.Write(filepath.Join(out, mergedFile), f); err != nil {
		return writeErr(outFlag.Name, filepath.Join(out, mergedFile), err)
	}
	if mb == nil {
		fmt.Fprintf(e.stdout, "merged %d modules → %s (not proven: pass --prove)\n", len(m.Adapter.Layers), filepath.Join(out, mergedFile))
		return nil
	}
	if err := mb.Write(filepath.Join(out, mergeProofFile)); err != nil {
		return writeErr(outFlag.Name, filepath.Join(out, mergeProofFile), err)
	}
	chunks, total := 0, 0
	for _, mm := range mb.Modules {
		chunks += len(mm.Chunks)
		for _, ch := range mm.Chunks {
			total += ch.Constraints
		}
	}
	fmt.Fprintf(e.stdout, "merged and proved %d modules in %d chunk proofs (%d constraints in all) → %s\n", len(mb.Modules), chunks, total, out)
	return nil
}

// mergeInputs reads --model and --adapter and quantizes the adapter against
// the base.
func (e *env) mergeInputs(c *cli.Context) (*checkpoint.Merge, error) {
	base, err := e.openBase(c)
	if err != nil {
		return nil, err
	}
	dir := c.String(adapterFlag.Name)
	pa, err := peft.Load(dir)
	if err != nil {
		return nil, badInput{fmt.Errorf("--adapter %s: %w", dir, err)}
	}
	m, err := base.Adapt(pa, filepath.Base(filepath.Clean(dir)))
	if err != nil {
		return nil, fmt.Errorf("--adapter %s: %w", dir, err)
	}
	return m, nil
}

// openBase opens the base checkpoint of --model; errors name the flag as
// given (--model or its old name --base).
func (e *env) openBase(c *cli.Context) (*checkpoint.Base, error) {
	base, err := checkpoint.Open(c.String(modelFlag.Name))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.flagName(modelFlag), err)
	}
	return base, nil
}

// proveMerge proves the merge with keys from the key store.
func (e *env) proveMerge(c *cli.Context, m *checkpoint.Merge, salt commit.AdapterKey) (*bundle.Merge, error) {
	b, closeFn, err := backendOf(c)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	opts := pipeline.MergeOptions{MaxConstraints: c.Int(maxConstraintsFlag.Name), FanInFanOut: m.FanInFanOut, OnKeys: e.logMergeKeys}
	var mb *bundle.Merge
	_, err = e.phase("prove-merge", func() error {
		mb, err = pipeline.ProveMerge(c.Context, b, ks.Provider(c.Bool(allowSetupFlag.Name)), m.Model, m.Adapter, salt, opts)
		return err
	})
	return mb, err
}

// logMergeKeys reports where a chunk circuit's keys came from.
func (e *env) logMergeKeys(k *keystore.Keys) {
	if k.Made {
		e.log.Info().Str("circuit", k.Name).Str("took", ms(k.SetupTime)).Msg("development setup")
	} else {
		e.log.Info().Str("circuit", k.Name).Msg("reusing stored keys")
	}
	if k.Manifest != nil && k.Manifest.Setup == keystore.SetupDev {
		e.log.Warn().Msg(prover.DevSetupWarning)
	}
}

// mergeVerify checks DIR/merge-proof.json against --base and
// DIR/merged.safetensors.
func (e *env) mergeVerify(c *cli.Context) error {
	if c.NArg() != 1 {
		name := strings.TrimPrefix(c.Command.HelpName, c.App.Name+" ") // "merge verify" or "verify-merge"
		return usageErr("%s takes one DIR, got %d arguments", name, c.NArg())
	}
	dir := c.Args().First()
	path := filepath.Join(dir, mergeProofFile)
	mb, err := bundle.ReadMerge(path)
	if err != nil {
		return err
	}
	base, err := e.openBase(c)
	if err != nil {
		return err
	}
	mpath := filepath.Join(dir, mergedFile)
	mf, err := safetensors.Read(mpath)
	if err != nil {
		return badInput{fmt.Errorf("%s: %w", mpath, err)}
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return err
	}
	r, err := verifier.VerifyMerge(mb, ks, base, mf)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, mergeJSONOf(r))
	}
	printMergeVerified(e.stdout, r, dir)
	return nil
}

// mergeJSON is merge verify --json: the verified modules, and apart from
// them the labels nothing checked.
type mergeJSON struct {
	Verified bool              `json:"verified"`
	Modules  []mergeModuleJSON `json:"modules"`
	Checks   []string          `json:"checks"`
	Labels   mergeLabelsJSON   `json:"unverified_labels"`
}

// mergeModuleJSON is one verified module.
type mergeModuleJSON struct {
	Name              string `json:"name"`
	Chunks            int    `json:"chunks"`
	AdapterCommitment string `json:"adapter_commitment"`
	WExp              int    `json:"w_exp"`
	W0                string `json:"w0_commitment"`
	W                 string `json:"w_commitment"`
}

// mergeLabelsJSON are the bundle's and the merged file's names.
type mergeLabelsJSON struct {
	Adapter       string `json:"adapter"`
	MergedAdapter string `json:"merged_adapter"`
	Backend       string `json:"backend"`
}

func mergeJSONOf(r *verifier.MergeReport) mergeJSON {
	mods := make([]mergeModuleJSON, len(r.Modules))
	for i, m := range r.Modules {
		mods[i] = mergeModuleJSON{m.Name, m.Chunks, m.AdapterCommitment, m.WExp, m.W0, m.W}
	}
	l := r.Labels
	return mergeJSON{Verified: true, Modules: mods, Checks: r.Checks,
		Labels: mergeLabelsJSON{Adapter: l.Adapter, MergedAdapter: l.MergedAdapter, Backend: l.Backend}}
}

// printMergeVerified prints what the merge proofs bind or the verifier
// recomputed, per module, then the labels nothing checked.
func printMergeVerified(w io.Writer, r *verifier.MergeReport, dir string) {
	fmt.Fprintf(w, "verified: %d merged modules of %s chain to their W0 and W' commitments\n", len(r.Modules), dir)
	for _, m := range r.Modules {
		fmt.Fprintf(w, "  %s: adapter commitment %s, w_exp %d, W0 %s, W' %s\n", m.Name, m.AdapterCommitment, m.WExp, m.W0, m.W)
	}
	l := r.Labels
	fmt.Fprintf(w, "unverified labels: adapter %s (merged file: %s), backend %s\n", orDash(l.Adapter), orDash(l.MergedAdapter), orDash(l.Backend))
}
