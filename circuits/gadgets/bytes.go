package gadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
)

// tableSize is the size of the byte table every range check reduces to.
const tableSize = 256

// MaxBits bounds AssertBits: ⌈bits/8⌉ bytes must recompose without wrapping
// the BN254 scalar field (254 bits).
const MaxBits = 240

// AssertInt8 asserts that every v lies in [−128, 127] (one constraint each).
func (g *Gadgets) AssertInt8(vs ...frontend.Variable) {
	for _, v := range vs {
		g.query(g.api.Add(v, 128)) // mutant:int8-query
	}
}

// AssertBits asserts 0 ≤ v < 2^bits for 0 ≤ bits ≤ MaxBits. Cost: one
// constraint for bits = 8, two below 8, and ⌈bits/8⌉ + 1 (+1 when bits is not
// a multiple of 8) above.
func (g *Gadgets) AssertBits(v frontend.Variable, bits int) error {
	if bits < 0 || bits > MaxBits {
		return fmt.Errorf("gadgets: range check of %d bits, want 0…%d", bits, MaxBits)
	}
	api := g.api
	if c, ok := api.Compiler().ConstantValue(v); ok {
		if c.Sign() < 0 || c.BitLen() > bits {
			return fmt.Errorf("gadgets: constant %v does not fit %d bits", c, bits)
		}
		return nil
	}
	switch {
	case bits == 0:
		api.AssertIsEqual(v, 0)
	case bits <= 8:
		g.queryBits(v, bits)
	default:
		n := (bits + 7) / 8
		limbs, err := api.Compiler().NewHint(DecomposeHint, n, bits, v)
		if err != nil {
			return fmt.Errorf("gadgets: decompose: %w", err)
		}
		sum := make([]frontend.Variable, n)
		for i, l := range limbs {
			if i == n-1 {
				g.queryBits(l, bits-8*(n-1))
			} else {
				g.query(l)
			}
			sum[i] = api.Mul(l, new(big.Int).Lsh(big.NewInt(1), uint(8*i)))
		}
		api.AssertIsEqual(Sum(api, sum), v) // mutant:bits-recompose
	}
	return nil
}

// MaxTableBits is the widest range AssertTableBits checks with one table.
const MaxTableBits = 12

// AssertTableBits asserts 0 ≤ v < 2^bits for 9 ≤ bits ≤ MaxTableBits with
// one query of a 2^bits-entry table (the same log-derivative argument as
// the byte table, built at the end of Define when first used): one
// constraint per value plus 2^bits per circuit and width.
func (g *Gadgets) AssertTableBits(v frontend.Variable, bits int) error {
	if bits < 9 || bits > MaxTableBits {
		return fmt.Errorf("gadgets: table range check of %d bits, want 9…%d", bits, MaxTableBits)
	}
	if c, ok := g.api.Compiler().ConstantValue(v); ok {
		if c.Sign() < 0 || c.BitLen() > bits {
			return fmt.Errorf("gadgets: constant %v does not fit %d bits", c, bits)
		}
		return nil
	}
	if g.wide == nil {
		g.wide = map[int][]frontend.Variable{}
	}
	g.wide[bits] = append(g.wide[bits], v) // mutant:table-bits-query
	return nil
}

// queryBits asserts 0 ≤ v < 2^bits for 1 ≤ bits ≤ 8: v is a byte and, below
// 8 bits, so is v·2^(8−bits), which leaves only v < 2^bits.
func (g *Gadgets) queryBits(v frontend.Variable, bits int) {
	g.query(v)
	if bits < 8 {
		g.query(g.api.Mul(v, 1<<(8-bits))) // mutant:bits-top-byte
	}
}

func (g *Gadgets) query(v frontend.Variable) {
	if c, ok := g.api.Compiler().ConstantValue(v); ok {
		if c.Sign() < 0 || c.Cmp(big.NewInt(tableSize)) >= 0 {
			g.fail(fmt.Errorf("gadgets: constant %v is not a byte", c))
		}
		return
	}
	g.queries = append(g.queries, v)
}

