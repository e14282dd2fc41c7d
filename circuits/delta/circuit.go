package delta

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// ModuleWitness is one module's private witness: the adapter (A [rank][in],
// B [out][rank] int8-valued, M < 2^32) and the inputs X [T][in] (int8).
// Δy is not a witness: the circuit derives it from the bytes of each
// output's decomposition (hashed binding) or from a hint's word
// (fingerprinted), and the delta digest or the fingerprint binds it.
type ModuleWitness struct {
	A, B []frontend.Variable
	M    frontend.Variable
	X    []frontend.Variable
}

// Circuit is the delta circuit of one Shape. Build it with New (to compile)
// or Assign (a witness).
type Circuit struct {
	AdapterCommitment frontend.Variable `gnark:"adapter_commitment,public"`
	XDigest           frontend.Variable `gnark:"x_digest,public"`
	DeltaDigest       frontend.Variable `gnark:"delta_digest,public"`
	// Fingerprint is (ρ, Σ x_j·ρ^j, Σ Δy_j·ρ^j) with the Fingerprinted
	// binding, empty with the Hashed one.
	Fingerprint []frontend.Variable `gnark:"fingerprint,public"`

	Salt    frontend.Variable
	Owner   frontend.Variable // the adapter owner's address (commit.OwnedCommitment)
	Modules []ModuleWitness

	shape  Shape
	pinned *pinned
	public *Public // the statement Assign computed (assignments only)
}

// pinned is a circuit's constant adapter (see NewPinned).
type pinned struct {
	layers     []quant.AdapterLayer // the group's layers, in group order
	key        commit.AdapterKey
	commitment fr.Element
}

// New returns an unassigned circuit of the shape, ready to compile.
func New(s Shape) (*Circuit, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	c := &Circuit{shape: cloneShape(s), Modules: make([]ModuleWitness, len(s.Group))}
	if s.Binding == Fingerprinted {
		c.Fingerprint = make([]frontend.Variable, 3)
	}
	for i, m := range s.Group {
		c.Modules[i] = ModuleWitness{
			A: make([]frontend.Variable, m.Rank*m.In),
			B: make([]frontend.Variable, m.Out*m.Rank),
			X: make([]frontend.Variable, s.Tokens*m.In),
		}
	}
	return c, nil
}

func cloneShape(s Shape) Shape {
	s.Group = append([]Module(nil), s.Group...)
	return s
}

// NewPinned returns an unassigned circuit of the shape whose adapter is
// pinned: A, B and M are circuit constants, so A·x and B·h cost no
// multiplications and the adapter is neither range-checked nor hashed per
// proof. Its proving key is made once per adapter (per shape) and its
// verifying key binds the adapter: the circuit asserts that
// adapter_commitment equals the constant commitment of the pinned adapter
// under key. Whoever runs the setup sees the adapter, and a verifier must
// trust that setup (a ceremony, not a prover's dev setup) to trust the
// binding. Mode is always Direct.
func NewPinned(s Shape, a *quant.Adapter, key commit.AdapterKey) (*Circuit, error) {
	s.Mode = Direct
	c, err := New(s)
	if err != nil {
		return nil, err
	}
	sub, err := subAdapter(&s, a)
	if err != nil {
		return nil, err
	}
	com, err := Commitment(s, a, key)
	if err != nil {
		return nil, err
	}
	c.pinned = &pinned{layers: sub.Layers, key: key, commitment: com}
	for k := range c.Modules {
		c.Modules[k].A, c.Modules[k].B = nil, nil
	}
	return c, nil
}

// Pinned reports whether the circuit's adapter is pinned (NewPinned).
func (c *Circuit) Pinned() bool { return c.pinned != nil }

// Shape returns the circuit's shape.
func (c *Circuit) Shape() Shape { return cloneShape(c.shape) }

// Name names the circuit for bundles and the key store.
func (c *Circuit) Name() string {
	s := c.shape
	// First is not part of the circuit (see xHeader): runs of equal length
	// share a name, a circuit and a key.
	if c.pinned != nil {
		return PinnedName(s, c.pinned.commitment)
	}
	return name(s, fmt.Sprintf("lora-delta%s/%s", s.bindingSuffix(), s.mode()))
}

