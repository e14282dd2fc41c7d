package influence

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/openproof/openproof/attribution/datanet"
)

// Methods of computing the committed per-contributor vectors S_c. The
// circuit only sees S_c (⟨S_c, T⟩ and the weight rule are the same for every
// method), so a method is a property of the artifacts that an auditor
// recomputes, not of the circuit.
const (
	// MethodRenormTracIn is the original statement (package doc): S_c is the
	// sum of c's normalized record sketches. Artifacts without a method field
	// use it.
	MethodRenormTracIn = "renorm-tracin/v1"
	// MethodRobust is issue 16's method, chosen on attribution/quality's
	// validation split (docs/attribution-quality.md); see Robust.
	MethodRobust = "robust/v1"
	// MethodRobustClass is MethodRobust plus the class term (classterm.go):
	// the committed vector is (S_c, C_c) with C_c[k] ≈ β·m_c[k]/2^s, scored
	// by the test sketch (T, 2^s·onehot(ŷ)); it needs Params.ClassTerm.
	MethodRobustClass = "robust-class/v1"
)

// Method names how S_c is computed and fixes its parameters (integers, so
// that the computation is exact). Thresholds are in parts per million.
type Method struct {
	ID string `json:"id"`
	// DampPPM is λ: each adapted layer's curvature block is damped by
	// λ·tr(H_l)/dim_l.
	DampPPM uint32 `json:"damp_ppm"`
	// DupCosPPM is τ_dup: a record shares credit with every other
	// contributor holding the same record (label and bytes) or a record whose
	// normalized sketch has cosine ≥ τ_dup with it.
	DupCosPPM uint32 `json:"dup_cos_ppm"`
	// AgreePPM is τ_agree: a record counts only when its normalized sketch
	// has cosine ≥ τ_agree with the sum of its label's normalized sketches.
	AgreePPM uint32 `json:"agree_ppm"`
	// ConfPPM is τ_conf: a record counts only when the quantized model with
	// the adapter gives its label a probability ≥ τ_conf (the ExpTable
	// softmax of its int8 logits).
	ConfPPM uint32 `json:"conf_ppm"`
	// CurvBits is P: the normalized curvature blocks are rounded to 2^−P.
	CurvBits uint `json:"curv_bits"`
	// ClassBetaPPM is β·10^6, the weight of the class term
	// (MethodRobustClass only).
	ClassBetaPPM uint32 `json:"class_beta_ppm,omitempty"`
	// RefStride names the class term's public reference queries: the
	// Datanet's records i (in Datanet order, contributors then records)
	// with i mod RefStride = 0, inputs only (MethodRobustClass only).
	RefStride uint32 `json:"ref_stride,omitempty"`
	// ClassAdapters is N, the number of adapters the class table averages
	// (MethodRobustSoftClass only; absent: 1, the plan's adapter alone,
	// the table of ClassTable). With N ≥ 2 the table is ClassTableN over
	// the plan's adapter and N − 1 extra adapters trained on the same
	// Datanet by ClassTrainer with the seeds ClassSeedFrom, …,
	// ClassSeedFrom + N − 2 (in that order), whose weight files hash to
	// ClassAdaptersSHA256 (docs/attribution-quality.md, "The class table
	// over N adapters in production").
	ClassAdapters uint32 `json:"class_adapters,omitempty"`
	// ClassTrainer names how each extra adapter is trained: TrainerFit,
	// the only one, is attribution/provenance's FitAdapter on the Datanet
	// with the artifacts' training record (rank, alpha, epochs, batch
	// size, learning rate) and the adapter's seed.
	ClassTrainer string `json:"class_trainer,omitempty"`
	// ClassSeedFrom is the first extra adapter's training seed.
	ClassSeedFrom uint64 `json:"class_seed_from,omitempty"`
	// ClassAdaptersSHA256 is the hex sha256 of the concatenated raw sha256
	// digests of the extra adapters' adapter_model.safetensors files (as
	// peft's Save writes them), in seed order.
	ClassAdaptersSHA256 string `json:"class_adapters_sha256,omitempty"`
	// ClassProjPerAdapter sketches the extra adapter at position t
	// (1 … N − 1, in seed order; the plan's adapter is position 0) under
	// projection seed PositionSeed(Params.Seed, t) instead of Params.Seed,
	// so the table averages N projections as well as N trainings: what
	// attribution/quality's fifth-session protocol chose (needs N ≥ 2).
	ClassProjPerAdapter bool `json:"class_proj_per_adapter,omitempty"`
}

