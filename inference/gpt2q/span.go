package gpt2q

import (
	"fmt"
	"math/big"

	"github.com/openproof/openproof/inference/tfops"
)

// LogitSpanBits bounds q's LM-head logit span: every logit is
// Σ_i wte[v][i]·f_i with |f_i| ≤ 2^(W−1) (W = q.Bits), so
// max − min ≤ 2·2^(W−1)·max_v Σ_i |wte[v][i]| < 2^n, n the bit length of
// 2^W·max_v Σ_i |wte[v][i]|. A worst case over every input, not a
// generation's realised span.
func (q *Model) LogitSpanBits() int {
	d := q.Config.NEmbd
	var top int64
	for v := 0; v < q.Config.VocabSize && (v+1)*d <= len(q.WteW); v++ {
		var s int64
		for _, w := range q.WteW[v*d : (v+1)*d] {
			s += max(int64(w), -int64(w))
		}
		top = max(top, s)
	}
	return new(big.Int).Lsh(big.NewInt(top), q.Bits).BitLen()
}

// checkSampleSpan refuses sampling from q when its LM head's logits may
// span 2^tfops.SpanBits or more (LogitSpanBits above tfops.SpanBits): the
// sampled circuit (circuits/gpt2 NewSampled) refuses such a model, so a
// trace the runtime sampled from it could not be proven, and a generation
// whose logits reach that span fails in tfops.Sampler.Sample part way.
func (q *Model) checkSampleSpan() error {
	if n := q.LogitSpanBits(); n > tfops.SpanBits {
		return fmt.Errorf("gpt2q: sampling at %d bits needs logits spanning less than 2^%d; this LM head's bound is 2^%d: %w",
			q.Bits, tfops.SpanBits, n, ErrBadInput)
	}
	return nil
}
