package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/openproof/openproof/inference/cuda"
	"github.com/openproof/openproof/prover"
)

func sampleRows() []Row {
	return []Row{
		{Log2: 16, Constraints: 1 << 16, Compile: 210 * time.Millisecond, Setup: 4 * time.Second,
			CPUBackend: "cpu", CPUThreads: 32, CPUReps: 3, CPUProve: 410 * time.Millisecond,
			AccelBackend: "icicle-cuda", AccelReps: 3, AccelFirst: 900 * time.Millisecond, AccelProve: 52 * time.Millisecond, Verified: 7},
		{Log2: 18, Constraints: 1 << 18, Compile: time.Second, Setup: 15 * time.Second,
			CPUBackend: "cpu", CPUThreads: 32, CPUReps: 3, CPUProve: 1500 * time.Millisecond,
			AccelBackend: "icicle-cuda", AccelReps: 3, AccelFirst: 2 * time.Second, AccelProve: 120 * time.Millisecond, Verified: 7},
	}
}

func TestCSVRoundTrip(t *testing.T) {
	rows := sampleRows()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, rows); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCSV("test", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, rows)
	}
}

func TestReadCSVRejects(t *testing.T) {
	var good bytes.Buffer
	if err := WriteCSV(&good, sampleRows()[:1]); err != nil {
		t.Fatal(err)
	}
	header, line, _ := strings.Cut(good.String(), "\n")
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"no header", line},
		{"wrong header", strings.Replace(header, "log2", "size", 1) + "\n" + line},
		{"missing column", header + "\n" + strings.TrimSuffix(strings.TrimSpace(line), ",7") + "\n"},
		{"negative time", header + "\n" + strings.Replace(line, "0.4100", "-1", 1)},
		{"not a number", header + "\n" + strings.Replace(line, "65536", "lots", 1)},
		{"huge log2", header + "\n" + strings.Replace(line, "16,", "99,", 1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if rows, err := ReadCSV("test", strings.NewReader(tc.in)); err == nil {
				t.Errorf("ReadCSV = %+v, want an error", rows)
			}
		})
	}
}

func FuzzReadCSV(f *testing.F) {
	var good bytes.Buffer
	if err := WriteCSV(&good, sampleRows()); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, err := ReadCSV("fuzz", bytes.NewReader(b))
		if err != nil {
			return
		}
		// What parses must write and parse back to the same rows.
		var buf bytes.Buffer
		if err := WriteCSV(&buf, rows); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCSV("again", &buf)
		if err != nil {
			t.Fatalf("re-read: %v", err)
		}
		if len(back) != len(rows) {
			t.Fatalf("re-read %d rows, want %d", len(back), len(rows))
		}
	})
}

func TestMerge(t *testing.T) {
	rows := sampleRows()
	redo := rows[0]
	redo.CPUProve = time.Second
	k20 := rows[1]
	k20.Log2, k20.Constraints = 20, 1<<20
	got := Merge([]Row{rows[1], rows[0]}, []Row{k20, redo})
	want := []Row{redo, rows[1], k20}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Merge:\n got %+v\nwant %+v", got, want)
	}
}

func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, sampleRows(), []string{"GPU: test"}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"- GPU: test",
		"| constraints | setup | gnark cpu (32 threads) | icicle-cuda, first proof | icicle-cuda | speedup | proofs verified |",
		"| 2^16 (65,536) | 4.00 s | 410 ms | 900 ms | 52.0 ms | 7.9× | 7/7 |",
		"| 2^18 (262,144) | 15.0 s | 1.50 s | 2.00 s | 120 ms | 12.5× | 7/7 |",
		"```csv\nlog2,constraints,",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestSVG(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, sampleRows(), "a <title> & more"); err != nil {
		t.Fatal(err)
	}
	// Well-formed XML with both series and the speedup labels.
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var polylines, circles int
	var texts []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, buf.String())
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "polyline":
				polylines++
			case "circle":
				circles++
			}
		case xml.CharData:
			texts = append(texts, string(e))
		}
	}
	if polylines != 2 || circles != 4 {
		t.Errorf("%d polylines and %d points, want 2 and 4", polylines, circles)
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"a <title> & more", "7.9×", "12.5×", "2^16", "2^18", "icicle-cuda"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	if err := WriteSVG(io.Discard, nil, "empty"); err == nil {
		t.Error("WriteSVG of no rows: want an error")
	}
}

