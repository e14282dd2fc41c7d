package lora

import (
	"errors"
	"strings"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
)

func newTrace(t *testing.T, f *fixture) *trace.Trace {
	t.Helper()
	a := f.a
	if len(a.Layers) == 0 {
		a = nil
	}
	tr, err := trace.New(f.m, a, f.key, f.x, f.trs)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// A witness built from a trace alone equals the one Assign builds from the
// model, adapter and input, and satisfies the circuit.
func TestAssignFromTrace(t *testing.T) {
	for _, tc := range []struct {
		name  string
		acts  []quant.Activation
		shape []int
	}{
		{"relu-none/r2-r2", reluNone, []int{2, 2}},
		{"gelu-gelu/r0-r3", geluGELU, []int{0, 3}},
		{"relu-gelu/base", reluGELU, []int{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, 21, tc.acts, tc.shape)
			tr := newTrace(t, f)
			got, err := AssignFromTrace(f.m, tr)
			if err != nil {
				t.Fatal(err)
			}
			if err := test.IsSolved(f.circuit(t), got, field); err != nil {
				t.Fatalf("witness from trace rejected: %v", err)
			}
			if tr.Adapter == nil {
				f.key = commit.AdapterKey{} // a base-model trace commits with salt 0
			}
			want := f.assign(t)
			gw, ww := gadgetstest.Witness(t, got), gadgetstest.Witness(t, want)
			gb, _ := gw.MarshalBinary()
			wb, _ := ww.MarshalBinary()
			if string(gb) != string(wb) {
				t.Fatal("witness from trace differs from Assign's")
			}
		})
	}
}

func TestAssignFromTraceRejects(t *testing.T) {
	f := newFixture(t, 22, reluNone, []int{2, 2})
	other := newFixture(t, 23, reluNone, []int{2, 2})
	tests := []struct {
		name string
		mod  func(tr *trace.Trace)
		want string
	}{
		{"other model", func(tr *trace.Trace) { tr.Model = newTrace(t, other).Model }, "digest"},
		{"bad model digest hex", func(tr *trace.Trace) { tr.Model.Digest = "0xzz" }, "model.digest"},
		{"input digest", func(tr *trace.Trace) { tr.InputDigest = commit.Hex(commit.Uint(1)) }, "input_digest"},
		{"output digest", func(tr *trace.Trace) { tr.Output[0]++ }, "output_digest"},
		{"adapter weight", func(tr *trace.Trace) { tr.Adapter.Layers[1].B[0]++ }, "commitment"},
		{"adapter salt", func(tr *trace.Trace) { tr.Adapter.Salt = commit.Hex(commit.Uint(5)) }, "commitment"},
		{"short input", func(tr *trace.Trace) { tr.Input = tr.Input[1:] }, "input"},
		{"short A", func(tr *trace.Trace) { tr.Adapter.Layers[0].A = tr.Adapter.Layers[0].A[1:] }, "|A|"},
		{"shape length", func(tr *trace.Trace) { tr.Adapter.Shape = []int{2} }, "shape"},
		{"shape without layer", func(tr *trace.Trace) { tr.Adapter.Shape = []int{2, 3} }, "shape"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newTrace(t, f)
			tc.mod(tr)
			_, err := AssignFromTrace(f.m, tr)
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("AssignFromTrace = %v, want ErrBadInput mentioning %q", err, tc.want)
			}
		})
	}
	if _, err := AssignFromTrace(f.m, nil); !errors.Is(err, ErrBadInput) {
		t.Fatalf("nil trace: %v", err)
	}
}

// A trace whose digests match its values but whose output is not what the
// model computes yields an assignment; the circuit rejects it.
func TestAssignFromForgedTrace(t *testing.T) {
	f := newFixture(t, 24, reluGELU, []int{2, 2})
	tr := newTrace(t, f)
	tr.Output[0] ^= 1
	tr.OutputDigest = commit.Hex(commit.OutputDigest(tr.Output))
	c, err := AssignFromTrace(f.m, tr)
	if err != nil {
		t.Fatal(err)
	}
	if test.IsSolved(f.circuit(t), c, field) == nil {
		t.Fatal("forged output accepted")
	}
}
