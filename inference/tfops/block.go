package tfops

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
)

// TagKV is the domain tag of KV-cache commitments.
const TagKV = "openproof/kv/v1"

// KVStart returns the commitment of layer's empty KV cache:
// Hash(Tag(TagKV), layer).
func KVStart(layer int) fr.Element {
	return commit.Hash(commit.Tag(TagKV), commit.Uint(uint64(layer)))
}

// KVNext extends a KV-cache commitment c by one position's key and value
// (all heads, D values each): Hash(c, PackInt8(k ‖ v)...). The commitment
// of positions 0..t−1 is the chain from KVStart over them, so a token step
// opens the cache by recomputing the chain and extends it by one hash.
func KVNext(c fr.Element, k, v []int8) fr.Element {
	return kvNext(c, k, v, ActBits8)
}

// KVNextBits is KVNext for w-bit activations: the values offset by
// 2^(w−1) and packed w bits each (commit.Pack), ⌊PackBits/w⌋ per element;
// at w = 8 it is KVNext.
func KVNextBits(c fr.Element, k, v []int32, w uint) (fr.Element, error) {
	if err := CheckBits(w); err != nil {
		return fr.Element{}, err
	}
	if err := checkRange("cache key", k, w); err != nil {
		return fr.Element{}, err
	}
	if err := checkRange("cache value", v, w); err != nil {
		return fr.Element{}, err
	}
	return kvNext(c, k, v, w), nil
}

func kvNext[T Act](c fr.Element, k, v []T, w uint) fr.Element {
	u := make([]uint64, 0, len(k)+len(v))
	for _, x := range append(append([]T(nil), k...), v...) {
		u = append(u, uint64(int64(x)+1<<(w-1)))
	}
	return commit.Hash(append([]fr.Element{c}, commit.Pack(u, int(w))...)...)
}

// KV is one layer's int8 cache.
type KV = KVOf[int8]

// KVOf is one layer's cache: the keys and values of positions 0..t−1, D
// values each (head h owns columns h·D/Heads … (h+1)·D/Heads − 1).
type KVOf[T Act] struct {
	K, V [][]T
}

// Commitment returns the chain commitment of the cache of layer at 8 bits.
func (kv *KVOf[T]) Commitment(layer int) fr.Element {
	return kv.CommitmentBits(layer, ActBits8)
}

// CommitmentBits returns the chain commitment of the cache of layer at
// activation width w (KVNextBits's packing).
func (kv *KVOf[T]) CommitmentBits(layer int, w uint) fr.Element {
	c := KVStart(layer)
	for j := range kv.K {
		c = kvNext(c, kv.K[j], kv.V[j], w)
	}
	return c
}

// Block is one GPT-2 decoder block for a token step, quantized:
// ln_1 → attn.c_attn (D → 3D: q ‖ k ‖ v) → causal multi-head attention
// over the cache → attn.c_proj → residual → ln_2 → mlp.c_fc (GELU) →
// mlp.c_proj → residual. Linear layers are inference/quant layers
// (scheme "openproof-int8-pow2-v1"); q, k and v share c_attn's output
// exponent, which Head's QExp, KExp and VExp must equal.
type Block struct {
	Heads int
	LN1   *LayerNorm
	Attn  quant.Layer // D → 3D, ActNone
	Head  Attention   // every head's parameters (HeadDim = D/Heads)
	Proj  quant.Layer // D → D, ActNone, input at Head.OutExp
	Res1  Residual    // block input + Proj
	LN2   *LayerNorm
	FC    quant.Layer // D → 4D (any width), ActGELU
	Out   quant.Layer // FC.Out → D, ActNone
	Res2  Residual    // Res1 output + Out
}

// Dim returns D.
func (b *Block) Dim() int { return b.LN1.D }

