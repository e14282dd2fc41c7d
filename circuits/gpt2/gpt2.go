// Package gpt2 is the circuit of a whole greedy or sampled generation of
// inference/gpt2q (the int8 GPT-2 runtime, scheme openproof-int8-tf-v2):
// from a prompt of P tokens, T generated tokens, each the argmax of the
// LM head's logits at the previous position (New), or the token
// tfops.Sampler draws from them with the uniform tfops.Uniform(seed, pos),
// Poseidon2 of a public seed and the position (NewSampled: top-k and
// temperature fixed in the circuit, the seed a fifth public input), over
// every position 0 … P+T−2 (the last generated token is never fed back).
//
// Per position p with token t: the embedding wte[t] (selected by t's
// one-hot vector, which also range-checks t) plus wpe[p] (tfops.Residual);
// per block ln_1 → c_attn (with the LoRA adapter, if the circuit has one)
// → causal attention per head over the cache rows 0…p → c_proj →
// residual → ln_2 → c_fc (GELU) → mlp.c_proj → residual; ln_f; the logits
// Σ_i wte[v][i]·f_i (the LM head tied to wte, exact integers); from
// position P−1 on, the argmax of the logits is the next output token.
//
// The generated tokens and the KV cache are not witnesses: each generated
// token is the argmax the circuit computes (fed to the next position and
// hashed into the output digest), each cache row the key and value the
// block computes. Only the prompt, the adapter and its salt are private
// inputs; Assign checks a runtime trace by recomputing it (gpt2q Verify),
// so a trace with a changed cache entry is refused there, and no witness
// could follow it here.
//
// Public inputs: the model digest (ModelDigest: the weights, tables and
// fixed-point parameters, which the circuit embeds as constants), the
// adapter commitment (commit.OwnedCommitment of the inner commitment —
// commit.AdapterInnerCommitment of the c_attn adapter of every block with its
// salt, what the owner registers on chain — and the owner's address, a
// private input below 2^160; 0 for a base-model circuit), the prompt digest
// and the output-token digest (TokenDigest); a sampled circuit's seed last.
package gpt2

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
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/tfops"
)

// Tags of the digests.
const (
	TagModel  = "openproof/gpt2/model/v1"
	TagPrompt = "openproof/gpt2/prompt/v1"
	TagOutput = "openproof/gpt2/output/v1"
)

// Circuit proves a greedy or sampled generation (see the package doc).
type Circuit struct {
	Prompt []frontend.Variable // P token ids
	// Adapter holds each block's c_attn adapter (A [rank][d], B [3d][rank],
	// M), empty for a base-model circuit; Salt blinds its commitment and
	// Owner (an address, commit.OwnerBits bits) owns it.
	Adapter []LoRAVars
	// AdapterBits holds each block's c_attn adapter above 8 bits (A, B and
	// per-column multipliers, wide.go), empty at 8 bits.
	AdapterBits []LoRABitsVars
	Salt        frontend.Variable
	Owner       frontend.Variable

	ModelDigest       frontend.Variable `gnark:",public"`
	AdapterCommitment frontend.Variable `gnark:",public"`
	PromptDigest      frontend.Variable `gnark:",public"`
	OutputDigest      frontend.Variable `gnark:",public"`
	// Seed is the public sampling seed: one element in a sampled circuit
	// (NewSampled), none in a greedy one, whose public inputs stay the four
	// above.
	Seed []frontend.Variable `gnark:",public"`

	model  *gpt2q.Model
	blocks []tfops.Block
	digest fr.Element
	tokens int // T
	// sampler is the sampled circuit's top-k and temperature multiplier
	// (constants of its shape); nil for greedy decoding.
	sampler *tfops.Sampler

	// tap is set by AttributedCircuit (attributed.go), nil otherwise.
	tap *genTap
}

// LoRAVars is one block's c_attn adapter.
type LoRAVars struct {
	A, B []frontend.Variable
	M    frontend.Variable
}