// TrainerFit is Method.ClassTrainer's one value: the extra adapters are
// attribution/provenance.FitAdapter's (the trainer of `train --datanet`).
const TrainerFit = "provenance-fit/v1"

// MaxClassAdapters bounds Method.ClassAdapters.
const MaxClassAdapters = 64

// Adapters is the number of adapters the class table averages: 1 unless
// ClassAdapters says more.
func (m Method) Adapters() int { return max(int(m.ClassAdapters), 1) }

// ClassSeeds returns the extra adapters' training seeds in order (none for
// a one-adapter table).
func (m Method) ClassSeeds() []uint64 {
	var out []uint64
	for i := range m.Adapters() - 1 {
		out = append(out, m.ClassSeedFrom+uint64(i))
	}
	return out
}

// WithClassAdapters is m (MethodRobustSoftClass) with its class table over
// n adapters: the plan's and n − 1 trained by TrainerFit with seeds
// seedFrom, seedFrom + 1, …; the weights' digest is filled in by whoever
// trains them (artifacts.ClassAdaptersSHA256).
func (m Method) WithClassAdapters(n uint32, seedFrom uint64) Method {
	m.ClassAdapters, m.ClassTrainer, m.ClassSeedFrom = n, TrainerFit, seedFrom
	return m
}

// AdapterParams are the params the class table's adapter at position t
// (0: the plan's own) is sketched under: p, with the projection seed
// PositionSeed(p.Seed, t) when ClassProjPerAdapter.
func (m Method) AdapterParams(p Params, t int) Params {
	if m.ClassProjPerAdapter {
		p.Seed = PositionSeed(p.Seed, t)
	}
	return p
}

// RobustMethod is MethodRobust with the settings attribution/quality chose
// on its validation split: λ = 0.01, τ_dup = 0.97, τ_agree = 0.3,
// τ_conf = 0.5.
func RobustMethod() Method {
	return Method{ID: MethodRobust, DampPPM: 10_000, DupCosPPM: 970_000, AgreePPM: 300_000, ConfPPM: 500_000, CurvBits: 30}
}

// String is one line naming the method and its parameters.
func (m Method) String() string {
	if m.ID == MethodRobustClass || m.ID == MethodRobustSoftClass {
		r := m
		r.ID, r.ClassBetaPPM, r.RefStride = MethodRobust, 0, 0
		r.ClassAdapters, r.ClassTrainer, r.ClassSeedFrom, r.ClassAdaptersSHA256, r.ClassProjPerAdapter = 0, "", 0, "", false
		s := fmt.Sprintf("%s; class term β = %g, reference queries the Datanet records i with i mod %d = 0", strings.Replace(r.String(), MethodRobust, m.ID, 1), float64(m.ClassBetaPPM)/PPM, m.RefStride)
		if n := m.Adapters(); n > 1 {
			s += fmt.Sprintf("; class table over %d adapters: this one and %d trained by %s with seeds %d…%d (weights sha256 %s)", n, n-1, m.ClassTrainer, m.ClassSeedFrom, m.ClassSeedFrom+uint64(n-2), m.ClassAdaptersSHA256)
			if m.ClassProjPerAdapter {
				s += ", the adapter at position t sketched under projection seed + t·2^32"
			}
		}
		return s
	}
	if m.ID == MethodRobust {
		return fmt.Sprintf("method %s: damping λ = %g, duplicate cosine ≥ %g, label agreement ≥ %g, fit ≥ %g, curvature 2^-%d",
			m.ID, float64(m.DampPPM)/PPM, float64(m.DupCosPPM)/PPM, float64(m.AgreePPM)/PPM, float64(m.ConfPPM)/PPM, m.CurvBits)
	}
	return "method " + m.ID
}

