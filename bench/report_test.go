package bench

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sampleResults are fabricated results for the rendering tests only.
func sampleResults() []Result {
	return []Result{
		{
			Case: Module(784, 64, 8), Circuit: "lora-inference/x/r8", Backend: "cpu",
			Constraints: 38892, Domain: 65536, LoadAvg1: 2.5,
			Compile: 300 * time.Millisecond, Setup: 19 * time.Second, Witness: 15 * time.Millisecond,
			Prove: 1440 * time.Millisecond, ProveRuns: 3, ProveMin: 990 * time.Millisecond, ProveMax: 2 * time.Second, Verify: 1400 * time.Microsecond,
			HeapPeak: 96 << 20, MaxRSS: 3 << 30, ProofCompressed: 196, ProofSolidity: 384,
			Breakdown: Breakdown{
				Base: 64, LoRA: 6800, Requant: 960, Commit: 26321, Other: 4747,
				BaseMACs: 50176, AdapterMACs: 6784, Activations: 64, AdapterWeights: 6784,
				RequantLayers: []RequantLayer{{Layer: "proj", Adapted: true, FracBits: 43, Measured: 15,
					Parts: RequantParts{Saturation: 4, Remainder: 7, Slack: 3, Output: 1}}},
			},
		},
		{
			Case: Case{Name: "a<b&c", In: 10, Out: 10, Rank: 1}, Constraints: 1000, Domain: 1024, LoadAvg1: -1,
			Compile: 2 * time.Millisecond,
			Breakdown: Breakdown{Base: 0, LoRA: 21, Requant: 100, Commit: 80, Other: 799,
				BaseMACs: 100, AdapterMACs: 20, Activations: 10, AdapterWeights: 20},
		},
	}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	m := Machine{CPU: "Test CPU", Cores: 2, GOMAXPROCS: 2, MemoryBytes: 24 << 30, GoVersion: "go1.26", OS: "linux", Arch: "amd64", Gnark: "v0.16.0"}
	if err := Markdown(&b, m, sampleResults()); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"Test CPU, 2 logical cores (GOMAXPROCS 2), 24.00 GiB memory",
		"gnark v0.16.0",
		"| 784x64-r8 | 38,892 | 2^16 (59%) | 300.0 ms | 19.00 s | 15.0 ms | 1.44 s (median of 3; 990.0 ms–2.00 s) | 1.4 ms | 96 MiB | 3.00 GiB | 196 / 384 | 2.50 |",
		"| 784x64-r8 | 0.00128 met | 1.002 met | 15.00 **over** | 3.88 met |",
		"| a<b&c | 1,000 | 2^10 (98%) | 2.0 ms | — | — | — | — | ? | ? | — | ? |",
		"| 784x64-r8 | proj | yes | 43 | 4 | 7 | 3 | 1 | 15 | 15 |",
		"**6,124 (18.7%) above 2^15**, so the FFT domain is 2^16",
		"a<b&c: 1,000 constraints in a 2^10 domain (98% full, 24 of headroom)",
		"| 784x64-r8 | 64 (0.2%) | 6,800 (17.5%) | 960 (2.5%) | 26,321 (67.7%) | 4,747 (12.2%) | 38,892 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "<!-- bench:") {
		t.Error("Markdown writes section markers; UpdateSection owns them")
	}
}

func TestMarkdownWriteError(t *testing.T) {
	if err := Markdown(failWriter{}, Machine{}, sampleResults()); err == nil {
		t.Fatal("write error not returned")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestPlotSVG(t *testing.T) {
	rs := sampleResults()
	rs = append(rs, Result{Case: Module(4096, 4096, 16), Backend: "cpu", Constraints: 720000, Domain: 1 << 20, Prove: 9 * time.Second})
	rs[1].Backend, rs[1].Prove = "cpu", 80*time.Millisecond // the escaped name must stay well-formed
	var b bytes.Buffer
	if err := PlotSVG(&b, rs); err != nil {
		t.Fatal(err)
	}
	circles, texts := 0, 0
	d := xml.NewDecoder(bytes.NewReader(b.Bytes()))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b.String())
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "circle":
				circles++
			case "text":
				texts++
			}
		}
	}
	if circles != 3 {
		t.Errorf("%d points, want 3", circles)
	}
	s := b.String()
	for _, want := range []string{"a&lt;b&amp;c (80.0 ms)", "4096x4096-r16 (9.00 s)", `font-size="8">19</tspan>`, `font-size="9">3</tspan>`} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestPlotSVGNeedsProvedResults(t *testing.T) {
	rs := sampleResults()[1:] // not proved
	if err := PlotSVG(io.Discard, rs); err == nil {
		t.Fatal("plotted results without prove times")
	}
}

