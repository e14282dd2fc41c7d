package gpt2q

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

// TraceFormat names the generation trace format (docs/gpt2-trace.md).
const TraceFormat = "openproof-gpt2-trace-v1"

// Decoding modes.
const (
	Greedy = "greedy"
	Sample = "sample"
)

// Decoding says how each next token is chosen.
type Decoding struct {
	Mode        string  `json:"mode"`                  // Greedy or Sample
	Temperature float64 `json:"temperature,omitempty"` // Sample only
	TopK        int     `json:"top_k,omitempty"`       // Sample only
	Seed        string  `json:"seed,omitempty"`        // Sample only: a BN254 scalar, 0x-hex
}

// Trace is one generation: the prompt, every generated token and, for each
// step (a position whose token the model consumed), the integers a prover
// needs beyond the model: the key/value cache entries it appended, the
// ln_f output and the logits it chose from.
type Trace struct {
	Format string `json:"format"`
	Scheme string `json:"scheme"`
	// ActBits is the activation width of the hex-encoded cache entries and
	// ln_f output: absent for 8 (scheme openproof-int8-tf-v2: one byte per
	// value), 12 for openproof-fx12-tf-v3 (two bytes per value, big-endian
	// two's complement). It must agree with Scheme.
	ActBits  uint              `json:"act_bits,omitempty"`
	Model    map[string]string `json:"model"`             // file name → sha256 (hex)
	Adapter  map[string]string `json:"adapter,omitempty"` // file name → sha256 (hex); absent: base only
	Decoding Decoding          `json:"decoding"`
	Prompt   []int             `json:"prompt"`
	Output   []int             `json:"output"`
	Steps    []TraceStep       `json:"steps"`
}

// TraceStep is one position.
type TraceStep struct {
	Pos    int       `json:"pos"`
	Token  int       `json:"token"`  // the token consumed at Pos
	KV     []BlockKV `json:"kv"`     // per block
	LnF    string    `json:"ln_f"`   // ln_f output, hex (hexAct)
	Logits []int64   `json:"logits"` // LM-head accumulators, exponent LogitExp
	// Next is the token chosen from the logits: Output[Pos−len(Prompt)+1]
	// for Pos ≥ len(Prompt)−1; absent for the prompt's earlier positions.
	Next    *int    `json:"next,omitempty"`
	Uniform *uint32 `json:"uniform,omitempty"` // Sample only: tfops.Uniform(seed, Pos)
}

// BlockKV is the key and value row one block appended to its cache: n_embd
// activations each (heads concatenated), hex (hexAct).
type BlockKV struct {
	K string `json:"k"`
	V string `json:"v"`
	// Commitment is the block's cache commitment after this position:
	// tfops.KVNextBits chained from tfops.KVStart(block) over positions
	// 0..pos (the public input circuits/tfblock binds), 0x-hex.
	Commitment string `json:"commitment"`
}

// hexAct encodes w-bit activations: one byte each (two's complement) at
// 8 bits, two bytes each (big-endian two's complement) above.
func hexAct(v []int32, w uint) string {
	if w == tfops.ActBits8 {
		b := make([]byte, len(v))
		for i, x := range v {
			b[i] = byte(int8(x))
		}
		return hex.EncodeToString(b)
	}
	b := make([]byte, 2*len(v))
	for i, x := range v {
		b[2*i], b[2*i+1] = byte(uint16(int16(x))>>8), byte(int16(x))
	}
	return hex.EncodeToString(b)
}

// Width returns the trace's activation width: ActBits, or 8 when absent.
func (t *Trace) Width() uint {
	if t.ActBits == 0 {
		return tfops.ActBits8
	}
	return t.ActBits
}

// actBitsField returns ActBits as Generate writes it for width w.
func actBitsField(w uint) uint {
	if w == tfops.ActBits8 {
		return 0
	}
	return w
}

