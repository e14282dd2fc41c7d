// Package tfblock is the circuit of one GPT-2 decoder block's token step
// (inference/tfops.Block.Step): ln_1 → c_attn → causal multi-head attention
// over a committed KV cache → c_proj → residual → ln_2 → c_fc (GELU) →
// mlp.c_proj → residual, sized by the block's parameters and the token's
// position t (the number of cached positions, a compile-time constant: the
// causal mask is the circuit's shape).
//
// An adapted step (NewAdapted) also proves a LoRA adapter on attn.c_attn,
// private, bound by a public adapter commitment (AdapterVars).
//
// Public inputs: the KV-cache commitment before the step (the chain of
// tfops.KVNext over positions 0..t−1), the one after it (one more link, for
// the token's own key and value), and digests of the block's input and
// output (commit.InputDigest and commit.OutputDigest), so that steps chain:
// one step's output digest is the next layer's input digest, one token's
// cache commitment after is the next token's before.
//
// Soundness: every witness value that a digest or commitment packs is
// range-checked to int8 first, so the packing is injective and the
// Poseidon2 commitments bind the values; the weights are the circuit's
// constants; every operator is a circuits/gadgets or circuits/tfgadgets
// gadget, whose relations pin each hint.
package tfblock

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// StepCircuit proves one block step at position len(K).
type StepCircuit struct {
	X    []frontend.Variable   // the block's input (D, int8)
	K, V [][]frontend.Variable // the cache, positions 0..t−1 (D each, int8)

	CacheIn  frontend.Variable `gnark:",public"`
	CacheOut frontend.Variable `gnark:",public"`
	XDigest  frontend.Variable `gnark:",public"`
	YDigest  frontend.Variable `gnark:",public"`

	// Adapter holds the LoRA adapter on attn.c_attn of an adapted step
	// (NewAdapted), nothing otherwise.
	Adapter []AdapterVars

	block *tfops.Block
	layer int
}

// AdapterVars is a c_attn adapter's witness: A [rank][D], B [3D][rank]
// (int8), M (< 2^32), the salt and the owner (an address), and its public
// commitment: commit.OwnedCommitment of the owner and the inner commitment
// of a quant.Adapter adapting only model layer `layer`
// (commit.AdapterInnerCommitment with shape ranks[layer] = rank, length
// layer+1), so it binds the block index too.
type AdapterVars struct {
	A, B           []frontend.Variable
	M, Salt, Owner frontend.Variable
	Commitment     frontend.Variable `gnark:",public"`
}

// New returns the circuit of block (layer index layer) at position t.
func New(block *tfops.Block, layer, t int) (*StepCircuit, error) {
	if err := checkWidth(block); err != nil {
		return nil, err
	}
	if err := block.Validate(); err != nil {
		return nil, err
	}
	if t < 0 || t > tfops.MaxDim {
		return nil, fmt.Errorf("tfblock: position %d", t)
	}
	d := block.Dim()
	c := &StepCircuit{X: make([]frontend.Variable, d), K: make([][]frontend.Variable, t), V: make([][]frontend.Variable, t), block: block, layer: layer}
	for j := range c.K {
		c.K[j], c.V[j] = make([]frontend.Variable, d), make([]frontend.Variable, d)
	}
	return c, nil
}

// checkWidth refuses a block of activations wider than 8 bits: this
// circuit proves scheme openproof-int8-tf-v2 only; NewBits (wide.go)
// proves the wider schemes' step.
func checkWidth(block *tfops.Block) error {
	for _, ln := range []*tfops.LayerNorm{block.LN1, block.LN2} {
		if ln != nil && ln.Width() != tfops.ActBits8 {
			id, _ := tfops.SchemeFor(ln.Width())
			return fmt.Errorf("tfblock: %d-bit activations (scheme %q): a tfops.Block is 8-bit, NewBits proves the wide step: %w", ln.Width(), id, tfops.ErrBadInput)
		}
	}
	return nil
}

