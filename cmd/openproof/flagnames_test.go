package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagsDefinedOnce: no command file defines a flag inline; every
// cli.XxxFlag value is built in flags.go.
func TestFlagsDefinedOnce(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "flags.go" {
			continue
		}
		for _, l := range inlineFlags(t, fset, name, nil) {
			t.Errorf("%s: define the flag in flags.go", l)
		}
	}
}

// inlineFlags lists the cli.XxxFlag composite literals in the Go source src.
func inlineFlags(t *testing.T, fset *token.FileSet, name string, src any) []string {
	t.Helper()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if sel, ok := lit.Type.(*ast.SelectorExpr); ok && strings.HasSuffix(sel.Sel.Name, "Flag") {
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "cli" {
				found = append(found, fset.Position(lit.Pos()).String()+": cli."+sel.Sel.Name)
			}
		}
		return true
	})
	return found
}

// TestFlagsDefinedOnceCheck: the check finds an inline flag and passes a
// flag taken from a variable.
func TestFlagsDefinedOnceCheck(t *testing.T) {
	src := "package p\n\nvar a = []cli.Flag{x, &cli.StringFlag{Name: \"y\"}}\nvar b = cli.Command{Name: \"c\"}\n"
	got := inlineFlags(t, token.NewFileSet(), "p.go", src)
	if len(got) != 1 || !strings.Contains(got[0], "p.go:3:") || !strings.Contains(got[0], "cli.StringFlag") {
		t.Errorf("inlineFlags = %q, want the StringFlag on line 3", got)
	}
}

// TestFlagRenames: the flags this restructure renamed show their new name
// in help, and the old names are either hidden aliases (demo --index, merge
// --base) or, where the old flag took a value a bool cannot (bench --json
// FILE), refused with a pointer to the new one.
func TestFlagRenames(t *testing.T) {
	cache := t.TempDir()
	for _, tc := range []struct{ args, want, hidden []string }{
		{[]string{"demo", "--help"}, []string{"--sample value", "--no-attribution", "MODEL AND INPUT"}, []string{"--index"}},
		{[]string{"bench", "--help"}, []string{"--json-out value", "--case value", "BENCHMARK"}, []string{"--json "}},
		{[]string{"merge", "run", "--help"}, []string{"--model value", "--prove", "--setup"}, []string{"--base"}},
		{[]string{"merge", "verify", "--help"}, []string{"--model value"}, []string{"--base"}},
		{[]string{"attribute", "--help"}, []string{"--tokens-in value", "--owner-bps value", "FEE SPLIT"}, nil},
		{[]string{"prove", "--help"}, []string{"--trace value", "--out value", "--setup"}, nil},
		{[]string{"verify", "--help"}, []string{"--vk value", "--json"}, nil},
	} {
		helpShows(t, cache, tc.args, tc.want, tc.hidden)
	}
	// Messages name a flag as it was given.
	dir, missing := t.TempDir(), filepath.Join(cache, "missing")
	data, err := os.ReadFile(mergeFixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, mergeProofFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"demo", "--index", "9999"}, "--index 9999: the embedded set has digits"},
		{[]string{"demo", "--sample", "-1"}, "--sample -1: the embedded set has digits"},
		{[]string{"bench", "--json", "results.json"}, "--json-out FILE"},
		{[]string{"merge", "verify", "dir"}, `Required flag \"model\" not set`},
		{[]string{"merge", "--adapter", "a"}, `Required flags \"model, out\" not set`},
		{[]string{"merge", "verify", "--base", missing, dir}, "--base: "},
		{[]string{"merge", "verify", "--model", missing, dir}, "--model: "},
		{[]string{"merge", "verify", "--model=" + missing, dir}, "--model: "},
		{[]string{"merge", "verify", "--keys", "base", "--model", missing, dir}, "--model: "},
	} {
		code, out, stderr := runCLI(t, cache, tc.args...)
		if code != exitBadInput || !strings.Contains(out+stderr, tc.want) {
			t.Errorf("%s: exit %d, want %d with %q:\n%s%s", strings.Join(tc.args, " "), code, exitBadInput, tc.want, out, stderr)
		}
	}
}
