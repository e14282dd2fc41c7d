// Package gadgets holds the circuit pieces of openproof's inference circuit:
// lookup-based range checks, the requantization/saturation/activation
// relation of inference/quant, the constant-weight base layer and the LoRA
// path. All of them work over frontend.API (gnark, BN254, R1CS).
//
// # One commitment
//
// Every randomized check (the byte table below and the GELU lookup tables of
// std/lookup/logderivlookup) draws its challenge through std/multicommit, so a
// circuit built from these gadgets has exactly one Groth16 (BSB22)
// commitment, the only kind gnark's Solidity verifier accepts.
//
// # Range checks
//
// All range checks use one log-derivative argument over a constant table
// {0, …, 255}: an int8 value v is checked by querying v+128 directly (one
// constraint: the inverse 1/(r − v − 128)), and a wider value by a hint that
// splits it into bytes, one query per byte, one more for a partial top byte
// (scaled so that it must also fit a byte) and one equality for the
// recomposition. std/rangecheck implements the same argument but always
// decomposes, which costs an extra equality per int8 value; the inference
// circuit checks thousands of int8 values (input, LoRA A and B), so the
// direct query saves about one constraint per committed adapter weight.
//
// # Requantization
//
// For an output with pre-activation z (acc, or acc·2^32 + δ·M), s =
// FracBits, clamp bounds [lo, hi] and slack bound 2^S (S = SlackBits rounded
// up to whole bytes), the hint returns y, n and the bytes of p + n (so p is
// their sum minus n) and the gadget enforces
//
//	rem := z + 2^(s−1) − (y + p − n)·2^s ∈ [0, 2^s)   (rem is this linear expression,
//	                                                 checked as 2^e·rem over whole bytes)
//	y ∈ [lo, hi]                                    (range check, or the GELU lookup)
//	p·(hi − y) = 0,  n·(y − lo) = 0
//	p + n ∈ [0, 2^S)                                (its bytes are table queries)
//
// This is the relation of inference/quant over the integers: lo < hi, so p
// and n cannot both be non-zero (y would equal hi and lo), hence the one
// bound on p + n bounds both: p, n ∈ [0, 2^S). With y ∈ [lo, hi],
// rem ∈ [0, 2^s) and |z| < 2^(s+S) (quant.Layer.LayerBounds), both sides of
// z + 2^(s−1) = (y + p − n)·2^s + rem are integers of magnitude below
// 2^(s+S+2) ≪ p_BN254/2, so equality in the field is equality over the
// integers. Then rem is the Euclidean remainder, q = y + p − n =
// floor((z + 2^(s−1))/2^s), and p·(hi − y) = n·(y − lo) = 0 with p, n ≥ 0
// leaves exactly y = clamp(q, lo, hi). z itself is an exact integer: it is
// built from range-checked int8 values and M < 2^32, far from wrapping the
// field. Rounding S up only loosens a bound that exists to keep the identity
// away from the modulus; it admits no other y.
package gadgets

import (
	"fmt"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the solver hints the gadgets use. They are registered in
// init; a prover that builds its own solver options can pass them explicitly.
func Hints() []solver.Hint {
	return []solver.Hint{CountHint, DecomposeHint, RequantHint}
}

// Gadgets is the per-circuit state the gadgets share: the byte table's
// queries and the activation lookup tables. Create one with New inside
// Define and use it for the whole circuit.
type Gadgets struct {
	api     frontend.API
	queries []frontend.Variable // values that must lie in [0, 256)
	gelu    map[string]logderivlookup.Table
	err     error // first error found while building (see fail)
	// wide holds, per width w in 9…MaxTableBits, the values that must lie
	// in [0, 2^w) (AssertTableBits), checked by a 2^w-entry table.
	wide map[int][]frontend.Variable
}

// New returns the gadgets for api and schedules the byte table's
// log-derivative argument for the end of Define.
func New(api frontend.API) *Gadgets {
	g := &Gadgets{api: api, gelu: map[string]logderivlookup.Table{}}
	api.Compiler().Defer(g.buildByteTable)
	return g
}

// geluTable returns the lookup table of a GELU activation, one per distinct
// table so that layers with the same output exponent share it.
func (g *Gadgets) geluTable(t []int8) (logderivlookup.Table, error) {
	if len(t) != 256 {
		return nil, fmt.Errorf("gadgets: GELU table has %d entries, want 256", len(t))
	}
	key := string(int8Bytes(t))
	if tb, ok := g.gelu[key]; ok {
		return tb, nil
	}
	tb := logderivlookup.New(g.api)
	for _, v := range t {
		tb.Insert(int64(v))
	}
	g.gelu[key] = tb
	return tb, nil
}

// geluTableWide is geluTable for a 2^w-entry table of w-bit values.
func (g *Gadgets) geluTableWide(t []int32) (logderivlookup.Table, error) {
	if len(t) < 512 || len(t) > 1<<MaxTableBits || len(t)&(len(t)-1) != 0 {
		return nil, fmt.Errorf("gadgets: wide GELU table has %d entries", len(t))
	}
	b := make([]byte, 4*len(t))
	for i, v := range t {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	key := "w" + string(b)
	if tb, ok := g.gelu[key]; ok {
		return tb, nil
	}
	tb := logderivlookup.New(g.api)
	for _, v := range t {
		tb.Insert(int64(v))
	}
	g.gelu[key] = tb
	return tb, nil
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}
