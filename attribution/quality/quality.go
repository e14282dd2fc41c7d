// Package quality measures the attribution method on MNIST: it builds a
// Datanet with planted structure (clean single-digit contributors, clean
// mixed ones, mislabeled ones, noisy ones), trains the adapter on it with
// provenance, attributes held-out digits and compares with ground truth.
//
// Metrics (issue §6):
//   - planted influence: for a clean test digit of class k, the contributor
//     with the largest weight holds clean class-k data (a clean single-digit
//     or mixed contributor with class-k records); share of test digits;
//   - leave-one-out: retrain without each contributor (same seed and
//     options), Δ_c = test loss without c − test loss with everyone (float
//     model, mean cross-entropy on the clean test digits); Spearman rank
//     correlation (average ranks for ties) between Δ_c and c's mean weight;
//   - mislabeled share: the weight mislabeled contributors receive, as a
//     share of all weight given on the clean test digits.
//
// It also reports the fixed-point error: the same attributions computed by
// influence.Reference in float64 (float model and adapter, same prediction
// label), compared weight by weight.
package quality

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/mnist"
	"github.com/openproof/openproof/inference/model"
)

// Kind is a contributor's planted role.
type Kind string

// Kinds of contributors.
const (
	Clean      Kind = "clean"      // one digit class, correct labels
	Mixed      Kind = "mixed"      // all classes, correct labels
	Mislabeled Kind = "mislabeled" // all classes, every label wrong (uniform over the other nine)
	Noisy      Kind = "noisy"      // all classes, correct labels, NoiseRate of pixels replaced by uniform bytes
)

// NoiseRate is the share of pixels a noisy contributor's images have replaced.
const NoiseRate = 0.3

// Config sizes an experiment.
type Config struct {
	Seed           uint64
	PerContributor int // records per contributor
	Mixed          int // clean mixed contributors (besides the ten single-digit ones)
	Mislabeled     int
	Noisy          int
	TestPerClass   int // clean held-out test digits per class
	Train          provenance.TrainOptions
	Params         influence.Params
	LeaveOneOut    bool
}

// Truth is the planted structure, indexed like the Datanet's contributors.
type Truth struct {
	Kinds []Kind
	// Holds[c][k]: contributor c holds clean, correctly labelled class-k data.
	Holds [][]bool
}

// Build makes the Datanet from a (rotated) training set: ten clean
// contributors "clean-d<k>", then "mixed-<i>", "mislabeled-<i>", "noisy-<i>".
// Digits are drawn without replacement, so no two contributors share one.
func Build(train *mnist.Dataset, cfg Config) (*datanet.Datanet, *Truth, error) {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x51a17))
	pool := make([][]int, mnist.Classes)
	for i, l := range train.Labels {
		pool[l] = append(pool[l], i)
	}
	for k := range pool {
		rng.Shuffle(len(pool[k]), func(a, b int) { pool[k][a], pool[k][b] = pool[k][b], pool[k][a] })
	}
	take := func(k int) (int, error) {
		if len(pool[k]) == 0 {
			return 0, fmt.Errorf("quality: ran out of digits of class %d", k)
		}
		i := pool[k][0]
		pool[k] = pool[k][1:]
		return i, nil
	}
	b := datanet.NewBuilder("mnist-quality", mnist.Pixels, mnist.Classes)
	kinds := map[string]Kind{}
	holds := map[string][]bool{}
	add := func(id string, kind Kind, class func(j int) int, label func(k int) int, noise bool) error {
		kinds[id] = kind
		holds[id] = make([]bool, mnist.Classes)
		for j := range cfg.PerContributor {
			k := class(j)
			i, err := take(k)
			if err != nil {
				return err
			}
			px := pixels(train.Images[i])
			if noise {
				for p := range px {
					if rng.Float64() < NoiseRate {
						px[p] = uint8(rng.IntN(256))
					}
				}
			}
			l := label(k)
			if (kind == Clean || kind == Mixed) && l == k {
				holds[id][k] = true
			}
			b.Add(id, uint8(l), px)
		}
		return nil
	}
	same := func(k int) int { return k }
	for k := range mnist.Classes {
		if err := add(fmt.Sprintf("clean-d%d", k), Clean, func(int) int { return k }, same, false); err != nil {
			return nil, nil, err
		}
	}
	cycle := func(j int) int { return j % mnist.Classes }
	for i := range cfg.Mixed {
		if err := add(fmt.Sprintf("mixed-%d", i), Mixed, cycle, same, false); err != nil {
			return nil, nil, err
		}
	}
	for i := range cfg.Mislabeled {
		wrong := func(k int) int { return (k + 1 + rng.IntN(mnist.Classes-1)) % mnist.Classes }
		if err := add(fmt.Sprintf("mislabeled-%d", i), Mislabeled, cycle, wrong, false); err != nil {
			return nil, nil, err
		}
	}
	for i := range cfg.Noisy {
		if err := add(fmt.Sprintf("noisy-%d", i), Noisy, cycle, same, true); err != nil {
			return nil, nil, err
		}
	}
	d, err := b.Build()
	if err != nil {
		return nil, nil, err
	}
	t := &Truth{}
	for _, c := range d.Contributors {
		t.Kinds = append(t.Kinds, kinds[c.ID])
		t.Holds = append(t.Holds, holds[c.ID])
	}
	return d, t, nil
}

