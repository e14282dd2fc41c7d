package lora

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

// attrParams keep the test sketch short (2·K·r per adapted layer).
var attrParams = influence.Params{Seed: 11, K: 2, DeltaBits: 16, SketchBits: 16, NormBits: 12}

// attrFixture is a small model (12 → 6 ReLU → 4) with a rank-2 adapter on
// both layers, a Datanet of four contributors with artifacts, and traces.
type attrFixture struct {
	*fixture
	pl  *influence.Plan
	d   *datanet.Datanet
	art *artifacts.Artifacts
	tr  *trace.Trace
}

var (
	attrOnce sync.Once
	attrFix  *attrFixture
	attrErr  error
	attrCCS  constraint.ConstraintSystem
)

func newAttrFixture(t testing.TB) *attrFixture {
	t.Helper()
	attrOnce.Do(func() { attrFix, attrCCS, attrErr = buildAttrFixture(t) })
	if attrErr != nil {
		t.Fatal(attrErr)
	}
	return attrFix
}

func buildAttrFixture(t testing.TB) (*attrFixture, constraint.ConstraintSystem, error) {
	f := &attrFixture{fixture: newFixture(t, 7, []quant.Activation{quant.ActReLU, quant.ActNone}, []int{2, 2})}
	var err error
	if f.pl, err = influence.NewPlan(f.m, f.a, attrParams); err != nil {
		return nil, nil, err
	}
	rng := rand.New(rand.NewPCG(5, 6))
	b := datanet.NewBuilder("t", 12, 4)
	for i := range 24 {
		px := make([]uint8, 12)
		for j := range px {
			px[j] = uint8(rng.IntN(256))
		}
		b.Add(fmt.Sprintf("c%d", i%4), uint8(i%4), px)
	}
	if f.d, err = b.Build(); err != nil {
		return nil, nil, err
	}
	if f.art, err = artifacts.Sketch(context.Background(), f.pl, f.d); err != nil {
		return nil, nil, err
	}
	// An input whose weights need the rounding remainder and give it to
	// a contributor, so the remainder tests change something.
	for seed := uint64(0); seed < 200; seed++ {
		r := rand.New(rand.NewPCG(seed, 1))
		f.x = gadgetstest.Rand8(r, 12)
		if f.trs, err = f.m.Forward(context.Background(), f.x, f.a); err != nil {
			return nil, nil, err
		}
		if f.tr, err = trace.New(f.m, f.a, f.key, f.x, f.trs); err != nil {
			return nil, nil, err
		}
		_, att, err := AssignAttributedFromTrace(f.m, f.tr, f.art)
		if err != nil {
			return nil, nil, err
		}
		if left := leftover(att); left > 0 {
			c, err := NewAttributed(f.m, f.shape, f.pl, 4, len(f.art.Contribs))
			if err != nil {
				return nil, nil, err
			}
			ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
			return f, ccs, err
		}
	}
	return nil, nil, errors.New("no input has a rounding remainder")
}

// leftover is the rounding remainder the top contributor received.
func leftover(a *Attribution) int64 {
	if a.RemainderTo < 0 {
		return 0
	}
	pos := make([]*big.Int, len(a.Scores))
	z := new(big.Int)
	for c, s := range a.Scores {
		pos[c] = new(big.Int)
		if s.Sign() > 0 {
			pos[c].Set(s)
		}
		z.Add(z, pos[c])
	}
	var sum int64
	for _, p := range pos {
		q := new(big.Int).Mul(p, big.NewInt(influence.PPM))
		sum += q.Quo(q, z).Int64()
	}
	return influence.PPM - sum
}

