package tfblock

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// WideStepCircuit proves one block step of a model wider than 8 bits
// (scheme openproof-fx12-tf-v3): gpt2q.Model.BlockStep of block layer at
// position len(K), every value at the model's width w. Public inputs as
// StepCircuit's, with the w-bit forms: the cache commitments are chains
// of tfops.KVNextBits, the digests commit.InputDigestBits and
// commit.OutputDigestBits. The block's c_attn adapter, if the model has
// one, is private and bound by a public commitment of its A, B and
// per-column multipliers (AdapterCommitmentBits).
type WideStepCircuit struct {
	X    []frontend.Variable   // the block's input (D, w bits)
	K, V [][]frontend.Variable // the cache, positions 0..t−1 (D each, w bits)

	CacheIn  frontend.Variable `gnark:",public"`
	CacheOut frontend.Variable `gnark:",public"`
	XDigest  frontend.Variable `gnark:",public"`
	YDigest  frontend.Variable `gnark:",public"`

	Adapter []WideAdapterVars

	model *gpt2q.Model
	layer int
}

// WideAdapterVars is a c_attn adapter's witness at width w > 8: A
// [rank][D], B [3D][rank] int8, the per-column multipliers M (3D, each
// < 2^tfops.MaxLoRAMultBits), salt and owner, and its public commitment
// (AdapterCommitmentBits: the adapter as layer `layer` of a model of
// layer+1 layers, so it binds the block index too).
type WideAdapterVars struct {
	A, B, M     []frontend.Variable
	Salt, Owner frontend.Variable
	Commitment  frontend.Variable `gnark:",public"`
}

// checkWide refuses what the wide step does not prove: an 8-bit model (New
// proves it), a block index outside q, an adapter outside c_attn.
func checkWide(q *gpt2q.Model, layer int) error {
	if q == nil || q.Bits == tfops.ActBits8 {
		return fmt.Errorf("tfblock: the wide step proves activations above 8 bits (New proves %q): %w", tfops.Scheme, tfops.ErrBadInput)
	}
	if err := tfops.CheckBits(q.Bits); err != nil {
		return err
	}
	if layer < 0 || layer >= len(q.Blocks) {
		return fmt.Errorf("tfblock: block %d of %d: %w", layer, len(q.Blocks), tfops.ErrBadInput)
	}
	b := &q.Blocks[layer]
	for _, l := range []*gpt2q.Linear{&b.Attn, &b.AttnProj, &b.Fc, &b.FcProj} {
		if l.Wide == nil {
			return fmt.Errorf("tfblock: block %d %s has no wide layer: %w", layer, l.Name, tfops.ErrBadInput)
		}
	}
	if b.AttnProj.Wide.LoRA != nil || b.Fc.Wide.LoRA != nil || b.FcProj.Wide.LoRA != nil {
		return fmt.Errorf("tfblock: block %d has an adapter outside attn.c_attn: %w", layer, tfops.ErrBadInput)
	}
	return nil
}

// NewBits returns the circuit of block layer of q (activations wider than
// 8 bits) at position t, adapted iff q's c_attn has an adapter.
func NewBits(q *gpt2q.Model, layer, t int) (*WideStepCircuit, error) {
	if err := checkWide(q, layer); err != nil {
		return nil, err
	}
	if t < 0 || t >= q.Config.NPositions {
		return nil, fmt.Errorf("tfblock: position %d: %w", t, tfops.ErrBadInput)
	}
	d := q.Config.NEmbd
	c := &WideStepCircuit{X: make([]frontend.Variable, d), K: make([][]frontend.Variable, t), V: make([][]frontend.Variable, t), model: q, layer: layer}
	for j := range c.K {
		c.K[j], c.V[j] = make([]frontend.Variable, d), make([]frontend.Variable, d)
	}
	if a := q.Blocks[layer].Attn.Wide.LoRA; a != nil {
		c.Adapter = []WideAdapterVars{{A: make([]frontend.Variable, len(a.A)), B: make([]frontend.Variable, len(a.B)), M: make([]frontend.Variable, len(a.M))}}
	}
	return c, nil
}

// AdapterLayerBits is a wide c_attn adapter as commit sees it, at layer.
func AdapterLayerBits(a *tfops.LinearLoRA, layer int) commit.AdapterLayerBits {
	return commit.AdapterLayerBits{Layer: layer, Rank: a.Rank, A: a.A, B: a.B, M: a.M}
}

// AdapterCommitmentBits is the public commitment of block layer's wide
// c_attn adapter a under key: commit.OwnedCommitment of
// commit.AdapterInnerCommitmentBits of a as layer `layer` of layer+1.
func AdapterCommitmentBits(a *tfops.LinearLoRA, layer int, key commit.AdapterKey) (fr.Element, error) {
	inner, err := commit.AdapterInnerCommitmentBits(key.Salt, layer+1, []commit.AdapterLayerBits{AdapterLayerBits(a, layer)})
	if err != nil {
		return fr.Element{}, err
	}
	return commit.OwnedCommitment(inner, key.Owner), nil
}

