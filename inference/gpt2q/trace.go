package gpt2q

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
	"github.com/openproof/openproof/inference/tfops"
)

// MaxTraceBytes bounds a trace file.
const MaxTraceBytes = 64 << 20

// ParseTrace decodes a trace (strict JSON: no duplicate keys, no nulls for
// numbers) and checks its shape; Verify checks its content.
func ParseTrace(b []byte) (*Trace, error) {
	var t Trace
	if err := strictjson.Unmarshal(b, &t); err != nil {
		if errors.Is(err, errs.ErrBadInput) {
			return nil, fmt.Errorf("gpt2q trace: %w", err)
		}
		return nil, fmt.Errorf("gpt2q trace: %v: %w", err, ErrBadInput)
	}
	if t.Format != TraceFormat {
		return nil, fmt.Errorf("gpt2q trace: format %q, want %q: %w", t.Format, TraceFormat, ErrBadInput)
	}
	if err := tfops.CheckBits(t.Width()); err != nil || t.ActBits == tfops.ActBits8 {
		return nil, fmt.Errorf("gpt2q trace: act_bits %d is not a known activation width (absent for 8, or 12): %w", t.ActBits, ErrBadInput)
	}
	if w, err := tfops.BitsOf(t.Scheme); err == nil && w != t.Width() {
		return nil, fmt.Errorf("gpt2q trace: act_bits %d does not match scheme %q (%d bits): %w", t.Width(), t.Scheme, w, ErrBadInput)
	}
	if len(t.Prompt) == 0 || len(t.Output) == 0 || len(t.Steps) != len(t.Prompt)+len(t.Output)-1 {
		return nil, fmt.Errorf("gpt2q trace: %d steps for a %d-token prompt and %d outputs: %w", len(t.Steps), len(t.Prompt), len(t.Output), ErrBadInput)
	}
	for i, s := range t.Steps {
		if s.Pos != i {
			return nil, fmt.Errorf("gpt2q trace: step %d has position %d: %w", i, s.Pos, ErrBadInput)
		}
	}
	return &t, nil
}

// ReadTrace reads and parses a trace file.
func ReadTrace(path string) (*Trace, error) {
	b, err := strictjson.ReadFile(path, MaxTraceBytes)
	if err != nil {
		return nil, fmt.Errorf("gpt2q trace: %w", err)
	}
	return ParseTrace(b)
}

// Encode returns the trace as JSON (one line).
func (t *Trace) Encode() ([]byte, error) {
	b, err := json.Marshal(t)
	if err != nil {
		return nil, fmt.Errorf("gpt2q trace: %w", err)
	}
	return append(b, '\n'), nil
}

// Write writes the trace to path.
func (t *Trace) Write(path string) error {
	b, err := t.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("gpt2q trace: %w", err)
	}
	return nil
}
