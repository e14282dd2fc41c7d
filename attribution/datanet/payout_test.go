package datanet

import (
	"testing"

	"github.com/openproof/openproof/inference/commit"
)

func TestPayoutAddress(t *testing.T) {
	for _, tc := range []struct {
		id string
		ok bool
	}{
		{"0x90F79bf6EB2c4f870365E785982E1f101E93b906", true},
		{"0X90f79bf6eb2c4f870365e785982e1f101e93b906", true},
		{"0x90F79bf6EB2c4f870365E785982E1f101E93b90", false},   // 39 digits
		{"0x90F79bf6EB2c4f870365E785982E1f101E93b9066", false}, // 41 digits
		{"0x90F79bf6EB2c4f870365E785982E1f101E93b90g", false},  // not hex
		{"1x90F79bf6EB2c4f870365E785982E1f101E93b906", false},
		{"digit-3", false},
	} {
		a, ok := PayoutAddress(tc.id)
		if ok != tc.ok {
			t.Errorf("%q: ok %v, want %v", tc.id, ok, tc.ok)
		}
		if ok && (a[0] != 0x90 || a[19] != 0x06) {
			t.Errorf("%q: address %x", tc.id, a)
		}
	}
}

// TestContributorCommitmentBindsPayout: an address id's commitment is
// PayoutCommitment over the data commitment, so two ids naming different
// addresses never share one, and other ids keep the data commitment.
func TestContributorCommitmentBindsPayout(t *testing.T) {
	ex := []Example{{Label: 1, Input: []uint8{1, 2, 3}}}
	addr := "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
	a, _ := PayoutAddress(addr)
	got := ContributorCommitment(addr, 3, ex)
	if want := PayoutCommitment(a, DataCommitment(addr, 3, ex)); got != want {
		t.Fatalf("address id: %s, want PayoutCommitment %s", commit.Hex(got), commit.Hex(want))
	}
	if got == DataCommitment(addr, 3, ex) {
		t.Fatal("an address id's commitment does not bind the address")
	}
	b := a
	b[19] ^= 1
	if PayoutCommitment(b, DataCommitment(addr, 3, ex)) == got {
		t.Fatal("another payout gives the same commitment")
	}
	if ContributorCommitment("digit-3", 3, ex) != DataCommitment("digit-3", 3, ex) {
		t.Fatal("a plain id's commitment changed")
	}
}
