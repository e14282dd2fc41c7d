package tfblock

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// SlotCircuit proves one block step at a public position Pos ∈ [0, S]
// over a cache of S slots: one circuit, so one proving key, for every
// position of a context of S+1 tokens. The cache before the step is the
// first Pos slots; the other slots are padding (any int8 values). Its
// commitment is the chain over the first Pos slots, selected among the
// chain's S+1 prefixes by Pos's one-hot vector; the token's own key and
// value extend it as in StepCircuit. Attention is tfgadgets.AttendMasked
// over the slots (visible: j < Pos) plus the token's own key, which the
// operators' symmetry (max, sums) makes equal to tfops.Block.Step's.
//
// Cost: S chain links and the attention over S+1 keys at every position,
// so a step costs what StepCircuit costs at its last position.
type SlotCircuit struct {
	X    []frontend.Variable
	K, V [][]frontend.Variable // S slots of D values (int8)

	Pos      frontend.Variable `gnark:",public"`
	CacheIn  frontend.Variable `gnark:",public"`
	CacheOut frontend.Variable `gnark:",public"`
	XDigest  frontend.Variable `gnark:",public"`
	YDigest  frontend.Variable `gnark:",public"`

	Adapter []AdapterVars

	block *tfops.Block
	layer int
}

// NewSlots returns the slot circuit of block (layer index layer) over a
// cache of slots slots; rank > 0 adds a c_attn adapter of that rank.
func NewSlots(block *tfops.Block, layer, slots, rank int) (*SlotCircuit, error) {
	if err := block.Validate(); err != nil {
		return nil, err
	}
	if slots < 1 || slots >= tfops.MaxDim || rank < 0 || rank > tfops.MaxDim {
		return nil, fmt.Errorf("tfblock: %d slots, rank %d", slots, rank)
	}
	d := block.Dim()
	c := &SlotCircuit{X: make([]frontend.Variable, d), K: make([][]frontend.Variable, slots), V: make([][]frontend.Variable, slots), block: block, layer: layer}
	for j := range c.K {
		c.K[j], c.V[j] = make([]frontend.Variable, d), make([]frontend.Variable, d)
	}
	if rank > 0 {
		c.Adapter = []AdapterVars{{A: make([]frontend.Variable, rank*d), B: make([]frontend.Variable, 3*d*rank)}}
	}
	return c, nil
}

// AssignSlots returns the witness of the step at position len(cache.K) ≤
// slots (a: c_attn adapter or nil, committed under key); unused slots hold
// zeros.
func AssignSlots(block *tfops.Block, layer, slots int, x []int8, cache *tfops.KV, a *quant.AdapterLayer, key commit.AdapterKey) (*SlotCircuit, error) {
	t := len(cache.K)
	if t > slots {
		return nil, fmt.Errorf("tfblock: position %d beyond %d slots", t, slots)
	}
	sc, err := AssignAdapted(block, layer, x, cache, a, key)
	if err != nil {
		return nil, err
	}
	c := &SlotCircuit{X: sc.X, Pos: t, CacheIn: sc.CacheIn, CacheOut: sc.CacheOut, XDigest: sc.XDigest, YDigest: sc.YDigest, Adapter: sc.Adapter}
	zero := gadgets.Int8Vars(make([]int8, block.Dim()))
	for j := 0; j < slots; j++ {
		if j < t {
			c.K, c.V = append(c.K, sc.K[j]), append(c.V, sc.V[j])
		} else {
			c.K, c.V = append(c.K, zero), append(c.V, zero)
		}
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *SlotCircuit) Define(api frontend.API) error {
	slots := len(c.K)
	g := gadgets.New(api)
	tf := tfgadgets.New(api, g)
	g.AssertInt8(c.X...) // mutant:tfslots-x-int8
	for j := 0; j < slots; j++ {
		g.AssertInt8(c.K[j]...) // mutant:tfslots-k-int8
		g.AssertInt8(c.V[j]...) // mutant:tfslots-v-int8
	}
	// Pos ∈ [0, slots]: mask_j = [j ≤ Pos], hot_j = [j = Pos] over slots+1.
	mask, hot, err := tf.Position(c.Pos, slots+1)
	if err != nil {
		return err
	}
	// The chain's prefixes 0..slots; the one after Pos links is CacheIn.
	chain := commit.Const(tfops.KVStart(c.layer))[0]
	selected := api.Mul(hot[0], chain)
	for j := 0; j < slots; j++ {
		if chain, err = kvNext(api, chain, c.K[j], c.V[j]); err != nil {
			return err
		}
		selected = api.Add(selected, api.Mul(hot[j+1], chain))
	}
	api.AssertIsEqual(selected, c.CacheIn) // mutant:tfslots-cache-in
	// Slot j is visible before the token iff j < Pos: mask_j − hot_j.
	visible := make([]frontend.Variable, slots+1)
	for j := 0; j < slots; j++ {
		visible[j] = api.Sub(mask[j], hot[j])
	}
	visible[slots] = 1 // the token's own key
	hd := c.block.Head.HeadDim
	attend := func(hh int, q, k, v []frontend.Variable) ([]frontend.Variable, error) {
		lo, hi := hh*hd, (hh+1)*hd
		kh, vh := make([][]frontend.Variable, slots+1), make([][]frontend.Variable, slots+1)
		for j := 0; j < slots; j++ {
			kh[j], vh[j] = c.K[j][lo:hi], c.V[j][lo:hi]
		}
		kh[slots], vh[slots] = k, v
		return tf.AttendMasked(q, kh, vh, visible, c.block.Head)
	}
	return step{block: c.block, layer: c.layer, adapter: c.Adapter, x: c.X, xDigest: c.XDigest, yDigest: c.YDigest,
		cacheIn: c.CacheIn, cacheOut: c.CacheOut, attend: attend}.define(api, g, tf)
}