// Validate checks the shapes and exponents that chain the block's parts.
func (b *Block) Validate() error {
	if b.LN1 == nil || b.LN2 == nil {
		return fmt.Errorf("%w: block without layer norms", ErrBadInput)
	}
	if b.LN1.Width() != ActBits8 || b.LN2.Width() != ActBits8 {
		return fmt.Errorf("%w: Block is the 8-bit (%s) block: layer norms of %d and %d bits", ErrBadInput, Scheme, b.LN1.Width(), b.LN2.Width())
	}
	d := b.LN1.D
	switch {
	case b.Heads < 1 || d%b.Heads != 0 || b.Head.HeadDim != d/b.Heads:
		return fmt.Errorf("%w: block of width %d with %d heads of %d", ErrBadInput, d, b.Heads, b.Head.HeadDim)
	case b.LN2.D != d || b.Attn.In != d || b.Attn.Out != 3*d || b.Proj.In != d || b.Proj.Out != d ||
		b.FC.In != d || b.Out.In != b.FC.Out || b.Out.Out != d:
		return fmt.Errorf("%w: block layer shapes do not chain at width %d", ErrBadInput, d)
	case b.Attn.Act != quant.ActNone || b.Proj.Act != quant.ActNone || b.Out.Act != quant.ActNone || b.FC.Act != quant.ActGELU:
		return fmt.Errorf("%w: block activations: c_attn, c_proj and mlp.c_proj none, c_fc GELU", ErrBadInput)
	case b.Attn.InExp != b.LN1.OutExp || b.Head.QExp != b.Attn.OutExp || b.Head.KExp != b.Attn.OutExp ||
		b.Head.VExp != b.Attn.OutExp || b.Proj.InExp != b.Head.OutExp || b.Res1.BExp != b.Proj.OutExp ||
		b.LN2.OutExp != b.FC.InExp || b.FC.OutExp != b.Out.InExp || b.Res2.AExp != b.Res1.OutExp ||
		b.Res2.BExp != b.Out.OutExp:
		return fmt.Errorf("%w: block exponents do not chain", ErrBadInput)
	}
	for _, err := range []error{b.LN1.Validate(), b.LN2.Validate(), b.Head.Validate(), b.Res1.Validate(), b.Res2.Validate()} {
		if err != nil {
			return err
		}
	}
	return nil
}

// BlockTrace holds every integer of one block step.
type BlockTrace struct {
	X     []int8
	LN1   *LNTrace
	QKV   *quant.LayerTrace
	Heads []*AttnTrace
	Attn  []int8 // the heads' outputs, concatenated (D)
	Proj  *quant.LayerTrace
	H1    []int8 // x + attention
	LN2   *LNTrace
	FC    *quant.LayerTrace
	Out   *quant.LayerTrace
	Y     []int8 // the block's output
}

// Step runs the block on the token at position t = len(cache.K), whose
// input is x, attending to the cache and to itself, and appends its key
// and value to cache.
func (b *Block) Step(x []int8, cache *KV) (*BlockTrace, error) {
	return b.StepAdapted(x, cache, nil)
}

// StepAdapted is Step with a LoRA adapter a on attn.c_attn (nil: none),
// applied as quant.Layer.Forward applies it (one rounding, at c_attn's
// requantization).
func (b *Block) StepAdapted(x []int8, cache *KV, a *quant.AdapterLayer) (*BlockTrace, error) {
	if err := b.Validate(); err != nil {
		return nil, err
	}
	d := b.Dim()
	if len(x) != d || cache == nil || len(cache.K) != len(cache.V) {
		return nil, fmt.Errorf("%w: block step with %d inputs (want %d) or a bad cache", ErrBadInput, len(x), d)
	}
	tr := &BlockTrace{X: append([]int8(nil), x...)}
	var err error
	if tr.LN1, err = b.LN1.Forward(x); err != nil {
		return nil, err
	}
	if tr.QKV, err = b.Attn.Forward(tr.LN1.Y, a); err != nil {
		return nil, err
	}
	q, k, v := tr.QKV.Out[:d], tr.QKV.Out[d:2*d], tr.QKV.Out[2*d:]
	keys := append(append([][]int8(nil), cache.K...), k)
	vals := append(append([][]int8(nil), cache.V...), v)
	hd := b.Head.HeadDim
	for h := 0; h < b.Heads; h++ {
		kh, vh := make([][]int8, len(keys)), make([][]int8, len(keys))
		for j := range keys {
			if len(keys[j]) != d || len(vals[j]) != d {
				return nil, fmt.Errorf("%w: cache entry %d has %d/%d values, want %d", ErrBadInput, j, len(keys[j]), len(vals[j]), d)
			}
			kh[j], vh[j] = keys[j][h*hd:(h+1)*hd], vals[j][h*hd:(h+1)*hd]
		}
		at, err := b.Head.Step(q[h*hd:(h+1)*hd], kh, vh)
		if err != nil {
			return nil, err
		}
		tr.Heads = append(tr.Heads, at)
		tr.Attn = append(tr.Attn, at.Out...)
	}
	if tr.Proj, err = b.Proj.Forward(tr.Attn, nil); err != nil {
		return nil, err
	}
	if tr.H1, err = b.Res1.Add(x, tr.Proj.Out); err != nil {
		return nil, err
	}
	if tr.LN2, err = b.LN2.Forward(tr.H1); err != nil {
		return nil, err
	}
	if tr.FC, err = b.FC.Forward(tr.LN2.Y, nil); err != nil {
		return nil, err
	}
	if tr.Out, err = b.Out.Forward(tr.FC.Out, nil); err != nil {
		return nil, err
	}
	if tr.Y, err = b.Res2.Add(tr.H1, tr.Out.Out); err != nil {
		return nil, err
	}
	cache.K = append(cache.K, append([]int8(nil), k...))
	cache.V = append(cache.V, append([]int8(nil), v...))
	return tr, nil
}
