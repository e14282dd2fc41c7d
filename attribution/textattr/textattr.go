// Package textattr is openproof's attribution on text: the Datanet of the
// embedded character-level GPT-2 (inference/fortunes: one contributor per
// fortune category file) and the gradient sketch that scores a generation
// against each contributor, in exact integers, so that circuits/attribution
// (TextGadget) proves the same numbers inside the generation circuit
// (circuits/gpt2's AttributedCircuit). docs/attribution-text.md argues the
// choice of the sketch; this is its one source of truth: the training-side
// record sketches, the generation's query sketch and the circuit's test
// vectors all call Plan.Sketch.
//
// # The sketch (method "openproof-text-vpath/v1")
//
// A site is one position of the quantized model (gpt2q, any activation
// width) and the token y it is scored on: for a training record, the last
// position of a window and the character that follows it; for a
// generation, every position whose logits chose an output token, and that
// token. At a site let L be the last block, h its ln_1 output (the input of
// attn.c_attn, an integer of the model's width) and, with the last block's
// adapter A [r][d], B [3d][r] (value rows 2d…3d−1 are B_v):
//
//	e   = V·wte[y] − Σ_v wte[v]               the tied LM head's row of y, centred (∈ Z^d)
//	g   = W_projᵀ e                           back through the last block's attn.c_proj
//	z   = A·h,  u = B_vᵀ g                    (∈ Z^r)
//	pg  = P_out·g,  ph = P_in·h               (∈ Z^K; P_out, P_in ±1 from the seed)
//
// over the runtime's integers (tfops.Linear; wte int8 at 8 bits, int16
// above). W_proj is quantized per output column above 8 bits (exponent
// WExp_i): its column i enters as W_i·2^(max WExp − WExp_i), so that g is
// proportional to the real gradient at every width (one exponent, factor 1,
// at 8 bits). The adapter's per-column multipliers are not in g or u: they
// only undo the columns' exponents, so B_v's real values are B_v·2^−BExp.
//
// and the sketch, summed over the sites and then rounded half up,
//
//	S[k·r + t]       = round(Σ pg[k]·z[t] / 2^ShiftB)   (the B_v gradient g·zᵀ, projected)
//	S[K·r + t·K + k] = round(Σ u[t]·ph[k] / 2^ShiftA)   (the A gradient (B_vᵀg)·hᵀ, projected)
//
// g·zᵀ and (B_vᵀ g)·hᵀ are the gradients of the centred logit of y with
// respect to B_v and A (up to the adapter's scale, a constant) along one
// path: the current position's own value row, straight through attention
// (its weight on itself taken as 1), attn.c_proj, the residual stream and
// ln_f taken as identity, the MLP branch and the query/key rows dropped.
// docs/attribution-text.md says why that is a defensible cheap choice.
//
// # Contributors
//
// A contributor's records are Records windows of Window characters from
// its category's training text (fortunes' split), at evenly spaced offsets,
// each labelled with the character after it (datanet.Example: Input the
// window's token ids, Label the next token id; InputDim = Window, Classes =
// the vocabulary). Its committed vector is the sum of its records'
// normalized sketches (influence's Normalize with NormBits), corrected by
// robust/v1's curvature step over all records when DampPPM > 0 (Combine).
package textattr

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// Method names the sketch.
const Method = "openproof-text-vpath/v1"

// TagSketch is the domain tag of a text sketch commitment (distinct from
// influence.TagSketch, so that an MNIST sketch never opens a text leaf).
const TagSketch = "openproof/attr/text-sketch/v1"

// ErrBadInput marks models, sites and sketches the method cannot use.
var ErrBadInput = fmt.Errorf("textattr: %w", errs.ErrBadInput)

// MaxSites bounds the sites of one sketch (a generation's positions fit a
// context of 64; the bound keeps every sum below 2^61).
const MaxSites = 128

// Params fixes the sketch and the Datanet sampling; all are part of the
// statement (the sketch commitment's header binds the sketch ones).
type Params struct {
	Seed     uint64 `json:"seed"`      // projection seed
	K        int    `json:"k"`         // projected rows per side
	ShiftB   uint   `json:"shift_b"`   // rounding of the B_v part
	ShiftA   uint   `json:"shift_a"`   // rounding of the A part
	NormBits uint   `json:"norm_bits"` // normalized record sketches are unit vectors × 2^NormBits
	Window   int    `json:"window"`    // characters of context per record
	Records  int    `json:"records"`   // records per contributor
	// DampPPM > 0 applies robust/v1's curvature correction with damping
	// λ = DampPPM/10^6 and CurvBits fractional bits (Combine).
	DampPPM  uint32 `json:"damp_ppm"`
	CurvBits uint   `json:"curv_bits"`
}

