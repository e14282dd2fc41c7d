package quality

import (
	"context"
	"fmt"
	"math"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
)

// gradSet holds, for one adapter and one projection, the float64 sketches
// (influence.Reference: the proven statement's float twin) of every record
// and of every query at the model's own prediction.
type gradSet struct {
	n      int      // contributors
	blocks [][2]int // sketch ranges of the adapted layers
	raw    [][]float64
	unit   [][]float64
	owner  []int
	label  []int
	count  []int     // records per contributor
	conf   []float64 // per record: the float model's probability of the record's own label
	q      [2]qgrads
	// ref holds the sketches of the extra reference queries (public,
	// unlabelled digits disjoint from both splits), when computed; class
	// tables with Method.RefN > 0 use its first RefN queries.
	ref qgrads
	// dref holds the sketches of the Datanet-record reference queries
	// (DatanetRefs: the proven statement's rule), when computed; class
	// tables with Method.RefStride use them. Every record (stride 1), so
	// one sketching serves every stride.
	dref qgrads
	nbr  [][]int32 // per record: records of other contributors at sketch cosine ≥ nbrMin or identical
	dup  []int     // per record: exact-duplicate group (datanet.RecordDuplicates), −1 if none
	hinv map[float64][][]float64
	// ck holds the sketches of earlier checkpoints of the same training run
	// at the same projection (Folded methods average their vectors).
	ck []*gradSet
	// peers are the gradient sets of other adapters (retraining seeds) at
	// the same projection whose class tables ClassEnsemble averages in.
	peers []*gradSet
}

type qgrads struct {
	g    [][]float64
	pred []int
	// logits are the float model's outputs at each query (the adapter's
	// class scores; ClassWeights smooths the class term with them).
	logits [][]float64
}

// nbrMin is the lowest near-duplicate cosine threshold the evaluation tries.
const nbrMin = 0.95

func newGradSet(ctx context.Context, base *model.Model, a *peft.Adapter, p influence.Params, d *datanet.Datanet, splits [2]Queries, refs ...Queries) (*gradSet, error) {
	pl, err := artifacts.Plan(base, a, p)
	if err != nil {
		return nil, err
	}
	ref, err := influence.NewReference(pl, base, a)
	if err != nil {
		return nil, err
	}
	g := &gradSet{n: len(d.Contributors), hinv: map[float64][][]float64{}}
	for _, b := range pl.Blocks {
		g.blocks = append(g.blocks, [2]int{b.Offset, b.Offset + 2*p.K*b.R})
	}
	for c, con := range d.Contributors {
		g.count = append(g.count, len(con.Examples))
		for _, e := range con.Examples {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			v, err := ref.Gradient(ref.Input(e.Input), int(e.Label))
			if err != nil {
				return nil, err
			}
			g.conf = append(g.conf, softmaxAt(ref.Predict(ref.Input(e.Input)), int(e.Label)))
			g.raw = append(g.raw, v)
			g.unit = append(g.unit, unitVec(v))
			g.owner = append(g.owner, c)
			g.label = append(g.label, int(e.Label))
		}
	}
	sketchQueries := func(qs Queries, into *qgrads) error {
		for _, in := range qs.Inputs {
			if err := ctx.Err(); err != nil {
				return err
			}
			x := ref.Input(in)
			z := ref.Predict(x)
			pred := argmaxF(z)
			v, err := ref.Gradient(x, pred)
			if err != nil {
				return err
			}
			into.g = append(into.g, v)
			into.pred = append(into.pred, pred)
			into.logits = append(into.logits, z)
		}
		return nil
	}
	for s, qs := range splits {
		if err := sketchQueries(qs, &g.q[s]); err != nil {
			return nil, err
		}
	}
	// refs[0]: extra held-out reference queries (g.ref); refs[1]: the
	// Datanet-record reference queries (g.dref).
	for i, qs := range refs {
		into := &g.ref
		if i == 1 {
			into = &g.dref
		}
		if err := sketchQueries(qs, into); err != nil {
			return nil, err
		}
	}
	dups := datanet.RecordDuplicates(d)
	g.dup = dups
	g.nbr = make([][]int32, len(g.unit))
	for i := range g.unit {
		for j := i + 1; j < len(g.unit); j++ {
			if g.owner[i] == g.owner[j] {
				continue
			}
			if dotF(g.unit[i], g.unit[j]) >= nbrMin || dups[i] >= 0 && dups[i] == dups[j] {
				g.nbr[i] = append(g.nbr[i], int32(j))
				g.nbr[j] = append(g.nbr[j], int32(i))
			}
		}
	}
	return g, nil
}

