package tfgadgets

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/tfops"
)

// Every hint each gadget's circuit uses is replaced by lying versions; each
// lie must change some hint output and leave the R1CS unsatisfiable by a
// constraint, also with the public outputs following the lie.
func TestMaliciousHints(t *testing.T) {
	ln := newLN(t, 2, 5)
	sm := newSoftmax(t, 12, 12)
	at := newAttn(t, 4, 4, 3)
	am := []int64{-4, 9, 2, 9, 9}
	sp := newSample(t, 4, 10, 4)
	tests := []struct {
		name   string
		c, w   frontend.Circuit
		sites  []int64
		hasTie bool
	}{
		{"layernorm", ln.circuit(), ln.assign(ln.tr.Y), nil, false},
		{"softmax", &softmaxCircuit{A: blank(12), P: blank(12), m: sm.m}, &softmaxCircuit{A: vars64(sm.a), P: vars64(sm.tr.P), m: sm.m}, nil, false},
		{"attention", at.circuit(), at.assign(at.tr.Out), nil, false},
		{"argmax", &argmaxCircuit{L: blank(len(am))}, &argmaxCircuit{L: vars64(am), Idx: 1}, nil, false},
		{"sample", sp.circuit(), sp.assign(int64(sp.tr.Token)), nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ccs := gadgetstest.Compile(t, tc.c)
			w := gadgetstest.Witness(t, tc.w)
			// The lie at every call and at the first three calls alone (a
			// lie at one site must be caught by that site's checks)...
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
				Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true,
				Lenient: true, ByConstraint: true})
			// ...and the same with the public outputs following it (each
			// solve FollowPublics makes restarts the site count).
			t.Run("follow", func(t *testing.T) {
				gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: w, Lies: gadgetstest.TFLies,
					Sites: []int64{gadgetstest.AllSites, 0, 1, 2}, SomeSite: true,
					Lenient: true, ByConstraint: true, FollowPublics: true})
			})
			// Not 1: a challenge of 1 hits a pole of the exp table's
			// log-derivative sum (a table entry), as any fixed value may
			// with probability ≈ 2^−245 for a hashed one.
			gadgetstest.FixedRandomness(t, ccs, w, 12345, 1<<40+7)
		})
	}
}

// A fractional inverse square root (r + 1/2 in the field) satisfies both
// remainder checks when 4 divides V' and (r + 1/2)²·V' ≤ N; on a constant
// input (c = 0) it changes no output either. Only r's range check refuses it.
func TestLayerNormFractionalRoot(t *testing.T) {
	const d = 4
	ln := &tfops.LayerNorm{D: d, Gamma: []int8{64, 64, 64, 64}, Beta: []int32{1, 2, 3, 4}, GammaExp: 6, OutExp: 4, K: tfops.InvSqrtBits(d)}
	n := ln.Numerator()
	for eps := int64(4); ; eps += 4 {
		r := tfops.InvSqrt(n, eps)
		// (2r+1)²·eps ≤ 4N ⇔ (r + 1/2)²·eps ≤ N.
		lhs := new(big.Int).Mul(big.NewInt((2*r+1)*(2*r+1)), big.NewInt(eps))
		if lhs.Cmp(new(big.Int).Lsh(n, 2)) <= 0 {
			ln.Eps = eps
			break
		}
	}
	f := lnFixture{ln: ln, x: []int8{7, 7, 7, 7}}
	var err error
	if f.tr, err = ln.Forward(f.x); err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, f.circuit())
	w := gadgetstest.Witness(t, f.assign(f.tr.Y))
	if err := ccs.IsSolved(w); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	half := func(mod *big.Int, in, out []*big.Int) error {
		if err := InvSqrtHint(mod, in, out); err != nil {
			return err
		}
		out[0].Add(out[0], new(big.Int).ModInverse(big.NewInt(2), mod)).Mod(out[0], mod)
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(InvSqrtHint), half))
	if err := ccs.IsSolved(w, opts...); err == nil {
		t.Fatal("r + 1/2 accepted")
	}
}

type uniformCircuit struct {
	Seed, Step frontend.Variable
	U          frontend.Variable `gnark:",public"`
}

func (c *uniformCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	u, err := tf.Uniform(c.Seed, c.Step)
	if err != nil {
		return err
	}
	api.AssertIsEqual(u, c.U)
	return tf.Err()
}

// uniformAt returns the first step ≥ 0 whose ρ under seed satisfies ok.
func uniformAt(t *testing.T, seed fr.Element, ok func(rho *big.Int) bool) (uint64, uint32) {
	for step := uint64(0); step < 1000; step++ {
		rho := commit.Hash(commit.Tag(tfops.TagSample), seed, commit.Uint(step))
		if ok(rho.BigInt(new(big.Int))) {
			u, err := tfops.Uniform(seed, step)
			if err != nil {
				t.Fatal(err)
			}
			return step, u
		}
	}
	t.Fatal("no step found")
	return 0, 0
}

