package lora

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

var (
	reluNone = []quant.Activation{quant.ActReLU, quant.ActNone}
	geluGELU = []quant.Activation{quant.ActGELU, quant.ActGELU}
	reluGELU = []quant.Activation{quant.ActReLU, quant.ActGELU}
)

// The honest assignment of every variant satisfies the circuit: the
// circuit's output digest, computed in-circuit from its own forward pass,
// equals commit.OutputDigest of quant's Forward output.
func TestValidWitness(t *testing.T) {
	tests := []struct {
		name  string
		acts  []quant.Activation
		shape []int
	}{
		{"relu-none/r2-r2", reluNone, []int{2, 2}},
		{"relu-none/r0-r2", reluNone, []int{0, 2}},
		{"relu-none/r3-r0", reluNone, []int{3, 0}},
		{"relu-none/base", reluNone, []int{0, 0}},
		{"gelu-gelu/r2-r2", geluGELU, []int{2, 2}},
		{"relu-gelu/r2-r1", reluGELU, []int{2, 1}},
		{"gelu-gelu/base", geluGELU, []int{0, 0}},
	}
	sawHi, sawLo := false, false
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, uint64(i+1), tc.acts, tc.shape)
			w := f.assign(t)
			if got, want := toFr(w.OutputDigest), commit.OutputDigest(quant.Output(f.trs)); got != want {
				t.Fatalf("assigned output digest %s, quant.Forward gives %s", commit.Hex(got), commit.Hex(want))
			}
			if err := test.IsSolved(f.circuit(t), w, field); err != nil {
				t.Fatalf("honest witness rejected: %v", err)
			}
			hi, lo := f.saturated()
			sawHi, sawLo = sawHi || hi > 0, sawLo || lo > 0
		})
	}
	if !sawHi || !sawLo {
		t.Fatalf("fixtures never saturate (high %v, low %v): the clamp paths are untested", sawHi, sawLo)
	}
}

// The real R1CS solver agrees with the test engine on honest witnesses.
func TestValidWitnessR1CS(t *testing.T) {
	for i, acts := range [][]quant.Activation{reluNone, geluGELU} {
		f := newFixture(t, uint64(10+i), acts, []int{2, 2})
		ccs := gadgetstest.Compile(t, f.circuit(t))
		if err := ccs.IsSolved(gadgetstest.Witness(t, f.assign(t))); err != nil {
			t.Fatalf("%v: honest witness rejected by the R1CS solver: %v", acts, err)
		}
	}
}

// Every mutation of an honest witness must make the circuit unsatisfiable.
func TestSoundness(t *testing.T) {
	type mutation struct {
		name string
		mut  func(t *testing.T, f *fixture, c *InferenceCircuit)
	}
	bump := func(v *frontend.Variable) { *v = plusOne(*v) }
	mutations := []mutation{
		{"output digest", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.OutputDigest) }},
		{"input digest", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.InputDigest) }},
		{"model digest", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.ModelDigest) }},
		{"adapter commitment", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.AdapterCommitment) }},
		{"salt", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Salt) }},
		{"owner", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Owner) }},
		{"owner of 2^160 with its commitment", func(t *testing.T, f *fixture, c *InferenceCircuit) {
			key := f.key
			key.Owner.SetBigInt(new(big.Int).Lsh(big.NewInt(1), commit.OwnerBits))
			com, err := commit.AdapterCommitment(f.a, f.shape, key)
			if err != nil {
				t.Fatal(err)
			}
			c.Owner, c.AdapterCommitment = key.Owner, com
		}},
		{"A weight", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Adapter[0].A[3]) }},
		{"B weight", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Adapter[1].B[0]) }},
		{"M", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Adapter[0].M) }},
		{"input value", func(_ *testing.T, _ *fixture, c *InferenceCircuit) { bump(&c.Input[5]) }},
		{"input value with its digest", func(t *testing.T, f *fixture, c *InferenceCircuit) {
			// A changed input whose true output differs: the old output
			// digest is then a false claim.
			want := string(int8Bytes(quant.Output(f.trs)))
			for j := range f.x {
				x := append([]int8(nil), f.x...)
				x[j] = -x[j] / 2
				trs, err := f.m.Forward(t.Context(), x, f.a)
				if err != nil {
					t.Fatal(err)
				}
				if string(int8Bytes(quant.Output(trs))) != want {
					c.Input = vars8(x)
					c.InputDigest = commit.InputDigest(x)
					return
				}
			}
			t.Fatal("no input change alters the output")
		}},
		{"output of the base model", func(t *testing.T, f *fixture, c *InferenceCircuit) {
			trs, err := f.m.Forward(t.Context(), f.x, nil)
			if err != nil {
				t.Fatal(err)
			}
			c.OutputDigest = commit.OutputDigest(quant.Output(trs))
		}},
		{"another adapter under the same commitment", func(t *testing.T, f *fixture, c *InferenceCircuit) {
			g := newFixture(t, 77, reluNone, f.shape)
			other, err := Assign(f.m, f.shape, f.x, g.a, f.key)
			if err != nil {
				t.Fatal(err)
			}
			com := c.AdapterCommitment
			*c = *other
			c.AdapterCommitment = com
		}},
	}
	for _, acts := range [][]quant.Activation{reluNone, geluGELU} {
		f := newFixture(t, 3, acts, []int{2, 2})
		honest := f.assign(t)
		circuit := f.circuit(t)
		if err := test.IsSolved(circuit, honest, field); err != nil {
			t.Fatalf("%v: honest witness rejected: %v", acts, err)
		}
		for _, m := range mutations {
			t.Run(acts[0].String()+"/"+m.name, func(t *testing.T) {
				c := clone(honest)
				m.mut(t, f, c)
				if test.IsSolved(circuit, c, field) == nil {
					t.Fatal("mutated witness accepted")
				}
			})
		}
	}
}

