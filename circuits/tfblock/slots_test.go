package tfblock

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets/gadgetstest"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// slotsAt returns the witnesses of the steps at positions 0..slots of one
// generation (the cache grows by one entry per step).
func slotsAt(t *testing.T, b *tfops.Block, slots int, a *quant.AdapterLayer) []*SlotCircuit {
	r := rand.New(rand.NewPCG(uint64(slots), 9))
	key := commit.AdapterKey{Salt: fr.NewElement(5), Owner: commit.DemoKey().Owner}
	cache := &tfops.KV{}
	var out []*SlotCircuit
	for pos := 0; pos <= slots; pos++ {
		x := rand8(r, b.Dim())
		w, err := AssignSlots(b, 0, slots, x, cache, a, key)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, w)
		if _, err := b.StepAdapted(x, cache, a); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func cloneSlots(w *SlotCircuit) *SlotCircuit {
	c := *w
	c.X = append([]frontend.Variable(nil), w.X...)
	c.K, c.V = clone2(w.K), clone2(w.V)
	return &c
}

// One circuit proves every position; the step's public outputs are those
// of StepCircuit at the same position.
func TestSlots(t *testing.T) {
	b := randomBlock(t, 7, 8, 2, 16)
	const slots = 3
	c, err := NewSlots(b, 0, slots, 0)
	if err != nil {
		t.Fatal(err)
	}
	ws := slotsAt(t, b, slots, nil)
	for pos, w := range ws {
		if err := solved(c, w); err != nil {
			t.Fatalf("position %d: honest step rejected: %v", pos, err)
		}
	}
	w := ws[2]
	tests := []struct {
		name string
		mut  func(v *SlotCircuit)
	}{
		{"position − 1", func(v *SlotCircuit) { v.Pos = 1 }},
		{"position + 1", func(v *SlotCircuit) { v.Pos = 3 }},
		{"position past the slots", func(v *SlotCircuit) { v.Pos = slots + 1 }},
		{"cache before", func(v *SlotCircuit) { v.CacheIn = plusOne(v.CacheIn) }},
		{"cache after", func(v *SlotCircuit) { v.CacheOut = plusOne(v.CacheOut) }},
		{"output digest", func(v *SlotCircuit) { v.YDigest = plusOne(v.YDigest) }},
		{"input digest", func(v *SlotCircuit) { v.XDigest = plusOne(v.XDigest) }},
		{"a cached key", func(v *SlotCircuit) { v.K[1][2] = plusOne(v.K[1][2]) }},
		{"a cached value", func(v *SlotCircuit) { v.V[0][5] = plusOne(v.V[0][5]) }},
		{"another position's outputs", func(v *SlotCircuit) { v.YDigest, v.CacheOut = ws[1].YDigest, ws[1].CacheOut }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := cloneSlots(w)
			tc.mut(v)
			if solved(c, v) == nil {
				t.Fatal("accepted")
			}
		})
	}
	// Padding slots (j ≥ Pos) take no part.
	v := cloneSlots(w)
	v.K[2][0], v.V[2][1] = int64(77), int64(-5)
	if err := solved(c, v); err != nil {
		t.Fatalf("padding changed the step: %v", err)
	}
}

func TestSlotsAdapted(t *testing.T) {
	b := randomBlock(t, 8, 8, 2, 16)
	r := rand.New(rand.NewPCG(3, 3))
	a := randomAdapter(r, b.Dim(), 2)
	c, err := NewSlots(b, 0, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	for pos, w := range slotsAt(t, b, 2, a) {
		if err := solved(c, w); err != nil {
			t.Fatalf("position %d: honest adapted step rejected: %v", pos, err)
		}
		v := cloneSlots(w)
		v.Adapter = []AdapterVars{w.Adapter[0]}
		v.Adapter[0].M = plusOne(v.Adapter[0].M)
		if solved(c, v) == nil {
			t.Fatalf("position %d: another M accepted", pos)
		}
	}
}

// Out-of-range cache and input values that keep every commitment, with
// the outputs following: only the int8 checks refuse them.
func TestSlotsAliases(t *testing.T) {
	b := randomBlock(t, 9, 8, 2, 16)
	c, err := NewSlots(b, 0, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	w := slotsAt(t, b, 3, nil)[2]
	alias := func(v []frontend.Variable) {
		v[0] = new(big.Int).Add(toBig(v[0]), big.NewInt(256))
		v[1] = new(big.Int).Sub(toBig(v[1]), big.NewInt(1))
	}
	for _, tc := range []struct {
		name string
		mut  func(v *SlotCircuit)
	}{
		{"input", func(v *SlotCircuit) { alias(v.X) }},
		{"key", func(v *SlotCircuit) { alias(v.K[1]) }},
		{"value", func(v *SlotCircuit) { alias(v.V[0]) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := cloneSlots(w)
			tc.mut(v)
			// Pos (0), CacheIn (1) and XDigest (3) are inputs.
			if err := gadgetstest.FollowPublicsExcept(ccs, gadgetstest.Witness(t, v), []int{0, 1, 3}, gadgetstest.LenientOpts(t, "")...); err == nil {
				t.Fatal("an aliased witness accepted")
			}
		})
	}
}

func TestSlotsMalicious(t *testing.T) {
	b := randomBlock(t, 4, 4, 2, 8)
	c, err := NewSlots(b, 0, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	ccs := gadgetstest.Compile(t, c)
	// Position 2; Pos, CacheIn and XDigest are the verifier's (Fixed), the
	// outputs follow.
	w := slotsAt(t, b, 3, nil)[2]
	wit := gadgetstest.Witness(t, w)
	// "A masked score as the maximum" needs a masked score above the
	// visible ones, which this fixture lacks (tfgadgets' masked attention
	// test runs that lie).
	lies := map[string][]gadgetstest.Lie{}
	for h, ls := range gadgetstest.TFLies {
		for _, l := range ls {
			if l.Name != "m = a masked score's" {
				lies[h] = append(lies[h], l)
			}
		}
	}
	gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit, Lies: lies,
		Sites: []int64{gadgetstest.AllSites, 0, 1}, SomeSite: true, Lenient: true, ByConstraint: true})
	t.Run("follow", func(t *testing.T) {
		gadgetstest.Run(t, gadgetstest.Malicious{CCS: ccs, Witness: wit, Lies: lies,
			Sites: []int64{gadgetstest.AllSites, 0, 1}, SomeSite: true,
			Lenient: true, ByConstraint: true, FollowPublics: true, Fixed: []string{"Pos", "CacheIn", "XDigest"}})
	})
}