// Blocks returns q's blocks as tfops.Blocks (gpt2q's Block.Ref, the block
// Session.Step runs when only c_attn is adapted). The circuit supports a LoRA
// adapter on attn.c_attn only; an adapter elsewhere is refused.
func Blocks(q *gpt2q.Model) ([]tfops.Block, error) {
	if err := CheckScheme(q); err != nil {
		return nil, err
	}
	if wide(q) {
		return nil, fmt.Errorf("gpt2 circuit: a %d-bit model has no tfops.Blocks (the circuit runs tfblock.StepBits): %w", q.Bits, gpt2q.ErrBadInput)
	}
	var out []tfops.Block
	for i := range q.Blocks {
		b := &q.Blocks[i]
		if b.AttnProj.LoRA != nil || b.Fc.LoRA != nil || b.FcProj.LoRA != nil {
			return nil, fmt.Errorf("gpt2 circuit: block %d has an adapter outside attn.c_attn: %w", i, gpt2q.ErrBadInput)
		}
		if b.Ref == nil { // set by gpt2q.Quantize
			return nil, fmt.Errorf("gpt2 circuit: block %d has no tfops.Block: %w", i, gpt2q.ErrBadInput)
		}
		if err := b.Ref.Validate(); err != nil {
			return nil, fmt.Errorf("gpt2 circuit: block %d: %w", i, err)
		}
		out = append(out, *b.Ref)
	}
	return out, nil
}

// CheckScheme refuses a model of a scheme this circuit does not prove: it
// proves scheme openproof-int8-tf-v2 (8-bit activations, tfops.Scheme) and
// openproof-fx12-tf-v3 (12 bits, tfops.SchemeFx12, wide.go; sampled
// decoding there only where the LM head's logit span bound fits 2^32).
func CheckScheme(q *gpt2q.Model) error {
	ok := (q.Cal.Scheme == tfops.Scheme && q.Bits == tfops.ActBits8) || (q.Cal.Scheme == tfops.SchemeFx12 && q.Bits == tfops.ActBits12)
	if !ok {
		return fmt.Errorf("gpt2 circuit: scheme %q (%d-bit activations) has no circuit (proven: %q, %q): %w",
			q.Cal.Scheme, q.Bits, tfops.Scheme, tfops.SchemeFx12, gpt2q.ErrBadInput)
	}
	return nil
}

// Rank returns the rank of q's c_attn adapter: 0 for none; the same in
// every block, or an error.
func Rank(q *gpt2q.Model) (int, error) {
	if wide(q) {
		return wideRank(q)
	}
	rank := -1
	for i := range q.Blocks {
		r := 0
		if a := q.Blocks[i].Attn.LoRA; a != nil {
			r = a.Rank
		}
		if rank >= 0 && r != rank {
			return 0, fmt.Errorf("gpt2 circuit: c_attn adapter ranks differ across blocks: %w", gpt2q.ErrBadInput)
		}
		rank = r
	}
	return max(rank, 0), nil
}

// Adapter returns q's c_attn adapter as a quant.Adapter whose layer i is
// block i (nil for none), the form commit.AdapterInnerCommitment commits to.
// 8 bits only: above, the adapter is each block's Attn.Wide.LoRA (nil
// here; Rank tells whether there is one).
func Adapter(q *gpt2q.Model) *quant.Adapter {
	var a quant.Adapter
	for i := range q.Blocks {
		if l := q.Blocks[i].Attn.LoRA; l != nil {
			c := *l
			c.Layer = i
			a.Layers = append(a.Layers, c)
		}
	}
	if len(a.Layers) == 0 {
		return nil
	}
	return &a
}

// AdapterCommitment is the public adapter commitment of q's adapter under
// key: commit.OwnedCommitment of InnerCommitment and key.Owner (0 when q has
// no adapter).
func AdapterCommitment(q *gpt2q.Model, key commit.AdapterKey) (fr.Element, error) {
	if wide(q) {
		if r, err := wideRank(q); err != nil || r == 0 {
			return fr.Element{}, err
		}
	} else if Adapter(q) == nil {
		return fr.Element{}, nil
	}
	inner, err := InnerCommitment(q, key.Salt)
	if err != nil {
		return fr.Element{}, err
	}
	return commit.OwnedCommitment(inner, key.Owner), nil
}