// PinnedName is the name of the pinned circuit (NewPinned) of shape s for
// the adapter with this commitment.
func PinnedName(s Shape, commitment fr.Element) string {
	return name(s, fmt.Sprintf("lora-delta-pinned%s/%s", s.bindingSuffix(), commit.Hex(commitment)))
}

func name(s Shape, prefix string) string {
	n := fmt.Sprintf("%s/t%d/n%d", prefix, s.Tokens, s.NModules)
	for _, m := range s.Group {
		n += fmt.Sprintf("/%d:%dx%dr%dk%d", m.Index, m.In, m.Out, m.Rank, m.Shift)
	}
	return n
}

// bindingSuffix marks fingerprinted circuits' names (hashed ones keep the
// names they always had).
func (s *Shape) bindingSuffix() string {
	if s.Binding == Fingerprinted {
		return "-fp"
	}
	return ""
}

// Define implements frontend.Circuit. Per module it binds the adapter
// (committed or pinned: adapterWitness), derives E from the output
// decomposition and binds x and Δy to the trace (hashed or fingerprinted:
// traceBinding.module), and proves E = 2^e·M·δ (direct, or Freivalds for
// all modules at once); then it binds the adapter commitment and the
// trace (traceBinding.finish).
func (c *Circuit) Define(api frontend.API) error {
	s := &c.shape
	if len(s.Group) == 0 || len(c.Modules) != len(s.Group) {
		return fmt.Errorf("%w: circuit has %d module witnesses for %d modules (build it with delta.New)", ErrBadInput, len(c.Modules), len(s.Group))
	}
	fp := s.Binding == Fingerprinted
	if fp != (len(c.Fingerprint) == 3) || (!fp && len(c.Fingerprint) != 0) {
		return fmt.Errorf("%w: %d fingerprint inputs for binding %s (build it with delta.New)", ErrBadInput, len(c.Fingerprint), s.Binding)
	}
	g := gadgets.New(api)
	var tb traceBinding = &hashedBinding{c: c, xPre: commit.Const(xHeader(s)...), yPre: commit.Const(yHeader(s)...)}
	if fp {
		tb = &fingerprintBinding{c: c}
	}
	layers := make([]commit.AdapterLayerVars, len(s.Group))
	var frei []freivaldsTerm
	for k, m := range s.Group {
		w, err := c.adapterWitness(api, g, k, m)
		if err != nil {
			return err
		}
		layers[k] = commit.AdapterLayerVars{Layer: m.Index, Rank: m.Rank, M: w.M, A: w.A, B: w.B}
		E, err := tb.module(api, g, m, w)
		if err != nil {
			return fmt.Errorf("module %d: %w", m.Index, err)
		}
		if s.mode() == Direct {
			direct(api, m, w, s.Tokens, E)
		} else {
			frei = append(frei, freivaldsTerm{m: m, w: w, e: E})
		}
	}
	if len(frei) > 0 {
		multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
			for _, f := range frei {
				freivalds(api, f, s.Tokens, rho)
			}
			return nil
		})
	}
	if err := c.bindAdapter(api, layers); err != nil {
		return err
	}
	return tb.finish(api)
}

