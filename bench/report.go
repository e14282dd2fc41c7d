package bench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"strings"
	"time"

	"github.com/google/renameio/v2"
)

// Markdown writes the results as a results.md section: the machine, the
// measurements, the per-component figures against the targets, the
// attribution of every circuit's constraints, the requantization cost by
// part, and where each circuit sits relative to its power-of-two domain.
func Markdown(w io.Writer, m Machine, rs []Result) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("### Machine\n\n")
	p("- CPU: %s, %d logical cores (GOMAXPROCS %d), %s memory\n", orUnknown(m.CPU), m.Cores, m.GOMAXPROCS, mib(m.MemoryBytes))
	p("- %s %s/%s, gnark %s, Groth16 on BN254 with the Solidity-target options (package prover)\n", orUnknown(m.GoVersion), m.OS, m.Arch, orUnknown(m.Gnark))
	p("- Times are wall-clock. The machine is shared: the *load* column is the 1-minute load average when the case started; a load above the core count means the numbers include waiting for a CPU.\n\n")

	p("### Measurements\n\n")
	p("| case | constraints | domain (fill) | compile | setup | witness | prove | verify | Go heap peak | max RSS | proof bytes (compressed / Solidity) | load |\n")
	p("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for i := range rs {
		r := &rs[i]
		p("| %s | %s | 2^%d (%.0f%%) | %s |", r.Case.Name, thousands(r.Constraints), log2(r.Domain), 100*r.DomainFill(), dur(r.Compile))
		if r.Proved() {
			prove := dur(r.Prove)
			if r.ProveRuns > 1 {
				prove += fmt.Sprintf(" (median of %d; %s–%s)", r.ProveRuns, dur(r.ProveMin), dur(r.ProveMax))
			}
			p(" %s | %s | %s | %s | %s | %s | %d / %d |", dur(r.Setup), dur(r.Witness), prove, dur(r.Verify), mib(r.HeapPeak), mib(r.MaxRSS), r.ProofCompressed, r.ProofSolidity)
		} else {
			p(" — | — | — | — | %s | %s | — |", mib(r.HeapPeak), mib(r.MaxRSS))
		}
		p(" %s |\n", load(r.LoadAvg1))
	}
	p("\nGo heap peak: runtime/metrics `%s` (live and not yet swept objects) sampled every %v from compile to verify. "+
		"Max RSS: getrusage ru_maxrss of the whole process after the case; it never decreases, and the cases run smallest first. "+
		"Prove includes solving the witness (gnark solves inside Prove); *witness* is building the assignment from the model, adapter and input.\n\n",
		heapMetric, heapSampleEvery)

	p("### Constraints per component\n\n")
	p("| case | per base MAC (≤ %g) | per adapter MAC (≤ %g) | per requantized activation (≤ %g) | per committed adapter weight (≤ %g) |\n",
		TargetBaseMAC, TargetAdapterMAC, TargetActivation, TargetAdapterWeight)
	p("|---|---:|---:|---:|---:|\n")
	for i := range rs {
		b := &rs[i].Breakdown
		p("| %s | %s | %s | %s | %s |\n", rs[i].Case.Name,
			vsTarget(b.PerBaseMAC(), TargetBaseMAC, 5), vsTarget(b.PerAdapterMAC(), TargetAdapterMAC, 3),
			vsTarget(b.PerActivation(), TargetActivation, 2), vsTarget(b.PerAdapterWeight(), TargetAdapterWeight, 2))
	}
	p("\nHow each figure is derived (all by compiling this repository's gadgets, none estimated):\n\n")
	p("- *base MAC*: the inference circuit minus the same circuit with every base weight zero, over Σ in·out. Constant weights cost no multiplication; what remains is gnark's compression of each output's long sum.\n")
	p("- *adapter MAC*: `gadgets.LoRA` compiled alone, over Σ r·(in+out). It includes the r products h·M.\n")
	p("- *requantized activation*: the marginal cost of one more `gadgets.Requantize` with each layer's parameters (200 outputs minus 100), times the layer's outputs, over Σ out. It includes its byte-table queries.\n")
	p("- *committed adapter weight*: the adapter's int8 checks and Poseidon2 commitment minus the same with empty A and B, over Σ r·(in+out): one byte-table query plus 1/93 of a width-4 Poseidon2 permutation (31 weights per field element, 3 elements per permutation).\n\n")

	p("### Where the constraints go\n\n")
	p("| case | base | LoRA path | requantization | adapter commitment | other | total |\n")
	p("|---|---:|---:|---:|---:|---:|---:|\n")
	for i := range rs {
		r := &rs[i]
		b := &r.Breakdown
		part := func(v int) string { return fmt.Sprintf("%s (%.1f%%)", thousands(v), 100*ratio(v, r.Constraints)) }
		p("| %s | %s | %s | %s | %s | %s | %s |\n", r.Case.Name, part(b.Base), part(b.LoRA), part(b.Requant), part(b.Commit), part(b.Other), thousands(r.Constraints))
	}
	p("\n*Other* is the fixed part: the 256-entry byte table and its Groth16 commitment, the input's int8 checks and digest, the output digest, the commitment's headers and the 32-bit checks of M.\n\n")

	p("### Requantization, per output\n\n")
	p("| case | layer | adapted | bits divided away | saturation | remainder | slack | output range | sum | measured |\n")
	p("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for i := range rs {
		for _, l := range rs[i].Breakdown.RequantLayers {
			p("| %s | %s | %s | %d | %d | %d | %d | %d | %d | %g |\n", rs[i].Case.Name, l.Layer, yesNo(l.Adapted), l.FracBits,
				l.Parts.Saturation, l.Parts.Remainder, l.Parts.Slack, l.Parts.Output, l.Parts.Total(), l.Measured)
		}
	}
	p("\nParts as `gadgets.Requantize` builds them: *saturation* p·(hi−y) = 0 and n·(y−lo) = 0, a product and an equality each; " +
		"*remainder* rem ∈ [0, 2^s) as ⌈s/8⌉ byte queries plus the recomposition; *slack* the bytes of p+n; *output range* y ∈ [lo, hi] " +
		"(one query for int8, two for ReLU's 7 bits).\n\n")

	p("### Power-of-two domains\n\n")
	for i := range rs {
		r := &rs[i]
		half := r.Domain / 2
		switch {
		case r.Constraints <= 1:
			p("- %s: trivial circuit.\n", r.Case.Name)
		case r.Constraints > half && r.Constraints-half <= half/4:
			p("- %s: %s constraints, **%s (%.1f%%) above 2^%d**, so the FFT domain is 2^%d and %.0f%% of it is empty; fitting 2^%d needs %s fewer constraints.\n",
				r.Case.Name, thousands(r.Constraints), thousands(r.Constraints-half), 100*(float64(r.Constraints)/float64(half)-1),
				log2(half), log2(r.Domain), 100*(1-r.DomainFill()), log2(half), thousands(r.Constraints-half))
		default:
			p("- %s: %s constraints in a 2^%d domain (%.0f%% full, %s of headroom).\n",
				r.Case.Name, thousands(r.Constraints), log2(r.Domain), 100*r.DomainFill(), thousands(r.Domain-r.Constraints))
		}
	}
	return bw.Flush()
}