// DefaultParams are the parameters of the embedded text Datanet at 8 bits
// (ParamsFor widens the shifts above); the curvature damping and bits are
// robust/v1's (chosen on the MNIST validation split, not tuned on text).
func DefaultParams() Params {
	return Params{Seed: 0x6f70746578743031, K: 8, ShiftB: 16, ShiftA: 16, NormBits: 20, Window: 32, Records: 64,
		DampPPM: influence.RobustMethod().DampPPM, CurvBits: influence.RobustMethod().CurvBits}
}

// ParamsFor is DefaultParams for q: both shifts grow by ExtraShift(q), so
// that a wider model's sketch values keep the magnitude of the 8-bit ones.
func ParamsFor(q *gpt2q.Model) Params { return DefaultParams().For(q) }

// For is p with both shifts grown by ExtraShift(q): p's 8-bit shifts for
// a model of q's width (p itself at 8 bits).
func (p Params) For(q *gpt2q.Model) Params {
	p.ShiftB += ExtraShift(q)
	p.ShiftA += ExtraShift(q)
	return p
}

// ExtraShift is how many bits larger a sketch of q is than the same
// model's at 8 bits: h carries Bits − 8 more bits, wte EmbedBits − 8 more
// (through g), and the last block's attn.c_proj, quantized per column
// above 8 bits, enters at the finest column's scale (spread of its
// exponents; 0 at 8 bits). 0 for an 8-bit model or one the plan refuses.
func ExtraShift(q *gpt2q.Model) uint {
	if q.Bits <= tfops.ActBits8 || len(q.Blocks) == 0 || q.Blocks[len(q.Blocks)-1].AttnProj.Wide == nil {
		return 0
	}
	lo, hi := expSpread(q.Blocks[len(q.Blocks)-1].AttnProj.Wide.WExp)
	return q.Bits - tfops.ActBits8 + q.EmbedBits() - tfops.ActBits8 + uint(hi-lo)
}

func expSpread(e []int) (lo, hi int) {
	for i, v := range e {
		if i == 0 || v < lo {
			lo = v
		}
		if i == 0 || v > hi {
			hi = v
		}
	}
	return lo, hi
}

// Plan is the method specialized to one quantized model with a c_attn
// adapter on its last block.
type Plan struct {
	P     Params
	Q     *gpt2q.Model
	Block int // the last block
	D, R  int
	Vocab int
	POut  []int8    // K×d, ±1 (over g)
	PIn   []int8    // K×d, ±1 (over h)
	G     [][]int64 // [vocab][d]: g for y = v
	PG    [][]int64 // [vocab][K]: P_out·G[v]
	A, BV []int8    // the adapter's A [r][d] and value rows of B [d][r]
}

// MaxWidth bounds the model width d the plan takes, and maxGBits |G[v][j]|,
// so that the int64 sums of NewPlan (|e_i| < 2^40) and Sketch's per-site
// loops (u = B_vᵀg, z = A·h) stay below 2^60.
const (
	MaxWidth = 1 << 12
	maxGBits = 40
)

