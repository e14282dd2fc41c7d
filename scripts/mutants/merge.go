package main

// -keep: a run of some mutants (-only) that rewrites the whole table. The
// rows of the mutants not run keep the result the -out file records for
// them (matched by circuit and marker); a listed mutant with neither is
// shown as not run. The summary then counts every row of the list and says
// which results are this run's.

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// recorded is one row of an earlier table.
type recorded struct {
	caughtBy []string
	err      string // the **ERROR** text, "" if none
	took     time.Duration
}

func rowKey(circuit, marker string) string { return circuit + "\x00" + marker }

// rowRE matches a table row: circuit, constraint, `marker`, caught by,
// time (a † after it marks a kept result).
var rowRE = regexp.MustCompile("^\\| ([^|]+) \\| .* \\| `([a-z0-9-]+)` \\| (.*) \\| ([0-9]+)s( †)? \\|$")

// readTable returns the rows of the table at path (written by table), by
// rowKey; a missing file has none.
func readTable(path string) (map[string]recorded, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	rows := map[string]recorded{}
	for _, l := range strings.Split(string(src), "\n") {
		g := rowRE.FindStringSubmatch(l)
		if g == nil {
			continue
		}
		s, err := strconv.Atoi(g[4])
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, l, err)
		}
		r := recorded{took: time.Duration(s) * time.Second}
		switch by := g[3]; {
		case strings.HasPrefix(by, "**ERROR** "):
			r.err = strings.ReplaceAll(strings.TrimPrefix(by, "**ERROR** "), "\\|", "|")
		case by == "**SURVIVED**", by == "**not run**", strings.HasPrefix(by, "not caught"):
		default:
			r.caughtBy = strings.Split(by, ", ")
		}
		rows[rowKey(g[1], g[2])] = r
	}
	return rows, nil
}

// merged returns one result per mutant of all, in order: this run's where
// it ran (in run), else the one old records (kept), else a not-run row.
func merged(all []mutant, run []result, old map[string]recorded) []result {
	now := map[string]result{}
	for _, r := range run {
		now[rowKey(r.m.Circuit, r.m.Marker)] = r
	}
	out := make([]result, len(all))
	for i, m := range all {
		k := rowKey(m.Circuit, m.Marker)
		if r, ok := now[k]; ok {
			out[i] = r
			continue
		}
		o, ok := old[k]
		if !ok {
			out[i] = result{m: m, notRun: true}
			continue
		}
		out[i] = result{m: m, caughtBy: o.caughtBy, took: o.took, kept: true}
		if o.err != "" {
			out[i].err = errors.New(o.err)
		}
	}
	return out
}

// provenance is the summary's sentence on a merged table: how many rows
// this run ran (selected by only), how many were kept, how many never ran.
func provenance(rs []result, only string, total time.Duration) string {
	var ran, kept, notRun int
	for _, r := range rs {
		switch {
		case r.kept:
			kept++
		case r.notRun:
			notRun++
		default:
			ran++
		}
	}
	if kept == 0 && notRun == 0 {
		return ""
	}
	sel := "all"
	if only != "" {
		sel = fmt.Sprintf("those matching `-only '%s'`", only)
	}
	return fmt.Sprintf("This table was written by `go run ./scripts/mutants -keep -out docs/mutants.md -only …`: it ran %s (%d rows) in %s; "+
		"the %d rows whose time is marked † keep the result of an earlier run of the script (the code and tests may have changed since), "+
		"and %d rows have not been run.\n\n", sel, ran, total.Round(time.Second), kept, notRun)
}