func (f *attrFixture) assign(t testing.TB) (*AttributedCircuit, *Attribution) {
	t.Helper()
	c, a, err := AssignAttributedFromTrace(f.m, f.tr, f.art)
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

func bigFr(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func TestAttributedHonestAndShape(t *testing.T) {
	f := newAttrFixture(t)
	c, a := f.assign(t)
	t.Logf("%d constraints, sketch dimension %d, %d contributors, weights %v", attrCCS.GetNbConstraints(), f.pl.Dim(), len(a.Weights), a.Weights)
	if err := attrCCS.IsSolved(gadgetstest.Witness(t, c)); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	if n := len(attrCCS.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
		t.Fatalf("%d Groth16 commitments, want 1", n)
	}
	w := gadgetstest.Witness(t, c)
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	vec := pub.Vector().(fr.Vector)
	want := []fr.Element{toFr(c.ModelDigest), toFr(c.AdapterCommitment), toFr(c.InputDigest), toFr(c.OutputDigest), a.Root, influence.Digest(a.Weights)}
	if len(vec) != len(want) {
		t.Fatalf("%d public inputs, want 6", len(vec))
	}
	for i := range want {
		if !vec[i].Equal(&want[i]) {
			t.Fatalf("public input %d is %s, want %s", i, vec[i].String(), want[i].String())
		}
	}
	// The four shared public inputs are the plain circuit's.
	plain, err := AssignFromTrace(f.m, f.tr)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range []frontend.Variable{plain.ModelDigest, plain.AdapterCommitment, plain.InputDigest, plain.OutputDigest} {
		if e := toFr(v); !e.Equal(&vec[i]) {
			t.Fatalf("public input %d differs from the plain circuit's", i)
		}
	}
	var sum uint32
	for _, x := range a.Weights {
		sum += x
	}
	if sum != influence.PPM {
		t.Fatalf("weights %v sum to %d", a.Weights, sum)
	}
}

// Each change of a public input or a committed value, everything else
// honest, must leave the attributed circuit unsatisfiable.
func TestAttributedSoundness(t *testing.T) {
	f := newAttrFixture(t)
	_, honest := f.assign(t)
	otherInput := func() *Attribution {
		x := append([]int8(nil), f.x...)
		x[0] ^= 0x55
		trs, err := f.m.Forward(context.Background(), x, f.a)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := trace.New(f.m, f.a, f.key, x, trs)
		if err != nil {
			t.Fatal(err)
		}
		_, a, err := AssignAttributedFromTrace(f.m, tr, f.art)
		if err != nil {
			t.Fatal(err)
		}
		if influence.Digest(a.Weights) == influence.Digest(honest.Weights) {
			t.Fatal("the other input has the same weights: pick another")
		}
		return a
	}
	tests := []struct {
		name string
		mut  func(c *AttributedCircuit)
	}{
		{"public model_digest", func(c *AttributedCircuit) { c.ModelDigest = plusOne(c.ModelDigest) }},
		{"public adapter_commitment", func(c *AttributedCircuit) { c.AdapterCommitment = plusOne(c.AdapterCommitment) }},
		{"public input_digest", func(c *AttributedCircuit) { c.InputDigest = plusOne(c.InputDigest) }},
		{"public output_digest", func(c *AttributedCircuit) { c.OutputDigest = plusOne(c.OutputDigest) }},
		{"public datanet_root", func(c *AttributedCircuit) { c.DatanetRoot = plusOne(c.DatanetRoot) }},
		{"public attribution_digest", func(c *AttributedCircuit) { c.AttributionDigest = plusOne(c.AttributionDigest) }},
		{"changed weight", func(c *AttributedCircuit) {
			w := append([]uint32(nil), honest.Weights...)
			i := honest.RemainderTo
			w[i]--
			w[(i+1)%len(w)]++
			c.AttributionDigest = bigFr(influence.Digest(w))
		}},
		{"wrong remainder: to another contributor", func(c *AttributedCircuit) {
			w := append([]uint32(nil), honest.Weights...)
			left := uint32(leftover(honest))
			i := honest.RemainderTo
			w[i] -= left
			w[(i+1)%len(w)] += left
			c.AttributionDigest = bigFr(influence.Digest(w))
		}},
		{"wrong remainder: dropped", func(c *AttributedCircuit) {
			w := append([]uint32(nil), honest.Weights...)
			w[honest.RemainderTo] -= uint32(leftover(honest))
			c.AttributionDigest = bigFr(influence.Digest(w))
		}},
		{"contributor dropped from the list", func(c *AttributedCircuit) {
			c.AttributionDigest = bigFr(influence.Digest(honest.Weights[:len(honest.Weights)-1]))
		}},
		{"weights of another input", func(c *AttributedCircuit) {
			c.AttributionDigest = bigFr(influence.Digest(otherInput().Weights))
		}},
		{"changed contributor sketch", func(c *AttributedCircuit) {
			c.Sketch[1][0] = f.art.Contribs[1].Sketch[0] + 1
		}},
		{"changed data commitment", func(c *AttributedCircuit) { c.Data[2] = plusOne(c.Data[2]) }},
		{"different Datanet root", func(c *AttributedCircuit) {
			data := f.d.Commitments()
			data[3].SetUint64(12345)
			coms := make([]fr.Element, len(f.art.Contribs))
			for i, con := range f.art.Contribs {
				coms[i], _ = f.pl.Commitment(con.Sketch)
			}
			r, err := datanet.RootOf(12, 4, data, coms)
			if err != nil {
				t.Fatal(err)
			}
			c.DatanetRoot = bigFr(r)
		}},
		{"Datanet root without sketches", func(c *AttributedCircuit) {
			r, err := datanet.RootOf(12, 4, f.d.Commitments(), nil)
			if err != nil {
				t.Fatal(err)
			}
			c.DatanetRoot = bigFr(r)
		}},
		{"changed adapter weight", func(c *AttributedCircuit) {
			c.Adapter[1].B[0] = plusOne(c.Adapter[1].B[0])
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := f.assign(t)
			tc.mut(c)
			if err := attrCCS.IsSolved(gadgetstest.Witness(t, c)); err == nil {
				t.Fatal("circuit accepted the change")
			}
		})
	}
}

func TestAttributedRejectsBadArtifacts(t *testing.T) {
	f := newAttrFixture(t)
	clone := func() *artifacts.Artifacts {
		a := *f.art
		a.Contribs = append([]artifacts.ContributorInfo(nil), f.art.Contribs...)
		for i := range a.Contribs {
			a.Contribs[i].Sketch = append(influence.Sketch(nil), a.Contribs[i].Sketch...)
		}
		return &a
	}
	tests := map[string]func(a *artifacts.Artifacts){
		"contributor dropped": func(a *artifacts.Artifacts) { a.Contribs = a.Contribs[:3] },
		"sketch changed":      func(a *artifacts.Artifacts) { a.Contribs[0].Sketch[0]++ },
		"sketch shorter":      func(a *artifacts.Artifacts) { a.Contribs[0].Sketch = a.Contribs[0].Sketch[1:] },
		"other params":        func(a *artifacts.Artifacts) { a.Params.Seed++ },
		"other classes":       func(a *artifacts.Artifacts) { a.Datanet.Classes = 10 },
		"other root":          func(a *artifacts.Artifacts) { a.Datanet.Root = a.Datanet.DataRoot },
		"other rank":          func(a *artifacts.Artifacts) { a.Training.Rank = 8 },
	}
	for name, mut := range tests {
		t.Run(name, func(t *testing.T) {
			a := clone()
			mut(a)
			if _, _, err := AssignAttributedFromTrace(f.m, f.tr, a); !errors.Is(err, ErrBadInput) {
				t.Fatalf("error %v, want ErrBadInput", err)
			}
		})
	}
	base := *f.tr
	base.Adapter = nil
	if _, _, err := AssignAttributedFromTrace(f.m, &base, f.art); !errors.Is(err, ErrBadInput) {
		t.Fatalf("trace without adapter: error %v, want ErrBadInput", err)
	}
	if _, err := NewAttributed(f.m, []int{2, 0}, f.pl, 4, 4); !errors.Is(err, ErrBadInput) {
		t.Fatalf("shape unlike the plan: error %v, want ErrBadInput", err)
	}
	if _, err := NewAttributed(f.m, f.shape, f.pl, 4, 0); !errors.Is(err, ErrBadInput) {
		t.Fatalf("no contributors: error %v, want ErrBadInput", err)
	}
}

// Every hint of the attributed circuit is replaced by lying versions, at
// single call sites and at all of them; each lie that changes an output must
// leave the circuit unsatisfiable, and each must change something somewhere.
func TestAttributedMaliciousHints(t *testing.T) {
	f := newAttrFixture(t)
	c, _ := f.assign(t)
	all := map[string][]gadgetstest.Lie{}
	for k, v := range lies {
		all[k] = v
	}
	for k, v := range gadgetstest.AttributionLies {
		all[k] = v
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: attrCCS, Witness: gadgetstest.Witness(t, c), Lies: all,
		Sites: []int64{gadgetstest.AllSites, 0, 1, 5}, SomeSite: true, Lenient: true, FollowPublics: true})
}

func TestAttributedName(t *testing.T) {
	f := newAttrFixture(t)
	got := AttributedName(f.m, f.shape, attrParams, 4)
	if want := "lora-attributed/test-mlp/r2-r2/n4-k2"; got != want {
		t.Fatalf("name %q, want %q", got, want)
	}
	if strings.HasPrefix(got, Name(f.m, f.shape)) {
		t.Fatal("attributed and plain circuits share a name")
	}
}

// BenchmarkAttributedCompile reports the size of the attributed circuit for
// the embedded MNIST model and adapter (r8-r8) with 16 contributors under
// the default attribution parameters, beside the plain circuit's.
func BenchmarkAttributedCompile(b *testing.B) {
	base, err := demo.MNISTBase()
	if err != nil {
		b.Fatal(err)
	}
	ad, err := demo.MNISTAdapter()
	if err != nil {
		b.Fatal(err)
	}
	qm, err := quant.FromModel(base)
	if err != nil {
		b.Fatal(err)
	}
	qa, err := quant.FromPEFT(qm, ad, "demo")
	if err != nil {
		b.Fatal(err)
	}
	pl, err := influence.NewPlan(qm, qa, influence.DefaultParams())
	if err != nil {
		b.Fatal(err)
	}
	shape := qa.Shape(len(qm.Layers))
	for _, n := range []int{0, 1, 16} {
		b.Run(fmt.Sprintf("contributors=%d", n), func(b *testing.B) {
			var c frontend.Circuit
			if n == 0 {
				c, err = New(qm, shape)
			} else {
				c, err = NewAttributed(qm, shape, pl, 10, n)
			}
			if err != nil {
				b.Fatal(err)
			}
			var nb int
			for range b.N {
				ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
				if err != nil {
					b.Fatal(err)
				}
				nb = ccs.GetNbConstraints()
			}
			b.ReportMetric(float64(nb), "constraints")
		})
	}
}
