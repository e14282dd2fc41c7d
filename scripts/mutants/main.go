// Command mutants is openproof's mutation check of its circuits: for each
// constraint in its list (list.go) it deletes that constraint, or rewrites
// it, in an overlay copy of the source file (go test -overlay: the tree is
// never modified), runs the package's default-tier tests and records which
// tests then fail. A constraint whose deletion no test notices is either
// missing a test or redundant; the list must argue the latter in writing.
//
// Constraints are found by marker comments (// mutant:NAME) on their lines
// in circuits/, so the list survives edits around them. Run from the
// repository root (make mutants):
//
//	go run ./scripts/mutants [-out docs/mutants.md] [-only REGEXP] [-keep] [-j N] [-list]
//
// With -keep (and -out), the table lists every mutant of the list: the
// rows not run now keep the result the -out file records (merge.go).
//
// It exits 1 when a mutant survives without a written argument, or when a
// mutant or the unmutated baseline does not build or fails unexpectedly.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// A mutant deletes the constraint on the line carrying its marker: a call
// statement (api.AssertIsEqual(a, b), g.AssertInt8(x...)) becomes a call of
// a function that does nothing with the same arguments; any other line is
// commented out. With From set, it replaces From by To on that line instead.
type mutant struct {
	Circuit    string // the table's first column
	Constraint string // what the constraint checks
	File       string // the source file, relative to the repository root
	Marker     string // NAME of "mutant:NAME" on the constraint's line
	From, To   string // a rewrite instead of a deletion
	Pkg        string // the package whose tests must notice, ./circuits/…
	// Redundant, when set, argues why no test can notice the mutant; it
	// is then expected to survive.
	Redundant string
}

// result is one mutant's outcome.
type result struct {
	m        mutant
	caughtBy []string // failing top-level tests
	err      error    // the mutant could not be judged (build failure, …)
	took     time.Duration
	kept     bool // -keep: the result an earlier table records
	notRun   bool // -keep: neither run now nor recorded
}

func (r result) status() string {
	switch {
	case r.notRun:
		return "not run"
	case r.err != nil:
		return "error"
	case len(r.caughtBy) > 0:
		return "caught"
	case r.m.Redundant != "":
		return "redundant"
	}
	return "survived"
}

func main() {
	out := flag.String("out", "", "write the markdown table here (default: stdout only)")
	only := flag.String("only", "", "run only the mutants whose marker matches this regexp")
	jobs := flag.Int("j", 1, "mutants to test at once")
	list := flag.Bool("list", false, "print the list and exit")
	keep := flag.Bool("keep", false, "with -out: list every mutant, keeping the -out file's results for those not run now")
	timeout := flag.Duration("timeout", 10*time.Minute, "go test timeout per mutant")
	flag.Parse()
	if err := run(*out, *only, *jobs, *list, *keep, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "mutants:", err)
		os.Exit(1)
	}
}