// NewPlan checks that q has a c_attn adapter on its last block and
// precomputes the projections and the per-token tables. At any width the
// tables are over the runtime's forms (tfops.Linear, int16 or int8 wte):
// the last attn.c_proj's column i enters scaled by 2^(max WExp − WExp_i),
// its weights' relative real values (all 1 at 8 bits, one exponent).
func NewPlan(q *gpt2q.Model, p Params) (*Plan, error) {
	if p.DampPPM > influence.PPM || p.DampPPM > 0 && (p.CurvBits < 8 || p.CurvBits > 40) {
		return nil, fmt.Errorf("%w: damping %d ppm, curvature bits %d", ErrBadInput, p.DampPPM, p.CurvBits)
	}
	if p.K < 1 || p.K > 64 || p.ShiftB < 1 || p.ShiftB > 48 || p.ShiftA < 1 || p.ShiftA > 48 || p.NormBits < 8 || p.NormBits > 30 ||
		p.Window < 1 || p.Window > q.Config.NPositions || p.Records < 1 || p.Records > 1<<12 {
		return nil, fmt.Errorf("%w: parameters %+v outside their ranges", ErrBadInput, p)
	}
	if p.Window > datanet.MaxInputDim || q.Config.VocabSize > datanet.MaxClasses {
		return nil, fmt.Errorf("%w: window %d or vocabulary %d too large for a Datanet", ErrBadInput, p.Window, q.Config.VocabSize)
	}
	L := len(q.Blocks) - 1
	d, vocab := q.Config.NEmbd, q.Config.VocabSize
	if L < 0 || d < 1 || d > MaxWidth {
		return nil, fmt.Errorf("%w: %d blocks of width %d, want ≥ 1 of at most %d", ErrBadInput, L+1, d, MaxWidth)
	}
	b := &q.Blocks[L]
	if b.Attn.Wide == nil || b.AttnProj.Wide == nil || len(q.WteW) != vocab*d {
		return nil, fmt.Errorf("%w: block %d has no runtime layers", ErrBadInput, L)
	}
	a := b.Attn.Wide.LoRA
	if a == nil || a.Rank < 1 || len(a.A) != a.Rank*d || len(a.B) != 3*d*a.Rank {
		return nil, fmt.Errorf("%w: block %d has no c_attn adapter of input %d", ErrBadInput, L, d)
	}
	wp := b.AttnProj.Wide
	if wp.In != d || wp.Out != d || len(wp.W) != d*d || len(wp.WExp) != d {
		return nil, fmt.Errorf("%w: block %d attn.c_proj is %d×%d, want %d×%d", ErrBadInput, L, wp.Out, wp.In, d, d)
	}
	lo, hi := expSpread(wp.WExp)
	if hi-lo > 16 {
		return nil, fmt.Errorf("%w: block %d attn.c_proj column exponents span %d bits, at most 16", ErrBadInput, L, hi-lo)
	}
	r := a.Rank
	pl := &Plan{P: p, Q: q, Block: L, D: d, R: r, Vocab: vocab,
		POut: influence.Rademacher(p.Seed, 0, p.K*d), PIn: influence.Rademacher(p.Seed, 1, p.K*d), A: a.A}
	pl.BV = make([]int8, d*r)
	copy(pl.BV, a.B[2*d*r:])
	col := make([]int64, d)
	for v := 0; v < vocab; v++ {
		for i := 0; i < d; i++ {
			col[i] += int64(q.WteW[v*d+i])
		}
	}
	pl.G, pl.PG = make([][]int64, vocab), make([][]int64, vocab)
	e := make([]int64, d)
	for v := 0; v < vocab; v++ {
		for i := 0; i < d; i++ {
			e[i] = (int64(vocab)*int64(q.WteW[v*d+i]) - col[i]) << (hi - wp.WExp[i])
		}
		g := make([]int64, d)
		for j := 0; j < d; j++ {
			for i := 0; i < d; i++ {
				g[j] += int64(wp.W[i*d+j]) * e[i] // W_proj is [out][in]: gᵀ = eᵀ·W
			}
			if g[j] >= 1<<maxGBits || g[j] <= -1<<maxGBits {
				return nil, fmt.Errorf("%w: the LM head's gradient through block %d attn.c_proj exceeds 2^%d", ErrBadInput, L, maxGBits)
			}
		}
		pl.G[v], pl.PG[v] = g, project(pl.POut, g, p.K)
	}
	return pl, nil
}

// Dim is the sketch length: 2·K·r.
func (pl *Plan) Dim() int { return 2 * pl.P.K * pl.R }

func project(p []int8, x []int64, k int) []int64 {
	n := len(x)
	out := make([]int64, k)
	for i := range out {
		for j, v := range x {
			out[i] += int64(p[i*n+j]) * v
		}
	}
	return out
}

// Site is one scored position: the last block's ln_1 output there and the
// token whose logit is differentiated.
type Site struct {
	H []int32
	Y int
}

