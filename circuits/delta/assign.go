package delta

import (
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/quant"
)

// Domain tags of the activation digests.
const (
	TagX     = "openproof/delta-x/v1"
	TagDelta = "openproof/delta-y/v1"
)

func init() {
	solver.RegisterHint(DeltaBytesHint, DeltaRemHint, ChallengeHint)
}

// The digests do not include the run's first token, so that runs of equal
// length share one circuit and key; a verifier matches each proof to its run
// by recomputing the digests from the trace.
func xHeader(s *Shape) []fr.Element {
	return []fr.Element{commit.Tag(TagX), commit.Uint(uint64(s.Tokens)), commit.Uint(uint64(len(s.Group)))}
}

func yHeader(s *Shape) []fr.Element {
	return []fr.Element{commit.Tag(TagDelta), commit.Uint(uint64(s.Tokens)), commit.Uint(uint64(len(s.Group)))}
}

// Public is a proof's public statement. Rho, XEval and DeltaEval are the
// Fingerprinted binding's (zero with Hashed): the challenge of the proof's
// commitment and the fingerprints of the part's x and Δy at it.
type Public struct {
	AdapterCommitment fr.Element
	XDigest           fr.Element
	DeltaDigest       fr.Element
	Rho               fr.Element
	XEval             fr.Element
	DeltaEval         fr.Element
}

// Digests returns the activation digests of the shape's tokens and modules
// in tr: Poseidon2 (commit.Hash) over tag, T, #modules and, per
// module, its index, in (out) and its packed x (Δy + 2^31 as 4 little-endian
// bytes each), 31 bytes per field element.
func Digests(s Shape, tr *enginetrace.Trace) (x, y fr.Element, err error) {
	if err := checkTrace(&s, tr); err != nil {
		return x, y, err
	}
	xp, yp := xHeader(&s), yHeader(&s)
	for _, m := range s.Group {
		tm := &tr.Modules[m.Index]
		xs := tm.X[s.First*m.In : (s.First+s.Tokens)*m.In]
		ys := tm.Delta[s.First*m.Out : (s.First+s.Tokens)*m.Out]
		xp = append(xp, commit.Uint(uint64(m.Index)), commit.Uint(uint64(m.In)))
		xp = append(xp, commit.PackInt8(xs)...)
		yp = append(yp, commit.Uint(uint64(m.Index)), commit.Uint(uint64(m.Out)))
		yp = append(yp, commit.Pack(deltaBytes(ys), 8)...)
	}
	return commit.Hash(xp...), commit.Hash(yp...), nil
}

// Fingerprints returns Σ_j x_j·ρ^j and Σ_j Δy_j·ρ^j over the shape's part
// of tr: the group's modules in order, each [T][in] (x) or [T][out] (Δy)
// token by token, j counting on across modules. The Fingerprinted circuit
// computes the same from its witness.
func Fingerprints(s Shape, tr *enginetrace.Trace, rho fr.Element) (x, y fr.Element, err error) {
	if err := checkTrace(&s, tr); err != nil {
		return x, y, err
	}
	var xs, ys []int64
	for _, m := range s.Group {
		tm := &tr.Modules[m.Index]
		for _, v := range tm.X[s.First*m.In : (s.First+s.Tokens)*m.In] {
			xs = append(xs, int64(v))
		}
		for _, v := range tm.Delta[s.First*m.Out : (s.First+s.Tokens)*m.Out] {
			ys = append(ys, int64(v))
		}
	}
	return hornerFr(xs, rho), hornerFr(ys, rho), nil
}

func hornerFr(vs []int64, r fr.Element) fr.Element {
	var acc, v fr.Element
	for j := len(vs) - 1; j >= 0; j-- {
		acc.Mul(&acc, &r)
		v.SetInt64(vs[j])
		acc.Add(&acc, &v)
	}
	return acc
}

func deltaBytes(ys []int32) []uint64 {
	b := make([]uint64, 0, 4*len(ys))
	for _, y := range ys {
		u := uint32(int64(y) + 1<<31)
		b = append(b, uint64(u&0xff), uint64(u>>8&0xff), uint64(u>>16&0xff), uint64(u>>24))
	}
	return b
}

