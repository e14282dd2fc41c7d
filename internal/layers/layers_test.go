package layers

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestImportRule checks the module's packages, as `go list -deps` reports
// them, against Rule.
func TestImportRule(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: no go command to list the packages with")
	}
	m := strings.Split(strings.TrimSpace(goRun(t, goCmd, "list", "-m", "-f", "{{.Path}}\n{{.Dir}}")), "\n")
	if len(m) != 2 {
		t.Fatalf("go list -m: %q, want the module path and directory", m)
	}
	module, root := m[0], m[1]
	out := goRun(t, goCmd, "-C", root, "list", "-deps", "-json=ImportPath,Imports", "./...")
	pkgs, err := decode(module, strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list gave %d packages of %s; the check would prove nothing", len(pkgs), module)
	}
	for _, v := range Check(module, pkgs, Rule) {
		t.Errorf("import rule broken: %s", v)
	}
}

// goRun runs the go command and returns its standard output.
func goRun(t *testing.T, goCmd string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(goCmd, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// decode reads go list -json's stream of objects and keeps module's
// packages, with module-relative paths.
func decode(module string, r io.Reader) ([]Package, error) {
	var pkgs []Package
	dec := json.NewDecoder(r)
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs, nil
		} else if err != nil {
			return nil, err
		}
		if rel, ok := relative(module, p.ImportPath); ok {
			pkgs = append(pkgs, Package{Path: rel, Imports: p.Imports})
		}
	}
}

const mod = "example.com/m"

// graph builds a synthetic graph: every package of a well-layered module,
// plus the extra edges.
func graph(extra map[string][]string) []Package {
	edges := map[string][]string{
		"errs":                   {"fmt"},
		"inference/commit":       {mod + "/errs"},
		"inference/trace":        {mod + "/inference/commit"},
		"attribution/artifacts":  {mod + "/inference/trace", mod + "/errs"},
		"attribution/provenance": {mod + "/attribution/artifacts"},
		"demo":                   {mod + "/attribution/artifacts", mod + "/inference/trace"},
		"circuits/lora":          {mod + "/attribution/artifacts", mod + "/inference/trace", "github.com/consensys/gnark/frontend"},
		"prover":                 {mod + "/errs"},
		"prover/bundle":          {mod + "/circuits/lora", mod + "/prover"},
		"prover/pipeline":        {mod + "/prover/bundle", mod + "/prover"},
		"verifier":               {mod + "/prover/bundle", mod + "/circuits/lora"},
		"contracts/chain":        {mod + "/verifier", mod + "/prover/bundle"},
		"contracts/internal/fg":  {mod + "/contracts/chain", mod + "/demo", mod + "/prover/pipeline"},
		"bench":                  {mod + "/demo", mod + "/prover/pipeline", mod + "/contracts/internal/fg"},
		"cmd/openproof":          {mod + "/contracts/chain", mod + "/bench", mod + "/demo", mod + "/attribution/provenance"},
	}
	for p, imps := range extra {
		edges[p] = append(edges[p], imps...)
	}
	var pkgs []Package
	for p, imps := range edges {
		pkgs = append(pkgs, Package{Path: p, Imports: imps})
	}
	return pkgs
}

// TestCheck breaks each rule once on a synthetic graph.
func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		extra map[string][]string
		want  []string // Violation.Edge of every violation
	}{
		{"well layered", nil, nil},
		{"errs imports inference", map[string][]string{"errs": {mod + "/inference/commit"}}, []string{"errs -> inference/commit"}},
		{"inference imports attribution", map[string][]string{"inference/trace": {mod + "/attribution/artifacts"}}, []string{"inference/trace -> attribution/artifacts"}},
		{"inference imports the demo", map[string][]string{"inference/commit": {mod + "/demo"}}, []string{"inference/commit -> demo"}},
		{"attribution imports circuits", map[string][]string{"attribution/artifacts": {mod + "/circuits/lora"}}, []string{"attribution/artifacts -> circuits/lora"}},
		{"circuits imports prover", map[string][]string{"circuits/lora": {mod + "/prover"}}, []string{"circuits/lora -> prover"}},
		{"circuits imports training", map[string][]string{"circuits/lora": {mod + "/attribution/provenance"}}, []string{"circuits/lora -> attribution/provenance"}},
		{"attribution imports training", map[string][]string{"attribution/artifacts": {mod + "/attribution/provenance"}}, []string{"attribution/artifacts -> attribution/provenance"}},
		{"circuits imports the demo", map[string][]string{"circuits/lora": {mod + "/demo"}}, []string{"circuits/lora -> demo"}},
		{"prover imports inference", map[string][]string{"prover": {mod + "/inference/trace"}}, []string{"prover -> inference/trace"}},
		{"prover/... imports verifier", map[string][]string{"prover/bundle": {mod + "/verifier"}}, []string{"prover/bundle -> verifier"}},
		{"verifier imports contracts", map[string][]string{"verifier": {mod + "/contracts/chain"}}, []string{"verifier -> contracts/chain"}},
		{"contracts imports tools", map[string][]string{"contracts/chain": {mod + "/contracts/internal/fg"}}, []string{"contracts/chain -> contracts/internal/fg"}},
		{"tools import cmd", map[string][]string{"bench": {mod + "/cmd/openproof"}}, []string{"bench -> cmd/openproof"}},
		{"cmd imports cmd", map[string][]string{"cmd/openproof": {mod + "/cmd/other"}, "cmd/other": nil}, []string{"cmd/openproof -> cmd/other"}},
		{"package in no layer", map[string][]string{"newdir/x": nil}, []string{"newdir/x -> "}},
		{"import of a package in no layer", map[string][]string{"cmd/openproof": {mod + "/newdir/x"}}, []string{"cmd/openproof -> newdir/x"}},
		{"two violations", map[string][]string{"errs": {mod + "/prover"}, "circuits/lora": {mod + "/verifier"}},
			[]string{"circuits/lora -> verifier", "errs -> prover"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range Check(mod, graph(tt.extra), Rule) {
				got = append(got, v.Edge())
				if v.String() == "" {
					t.Error("empty message")
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("violations %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRuleIsConsistent checks the table itself: names are unique, every
// MayImport names a layer, and no layer may import cmd or a layer listed
// after it (the table reads lowest first).
func TestRuleIsConsistent(t *testing.T) {
	index := map[string]int{}
	for i, l := range Rule {
		if _, dup := index[l.Name]; dup {
			t.Errorf("layer %q twice", l.Name)
		}
		index[l.Name] = i
	}
	for i, l := range Rule {
		for _, m := range l.MayImport {
			j, ok := index[m]
			switch {
			case !ok:
				t.Errorf("layer %s may import %q, which is no layer", l.Name, m)
			case m == "cmd":
				t.Errorf("layer %s may import cmd", l.Name)
			case j > i:
				t.Errorf("layer %s may import %s, a higher layer", l.Name, m)
			}
		}
	}
}
