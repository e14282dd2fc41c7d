package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// deltaProveFlags and deltaVerifyFlags return the flags of `delta prove`
// and `delta verify`, fresh for each command (the old names share them).
func deltaProveFlags() []cli.Flag {
	return []cli.Flag{required(traceFlag), required(adapterFlag), required(outFlag), deltaModeFlag, pinnedFlag,
		bindingFlag, filledTraceFlag, maxConstraintsFlag, saltFlag, ownerFlag, accelFlag, keysFlag, allowSetupFlag}
}

func deltaVerifyFlags() []cli.Flag {
	return []cli.Flag{required(traceFlag), keysFlag, jsonFlag}
}

// deltaCommand groups the delta proof's commands.
func deltaCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:        "delta",
		Usage:       "prove and verify the LoRA deltas of an engine trace (large models; the base model's computation is not proven)",
		Subcommands: []*cli.Command{deltaProveCommand(e, "prove", false), deltaVerifyCommand(e, "verify", false)},
	})
}

// proveDeltaCommand is `delta prove` under its old name.
func proveDeltaCommand(e *env) *cli.Command {
	return command(deltaProveCommand(e, "prove-delta", true))
}

// verifyDeltaCommand is `delta verify` under its old name.
func verifyDeltaCommand(e *env) *cli.Command {
	return command(deltaVerifyCommand(e, "verify-delta", true))
}

func deltaProveCommand(e *env, name string, hidden bool) *cli.Command {
	return &cli.Command{
		Name:   name,
		Hidden: hidden,
		Usage:  "prove Δy = s·B(A·x) for every module and token of an engine trace (Groth16, chunked) and write a delta bundle",
		Description: "The adapter (a PEFT directory) stays private behind a salted commitment per proof; the trace's x and Δy are " +
			"bound by digests. This proves nothing about the base model's computation. See docs/large-models.md.",
		Flags:  deltaProveFlags(),
		Action: e.proveDelta,
	}
}

func deltaVerifyCommand(e *env, name string, hidden bool) *cli.Command {
	return &cli.Command{
		Name:      name,
		Hidden:    hidden,
		Usage:     "verify a delta bundle against its engine trace (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "BUNDLE",
		Description: "Checks that the proofs cover every module and token of --trace exactly once, that each proof's x and Δy " +
			"digests (and, fingerprint-bound, its fingerprints at its ρ) are the trace's, that parts over the same modules name one " +
			"adapter commitment, that each verifying key (from the key store) is the named circuit's, and every pairing.",
		Flags:  deltaVerifyFlags(),
		Action: e.verifyDelta,
	}
}

// proveDelta proves a trace's deltas and writes the bundle.
func (e *env) proveDelta(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("%s takes no arguments, got %d", commandPath(c), c.NArg())
	}
	opts, salt, err := deltaOptions(c)
	if err != nil {
		return err
	}
	tr, err := readTrace(c.String(traceFlag.Name))
	if err != nil {
		return err
	}
	qa, err := delta.LoadAdapter(c.String(adapterFlag.Name), tr)
	if err != nil {
		return badInput{fmt.Errorf("--adapter %s: %w", c.String(adapterFlag.Name), err)}
	}
	if err := e.completeTrace(c, tr, qa); err != nil {
		return err
	}
	b, closeFn, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeFn()
	keys, err := e.keyProvider(c, c.Bool(allowSetupFlag.Name))
	if err != nil {
		return err
	}
	var db *bundle.Delta
	d, err := e.phase("prove-delta", func() error {
		db, err = pipeline.ProveDelta(c.Context, b, keys, tr, qa, salt, opts)
		return err
	})
	if err != nil {
		return err
	}
	if err := bundle.WriteDelta(c.String(outFlag.Name), db); err != nil {
		return writeErr(outFlag.Name, c.String(outFlag.Name), err)
	}
	total := 0
	for _, p := range db.Parts {
		total += p.Constraints
	}
	fmt.Fprintf(e.stdout, "proved %d modules × %d tokens in %d proofs (%d constraints in all), %s on %s → %s\n",
		len(tr.Modules), tr.Tokens, len(db.Parts), total, d.Round(1e6), b.Name(), c.String(outFlag.Name))
	return nil
}

// deltaOptions reads the prove flags.
func deltaOptions(c *cli.Context) (pipeline.DeltaOptions, commit.AdapterKey, error) {
	opts := pipeline.DeltaOptions{MaxConstraints: c.Int(maxConstraintsFlag.Name), Pinned: c.Bool(pinnedFlag.Name),
		Adapter: filepath.Base(filepath.Clean(c.String(adapterFlag.Name)))}
	var salt commit.AdapterKey
	var err error
	if opts.Mode, err = delta.ParseMode(c.String(deltaModeFlag.Name)); err != nil {
		return opts, salt, usageErr("--%v", err)
	}
	if opts.Binding, err = delta.ParseBinding(c.String(bindingFlag.Name)); err != nil {
		return opts, salt, usageErr("--%v", err)
	}
	if opts.Pinned && c.IsSet(deltaModeFlag.Name) {
		return opts, salt, usageErr("--pinned proves directly: drop --mode")
	}
	if opts.MaxConstraints < 1 {
		return opts, salt, usageErr("--max-constraints %d: want a positive number", opts.MaxConstraints)
	}
	salt, err = parseKey(c)
	return opts, salt, err
}

