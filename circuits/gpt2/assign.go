package gpt2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/gpt2q"
)

// Publics are a generation's public inputs.
type Publics struct {
	ModelDigest, AdapterCommitment, PromptDigest, OutputDigest fr.Element
	// Seed is a sampled generation's seed, the fifth public input; nil for
	// greedy decoding (four public inputs).
	Seed *fr.Element
}

// Vector returns the public inputs in the circuit's order.
func (p Publics) Vector() []fr.Element {
	v := []fr.Element{p.ModelDigest, p.AdapterCommitment, p.PromptDigest, p.OutputDigest}
	if p.Seed != nil {
		v = append(v, *p.Seed)
	}
	return v
}

// PublicsOf returns the public inputs of trace t's generation on q, the
// adapter committed under key (salt and owner).
func PublicsOf(q *gpt2q.Model, t *gpt2q.Trace, key commit.AdapterKey) (Publics, error) {
	if err := CheckScheme(q); err != nil {
		return Publics{}, err
	}
	ac, err := AdapterCommitment(q, key)
	if err != nil {
		return Publics{}, err
	}
	pub := Publics{ModelDigest: ModelDigest(q), AdapterCommitment: ac,
		PromptDigest: TokenDigest(TagPrompt, t.Prompt), OutputDigest: TokenDigest(TagOutput, t.Output)}
	switch t.Decoding.Mode {
	case gpt2q.Greedy:
	case gpt2q.Sample:
		_, seed, err := q.Sampling(t.Decoding)
		if err != nil {
			return Publics{}, err
		}
		pub.Seed = &seed
	default:
		return Publics{}, fmt.Errorf("gpt2 circuit: decoding %q: %w", t.Decoding.Mode, gpt2q.ErrBadInput)
	}
	return pub, nil
}

// Assign returns the witness of trace t, a greedy or sampled generation on
// q (for New or NewSampled with t's temperature and top-k), with the
// adapter's key (salt and owner). It first recomputes the trace (gpt2q
// Verify): a trace with any recorded integer changed (a cache entry, a
// token, a uniform) is refused, wrapping errs.ErrNotVerified.
func Assign(ctx context.Context, q *gpt2q.Model, t *gpt2q.Trace, key commit.AdapterKey) (*Circuit, error) {
	if err := CheckScheme(q); err != nil {
		return nil, err
	}
	if err := q.Verify(ctx, t); err != nil {
		return nil, err
	}
	pub, err := PublicsOf(q, t, key)
	if err != nil {
		return nil, err
	}
	c := &Circuit{Prompt: ints(t.Prompt), Salt: key.Salt.BigInt(new(big.Int)), Owner: key.Owner.BigInt(new(big.Int)),
		ModelDigest: pub.ModelDigest.BigInt(new(big.Int)), AdapterCommitment: pub.AdapterCommitment.BigInt(new(big.Int)),
		PromptDigest: pub.PromptDigest.BigInt(new(big.Int)), OutputDigest: pub.OutputDigest.BigInt(new(big.Int))}
	if pub.Seed != nil {
		c.Seed = []frontend.Variable{pub.Seed.BigInt(new(big.Int))}
	}
	if wide(q) {
		c.assignWideAdapter(q)
	} else if a := Adapter(q); a != nil {
		for _, l := range a.Layers {
			c.Adapter = append(c.Adapter, LoRAVars{A: gadgets.Int8Vars(l.A), B: gadgets.Int8Vars(l.B), M: int64(l.M)})
		}
	}
	return c, nil
}

func ints(v []int) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}
