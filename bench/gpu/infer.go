package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"time"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/cuda"
	"github.com/openproof/openproof/inference/quant"
)

// inferRow is one inference check: the CPU runtime (quant.Model.Forward, inputs in
// parallel on all cores) against inference/cuda on the same batch.
type inferRow struct {
	name      string
	batch     int
	macs      int64 // multiply-accumulates per input
	cpu, gpu  time.Duration
	load      time.Duration // uploading the base weights (once per model)
	identical int           // inputs whose traces are identical in every rep
	total     int
}

func runInfer(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("infer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "gpu-results", "results directory (writes infer.md)")
	dim := fs.Int("dim", 4096, "width of the large square layer")
	rank := fs.Int("rank", 16, "LoRA rank on the large layer")
	batch := fs.Int("batch", 64, "inputs per batch on the large layer")
	reps := fs.Int("reps", 5, "timed repetitions (medians reported)")
	if err := fs.Parse(args); err != nil {
		return usageErr("%v", err)
	}
	if *dim < 1 || *dim > 32768 || *rank < 1 || *rank > *dim || *batch < 1 || *batch > cuda.MaxBatch || *reps < 1 {
		return usageErr("-dim %d -rank %d -batch %d -reps %d out of range", *dim, *rank, *batch, *reps)
	}
	opts, err := cuda.OptionsFromEnv(nil)
	if err != nil {
		return err
	}
	dev, err := cuda.Open(opts)
	if err != nil {
		return err
	}
	progress := func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	progress("device: %s", dev.Name())

	q, qa, xs, err := demoInputs()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(2026, 6))
	bq, ba, bxs := largeLayer(rng, *dim, *rank, *batch)

	var rows []inferRow
	var errs []error
	for _, c := range []struct {
		name string
		q    *quant.Model
		a    *quant.Adapter
		xs   [][]int8
	}{
		{fmt.Sprintf("demo %s + LoRA r8 (%d embedded digits)", q.Name, len(xs)), q, qa, xs},
		{fmt.Sprintf("demo %s, base model only", q.Name), q, nil, xs},
		{fmt.Sprintf("%d×%d layer + LoRA r%d", *dim, *dim, *rank), bq, ba, bxs},
	} {
		r, err := checkInference(ctx, dev, c.name, c.q, c.a, c.xs, *reps)
		if err != nil {
			return err
		}
		progress("%s: CPU %s, GPU %s, %d/%d traces identical", r.name, human(r.cpu), human(r.gpu), r.identical, r.total)
		if r.identical != r.total {
			errs = append(errs, fmt.Errorf("%s: %d of %d traces differ from the CPU runtime's", r.name, r.total-r.identical, r.total))
		}
		rows = append(rows, r)
	}
	kernel, err := kernelThroughput(dev, rng, *dim, *batch, *reps)
	if err != nil {
		return err
	}
	progress("%s", kernel)
	if err := writeFile(filepath.Join(*out, "infer.md"), func(w io.Writer) error {
		return writeInferMarkdown(w, dev.Name(), rows, kernel, *reps)
	}); err != nil {
		return err
	}
	return errors.Join(errs...)
}

func demoInputs() (*quant.Model, *quant.Adapter, [][]int8, error) {
	base, err := demo.MNISTBase()
	if err != nil {
		return nil, nil, nil, err
	}
	q, err := quant.FromModel(base)
	if err != nil {
		return nil, nil, nil, err
	}
	ad, err := demo.MNISTAdapter()
	if err != nil {
		return nil, nil, nil, err
	}
	qa, err := quant.FromPEFT(q, ad, "embedded:mnist-rot90-lora")
	if err != nil {
		return nil, nil, nil, err
	}
	samples, err := demo.MNISTSamples()
	if err != nil {
		return nil, nil, nil, err
	}
	xs := make([][]int8, samples.Len())
	for i, img := range samples.Images {
		xs[i] = quant.QuantizeInput(img, q.InputExp)
	}
	return q, qa, xs, nil
}

// largeLayer is one dim×dim ReLU layer with random int8 weights, a random rank-r
// adapter and random inputs, its shift chosen so that outputs spread over int8.
func largeLayer(rng *rand.Rand, dim, rank, batch int) (*quant.Model, *quant.Adapter, [][]int8) {
	r8 := func(n int, lim int) []int8 {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(rng.IntN(2*lim+1) - lim)
		}
		return v
	}
	// |acc| ≈ √dim·73² for uniform int8 weights and inputs: aim at |y| ≈ 64.
	shift := int(math.Round(math.Log2(math.Sqrt(float64(dim)) * 73 * 73 / 64)))
	shift = min(max(shift, 1), quant.MaxShift)
	l := quant.Layer{Name: "large", In: dim, Out: dim, W: r8(dim*dim, 127), Bias: make([]int32, dim),
		WExp: 7, InExp: 4, Shift: uint(shift), Act: quant.ActReLU}
	l.OutExp = l.InExp + l.WExp - shift
	for i := range l.Bias {
		l.Bias[i] = int32(rng.IntN(4001) - 2000)
	}
	q := &quant.Model{Name: fmt.Sprintf("random-%d", dim), InputExp: 4, Layers: []quant.Layer{l}}
	a := &quant.Adapter{Name: "random-lora", Layers: []quant.AdapterLayer{{Layer: 0, Rank: rank,
		A: r8(rank*dim, 127), B: r8(dim*rank, 127), M: uint32(1<<20 + rng.IntN(1<<22))}}}
	xs := make([][]int8, batch)
	for i := range xs {
		xs[i] = r8(dim, 128)
	}
	return q, a, xs
}

