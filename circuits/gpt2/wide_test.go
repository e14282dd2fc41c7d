package gpt2

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
)

var (
	wideOnce sync.Once
	wideQ    [3]*gpt2q.Model
	wideErr  error
)

// tinyWide is tiny at 12 bits (gpt2qtest.PeriodicModelsBits: the same
// weights, the calibration widened by 4 bits).
func tinyWide(t *testing.T) (base, adapted, other *gpt2q.Model) {
	t.Helper()
	wideOnce.Do(func() {
		wideQ[0], wideQ[1], wideQ[2], wideErr = gpt2qtest.PeriodicModelsBits(context.Background(), 12)
	})
	if wideErr != nil {
		t.Fatal(wideErr)
	}
	if wideQ[0].Bits != 12 {
		t.Fatalf("a %d-bit model", wideQ[0].Bits)
	}
	return wideQ[0], wideQ[1], wideQ[2]
}

// TestWideGeneration: the 12-bit runtime's greedy trace is a witness, for
// the base model and the adapted one; the circuit's public inputs are
// PublicsOf's.
func TestWideGeneration(t *testing.T) {
	base, adapted, _ := tinyWide(t)
	for name, q := range map[string]*gpt2q.Model{"base": base, "adapted": adapted} {
		t.Run(name, func(t *testing.T) {
			tr := generate(t, q, prompt)
			if err := solve(t, compiled(t, q), assign(t, q, tr)); err != nil {
				t.Fatalf("honest 12-bit generation rejected: %v", err)
			}
		})
	}
}

// TestWideRefused: at 12 bits a generation with a flipped token, another
// prompt, another adapter (with its own commitment), another owner or any
// wrong public input is refused; the other prompt's and adapter's own
// generations are witnesses.
func TestWideRefused(t *testing.T) {
	_, q, other := tinyWide(t)
	ccs := compiled(t, q)
	tr := generate(t, q, prompt)
	pub, err := PublicsOf(q, tr, key())
	if err != nil {
		t.Fatal(err)
	}
	otherCom, err := AdapterCommitment(other, key())
	if err != nil {
		t.Fatal(err)
	}
	prompt2 := []int{(prompt[0] + 1) % 32, prompt[1], prompt[2]}
	if slices.Equal(generate(t, q, prompt2).Output, tr.Output) || slices.Equal(generate(t, other, prompt).Output, tr.Output) || otherCom == pub.AdapterCommitment {
		t.Fatal("fixture: another prompt or adapter generates the same tokens")
	}
	ow := assign(t, other, generate(t, other, prompt))
	flip := func(i int) func(w *Circuit) {
		return func(w *Circuit) {
			out := append([]int(nil), tr.Output...)
			out[i] = (out[i] + 1) % 32
			w.OutputDigest = big1(TokenDigest(TagOutput, out))
		}
	}
	tests := []struct {
		name string
		mut  func(w *Circuit)
	}{
		{"flipped first output token", flip(0)},
		{"flipped last output token", flip(tinyTokens - 1)},
		{"different prompt", func(w *Circuit) {
			w.Prompt[0] = prompt2[0]
			w.PromptDigest = big1(TokenDigest(TagPrompt, prompt2))
		}},
		{"different adapter", func(w *Circuit) { w.AdapterBits, w.AdapterCommitment = ow.AdapterBits, big1(otherCom) }},
		{"different adapter, own commitment", func(w *Circuit) { w.AdapterBits = ow.AdapterBits }},
		{"one multiplier changed", func(w *Circuit) {
			w.AdapterBits = slices.Clone(w.AdapterBits)
			m := slices.Clone(w.AdapterBits[0].M)
			m[5] = new(big.Int).Add(toBig(m[5]), big.NewInt(1))
			w.AdapterBits[0].M = m
		}},
		{"another owner", func(w *Circuit) { w.Owner = new(big.Int).Add(toBig(w.Owner), big.NewInt(1)) }},
		{"model digest", func(w *Circuit) { w.ModelDigest = new(big.Int).Add(big1(pub.ModelDigest), big.NewInt(1)) }},
		{"adapter commitment", func(w *Circuit) { w.AdapterCommitment = big1(otherCom) }},
		{"prompt digest", func(w *Circuit) { w.PromptDigest = big1(TokenDigest(TagPrompt, prompt2)) }},
		{"output digest", func(w *Circuit) { w.OutputDigest = big1(TokenDigest(TagOutput, []int{1, 2, 3, 4})) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := assign(t, q, tr)
			tc.mut(w)
			if err := solve(t, ccs, w); err == nil {
				t.Fatal("tampered generation accepted")
			}
		})
	}
	for name, w := range map[string]*Circuit{"other prompt": assign(t, q, generate(t, q, prompt2)), "other adapter": ow} {
		if err := solve(t, ccs, w); err != nil {
			t.Fatalf("%s: honest generation rejected: %v", name, err)
		}
	}
}

// TestWideChangedCacheEntry: a 12-bit trace with a cache entry or a token
// changed is refused when assigned.
func TestWideChangedCacheEntry(t *testing.T) {
	_, adapted, _ := tinyWide(t)
	for _, tc := range []struct {
		name string
		mut  func(tr *gpt2q.Trace)
	}{
		{"key", func(tr *gpt2q.Trace) { tr.Steps[1].KV[0].K = flipHex(tr.Steps[1].KV[0].K) }},
		{"value", func(tr *gpt2q.Trace) { tr.Steps[0].KV[0].V = flipHex(tr.Steps[0].KV[0].V) }},
		{"output token", func(tr *gpt2q.Trace) { tr.Output[1] = (tr.Output[1] + 1) % 32 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := generate(t, adapted, prompt)
			if _, err := Assign(context.Background(), adapted, tr, key()); err != nil {
				t.Fatalf("honest trace refused: %v", err)
			}
			tc.mut(tr)
			if _, err := Assign(context.Background(), adapted, tr, key()); !errors.Is(err, errs.ErrNotVerified) && !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("changed trace assigned (err %v)", err)
			}
		})
	}
}