func pixels(img []float32) []uint8 {
	out := make([]uint8, len(img))
	for i, v := range img {
		out[i] = uint8(math.Round(float64(v) * 255))
	}
	return out
}

// TestSet picks perClass digits of every class from a (rotated) test set,
// in file order.
func TestSet(test *mnist.Dataset, perClass int) (inputs [][]uint8, labels []int) {
	count := make([]int, mnist.Classes)
	for i, l := range test.Labels {
		if count[l] < perClass {
			count[l]++
			inputs = append(inputs, pixels(test.Images[i]))
			labels = append(labels, int(l))
		}
	}
	return inputs, labels
}

// Report holds the measured figures.
type Report struct {
	SketchDim       int
	Contributors    int
	Records         int
	TestDigits      int
	TrainLoss       []float64
	TestLoss        float64 // float model, full Datanet
	QuantAccuracy   float64 // quantized model on the test digits
	FloatAccuracy   float64 // float model on the test digits
	Planted         float64 // share of test digits whose top contributor holds their class
	PlantedCorrect  float64 // the same among the digits the quantized model classifies correctly
	MislabeledShare float64
	NoisyShare      float64
	ZeroWeight      int // test digits with no positive score
	Spearman        float64
	IDs             []string
	Kinds           []Kind
	MeanWeight      []float64 // ppm, per contributor over the test digits
	DeltaLoss       []float64 // leave-one-out Δ test loss (nil without LeaveOneOut)
	// Fixed point against float64.
	WeightErrMeanPPM, WeightErrMaxPPM float64
	TopAgree                          float64 // share of test digits with the same top contributor
	SketchRelErr                      float64 // mean relative L2 error of the contributor sketches
	TestRelErr                        float64 // mean relative L2 error of the test sketches
}