// adapterWitness returns module k's witness with the adapter bound: pinned,
// A, B and M are the constants; committed, A and B are range-checked int8
// and M < 2^32 (bindAdapter hashes them). x is range-checked by the hashed
// binding only.
func (c *Circuit) adapterWitness(api frontend.API, g *gadgets.Gadgets, k int, m Module) (*ModuleWitness, error) {
	s := &c.shape
	w := &c.Modules[k]
	if c.pinned != nil {
		// Constants: the pinned adapter's weights (validated by NewPinned).
		al := &c.pinned.layers[k]
		api.AssertIsEqual(w.M, int64(al.M)) // M stays an input so both circuits share one witness layout (mutant:delta-pinned-m)
		w = &ModuleWitness{A: gadgets.Int8Vars(al.A), B: gadgets.Int8Vars(al.B), M: int64(al.M), X: w.X}
	}
	if len(w.A) != m.Rank*m.In || len(w.B) != m.Out*m.Rank || len(w.X) != s.Tokens*m.In {
		return nil, fmt.Errorf("%w: module %d: witness sizes |A| %d, |B| %d, |X| %d", ErrBadInput, m.Index, len(w.A), len(w.B), len(w.X))
	}
	if s.Binding != Fingerprinted {
		// Fingerprinted, x is bound to the trace's int8 values.
		g.AssertInt8(w.X...) // mutant:delta-x-int8
	}
	if c.pinned == nil {
		g.AssertInt8(w.A...) // mutant:delta-a-int8
		g.AssertInt8(w.B...)
		if err := g.AssertBits(w.M, 32); err != nil { // mutant:delta-m-bits
			return nil, err
		}
	}
	return w, nil
}

// bindAdapter asserts adapter_commitment: pinned, it is the constant
// commitment (the verifying key binds the adapter); committed, the
// commitment of the witness's layers under the witness's salt.
func (c *Circuit) bindAdapter(api frontend.API, layers []commit.AdapterLayerVars) error {
	if c.pinned != nil {
		api.AssertIsEqual(c.Salt, commit.Const(c.pinned.key.Salt)[0])                // mutant:delta-pinned-salt
		api.AssertIsEqual(c.Owner, commit.Const(c.pinned.key.Owner)[0])              // mutant:delta-pinned-owner
		api.AssertIsEqual(c.AdapterCommitment, commit.Const(c.pinned.commitment)[0]) // mutant:delta-pinned-commitment
		return nil
	}
	com, err := commit.AdapterCommitmentVars(api, c.Salt, c.Owner, c.shape.NModules, layers)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.AdapterCommitment, com) // mutant:delta-adapter-commitment
	return nil
}

// traceBinding binds the witness's x and Δy to the trace (see the package
// doc): module returns a module's E_ti = V_ti − 2^e·(2^(S−1) + 2^(31+S))
// (2^e·δ_ti·M when honest) and records what finish binds.
type traceBinding interface {
	module(api frontend.API, g *gadgets.Gadgets, m Module, w *ModuleWitness) ([]frontend.Variable, error)
	finish(api frontend.API) error
}

// offset is 2^e·(2^(S−1) + 2^(31+S)), the constant part of V.
func (m Module) offset() *big.Int {
	S, e := m.fracBits()
	off := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), S-1), new(big.Int).Lsh(big.NewInt(1), 31+S))
	return off.Lsh(off, e)
}

// hashedBinding computes both digests in the circuit: V from nBytes
// checked bytes, the top four of which are Δy's offset form.
type hashedBinding struct {
	c          *Circuit
	xPre, yPre []frontend.Variable // the digests' preimages
}

func (h *hashedBinding) module(api frontend.API, g *gadgets.Gadgets, m Module, w *ModuleWitness) ([]frontend.Variable, error) {
	bytes, err := h.c.outputBytes(api, g, m, w)
	if err != nil {
		return nil, err
	}
	off, nb := m.offset(), m.nBytes()
	E := make([]frontend.Variable, h.c.shape.Tokens*m.Out)
	yBytes := make([]frontend.Variable, 0, len(E)*4)
	for j := range E {
		b := bytes[j*nb : (j+1)*nb]
		E[j] = api.Sub(recompose(api, b), off)
		yBytes = append(yBytes, b[nb-4:]...)
	}
	h.xPre = append(h.xPre, commit.Const(commit.Uint(uint64(m.Index)), commit.Uint(uint64(m.In)))...)
	h.xPre = append(h.xPre, commit.PackInt8Vars(api, w.X)...)
	h.yPre = append(h.yPre, commit.Const(commit.Uint(uint64(m.Index)), commit.Uint(uint64(m.Out)))...)
	h.yPre = append(h.yPre, commit.PackVars(api, yBytes, 8)...)
	return E, nil
}

