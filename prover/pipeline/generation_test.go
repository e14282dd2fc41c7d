package pipeline_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// The tiny text model's generation: prompt and generated tokens.
var (
	tinyGPTPrompt = fortunes.Encode("th")
	tinyGPTTokens = 3
)

var (
	tinyGPTOnce sync.Once
	tinyGPTQ    *gpt2q.Model
	tinyGPTErr  error
)

// tinyGPT is gpt2qtest.TextModel: a 1-layer, d = 8, 2-head GPT-2 over the
// 96-character fortunes vocabulary with a rank-2 c_attn adapter, calibrated
// and quantized; its generation circuit is below the 2^15 constraints of
// setups in tests.
func tinyGPT(t testing.TB) *gpt2q.Model {
	t.Helper()
	tinyGPTOnce.Do(func() {
		tinyGPTQ, tinyGPTErr = gpt2qtest.TextModel(context.Background())
	})
	if tinyGPTErr != nil {
		t.Fatal(tinyGPTErr)
	}
	return tinyGPTQ
}

func tinyGPTKey() commit.AdapterKey {
	return commit.AdapterKey{Salt: commit.Uint(11), Owner: commit.DemoKey().Owner}
}

// TestProveGenerationRefuses: requests ProveGeneration refuses before any
// setup or proof (a bad request, a changed trace, another circuit).
func TestProveGenerationRefuses(t *testing.T) {
	ctx := context.Background()
	q := tinyGPT(t)
	cc, err := pipeline.CompileGeneration(ctx, q, len(tinyGPTPrompt), tinyGPTTokens)
	if err != nil {
		t.Fatal(err)
	}
	if n := cc.Constraints(); n > 1<<15 {
		t.Fatalf("%d constraints: above the 2^15 limit for test setups", n)
	}
	t.Logf("%s: %d constraints", cc.Name, cc.Constraints())
	other, err := pipeline.CompileGeneration(ctx, q, len(tinyGPTPrompt), tinyGPTTokens+1)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := q.Generate(ctx, tinyGPTPrompt, tinyGPTTokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	changed := *tr
	changed.Output = append([]int(nil), tr.Output...)
	changed.Output[0] = (changed.Output[0] + 1) % fortunes.VocabSize
	noKeys := failingKeys{t}
	tests := []struct {
		name string
		req  pipeline.GenerationRequest
		want error
	}{
		{"no model", pipeline.GenerationRequest{Prompt: tinyGPTPrompt, Tokens: 2}, errs.ErrBadInput},
		{"no prompt", pipeline.GenerationRequest{Model: q, Tokens: 2}, errs.ErrBadInput},
		{"beyond the context", pipeline.GenerationRequest{Model: q, Prompt: tinyGPTPrompt, Tokens: 8}, errs.ErrBadInput},
		{"sampled trace, greedy circuit", pipeline.GenerationRequest{Model: q, Trace: sampled(t, q), Circuit: cc}, errs.ErrBadInput},
		{"sampled trace, no temperature", pipeline.GenerationRequest{Model: q, Trace: badTemperature(sampled(t, q))}, errs.ErrBadInput},
		{"changed trace", pipeline.GenerationRequest{Model: q, Trace: &changed}, errs.ErrNotVerified},
		{"another circuit", pipeline.GenerationRequest{Model: q, Trace: tr, Circuit: other}, errs.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.req.Key = tinyGPTKey()
			_, err := pipeline.ProveGeneration(ctx, prover.CPU(), noKeys, tc.req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func sampled(t *testing.T, q *gpt2q.Model) *gpt2q.Trace {
	t.Helper()
	tr, err := q.Generate(context.Background(), tinyGPTPrompt, 2, gpt2q.Decoding{Mode: gpt2q.Sample, Temperature: 1, TopK: 5, Seed: "7"})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// badTemperature returns t with its temperature set to 0: no sampled
// circuit exists for it.
func badTemperature(t *gpt2q.Trace) *gpt2q.Trace {
	c := *t
	c.Decoding.Temperature = 0
	return &c
}

// failingKeys fails the test if asked for keys: the requests it serves are
// refused before.
type failingKeys struct{ t *testing.T }

func (f failingKeys) Keys(context.Context, string, constraint.ConstraintSystem) (*keystore.Keys, error) {
	f.t.Error("keys requested for a refused request")
	return nil, errors.New("no keys")
}
