package gpt2

// The generation circuit at activation widths above 8 bits (scheme
// openproof-fx12-tf-v3): int16 wte and wpe as constants, each block the
// circuits/tfblock 12-bit step (tfblock.StepBits: tfgadgets.Linear with
// per-column shifts and multipliers, the 4,096-entry GELU table,
// AttendStepBits), ln_f at 12 bits, the LM head over int16 wte and the
// argmax with its difference range check widened to the head's worst
// case (ArgmaxSpan), or tfops.Sampler's draw (NewSampled, only where that
// worst case is below the sampler's 2^32 span). The c_attn adapter (A, B int8 and one multiplier per
// output column) is committed by commit.AdapterInnerCommitmentBits.

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/circuits/tfblock"
	"github.com/openproof/openproof/circuits/tfgadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/tfops"
)

// LoRABitsVars is one block's c_attn adapter above 8 bits: A [rank][d],
// B [3d][rank] int8 and the per-column multipliers M (3d values, each
// below 2^tfops.MaxLoRAMultBits).
type LoRABitsVars struct {
	A, B, M []frontend.Variable
}

func wide(q *gpt2q.Model) bool { return q.Bits != tfops.ActBits8 }

// wideRank is the rank of q's wide c_attn adapter (0: none), the same in
// every block; checks every block for tfblock.StepBits.
func wideRank(q *gpt2q.Model) (int, error) {
	rank := -1
	for i := range q.Blocks {
		if err := tfblock.CheckWide(q, i); err != nil {
			return 0, fmt.Errorf("gpt2 circuit: %w", err)
		}
		r := 0
		if a := q.Blocks[i].Attn.Wide.LoRA; a != nil {
			r = a.Rank
		}
		if rank >= 0 && r != rank {
			return 0, fmt.Errorf("gpt2 circuit: c_attn adapter ranks differ across blocks: %w", gpt2q.ErrBadInput)
		}
		rank = r
	}
	return max(rank, 0), nil
}

// wideInner is InnerCommitment above 8 bits: commit.AdapterInnerCommitmentBits
// of every block's c_attn adapter (A, B, per-column M) with salt.
func wideInner(q *gpt2q.Model, salt fr.Element) (fr.Element, error) {
	var layers []commit.AdapterLayerBits
	for i := range q.Blocks {
		if a := q.Blocks[i].Attn.Wide.LoRA; a != nil {
			layers = append(layers, tfblock.AdapterLayerBits(a, i))
		}
	}
	if len(layers) == 0 {
		return fr.Element{}, nil
	}
	return commit.AdapterInnerCommitmentBits(salt, len(q.Blocks), layers)
}

// modelDigestWide is ModelDigest above 8 bits: the same preimage order
// with the wide forms (scheme tag and width first; int16 embeddings as
// commit.PackInt32; per linear layer the per-column exponents, int64
// biases packed 64 bits each offset by 2^63, the int32 GELU table).
func modelDigestWide(q *gpt2q.Model) fr.Element {
	c := &q.Config
	u := func(v int64) fr.Element { return commit.Uint(uint64(v)) }
	pre := []fr.Element{commit.Tag(TagModel), commit.Tag(q.Cal.Scheme), u(int64(q.Bits)), u(int64(c.NLayer)), u(int64(c.NHead)),
		u(int64(c.NEmbd)), u(int64(c.NPositions)), u(int64(c.VocabSize)), exp(q.WteExp), exp(q.WpeExp)}
	pre = append(pre, commit.PackInt32(q.WteW)...)
	pre = append(pre, commit.PackInt32(q.WpeW)...)
	res := func(r tfops.Residual) { pre = append(pre, exp(r.AExp), exp(r.BExp), exp(r.OutExp)) }
	ln := func(l *tfops.LayerNorm) {
		pre = append(pre, u(int64(l.D)), exp(l.GammaExp), exp(l.OutExp), u(l.Eps), u(int64(l.K)), u(int64(l.Bits)))
		pre = append(pre, commit.PackInt8(l.Gamma)...)
		pre = append(pre, commit.PackInt32(l.Beta)...)
	}
	lin := func(l *tfops.Linear) {
		pre = append(pre, u(int64(l.In)), u(int64(l.Out)), u(int64(l.Bits)), exp(l.InExp), exp(l.OutExp), u(int64(len(l.GELU))))
		for _, e := range l.WExp {
			pre = append(pre, exp(e))
		}
		b := make([]uint64, len(l.Bias))
		for i, v := range l.Bias {
			b[i] = uint64(v) ^ 1<<63
		}
		pre = append(pre, commit.Pack(b, 64)...)
		pre = append(pre, commit.PackInt8(l.W)...)
		pre = append(pre, commit.PackInt32(l.GELU)...)
	}
	res(q.Embed)
	for i := range q.Blocks {
		b := &q.Blocks[i]
		ln(b.Ln1)
		lin(b.Attn.Wide)
		h := b.Heads
		pre = append(pre, u(int64(h.HeadDim)), exp(h.QExp), exp(h.KExp), exp(h.VExp), exp(h.OutExp), u(int64(h.Mult)))
		lin(b.AttnProj.Wide)
		res(b.Res1)
		ln(b.Ln2)
		lin(b.Fc.Wide)
		lin(b.FcProj.Wide)
		res(b.Res2)
	}
	ln(q.LnF)
	return commit.Hash(pre...)
}

