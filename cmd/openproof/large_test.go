package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/safetensors"
)

// gen runs peftgen into a fresh directory and returns it.
func gen(t *testing.T, cache string, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "gen")
	mustCode(t, exitOK, cache, append(append([]string{"peftgen"}, args...), "--out", dir)...)
	return dir
}

// editJSON rewrites a JSON file through edit into a new file.
func editJSON(t *testing.T, src, dst string, edit func(m map[string]any)) {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(mustRead(t, src), &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	b, _ := json.Marshal(m)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPeftgen: the generated adapters have the real PEFT layouts.
func TestPeftgen(t *testing.T) {
	cache := t.TempDir()
	tests := []struct {
		args    []string
		modules []string
		fanIn   bool
		base    []int // shape of the first base tensor
	}{
		{[]string{"--preset", "gpt2", "--layers", "2", "--in-features", "16", "--out-features", "48", "--rank", "2"},
			[]string{"transformer.h.0.attn.c_attn", "transformer.h.1.attn.c_attn"}, true, []int{16, 48}},
		{[]string{"--preset", "llama", "--dim", "24", "--rank", "4"},
			[]string{"model.layers.0.self_attn.q_proj", "model.layers.0.self_attn.v_proj"}, false, []int{24, 24}},
	}
	for _, tc := range tests {
		t.Run(tc.args[1], func(t *testing.T) {
			dir := gen(t, cache, tc.args...)
			a, err := peft.Load(filepath.Join(dir, genAdapterDir))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, m := range a.Modules {
				names = append(names, m.Name)
			}
			if !slices.Equal(names, tc.modules) || a.Config.FanInFanOut != tc.fanIn {
				t.Fatalf("modules %v fan_in_fan_out %v, want %v %v", names, a.Config.FanInFanOut, tc.modules, tc.fanIn)
			}
			tr, err := enginetrace.Read(filepath.Join(dir, genTraceDir))
			if err != nil || tr.Tokens != 1 || len(tr.Modules) != len(tc.modules) {
				t.Fatalf("trace: %v", err)
			}
			st, err := safetensors.Read(filepath.Join(dir, genBaseFile))
			if err != nil {
				t.Fatal(err)
			}
			w, err := st.Get(tc.modules[0] + ".weight")
			if err != nil || !slices.Equal(w.Shape, tc.base) {
				t.Fatalf("base tensor: %v %v, want shape %v", w, err, tc.base)
			}
		})
	}
}

// TestDeltaCommandNames: the delta commands are grouped under `delta`; the
// old names still run them but are hidden from the help.
func TestDeltaCommandNames(t *testing.T) {
	cache := t.TempDir()
	help := mustCode(t, exitOK, cache, "--help")
	if !strings.Contains(help, "delta") || strings.Contains(help, "prove-delta") || strings.Contains(help, "verify-delta") {
		t.Fatalf("help:\n%s", help)
	}
	sub := mustCode(t, exitOK, cache, "delta", "--help")
	if !strings.Contains(sub, "prove") || !strings.Contains(sub, "verify") {
		t.Fatalf("delta help:\n%s", sub)
	}
	for _, args := range [][]string{{"delta", "verify", "--trace", "x"}, {"verify-delta", "--trace", "x"}} {
		if out := mustCode(t, exitBadInput, cache, args...); !strings.Contains(out, "takes one BUNDLE") {
			t.Fatalf("%v: %s", args, out)
		}
	}
	if out := mustCode(t, exitBadInput, cache, "delta", "prove", "--trace", "x", "--adapter", "y", "--out", "z", "extra"); !strings.Contains(out, "delta prove takes no arguments") {
		t.Fatalf("delta prove with an argument: %s", out)
	}
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestAttributionAndLargeBadInput: bad files and flags of the new commands
// exit 2 with a message naming the file or flag.
func TestAttributionAndLargeBadInput(t *testing.T) {
	cache, dir := t.TempDir(), t.TempDir()
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing")
	dn := filepath.Join(dir, "dn.jsonl")
	mustCode(t, exitOK, cache, "datanet", "sample", "--out", dn)
	llama := gen(t, cache, "--preset", "llama", "--dim", "16", "--rank", "2")
	gpt2 := gen(t, cache, "--preset", "gpt2", "--in-features", "8", "--out-features", "12", "--rank", "2")
	lt, la := filepath.Join(llama, genTraceDir), filepath.Join(llama, genAdapterDir)
	noProof := filepath.Join(dir, "noproof")
	mustCode(t, exitOK, cache, "merge", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", filepath.Join(gpt2, genAdapterDir), "--out", noProof)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"datanet", "build", "--in", missing, "--out", filepath.Join(dir, "x.bin")}, "missing"},
		{[]string{"datanet", "build", "--in", garbage, "--out", filepath.Join(dir, "x.bin")}, "garbage.json"},
		{[]string{"datanet", "build", "--in", dn}, "out"},
		{[]string{"datanet", "inspect"}, "FILE"},
		{[]string{"datanet", "inspect", garbage}, "garbage.json"},
		{[]string{"datanet", "sample", "--contributors", "0", "--out", filepath.Join(dir, "x.bin")}, "contributors"},
		{[]string{"train", "--out", dir}, "--datanet"},
		{[]string{"train", "--datanet", garbage, "--out", dir}, "garbage.json"},
		{[]string{"train", "--datanet", dn, "--data", garbage, "--out", dir}, "exclude"},
		{[]string{"train", "--datanet", dn, "--epochs", "0", "--out", dir}, "epochs"},
		{[]string{"train", "--data", garbage, "--epochs", "3", "--out", dir}, "--epochs applies only with --datanet"},
		{[]string{"train", "--datanet", dn, "--lr", "-1", "--out", dir}, "lr"},
		{[]string{"train", "--datanet", dn, "--base", dir, "--out", dir}, "base model"},
		{[]string{"audit", "--datanet", dn, "--artifacts", missing}, "--artifacts"},
		{[]string{"audit", "--datanet", garbage, "--artifacts", missing}, "garbage.json"},
		{[]string{"peftgen", "--preset", "gpt3", "--out", dir}, "preset"},
		{[]string{"peftgen", "--tokens", "0", "--out", dir}, "tokens"},
		{[]string{"prove-delta", "--trace", missing, "--adapter", la, "--out", filepath.Join(dir, "d.json")}, "--trace"},
		{[]string{"prove-delta", "--trace", lt, "--adapter", filepath.Join(gpt2, genAdapterDir), "--out", filepath.Join(dir, "d.json")}, "--adapter"},
		{[]string{"prove-delta", "--trace", lt, "--adapter", la, "--mode", "fast", "--out", filepath.Join(dir, "d.json")}, "mode"},
		{[]string{"prove-delta", "--trace", lt, "--adapter", la, "--pinned", "--mode", "direct", "--out", filepath.Join(dir, "d.json")}, "pinned"},
		{[]string{"prove-delta", "--trace", lt, "--adapter", la, "--salt", "0xzz", "--out", filepath.Join(dir, "d.json")}, "salt"},
		{[]string{"prove-delta", "--trace", filepath.Join(gpt2, genTraceDir), "--adapter", la, "--out", filepath.Join(dir, "d.json")}, "--adapter"},
		{[]string{"verify-delta", "--trace", lt}, "BUNDLE"},
		{[]string{"verify-delta", "--trace", lt, garbage}, "garbage.json"},
		{[]string{"verify-delta", "--trace", missing, garbage}, "garbage.json"},
		{[]string{"merge", "--base", missing, "--adapter", la, "--out", dir}, "--base"},
		{[]string{"merge", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", la, "--out", dir}, "q_proj.weight"},
		{[]string{"merge", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", missing, "--out", dir}, "--adapter"},
		{[]string{"verify-merge", "--base", filepath.Join(gpt2, genBaseFile), noProof}, mergeProofFile},
		{[]string{"verify-merge", "--base", filepath.Join(gpt2, genBaseFile)}, "verify-merge takes one DIR"},
		{[]string{"merge", "verify", "--base", filepath.Join(gpt2, genBaseFile)}, "merge verify takes one DIR"},
		{[]string{"merge", "verify", "--base", filepath.Join(gpt2, genBaseFile), noProof}, mergeProofFile},
		{[]string{"merge", "--base", filepath.Join(gpt2, genBaseFile)}, `Required flags \"adapter, out\" not set`},
		{[]string{"merge", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", la}, `Required flag \"out\" not set`},
		{[]string{"merge", "run", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", la}, `Required flag \"out\" not set`},
		{[]string{"merge", "run", "--base", missing, "--adapter", la, "--out", dir}, "--base"},
		{[]string{"merge", "--base", filepath.Join(gpt2, genBaseFile), "--adapter", filepath.Join(gpt2, genAdapterDir), "--out", dir, "--max-constraints", "0"}, "--max-constraints"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out := mustCode(t, exitBadInput, cache, tc.args...)
			if !strings.Contains(out, tc.want) {
				t.Fatalf("message does not mention %q:\n%s", tc.want, out)
			}
		})
	}
	for _, p := range []string{"x.bin", "d.json"} {
		if _, err := os.Stat(filepath.Join(dir, p)); !os.IsNotExist(err) {
			t.Fatalf("a failed command wrote %s", p)
		}
	}
}
