package enginetrace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/inference/strictjson"
)

// Format identification and file names.
const (
	Format       = "openproof.enginetrace"
	Version      = 1
	ManifestFile = "manifest.json"
	TensorsFile  = "activations.safetensors"
)

// Limits on hostile manifests.
const (
	MaxTokens  = 1 << 20
	MaxDim     = 1 << 20
	MaxRank    = 1 << 12
	MaxModules = 1 << 16
	MaxExp     = 64
	// MaxManifestBytes bounds trace.json (MaxModules short entries fit).
	MaxManifestBytes = 64 << 20
	// MaxElements bounds T·(in+out) per module, so shapes cannot make a reader
	// allocate more than a few GB.
	MaxElements = 1 << 31
)

var (
	// ErrBadInput marks a malformed trace: bad JSON, unknown fields, wrong
	// format, version or scheme, bad shapes, a hash mismatch, missing or
	// extra tensors.
	ErrBadInput = fmt.Errorf("engine trace: %w", errs.ErrBadInput)
	// ErrMismatch marks a well-formed trace that does not match an adapter.
	ErrMismatch = fmt.Errorf("engine trace: does not match the adapter: %w", errs.ErrBadInput)
)

// Module is one adapted module's activations for T tokens.
type Module struct {
	Name          string
	In, Out, Rank int
	// XExp, WExp and DeltaExp are the exponents of x, of the base weight
	// (it fixes the adapter multiplier M) and of Δy; the requantization
	// shift is k = XExp + WExp − DeltaExp.
	XExp, WExp, DeltaExp int
	X                    []int8  // [T][In]
	Delta                []int32 // [T][Out]
}

// HasDeltas reports whether the trace carries Δy (false for a trace read
// from an engine that recorded only x, until FillDeltas).
func (t *Trace) HasDeltas() bool {
	for i := range t.Modules {
		if t.Modules[i].Delta == nil {
			return false
		}
	}
	return true
}

// Shift returns k = XExp + WExp − DeltaExp.
func (m *Module) Shift() int { return m.XExp + m.WExp - m.DeltaExp }

// Layer returns the quant.Layer shell of the module: no base weights, just
// the shape and exponents that quant.QuantizeLoRA and Requantize read.
func (m *Module) Layer() quant.Layer {
	return quant.Layer{Name: m.Name, In: m.In, Out: m.Out, WExp: m.WExp, InExp: m.XExp,
		OutExp: m.DeltaExp, Shift: uint(max(m.Shift(), 0))}
}

// Token returns token t's input row.
func (m *Module) Token(t int) []int8 { return m.X[t*m.In : (t+1)*m.In] }

// Trace is an engine trace.
type Trace struct {
	ModelID   string
	AdapterID string
	Tokens    int
	Modules   []Module
}

type manifest struct {
	Format        string           `json:"format"`
	Version       int              `json:"version"`
	Scheme        string           `json:"scheme"`
	ModelID       string           `json:"model_id"`
	AdapterID     string           `json:"adapter_id"`
	Tokens        int              `json:"tokens"`
	TensorsFile   string           `json:"tensors_file"`
	TensorsSHA256 string           `json:"tensors_sha256"`
	Modules       []manifestModule `json:"modules"`
}

type manifestModule struct {
	Name     string `json:"name"`
	In       int    `json:"in"`
	Out      int    `json:"out"`
	Rank     int    `json:"rank"`
	XExp     int    `json:"x_exp"`
	WExp     int    `json:"w_exp"`
	DeltaExp int    `json:"delta_exp"`
}

