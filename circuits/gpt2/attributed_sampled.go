package gpt2

import "github.com/openproof/openproof/attribution/textattr"

// NewAttributedSampled is NewAttributed for a generation sampled at
// temperature with top-k topK (NewSampled): public inputs, in order, the
// generation's five (model digest, adapter commitment, prompt digest,
// output digest, seed), the Datanet root and the attribution digest.
// AssignAttributed assigns it from a sampled trace.
func NewAttributedSampled(pl *textattr.Plan, prompt, tokens, contributors int, temperature float64, topK int) (*AttributedCircuit, error) {
	c, err := NewAttributed(pl, prompt, tokens, contributors)
	if err != nil {
		return nil, err
	}
	gen, err := NewSampled(pl.Q, prompt, tokens, temperature, topK)
	if err != nil {
		return nil, err
	}
	c.Gen = *gen
	return c, nil
}
