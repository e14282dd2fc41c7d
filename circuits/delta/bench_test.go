package delta_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/pipeline"
)

// Benchmarks of one module at real dimensions, for 1, 16 and 128 tokens.
// Each sub-benchmark plans the module into proofs of at most MaxProof
// constraints, compiles the first part (when its estimate is at most
// -delta.compile-max) and reports its constraints and the adapter
// commitment's and activation digests' share of them; with -delta.prove it
// also runs the dev setup and proves that part (ns/op is one proof). Run
// one cell per process so that peak-rss-MiB (VmHWM) belongs to it, e.g.
//
//	go test ./circuits/delta -run '^$' -bench 'Delta/llama4096/T1/pinned$' -benchtime 1x -delta.prove
var (
	benchProve      = flag.Bool("delta.prove", false, "benchmarks: set up and prove (slow)")
	benchCompileMax = flag.Int("delta.compile-max", 1<<22, "benchmarks: compile only parts estimated at most this size")
)

// MaxProof is the largest proof the benchmarks plan: just under 2^23, with
// room for the estimate's error.
const MaxProof = 1<<23 - 1<<20

type benchModule struct {
	name string
	spec peftgen.Spec
}

var benchModules = []benchModule{
	{"gpt2-c_attn", peftgen.GPT2CAttn(1)},
	{"llama4096", peftgen.LlamaQV("llama-2-7b", 4096, 1)},
	{"llama8192", peftgen.LlamaQV("llama-3-70b", 8192, 1)},
}

func BenchmarkDelta(b *testing.B) {
	for _, bm := range benchModules {
		spec := bm.spec
		spec.Modules = spec.Modules[:1]
		for _, T := range []int{1, 16, 128} {
			for _, binding := range []delta.Binding{delta.Hashed, delta.Fingerprinted} {
				for _, pinnedMode := range []bool{false, true} {
					kind := "committed"
					if pinnedMode {
						kind = "pinned"
					}
					if binding == delta.Fingerprinted {
						kind += "-fp"
					}
					b.Run(fmt.Sprintf("%s/T%d/%s", bm.name, T, kind), func(b *testing.B) {
						benchCell(b, spec, T, pinnedMode, binding)
					})
				}
			}
		}
	}
}

func benchCell(b *testing.B, spec peftgen.Spec, tokens int, pinnedMode bool, binding delta.Binding) {
	// b.Loop drops metrics reported before it: collect them, report at the end.
	metrics := map[string]float64{}
	report := func(v float64, unit string) { metrics[unit] = v }
	defer func() {
		for unit, v := range metrics {
			b.ReportMetric(v, unit)
		}
	}()
	ctx := context.Background()
	pa, err := peftgen.Adapter(spec, 1)
	if err != nil {
		b.Fatal(err)
	}
	tr, qa, err := peftgen.Trace(ctx, spec, pa, tokens, 2)
	if err != nil {
		b.Fatal(err)
	}
	shapes, err := delta.Plan(tr, MaxProof, delta.Auto, binding)
	if err != nil {
		b.Fatal(err)
	}
	s := shapes[0]
	if pinnedMode {
		s.Mode = delta.Direct
	}
	report(float64(len(shapes)), "proofs")
	report(float64(s.Tokens), "tokens/proof")
	salt := commit.AdapterKey{Salt: commit.Uint(3), Owner: commit.DemoKey().Owner}
	var c *delta.Circuit
	if pinnedMode {
		c, err = delta.NewPinned(s, qa, salt)
	} else {
		c, err = delta.New(s)
	}
	if err != nil {
		b.Fatal(err)
	}
	est := estimate(c)
	report(float64(est), "est-constraints")
	if est > *benchCompileMax {
		return // too large to compile here: the estimate is all it reports
	}
	t0 := time.Now()
	ccs, err := prover.Compile(ctx, c)
	if err != nil {
		b.Fatal(err)
	}
	report(time.Since(t0).Seconds(), "compile-s")
	n := ccs.GetNbConstraints()
	report(float64(n), "constraints")
	report(float64(ccs.GetNbInternalVariables()+ccs.GetNbSecretVariables()+ccs.GetNbPublicVariables()), "wires")
	adapterPerms, actPerms := hashPerms(c)
	per := permCost(b)
	report(float64(adapterPerms*per)/float64(n), "adapter-hash-share")
	report(float64(actPerms*per)/float64(n), "activation-hash-share")
	report(float64(adapterPerms+actPerms), "hashes")
	if !*benchProve {
		return
	}
	t0 = time.Now()
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		b.Fatal(err)
	}
	report(time.Since(t0).Seconds(), "setup-s")
	var assignment *delta.Circuit
	if pinnedMode {
		assignment, err = delta.AssignPinned(s, tr, qa, salt)
	} else {
		assignment, err = delta.Assign(s, tr, qa, salt)
	}
	if err != nil {
		b.Fatal(err)
	}
	load0 := loadAvg()
	cpu0 := cpuSeconds()
	iters := 0
	b.ResetTimer()
	for b.Loop() {
		iters++
		// With the Fingerprinted binding this includes the solve that
		// reveals the challenge (Bind).
		pub, _ := assignment.Public()
		proof, err := pipeline.ProveDeltaAssigned(ctx, prover.CPU(), ccs, pk, assignment, tr, &pub)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		w, err := delta.PublicWitness(s, pub)
		if err != nil {
			b.Fatal(err)
		}
		if err := prover.Verify(vk, proof, w); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	// CPU time includes the untimed verification (milliseconds); on a shared
	// machine cpu-s/op over the core count bounds the uncontended wall time
	// from below.
	report((cpuSeconds()-cpu0)/float64(iters), "cpu-s/op")
	report(load0, "load1-before")
	report(loadAvg(), "load1-after")
	report(peakRSS(), "peak-rss-MiB")
}