// Sketch is the sketch of the sites (package doc), checked to lie in
// [−2^47, 2^47) (influence.Sketch.Check, the circuit's range).
func (pl *Plan) Sketch(sites []Site) (influence.Sketch, error) {
	if len(sites) == 0 || len(sites) > MaxSites {
		return nil, fmt.Errorf("%w: %d sites, want 1…%d", ErrBadInput, len(sites), MaxSites)
	}
	K, r, d := pl.P.K, pl.R, pl.D
	accB := make([]*big.Int, K*r)
	accA := make([]*big.Int, r*K)
	for i := range accB {
		accB[i], accA[i] = new(big.Int), new(big.Int)
	}
	var t big.Int
	for si, s := range sites {
		if len(s.H) != d || s.Y < 0 || s.Y >= pl.Vocab {
			return nil, fmt.Errorf("%w: site %d: |h| = %d (want %d), y = %d (vocabulary %d)", ErrBadInput, si, len(s.H), d, s.Y, pl.Vocab)
		}
		lo, hi := tfops.ActRange(pl.Q.Bits)
		for j, v := range s.H {
			if int64(v) < lo || int64(v) > hi {
				return nil, fmt.Errorf("%w: site %d: h[%d] = %d outside %d bits", ErrBadInput, si, j, v, pl.Q.Bits)
			}
		}
		h := make([]int64, d)
		for j, v := range s.H {
			h[j] = int64(v)
		}
		z := make([]int64, r)
		u := make([]int64, r)
		g := pl.G[s.Y]
		for tt := 0; tt < r; tt++ {
			for j := 0; j < d; j++ {
				z[tt] += int64(pl.A[tt*d+j]) * h[j]
				u[tt] += int64(pl.BV[j*r+tt]) * g[j]
			}
		}
		pg, ph := pl.PG[s.Y], project(pl.PIn, h, K)
		for k := 0; k < K; k++ {
			for tt := 0; tt < r; tt++ {
				accB[k*r+tt].Add(accB[k*r+tt], t.Mul(big.NewInt(pg[k]), big.NewInt(z[tt])))
				accA[tt*K+k].Add(accA[tt*K+k], t.Mul(big.NewInt(u[tt]), big.NewInt(ph[k])))
			}
		}
	}
	out := make(influence.Sketch, 0, pl.Dim())
	for _, a := range accB {
		out = append(out, roundShift(a, pl.P.ShiftB))
	}
	for _, a := range accA {
		out = append(out, roundShift(a, pl.P.ShiftA))
	}
	if err := out.Check(); err != nil {
		return nil, err
	}
	return out, nil
}

// roundShift is ⌊(a + 2^(k−1)) / 2^k⌋ (saturated to int64 range; Check
// refuses anything that large).
func roundShift(a *big.Int, k uint) int64 {
	n := new(big.Int).Add(a, new(big.Int).Lsh(big.NewInt(1), k-1))
	n.Rsh(n, k) // arithmetic shift: floor for negatives too
	if !n.IsInt64() {
		if n.Sign() < 0 {
			return -1 << 62
		}
		return 1 << 62
	}
	return n.Int64()
}

// Normalize is influence's record normalization with NormBits.
func (pl *Plan) Normalize(s influence.Sketch) influence.Sketch {
	return (&influence.Plan{P: influence.Params{NormBits: pl.P.NormBits}}).Normalize(s)
}

// Commitment is a text sketch's commitment K_c (the Datanet leaf's sketch
// element): Hash(TagSketch, seed, K, ShiftB, ShiftA, NormBits, dim,
// Pack48(v + 2^47)…).
func (pl *Plan) Commitment(s influence.Sketch) (fr.Element, error) {
	if len(s) != pl.Dim() {
		return fr.Element{}, fmt.Errorf("%w: sketch has %d values, plan %d", ErrBadInput, len(s), pl.Dim())
	}
	if err := s.Check(); err != nil {
		return fr.Element{}, err
	}
	u := make([]uint64, len(s))
	for i, v := range s {
		u[i] = uint64(v + 1<<influence.MaxAbsBits)
	}
	pre := pl.CommitmentHeader()
	pre = append(pre, commit.Pack(u, influence.MaxAbsBits+1)...)
	return commit.Hash(pre...), nil
}

// CommitmentHeader is the preimage of a sketch commitment before the packed
// values; the circuit hashes the same elements.
func (pl *Plan) CommitmentHeader() []fr.Element {
	return []fr.Element{commit.Tag(TagSketch), commit.Uint(pl.P.Seed), commit.Uint(uint64(pl.P.K)), commit.Uint(uint64(pl.P.ShiftB)),
		commit.Uint(uint64(pl.P.ShiftA)), commit.Uint(uint64(pl.P.NormBits)), commit.Uint(uint64(pl.Dim()))}
}