// NewAdapted returns the circuit of block at position t with a LoRA adapter
// of rank rank on attn.c_attn.
func NewAdapted(block *tfops.Block, layer, t, rank int) (*StepCircuit, error) {
	c, err := New(block, layer, t)
	if err != nil {
		return nil, err
	}
	if rank < 1 || rank > tfops.MaxDim {
		return nil, fmt.Errorf("tfblock: adapter rank %d", rank)
	}
	d := block.Dim()
	c.Adapter = []AdapterVars{{A: make([]frontend.Variable, rank*d), B: make([]frontend.Variable, 3*d*rank)}}
	return c, nil
}

// AdapterCommitment is the public commitment of a c_attn adapter a of the
// block at index layer under key (salt and owner; see AdapterVars).
func AdapterCommitment(a *quant.AdapterLayer, layer int, key commit.AdapterKey) (fr.Element, error) {
	l := *a
	l.Layer = layer
	shape := make([]int, layer+1)
	shape[layer] = a.Rank
	return commit.AdapterCommitment(&quant.Adapter{Layers: []quant.AdapterLayer{l}}, shape, key)
}

// Assign returns the witness of a step: x, the cache before the step.
func Assign(block *tfops.Block, layer int, x []int8, cache *tfops.KV) (*StepCircuit, error) {
	return AssignAdapted(block, layer, x, cache, nil, commit.AdapterKey{})
}