// logitSpanBits is the width of the argmax's difference range check: the
// LM head's worst-case span (gpt2q.Model.LogitSpanBits), at least SpanBits.
func logitSpanBits(q *gpt2q.Model) int {
	return max(q.LogitSpanBits(), tfgadgets.SpanBits)
}

// newWide is New above 8 bits.
func newWide(q *gpt2q.Model, prompt, tokens int) (*Circuit, error) {
	rank, err := wideRank(q)
	if err != nil {
		return nil, err
	}
	n := Positions(prompt, tokens)
	if prompt < 1 || tokens < 1 || n > q.Config.NPositions {
		return nil, fmt.Errorf("gpt2 circuit: %d prompt + %d generated tokens for a context of %d: %w", prompt, tokens, q.Config.NPositions, gpt2q.ErrBadInput)
	}
	d := q.Config.NEmbd
	c := &Circuit{Prompt: make([]frontend.Variable, prompt), model: q, digest: ModelDigest(q), tokens: tokens}
	if rank > 0 {
		for range q.Blocks {
			c.AdapterBits = append(c.AdapterBits, LoRABitsVars{A: make([]frontend.Variable, rank*d), B: make([]frontend.Variable, 3*d*rank), M: make([]frontend.Variable, 3*d)})
		}
	}
	return c, nil
}

// adapterWide is adapter above 8 bits: range checks (A, B int8, each M_i
// below 2^48) and the commitment of A, B and the per-column multipliers.
func (c *Circuit) adapterWide(api frontend.API, g *gadgets.Gadgets) ([]*tfgadgets.LinearLoRA, error) {
	if len(c.Adapter) != 0 {
		return nil, fmt.Errorf("gpt2 circuit: an 8-bit adapter witness in a wide circuit")
	}
	if len(c.AdapterBits) == 0 {
		api.AssertIsEqual(c.AdapterCommitment, 0) // mutant:gpt2w-no-adapter
		return make([]*tfgadgets.LinearLoRA, len(c.model.Blocks)), nil
	}
	nb := len(c.model.Blocks)
	if len(c.AdapterBits) != nb {
		return nil, fmt.Errorf("gpt2 circuit: %d adapter layers for %d blocks", len(c.AdapterBits), nb)
	}
	d := c.model.Config.NEmbd
	rank := len(c.AdapterBits[0].A) / d
	var loras []*tfgadgets.LinearLoRA
	var layers []commit.AdapterLayerBitsVars
	for i, a := range c.AdapterBits {
		if rank < 1 || len(a.A) != rank*d || len(a.B) != 3*d*rank || len(a.M) != 3*d {
			return nil, fmt.Errorf("gpt2 circuit: block %d adapter |A| = %d, |B| = %d, |M| = %d", i, len(a.A), len(a.B), len(a.M))
		}
		l, lv, err := tfblock.WideLoRA(g, i, a.A, a.B, a.M, rank)
		if err != nil {
			return nil, err
		}
		loras, layers = append(loras, l), append(layers, lv)
	}
	com, err := commit.AdapterCommitmentBitsVars(api, c.Salt, c.Owner, nb, layers)
	if err != nil {
		return nil, err
	}
	api.AssertIsEqual(com, c.AdapterCommitment) // mutant:gpt2w-adapter-commitment
	return loras, nil
}

