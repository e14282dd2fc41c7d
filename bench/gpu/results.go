package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Row is one circuit size's measurement: gnark's CPU prover against the
// accelerated backend, every proof verified.
type Row struct {
	Log2        int
	Constraints int
	Compile     time.Duration
	Setup       time.Duration

	CPUBackend string
	CPUThreads int
	CPUReps    int
	CPUProve   time.Duration // median

	AccelBackend string
	AccelReps    int
	AccelFirst   time.Duration // first proof with a new key: key upload and device setup included
	AccelProve   time.Duration // median of the proofs after the first

	Verified int // proofs that verified (all of them, or the run fails)
}

// Speedup is the CPU's median prove time over the accelerated backend's.
func (r Row) Speedup() float64 {
	if r.AccelProve <= 0 {
		return 0
	}
	return r.CPUProve.Seconds() / r.AccelProve.Seconds()
}

var csvHeader = []string{
	"log2", "constraints", "compile_s", "setup_s",
	"cpu_backend", "cpu_threads", "cpu_reps", "cpu_prove_s",
	"accel_backend", "accel_reps", "accel_first_s", "accel_prove_s",
	"speedup", "verified_proofs",
}

func secs(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 4, 64) }

func (r Row) record() []string {
	return []string{
		strconv.Itoa(r.Log2), strconv.Itoa(r.Constraints), secs(r.Compile), secs(r.Setup),
		r.CPUBackend, strconv.Itoa(r.CPUThreads), strconv.Itoa(r.CPUReps), secs(r.CPUProve),
		r.AccelBackend, strconv.Itoa(r.AccelReps), secs(r.AccelFirst), secs(r.AccelProve),
		strconv.FormatFloat(r.Speedup(), 'f', 2, 64), strconv.Itoa(r.Verified),
	}
}

// WriteCSV writes rows with a header line.
func WriteCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r.record()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ReadCSV parses what WriteCSV writes. The speedup column is derived and only
// checked for syntax.
func ReadCSV(name string, rd io.Reader) ([]Row, error) {
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = len(csvHeader)
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], csvHeader) {
		return nil, fmt.Errorf("%s: first line is not the header %q", name, strings.Join(csvHeader, ","))
	}
	rows := make([]Row, 0, len(recs)-1)
	for i, rec := range recs[1:] {
		r, err := parseRecord(rec)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", name, i+2, err)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func parseRecord(rec []string) (Row, error) {
	var r Row
	var errs []error
	atoi := func(col int, min int) int {
		v, err := strconv.Atoi(rec[col])
		if err != nil || v < min {
			errs = append(errs, fmt.Errorf("%s %q: want an integer >= %d", csvHeader[col], rec[col], min))
		}
		return v
	}
	dur := func(col int) time.Duration {
		v, err := strconv.ParseFloat(rec[col], 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || v > 1e6 {
			errs = append(errs, fmt.Errorf("%s %q: want seconds in [0, 1e6]", csvHeader[col], rec[col]))
			return 0
		}
		return time.Duration(math.Round(v * float64(time.Second)))
	}
	r.Log2, r.Constraints = atoi(0, 0), atoi(1, 1)
	r.Compile, r.Setup = dur(2), dur(3)
	r.CPUBackend, r.CPUThreads, r.CPUReps, r.CPUProve = rec[4], atoi(5, 1), atoi(6, 1), dur(7)
	r.AccelBackend, r.AccelReps, r.AccelFirst, r.AccelProve = rec[8], atoi(9, 1), dur(10), dur(11)
	if _, err := strconv.ParseFloat(rec[12], 64); err != nil {
		errs = append(errs, fmt.Errorf("speedup %q: not a number", rec[12]))
	}
	r.Verified = atoi(13, 0)
	if r.Log2 > 40 {
		errs = append(errs, fmt.Errorf("log2 %d: too large", r.Log2))
	}
	return r, errors.Join(errs...)
}

// Merge returns old with each row of add replacing the row of the same size, sorted
// by size: a re-run of one size replaces its earlier measurement.
func Merge(old, add []Row) []Row {
	out := slices.Clone(old)
	for _, a := range add {
		i := slices.IndexFunc(out, func(r Row) bool { return r.Constraints == a.Constraints })
		if i >= 0 {
			out[i] = a
		} else {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b Row) int { return a.Constraints - b.Constraints })
	return out
}

// LoadCSV reads the CSV file at path; a missing file is no rows.
func LoadCSV(path string) ([]Row, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCSV(path, f)
}

// writeFile writes path through a temporary file in the same directory, so a
// killed run never leaves half a results file.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// sizeLabel is "2^16 (65,536)".
func sizeLabel(r Row) string {
	if r.Constraints == 1<<r.Log2 {
		return fmt.Sprintf("2^%d (%s)", r.Log2, thousands(r.Constraints))
	}
	return thousands(r.Constraints)
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// human formats a duration with about three significant digits.
func human(d time.Duration) string {
	s := d.Seconds()
	switch {
	case s >= 100:
		return fmt.Sprintf("%.0f s", s)
	case s >= 10:
		return fmt.Sprintf("%.1f s", s)
	case s >= 1:
		return fmt.Sprintf("%.2f s", s)
	case s >= 0.1:
		return fmt.Sprintf("%.0f ms", s*1e3)
	case s >= 0.01:
		return fmt.Sprintf("%.1f ms", s*1e3)
	case s >= 0.001:
		return fmt.Sprintf("%.2f ms", s*1e3)
	default:
		return fmt.Sprintf("%.0f µs", s*1e6)
	}
}

// WriteMarkdown writes the table for bench/results.md, the notes (device, CPU,
// method) above it and the CSV below it.
func WriteMarkdown(w io.Writer, rows []Row, notes []string) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("### End-to-end Groth16 prove time: gnark on all CPU cores vs ICICLE\n\n")
	for _, n := range notes {
		p("- %s\n", n)
	}
	if len(notes) > 0 {
		p("\n")
	}
	cpu, accel := "gnark CPU", "accelerated"
	if len(rows) > 0 {
		cpu = fmt.Sprintf("gnark %s (%d threads)", rows[0].CPUBackend, rows[0].CPUThreads)
		accel = rows[0].AccelBackend
	}
	p("| constraints | setup | %s | %s, first proof | %s | speedup | proofs verified |\n", cpu, accel, accel)
	p("|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		p("| %s | %s | %s | %s | %s | %s | %d/%d |\n", sizeLabel(r), human(r.Setup), human(r.CPUProve),
			human(r.AccelFirst), human(r.AccelProve), speedupText(r.Speedup()), r.Verified, r.CPUReps+r.AccelReps+1)
	}
	cpuReps, accelReps := 0, 0
	if len(rows) > 0 {
		cpuReps, accelReps = rows[0].CPUReps, rows[0].AccelReps
	}
	p("\nProve times are medians: of %d gnark proofs, and of the %d accelerated proofs after the first "+
		"(the first proof with a new key includes uploading it to the device). Every proof was checked with "+
		"prover.Verify (Solidity target).\n\n", cpuReps, accelReps)
	p("```csv\n")
	if err := WriteCSV(w, rows); err != nil {
		return err
	}
	p("```\n")
	return nil
}
