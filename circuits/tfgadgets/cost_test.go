package tfgadgets

import (
	"fmt"
	"math"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/tfops"
)

// costCircuit runs one gadget on In (no range checks of its own inputs).
type costCircuit struct {
	In    []frontend.Variable
	build func(api frontend.API, tf *TF, in []frontend.Variable) error
}

func (c *costCircuit) Define(api frontend.API) error {
	tf := New(api, gadgets.New(api))
	if err := c.build(api, tf, c.In); err != nil {
		return err
	}
	return tf.Err()
}

func constraints(t *testing.T, n int, build func(api frontend.API, tf *TF, in []frontend.Variable) error) int {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &costCircuit{In: blank(n), build: build})
	if err != nil {
		t.Fatal(err)
	}
	return ccs.GetNbConstraints()
}

func constLN(d int) *tfops.LayerNorm {
	g, b := make([]float32, d), make([]float32, d)
	for i := range g {
		g[i], b[i] = 1+float32(i%5)/10, float32(i%3)/10
	}
	ln, _ := tfops.NewLayerNorm(g, b, 1e-5, 4, 4)
	return ln
}

// TestCost measures each gadget's constraints by compiling it at two sizes;
// the difference over the size difference is the cost per element, without
// the shared tables (byte table, exp table). Both sizes have the same bit
// length, so that the width of the sums' range checks (which grows with
// log2 n) stays the same. The figures in bench/results.md
// ("transformer gadgets") come from
// `go test ./circuits/tfgadgets -run TestCost -v -count=1`.
func TestCost(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a dozen circuits")
	}
	att, _ := tfops.NewAttention(16, 5, 5, 5, 5)
	samp, _ := tfops.NewSampler(1, 8, 10)
	all, _ := tfops.NewSampler(1, 1<<16, 10)
	m, _ := tfops.Multiplier(math.Ldexp(1, tfops.ExpFracBits-10))
	type gadget struct {
		name, unit string
		a, b       int // sizes compiled
		inputs     func(n int) int
		build      func(n int) func(api frontend.API, tf *TF, in []frontend.Variable) error
	}
	same := func(n int) int { return n }
	tests := []gadget{
		{"layernorm", "element", 72, 120, same, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.LayerNorm(in, constLN(n))
				return err
			}
		}},
		{"softmax", "score", 72, 120, same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error { _, err := tf.Softmax(in, m); return err }
		}},
		{"attention step (h=16)", "visible key", 36, 60, func(n int) int { return 16 + 2*16*n }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				k, v := make([][]frontend.Variable, n), make([][]frontend.Variable, n)
				for j := range k {
					k[j], v[j] = in[16+32*j:32+32*j], in[32+32*j:48+32*j]
				}
				_, err := tf.AttendStep(in[:16], k, v, att)
				return err
			}
		}},
		{"masked attention step (h=16)", "cache slot", 36, 60, func(n int) int { return 17 + 2*16*n }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				k, v := make([][]frontend.Variable, n), make([][]frontend.Variable, n)
				for j := range k {
					k[j], v[j] = in[17+32*j:33+32*j], in[33+32*j:49+32*j]
				}
				mask, _, err := tf.Position(in[16], n)
				if err != nil {
					return err
				}
				_, err = tf.AttendMasked(in[:16], k, v, mask, att)
				return err
			}
		}},
		{"residual", "element", 72, 120, func(n int) int { return 2 * n }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				_, err := tf.Residual(in[:n], in[n:], tfops.Residual{AExp: 4, BExp: 5, OutExp: 4})
				return err
			}
		}},
		{"argmax", "logit", 72, 120, same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error { _, _, err := tf.Argmax(in); return err }
		}},
		{"sample, top-k = 8", "logit", 72, 120, func(n int) int { return n + 2 }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				u, err := tf.Uniform(in[n], in[n+1])
				if err != nil {
					return err
				}
				_, err = tf.Sample(in[:n], samp, u)
				return err
			}
		}},
		{"sample, no top-k", "logit", 72, 120, func(n int) int { return n + 2 }, func(n int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				u, err := tf.Uniform(in[n], in[n+1])
				if err != nil {
					return err
				}
				_, err = tf.Sample(in[:n], all, u)
				return err
			}
		}},
	}
	// One range check of an activation-sized value: what a saturated int8
	// output costs, and what a 16-bit one would (the error budget in
	// docs/fixed-point-transformer.md).
	for _, b := range []int{8, 16} {
		tests = append(tests, gadget{fmt.Sprintf("range check, %d bits", b), "value", 72, 120, same, func(int) func(frontend.API, *TF, []frontend.Variable) error {
			return func(_ frontend.API, tf *TF, in []frontend.Variable) error {
				for _, v := range in {
					tf.bits(v, b)
				}
				return nil
			}
		}})
	}
	for _, g := range tests {
		ca := constraints(t, g.inputs(g.a), g.build(g.a))
		cb := constraints(t, g.inputs(g.b), g.build(g.b))
		per := float64(cb-ca) / float64(g.b-g.a)
		t.Logf("%-22s n=%d: %7d  n=%d: %7d  → %.2f per %s", g.name, g.a, ca, g.b, cb, per, g.unit)
		if per <= 0 {
			t.Errorf("%s: cost does not grow with n", g.name)
		}
	}
	u := constraints(t, 2, func(_ frontend.API, tf *TF, in []frontend.Variable) error {
		_, err := tf.Uniform(in[0], in[1])
		return err
	})
	t.Logf("%-22s %d constraints per sampled token (Poseidon2 + canonical split, with the byte table)", "uniform", u)
}
