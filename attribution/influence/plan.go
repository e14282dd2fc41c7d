// Package influence is openproof's attribution method: per-contributor
// gradient sketches of the LoRA parameters, the test gradient of an
// inference, their inner products and the normalization to weights in parts
// per million. The integer (fixed-point) path is the statement a circuit
// proves; a float64 reference measures its error.
//
// # Method
//
// Scores follow TracIn (Pruthi et al., "Estimating Training Data Influence by
// Tracing Gradient Descent", NeurIPS 2020) at a single checkpoint, the final
// adapter, with each training gradient renormalized to unit length as in
// Hammoudeh & Lowd's renormalized influence / GAS ("Identifying a
// Training-Set Attack's Target Using Renormalized Influence Estimation", CCS
// 2022):
//
//	score_c(z) = Σ_{i ∈ D_c} ⟨Φg_i / ‖Φg_i‖, Φg(z)⟩ = ⟨S_c, T(z)⟩,   g = ∇_θ ℓ
//
// θ are the LoRA parameters only (A and B of every adapted layer), ℓ is the
// softmax cross-entropy, g_i is taken at the training label y_i and g(z) at
// the model's own prediction ŷ, and Φ is a seeded random projection. Plain
// TracIn sums are dominated by the few badly fit (often mislabeled) examples
// whose gradients are largest; renormalizing the training side counts every
// example by direction only (measured on the embedded digits: 57 of 64 pick
// the contributor holding their class, against 36 of 64 unnormalized). The
// test side needs no normalization: weights do not change when T is scaled.
//
// Φ is Kronecker-structured as in LoGra (Choe et al., "What is Your Data
// Worth to GPT?", 2024; TRAK, Park et al., ICML 2023, projects gradients the
// same way, densely): the gradient of a linear map is an outer product, so
// for a LoRA layer with output gradient δ, input x, h = A·x and scaling s,
//
//	∇B = s·δ·hᵀ     →  sketch  s·(P_out δ) ⊗ h        (K×r values)
//	∇A = s·(Bᵀδ)·xᵀ →  sketch  s·(Bᵀδ) ⊗ (P_in x)   (r×K values)
//
// with P_out (K×out) and P_in (K×in) of independent ±1 entries drawn from
// SplitMix64(seed, stream). Projecting each factor costs nothing in a circuit
// (constant matrices) and leaves K·r products per block. The rank side is not
// projected (r is already small). S_c is the sum of contributor c's
// normalized example sketches.
//
// Weights: negative scores earn nothing. With ŝ_c = max(score_c, 0) and
// Z = Σ ŝ_c, w_c = ⌊10^6·ŝ_c / Z⌋ and the 10^6 − Σ w_c left over (fewer than
// the number of contributors) goes to the contributor with the largest ŝ_c,
// the lowest index among equal ones. This rule needs only quotient/remainder
// pairs and range checks in a circuit (no sorting, unlike largest-remainder).
// When Z = 0 every weight is 0. That is RuleTopRemainder, Params.WeightRule 0;
// RuleLargestRemainder (rule.go) spreads the remainder one ppm each over the
// largest remainders and splits equally when Z = 0, with a hinted selection
// instead of a sort.
//
// # Fixed point (the statement)
//
// Everything is computed from the quantized forward trace (inference/quant):
// layer inputs x_l (int8, exponent e_x), h_l = A_l·x_l (exact), outputs.
//
//   - Output gradient at the last layer (logits y, int8 at exponent e_y, no
//     activation): d_i = y_max − y_i ∈ [0, 255], E_i = ExpTable[d_i] =
//     roundHalfEven(2^F·exp(−d_i·2^−e_y)), δ_i = ⌊(2^F·E_i + ⌊ΣE/2⌋)/ΣE⌋ − 2^F·[i = label]
//     (δ in units of 2^−F; label = ŷ for the test gradient).
//   - Backward through layer l (W int8 at e_W, adapter multiplier M):
//     g_j = 2^32·Σ_i W[i][j]·δ_i + M·Σ_t A[t][j]·Σ_i B[i][t]·δ_i, and the
//     previous layer's δ_j = mask_j·⌊(g_j + 2^(k−1)) / 2^k⌋ with
//     k = e_W + 32, mask_j = [out_j > 0] for ReLU (the quantized output;
//     saturation is ignored) and 1 for no activation.
//   - Sketch entries: Z = (P_out δ)_i·h_t (B block) or (Bᵀδ)_t·(P_in x)_j
//     (A block), value ⌊(Z·M + 2^(k−1)) / 2^k⌋ with k_B = F + e_x + e_W − e_B + 32 − G
//     and k_A = F + e_x + e_W − e_A + 32 − G: the real gradient entry times 2^G,
//     because s = M·2^−(e_W − e_A − e_B + 32).
//   - Normalization of a training example's sketch v (offline, so it costs
//     the circuit nothing): n = ⌊√(Σ v_j²)⌋, u_j = ⌊(2^(U+1)·v_j + n) / (2n)⌋
//     (round half up of 2^U·v_j/n; u = 0 when n = 0).
//
// Supported models: linear layers with ReLU or no activation, the last with
// none (its outputs are the logits).
//
// # Class term
//
// With Params.ClassTerm (method MethodRobustClass, classterm.go) every
// committed vector carries one class value C_c[k] ≈ β·m_c[k]/2^s per class
// (m_c[k]: c's mean score over the public reference queries predicted k)
// and the test sketch T' = (T, 2^s·onehot(ŷ)), so the score is
// ⟨S_c, T⟩ + 2^s·C_c[ŷ]; class values are ClassBits wide in the commitment.
//
// The smoothed class term (Params.ClassSoft, method MethodRobustSoftClass,
// softclass.go) keeps the committed C_c and replaces the one-hot by the
// adapter's class probabilities: T' = (T, 2^(s−F)·p), p = softmax(y/τ) in
// units of 2^−F from a second exponential table at e_y + τ_s, τ = 2^τ_s;
// with Params.ClassOnly, T' = 2^(s−F)·p and the committed vector is C_c. Its
// commitments carry their own tag (SketchTag).
package influence