// Witnesses that are consistent in every respect except that a value lies
// outside its range (chosen so that the packed digests do not change) must
// be rejected, and by the range check.
func TestRangeChecksAreNecessary(t *testing.T) {
	f := newFixture(t, 4, reluGELU, []int{2, 2})
	if got, want := forwardWide(f.m, widen(f.x), f.a, nil), quant.Output(f.trs); string(int8Bytes(got)) != string(int8Bytes(want)) {
		t.Fatalf("forwardWide %v disagrees with quant.Forward %v", got, want)
	}
	circuit := f.circuit(t)
	al0, al1 := f.a.Layers[0], f.a.Layers[1]
	tests := []struct {
		name string
		mut  func(c *InferenceCircuit) []int8 // returns the output the mutated witness computes
	}{
		{"input", func(c *InferenceCircuit) []int8 {
			x := widen(f.x)
			x[0], x[1] = x[0]+256, x[1]-1 // same packed element
			c.Input = vars64(x)
			return forwardWide(f.m, x, f.a, nil)
		}},
		{"A", func(c *InferenceCircuit) []int8 {
			a := widen(al0.A)
			a[0], a[1] = a[0]+256, a[1]-1
			c.Adapter[0].A = vars64(a)
			return forwardWide(f.m, widen(f.x), f.a, map[int]wideLayer{0: {A: a, B: widen(al0.B), M: big.NewInt(int64(al0.M))}})
		}},
		{"B", func(c *InferenceCircuit) []int8 {
			b := widen(al1.B)
			b[2], b[3] = b[2]-256, b[3]+1
			c.Adapter[1].B = vars64(b)
			return forwardWide(f.m, widen(f.x), f.a, map[int]wideLayer{1: {A: widen(al1.A), B: b, M: big.NewInt(int64(al1.M))}})
		}},
		{"M", func(c *InferenceCircuit) []int8 {
			m := big.NewInt(int64(al1.M) + 1<<32)
			c.Adapter[1].M = m
			c.AdapterCommitment = commitmentWithM(f, 1, m)
			return forwardWide(f.m, widen(f.x), f.a, map[int]wideLayer{1: {A: widen(al1.A), B: widen(al1.B), M: m}})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(f.assign(t))
			c.OutputDigest = commit.OutputDigest(tc.mut(c))
			err := test.IsSolved(circuit, c, field)
			if err == nil {
				t.Fatal("out-of-range witness accepted")
			}
			if !strings.Contains(err.Error(), "range check fails") {
				t.Fatalf("rejected, but not by a range check: %v", err)
			}
		})
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// commitmentWithM is the adapter commitment with layer k's multiplier
// replaced by an arbitrary field element, laid out as commit.AdapterCommitment.
func commitmentWithM(f *fixture, k int, m *big.Int) fr.Element {
	pre := commit.AdapterHeader(f.key.Salt, len(f.shape))
	for j, l := range f.a.Layers {
		var me fr.Element
		if j == k {
			me.SetBigInt(m)
		} else {
			me = commit.Uint(uint64(l.M))
		}
		pre = append(pre, commit.AdapterLayerHeader(l.Layer, l.Rank)...)
		pre = append(pre, me)
		pre = append(pre, commit.PackInt8(l.A)...)
		pre = append(pre, commit.PackInt8(l.B)...)
	}
	return commit.OwnedCommitment(commit.Hash(pre...), f.key.Owner)
}

// The statement is exactly four public inputs in the documented order, and
// every lookup and range check shares one Groth16 commitment.
func TestPublicInputsAndCommitment(t *testing.T) {
	for _, tc := range []struct {
		acts  []quant.Activation
		shape []int
	}{{reluNone, []int{2, 2}}, {geluGELU, []int{2, 0}}, {reluGELU, []int{0, 0}}} {
		f := newFixture(t, 5, tc.acts, tc.shape)
		ccs := gadgetstest.Compile(t, f.circuit(t))
		// The constant wire is public too.
		if n := ccs.GetNbPublicVariables(); n != 1+4 {
			t.Errorf("%v %v: %d public variables, want 1+4", tc.acts, tc.shape, n)
		}
		coms, ok := ccs.GetCommitments().(constraint.Groth16Commitments)
		if !ok || len(coms) != 1 {
			t.Errorf("%v %v: %d Groth16 commitments, want exactly 1", tc.acts, tc.shape, len(coms))
		}
		w := f.assign(t)
		pub, err := gadgetstest.Witness(t, w).Public()
		if err != nil {
			t.Fatal(err)
		}
		vec := pub.Vector().(fr.Vector)
		want := []frontend.Variable{w.ModelDigest, w.AdapterCommitment, w.InputDigest, w.OutputDigest}
		if len(vec) != len(want) {
			t.Fatalf("public witness has %d values, want %d", len(vec), len(want))
		}
		for i := range want {
			if vec[i] != toFr(want[i]) {
				w := toFr(want[i])
				t.Errorf("public input %d is %s, want %s", i, commit.Hex(vec[i]), commit.Hex(w))
			}
		}
	}
}

func TestNewRejects(t *testing.T) {
	f := newFixture(t, 6, reluGELU, []int{2, 2})
	good := f.m
	withLayer := func(mod func(l *quant.Layer)) *quant.Model {
		m := *good
		m.Layers = append([]quant.Layer(nil), good.Layers...)
		mod(&m.Layers[1])
		return &m
	}
	tests := []struct {
		name  string
		m     *quant.Model
		shape []int
	}{
		{"nil model", nil, nil},
		{"no layers", &quant.Model{Name: "empty"}, nil},
		{"short shape", good, []int{2}},
		{"negative rank", good, []int{-1, 0}},
		{"shift 0", withLayer(func(l *quant.Layer) { l.Shift = 0 }), []int{0, 0}},
		{"shift 40", withLayer(func(l *quant.Layer) { l.Shift = 40 }), []int{0, 0}},
		{"chain mismatch", withLayer(func(l *quant.Layer) { l.In = 5; l.W = l.W[:5*l.Out] }), []int{0, 0}},
		{"weights", withLayer(func(l *quant.Layer) { l.W = l.W[1:] }), []int{0, 0}},
		{"biases", withLayer(func(l *quant.Layer) { l.Bias = l.Bias[1:] }), []int{0, 0}},
		{"GELU table", withLayer(func(l *quant.Layer) { l.GELU = l.GELU[:10] }), []int{0, 0}},
		{"activation", withLayer(func(l *quant.Layer) { l.Act = 7 }), []int{0, 0}},
		{"accumulator bound", withLayer(func(l *quant.Layer) { l.Bias = []int32{1<<31 - 1, 0, 0, 0} }), []int{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.m, tc.shape)
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("New = %v, want ErrBadInput", err)
			}
		})
	}
	if _, err := New(good, []int{2, 2}); err != nil {
		t.Fatalf("valid model rejected: %v", err)
	}
}