func (h *hashedBinding) finish(api frontend.API) error {
	xd, err := commit.HashVars(api, h.xPre...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.c.XDigest, xd) // mutant:delta-x-digest
	yd, err := commit.HashVars(api, h.yPre...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.c.DeltaDigest, yd) // mutant:delta-delta-digest
	return nil
}

// fingerprintBinding commits the digests, x and the Δy words, and exposes
// the fingerprints at the commitment's challenge: V = 2^e·rem (checked
// bytes) + 2^(S+e)·(Δy + 2^31) (a word the fingerprint binds to the
// trace's int32).
type fingerprintBinding struct {
	c            *Circuit
	xs, ys, tops []frontend.Variable // x, Δy and the Δy words, in fingerprint order
}

func (f *fingerprintBinding) module(api frontend.API, g *gadgets.Gadgets, m Module, w *ModuleWitness) ([]frontend.Variable, error) {
	low, top, err := f.c.outputParts(api, g, m, w)
	if err != nil {
		return nil, err
	}
	S, e := m.fracBits()
	off, rb := m.offset(), m.remBytes()
	shift := new(big.Int).Lsh(big.NewInt(1), S+e)
	E := make([]frontend.Variable, f.c.shape.Tokens*m.Out)
	for j := range E {
		E[j] = api.Sub(api.Add(recompose(api, low[j*rb:(j+1)*rb]), api.Mul(top[j], shift)), off)
		f.ys = append(f.ys, api.Sub(top[j], 1<<31))
	}
	f.tops = append(f.tops, top...)
	f.xs = append(f.xs, w.X...)
	return E, nil
}

// finish: the commitment covers the digests (so the trace is fixed before
// ρ is drawn) and the witness's x and Δy words; then the fingerprints at ρ
// match the trace's only if the values are the trace's, but with
// probability ≤ (T·Σ in + T·Σ out)/|F|.
func (f *fingerprintBinding) finish(api frontend.API) error {
	c := f.c
	committed := append([]frontend.Variable{c.XDigest, c.DeltaDigest}, f.xs...)
	committed = append(committed, f.tops...)
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		r, err := api.Compiler().NewHint(ChallengeHint, 1, rho)
		if err != nil {
			return fmt.Errorf("challenge hint: %w", err)
		}
		// r is ρ (asserted); the checks below use r so that they come
		// after the hint in the solver's order, where a prover reads ρ.
		api.AssertIsEqual(r[0], rho) // mutant:delta-fp-rho
		api.AssertIsEqual(c.Fingerprint[0], r[0])
		api.AssertIsEqual(c.Fingerprint[1], horner(api, f.xs, r[0])) // mutant:delta-fp-x
		api.AssertIsEqual(c.Fingerprint[2], horner(api, f.ys, r[0])) // mutant:delta-fp-y
		return nil
	}, committed...)
	return nil
}

// horner returns Σ_j vs[j]·r^j, one product per value.
func horner(api frontend.API, vs []frontend.Variable, r frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for j := len(vs) - 1; j >= 0; j-- {
		acc = api.Add(api.Mul(acc, r), vs[j])
	}
	return acc
}

// outputBytes returns, for every token and output, the nBytes range-checked
// little-endian bytes of V (see the package doc), from DeltaBytesHint.
func (c *Circuit) outputBytes(api frontend.API, g *gadgets.Gadgets, m Module, w *ModuleWitness) ([]frontend.Variable, error) {
	T := c.shape.Tokens
	bytes, err := api.Compiler().NewHint(DeltaBytesHint, T*m.Out*m.nBytes(), hintInputs(m, w, T)...)
	if err != nil {
		return nil, fmt.Errorf("delta bytes hint: %w", err)
	}
	for _, b := range bytes {
		if err := g.AssertBits(b, 8); err != nil {
			return nil, err
		}
	}
	return bytes, nil
}