// InnerCommitment is commit.AdapterInnerCommitment of q's c_attn adapter
// (rank r in every block) with salt: what the owner registers on chain
// (registerAdapter); 0 when q has no adapter.
func InnerCommitment(q *gpt2q.Model, salt fr.Element) (fr.Element, error) {
	if wide(q) {
		if _, err := wideRank(q); err != nil {
			return fr.Element{}, err
		}
		return wideInner(q, salt)
	}
	a := Adapter(q)
	if a == nil {
		return fr.Element{}, nil
	}
	rank, err := Rank(q)
	if err != nil {
		return fr.Element{}, err
	}
	shape := make([]int, len(q.Blocks))
	for i := range shape {
		shape[i] = rank
	}
	return commit.AdapterInnerCommitment(a, shape, salt)
}

// TokenDigest commits to a token sequence: Poseidon2 of the tag, the
// length and each token id.
func TokenDigest(tag string, toks []int) fr.Element {
	pre := []fr.Element{commit.Tag(tag), commit.Uint(uint64(len(toks)))}
	for _, t := range toks {
		pre = append(pre, commit.Uint(uint64(t)))
	}
	return commit.Hash(pre...)
}

// exp encodes a possibly negative exponent.
func exp(e int) fr.Element { return commit.Uint(uint64(int64(e) + 1<<16)) }

// ModelDigest commits to everything of q that the circuit embeds: the
// architecture, wte, wpe and their exponents, and per block the LayerNorms,
// linear layers (weights, biases, exponents, shifts, GELU tables),
// attention parameters and residual exponents; then ln_f.
func ModelDigest(q *gpt2q.Model) fr.Element {
	if wide(q) {
		return modelDigestWide(q)
	}
	c := &q.Config
	u := func(v int64) fr.Element { return commit.Uint(uint64(v)) }
	pre := []fr.Element{commit.Tag(TagModel), commit.Tag(q.Cal.Scheme), u(int64(c.NLayer)), u(int64(c.NHead)),
		u(int64(c.NEmbd)), u(int64(c.NPositions)), u(int64(c.VocabSize)), exp(q.WteExp), exp(q.WpeExp)}
	pre = append(pre, commit.PackInt8(q.Wte)...)
	pre = append(pre, commit.PackInt8(q.Wpe)...)
	res := func(r tfops.Residual) { pre = append(pre, exp(r.AExp), exp(r.BExp), exp(r.OutExp)) }
	ln := func(l *tfops.LayerNorm) {
		pre = append(pre, u(int64(l.D)), exp(l.GammaExp), exp(l.OutExp), u(l.Eps), u(int64(l.K)))
		pre = append(pre, commit.PackInt8(l.Gamma)...)
		pre = append(pre, commit.PackInt32(l.Beta)...)
	}
	lin := func(l *quant.Layer) {
		pre = append(pre, u(int64(l.In)), u(int64(l.Out)), exp(l.WExp), exp(l.InExp), exp(l.OutExp),
			u(int64(l.Shift)), u(int64(l.Act)))
		pre = append(pre, commit.PackInt32(l.Bias)...)
		pre = append(pre, commit.PackInt8(l.W)...)
		if l.Act == quant.ActGELU {
			pre = append(pre, commit.PackInt8(l.GELU)...)
		}
	}
	res(q.Embed)
	for i := range q.Blocks {
		b := &q.Blocks[i]
		ln(b.Ln1)
		lin(&b.Attn.Layer)
		h := b.Heads
		pre = append(pre, u(int64(h.HeadDim)), exp(h.QExp), exp(h.KExp), exp(h.VExp), exp(h.OutExp), u(int64(h.Mult)))
		lin(&b.AttnProj.Layer)
		res(b.Res1)
		ln(b.Ln2)
		lin(&b.Fc.Layer)
		lin(&b.FcProj.Layer)
		res(b.Res2)
	}
	ln(q.LnF)
	return commit.Hash(pre...)
}

// Positions is the number of positions a generation of tokens tokens from
// a prompt of prompt tokens runs: prompt + tokens − 1.
func Positions(prompt, tokens int) int { return prompt + tokens - 1 }