// The canonical split of ρ: for ρ < 2^254 − p, ρ + p splits with
// hi ≥ ⌊p/2^32⌋ but below 2^222 (only the canonical check refuses it); for
// ρ > 2p − 2^254 a split with a small negative hi exists (only hi's range
// check refuses it). Both lies keep the identity ρ = hi·2^32 + lo.
func TestUniformSplit(t *testing.T) {
	mod := fr.Modulus()
	two254 := new(big.Int).Lsh(big.NewInt(1), 254)
	var seed fr.Element
	seed.SetUint64(2026)
	nonCanonical := gadgetstest.Lie{Name: "ρ+p", F: func(mod *big.Int, _, out []*big.Int) bool {
		rho := new(big.Int).Lsh(out[0], 32)
		rho.Add(rho, out[1]).Add(rho, mod)
		out[0].Rsh(rho, 32)
		out[1].And(rho, big.NewInt(1<<32-1))
		return true
	}}
	negativeHi := gadgetstest.Lie{Name: "negative hi", F: func(mod *big.Int, _, out []*big.Int) bool {
		rho := new(big.Int).Lsh(out[0], 32)
		rho.Add(rho, out[1])
		// t = ⌈(p − ρ)/2^32⌉, lo = ρ + t·2^32 − p, hi = −t.
		tt := new(big.Int).Sub(mod, rho)
		tt.Add(tt, big.NewInt(1<<32-1)).Rsh(tt, 32)
		lo := new(big.Int).Add(rho, new(big.Int).Lsh(tt, 32))
		lo.Sub(lo, mod)
		out[0].Sub(mod, tt)
		out[1].Set(lo)
		return true
	}}
	small := func(rho *big.Int) bool { return new(big.Int).Add(rho, mod).Cmp(two254) < 0 }
	large := func(rho *big.Int) bool {
		return rho.Cmp(new(big.Int).Sub(new(big.Int).Lsh(mod, 1), two254)) > 0
	}
	for _, tc := range []struct {
		name string
		ok   func(*big.Int) bool
		lie  gadgetstest.Lie
	}{{"small ρ", small, nonCanonical}, {"large ρ", large, negativeHi}} {
		t.Run(tc.name, func(t *testing.T) {
			step, u := uniformAt(t, seed, tc.ok)
			c := &uniformCircuit{}
			w := &uniformCircuit{Seed: seed.BigInt(new(big.Int)), Step: step, U: int64(u)}
			negatives(t, c, []int64{int64(u)}, func(v []int64) frontend.Circuit {
				return &uniformCircuit{Seed: w.Seed, Step: step, U: v[0]}
			})
			lies := map[string][]gadgetstest.Lie{gadgetstest.HintSplit: append([]gadgetstest.Lie{tc.lie}, gadgetstest.TFLies[gadgetstest.HintSplit]...)}
			for _, h := range []string{gadgetstest.HintDecompose, gadgetstest.HintCount} {
				lies[h] = gadgetstest.TFLies[h]
			}
			gadgetstest.Run(t, gadgetstest.Malicious{CCS: gadgetstest.Compile(t, c), Witness: gadgetstest.Witness(t, w),
				Lies: lies, Lenient: true, ByConstraint: true, FollowPublics: true})
		})
	}
}

// A maximum below the true one, close enough that the true maximum's
// negative δ still rounds to exp index 0 (δ·M > −2^31): the rest of the
// softmax is consistent with it, so with the outputs it leads to only the
// range check of δ refuses it. (FollowPublics cannot make this case: the
// probabilities it moves hold equal values, which it cannot tell apart.)
func TestSoftmaxMaxBelow(t *testing.T) {
	sm := newSoftmax(t, 12, 12)
	lower := sm.a[3] // the true maximum (a[2]) minus 3
	if int64(sm.m)*(sm.a[2]-lower) >= 1<<31 {
		t.Fatal("fixture: the maximum's δ does not round to index 0")
	}
	table := tfops.ExpTable()
	e := make([]int64, len(sm.a))
	var z int64
	for j, a := range sm.a {
		e[j] = table[tfops.ExpIndex(lower-a, sm.m)] // ExpIndex(δ < 0) = 0
		z += e[j]
	}
	p := make([]int64, len(e))
	changed := false
	for j := range e {
		p[j] = tfops.Normalize(e[j], z)
		changed = changed || p[j] != sm.tr.P[j]
	}
	if !changed {
		t.Fatal("fixture: the lower maximum changes no probability")
	}
	c := &softmaxCircuit{A: blank(len(sm.a)), P: blank(len(sm.a)), m: sm.m}
	ccs := gadgetstest.Compile(t, c)
	lie := func(mod *big.Int, in, out []*big.Int) error {
		out[0].Mod(big.NewInt(lower), mod)
		return nil
	}
	opts := append(gadgetstest.LenientOpts(t, ""), solver.OverrideHint(solver.GetHintID(MaxHint), lie))
	w := gadgetstest.Witness(t, &softmaxCircuit{A: vars64(sm.a), P: vars64(p), m: sm.m})
	if err := ccs.IsSolved(w, opts...); err == nil {
		t.Fatal("a maximum below the true one accepted")
	}
}