// defineWide is Define above 8 bits (see the package doc and this file's).
func (c *Circuit) defineWide(api frontend.API) error {
	q := c.model
	g := gadgets.New(api)
	tf := tfgadgets.New(api, g)
	d, vocab, np, w := q.Config.NEmbd, q.Config.VocabSize, len(c.Prompt), q.Bits
	if np < 1 || c.tokens < 1 {
		return fmt.Errorf("gpt2 circuit: %d prompt tokens, %d generated", np, c.tokens)
	}
	n := Positions(np, c.tokens)
	api.AssertIsEqual(c.ModelDigest, c.digest.BigInt(new(big.Int))) // mutant:gpt2w-model-digest
	loras, err := c.adapterWide(api, g)
	if err != nil {
		return err
	}
	span := logitSpanBits(q)
	if c.sampler != nil && span > tfgadgets.SpanBits {
		return fmt.Errorf("gpt2 circuit: sampling over logits of a %d-bit span", span)
	}
	keys, values := make([][][]frontend.Variable, len(q.Blocks)), make([][][]frontend.Variable, len(q.Blocks))
	var output []frontend.Variable
	for p := 0; p < n; p++ {
		tok := c.Prompt[min(p, np-1)]
		if p >= np {
			tok = output[p-np]
		}
		_, hot, err := tf.Position(tok, vocab)
		if err != nil {
			return err
		}
		c.tap.token(hot)
		wteRow, wpeRow := make([]frontend.Variable, d), make([]frontend.Variable, d)
		for i := 0; i < d; i++ {
			var s frontend.Variable = 0
			for v := 0; v < vocab; v++ {
				s = api.Add(s, api.Mul(hot[v], int64(q.WteW[v*d+i])))
			}
			wteRow[i], wpeRow[i] = s, int64(q.WpeW[p*d+i])
		}
		x, err := tf.ResidualBits(wteRow, wpeRow, q.Embed, q.EmbedBits(), w)
		if err != nil {
			return err
		}
		for bi := range q.Blocks {
			ks, vs := &keys[bi], &values[bi]
			s := tfblock.StepBits{Block: &q.Blocks[bi], Heads: q.Config.NHead, Bits: w, LoRA: loras[bi],
				Cache: func(k, v []frontend.Variable) ([][]frontend.Variable, [][]frontend.Variable, error) {
					*ks, *vs = append(*ks, k), append(*vs, v)
					return *ks, *vs, nil
				},
				LN1: func(h []frontend.Variable) { c.tap.ln1(bi, h) }}
			if x, err = s.Define(tf, x); err != nil {
				return err
			}
		}
		if p < np-1 {
			continue
		}
		f, err := tf.LayerNorm(x, q.LnF)
		if err != nil {
			return err
		}
		logits := make([]frontend.Variable, vocab)
		for v := range logits {
			var s frontend.Variable = 0
			for i := 0; i < d; i++ {
				s = api.Add(s, api.Mul(f[i], int64(q.WteW[v*d+i])))
			}
			logits[v] = s
		}
		next, nextHot, err := c.choose(tf, logits, p, span) // a sampler needs span ≤ SpanBits (above)
		if err != nil {
			return err
		}
		c.tap.chose(nextHot)
		output = append(output, next)
	}
	pd, err := tokenDigestVars(api, TagPrompt, c.Prompt)
	if err != nil {
		return err
	}
	api.AssertIsEqual(pd, c.PromptDigest) // mutant:gpt2w-prompt-digest
	od, err := tokenDigestVars(api, TagOutput, output)
	if err != nil {
		return err
	}
	api.AssertIsEqual(od, c.OutputDigest) // mutant:gpt2w-output-digest
	if err := c.tap.finish(api, g); err != nil {
		return err
	}
	return tf.Err()
}

// assignWideAdapter sets the witness's wide adapter from q.
func (c *Circuit) assignWideAdapter(q *gpt2q.Model) {
	for i := range q.Blocks {
		if a := q.Blocks[i].Attn.Wide.LoRA; a != nil {
			m := make([]frontend.Variable, len(a.M))
			for j, v := range a.M {
				m[j] = v
			}
			c.AdapterBits = append(c.AdapterBits, LoRABitsVars{A: gadgets.Int8Vars(a.A), B: gadgets.Int8Vars(a.B), M: m})
		}
	}
}
