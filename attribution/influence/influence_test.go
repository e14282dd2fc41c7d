package influence

import (
	"context"
	"math"
	"math/big"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

type fixture struct {
	base *model.Model
	ad   *peft.Adapter
	pl   *Plan
	ref  *Reference
	ins  [][]uint8
	labs []int
}

// demoDir holds the embedded demo's files. The test reads them from disk:
// package demo imports this one, so importing it here would be a cycle.
var demoDir = filepath.Join("..", "..", "demo", "mnist")

func load(t testing.TB) *fixture {
	t.Helper()
	base, err := model.Load(filepath.Join(demoDir, "base"))
	if err != nil {
		t.Fatal(err)
	}
	ad, err := peft.Load(filepath.Join(demoDir, "adapter"))
	if err != nil {
		t.Fatal(err)
	}
	qm, err := quant.FromModel(base)
	if err != nil {
		t.Fatal(err)
	}
	qa, err := quant.FromPEFT(qm, ad, "demo")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := NewPlan(qm, qa, DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	ref, err := NewReference(pl, base, ad)
	if err != nil {
		t.Fatal(err)
	}
	s, err := mnist.Load(filepath.Join(demoDir, "samples.bin"))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{base: base, ad: ad, pl: pl, ref: ref}
	for i, img := range s.Images {
		in := make([]uint8, len(img))
		for j, v := range img {
			in[j] = uint8(math.Round(float64(v) * 255))
		}
		f.ins = append(f.ins, in)
		f.labs = append(f.labs, int(s.Labels[i]))
	}
	return f
}

// Each sketch entry is a directional derivative of the loss (the projection
// row as the direction), so central finite differences of the float loss
// check the reference's gradient formula, including back-propagation
// through fc2's adapter into fc1.
func TestReferenceMatchesFiniteDifferences(t *testing.T) {
	f := load(t)
	x := f.ref.Input(f.ins[3])
	label := (f.labs[3] + 1) % 10 // a wrong label: large gradients
	sk, err := f.ref.Gradient(x, label)
	if err != nil {
		t.Fatal(err)
	}
	G := math.Ldexp(1, int(f.pl.P.SketchBits))
	K := f.pl.P.K
	for _, b := range f.pl.Blocks {
		mod := f.ref.layers[b.Layer].lora
		for _, kt := range [][2]int{{0, 0}, {3, 5}, {7, 7}} {
			k, tt := kt[0], kt[1]
			for _, side := range []string{"B", "A"} {
				var params []float32
				var dir []float64
				var idx int
				if side == "B" {
					params, idx = mod.B, b.Offset+k*b.R+tt
					dir = make([]float64, len(params))
					for i := range b.Out {
						dir[i*b.R+tt] = float64(b.POut[k*b.Out+i])
					}
				} else {
					params, idx = mod.A, b.Offset+K*b.R+tt*K+k
					dir = make([]float64, len(params))
					for j := range b.In {
						dir[tt*b.In+j] = float64(b.PIn[k*b.In+j])
					}
				}
				orig := slices.Clone(params)
				const eps = 1e-3
				loss := func(sign float64) float64 {
					for i := range params {
						params[i] = float32(float64(orig[i]) + sign*eps*dir[i])
					}
					return f.ref.Loss(x, label)
				}
				fd := (loss(1) - loss(-1)) / (2 * eps)
				copy(params, orig)
				got := sk[idx] / G
				if math.Abs(got-fd) > 2e-3*math.Max(1, math.Abs(fd)) {
					t.Errorf("layer %d %s[%d,%d]: sketch %.6g, finite difference %.6g", b.Layer, side, k, tt, got, fd)
				}
			}
		}
	}
}

// The fixed-point test gradient approximates the float one; the error is
// dominated by the int8 logits (exponent 2: steps of 0.25 before softmax).
func TestFixedPointTracksReference(t *testing.T) {
	f := load(t)
	var worst, sum float64
	for i, in := range f.ins[:32] {
		trs, err := f.pl.Model.Forward(context.Background(), f.pl.Input(in), f.pl.Adapter)
		if err != nil {
			t.Fatal(err)
		}
		g, err := f.pl.TestGradient(trs)
		if err != nil {
			t.Fatal(err)
		}
		fg, err := f.ref.Gradient(f.ref.Input(in), g.Label)
		if err != nil {
			t.Fatal(err)
		}
		var num, den float64
		for j := range fg {
			d := float64(g.Sketch[j]) - fg[j]
			num, den = num+d*d, den+fg[j]*fg[j]
		}
		cos := cosine(g.Sketch, fg)
		if cos < 0.8 {
			t.Errorf("sample %d: cosine(fixed, float) = %.3f", i, cos)
		}
		rel := math.Sqrt(num / den)
		worst = max(worst, rel)
		sum += rel
	}
	t.Logf("relative L2 error of the test sketch: mean %.3f, worst %.3f", sum/32, worst)
	if sum/32 > 0.3 {
		t.Errorf("mean relative error %.3f above 0.3", sum/32)
	}
}

func cosine(a Sketch, b []float64) float64 {
	var ab, aa, bb float64
	for i := range b {
		x := float64(a[i])
		ab, aa, bb = ab+x*b[i], aa+x*x, bb+b[i]*b[i]
	}
	return ab / math.Sqrt(aa*bb)
}

func TestWeights(t *testing.T) {
	bi := func(v ...int64) []*big.Int {
		out := make([]*big.Int, len(v))
		for i, x := range v {
			out[i] = big.NewInt(x)
		}
		return out
	}
	tests := []struct {
		name   string
		scores []*big.Int
		want   []uint32
		top    int
	}{
		{"proportional", bi(1, 1, 2), []uint32{250_000, 250_000, 500_000}, 2},
		{"negatives earn nothing", bi(-5, 3, 1), []uint32{0, 750_000, 250_000}, 1},
		{"remainder to the largest", bi(1, 1, 1), []uint32{333_334, 333_333, 333_333}, 0},
		{"tie to lowest index", bi(2, 3, 3, 1), []uint32{222_222, 333_334, 333_333, 111_111}, 1},
		{"all non-positive", bi(0, -1, -7), []uint32{0, 0, 0}, -1},
		{"single", bi(42), []uint32{1_000_000}, 0},
		{"huge", []*big.Int{new(big.Int).Lsh(big.NewInt(1), 200), big.NewInt(1)}, []uint32{1_000_000, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, top := Weights(tt.scores)
			if !slices.Equal(w, tt.want) || top != tt.top {
				t.Fatalf("Weights = %v (top %d), want %v (top %d)", w, top, tt.want, tt.top)
			}
		})
	}
}

func TestDigestAndCommitmentBind(t *testing.T) {
	d := Digest([]uint32{500_000, 500_000, 0})
	for _, w := range [][]uint32{{500_000, 0, 500_000}, {500_000, 500_000}, {500_000, 500_000, 0, 0}, {499_999, 500_001, 0}} {
		if Digest(w) == d {
			t.Errorf("digest of %v equals that of [500000 500000 0]", w)
		}
	}
	f := load(t)
	s := make(Sketch, f.pl.Dim())
	s[5] = -3
	c, err := f.pl.Commitment(s)
	if err != nil {
		t.Fatal(err)
	}
	s[5] = -2
	c2, _ := f.pl.Commitment(s)
	if c == c2 {
		t.Error("commitment ignores a sketch value")
	}
	s[0] = 1 << MaxAbsBits
	if _, err := f.pl.Commitment(s); err == nil {
		t.Error("committed an out-of-range value")
	}
	p := *f.pl
	p.P.Seed++
	s[0] = 0
	c3, _ := p.Commitment(s)
	if c3 == c2 {
		t.Error("commitment ignores the projection seed")
	}
}

// Contributors sums normalized example sketches, and the scores of the
// embedded digits favour the contributor holding digits of the same class.
func TestContributorsAndScores(t *testing.T) {
	f := load(t)
	b := datanet.NewBuilder("emb", 784, 10)
	for i, in := range f.ins {
		b.Add([]string{"low", "high"}[min(f.labs[i]/5, 1)], uint8(f.labs[i]), in)
	}
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	sk, err := f.pl.Contributors(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	// d.Contributors: "high" (digits 5–9), "low" (0–4).
	agree := 0
	for i, in := range f.ins {
		trs, _ := f.pl.Model.Forward(context.Background(), f.pl.Input(in), f.pl.Adapter)
		g, err := f.pl.TestGradient(trs)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := Scores(g.Sketch, sk)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := Weights(sc)
		if s := w[0] + w[1]; s != PPM && s != 0 {
			t.Fatalf("weights %v do not sum to 10^6", w)
		}
		want := 1
		if f.labs[i] >= 5 {
			want = 0
		}
		if w[want] > w[1-want] {
			agree++
		}
	}
	t.Logf("%d of %d embedded digits weight their own half more", agree, len(f.ins))
	if agree < len(f.ins)*3/4 {
		t.Errorf("only %d of %d digits favour the contributor with their class", agree, len(f.ins))
	}
	if _, err := f.pl.Contributors(context.Background(), &datanet.Datanet{}); err == nil {
		t.Error("accepted an invalid Datanet")
	}
}

func TestNewPlanRejects(t *testing.T) {
	f := load(t)
	if _, err := NewPlan(f.pl.Model, nil, DefaultParams()); err == nil {
		t.Error("accepted no adapter")
	}
	p := DefaultParams()
	p.K = 0
	if _, err := NewPlan(f.pl.Model, f.pl.Adapter, p); err == nil {
		t.Error("accepted K = 0")
	}
	m := *f.pl.Model
	m.Layers = slices.Clone(m.Layers)
	m.Layers[1].Act = quant.ActReLU
	if _, err := NewPlan(&m, f.pl.Adapter, DefaultParams()); err == nil {
		t.Error("accepted a last layer with an activation")
	}
	if _, err := f.pl.Gradient(nil, 0); err == nil {
		t.Error("accepted an empty trace")
	}
}

// The exponential table is part of the statement: pin it.
func TestExpTablePinned(t *testing.T) {
	tb := ExpTable(2, 24)
	if tb[0] != 1<<24 || tb[4] != 6171993 || tb[255] != 0 {
		t.Fatalf("table %d %d %d", tb[0], tb[4], tb[255])
	}
	var h uint64
	for _, v := range tb {
		h = h*1000003 + uint64(v)
	}
	if h != 1995082143315398560 {
		t.Fatalf("table hash %d changed: the exponential table is part of the proven statement", h)
	}
}