// Commitment returns the adapter commitment of the shape's group.
func Commitment(s Shape, a *quant.Adapter, key commit.AdapterKey) (fr.Element, error) {
	sub, err := subAdapter(&s, a)
	if err != nil {
		return fr.Element{}, err
	}
	c, err := commit.AdapterCommitment(sub, s.ranks(), key)
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return c, nil
}

func subAdapter(s *Shape, a *quant.Adapter) (*quant.Adapter, error) {
	if a == nil {
		return nil, fmt.Errorf("%w: no adapter", ErrBadInput)
	}
	sub := &quant.Adapter{Name: a.Name}
	for _, m := range s.Group {
		al := a.ForLayer(m.Index)
		if al == nil || al.Rank != m.Rank || len(al.A) != m.Rank*m.In || len(al.B) != m.Out*m.Rank {
			return nil, fmt.Errorf("%w: adapter layer for module %d missing or not %d→%d rank %d", ErrBadInput, m.Index, m.In, m.Out, m.Rank)
		}
		sub.Layers = append(sub.Layers, *al)
	}
	return sub, nil
}

func checkTrace(s *Shape, tr *enginetrace.Trace) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if tr == nil || len(tr.Modules) != s.NModules || s.Tokens > tr.Tokens || s.First > tr.Tokens-s.Tokens { // no First+Tokens: it can overflow
		return fmt.Errorf("%w: trace does not have %d modules and tokens [%d, %d)", ErrBadInput, s.NModules, s.First, s.First+s.Tokens)
	}
	if err := tr.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	for _, m := range s.Group {
		tm := &tr.Modules[m.Index]
		if tm.In != m.In || tm.Out != m.Out || tm.Rank != m.Rank || tm.Shift() != int(m.Shift) {
			return fmt.Errorf("%w: trace module %d (%q) is %d→%d rank %d shift %d, shape wants %d→%d rank %d shift %d",
				ErrBadInput, m.Index, tm.Name, tm.In, tm.Out, tm.Rank, tm.Shift(), m.In, m.Out, m.Rank, m.Shift)
		}
	}
	return nil
}

// Statement returns the public statement of proving the shape's part of tr
// with adapter a (indexed by trace module) and key, after checking that
// every Δy of that part is what the adapter computes (an honest prover
// cannot prove a trace that is wrong).
func Statement(s Shape, tr *enginetrace.Trace, a *quant.Adapter, key commit.AdapterKey) (Public, error) {
	var p Public
	if err := checkTrace(&s, tr); err != nil {
		return p, err
	}
	sub, err := subAdapter(&s, a)
	if err != nil {
		return p, err
	}
	for k, m := range s.Group {
		tm := &tr.Modules[m.Index]
		want := make([]int32, m.Out)
		for t := s.First; t < s.First+s.Tokens; t++ {
			if err := enginetrace.Delta(tm, &sub.Layers[k], tm.Token(t), want); err != nil {
				return p, fmt.Errorf("%w: %w", ErrBadInput, err)
			}
			got := tm.Delta[t*m.Out : (t+1)*m.Out]
			for i := range want {
				if got[i] != want[i] {
					return p, fmt.Errorf("%w: module %q token %d delta[%d] = %d, the adapter gives %d", enginetrace.ErrMismatch, tm.Name, t, i, got[i], want[i])
				}
			}
		}
	}
	if p.AdapterCommitment, err = Commitment(s, a, key); err != nil {
		return p, err
	}
	p.XDigest, p.DeltaDigest, err = Digests(s, tr)
	return p, err
}