// estimate is Shape.Estimate, less the adapter work a pinned circuit skips.
func estimate(c *delta.Circuit) int {
	s := c.Shape()
	n := s.Estimate()
	if c.Pinned() {
		for _, m := range s.Group {
			n -= m.Rank*(m.In+m.Out) + 5 + s.Tokens*(m.Rank*m.In+m.Rank+m.Out*m.Rank)
			n -= (3 + (m.Rank*m.In+30)/31 + (m.Rank*m.Out+30)/31 + 2) / 3 * 265
		}
	}
	return n
}

// hashPerms counts the Poseidon2 permutations of the adapter commitment and
// of the two activation digests of a circuit.
func hashPerms(c *delta.Circuit) (adapter, act int) {
	s := c.Shape()
	perms := func(elems int) int { return (elems + 2) / 3 }
	ae, xe, ye := 3, 4, 4
	for _, m := range s.Group {
		ae += 3 + (m.Rank*m.In+30)/31 + (m.Rank*m.Out+30)/31
		xe += 2 + (s.Tokens*m.In+30)/31
		ye += 2 + (4*s.Tokens*m.Out+30)/31
	}
	if c.Pinned() {
		ae = 0
	}
	if s.Binding == delta.Fingerprinted {
		return perms(ae), 0
	}
	return perms(ae), perms(xe) + perms(ye)
}

type permCircuit struct{ X []frontend.Variable }

func (c *permCircuit) Define(api frontend.API) error {
	h, err := commit.HashVars(api, c.X...)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(h, 0)
	return nil
}

// permCost measures the constraints of one Poseidon2 permutation of
// commit.HashVars as the difference of 6 and 3 absorbed variables.
func permCost(b *testing.B) int {
	count := func(n int) int {
		ccs, err := prover.Compile(context.Background(), &permCircuit{X: make([]frontend.Variable, n)})
		if err != nil {
			b.Fatal(err)
		}
		return ccs.GetNbConstraints()
	}
	return count(6) - count(3)
}

// cpuSeconds returns the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func loadAvg() float64 {
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

// peakRSS returns the process's peak resident set (VmHWM) in MiB, or the
// Go heap's system memory where /proc is unavailable.
func peakRSS() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				if kb, err := strconv.ParseFloat(strings.Fields(line)[1], 64); err == nil {
					return kb / 1024
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.Sys) / (1 << 20)
}

// BenchmarkFreivaldsVsDirect compiles one module for T tokens both ways:
// the constraint counts of Freivalds' check against T separate products.
func BenchmarkFreivaldsVsDirect(b *testing.B) {
	for _, T := range []int{1, 4, 16} {
		for _, mode := range []delta.Mode{delta.Direct, delta.Freivalds} {
			b.Run(fmt.Sprintf("768x2304r8/T%d/%v", T, mode), func(b *testing.B) {
				s := delta.Shape{NModules: 1, Tokens: T, Mode: mode, Group: []delta.Module{{In: 768, Out: 2304, Rank: 8, Shift: 6}}}
				c, err := delta.New(s)
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					ccs, err := prover.Compile(context.Background(), c)
					if err != nil {
						b.Fatal(err)
					}
					b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
				}
			})
		}
	}
}