// cpuForward runs quant.Model.Forward on every input, in parallel on all cores.
func cpuForward(ctx context.Context, q *quant.Model, a *quant.Adapter, xs [][]int8) ([][]*quant.LayerTrace, error) {
	out := make([][]*quant.LayerTrace, len(xs))
	errs := make([]error, len(xs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = q.Forward(ctx, xs[i], a)
			}
		}()
	}
	for i := range xs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, errors.Join(errs...)
}

func checkInference(ctx context.Context, dev *cuda.Device, name string, q *quant.Model, a *quant.Adapter, xs [][]int8, reps int) (inferRow, error) {
	r := inferRow{name: name, batch: len(xs), total: len(xs)}
	for i, l := range q.Layers {
		r.macs += int64(l.In) * int64(l.Out)
		if al := a.ForLayer(i); al != nil {
			r.macs += int64(al.Rank) * int64(l.In+l.Out)
		}
	}
	var want [][]*quant.LayerTrace
	var cpu []time.Duration
	for i := 0; i < reps; i++ {
		start := time.Now()
		trs, err := cpuForward(ctx, q, a, xs)
		if err != nil {
			return r, fmt.Errorf("%s: CPU forward: %w", name, err)
		}
		cpu = append(cpu, time.Since(start))
		want = trs
	}
	start := time.Now()
	m, err := dev.Load(q)
	if err != nil {
		return r, fmt.Errorf("%s: %w", name, err)
	}
	defer m.Close()
	r.load = time.Since(start)
	same := make([]bool, len(xs))
	for i := range same {
		same[i] = true
	}
	var gpu []time.Duration
	for i := 0; i < reps; i++ {
		start := time.Now()
		got, err := m.Forward(ctx, xs, a)
		if err != nil {
			return r, fmt.Errorf("%s: GPU forward: %w", name, err)
		}
		gpu = append(gpu, time.Since(start))
		for b := range xs {
			same[b] = same[b] && reflect.DeepEqual(got[b], want[b])
		}
	}
	for _, s := range same {
		if s {
			r.identical++
		}
	}
	r.cpu, r.gpu = median(cpu), median(gpu)
	return r, nil
}

// kernelThroughput times the raw product of a dim×dim int8 matrix with batch
// vectors (host→device copy of the inputs and device→host copy of the sums
// included) against the same sums on the CPU, and checks that they agree.
func kernelThroughput(dev *cuda.Device, rng *rand.Rand, dim, batch, reps int) (string, error) {
	w := make([]int8, dim*dim)
	xs := make([]int8, batch*dim)
	for i := range w {
		w[i] = int8(rng.IntN(256) - 128)
	}
	for i := range xs {
		xs[i] = int8(rng.IntN(256) - 128)
	}
	mat, err := dev.Upload(w, dim, dim)
	if err != nil {
		return "", err
	}
	defer mat.Free()
	var gpu, cpu []time.Duration
	var got []int32
	for i := 0; i < reps; i++ {
		start := time.Now()
		if got, err = mat.Mul(xs, batch); err != nil {
			return "", err
		}
		gpu = append(gpu, time.Since(start))
	}
	want := make([]int64, batch*dim)
	for i := 0; i < reps; i++ {
		start := time.Now()
		var wg sync.WaitGroup
		for b := 0; b < batch; b++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				x := xs[b*dim : (b+1)*dim]
				for r := 0; r < dim; r++ {
					var s int64
					for c, v := range w[r*dim : (r+1)*dim] {
						s += int64(v) * int64(x[c])
					}
					want[b*dim+r] = s
				}
			}()
		}
		wg.Wait()
		cpu = append(cpu, time.Since(start))
	}
	for i := range want {
		if int64(got[i]) != want[i] {
			return "", fmt.Errorf("raw %d×%d product: output %d is %d on the GPU, %d on the CPU", dim, dim, i, got[i], want[i])
		}
	}
	macs := float64(batch) * float64(dim) * float64(dim)
	g, c := median(gpu), median(cpu)
	return fmt.Sprintf("raw int8 product, %d×%d matrix × %d vectors (%.2f G MAC): GPU %s = %.1f GMAC/s (input and output copies included), "+
		"CPU (Go, %d threads) %s = %.2f GMAC/s; sums identical", dim, dim, batch, macs/1e9, human(g), macs/g.Seconds()/1e9,
		runtime.GOMAXPROCS(0), human(c), macs/c.Seconds()/1e9), nil
}

func writeInferMarkdown(w io.Writer, device string, rows []inferRow, kernel string, reps int) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("### GPU inference (inference/cuda) against the CPU runtime\n\n")
	p("- Device: %s\n", device)
	for _, n := range machineNotes() {
		p("- %s\n", n)
	}
	p("- Method: CPU is quant.Model.Forward, inputs in parallel on %d threads; GPU is cuda.Model.Forward, the batch's "+
		"W0·x and A·x in one kernel call per layer (copies included), the rest through quant's functions on the CPU. "+
		"Medians of %d runs.\n\n", runtime.GOMAXPROCS(0), reps)
	p("| case | batch | MAC per input | CPU | GPU | CPU inputs/s | GPU inputs/s | speedup | weights upload | traces identical |\n")
	p("|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		p("| %s | %d | %s | %s | %s | %.0f | %.0f | %s | %s | %d/%d |\n", r.name, r.batch, thousands(int(r.macs)),
			human(r.cpu), human(r.gpu), float64(r.batch)/r.cpu.Seconds(), float64(r.batch)/r.gpu.Seconds(),
			speedupText(r.cpu.Seconds()/r.gpu.Seconds()), human(r.load), r.identical, r.total)
	}
	p("\n%s.\n", kernel)
	return nil
}