// Read reads and validates the trace in dir.
func Read(dir string) (*Trace, error) {
	mpath := filepath.Join(dir, ManifestFile)
	mb, err := strictjson.ReadFile(mpath, MaxManifestBytes)
	if err != nil {
		return nil, fmt.Errorf("engine trace: %w", err)
	}
	var probe struct {
		TensorsFile string `json:"tensors_file"`
	}
	// The tensors file name comes from the manifest: read it only if it is a
	// plain name inside dir (Parse rechecks it with the other fields).
	if err := strictjson.Unmarshal(mb, &probe); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, mpath, err)
	}
	if err := plainName(probe.TensorsFile); err != nil {
		return nil, fmt.Errorf("%w: %s: tensors_file: %v", ErrBadInput, mpath, err)
	}
	tpath := filepath.Join(dir, probe.TensorsFile)
	tb, err := readBounded(tpath)
	if err != nil {
		return nil, err
	}
	return Parse(mpath, mb, tpath, tb)
}

func readBounded(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("engine trace: %w", err)
	}
	if st.Size() > safetensors.MaxFileSize {
		return nil, fmt.Errorf("%w: %s: %d bytes, limit %d", ErrBadInput, path, st.Size(), int64(safetensors.MaxFileSize))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("engine trace: %w", err)
	}
	return b, nil
}

func plainName(s string) error {
	if s == "" || s != filepath.Base(s) || s == "." || s == ".." {
		return fmt.Errorf("%q is not a plain file name", s)
	}
	return nil
}