// RecordSite runs the window through q and returns the site at its last
// position, scored on label.
func (pl *Plan) RecordSite(window []int, label int) (Site, error) {
	s := pl.Q.NewSession()
	var h []int32
	for _, tok := range window {
		st, err := s.Step(tok)
		if err != nil {
			return Site{}, err
		}
		h = st.Blocks[pl.Block].Ln1.Y
	}
	if h == nil {
		return Site{}, fmt.Errorf("%w: empty window", ErrBadInput)
	}
	return Site{H: append([]int32(nil), h...), Y: label}, nil
}

// GenerationSites are the sites of a greedy generation trace: every
// position the circuit runs (0 … P+T−2), scored on the token that follows
// it in prompt ‖ output (the next prompt token, then each chosen token).
// The trace is recomputed first (gpt2q Verify).
func (pl *Plan) GenerationSites(ctx context.Context, t *gpt2q.Trace) ([]Site, error) {
	if err := pl.Q.Verify(ctx, t); err != nil {
		return nil, err
	}
	s := pl.Q.NewSession()
	np := len(t.Prompt)
	toks := append(append([]int(nil), t.Prompt...), t.Output[:len(t.Output)-1]...)
	var sites []Site
	for p, tok := range toks {
		st, err := s.Step(tok)
		if err != nil {
			return nil, err
		}
		next := t.Output[0]
		if p+1 < np {
			next = t.Prompt[p+1]
		} else if p >= np {
			next = t.Output[p-np+1]
		}
		sites = append(sites, Site{H: append([]int32(nil), st.Blocks[pl.Block].Ln1.Y...), Y: next})
	}
	return sites, nil
}

// RecordUnits returns, per contributor of d, its records' normalized
// sketches Normalize(Sketch(RecordSite(window, label))).
func (pl *Plan) RecordUnits(ctx context.Context, d *datanet.Datanet) ([][]influence.Sketch, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if d.InputDim != pl.P.Window || d.Classes != pl.Vocab {
		return nil, fmt.Errorf("%w: Datanet input_dim %d classes %d, plan window %d vocabulary %d", ErrBadInput, d.InputDim, d.Classes, pl.P.Window, pl.Vocab)
	}
	out := make([][]influence.Sketch, len(d.Contributors))
	for c, con := range d.Contributors {
		for j, e := range con.Examples {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			win := make([]int, len(e.Input))
			for i, v := range e.Input {
				win[i] = int(v)
			}
			site, err := pl.RecordSite(win, int(e.Label))
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			sk, err := pl.Sketch([]Site{site})
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			out[c] = append(out[c], pl.Normalize(sk))
		}
	}
	return out, nil
}

// Combine turns the record units into the committed vectors: b_c = Σ of
// c's units, then, when DampPPM > 0, robust/v1's curvature correction
// (influence.CurvatureCorrect over every record, the sketch one block).
func (pl *Plan) Combine(ctx context.Context, units [][]influence.Sketch) ([]influence.Sketch, error) {
	b := make([]influence.Sketch, len(units))
	var all []influence.Sketch
	for c, us := range units {
		b[c] = make(influence.Sketch, pl.Dim())
		if len(us) > 1<<12 {
			return nil, fmt.Errorf("%w: contributor %d has %d records, at most %d", ErrBadInput, c, len(us), 1<<12)
		}
		for _, u := range us {
			if len(u) != pl.Dim() {
				return nil, fmt.Errorf("%w: contributor %d: unit of %d values", ErrBadInput, c, len(u))
			}
			for i, v := range u {
				b[c][i] += v // |v| ≤ 2^NormBits + 1, at most 2^12 records: no overflow
			}
		}
		if err := b[c].Check(); err != nil {
			return nil, fmt.Errorf("contributor %d: %w", c, err)
		}
		all = append(all, us...)
	}
	if pl.P.DampPPM == 0 {
		return b, nil
	}
	m := influence.Method{ID: influence.MethodRobust, DampPPM: pl.P.DampPPM, CurvBits: pl.P.CurvBits}
	return influence.CurvatureCorrect(ctx, all, b, [][2]int{{0, pl.Dim()}}, m)
}

// Contributors returns each contributor's committed vector: Combine of
// RecordUnits.
func (pl *Plan) Contributors(ctx context.Context, d *datanet.Datanet) ([]influence.Sketch, error) {
	units, err := pl.RecordUnits(ctx, d)
	if err != nil {
		return nil, err
	}
	return pl.Combine(ctx, units)
}
