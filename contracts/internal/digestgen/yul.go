package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The permutation is emitted as Yul in one assembly block: the state in
// four stack variables, the modulus q in a fifth (an immutable, so that the
// optimizer cannot turn it back into a literal, which its constant optimizer
// would then copy from code at every use), full rounds as straight-line code
// with their keys as literals, and each partial round as one call of a Yul
// function part (its body, with the internal diagonal as literals, appears
// once; straight-line partial rounds overflow solc's stack layout or the
// 24 KB code limit). Sums are left unreduced (add, 3 gas, instead of addmod,
// 8 gas plus the modulus) wherever no value can reach 2^256: mulmod and
// addmod take any word, so only add and shl need a bound. The emitter tracks
// an upper bound of every state word and temporary and refuses to emit an add
// or shl that could overflow, or a call of part with a word above the bound
// part was checked for, so a change of parameters fails here rather than
// miscomputing on chain.

// yulEmitter writes Yul lines and tracks each variable's upper bound.
type yulEmitter struct {
	b      strings.Builder
	q      *big.Int            // the modulus R
	max    map[string]*big.Int // variable → bound (inclusive)
	indent string
	mod    string // the variable holding q
	err    error
}

var word = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func newYulEmitter(indent string) *yulEmitter {
	q := fr.Modulus()
	return &yulEmitter{q: q, max: map[string]*big.Int{}, indent: indent, mod: "q"}
}

// val is an expression and an upper bound of its value.
type val struct {
	expr string
	max  *big.Int
}

func (e *yulEmitter) reduced() *big.Int { return new(big.Int).Sub(e.q, big.NewInt(1)) }

func (e *yulEmitter) v(name string) val {
	m, ok := e.max[name]
	if !ok {
		e.fail("variable %s used before it is set", name)
		m = word
	}
	return val{name, m}
}

func (e *yulEmitter) lit(x fr.Element) val {
	var b big.Int
	x.BigInt(&b)
	return val{"0x" + b.Text(16), new(big.Int).Set(&b)}
}

func (e *yulEmitter) fail(format string, args ...any) {
	if e.err == nil {
		e.err = fmt.Errorf(format, args...)
	}
}

// add is an unreduced sum: both bounds together must fit a word.
func (e *yulEmitter) add(x, y val) val {
	m := new(big.Int).Add(x.max, y.max)
	if m.Cmp(word) > 0 {
		e.fail("add(%s, %s) may overflow", x.expr, y.expr)
	}
	return val{fmt.Sprintf("add(%s, %s)", x.expr, y.expr), m}
}

// shl is x·2^k, unreduced.
func (e *yulEmitter) shl(k uint, x val) val {
	m := new(big.Int).Lsh(x.max, k)
	if m.Cmp(word) > 0 {
		e.fail("shl(%d, %s) may overflow", k, x.expr)
	}
	return val{fmt.Sprintf("shl(%d, %s)", k, x.expr), m}
}

func (e *yulEmitter) addmod(x, y val) val {
	return val{fmt.Sprintf("addmod(%s, %s, %s)", x.expr, y.expr, e.mod), e.reduced()}
}

func (e *yulEmitter) mulmod(x, y val) val {
	return val{fmt.Sprintf("mulmod(%s, %s, %s)", x.expr, y.expr, e.mod), e.reduced()}
}

func (e *yulEmitter) line(format string, args ...any) {
	e.b.WriteString(e.indent)
	fmt.Fprintf(&e.b, format, args...)
	e.b.WriteByte('\n')
}

// let declares name := x; set assigns it.
func (e *yulEmitter) let(name string, x val) val {
	e.line("let %s := %s", name, x.expr)
	e.max[name] = x.max
	return val{name, x.max}
}

func (e *yulEmitter) set(name string, x val) val {
	e.line("%s := %s", name, x.expr)
	e.max[name] = x.max
	return val{name, x.max}
}

// open and close a Yul block (temporaries are scoped to their round).
func (e *yulEmitter) open(comment string) {
	e.line("{ // %s", comment)
	e.indent += "    "
}

func (e *yulEmitter) close() {
	e.indent = e.indent[:len(e.indent)-4]
	e.line("}")
}

// sbox sets name to name⁵ (three mulmods; name may be any word).
func (e *yulEmitter) sbox(name, tmp string) {
	x := e.v(name)
	e.let(tmp, e.mulmod(x, x))
	e.set(tmp, e.mulmod(e.v(tmp), e.v(tmp)))
	e.set(name, e.mulmod(e.v(tmp), x))
}