import (
	"fmt"
	"math"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
)

// ErrBadInput marks models, adapters, inputs and sketches the method cannot use.
var ErrBadInput = fmt.Errorf("influence: %w", errs.ErrBadInput)

// Params fixes the sketch; they are part of the statement and of every
// sketch commitment.
type Params struct {
	Seed       uint64 `json:"seed"`        // projection seed
	K          int    `json:"k"`           // projected rows per side
	DeltaBits  uint   `json:"delta_bits"`  // F: fixed-point bits of output gradients
	SketchBits uint   `json:"sketch_bits"` // G: sketch values are real gradient entries × 2^G
	NormBits   uint   `json:"norm_bits"`   // U: normalized training sketches are unit vectors × 2^U
	// WeightRule is the score → weight rule the circuit proves
	// (RuleTopRemainder, the original, or RuleLargestRemainder); not part of
	// the sketch commitments.
	WeightRule uint8 `json:"weight_rule,omitempty"`
	// ClassTerm adds the class term (MethodRobustClass, classterm.go): the
	// committed vector gains one value per class and the test sketch
	// 2^ClassShift times the one-hot of the prediction, so a score is
	// ⟨S_c, T⟩ + 2^ClassShift·C_c[ŷ]. Both are part of the statement (the
	// circuit multiplies by 2^ClassShift).
	ClassTerm  bool `json:"class_term,omitempty"`
	ClassShift uint `json:"class_shift,omitempty"`
	// ClassSoft, ClassTauShift and ClassOnly select the smoothed class term
	// (MethodRobustSoftClass, softclass.go): the test sketch's class entries
	// are 2^(ClassShift−F)·p, p = softmax(logits/τ) in units of 2^−F with
	// τ = 2^ClassTauShift, instead of 2^ClassShift·onehot(ŷ); with ClassOnly
	// the committed vector is C_c alone (the sketch term has weight 0).
	ClassSoft     bool `json:"class_soft,omitempty"`
	ClassTauShift uint `json:"class_tau_shift,omitempty"`
	ClassOnly     bool `json:"class_only,omitempty"`
}