// Assign returns the full witness of proving the shape's part of tr.
func Assign(s Shape, tr *enginetrace.Trace, a *quant.Adapter, key commit.AdapterKey) (*Circuit, error) {
	p, err := Statement(s, tr, a, key)
	if err != nil {
		return nil, err
	}
	c, err := New(s)
	if err != nil {
		return nil, err
	}
	sub, _ := subAdapter(&s, a)
	c.public = &p
	c.AdapterCommitment = commit.Const(p.AdapterCommitment)[0]
	c.XDigest = commit.Const(p.XDigest)[0]
	c.DeltaDigest = commit.Const(p.DeltaDigest)[0]
	c.Salt, c.Owner = commit.Const(key.Salt)[0], commit.Const(key.Owner)[0]
	// Fingerprinted: placeholders until the challenge is known (Bind).
	for i := range c.Fingerprint {
		c.Fingerprint[i] = 0
	}
	for k, m := range s.Group {
		al := &sub.Layers[k]
		tm := &tr.Modules[m.Index]
		w := &c.Modules[k]
		w.M = al.M
		w.A, w.B = gadgets.Int8Vars(al.A), gadgets.Int8Vars(al.B)
		w.X = gadgets.Int8Vars(tm.X[s.First*m.In : (s.First+s.Tokens)*m.In])
	}
	return c, nil
}

// Public returns the statement Assign computed; false for a circuit Assign
// did not build.
func (c *Circuit) Public() (Public, bool) {
	if c.public == nil {
		return Public{}, false
	}
	return *c.public, true
}

// AssignPinned returns the full witness of the pinned circuit
// (NewPinned) of the shape's part of tr.
func AssignPinned(s Shape, tr *enginetrace.Trace, a *quant.Adapter, key commit.AdapterKey) (*Circuit, error) {
	s.Mode = Direct
	c, err := Assign(s, tr, a, key)
	if err != nil {
		return nil, err
	}
	for k := range c.Modules {
		c.Modules[k].A, c.Modules[k].B = nil, nil
	}
	return c, nil
}

// AssignPublic returns the public part of a witness.
func AssignPublic(s Shape, p Public) (*Circuit, error) {
	c, err := New(s)
	if err != nil {
		return nil, err
	}
	c.AdapterCommitment = commit.Const(p.AdapterCommitment)[0]
	c.XDigest = commit.Const(p.XDigest)[0]
	c.DeltaDigest = commit.Const(p.DeltaDigest)[0]
	c.setFingerprint(p)
	return c, nil
}

// setFingerprint sets a Fingerprinted circuit's fingerprint inputs from p.
func (c *Circuit) setFingerprint(p Public) {
	if len(c.Fingerprint) == 3 {
		c.Fingerprint[0] = commit.Const(p.Rho)[0]
		c.Fingerprint[1] = commit.Const(p.XEval)[0]
		c.Fingerprint[2] = commit.Const(p.DeltaEval)[0]
	}
}

// DeltaBytesHint computes every output's bytes as quant computes Δy.
// Inputs: in, out, rank, T, shift k, M, A [rank][in], B [out][rank],
// X [T][in] (field elements of int8 values). Outputs: for each token and
// output, the nBytes little-endian bytes of
// V = (Δy + 2^31)·2^(S+e) + 2^e·rem, (Δy, rem) = quant.Layer{Shift: k}.Requantize(0, δ, M, true).
func DeltaBytesHint(mod *big.Int, in, out []*big.Int) error {
	return deltaHint("delta bytes hint", mod, in, out, func(m Module) int { return m.nBytes() },
		func(v *big.Int, _ int64, _ uint, o []*big.Int) {
			for j := range o {
				o[j].SetUint64(v.Uint64() & 0xff)
				v.Rsh(v, 8)
			}
		})
}

// DeltaRemHint is DeltaBytesHint for the Fingerprinted circuit: per output,
// the remBytes little-endian bytes of 2^e·rem, then the word Δy + 2^31.
func DeltaRemHint(mod *big.Int, in, out []*big.Int) error {
	return deltaHint("delta rem hint", mod, in, out, func(m Module) int { return m.remBytes() + 1 },
		func(v *big.Int, q int64, se uint, o []*big.Int) {
			low := new(big.Int).Sub(v, new(big.Int).Lsh(big.NewInt(q+1<<31), se))
			for j := range o[:len(o)-1] {
				o[j].SetUint64(low.Uint64() & 0xff)
				low.Rsh(low, 8)
			}
			o[len(o)-1].SetInt64(q + 1<<31)
		})
}