func vsTarget(v, target float64, digits int) string {
	mark := "met"
	if v > target {
		mark = "**over**"
	}
	return fmt.Sprintf("%.*f %s", digits, v, mark)
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func load(v float64) string {
	if v < 0 {
		return "?"
	}
	return fmt.Sprintf("%.2f", v)
}

// log2 of a power of two.
func log2(n int) int { return bits.Len(uint(n)) - 1 }

func dur(d time.Duration) string {
	switch {
	case d <= 0:
		return "—"
	case d < time.Millisecond:
		return fmt.Sprintf("%d µs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func mib(b uint64) string {
	if b == 0 {
		return "?"
	}
	if b >= 1<<30 {
		return fmt.Sprintf("%.2f GiB", float64(b)/(1<<30))
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Section markers in results.md.
func beginMarker(name string) string { return "<!-- bench:" + name + ":begin -->" }
func endMarker(name string) string   { return "<!-- bench:" + name + ":end -->" }

// UpdateSection replaces the text between the markers
// <!-- bench:NAME:begin --> and <!-- bench:NAME:end --> in the file at path
// with content, appending the markers and content when the file has no such
// section (and creating the file when it does not exist). Everything outside
// the markers is kept byte for byte. The file is replaced atomically.
func UpdateSection(path, name string, content []byte) error {
	if name == "" || strings.ContainsAny(name, " \t\r\n:") || strings.Contains(name, "--") {
		return fmt.Errorf("bench: section name %q: want a non-empty name without spaces, ':' or \"--\"", name)
	}
	begin, end := []byte(beginMarker(name)), []byte(endMarker(name))
	if bytes.Contains(content, begin) || bytes.Contains(content, end) {
		return fmt.Errorf("bench: content for section %s contains its own markers", name)
	}
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("bench: %w", err)
	}
	out, err := replaceSection(old, begin, end, content)
	if err != nil {
		return fmt.Errorf("bench: %s: section %s: %w", path, name, err)
	}
	if err := renameio.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("bench: write %s: %w", path, err)
	}
	return nil
}

// replaceSection returns doc with the text between begin and end replaced by
// content (set off by newlines), or with the section appended.
func replaceSection(doc, begin, end, content []byte) ([]byte, error) {
	body := make([]byte, 0, len(content)+2)
	body = append(body, '\n')
	body = append(body, content...)
	if len(content) > 0 && content[len(content)-1] != '\n' {
		body = append(body, '\n')
	}
	nb, ne := bytes.Count(doc, begin), bytes.Count(doc, end)
	switch {
	case nb == 0 && ne == 0:
		var out []byte
		out = append(out, doc...)
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		if len(out) > 0 {
			out = append(out, '\n')
		}
		out = append(out, begin...)
		out = append(out, body...)
		out = append(out, end...)
		return append(out, '\n'), nil
	case nb != 1 || ne != 1:
		return nil, fmt.Errorf("%d begin and %d end markers, want one of each", nb, ne)
	}
	i := bytes.Index(doc, begin) + len(begin)
	j := bytes.Index(doc, end)
	if j < i {
		return nil, errors.New("end marker before begin marker")
	}
	var out []byte
	out = append(out, doc[:i]...)
	out = append(out, body...)
	return append(out, doc[j:]...), nil
}