// TestWideAdapterAliases: a 12-bit adapter outside its ranges (A, B not
// int8, a multiplier ≥ 2^48) is refused, the output digest and (for M)
// the adapter commitment following it.
func TestWideAdapterAliases(t *testing.T) {
	_, adapted, _ := tinyWide(t)
	ccs := compiled(t, adapted)
	tr := generate(t, adapted, prompt)
	alias := func(v []frontend.Variable) {
		v[0] = new(big.Int).Add(toBig(v[0]), big.NewInt(256))
		v[1] = new(big.Int).Sub(toBig(v[1]), big.NewInt(1))
	}
	tests := []struct {
		name  string
		fixed []string
		mut   func(w *Circuit)
	}{
		{"A", []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}, func(w *Circuit) { alias(w.AdapterBits[0].A) }},
		{"B", []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}, func(w *Circuit) { alias(w.AdapterBits[0].B) }},
		{"M ≥ 2^48", []string{"ModelDigest", "PromptDigest"}, func(w *Circuit) {
			w.AdapterBits[0].M[0] = new(big.Int).Add(toBig(w.AdapterBits[0].M[0]), new(big.Int).Lsh(big.NewInt(1), 48))
		}},
		{"M packing alias", []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}, func(w *Circuit) {
			m := w.AdapterBits[0].M
			m[0] = new(big.Int).Add(toBig(m[0]), new(big.Int).Lsh(big.NewInt(1), 48))
			m[1] = new(big.Int).Sub(toBig(m[1]), big.NewInt(1))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := assign(t, adapted, tr)
			tc.mut(w)
			fixed, err := gadgetstest.PublicIndices(ccs, tc.fixed...)
			if err != nil {
				t.Fatal(err)
			}
			if err := gadgetstest.FollowPublicsExcept(ccs, gadgetstest.Witness(t, w), fixed, gadgetstest.LenientOpts(t, "")...); err == nil {
				t.Fatal("an out-of-range adapter accepted")
			}
		})
	}
}

// TestWideMaliciousHints: TestMaliciousHints on the 12-bit circuit.
func TestWideMaliciousHints(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every lie")
	}
	_, adapted, _ := tinyWide(t)
	ccs := compiled(t, adapted)
	w := gadgetstest.Witness(t, assign(t, adapted, generate(t, adapted, prompt)))
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
		Sites: []int64{gadgetstest.AllSites, 0, 17, 40, 300}, Lenient: true, ByConstraint: true,
		FollowPublics: true, Fixed: []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}})
}

// TestWideModelDigest: the 12-bit digest differs from the 8-bit one of the
// same weights and changes with one weight of a wide layer.
func TestWideModelDigest(t *testing.T) {
	_, adapted, _ := tinyWide(t)
	_, a8, _ := tiny(t)
	d := ModelDigest(adapted)
	if d == ModelDigest(a8) {
		t.Fatal("12- and 8-bit digests equal")
	}
	c := *adapted
	c.Blocks = slices.Clone(adapted.Blocks)
	w := *c.Blocks[0].Fc.Wide
	w.W = slices.Clone(w.W)
	w.W[3] ^= 1
	c.Blocks[0].Fc.Wide = &w
	if ModelDigest(&c) == d {
		t.Fatal("a changed c_fc weight leaves the digest")
	}
}

// TestWideBaseRefused: a 12-bit base-model circuit's adapter commitment
// is 0.
func TestWideBaseRefused(t *testing.T) {
	base, adapted, _ := tinyWide(t)
	w := assign(t, base, generate(t, base, prompt))
	com, err := AdapterCommitment(adapted, key())
	if err != nil {
		t.Fatal(err)
	}
	w.AdapterCommitment = big1(com)
	if err := solve(t, compiled(t, base), w); err == nil {
		t.Fatal("a base-model generation accepted with an adapter commitment")
	}
}

// TestWideSampled: a sampled 12-bit generation (the tiny model's LM head
// bound fits the sampler's 2^32 span) is a witness of NewSampled's
// circuit; its tokens under another seed, or another seed, are refused.
func TestWideSampled(t *testing.T) {
	_, q, _ := tinyWide(t)
	if n := logitSpanBits(q); n > tfgadgets.SpanBits {
		t.Fatalf("fixture: logit span bound %d bits", n)
	}
	ccs := compiledSampled(t, q)
	tr := generateSampled(t, q, prompt, "7")
	if err := solve(t, ccs, assign(t, q, tr)); err != nil {
		t.Fatalf("honest sampled 12-bit generation rejected: %v", err)
	}
	seed2, o := otherSeed(t, q, prompt, tr)
	w := assign(t, q, tr)
	w.Seed = []frontend.Variable{seedBig(t, seed2)}
	if solve(t, ccs, w) == nil {
		t.Fatal("another seed accepted")
	}
	w = assign(t, q, tr)
	w.OutputDigest = big1(TokenDigest(TagOutput, o.Output))
	if solve(t, ccs, w) == nil {
		t.Fatal("another seed's tokens accepted")
	}
}
