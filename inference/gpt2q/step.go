package gpt2q

import (
	"fmt"

	"github.com/openproof/openproof/inference/tfops"
)

// BlockTrace holds every integer of one block at one position, at the
// model's activation width (int32 storage).
type BlockTrace struct {
	Ln1      *tfops.LNTraceOf[int32]
	Attn     *tfops.LinearTrace // q | k | v
	Heads    []*tfops.AttnTraceOf[int32]
	AttnProj *tfops.LinearTrace
	Resid1   []int32
	Ln2      *tfops.LNTraceOf[int32]
	Fc       *tfops.LinearTrace // Out is after the GELU table
	FcProj   *tfops.LinearTrace
	Resid2   []int32
}

// StepTrace holds every integer of one step: the token at Pos and the
// logits for the next one.
type StepTrace struct {
	Pos, Token int
	Embed      []int32
	Blocks     []BlockTrace
	LnF        *tfops.LNTraceOf[int32]
	Logits     []int64
}

// Session runs a quantized model one token at a time with a key/value
// cache of the model's activation width.
type Session struct {
	q     *Model
	pos   int
	cache []tfops.KVOf[int32] // per block: positions 0..pos−1, n_embd values each
}

// NewSession returns an empty session.
func (q *Model) NewSession() *Session {
	return &Session{q: q, cache: make([]tfops.KVOf[int32], len(q.Blocks))}
}

// Pos returns the number of tokens consumed.
func (s *Session) Pos() int { return s.pos }

// Cache returns block b's cache (not a copy): keys and values of every
// position, n_embd values each, head h owning columns h·d/H … (h+1)·d/H − 1.
func (s *Session) Cache(b int) *tfops.KVOf[int32] { return &s.cache[b] }

// Step feeds token tok at the next position and returns the step's trace.
// At 8 bits its integers are inference/tfops.Block.StepAdapted's where that
// block applies (TestBlockPathsAgree).
func (s *Session) Step(tok int) (*StepTrace, error) {
	q := s.q
	c := &q.Config
	if tok < 0 || tok >= c.VocabSize {
		return nil, fmt.Errorf("gpt2q: token %d outside [0, %d): %w", tok, c.VocabSize, ErrBadInput)
	}
	if s.pos >= c.NPositions {
		return nil, fmt.Errorf("gpt2q: context full at %d positions: %w", c.NPositions, ErrBadInput)
	}
	d := c.NEmbd
	tr := &StepTrace{Pos: s.pos, Token: tok, Blocks: make([]BlockTrace, len(q.Blocks))}
	x, err := q.Embed.AddWide(q.WteW[tok*d:(tok+1)*d], q.WpeW[s.pos*d:(s.pos+1)*d], q.EmbedBits(), q.Bits)
	if err != nil {
		return nil, err
	}
	tr.Embed = x
	for bi := range q.Blocks {
		if x, err = s.block(bi, x, &tr.Blocks[bi]); err != nil {
			return nil, err
		}
	}
	if tr.LnF, err = q.LnF.ForwardWide(x); err != nil {
		return nil, err
	}
	tr.Logits = make([]int64, c.VocabSize)
	for v := range tr.Logits {
		var acc int64
		row := q.WteW[v*d : (v+1)*d]
		for i, f := range tr.LnF.Y {
			acc += int64(row[i]) * int64(f)
		}
		tr.Logits[v] = acc
	}
	s.pos++
	return tr, nil
}

// block runs block bi on x, appends to its cache and returns its output.
func (s *Session) block(bi int, x []int32, bt *BlockTrace) ([]int32, error) {
	return s.q.BlockStep(bi, x, &s.cache[bi], bt)
}

// BlockStep runs block bi of q on x (the block's input at the position
// len(kv.K), at q's activation width) over the cache kv (keys and values
// of positions 0..len(kv.K)−1, n_embd values each), appends the position's
// key and value to kv, fills bt and returns the block's output: the step
// Session.Step runs for each block (the circuits/tfblock 12-bit step
// proves it).
func (q *Model) BlockStep(bi int, x []int32, kv *tfops.KVOf[int32], bt *BlockTrace) ([]int32, error) {
	c := &q.Config
	d, hd, w := c.NEmbd, c.HeadDim(), q.Bits
	if bi < 0 || bi >= len(q.Blocks) || len(x) != d || kv == nil || len(kv.K) != len(kv.V) || len(kv.K) >= c.NPositions {
		return nil, fmt.Errorf("gpt2q: block %d step on %d values with a bad cache: %w", bi, len(x), ErrBadInput)
	}
	for j := range kv.K {
		if len(kv.K[j]) != d || len(kv.V[j]) != d {
			return nil, fmt.Errorf("gpt2q: cache entry %d has %d/%d values, want %d: %w", j, len(kv.K[j]), len(kv.V[j]), d, ErrBadInput)
		}
	}
	b := &q.Blocks[bi]
	var err error
	if bt.Ln1, err = b.Ln1.ForwardWide(x); err != nil {
		return nil, err
	}
	if bt.Attn, err = b.Attn.Wide.Forward(bt.Ln1.Y); err != nil {
		return nil, err
	}
	qkv := bt.Attn.Out
	kv.K = append(kv.K, append([]int32(nil), qkv[d:2*d]...))
	kv.V = append(kv.V, append([]int32(nil), qkv[2*d:]...))
	o := make([]int32, d)
	for h := 0; h < c.NHead; h++ {
		off := h * hd
		kh, vh := make([][]int32, len(kv.K)), make([][]int32, len(kv.K))
		for j := range kv.K {
			kh[j], vh[j] = kv.K[j][off:off+hd], kv.V[j][off:off+hd]
		}
		at, err := b.Heads.StepWide(qkv[off:off+hd], kh, vh, w)
		if err != nil {
			return nil, err
		}
		bt.Heads = append(bt.Heads, at)
		copy(o[off:], at.Out)
	}
	if bt.AttnProj, err = b.AttnProj.Wide.Forward(o); err != nil {
		return nil, err
	}
	if bt.Resid1, err = b.Res1.AddWide(x, bt.AttnProj.Out, w, w); err != nil {
		return nil, err
	}
	if bt.Ln2, err = b.Ln2.ForwardWide(bt.Resid1); err != nil {
		return nil, err
	}
	if bt.Fc, err = b.Fc.Wide.Forward(bt.Ln2.Y); err != nil {
		return nil, err
	}
	if bt.FcProj, err = b.FcProj.Wide.Forward(bt.Fc.Out); err != nil {
		return nil, err
	}
	if bt.Resid2, err = b.Res2.AddWide(bt.Resid1, bt.FcProj.Out, w, w); err != nil {
		return nil, err
	}
	return bt.Resid2, nil
}
