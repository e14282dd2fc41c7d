// Command gpubench measures openproof on a GPU machine; bench/gpu.sh builds it and
// runs it there (see that script for the whole procedure).
//
//	gpubench prove  [-sizes 16-22] [-reps 3] [-accel icicle] [-out DIR] [-note TEXT]...
//	gpubench report [-out DIR]
//	gpubench infer  [-out DIR] [-dim 4096] [-rank 16] [-batch 64] [-reps 5]
//
// prove measures end-to-end Groth16 prove time of chain circuits of exactly 2^k
// constraints with gnark's CPU prover on all cores and with the accelerated backend
// (prover.NewBackend, so the binary must be built with -tags icicle; the ICICLE
// device comes from OPENPROOF_ICICLE_DEVICE, CUDA by default). Every proof is
// verified. Rows are merged into DIR/prove.csv as each size finishes (re-running a
// size replaces its row), and DIR/prove.md (table, notes, CSV for bench/results.md)
// and DIR/prove.svg (plot) are rewritten from it. report rewrites those two from the
// CSV alone. infer runs inference/cuda (binary built with -tags cuda, kernel library
// from OPENPROOF_CUDA_LIB) against the CPU runtime on the demo model's 64 embedded
// digits and on a dim×dim layer with a LoRA adapter, requires identical traces, and
// writes DIR/infer.md with throughput figures and the raw kernel's GMAC/s.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/consensys/gnark/logger"

	"github.com/openproof/openproof/prover"
)

func main() {
	// gnark logs every proof at debug level; the progress lines here say enough.
	logger.Disable()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gpubench:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// notes collects repeated -note flags.
type notes []string

func (n *notes) String() string     { return strings.Join(*n, "; ") }
func (n *notes) Set(v string) error { *n = append(*n, v); return nil }

func run(ctx context.Context, args []string, stderr io.Writer) error {
	if len(args) == 0 {
		return usageErr("want a command: prove, report or infer")
	}
	switch args[0] {
	case "prove":
		return runProve(ctx, args[1:], stderr)
	case "report":
		return runReport(args[1:], stderr)
	case "infer":
		return runInfer(ctx, args[1:], stderr)
	}
	return usageErr("unknown command %q: want prove, report or infer", args[0])
}

func runProve(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("prove", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "16-22", "log2 constraint counts: a range 16-22 or a list 16,18,20")
	reps := fs.Int("reps", 3, "CPU proofs per size, and accelerated proofs after the first")
	accelName := fs.String("accel", "icicle", "accelerated backend (prover.NewBackend name)")
	out := fs.String("out", "gpu-results", "results directory")
	var ns notes
	fs.Var(&ns, "note", "a line for the results' notes (repeatable), e.g. the GPU model")
	if err := fs.Parse(args); err != nil {
		return usageErr("%v", err)
	}
	ks, err := parseSizes(*sizes)
	if err != nil {
		return usageErr("-sizes: %v", err)
	}
	if *reps < 1 || *reps > 100 {
		return usageErr("-reps %d: want 1…100", *reps)
	}
	accel, err := prover.NewBackend(*accelName)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	allNotes := append(machineNotes(), ns...)
	if err := writeFile(filepath.Join(*out, "notes.txt"), func(w io.Writer) error {
		_, err := io.WriteString(w, strings.Join(allNotes, "\n")+"\n")
		return err
	}); err != nil {
		return err
	}
	csvPath := filepath.Join(*out, "prove.csv")
	cfg := proveConfig{
		sizes: ks, reps: *reps, cpu: prover.CPU(), accel: accel,
		progress: func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) },
		done: func(r Row) error {
			old, err := LoadCSV(csvPath)
			if err != nil {
				return err
			}
			rows := Merge(old, []Row{r})
			if err := writeFile(csvPath, func(w io.Writer) error { return WriteCSV(w, rows) }); err != nil {
				return err
			}
			return render(*out, rows, allNotes)
		},
	}
	_, err = measure(ctx, cfg)
	return err
}

func runReport(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "gpu-results", "results directory (reads prove.csv and notes.txt)")
	if err := fs.Parse(args); err != nil {
		return usageErr("%v", err)
	}
	rows, err := LoadCSV(filepath.Join(*out, "prove.csv"))
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return fmt.Errorf("%s: no measurements", filepath.Join(*out, "prove.csv"))
	}
	var ns []string
	if b, err := os.ReadFile(filepath.Join(*out, "notes.txt")); err == nil {
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if l != "" {
				ns = append(ns, l)
			}
		}
	}
	return render(*out, rows, ns)
}

// render rewrites prove.md and prove.svg in dir from rows.
func render(dir string, rows []Row, ns []string) error {
	if err := writeFile(filepath.Join(dir, "prove.md"), func(w io.Writer) error { return WriteMarkdown(w, rows, ns) }); err != nil {
		return err
	}
	title := "Groth16 prove time, BN254: gnark CPU vs " + rows[0].AccelBackend
	return writeFile(filepath.Join(dir, "prove.svg"), func(w io.Writer) error { return WriteSVG(w, rows, title) })
}

// parseSizes parses "16-22" or "16,18,20" into log2 sizes within chain's limits.
func parseSizes(s string) ([]int, error) {
	var ks []int
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return nil, fmt.Errorf("%q: not a number", part)
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return nil, fmt.Errorf("%q: want lo-hi with lo <= hi", part)
			}
		}
		for k := a; k <= b; k++ {
			if 1<<k < 256 || k > 26 {
				return nil, fmt.Errorf("2^%d: want 8…26", k)
			}
			ks = append(ks, k)
		}
	}
	return ks, nil
}

// machineNotes describes the host: CPU model and threads, Go and gnark versions.
func machineNotes() []string {
	ns := []string{fmt.Sprintf("CPU: %s, %d threads (GOMAXPROCS %d); %s/%s", cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)}
	v := []string{runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			switch d.Path {
			case "github.com/consensys/gnark", "github.com/ingonyama-zk/icicle-gnark/v3":
				v = append(v, d.Path+" "+d.Version)
			}
		}
		for _, s := range bi.Settings {
			if s.Key == "-tags" {
				v = append(v, "tags "+s.Value)
			}
		}
	}
	return append(ns, "Software: "+strings.Join(v, ", "))
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