// fail records the first error found while building; Define's deferred
// table construction returns it, so compilation fails.
func (g *Gadgets) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}

// buildByteTable proves that every query lies in [0, 256) with the
// log-derivative argument Σ_i 1/(r − q_i) = Σ_j m_j/(r − j), r drawn from
// the shared commitment to the queries and the multiplicities m_j.
func (g *Gadgets) buildByteTable(api frontend.API) error {
	if g.err != nil {
		return g.err
	}
	if len(g.queries) > 0 {
		if err := tableArgument(api, g.queries, tableSize); err != nil {
			return err
		}
	}
	for bits := 9; bits <= MaxTableBits; bits++ {
		if qs := g.wide[bits]; len(qs) > 0 {
			if err := tableArgument(api, qs, 1<<bits); err != nil {
				return err
			}
		}
	}
	return nil
}

// tableArgument proves that every query lies in [0, size).
func tableArgument(api frontend.API, queries []frontend.Variable, size int) error {
	counts, err := api.Compiler().NewHint(CountHint, size, queries...)
	if err != nil {
		return fmt.Errorf("gadgets: range table of %d entries: %w", size, err)
	}
	committed := append(append([]frontend.Variable(nil), queries...), counts...) // mutant:table-counts-committed
	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		left := make([]frontend.Variable, size)
		for j := range left {
			left[j] = api.DivUnchecked(counts[j], api.Sub(r, j))
		}
		right := make([]frontend.Variable, len(queries))
		for i, q := range queries {
			right[i] = api.Inverse(api.Sub(r, q))
		}
		api.AssertIsEqual(Sum(api, left), Sum(api, right)) // mutant:table-sum
		return nil
	}, committed...)
	return nil
}

// Sum sums any number of terms in one linear expression (0 for none).
func Sum(api frontend.API, vs []frontend.Variable) frontend.Variable {
	switch len(vs) {
	case 0:
		return 0
	case 1:
		return vs[0]
	}
	return api.Add(vs[0], vs[1], vs[2:]...)
}

// Powers returns 1, b, b², …, b^(n−1) (n ≥ 1), as Freivalds' checks use.
func Powers(api frontend.API, b frontend.Variable, n int) []frontend.Variable {
	p := make([]frontend.Variable, n)
	p[0] = 1
	for i := 1; i < n; i++ {
		if i == 1 {
			p[i] = b
		} else {
			p[i] = api.Mul(p[i-1], b)
		}
	}
	return p
}

// CountHint returns, for each j in [0, len(out)), how many inputs equal j
// (len(out) = 256 for the byte table, 2^w for a wide one).
func CountHint(_ *big.Int, in, out []*big.Int) error {
	size := len(out)
	if size < tableSize || size > 1<<MaxTableBits || size&(size-1) != 0 {
		return fmt.Errorf("count hint: %d outputs, want 256…2^%d", len(out), MaxTableBits)
	}
	counts := make([]int64, size)
	for i, v := range in {
		if !v.IsInt64() || v.Int64() < 0 || v.Int64() >= int64(size) {
			return fmt.Errorf("count hint: query %d = %v is not below %d (a range check fails)", i, v, size)
		}
		counts[v.Int64()]++
	}
	for j := range out {
		out[j].SetInt64(counts[j])
	}
	return nil
}

// DecomposeHint splits in[1] into len(out) little-endian bytes; in[0] is the
// bit width it must fit.
func DecomposeHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || !in[0].IsInt64() {
		return fmt.Errorf("decompose hint: want inputs (bits, value)")
	}
	bits := in[0].Int64()
	if bits < 1 || bits > MaxBits || len(out) != int(bits+7)/8 {
		return fmt.Errorf("decompose hint: %d outputs for %d bits", len(out), bits)
	}
	v := in[1]
	if v.BitLen() > int(bits) {
		return fmt.Errorf("decompose hint: value %v does not fit %d bits (a range check fails)", v, bits)
	}
	t := new(big.Int).Set(v)
	mask := big.NewInt(tableSize - 1)
	for i := range out {
		out[i].And(t, mask)
		t.Rsh(t, 8)
	}
	return nil
}