func TestHuman(t *testing.T) {
	for d, want := range map[time.Duration]string{
		150 * time.Second: "150 s", 12340 * time.Millisecond: "12.3 s", 1500 * time.Millisecond: "1.50 s",
		410 * time.Millisecond: "410 ms", 52 * time.Millisecond: "52.0 ms", 1234 * time.Microsecond: "1.23 ms",
		87 * time.Microsecond: "87 µs",
	} {
		if got := human(d); got != want {
			t.Errorf("human(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestParseSizes(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"16-22", []int{16, 17, 18, 19, 20, 21, 22}},
		{"16,18, 20", []int{16, 18, 20}},
		{"12-13,20", []int{12, 13, 20}},
		{"7", nil},
		{"27", nil},
		{"20-16", nil},
		{"x", nil},
		{"", nil},
	}
	for _, tc := range tests {
		got, err := parseSizes(tc.in)
		if tc.want == nil {
			if err == nil {
				t.Errorf("parseSizes(%q) = %v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseSizes(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// The whole prove command with gnark's CPU prover standing in for the accelerated
// one: rows land in the CSV, the table and the plot; a second run of one size
// replaces its row; report rebuilds the table from the CSV.
func TestProveCommand(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	args := []string{"prove", "-accel", "cpu", "-sizes", "9-10", "-reps", "1", "-out", dir, "-note", "GPU: none (test)"}
	if err := run(context.Background(), args, &log); err != nil {
		t.Fatalf("prove: %v\n%s", err, log.String())
	}
	rows, err := LoadCSV(filepath.Join(dir, "prove.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Constraints != 512 || rows[1].Constraints != 1024 {
		t.Fatalf("rows %+v, want 2^9 and 2^10", rows)
	}
	for _, r := range rows {
		if r.Verified != 3 || r.CPUProve <= 0 || r.AccelProve <= 0 || r.AccelFirst <= 0 || r.Setup <= 0 {
			t.Errorf("row %+v: want 3 verified proofs and positive times", r)
		}
	}
	if err := run(context.Background(), []string{"prove", "-accel", "cpu", "-sizes", "10", "-reps", "1", "-out", dir}, &log); err != nil {
		t.Fatal(err)
	}
	if rows, _ := LoadCSV(filepath.Join(dir, "prove.csv")); len(rows) != 2 {
		t.Errorf("after re-running 2^10: %d rows, want 2", len(rows))
	}
	if err := os.Remove(filepath.Join(dir, "prove.md")); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"report", "-out", dir}, &log); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "prove.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| 2^9 (512) |", "| 2^10 (1,024) |", "CPU: "} {
		if !strings.Contains(string(md), want) {
			t.Errorf("prove.md lacks %q:\n%s", want, md)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "prove.svg")); err != nil {
		t.Error(err)
	}
}

func TestCommandErrors(t *testing.T) {
	tests := [][]string{
		nil,
		{"fly"},
		{"prove", "-sizes", "3"},
		{"prove", "-reps", "0"},
		{"prove", "-bogus"},
	}
	for _, args := range tests {
		if err := run(context.Background(), args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("run %q: error %v, want a usage error", args, err)
		}
	}
	// Without -tags icicle (or a GPU) the default backend says how to get it.
	if err := run(context.Background(), []string{"prove", "-sizes", "9", "-reps", "1", "-out", t.TempDir()}, io.Discard); err != nil &&
		!errors.Is(err, prover.ErrIcicleUnavailable) {
		t.Errorf("error %v does not wrap ErrIcicleUnavailable", err)
	}
	// Without the cuda tag, or without the kernel library, infer says how to get it.
	if os.Getenv(cuda.EnvLibrary) == "" {
		if err := run(context.Background(), []string{"infer", "-out", t.TempDir()}, io.Discard); !errors.Is(err, cuda.ErrUnavailable) {
			t.Errorf("infer without a kernel library: error %v, want cuda.ErrUnavailable", err)
		}
	}
	if err := run(context.Background(), []string{"infer", "-dim", "0"}, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("infer -dim 0: error %v, want a usage error", err)
	}
	if err := run(context.Background(), []string{"report", "-out", t.TempDir()}, io.Discard); err == nil {
		t.Error("report without measurements: want an error")
	}
}

// measure stops at the first proof that does not verify.
func TestMeasureRejectsBadProofs(t *testing.T) {
	cfg := proveConfig{sizes: []int{9}, reps: 1, cpu: prover.CPU(), accel: lyingBackend{prover.CPU()},
		progress: func(string, ...any) {}}
	if _, err := measure(context.Background(), cfg); !errors.Is(err, prover.ErrProofInvalid) {
		t.Errorf("measure with a lying backend: %v, want ErrProofInvalid", err)
	}
}

// lyingBackend returns proofs with A negated.
type lyingBackend struct{ prover.Backend }

func (l lyingBackend) Name() string { return "liar" }

func (l lyingBackend) Prove(ctx context.Context, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, opts ...solver.Option) (groth16.Proof, error) {
	p, err := l.Backend.Prove(ctx, ccs, pk, full, opts...)
	if err != nil {
		return nil, err
	}
	bp := p.(*groth16_bn254.Proof)
	bp.Ar.Neg(&bp.Ar)
	return bp, nil
}
