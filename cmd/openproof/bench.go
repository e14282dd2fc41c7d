package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/bench"
)

func benchCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "bench",
		Usage: "measure constraints and Groth16 setup/prove/verify times of the benchmark circuits",
		Description: `Runs the issue-2 benchmark cases through the real pipeline (compile, development
setup, prove, verify) and prints a Markdown report. With --out FILE it replaces the
foundation section of FILE (between its bench markers, the rest kept) and writes
prove.svg beside it. Cases: the defaults (784x64-r8, demo-mnist, 1024x1024-r16,
4096x4096-r16; the largest takes minutes and about 3 GiB), or --case demo-mnist
and/or --case INxOUT-rR. Without --out the report goes to stdout; --json-out FILE
also writes the raw results as JSON.`,
		Flags:  []cli.Flag{benchCaseFlag, constraintsOnlyFlag, provesFlag, outFlag, jsonOutFlag, oldJSONOutFlag, accelFlag},
		Action: e.bench,
	})
}

// bench is `bench`: bench.Run on the cases, the report on stdout or into
// --out with its plot, the raw results into --json-out.
func (e *env) bench(c *cli.Context) error {
	if c.Bool(oldJSONOutFlag.Names()[0]) {
		return usageErr("bench --json FILE is now --json-out FILE (--json is a bool in every command)")
	}
	if c.NArg() > 0 {
		return usageErr("bench takes no arguments (got %q)", c.Args().First())
	}
	cases, err := benchCases(c.StringSlice(benchCaseFlag.Name))
	if err != nil {
		return usageErr("--case: %v", err)
	}
	if n := c.Int(provesFlag.Name); n < 1 || n > 100 {
		return usageErr("--proves %d: want 1…100", n)
	}
	// An ICICLE backend holds device memory and pinned keys until Close.
	backend, closeBackend, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeBackend()
	rs, err := bench.Run(c.Context, cases, bench.Options{
		SkipProve: c.Bool(constraintsOnlyFlag.Name),
		Proves:    c.Int(provesFlag.Name),
		Backend:   backend,
		Progress:  func(s string) { e.log.Info().Msg(s) },
	})
	if err != nil {
		return err
	}
	if path := c.String(jsonOutFlag.Name); path != "" {
		js, err := json.MarshalIndent(rs, "", "  ")
		if err != nil {
			return err
		}
		if err := renameio.WriteFile(path, append(js, '\n'), 0o644); err != nil {
			return writeErr(jsonOutFlag.Name, path, err)
		}
	}
	return e.writeBenchReport(c.String(outFlag.Name), rs)
}

// writeBenchReport prints the Markdown report, or with out replaces its
// foundation section and writes prove.svg beside it.
func (e *env) writeBenchReport(out string, rs []bench.Result) error {
	var md bytes.Buffer
	if err := bench.Markdown(&md, bench.Describe(), rs); err != nil {
		return err
	}
	if out == "" {
		_, err := e.stdout.Write(md.Bytes())
		return err
	}
	if err := bench.UpdateSection(out, "foundation", md.Bytes()); err != nil {
		return badInput{fmt.Errorf("--out %s: %w", out, err)}
	}
	if !anyProved(rs) { // --constraints-only: counts only, nothing to plot
		e.log.Info().Str("results", out).Msg("bench report written (constraints only, no plot)")
		return nil
	}
	var svg bytes.Buffer
	if err := bench.PlotSVG(&svg, rs); err != nil {
		return err
	}
	plot := filepath.Join(filepath.Dir(out), "prove.svg")
	if err := renameio.WriteFile(plot, svg.Bytes(), 0o644); err != nil {
		return writeErr(outFlag.Name, plot, err)
	}
	e.log.Info().Str("results", out).Str("plot", plot).Msg("bench report written")
	return nil
}

// benchCases parses --case values; none means the default cases.
func benchCases(names []string) ([]bench.Case, error) {
	if len(names) == 0 {
		return bench.DefaultCases(), nil
	}
	var cs []bench.Case
	for _, n := range names {
		if n == bench.DemoCase().Name || n == "demo" {
			cs = append(cs, bench.DemoCase())
			continue
		}
		c, err := parseModuleCase(n)
		if err != nil {
			return nil, err
		}
		if err := c.Validate(); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// parseModuleCase parses INxOUT-rR.
func parseModuleCase(s string) (bench.Case, error) {
	bad := fmt.Errorf("%q: want demo-mnist or INxOUT-rR (e.g. 1024x1024-r16)", s)
	dims, rank, ok := strings.Cut(s, "-r")
	if !ok {
		return bench.Case{}, bad
	}
	in, out, ok := strings.Cut(dims, "x")
	if !ok {
		return bench.Case{}, bad
	}
	var v [3]int
	for i, f := range []string{in, out, rank} {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return bench.Case{}, bad
		}
		v[i] = n
	}
	return bench.Module(v[0], v[1], v[2]), nil
}

func anyProved(rs []bench.Result) bool {
	for _, r := range rs {
		if r.Proved() {
			return true
		}
	}
	return false
}
