package quality

import (
	"fmt"
	"math/rand/v2"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/inference/mnist"
)

// Kinds of contributors in the evaluation Datanet (besides Clean and
// Mislabeled).
const (
	Duplicate     Kind = "duplicate"        // an exact copy of a clean contributor's records
	NearDuplicate Kind = "near-duplicate"   // a clean contributor's records with small pixel noise
	Noise         Kind = "noise"            // uniform random pixels, uniform random labels
	OffDist       Kind = "off-distribution" // upright (unrotated) digits, right labels
)

// EvalKinds lists the evaluation's kinds in report order.
var EvalKinds = []Kind{Clean, Duplicate, NearDuplicate, Mislabeled, Noise, OffDist}

// NearDupRate and NearDupAmp shape a near-duplicate: each pixel is moved by a
// uniform integer in ±NearDupAmp with probability NearDupRate (clipped).
const (
	NearDupRate = 0.1
	NearDupAmp  = 24
)

// EvalData is the evaluation's Datanet with its planted structure, indexed
// like the Datanet's (id-sorted) contributors.
type EvalData struct {
	D     *datanet.Datanet
	Kinds []Kind
	Orig  []int // for duplicates and near-duplicates the copied contributor, else −1
}

// BuildEval makes the evaluation Datanet from the rotated training digits
// (train) and the same digits upright (upright, same indices): one clean
// contributor per entry of cfg.CleanSizes (two in three hold a single class,
// every third all classes in turn), then duplicates, near-duplicates,
// mislabeled, noise and off-distribution contributors of cfg.OtherSize
// records. Digits are drawn without replacement except for the copies.
func BuildEval(train, upright *mnist.Dataset, cfg EvalConfig) (*EvalData, error) {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0xe7a1))
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
	type rec struct {
		label uint8
		px    []uint8
	}
	type con struct {
		id   string
		kind Kind
		orig string
		recs []rec
	}
	var cons []con
	cycle := func(j int) int { return j % mnist.Classes }
	draw := func(n int, class func(int) int, img *mnist.Dataset) ([]rec, error) {
		var out []rec
		for j := range n {
			i, err := take(class(j))
			if err != nil {
				return nil, err
			}
			out = append(out, rec{train.Labels[i], pixels(img.Images[i])})
		}
		return out, nil
	}
	for i, n := range cfg.CleanSizes {
		class := cycle
		if i%3 != 2 {
			k := i % mnist.Classes
			class = func(int) int { return k }
		}
		recs, err := draw(n, class, train)
		if err != nil {
			return nil, err
		}
		cons = append(cons, con{id: fmt.Sprintf("clean-%02d", i), kind: Clean, recs: recs})
	}
	nClean := len(cons)
	if nClean == 0 && cfg.Duplicates+cfg.NearDuplicates > 0 {
		return nil, fmt.Errorf("%w: copies need clean contributors", ErrBadConfig)
	}
	for j := range cfg.Duplicates {
		o := cons[(7*j)%nClean]
		cons = append(cons, con{id: fmt.Sprintf("dup-%02d", j), kind: Duplicate, orig: o.id, recs: o.recs})
	}
	for j := range cfg.NearDuplicates {
		o := cons[(7*j+3)%nClean]
		var recs []rec
		for _, r := range o.recs {
			px := append([]uint8(nil), r.px...)
			for p := range px {
				if rng.Float64() < NearDupRate {
					px[p] = uint8(min(255, max(0, int(px[p])+rng.IntN(2*NearDupAmp+1)-NearDupAmp)))
				}
			}
			recs = append(recs, rec{r.label, px})
		}
		cons = append(cons, con{id: fmt.Sprintf("neardup-%02d", j), kind: NearDuplicate, orig: o.id, recs: recs})
	}
	for j := range cfg.Mislabeled {
		recs, err := draw(cfg.OtherSize, cycle, train)
		if err != nil {
			return nil, err
		}
		for r := range recs {
			recs[r].label = uint8((int(recs[r].label) + 1 + rng.IntN(mnist.Classes-1)) % mnist.Classes)
		}
		cons = append(cons, con{id: fmt.Sprintf("mislabeled-%02d", j), kind: Mislabeled, recs: recs})
	}
	for j := range cfg.Noise {
		var recs []rec
		for range cfg.OtherSize {
			px := make([]uint8, mnist.Pixels)
			for p := range px {
				px[p] = uint8(rng.IntN(256))
			}
			recs = append(recs, rec{uint8(rng.IntN(mnist.Classes)), px})
		}
		cons = append(cons, con{id: fmt.Sprintf("noise-%02d", j), kind: Noise, recs: recs})
	}
	for j := range cfg.OffDistribution {
		recs, err := draw(cfg.OtherSize, cycle, upright)
		if err != nil {
			return nil, err
		}
		cons = append(cons, con{id: fmt.Sprintf("offdist-%02d", j), kind: OffDist, recs: recs})
	}
	b := datanet.NewBuilder("mnist-eval", mnist.Pixels, mnist.Classes)
	kind, orig := map[string]Kind{}, map[string]string{}
	for _, c := range cons {
		kind[c.id], orig[c.id] = c.kind, c.orig
		for _, r := range c.recs {
			b.Add(c.id, r.label, r.px)
		}
	}
	d, err := b.Build()
	if err != nil {
		return nil, err
	}
	e := &EvalData{D: d}
	for _, c := range d.Contributors {
		e.Kinds = append(e.Kinds, kind[c.ID])
		o := -1
		if id := orig[c.ID]; id != "" {
			o, _ = d.Index(id)
		}
		e.Orig = append(e.Orig, o)
	}
	return e, nil
}

// Queries are held-out clean digits (rotated) with their true labels.
type Queries struct {
	Inputs [][]uint8
	Labels []int
}

// SplitQueries takes, per class in file order, the first valPerClass digits
// of the held-out set as the validation split and testPerClass digits from
// the testFrom-th on as the test split (testFrom ≤ valPerClass: right after
// validation).
func SplitQueries(test *mnist.Dataset, valPerClass, testFrom, testPerClass int) (val, tst Queries) {
	testFrom = max(testFrom, valPerClass)
	count := make([]int, mnist.Classes)
	for i, l := range test.Labels {
		c := count[l]
		count[l]++
		switch {
		case c < valPerClass:
			val.Inputs, val.Labels = append(val.Inputs, pixels(test.Images[i])), append(val.Labels, int(l))
		case c >= testFrom && c < testFrom+testPerClass:
			tst.Inputs, tst.Labels = append(tst.Inputs, pixels(test.Images[i])), append(tst.Labels, int(l))
		}
	}
	return val, tst
}