// external multiplies (x0, x1, x2, x3) by gnark-crypto's M4
// (matMulM4InPlace) into the state s0 … s3:
//
//	t0 = x0+x1, t1 = x2+x3, t2 = 2x1+t1, t3 = 2x3+t0,
//	s3 = 4t1+t3, s1 = 4t0+t2, s0 = t3+s1, s2 = t2+s3.
//
// t0, t1, s1 and s3 are reduced (4·t0 would not fit a word otherwise), s0
// and s2 only where reduce (the permutation's output).
func (e *yulEmitter) external(x [4]string, reduce bool) {
	t0 := e.let("t0", e.addmod(e.v(x[0]), e.v(x[1])))
	t1 := e.let("t1", e.addmod(e.v(x[2]), e.v(x[3])))
	t2 := e.let("t2", e.add(e.add(e.v(x[1]), e.v(x[1])), t1))
	t3 := e.let("t3", e.add(e.add(e.v(x[3]), e.v(x[3])), t0))
	s1 := e.set("s1", e.addmod(e.shl(2, t0), t2))
	s3 := e.set("s3", e.addmod(e.shl(2, t1), t3))
	if reduce {
		e.set("s0", e.addmod(t3, s1))
		e.set("s2", e.addmod(t2, s3))
	} else {
		e.set("s0", e.add(t3, s1))
		e.set("s2", e.add(t2, s3))
	}
}

// permutationYul is the body of AttributionDigest._permute's assembly block: the
// permutation of s0 … s3 (each below R on entry and on exit).
func permutationYul(p *poseidon2.Parameters, indent string) (string, error) {
	e := newYulEmitter(indent)
	if len(p.DiagM1) != 4 {
		return "", fmt.Errorf("the internal matrix has %d diagonal entries, want 4", len(p.DiagM1))
	}
	for i := range 4 {
		e.max[fmt.Sprintf("s%d", i)] = e.reduced()
	}
	// q and d0 … d3 are Solidity locals (immutables).
	e.max["q"] = e.q
	for i, d := range p.DiagM1 {
		e.max[fmt.Sprintf("d%d", i)] = e.lit(d).max
	}
	state := [4]string{"s0", "s1", "s2", "s3"}
	// The partial round, a function called once per round (its body
	// appears once in the code, the diagonal as literals): the S-box on the
	// first word, whose key the caller has added, then the internal matrix
	// (gnark-crypto's matMulInternalInPlace for width 4): y_i = x_i·d_i + Σ x_j.
	// in bounds the words on every call, out what it returns.
	twoQ := new(big.Int).Lsh(e.q, 1)
	fourQ := new(big.Int).Lsh(e.q, 2)
	in := [4]*big.Int{word, twoQ, fourQ, twoQ}
	saved := e.max
	e.max = map[string]*big.Int{"x": in[0], "b": in[1], "c": in[2], "d": in[3]}
	e.mod = "m" // a Yul function cannot see the Solidity local q
	e.line("function part(x, b, c, d, m) -> y0, y1, y2, y3 {")
	e.indent += "    "
	e.sbox("x", "u")
	sum := e.let("sum", e.addmod(e.add(e.add(e.v("x"), e.v("b")), e.v("d")), e.v("c")))
	// y3 first: in the other order solc's stack layout runs one slot too deep.
	var out [4]*big.Int
	for j := 3; j >= 0; j-- {
		w := []string{"x", "b", "c", "d"}[j]
		out[j] = e.set(fmt.Sprintf("y%d", j), e.add(e.mulmod(e.v(w), e.lit(p.DiagM1[j])), sum)).max
		if out[j].Cmp(in[j]) > 0 {
			return "", fmt.Errorf("partial round output %d exceeds its input bound", j)
		}
	}
	e.close()
	e.max, e.mod = saved, "q"
	e.open("the initial external matrix")
	e.external(state, false)
	e.close()
	half := p.NbFullRounds / 2
	last := p.NbFullRounds + p.NbPartialRounds - 1
	for r, keys := range p.RoundKeys {
		if r < half || r >= half+p.NbPartialRounds {
			// Full round: keys and S-box on every word, then M4.
			e.open(fmt.Sprintf("full round %d", r))
			var x [4]string
			for j := range 4 {
				x[j] = fmt.Sprintf("x%d", j)
				e.let(x[j], e.add(e.v(state[j]), e.lit(keys[j])))
			}
			for j := range 4 {
				e.sbox(x[j], fmt.Sprintf("u%d", j))
			}
			e.external(x, r == last)
			e.close()
			continue
		}
		for j := 1; j < len(keys); j++ {
			if !keys[j].IsZero() {
				return "", fmt.Errorf("partial round %d has a non-zero key for word %d", r, j)
			}
		}
		x := e.add(e.v("s0"), e.lit(keys[0]))
		for j, v := range []val{x, e.v("s1"), e.v("s2"), e.v("s3")} {
			if v.max.Cmp(in[j]) > 0 {
				return "", fmt.Errorf("partial round %d: word %d may exceed the function's input bound", r, j)
			}
		}
		e.line("s0, s1, s2, s3 := part(%s, s1, s2, s3, q) // partial round %d", x.expr, r)
		for j := range 4 {
			e.max[state[j]] = out[j]
		}
	}
	for i := range 4 {
		if e.max[state[i]].Cmp(e.q) >= 0 {
			return "", fmt.Errorf("s%d is not reduced at the end", i)
		}
	}
	if e.err != nil {
		return "", e.err
	}
	return strings.TrimRight(e.b.String(), "\n"), nil
}