// Parse decodes and validates a trace from its manifest bytes and tensor
// file bytes; mname and tname name the two files in errors. A trace whose
// tensor file holds only the ".x" tensors (an engine that records inputs
// only) parses with nil deltas: HasDeltas reports it, FillDeltas fills them.
func Parse(mname string, manifestBytes []byte, tname string, tensors []byte) (*Trace, error) {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s: %s", ErrBadInput, mname, field, fmt.Sprintf(format, args...))
	}
	dec := strictjson.NewDecoder(manifestBytes)
	dec.DisallowUnknownFields()
	var m manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, mname, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s: trailing data after the manifest", ErrBadInput, mname)
	}
	switch {
	case m.Format != Format:
		return nil, bad("format", "%q, want %q", m.Format, Format)
	case m.Version != Version:
		return nil, bad("version", "%d, want %d", m.Version, Version)
	case m.Scheme != quant.Scheme:
		return nil, bad("scheme", "%q, want %q", m.Scheme, quant.Scheme)
	case m.Tokens < 1 || m.Tokens > MaxTokens:
		return nil, bad("tokens", "%d, want 1…%d", m.Tokens, MaxTokens)
	case len(m.Modules) == 0 || len(m.Modules) > MaxModules:
		return nil, bad("modules", "%d modules, want 1…%d", len(m.Modules), MaxModules)
	}
	if err := plainName(m.TensorsFile); err != nil {
		return nil, bad("tensors_file", "%v", err)
	}
	sum := sha256.Sum256(tensors)
	if got := hex.EncodeToString(sum[:]); m.TensorsSHA256 != got {
		return nil, bad("tensors_sha256", "%q, but %s hashes to %s", m.TensorsSHA256, tname, got)
	}
	st, err := safetensors.Parse(tname, tensors)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	tr := &Trace{ModelID: m.ModelID, AdapterID: m.AdapterID, Tokens: m.Tokens, Modules: make([]Module, len(m.Modules))}
	// An engine may record only x (every module's Δy absent): the trace then
	// reads with nil deltas, for FillDeltas. Some modules with Δy and some
	// without is a broken trace, not that case.
	_, withDelta := st.Tensors[m.Modules[0].Name+".delta"]
	perModule := 1
	if withDelta {
		perModule = 2
	}
	seen := map[string]bool{}
	for i, mm := range m.Modules {
		field := fmt.Sprintf("modules[%d]", i)
		mod := Module{Name: mm.Name, In: mm.In, Out: mm.Out, Rank: mm.Rank, XExp: mm.XExp, WExp: mm.WExp, DeltaExp: mm.DeltaExp}
		if err := mod.validateShape(m.Tokens); err != nil {
			return nil, bad(field, "%v", err)
		}
		if seen[mm.Name] {
			return nil, bad(field, "module %q appears twice", mm.Name)
		}
		seen[mm.Name] = true
		x, err := tensor(st, tname, mm.Name+".x", safetensors.I8, []int{m.Tokens, mm.In})
		if err != nil {
			return nil, err
		}
		if mod.X, err = x.Int8s(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		if !withDelta {
			if _, ok := st.Tensors[mm.Name+".delta"]; ok {
				return nil, fmt.Errorf("%w: %s: tensor %q present but %q is not: record Δy for every module or for none", ErrBadInput, tname, mm.Name+".delta", m.Modules[0].Name+".delta")
			}
			tr.Modules[i] = mod
			continue
		}
		d, err := tensor(st, tname, mm.Name+".delta", safetensors.I32, []int{m.Tokens, mm.Out})
		if err != nil {
			return nil, err
		}
		if mod.Delta, err = d.Int32s(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		tr.Modules[i] = mod
	}
	if len(st.Tensors) != perModule*len(m.Modules) {
		for _, n := range st.Names() {
			if !isModuleTensor(seen, n) {
				return nil, fmt.Errorf("%w: %s: tensor %q belongs to no module of the manifest", ErrBadInput, tname, n)
			}
		}
	}
	return tr, nil
}

func isModuleTensor(modules map[string]bool, name string) bool {
	for _, suf := range []string{".x", ".delta"} {
		if len(name) > len(suf) && name[len(name)-len(suf):] == suf && modules[name[:len(name)-len(suf)]] {
			return true
		}
	}
	return false
}

func tensor(st *safetensors.File, tname, name string, dt safetensors.DType, shape []int) (*safetensors.Tensor, error) {
	t, ok := st.Tensors[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s: tensor %q missing", ErrBadInput, tname, name)
	}
	if t.DType != dt {
		return nil, fmt.Errorf("%w: %s: tensor %q has dtype %s, want %s", ErrBadInput, tname, name, t.DType, dt)
	}
	if len(t.Shape) != len(shape) || t.Shape[0] != shape[0] || t.Shape[1] != shape[1] {
		return nil, fmt.Errorf("%w: %s: tensor %q has shape %v, want %v", ErrBadInput, tname, name, t.Shape, shape)
	}
	return t, nil
}

// validateShape checks the module's manifest fields and, when the data is
// present, the lengths of X and Delta.
func (m *Module) validateShape(tokens int) error {
	k := m.Shift()
	switch {
	case m.Name == "":
		return errors.New("name: empty")
	case m.In < 1 || m.In > MaxDim || m.Out < 1 || m.Out > MaxDim:
		return fmt.Errorf("module %q: shape %d→%d, want 1…%d", m.Name, m.In, m.Out, MaxDim)
	case m.Rank < 1 || m.Rank > MaxRank:
		return fmt.Errorf("module %q: rank %d, want 1…%d", m.Name, m.Rank, MaxRank)
	case int64(tokens)*int64(m.In+m.Out) > MaxElements:
		return fmt.Errorf("module %q: %d tokens × (%d+%d) values exceeds %d", m.Name, tokens, m.In, m.Out, int64(MaxElements))
	case abs(m.XExp) > MaxExp || abs(m.WExp) > MaxExp || abs(m.DeltaExp) > MaxExp:
		return fmt.Errorf("module %q: exponents x_exp %d, w_exp %d, delta_exp %d, want |e| ≤ %d", m.Name, m.XExp, m.WExp, m.DeltaExp, MaxExp)
	case k < 1 || k > quant.MaxShift:
		return fmt.Errorf("module %q: shift x_exp+w_exp−delta_exp = %d, want 1…%d", m.Name, k, quant.MaxShift)
	}
	l := m.Layer()
	if _, err := l.LayerBounds(m.Rank); err != nil {
		return fmt.Errorf("module %q: %v", m.Name, err)
	}
	return nil
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// Validate checks a complete trace (every module with its Δy), as the delta
// prover needs it.
func (t *Trace) Validate() error { return t.validate(true) }

// validate checks the trace; without deltas it accepts a trace that has
// none at all (an x-only trace, which Write can write).
func (t *Trace) validate(deltas bool) error {
	xOnly := !deltas && t.noDeltas()
	if t.Tokens < 1 || t.Tokens > MaxTokens {
		return fmt.Errorf("%w: tokens %d, want 1…%d", ErrBadInput, t.Tokens, MaxTokens)
	}
	if len(t.Modules) == 0 || len(t.Modules) > MaxModules {
		return fmt.Errorf("%w: %d modules, want 1…%d", ErrBadInput, len(t.Modules), MaxModules)
	}
	seen := map[string]bool{}
	for i := range t.Modules {
		m := &t.Modules[i]
		if err := m.validateShape(t.Tokens); err != nil {
			return fmt.Errorf("%w: modules[%d]: %v", ErrBadInput, i, err)
		}
		if seen[m.Name] {
			return fmt.Errorf("%w: modules[%d]: module %q appears twice", ErrBadInput, i, m.Name)
		}
		seen[m.Name] = true
		if len(m.X) != t.Tokens*m.In || (!xOnly && len(m.Delta) != t.Tokens*m.Out) {
			return fmt.Errorf("%w: module %q: |x| = %d, |delta| = %d, want %d×%d and %d×%d", ErrBadInput, m.Name, len(m.X), len(m.Delta), t.Tokens, m.In, t.Tokens, m.Out)
		}
	}
	return nil
}

// noDeltas reports whether no module carries Δy.
func (t *Trace) noDeltas() bool {
	for i := range t.Modules {
		if t.Modules[i].Delta != nil {
			return false
		}
	}
	return true
}

// Encode returns the manifest and safetensors bytes of the trace: a complete
// one, or an x-only one (no module with Δy).
func (t *Trace) Encode() (manifestBytes, tensors []byte, err error) {
	if err := t.validate(false); err != nil {
		return nil, nil, err
	}
	xOnly := t.noDeltas()
	st := &safetensors.File{Metadata: map[string]string{"format": Format}}
	mf := manifest{Format: Format, Version: Version, Scheme: quant.Scheme, ModelID: t.ModelID, AdapterID: t.AdapterID,
		Tokens: t.Tokens, TensorsFile: TensorsFile}
	for _, m := range t.Modules {
		if err := st.Add(safetensors.NewI8(m.Name+".x", []int{t.Tokens, m.In}, m.X)); err != nil {
			return nil, nil, fmt.Errorf("engine trace: %w", err)
		}
		if !xOnly {
			if err := st.Add(safetensors.NewI32(m.Name+".delta", []int{t.Tokens, m.Out}, m.Delta)); err != nil {
				return nil, nil, fmt.Errorf("engine trace: %w", err)
			}
		}
		mf.Modules = append(mf.Modules, manifestModule{Name: m.Name, In: m.In, Out: m.Out, Rank: m.Rank,
			XExp: m.XExp, WExp: m.WExp, DeltaExp: m.DeltaExp})
	}
	if tensors, err = safetensors.Encode(st); err != nil {
		return nil, nil, fmt.Errorf("engine trace: %w", err)
	}
	sum := sha256.Sum256(tensors)
	mf.TensorsSHA256 = hex.EncodeToString(sum[:])
	if manifestBytes, err = json.MarshalIndent(mf, "", "  "); err != nil {
		return nil, nil, fmt.Errorf("engine trace: %w", err)
	}
	return append(manifestBytes, '\n'), tensors, nil
}

// Write writes the trace into dir (created if needed): the tensors first,
// then the manifest that names their hash, each atomically.
func (t *Trace) Write(dir string) error {
	mb, tb, err := t.Encode()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("engine trace: %w", err)
	}
	if err := renameio.WriteFile(filepath.Join(dir, TensorsFile), tb, 0o644); err != nil {
		return fmt.Errorf("engine trace: %w", err)
	}
	if err := renameio.WriteFile(filepath.Join(dir, ManifestFile), mb, 0o644); err != nil {
		return fmt.Errorf("engine trace: %w", err)
	}
	return nil
}
