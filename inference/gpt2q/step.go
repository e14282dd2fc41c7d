package gpt2q

import (
	"fmt"

	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// BlockTrace holds every integer of one block at one position.
type BlockTrace struct {
	Ln1      *tfops.LNTrace
	Attn     *quant.LayerTrace // q | k | v
	Heads    []*tfops.AttnTrace
	AttnProj *quant.LayerTrace
	Resid1   []int8
	Ln2      *tfops.LNTrace
	Fc       *quant.LayerTrace // Out is after the GELU table
	FcProj   *quant.LayerTrace
	Resid2   []int8
}

// StepTrace holds every integer of one step: the token at Pos and the
// logits for the next one.
type StepTrace struct {
	Pos, Token int
	Embed      []int8
	Blocks     []BlockTrace
	LnF        *tfops.LNTrace
	Logits     []int64
}

// Session runs a quantized model one token at a time with an int8
// key/value cache.
type Session struct {
	q     *Model
	pos   int
	cache []tfops.KV // per block: positions 0..pos−1, n_embd values each
	// General forces the general block path even where the tfops.Block
	// path applies (for the test that the two agree).
	General bool
}

// NewSession returns an empty session.
func (q *Model) NewSession() *Session {
	return &Session{q: q, cache: make([]tfops.KV, len(q.Blocks))}
}

// Pos returns the number of tokens consumed.
func (s *Session) Pos() int { return s.pos }

// Cache returns block b's cache (not a copy): keys and values of every
// position, n_embd values each, head h owning columns h·d/H … (h+1)·d/H − 1.
func (s *Session) Cache(b int) *tfops.KV { return &s.cache[b] }

// Step feeds token tok at the next position and returns the step's trace.
func (s *Session) Step(tok int) (*StepTrace, error) {
	q := s.q
	c := &q.Config
	if tok < 0 || tok >= c.VocabSize {
		return nil, fmt.Errorf("gpt2q: token %d outside [0, %d): %w", tok, c.VocabSize, ErrBadInput)
	}
	if s.pos >= c.NPositions {
		return nil, fmt.Errorf("gpt2q: context full at %d positions: %w", c.NPositions, ErrBadInput)
	}
	d, hd := c.NEmbd, c.HeadDim()
	tr := &StepTrace{Pos: s.pos, Token: tok, Blocks: make([]BlockTrace, len(q.Blocks))}
	x, err := q.Embed.Add(q.Wte[tok*d:(tok+1)*d], q.Wpe[s.pos*d:(s.pos+1)*d])
	if err != nil {
		return nil, err
	}
	tr.Embed = x
	for bi := range q.Blocks {
		b, bt := &q.Blocks[bi], &tr.Blocks[bi]
		if !s.General && b.AttnProj.LoRA == nil && b.Fc.LoRA == nil && b.FcProj.LoRA == nil {
			rt, err := b.Ref.StepAdapted(x, &s.cache[bi], b.Attn.LoRA)
			if err != nil {
				return nil, err
			}
			*bt = BlockTrace{Ln1: rt.LN1, Attn: rt.QKV, Heads: rt.Heads, AttnProj: rt.Proj, Resid1: rt.H1,
				Ln2: rt.LN2, Fc: rt.FC, FcProj: rt.Out, Resid2: rt.Y}
			x = rt.Y
			continue
		}
		if bt.Ln1, err = b.Ln1.Forward(x); err != nil {
			return nil, err
		}
		if bt.Attn, err = b.Attn.Forward(bt.Ln1.Y, b.Attn.LoRA); err != nil {
			return nil, err
		}
		qkv := bt.Attn.Out
		kv := &s.cache[bi]
		kv.K = append(kv.K, append([]int8(nil), qkv[d:2*d]...))
		kv.V = append(kv.V, append([]int8(nil), qkv[2*d:]...))
		o := make([]int8, d)
		for h := 0; h < c.NHead; h++ {
			off := h * hd
			kh, vh := make([][]int8, len(kv.K)), make([][]int8, len(kv.K))
			for j := range kv.K {
				kh[j], vh[j] = kv.K[j][off:off+hd], kv.V[j][off:off+hd]
			}
			at, err := b.Heads.Step(qkv[off:off+hd], kh, vh)
			if err != nil {
				return nil, err
			}
			bt.Heads = append(bt.Heads, at)
			copy(o[off:], at.Out)
		}
		if bt.AttnProj, err = b.AttnProj.Forward(o, b.AttnProj.LoRA); err != nil {
			return nil, err
		}
		if bt.Resid1, err = b.Res1.Add(x, bt.AttnProj.Out); err != nil {
			return nil, err
		}
		if bt.Ln2, err = b.Ln2.Forward(bt.Resid1); err != nil {
			return nil, err
		}
		if bt.Fc, err = b.Fc.Forward(bt.Ln2.Y, b.Fc.LoRA); err != nil {
			return nil, err
		}
		if bt.FcProj, err = b.FcProj.Forward(bt.Fc.Out, b.FcProj.LoRA); err != nil {
			return nil, err
		}
		if bt.Resid2, err = b.Res2.Add(bt.Resid1, bt.FcProj.Out); err != nil {
			return nil, err
		}
		x = bt.Resid2
	}
	if tr.LnF, err = q.LnF.Forward(x); err != nil {
		return nil, err
	}
	tr.Logits = make([]int64, c.VocabSize)
	for v := range tr.Logits {
		var acc int64
		row := q.Wte[v*d : (v+1)*d]
		for i, f := range tr.LnF.Y {
			acc += int64(row[i]) * int64(f)
		}
		tr.Logits[v] = acc
	}
	s.pos++
	return tr, nil
}
