package gpt2

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/gpt2q/gpt2qtest"
)

// The tiny configuration of the solver-level tests.
const (
	tinyPrompt = 3
	tinyTokens = 4
)

var (
	fixOnce sync.Once
	fixQ    [3]*gpt2q.Model // base, adapted, adapted with another adapter
	fixErr  error
)

// tiny is gpt2qtest.PeriodicModels: a 1-layer, d = 16, 2-head,
// vocabulary-32 model trained a little on a periodic sequence, two c_attn
// adapters (rank 2) on it, the three calibrated together and quantized.
func tiny(t *testing.T) (base, adapted, other *gpt2q.Model) {
	t.Helper()
	fixOnce.Do(func() {
		fixQ[0], fixQ[1], fixQ[2], fixErr = gpt2qtest.PeriodicModels(context.Background())
	})
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return fixQ[0], fixQ[1], fixQ[2]
}

var prompt = []int{3, 10, 17}

func generate(t *testing.T, q *gpt2q.Model, p []int) *gpt2q.Trace {
	t.Helper()
	tr, err := q.Generate(context.Background(), p, tinyTokens, gpt2q.Decoding{Mode: gpt2q.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// key is the fixture's adapter key: a salt and an owner address.
func key() commit.AdapterKey {
	return commit.AdapterKey{Salt: fr.NewElement(424242), Owner: commit.DemoKey().Owner}
}

func big1(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

var ccsCache sync.Map // *gpt2q.Model → constraint.ConstraintSystem

func compiled(t *testing.T, q *gpt2q.Model) constraint.ConstraintSystem {
	t.Helper()
	if c, ok := ccsCache.Load(q); ok {
		return c.(constraint.ConstraintSystem)
	}
	c, err := New(q, tinyPrompt, tinyTokens)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	ccsCache.Store(q, ccs)
	return ccs
}

func assign(t *testing.T, q *gpt2q.Model, tr *gpt2q.Trace) *Circuit {
	t.Helper()
	w, err := Assign(context.Background(), q, tr, key())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func solve(t *testing.T, ccs constraint.ConstraintSystem, w *Circuit) error {
	t.Helper()
	return ccs.IsSolved(gadgetstest.Witness(t, w))
}

// TestGeneration: the runtime's greedy trace is a witness, for the base
// model and for the adapted one.
func TestGeneration(t *testing.T) {
	base, adapted, _ := tiny(t)
	for name, q := range map[string]*gpt2q.Model{"base": base, "adapted": adapted} {
		t.Run(name, func(t *testing.T) {
			tr := generate(t, q, prompt)
			if err := q.Verify(context.Background(), tr); err != nil {
				t.Fatal(err)
			}
			if err := solve(t, compiled(t, q), assign(t, q, tr)); err != nil {
				t.Fatalf("honest generation rejected: %v", err)
			}
		})
	}
}

// TestBaseRefused: a base-model circuit's adapter commitment is 0.
func TestBaseRefused(t *testing.T) {
	base, adapted, _ := tiny(t)
	tr := generate(t, base, prompt)
	w := assign(t, base, tr)
	com, err := AdapterCommitment(adapted, key())
	if err != nil {
		t.Fatal(err)
	}
	w.AdapterCommitment = big1(com)
	if err := solve(t, compiled(t, base), w); err == nil {
		t.Fatal("a base-model generation accepted with an adapter commitment")
	}
}

// TestRefused: each tampered generation has no witness. The public inputs
// follow the tampering (so that only the generation's constraints can
// refuse it), and each public input wrong alone is refused too.
func TestRefused(t *testing.T) {
	_, adapted, other := tiny(t)
	q := adapted
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
	// The fixture must tell them apart: another prompt or adapter generates
	// other tokens (else its generation would be a true statement).
	if slices.Equal(generate(t, q, prompt2).Output, tr.Output) || slices.Equal(generate(t, other, prompt).Output, tr.Output) || otherCom == pub.AdapterCommitment {
		t.Fatal("fixture: another prompt or adapter generates the same tokens")
	}
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
		{"different adapter", func(w *Circuit) {
			for i, l := range Adapter(other).Layers {
				w.Adapter[i] = LoRAVars{A: gadgets.Int8Vars(l.A), B: gadgets.Int8Vars(l.B), M: int64(l.M)}
			}
			w.AdapterCommitment = big1(otherCom)
		}},
		{"another owner", func(w *Circuit) { w.Owner = new(big.Int).Add(toBig(w.Owner), big.NewInt(1)) }},
		{"another owner, commitment following", func(w *Circuit) {
			k := key()
			k.Owner = fr.NewElement(7)
			com, err := AdapterCommitment(q, k)
			if err != nil {
				panic(err)
			}
			w.AdapterCommitment = big1(com) // the claimed owner's commitment, the true owner's witness
		}},
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
	// The other prompt's and the other adapter's own generations are
	// witnesses of the same circuit (prompt and adapter are private).
	for name, w := range map[string]*Circuit{"other prompt": assign(t, q, generate(t, q, prompt2)), "other adapter": assign(t, other, generate(t, other, prompt))} {
		if err := solve(t, ccs, w); err != nil {
			t.Fatalf("%s: honest generation rejected: %v", name, err)
		}
	}
}

// TestChangedCacheEntry: a trace with a cache entry (or a token) changed
// is refused when assigned: Assign recomputes it.
func TestChangedCacheEntry(t *testing.T) {
	_, adapted, _ := tiny(t)
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

func flipHex(s string) string {
	b := []byte(s)
	if b[0] == '0' {
		b[0] = '1'
	} else {
		b[0] = '0'
	}
	return string(b)
}

// TestMaliciousHints: every hint's lies are refused, at every call and at
// single call sites (a lie there changes a key, value, activation or token
// of the generation), also with the output digest following the lie (the model digest, adapter commitment and prompt
// digest are the verifier's).
func TestMaliciousHints(t *testing.T) {
	_, adapted, _ := tiny(t)
	ccs := compiled(t, adapted)
	w := gadgetstest.Witness(t, assign(t, adapted, generate(t, adapted, prompt)))
	// The calibrated fixture saturates no requantization, so the lies about
	// saturation have nothing to change here (circuits/gadgets and
	// circuits/tfblock run them on saturating fixtures).
	skip := map[string]bool{"p and n swapped": true, "no saturation: y = q": true, "saturated at the other bound": true}
	lies := map[string][]gadgetstest.Lie{gadgetstest.NBitsHint: gadgetstest.BitLies} // the owner's range check
	for h, ls := range gadgetstest.TFLies {
		for _, l := range ls {
			if !(h == gadgetstest.HintRequant && skip[l.Name]) {
				lies[h] = append(lies[h], l)
			}
		}
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: lies,
		// Sites beyond the first position's reach the cache rows later
		// positions attend over.
		Sites: []int64{gadgetstest.AllSites, 0, 17, 40, 300}, SomeSite: true, Lenient: true, ByConstraint: true,
		FollowPublics: true, Fixed: []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}})
}

// TestAdapterAliases: an adapter outside its ranges that packs (A, B) or
// could be committed (M, the owner) like an honest one is refused, with the
// output digest and, for M and the owner, the adapter commitment following it.
func TestAdapterAliases(t *testing.T) {
	_, adapted, _ := tiny(t)
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
		{"A", []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}, func(w *Circuit) { alias(w.Adapter[0].A) }},
		{"B", []string{"ModelDigest", "AdapterCommitment", "PromptDigest"}, func(w *Circuit) { alias(w.Adapter[0].B) }},
		{"owner ≥ 2^160", []string{"ModelDigest", "PromptDigest"}, func(w *Circuit) {
			w.Owner = new(big.Int).Add(toBig(w.Owner), new(big.Int).Lsh(big.NewInt(1), commit.OwnerBits))
		}},
		{"M ≥ 2^32", []string{"ModelDigest", "PromptDigest"}, func(w *Circuit) {
			w.Adapter[0].M = new(big.Int).Add(toBig(w.Adapter[0].M), new(big.Int).Lsh(big.NewInt(1), 32))
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

func toBig(v frontend.Variable) *big.Int {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x)
	case int:
		return big.NewInt(int64(x))
	case *big.Int:
		return new(big.Int).Set(x)
	}
	panic(fmt.Sprintf("toBig: %T", v))
}
