package pipeline

import (
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
)

// Merge benchmarks at real module sizes. Each plans the module into chunks
// of at most mergeMaxProof constraints (reported as rows/chunk and chunks) and
// compiles and, with -merge.prove, sets up and proves one chunk of
// -merge.rows rows (0: the planned height), reporting constraints per merged
// weight. ns/op is one chunk proof.
//
//	go test ./prover/pipeline -run '^$' -bench 'Merge/llama4096' -benchtime 1x -merge.prove -merge.rows 4
var (
	mergeBenchProve = flag.Bool("merge.prove", false, "benchmarks: set up and prove one chunk (slow)")
	mergeBenchRows  = flag.Int("merge.rows", 0, "benchmarks: rows of the measured chunk (0: as planned)")
)

// mergeMaxProof is the planned chunk size: just under 2^23.
const mergeMaxProof = 1<<23 - 1<<20

func BenchmarkMerge(b *testing.B) {
	for _, sz := range []struct {
		name          string
		in, out, rank int
	}{
		{"gpt2-c_attn", 768, 2304, 8},
		{"llama4096", 4096, 4096, 16},
		{"llama8192", 8192, 8192, 16},
	} {
		b.Run(sz.name, func(b *testing.B) {
			// b.Loop drops metrics reported before it: report at the end.
			metrics := map[string]float64{}
			report := func(v float64, unit string) { metrics[unit] = v }
			defer func() {
				for unit, v := range metrics {
					b.ReportMetric(v, unit)
				}
			}()
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(1, 2))
			r8 := func(n int) []int8 {
				v := make([]int8, n)
				for i := range v {
					v[i] = int8(rng.IntN(255) - 127)
				}
				return v
			}
			l := &quant.Layer{Name: "w", In: sz.in, Out: sz.out, W: r8(sz.in * sz.out)}
			a := &quant.AdapterLayer{Layer: 0, Rank: sz.rank, A: r8(sz.rank * sz.in), B: r8(sz.out * sz.rank), M: 1 << 20}
			m := &merge.Module{NLayers: 1, Layer: l, Adapter: a}
			planned := merge.RowsFor(sz.out, sz.in, sz.rank, mergeMaxProof)
			report(float64(planned), "rows/chunk")
			report(float64((sz.out+planned-1)/planned), "chunks")
			rows := planned
			if *mergeBenchRows > 0 {
				rows = *mergeBenchRows
			}
			shapes, err := m.Shapes(rows)
			if err != nil {
				b.Fatal(err)
			}
			s := shapes[0]
			report(float64(s.Estimate()), "est-constraints")
			c, err := merge.New(s)
			if err != nil {
				b.Fatal(err)
			}
			t0 := time.Now()
			ccs, err := prover.Compile(ctx, c)
			if err != nil {
				b.Fatal(err)
			}
			report(time.Since(t0).Seconds(), "compile-s")
			report(float64(ccs.GetNbConstraints()), "constraints")
			report(float64(ccs.GetNbConstraints())/float64(rows*sz.in), "constraints/weight")
			if !*mergeBenchProve {
				return
			}
			salt := commit.AdapterKey{Salt: commit.Uint(9), Owner: commit.DemoKey().Owner}
			_, st, err := m.Statements(rows, salt)
			if err != nil {
				b.Fatal(err)
			}
			t0 = time.Now()
			pk, vk, err := prover.DevSetup(ctx, ccs)
			if err != nil {
				b.Fatal(err)
			}
			report(time.Since(t0).Seconds(), "setup-s")
			asg, err := m.Assign(s, st.Chunks[0], salt)
			if err != nil {
				b.Fatal(err)
			}
			full, err := frontend.NewWitness(asg, ccs.Field())
			if err != nil {
				b.Fatal(err)
			}
			load0 := mergeLoadAvg()
			b.ResetTimer()
			for b.Loop() {
				proof, err := prover.CPU().Prove(ctx, ccs, pk, full)
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				public, err := merge.PublicWitness(s, st.Chunks[0])
				if err != nil {
					b.Fatal(err)
				}
				if err := prover.Verify(vk, proof, public); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.StopTimer()
			report(load0, "load1-before")
			report(mergeLoadAvg(), "load1-after")
			report(mergePeakRSS(), "peak-rss-MiB")
		})
	}
}

func mergeLoadAvg() float64 {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	f, err := strconv.ParseFloat(strings.Fields(string(raw))[0], 64)
	if err != nil {
		return -1
	}
	return f
}

func mergePeakRSS() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			if kb, err := strconv.ParseFloat(strings.Fields(line)[1], 64); err == nil {
				return kb / 1024
			}
		}
	}
	return -1
}