func TestUpdateSection(t *testing.T) {
	for _, tc := range []struct {
		name, old, content, want string
	}{
		{"new file", "\x00", "A\n", "<!-- bench:foundation:begin -->\nA\n<!-- bench:foundation:end -->\n"},
		{"empty file", "", "A", "<!-- bench:foundation:begin -->\nA\n<!-- bench:foundation:end -->\n"},
		{"append after other text", "# Results\nintro", "A\n",
			"# Results\nintro\n\n<!-- bench:foundation:begin -->\nA\n<!-- bench:foundation:end -->\n"},
		{"replace, keep the rest byte for byte",
			"head\n<!-- bench:gpu:begin -->\nG\n<!-- bench:gpu:end -->\n<!-- bench:foundation:begin -->\nold\nold\n<!-- bench:foundation:end -->\ntail  \n",
			"new\n",
			"head\n<!-- bench:gpu:begin -->\nG\n<!-- bench:gpu:end -->\n<!-- bench:foundation:begin -->\nnew\n<!-- bench:foundation:end -->\ntail  \n"},
		{"empty content", "<!-- bench:foundation:begin -->\nx\n<!-- bench:foundation:end -->", "",
			"<!-- bench:foundation:begin -->\n<!-- bench:foundation:end -->"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "results.md")
			if tc.old != "\x00" {
				if err := os.WriteFile(path, []byte(tc.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := UpdateSection(path, "foundation", []byte(tc.content)); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tc.want)
			}
			// Idempotent: writing the same content again changes nothing.
			if err := UpdateSection(path, "foundation", []byte(tc.content)); err != nil {
				t.Fatal(err)
			}
			again, _ := os.ReadFile(path)
			if !bytes.Equal(again, got) {
				t.Fatalf("second update changed the file:\n%q", again)
			}
		})
	}
}

func TestUpdateSectionRejects(t *testing.T) {
	for _, tc := range []struct {
		name, old, section, content string
	}{
		{"empty name", "", "", "x"},
		{"name with space", "", "a b", "x"},
		{"name with colon", "", "a:b", "x"},
		{"name with --", "", "a--b", "x"},
		{"content holds the markers", "", "foundation", "<!-- bench:foundation:end -->"},
		{"two begin markers", "<!-- bench:foundation:begin -->\n<!-- bench:foundation:begin -->\n<!-- bench:foundation:end -->", "foundation", "x"},
		{"begin without end", "<!-- bench:foundation:begin -->\n", "foundation", "x"},
		{"end before begin", "<!-- bench:foundation:end -->\n<!-- bench:foundation:begin -->\n", "foundation", "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "results.md")
			if err := os.WriteFile(path, []byte(tc.old), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := UpdateSection(path, tc.section, []byte(tc.content)); err == nil {
				t.Fatal("accepted")
			}
			got, _ := os.ReadFile(path)
			if string(got) != tc.old {
				t.Fatalf("file changed on error: %q", got)
			}
		})
	}
	if err := UpdateSection(filepath.Join(t.TempDir(), "no", "such", "dir", "r.md"), "x", nil); err == nil {
		t.Fatal("wrote into a missing directory")
	}
}

func TestFormatting(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{thousands(0), "0"}, {thousands(999), "999"}, {thousands(1000), "1,000"},
		{thousands(1048576), "1,048,576"}, {thousands(-12345), "-12,345"},
		{dur(0), "—"}, {dur(1500 * time.Microsecond), "1.5 ms"}, {dur(800 * time.Microsecond), "800 µs"},
		{dur(90 * time.Second), "90.00 s"},
		{mib(0), "?"}, {mib(100 << 20), "100 MiB"}, {mib(3 << 29), "1.50 GiB"},
		{load(-1), "?"}, {load(1.234), "1.23"},
		{decade(-2), "0.01"}, {decade(0), "1"}, {decade(2), "100"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
