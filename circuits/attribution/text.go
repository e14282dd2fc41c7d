package attribution

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/circuits/gadgets"
	"github.com/openproof/openproof/inference/commit"
)

// TextSite is one scored position of a text generation (textattr.Site) as
// circuit variables: the last block's ln_1 output H (int8, d values) and
// the one-hot vector Hot of the token scored there. Both must already be
// constrained by the generation circuit (H computed by its LayerNorm, Hot a
// range-checked one-hot of a token it computes or reads).
type TextSite struct {
	H, Hot []frontend.Variable
}

// TextGadget proves the text attribution (attribution/textattr, method
// textattr.Method) of the sites: the query sketch T = pl.Sketch(sites) from
// the last block's adapter (A [r][d], B [3d][r], the variables the
// generation commits to), then settle (sketch commitments under
// textattr's header, the Datanet root over (Window, Vocab), scores,
// weights, the attribution digest).
//
// Cost per site: r·d products for z = A·h, r·d for u = B_vᵀ·g (g, pg and ph
// are linear in Hot and H: no constraints) and 2·K·r for the accumulated
// products; then one rounded shift per sketch entry.
func TextGadget(api frontend.API, g *gadgets.Gadgets, pl *textattr.Plan, sites []TextSite, A, B []frontend.Variable, cs []ContributorVars) (*Output, error) {
	d, r, K, vocab := pl.D, pl.R, pl.P.K, pl.Vocab
	if len(sites) == 0 || len(sites) > textattr.MaxSites {
		return nil, fmt.Errorf("attribution: %d text sites", len(sites))
	}
	if len(A) != r*d || len(B) != 3*d*r {
		return nil, fmt.Errorf("attribution: adapter |A| = %d, |B| = %d, want %d, %d", len(A), len(B), r*d, 3*d*r)
	}
	if len(cs) == 0 || len(cs) > 1<<16 {
		return nil, fmt.Errorf("attribution: %d contributors", len(cs))
	}
	b := &builder{api: api, g: g}
	accB := make([]frontend.Variable, K*r)
	accA := make([]frontend.Variable, r*K)
	for i := range accB {
		accB[i], accA[i] = 0, 0
	}
	for si, s := range sites {
		if len(s.H) != d || len(s.Hot) != vocab {
			return nil, fmt.Errorf("attribution: text site %d has |h| = %d, |hot| = %d, want %d, %d", si, len(s.H), len(s.Hot), d, vocab)
		}
		gv := make([]frontend.Variable, d) // g = Σ_v hot_v·G[v]
		for j := range gv {
			var acc frontend.Variable = 0
			for v := 0; v < vocab; v++ {
				if c := pl.G[v][j]; c != 0 {
					acc = api.Add(acc, api.Mul(s.Hot[v], c))
				}
			}
			gv[j] = acc
		}
		pg := make([]frontend.Variable, K)
		ph := make([]frontend.Variable, K)
		for k := 0; k < K; k++ {
			var acc frontend.Variable = 0
			for v := 0; v < vocab; v++ {
				if c := pl.PG[v][k]; c != 0 {
					acc = api.Add(acc, api.Mul(s.Hot[v], c))
				}
			}
			pg[k] = acc
			ph[k] = dotConst(api, pl.PIn[k*d:(k+1)*d], s.H)
		}
		z := make([]frontend.Variable, r)
		u := make([]frontend.Variable, r)
		for t := 0; t < r; t++ {
			var zs, us frontend.Variable = 0, 0
			for j := 0; j < d; j++ {
				zs = api.Add(zs, api.Mul(A[t*d+j], s.H[j]))
				us = api.Add(us, api.Mul(B[(2*d+j)*r+t], gv[j]))
			}
			z[t], u[t] = zs, us
		}
		for k := 0; k < K; k++ {
			for t := 0; t < r; t++ {
				accB[k*r+t] = api.Add(accB[k*r+t], api.Mul(pg[k], z[t]))
				accA[t*K+k] = api.Add(accA[t*K+k], api.Mul(u[t], ph[k]))
			}
		}
	}
	T := make([]frontend.Variable, 0, pl.Dim())
	for _, a := range accB {
		T = append(T, b.roundShift(a, pl.P.ShiftB, sketchBits))
	}
	for _, a := range accA {
		T = append(T, b.roundShift(a, pl.P.ShiftA, sketchBits))
	}
	if b.err != nil {
		return nil, b.err
	}
	hdr := commit.Const(pl.CommitmentHeader()...)
	return b.settle(T, hdr, 0, pl.P.Window, vocab, influence.RuleTopRemainder, cs) // textattr weighs by influence.Weights
}