// DefaultParams are the parameters openproof uses.
func DefaultParams() Params {
	return Params{Seed: 0x6f70656e70726f66, K: 8, DeltaBits: 24, SketchBits: 16, NormBits: 20}
}

// MaxAbsBits bounds every sketch value (test or contributor sum):
// −2^MaxAbsBits ≤ v < 2^MaxAbsBits. Sketches are committed in 48-bit packing
// (offset 2^47).
const MaxAbsBits = 47

// Plan is the method specialized to one quantized model and adapter.
type Plan struct {
	P       Params
	Model   *quant.Model
	Adapter *quant.Adapter
	// ExpTable[d] = roundHalfEven(2^F·exp(−d·2^−e_y)), d ∈ [0, 255].
	ExpTable []int64
	// SoftTable[d] = roundHalfEven(2^F·exp(−d·2^−(e_y+τ_s))), the
	// smoothed class term's table (Params.ClassSoft; nil otherwise).
	SoftTable []int64
	Blocks    []Block // adapted layers in layer order
	dim       int
	base      int // the sketch part of a committed vector: dim, or 0 with ClassOnly
	classes   int // the class term's extra values (0 without it)
}

// Block describes one adapted layer's part of a sketch.
type Block struct {
	Layer        int
	In, Out, R   int
	POut         []int8 // K×Out, ±1
	PIn          []int8 // K×In, ±1
	ShiftB       uint   // k_B
	ShiftA       uint   // k_A
	Offset       int    // index of the block in a sketch: K·R B-values then R·K A-values
	BackShift    uint   // e_W + 32, for propagating δ through this layer
	FirstAdapted bool
}