func TestAssignRejects(t *testing.T) {
	f := newFixture(t, 8, reluNone, []int{2, 2})
	other := newFixture(t, 9, reluNone, []int{2, 0})
	tests := []struct {
		name  string
		shape []int
		x     []int8
		a     *quant.Adapter
	}{
		{"short input", f.shape, f.x[1:], f.a},
		{"adapter of another shape", f.shape, f.x, other.a},
		{"no adapter for an adapted shape", f.shape, f.x, nil},
		{"adapter for the base shape", []int{0, 0}, f.x, f.a},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Assign(f.m, tc.shape, tc.x, tc.a, f.key); !errors.Is(err, ErrBadInput) {
				t.Fatalf("Assign = %v, want ErrBadInput", err)
			}
		})
	}
}

func TestName(t *testing.T) {
	m := &quant.Model{Name: "mnist-mlp"}
	for _, tc := range []struct {
		shape []int
		want  string
	}{{[]int{8, 8}, "lora-inference/mnist-mlp/r8-r8"}, {[]int{0, 4}, "lora-inference/mnist-mlp/r0-r4"}} {
		if got := Name(m, tc.shape); got != tc.want {
			t.Errorf("Name(%v) = %q, want %q", tc.shape, got, tc.want)
		}
	}
	if Name(m, []int{1, 2}) == Name(m, []int{2, 1}) || !strings.HasPrefix(Name(nil, nil), "lora-inference/") {
		t.Error("names do not separate shapes")
	}
}
