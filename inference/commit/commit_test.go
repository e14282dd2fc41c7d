package commit

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/inference/quant"
)

type digestCircuit struct {
	X, Y     []frontend.Variable
	A0, B0   []frontend.Variable
	M0, Salt frontend.Variable
	Owner    frontend.Variable
	In, Out  frontend.Variable `gnark:",public"`
	Adapter  frontend.Variable `gnark:",public"`
	rank, n  int
}

func (c *digestCircuit) Define(api frontend.API) error {
	in, err := InputDigestVars(api, c.X)
	if err != nil {
		return err
	}
	out, err := OutputDigestVars(api, c.Y)
	if err != nil {
		return err
	}
	ad, err := AdapterCommitmentVars(api, c.Salt, c.Owner, 2, []AdapterLayerVars{{Layer: 1, Rank: c.rank, M: c.M0, A: c.A0, B: c.B0}})
	if err != nil {
		return err
	}
	api.AssertIsEqual(in, c.In)
	api.AssertIsEqual(out, c.Out)
	api.AssertIsEqual(ad, c.Adapter)
	return nil
}

func vars8(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

func rand8(rng *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(rng.IntN(256) - 128)
	}
	return v
}

// The native and in-circuit digests are the same function: if the layout in
// one of them drifts, the circuit stops being satisfiable.
func TestNativeMatchesCircuit(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 30, 31, 32, 63, 100} {
		x, y := rand8(rng, n), rand8(rng, n/2+1)
		const rank, in, out = 2, 5, 3
		a := &quant.Adapter{Name: "t", Layers: []quant.AdapterLayer{{Layer: 1, Rank: rank, M: 0xdeadbeef, A: rand8(rng, rank*in), B: rand8(rng, out*rank)}}}
		key := AdapterKey{Salt: Uint(rng.Uint64()), Owner: Uint(rng.Uint64())}
		com, err := AdapterCommitment(a, []int{0, rank}, key)
		if err != nil {
			t.Fatal(err)
		}
		circuit := &digestCircuit{X: make([]frontend.Variable, n), Y: make([]frontend.Variable, len(y)),
			A0: make([]frontend.Variable, rank*in), B0: make([]frontend.Variable, out*rank), rank: rank}
		good := &digestCircuit{X: vars8(x), Y: vars8(y), A0: vars8(a.Layers[0].A), B0: vars8(a.Layers[0].B),
			M0: a.Layers[0].M, Salt: key.Salt, Owner: key.Owner, In: InputDigest(x), Out: OutputDigest(y), Adapter: com}
		if err := test.IsSolved(circuit, good, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("n=%d: native digests rejected by the circuit: %v", n, err)
		}
		bad := *good
		bad.X = vars8(append([]int8{x[0] + 1}, x[1:]...))
		if test.IsSolved(circuit, &bad, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: changed input accepted", n)
		}
		wrongOwner := *good
		wrongOwner.Owner = key.Owner.Uint64() + 1
		if test.IsSolved(circuit, &wrongOwner, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: another owner accepted", n)
		}
	}
}

func TestDigestsSeparateDomainsAndLengths(t *testing.T) {
	x := []int8{1, 2, 3}
	if InputDigest(x) == OutputDigest(x) {
		t.Fatal("input and output digests of the same values collide")
	}
	// A trailing −128 packs to 0: the length prefix must still tell them apart.
	if InputDigest([]int8{1}) == InputDigest([]int8{1, -128}) {
		t.Fatal("digest ignores length")
	}
	a := &quant.Adapter{Layers: []quant.AdapterLayer{{Layer: 0, Rank: 1, M: 1, A: []int8{1}, B: []int8{2}}}}
	c1, _ := AdapterInnerCommitment(a, []int{1}, Uint(1))
	c2, _ := AdapterInnerCommitment(a, []int{1}, Uint(2))
	if c1 == c2 {
		t.Fatal("salt does not change the commitment")
	}
	if _, err := AdapterInnerCommitment(a, []int{2}, Uint(1)); err == nil {
		t.Fatal("shape mismatch accepted")
	}
}

func TestPackRoundTrip(t *testing.T) {
	v := []uint64{1, 2, 0xffffffff, 0, 7, 8, 9, 10}
	p := Pack(v, 32)
	if len(p) != 2 {
		t.Fatalf("8 int32 values pack into %d elements, want 2", len(p))
	}
	var want fr.Element
	want.SetUint64(10)
	if p[1] != want {
		t.Fatalf("second element %v, want 10", p[1].String())
	}
	e, err := ParseHex(Hex(p[0]))
	if err != nil || e != p[0] {
		t.Fatalf("hex round trip: %v", err)
	}
	for _, s := range []string{"", "12", "0xzz", "0x" + "ff" + Hex(p[0])[2:]} {
		if _, err := ParseHex(s); err == nil {
			t.Errorf("ParseHex(%q) accepted", s)
		}
	}
}