// outputParts returns, for every token and output, the remBytes
// range-checked little-endian bytes of 2^e·rem and the unchecked word
// Δy + 2^31, from DeltaRemHint.
func (c *Circuit) outputParts(api frontend.API, g *gadgets.Gadgets, m Module, w *ModuleWitness) (low, top []frontend.Variable, err error) {
	T := c.shape.Tokens
	rb := m.remBytes()
	out, err := api.Compiler().NewHint(DeltaRemHint, T*m.Out*(rb+1), hintInputs(m, w, T)...)
	if err != nil {
		return nil, nil, fmt.Errorf("delta rem hint: %w", err)
	}
	for j := range T * m.Out {
		o := out[j*(rb+1) : (j+1)*(rb+1)]
		for _, b := range o[:rb] {
			if err := g.AssertBits(b, 8); err != nil {
				return nil, nil, err
			}
		}
		low = append(low, o[:rb]...)
		top = append(top, o[rb])
	}
	return low, top, nil
}

// hintInputs are the delta hints' inputs (see DeltaBytesHint).
func hintInputs(m Module, w *ModuleWitness, tokens int) []frontend.Variable {
	in := make([]frontend.Variable, 0, 6+len(w.A)+len(w.B)+len(w.X))
	in = append(in, m.In, m.Out, m.Rank, tokens, m.Shift, w.M)
	in = append(in, w.A...)
	in = append(in, w.B...)
	return append(in, w.X...)
}

func recompose(api frontend.API, b []frontend.Variable) frontend.Variable {
	terms := make([]frontend.Variable, len(b))
	for i, v := range b {
		terms[i] = api.Mul(v, new(big.Int).Lsh(big.NewInt(1), uint(8*i)))
	}
	return gadgets.Sum(api, terms)
}

// direct proves E_ti = 2^e·M·δ_ti token by token: h = A·x, hm = 2^e·M·h,
// then Σ_r B_ir·hm_r per output (one product per MAC, as gadgets.LoRA).
func direct(api frontend.API, m Module, w *ModuleWitness, tokens int, E []frontend.Variable) {
	_, e := m.fracBits()
	scaledM := api.Mul(w.M, 1<<e)
	terms := make([]frontend.Variable, max(m.In, m.Rank))
	hm := make([]frontend.Variable, m.Rank)
	for t := range tokens {
		x := w.X[t*m.In : (t+1)*m.In]
		for r := range hm {
			for j := range x {
				terms[j] = api.Mul(w.A[r*m.In+j], x[j])
			}
			hm[r] = api.Mul(gadgets.Sum(api, terms[:m.In]), scaledM)
		}
		for i := range m.Out {
			for r := range hm {
				terms[r] = api.Mul(w.B[i*m.Rank+r], hm[r])
			}
			api.AssertIsEqual(E[t*m.Out+i], gadgets.Sum(api, terms[:m.Rank])) // mutant:delta-direct
		}
	}
}

type freivaldsTerm struct {
	m Module
	w *ModuleWitness
	e []frontend.Variable
}

// freivalds asserts Σ_t,i u_i·v_t·E_ti = 2^e·M·(u·B)·(A·(X^T·v)) with
// u_i = ρ^i, v_t = ρ^(out·t) (gadgets.FreivaldsWeights): E^T = 2^e·M·B·A·X^T.
func freivalds(api frontend.API, f freivaldsTerm, tokens int, rho frontend.Variable) {
	m, w := f.m, f.w
	u, v := gadgets.FreivaldsWeights(api, rho, m.Out, tokens)
	left := gadgets.Dot(api, u, gadgets.VecMat(api, v, gadgets.Matrix{V: f.e, Rows: tokens, Cols: m.Out}))
	xv := gadgets.VecMat(api, v, gadgets.Matrix{V: w.X, Rows: tokens, Cols: m.In}) // X^T·v
	a := gadgets.MatVec(api, gadgets.Matrix{V: w.A, Rows: m.Rank, Cols: m.In}, xv) // A·(X^T·v)
	b := gadgets.VecMat(api, u, gadgets.Matrix{V: w.B, Rows: m.Out, Cols: m.Rank}) // u·B
	right := gadgets.Dot(api, a, b)
	_, e := m.fracBits()
	api.AssertIsEqual(left, api.Mul(api.Mul(w.M, 1<<e), right)) // mutant:delta-freivalds
}