// chooser returns the next-token rule of d.
func (q *Model) chooser(d Decoding) (func(tr *StepTrace) (int, *uint32, error), error) {
	switch d.Mode {
	case Greedy:
		if d.Temperature != 0 || d.TopK != 0 || d.Seed != "" {
			return nil, fmt.Errorf("gpt2q: greedy decoding takes no temperature, top_k or seed: %w", ErrBadInput)
		}
		return func(tr *StepTrace) (int, *uint32, error) { return tfops.Argmax(tr.Logits), nil, nil }, nil
	case Sample:
		s, seed, err := q.Sampling(d)
		if err != nil {
			return nil, err
		}
		return func(tr *StepTrace) (int, *uint32, error) {
			u, err := tfops.Uniform(seed, uint64(tr.Pos))
			if err != nil {
				return 0, nil, err
			}
			st, err := s.Sample(tr.Logits, u)
			if err != nil {
				return 0, nil, err
			}
			return st.Token, &u, nil
		}, nil
	}
	return nil, fmt.Errorf("gpt2q: decoding mode %q (want %q or %q): %w", d.Mode, Greedy, Sample, ErrBadInput)
}

// Sampling returns the sampler (top-k and the temperature's multiplier over
// q's logit exponent) and the seed of sampled decoding d: the one place the
// runtime and the circuit (circuits/gpt2) derive them from. The seed is a
// BN254 scalar below p, 0x-hex or decimal (Go integer syntax); the scalar,
// not its spelling, is the circuit's public input. A model whose LM head's
// logits may span 2^tfops.SpanBits or more (LogitSpanBits) is refused.
func (q *Model) Sampling(d Decoding) (tfops.Sampler, fr.Element, error) {
	if d.Mode != Sample {
		return tfops.Sampler{}, fr.Element{}, fmt.Errorf("gpt2q: decoding mode %q is not %q: %w", d.Mode, Sample, ErrBadInput)
	}
	s, err := tfops.NewSampler(d.Temperature, d.TopK, q.LogitExp())
	if err != nil {
		return tfops.Sampler{}, fr.Element{}, err
	}
	if err := q.checkSampleSpan(); err != nil {
		return tfops.Sampler{}, fr.Element{}, err
	}
	v, ok := new(big.Int).SetString(d.Seed, 0)
	if !ok || v.Sign() < 0 || v.Cmp(fr.Modulus()) >= 0 {
		return tfops.Sampler{}, fr.Element{}, fmt.Errorf("gpt2q: sampling seed %q is not a BN254 scalar (0 ≤ seed < p): %w", d.Seed, ErrBadInput)
	}
	var seed fr.Element
	seed.SetBigInt(v)
	return s, seed, nil
}

// Generate feeds prompt and then n generated tokens' predecessors, choosing
// each next token by d, and returns the trace (Model and Adapter digests
// are the caller's to fill). len(prompt) + n − 1 must fit n_positions.
func (q *Model) Generate(ctx context.Context, prompt []int, n int, d Decoding) (*Trace, error) {
	if len(prompt) == 0 || n < 1 || len(prompt)+n-1 > q.Config.NPositions {
		return nil, fmt.Errorf("gpt2q: a %d-token prompt and %d new tokens do not fit %d positions: %w",
			len(prompt), n, q.Config.NPositions, ErrBadInput)
	}
	choose, err := q.chooser(d)
	if err != nil {
		return nil, err
	}
	t := &Trace{Format: TraceFormat, Scheme: q.Cal.Scheme, ActBits: actBitsField(q.Bits), Decoding: d, Prompt: slices.Clone(prompt)}
	s := q.NewSession()
	commits := make([]fr.Element, len(q.Blocks))
	for b := range commits {
		commits[b] = tfops.KVStart(b)
	}
	tok := prompt[0]
	for pos := 0; len(t.Output) < n; pos++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if pos < len(prompt) {
			tok = prompt[pos]
		}
		st, err := s.Step(tok)
		if err != nil {
			return nil, err
		}
		ts, err := q.traceStep(s, st, commits)
		if err != nil {
			return nil, err
		}
		if pos >= len(prompt)-1 {
			next, u, err := choose(st)
			if err != nil {
				return nil, err
			}
			ts.Next, ts.Uniform = &next, u
			t.Output = append(t.Output, next)
			tok = next
		}
		t.Steps = append(t.Steps, ts)
	}
	return t, nil
}

