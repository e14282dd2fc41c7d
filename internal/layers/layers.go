// Package layers states openproof's import rule as a table (Rule) and checks
// a package graph against it (Check). Its test runs the check over the
// module's packages as `go list -deps` reports them, so a lower layer that
// imports a higher one fails `go test` with the offending import named.
//
// The rule, lowest layer first:
//
//	errs          the root errors; imports no openproof package
//	inference     files → runtime → trace, the fixed-point recipe, commitments (inference/commit)
//	attribution   Datanets, influence, artifacts, the fee split; beside inference, above it: it
//	              may import inference, inference never imports attribution
//	training      attribution/provenance (LoRA training with sketches) and attribution/quality
//	              (its measurements); only tools and cmd import them, circuits never do
//	demo          the embedded MNIST demo; spans inference and attribution, so it sits above both
//	circuits      circuit definitions, witness assignment, native statements
//	prover        package prover itself: backends; imports errs only, so any layer above may use it
//	prover/...    keys, bundles, ceremonies, prove pipelines
//	verifier      offline checks of bundles
//	contracts     Solidity verifiers, bindings and the chain client (contracts/chain)
//	node          the prover node (node, node/...): queue, workers, API, chain watcher; the one
//	              library layer that logs; above contracts, below cmd
//	tools         bench, contracts/internal/* and internal/*: may import anything but cmd
//	cmd           the binaries; nothing imports cmd
//
// Only the packages a build links are checked (go list without -test): a
// test may import upward, as inference/cuda's test loads the demo model.
package layers

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Layer is one row of the rule.
type Layer struct {
	// Name names the layer in MayImport lists and in failures.
	Name string
	// Packages are module-relative import paths: "x" is package x alone,
	// "x/..." every package below x (not x itself). A package belongs to
	// the layer with the longest matching pattern.
	Packages []string
	// MayImport names the layers whose packages this layer's packages may
	// import; a layer lists itself to allow imports within it.
	MayImport []string
}

// Rule is openproof's import rule, lowest layer first.
var Rule = []Layer{
	{Name: "errs", Packages: []string{"errs"}},
	{Name: "inference", Packages: []string{"inference/..."},
		MayImport: []string{"errs", "inference"}},
	{Name: "attribution", Packages: []string{"attribution/..."},
		MayImport: []string{"errs", "inference", "attribution"}},
	{Name: "training", Packages: []string{"attribution/provenance", "attribution/quality"},
		MayImport: []string{"errs", "inference", "attribution", "training"}},
	{Name: "demo", Packages: []string{"demo"},
		MayImport: []string{"errs", "inference", "attribution"}},
	{Name: "circuits", Packages: []string{"circuits/..."},
		MayImport: []string{"errs", "inference", "attribution", "circuits"}},
	{Name: "prover", Packages: []string{"prover"},
		MayImport: []string{"errs"}},
	{Name: "prover/...", Packages: []string{"prover/..."},
		MayImport: []string{"errs", "inference", "attribution", "circuits", "prover", "prover/..."}},
	{Name: "verifier", Packages: []string{"verifier"},
		MayImport: []string{"errs", "inference", "attribution", "circuits", "prover", "prover/..."}},
	{Name: "contracts", Packages: []string{"contracts", "contracts/..."},
		MayImport: []string{"errs", "inference", "attribution", "circuits", "prover", "prover/...", "verifier", "contracts"}},
	// The prover node: serves the pipelines over NATS, HTTP and the chain.
	{Name: "node", Packages: []string{"node", "node/..."},
		MayImport: []string{"errs", "inference", "attribution", "demo", "circuits", "prover", "prover/...", "verifier", "contracts", "node"}},
	// Test support (fixtures, lying-hint runners, toy circuits): imported by
	// tests and by tooling, never by production code.
	{Name: "testsupport", Packages: []string{"contracts/contractstest", "circuits/gadgets/gadgetstest", "inference/mnist/mnisttest", "prover/internal/toy", "prover/ceremony/ceremonytest",
		"inference/gpt2q/gpt2qtest", "attribution/textattr/textattrtest"},
		MayImport: []string{"errs", "inference", "attribution", "training", "demo", "circuits", "prover", "prover/...", "verifier", "contracts", "testsupport"}},
	{Name: "tools", Packages: []string{"bench", "bench/...", "contracts/internal/...", "internal/...", "scripts/..."},
		MayImport: []string{"errs", "inference", "attribution", "training", "demo", "circuits", "prover", "prover/...", "verifier", "contracts", "testsupport", "tools"}},
	{Name: "cmd", Packages: []string{"cmd/..."},
		MayImport: []string{"errs", "inference", "attribution", "training", "demo", "circuits", "prover", "prover/...", "verifier", "contracts", "node", "tools"}},
}

// Package is one node of an import graph: a module-relative import path and
// the import paths it imports (any module; others are ignored).
type Package struct {
	Path    string
	Imports []string
}

// Violation is one import the rule forbids, or a package no layer holds
// (To and ToLayer empty).
type Violation struct {
	From, FromLayer string
	To, ToLayer     string
	Allowed         []string // the layers From may import
}

// Edge returns "from -> to", the key of a known violation.
func (v Violation) Edge() string { return v.From + " -> " + v.To }

func (v Violation) String() string {
	if v.To == "" {
		return fmt.Sprintf("%s belongs to no layer: add it to layers.Rule", v.From)
	}
	return fmt.Sprintf("%s (layer %s) imports %s (layer %s); %s may import only %s",
		v.From, v.FromLayer, v.To, v.ToLayer, v.FromLayer, strings.Join(v.Allowed, ", "))
}

// Check returns every import in pkgs that rule forbids, sorted, and every
// package that belongs to no layer. Paths are module-relative (module is
// the module path, e.g. github.com/openproof/openproof); imports outside
// the module are not checked.
func Check(module string, pkgs []Package, rule []Layer) []Violation {
	var out []Violation
	for _, p := range pkgs {
		from := layerOf(rule, p.Path)
		if from == nil {
			out = append(out, Violation{From: p.Path})
			continue
		}
		for _, imp := range p.Imports {
			rel, ok := relative(module, imp)
			if !ok {
				continue
			}
			to := layerOf(rule, rel)
			switch {
			case to == nil:
				out = append(out, Violation{From: p.Path, FromLayer: from.Name, To: rel, ToLayer: "none", Allowed: from.MayImport})
			case !slices.Contains(from.MayImport, to.Name):
				out = append(out, Violation{From: p.Path, FromLayer: from.Name, To: rel, ToLayer: to.Name, Allowed: from.MayImport})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Edge() < out[j].Edge() })
	return out
}

// relative returns imp relative to module, and whether it is in module.
func relative(module, imp string) (string, bool) {
	if imp == module {
		return ".", true
	}
	rel, ok := strings.CutPrefix(imp, module+"/")
	return rel, ok
}

// layerOf returns the layer whose pattern matches path most specifically,
// or nil.
func layerOf(rule []Layer, path string) *Layer {
	var best *Layer
	bestLen := -1
	for i := range rule {
		for _, pat := range rule[i].Packages {
			n, ok := match(pat, path)
			if ok && n > bestLen {
				best, bestLen = &rule[i], n
			}
		}
	}
	return best
}

// match reports whether pattern holds path and how specific the match is.
func match(pattern, path string) (int, bool) {
	if dir, ok := strings.CutSuffix(pattern, "/..."); ok {
		return len(dir), strings.HasPrefix(path, dir+"/")
	}
	return len(pattern) + 1, path == pattern // exact beats a subtree of the same folder
}