// NewSampled returns the circuit of a generation of tokens tokens from a
// prompt of prompt tokens on q sampled at temperature with top-k topK
// (gpt2q.Decoding mode Sample: q.Sampling derives the sampler, fixed in the
// circuit's shape) under a public seed: at each position p from P−1 on, the
// uniform tfops.Uniform(seed, p) (Poseidon2 of TagSample, seed and p) and
// the token tfops.Sampler.Sample draws with it from the logits.
func NewSampled(q *gpt2q.Model, prompt, tokens int, temperature float64, topK int) (*Circuit, error) {
	if err := CheckScheme(q); err != nil {
		return nil, err
	}
	if wide(q) && logitSpanBits(q) > tfgadgets.SpanBits {
		return nil, fmt.Errorf("gpt2 circuit: sampling at %d bits needs logits spanning less than 2^%d; this LM head's bound is 2^%d: %w",
			q.Bits, tfgadgets.SpanBits, logitSpanBits(q), gpt2q.ErrBadInput)
	}
	s, err := sampler(q, temperature, topK)
	if err != nil {
		return nil, err
	}
	c, err := New(q, prompt, tokens)
	if err != nil {
		return nil, err
	}
	c.sampler, c.Seed = &s, make([]frontend.Variable, 1)
	return c, nil
}

// sampler is the runtime's sampler (gpt2q Model.Sampling) at temperature
// and top-k topK; the seed is the witness's, so any placeholder parses.
func sampler(q *gpt2q.Model, temperature float64, topK int) (tfops.Sampler, error) {
	s, _, err := q.Sampling(gpt2q.Decoding{Mode: gpt2q.Sample, Temperature: temperature, TopK: topK, Seed: "0"})
	return s, err
}