// Check reports an unknown method or parameters outside their range.
func (m *Method) Check() error {
	switch m.ID {
	case MethodRenormTracIn:
		if *m != (Method{ID: MethodRenormTracIn}) {
			return fmt.Errorf("%w: method %s takes no parameters", ErrBadInput, m.ID)
		}
		return nil
	case MethodRobust, MethodRobustClass, MethodRobustSoftClass:
		if (m.ID == MethodRobust) != (m.ClassBetaPPM == 0 && m.RefStride == 0) || (m.ID != MethodRobust && (m.ClassBetaPPM == 0 || m.RefStride == 0)) {
			return fmt.Errorf("%w: method %s: class_beta_ppm and ref_stride are both positive for %s and %s and absent otherwise", ErrBadInput, m.ID, MethodRobustClass, MethodRobustSoftClass)
		}
		if err := m.checkClassAdapters(); err != nil {
			return err
		}
		if m.DampPPM == 0 || m.DampPPM > PPM || m.DupCosPPM > PPM || m.AgreePPM > PPM || m.ConfPPM > PPM || m.CurvBits < 8 || m.CurvBits > 40 {
			return fmt.Errorf("%w: method %s: parameters %+v outside damp ∈ (0, 10^6], thresholds ≤ 10^6, curv_bits ∈ [8, 40]", ErrBadInput, m.ID, *m)
		}
		return nil
	}
	return fmt.Errorf("%w: unknown attribution method %q (known: %s, %s, %s, %s)", ErrBadInput, m.ID, MethodRenormTracIn, MethodRobust, MethodRobustClass, MethodRobustSoftClass)
}

// checkClassAdapters checks the class table's adapter fields: absent, or
// (robust-softclass/v1 only) 2 ≤ N ≤ MaxClassAdapters with TrainerFit, a
// seed range that does not wrap and a 64-hex-digit digest.
func (m *Method) checkClassAdapters() error {
	if m.ClassAdapters == 0 {
		if m.ClassTrainer != "" || m.ClassSeedFrom != 0 || m.ClassAdaptersSHA256 != "" || m.ClassProjPerAdapter {
			return fmt.Errorf("%w: method %s: class_trainer, class_seed_from and class_adapters_sha256 need class_adapters", ErrBadInput, m.ID)
		}
		return nil
	}
	if m.ID != MethodRobustSoftClass {
		return fmt.Errorf("%w: method %s: class_adapters is for %s only", ErrBadInput, m.ID, MethodRobustSoftClass)
	}
	if m.ClassAdapters < 2 || m.ClassAdapters > MaxClassAdapters || m.ClassTrainer != TrainerFit || m.ClassSeedFrom > math.MaxUint64-MaxClassAdapters {
		return fmt.Errorf("%w: method %s: class_adapters %d outside [2, %d] (absent: one adapter), class_trainer %q (want %q) or class_seed_from %d too large", ErrBadInput, m.ID, m.ClassAdapters, MaxClassAdapters, m.ClassTrainer, TrainerFit, m.ClassSeedFrom)
	}
	if len(m.ClassAdaptersSHA256) != 64 || strings.Trim(m.ClassAdaptersSHA256, "0123456789abcdef") != "" {
		return fmt.Errorf("%w: method %s: class_adapters_sha256 %q is not 64 lower-case hex digits", ErrBadInput, m.ID, m.ClassAdaptersSHA256)
	}
	return nil
}

// ContributorsBy returns each contributor's committed vector S_c under m.
// MethodRenormTracIn is Contributors; MethodRobust is Robust;
// MethodRobustClass is RobustClass; MethodRobustSoftClass is
// RobustSoftClass. The class-term methods and Params.ClassTerm go
// together, MethodRobustSoftClass and Params.ClassSoft too.
func (pl *Plan) ContributorsBy(ctx context.Context, d *datanet.Datanet, m Method) ([]Sketch, error) {
	return pl.ContributorsByN(ctx, d, m, nil)
}

// ContributorsByN is ContributorsBy with the extra adapters' plans of a
// class table over m.Adapters() adapters (RobustSoftClassN): exactly
// m.Adapters() − 1 of them, in seed order, nil for every other method.
func (pl *Plan) ContributorsByN(ctx context.Context, d *datanet.Datanet, m Method, extra []*Plan) ([]Sketch, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if len(extra) != m.Adapters()-1 {
		return nil, fmt.Errorf("%w: method %s averages the class table over %d adapters: want %d extra adapters, have %d", ErrBadInput, m.ID, m.Adapters(), m.Adapters()-1, len(extra))
	}
	if (m.ID == MethodRobustClass || m.ID == MethodRobustSoftClass) != pl.P.ClassTerm || (m.ID == MethodRobustSoftClass) != pl.P.ClassSoft {
		return nil, fmt.Errorf("%w: method %s with params class_term = %v, class_soft = %v: the class term needs both, the smoothed one %s", ErrBadInput, m.ID, pl.P.ClassTerm, pl.P.ClassSoft, MethodRobustSoftClass)
	}
	switch m.ID {
	case MethodRenormTracIn:
		return pl.Contributors(ctx, d)
	case MethodRobustClass:
		return pl.RobustClass(ctx, d, m)
	case MethodRobustSoftClass:
		return pl.RobustSoftClassN(ctx, d, m, extra)
	}
	return pl.Robust(ctx, d, m)
}