// completeTrace checks a trace that records Δy against the adapter; for one
// that records only x it computes Δy, the recipe's output on that x, which
// the proof then binds, and writes the completed trace to --filled-trace
// first (whoever consumes Δy needs it).
func (e *env) completeTrace(c *cli.Context, tr *enginetrace.Trace, qa *quant.Adapter) error {
	trace, adapter, filled := c.String(traceFlag.Name), c.String(adapterFlag.Name), c.String(filledTraceFlag.Name)
	if tr.HasDeltas() {
		if filled != "" {
			return usageErr("--filled-trace: --trace %s already records Δy; drop --filled-trace", trace)
		}
		if err := tr.Check(c.Context, qa); err != nil {
			return badInput{fmt.Errorf("--trace %s does not match --adapter %s: %w", trace, adapter, err)}
		}
		return nil
	}
	if filled == "" {
		return usageErr("--trace %s records only x: pass --filled-trace DIR to compute Δy from the adapter and write the completed trace there", trace)
	}
	if err := tr.FillDeltas(c.Context, qa); err != nil {
		return badInput{fmt.Errorf("--trace %s with --adapter %s: %w", trace, adapter, err)}
	}
	if err := tr.Write(filled); err != nil {
		return writeErr(filledTraceFlag.Name, filled, err)
	}
	e.log.Info().Str("trace", filled).Msg("Δy computed from the adapter; completed trace written")
	return nil
}

// verifyDelta verifies a delta bundle against --trace and prints the result.
func (e *env) verifyDelta(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("%s takes one BUNDLE, got %d arguments", commandPath(c), c.NArg())
	}
	path := c.Args().First()
	db, err := bundle.ReadDelta(path)
	if err != nil {
		return err
	}
	tr, err := readTrace(c.String(traceFlag.Name))
	if err != nil {
		return err
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return err
	}
	r, err := verifier.VerifyDelta(db, ks, tr)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, deltaJSONOf(r))
	}
	printDeltaVerified(e.stdout, r)
	return nil
}

// deltaJSON is delta verify --json: the proven counts and groups, and
// apart from them the labels nothing checked.
type deltaJSON struct {
	Verified           bool             `json:"verified"`
	Proofs             int              `json:"proofs"`
	Modules            int              `json:"modules"`
	Tokens             int              `json:"tokens"`
	Groups             []deltaGroupJSON `json:"groups"`
	AdapterCommitments []string         `json:"adapter_commitments"`
	Checks             []string         `json:"checks"`
	Labels             deltaLabelsJSON  `json:"unverified_labels"`
}

// deltaGroupJSON is one proven module group.
type deltaGroupJSON struct {
	Modules           []string `json:"modules"`
	AdapterCommitment string   `json:"adapter_commitment"`
}

// deltaLabelsJSON are the trace manifest's and the bundle's names.
type deltaLabelsJSON struct {
	ModelID   string `json:"model_id"` // the trace manifest's
	AdapterID string `json:"adapter_id"`
	Adapter   string `json:"adapter"` // the bundle's
	Backend   string `json:"backend"`
}

func deltaJSONOf(r *verifier.DeltaReport) deltaJSON {
	groups := make([]deltaGroupJSON, len(r.Groups))
	for i, g := range r.Groups {
		groups[i] = deltaGroupJSON{g.Modules, g.Commitment}
	}
	l := r.Labels
	return deltaJSON{Verified: true, Proofs: r.Proofs, Modules: r.Modules, Tokens: r.Tokens, Groups: groups,
		AdapterCommitments: r.AdapterCommitments, Checks: r.Checks,
		Labels: deltaLabelsJSON{ModelID: l.TraceModelID, AdapterID: l.TraceAdapterID, Adapter: l.Adapter, Backend: l.Backend}}
}

// printDeltaVerified prints what the delta proofs bind, then the labels.
func printDeltaVerified(w io.Writer, r *verifier.DeltaReport) {
	fmt.Fprintf(w, "verified: %d proofs cover %d modules × %d tokens; the base model's computation is not proven\n", r.Proofs, r.Modules, r.Tokens)
	for _, g := range r.Groups {
		fmt.Fprintf(w, "  modules %s: adapter commitment %s\n", strings.Join(g.Modules, ", "), g.Commitment)
	}
	l := r.Labels
	fmt.Fprintf(w, "unverified labels: trace model_id %s, trace adapter_id %s, bundle adapter %s, backend %s\n",
		orDash(l.TraceModelID), orDash(l.TraceAdapterID), orDash(l.Adapter), orDash(l.Backend))
}

// commandPath names the running command as typed: "delta prove", or the
// old "prove-delta".
func commandPath(c *cli.Context) string {
	var names []string
	for _, l := range c.Lineage() {
		if l.Command != nil && l.Command.Name != "" && l.Command.Name != c.App.Name {
			names = append([]string{l.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

func readTrace(dir string) (*enginetrace.Trace, error) {
	tr, err := enginetrace.Read(dir)
	if err != nil {
		return nil, badInput{fmt.Errorf("--trace %s: %w", dir, err)}
	}
	return tr, nil
}