func softmaxAt(z []float64, k int) float64 {
	m := z[0]
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return math.Exp(z[k]-m) / s
}

func unitVec(v []float64) []float64 {
	n := math.Sqrt(dotF(v, v))
	u := make([]float64, len(v))
	if n == 0 {
		return u
	}
	for i, x := range v {
		u[i] = x / n
	}
	return u
}

func dotF(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// Method is one way of turning a query into contributor scores; weights
// follow the proven rule: w_c = max(s_c, 0) / Σ max(s, 0), all zero when no
// score is positive.
type Method struct {
	Name string
	Note string
	// Circuit: true when the method is the proven statement or folds into
	// its committed per-contributor vectors (same circuit, same cost).
	Circuit bool
	// Ensemble averages the payouts of the adapters of every retraining
	// seed (a circuit would need a test gradient per adapter).
	Ensemble bool
	// vectors returns per-contributor vectors (scores ⟨V_c, T⟩) or, for
	// baselines, nil and a scalar score per contributor and prediction.
	vectors func(g *gradSet, absent []bool) [][]float64
	scalar  func(g *gradSet, absent []bool, pred int) []float64
	// Rule turns one query's scores into weights; the zero Rule is the
	// proven linear rule.
	Rule Rule
	// ClassBeta > 0 adds β times the contributor's mean score over the
	// reference queries (the validation split) of the query's predicted
	// class: s_c(q) = ⟨V_c, T(q)⟩ + β·m_c[pred(q)], i.e. the committed
	// vector gains one entry per class (m_c) and the test sketch the
	// predicted class's one-hot; ClassOnly keeps only the class term.
	ClassBeta float64
	ClassOnly bool
	// ClassEnsemble averages m_c over the gradient sets of other adapters
	// (gradSet.peers: other retraining seeds), still one table per
	// contributor.
	ClassEnsemble bool
	// RefN > 0 takes the class table over the first RefN extra reference
	// queries (gradSet.ref) instead of the validation digits.
	RefN int
	// RefStride > 0 takes the class table over the Datanet records i with
	// i mod RefStride = 0 (robust-class/v1's rule; gradSet.dref holds
	// every record's reference sketch) instead; it overrides RefN.
	RefStride int
	// ClassWeights weighs the class table's rows for a query; the zero
	// value is the one-hot of the prediction (robust-class/v1).
	ClassWeights ClassWeights
}

// ClassEnsembled is m with its class table averaged over the peer adapters.
func ClassEnsembled(m Method) Method {
	m.ClassEnsemble = true
	m.Name += ", class table averaged over seed adapters"
	return m
}

// ClassBlend is m with the class term (see Method.ClassBeta).
func ClassBlend(m Method, beta float64, only bool) Method {
	m.ClassBeta, m.ClassOnly = beta, only
	if only {
		m.Name += ", class term only"
	} else {
		m.Name += fmt.Sprintf(", class term β=%g", beta)
	}
	return m
}

// classMeans returns m_c[k]: the mean over the reference queries predicted
// k of ⟨V_c, T⟩ (the validation digits, the first refN extra reference
// queries when refN > 0, or the Datanet records i with i mod stride = 0
// when stride > 0).
func classMeans(g *gradSet, vec [][]float64, refN, stride int) [][]float64 {
	ref := g.q[0]
	if stride > 0 {
		ref = g.dref
	} else if refN > 0 {
		ref = qgrads{g: g.ref.g[:min(refN, len(g.ref.g))], pred: g.ref.pred}
	}
	out := make([][]float64, 256)
	cnt := make([]int, 256)
	for r, t := range ref.g {
		if stride > 0 && r%stride != 0 {
			continue
		}
		k := ref.pred[r]
		if out[k] == nil {
			out[k] = make([]float64, len(vec))
		}
		cnt[k]++
		for c := range vec {
			out[k][c] += dotF(vec[c], t)
		}
	}
	for k := range out {
		for c := range out[k] {
			out[k][c] /= float64(cnt[k])
		}
	}
	return out
}

// Rule is a score-to-weight rule: w_c = f(max(s_c, 0)) / Σ f(max(s, 0)),
// all zero when no score is positive (f = identity: the proven rule).
type Rule struct {
	Name string
	f    func(x float64) float64
}

// PowerRule is f(x) = x^p (p = 1/2: an integer square root in a circuit,
// p = 1/4 two of them).
func PowerRule(p float64) Rule {
	return Rule{Name: fmt.Sprintf("x^%g", p), f: func(x float64) float64 { return math.Pow(x, p) }}
}

// WithRule is m paying by r.
func WithRule(m Method, r Rule) Method {
	m.Name, m.Rule = m.Name+", rule "+r.Name, r
	return m
}

func (r Rule) weights(sc []float64) []float64 {
	if r.f == nil {
		return weightsOf(sc)
	}
	t := make([]float64, len(sc))
	for c, s := range sc {
		if s > 0 {
			t[c] = r.f(s)
		}
	}
	return weightsOf(t)
}

// Methods returns the baselines and the methods under evaluation.
func baselines() []Method {
	return []Method{
		{Name: "uniform", Note: "every contributor the same", scalar: func(g *gradSet, absent []bool, _ int) []float64 {
			s := make([]float64, g.n)
			for c := range s {
				if !absent[c] {
					s[c] = 1
				}
			}
			return s
		}},
		{Name: "data volume", Note: "records held", scalar: func(g *gradSet, absent []bool, _ int) []float64 {
			s := make([]float64, g.n)
			for c := range s {
				if !absent[c] {
					s[c] = float64(g.count[c])
				}
			}
			return s
		}},
		{Name: "label count", Note: "records carrying the predicted label", scalar: func(g *gradSet, absent []bool, pred int) []float64 {
			s := make([]float64, g.n)
			for i, c := range g.owner {
				if !absent[c] && g.label[i] == pred {
					s[c]++
				}
			}
			return s
		}},
		{Name: "plain TracIn", Note: "Σ⟨Φg_i, Φg(z)⟩, unnormalized", vectors: func(g *gradSet, absent []bool) [][]float64 {
			return g.sum(g.raw, absent, nil)
		}},
		{Name: "current", Note: "renormalized TracIn, the proven statement (float twin)", Circuit: true, vectors: func(g *gradSet, absent []bool) [][]float64 {
			return g.sum(g.unit, absent, nil)
		}},
	}
}

// Curvature is the damped per-layer Gauss–Newton correction: V_c =
// H⁻¹ Σ u_i with H block-diagonal over the adapted layers, H_l = mean u_i u_iᵀ
// + λ·tr(H_l)/dim_l·I. It folds into the committed vectors.
func Curvature(lambda float64) Method {
	return Method{Name: fmt.Sprintf("curvature λ=%g", lambda), Note: "renormalized TracIn with damped per-layer H⁻¹ folded into S_c", Circuit: true,
		vectors: func(g *gradSet, absent []bool) [][]float64 {
			return g.apply(lambda, g.sum(g.unit, absent, nil))
		}}
}

// Robust is Curvature plus the record factors folded into S_c: a record
// shares credit equally with the other contributors holding an identical
// record or one at sketch cosine ≥ dupCos (near-duplicates); it counts only
// when its sketch has cosine ≥ agree with the mean sketch of its label over
// the Datanet, and when the trained model gives its own label probability
// ≥ minConf (records the adapter cannot fit: noise, wrong labels).
func Robust(lambda, dupCos, agree, minConf float64) Method {
	return Method{Name: fmt.Sprintf("robust λ=%g dup≥%g agree≥%g conf≥%g", lambda, dupCos, agree, minConf),
		Note: "curvature + duplicate sharing + label-agreement and fit filters, folded into S_c", Circuit: true,
		vectors: func(g *gradSet, absent []bool) [][]float64 {
			return g.apply(lambda, g.sum(g.unit, absent, g.factors(absent, dupCos, agree, minConf)))
		}}
}

// sum returns Σ_{i∈c} f_i·v_i per contributor (f nil: all 1).
func (g *gradSet) sum(v [][]float64, absent []bool, f []float64) [][]float64 {
	out := make([][]float64, g.n)
	for c := range out {
		out[c] = make([]float64, len(v[0]))
	}
	for i, c := range g.owner {
		if absent[c] {
			continue
		}
		w := 1.0
		if f != nil {
			w = f[i]
		}
		if w == 0 {
			continue
		}
		for j, x := range v[i] {
			out[c][j] += w * x
		}
	}
	return out
}

func (g *gradSet) factors(absent []bool, dupCos, agree, minConf float64) []float64 {
	dim := len(g.unit[0])
	mean := make([][]float64, 0)
	for range 256 {
		mean = append(mean, nil)
	}
	for i, c := range g.owner {
		if absent[c] {
			continue
		}
		l := g.label[i]
		if mean[l] == nil {
			mean[l] = make([]float64, dim)
		}
		for j, x := range g.unit[i] {
			mean[l][j] += x
		}
	}
	f := make([]float64, len(g.owner))
	for i, c := range g.owner {
		if absent[c] || g.conf != nil && g.conf[i] < minConf {
			continue
		}
		m := mean[g.label[i]]
		if cos := dotF(g.unit[i], m) / math.Sqrt(dotF(m, m)); cos < agree {
			continue
		}
		others := map[int]bool{}
		for _, j := range g.nbr[i] {
			if oc := g.owner[j]; !absent[oc] && (g.dup[i] >= 0 && g.dup[i] == g.dup[j] || dotF(g.unit[i], g.unit[j]) >= dupCos) {
				others[oc] = true
			}
		}
		f[i] = 1 / float64(1+len(others))
	}
	return f
}

// apply multiplies every vector by the damped per-block inverse.
func (g *gradSet) apply(lambda float64, v [][]float64) [][]float64 {
	hinv, ok := g.hinv[lambda]
	if !ok {
		for _, b := range g.blocks {
			hinv = append(hinv, g.blockInverse(b, lambda))
		}
		g.hinv[lambda] = hinv
	}
	out := make([][]float64, len(v))
	for c, x := range v {
		y := make([]float64, len(x))
		for bi, b := range g.blocks {
			m := b[1] - b[0]
			for r := range m {
				var s float64
				for k := range m {
					s += hinv[bi][r*m+k] * x[b[0]+k]
				}
				y[b[0]+r] = s
			}
		}
		out[c] = y
	}
	return out
}

func (g *gradSet) blockInverse(b [2]int, lambda float64) []float64 {
	m := b[1] - b[0]
	h := make([]float64, m*m)
	for _, u := range g.unit {
		x := u[b[0]:b[1]]
		for r := range m {
			if x[r] == 0 {
				continue
			}
			for k := range m {
				h[r*m+k] += x[r] * x[k]
			}
		}
	}
	var tr float64
	for r := range m {
		tr += h[r*m+r]
	}
	for i := range h {
		h[i] /= float64(len(g.unit))
	}
	damp := lambda * tr / float64(len(g.unit)) / float64(m)
	for r := range m {
		h[r*m+r] += damp
	}
	return invertSPD(h, m)
}

// invertSPD inverts a symmetric positive definite matrix (Gauss–Jordan with
// partial pivoting; m is small).
func invertSPD(a []float64, m int) []float64 {
	aug := make([]float64, m*2*m)
	for r := range m {
		copy(aug[r*2*m:r*2*m+m], a[r*m:(r+1)*m])
		aug[r*2*m+m+r] = 1
	}
	w := 2 * m
	for col := range m {
		p := col
		for r := col + 1; r < m; r++ {
			if math.Abs(aug[r*w+col]) > math.Abs(aug[p*w+col]) {
				p = r
			}
		}
		if p != col {
			for k := range w {
				aug[p*w+k], aug[col*w+k] = aug[col*w+k], aug[p*w+k]
			}
		}
		piv := aug[col*w+col]
		for k := range w {
			aug[col*w+k] /= piv
		}
		for r := range m {
			if r == col || aug[r*w+col] == 0 {
				continue
			}
			f := aug[r*w+col]
			for k := range w {
				aug[r*w+k] -= f * aug[col*w+k]
			}
		}
	}
	out := make([]float64, m*m)
	for r := range m {
		copy(out[r*m:(r+1)*m], aug[r*w+m:r*w+2*m])
	}
	return out
}

// Ensemble is m averaged over the adapters of every retraining seed.
func Ensemble(m Method) Method {
	m.Name, m.Note, m.Circuit, m.Ensemble = m.Name+", ensemble of the seed adapters", m.Note+"; payouts averaged over the adapters (a test gradient and sketch set per adapter)", false, true
	return m
}

// Folded is m with its per-contributor vectors averaged over the adapter's
// checkpoints (the final one and g.ck): one vector per contributor, scored
// against the final adapter's test sketch, so the circuit is unchanged.
func Folded(m Method) Method {
	inner := m.vectors
	m.Name, m.Note = m.Name+", checkpoint-folded", m.Note+"; S_c averaged over training checkpoints"
	m.vectors = func(g *gradSet, absent []bool) [][]float64 {
		out := inner(g, absent)
		for _, c := range g.ck {
			v := inner(c, absent)
			for i := range out {
				for j := range out[i] {
					out[i][j] += v[i][j]
				}
			}
		}
		return out
	}
	return m
}

// payouts returns, for split s, every query's weights (rows sum to 1, or
// are all 0 when no score is positive).
func (m Method) payouts(g *gradSet, s int, absent []bool) [][]float64 {
	var vec [][]float64
	if m.vectors != nil {
		vec = m.vectors(g, absent)
	}
	qs := g.q[s]
	out := make([][]float64, len(qs.g))
	var cm [][]float64
	if m.ClassBeta > 0 && vec != nil {
		cm = classMeans(g, vec, m.RefN, m.RefStride)
		if m.ClassEnsemble {
			// Average each class's row over the adapters that predict the
			// class on some reference query.
			cnt := make([]int, len(cm))
			for k := range cm {
				if cm[k] != nil {
					cnt[k] = 1
				}
			}
			for _, p := range g.peers {
				pm := classMeans(p, m.vectors(p, absent), m.RefN, m.RefStride)
				for k := range cm {
					if pm[k] == nil {
						continue
					}
					if cm[k] == nil {
						cm[k] = make([]float64, len(pm[k]))
					}
					cnt[k]++
					for c := range cm[k] {
						cm[k][c] += pm[k][c]
					}
				}
			}
			for k := range cm {
				for c := range cm[k] {
					cm[k][c] /= float64(cnt[k])
				}
			}
		}
	}
	for q := range qs.g {
		var sc []float64
		if vec != nil {
			var p []float64
			if cm != nil {
				p = m.ClassWeights.at(qs, q)
			}
			sc = make([]float64, g.n)
			for c := range sc {
				if absent[c] {
					continue
				}
				if !m.ClassOnly {
					sc[c] = dotF(vec[c], qs.g[q])
				}
				if cm != nil {
					sc[c] += m.ClassBeta * classTerm(cm, p, c)
				}
			}
		} else {
			sc = m.scalar(g, absent, qs.pred[q])
		}
		out[q] = m.Rule.weights(sc)
	}
	return out
}

func weightsOf(sc []float64) []float64 {
	var z float64
	for _, s := range sc {
		if s > 0 {
			z += s
		}
	}
	w := make([]float64, len(sc))
	if z == 0 {
		return w
	}
	for c, s := range sc {
		if s > 0 {
			w[c] = s / z
		}
	}
	return w
}