func vars32(v []int32) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

func vars64(v []int64) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}

// AssignBits returns the witness of block layer's step on x (w bits) over
// cache (positions 0..t−1, not modified), its adapter committed under key.
func AssignBits(q *gpt2q.Model, layer int, x []int32, cache *tfops.KVOf[int32], key commit.AdapterKey) (*WideStepCircuit, error) {
	if err := checkWide(q, layer); err != nil {
		return nil, err
	}
	if cache == nil {
		return nil, fmt.Errorf("tfblock: no cache: %w", tfops.ErrBadInput)
	}
	w := q.Bits
	kv := &tfops.KVOf[int32]{K: append([][]int32(nil), cache.K...), V: append([][]int32(nil), cache.V...)}
	cin := kv.CommitmentBits(layer, w)
	y, err := q.BlockStep(layer, x, kv, &gpt2q.BlockTrace{})
	if err != nil {
		return nil, err
	}
	cout := kv.CommitmentBits(layer, w)
	xd, err := commit.InputDigestBits(x, w)
	if err != nil {
		return nil, fmt.Errorf("tfblock: %w: %w", err, tfops.ErrBadInput)
	}
	yd, err := commit.OutputDigestBits(y, w)
	if err != nil {
		return nil, err
	}
	c := &WideStepCircuit{X: vars32(x), CacheIn: cin.BigInt(new(big.Int)), CacheOut: cout.BigInt(new(big.Int)),
		XDigest: xd.BigInt(new(big.Int)), YDigest: yd.BigInt(new(big.Int))}
	for j := range cache.K {
		c.K, c.V = append(c.K, vars32(cache.K[j])), append(c.V, vars32(cache.V[j]))
	}
	if a := q.Blocks[layer].Attn.Wide.LoRA; a != nil {
		com, err := AdapterCommitmentBits(a, layer, key)
		if err != nil {
			return nil, err
		}
		c.Adapter = []WideAdapterVars{{A: gadgets.Int8Vars(a.A), B: gadgets.Int8Vars(a.B), M: vars64(a.M),
			Salt: key.Salt.BigInt(new(big.Int)), Owner: key.Owner.BigInt(new(big.Int)), Commitment: com.BigInt(new(big.Int))}}
	}
	return c, nil
}

// AssertBitsVals range-checks each value to w bits (9 ≤ w ≤ 12): one query
// of the 2^w-entry table each.
func AssertBitsVals(api frontend.API, g *gadgets.Gadgets, w uint, vs ...frontend.Variable) error {
	half := int64(1) << (w - 1)
	for _, v := range vs {
		if err := g.AssertTableBits(api.Add(v, half), int(w)); err != nil {
			return err
		}
	}
	return nil
}

// WideLoRA range-checks a wide c_attn adapter's witness (A, B int8, M <
// 2^tfops.MaxLoRAMultBits) and returns it as the Linear gadget's adapter
// and as the commitment's layer.
func WideLoRA(g *gadgets.Gadgets, layer int, a, b, m []frontend.Variable, rank int) (*tfgadgets.LinearLoRA, commit.AdapterLayerBitsVars, error) {
	g.AssertInt8(a...) // mutant:tfwide-a-int8
	g.AssertInt8(b...) // mutant:tfwide-b-int8
	for _, mi := range m {
		if err := g.AssertBits(mi, tfops.MaxLoRAMultBits); err != nil { // mutant:tfwide-m-bits
			return nil, commit.AdapterLayerBitsVars{}, err
		}
	}
	return &tfgadgets.LinearLoRA{A: a, B: b, M: m, Rank: rank}, commit.AdapterLayerBitsVars{Layer: layer, Rank: rank, A: a, B: b, M: m}, nil
}

