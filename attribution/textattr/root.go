package textattr

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// RecomputeRoot recomputes the Datanet root from a's data commitments and sketches
// without the model: a sketch commitment depends only on the parameters and
// the sketch length (2·K·r), which fix the header Commitment hashes. A
// verifier holding the artifacts but not the model compares it with a
// proof's root; RootWith under the model's plan gives the same element.
func (a *Artifacts) RecomputeRoot() (fr.Element, error) {
	k := a.Params.K
	if k < 1 || len(a.Contribs) == 0 || len(a.Contribs[0].Sketch) == 0 || len(a.Contribs[0].Sketch)%(2*k) != 0 {
		return fr.Element{}, fmt.Errorf("%w: k %d, %d contributors: no sketch layout", ErrBadInput, k, len(a.Contribs))
	}
	return a.RootWith(&Plan{P: a.Params, R: len(a.Contribs[0].Sketch) / (2 * k)})
}
