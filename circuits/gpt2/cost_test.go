//go:build prover_checks

package gpt2

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark/profile"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/gpt2q"
)

// TestDemoCost compiles the whole-generation circuit of the embedded text
// model with its adapter (2 layers, d = 64, 4 heads, vocabulary 96, c_attn
// LoRA r = 8) for a 4-token prompt and T generated tokens, and logs the
// constraints (bench/results.md, "Transformer gadgets"), and those of the
// sampled circuit (NewSampled, top-k 8, temperature 0.8). Reproduce:
// `OPENPROOF_GPT_T=8,16,32 go test -tags prover_checks ./circuits/gpt2 -run TestDemoCost -v -count=1`.
// OPENPROOF_GPT_P sets the prompt length (default 4).
// Without OPENPROOF_GPT_T only T = 8 compiles, so that `make test` stays in its
// time budget (T = 16 and 32 take minutes and 1.5 GB).
func TestDemoCost(t *testing.T) {
	q := demoModel(t)
	prompt := 4
	if s := os.Getenv("OPENPROOF_GPT_P"); s != "" {
		var err error
		if prompt, err = strconv.Atoi(s); err != nil {
			t.Fatalf("OPENPROOF_GPT_P: %v", err)
		}
	}
	for _, T := range costTokens(t) {
		c, err := New(q, prompt, T)
		if err != nil {
			t.Fatal(err)
		}
		ccs := gadgetstest.Compile(t, c)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Logf("prompt %d, T = %d (%d positions): %d constraints (heap in use after compile %d MiB)",
			prompt, T, Positions(prompt, T), ccs.GetNbConstraints(), ms.HeapInuse>>20)
		// The sampled circuit (seed public; top-k 8 at temperature 0.8).
		sc, err := NewSampled(q, prompt, T, 0.8, 8)
		if err != nil {
			t.Fatal(err)
		}
		sn := gadgetstest.Compile(t, sc).GetNbConstraints()
		d, v := sn-ccs.GetNbConstraints(), q.Config.VocabSize
		t.Logf("sampled, top-k 8, temperature 0.8: %d constraints, +%d over greedy: %.1f per step, %.2f per logit beyond the argmax's (Poseidon2 uniform included)",
			sn, d, float64(d)/float64(T), float64(d)/float64(T*v))
	}
}

// demoModel is the embedded text model with its adapter, quantized.
func demoModel(t *testing.T) *gpt2q.Model {
	t.Helper()
	base, err := demo.GPTBase()
	if err != nil {
		t.Fatal(err)
	}
	ad, err := demo.GPTAdapter()
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.WithAdapter(ad)
	if err != nil {
		t.Fatal(err)
	}
	q, err := gpt2q.Quantize(m)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func costTokens(t *testing.T) []int {
	t.Helper()
	s := os.Getenv("OPENPROOF_GPT_T")
	if s == "" {
		return []int{8}
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("OPENPROOF_GPT_T: %v", err)
		}
		out = append(out, n)
	}
	return out
}

// TestDemoProfile compiles the demo circuit for a 4-token prompt and
// T = OPENPROOF_GPT_T (default 8) under gnark's constraint profiler and
// writes the profile to OPENPROOF_GPT_PROFILE (opt-in); `go tool pprof -top
// -cum FILE` then gives the constraints per gadget (bench/results.md,
// "Proving a generation").
func TestDemoProfile(t *testing.T) {
	path := os.Getenv("OPENPROOF_GPT_PROFILE")
	if path == "" {
		t.Skip("set OPENPROOF_GPT_PROFILE=file.pprof to profile the demo circuit's constraints")
	}
	q := demoModel(t)
	T := costTokens(t)[0]
	c, err := New(q, 4, T)
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Start(profile.WithPath(path))
	ccs := gadgetstest.Compile(t, c)
	p.Stop()
	t.Logf("T = %d: %d constraints, %d profiled, profile in %s", T, ccs.GetNbConstraints(), p.NbConstraints(), path)
}