// Run executes the experiment on the MNIST training and test sets (already
// rotated for the adapter's task) with the frozen base model.
func Run(ctx context.Context, base *model.Model, train, test *mnist.Dataset, cfg Config) (*Report, error) {
	d, truth, err := Build(train, cfg)
	if err != nil {
		return nil, err
	}
	res, err := provenance.Train(ctx, base, d, cfg.Train, cfg.Params)
	if err != nil {
		return nil, err
	}
	inputs, labels := TestSet(test, cfg.TestPerClass)
	r := &Report{SketchDim: res.Plan.Dim(), Contributors: len(d.Contributors), Records: d.Records(), TestDigits: len(inputs), TrainLoss: res.Artifacts.Training.Losses, Kinds: truth.Kinds}
	for _, c := range d.Contributors {
		r.IDs = append(r.IDs, c.ID)
	}
	if r.TestLoss, err = provenance.Loss(base, res.Adapter, inputs, labels); err != nil {
		return nil, err
	}
	ref, err := influence.NewReference(res.Plan, base, res.Adapter)
	if err != nil {
		return nil, err
	}
	refSk, err := ref.Contributors(ctx, d)
	if err != nil {
		return nil, err
	}
	sk := res.Artifacts.Sketches()
	for c := range sk {
		r.SketchRelErr += relErr(sk[c], refSk[c]) / float64(len(sk))
	}
	n := len(d.Contributors)
	r.MeanWeight = make([]float64, n)
	var total, misW, noisyW float64
	planted, plantedOK, agree, correct := 0, 0, 0, 0
	for i, in := range inputs {
		att, err := artifacts.Attribute(ctx, res.Plan, res.Artifacts, res.Plan.Input(in))
		if err != nil {
			return nil, err
		}
		if att.Prediction == labels[i] {
			correct++
		}
		trs, err := res.Plan.Model.Forward(ctx, res.Plan.Input(in), res.Plan.Adapter)
		if err != nil {
			return nil, err
		}
		g, err := res.Plan.TestGradient(trs)
		if err != nil {
			return nil, err
		}
		fg, err := ref.Gradient(ref.Input(in), att.Prediction)
		if err != nil {
			return nil, err
		}
		r.TestRelErr += relErr(g.Sketch, fg) / float64(len(inputs))
		if z := ref.Predict(ref.Input(in)); argmaxF(z) == labels[i] {
			r.FloatAccuracy += 1 / float64(len(inputs))
		}
		fw := influence.WeightsFloat(influence.ScoresFloat(fg, refSk))
		top, ftop := argmax(att.Weights), argmax(fw)
		if top == ftop {
			agree++
		}
		for c, w := range att.Weights {
			e := math.Abs(float64(w) - float64(fw[c]))
			r.WeightErrMeanPPM += e / float64(n*len(inputs))
			r.WeightErrMaxPPM = max(r.WeightErrMaxPPM, e)
			r.MeanWeight[c] += float64(w) / float64(len(inputs))
			total += float64(w)
			switch truth.Kinds[c] {
			case Mislabeled:
				misW += float64(w)
			case Noisy:
				noisyW += float64(w)
			}
		}
		if att.RemainderTo < 0 {
			r.ZeroWeight++
		} else if truth.Holds[top][labels[i]] {
			planted++
			if att.Prediction == labels[i] {
				plantedOK++
			}
		}
	}
	r.QuantAccuracy = float64(correct) / float64(len(inputs))
	r.Planted = float64(planted) / float64(len(inputs))
	if correct > 0 {
		r.PlantedCorrect = float64(plantedOK) / float64(correct)
	}
	r.TopAgree = float64(agree) / float64(len(inputs))
	if total > 0 {
		r.MislabeledShare, r.NoisyShare = misW/total, noisyW/total
	}
	if cfg.LeaveOneOut {
		r.DeltaLoss = make([]float64, n)
		for c := range n {
			o := cfg.Train
			o.Exclude = []int{c}
			a, _, err := provenance.FitAdapter(ctx, base, d, o)
			if err != nil {
				return nil, fmt.Errorf("leave out %s: %w", d.Contributors[c].ID, err)
			}
			l, err := provenance.Loss(base, a, inputs, labels)
			if err != nil {
				return nil, err
			}
			r.DeltaLoss[c] = l - r.TestLoss
		}
		r.Spearman = Spearman(r.DeltaLoss, r.MeanWeight)
	}
	return r, nil
}

func argmax(w []uint32) int {
	best := 0
	for i, v := range w {
		if v > w[best] {
			best = i
		}
	}
	return best
}

func argmaxF(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

func relErr(a influence.Sketch, b []float64) float64 {
	var num, den float64
	for i := range b {
		d := float64(a[i]) - b[i]
		num, den = num+d*d, den+b[i]*b[i]
	}
	if den == 0 {
		return 0
	}
	return math.Sqrt(num / den)
}

// Spearman is the rank correlation of x and y (Pearson on average ranks).
func Spearman(x, y []float64) float64 {
	rx, ry := ranks(x), ranks(y)
	n := float64(len(x))
	var mx, my float64
	for i := range rx {
		mx, my = mx+rx[i]/n, my+ry[i]/n
	}
	var sxy, sxx, syy float64
	for i := range rx {
		dx, dy := rx[i]-mx, ry[i]-my
		sxy, sxx, syy = sxy+dx*dy, sxx+dx*dx, syy+dy*dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}
