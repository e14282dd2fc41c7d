package influence

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// PPM is the total of a non-zero weight vector.
const PPM = 1_000_000

// Domain tags.
const (
	TagSketch      = "openproof/attribution/sketch/v1"
	TagAttribution = "openproof/attribution/v1"
)

// Input converts a Datanet input (bytes v, real value v/255, the same float32
// that inference/mnist computes) into the model's int8 input.
func (pl *Plan) Input(in []uint8) []int8 {
	x := make([]float32, len(in))
	for i, v := range in {
		x[i] = float32(v) / 255
	}
	return quant.QuantizeInput(x, pl.Model.InputExp)
}

// Contributors returns each contributor's sketch: the sum of its examples'
// normalized Gradient sketches at their labels.
func (pl *Plan) Contributors(ctx context.Context, d *datanet.Datanet) ([]Sketch, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if d.InputDim != pl.Model.Layers[0].In {
		return nil, fmt.Errorf("%w: Datanet input_dim %d, model takes %d", ErrBadInput, d.InputDim, pl.Model.Layers[0].In)
	}
	out := make([]Sketch, len(d.Contributors))
	for c, con := range d.Contributors {
		sum := make(Sketch, pl.dim)
		for j, e := range con.Examples {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			g, err := pl.Example(ctx, pl.Input(e.Input), int(e.Label))
			if err != nil {
				return nil, fmt.Errorf("contributor %q record %d: %w", con.ID, j, err)
			}
			for i, v := range pl.Normalize(g.Sketch) {
				sum[i] += v // |v| ≤ 2^U ≤ 2^24 and ≤ 2^15 additions between checks: no overflow
			}
			if j%(1<<15) == 0 {
				if err := sum.Check(); err != nil {
					return nil, fmt.Errorf("contributor %q: %w", con.ID, err)
				}
			}
		}
		if err := sum.Check(); err != nil {
			return nil, fmt.Errorf("contributor %q: %w", con.ID, err)
		}
		out[c] = sum
	}
	return out, nil
}

// Normalize returns round(2^U·v/⌊‖v‖⌋) entrywise (package doc), zero for v = 0.
func (pl *Plan) Normalize(v Sketch) Sketch {
	var ss, t big.Int
	for _, x := range v {
		ss.Add(&ss, t.Mul(big.NewInt(x), big.NewInt(x)))
	}
	n := new(big.Int).Sqrt(&ss)
	out := make(Sketch, len(v))
	if n.Sign() == 0 {
		return out
	}
	den := new(big.Int).Lsh(n, 1)
	var num big.Int
	for i, x := range v {
		num.Lsh(big.NewInt(x), pl.P.NormBits+1)
		num.Add(&num, n)
		// |result| ≤ 2^U + 1: fits int64.
		out[i] = floorDiv(&num, den).Int64()
	}
	return out
}

// floorDiv is ⌊a/b⌋ for b > 0 (big.Int.Div is Euclidean, which equals floor then).
func floorDiv(a, b *big.Int) *big.Int { return new(big.Int).Div(a, b) }

// Check reports a value outside [−2^MaxAbsBits, 2^MaxAbsBits), the range a
// circuit checks (v + 2^47 fits 48 bits).
func (s Sketch) Check() error {
	for i, v := range s {
		if v >= 1<<MaxAbsBits || v < -(1<<MaxAbsBits) {
			return fmt.Errorf("%w: sketch value %d = %d outside [−2^%d, 2^%d)", ErrBadInput, i, v, MaxAbsBits, MaxAbsBits)
		}
	}
	return nil
}