// deltaHint computes every token's and output's (Δy, rem) from the inputs
// DeltaBytesHint documents and hands V = (Δy + 2^31)·2^(S+e) + 2^e·rem, Δy
// and S+e to put, which writes the output's per outputs.
func deltaHint(what string, mod *big.Int, in, out []*big.Int, per func(Module) int, put func(v *big.Int, q int64, se uint, o []*big.Int)) error {
	if len(in) < 6 {
		return fmt.Errorf("%s: %d inputs", what, len(in))
	}
	var dims [6]int64
	for i := range dims {
		if !in[i].IsInt64() {
			return fmt.Errorf("%s: parameter %d = %v", what, i, in[i])
		}
		dims[i] = in[i].Int64()
	}
	nIn, nOut, rank, T, k, M := dims[0], dims[1], dims[2], dims[3], dims[4], dims[5]
	if nIn < 1 || nOut < 1 || rank < 1 || T < 1 || k < 1 || k > quant.MaxShift || M < 0 || M >= 1<<32 ||
		nIn > MaxDim || nOut > MaxDim || rank > MaxRank || T > MaxTokens {
		return fmt.Errorf("%s: bad parameters %v", what, dims)
	}
	m := Module{In: int(nIn), Out: int(nOut), Rank: int(rank), Shift: uint(k)}
	nb := per(m)
	if int64(len(in)) != 6+rank*nIn+nOut*rank+T*nIn || int64(len(out)) != T*nOut*int64(nb) {
		return fmt.Errorf("%s: %d inputs, %d outputs for %v", what, len(in), len(out), dims)
	}
	vals, err := int8s(mod, in[6:])
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	a, b, x := vals[:rank*nIn], vals[rank*nIn:rank*nIn+nOut*rank], vals[rank*nIn+nOut*rank:]
	l := quant.Layer{Shift: uint(k)}
	S, e := m.fracBits()
	h := make([]int64, rank)
	for t := range int(T) {
		xt := x[t*int(nIn) : (t+1)*int(nIn)]
		for r := range h {
			h[r] = 0
			for j, av := range a[r*int(nIn) : (r+1)*int(nIn)] {
				h[r] += int64(av) * int64(xt[j])
			}
		}
		for i := range int(nOut) {
			var d int64
			for r, bv := range b[i*int(rank) : (i+1)*int(rank)] {
				d += int64(bv) * h[r]
			}
			q, rem := l.Requantize(0, d, uint32(M), true)
			if q < math.MinInt32 || q > math.MaxInt32 {
				return fmt.Errorf("%s: token %d output %d: Δy = %d does not fit int32", what, t, i, q)
			}
			v := new(big.Int).Lsh(big.NewInt(q+1<<31), S+e)
			v.Add(v, new(big.Int).Lsh(new(big.Int).SetUint64(rem), e))
			j := t*int(nOut) + i
			put(v, q, S+e, out[j*nb:(j+1)*nb])
		}
	}
	return nil
}

// ChallengeHint returns its input: the Fingerprinted circuit passes its
// challenge through it, so that a prover can read ρ off a solve before
// proving (prover.Solve with a recording override).
func ChallengeHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("challenge hint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].Set(in[0])
	return nil
}

func int8s(mod *big.Int, vs []*big.Int) ([]int8, error) {
	out := make([]int8, len(vs))
	half := new(big.Int).Rsh(mod, 1)
	for i, v := range vs {
		s := new(big.Int).Mod(v, mod)
		if s.Cmp(half) > 0 {
			s.Sub(s, mod)
		}
		if !s.IsInt64() || s.Int64() < math.MinInt8 || s.Int64() > math.MaxInt8 {
			return nil, fmt.Errorf("value %d = %v is not int8 (a range check fails)", i, s)
		}
		out[i] = int8(s.Int64())
	}
	return out, nil
}
