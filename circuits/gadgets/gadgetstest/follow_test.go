package gadgetstest

import (
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
)

// followCircuit has a verifier's input P and two outputs that are equal
// when P = 0: A = X², B = X² + P; Q = X·P + X; and P + X = Z binds P to
// the secret X and Z.
type followCircuit struct {
	X, Z    frontend.Variable
	P, A, B frontend.Variable `gnark:",public"`
	Q       frontend.Variable `gnark:",public"`
}

func (c *followCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(c.P, c.X), c.Z)
	x2 := api.Mul(c.X, c.X)
	api.AssertIsEqual(c.A, x2)
	api.AssertIsEqual(c.B, api.Add(x2, c.P))
	api.AssertIsEqual(c.Q, api.Add(api.Mul(c.X, c.P), c.X))
	return nil
}

func publics(t *testing.T, w interface{ Vector() any }) []int64 {
	t.Helper()
	vec := w.Vector().(fr.Vector)
	out := make([]int64, 4)
	for i := range out {
		out[i] = int64(vec[i].Uint64())
	}
	return out
}

// TestFollowPublicsByPosition: the outputs move by their wires, so equal
// output values are not confused, and a Fixed input stays.
func TestFollowPublicsByPosition(t *testing.T) {
	ccs := Compile(t, &followCircuit{})
	idx, err := PublicIndices(ccs, "P", "Q")
	if err != nil || len(idx) != 2 || idx[0] != 0 || idx[1] != 3 {
		t.Fatalf("PublicIndices = %v, %v", idx, err)
	}
	if _, err := PublicIndices(ccs, "X"); err == nil {
		t.Fatal("a secret input found as public")
	}
	tests := []struct {
		name  string
		p, z  int64
		fixed []int
		want  []int64 // P, A, B, Q after following; nil: refused
	}{
		{"equal outputs", 0, 4, []int{0}, []int64{0, 16, 16, 4}},
		{"outputs differ", 2, 6, []int{0}, []int64{2, 16, 18, 12}},
		// P + X = Z refuses X = 4 unless P moves (to 1): a Fixed P stays.
		{"fixed input stays", 2, 5, []int{0}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Honest for X = 3; the witness claims X = 4 with the old outputs.
			w := Witness(t, &followCircuit{X: 4, Z: tc.z, P: tc.p, A: 9, B: 9 + tc.p, Q: 3*tc.p + 3})
			err := FollowPublicsExcept(ccs, w, tc.fixed)
			if tc.want == nil {
				if err == nil {
					t.Fatal("accepted by moving a fixed input")
				}
				// Not fixed, P moves and the rest follows.
				w = Witness(t, &followCircuit{X: 4, Z: tc.z, P: tc.p, A: 9, B: 9 + tc.p, Q: 3*tc.p + 3})
				if err := FollowPublics(ccs, w); err != nil {
					t.Fatalf("P not moved: %v", err)
				}
				if got := publics(t, w); got[0] != tc.p-1 {
					t.Fatalf("publics %v, want P = %d", got, tc.p-1)
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			got := publics(t, w)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("publics %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// followHintCircuit outputs Y = h(X) + h(X) for a hint h that returns its
// input: a lie at the hint's second call changes Y by following it only if
// every solve lies at that call.
type followHintCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func identityHint(_ *big.Int, in, out []*big.Int) error {
	out[0].Set(in[0])
	return nil
}

func init() { solver.RegisterHint(identityHint) }

func (c *followHintCircuit) Define(api frontend.API) error {
	a, err := api.Compiler().NewHint(identityHint, 1, c.X)
	if err != nil {
		return err
	}
	b, err := api.Compiler().NewHint(identityHint, 1, api.Add(c.X, 1))
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Y, api.Add(a[0], b[0]))
	return nil
}

// TestFollowRestartsSites: a lie at call site 1 lies in every solve that
// FollowPublics makes, so Y follows it and the (unconstrained) hint's lie
// is accepted; the test expects exactly that acceptance.
func TestFollowRestartsSites(t *testing.T) {
	ccs := Compile(t, &followHintCircuit{})
	w := Witness(t, &followHintCircuit{X: 5, Y: 11})
	name := solver.GetHintName(identityHint)
	var calls, lies atomic.Int64
	lying := func(mod *big.Int, in, out []*big.Int) error {
		out[0].Set(in[0])
		if calls.Add(1)-1 == 1 {
			lies.Add(1)
			out[0].Add(out[0], big.NewInt(1))
		}
		return nil
	}
	err := FollowPublicsEach(ccs, w, nil, func() []solver.Option {
		calls.Store(0)
		return []solver.Option{solver.OverrideHint(solver.GetHintID(identityHint), lying)}
	})
	if err != nil {
		t.Fatalf("%s: the following lie refused: %v", name, err)
	}
	if y := w.Vector().(fr.Vector)[0]; y.Uint64() != 12 || lies.Load() < 2 {
		t.Fatalf("Y = %d after %d lies, want 12 after 2 or more", y.Uint64(), lies.Load())
	}
}