// NewPlan checks that the method applies to (m, a) and precomputes the
// projections, shifts and the exponential table.
func NewPlan(m *quant.Model, a *quant.Adapter, p Params) (*Plan, error) {
	if m == nil || len(m.Layers) == 0 {
		return nil, fmt.Errorf("%w: no model", ErrBadInput)
	}
	if a == nil || len(a.Layers) == 0 {
		return nil, fmt.Errorf("%w: no adapter: attribution scores LoRA parameters", ErrBadInput)
	}
	if p.K < 1 || p.K > 64 || p.DeltaBits < 8 || p.DeltaBits > 30 || p.SketchBits > 30 || p.NormBits < 1 || p.NormBits > 24 || p.WeightRule > RuleLargestRemainder {
		return nil, fmt.Errorf("%w: params %+v outside K ∈ [1, 64], F ∈ [8, 30], G ≤ 30, U ∈ [1, 24], weight rule ≤ %d", ErrBadInput, p, RuleLargestRemainder)
	}
	last := &m.Layers[len(m.Layers)-1]
	if last.Act != quant.ActNone {
		return nil, fmt.Errorf("%w: last layer %s has activation %s; attribution wants logits", ErrBadInput, last.Name, last.Act)
	}
	if p.ClassShift > MaxClassShift || (!p.ClassTerm && p.ClassShift != 0) {
		return nil, fmt.Errorf("%w: params %+v: class_shift ≤ %d, and 0 without class_term", ErrBadInput, p, MaxClassShift)
	}
	if err := checkSoft(p); err != nil {
		return nil, err
	}
	pl := &Plan{P: p, Model: m, Adapter: a}
	if p.ClassTerm {
		pl.classes = last.Out
	}
	for i := range m.Layers {
		l := &m.Layers[i]
		if l.Act != quant.ActNone && l.Act != quant.ActReLU {
			return nil, fmt.Errorf("%w: layer %s: activation %s has no gradient recipe", ErrBadInput, l.Name, l.Act)
		}
		if k := l.WExp + 32; k < 1 || k > 62 {
			return nil, fmt.Errorf("%w: layer %s: weight exponent %d", ErrBadInput, l.Name, l.WExp)
		}
	}
	for i, al := range a.Layers {
		if al.Layer < 0 || al.Layer >= len(m.Layers) || (i > 0 && al.Layer <= a.Layers[i-1].Layer) {
			return nil, fmt.Errorf("%w: adapter layers not sorted model layers", ErrBadInput)
		}
		l := &m.Layers[al.Layer]
		if al.Rank < 1 || len(al.A) != al.Rank*l.In || len(al.B) != l.Out*al.Rank {
			return nil, fmt.Errorf("%w: layer %s: adapter shapes", ErrBadInput, l.Name)
		}
		base := int(p.DeltaBits) + l.InExp + l.WExp + 32 - int(p.SketchBits)
		kB, kA := base-al.BExp, base-al.AExp
		if kB < 1 || kB > 120 || kA < 1 || kA > 120 {
			return nil, fmt.Errorf("%w: layer %s: sketch shifts %d, %d outside [1, 120]", ErrBadInput, l.Name, kB, kA)
		}
		b := Block{
			Layer: al.Layer, In: l.In, Out: l.Out, R: al.Rank,
			POut: rademacher(p.Seed, uint64(2*al.Layer), p.K*l.Out), PIn: rademacher(p.Seed, uint64(2*al.Layer+1), p.K*l.In),
			ShiftB: uint(kB), ShiftA: uint(kA), Offset: pl.dim, BackShift: uint(l.WExp + 32), FirstAdapted: i == 0,
		}
		pl.dim += 2 * p.K * al.Rank
		pl.Blocks = append(pl.Blocks, b)
	}
	pl.ExpTable = ExpTable(last.OutExp, p.DeltaBits)
	pl.base = pl.dim
	if p.ClassSoft {
		pl.SoftTable = ExpTable(last.OutExp+int(p.ClassTauShift), p.DeltaBits)
		if p.ClassOnly {
			pl.base = 0
		}
	}
	return pl, nil
}

// Dim is the gradient sketch length.
func (pl *Plan) Dim() int { return pl.dim }

// CommittedDim is the length of a committed per-contributor vector and of
// the test sketch T' that scores it: Dim, plus one value per class with
// the class term (Params.ClassTerm).
// With Params.ClassOnly it is the class values alone.
func (pl *Plan) CommittedDim() int { return pl.base + pl.classes }

// MaxClassShift bounds Params.ClassShift: the test sketch's class entries
// 2^ClassShift stay inside the sketch range (< 2^MaxAbsBits).
const MaxClassShift = MaxAbsBits - 1

// ClassBits is the width of a committed class value C (the class term's
// part of a committed vector): −2^(ClassBits−1) ≤ C < 2^(ClassBits−1),
// committed as C + 2^(ClassBits−1) in ClassBits-bit packing, so that the
// ten values of a 10-class model fill one field element.
const ClassBits = 24

// ExpTable returns roundHalfEven(2^f·exp(−d·2^−e)) for d = 0…255.
func ExpTable(e int, f uint) []int64 {
	t := make([]int64, 256)
	for d := range t {
		t[d] = int64(math.RoundToEven(math.Ldexp(math.Exp(-math.Ldexp(float64(d), -e)), int(f))))
	}
	return t
}

// rademacher returns n values ±1 from SplitMix64 seeded with (seed, stream):
// bit 63 of each output, 1 → −1.
func rademacher(seed, stream uint64, n int) []int8 {
	s := seed ^ (stream+1)*0x9e3779b97f4a7c15
	out := make([]int8, n)
	for i := range out {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		out[i] = 1 - 2*int8(z>>63)
	}
	return out
}

func (pl *Plan) block(layer int) *Block {
	for i := range pl.Blocks {
		if pl.Blocks[i].Layer == layer {
			return &pl.Blocks[i]
		}
	}
	return nil
}
