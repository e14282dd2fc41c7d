package commit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/openproof/openproof/inference/quant"
)

type ownedCircuit struct {
	Inner, Owner frontend.Variable
	Com          frontend.Variable `gnark:",public"`
}

func (c *ownedCircuit) Define(api frontend.API) error {
	com, err := OwnedCommitmentVars(api, c.Inner, c.Owner)
	if err != nil {
		return err
	}
	api.AssertIsEqual(com, c.Com)
	return nil
}

// The owned commitment in and out of a circuit: the owner is bound, and an
// owner of 2^160 or more (no address) is refused even when the public
// commitment follows it.
func TestOwnedCommitmentCircuit(t *testing.T) {
	demo := DemoKey().Owner
	var big160 fr.Element
	big160.SetBigInt(new(big.Int).Lsh(big.NewInt(1), OwnerBits))
	inner := Uint(12345)
	var maxAddr fr.Element
	maxAddr.SetBigInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), OwnerBits), big.NewInt(1)))
	for _, tc := range []struct {
		name       string
		owner, pub fr.Element
		wantSolved bool
	}{
		{"honest", demo, OwnedCommitment(inner, demo), true},
		{"max address", maxAddr, fr.Element{}, true},
		{"wrong owner", Uint(7), OwnedCommitment(inner, demo), false},
		{"owner 2^160, public follows", big160, OwnedCommitment(inner, big160), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pub := tc.pub
			if pub.IsZero() {
				pub = OwnedCommitment(inner, tc.owner)
			}
			w := &ownedCircuit{Inner: Const(inner)[0], Owner: Const(tc.owner)[0], Com: Const(pub)[0]}
			err := test.IsSolved(&ownedCircuit{}, w, ecc.BN254.ScalarField())
			if (err == nil) != tc.wantSolved {
				t.Fatalf("solved=%v, want %v (%v)", err == nil, tc.wantSolved, err)
			}
		})
	}
}

func TestParseOwner(t *testing.T) {
	o, err := ParseOwner(DemoOwner)
	if err != nil {
		t.Fatal(err)
	}
	h, err := OwnerHex(o)
	if err != nil || h != "0x70997970c51812dc3a010c7d01b50e0d17dc79c8" {
		t.Fatalf("OwnerHex = %q, %v", h, err)
	}
	for _, bad := range []string{"", "0x", "70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x70997970C51812dc3A010C7d01b50e0d17dc79", "0xzz997970C51812dc3A010C7d01b50e0d17dc79C8", "0x70997970C51812dc3A010C7d01b50e0d17dc79C800"} {
		if _, err := ParseOwner(bad); err == nil {
			t.Errorf("ParseOwner(%q) accepted", bad)
		}
	}
	var e fr.Element
	e.SetBigInt(new(big.Int).Lsh(big.NewInt(1), OwnerBits))
	if _, err := OwnerHex(e); err == nil {
		t.Error("OwnerHex(2^160) accepted")
	}
}

// The base commitment is the general formula on the empty adapter under the
// zero key, for every layer count.
func TestBaseCommitmentIsEmptyAdapter(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7} {
		want, err := AdapterCommitment(&quant.Adapter{}, make([]int, n), AdapterKey{})
		if err != nil {
			t.Fatal(err)
		}
		if got := BaseCommitment(n); got != want {
			t.Errorf("%d layers: BaseCommitment %s, AdapterCommitment of the empty adapter %s", n, Hex(got), Hex(want))
		}
	}
	if BaseCommitment(2) == BaseCommitment(3) {
		t.Error("base commitments of 2 and 3 layers collide")
	}
}
