package gpt2

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// The sampled fixture: temperature and top-k of the tiny circuits.
const (
	tinyTemperature = 1.0
	tinyTopK        = 5
)

func sampling(seed string) gpt2q.Decoding {
	return gpt2q.Decoding{Mode: gpt2q.Sample, Temperature: tinyTemperature, TopK: tinyTopK, Seed: seed}
}

func generateSampled(t *testing.T, q *gpt2q.Model, p []int, seed string) *gpt2q.Trace {
	t.Helper()
	tr, err := q.Generate(context.Background(), p, tinyTokens, sampling(seed))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

var sampledCache = map[*gpt2q.Model]constraint.ConstraintSystem{}

func compiledSampled(t *testing.T, q *gpt2q.Model) constraint.ConstraintSystem {
	t.Helper()
	if ccs, ok := sampledCache[q]; ok {
		return ccs
	}
	c, err := NewSampled(q, tinyPrompt, tinyTokens, tinyTemperature, tinyTopK)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	sampledCache[q] = ccs
	return ccs
}

// otherSeed returns a seed whose sampled generation from p differs from
// tr's.
func otherSeed(t *testing.T, q *gpt2q.Model, p []int, tr *gpt2q.Trace) (string, *gpt2q.Trace) {
	t.Helper()
	for s := 100; s < 200; s++ {
		seed := fmt.Sprint(s)
		o := generateSampled(t, q, p, seed)
		if !slices.Equal(o.Output, tr.Output) {
			return seed, o
		}
	}
	t.Fatal("fixture: every seed samples the same tokens")
	return "", nil
}

func seedBig(t *testing.T, s string) *big.Int {
	t.Helper()
	var e fr.Element
	if _, err := e.SetString(s); err != nil {
		t.Fatal(err)
	}
	return big1(e)
}

// TestSampledGeneration: the runtime's sampled trace is a witness of the
// sampled circuit, for the base model and the adapted one; the sampled
// circuit has the seed as a fifth public input, the greedy one keeps four,
// and the constraints the sampling adds are logged.
func TestSampledGeneration(t *testing.T) {
	base, adapted, _ := tiny(t)
	for name, q := range map[string]*gpt2q.Model{"base": base, "adapted": adapted} {
		t.Run(name, func(t *testing.T) {
			tr := generateSampled(t, q, prompt, "7")
			ccs := compiledSampled(t, q)
			if err := solve(t, ccs, assign(t, q, tr)); err != nil {
				t.Fatalf("honest sampled generation rejected: %v", err)
			}
			greedy := compiled(t, q)
			if g, s := greedy.GetNbPublicVariables(), ccs.GetNbPublicVariables(); g != 5 || s != 6 { // with the constant wire
				t.Fatalf("public variables: greedy %d, sampled %d; want 5 and 6", g, s)
			}
			if idx, err := gadgetstest.PublicIndices(ccs, "ModelDigest", "AdapterCommitment", "PromptDigest", "OutputDigest", "Seed_0"); err != nil || !slices.Equal(idx, []int{0, 1, 2, 3, 4}) {
				t.Fatalf("sampled public inputs %v (err %v)", idx, err)
			}
			pub, err := PublicsOf(q, tr, key())
			if err != nil {
				t.Fatal(err)
			}
			if pub.Seed == nil || len(pub.Vector()) != 5 || !pub.Seed.Equal(ptr(fr.NewElement(7))) {
				t.Fatalf("sampled publics %+v", pub)
			}
			vocab := q.Config.VocabSize
			d := ccs.GetNbConstraints() - greedy.GetNbConstraints()
			t.Logf("%s: greedy %d constraints, sampled (T = %d, vocabulary %d, top-k %d) %d: +%d, %.1f per step, %.1f per logit beyond argmax (Poseidon2 uniform included)",
				name, greedy.GetNbConstraints(), tinyTokens, vocab, tinyTopK, ccs.GetNbConstraints(), d, float64(d)/tinyTokens, float64(d)/float64(tinyTokens*vocab))
		})
	}
	n, err := NameSampled(adapted, tinyPrompt, tinyTokens, tinyTemperature, tinyTopK)
	if err != nil || n == Name(adapted, tinyPrompt, tinyTokens) || !strings.HasPrefix(n, "gpt2-sample-k5-m") {
		t.Fatalf("sampled circuit name %q (err %v)", n, err)
	}
}

func ptr(e fr.Element) *fr.Element { return &e }

// TestSampledRefused: a sampled generation claimed under another seed, or
// with a token flipped, or with the greedy tokens, has no witness; the
// public inputs follow each claim. Each public input wrong alone is
// refused. Another seed's own generation is a witness.
func TestSampledRefused(t *testing.T) {
	_, adapted, _ := tiny(t)
	q := adapted
	ccs := compiledSampled(t, q)
	tr := generateSampled(t, q, prompt, "7")
	seed2, tr2 := otherSeed(t, q, prompt, tr)
	greedy := generate(t, q, prompt)
	if slices.Equal(greedy.Output, tr.Output) {
		t.Fatal("fixture: the sampled generation is the greedy one")
	}
	outputs := func(out []int) func(w *Circuit) {
		return func(w *Circuit) { w.OutputDigest = big1(TokenDigest(TagOutput, out)) }
	}
	flip := func(i int) func(w *Circuit) {
		out := slices.Clone(tr.Output)
		out[i] = (out[i] + 1) % q.Config.VocabSize
		return outputs(out)
	}
	tests := []struct {
		name string
		mut  func(w *Circuit)
	}{
		{"another seed, the same tokens", func(w *Circuit) { w.Seed[0] = seedBig(t, seed2) }},
		{"the same seed, another seed's tokens", outputs(tr2.Output)},
		{"flipped first sampled token", flip(0)},
		{"flipped last sampled token", flip(tinyTokens - 1)},
		{"the greedy tokens", outputs(greedy.Output)},
		{"seed", func(w *Circuit) { w.Seed[0] = big.NewInt(8) }},
		{"output digest", outputs([]int{1, 2, 3, 4})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := assign(t, q, tr)
			tc.mut(w)
			if err := solve(t, ccs, w); err == nil {
				t.Fatal("tampered sampled generation accepted")
			}
		})
	}
	if err := solve(t, ccs, assign(t, q, tr2)); err != nil {
		t.Fatalf("seed %s: honest generation rejected: %v", seed2, err)
	}
	// A greedy witness does not fit the sampled circuit (no seed), nor a
	// sampled one the greedy circuit.
	if err := solve(t, ccs, assign(t, q, greedy)); err == nil {
		t.Fatal("a greedy witness solves the sampled circuit")
	}
	if err := solve(t, compiled(t, q), assign(t, q, tr)); err == nil {
		t.Fatal("a sampled witness solves the greedy circuit")
	}
}

