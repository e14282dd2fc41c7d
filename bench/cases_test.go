package bench

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/quant"
)

func TestCaseValidate(t *testing.T) {
	for _, tc := range []struct {
		c  Case
		ok bool
	}{
		{Module(784, 64, 8), true},
		{DemoCase(), true},
		{Case{In: 4, Out: 4, Rank: 1}, false},                     // no name
		{Case{Name: "d", Demo: true, In: 3}, false},               // demo with sizes
		{Case{Name: "x", In: 0, Out: 4, Rank: 1}, false},          // no inputs
		{Case{Name: "x", In: 4, Out: 1 << 17, Rank: 1}, false},    // too wide
		{Case{Name: "x", In: 4, Out: 4, Rank: 0}, false},          // no adapter
		{Case{Name: "x", In: 4, Out: 4, Rank: 5}, false},          // rank above min(in, out)
		{Case{Name: "x", In: 4096, Out: 4096, Rank: 2048}, false}, // rank above the cap
	} {
		if err := tc.c.Validate(); (err == nil) != tc.ok {
			t.Errorf("%+v: Validate() = %v, want ok %v", tc.c, err, tc.ok)
		}
	}
}

// Module instances are deterministic and go through the quantization recipe
// with valid shifts and multipliers.
func TestBuildModule(t *testing.T) {
	c := Module(96, 40, 4)
	a, err := build(c)
	if err != nil {
		t.Fatal(err)
	}
	b, err := build(c)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.m.Layers[0].W, b.m.Layers[0].W) || !slices.Equal(a.x, b.x) || !slices.Equal(a.a.Layers[0].B, b.a.Layers[0].B) || a.salt != b.salt {
		t.Fatal("two builds of one case differ")
	}
	l := a.m.Layers[0]
	if l.In != 96 || l.Out != 40 || l.Act != quant.ActNone || !slices.Equal(a.shape, []int{4}) {
		t.Fatalf("layer %d→%d %v, shape %v", l.In, l.Out, l.Act, a.shape)
	}
	if l.Shift < 1 || l.Shift > quant.MaxShift || a.a.Layers[0].M == 0 {
		t.Fatalf("shift %d, M %d", l.Shift, a.a.Layers[0].M)
	}
	// The calibration leaves real outputs: not all zero, not all saturated.
	trs, err := a.m.Forward(context.Background(), a.x, a.a)
	if err != nil {
		t.Fatal(err)
	}
	inside := 0
	for _, y := range trs[0].Y {
		if y != 0 && y != 127 && y != -128 {
			inside++
		}
	}
	if inside < l.Out/2 {
		t.Fatalf("only %d of %d outputs are non-zero and unsaturated: %v", inside, l.Out, trs[0].Y)
	}
	n := a.counts()
	if n != (counts{baseMACs: 96 * 40, adapterMACs: 4 * 136, activations: 40, adapterWeights: 4 * 136}) {
		t.Fatalf("counts %+v", n)
	}
}

func TestBuildDemo(t *testing.T) {
	in, err := build(DemoCase())
	if err != nil {
		t.Fatal(err)
	}
	if len(in.m.Layers) != 2 || !slices.Equal(in.shape, []int{8, 8}) || len(in.x) != 784 {
		t.Fatalf("demo: %d layers, shape %v, %d inputs", len(in.m.Layers), in.shape, len(in.x))
	}
	if n := in.counts(); n.baseMACs != 784*64+64*10 || n.adapterWeights != 8*(784+64)+8*(64+10) || n.activations != 74 {
		t.Fatalf("demo counts %+v", n)
	}
}

// The documented parts of a requantization add up to what the gadget costs.
func TestRequantPartsMatchMeasured(t *testing.T) {
	for _, r := range []gadgets.Requant{
		{FracBits: 43, Act: quant.ActNone, SlackBits: 18},
		{FracBits: 44, Act: quant.ActReLU, SlackBits: 23},
		{FracBits: 45, Act: quant.ActNone, SlackBits: 25},
		{FracBits: 11, Act: quant.ActReLU, SlackBits: 9},
		{FracBits: 16, Act: quant.ActGELU, SlackBits: 8, GELU: quant.GELUTable(4)},
	} {
		got, err := marginalRequant(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if want := requantParts(r); got != float64(want.Total()) {
			t.Errorf("%v s=%d slack=%d: measured %v per output, parts %+v sum to %d", r.Act, r.FracBits, r.SlackBits, got, want, want.Total())
		}
	}
}

func TestRunSkipProve(t *testing.T) {
	rs, err := Run(context.Background(), []Case{Module(32, 16, 2)}, Options{SkipProve: true})
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].Proved() || rs[0].Prove != 0 || rs[0].Constraints == 0 {
		t.Fatalf("%+v", rs[0])
	}
}

func TestRunErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, []Case{Module(32, 16, 2)}, Options{SkipProve: true}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	rs, err := Run(context.Background(), []Case{Module(32, 16, 2), {Name: "bad"}}, Options{SkipProve: true})
	if err == nil || len(rs) != 1 {
		t.Errorf("bad second case: %d results, %v", len(rs), err)
	}
	if _, err := Run(context.Background(), nil, Options{Proves: -1}); err == nil {
		t.Error("negative proof count accepted")
	}
}

func TestDomainAndMedian(t *testing.T) {
	for n, want := range map[int]int{1: 1, 2: 2, 3: 4, 32768: 32768, 32769: 65536, 41877: 65536} {
		if got := domain(n); got != want {
			t.Errorf("domain(%d) = %d, want %d", n, got, want)
		}
	}
	if m := median([]time.Duration{3, 1, 2}); m != 2 {
		t.Errorf("median %v", m)
	}
	if m := median([]time.Duration{4, 1, 3, 2}); m != 2 {
		t.Errorf("median of four %v", m)
	}
}

func TestMachineParsers(t *testing.T) {
	cpu := []byte("processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n")
	if got := cpuModel(cpu); got != "AMD EPYC 7B13" {
		t.Errorf("cpuModel = %q", got)
	}
	if got := cpuModel([]byte("garbage")); got != "" {
		t.Errorf("cpuModel(garbage) = %q", got)
	}
	if got := memTotal([]byte("MemFree: 1 kB\nMemTotal:       24576000 kB\n")); got != 24576000*1024 {
		t.Errorf("memTotal = %d", got)
	}
	if got := memTotal([]byte("MemTotal: lots kB\n")); got != 0 {
		t.Errorf("memTotal(bad) = %d", got)
	}
	for in, want := range map[string]float64{"2.63 2.36 1.46 5/118 29665\n": 2.63, "": -1, "x 1 2": -1, "-3 1 1": -1} {
		if got := parseLoadAvg([]byte(in)); got != want {
			t.Errorf("parseLoadAvg(%q) = %v, want %v", in, got, want)
		}
	}
	m := Describe()
	if m.Cores < 1 || m.GoVersion == "" || m.OS == "" {
		t.Errorf("Describe() = %+v", m)
	}
}