// New returns the circuit of a greedy generation of tokens tokens from a
// prompt of prompt tokens on q (and q's c_attn adapter, if it has one).
func New(q *gpt2q.Model, prompt, tokens int) (*Circuit, error) {
	if err := CheckScheme(q); err != nil {
		return nil, err
	}
	if wide(q) {
		return newWide(q, prompt, tokens)
	}
	blocks, err := Blocks(q)
	if err != nil {
		return nil, err
	}
	rank, err := Rank(q)
	if err != nil {
		return nil, err
	}
	n := Positions(prompt, tokens)
	if prompt < 1 || tokens < 1 || n > q.Config.NPositions {
		return nil, fmt.Errorf("gpt2 circuit: %d prompt + %d generated tokens for a context of %d: %w", prompt, tokens, q.Config.NPositions, gpt2q.ErrBadInput)
	}
	d := q.Config.NEmbd
	c := &Circuit{Prompt: make([]frontend.Variable, prompt), model: q, blocks: blocks, digest: ModelDigest(q), tokens: tokens}
	for range blocks {
		if rank > 0 {
			c.Adapter = append(c.Adapter, LoRAVars{A: make([]frontend.Variable, rank*d), B: make([]frontend.Variable, 3*d*rank)})
		}
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	q := c.model
	if q == nil {
		return fmt.Errorf("gpt2 circuit: built without New")
	}
	if wide(q) {
		return c.defineWide(api)
	}
	g := gadgets.New(api)
	tf := tfgadgets.New(api, g)
	d, vocab, np := q.Config.NEmbd, q.Config.VocabSize, len(c.Prompt)
	if np < 1 || c.tokens < 1 {
		return fmt.Errorf("gpt2 circuit: %d prompt tokens, %d generated", np, c.tokens)
	}
	n := Positions(np, c.tokens)
	api.AssertIsEqual(c.ModelDigest, c.digest.BigInt(new(big.Int))) // mutant:gpt2-model-digest
	if err := c.adapter(api, g); err != nil {
		return err
	}
	// The cache: per block, the keys and values of positions 0…p.
	keys, values := make([][][]frontend.Variable, len(c.blocks)), make([][][]frontend.Variable, len(c.blocks))
	var output []frontend.Variable // the generated tokens
	for p := 0; p < n; p++ {
		tok := c.Prompt[min(p, np-1)]
		if p >= np {
			tok = output[p-np]
		}
		_, hot, err := tf.Position(tok, vocab) // the one-hot of the token, which range-checks it
		if err != nil {
			return err
		}
		c.tap.token(hot)
		wteRow, wpeRow := make([]frontend.Variable, d), make([]frontend.Variable, d)
		for i := 0; i < d; i++ {
			var s frontend.Variable = 0
			for v := 0; v < vocab; v++ {
				s = api.Add(s, api.Mul(hot[v], int64(q.Wte[v*d+i])))
			}
			wteRow[i], wpeRow[i] = s, int64(q.Wpe[p*d+i])
		}
		x, err := tf.Residual(wteRow, wpeRow, q.Embed)
		if err != nil {
			return err
		}
		for bi := range c.blocks {
			if x, err = c.block(api, g, tf, bi, x, &keys[bi], &values[bi]); err != nil {
				return err
			}
		}
		if p < np-1 {
			continue // the next token is the prompt's: no ln_f, no logits
		}
		f, err := tf.LayerNorm(x, q.LnF)
		if err != nil {
			return err
		}
		logits := make([]frontend.Variable, vocab)
		for v := range logits {
			var s frontend.Variable = 0
			for i := 0; i < d; i++ {
				s = api.Add(s, api.Mul(f[i], int64(q.Wte[v*d+i])))
			}
			logits[v] = s
		}
		next, nextHot, err := c.choose(tf, logits, p, tfgadgets.SpanBits) // an index in [0, vocab)
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
	api.AssertIsEqual(pd, c.PromptDigest) // mutant:gpt2-prompt-digest
	od, err := tokenDigestVars(api, TagOutput, output)
	if err != nil {
		return err
	}
	api.AssertIsEqual(od, c.OutputDigest) // mutant:gpt2-output-digest
	if err := c.tap.finish(api, g); err != nil {
		return err
	}
	return tf.Err()
}

// choose is the next token at position p: the argmax of the logits (its
// difference range check span bits wide: tfgadgets.SpanBits at 8 bits,
// logitSpanBits above), or in a sampled circuit the token drawn with the
// seed's uniform at step p; and its one-hot vector.
func (c *Circuit) choose(tf *tfgadgets.TF, logits []frontend.Variable, p, span int) (frontend.Variable, []frontend.Variable, error) {
	if c.sampler == nil {
		if len(c.Seed) != 0 {
			return nil, nil, fmt.Errorf("gpt2 circuit: a greedy circuit with a seed")
		}
		return tf.ArgmaxSpan(logits, span)
	}
	if len(c.Seed) != 1 {
		return nil, nil, fmt.Errorf("gpt2 circuit: a sampled circuit with %d seeds", len(c.Seed))
	}
	seed := c.Seed[0]             // mutant:gpt2-sample-seed
	u, err := tf.Uniform(seed, p) // mutant:gpt2-sample-step
	if err != nil {
		return nil, nil, err
	}
	return tf.SampleHot(logits, *c.sampler, u) // mutant:gpt2-sample-sampler
}

// adapter range-checks the adapter and binds it, its salt and its owner to
// the public commitment.
func (c *Circuit) adapter(api frontend.API, g *gadgets.Gadgets) error {
	if len(c.Adapter) == 0 {
		api.AssertIsEqual(c.AdapterCommitment, 0) // mutant:gpt2-no-adapter
		return nil
	}
	if len(c.Adapter) != len(c.blocks) {
		return fmt.Errorf("gpt2 circuit: %d adapter layers for %d blocks", len(c.Adapter), len(c.blocks))
	}
	d := c.model.Config.NEmbd
	rank := len(c.Adapter[0].A) / d
	var layers []commit.AdapterLayerVars
	for i, a := range c.Adapter {
		if rank < 1 || len(a.A) != rank*d || len(a.B) != 3*d*rank {
			return fmt.Errorf("gpt2 circuit: block %d adapter |A| = %d, |B| = %d", i, len(a.A), len(a.B))
		}
		g.AssertInt8(a.A...)                          // mutant:gpt2-a-int8
		g.AssertInt8(a.B...)                          // mutant:gpt2-b-int8
		if err := g.AssertBits(a.M, 32); err != nil { // mutant:gpt2-m-bits
			return err
		}
		layers = append(layers, commit.AdapterLayerVars{Layer: i, Rank: rank, M: a.M, A: a.A, B: a.B})
	}
	com, err := commit.AdapterCommitmentVars(api, c.Salt, c.Owner, len(c.blocks), layers)
	if err != nil {
		return err
	}
	api.AssertIsEqual(com, c.AdapterCommitment) // mutant:gpt2-adapter-commitment
	return nil
}

// block is block bi's step on x (int8) at the position len(*keys): it
// appends the key and value it computes to the cache and attends over it.
func (c *Circuit) block(api frontend.API, g *gadgets.Gadgets, tf *tfgadgets.TF, bi int, x []frontend.Variable, keys, values *[][]frontend.Variable) ([]frontend.Variable, error) {
	b := &c.blocks[bi]
	d := b.Dim()
	h, err := tf.LayerNorm(x, b.LN1)
	if err != nil {
		return nil, err
	}
	c.tap.ln1(bi, h)
	var qkv []frontend.Variable
	if len(c.Adapter) > 0 {
		a := c.Adapter[bi]
		qkv, err = tfblock.AdaptedLinear(api, g, &b.Attn, h, a.A, a.B, a.M, len(a.A)/d)
	} else {
		qkv, err = tfblock.Linear(api, g, &b.Attn, h)
	}
	if err != nil {
		return nil, err
	}
	*keys, *values = append(*keys, qkv[d:2*d]), append(*values, qkv[2*d:])
	hd, t := b.Head.HeadDim, len(*keys)
	var attn []frontend.Variable
	for hh := 0; hh < b.Heads; hh++ {
		lo, hi := hh*hd, (hh+1)*hd
		kh, vh := make([][]frontend.Variable, t), make([][]frontend.Variable, t)
		for j := range t {
			kh[j], vh[j] = (*keys)[j][lo:hi], (*values)[j][lo:hi]
		}
		o, err := tf.AttendStep(qkv[lo:hi], kh, vh, b.Head)
		if err != nil {
			return nil, err
		}
		attn = append(attn, o...)
	}
	proj, err := tfblock.Linear(api, g, &b.Proj, attn)
	if err != nil {
		return nil, err
	}
	h1, err := tf.Residual(x, proj, b.Res1)
	if err != nil {
		return nil, err
	}
	h2, err := tf.LayerNorm(h1, b.LN2)
	if err != nil {
		return nil, err
	}
	fc, err := tfblock.Linear(api, g, &b.FC, h2)
	if err != nil {
		return nil, err
	}
	out, err := tfblock.Linear(api, g, &b.Out, fc)
	if err != nil {
		return nil, err
	}
	return tf.Residual(h1, out, b.Res2)
}

// tokenDigestVars is TokenDigest in a circuit (tokens range-checked by the caller).
func tokenDigestVars(api frontend.API, tag string, toks []frontend.Variable) (frontend.Variable, error) {
	pre := append(commit.Const(commit.Tag(tag), commit.Uint(uint64(len(toks)))), toks...)
	return commit.HashVars(api, pre...)
}

// Name is the key store's name of the circuit New(q, prompt, tokens)
// returns: its kind, architecture (with "-a<bits>" above 8-bit
// activations), adapter rank and sizes. The circuit embeds q's weights, so
// its digest (not its name) tells two models apart.
func Name(q *gpt2q.Model, prompt, tokens int) string {
	c := &q.Config
	rank, err := Rank(q)
	r := fmt.Sprintf("r%d", rank)
	if err != nil {
		r = "r?"
	}
	a := ""
	if wide(q) {
		a = fmt.Sprintf("-a%d", q.Bits)
	}
	return fmt.Sprintf("gpt2-greedy/L%d-H%d-d%d-v%d-n%d%s/%s/p%d-t%d", c.NLayer, c.NHead, c.NEmbd, c.VocabSize, c.NPositions, a, r, prompt, tokens)
}

// NameSampled is the key store's name of the circuit NewSampled(q, prompt,
// tokens, temperature, topK) returns: Name's fields with the sampler's
// top-k and multiplier (which the temperature sets) in place of "greedy".
func NameSampled(q *gpt2q.Model, prompt, tokens int, temperature float64, topK int) (string, error) {
	s, err := sampler(q, temperature, topK)
	if err != nil {
		return "", err
	}
	n := Name(q, prompt, tokens)
	return fmt.Sprintf("gpt2-sample-k%d-m%d%s", s.TopK, s.Mult, n[len("gpt2-greedy"):]), nil
}