// TestSampledMaliciousHints: every hint's lies are refused in the sampled
// circuit (the sampling hints among them), also with the output digest
// following the lie; the model digest, adapter commitment, prompt digest
// and seed are the verifier's.
func TestSampledMaliciousHints(t *testing.T) {
	_, adapted, _ := tiny(t)
	ccs := compiledSampled(t, adapted)
	w := gadgetstest.Witness(t, assign(t, adapted, generateSampled(t, adapted, prompt, "7")))
	skip := map[string]bool{"p and n swapped": true, "no saturation: y = q": true, "saturated at the other bound": true}
	lies := map[string][]gadgetstest.Lie{gadgetstest.NBitsHint: gadgetstest.BitLies}
	for h, ls := range gadgetstest.TFLies {
		for _, l := range ls {
			if !(h == gadgetstest.HintRequant && skip[l.Name]) {
				lies[h] = append(lies[h], l)
			}
		}
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies,
		Sites: []int64{gadgetstest.AllSites, 0, 17, 40, 300}, SomeSite: true, Lenient: true, ByConstraint: true,
		FollowPublics: true, Fixed: []string{"ModelDigest", "AdapterCommitment", "PromptDigest", "Seed_0"}})
}

// samplingVector is inference/gpt2q's (testdata/sampling_vectors.json).
type samplingVector struct {
	Seed        string  `json:"seed"`
	Step        uint64  `json:"step"`
	Temperature float64 `json:"temperature"`
	TopK        int     `json:"top_k"`
	LogitExp    int     `json:"logit_exp"`
	Mult        uint32  `json:"mult"`
	Logits      []int64 `json:"logits"`
	Uniform     uint32  `json:"uniform"`
	Token       int     `json:"token"`
}

// vectorCircuit is one sampled step as Circuit.choose proves it.
type vectorCircuit struct {
	Logits []frontend.Variable
	Seed   frontend.Variable `gnark:",public"`
	U      frontend.Variable `gnark:",public"`
	Token  frontend.Variable `gnark:",public"`
	step   int
	s      tfops.Sampler
}

func (c *vectorCircuit) Define(api frontend.API) error {
	tf := tfgadgets.New(api, gadgets.New(api))
	g := &Circuit{Seed: []frontend.Variable{c.Seed}, sampler: &c.s}
	tok, _, err := g.choose(tf, c.Logits, c.step, tfgadgets.SpanBits)
	if err != nil {
		return err
	}
	u, err := tf.Uniform(c.Seed, c.step)
	if err != nil {
		return err
	}
	api.AssertIsEqual(u, c.U)
	api.AssertIsEqual(tok, c.Token)
	return tf.Err()
}

// TestSamplingVectorsCircuit: the circuit's sampling (Circuit.choose) and
// uniform draw the committed runtime vectors' tokens and uniforms; another
// token, uniform or seed is refused.
func TestSamplingVectorsCircuit(t *testing.T) {
	b, err := os.ReadFile("../../inference/gpt2q/testdata/sampling_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []samplingVector
	if err := json.Unmarshal(b, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) < 8 {
		t.Fatalf("%d vectors", len(vs))
	}
	for i, v := range vs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			s := tfops.Sampler{TopK: v.TopK, Mult: v.Mult}
			c := &vectorCircuit{Logits: make([]frontend.Variable, len(v.Logits)), step: int(v.Step), s: s}
			ccs := gadgetstest.Compile(t, c)
			w := func() *vectorCircuit {
				w := &vectorCircuit{Seed: seedBig(t, v.Seed), U: v.Uniform, Token: v.Token}
				for _, l := range v.Logits {
					w.Logits = append(w.Logits, l)
				}
				return w
			}
			if err := solve2(t, ccs, w()); err != nil {
				t.Fatalf("vector rejected: %v", err)
			}
			bad := w()
			bad.Token = (v.Token + 1) % len(v.Logits)
			if err := solve2(t, ccs, bad); err == nil {
				t.Fatal("another token accepted")
			}
			bad = w()
			bad.U = v.Uniform ^ 1
			if err := solve2(t, ccs, bad); err == nil {
				t.Fatal("another uniform accepted")
			}
			bad = w()
			bad.Seed = new(big.Int).Add(seedBig(t, v.Seed), big.NewInt(1))
			if err := solve2(t, ccs, bad); err == nil {
				t.Fatal("another seed accepted")
			}
		})
	}
}

func solve2(t *testing.T, ccs constraint.ConstraintSystem, w frontend.Circuit) error {
	t.Helper()
	return ccs.IsSolved(gadgetstest.Witness(t, w), gadgetstest.LenientOpts(t, "")...)
}