// Commitment is the sketch commitment K_c that enters the Datanet leaf:
// Hash(tag, seed, K, F, G, U, dim, Pack48(v + 2^47)…), dim the committed
// length; with the class term (Params.ClassTerm) the class values C follow
// as Pack24(C + 2^23)… (ClassBits). The smoothed class term
// (Params.ClassSoft) replaces the tag by SketchTag's, which names the
// statement and its parameters.
func (pl *Plan) Commitment(s Sketch) (fr.Element, error) {
	if len(s) != pl.CommittedDim() {
		return fr.Element{}, fmt.Errorf("%w: sketch has %d values, plan %d", ErrBadInput, len(s), pl.CommittedDim())
	}
	if err := s[:pl.base].Check(); err != nil {
		return fr.Element{}, err
	}
	if err := CheckClass(s[pl.base:]); err != nil {
		return fr.Element{}, err
	}
	u := make([]uint64, pl.base)
	for i, v := range s[:pl.base] {
		u[i] = uint64(v + 1<<MaxAbsBits)
	}
	pre := []fr.Element{commit.Tag(pl.SketchTag()), commit.Uint(pl.P.Seed), commit.Uint(uint64(pl.P.K)),
		commit.Uint(uint64(pl.P.DeltaBits)), commit.Uint(uint64(pl.P.SketchBits)), commit.Uint(uint64(pl.P.NormBits)), commit.Uint(uint64(len(s)))}
	pre = append(pre, commit.Pack(u, MaxAbsBits+1)...)
	if pl.classes > 0 {
		c := make([]uint64, pl.classes)
		for i, v := range s[pl.base:] {
			c[i] = uint64(v + 1<<(ClassBits-1))
		}
		pre = append(pre, commit.Pack(c, ClassBits)...)
	}
	return commit.Hash(pre...), nil
}

// CheckClass reports a class value outside [−2^(ClassBits−1), 2^(ClassBits−1)).
func CheckClass(c []int64) error {
	for k, v := range c {
		if v >= 1<<(ClassBits-1) || v < -(1<<(ClassBits-1)) {
			return fmt.Errorf("%w: class value %d = %d outside [−2^%d, 2^%d)", ErrBadInput, k, v, ClassBits-1, ClassBits-1)
		}
	}
	return nil
}

// Scores returns ⟨S_c, T⟩ for every contributor.
func Scores(test Sketch, contrib []Sketch) ([]*big.Int, error) {
	out := make([]*big.Int, len(contrib))
	for c, s := range contrib {
		if len(s) != len(test) {
			return nil, fmt.Errorf("%w: contributor %d sketch has %d values, test %d", ErrBadInput, c, len(s), len(test))
		}
		acc := new(big.Int)
		var t big.Int
		for i, v := range s {
			acc.Add(acc, t.Mul(big.NewInt(v), big.NewInt(test[i])))
		}
		out[c] = acc
	}
	return out, nil
}

// Weights normalizes scores to parts per million (rule in the package doc).
// It also returns the index that received the remainder (−1 when all are 0).
func Weights(scores []*big.Int) ([]uint32, int) {
	pos := make([]*big.Int, len(scores))
	total := new(big.Int)
	top := -1
	for c, s := range scores {
		pos[c] = new(big.Int)
		if s.Sign() > 0 {
			pos[c].Set(s)
		}
		total.Add(total, pos[c])
		if pos[c].Sign() > 0 && (top < 0 || pos[c].Cmp(pos[top]) > 0) {
			top = c
		}
	}
	w := make([]uint32, len(scores))
	if total.Sign() == 0 {
		return w, -1
	}
	var sum uint32
	var q big.Int
	for c, p := range pos {
		q.Mul(p, big.NewInt(PPM))
		q.Quo(&q, total)
		w[c] = uint32(q.Uint64())
		sum += w[c]
	}
	w[top] += PPM - sum
	return w, top
}

// DigestSlotBits is the width of one (c, w_c) entry of the attribution
// digest: c·2^20 + w_c with w_c ≤ 10^6 < 2^20 and c < 2^28 (a Datanet has at
// most datanet.MaxRecords = 2^22 contributors).
const DigestSlotBits = 48

// Digest is the attribution digest, a public input of the proof:
// Hash(tag, n, Pack(c·2^20 + w_c for c = 0…n−1, 48 bits)), five entries per
// field element, so that a Solidity contract recomputing it on chain hashes a
// fifth as many elements as one entry per element would need.
func Digest(weights []uint32) fr.Element {
	entries := make([]uint64, len(weights))
	for c, w := range weights {
		entries[c] = uint64(c)<<20 | uint64(w)
	}
	pre := []fr.Element{commit.Tag(TagAttribution), commit.Uint(uint64(len(weights)))}
	return commit.Hash(append(pre, commit.Pack(entries, DigestSlotBits)...)...)
}
