// Package bench measures openproof's inference circuit end to end: for a
// LoRA module of a given shape, or the embedded demo model, it builds the
// real circuit (circuits/lora), compiles, sets up, proves and verifies it
// with package prover (the Solidity-target Groth16 pipeline the CLI uses),
// and attributes the constraints to base MACs, adapter MACs, requantized
// activations and committed adapter weights by compiling the gadgets alone
// (see Breakdown). The steps are prover/pipeline's (CompileInference,
// NewWitness, Prove), timed one by one. Markdown and PlotSVG render the results for
// bench/results.md; UpdateSection writes one generated section of that file
// and leaves the others alone.
//
// Times are wall-clock on whatever else the machine is running: Result
// records the 1-minute load average when each case starts.
package bench

import (
	"context"
	"fmt"
	"slices"
	"time"

	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// Options control Run.
type Options struct {
	// SkipProve measures constraints only: no setup, proof or verification.
	SkipProve bool
	// Proves is how many proofs each case makes; Result.Prove is their
	// median (default 1).
	Proves int
	// Backend proves; nil means prover.CPU().
	Backend prover.Backend
	// Progress, if set, receives one line per phase.
	Progress func(string)
}

// Result is the measurement of one case.
type Result struct {
	Case    Case
	Circuit string // lora.Name of the circuit
	Backend string // "" when not proved

	Constraints int
	Domain      int // the Groth16 FFT domain: the smallest power of two ≥ Constraints
	Wires       int
	Breakdown   Breakdown

	LoadAvg1 float64 // 1-minute load average when the case started; −1 unknown

	Compile, Setup, Witness, Prove, Verify time.Duration
	// ProveRuns proofs were made: Prove is their median, ProveMin and
	// ProveMax their spread (on a shared machine the minimum is the closest
	// to the unloaded time).
	ProveRuns          int
	ProveMin, ProveMax time.Duration

	// HeapPeak is the Go heap's peak (runtime/metrics heap objects, sampled
	// every 10 ms) from compile to verify. MaxRSS is the process's RSS
	// high-water mark (getrusage) after the case: it never decreases, so
	// with cases run smallest first it is the peak of the largest so far.
	HeapPeak, MaxRSS uint64

	// Proof sizes in bytes: gnark's compressed encoding (WriteTo) and the
	// Solidity verifier's calldata layout (MarshalSolidity).
	ProofCompressed, ProofSolidity int
}

// Proved reports whether the result includes setup, proof and verification.
func (r *Result) Proved() bool { return r.Backend != "" }

// DomainFill is Constraints/Domain: how much of the FFT domain is used.
func (r *Result) DomainFill() float64 { return ratio(r.Constraints, r.Domain) }

// Run measures each case in order. It stops at the first error, returning
// the results so far.
func Run(ctx context.Context, cases []Case, opts Options) ([]Result, error) {
	if opts.Proves == 0 {
		opts.Proves = 1
	}
	if opts.Proves < 0 {
		return nil, fmt.Errorf("bench: %d proofs per case", opts.Proves)
	}
	if opts.Backend == nil {
		opts.Backend = prover.CPU()
	}
	var out []Result
	for _, c := range cases {
		r, err := runCase(ctx, c, opts)
		if err != nil {
			return out, fmt.Errorf("bench: case %s: %w", c.Name, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func runCase(ctx context.Context, c Case, opts Options) (Result, error) {
	progress := func(format string, args ...any) {
		if opts.Progress != nil {
			opts.Progress(c.Name + ": " + fmt.Sprintf(format, args...))
		}
	}
	res := Result{Case: c, LoadAvg1: loadAvg1()}
	progress("building model and adapter (load average %.2f)", res.LoadAvg1)
	in, err := build(c)
	if err != nil {
		return res, err
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}

	peak := startHeapPeak()
	defer peak.stop()

	res.Circuit = pipeline.InferenceName(in.m, in.a, nil)
	progress("compiling %s", res.Circuit)
	cc, err := pipeline.CompileInference(ctx, in.m, in.a, nil)
	if err != nil {
		return res, err
	}
	res.Compile = cc.Time
	res.Constraints = cc.Constraints()
	res.Domain = domain(res.Constraints)
	nbInternal, nbSecret, nbPublic := cc.CCS.GetNbVariables()
	res.Wires = nbInternal + nbSecret + nbPublic
	progress("%d constraints (domain 2^%d) in %v", res.Constraints, log2(res.Domain), res.Compile.Round(time.Millisecond))

	if !opts.SkipProve {
		if err := prove(ctx, &res, in, cc, opts, progress); err != nil {
			return res, err
		}
	}
	res.HeapPeak = peak.stop()
	res.MaxRSS = maxRSS()

	progress("attributing constraints (compiling the gadgets alone)")
	if res.Breakdown, err = breakdown(ctx, in, res.Constraints); err != nil {
		return res, err
	}
	return res, nil
}

// prove runs setup, builds the witness, makes opts.Proves proofs (each
// checked against the verifying key, as every prove path does) and records
// the last check as the verification time.
func prove(ctx context.Context, res *Result, in *instance, cc *pipeline.Compiled, opts Options, progress func(string, ...any)) error {
	progress("development setup")
	start := time.Now()
	pk, vk, err := prover.DevSetup(ctx, cc.CCS)
	if err != nil {
		return err
	}
	res.Setup = time.Since(start)
	keys := &keystore.Keys{Name: cc.Name, Digest: cc.Digest, PK: pk, VK: vk, Made: true, SetupTime: res.Setup}
	progress("setup done in %v", res.Setup.Round(time.Millisecond))

	start = time.Now()
	assignment, err := lora.Assign(in.m, in.shape, in.x, in.a, commit.AdapterKey{Salt: in.salt, Owner: commit.DemoKey().Owner})
	if err != nil {
		return fmt.Errorf("witness: %w", err)
	}
	full, _, err := pipeline.NewWitness(assignment)
	if err != nil {
		return err
	}
	res.Witness = time.Since(start)

	var p *pipeline.Proof
	times := make([]time.Duration, 0, opts.Proves)
	for i := range opts.Proves {
		progress("proving (%d of %d) with %s", i+1, opts.Proves, opts.Backend.Name())
		if p, err = pipeline.Prove(ctx, opts.Backend, cc, keys, full); err != nil {
			return err
		}
		times = append(times, p.ProveTime)
		progress("proved in %v", times[i].Round(time.Millisecond))
	}
	res.Prove, res.ProveRuns = median(times), len(times)
	res.ProveMin, res.ProveMax = slices.Min(times), slices.Max(times)
	res.Backend = opts.Backend.Name()
	res.Verify = p.VerifyTime

	bp, ok := p.Proof.(*groth16_bn254.Proof)
	if !ok {
		return fmt.Errorf("proof is %T, want a BN254 Groth16 proof", p.Proof)
	}
	var n countWriter
	if _, err := bp.WriteTo(&n); err != nil {
		return fmt.Errorf("encode proof: %w", err)
	}
	res.ProofCompressed = int(n)
	res.ProofSolidity = len(bp.MarshalSolidity())
	progress("verified in %v; proof %d bytes (%d in Solidity layout)", res.Verify.Round(time.Microsecond), res.ProofCompressed, res.ProofSolidity)
	return nil
}

// median of a non-empty list (the lower middle for an even count).
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// countWriter counts the bytes written to it.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

// domain is the smallest power of two ≥ n (gnark's Groth16 setup takes
// fft.NewDomain(constraints)).
func domain(n int) int {
	d := 1
	for d < n {
		d <<= 1
	}
	return d
}