func run(out, only string, jobs int, list, keep bool, timeout time.Duration) error {
	sel := mutants
	if only != "" {
		re, err := regexp.Compile(only)
		if err != nil {
			return fmt.Errorf("-only: %w", err)
		}
		sel = nil
		for _, m := range mutants {
			if re.MatchString(m.Marker) {
				sel = append(sel, m)
			}
		}
	}
	if list {
		for _, m := range sel {
			fmt.Printf("%-10s %-26s %s → %s\n", m.Circuit, m.Marker, m.File, m.Pkg)
		}
		return nil
	}
	tmp, err := os.MkdirTemp("", "mutants")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx := context.Background()
	start := time.Now()

	// The unmutated packages must pass, or every mutant reads as caught.
	pkgs := map[string]bool{}
	for _, m := range sel {
		pkgs[m.Pkg] = true
	}
	for _, p := range sortedKeys(pkgs) {
		fmt.Fprintf(os.Stderr, "baseline %s\n", p)
		failed, _, err := goTest(ctx, p, "", timeout)
		if err != nil || len(failed) > 0 {
			return fmt.Errorf("baseline %s does not pass (failed %v): %w", p, failed, err)
		}
	}

	results := make([]result, len(sel))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(jobs, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = test(ctx, tmp, i, sel[i], timeout)
				r := results[i]
				fmt.Fprintf(os.Stderr, "%-9s %-28s %6.1fs %s%v\n", r.status(), r.m.Marker, r.took.Seconds(), strings.Join(r.caughtBy, " "), errText(r.err))
			}
		}()
	}
	for i := range sel {
		next <- i
	}
	close(next)
	wg.Wait()

	var prov string
	if keep {
		if out == "" {
			return fmt.Errorf("-keep needs -out")
		}
		old, err := readTable(out)
		if err != nil {
			return err
		}
		results = merged(mutants, results, old)
		prov = provenance(results, only, time.Since(start))
	}
	md := table(results, time.Since(start), prov)
	fmt.Print(md)
	if out != "" {
		if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
			return err
		}
	}
	var bad []string
	for _, r := range results {
		if s := r.status(); s == "error" || s == "survived" {
			bad = append(bad, r.m.Marker+" ("+s+")")
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%d of %d mutants not caught nor argued: %s", len(bad), len(results), strings.Join(bad, ", "))
	}
	return nil
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return " " + err.Error()
}

// test applies m in an overlay and runs its package's tests.
func test(ctx context.Context, tmp string, i int, m mutant, timeout time.Duration) result {
	t0 := time.Now()
	r := result{m: m}
	ov, err := overlay(tmp, i, m)
	if err == nil {
		r.caughtBy, _, err = goTest(ctx, m.Pkg, ov, timeout)
	}
	r.err, r.took = err, time.Since(t0)
	return r
}

var (
	markerRE = regexp.MustCompile(`mutant:([a-z0-9-]+)`)
	// callRE matches a line that is a call statement, such as
	// api.AssertIsEqual(a, b): group 1 is the called function.
	callRE = regexp.MustCompile(`^\s*([\w.]+)\(`)
)

// overlay writes the mutated copy of m.File and the overlay file naming it,
// and returns the overlay file's path.
func overlay(tmp string, i int, m mutant) (string, error) {
	src, err := os.ReadFile(m.File)
	if err != nil {
		return "", err
	}
	lines := strings.Split(string(src), "\n")
	hit := -1
	for k, l := range lines {
		for _, g := range markerRE.FindAllStringSubmatch(l, -1) {
			if g[1] == m.Marker {
				if hit >= 0 {
					return "", fmt.Errorf("marker %s twice in %s", m.Marker, m.File)
				}
				hit = k
			}
		}
	}
	if hit < 0 {
		return "", fmt.Errorf("marker %s not in %s", m.Marker, m.File)
	}
	l := lines[hit]
	if m.From != "" {
		if !strings.Contains(l, m.From) {
			return "", fmt.Errorf("%s: %q not on the marked line", m.Marker, m.From)
		}
		lines[hit] = strings.Replace(l, m.From, m.To, 1)
	} else if call := callRE.FindStringSubmatchIndex(l); call != nil {
		// The call still evaluates its arguments (so every variable stays
		// used) but asserts nothing. Every circuit file imports frontend;
		// frontend.Variable takes a spread []frontend.Variable and any
		// single value.
		lines[hit] = l[:call[2]] + "func(...frontend.Variable) {}(" + l[call[1]:]
	} else {
		body := strings.TrimLeft(l, "\t ")
		lines[hit] = l[:len(l)-len(body)] + "// MUTANT " + body
	}
	abs, err := filepath.Abs(m.File)
	if err != nil {
		return "", err
	}
	mut := filepath.Join(tmp, fmt.Sprintf("%d-%s", i, filepath.Base(m.File)))
	if err := os.WriteFile(mut, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		return "", err
	}
	js, err := json.Marshal(map[string]map[string]string{"Replace": {abs: mut}})
	if err != nil {
		return "", err
	}
	ov := filepath.Join(tmp, fmt.Sprintf("%d-overlay.json", i))
	return ov, os.WriteFile(ov, js, 0o644)
}