// traceStep records step st, advancing each block's cache commitment.
func (q *Model) traceStep(s *Session, st *StepTrace, commits []fr.Element) (TraceStep, error) {
	ts := TraceStep{Pos: st.Pos, Token: st.Token, LnF: hexAct(st.LnF.Y, q.Bits), Logits: st.Logits}
	for b := range q.Blocks {
		kv := s.Cache(b)
		k, v := kv.K[st.Pos], kv.V[st.Pos]
		c, err := tfops.KVNextBits(commits[b], k, v, q.Bits)
		if err != nil {
			return ts, err
		}
		commits[b] = c
		ts.KV = append(ts.KV, BlockKV{K: hexAct(k, q.Bits), V: hexAct(v, q.Bits), Commitment: "0x" + commits[b].Text(16)})
	}
	return ts, nil
}

// ErrMismatch is wrapped (with errs.ErrNotVerified) by Verify when a
// well-formed trace is not what the model computes.
var ErrMismatch = errors.New("gpt2q: trace differs from the recomputation")

// Verify recomputes the generation of t on q (the model and adapter t's
// digests name; checking those digests is the caller's) and checks every
// recorded integer and token. A malformed trace wraps ErrBadInput; one the
// recomputation contradicts wraps errs.ErrNotVerified and names the first
// difference.
func (q *Model) Verify(ctx context.Context, t *Trace) error {
	if t.Format != TraceFormat || t.Scheme != q.Cal.Scheme || t.Width() != q.Bits {
		return fmt.Errorf("gpt2q: trace format %q scheme %q act_bits %d, want %q %q %d: %w", t.Format, t.Scheme, t.Width(), TraceFormat, q.Cal.Scheme, q.Bits, ErrBadInput)
	}
	if len(t.Output) == 0 || len(t.Steps) != len(t.Prompt)+len(t.Output)-1 {
		return fmt.Errorf("gpt2q: trace has %d steps for a %d-token prompt and %d outputs: %w", len(t.Steps), len(t.Prompt), len(t.Output), ErrBadInput)
	}
	want, err := q.Generate(ctx, t.Prompt, len(t.Output), t.Decoding)
	if err != nil {
		return err
	}
	for i := range want.Output {
		if want.Output[i] != t.Output[i] {
			return fmt.Errorf("%w: output token %d is %d, the model chooses %d: %w", ErrMismatch, i, t.Output[i], want.Output[i], errs.ErrNotVerified)
		}
	}
	for i := range want.Steps {
		if d := diffStep(&want.Steps[i], &t.Steps[i]); d != "" {
			return fmt.Errorf("%w: step %d: %s: %w", ErrMismatch, i, d, errs.ErrNotVerified)
		}
	}
	return nil
}

func diffStep(w, g *TraceStep) string {
	switch {
	case w.Pos != g.Pos || w.Token != g.Token:
		return fmt.Sprintf("position/token %d/%d, want %d/%d", g.Pos, g.Token, w.Pos, w.Token)
	case len(w.KV) != len(g.KV):
		return "cache blocks"
	case w.LnF != g.LnF:
		return "ln_f output"
	case !slices.Equal(w.Logits, g.Logits):
		return "logits"
	case (w.Next == nil) != (g.Next == nil) || (w.Next != nil && *w.Next != *g.Next):
		return "next token"
	case (w.Uniform == nil) != (g.Uniform == nil) || (w.Uniform != nil && *w.Uniform != *g.Uniform):
		return "sampling uniform"
	}
	for b := range w.KV {
		if w.KV[b] != g.KV[b] {
			return fmt.Sprintf("cache entry of block %d", b)
		}
	}
	return ""
}