// Define implements frontend.Circuit.
func (c *WideStepCircuit) Define(api frontend.API) error {
	q := c.model
	if q == nil {
		return fmt.Errorf("tfblock: wide step built without NewBits")
	}
	w, t := q.Bits, len(c.K)
	g := gadgets.New(api)
	tf := tfgadgets.New(api, g)
	if err := AssertBitsVals(api, g, w, c.X...); err != nil { // mutant:tfwide-x-bits
		return err
	}
	for j := 0; j < t; j++ {
		if err := AssertBitsVals(api, g, w, c.K[j]...); err != nil { // mutant:tfwide-k-bits
			return err
		}
		if err := AssertBitsVals(api, g, w, c.V[j]...); err != nil { // mutant:tfwide-v-bits
			return err
		}
	}
	chain := commit.Const(tfops.KVStart(c.layer))[0]
	var err error
	for j := 0; j < t; j++ {
		if chain, err = KVNextBits(api, chain, c.K[j], c.V[j], w); err != nil {
			return err
		}
	}
	api.AssertIsEqual(chain, c.CacheIn) // mutant:tfwide-cache-in
	xd, err := commit.DigestBitsVars(api, c.X, w, false)
	if err != nil {
		return err
	}
	api.AssertIsEqual(xd, c.XDigest) // mutant:tfwide-x-digest
	var lora *tfgadgets.LinearLoRA
	if len(c.Adapter) > 1 {
		return fmt.Errorf("tfblock: %d adapters on c_attn", len(c.Adapter))
	}
	if len(c.Adapter) == 1 {
		ad := c.Adapter[0]
		al := q.Blocks[c.layer].Attn.Wide.LoRA
		if al == nil {
			return fmt.Errorf("tfblock: an adapter witness for a block without one")
		}
		l, lv, err := WideLoRA(g, c.layer, ad.A, ad.B, ad.M, al.Rank)
		if err != nil {
			return err
		}
		com, err := commit.AdapterCommitmentBitsVars(api, ad.Salt, ad.Owner, c.layer+1, []commit.AdapterLayerBitsVars{lv})
		if err != nil {
			return err
		}
		api.AssertIsEqual(com, ad.Commitment) // mutant:tfwide-adapter-commitment
		lora = l
	}
	s := StepBits{Block: &q.Blocks[c.layer], Heads: q.Config.NHead, Bits: w, LoRA: lora,
		Cache: func(k, v []frontend.Variable) ([][]frontend.Variable, [][]frontend.Variable, error) {
			next, err := KVNextBits(api, c.CacheIn, k, v, w)
			if err != nil {
				return nil, nil, err
			}
			api.AssertIsEqual(next, c.CacheOut) // mutant:tfwide-cache-out
			return append(append([][]frontend.Variable(nil), c.K...), k), append(append([][]frontend.Variable(nil), c.V...), v), nil
		}}
	y, err := s.Define(tf, c.X)
	if err != nil {
		return err
	}
	yd, err := commit.DigestBitsVars(api, y, w, true)
	if err != nil {
		return err
	}
	api.AssertIsEqual(yd, c.YDigest) // mutant:tfwide-y-digest
	return tf.Err()
}

// StepBits is gpt2q.Model.BlockStep in a circuit for one block at width
// Bits: ln_1 → c_attn (tfgadgets.Linear with LoRA, if set) → Cache (given
// the position's key and value, which are w-bit outputs of c_attn, it
// returns every visible position's keys and values, the position's own
// last) → per head tfgadgets.AttendStepBits → c_proj → residual → ln_2 →
// c_fc (GELU table) → mlp.c_proj → residual. LN1, if set, sees ln_1's
// output. The input x must be range-checked to Bits bits by the caller;
// the output is Bits-bit.
type StepBits struct {
	Block *gpt2q.Block
	Heads int
	Bits  uint
	LoRA  *tfgadgets.LinearLoRA
	Cache func(k, v []frontend.Variable) (keys, values [][]frontend.Variable, err error)
	LN1   func(h []frontend.Variable)
}

// Define returns the block's output on x.
func (s StepBits) Define(tf *tfgadgets.TF, x []frontend.Variable) ([]frontend.Variable, error) {
	b, w := s.Block, s.Bits
	d := len(x)
	h, err := tf.LayerNorm(x, b.Ln1)
	if err != nil {
		return nil, err
	}
	if s.LN1 != nil {
		s.LN1(h)
	}
	qkv, err := tf.Linear(h, b.Attn.Wide, s.LoRA)
	if err != nil {
		return nil, err
	}
	keys, values, err := s.Cache(qkv[d:2*d], qkv[2*d:])
	if err != nil {
		return nil, err
	}
	hd := b.Heads.HeadDim
	if s.Heads*hd != d {
		return nil, fmt.Errorf("tfblock: %d heads of %d for width %d", s.Heads, hd, d)
	}
	var attn []frontend.Variable
	for hh := 0; hh < s.Heads; hh++ {
		lo, hi := hh*hd, (hh+1)*hd
		kh, vh := make([][]frontend.Variable, len(keys)), make([][]frontend.Variable, len(keys))
		for j := range keys {
			kh[j], vh[j] = keys[j][lo:hi], values[j][lo:hi]
		}
		o, err := tf.AttendStepBits(qkv[lo:hi], kh, vh, b.Heads, w)
		if err != nil {
			return nil, err
		}
		attn = append(attn, o...)
	}
	proj, err := tf.Linear(attn, b.AttnProj.Wide, nil)
	if err != nil {
		return nil, err
	}
	h1, err := tf.ResidualBits(x, proj, b.Res1, w, w)
	if err != nil {
		return nil, err
	}
	h2, err := tf.LayerNorm(h1, b.Ln2)
	if err != nil {
		return nil, err
	}
	fc, err := tf.Linear(h2, b.Fc.Wide, nil)
	if err != nil {
		return nil, err
	}
	out, err := tf.Linear(fc, b.FcProj.Wide, nil)
	if err != nil {
		return nil, err
	}
	return tf.ResidualBits(h1, out, b.Res2, w, w)
}

// CheckWide refuses what StepBits does not prove for block layer of q: an
// 8-bit model, a block index outside q, an adapter outside attn.c_attn
// (errs.ErrBadInput).
func CheckWide(q *gpt2q.Model, layer int) error { return checkWide(q, layer) }