// RecordInfo is what MethodRobust uses of one record.
type RecordInfo struct {
	Owner int    // contributor index
	Label int    // record label
	Unit  Sketch // Normalize(Gradient sketch at the label)
	Fit   bool   // E_label·10^6 ≥ τ_conf·ΣE (fit filter)
	Agree bool   // cosine with the label's sum ≥ τ_agree
	Share int    // other contributors holding a duplicate or near-duplicate
}

// Robust computes S_c under MethodRobust, all in exact integer arithmetic:
//
//  1. every record i gets u_i = Normalize(its sketch at its label) and, from
//     the same quantized forward pass, the fit bit E_y·10^6 ≥ τ_conf·ΣE;
//  2. agreement: with m_y = Σ u_j over the records of label y, the record
//     agrees when ⟨u_i, m_y⟩ ≥ 0 and ⟨u_i, m_y⟩²·10^12 ≥ τ_agree²·‖u_i‖²·‖m_y‖²;
//  3. sharing: n_i = the number of other contributors holding a record with
//     the same label and bytes (datanet.RecordDuplicates) or a record j with
//     ⟨u_i, u_j⟩ ≥ 0 and ⟨u_i, u_j⟩²·10^12 ≥ τ_dup²·‖u_i‖²·‖u_j‖²;
//  4. b_c = Σ over c's records that fit and agree of round(u_i / (1 + n_i))
//     (entrywise, half up);
//  5. curvature, per adapted layer's block of dim m: G = Σ_i u_i u_iᵀ over
//     all records, T = tr G, H_q = round(2^P·m·G/T) + round(2^P·λ)·I
//     entrywise (the block's Gauss–Newton matrix normalized to mean
//     eigenvalue 1, damped), and S_c = round(2^P·H_q⁻¹·b_c), H_q⁻¹ applied
//     exactly (fraction-free Gauss–Jordan, then one rounded division).
//
// Round is half up: ⌊(2x + d)/(2d)⌋. The float twin is
// attribution/quality's Robust; weights do not depend on the overall scale.
func (pl *Plan) Robust(ctx context.Context, d *datanet.Datanet, m Method) ([]Sketch, error) {
	if m.ID != MethodRobust {
		return nil, fmt.Errorf("%w: Robust called with method %q", ErrBadInput, m.ID)
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	recs, err := pl.RobustRecords(ctx, d, m)
	if err != nil {
		return nil, err
	}
	b := make([]Sketch, len(d.Contributors))
	for c := range b {
		b[c] = make(Sketch, pl.dim)
	}
	for _, r := range recs {
		if !r.Fit || !r.Agree {
			continue
		}
		den := int64(1 + r.Share)
		for j, v := range r.Unit {
			b[r.Owner][j] += floorDivInt(2*v+den, 2*den) // |b| ≤ records·(2^U+1) < 2^46
		}
	}
	out := make([]Sketch, len(b))
	for c := range out {
		out[c] = make(Sketch, pl.dim)
	}
	for _, blk := range pl.Blocks {
		lo, hi := blk.Offset, blk.Offset+2*pl.P.K*blk.R
		if err := curvatureSolve(ctx, recs, b, out, lo, hi, m); err != nil {
			return nil, fmt.Errorf("layer %d: %w", blk.Layer, err)
		}
	}
	for c, s := range out {
		if err := s.Check(); err != nil {
			return nil, fmt.Errorf("contributor %q: %w", d.Contributors[c].ID, err)
		}
	}
	return out, nil
}

// RobustRecords returns steps 1–3 of Robust for every record in Datanet
// order (what `audit` and tests inspect).
func (pl *Plan) RobustRecords(ctx context.Context, d *datanet.Datanet, m Method) ([]RecordInfo, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if d.InputDim != pl.Model.Layers[0].In {
		return nil, fmt.Errorf("%w: Datanet input_dim %d, model takes %d", ErrBadInput, d.InputDim, pl.Model.Layers[0].In)
	}
	// dot64 of two normalized sketches must stay inside int64.
	if lim := new(big.Int).Lsh(big.NewInt(1), 62); new(big.Int).Mul(new(big.Int).Exp(big.NewInt(1<<pl.P.NormBits+1), big.NewInt(2), nil), big.NewInt(int64(pl.dim))).Cmp(lim) >= 0 {
		return nil, fmt.Errorf("%w: sketch dimension %d too large for %s", ErrBadInput, pl.dim, m.ID)
	}
	var recs []RecordInfo
	for c, con := range d.Contributors {
		for j, e := range con.Examples {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			g, err := pl.Example(ctx, pl.Input(e.Input), int(e.Label))
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			fit := big.NewInt(g.Exp[e.Label])
			fit.Mul(fit, big.NewInt(PPM))
			need := new(big.Int).Mul(big.NewInt(g.SumE), big.NewInt(int64(m.ConfPPM)))
			recs = append(recs, RecordInfo{Owner: c, Label: int(e.Label), Unit: pl.Normalize(g.Sketch), Fit: fit.Cmp(need) >= 0})
		}
	}
	// Agreement with the label's sum.
	sums := map[int][]*big.Int{}
	for _, r := range recs {
		s := sums[r.Label]
		if s == nil {
			s = make([]*big.Int, pl.dim)
			for j := range s {
				s[j] = new(big.Int)
			}
			sums[r.Label] = s
		}
		for j, v := range r.Unit {
			s[j].Add(s[j], big.NewInt(v))
		}
	}
	sumNorm := map[int]*big.Int{}
	for l, s := range sums {
		sumNorm[l] = dotBig(s, s)
	}
	norms := make([]int64, len(recs)) // ‖u‖² ≤ dim·(2^U+1)² < 2^57
	for i := range recs {
		norms[i] = dot64(recs[i].Unit, recs[i].Unit)
	}
	for i := range recs {
		s := sums[recs[i].Label]
		dp := new(big.Int)
		var t big.Int
		for j, v := range recs[i].Unit {
			dp.Add(dp, t.Mul(big.NewInt(v), s[j]))
		}
		recs[i].Agree = cosAtLeast(dp, big.NewInt(norms[i]), sumNorm[recs[i].Label], m.AgreePPM)
	}
	// Sharing: exact duplicates and near-duplicates in other contributors.
	dups := datanet.RecordDuplicates(d)
	others := make([]map[int]bool, len(recs))
	mark := func(i, c int) {
		if others[i] == nil {
			others[i] = map[int]bool{}
		}
		others[i][c] = true
	}
	tau := float64(m.DupCosPPM) / PPM
	for i := range recs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for j := i + 1; j < len(recs); j++ {
			if recs[i].Owner == recs[j].Owner {
				continue
			}
			near := false
			if dups[i] >= 0 && dups[i] == dups[j] {
				near = true
			} else if dp := dot64(recs[i].Unit, recs[j].Unit); dp > 0 && norms[i] > 0 && norms[j] > 0 {
				// A float prefilter far from the threshold (float64 error
				// ≪ 10^−6 here), the exact test near it.
				cos := float64(dp) / math.Sqrt(float64(norms[i])) / math.Sqrt(float64(norms[j]))
				if cos >= tau-1e-6 {
					near = cosAtLeast(big.NewInt(dp), big.NewInt(norms[i]), big.NewInt(norms[j]), m.DupCosPPM)
				}
			}
			if near {
				mark(i, recs[j].Owner)
				mark(j, recs[i].Owner)
			}
		}
	}
	for i := range recs {
		recs[i].Share = len(others[i])
	}
	return recs, nil
}