// AssignAdapted returns the witness of an adapted step, the adapter
// committed under key (a nil: Assign).
func AssignAdapted(block *tfops.Block, layer int, x []int8, cache *tfops.KV, a *quant.AdapterLayer, key commit.AdapterKey) (*StepCircuit, error) {
	if err := checkWidth(block); err != nil {
		return nil, err
	}
	before := &tfops.KV{K: append([][]int8(nil), cache.K...), V: append([][]int8(nil), cache.V...)}
	cin := before.Commitment(layer)
	tr, err := block.StepAdapted(x, before, a)
	if err != nil {
		return nil, err
	}
	cout, xd, yd := before.Commitment(layer), commit.InputDigest(x), commit.OutputDigest(tr.Y)
	c := &StepCircuit{X: gadgets.Int8Vars(x), CacheIn: cin.BigInt(new(big.Int)), CacheOut: cout.BigInt(new(big.Int)),
		XDigest: xd.BigInt(new(big.Int)), YDigest: yd.BigInt(new(big.Int))}
	for j := range cache.K {
		c.K = append(c.K, gadgets.Int8Vars(cache.K[j]))
		c.V = append(c.V, gadgets.Int8Vars(cache.V[j]))
	}
	if a != nil {
		com, err := AdapterCommitment(a, layer, key)
		if err != nil {
			return nil, err
		}
		c.Adapter = []AdapterVars{{A: gadgets.Int8Vars(a.A), B: gadgets.Int8Vars(a.B), M: int64(a.M),
			Salt: key.Salt.BigInt(new(big.Int)), Owner: key.Owner.BigInt(new(big.Int)), Commitment: com.BigInt(new(big.Int))}}
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *StepCircuit) Define(api frontend.API) error {
	t := len(c.K)
	g := gadgets.New(api)
	tf := tfgadgets.New(api, g)
	g.AssertInt8(c.X...) // mutant:tfblock-x-int8
	for j := 0; j < t; j++ {
		g.AssertInt8(c.K[j]...) // mutant:tfblock-k-int8
		g.AssertInt8(c.V[j]...) // mutant:tfblock-v-int8
	}
	// The cache: recompute the chain over 0..t−1.
	chain := commit.Const(tfops.KVStart(c.layer))[0]
	var err error
	for j := 0; j < t; j++ {
		if chain, err = kvNext(api, chain, c.K[j], c.V[j]); err != nil {
			return err
		}
	}
	api.AssertIsEqual(chain, c.CacheIn) // mutant:tfblock-cache-in
	hd := c.block.Head.HeadDim
	attend := func(hh int, q, k, v []frontend.Variable) ([]frontend.Variable, error) {
		lo, hi := hh*hd, (hh+1)*hd
		kh, vh := make([][]frontend.Variable, t+1), make([][]frontend.Variable, t+1)
		for j := 0; j < t; j++ {
			kh[j], vh[j] = c.K[j][lo:hi], c.V[j][lo:hi]
		}
		kh[t], vh[t] = k, v
		return tf.AttendStep(q, kh, vh, c.block.Head)
	}
	return step{block: c.block, layer: c.layer, adapter: c.Adapter, x: c.X, xDigest: c.XDigest, yDigest: c.YDigest,
		cacheIn: c.CacheIn, cacheOut: c.CacheOut, attend: attend}.define(api, g, tf)
}

// step is the part of a block step that does not depend on how the cache
// is laid out: the input digest, c_attn, the new cache link, the heads
// (attend, per head, on the head's q, k, v slices), c_proj, the residuals,
// the MLP and the output digest.
type step struct {
	block                               *tfops.Block
	layer                               int
	adapter                             []AdapterVars
	x                                   []frontend.Variable
	xDigest, yDigest, cacheIn, cacheOut frontend.Variable
	attend                              func(head int, q, k, v []frontend.Variable) ([]frontend.Variable, error)
}

func (s step) define(api frontend.API, g *gadgets.Gadgets, tf *tfgadgets.TF) error {
	b := s.block
	d := b.Dim()
	xd, err := commit.InputDigestVars(api, s.x)
	if err != nil {
		return err
	}
	api.AssertIsEqual(xd, s.xDigest) // mutant:tfblock-x-digest
	h, err := tf.LayerNorm(s.x, b.LN1)
	if err != nil {
		return err
	}
	qkv, err := attnInput(api, g, b, s.layer, s.adapter, h)
	if err != nil {
		return err
	}
	q, k, v := qkv[:d], qkv[d:2*d], qkv[2*d:]
	next, err := kvNext(api, s.cacheIn, k, v)
	if err != nil {
		return err
	}
	api.AssertIsEqual(next, s.cacheOut) // mutant:tfblock-cache-out
	hd := b.Head.HeadDim
	var attn []frontend.Variable
	for hh := 0; hh < b.Heads; hh++ {
		lo, hi := hh*hd, (hh+1)*hd
		o, err := s.attend(hh, q[lo:hi], k[lo:hi], v[lo:hi])
		if err != nil {
			return err
		}
		attn = append(attn, o...)
	}
	proj, err := linear(api, g, &b.Proj, attn)
	if err != nil {
		return err
	}
	h1, err := tf.Residual(s.x, proj, b.Res1)
	if err != nil {
		return err
	}
	h2, err := tf.LayerNorm(h1, b.LN2)
	if err != nil {
		return err
	}
	fc, err := linear(api, g, &b.FC, h2)
	if err != nil {
		return err
	}
	out, err := linear(api, g, &b.Out, fc)
	if err != nil {
		return err
	}
	y, err := tf.Residual(h1, out, b.Res2)
	if err != nil {
		return err
	}
	yd, err := commit.OutputDigestVars(api, y)
	if err != nil {
		return err
	}
	api.AssertIsEqual(yd, s.yDigest) // mutant:tfblock-y-digest
	return tf.Err()
}

// attnInput is attn.c_attn on h, with the adapter if the step has one:
// A and B int8, M < 2^32, their commitment public, and the requantization
// of quant's adapted layers.
func attnInput(api frontend.API, g *gadgets.Gadgets, b *tfops.Block, layer int, adapter []AdapterVars, h []frontend.Variable) ([]frontend.Variable, error) {
	l := &b.Attn
	if len(adapter) == 0 {
		return linear(api, g, l, h)
	}
	if len(adapter) > 1 {
		return nil, fmt.Errorf("tfblock: %d adapters on c_attn", len(adapter))
	}
	ad := adapter[0]
	rank := len(ad.A) / l.In
	if rank < 1 || len(ad.A) != rank*l.In || len(ad.B) != l.Out*rank {
		return nil, fmt.Errorf("tfblock: adapter |A| = %d, |B| = %d for c_attn %d→%d", len(ad.A), len(ad.B), l.In, l.Out)
	}
	g.AssertInt8(ad.A...)                          // mutant:tfblock-a-int8
	g.AssertInt8(ad.B...)                          // mutant:tfblock-b-int8
	if err := g.AssertBits(ad.M, 32); err != nil { // mutant:tfblock-m-bits
		return nil, err
	}
	com, err := commit.AdapterCommitmentVars(api, ad.Salt, ad.Owner, layer+1, []commit.AdapterLayerVars{{Layer: layer, Rank: rank, M: ad.M, A: ad.A, B: ad.B}})
	if err != nil {
		return nil, err
	}
	api.AssertIsEqual(com, ad.Commitment) // mutant:tfblock-adapter-commitment
	return AdaptedLinear(api, g, l, h, ad.A, ad.B, ad.M, rank)
}

// AdaptedLinear is quant.Layer.Forward(x, adapter) in a circuit: constant
// weights, the adapter's A [rank][In], B [Out][rank] and M as witnesses
// (range-checked by the caller: int8, int8, < 2^32), then the adapted
// layer's requantization. The outputs are int8.
func AdaptedLinear(api frontend.API, g *gadgets.Gadgets, l *quant.Layer, x, a, b []frontend.Variable, m frontend.Variable, rank int) ([]frontend.Variable, error) {
	acc, err := gadgets.Dense(api, l.W, l.Bias, x)
	if err != nil {
		return nil, err
	}
	z, err := gadgets.LoRA(api, acc, x, a, b, m, rank)
	if err != nil {
		return nil, err
	}
	rq, err := gadgets.RequantFor(l, rank)
	if err != nil {
		return nil, err
	}
	out := make([]frontend.Variable, len(z))
	for i := range z {
		if _, out[i], err = g.Requantize(z[i], rq); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Linear is quant.Layer.Forward without an adapter in a circuit (x int8,
// range-checked by the caller; the outputs are int8).
func Linear(api frontend.API, g *gadgets.Gadgets, l *quant.Layer, x []frontend.Variable) ([]frontend.Variable, error) {
	return linear(api, g, l, x)
}

// KVNext is tfops.KVNext in a circuit (k, v range-checked int8).
func KVNext(api frontend.API, c frontend.Variable, k, v []frontend.Variable) (frontend.Variable, error) {
	return kvNext(api, c, k, v)
}

// KVNextBits is tfops.KVNextBits in a circuit: k and v w-bit values the
// caller has range-checked (so the packing, w bits each offset by 2^(w−1),
// is injective), at w = 8 exactly KVNext: WideStepCircuit's cache link.
func KVNextBits(api frontend.API, c frontend.Variable, k, v []frontend.Variable, w uint) (frontend.Variable, error) {
	if err := tfops.CheckBits(w); err != nil {
		return nil, err
	}
	if w == tfops.ActBits8 {
		return kvNext(api, c, k, v)
	}
	kv := append(append([]frontend.Variable(nil), k...), v...)
	shifted := make([]frontend.Variable, len(kv))
	for i := range kv {
		shifted[i] = api.Add(kv[i], int64(1)<<(w-1))
	}
	return commit.HashVars(api, append([]frontend.Variable{c}, commit.PackVars(api, shifted, int(w))...)...)
}

// kvNext is tfops.KVNext in a circuit (k, v range-checked int8).
func kvNext(api frontend.API, c frontend.Variable, k, v []frontend.Variable) (frontend.Variable, error) {
	kv := append(append([]frontend.Variable(nil), k...), v...)
	return commit.HashVars(api, append([]frontend.Variable{c}, commit.PackInt8Vars(api, kv)...)...)
}

// linear is quant.Layer.Forward without an adapter: constant weights, then
// the requantization (and GELU table) of gadgets.Requantize. The outputs
// are int8 (range-checked or looked up there).
func linear(api frontend.API, g *gadgets.Gadgets, l *quant.Layer, x []frontend.Variable) ([]frontend.Variable, error) {
	acc, err := gadgets.Dense(api, l.W, l.Bias, x)
	if err != nil {
		return nil, err
	}
	rq, err := gadgets.RequantFor(l, 0)
	if err != nil {
		return nil, err
	}
	out := make([]frontend.Variable, len(acc))
	for i, a := range acc {
		if _, out[i], err = g.Requantize(a, rq); err != nil {
			return nil, err
		}
	}
	return out, nil
}