var failRE = regexp.MustCompile(`(?m)^--- FAIL: (\S+)`)

// goTest runs the default-tier tests of pkg (with the overlay, if any) and
// returns the top-level tests that failed. A build failure or a failure
// with no failing test (a panic, a timeout) is an error.
func goTest(ctx context.Context, pkg, ov string, timeout time.Duration) ([]string, string, error) {
	args := []string{"test", "-count=1", "-timeout", timeout.String()}
	if ov != "" {
		args = append(args, "-overlay", ov)
	}
	args = append(args, pkg)
	cmd := exec.CommandContext(ctx, "go", args...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	out := buf.String()
	var failed []string
	for _, g := range failRE.FindAllStringSubmatch(out, -1) {
		failed = append(failed, g[1])
	}
	var exit *exec.ExitError
	switch {
	case err == nil:
		return nil, out, nil
	case len(failed) > 0:
		return failed, out, nil
	case errors.As(err, &exit) && strings.Contains(out, "[build failed]"):
		return nil, out, fmt.Errorf("build failed: %s", firstLines(out, 3))
	}
	return nil, out, fmt.Errorf("go test: %w: %s", err, firstLines(out, 3))
}

func firstLines(s string, n int) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(ls[:min(n, len(ls))], " | ")
}

func sortedKeys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// table renders the results as docs/mutants.md.
func table(rs []result, total time.Duration, prov string) string {
	var b strings.Builder
	count := map[string]int{}
	for _, r := range rs {
		count[r.status()]++
	}
	fmt.Fprintf(&b, "# Mutation check of the circuits\n\n")
	b.WriteString(`Generated by ` + "`make mutants`" + ` (scripts/mutants): each row deletes one constraint in an overlay
copy of its file (a call such as ` + "`api.AssertIsEqual(a, b)`" + ` becomes a call of a function that does
nothing with the same arguments; where the row says so, the line is rewritten instead), runs the
package's default-tier tests (` + "`go test -overlay … ./circuits/<pkg>`" + `) and lists the tests that then
fail. The marker is the ` + "`// mutant:NAME`" + ` comment on the constraint's line; the list is
scripts/mutants/list.go: add a row (and a marker) with each new constraint. A row that no test can
catch must say why it is redundant. The tests that catch the subtle rows hold a false witness whose
public outputs follow the lie (gadgetstest.FollowPublics), so that only the deleted constraint could
refuse it; the malicious-hint tests of every circuit also run each lie with following outputs.

`)
	if prov == "" {
		fmt.Fprintf(&b, "%d mutants: %d caught, %d argued redundant, %d survived, %d errors; %s in all.\n\n",
			len(rs), count["caught"], count["redundant"], count["survived"], count["error"], total.Round(time.Second))
	} else {
		fmt.Fprintf(&b, "%d mutants: %d caught, %d argued redundant, %d survived, %d errors, %d not run.\n\n%s",
			len(rs), count["caught"], count["redundant"], count["survived"], count["error"], count["not run"], prov)
	}
	fmt.Fprintf(&b, "| Circuit | Constraint | Marker | Caught by | Time |\n|---|---|---|---|---|\n")
	for _, r := range rs {
		what := r.m.Constraint
		if r.m.From != "" {
			what += fmt.Sprintf(" (rewritten: `%s` → `%s`)", r.m.From, r.m.To)
		}
		var by string
		switch r.status() {
		case "caught":
			by = strings.Join(r.caughtBy, ", ")
		case "redundant":
			by = "not caught — redundant: " + r.m.Redundant
		case "survived":
			by = "**SURVIVED**"
		case "not run":
			by = "**not run**"
		default:
			by = "**ERROR** " + strings.ReplaceAll(r.err.Error(), "|", "\\|")
		}
		took := fmt.Sprintf("%.0fs", r.took.Seconds())
		switch {
		case r.kept:
			took += " †"
		case r.notRun:
			took = "–"
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", r.m.Circuit, what, r.m.Marker, by, took)
	}
	return b.String()
}