// cosAtLeast reports dp/√(na·nb) ≥ τ/10^6 exactly: dp ≥ 0 and
// dp²·10^12 ≥ τ²·na·nb (false when na or nb is 0).
func cosAtLeast(dp, na, nb *big.Int, tauPPM uint32) bool {
	if dp.Sign() < 0 || na.Sign() == 0 || nb.Sign() == 0 {
		return false
	}
	l := new(big.Int).Mul(dp, dp)
	l.Mul(l, big.NewInt(PPM*PPM))
	t := big.NewInt(int64(tauPPM))
	r := new(big.Int).Mul(t, t)
	r.Mul(r, na)
	r.Mul(r, nb)
	return l.Cmp(r) >= 0
}

// dot64 is ⟨a, b⟩ of normalized sketches (|entries| ≤ 2^U + 1); RobustRecords
// checks (2^U + 1)²·dim < 2^62 first.
func dot64(a, b Sketch) int64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int64 // int64 addition wraps, so the split sum is the same
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

func dotBig(a, b []*big.Int) *big.Int {
	s := new(big.Int)
	var t big.Int
	for i, x := range a {
		s.Add(s, t.Mul(x, b[i]))
	}
	return s
}

// floorDivInt is ⌊a/b⌋ for b > 0.
func floorDivInt(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
