package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuncLines is the longest function (or function literal) cmd may hold:
// actions orchestrate and print, libraries do the work (go-ethereum's cmd
// tolerates long files, not long functions).
const maxFuncLines = 80

// longFuncs lists the functions and function literals over max lines in
// the Go source src (file name for messages).
func longFuncs(t *testing.T, fset *token.FileSet, name string, src any, max int) []string {
	t.Helper()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var long []string
	ast.Inspect(f, func(n ast.Node) bool {
		var what string
		switch n := n.(type) {
		case *ast.FuncDecl:
			what = n.Name.Name
		case *ast.FuncLit:
			what = "func literal"
		default:
			return true
		}
		from, to := fset.Position(n.Pos()), fset.Position(n.End())
		if lines := to.Line - from.Line + 1; lines > max {
			long = append(long, fmt.Sprintf("%s: %s has %d lines", from, what, lines))
		}
		return true
	})
	return long
}

// TestFunctionLength: no function in cmd/openproof (tests aside) is over
// maxFuncLines lines.
func TestFunctionLength(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, l := range longFuncs(t, fset, f, nil, maxFuncLines) {
			t.Error(l)
		}
	}
}

// TestFunctionLengthCheck: the check itself finds a long function and a
// long literal, and passes a short one.
func TestFunctionLengthCheck(t *testing.T) {
	body := strings.Repeat("\tx++\n", 5)
	src := "package p\n\nfunc short() {\n\tx := 0\n" + body + "\t_ = x\n}\n\n" +
		"func long() {\n\tx := 0\n" + body + body + "\t_ = x\n}\n\n" +
		"var v = func() {\n\tx := 0\n" + body + body + "\t_ = x\n}\n"
	got := longFuncs(t, token.NewFileSet(), "p.go", src, 10)
	if len(got) != 2 || !strings.Contains(got[0], "long has 14 lines") || !strings.Contains(got[1], "func literal has 14 lines") {
		t.Errorf("longFuncs = %q, want long and the literal, 14 lines each", got)
	}
}
